"""Levels and reasons, from LABELING.md's example table and its rules."""

from __future__ import annotations

import pytest

from claimlight.detect import detect_claims
from claimlight.detect.levels import is_opinion
from claimlight.extract import Article, Link


def article(text: str, links: list[Link] | None = None) -> Article:
    return Article(title="", byline=None, text=text, paragraphs=[], links=links or [])


# The example table of ../shared/LABELING.md (kinds, source kind, level; None = not a claim).
LABELING_EXAMPLES = [
    ("Zelensky has claimed that 16,000 foreign mercenaries are going to fight for Ukraine.",
     ["numerical", "attribution"], "named", "medium"),
    ("Mainichi quoted an unnamed source as saying that about 70 volunteers from Japan are set to join.",
     ["numerical", "attribution"], "anonymous", "high"),
    ("Russia officially lost more than 100k troops.", ["numerical"], "vague", "high"),
    ("refugees now totalling 2.5 million", ["numerical"], "none", "high"),
    ("Ben Wallace said: \"This is an army that doesn't care about its soldiers.\"", ["attribution"], "named", "low"),
    ("Residents have been warned to stay at home under curfew.", None, None, None),
    ("28th Feb 22 3:29 pm", None, None, None),
]


@pytest.mark.parametrize("text, kinds, source_kind, level", LABELING_EXAMPLES)
def test_labeling_examples(text, kinds, source_kind, level):
    claims = detect_claims(article(text))
    if kinds is None:
        assert claims == []
        return
    assert len(claims) == 1
    claim = claims[0]
    assert (claim["kinds"], claim["source"]["kind"], claim["level"]) == (kinds, source_kind, level)
    assert claim["reasons"] and all(isinstance(r, str) and r for r in claim["reasons"])


@pytest.mark.parametrize("text, reason", [
    ("refugees now totalling 2.5 million", "a number with no source"),
    ("US officials said these could include Syrians skilled in urban combat.", "credited to an unnamed source"),
    ("US officials said these could include Syrians skilled in urban combat.", "hedged: 'could'"),
    ("The comment boxes reportedly let visitors post anything.", "hedged: 'reportedly'"),
    ("Mainichi quoted an unnamed source as saying that about 70 volunteers are set to join.", "passed on second-hand"),
    ("Zelensky has claimed that 16,000 foreign mercenaries are going to fight for Ukraine.",
     "credited to Zelensky (named) with no link to the original"),
    ("Officials said 40 people died. This could not be independently verified.",
     "the article itself says this cannot be verified"),
])
def test_reasons(text, reason):
    assert reason in detect_claims(article(text))[0]["reasons"]


def test_a_linked_primary_source_ranks_low():
    text = "Mr Zelensky said recently that 16,000 foreigners had volunteered for the cause."
    link = Link(text="said recently", href="https://example.org/video", start=text.index("said"), end=text.index("said") + 13)
    unlinked, = detect_claims(article(text))
    linked, = detect_claims(article(text, [link]))
    assert (unlinked["linked"], unlinked["level"]) == (False, "medium")
    assert (linked["linked"], linked["level"]) == (True, "low")
    assert "the article links to its source" in linked["reasons"]


def test_a_link_does_not_lower_an_anonymous_relay():
    text = "According to the Wall Street Journal, US officials have told the paper that Russia has been recruiting fighters from Syria."
    link = Link(text="Wall Street Journal", href="https://www.wsj.com/x", start=text.index("Wall"), end=text.index("Wall") + 19)
    claim, = detect_claims(article(text, [link]))
    assert claim["linked"] is True
    assert claim["level"] == "high"
    assert claim["source"]["kind"] == "anonymous"


def test_opinion_credited_to_a_named_person_is_low():
    claim, = detect_claims(article("Whitfield added that the first barrier would be finished by next spring."))
    assert claim["level"] == "low"


def test_a_modal_in_a_named_sources_mouth_is_a_prediction_not_a_hedge():
    """Corpus rule H: "X said it could ..." is X's own prediction (low); the article's "reportedly" stays high."""
    claim, = detect_claims(article("Shotwell said Starship lunar lander missions could begin soon."))
    assert (claim["level"], claim["hedges"]) == ("low", [])
    claim, = detect_claims(article("Mr Putin reportedly said the talks could resume."))
    assert claim["level"] == "high" and "reportedly" in claim["hedges"]


def test_a_modal_with_an_unnamed_source_stays_high():
    claim, = detect_claims(article("An unnamed official said the talks could resume next week."))
    assert claim["level"] == "high"


def test_a_link_to_a_topic_page_or_another_word_is_not_the_claims_source():
    text = "Two United States service members were killed in a crash, the US military said in a statement."
    topic = Link(text="United States", href="https://news.example/topics/country/united-states.html",
                 start=text.index("United"), end=text.index("United") + 13)
    claim, = detect_claims(article(text, [topic]))
    assert (claim["linked"], claim["level"]) == (False, "medium")
    statement = Link(text="said in a statement", href="https://www.defense.example/releases/123",
                     start=text.index("said in"), end=text.index("said in") + 19)
    claim, = detect_claims(article(text, [statement]))
    assert (claim["linked"], claim["level"]) == (True, "low")


@pytest.mark.parametrize("text", [
    "Sergei Shoigu told Reuters on Monday that 300 soldiers had left.",
    "The mayor told local media that 40 homes burned.",
    "Richardson, via USA Today, said that Rudolph started the fight.",
    "The statement, which was obtained by Variety, claimed that the label had agreed.",
    "Earlier this year, Johnston told Billboard the band had recorded five songs for an EP.",  # dev review news86
])
def test_words_relayed_by_another_outlet_are_second_hand(text):
    """Corpus rule S: "told X" (another outlet), "via X", "obtained/seen by X" pass the words on second-hand."""
    claim, = detect_claims(article(text))
    assert claim["level"] == "high" and "passed on second-hand" in claim["reasons"]


@pytest.mark.parametrize("text, site", [
    ("John Smith told reporters that the plant was closed.", None),
    ("Gordon Sondland told the committee that he acted on orders.", None),
    ("Lynn said via Twitter that the plant was closed.", None),
    ("Marcelo Claure said in the email, which was seen by The Real Deal, that the plant was closed.", "therealdeal.com"),
    ("Ahmed Ali told the BBC that the plant was closed.", "www.bbc.co.uk"),
])
def test_an_audience_a_platform_or_the_pages_own_outlet_is_first_hand(text, site):
    claim, = detect_claims(article(text), site=site)
    assert "passed on second-hand" not in claim["reasons"]


def test_a_relayed_quote_stays_second_hand_in_its_continuation_only():
    text = ("\u201cWe talked all along about everything we wanted,\u201d Anthony Lynn said, via the Los Angeles Times.\n\n"
            "\u201cYes, we needed to win this game today.\u201d\n\n"
            "Lynn said the team is looking forward to facing Denver.\n\n"
            "\u201cWe have won nine of our last ten games at home.\u201d")
    claims = detect_claims(article(text))
    levels = {text[c["start"]:c["end"]][:12]: ("passed on second-hand" in c["reasons"], c["source"]["text"]) for c in claims}
    assert levels["\u201cYes, we nee"] == (True, "Anthony Lynn")
    assert levels["\u201cWe have won"] == (False, "Anthony Lynn")


@pytest.mark.parametrize("text, level", [
    ("Williams said the phone call was inappropriate.", "low"),
    ("Sanjiv Bhasin said he expects broader markets to outperform.", "low"),
    ("Williams said the phone call lasted 30 minutes.", "medium"),
])
def test_a_named_speakers_stance_is_an_opinion_and_a_fact_stays_medium(text, level):
    """LABELING.md: an attributed opinion with nothing checkable is low; a number credited to a named person is medium."""
    claim, = detect_claims(article(text))
    assert claim["level"] == level


@pytest.mark.parametrize("text, level", [
    ("Shaheda Begum said the initiative was very helpful in improving living standards.", "low"),
    ("Not all processed foods are created equal, says Dr. Parr.", "low"),
    ("Morrison said Vindman was left out of some important meetings.", "medium"),
    ("The Institute for the Study of War said Russia was likely to intensify its offensive.", "low"),
    ("The agency said smokers were more likely to develop the disease.", "medium"),
])
def test_in_reporting_a_named_speakers_evaluation_is_an_opinion(text, level):
    """"very helpful", "created equal": the speaker's view, nothing to check (LABELING.md: low); an adjective that
    only describes ("important meetings") leaves the fact reported at medium."""
    story = ("The minister said the plan was agreed on Monday. Officials said the roads stayed closed. "
             "A spokesman said talks would resume. The mayor said schools would reopen.\n\n" + text)
    claim = detect_claims(article(story))[-1]
    assert story[claim["start"]:claim["end"]] == text and claim["level"] == level


@pytest.mark.parametrize("quote, level", [
    ("\u201cI boarded a flight on May 15 and reached Mexico via Moscow,\u201d Singh said.", "medium"),
    ("\u201cThe helicopter was shot down and all on board were killed,\u201d Mujahid said.", "medium"),
    ("\u201cThis is an army that does not care about its soldiers,\u201d Singh said.", "low"),
    # a quotation shorter than its frame alone is read by its own words, as a quotation longer than its frame was
    ("\u201cWe pray for the full recovery of both men,\u201d said White House Press Secretary Stephanie Grisham.", "low"),
    ("\u201cWe pray for the full recovery of both men,\u201d White House Press Secretary Stephanie Grisham said in a "
     "statement.", "low"),
    # a frame that reports something of its own is more than a frame
    ("\u201cWe pray for them,\u201d said Mayor John Smith, who confirmed that the bridge had collapsed.", "medium"),
    ("\u201cAs a general matter, import tariffs are a tax,\u201d said Lawrence White, a professor at New York University.",
     "low"),
    ("\u201cWe lost the baby,\u201d the actor James Van Der Beek said on Instagram.", "medium"),
    ("\u201cMost dogs digest them perfectly well,\u201d said Dr Tom Ellery, a veterinary surgeon in Bristol.", "medium"),
])
def test_in_reporting_a_quoted_dated_or_concrete_event_is_checkable_and_a_quoted_view_is_not(quote, level):
    """LABELING.md: a quotation's checkable statements are claims at its speaker's level (named: medium); its
    opinions are low."""
    story = ("The minister said the plan was agreed on Monday. Officials said the roads stayed closed. "
             "A spokesman said talks would resume. The mayor said schools would reopen.\n\n" + quote)
    claim = detect_claims(article(story))[-1]
    assert story[claim["start"]:claim["end"]] == quote and claim["level"] == level


@pytest.mark.parametrize("text", [
    "Israel says it has killed more than 17,000 militants, without providing evidence.",
    "Pro-Kremlin bloggers claimed 40 soldiers died but provided no evidence.",
])
def test_a_claim_the_article_says_comes_without_evidence_is_high(text):
    """LABELING.md: a claim the article itself says cannot be verified is high; "without providing evidence" says so."""
    claim, = detect_claims(article(text))
    assert claim["level"] == "high" and "the article itself says this cannot be verified" in claim["reasons"]


def test_offering_no_evidence_after_a_claim_raises_that_claim():
    text = "The governor said 300 ballots were forged. He offered no evidence for the claim."
    claim = detect_claims(article(text))[0]
    assert claim["level"] == "high" and "the article itself says this cannot be verified" in claim["reasons"]


@pytest.mark.parametrize("sentence", [
    "He said homestead gardening is playing a vital role in improving conditions in the region.",
    "Dr Rahman added that vegetable farming has achieved remarkable success in the region.",
    "That is leading companies to think it makes more sense for workers to get the drugs on their own, he added.",
    "She says using taxpayer dollars for private school tuition undermines public schools.",
])
def test_an_appraisal_is_an_opinion(sentence):
    assert is_opinion(sentence)


def test_a_role_played_in_numbers_is_no_appraisal():
    assert not is_opinion("The company said it cut 400 jobs in March.")


MUSEUM_PAGE = ("The Calderbridge Museum tells the story of the people, machines and ideas that made our city.\n\n"
               "In 2025 we welcomed 612,000 visitors, our highest number since we reopened.\n\n"
               "The museum is run by a team of 86 staff and more than 300 volunteers.\n\n"
               "Our director, Dr Helen Achterberg, said the new galleries had drawn families back.\n\n"
               "The Company has grown to 70 trucks since 2019.\n\n"
               "The Bank of England held its base rate at 5.25% in March.")


def test_a_bodys_own_page_credits_it_with_the_figures_it_gives_of_itself():
    """Dev probe rounds 17 and 19: a press release, a council's budget, a museum's "about us", on the body's own site;
    the fresh labellers credited the body with its own figures (LABELING.md: organisation, medium)."""
    claims = {MUSEUM_PAGE[c["start"]:c["end"]][:12]: c for c in detect_claims(article(MUSEUM_PAGE),
                                                                            site="www.calderbridgemuseum.org.uk")}
    for opening in ("In 2025 we w", "The museum i"):
        assert (claims[opening]["level"], claims[opening]["source"]["kind"]) == ("medium", "organisation")
    assert claims["The museum i"]["source"]["text"] == "Calderbridge Museum"
    for other in ("The Company ", "The Bank of "):  # another kind of body, another body of the kind
        assert claims[other]["source"]["text"] != "Calderbridge Museum"


def test_the_same_figures_on_another_site_are_the_pages_bare_word():
    claims = {MUSEUM_PAGE[c["start"]:c["end"]][:12]: c for c in detect_claims(article(MUSEUM_PAGE),
                                                                            site="www.example-news.com")}
    assert claims["The museum i"]["source"]["text"] != "Calderbridge Museum"


@pytest.mark.parametrize("name, site, own", [
    ("Corvane plc", "www.corvane-group.com", True),  # the site name adds a kind of body
    ("Mereside Bank", "www.meresidebank.co.uk", True),
    ("Association of Independent Hardware Retailers", "www.aihr.org.uk", True),  # initials without "of"
    ("Apple", "appleinsider.com", False),  # a name the site's only starts with
    ("Menlo", "www.menlotravelblog.com", False),
])
def test_a_body_owns_the_site_its_name_or_initials_or_its_name_and_kind_spell(name, site, own):
    from claimlight.detect.attribution import is_site_owner
    assert is_site_owner(name, site) is own


@pytest.mark.parametrize("name, site, own", [
    ("Calderbridge Museum", "www.calderbridgemuseum.org.uk", True),
    ("Corvane plc", "www.corvane-group.com", True),
    ("Department of State", "dos.ny.gov", True),
    ("Yorkshire", "www.yorkshirewater.com", False),  # a place, not the body the site's name adds a kind word to
    ("US", "www.usbank.com", False),
    ("Metro Bank", "metro.co.uk", False),  # the site's name only starts the body's
    ("Business Analysis", "www.business.com", False),
])
def test_a_whole_page_is_a_bodys_own_only_where_its_site_spells_the_name_whole(name, site, own):
    from claimlight.detect.attribution import owns_the_site
    assert owns_the_site(name, site) is own


def test_a_news_site_naming_itself_is_not_telling_of_itself():
    text = ("The BBC has seen documents showing the trust's plans for the ward.\n\n"
            "One nurse told the BBC that the ward had been closed twice.\n\n"
            "The Trust's deficit reached £40 million last year.")
    claim = next(c for c in detect_claims(article(text), site="www.bbc.co.uk") if text[c["start"]:].startswith("The Trust"))
    assert claim["source"]["kind"] == "none" and claim["level"] == "high"
