"""Page furniture that survived extraction: teasers, captions, newsletter boxes, comment widgets.

Extraction removes most of it; this is the detector's own guard, so a "READ MORE:"
teaser with a reporting verb in its headline never becomes a claim.
"""

from __future__ import annotations

import re

from .patterns import holds_any_case

FURNITURE_START = re.compile(
    r"""^\s*(?:[•▪◦●■►*-]\s*)?(?:read\s(?:more|next|full\sarticle)|related(?:\s(?:articles?|stories|topics|links))?:?|more:|see\salso
    |also\sread|watch(?:\snow)?:|listen:|advertisement|sponsored|source:|image\s(?:source|caption)|media\scaption
    |photo(?:graph)?:|picture:|credit:|getty\simages|©|\(c\)|copyright|subscribe|sign\sup|click\shere|follow\s(?:us|@)
    |share\s(?:this|on)|comments?\b|no\scomments|to\sparticipate|log\sin|newsletter|most\s(?:read|popular)
    |trending|recommended|you\smay\salso\slike|more\sfrom|top\sstories|latest\snews|by\s[A-Z][a-z]+\s[A-Z][a-z]+\s*$
    |(?:image|photo|picture|slide)\s\d+(?:\sof\s|\s?/\s?)\d+\s*$
    )""",
    re.VERBOSE | re.IGNORECASE,
)
FURNITURE_ANYWHERE = re.compile(
    r"""(?:sign\sup\sto|subscribe\sto|our\s(?:free\s)?newsletters?|our\shomepage|read\sfull\sarticle
    |all\srights\sreserved|our\s(?:\w+\s){1,2}newsletters?|\((?:image|photo|picture|pic|credit|source)s?:[^)]*\)|delivered\sstraight\sto\syour\sinbox
    |terms\sof\s(?:use|service)|privacy\spolicy|cookie\spolicy)""",
    re.VERBOSE | re.IGNORECASE,
)
# Every FURNITURE_ANYWHERE match holds one of these: a cheap first test.
_FURNITURE_WORDS = ("sign", "subscribe", "newsletter", "homepage", "article", "rights", "(", "inbox", "terms", "policy")
SHORT_PARAGRAPH = 240
LINK_COVERAGE = 0.6


def is_furniture(paragraph: str, link_chars: int = 0) -> bool:
    """True for a paragraph that is page furniture rather than article prose."""
    text = paragraph.strip()
    if not text:
        return True
    if FURNITURE_START.match(text):
        return True
    if len(text) <= SHORT_PARAGRAPH and holds_any_case(text, _FURNITURE_WORDS) and FURNITURE_ANYWHERE.search(text):
        return True
    return link_chars >= LINK_COVERAGE * len(text)
