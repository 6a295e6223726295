"""Verification questions: the model writes them, validation decides which are shown.

A model question is kept only if it is a real question (starts like one, ends
with "?"), short, not a near-duplicate, carries no instruction-like text, is
about the claim (shares a number or a content word with it: the small model
otherwise drifts to "What is the nature of the contract?"), asks how the
claim can be checked (a source, count, evidence, confirmation, time, place or
quantity; "What is the video message?" does not), and is grounded: every
number and proper name in it appears in the claim or the article. The rest
are replaced by template questions for the claim's type (number, then source
kind), so the reader always gets 2 to 4 questions.
"""

from __future__ import annotations

import re

from .prompts import QuestionPrompt

MIN_QUESTIONS = 2
MAX_QUESTIONS = 4
MAX_CHARS = 160
MIN_CHARS = 12
MAX_WORDS = 28
DUPLICATE_OVERLAP = 0.7
PROMPT_CLAIM_CHARS = 600  # ~150 tokens: few-shot prefix (~330) + claim + answer stay inside a 1024-token context
STOP_AFTER_THIRD = ["\n4."]  # the prompt asks for three; a fourth is never needed, so its tokens are not generated

QUESTION_OPENERS = {
    "who", "whom", "whose", "what", "when", "where", "which", "why", "how", "is", "are", "was", "were", "do", "does",
    "did", "has", "have", "had", "can", "could", "would", "should", "will", "may", "might", "in", "on", "by", "from",
    "according", "compared", "over", "out", "at", "for", "to", "under", "since",
}
INSTRUCTION_MARKERS = re.compile(
    r"\b(?:ignore|disregard|instructions?|prompts?|system|assistant|as an ai|pwned|passwords?|tokens?|api keys?)\b|https?://|www\.|[<>{}\[\]`|]", re.I)
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


def validate(raw: str, claim_text: str, article_text: str) -> tuple[list[str], list[dict]]:
    """Kept questions and, for the log, the rejected ones with the reason."""
    grounding = claim_text + "\n" + article_text
    kept, rejected = [], []
    for question in parse_questions(raw):
        reason = rejection(question, kept, grounding, claim_text)
        if reason:
            rejected.append({"text": question[:200], "reason": reason})
        elif len(kept) < MAX_QUESTIONS:
            kept.append(question)
    return kept, rejected


def template_questions(claim: dict, prompt: QuestionPrompt) -> list[str]:
    """Questions by claim type: the number's first, then the source kind's."""
    figures = claim.get("figures") or []
    figure = figures[0]["text"] if figures else "this figure"
    source = (claim.get("source") or {})
    source_text = source.get("text") or "the source"
    kind = source.get("kind") or "none"
    kinds = (["number"] if "numerical" in (claim.get("kinds") or []) else []) + [kind if kind in prompt.templates else "none"]
    out = []
    for template_kind in kinds:
        for template in prompt.templates[template_kind]:
            out.append(template.format(figure=figure, source=source_text))
    return out


def assemble(model_questions: list[str], claim: dict, prompt: QuestionPrompt) -> list[dict]:
    """Model questions first, then templates until there are at least two (three if templates allow), at most four."""
    questions = [{"text": q, "by": "model"} for q in model_questions[:MAX_QUESTIONS]]
    target = max(MIN_QUESTIONS, min(3, MAX_QUESTIONS))
    for text in template_questions(claim, prompt):
        if len(questions) >= target:
            break
        if rejection(text, [q["text"] for q in questions], text) != "duplicate":
            questions.append({"text": text, "by": "template"})
    return questions


def write_questions(engine, prompt: QuestionPrompt, claim: dict, article_text: str) -> tuple[list[dict], list[dict]]:
    """Ask the model, validate, fill from templates. Returns (questions, rejected)."""
    raw = engine.chat(prompt.messages(neutralise(claim["text"])[:PROMPT_CLAIM_CHARS]), max_tokens=prompt.max_tokens, stop=STOP_AFTER_THIRD)
    kept, rejected = validate(raw, claim["text"], article_text)
    return assemble(kept, claim, prompt), rejected
