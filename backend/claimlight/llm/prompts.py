"""Prompt templates and the calibration probe set, read from ``prompts/`` and validated at start.

A template with a missing field or an unknown variable is an error when the
server starts, not a malformed prompt at the first click.
"""

from __future__ import annotations

import json
import string
import tomllib
from dataclasses import dataclass
from pathlib import Path


class PromptError(ValueError):
    """A prompt file is missing, malformed, or uses the wrong variables."""


@dataclass(frozen=True)
class QuestionPrompt:
    """Rewording the question plan: few-shot turns of (claim, planned questions, reworded JSON)."""

    system: str
    user: str
    examples: tuple[tuple[str, str, str], ...]
    max_tokens: int

    def messages(self, claim: str, questions: str = "") -> list[dict]:
        """Constant prefix (system + few-shot turns), then the one claim, delimited as data, and its planned questions."""
        messages = [{"role": "system", "content": self.system}]
        for example_claim, example_questions, answer in self.examples:
            messages.append({"role": "user", "content": self.user.format(claim=example_claim, questions=example_questions)})
            messages.append({"role": "assistant", "content": answer})
        messages.append({"role": "user", "content": self.user.format(claim=claim, questions=questions)})
        return messages


@dataclass(frozen=True)
class JudgePrompt:
    system: str
    user: str
    max_tokens: int

    def messages(self, sentence: str) -> list[dict]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": self.user.format(sentence=sentence)}]


@dataclass(frozen=True)
class ProbeSet:
    probes: tuple[tuple[str, bool], ...]
    pass_accuracy: float


@dataclass(frozen=True)
class Prompts:
    questions: QuestionPrompt
    judge: JudgePrompt
    probes: ProbeSet


def _variables(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PromptError(f"cannot read prompt file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise PromptError(f"prompt file {path} is not valid TOML: {exc}") from None


def _field(data: dict, name: str, kind: type, where: Path):
    if name not in data:
        raise PromptError(f"{where}: missing field {name!r}")
    value = data[name]
    if not isinstance(value, kind) or (kind is str and not value.strip()):
        raise PromptError(f"{where}: field {name!r} must be a non-empty {kind.__name__}")
    return value


def _template(data: dict, name: str, required: set[str], where: Path) -> str:
    text = _field(data, name, str, where)
    try:
        found = _variables(text)
    except ValueError as exc:
        raise PromptError(f"{where}: {name!r} is not a valid template: {exc}") from None
    if found != required:
        raise PromptError(f"{where}: {name!r} must use exactly {sorted(required)}, found {sorted(found)}")
    return text


def load_question_prompt(path: Path) -> QuestionPrompt:
    data = _read(path)
    user = _template(data, "user", {"claim", "questions"}, path)
    examples = []
    for i, example in enumerate(_field(data, "examples", list, path)):
        if not isinstance(example, dict):
            raise PromptError(f"{path}: examples[{i}] must be a table")
        answer = _field(example, "answer", str, path)
        try:
            reworded = json.loads(answer)["questions"]
        except (ValueError, KeyError, TypeError):
            raise PromptError(f"{path}: examples[{i}].answer must be JSON with a 'questions' list") from None
        if not isinstance(reworded, list) or not all(isinstance(q, str) and q.endswith("?") for q in reworded):
            raise PromptError(f"{path}: examples[{i}].answer holds a non-question")
        examples.append((_field(example, "claim", str, path), _field(example, "questions", str, path), answer))
    max_tokens = _field(data, "max_tokens", int, path)
    return QuestionPrompt(system=_field(data, "system", str, path), user=user, examples=tuple(examples),
                          max_tokens=max_tokens)


def load_judge_prompt(path: Path) -> JudgePrompt:
    data = _read(path)
    return JudgePrompt(system=_field(data, "system", str, path), user=_template(data, "user", {"sentence"}, path),
                       max_tokens=_field(data, "max_tokens", int, path))


def load_probes(path: Path) -> ProbeSet:
    data = _read(path)
    probes = []
    for i, probe in enumerate(_field(data, "probe", list, path)):
        if not isinstance(probe, dict) or not isinstance(probe.get("is_claim"), bool):
            raise PromptError(f"{path}: probe[{i}] needs 'text' and a boolean 'is_claim'")
        probes.append((_field(probe, "text", str, path), probe["is_claim"]))
    if len({label for _, label in probes}) < 2:
        raise PromptError(f"{path}: the probe set must hold both claims and non-claims")
    accuracy = _field(data, "pass_accuracy", float, path)
    return ProbeSet(probes=tuple(probes), pass_accuracy=accuracy)


def load_prompts(prompts_dir: Path) -> Prompts:
    prompts_dir = Path(prompts_dir)
    return Prompts(questions=load_question_prompt(prompts_dir / "questions.toml"),
                   judge=load_judge_prompt(prompts_dir / "judge.toml"),
                   probes=load_probes(prompts_dir / "probes.toml"))
