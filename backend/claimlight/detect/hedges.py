"""Hedges: words by which the article itself signals it is not sure ("reportedly", "could", "is believed to")."""

from __future__ import annotations

import re

from .patterns import holds_any_case

HEDGE = re.compile(
    r"""\b(?:reportedly|allegedly|apparently|purportedly|supposedly|unconfirmed|unverified|rumou?red
    |could(?!\snot|n't|\sbe\sreached)|might(?!\snot|n't)|may\shave|may\sbe
    |(?:is|are|was|were)\s(?:believed|thought|said|understood|rumou?red)\sto|it\sis\sunderstood
    |appears?\sto|seems?\sto|possibly)\b""",
    re.VERBOSE,
)
# Every HEDGE match holds one of these, in this case: most sentences hold none, and looking for them is far cheaper.
_HEDGE_WORDS = ("edly", "apparently", "unconfirmed", "unverified", "rumo", "could", "might", "may", "believed",
                "thought", "said", "understood", "appear", "seem", "possibly")

UNVERIFIABLE = re.compile(
    r"""\b(?:(?:can|could)(?:not|n't|\snot)\s(?:be\s)?(?:independently\s)?(?:verif|confirm)
    |(?:none|neither|no\sone|nothing)\b[^.;]{0,40}\b(?:can|could)\s(?:be\s)?(?:independently\s)?(?:verif|confirm)
    |(?:was|were|is|are)\snot\s(?:independently\s)?(?:verified|confirmed)
    |(?:has|have|had)\snot\s(?:yet\s)?(?:been\s)?(?:independently\s)?(?:verified|confirmed)
    |(?:was|were|is|are)\s(?:not\sable|unable)\sto\s(?:independently\s)?(?:verify|confirm)
    |without\s(?:providing|offering|giving|presenting|citing)\s(?:any\s)?evidence
    |(?:provided|offered|gave|presented|cited)\sno\sevidence
    |(?:did|does|do)\s(?:not|n't)\s(?:provide|offer|give|present|cite)\s(?:any\s)?evidence)""",
    re.VERBOSE | re.IGNORECASE,
)
# Every UNVERIFIABLE match holds one of these words in some case: a cheap first test.
_VERIFY_WORDS = ("verif", "confirm", "evidence")
PLURAL_SCOPE = re.compile(r"\b(?:these|those|the|such|all|any|none\sof\sthe(?:se|m)?|neither)\s(?:\w+\s)?"
                          r"(?P<noun>claims|reports|figures|numbers|allegations|accounts|statements|assertions|details)\b",
                          re.IGNORECASE)


# Modal verbs: in a sentence credited to a named person or organisation they are that source's own prediction
# or possibility ("Shotwell said missions could begin in 2022"), not the article hedging (corpus rule H).
_MODALS = re.compile(r"^(?:could|might|may\s(?:have|be))$")


def is_modal(hedge: str) -> bool:
    return _MODALS.match(hedge) is not None


# "impeachment proceedings against him for allegedly abusing his office": the charge, as the law words it, not a doubt
# the article casts on what it reports.
_CHARGE_BEFORE = re.compile(r"\b(?:for|of|over|with|after|in|about|against)\s$")
_CHARGE_AFTER = re.compile(r"\s[a-z]+ing\b")


def names_a_charge(text: str, start: int, end: int) -> bool:
    """Whether the "allegedly" at ``text[start:end]`` words a charge ("for allegedly abusing his office")."""
    return _CHARGE_BEFORE.search(text, max(0, start - 12), start) is not None and _CHARGE_AFTER.match(text, end) is not None


# "his supposedly reckless policy", "the supposedly secret files": the writer's irony about a description, set between
# a determiner and its noun, not a doubt cast on something reported (the dev reviews news80 and news82); or straight
# after the verb whose object it describes ("leaked supposedly secret statements", the dev review news97).
_IRONIC_BEFORE = re.compile(r"\b(?:his|her|their|its|our|your|my|the|a|an|this|that|these|those)\s$", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbeing\s)\b[a-z]{2,}ed\s$")
# ("leaked", never "Ahmed", nor a passive "was arrested", which has no object to describe)
# A description after it, not where or how something happened: "secret statements", not "of a heart attack", "on a boat".
_DESCRIPTION_AFTER = re.compile(r"\s(?!(?:of|on|in|to|at|by|from|with|for|into|after|before|the|a|an|his|her|their|its"
                                r"|because|while|as|when|since|during|under|amid|without|through|like|so)\b)[a-z]+(?<!ed)\s[a-z]+")


def _names_an_irony(text: str, start: int, end: int) -> bool:
    """Whether the "supposedly" at ``text[start:end]`` qualifies a description between a determiner and its noun, or
    between a verb and the description of its object ("leaked supposedly secret statements")."""
    return _IRONIC_BEFORE.search(text, max(0, start - 8), start) is not None or (
        _VERB_BEFORE.search(text, max(0, start - 20), start) is not None and _DESCRIPTION_AFTER.match(text, end) is not None)


# "Maitlis demanded how Andrew could be so sure", "asked whether the plant might close": a modal in a question someone
# put to another, not the article's doubt (the dev review news97); one wondered alone stays a hypothesis.
_ASKED_BEFORE = re.compile(r"\b(?:ask|asks|asked|asking|demand|demands|demanded|demanding|questioned|questioning)\s"
                           r"(?:[\w'’-]+\s){0,3}?(?:how|whether|why|if|what|when)\b"
                           r"(?:(?!\b(?:and|but|said|says)\b)[^.;:]){0,60}$", re.IGNORECASE)  # not the answer after it


def casts_no_doubt(word: str, text: str, start: int, end: int) -> bool:
    """Whether the hedge word at ``text[start:end]`` words a charge ("for allegedly abusing his office"), the writer's
    irony ("his supposedly reckless policy") or a question someone asked ("demanded how he could be so sure"): neither a
    hedge nor a report with no source."""
    word = word.lower()
    return ((word == "allegedly" and names_a_charge(text, start, end))
            or (word == "supposedly" and _names_an_irony(text, start, end))
            or (word in ("could", "might") and _ASKED_BEFORE.search(text, max(0, start - 100), start) is not None))


def find_hedges(sentence: str) -> list[str]:
    """The hedging words in ``sentence``, lower-cased, in order, without repeats."""
    seen: list[str] = []
    for match in HEDGE.finditer(sentence) if any(word in sentence for word in _HEDGE_WORDS) else ():
        if casts_no_doubt(match.group(0), sentence, match.start(), match.end()):
            continue
        word = " ".join(match.group(0).lower().split())
        if word not in seen:
            seen.append(word)
    return seen


def says_unverifiable(sentence: str) -> bool:
    return holds_any_case(sentence, _VERIFY_WORDS) and UNVERIFIABLE.search(sentence) is not None


def unverifiable_scope(sentence: str) -> str | None:
    """What an unverifiable note reaches back over: "None of these claims can be verified" over several claims (their
    noun: "claims"), "Authorities have not confirmed those reports" over the reports; "this could not be verified" over
    one claim (None)."""
    scope = PLURAL_SCOPE.search(sentence)
    return scope.group("noun").lower() if scope else None
