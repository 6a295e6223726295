"""Verification questions: the question plan decides what is asked, the model may only reword it.

``question_plan.plan_for`` ranks the claim's weaknesses and words one
question for each, with what would settle it. The model gets the claim and
those questions and answers, under a JSON schema (a llama.cpp grammar on the
local engine), with one rewording per planned question. A rewording is shown
only if it passes every check: a real question (starts like one, ends with
"?"), short, no instruction-like text, not copied from the page, grounded
(every number and proper name in the claim or article), about the claim,
asking how it can be checked, keeping the plan's figure and source, adding no
content word that is not in the claim, the planned question or the checking
vocabulary (the 135M model otherwise invents "the 2015 refugee crisis"), and
assuming nothing false (``wrong_premise``). Otherwise the plan's own wording
is shown. Every question carries ``look_for``: what would settle it.
"""

from __future__ import annotations

import json
import re

from .prompts import QuestionPrompt
from .question_plan import INSTRUCTION_MARKERS, PlannedQuestion, QuestionPlan, plan_for

MAX_CHARS = 160
MIN_CHARS = 12
MAX_WORDS = 28
DUPLICATE_OVERLAP = 0.7
PROMPT_CLAIM_CHARS = 600  # ~150 tokens: few-shot prefix + claim + plan + answer stay inside the context
MODEL_REWORDS = 1  # the top weakness's question only: each rewording costs ~0.4 s on 2 cores with the bundled model

QUESTION_OPENERS = {
    "who", "whom", "whose", "what", "when", "where", "which", "why", "how", "is", "are", "was", "were", "do", "does",
    "did", "has", "have", "had", "can", "could", "would", "should", "will", "may", "might", "in", "on", "by", "from",
    "according", "compared", "over", "out", "at", "for", "to", "under", "since",
}
NUMBER = re.compile(r"\d[\d,.]*")
NAME = re.compile(r"\b[A-Z][a-zA-Z'’-]+\b")
LINE_PREFIX = re.compile(r"^\s*(?:\d+[.)]|[-*•])\s*")
WORD = re.compile(r"[a-z0-9]+")
COMMON_CAPITALISED = QUESTION_OPENERS | {"i", "the", "a", "an", "this", "that", "these", "those", "there", "if", "and", "or"}
FUNCTION_WORDS = COMMON_CAPITALISED | {
    "about", "also", "been", "being", "done", "doing", "each", "into", "just", "like", "more", "most", "much", "many",
    "only", "other", "said", "says", "some", "such", "than", "their", "them", "they", "very", "while", "with",
    "exactly", "really", "actually", "mean", "means", "true", "kind", "nature", "extent", "purpose", "stance",
}
# "Who is the many people": the 135M model's most common slip when it rewords a question about a vague source.
SINGULAR_VERB_PLURAL_SUBJECT = re.compile(
    r"\b(?:is|was|has|does)\s+(?:the\s+)?(?:many|most|several|people|experts|officials|researchers|scientists"
    r"|authorities|critics|sources|analysts|reports|studies|observers|insiders|residents|witnesses)\b", re.I)
STEM_CHARS = 5  # "officials" meets "official", "Ukrainian" meets "Ukraine"
CHECKING = re.compile(
    r"^(?:how (?:many|much)|when|where)\b|\b(?:count\w*|sources?|evidence|data|confirm\w*|verif\w*|independent\w*|report\w*"
    r"|original|documents?|stud(?:y|ies)|surveys?|polls?|method\w*|measur\w*|estimat\w*|figures?|numbers?|total|percent\w*"
    r"|compar\w*|period|records?|officials?|statements?|quot\w*|said|say|claim\w*|know\w*|proof|prove\w*|check\w*"
    r"|accura\w*|credib\w*|witness\w*|publish\w*|cite\w*|based|according|else)\b", re.I)


def neutralise(text: str) -> str:
    """Page text goes into the prompt as data: no delimiter it could close, no markup."""
    return " ".join(text.replace("<", "‹").replace(">", "›").split())


def parse_questions(raw: str) -> list[str]:
    """One candidate per line, list markers stripped; only lines ending with a question mark."""
    out = []
    for line in raw.splitlines():
        line = LINE_PREFIX.sub("", line).strip().strip('"“”').strip()
        if line:
            out.append(line)
    return out


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def _numbers(text: str) -> set[str]:
    return {n.rstrip(".,").replace(",", "") for n in NUMBER.findall(text)}


def _content_stems(text: str) -> set[str]:
    return {w[:STEM_CHARS] for w in WORD.findall(text.lower()) if len(w) >= 4 and w not in FUNCTION_WORDS and not w.isdigit()}


def about_the_claim(question: str, claim_text: str) -> bool:
    return bool(_numbers(question) & _numbers(claim_text) or _content_stems(question) & _content_stems(claim_text))


def rejection(question: str, kept: list[str], grounding_text: str, claim_text: str | None = None) -> str | None:
    """Why a model question may not be shown, or None if it may (``claim_text``: also check it is about the claim)."""
    if not question.endswith("?"):
        return "not a question"
    first = question.split()[0].lower().strip("'\"") if question.split() else ""
    if first not in QUESTION_OPENERS:
        return "does not start like a question"
    if not MIN_CHARS <= len(question) <= MAX_CHARS or len(question.split()) > MAX_WORDS:
        return "too long or too short"
    if question.count("?") > 1:
        return "more than one question"
    if SINGULAR_VERB_PLURAL_SUBJECT.search(question):
        return "a singular verb for a plural subject"
    if INSTRUCTION_MARKERS.search(question):
        return "instruction-like text"
    if " ".join(WORD.findall(question.lower())) in " ".join(WORD.findall(grounding_text.lower())):
        return "copied from the page"
    words = _words(question)
    for other in kept:
        other_words = _words(other)
        if len(words & other_words) / max(1, min(len(words), len(other_words))) >= DUPLICATE_OVERLAP:
            return "duplicate"
    if not _numbers(question) <= _numbers(grounding_text):
        return "number not in the claim or article"
    haystack = grounding_text.lower()
    for name in NAME.findall(question[1:] if question else ""):
        if name.lower() not in COMMON_CAPITALISED and name.lower() not in haystack:
            return f"name {name!r} not in the claim or article"
    if claim_text is not None and not about_the_claim(question, claim_text):
        return "not about the claim"
    if claim_text is not None and not CHECKING.search(question):
        return "does not ask how the claim can be checked"
    return None


REWORDING_VOCABULARY = (
    "who what when where which why how does did is are was were has have can could would anyone anybody else other "
    "independent independently confirm confirmed confirms evidence source sources count counted counting counts "
    "number figure data report reports reported document documents statement original own words exactly actually "
    "first where read seen heard check checked know known based basis measure measured method total show shows "
    "prove proof official officials record records published publish cite cites quoted quote account claim claims "
    "named name unnamed compared compare against since verify verified beyond really full itself said say says "
    "behind position issue issued wrote written made make back backs beyond happened true came come from"
)
PREMISES = (
    # (pattern, when it is a wrong premise)
    (re.compile(r"\b(?:not named|unnamed|anonymous|unidentified|no name)\b", re.I), "source_named"),
    (re.compile(r"\bout of (?:what|which|how many)\b|\bwhat total\b", re.I), "always"),
    (re.compile(r"\bwhat period\b|\bover what time\b", re.I), "always"),
    (re.compile(r"\bno (?:source|link)\b|\bwhy (?:is|are) there no\b", re.I), "always"),
    (re.compile(r"\bhow many\b", re.I), "figure_given"),
)


def _stems(text: str) -> set[str]:
    return {w[:STEM_CHARS] for w in WORD.findall(text.lower()) if len(w) >= 3 and not w.isdigit()}


def wrong_premise(question: str, plan: QuestionPlan) -> str | None:
    """What ``question`` assumes that the claim contradicts, or None.

    A named source called unnamed; "out of what total" and "what period" (absurd for durations, single counts
    and vague magnitudes, and the plan never asks them); a source or link said to be missing; "how many" when
    the claim gives the number.
    """
    for pattern, when in PREMISES:
        if pattern.search(question) and (when == "always"
                                         or (when == "source_named" and plan.source_kind in ("named", "organisation"))
                                         or (when == "figure_given" and any(f.kind != "vague" and f.phrase
                                                                            for f in plan.figures))):
            return f"assumes what the claim contradicts ({pattern.search(question).group(0)!r})"
    return None


def reworded_rejection(question: str, planned: PlannedQuestion, plan: QuestionPlan, kept: list[str], claim_text: str,
                       grounding_text: str) -> str | None:
    """Why the model's rewording of ``planned`` may not be shown, or None if it may."""
    reason = rejection(question, kept, grounding_text, claim_text)
    if reason:
        return reason
    lower = question.lower()
    planned_lower = planned.text.lower()
    repeated = [w for w in set(WORD.findall(lower)) if len(w) >= 4 and w not in FUNCTION_WORDS
                and lower.count(w) > max(1, planned_lower.count(w))]
    if repeated:
        return f"repeats {repeated[0]!r}"
    missing = [word for word in planned.keep if word.lower() not in lower]
    if missing:
        return f"drops {missing[0]!r} from the planned question"
    allowed = _stems(claim_text) | _stems(planned.text) | _stems(" ".join(planned.look_for)) | _stems(REWORDING_VOCABULARY)
    invented = sorted(_stems(question) - allowed - {w[:STEM_CHARS] for w in FUNCTION_WORDS})
    if invented:
        return f"adds words not in the claim or the plan ({invented[0]!r})"
    return wrong_premise(question, plan)


def answer_schema(count: int) -> dict:
    """Exactly one rewording per planned question: the grammar cannot produce more, fewer, or anything else."""
    item = {"type": "string", "maxLength": MAX_CHARS}  # measured: bounded, the grammar samples far faster than unbounded
    return {"type": "object", "properties": {"questions": {"type": "array", "items": item, "minItems": count,
                                                           "maxItems": count}}, "required": ["questions"]}


def parse_reworded(raw: str) -> list[str]:
    """The model's rewordings, in plan order; nothing when the answer is not the JSON asked for."""
    try:
        questions = json.loads(raw).get("questions")
    except (ValueError, AttributeError):
        return []
    return [" ".join(q.split()) for q in questions if isinstance(q, str)] if isinstance(questions, list) else []


def _shown(text: str, by: str, planned: PlannedQuestion) -> dict:
    return {"text": text, "by": by, "look_for": list(planned.look_for), "weakness": planned.weakness}


def plan_questions(claim: dict) -> list[dict]:
    """The plan's own wording: what is shown with no model, or when the model's wording fails its checks."""
    return [_shown(q.text, "template", q) for q in plan_for(claim).questions]


def write_questions(engine, prompt: QuestionPrompt, claim: dict, article_text: str) -> tuple[list[dict], list[dict]]:
    """The plan, reworded by the model where the rewording passes the checks. Returns (questions, rejected)."""
    plan = plan_for(claim)
    planned = list(plan.questions)
    asked = planned[:MODEL_REWORDS]
    messages = prompt.messages(neutralise(claim["text"])[:PROMPT_CLAIM_CHARS], "\n".join(q.text for q in asked))
    reworded = parse_reworded(engine.chat(messages, max_tokens=prompt.max_tokens, json_schema=answer_schema(len(asked))))
    grounding = claim["text"] + "\n" + article_text
    shown, rejected = [], []
    for i, question in enumerate(planned):
        if i >= len(asked):
            shown.append(_shown(question.text, "template", question))
            continue
        candidate = reworded[i] if i < len(reworded) else ""
        reason = reworded_rejection(candidate, question, plan, [q["text"] for q in shown], claim["text"], grounding) \
            if candidate else "no rewording"
        if reason is None:
            shown.append(_shown(candidate, "model", question))
        else:
            rejected.append({"text": candidate[:200], "reason": reason, "planned": question.text})
            shown.append(_shown(question.text, "template", question))
    return shown, rejected
