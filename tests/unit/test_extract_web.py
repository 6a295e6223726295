"""Extraction on the web at large: trafilatura's second opinion, the standfirst, and structures that cost
whole articles on wcxb-dev's dev half (bench/extract_eval.py --corpus wcxb)."""

from __future__ import annotations

import pytest

from claimlight import extract
from claimlight.extract import extract_article
from .test_extract import assert_consistent

CLAIM = "The council said on Tuesday that 1,200 homes had been flooded, according to figures it published."
SECOND = "Officials said 300 people had been moved to shelters overnight, and more would follow."
SECTION = "<section><h2>{n}. Step {n}</h2><p>Step {n} of the guide takes about {n} hours, the maintainers said in their notes.</p></section>"


def guide_page(steps: int = 8) -> str:
    """A guide whose steps sit in sibling sections: readability keeps one of them."""
    sections = "".join(SECTION.format(n=n) for n in range(1, steps + 1))
    return (f"<html><head><title>The guide</title></head><body><nav><a href='/'>Home</a></nav><main>"
            f"<h1>The guide</h1><div class='intro'><p>{CLAIM}</p></div>{sections}</main></body></html>")


def test_a_page_readability_reads_narrowly_gets_trafilaturas_second_opinion_with_page_offsets(monkeypatch):
    narrow = extract.Paragraphs(CLAIM, [(0, len(CLAIM))], [], ["text"])
    monkeypatch.setattr(extract, "readability_article", lambda root, base_url, keep: narrow)
    article = extract_article(guide_page(), url="https://guides.example/guide")
    assert article.method == "readability+trafilatura"
    assert_consistent(article)
    for n in range(1, 9):
        assert f"Step {n} of the guide takes about {n} hours" in article.text
    assert article.text.index(CLAIM) < article.text.index("Step 1 of the guide")
    assert "Home" not in article.text


def _precision_mode_keeps_nothing(monkeypatch):
    """trafilatura as on pages where favor_precision gives up on the article: nothing in precision mode."""
    real = extract.trafilatura.extract
    monkeypatch.setattr(extract.trafilatura, "extract",
                        lambda *args, favor_precision=False, **kwargs: "" if favor_precision else real(*args, **kwargs))


def test_where_trafilaturas_precision_mode_keeps_too_little_its_default_mode_votes(monkeypatch):
    narrow = extract.Paragraphs(CLAIM, [(0, len(CLAIM))], [], ["text"])
    monkeypatch.setattr(extract, "readability_article", lambda root, base_url, keep: narrow)
    _precision_mode_keeps_nothing(monkeypatch)
    article = extract_article(guide_page(), url="https://guides.example/guide")
    assert article.method == "readability+trafilatura"
    assert all(f"Step {n} of the guide takes about {n} hours" in article.text for n in range(1, 9))


def test_the_default_modes_vote_counts_only_when_it_finds_twice_the_text(monkeypatch):
    """Its default mode keeps related-story teasers on news pages: a vote for a little more text is one for them."""
    most = extract.Paragraphs(CLAIM + "\n\n" + SECOND, [(0, len(CLAIM)), (len(CLAIM) + 2, len(CLAIM) + 2 + len(SECOND))],
                              [], ["text", "text"])
    monkeypatch.setattr(extract, "readability_article", lambda root, base_url, keep: most)
    monkeypatch.setattr(extract, "kept_share", lambda body, root: 0.3)  # narrow, not a sliver
    _precision_mode_keeps_nothing(monkeypatch)  # its default mode finds the one step more: 1.5 times the text
    html = guide_page(steps=1).replace("<div class='intro'>", f"<div class='intro'><p>{SECOND}</p>")
    assert extract_article(html, url="https://guides.example/guide").method == "readability"


def test_trafilatura_votes_but_never_writes_the_text(monkeypatch):
    """Words trafilatura returns that the page does not have never reach the article (the extension anchors quotes in the page)."""
    narrow = extract.Paragraphs(CLAIM, [(0, len(CLAIM))], [], ["text"])
    monkeypatch.setattr(extract, "readability_article", lambda root, base_url, keep: narrow)
    real = extract.trafilatura.extract
    monkeypatch.setattr(extract.trafilatura, "extract",
                        lambda *args, **kwargs: real(*args, **kwargs) + "\nA sentence that is nowhere on the page at all.")
    article = extract_article(guide_page(), url="https://guides.example/guide")
    assert "nowhere on the page" not in article.text


def test_a_repeated_short_line_gets_one_vote():
    dates = "".join(f"<div class='card'><a href='/p{n}'>Other story {n}</a><span>Dec 19, 2025</span></div>" for n in range(6))
    html = guide_page().replace("</main>", f"</main><div class='more'>{dates}</div>")
    article = extract_article(html, url="https://guides.example/guide")
    assert article.text.count("Dec 19, 2025") <= 1


def test_a_page_readability_reads_whole_is_not_second_guessed(monkeypatch):
    def no_call(*args, **kwargs):
        raise AssertionError("trafilatura ran on a page readability read whole")
    monkeypatch.setattr(extract.trafilatura, "extract", no_call)
    html = f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Floods</h1><p>{CLAIM}</p><p>{CLAIM}</p></article></body></html>"
    assert extract_article(html).method == "readability"


STANDFIRST = "Officials counted the damage street by street, and their figures are still rising this week."


def standfirst_page(description: str, in_story: bool = False) -> str:
    """The standfirst in a header outside the story (where readability leaves it out), or as the story's first paragraph."""
    dek = f"<p class='dek'>{STANDFIRST}</p>"
    return (f"<html><head><title>Floods hit the town | News</title><meta property='og:description' content='{description}'>"
            f"</head><body><header class='top'><h1>Floods hit the town</h1>{'' if in_story else dek}"
            f"<div class='meta'>5 March 2026</div></header><article class='story'>{dek if in_story else ''}"
            f"<p>{CLAIM}</p><p>{CLAIM}</p></article></body></html>")


def test_readability_alone_leaves_the_standfirst_page_s_dek_out(monkeypatch):
    """The page above tests something: without the standfirst rule (nor the opening's recovery, which takes a dek back
    as a paragraph) its dek is not article text."""
    monkeypatch.setattr(extract, "page_standfirst", lambda root, headline: extract.Paragraphs("", [], []))
    monkeypatch.setattr(extract, "missed_opening", lambda *args: extract.Paragraphs("", [], []))
    assert STANDFIRST not in extract_article(standfirst_page(STANDFIRST), url="https://news.example/floods").text


@pytest.mark.parametrize("description", [STANDFIRST, STANDFIRST[:60] + "\u2026", STANDFIRST + " Read on for more."],
                         ids=["same", "cut", "longer"])
def test_the_standfirst_follows_the_headline_as_article_text(description):
    article = extract_article(standfirst_page(description), url="https://news.example/floods")
    assert_consistent(article)
    assert article.roles[:2] == ["headline", "standfirst"]
    assert article.text.startswith(f"Floods hit the town\n\n{STANDFIRST}\n\n")
    assert article.text.count(STANDFIRST) == 1


def test_a_paragraph_is_no_standfirst_unless_the_description_names_it():
    article = extract_article(standfirst_page("A description about something else entirely, longer than forty characters."),
                              url="https://news.example/floods")
    assert "standfirst" not in article.roles


def test_a_standfirst_the_body_already_has_is_named_not_repeated():
    article = extract_article(standfirst_page(STANDFIRST, in_story=True), url="https://news.example/floods")
    assert article.text.count(STANDFIRST) == 1
    assert article.roles.count("standfirst") == 1
    assert_consistent(article)


def test_an_unclosed_button_does_not_swallow_the_article():
    html = (f"<html><body><header><button class='menu'><span>Menu</span><div><nav><a href='/'>Home</a></nav></div>"
            f"<main><h1>Floods</h1><p>{CLAIM}</p><p>{SECOND}</p></main></body></html>")
    text = extract_article(html).text
    assert CLAIM in text and SECOND in text


def test_reacts_streamed_content_is_read_though_hidden_in_the_served_html():
    html = (f"<html><body><main><template id='B:1'></template><p>Loading</p></main>"
            f"<div hidden id='S:1'><article><h1>Floods</h1><p>{CLAIM}</p><p>{SECOND}</p></article></div>"
            "<div hidden id='menu'><p>A hidden menu that nobody reads at all, in any browser.</p></div></body></html>")
    article = extract_article(html)
    assert CLAIM in article.text and SECOND in article.text
    assert "hidden menu" not in article.text


def test_a_highlighted_code_comment_is_code_not_a_comment_box():
    code = '<pre><code><span class="token comment"># initialise the repository</span>\ngit init</code></pre>'
    html = f"<html><body><article><h1>Git</h1><p>{CLAIM}</p>{code}<p>{CLAIM}</p></article></body></html>"
    article = extract_article(html)
    assert "# initialise the repository git init" in article.text


def test_a_table_in_a_figure_is_data_but_its_caption_is_not():
    table = ("<figure class='wp-block-table'><table><tr><th>Insurer</th><th>Premiums</th></tr>"
             "<tr><td>State Farm</td><td>107,764,591</td></tr></table><figcaption>Source: A.M. Best</figcaption></figure>")
    html = f"<html><body><article><h1>Insurers</h1><p>{CLAIM}</p>{table}<p>{CLAIM}</p></article></body></html>"
    article = extract_article(html)
    assert "107,764,591" in article.text
    assert "Source: A.M. Best" not in article.text


def story(extra: str) -> str:
    return f"<html><body><article><h1>Floods</h1><p>{CLAIM}</p>{extra}<p>{CLAIM}</p></article></body></html>"


def test_an_image_credit_beside_its_image_is_not_article_text():
    credit = "<div class='spacing'><img src='park.webp' alt=''><span class='type-xs'>Getty Images / Jane Doe</span></div>"
    assert "Getty Images" not in extract_article(story(credit)).text


def test_an_image_inline_in_a_sentence_keeps_the_sentence_whole():
    inline = "<p>The gauge <a href='/gauge'><img src='g.png' alt=''> on the bridge</a> read 4.2 metres at noon on Monday.</p>"
    assert "The gauge on the bridge read 4.2 metres at noon on Monday." in extract_article(story(inline)).text


@pytest.mark.parametrize("card", [
    "<span popover id='card-1'>Jane Doe is a senior reporter covering climate and cities.</span>",
    "<span role='tooltip'>Jane Doe is a senior reporter covering climate and cities.</span>",
    "<span class='Term_tooltip__8VNIW'><strong>Jane Doe</strong><br/>A senior reporter covering climate and cities."
    "<a href='/glossary/jane'>Learn more</a></span>",
    "<span class='rollover-block'><img src='jane.jpg' alt=''><a href='/jane'>Jane Q. Doe</a>"
    "<a href='/news/1'>Floods close the bridge</a> <a href='/news/2'>Rain record broken</a></span>",
], ids=["popover", "tooltip", "tooltip-class", "link-preview-card"])
def test_a_hover_card_is_not_glued_onto_the_name(card):
    html = story(f"<p>The figures were checked by <a href='/jane'>Jane Doe</a>{card} on Monday, the paper said.</p>")
    assert "by Jane Doe on Monday, the paper said." in extract_article(html).text


@pytest.mark.parametrize("line", [">> Read More: The Fastest VPNs in 2026", "\u2192 See also: our flood guide"])
def test_a_read_more_line_is_cut_whatever_arrow_opens_it(line):
    assert "The Fastest" not in extract_article(story(f"<p>{line}</p>")).text
    assert "flood guide" not in extract_article(story(f"<p>{line}</p>")).text


def test_a_pull_quote_in_a_figure_is_a_quotation_with_its_speaker():
    quote = ("<figure class='Quote_component typo-block'><blockquote><p>Organic traffic fell 40% last year for most of the "
             "publishers on our platform.</p></blockquote><figcaption>Patrick Reinhart, VP of Services, Conductor"
             "</figcaption></figure>")
    article = extract_article(story(quote))
    assert "Organic traffic fell 40% last year" in article.text
    assert "Patrick Reinhart, VP of Services, Conductor" in article.text
    picture = "<figure><img src='flood.jpg' alt=''><figcaption>The flooded high street on Tuesday.</figcaption></figure>"
    assert "flooded high street" not in extract_article(story(picture)).text



PART = "<p>Part {k} of machine {n}: sit facing the stack, feet flat, adjust the pads, the handle and the pin, one at a time.</p>"
ITEM = ("<section><div class='item'><h2>Machine {n}</h2><p>Machine {n} has a seat, a weight stack and a pin.</p>"
        + "".join(PART.replace("{k}", str(k)) for k in range(1, 4)) + "</div></section>")


def sections_page(item: str) -> str:
    items = "".join(item.replace("{n}", str(n)) for n in range(1, 7))
    return (f"<html><head><title>Gym machines</title></head><body><div><h1>Gym machines</h1>"
            f"<div class='wrap'>{items}</div></div><footer>Copyright</footer></body></html>")


def test_an_article_laid_out_as_alike_sections_is_read_whole():
    """readability-lxml alone keeps one of the sections; widened as Readability.js does, all six (wcxb dev +0.002)."""
    root = extract.parse_page(sections_page(ITEM))
    stock = extract.Document(extract.copy.deepcopy(root))
    stock.summary(html_partial=True)
    assert "Machine 2 has" not in stock.html.text_content()  # what the widening is for
    text = extract.readability_article(root, None, lambda paragraph, anchors: True).text
    assert all(f"Machine {n} has a seat" in text for n in range(1, 7))


def test_teasers_each_in_an_article_of_their_own_are_not_widened_into_the_article():
    """A listing of posts, each card an <article>, is not one article split into sections (a related-posts grid
    outscoring a short article lost it on a dev page)."""
    teaser = ITEM.replace("<section>", "<article>").replace("</section>", "</article>")
    text = extract.readability_article(extract.parse_page(sections_page(teaser)), None, lambda paragraph, anchors: True).text
    assert sum(f"Machine {n} has a seat" in text for n in range(1, 7)) == 1


CARD = ("<div class='post-item'><span class='date'>Dec {n}, 2025</span><h3><a href='/post-{n}'>Post {n} title</a></h3>"
        "<p>Teaser {n}: a new air shuttle service launches at a game reserve this winter, with seats for sixteen.</p></div>")
SPONSORED = ("<div class='post-item'><h3><a href='https://brand.example/'>Sponsored title</a></h3>"
             "<p>Sponsored teaser: enhance your wellness on the road with these tips from our partner.</p></div>")


def cards(card: str, count: int = 4) -> str:
    return "".join(card.replace("{n}", str(n)) for n in range(1, count + 1))


def test_a_listing_of_other_posts_is_not_article_text_whatever_its_classes():
    """Dated cards, each a title linking to another post and its excerpt (wcxb dev: a rental-car ranking 0.66 to 1.00,
    where trafilatura's vote had kept nine teasers); an undated sponsored card in the listing goes with it."""
    body = "".join(f"<p>{CLAIM} {SECOND}</p>" for _ in range(4))
    text = extract_article(story(f"{body}<div class='post-list'>{cards(CARD)}{SPONSORED}</div>")).text
    assert CLAIM in text
    assert "Teaser" not in text and "Sponsored teaser" not in text


def test_a_live_blogs_dated_entries_are_the_story():
    entry = ("<div class='entry'><time>10:0{n}</time><h3>Update {n}</h3><p>Update {n}: officials said {n}00 more homes "
             "had been checked by the morning, and the river was still rising.</p></div>")
    text = extract_article(story(cards(entry))).text
    assert all(f"Update {n}: officials said" in text for n in range(1, 5))


def test_a_page_that_is_a_listing_keeps_it():
    """A calendar of events is the page itself: its dated, linked cards are what the reader came for."""
    event = CARD.replace("Teaser", "Event")
    html = f"<html><body><h1>Events</h1><p>This week's events.</p><div class='events'>{cards(event, 8)}</div></body></html>"
    assert all(f"Event {n}:" in extract_article(html).text for n in range(1, 9))


BODY_PARAGRAPH = ("<p>Step {n}: the installer checks the roof, the wiring and the meter, and a permit from the city "
                  "follows within {n} weeks, the utility said in its guide for new owners.</p>")


def opening_in_a_block_of_its_own(before: str = "", in_body: str = "") -> str:
    """A page whose opening paragraphs sit before the columns of its body, with an author box and a disclosure;
    ``before`` goes between the headline and the opening, ``in_body`` opens the body's column."""
    body = in_body + "".join(BODY_PARAGRAPH.format(n=n) for n in range(1, 12))
    return ("<html><head><title>Going solar</title></head><body><main><article><h1>Going solar</h1>"
            f"{before}<section>"
            "<div class='block-paragraph'><p>Considering solar panels for your home? You are not alone: rooftop "
            "solar keeps growing across the county, and 4,000 homes added panels last year.</p></div>"
            "<div class='author-box'><p>Dana Reyes writes about energy for the co-op and has covered the solar "
            "industry for a decade, from panels to batteries.</p></div>"
            "<div class='block-paragraph'><p>When you buy through links on this page we may earn a commission, "
            "which never changes what we recommend to our members.</p></div>"
            "<div class='columns'><div class='column'><p>On this page</p></div>"
            f"<div class='column'>{body}</div></div></section></article></main></body></html>")


def test_opening_paragraphs_before_the_body_are_taken_back_but_not_an_author_box_or_a_disclosure():
    article = extract_article(opening_in_a_block_of_its_own(), url="https://coop.example/going-solar")
    assert_consistent(article)
    assert "4,000 homes added panels last year" in article.text
    assert article.text.index("4,000 homes") < article.text.index("Step 1:")
    assert "Dana Reyes" not in article.text and "commission" not in article.text


SPACERS_AND_CONTENTS = "<p>&nbsp;</p>" * 14 + "".join(f"<p><a href='#part{n}'>Part {n}</a></p>" for n in range(12))


@pytest.mark.parametrize("before, in_body", [
    (SPACERS_AND_CONTENTS, ""),  # empty paragraphs and a contents list do not use up the look-ahead
    ("<div class='hero'><p>Coop News</p></div>", "<p>Coop News</p>"),  # a short line the body repeats is not
                                                                        # where the body begins
])
def test_the_opening_is_taken_back_past_spacers_contents_and_short_lines(before, in_body):
    text = extract_article(opening_in_a_block_of_its_own(before, in_body), url="https://coop.example/going-solar").text
    assert "4,000 homes added panels last year" in text


def page_with_aside(aside: str) -> str:
    body = "".join(BODY_PARAGRAPH.format(n=n) for n in range(1, 8))
    return ("<html><head><title>Going solar</title></head><body><main><article><h1>Going solar</h1>"
            f"<section>{body}{aside}{BODY_PARAGRAPH.format(n=9)}</section></article>"
            "<aside class='sidebar'><p>Sign up for our newsletter and get 10% off your first order of panels and "
            "batteries from our partner shops this month.</p></aside></main></body></html>")


def test_a_note_set_among_the_articles_paragraphs_is_article_text_and_a_sidebar_is_not():
    note = ("<aside><p>A note on batteries: a home battery stores about 13 kWh, and the installer said 40% of its "
            "customers now add one when they buy panels.</p></aside>")
    article = extract_article(page_with_aside(note), url="https://coop.example/going-solar")
    assert_consistent(article)
    assert "A note on batteries" in article.text and "newsletter" not in article.text


def test_an_aside_of_links_among_the_paragraphs_stays_furniture():
    links = "<aside>" + "".join(f"<p><a href='/more{n}'>Read our other guide number {n} about solar panels and batteries "
                                f"for homes</a></p>" for n in range(3)) + "</aside>"
    assert "other guide number" not in extract_article(page_with_aside(links), url="https://coop.example/going-solar").text
