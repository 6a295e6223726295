"""Figures: what counts as a number about the world, its value, and the noun it counts."""

from __future__ import annotations

import pytest

from claimlight.detect.numbers import find_comparisons, find_figures, has_comparison


def figure_texts(sentence: str) -> list[str]:
    return [f["text"] for f in find_figures(sentence)]


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("Zelensky has claimed that 16,000 foreign mercenaries are going to fight for Ukraine.", "16,000", 16000, "foreign mercenaries"),
    ("Russia officially lost more than 100k troops", "100k", 100_000, "troops"),
    ("refugees now totalling 2.5 million", "2.5 million", 2_500_000, None),
    ("The council will spend $3bn on barriers.", "$3bn", 3e9, "USD"),
    ("Tickets cost £20 each.", "£20", 20, "GBP"),
    ("The fund holds €1.2 million.", "€1.2 million", 1.2e6, "EUR"),
    ("Turnout reached 45% in the city.", "45%", 45, "percent"),
    ("About 1/2 of voters stayed home.", "1/2", 0.5, "share"),
    ("Nearly two-thirds of staff agreed.", "two-thirds", 2 / 3, "share"),
    ("Half the staff left.", "Half", 0.5, "share"),
    ("In Dnipro, one person was reported dead in air strikes", "one", 1, "person"),
    ("Now about 3,500 foreigners are fighting on the side of Ukraine.", "3,500", 3500, "foreigners"),
    ("The volunteers include 50 former servicemen from the Japan Self-Defence Forces.", "50", 50, "former servicemen"),
    ("Sales hit 2000 units last year.", "2000", 2000, "units"),
    ("Syniah Johnson 6 points.", "6", 6, "points"),
    ("Starven Saint Hilare 1 goal.", "1", 1, "goal"),
    ("It has a top speed of 21.4 miles per hour.", "21.4", 21.4, "miles per hour"),
    ("The hybrid gets 52 miles a gallon on the highway.", "52", 52, "miles a gallon"),
    ("The clinic saw 40 patients a day.", "40", 40, "patients"),
    ("The index closed at 27,350 points.", "27,350", 27350, "points"),  # "at 17," is an age; "at 27,350" is not
    ("A thousand protesters gathered outside parliament.", "A thousand", 1000, "protesters"),
    ("Israeli strikes killed 300 Palestinian civilians.", "300", 300, "Palestinian civilians"),
    ("Germany will send 100 Leopard tanks to Ukraine.", "100", 100, "Leopard tanks"),
    ("Around 70pc of voters backed the plan.", "70pc", 70, "percent"),
    ("About 9 in 10 American adults meet the target.", "9 in 10", 0.9, "share"),
    ("Police arrested 12 Extinction Rebellion activists.", "12", 12, "Extinction Rebellion activists"),
    ("The city has lost a million residents since 1950.", "a million", 1e6, "residents"),
])
def test_figure_value_and_unit(sentence, text, value, unit):
    figure = next(f for f in find_figures(sentence) if f["text"] == text)
    assert figure["value"] == pytest.approx(value)
    assert figure["unit"] == unit
    assert sentence[figure["start"]:figure["end"]] == text


@pytest.mark.parametrize("sentence, vague", [
    ("Hundreds of thousands of people fled.", "Hundreds of thousands"),
    ("Dozens of soldiers were hurt.", "Dozens"),
    ("Thousands marched in the capital.", "Thousands"),
])
def test_vague_quantities_are_figures_without_a_value(sentence, vague):
    figure = next(f for f in find_figures(sentence) if f["text"] == vague)
    assert figure["value"] is None


@pytest.mark.parametrize("sentence", [
    "On 24 February, Russian President Vladimir Putin ordered a special military operation in Ukraine.",
    "28th Feb 22 3:29 pm",
    "The Serbs have been fighting on our side since 2014.",
    "Ukrainian men carry their equipment, March 2, 2022 - Sputnik International, 03.03.2022",
    "The Covid-19 rules, the G7 summit, F-16 jets and 24/7 news.",
    "Call 555-123-4567 for details.",
    "For more information, call 855-JWU-1881 or email the office.",
    "Phone: 020 7946 0958.",
    "Dumbo Moving and Storage (DOT: 1543241) offers full-service moving.",
    "Webb, 51, of Fort Worth, was convicted; the 47 year old appealed.",
    "10) Modellino della macchina",
    "The meeting starts at 6:38 p.m. on Saturday, May 18.",
    "It crashed twice in the 1990s, near the 737 Max plant.",
    "The attack used <img src=x onerror=alert(1)> as its payload.",
    "He read The 7 Habits and the Fortune 100 list.",
    "13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020",
    "Further information may be obtained by calling: 1784 5348469 (WhatsApp).",
    "Finish at the fast end of 10k race pace.",
    "Hold it at the fast end of 10k race effort.",
    "Coming from a brand that dominated the market 15 years ago, it is a return.",
    "Dec 18, 2025 ⋅ 10 min read",
    "Understanding Multiple Sclerosis from University of Tasmania ★★★★★(1300)",
    "Seventy-two years later, an eighteen-year-old set out on a journey.",
    "Pinterest shows how pinners engaged with your pins in the past 30 days.",
    "It provides an audit trail aligned with SLSA level 3 standards.",
    "It is not for patients with a family history of Multiple Endocrine Neoplasia syndrome type 2.",
    "32-bit ARM microcontrollers have become common in the past 5-10 years.",
    "It packs values smaller than a 256-bit word together.",
    "“We have to use these tools for good,” said Dr. Joan LaRovere, MBA ’16, a physician.",
])
def test_numbers_that_locate_or_name_are_not_figures(sentence):
    assert figure_texts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Construction costs have doubled since 2019.",
    "Oil prices fell sharply on Tuesday.",
    "The index closed at a record high.",
    "It was the largest tax cut in history.",
    "More and more foreigners are coming to participate.",
    "As Uber and Lyft grew, driver pay went down.",
    "Premiums have gone up sharply since January.",
])
def test_comparisons_and_trends(sentence):
    assert find_comparisons(sentence)


@pytest.mark.parametrize("sentence", [
    "Thanks a million for reading.",
    "You are already juggling a million things.",
    "She is one in a million.",
])
def test_a_million_as_an_idiom_counts_nothing(sentence):
    assert find_figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The aperture starts at F/4.8 and goes up to F/22.",
    "Walmart's ad scan just went up last night.",
    "Once your puppy has learnt to go down from a seated position, practise standing.",
])
def test_going_up_or_down_somewhere_is_no_trend(sentence):
    assert find_comparisons(sentence) == [] and find_comparisons(sentence, reporting=True) == []


@pytest.mark.parametrize("sentence", [
    "She rose through the ranks to become a legendary hunter.",
    "Turner rose from the gritty streets of Georgian London.",
    "He rose to fame in the 1990s and later fell ill.",
])
def test_a_persons_rise_is_no_trend(sentence):
    assert find_comparisons(sentence) == [] and find_comparisons(sentence, reporting=True) == []


def test_declined_to_comment_is_not_a_trend():
    assert find_comparisons("A spokesperson for the ministry declined to comment.") == []


def test_offsets_are_shifted_to_the_article():
    figure = find_figures("about 70 volunteers", offset=100)[0]
    assert (figure["start"], figure["end"]) == (106, 108)


@pytest.mark.parametrize("sentence, share", [
    ("According to her, most of the 400 recruits have never fired a rifle.", "most"),
    ("A new poll shows the majority of voters back the plan.", "the majority"),
    ("An overwhelming majority of references come from recent works.", "An overwhelming majority"),
    ("A radical minority of protesters have responded with violence.", "A radical minority"),
    ("The phrase is present in nearly every story about financial independence.", "nearly every"),
])
def test_shares_of_a_whole_are_figures(sentence, share):
    """Corpus rule V: "most", "the majority", "a minority", "nearly all/every" name a share of a whole."""
    figure = next(f for f in find_figures(sentence) if f["text"] == share)
    assert figure["unit"] == "share" and figure["value"] is None


@pytest.mark.parametrize("sentence", [
    "Biden continues to be the favorite of many establishment Democrats.",
    "His wife has suffered several miscarriages in the past.",
    "A few residents and a handful of numerous small shops stayed open.",
    "Some analysts disagree, most notably the bank's own economists.",
])
def test_quantifiers_that_name_no_number_are_not_figures(sentence):
    """Corpus rule V: "many", "some", "several", "a few", "a handful", "numerous" give nothing to check."""
    assert figure_texts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Most lenders require it.",
    "Most don't think about it.",
    "Many people find the app useful.",
])
def test_most_or_many_alone_is_not_a_figure(sentence):
    """LABELING.md: "many", "most", "some" alone are not numerical unless a share of something counted is asserted."""
    assert find_figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "ABC 7 has also altered their voice.",
    "If so, 7 On Your Side wants to help you!",
    "Framework 7 is an open-source HTML5 framework.",
    "Logitech G Pro X Superlight 2: the professional's choice",
    "Tests showed that we needed Python 3.14 as a supported version.",
    "It can deliver a decent muscle stimulus to promote modest muscular development (3).",
    "Its medium-firm feel (6/10) and 9.65 performance score make it a top pick.",
    "9 out of 10 is really exceptional.",
    "Nick van Mead, a journalist with more than 20 years at the Guardian, writes.",
    "For most users, 2K or 4K represents a small improvement over normal 1K polling.",
    "The Garmin Forerunner 970 combines a lot of useful features for a reasonably competitive price.",
    "The 2025 WFA TOP 100 offers a platform to elevate your mission.",
    "This statement has held true through the latter-half of the year.",
    "Sony dropped a new software update for the PlayStation 3, labelled PS3 system software update 4.92.",
    "The firmware release 2.1.3 fixed the pairing bug.",
    "7-ELEVEN has the most reliable ATM for tourists.",
    "9 times out of 10, I write microcontroller code and only test it through unit testing.",
    "All of the converters we have reviewed have been given an overall numbered score ranging from 1-100.",
])
def test_names_ratings_markers_and_bios_are_not_figures(sentence):
    # From the highlight audit's tune pages (corpus/wcxb/labels/highlights-part*.jsonl): each was highlighted, and
    # judged not a claim.
    assert figure_texts(sentence) == []


@pytest.mark.parametrize("sentence, figure", [
    ("The release 2.5 times faster than the last one sold well.", "2.5"),
    ("The update reached 4.5 million users.", "4.5 million"),
])
def test_a_count_after_a_software_word_is_still_a_figure(sentence, figure):
    assert figure in figure_texts(sentence)


@pytest.mark.parametrize("sentence, text", [
    ("Nearly 7 in 10 shoppers report using social media.", "7 in 10"),  # one share, not a count of seven
    ("9 out of 10 dentists recommend it.", "9"),
    ("At least 4 Republican senators voted against it.", "4"),
    ("Israel's military said 12 Hamas fighters were killed.", "12"),
    ("About 50 people were killed.", "50"),
    ("Smith scored 6 goals against the team.", "6"),
    ("In the last 24 hours, 300 people were killed.", "300"),
    ("It took 15 years to build the bridge.", "15"),
    ("Unemployment hit level 4 percent.", "4 percent"),
    ("Johnson 6 points in the game.", "6"),
])
def test_counts_next_to_capitalised_words_are_still_figures(sentence, text):
    assert figure_texts(sentence)[:1] == [text]


def test_a_numbered_name_the_page_repeats_is_a_name_even_before_a_plural():
    from claimlight.detect.numbers import repeated_name_numbers
    text = "Layer 2 solutions help. Layer 2 rollups are cheap. We like Layer 2 approaches. About 2 people agree."
    assert [text[at] for at in sorted(repeated_name_numbers(text))] == ["2", "2", "2"]
    assert all(text[at - 6:at] == "Layer " for at in repeated_name_numbers(text))


@pytest.mark.parametrize("sentence", [
    "The article appeared in Harper's New Monthly Magazine, volume 47, number 278.",
    "His book (E. P. Dutton, pages 176-177) describes a method.",
    "A score of 7 indicates the fidelity of a simple, free calculator.",
    "After learning to ride at 17, Emmet worked in the motorcycle industry.",
    "At 17, she left home for Paris.",
])
def test_bibliographic_details_scales_and_ages_are_not_figures(sentence):
    assert figure_texts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "845 3rd Avenue, New York, NY, 11232",
    "Visit us at 12 West 34th Street, Suite 400.",
    "Study anytime with 24-7 access to course materials.",
    "Fleck said the Big Ten’s leading passer has not been cleared.",
    "The Group of Seven met in Rome.",
])
def test_addresses_round_the_clock_and_numbered_names_are_not_figures(sentence):
    assert figure_texts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Parise buried the feed on a two-on-one.",
    "They play a three-on-three game on Sundays.",
    "A handful of chips here, a chicken wing or two there.",
])
def test_formations_and_a_thing_or_two_are_not_figures(sentence):
    assert figure_texts(sentence) == []


@pytest.mark.parametrize("sentence, figures", [
    ("He ran 50 yards for a touchdown.", ["50"]),
    ("One or two people were hurt.", ["two"]),
    ("A team of two or three people came.", ["two", "three"]),
])
def test_distances_run_and_a_few_counted_stay_figures(sentence, figures):
    assert figure_texts(sentence) == figures


@pytest.mark.parametrize("sentence, figures", [
    ("Regular exercise can (1) reduce inflammation and (2) help regulate sleep.", []),
    ("One compound of concern is 1, 4-dichlorobenzene, which breaks down into 2,5-dichlorophenol.", []),
    ("Kotlin 2.2.0 brought new features, and CIS Controls v8.1 replaced the old list.", []),
    ("As seen in image 4, the UI is exposed on port 80.", []),
    ("Table 2 shows that 45% of adults smoke.", ["45%"]),
    ("Step 3 took 12 hours.", ["12"]),
    ("In week 5 of the plan, the office on the 6th floor opens.", []),
    ("Deaths rose to 40 by day 3 of the heatwave.", ["40"]),
])
def test_enumerators_locants_versions_and_labels_are_not_figures(sentence, figures):
    assert figure_texts(sentence) == figures


def test_a_model_number_the_page_repeats_after_the_is_a_name_but_a_year_is_not():
    from claimlight.detect.numbers import repeated_name_numbers
    text = "The 970 excels. We tested the 970 for weeks. Buy the 970 today. The 2020 race. The 2020 race. The 2020 race."
    assert {text[at:at + 3] for at in repeated_name_numbers(text)} == {"970"}


def test_a_model_named_three_times_after_the_is_that_model_wherever_it_stands():
    from claimlight.detect.numbers import repeated_name_numbers
    text = "The 712 excels. We tested the 712 for weeks. Buy the 712 today. Hobbyists buying 712 loved it. It sold 712,000."
    names = repeated_name_numbers(text)
    assert text.index("buying 712") + len("buying ") in names
    assert text.index("712,000") not in names


def test_a_span_of_years_is_a_date_but_a_counted_range_is_a_figure():
    assert find_figures("The festival ran from 2005 to 2007 in Berlin.") == []
    assert [f["text"] for f in find_figures("It sold 2005 to 2007 units a month.")] == ["2005 to 2007"]
    assert [f["text"] for f in find_figures("From 2010 to 2015 there were 3248 cases.")] == ["3248"]


@pytest.mark.parametrize("sentence, figures", [
    ("The two form a fragile alliance against the queen.", []),
    ("These three end up coming together as a presence stalks their town.", []),
    ("The two sides agreed to release 40 prisoners.", ["two", "40"]),
    ("It was approved to treat type 2 diabetes in 2017.", []),
    ("Frozen fruit helps you reach your 5-a-day.", []),
])
def test_people_already_met_and_names_with_a_number_are_not_counts(sentence, figures):
    assert [f["text"] for f in find_figures(sentence)] == figures


def test_a_worst_case_scenario_is_no_superlative_in_news_either():
    assert not has_comparison("Running through potential worst-case scenarios is essential.", reporting=True)
    assert has_comparison("It was the worst drought in the region since records began.", reporting=True)


def test_doubling_as_something_is_no_trend():
    assert not has_comparison("It also doubles as a display for the parking monitor.", reporting=True)
    assert not has_comparison("It also doubles as a display for the parking monitor.")
    assert has_comparison("Sales doubled last year.", reporting=True)


def test_a_hyphenated_word_holds_no_trend():
    assert not has_comparison("These beat-dropping classes are likely to stay popular.", reporting=True)
    assert has_comparison("Prices are dropping fast.", reporting=True)


@pytest.mark.parametrize("sentence, figures", [
    ("In Cinebench R20, scores jumped as well from 2395 to 2623.", ["2395 to 2623"]),
    ("Scores of people were injured.", ["Scores"]),
    ("The S&P 500 index was little changed.", []),
])
def test_scores_count_only_with_of_and_an_index_name_is_no_figure(sentence, figures):
    assert [f["text"] for f in find_figures(sentence)] == figures


def test_most_before_an_adverb_is_no_superlative():
    assert not has_comparison("It is a cell type most often associated with the intestines.", reporting=True)
    assert has_comparison("It was the most expensive film ever made.", reporting=True)


@pytest.mark.parametrize("sentence, compares", [
    ("Group yoga classes can be more affordable for some.", False),
    ("Experienced instructors may charge higher fees.", False),
    ("Larger homes might incur higher costs.", False),
    ("Group sessions are usually more affordable than private coaching.", False),
    ("Fast chargers tend to be more expensive.", False),
    ("EVs generally have a higher list price than similar petrol cars.", False),
    ("Seed packets are less expensive than individual plants.", True),
    ("Fuel prices have risen significantly in certain parts of the country.", True),
])
def test_a_guide_saying_what_can_or_usually_costs_more_compares_nothing_it_counted(sentence, compares):
    assert has_comparison(sentence) is compares


@pytest.mark.parametrize("sentence, compares", [
    ("He was one of the greatest war photographers ever.", False),
    ("She directed two of the most iconic anime of all time.", False),
    ("It is the most significant shift in online marketing since the search engine.", False),
    ("It was the greatest loss of life since 1945.", True),
    ("The camp took in the greatest numbers of refugees since 1945.", True),
    ("It was the most expensive film ever made.", True),
])
def test_a_superlative_of_taste_is_no_comparison_in_any_register(sentence, compares):
    assert has_comparison(sentence) is compares
    assert has_comparison(sentence, reporting=True) is compares


@pytest.mark.parametrize("sentence, figures", [
    ("Rent rose to $1,200/month in Austin.", ["$1,200"]),
    ("Plans cost $85/mo.", ["$85"]),
    ("Rated 9.8/10 overall.", []),
])
def test_a_price_by_the_month_is_a_figure_and_a_rating_out_of_ten_is_not(sentence, figures):
    assert figure_texts(sentence) == figures


def test_a_scale_written_apart_from_its_number_still_scales_it():
    [money] = [f for f in find_figures("Citizens finished with $2.71 bn, a 17.9% decrease.") if f["unit"] == "USD"]
    assert (money["text"], money["value"]) == ("$2.71 bn", 2.71e9)


@pytest.mark.parametrize("sentence", ["He declined later to state when the lander would be ready.",
                                      "She declined repeatedly to comment on the cuts."])
def test_declining_to_say_is_no_decline(sentence):
    assert find_comparisons(sentence) == [] and find_comparisons(sentence, reporting=True) == []


@pytest.mark.parametrize("sentence, figures", [
    ("Strauss Zelnick, CEO of Take-Two, adds.", []),
    ("Twenty-Two people died.", ["Twenty-Two"]),
    ("Emirates cut its commitment for 777x jets by 30.", ["30"]),
    ("The chip is 100x faster, a 3.1x speedup.", ["100", "3.1"]),
    ("The GS50 has HDMI 2.0b ports.", []),
    ("Headphone makers are adding better Bluetooth (5.0) and lossless codecs.", []),
    ("It supports Wi-Fi 6E and USB 3.2 Gen 2, and runs iOS 17.", []),
    ("Android 14 runs on 40% of phones, and Android 40% of tablets.", ["40%", "40%"]),
])
def test_names_and_models_that_end_in_a_number_are_no_figures(sentence, figures):
    assert figure_texts(sentence) == figures


@pytest.mark.parametrize("sentence, figures", [
    ("It took 6 minutes to brew a full carafe and 4 minutes for a half, nearly as quick.", ["6", "4"]),
    ("The film ran an hour and a half.", []),
    ("Half of the patients improved.", ["Half"]),
    ("Robert Half, a global HR consulting firm, provides staffing services.", []),  # a name
    ("Half way between the old-school editors and the new ones.", []),  # halfway
    ("Sales fell by half in May.", ["half"]),
])
def test_a_half_of_something_named_before_is_no_share(sentence, figures):
    assert figure_texts(sentence) == figures


@pytest.mark.parametrize("title, figures", [
    # in a title's capitals, a verb before the number and a plural after it still make a count
    ("Amazon Cuts 500 Jobs in Cloud Unit", ["500"]),
    ("Blast Kills 12 People in Beirut", ["12"]),
    ("Death Toll Rises to 40 After Blast in Beirut", ["40"]),
    # names stay names: a product and its version, a code in capitals, a station
    ("Windows 10 Review: The Best Yet", []),
    ("I Got LVL 9999 Friends and Am Out for Revenge", []),
    ("7 On Your Side investigates", []),
])
def test_a_count_in_a_titles_capitals_is_read_as_a_count(title, figures):
    assert [f["text"] for f in find_figures(title, 0)] == figures


@pytest.mark.parametrize("sentence, figures", [
    ("Its fleet of roughly 400 737 Max jets has been grounded.", ["400"]),
    ("It comes after five 787 Dreamliner sales this week.", ["five"]),
    ("Boeing grounded the 737 Max jets.", []),
    ("If so, 7 On Your Side wants to help you!", []),
])
def test_a_model_number_before_a_name_is_no_count(sentence, figures):
    assert figure_texts(sentence) == figures


@pytest.mark.parametrize("sentence, figures", [
    ("He scored 3 in 2019.", ["3"]),
    ("Sales rose 5 in 10 days.", ["5", "10"]),
])
def test_a_number_in_a_year_or_a_span_is_no_share(sentence, figures):
    assert figure_texts(sentence) == figures


@pytest.mark.parametrize("sentence", [
    "The desk has a large enough adjustment range for people up to 6’7”.",
    "The handlebar means people ranging from 5'2\" to 6'5\" can find a comfortable height.",
])
def test_a_height_in_feet_and_inches_is_no_figure(sentence):
    assert find_figures(sentence) == []


@pytest.mark.parametrize("sentence, figures", [
    ("The 5G rollout reached 40 cities.", ["40"]),
    ("There is no consensus on which 3P crates to use among 12 teams.", ["12"]),
    ("The camera records 1080p video and adds 100g of weight.", ["1080", "100"]),
])
def test_a_capital_glued_to_a_small_number_names_a_thing_where_a_unit_measures(sentence, figures):
    assert [f["text"] for f in find_figures(sentence)] == figures


def test_a_number_and_a_half_is_one_figure_and_names_and_phone_numbers_are_none():
    text = "Jim Hood lost by five-and-a-half points."
    assert [(f["text"], f["value"]) for f in find_figures(text)] == [("five-and-a-half", 5.5)]
    assert find_figures("A family friend spotted the sedan and called 911.") == []
    assert find_figures("She was named a 40 Under 40 Award recipient.") == []
    assert [f["text"] for f in find_figures("Police said 911 calls rose by 40%.")] == ["40%"]
    assert [f["text"] for f in find_figures("Police said 911 people were evacuated.")] == ["911"]
    assert find_figures("You can't take money from your 401(k) or 403(b) without penalty.") == []


def test_the_size_of_the_pages_own_list_is_no_count_of_the_world():
    from claimlight.detect.numbers import only_own_list_counts
    for listed in ("Ahead, peruse 25 hosting trends bound to make your event memorable.",
                   "These 60 conscious brands have all been rated Good or Great using our methodology.",
                   "They have compiled a list of the 10 best travel insurance companies."):
        assert only_own_list_counts(find_figures(listed), listed), listed
    for counted in ("These 300 troops crossed the border on Monday.", "Here are 5 reasons the market fell 20% last year."):
        assert not only_own_list_counts(find_figures(counted), counted), counted


def test_the_doubles_title_is_no_doubling():
    assert not has_comparison("Two days after clinching the doubles title, the duo secured France an opening win.",
                              reporting=True)
    assert has_comparison("Sales doubled last year.")


def test_a_vehicles_engine_and_equipment_are_its_specification():
    from claimlight.detect.numbers import only_specs
    for spec in ("Under the hood is the same 5.0-liter V8 engine, which produces 471 horsepower.",
                 "These include 10 airbags, rear door alert and forward collision warning."):
        assert only_specs(find_figures(spec), spec), spec
    for counted in ("The recall covers 471 cars.", "The Conservatives won 365 seats.",
                    "The drone was shot down 20 nm off the coast."):  # a count, a distance: not a spec
        assert not only_specs(find_figures(counted), counted), counted


def test_a_part_or_a_tier_named_lower_or_higher_is_no_comparison_in_the_news():
    assert not has_comparison("The doctor first diagnosed the man with a lower respiratory tract infection.", reporting=True)
    assert not has_comparison("She appealed against a ruling by a lower court.", reporting=True)
    assert has_comparison("Turnout was lower in the north.", reporting=True)
    assert has_comparison("Prices are lower this winter.", reporting=True)


def test_a_parts_model_name_with_a_glued_letter_is_no_figure():
    assert find_figures("The 5500M chipset is toasty, and the RAM is too.") == []
    assert find_figures("The 13900K processor runs hot.") == []
    assert [f["text"] for f in find_figures("Intel sold 50M chips last year.")] == ["50M"]
    assert [f["text"] for f in find_figures("The 50M chips shipped last quarter were made in Taiwan.")] == ["50M"]
    assert find_figures("The 5500M Series runs hot.") == []
    assert [f["text"] for f in find_figures("The company has 500M users.")] == ["500M"]


def test_people_picked_out_by_a_higher_risk_are_a_kind_not_a_comparison():
    assert not has_comparison("Models can help find patients with a higher risk of adverse drug reactions.")
    assert has_comparison("Coffee is associated with a lower risk of liver disease.")



def test_a_cars_announced_price_and_an_age_bracket_are_not_figures_about_the_world():
    assert [f["unit"] for f in find_figures("It will cost 71,350 euro.")] == ["EUR"]
    from claimlight.detect.numbers import only_ages, only_price_brackets
    priced = "Regular European pricing will start at 71,350 euro ($78,770) with deliveries from spring."
    assert only_price_brackets(find_figures(priced), priced, 0)
    bracket = "Women under 30 were more likely to suffer from anxiety."
    assert only_ages(find_figures(bracket), bracket, 0)
    assert not only_ages(find_figures("Some 30 women were treated."), "Some 30 women were treated.", 0)


def test_a_deal_posts_price_tag_is_the_products_price_but_an_average_price_is_a_statistic():
    from claimlight.detect.numbers import only_price_brackets
    deal = "That’s down from the usual $199 price tag and typical $165 holiday advertised rate at other retailers."
    assert only_price_brackets(find_figures(deal), deal, 0)
    average = "The average sale price of a home was $412,000 in March."
    assert not only_price_brackets(find_figures(average), average, 0)


@pytest.mark.parametrize("sentence, compared", [
    ("As temperatures drop, some of the poorer residents of the city are burning fires.", False),  # a kind of resident
    ("The passage of a half-century hadn't led to any greater understanding of what they do.", False),
    ("Consumers face higher prices for food.", True),
    ("Prices were higher in March than in February.", True),
    ("Conversely, the lower panel density meant a slight decrease in energy generated.", True),  # the decrease
    ("He faced a second allegation, which was dropped in 2015 because time had run out.", False),  # abandoned
    ("Sales dropped sharply in 2015.", True),
    ("Another wondered why the state bothered to trademark the tagline in the first place.", False),  # an idiom
    ("She finished in first place.", True),
])
def test_a_comparative_after_the_names_a_kind_in_the_news_sense(sentence, compared):
    assert has_comparison(sentence, reporting=True) is compared


@pytest.mark.parametrize("sentence", [
    "Launching his bid less than three months before the Iowa caucuses, Patrick is betting on undecided voters.",
    "Just 10 days before the summit, the minister resigned.",
    "A week after the Super Bowl, the team fired its coach.",
])
def test_a_span_that_dates_something_by_an_event_is_a_time_not_a_figure(sentence):
    assert figure_texts(sentence) == [] and not has_comparison(sentence, reporting=True), sentence


def test_a_span_before_something_counted_still_leaves_the_count():
    assert figure_texts("The company laid off 300 workers 10 days before the merger.") == ["300"]
    assert figure_texts("Symptoms appear 5 days after exposure.") == ["5"]  # an interval measured, no event's date


def test_a_teams_record_is_one_figure():
    assert figure_texts("Buffalo is on a 1-6-2 skid following a 9-2-1 start.") == ["1-6-2", "9-2-1"]
    assert figure_texts("The vote was 5-4 in favour.") == ["5-4"]


@pytest.mark.parametrize("sentence, figure", [
    ("He was champion jockey in Ireland seven times.", "seven"),
    ("Huskies quarterback Marcus Childers was intercepted three times and lost a fumble.", "three"),
    ("Rescue teams took four days to recover the last of the bodies.", "four"),
])
def test_a_count_of_times_or_days_written_in_words_is_a_figure(sentence, figure):
    assert figure_texts(sentence) == [figure]


@pytest.mark.parametrize("sentence", [
    "It is three times more expensive than the old one.",
    "Take it two times a day with food.",
    "These teams meet again in three days.",
    "Two days after clinching the title, they won again.",
    "We know you have heard this a millions times before.",
    "One day I will go there.",
])
def test_times_and_days_that_multiply_repeat_or_date_are_no_count(sentence):
    assert figure_texts(sentence) == []


def test_spans_that_measure_rather_than_date_stay_figures():
    assert figure_texts("Rescue teams recovered the bodies within four days.") == ["four"]
    assert figure_texts("The firm poured 10 years into the project.") == ["10"]
    assert figure_texts("The bridge opened 3 months ahead of the deadline.") == ["3"]
    assert figure_texts("He was stopped three times a night by police.") == []


def test_more_than_once_is_how_often_not_a_comparison():
    assert not has_comparison("Instagram lets you see how many view your stories more than once.", reporting=True)
    assert has_comparison("Prices rose more than 5% in a year.", reporting=True)


def test_a_demand_for_more_is_no_comparison():
    assert not has_comparison("Officials in Kyiv have pressed Western partners for faster deliveries of drones.", reporting=True)
    assert has_comparison("Deliveries of drones were faster this year.", reporting=True)
