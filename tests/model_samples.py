"""Analyses built directly (shaped like pipeline output) for the model tests, independent of detection."""

from __future__ import annotations

from .store_samples import _hex, analysis_id_for, wrap_claims

ARTICLE_SENTENCES = [
    ("Officials said that 16,000 volunteers had signed up, a figure nobody could confirm.",
     ["numerical", "attribution"], [{"text": "16,000", "value": 16000.0}], {"text": "Officials", "kind": "anonymous"}, "high"),
    ("According to the Health Ministry, hospital admissions rose by 40% last winter.",
     ["numerical", "attribution"], [{"text": "40%", "value": 40.0}], {"text": "the Health Ministry", "kind": "organisation"}, "medium"),
    ("Sources familiar with the talks said the deal was close to being signed.",
     ["attribution"], [], {"text": "Sources familiar with the talks", "kind": "anonymous"}, "high"),
    ("Unemployment fell to 3.9% in March, the lowest rate since 2019.",
     ["numerical"], [{"text": "3.9%", "value": 3.9}], {"text": None, "kind": "none"}, "high"),
    ("Sign up for our newsletter to get the best stories every morning.",
     ["numerical"], [], {"text": None, "kind": "none"}, "high"),
    ("Click here to read more stories from our archive.",
     ["attribution"], [], {"text": None, "kind": "vague"}, "high"),
]


def make_analysis(url: str = "https://news.example/story", sentences=None) -> dict:
    """Claims with real offsets into the text and explicit kinds, unlike store_samples' positional ones."""
    sentences = sentences or ARTICLE_SENTENCES
    text = "\n\n".join(s[0] for s in sentences)
    analysis_id = analysis_id_for(url, text)
    claims, offset = [], 0
    for sentence, kinds, figures, source, level in sentences:
        claims.append({"id": "c_" + _hex(analysis_id, str(offset)), "kinds": kinds, "text": sentence,
                       "selector": {"exact": sentence, "prefix": "", "suffix": "", "start": offset, "end": offset + len(sentence)},
                       "figures": figures, "source": source, "hedges": [], "linked": False, "level": level,
                       "reasons": ["rule reason"], "questions": [], "judged_by": "rules"})
        offset += len(sentence) + 2
    return wrap_claims(analysis_id, url, text, claims, title="A story")
