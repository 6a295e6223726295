"""Where evidence on a claim's subject lives: named only where the subject is plain, and placed into the plan's hints."""

import pytest

from claimlight.llm.evidence import record_for_subject, subject_of
from claimlight.llm.question_plan import plan_for


@pytest.mark.parametrize("text, subject", [
    ("Roughly 13,000 US troops remain in Afghanistan.", "conflict"),
    ("The outbreak has resulted in 10 human cases and 46 animal cases.", "outbreak"),
    ("The market was valued at $4.5 billion and is projected to reach $20.5 billion by 2033.", "market"),
    ("The average plumber earns $22-$43 per hour, depending on experience.", "pay"),
    ("Group sessions cost between $10 and $40 per session.", "prices"),
    ("The average online graduate student pays $1,099 per class.", "average price"),
    ("Healthy fats can lower your risk of heart disease and stroke.", "health"),
    ("A quarter cup is roughly 33 calories.", "nutrition"),
    ("Another large study showed that shorter sleep was associated with hunger.", "research"),
    ("Since 2020, home prices have surged by approximately 50%.", "economy"),
    ("Police arrested six people Monday during a narcotics investigation.", "crime"),
    ("The region's population has boomed by more than 7 million people.", "population"),
    ("The retailer earned $2.8 billion, or $2.53 per diluted share, in the third quarter.", "company"),
    ("Facebook boasts a massive audience of 2.8 billion active users.", "platform use"),
    ("Methane is a greenhouse gas 20 times more potent than carbon dioxide.", "science"),
    ("The dose must be increased to the 2.4 mg dosage over 16 weeks.", "drug label"),
    ("The first $12,400 would only be taxed at 10%.", "rules"),
    ("The cost of a bathroom remodel typically ranges from $8,000 to $20,000.", "home project"),
    ("Parise's first-period goals gave the Wild a commanding two-goal lead.", "sport"),
    ("Tuukka Rask made 25 saves as the Bruins beat the Devils.", "sport"),
    ("The Eagles scored 24 points in the third quarter.", "sport"),  # a game's quarter, not a company's
])
def test_a_plain_subject_is_read(text, subject):
    assert subject_of(text) == subject
    assert record_for_subject(subject)


@pytest.mark.parametrize("text", [
    "Many of these vehicles run on two-stroke engines that produce more air pollution.",  # not a stroke
    "Most of the songwriters worked in broad strokes from there.",  # a way of working, not a stroke
    "Property/casualty insurers account for 51% of premiums.",  # an insurance line, not casualties
    "Net premiums written for the sector totaled $652.8 bn last year.",  # insurance: no one place settles it
    "The Black Death killed up to 60 percent of Europe's population in the 14th century.",  # historians' estimate
    "It would allow the six candidates to campaign instead of returning for a trial.",  # a court trial, not a study
    "This is a quick review on top 50+ software development frameworks.",
    "HIIT lets you burn enough calories in 20 minutes.",  # exercise, not a food's composition
    "There are around 25 main interior design styles.",
    "Over 1.1 million identity theft reports were filed last year.",  # a consumer-protection tally, not police records
    "Training GPT-4 reportedly cost over $100 million.",  # a project's cost, not a price list
])
def test_no_place_where_the_subject_is_not_plain(text):
    assert subject_of(text) is None


def record_for(text):
    return record_for_subject(subject_of(text))


def claim(text, kind="none", source=None, reasons=("a number with no source",), figures=()):
    return {"text": text, "kinds": ["numerical"], "figures": list(figures), "source": {"text": source, "kind": kind},
            "hedges": [], "reasons": list(reasons)}


def test_a_bare_health_claim_is_sent_to_the_clinical_literature():
    plan = plan_for(claim("Whole grains are associated with a 20% lower risk of heart disease.",
                          figures=[{"text": "20%", "value": 20.0, "unit": "percent"}]))
    first = plan.questions[0]
    assert first.look_for[0] == record_for("heart disease")
    assert len(first.look_for) == 2 and "independent" in first.look_for[1]  # the hint's alternative stays


def test_a_named_source_keeps_its_own_original():
    plan = plan_for(claim("Dr Smith said whole grains cut the risk of heart disease by 20%.", kind="named",
                          source="Dr Smith", reasons=("credited to Dr Smith (named) with no link to the original",),
                          figures=[{"text": "20%", "value": 20.0, "unit": "percent"}]))
    hints = [hint for q in plan.questions for hint in q.look_for]
    assert record_for("heart disease") not in hints
    assert any("Dr Smith" in hint for hint in hints)


def test_a_claim_of_no_plain_subject_keeps_the_generic_hints():
    plan = plan_for(claim("There are around 25 main interior design styles.",
                          figures=[{"text": "25", "value": 25.0, "unit": "main interior design"}]))
    assert all(q.look_for[0] not in {record for record in map(record_for, ["heart disease", "troops"])} for q in plan.questions)


def test_who_said_it_is_settled_by_the_first_report_not_the_literature():
    plan = plan_for({"text": "It is said that coffee lowers the risk of heart disease.", "kinds": ["attribution"],
                     "figures": [], "source": {"text": None, "kind": "vague"}, "hedges": [],
                     "reasons": ["credited to a vague source"]})
    who = [q for q in plan.questions if q.text.startswith("Who first")]
    assert who and record_for("heart disease") not in who[0].look_for


def test_a_studys_comparison_is_against_its_comparison_group():
    plan = plan_for(claim("Studies suggest vegan diets may lower the risk of heart disease.", kind="vague",
                          source="Studies", reasons=("credited to a vague source",)))
    baseline = [q for q in plan.questions if q.weakness == "baseline"]
    assert baseline and baseline[0].look_for == (record_for("heart disease"),
                                                 "the group the study compared it with, and how large the difference was")


def test_a_comparison_no_study_made_keeps_the_earlier_figure():
    plan = plan_for(claim("Pneumonic plague is the most deadly form of the disease.", reasons=("a comparison or trend with no source",)))
    baseline = [q for q in plan.questions if q.weakness == "baseline"]
    assert baseline and "study" not in baseline[0].look_for[-1]
