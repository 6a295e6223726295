"""Judge-by-prompt, allowed only for a model that passes the calibration probes.

Small models answer a yes/no prompt the same way every time (the bundled
135M model scores F1 0.0), so prompt judgements are used only after the
loaded model labels the probe set in prompts/probes.toml well enough; the
answer is constrained to ``{"is_claim": boolean}`` by a JSON schema and
checked again here.
"""

from __future__ import annotations

import json

from .prompts import JudgePrompt, ProbeSet
from .questions import neutralise

JUDGE_SCHEMA = {
    "type": "object",
    "properties": {"is_claim": {"type": "boolean"}},
    "required": ["is_claim"],
    "additionalProperties": False,
}


def parse_judgement(raw: str) -> bool | None:
    """The verdict, or None when the answer is not exactly the schema's shape."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or set(data) != {"is_claim"} or not isinstance(data["is_claim"], bool):
        return None
    return data["is_claim"]


def judge(engine, prompt: JudgePrompt, sentence: str) -> bool | None:
    return parse_judgement(engine.chat(prompt.messages(neutralise(sentence)), max_tokens=prompt.max_tokens,
                                       json_schema=JUDGE_SCHEMA))


def verdict(answers: list[bool | None], probes: ProbeSet) -> dict:
    """Pass needs the accuracy bar AND both answers given (a constant answer fails)."""
    correct = sum(1 for answer, (_, truth) in zip(answers, probes.probes) if answer is truth)
    accuracy = correct / len(probes.probes)
    both = {True, False} <= set(answers)
    passed = accuracy >= probes.pass_accuracy and both
    return {"state": "passed" if passed else "failed", "accuracy": round(accuracy, 3), "probes": len(probes.probes),
            "needed": probes.pass_accuracy, "answers_vary": both}
