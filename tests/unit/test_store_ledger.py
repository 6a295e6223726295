"""The claim ledger's normalisation: figures by value and what they count, sources by who they are."""

from claimlight.store.ledger import Ledger, figure_value, figures_match, ledger_entry, source_key, unit_key

from ..store_samples import shoigu_page, zelensky_page


def test_figure_values_parse_the_text_when_the_detector_gave_none():
    assert figure_value({"text": "16k", "value": None}) == 16000
    assert figure_value({"text": "2.5 million", "value": None}) == 2_500_000
    assert figure_value({"text": "16,000", "value": 16000}) == 16000
    assert figure_value({"text": "dozens", "value": None}) is None


def test_units_fold_plurals_people_percent_and_money():
    assert unit_key({"text": "16,000", "unit": "foreign mercenaries"}) == "people"
    assert unit_key({"text": "16k", "unit": "fighters"}) == "people"
    assert unit_key({"text": "45%", "unit": None}) == "percent"
    assert unit_key({"text": "45", "unit": "per cent"}) == "percent"
    assert unit_key({"text": "$2bn", "unit": None}) == "money:usd"
    assert unit_key({"text": "300", "unit": "tanks"}) == unit_key({"text": "1", "unit": "tank"}) == "thing:tank"
    assert unit_key({"text": "16,000", "unit": None}) is None


def test_figures_match_within_a_few_percent_about_the_same_thing():
    assert figures_match(16000, "people", 16000, "people")
    assert figures_match(16000, "people", 15800, "people")
    assert not figures_match(16000, "people", 15000, "people")
    assert figures_match(74706, "people", 74700, "people"), "a precise figure meets the same figure rounded late"
    assert not figures_match(74706, "people", 72500, "people"), "two precise figures 3% apart are different counts"
    assert not figures_match(16000, "people", 16000, "thing:tank")
    assert figures_match(16000, None, 16000, "people")
    assert not figures_match(2022, None, 2022, None), "a year alone is not a figure worth matching"
    assert not figures_match(7, None, 7, "people"), "small numbers need a unit to mean anything"


def test_sources_meet_by_surname_and_transliteration_but_not_by_another_first_name():
    keys = [source_key({"text": t, "kind": "named"}) for t in
            ("Mr Zelensky", "Volodymyr Zelensky", "Zelensky", "Ukrainian President Volodymyr Zelenskyy", "Zelensky's")]
    assert {key for key, _ in keys} == {"person:zelensky"}
    assert source_key({"text": "Russia's Defence Ministry", "kind": "organisation"}) == \
        source_key({"text": "the Defense Ministry of Russia", "kind": "organisation"})
    assert source_key({"text": "an unnamed source", "kind": "anonymous"}) is None


def test_possessives_with_a_curly_apostrophe_meet_the_same_source():
    assert source_key({"text": "Zelenskyy’s", "kind": "named"}) == source_key({"text": "Zelenskyy's", "kind": "named"}) \
        == ("person:zelensky", None)
    ledger = Ledger()
    ledger.add(ledger_entry({"id": "c_plain", "figures": [], "source": {"text": "Volodymyr Zelensky", "kind": "named"}}))
    curly = ledger_entry({"id": "c_curly", "figures": [], "source": {"text": "Zelenskyy’s", "kind": "named"}})
    assert ledger.matches(curly) == {"c_plain": {"source"}}


def test_ledger_relates_zelenskys_figure_to_shoigus_and_forgets_removed_claims():
    ledger = Ledger()
    zelensky, shoigu = zelensky_page(), shoigu_page()
    entries = [ledger_entry(c) for c in zelensky["claims"] + shoigu["claims"]]
    for entry in entries:
        ledger.add(entry)
    found = ledger.matches(entries[0])
    shoigu_claim, mr_zelensky_claim, tanks_claim = (c["id"] for c in shoigu["claims"])
    assert found[shoigu_claim] == {"figure"}
    assert found[mr_zelensky_claim] == {"figure", "source"}
    assert tanks_claim not in found
    ledger.remove(entries[2])
    assert shoigu_claim not in ledger.matches(entries[0])
