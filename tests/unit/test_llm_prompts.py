"""Prompt files are validated on load: a missing field or a wrong variable is an error at start."""

import shutil

import pytest

from claimlight.llm.prompts import PromptError, load_prompts
from claimlight.settings import package_data


@pytest.fixture
def prompts_dir(tmp_path):
    target = tmp_path / "prompts"
    shutil.copytree(package_data("prompts"), target)
    return target


def test_shipped_prompts_load(prompts_dir):
    prompts = load_prompts(prompts_dir)
    messages = prompts.questions.messages("Officials said 5 people came.", "Which officials?")
    assert messages[0]["role"] == "system" and messages[-1]["role"] == "user"
    assert "<claim>\nOfficials said 5 people came.\n</claim>" in messages[-1]["content"]
    assert messages[-1]["content"].endswith("Which officials?")
    assert {truth for _, truth in prompts.probes.probes} == {True, False}


@pytest.mark.parametrize("file,old,new,message", [
    ("questions.toml", "{claim}", "{sentence}", "must use exactly ['claim', 'questions']"),
    ("questions.toml", "max_tokens = 48", "", "missing field 'max_tokens'"),
    ("questions.toml", 'answer = """{"questions"', 'answer = """{"asked"', "must be JSON with a 'questions' list"),
    ("questions.toml", 'and by what data on hospital admissions?"', 'and by what data on hospital admissions."',
     "non-question"),
    ("judge.toml", "{sentence}", "{claim}", "must use exactly ['sentence']"),
    ("probes.toml", "is_claim = false", "is_claim = true", "both claims and non-claims"),
    ("probes.toml", "pass_accuracy = 0.85", "pass_accuracy = [", "not valid TOML"),
])
def test_broken_prompt_files_are_rejected(prompts_dir, file, old, new, message):
    path = prompts_dir / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    with pytest.raises(PromptError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_prompts(prompts_dir)


def test_missing_file_is_an_error(prompts_dir):
    (prompts_dir / "judge.toml").unlink()
    with pytest.raises(PromptError, match="cannot read prompt file"):
        load_prompts(prompts_dir)
