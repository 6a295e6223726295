"""How unverifiable a claim is: high, medium or low, with the reasons shown to the reader (LABELING.md)."""

from __future__ import annotations

import re

from .patterns import holds_any_case

NO_SOURCE = "a number with no source"
COMPARISON_NO_SOURCE = "a comparison or trend with no source"
VAGUE = "credited to a vague source"
ANONYMOUS = "credited to an unnamed source"
SECOND_HAND = "passed on second-hand"
UNVERIFIABLE = "the article itself says this cannot be verified"
OPINION = "an attributed opinion, intention or prediction with nothing checkable in it"
LINKED = "the article links to its source"

# Modal and volitional verbs mark opinion, intention or prediction rather than a checkable statement of fact.
OPINION_MARKERS = re.compile(
    r"\b(?:will|would|should|must|shall|needs?\sto|wants?\sto|wanted\sto|hopes?|plans?\sto|intends?\sto|going\sto"
    r"|vowed|pledged|promised|urged|please|let's|called\sfor|(?:is|are|was|were|be)\s(?:very\s|highly\s|also\s)?(?:un)?likely\sto"
    # stance: the speaker's own view or feeling, not a checkable fact
    r"|(?:I|we)\s(?:think|believe|expect|feel|felt|hope|hoped|thought)|expects?|hopeful|proud|excited|exciting|confident"
    r"|optimistic|pessimistic|disappointed|pleased|delighted|shocked|inappropriate|unacceptable|outrageous"
    r"|(?:is|are|was|were|be|been|as|very|so|most|extremely|really|particularly|especially)\s(?:\w+ly\s)?(?:helpful"
    r"|valuable|beneficial|remarkable|wonderful|amazing|incredible)"
    r"|grateful|happy|glad|healthiest|unhealthy|created\sequal|game[\s-]changer"
    # a wish or a feeling told ("'We don't want those people' working in prisons", "he left her intrigued")
    r"|(?:don['’]t|doesn['’]t|didn['’]t|do\snot|does\snot|did\snot)\swant|(?:I|we)\swant|left\s(?:her|him|them|me|us)\sintrigued"
    # an appraisal: "is playing a vital role", "has achieved remarkable success", "makes more sense", "undermines"
    r"|(?:a|an|the)\s(?:vital|crucial|key|pivotal|major|significant|important)\srole|remarkable\ssuccess"
    r"|makes?\s(?:more\s|much\smore\s|no\s|little\s)?sense|undermines?)\b|['’]ll\b",
    re.IGNORECASE,
)
# Every OPINION_MARKERS match holds one of these: most sentences hold none, and looking for them is far cheaper.
_OPINION_WORDS = ("will", "would", "should", "must", "'ll", "’ll", "need", "want", "hope", "plan", "expect", "think",
                  "believe", "feel", "felt", "thought", "likely", "going", "shall", "intend", "vowed", "pledged",
                  "promised", "urged", "please", "let's", "called", "proud", "excit", "confident", "imistic",
                  "disappointed", "delighted", "shocked", "inappropriate", "unacceptable", "outrageous", "helpful",
                  "valuable", "beneficial", "remarkable", "wonderful", "amazing", "incredible", "grateful", "happy", "glad",
                  "health", "equal", "changer", "intrigued", "role", "sense", "undermine")


def is_opinion(text: str) -> bool:
    return holds_any_case(text, _OPINION_WORDS) and OPINION_MARKERS.search(text) is not None


def assess(*, numerical: bool, has_figures: bool, attribution: bool, source_text: str | None, source_kind: str,
           hedges: list[str], second_hand: bool, unverifiable: bool, linked: bool, opinion: bool,
           cited: bool = False, unnamed_view: bool = False) -> tuple[str, list[str]]:
    """Level and reasons for one claim. ``cited``: a numbered citation the reader sees ("[12]") points to the claim's
    primary source, so the claim is low whoever the sentence credits ("One study reported that 36% ... [12]"; the
    highlight audit's and the news corpus's labellers alike); a hyperlink on a bare figure does not lower it (the news
    corpus's labellers, who could not see links, and the highlight audit's both judged such figures high).
    ``unnamed_view``: an unnamed person's view outside reporting ("'I think the error messages are super helpful.' --
    Professor specializing in formal verification") is an attributed opinion with nothing checkable (LABELING.md: low;
    the judges who read LABELING.md alone agree), where news labellers keep any unnamed source high."""
    if cited and not (unverifiable or second_hand):
        return "low", [LINKED]  # "One study reported that 36% had sought treatment [12]": the page cites it
    high: list[str] = []
    if unverifiable:
        high.append(UNVERIFIABLE)
    if second_hand:
        high.append(SECOND_HAND)
    if hedges:
        high.append("hedged: " + ", ".join(f"'{h}'" for h in hedges))
    if unnamed_view and attribution and not has_figures and not high:
        return "low", [OPINION]  # a guide's unnamed reviewer or tester giving a view: an attributed opinion
    if source_kind == "anonymous":
        high.append(ANONYMOUS)
    elif source_kind == "vague":
        high.append(VAGUE)
    elif source_kind == "none" and numerical and not cited:
        high.append(NO_SOURCE if has_figures else COMPARISON_NO_SOURCE)
    if high:
        return "high", high
    if linked:
        return "low", [LINKED]
    if attribution and opinion and not has_figures:
        return "low", [OPINION]
    return "medium", [f"credited to {source_text} ({source_kind}) with no link to the original"]
