"""Claim detection by rules: one pass over the article's sentences, in order.

Order matters because sources carry over: a pronoun or bare surname resolves to
the last person introduced, a quotation that runs over several paragraphs stays
with its speaker, and "None of these claims can be independently verified"
reaches back to the attributed claims before it.

Contract (docs/ARCHITECTURE.md, "Detected claim"): ``detect_claims(article)``
returns dicts with ``start, end, kinds, figures, source, hedges, linked, level,
reasons``; every offset refers to ``article.text``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..sentences import split_sentences
from . import advice, attribution, hedges, levels, numbers, sources
from .furniture import is_furniture
from .patterns import MONTH_NAMES, WEEKDAYS, holds_any_case
from .sources import (ANONYMOUS_HEADS, COLLECTIVE_PEOPLE, COMPANY_REFERENCE, COUNTED_MODIFIER, DEMONYMS, NAMED_JOURNALS,
                      ORG_WORDS, PAGE_TESTS, PICTURE_NOUNS, PRONOUNS, PUBLICATION, PUBLISHED_HEADS, RESPONDENTS,
                      SENTENCE_WORDS, SURVEY_ANSWER, SourceState, bracketed_credit, classify, is_common_phrase,
                      is_source_phrase, names_respondents, opening_company, opening_study_publisher, person_in,
                      study_publisher)

NAVIGATION_HREF = re.compile(r"/(?:topics?|tags?|people|persons?|profiles?|authors?|category|categories|players?"
                             r"|organi[sz]ations?|subjects?|keywords?)/", re.IGNORECASE)
# Sourceless frames that state an expectation or a view; a source named in the same sentence holds it.
_EXPECTATION = re.compile(r"\b(?:expected|seen|viewed|regarded|considered|known|thought|believed|estimated|projected"
                          r"|predicted|tipped|touted|valued)\b")
KIND_STRENGTH = {"anonymous": 0, "vague": 1, "named": 2, "organisation": 3}
# "said", "says", "told", "according to", "reported", "announced", "claimed", "stated", "added"; each first letter with
# the \b before it as a lookbehind, so the pattern opens on those letters and the regex engine skips the others in a
# fast scan.
REPORTING_WORDS = re.compile(r"(?:s(?<!\ws)(?:aid|ays|tated)|t(?<!\wt)old|a(?<!\wa)(?:ccording to|nnounced|dded)"
                             r"|r(?<!\wr)eported|c(?<!\wc)laimed)\b")
# An article reads as reporting when it credits what people say at least this often: news, not a guide or review.
# One sentence in 17: a review quoting a tester now and then (Runner's World's shoe guide, 0.055) is not news; at 1 in
# 25 the highlight audit's tune pages kept 44 more highlights, 11 of them claims, and the news corpus no more claims.
REPORTING_MIN_FRAMES = 2
REPORTING_MIN_SHARE = 0.06
QUOTE_CONTINUATION_MIN_WORDS = 8
# A speaker's words of two or more quoted inside the reporter's paraphrase ("said the company had been “too slow”")
# characterise; a single scare-quoted word ("“patched” the software") does not.
CHARACTERISATION_MIN_WORDS = 2
# ... as what something is said to be or is called: "had been “too slow”", "described it as “a lovely gesture”"
_CALLED = re.compile(r"\b(?:was|were|is|are|been|being|as|called|dubbed|branded|labell?ed|deemed)\s(?:a\s|an\s|the\s)?$")
HEADING_NAME_MAX_WORDS = 5
# A guide's or review's own experience or test ("in our testing", "it never took me more than five minutes"): the
# publication vouches for the number (LABELING.md).
_FIRST_PERSON_WORD = re.compile(r"\b(?:we|We|our|Our|us|me|my|My|I)\b")
_SINGULAR_FIRST_PERSON = re.compile(r"\b(?:me|my|My|I)\b")
# A body's own figures in its own voice, in any register: "during our three-month beta", "across our Bristol branches",
# "we fixed 16,400 garments" (dev probe rounds 11 to 16); what it owns or runs, not the "we" of a country, a people or
# a species ("our economy", "our universe"), a column's rather than the publisher's.
_OWN_DATA = re.compile(r"\b(?:[Oo]ur\s(?:own\s)?(?!(?:national|global|collective|shared|common|combined|country['’]s"
                       r"|nation['’]s|world['’]s|planet['’]s)\s)(?:[\w-]+\s)?(?:beta|branch(?:es)?|customers?|clients?|users|members|staff"
                       r"|employees|colleagues|volunteers|supporters|donors|dataset|data|analysis|survey|records|figures|teams?"
                       r"|stores|shops|offices|hubs|centres|centers|services?|platform|app|products|sites|clinics?|patients"
                       r"|students|subscribers|readers|listeners|community|programmes?|programs?|income|revenue|sales"
                       r"|emissions|footprint|suppliers|partners|fleet|audit|research|study|trial|tests?|testing|consultation"
                       r"|median|average|total|charity|company|firm|agency|network|lab)"
                       r"|[Ww]e\s(?:[a-z]+ly\s)?(?:fixed|donated|funded|served|supported|helped|raised|repaired|recycled|planted"
                       r"|delivered|built|trained|sold|shipped|processed|handled|answered|estimate|counted|surveyed|measured"
                       r"|recorded|tracked))\b")
# ... but only a test or a count of its own makes it a measurement; "It's been 13 years since I started" and "the
# headphones I use are $18" are the author's story, and "Below I break this into 3 tiers" the page's structure, neither
# a claim.
_OWN_MEASUREMENT = re.compile(r"\b(?:test(?:s|ed|ing)?|measur\w*|benchmark\w*|clocked|timed|lasted|recorded|ran\sfor"
                              r"|(?:took|takes|take)\s(?:me|us)"
                              r"|(?:our|we(?:['’]ve)?)\s(?:\w+\s)?(?:review(?:ed)?|lab|analysis|analy[sz]ed|data|survey(?:ed)?|found"
                              r"|evaluated|compared|tracked|counted|trial(?:l?ed)?)|I\s(?:\w+\s)?(?:found|got|measured|counted"
                              r"|managed|saw|averaged)|we\s(?:\w+\s)?(?:measured|counted|managed|averaged)"
                              r"|ours\s(?:\w+\s)?(?:needed|lasted|managed|took|reached|ran|held))\b", re.IGNORECASE)
# Saying nothing: "did not comment on", "would not comment", "declined to comment", "did not respond".
_NO_COMMENT = re.compile(r"\b(?:not|never|n['’]t)\s(?:immediately\s)?(?:comment|respond|reply)\b|\bdeclined\sto\scomment\b"
                         r"|\bno\scomment\b", re.IGNORECASE)
_A_STUDY = re.compile(r"\b(?:study|studies|trial|trials|review|analysis|meta-analysis|research|paper)\b", re.IGNORECASE)
# Advice in the speaker's own voice: "I usually recommend", "we'd suggest".
_RECOMMENDS = re.compile(r"\b(?:I|we)\s(?:usually\s|always\s|often\s|generally\s|would\s|['’]d\s)?(?:recommend|suggest|advise)\b")
# A page that names its own tests this often ("in our rundown test", "we measured") is a review, whoever it quotes.
REVIEW_MIN_OWN_TESTS = 2
# The page's own test named as such ("in our tests", "we tested"), whatever the register.
_OWN_TEST = re.compile(r"\b(?:(?:our|my)\s(?:[\w-]+\s){0,3}(?:tests?|testing|lab|measurements?|readings)|ours\s(?:\w+\s)?(?:needed|lasted)"
                       r"|we\s(?:\w+\s)?(?:tested|measured"
                       r"|clocked|timed|benchmarked|recorded|logged)|our\s(?:[\w-]+\s){0,2}(?:measured|recorded|clocked|logged))\b",
                       re.IGNORECASE)
# Every _OWN_TEST match holds one of these: a cheap first test.
_OWN_TEST_WORDS = ("test", "lab", "measure", "reading", "needed", "lasted", "clocked", "timed", "benchmarked",
                   "recorded", "logged")
# What a test measured: "we recorded an average of 58fps", "it hit 23.9 MPH in my tests" (not "we tested a model with two
# layers", "long in our testing": a spec or a view, whatever test is named)
_MEASURING_VERB = re.compile(r"\b(?:measured|recorded|clocked|timed|logged|lasted|lasting|hit|reached|averaged|peaked|ranged"
                             r"|weighed|held|scored|cut|ran)\b")


def names_own_test(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` names the page's own test (_OWN_TEST)."""
    end = len(text) if end is None else end
    return holds_any_case(text[start:end], _OWN_TEST_WORDS) and _OWN_TEST.search(text, start, end) is not None


def _measured_in_own_test(text: str) -> bool:
    return names_own_test(text) and _MEASURING_VERB.search(text) is not None


# A review or guide that reports its own tests throughout, in at least this many first-person sentences of testing or
# measuring ("We measure range in a much more real-world way"): its bare measurements are its test results, the
# publication's (LABELING.md: "lasted 25 hours in our test"), not claims with no source; a count of things or a price
# it states is not (numbers.is_measured). Audit tune pages (rules): level agreement 685 to 702 of 812; from 3 sentences
# to 12 within 6 of that when first chosen.
OWN_TESTS_MIN_SENTENCES = 8
# A page that speaks as "we" (in sentences with no quotation mark, not the "we" of everyone) in at least this share of
# its sentences, and gives its own data at least once (_OWN_DATA), is a body speaking on its own page: a charity's
# annual report, an agency's market update, a council's budget page. Its bare figures are its own, the publication's;
# a review that tests what it rates says "we" too, and keeps its own rule (tests_throughout). Dev audit tune and check
# parts, judged claims the rules had credited to no one: at a share of 0.3 or more, 6 of 6 judged the body's, at 0.15
# to 0.3, 6 of 32.
OWN_VOICE_SHARE, OWN_VOICE_MIN_SENTENCES = 0.3, 3
# A body named in this many paragraphs of its own site's page is the page's owner (_Detector._page_owner).
OWNER_MIN_PARAGRAPHS = 2
# The kinds of body a page may call itself by ("the museum" on the Calderbridge Museum's page, "the Group" on
# corvane-group.com): its own name's last word or its site's kind word, when it is one of these.
_OWNER_KINDS = frozenset({"group", "company", "board", "council", "association", "trust", "club", "society", "institute",
                          "museum", "bank", "force", "district", "foundation", "charity", "authority", "agency",
                          "university", "college", "school", "hospital", "hospitals", "firm", "service", "alliance"})
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
# The "we" of everyone, a blog talking to its readers: "We all want to save money", "we need to act", "our planet".
_INCLUSIVE_WE = re.compile(r"\b(?:[Ww]e\s(?:all|can|must|need|should)|[Ll]et['’]s|[Oo]ur\s(?:planet|world|country"
                           r"|society|bills|homes|lives|kids|children|bodies|health|universe|galaxy|species|economy|nation|climate))\b")
# A headline that says the author tested what the page compares ("I tested 5 AI CLI tools", "We Tested 12 Robot
# Vacuums"): the page reports its own tests, however few of its sentences say so again.
_TESTED_HEADLINE = re.compile(r"\b(?:I|We)\s(?:\w+\s)?(?:tested|timed|benchmarked|ran)\s(?:\w+\s){0,2}?(?:\d+|two|three|four"
                              r"|five|six|seven|eight|nine|ten|dozens?)\b", re.IGNORECASE)
# Sentences the rules pass over that the model still judges: long enough to assert something, and holding a figure,
# a number word, a comparison or a reporting word.
CANDIDATE_MIN_WORDS, CANDIDATE_MAX_WORDS = 6, 80
CHECKABLE_CUE = re.compile(r"\d|\b(?:said|says|told|according|reported|reports|claim(?:s|ed)?|percent|half|third|quarter"
                           r"|dozens?|hundreds?|thousands?|millions?|billions?|most|majority|more|less|fewer|higher|lower"
                           r"|record|increas\w*|decreas\w*|rose|risen|fell|fallen|doubled|tripled|halved|largest|biggest"
                           r"|highest|lowest|studies|study|research|survey|experts?)\b", re.IGNORECASE)
# Every CHECKABLE_CUE match without a digit holds one of these: a cheap first test.
_CHECKABLE_WORDS = ("said", "says", "told", "according", "report", "claim", "percent", "half", "third", "quarter", "dozen",
                    "hundred", "thousand", "million", "billion", "most", "majority", "more", "less", "fewer", "higher",
                    "lower", "record", "increas", "decreas", "rose", "risen", "fell", "fallen", "doubled", "tripled",
                    "halved", "largest", "biggest", "highest", "lowest", "studies", "study", "research", "survey", "expert")
# A numbered citation closing the sentence ("... during the pandemic (4).", "[12]", "wages.4 For", "is 15.3%.6",
# "levy an inheritance tax:10"): the page cites its primary source, which LABELING.md counts as a link, and unlike a
# hyperlink the reader sees it in the text. A footnote number ends the sentence after a word or a percentage, never
# after a digit ("in 2025.8" could be a decimal) nor "No." ("ranked No.1").
_CLOSING_CITATION = re.compile(r"\s?\(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\)[\s.!?:\"”’']*$")
_FOOTNOTE = re.compile(r"[a-z][.,;]\d{1,2}(?=\s[A-Z])|(?<![Nn]o)(?<=[a-z%])[.:]\d{1,2}\s*$")
_DIGIT = re.compile(r"\d")  # one character's scan: far cheaper than _FOOTNOTE's or CHECKABLE_CUE's
# In brackets anywhere: "17 studies [23] found", "[12]", or "[]", "[,]", "[-]" (markers whose numbers were links).
_BRACKETED_CITATION = re.compile(r"\[(?:\s?\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\s?|[\s,;–-]*)\]")  # "[ 27 ]" too
# A trailing denial ("..., which the customers deny", "..., a claim the company disputes") answers the claim before it;
# the claim is not its deniers'.
_DENIAL_VERB = re.compile(r"den(?:y|ies|ied)|disputes?|disputed|rejects?|rejected", re.IGNORECASE)
_DENIAL_OPENING = re.compile(r"(?:,\s(?:which|a\s(?:claim|charge|characteri[sz]ation|account)(?:\sthat)?))\s"
                             r"(?:[\w'’.-]+\s){1,5}(?:(?:has|have|had|also|strongly|flatly)\s)*$", re.IGNORECASE)
# The writer's own comparison after a finding ("For reference, Facebook took ten months"): not the finding's figures.
_WRITERS_ASIDE = re.compile(r"\W*(?:For\s(?:reference|comparison|context|perspective)|By\s(?:comparison|contrast)"
                            r"|In\s(?:comparison|contrast))\b")
# A sentence that goes on about the study the sentence before it cited ("... reduces depression [27]. The study included
# 33 RCTs"): the citation is its primary source too.
_CITED_STUDY_GOES_ON = re.compile(r"(?:The|This|That|These|Those)\s(?:same\s)?(?:study['’]s\s)?(?:study|studies|trial|review"
                                  r"|meta-analysis|analysis|research|researchers|authors|investigators|scientists|paper"
                                  r"|survey|experiment)\b")
CITATION_TAIL_CHARS = 40
# A study named closely enough for the page's reference list to hold it ("A 2020 review examined 83 studies", "In a
# 2012 U.S. survey", "A meta-analysis of 23 studies found", "A randomized controlled trial published in the American
# Journal of Preventive Medicine"): on a page with a reference list the page cites it, as a numbered citation does
# (LABELING.md: low), where "Research has shown" or "One study found" names nothing the list could hold.
_NAMED_STUDY = re.compile(
    r"\W*(?:In\s)?(?:an?|one)\s(?:(?:19|20)\d\d\s(?:[\w.-]+\s){0,3}?(?:review|analysis|meta-analysis|study|survey|trial"
    r"|report|comparison)\b|(?:[\w-]+\s){0,3}?(?:review|analysis|meta-analysis|study|trial)\s(?:of|limited\sto)\s"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)\s(?:studies|trials"
    r"|RCTs)\b|(?:[\w-]+\s){0,3}?(?:study|trial|review|meta-analysis)\spublished\sin\s)", re.IGNORECASE)
# A reference list of at least this many entries (paragraphs of the reference role, or read as entries).
REFERENCE_LIST_MIN_ENTRIES = 5
# A page that opens by announcing one body's report ("Soliant Health has released its annual Best States for Mental
# Health Report", "J.D. Power recently released its 2025 report", "New research from The Federation of Master Builders
# (FMB) shows"): outside reporting, the bare figures that follow set out that report, so they are that body's.
_ORG_NAME = r"((?:[A-Z][\w.&'’-]*\s(?:(?:of|for|and)\s(?:the\s)?)?){0,4}[A-Z][\w.&'’-]*)"
_RELEASES_REPORT = re.compile(
    _ORG_NAME + r"\s(?:has\s|have\s)?(?:recently\s|just\s|today\s)?(?:released|published|unveiled|issued|launched)\s"
    r"(?:its|their|a|an|the)\s(?:[\w'’&,-]+\s){0,8}?(?i:report|survey|study|index|rankings?|analysis)\b"
    r"|(?:New|new|latest)\s(?:research|data|survey|study|report|analysis)\s(?:from|by)\s(?:the\s)?" + _ORG_NAME
    + r"(?:\s\([A-Z]{2,}\))?\s(?:shows|finds|found|reveals|suggests)\b"
    r"|([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}?)(?:['’]s)?\s(?:[A-Z][\w'’-]*\s){0,6}?(?:Report|Survey|Study|Index"
    r"|Rankings?)\s(?:Reveals|Finds|Shows)\b")
REPORT_OPENING_PARAGRAPHS = 3
# Every _RELEASES_REPORT match holds one of these: a cheap first test.
_RELEASE_WORDS = ("released", "published", "unveiled", "issued", "launched", "New", "new", "latest", "Reveals", "Finds",
                  "Shows")


# A widget's rows end alike ("... Notion is not according to our users" on every card of a listing of alternatives):
# the same last words on at least this many list rows make them a template, not each a claim.
TEMPLATE_TAIL_WORDS = 5
TEMPLATE_TAIL_ROWS = 3


def _tail(sentence: str) -> str:
    return " ".join(sentence.split()[-TEMPLATE_TAIL_WORDS:])


def _template_tails(text: str, paragraphs: list[tuple[int, int]], roles: list[str]) -> frozenset[str]:
    """The endings shared by at least TEMPLATE_TAIL_ROWS list rows of the page."""
    tails = Counter(_tail(text[start:end]) for (start, end), role in zip(paragraphs, roles)
                    if role == "list" and len(text[start:end].split()) > TEMPLATE_TAIL_WORDS)
    return frozenset(tail for tail, rows in tails.items() if rows >= TEMPLATE_TAIL_ROWS)


# A sentence that ends on a determiner, with no stop, was cut where its link was ("... are in our" + "buying guide").
_CUT_BEFORE_A_LINK = re.compile(r"\b(?:our|the|a|an|their|its|my|your|this|these|his|her)\s*$", re.IGNORECASE)
CUT_WORD_MAX = 5  # the longest of those words


def ends_before_a_link(sentence: str) -> bool:
    """Whether the sentence ends on "our", "the" or the like ("... are in our"): the rest was a link the page dropped.
    Only its last word can match, so the search starts that word's length before the trailing spaces."""
    return _CUT_BEFORE_A_LINK.search(sentence, max(0, len(sentence.rstrip()) - CUT_WORD_MAX)) is not None


# People of a kind, named bare, wanting or expecting ("Users expect apps to load instantly", "Successful organizations
# think strategically about ..."): what a guide says such people are like, not anything they said.
_LAY_GROUP = re.compile(r"(?:[A-Za-z-]+\s){0,2}(?:users|customers|owners|consumers|shoppers|buyers|readers|visitors|employers|organi[sz]ations"
                        r"|companies|businesses|clients|students|parents|travell?ers|homeowners|renters|viewers|guests|drivers"
                        r"|subscribers|members|fans|players|gamers|runners)", re.IGNORECASE)
_WANTING = frozenset("expect expects want wants need needs prefer prefers love loves like likes hate hates think thinks"
                     " know knows".split())
_QUANTIFIED = re.compile(r"(?:many|most|some|few|several|all|\d)", re.IGNORECASE)
# Verbs that hold a view rather than tell one (a group that worries or believes is what a report says of it).
_HELD_VIEW = re.compile(r"(?i)worr(?:y|ies|ied)|fears?|feared|believes?|believed|thinks?|thought|expects?|expected|hopes?"
                        r"|hoped|suspects?|suspected")


def _lay_group_wants(frame: attribution.Frame, sentence: str) -> bool:
    """Whether the frame is a bare group of people of a kind doing a verb of wanting or expecting."""
    phrase = frame.phrase or ""
    return (frame.kind == "verb" and sentence[frame.start:frame.end].lower() in _WANTING
            and _LAY_GROUP.fullmatch(phrase) is not None and not _QUANTIFIED.match(phrase))


def cites_a_source(sentence: str) -> bool:
    """Whether the sentence carries a numbered citation: in parentheses closing it, as a footnote number, or in
    brackets anywhere ("17 studies [23] found"; "[]", "[,]" or "[-]" where the numbers were links)."""
    return (_CLOSING_CITATION.search(sentence[-CITATION_TAIL_CHARS:]) is not None
            or _BRACKETED_CITATION.search(sentence) is not None
            or (_DIGIT.search(sentence) is not None and _FOOTNOTE.search(sentence) is not None))


# The author's own story holds small numbers ("13 years since I started", "I break this into 3 tiers", "the $18
# headphones I use"); larger ones in the first person are the company's ("we have served 10,000 customers").
STORY_NUMBER_MAX = 50
WORD_IN = re.compile(r"[^\W\d_]{2}")  # a sentence with no word in it ("7.", "2-1") says nothing a reader could check
_QUOTED_QUESTION = re.compile(r"\?\s*[”\"]\s*,?\s*(?:(?:she|he|they|[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})\s)?"
                              r"(?:asked|asks|wondered|wonders|questioned)\b")
# "The whistleblower would then have claimed that he was told by ...": what someone would have said, and what they would
# have been told, is no report (dev review news86)
_COUNTERFACTUAL_REPORT = re.compile(r"\bwould(?:\s(?:\w+\s)?have|['’]ve)\s(?:been\s)?(?:said|claimed|told|reported|argued"
                                    r"|insisted|stated|written|tweeted)\b")
# '"After two more years of this," Doctor asks, "what kind of products are going to be left?"' (dev review news86)
_ASKS_MID_QUOTE = re.compile(r"(?:,[”\"]|[”\"],)\s(?:she|he|they|[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})\s(?:asked|asks|wondered"
                             r"|wonders)\b,?\s[“\"]")
_WONDERED_WHETHER = re.compile(r"^[^,;:“”\"]{0,60}?\b(?:wondered|wonders|asked|asks)\s(?:aloud\s)?(?:whether|if)\b"
                               r"[^,;:“”\"]*$")
# A fact-check's verdict on a claim it names: the figures in it are the claim's, denied, not the page's own.
_DEBUNKED = re.compile(r"^(?:[A-Z][\w ]{0,30},\s)?[Tt]he\s(?:viral\s|widespread\s)?claims?\sthat\b[^;]{0,200}?\b(?:is|are|was|were)"
                       r"\s(?:\w+ly\s)?(?:false|untrue|unsubstantiated|baseless|unfounded|wrong|misleading|fabricated|a\smyth"
                       r"|not\strue)\s*[.;!]?\s*$")
QUESTION_END = re.compile(r"\?[\s\"”’')\]]*$")  # a sentence that ends as a question asks; it asserts nothing
_ASSERTING_QUESTION = re.compile(r"^\W*(?:Did|Do)\syou\sknow\s(?!(?:how|what|why|when|where|which|who|if|whether)\b)\w")  # it states what the reader may not know
# Paragraph roles (extract.Article.roles) whose text makes no claim: code, captions, reference lists.
UNREAD_ROLES = frozenset({"code", "caption", "reference"})
# Roles whose numbers are labels, specs, ratings or step numbers, not claims about the world (attributions still count).
NO_FIGURE_ROLES = frozenset({"table", "definition", "heading"})
# A study's own sections, where the page has a "Methods" heading and then a "Results" heading (so that a "Methodology"
# box in a ranking or a review does not swallow the rest of the page). The numbers in its methods are the study's design
# and procedure ("an 8-week intervention", "a 10-item inventory", "a 10% dropout rate"), a plan, not findings about the
# world (LABELING.md); the bare figures of its results, up to its discussion, are its own measurement, credited to the
# publication as a review's test results are.
_METHODS_HEADING = re.compile(r"(?:\d+(?:\.\d+)*\.?\s*)?(?:(?:materials|patients|participants|subjects)\s+and\s+)?"
                              r"(?:methods?|methodology)(?:\s+and\s+materials)?", re.IGNORECASE)
_RESULTS_HEADING = re.compile(r"(?:\d+(?:\.\d+)*\.?\s*)?(?:results|findings)(?:\s+and\s+discussion)?", re.IGNORECASE)
_AFTER_RESULTS_HEADING = re.compile(r"(?:\d+(?:\.\d+)*\.?\s*)?(?:discussion|conclusions?|limitations|references"
                                    r"|acknowledge?ments|summary)", re.IGNORECASE)


# What may follow the speaker's verb that closes a sentence ("..., Harris said.", "..., police said on Tuesday.", "...,
# Harris said Tuesday.", "..., said Harris.").
_CLOSES_SENTENCE = re.compile(r"(?:\s(?:(?:on|in|at|last|this|earlier|later)\s[\w.-]+(?:\s[\w.-]+)?|earlier|later|yesterday"
                              r"|today|" + WEEKDAYS + r"(?:\s[a-z]+)?))?[\s.!?\"'”’]*$")


def _closes_sentence(sentence: str, frame: attribution.Frame) -> bool:
    """Whether the frame's verb, and its speaker where the speaker comes after it, end the sentence."""
    rest = sentence[frame.end:]
    if frame.phrase and rest.lstrip().startswith(frame.phrase):
        rest = rest.lstrip()[len(frame.phrase):]
    return _CLOSES_SENTENCE.match(rest) is not None


# A sentence that opens on a count made by a named body (dev probe news round 5): that body's figure.
_COUNT_BY = re.compile(r"\W*(?:An?|The)\s(?:[\w-]+\s){0,2}?(?:count|tally|estimate|analysis|survey|poll)\s(?:by|from)\s"
                       r"(?:the\s)?(?P<kind>(?:(?!(?:in|at|of|from|near|across|by|for|with)\b)[a-z-]+\s){0,3}?)"
                       r"(?P<body>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,4})")  # not "A count by volunteers in Bucha"
_BODY_KIND = re.compile(r"\b(?:firm|group|agency|monitor|charity|company|organi[sz]ation|body|institute|network|ngo)\b")
# Whom an unnamed person told, by pronoun ("a neighbour told her he had seen"): the one that pronoun means is someone
# else ("told her husband" names a third person).
_TOLD_WHOM = (r"\s(?:had\s|has\s)?(?:told|tells|showed|shows|asked|asks)\s(?P<whom>her|him)\b(?!\s(?:husband|wife|son|daughter"
              r"|mother|father|family|friends?|neighbou?rs?|brother|sister|boss|children|parents|partner|colleagues?)\b)")
_TOLD_WORDS = (" told h", " tells h", " showed h", " shows h", " asked h", " asks h")
# A hedge that reads as a frame with no one behind it ("reportedly", "were said to"): beside "according to" a body, the
# hedge is the claim's and the body its source ("It has been claimed" stays a frame of its own).
_HEDGING_FRAME = re.compile(r"(?i)reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were)\s(?:said|reported|believed"
                            r"|thought|understood)\sto")


@dataclass
class _Paragraph:
    start: int
    end: int
    quotes: list[attribution.QuoteSpan] = field(default_factory=list)
    speaker: tuple[str | None, str] | None = None
    role: str = "text"
    study_method: bool = False  # inside a study's methods section (_METHODS_HEADING)
    study_result: bool = False  # inside its results
    caption_speaker: str | None = None  # a blockquote's speaker, named by the caption under it


# A broadcast transcript's turns ("CANTWELL: It's very powerful ...", "UNIDENTIFIED PERSON: ..."). A page is a
# transcript when a turn names a host, an anchor or a byline ("SACHA PFEIFFER, HOST:"), as NPR's and CNN's do; there
# a turn is its speaker's words, as a quotation is, and the host's and the reporter's turns are the story's own voice.
_NARRATOR_ROLE = re.compile(r"\b(?:HOST|BYLINE|ANCHOR|CORRESPONDENT|REPORTER|MODERATOR)\b")
_TRANSCRIPT_NARRATOR = re.compile(r"[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3},\s(?:[A-Z]+\s)?"
                                  + _NARRATOR_ROLE.pattern + r"[^:\n]{0,30}:\s")
_TRANSCRIPT_TURN = re.compile(r"(?P<name>[A-Z][A-Z'’.-]+(?:\s[A-Z#\d][A-Z'’.#\d-]*){0,3})(?:,\s(?P<role>[A-Z][A-Z ,'’.-]{0,40}))?:(?:\s|$)")
_UNIDENTIFIED = re.compile(r"UNIDENTIFIED|CROWD|GROUP|AUDIENCE|PROTESTERS?")
# A debate's or an interview's transcript names no host ("OBAMA: ...", "ROMNEY: ...") but its speakers take turns: at
# least this many named speakers, each opening at least this many paragraphs.
TRANSCRIPT_SPEAKERS = 2
TRANSCRIPT_TURNS_EACH = 2
# Labels in capitals that open a page's paragraphs and name no speaker.
_NOT_SPEAKERS = frozenset("NOTE TIP TIPS UPDATE UPDATED EDITOR EDITOR'S WARNING IMPORTANT STEP PHOTO VIDEO WATCH READ RELATED "
                          "SOURCE SOURCES FAQ PRO CON PROS CONS BONUS DISCLAIMER DISCLOSURE CORRECTION".split())


# An interview written as questions and answers ("Q: How busy has this year been?", "A: We had 312 callouts ..."):
# every answer is the interviewee's, whom the introduction names first ("Gwen Pritchard has led the team ..."). The
# introduction is the page's opening paragraphs: a guide's closing FAQ ("Q: How long should I meditate?", "A: A good
# rule of thumb is 10 to 20 minutes") introduces no one, whatever name its article wrote earlier ("in Taoist China").
_QUESTION_TURN = re.compile(r"Q\s?[:.]\s")
_ANSWER_TURN = re.compile(r"A\s?[:.]\s")
INTERVIEW_MIN_TURNS = 2
INTERVIEW_INTRODUCTION_PARAGRAPHS = 5  # the headline, the standfirst and three paragraphs
_INTRODUCED_NAME = re.compile(r"\b(?:(?:Dr|Prof|Professor)\.?\s)?([A-Z][a-zà-ÿ'’-]+\s[A-Z][a-zà-ÿ'’-]+)(?=\s[a-z]|,\s)")


def _interviewee(text: str, paragraphs: list[tuple[int, int]], common_words: frozenset[str]) -> str | None:
    """On a question-and-answer interview, the person its introduction names first (None when it is no such page,
    or names no one: the answers stay uncredited)."""
    questions = [start for start, end in paragraphs if _QUESTION_TURN.match(text, start, end)]
    answers = sum(1 for start, end in paragraphs if _ANSWER_TURN.match(text, start, end))
    if len(questions) < INTERVIEW_MIN_TURNS or answers < INTERVIEW_MIN_TURNS:
        return None
    introduction_end = min(questions[0], paragraphs[:INTERVIEW_INTRODUCTION_PARAGRAPHS][-1][1])
    return next((name for name in _INTRODUCED_NAME.findall(text, 0, introduction_end)
                 if _names_someone(name, common_words)), None)


def _names_someone(name: str, common_words: frozenset[str]) -> bool:
    """Whether a capitalised run is a person's name: none of its capitalised words is one the page writes in lower case
    or a body's ("Thank You", "Health Center"); a particle ("van der") may be in lower case."""
    return not any(word.lower() in common_words or word.lower() in ORG_WORDS
                   for word in name.split() if word[:1].isupper())


# An expert the page's opening says answers its questions ("UC Davis pediatrician Lena van der List comes to the rescue
# to answer some frequently asked questions"): the answers under its question headings are theirs.
_ANSWERS_QUESTIONS = re.compile(r"\b(?:answers?|answering|answered|tackles?|responds?\sto)\s(?:[\w'’-]+\s){0,4}?questions\b")
# The expert's name, particles and all ("Lena van der List"), and a role word a sentence may open it with
# ("Pediatrician Lena van der List"), which is no part of it.
_EXPERT_NAME = re.compile(r"\b((?:[A-Z][a-zà-ÿ'’-]+\s)?[A-Z][a-zà-ÿ'’-]+(?:\s(?:van|von|der|den|de|da|del|di|la|le|bin|al))*"
                          r"\s[A-Z][a-zà-ÿ'’-]+)(?=\s[a-z]|,\s)")
_ROLE_BEFORE_NAME = re.compile(r"^(?:[A-Z][a-z]*(?:ician|ist|ologist)|Dr|Doctor|Professor|Prof|Nurse|Coach)\.?\s(?=[A-Z])")


def _answering_expert(text: str, paragraphs: list[tuple[int, int]], roles: list[str],
                      common_words: frozenset[str]) -> str | None:
    """On a page of questions an expert answers, the expert its opening names: headings that ask (two or more end
    in "?") and an opening paragraph that names someone answering them."""
    if sum(1 for (start, end), role in zip(paragraphs, roles)
           if role == "heading" and text[start:end].rstrip().endswith("?")) < INTERVIEW_MIN_TURNS:
        return None
    for start, end in paragraphs[:REPORT_OPENING_PARAGRAPHS]:
        answering = _ANSWERS_QUESTIONS.search(text, start, end)
        if answering:
            names = [_ROLE_BEFORE_NAME.sub("", name) for name in _EXPERT_NAME.findall(text, start, answering.start())]
            return next((name for name in reversed(names) if " " in name and _names_someone(name, common_words)),
                        None)  # the name nearest the answering: "The American Academy of Pediatrics estimates ...
            # pediatrician Lena van der List comes to the rescue to answer"
    return None


def _turns_alternate(text: str, paragraphs: list[tuple[int, int]], common_words: frozenset[str]) -> bool:
    """Whether paragraphs open with the capitalised names of speakers taking turns, as a transcript's do; a label the
    page also writes in lower case ("PRICE: $75", "INTERVAL: 5,000 miles") names no one."""
    turns = Counter(turn.group("name") for start, end in paragraphs
                    if (turn := _TRANSCRIPT_TURN.match(text, start, end)) and len(turn.group("name")) > 2
                    and not any(word.lower() in common_words or word in _NOT_SPEAKERS
                                for word in turn.group("name").split()))
    return sum(1 for count in turns.values() if count >= TRANSCRIPT_TURNS_EACH) >= TRANSCRIPT_SPEAKERS


# The speaker's profile links glued before the name in a pull quote's caption: "LinkedInXSteven van Vessum, VP".
_PROFILE_LINKS = re.compile(r"^(?:LinkedIn|Twitter|X|Facebook|Instagram|Threads|Bluesky|Mastodon|Email)+(?=[A-Z][a-z])")


def _caption_speaker(caption: str) -> str | None:
    """The person a pull quote's caption names first ("Patrick Reinhart, VP of Services, Conductor"; "— Jane Doe")."""
    return _full_name_in(_PROFILE_LINKS.sub("", caption.split(",")[0].strip(" \t—–-")))


def _full_name_in(label: str) -> str | None:
    """The person a short label (a heading's or a caption's name part) names with at least two words, if any."""
    person = person_in(label) if 2 <= len(label.split()) <= HEADING_NAME_MAX_WORDS else None
    return person if person and len(person.split()) >= 2 else None


def _paragraph_spans(article) -> list[tuple[int, int]]:
    if article.paragraphs:
        return [(int(s), int(e)) for s, e in article.paragraphs]
    spans, cursor = [], 0
    for block in article.text.split("\n\n"):
        spans.append((cursor, cursor + len(block)))
        cursor += len(block) + 2
    return spans


def reads_as_reporting(text: str, sentence_count: int) -> bool:
    """Whether the article is reporting (who said what) rather than a guide, review or essay.

    In reporting, a comparison or trend of the story's subject is a claim ("shares were lower"); in a
    review the same words are a matter of taste ("a bigger display"), so only the stricter sense counts.
    """
    frames = len(REPORTING_WORDS.findall(text))
    return frames >= REPORTING_MIN_FRAMES and frames >= REPORTING_MIN_SHARE * max(1, sentence_count)


def _speaking_frames(text: str, common_words: frozenset[str] = frozenset()) -> list[attribution.Frame]:
    """The reporting frames of ``text`` whose verb has a subject that can speak ("Such an app suggests" has none).

    A capitalised subject that opens the sentence is a name only if the article never writes it in lower case:
    "Tests showed", "Self-compassion says" open sentences of an article that also speaks of tests and self-compassion.
    """
    opening = text.lstrip(" \"“‘'(")
    return [f for f in attribution.find_frames(text) if f.kind != "verb" or (
        is_source_phrase(f.phrase) and not (f.phrase and opening.startswith(f.phrase)
                                            and is_common_phrase(f.phrase, common_words)))]


def _frames_by_sentence(text: str, common_words: frozenset[str] = frozenset()) -> list[attribution.Frame]:
    """The speaking frames of a paragraph (its quotations blanked), read a sentence at a time, so that a verb's
    subject is never taken from an earlier sentence ("Another way to make the guests feel seen? ... Vanco shares":
    Vanco, not "Another")."""
    ends = [end for _, end in split_sentences(text)][:-1] + [len(text)]
    starts = [0] + ends[:-1]  # each sentence with the blanked quotation before it: "“...,” said Dr. Albers"
    return [replace(f, start=f.start + start, end=f.end + start) for start, end in zip(starts, ends)
            for f in _speaking_frames(text[start:end], common_words)]


# A document as what found it ("A Forbes Advisor survey found", "The report also found").
_A_DOCUMENT_FINDS = re.compile(r"\b(?:report|study|survey|poll|analysis|research|data|index|review|audit)\b[^.;]{0,40}?"
                               r"\b(?:found|finds|shows?|showed|shown|revealed?|reveals|highlighted|concluded|indicated"
                               r"|suggests?|suggested|shared)\b", re.IGNORECASE)


_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-][a-z])[a-z'’-]+")  # the lookbehind after the first letter: a faster scan


# "it" doing the verb itself ("it explains why", "it tells a story", "it confirms recent polling"), unresolved, is no
# source; "it is believed", "it's been noted", "it says that" and "it announced" report with no one behind them: vague.
_THING_DOES_BEFORE = re.compile(r"\b[Ii]t\s(?:[a-z]+ly\s|also\s|just\s|even\s|then\s|now\s|still\s)?$")
# A sentence's plural subject and, after a conjunction, the "they" that stands for it.
_THEY_AFTER_SUBJECT = re.compile(r"^(?P<subject>(?:[A-Za-z][\w-]*\s){0,2}?[A-Za-z][\w-]*s)\s(?:[\w'’,-]+\s){1,10}?"
                                 r"(?:since|because|as|so|and|but|while|when|if|though|although)\s[Tt]hey\s"
                                 r"(?:[a-z]+ly\s|also\s|all\s)?$")
_REPORTED_CONTENT_AFTER = re.compile(r"\s?(?:that\b|:|[“\"])")  # "it says that ...": a document's report
# What only someone does: "it announced an order of 50 jets" is a body's act, unnamed.
_SPEECH_ACTS = frozenset("announced declared stated claimed claims reported denied denies warned".split())
_OPENS_A_QUOTE_AT_END = re.compile(r"[,:]\s?[“\"]\s*$")  # a sentence split where a quotation opens
# "To which he simply replied:": a short frame whose quotation is the next paragraph.
# "One tester noted:", "Read what parents are saying about the course:": the claims are what follows
_INTRODUCES_WHAT_FOLLOWS = re.compile(r"^(?:(?:\S+\s){0,7}\S+|(?:Read|See|Hear|Here['’]s|Here\sis|Check\sout|Find\sout)\s"
                                      r"(?:what|how)\s[^.!?]*):\s*$")


# A source that is evidence rather than someone's view ("court papers obtained by", "preliminary tests by").
_EVIDENCE = re.compile(r"\b(?:" + "|".join(sorted(PUBLISHED_HEADS)) + r"|documents?|papers|records?|tests?|filings?"
                       r"|journal|" + "|".join(NAMED_JOURNALS) + r")\b", re.IGNORECASE)  # a journal publishes evidence
# Pictures a source cites, not a source of their own: "The Institute for the Study of War said ... that geolocated
# footage showed Russian troops in the village" is the institute's (dev review probenewsdev70).
_FOOTAGE = re.compile(r"(?i)(?:the\s)?(?:[\w-]+\s){0,2}(?:" + PICTURE_NOUNS + r"|recordings?)")


def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case somewhere: common words, not names."""
    return frozenset(w.removesuffix("'s").removesuffix("’s") for w in set(_LOWER_WORD.findall(text)))  # each word once


class _Links:
    """The article's links, found by position: a page has hundreds, and every paragraph and claim asks for its own."""

    def __init__(self, links) -> None:
        self.links = sorted(links or [], key=lambda link: link.start)
        self.starts = [link.start for link in self.links]
        self.longest = max((link.end - link.start for link in self.links), default=0)

    def within(self, start: int, end: int) -> list:
        """The links that overlap ``[start, end)``, in order."""
        first = bisect.bisect_left(self.starts, start - self.longest)
        last = bisect.bisect_left(self.starts, end)
        return [link for link in self.links[first:last] if link.end > start]

    def chars(self, start: int, end: int) -> int:
        return sum(min(end, link.end) - max(start, link.start) for link in self.within(start, end))


def _inside_quote(start: int, end: int, quotes: list[attribution.QuoteSpan]) -> bool:
    inside = sum(max(0, min(end, q.end) - max(start, q.start)) for q in quotes)
    return inside * 2 >= end - start


def _quoted_parts(start: int, end: int, quotes: list[attribution.QuoteSpan]) -> list[tuple[int, int]]:
    """The spans of a sentence that lie inside its quotations."""
    return [(max(q.start, start), min(q.end, end)) for q in quotes if q.start < end and q.end > start]


# The publication's own testers: "one tester", "one of our testers", "our testers" (not "one reviewer", who may be a
# shop's customer).
_OWN_TESTER = re.compile(r"^(?:(?:one|a|another)\s(?:of\s(?:our|the)\s)?(?:product\s)?testers?|(?:our|the)\s(?:product\s)?testers)$",
                         re.IGNORECASE)


def _speaks_as_we(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` speaks as "we" outside quotation marks, not as everyone's "we" (_INCLUSIVE_WE)."""
    return (_WE.search(text, start, end) is not None and not _INCLUSIVE_WE.search(text, start, end)
            and not attribution.QUOTE_MARK.search(text, start, end))


@lru_cache(maxsize=64)
def _owner_kind(owner: str, site: str | None) -> re.Pattern | None:
    """How the owner's page calls it by its kind ("the museum", "the Group", not "the Bank of England"), built once a
    page rather than for every sentence: its name's last word or its site's kind word, where one of _OWNER_KINDS."""
    kinds = {word for word in (owner.split()[-1].lower() if owner else "", attribution.site_kind_word(owner, site))
             if word in _OWNER_KINDS}
    return re.compile(rf"\b[Tt]he\s(?:{'|'.join(sorted(kinds))})\b(?!\s+(?:of|for)\b)", re.IGNORECASE) if kinds else None


class _Detector:
    def __init__(self, article, site: str | None):
        self.text = article.text
        self.site = site
        self.relayed_speakers: set[str] = set()
        self.links = _Links(article.links)
        self.state = SourceState()
        self.claims: list[dict] = []
        self.open_quote_speaker: tuple[str | None, str] | None = None
        self.pending_speaker: tuple[str | None, str] | None = None
        self.nested_relayer: str | None = None  # the outer speaker of the last sentence's nested relay (_source)
        self.quote_speaker: tuple[str | None, str] | None = None  # the last sentence's last reporting verb's speaker
        self.heading_person: str | None = None  # a heading that is a person's name, until the next paragraph
        self.answering_expert: str | None = None  # the expert whose answers follow the page's question headings
        self.under_question = False  # the last heading asked a question ("What is a normal amount of sleep?")
        self.unverified_from = 0
        self.previous_paragraph_start = 0
        self.reporting = False
        self.quotes_prices = False
        self.finding: tuple[str | None, str] | None = None  # the last figure credited to a named source, while it reaches
        self.finding_ends = 0
        self.example_ends = 0  # the end of the paragraph a made-up example opened in: its working-out runs on to there
        self.finding_lists = False
        self.finding_paragraph = -1  # the paragraph of the last finding, by its index
        self.finding_published = False  # the last finding is a document's ("A Forbes Advisor survey found"), not a person's
        self.paragraph_index = 0
        self.page_report: tuple[str, str] | None = None  # whose report the page opens by announcing
        self.tests_throughout = False  # the page reports its own tests throughout (OWN_TESTS_MIN_SENTENCES)
        self.own_voice = False  # the page speaks as "we" throughout (OWN_VOICE_SHARE): a body on its own page
        self.owner: str | None = None  # the body whose own site the page is on, as the page names it (_page_owner)
        self.transcript = False  # a broadcast transcript: its paragraphs open with the speaker's name in capitals
        self.narrators: set[str] = set()  # the transcript's host and reporters, whose turns are the story's voice
        self.name_numbers: frozenset[int] = frozenset()
        self.template_tails: frozenset[str] = frozenset()  # list rows' endings a widget repeats (_template_tails)
        self.passed_over: list[tuple[int, int]] = []
        self.reference_list = False  # the page ends in a reference list, so a study it names closely is cited

    def run(self, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]], roles: list[str]) -> list[dict]:
        own_tests = sum(1 for start, end in sentences if names_own_test(self.text, start, end))
        self.reporting = reads_as_reporting(self.text, len(sentences)) and own_tests < REVIEW_MIN_OWN_TESTS
        self.quotes_prices = numbers.quotes_prices(self.text)
        self.name_numbers = numbers.repeated_name_numbers(self.text)
        self.template_tails = _template_tails(self.text, paragraphs, roles)
        self.state.common_words = lower_case_words(self.text)
        self.state.page_text = self.text
        self.state.page_study = sources.the_one_study_publisher(self.text)
        study = self._study_sections(paragraphs, roles)
        self.page_report = self._announced_report(paragraphs)
        references = [role == "reference" or advice.is_reference_entry(self.text[start:end])
                      for (start, end), role in zip(paragraphs, roles)]
        self.reference_list = sum(references) >= REFERENCE_LIST_MIN_ENTRIES
        we_sentences = 0 if self.reporting or own_tests else sum(
            1 for start, end in sentences if _speaks_as_we(self.text, start, end))
        self.own_voice = we_sentences >= max(OWN_VOICE_MIN_SENTENCES, OWN_VOICE_SHARE * len(sentences)) and any(
            _OWN_DATA.search(self.text, start, end) for start, end in sentences)
        self.owner = self._page_owner(paragraphs, roles)
        self.tests_throughout = not self.reporting and (sum(
            1 for start, end in sentences if _FIRST_PERSON_WORD.search(self.text, start, end)  # the cheaper test first
            and _OWN_MEASUREMENT.search(self.text, start, end)) >= OWN_TESTS_MIN_SENTENCES or any(
            _TESTED_HEADLINE.search(self.text, start, end) for (start, end), role in zip(paragraphs, roles)
            if role == "headline"))
        self.interviewee = _interviewee(self.text, paragraphs, self.state.common_words)
        self.answering_expert = None if self.interviewee else _answering_expert(
            self.text, paragraphs, roles, self.state.common_words)
        self.transcript = any(_TRANSCRIPT_NARRATOR.match(self.text, start, end) for start, end in paragraphs) \
            or _turns_alternate(self.text, paragraphs, self.state.common_words)
        sentence_index = 0
        self.sentence_before: tuple[int, int, int] = (-1, 0, 0)  # the last sentence read: its paragraph, start and end
        for index, ((para_start, para_end), role) in enumerate(zip(paragraphs, roles)):
            self.previous_paragraph_start = paragraphs[index - 1][0] if index else para_start
            self.paragraph_index = index
            paragraph = _Paragraph(para_start, para_end, role=role,
                                   study_method=study is not None and study[0][0] < para_start < study[0][1],
                                   study_result=study is not None and study[1][0] < para_start < study[1][1])
            para_sentences = []
            while sentence_index < len(sentences) and sentences[sentence_index][0] < para_end:
                if sentences[sentence_index][1] > para_start:
                    para_sentences.append(sentences[sentence_index])
                sentence_index += 1
            if role in UNREAD_ROLES or references[index] or is_furniture(
                    self.text[para_start:para_end], self.links.chars(para_start, para_end)):
                self.open_quote_speaker = None
                continue
            if role != "list" and para_start >= self.finding_ends:
                self.finding_lists = False
            if role == "quote":  # the caption after the run of quote paragraphs this one is in names its speaker
                after = next((at for at in range(index + 1, len(roles)) if roles[at] != "quote"), len(roles))
                if after < len(roles) and roles[after] == "caption":
                    paragraph.caption_speaker = _caption_speaker(self.text[paragraphs[after][0]:paragraphs[after][1]])
            self._read_quotes(paragraph)
            if role == "heading":
                self._heading_speaker(self.text[para_start:para_end])
                self.under_question = self.text[para_start:para_end].rstrip().endswith("?")
            for start, end in para_sentences:
                found = len(self.claims)
                self._sentence(paragraph, start, end)
                self.sentence_before = (para_start, start, end)
                if self.reporting and len(self.claims) == found and role not in NO_FIGURE_ROLES \
                        and _looks_checkable(self.text[start:end]) and not _quoted_view(self.text[start:end]):
                    # a quoted view the rules left out ("I am excited to be joining a club with such a great heritage")
                    # is none of the model's to add: as an addition it would be shown high, with no source
                    self.passed_over.append((start, end))
        return self.claims

    def _named_next(self, role_phrase: str | None, end: int) -> str | None:
        """The person the paragraph after this one names in the role a news lede gave alone ("A California transit
        chief says a man has been stabbed", then "Interim BART Police Chief Ed Alvarez told reporters"): LABELING.md's
        role noun that refers to a named person, named here a paragraph later, as wire stories do (the dev news review
        news75a: "Who is the California transit chief?" asked what the article answers)."""
        role = _LEDE_ROLE.fullmatch(role_phrase or "")
        next_start = self.text.find("\n\n", end)  # the blank line closing this paragraph; the next one closes the next
        if not role or next_start < 0:
            return None
        next_end = self.text.find("\n\n", next_start + 2)
        named = re.compile(r"\b(?i:" + re.escape(role.group("role")) + r")\s(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’.-]+){1,2})"
                           r"(?=[\s,])")
        after = named.search(self.text, next_start, next_end if next_end >= 0 else len(self.text))
        return after.group("name").rstrip(".") if after else None

    def _announced_report(self, paragraphs: list[tuple[int, int]]) -> tuple[str, str] | None:
        """The body (or person) whose report the page's opening paragraphs announce, if one does.

        The names are read with a state of their own, so that reading ahead teaches the page's state nothing: a
        pronoun before the report's owner is named must not resolve to it.
        """
        announced = None
        lookahead = SourceState(page_text=self.text, common_words=self.state.common_words)
        for start, end in paragraphs[:REPORT_OPENING_PARAGRAPHS]:
            paragraph = self.text[start:end]
            for found in _RELEASES_REPORT.finditer(paragraph) if any(w in paragraph for w in _RELEASE_WORDS) else ():
                text, kind = classify(next(name for name in found.groups() if name), lookahead)
                if kind in ("organisation", "named") and (announced is None or text.startswith(announced[0])):
                    # the fullest name given ("Soliant Health" after the title's "Soliant"); what releases "its"
                    # report is a body, however much its name looks like a person's ("J.D. Power")
                    announced = (text, "organisation" if " its " in found.group(0) else kind)
        return announced

    def _study_sections(self, paragraphs: list[tuple[int, int]], roles: list[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A study's methods span (its "Methods" heading to its "Results" heading) and results span (to the next
        discussion, conclusion or end), where the page has both headings in that order."""
        headings = [(start, self.text[start:end].strip(" :")) for (start, end), role in zip(paragraphs, roles)
                    if role == "heading"]
        methods = next((start for start, heading in headings if _METHODS_HEADING.fullmatch(heading)), None)
        if methods is None:
            return None
        results = next((start for start, heading in headings if start > methods and _RESULTS_HEADING.fullmatch(heading)),
                       None)
        if results is None:
            return None
        after = next((start for start, heading in headings if start > results and _AFTER_RESULTS_HEADING.fullmatch(heading)),
                     len(self.text))
        return (methods, results), (results, after)

    def _heading_speaker(self, heading: str) -> None:
        """A heading that is a person's name ("Mindy Weiss, event planner") names the speaker of the quotes under it."""
        name_part = heading.split(",")[0].split(":")[0].strip(" \"“”")
        words = name_part.split()
        if not all(w[:1].isupper() for w in words) or is_common_phrase(name_part, self.state.common_words):
            return  # "Blood Tests", "Medical Coverage": words the page writes in lower case, a topic and no name
        self.heading_person = _full_name_in(name_part)  # a speaker once a quotation follows; until then a title

    def _transcript_turn(self, paragraph: _Paragraph) -> bool:
        """On a transcript, whether the paragraph is a guest's turn, now credited to them as one quotation; on a
        question-and-answer interview, whether it is an answer, the interviewee's."""
        answer = _ANSWER_TURN.match(self.text, paragraph.start, paragraph.end) if self.interviewee else None
        if answer:
            return self._credit_turn(paragraph, answer.end(), (self.state.learn_person(self.interviewee), "named"))
        turn = _TRANSCRIPT_TURN.match(self.text, paragraph.start, paragraph.end) if self.transcript else None
        if turn is None:
            return False
        name = turn.group("name")
        if _NARRATOR_ROLE.search(turn.group("role") or "") or name in self.narrators:
            self.narrators.update((name, name.split()[-1]))  # "SACHA PFEIFFER, HOST:", then "PFEIFFER:"
            return False  # a guest's role ("JEN PSAKI, WHITE HOUSE PRESS SECRETARY:") leaves the turn theirs
        if _UNIDENTIFIED.search(name):
            speaker = ("an unidentified speaker", "anonymous")
        else:
            speaker = (self.state.learn_person(name.title()), "named")  # "MARTINEZ-BELTRAN" is "Martinez-Beltran"
        return self._credit_turn(paragraph, turn.end(), speaker)

    def _credit_turn(self, paragraph: _Paragraph, words_start: int, speaker: tuple[str | None, str]) -> bool:
        """Credit the paragraph after its turn label to the speaker, as one quotation."""
        paragraph.quotes = [attribution.QuoteSpan(words_start, paragraph.end, True)]
        paragraph.speaker = self.state.last_source = speaker
        self.open_quote_speaker = self.pending_speaker = None
        return True

    def _read_quotes(self, paragraph: _Paragraph) -> None:
        """Find the paragraph's quotations and who speaks them (this paragraph's frame, or carried over)."""
        if self._transcript_turn(paragraph):
            return
        paragraph.quotes = attribution.quote_spans(self.text, paragraph.start, paragraph.end)
        opens_with_quote = self.text[paragraph.start:paragraph.start + 1] in ("“", "\"")
        carried = self.open_quote_speaker if opens_with_quote else None
        if carried is None and opens_with_quote and self.heading_person:
            self.pending_speaker = self.state.last_source = (self.state.learn_person(self.heading_person), "named")
        self.heading_person = None
        if carried is None and opens_with_quote and self.pending_speaker:
            carried = self.pending_speaker
        self.pending_speaker = None
        if not paragraph.quotes and paragraph.caption_speaker:  # a pull quote, its speaker in the caption under it
            paragraph.quotes = [attribution.QuoteSpan(paragraph.start, paragraph.end, True)]
            paragraph.speaker = self.state.last_source = (self.state.learn_person(paragraph.caption_speaker), "named")
            self.open_quote_speaker = None
            return
        if not paragraph.quotes:
            self.open_quote_speaker = None
            self.relayed_speakers.clear()  # a relay covers its quote and the quote paragraphs right after it
            return
        outside = attribution.blank_spans(self.text[paragraph.start:paragraph.end],
                                          [(q.start, q.end) for q in paragraph.quotes], paragraph.start)
        frames = [f for f in _frames_by_sentence(outside, self.state.common_words)
                  if f.kind in ("verb", "according", "second_hand") and (f.phrase or f.inner_phrase)]
        if frames:
            frame = frames[0]
            quoted_as = frame.kind == "second_hand" and frame.inner_phrase and \
                re.match(r"(?:quoted|cited)\b", outside[frame.start:].lower())
            paragraph.speaker = self._own_tester(*classify((frame.inner_phrase if quoted_as else frame.phrase)
                                                           or frame.inner_phrase, self.state))
            if frame.kind == "second_hand" and paragraph.speaker[0]:
                self.relayed_speakers.add(paragraph.speaker[0])
            else:
                self.relayed_speakers.discard(paragraph.speaker[0])
        elif carried:
            paragraph.speaker = carried
        elif opens_with_quote and self.state.last_source and (self.reporting or self.state.last_source[1] != "anonymous"):
            # A quoted paragraph with no speaker of its own continues the story's last source; outside reporting
            # not an unnamed one ("someone recommended I read ...", then a list of quoted prompts).
            paragraph.speaker = self.state.last_source
        last = paragraph.quotes[-1]
        self.open_quote_speaker = paragraph.speaker if not last.closed else None

    def _own_tester(self, source_text: str | None, source_kind: str | None) -> tuple[str | None, str | None]:
        """A review's own tester speaks for the publication ("As one tester noted, ..."), outside reporting."""
        if not self.reporting and source_kind == "anonymous" and _OWN_TESTER.match(source_text or ""):
            return PUBLICATION, "organisation"
        return source_text, source_kind

    def _sentence(self, paragraph: _Paragraph, start: int, end: int) -> None:
        sentence = self.text[start:end]
        if not WORD_IN.search(sentence):
            return  # "7.", "2-1": a list marker or a bare number says nothing a reader could check
        if ends_before_a_link(sentence):
            return  # "Full results from testing 13 top products are in our": the rest was a link the page dropped
        if QUESTION_END.search(sentence) and not _inside_quote(start, end, paragraph.quotes) \
                and not _ASSERTING_QUESTION.match(sentence):
            return  # "Can you do 20 push-ups?": a question asserts nothing ("Did you know that 80% ...?" does)
        if _QUOTED_QUESTION.search(sentence) or (QUESTION_END.search(sentence) and _ASKS_MID_QUOTE.search(sentence)):
            return  # '"Are you saying they sell it at a lowball price?" asked Pineda': a question quoted
        if ("wonder" in sentence or "ask" in sentence) and _WONDERED_WHETHER.match(sentence):
            return  # "She wondered if the 300 jobs would survive": a question in reported form asserts nothing either
        made_up = advice.is_made_up_example(sentence)
        if made_up and advice.opens_a_working_out(sentence):
            self.example_ends = paragraph.end  # "Let's take a typical household.": the paragraph works out an example
        quotes = [q for q in paragraph.quotes if q.start < end and q.end > start]
        outside = attribution.blank_spans(sentence, [(q.start, q.end) for q in quotes], start)
        frames = _speaking_frames(outside, self.state.common_words)
        if "would" in outside and (would_have := [m.start() for m in _COUNTERFACTUAL_REPORT.finditer(outside)]):
            # what someone would have said, and what they would have been told in it, reports nothing; a report in
            # the main clause before it still does ("The minister said she would have told parliament ...")
            frames = [f for f in frames if f.start < would_have[0]]
        if "claim" in sentence and not frames and _DEBUNKED.match(sentence.strip()):
            return  # "In sum, the claim that Yovanovitch has a net worth of $17 million is wholly unsubstantiated": a verdict
        figures = [f for f in numbers.find_figures(sentence, start) if f["start"] not in self.name_numbers]
        if figures and frames and "-" in sentence:  # "..., the 14th-ranked Schwartzman said": who speaks, not a figure
            figures = [f for f in figures if not _describes_the_speaker(f, sentence, start, frames)]
        hedge_words = hedges.find_hedges(sentence)

        unverifiable = hedges.says_unverifiable(sentence)
        if unverifiable and not figures and not any(f.kind != "sourceless" for f in frames):
            self._mark_unverifiable(hedges.unverifiable_scope(sentence), paragraph.start, start)
            self.state.mention(sentence)
            return

        pronoun_at = [f.start for f in frames if (f.phrase or "").lower() in ("he", "she")]
        if pronoun_at:  # "Henry David Thoreau is as relevant as ever when he writes": named before the pronoun
            before_pronoun = outside[:min(pronoun_at)]
            self.state.mention(before_pronoun)
            if self.state.last_mentioned and self.state.last_mentioned.split()[-1] in before_pronoun:
                self.state.last_person = self.state.last_mentioned  # "Mattson adds ...: “...,” he says": Mattson
        polled_by = attribution.poll_owner(outside)  # whose poll the sentence reports, for its figures and the next shares
        self.state.note_poll(polled_by)
        source_text, source_kind, second_hand = self._source(frames, outside)
        source_text, source_kind = self._own_tester(source_text, source_kind)
        if self.reporting and source_kind == "anonymous" and (named := self._named_next(source_text, end)):
            source_text, source_kind = named, "named"  # a wire lede's "A California transit chief says"
        if quotes and not second_hand and paragraph.speaker is not None and self.quote_speaker \
                and self.quote_speaker[1] in ("named", "organisation", "anonymous"):
            # "A medic named Iryna sorts bandages. “In the spring we had one vehicle,” she said. “Now we have three.”":
            # the paragraph's next quoted sentences are hers, where its speaker was read before she was introduced (the
            # speaker of the quote, not a report it cites: "..., Petrov said, citing a police report")
            paragraph.speaker = self.quote_speaker
        credited_quote = paragraph.speaker is not None and _inside_quote(start, end, quotes)
        credited_by_page = site_owner_credited = False
        if source_kind is None and credited_quote:
            source_text, source_kind = paragraph.speaker
            second_hand = source_text in self.relayed_speakers  # a relayed quote's continuation is relayed too
        elif second_hand and source_text:
            self.relayed_speakers.add(source_text)
        relayed_by = self.nested_relayer if second_hand else None
        # only a quotation that opens in this sentence: the next sentence of it ("If true, this is huge") is the speaker's
        origin = attribution.origin_inside_quote(self.text, [q for q in quotes if q.start >= start]) \
            if source_kind is not None else None
        if origin:  # the speaker passes on what the quote credits to someone else (LABELING.md: relays)
            relayed_by = source_text
            (source_text, source_kind), second_hand = classify(origin, self.state), True
        attributed = source_kind is not None
        if frames and frames[-1].introduces_quote and source_kind is not None:
            self.pending_speaker = (source_text, source_kind)
        self.state.mention(outside)  # names inside a quotation are not who speaks next
        if source_kind == "named" and source_text and source_text.split()[-1] in outside.split()[:3]:
            # "Volker told the committee he tried to work with Mr. Trump's lawyer. However, he said ...": the next
            # "he" is the sentence's subject, not the people its clause mentions
            self.state.last_person = self.state.last_mentioned = source_text
        if source_kind in ("named", "organisation", "anonymous"):
            self.state.credit(source_text, source_kind)
            told = re.search(re.escape(source_text) + _TOLD_WHOM, outside, re.IGNORECASE) \
                if source_kind == "anonymous" and source_text and source_text == self.state.last_unnamed_person \
                and any(word in outside for word in _TOLD_WORDS) else None
            if told:  # "Karra says a neighbour told her he had seen a man": a later "she" is Karra, not the neighbour
                self.state.unnamed_person_told = told.group("whom").lower()

        numerical = bool(figures) or numbers.has_comparison(sentence, self.reporting)
        # what a named body recommends with a figure ("The NHS recommends 150 minutes a week") is its guidance, a
        # checkable claim
        advice_frame = (any(attribution.gives_advice(f, outside) for f in frames)
                        and not (source_kind == "organisation" and figures)) or (
            source_kind is not None and self._quotes_advice(start, end, quotes, figures))
        if advice_frame:
            numerical, figures = False, []  # reported advice: its numbers are the advice's (LABELING.md)
        # "Bounce Test: Moderate bounce (9.5 inches)", "In our measurements, the X-40 held 30dB": the page's own test
        # measures, whatever its unit
        measured_row = numerical and not attributed and not self.reporting and (
            advice.is_test_row(sentence) or _measured_in_own_test(outside))
        if numerical and not attributed and (
                (paragraph.role in NO_FIGURE_ROLES and not (paragraph.role == "table" and advice.is_result_cell(sentence)))
                or paragraph.study_method or advice.is_scaffolding(sentence)
                or numbers.only_discounts(figures, sentence, start) or numbers.only_price_tier(figures, sentence, start)
                or (numbers.only_specs(figures, sentence, start, review=not self.reporting) and not measured_row)
                or (advice.is_instruction(sentence) and not numbers.counts_many(figures, sentence, start)) or advice.is_ingredient(sentence)
                or (paragraph.role == "headline" and advice.is_numbered_title(sentence))
                or advice.is_bio(sentence) or advice.is_donation_tier(sentence) or self._made_up_example(made_up, sentence, start)
                or advice.is_worked_example(sentence)
                or (not self.reporting and (advice.is_personal(sentence)
                                            or advice.is_figure_label_row(sentence)
                                            or (not figures and numbers.places_a_price(sentence))
                                            or (paragraph.role == "list" and advice.is_feature_bullet(sentence))
                                            or advice.is_study_method(sentence)
                                            or numbers.only_product_prices(figures, sentence, start)
                                            or numbers.only_own_list_counts(figures, sentence, start)
                                            or numbers.only_catalogue_counts(figures, sentence, start)
                                            or (self.quotes_prices and numbers.only_quoted_prices(figures, sentence))
                                            or (self._only_figures_left_out(figures, sentence, start)
                                                and not measured_row)))):
            numerical = False  # LABELING.md's "not numerical": labels, specs, list markers, advice, the author's own story
        if attributed and not credited_quote and not quotes and all(f.says_nothing for f in frames if f.kind == "verb") \
                and not any(f.kind != "verb" for f in frames):
            attributed = False  # the sentence only names a speaker
        if attributed and not numerical and paragraph.role == "list" and _tail(sentence) in self.template_tails:
            return  # "Zim is Lightweight and PrivacyNotion is not according to our users", row after row: a widget
        if attributed and not numerical and _NO_COMMENT.search(outside):
            return  # "A spokesman said the ministry did not comment on internal deliberations": nothing said
        if credited_quote and not frames and not numerical and self._nothing_checkable(sentence):
            return  # a quote sentence of feeling, scene or opinion: not a claim, however long the quote
        if not (numerical or attributed):
            return
        if paragraph.role in ("headline", "heading") and advice.promises_what_follows(sentence, bool(figures)):
            return  # a guide's title: its advice or findings are to come
        if source_text == PUBLICATION and not numerical:
            return  # "We reported the flaw to Discord", "we wrote this guide": the page's own voice, with nothing to count
        if not numerical and (_OPENS_A_QUOTE_AT_END.search(sentence) or _INTRODUCES_WHAT_FOLLOWS.match(sentence)):
            return  # "One tester noted, “": the claim is the quotation that follows, credited to them
        if numerical and figures and source_kind in (None, "vague") and not credited_quote:
            credit = bracketed_credit(outside, self.state)
            if credit:  # "The market is expected to reach $30.7 billion by 2027 (MarketsandMarkets).": that firm's forecast
                source_text, source_kind, second_hand, attributed = credit, "organisation", False, True
        if source_kind in ("anonymous", "vague") and _A_STUDY.search(source_text or "") \
                and (publisher := study_publisher(outside)):
            source_text, source_kind = publisher, "organisation"  # "A review ..., led by researchers at X, concluded"
        if source_kind is None:
            source_text, source_kind = (("officially", "vague") if attribution.mentions_officially(sentence)
                                        else (None, "none"))
            first_person = self._first_person(outside, figures) if numerical else None
            if first_person == "story" and not paragraph.study_result:
                return  # the author's story or the page's plan: "13 years since I started", "I break this into 3"
            if first_person == "measurement" or (numerical and (paragraph.study_result or measured_row)):
                source_text, source_kind = PUBLICATION, "organisation"  # LABELING.md: "lasted 25 hours in our test"
                self._found(source_text, source_kind, sentence, paragraph)  # the test's further figures are its results
            elif numerical and source_kind == "none" and polled_by:
                # "In a 2025 survey by the British Veterinary Association, 51% of vets said": its survey's answers
                source_text, source_kind = polled_by, "organisation"
                attributed = True
            elif numerical and source_kind == "none" and (platform := attribution.counted_on_platform(outside)):
                # "Java added 174,705 contributors on GitHub in 2025", "a 95% five-star rating on Trustpilot": its count
                source_text, source_kind = self.state.learn_organisation(platform), "organisation"
            elif numerical and source_kind == "none" and (publisher := opening_study_publisher(outside)):
                # "In a 2019 randomised trial of 36 women published in the British Journal of Dermatology, those ..."
                source_text, source_kind = self.state.learn_organisation(publisher), "organisation"
                attributed = True
            elif numerical and source_kind == "none" and (counted_by := _COUNT_BY.match(outside)):
                # "A count by the independent firm Lynce, which uses aerial images, put attendance at about 48,000"
                source_text, source_kind = (self.state.learn_organisation(counted_by.group("body")), "organisation") \
                    if _BODY_KIND.search(counted_by.group("kind")) else classify(counted_by.group("body"), self.state)
            elif numerical and source_kind == "none" and (study := _STUDY_SUBJECT.match(outside)):
                # "The researchers followed 114,000 adults", "The report then gathered 8,263 responses": the study's
                source_text, source_kind = classify(study.group(1).lower(), self.state)
            elif numerical and source_kind == "none" and (described_by := self.state.study_described(outside)):
                # "Researchers took 276 adults", "At 24 weeks, 28% of the MBSR arm were still meditating", after "The
                # study was published in JAMA Psychiatry": that study's figures
                source_text, source_kind = described_by, "organisation"
            elif numerical and source_kind == "none" and RESPONDENTS.search(outside) and self._survey_in_reach():
                source_text, source_kind = self.finding  # "A Forbes Advisor study found ... 57% of respondents plan"
            elif numerical and source_kind == "none" and self._finding_reaches(start, paragraph) \
                    and not _WRITERS_ASIDE.match(outside):
                source_text, source_kind = self.finding  # "NAHB found that ... Buyers typically spend around $6,000"
            elif numerical and source_kind == "none" and (owner := attribution.site_owner_named(outside, self.site)):
                # "Council for Relationships ... with over 80 therapists" on its own site: its links are its own pages
                source_text, source_kind, site_owner_credited = owner, "organisation", True
            elif numerical and figures and source_kind == "none" and self.owner and not quotes \
                    and self._about_owner(outside):
                # "The museum is run by a team of 86 staff" on the Calderbridge Museum's own page
                source_text, source_kind, site_owner_credited = self.owner, "organisation", True
            elif numerical and source_kind == "none" and self.answering_expert and self.under_question \
                    and paragraph.role in ("text", "list"):
                # "What is a normal amount of sleep for a newborn?" / "Newborns average 16-17 hours of sleep per day.",
                # on a page where "pediatrician Lena van der List comes to the rescue to answer" its questions
                source_text, source_kind = self.state.learn_person(self.answering_expert), "named"
            elif numerical and source_kind == "none" and self._report_in_reach():
                source_text, source_kind = self.page_report  # the report the page opened by announcing
            elif numerical and figures and source_kind == "none" and self.own_voice and not quotes \
                    and not attribution.QUOTE_MARK.search(sentence):
                source_text, source_kind = PUBLICATION, "organisation"  # "12,480 young carers supported" in "our year"
            elif source_kind == "none" and self.tests_throughout and any(map(numbers.is_measured, figures)):
                source_text, source_kind = PUBLICATION, "organisation"  # a result of the tests the page reports
                credited_by_page = True
        elif attributed and numerical and source_kind in ("named", "organisation") and not credited_quote:
            self._found(source_text, source_kind, sentence, paragraph)
        elif numerical and source_kind in ("anonymous", "vague") and not credited_quote and names_respondents(source_text):
            study = self._study_in_reach(start, paragraph)
            if study:  # "Over half of the students said ...", in the page's own trial or a report it sets out
                source_text, source_kind = study
        kinds = [k for k, present in (("numerical", numerical), ("attribution", attributed)) if present]
        predicts = False
        if attributed and source_kind in ("named", "organisation"):
            predicts = any(hedges.is_modal(h) for h in hedge_words)
            hedge_words = [h for h in hedge_words if not hedges.is_modal(h)]
        cited = self._cites(sentence) or (_CITED_STUDY_GOES_ON.match(outside) is not None
                                          and self._sentence_before_cites(paragraph)) or (
            source_text is not None and self._names_a_listed_study(source_text))
        # a link in the page's own test result goes to the product, not to a source for it
        linked = cited or (source_text != PUBLICATION and not site_owner_credited
                           and self._links_source(start, end, frames, source_text if attributed else None))
        # reported advice is opinion already, and its own reading is not needed
        view = not advice_frame and self._opinion(sentence, start, end, quotes, attributed, numerical, bool(figures),
                                                  predicts, source_text, source_kind,
                                                  titled=paragraph.role in ("headline", "heading"))
        # a guide's unnamed tester or reviewer in their own words ("'I think the error messages are super helpful.' --
        # Professor specializing in formal verification"); not advice ("recommended by physicians"), nor a paraphrase
        # ("Some members of Congress have suggested that NASA relies too much on ...")
        unnamed_view = view and not self.reporting and source_kind == "anonymous" and (
            _inside_quote(start, end, quotes) or _FIRST_PERSON_WORD.search(sentence) is not None)
        level, reasons = levels.assess(
            numerical=numerical, has_figures=bool(figures), attribution=attributed, source_text=source_text,
            source_kind=source_kind, hedges=hedge_words, second_hand=second_hand, unverifiable=unverifiable,
            linked=linked, cited=cited, opinion=advice_frame or view, unnamed_view=unnamed_view)
        if relayed_by:
            reasons = [f"{r} (via {relayed_by})" if r == levels.SECOND_HAND else r for r in reasons]
        source = {"text": source_text, "kind": source_kind}
        if relayed_by:
            source["relayed_by"] = relayed_by
        if credited_by_page:
            source["credited_by"] = PAGE_TESTS
        elif site_owner_credited or (source_kind == "organisation" and source_text
                                     and attribution.is_site_owner(source_text, self.site)):
            source["own_site"] = True
        if attributed and source_kind in ("named", "organisation") and attribution.told_this_outlet(sentence, self.site):
            source["told_here"] = True  # "..., Jane Smith told the Guardian." on theguardian.com: this article is the record
        self.claims.append({
            "start": start, "end": end, "kinds": kinds, "figures": figures,
            "source": source, "hedges": hedge_words, "linked": linked,
            "level": level, "reasons": reasons,
        })

    def _page_owner(self, paragraphs: list[tuple[int, int]], roles: list[str]) -> str | None:
        """The body whose own site the page is on: its site spells the name whole (attribution.owns_the_site), and the
        headline names it, or the page names it in OWNER_MIN_PARAGRAPHS paragraphs, or names it once and speaks as
        "we" outside quotation marks in as many ("Calderbridge Museum" on calderbridgemuseum.org.uk, "Corvane plc" on
        corvane-group.com): its press release, report or "about us" page, whose figures of itself are its own word
        (LABELING.md: organisation). A page that reads as reporting must speak as "we" too: a news site naming itself
        ("The BBC has seen documents", "told the BBC") is not telling of itself. Fresh blind labellers of such pages
        credited the body with those figures (dev probe rounds 17 and 19)."""
        if not self.site:
            return None
        named: dict[str, int] = {}
        we_paragraphs = 0
        for (start, end), role in zip(paragraphs, roles):
            if role in UNREAD_ROLES:
                continue
            text = self.text[start:end]
            owner = attribution.site_owner_named(text, self.site, strict=True)
            if owner and role == "headline" and not self.reporting:
                return owner
            if owner:
                named[owner] = named.get(owner, 0) + 1
            we_paragraphs += _speaks_as_we(self.text, start, end)
        found = max(named, key=lambda name: (named[name], -len(name.split())), default=None)
        if found is None:
            return None
        speaks_as_we = we_paragraphs >= OWNER_MIN_PARAGRAPHS
        return found if speaks_as_we or (not self.reporting and named[found] >= OWNER_MIN_PARAGRAPHS) else None

    def _about_owner(self, outside: str) -> bool:
        """Whether a sentence on the owner's page speaks of the owner by its kind: "the museum" on the Calderbridge
        Museum's page, "the Group" on corvane-group.com; not "the Bank of England" or "the Group of Seven". (Its "we"
        is the page's own voice already: _first_person.)"""
        kind = _owner_kind(self.owner or "", self.site)
        return kind is not None and kind.search(outside) is not None

    def _made_up_example(self, made_up: bool, sentence: str, start: int) -> bool:
        """A scenario made up for the reader (``made_up``: advice.is_made_up_example), or the working-out that follows
        one (advice.opens_a_working_out) in the same paragraph with nothing reported in it: "Let's take a three-bed semi that
        uses 12,000 kWh of gas a year. With a 90% efficient boiler, that's 10,800 kWh of heat." (dev probe round 12).
        In any register: a guide that quotes experts reads as reporting, and its examples are still made up."""
        return made_up or (start < self.example_ends and not advice.reports_evidence(sentence))

    def _first_person(self, outside: str, figures: list[dict]) -> str | None:
        """"story" (the author's own, not a claim), "measurement" (the publication's, LABELING.md) or None for a
        numerical sentence in the first person; in reporting only when its numbers are small, as a column's are, or
        when it gives the publisher's own data (_OWN_DATA)."""
        if not _FIRST_PERSON_WORD.search(outside):
            return None
        small = all(f.get("value") is not None and f["value"] <= STORY_NUMBER_MAX for f in figures) and not (
            any(f.get("unit") == "percent" for f in figures) and numbers.COMPARISON.search(outside))
        # a change in per cent measures something, whatever its size: "demand rose by 23%"
        if _OWN_MEASUREMENT.search(outside) and names_own_test(outside):
            return "measurement"  # "In our rundown test at 60% volume, the Q7 lasted 37 hours": in a review that quotes too
        if self.reporting and figures and not small and not _OWN_DATA.search(outside) and not (
                self.owner and not _INCLUSIVE_WE.search(outside) and not _SINGULAR_FIRST_PERSON.search(outside)):
            return None  # a news story's "we" is a columnist's; a body's own page (self.owner) gives its own figures
        if not _OWN_MEASUREMENT.search(outside) and small:
            return "story"
        return "measurement"

    def _found(self, source_text: str | None, source_kind: str, sentence: str, paragraph: _Paragraph) -> None:
        """A figure credited to a named source (or the page's own test): the paragraph's bare figures that follow are its."""
        self.finding, self.finding_ends = (source_text, source_kind), paragraph.end
        self.finding_lists = sentence.rstrip().endswith(":")  # "The research found:" and a list of findings
        self.finding_paragraph = self.paragraph_index
        self.finding_published = bool(_EVIDENCE.search(source_text or "") or _A_DOCUMENT_FINDS.search(sentence))

    def _survey_in_reach(self) -> bool:
        """Whether a figure of a survey's respondents ("57% of respondents plan to cut back") goes on from the survey
        whose finding the page gave last: in that paragraph or the next, in any register ("respondents" names a
        survey's people, so a news story's figure of them is the poll it just cited)."""
        return self.finding is not None and self.finding_published and self.paragraph_index - self.finding_paragraph <= 1

    def _cites(self, sentence: str) -> bool:
        """Whether the sentence carries a numbered citation, or names a study the page's reference list holds."""
        return cites_a_source(sentence) or self._names_a_listed_study(sentence)

    def _names_a_listed_study(self, text: str) -> bool:
        """Whether the text opens by naming a study closely enough for the page's reference list to hold it."""
        return self.reference_list and _NAMED_STUDY.match(text) is not None

    def _sentence_before_cites(self, paragraph: _Paragraph) -> bool:
        """Whether the sentence before this one, in the same paragraph, cites its source (_cites)."""
        para_start, start, end = self.sentence_before
        return para_start == paragraph.start and self._cites(self.text[start:end])

    def _finding_reaches(self, start: int, paragraph: _Paragraph) -> bool:
        """Whether a bare figure continues the last finding credited to a named source: later in the same paragraph,
        or in the list a finding's sentence introduced ("The survey found:"). Only outside reporting, where a guide
        sets out one study's figures in a row; a news story moves from source to source."""
        if self.finding is None or self.reporting:
            return False
        return start < self.finding_ends or (self.finding_lists and paragraph.role == "list")

    def _study_in_reach(self, start: int, paragraph: _Paragraph) -> tuple[str | None, str] | None:
        """The study or report whose results this part of the page sets out: the page's own study's results section,
        the finding still in reach, or the report the page opened by announcing."""
        if paragraph.study_result:
            return PUBLICATION, "organisation"
        return self.finding if self._finding_reaches(start, paragraph) else (
            self.page_report if self._report_in_reach() else None)

    def _report_in_reach(self) -> bool:
        """Whether a bare figure still sets out the report the page opened by announcing: in a guide, anywhere; in a
        news story, only until it credits someone else ("The mayor said ...": it has moved on from source to source)."""
        if self.page_report is None:
            return False
        last = self.state.last_source
        return not self.reporting or last is None or (last[0] or "").startswith(self.page_report[0] or "")

    def _only_figures_left_out(self, figures: list[dict], sentence: str, start: int) -> bool:
        """Whether each figure of a guide's or a review's sentence is one LABELING.md leaves out, each by its own test:
        a product's price or specification, a plan's unit, a threshold, a modifier ("an 8-week course"), all or
        nothing ("100% cotton"), a small count in words, "most" alone. "With a 57-degree twist, the mouse has two main
        clickers" holds a specification and a small count, and neither is a claim. A price on a page that quotes many
        is left out only with the rest of its sentence (only_quoted_prices): "repainting a 2,000-square-foot home might
        cost $5,000" is what things cost."""
        tests = (
            lambda one: numbers.only_specs(one, sentence, start, review=True),
            lambda one: numbers.only_discounts(one, sentence, start),
            lambda one: numbers.only_product_prices(one, sentence, start),
            lambda one: advice.only_own_list_counts(one, sentence),
            lambda one: advice.only_illustrations(one, sentence, start),
            numbers.only_plan_units,
            lambda one: numbers.only_career_years(one, sentence),
            lambda one: numbers.only_half_measures(one, sentence, start),
            lambda one: numbers.only_thresholds(one, sentence, start),
            lambda one: numbers.only_requirements(one, sentence, start),
            lambda one: numbers.only_coverage_limits(one, sentence, start),
            lambda one: numbers.only_sale_terms(one, sentence, start),
            lambda one: numbers.only_ages(one, sentence, start),
            lambda one: numbers.only_scopes(one, sentence, start),
            lambda one: numbers.only_in_labels(one, sentence, start),
            lambda one: numbers.only_modifiers(one, sentence, start),
            lambda one: numbers.only_wholes(one, sentence, start),
            lambda one: numbers.only_price_brackets(one, sentence, start),
            lambda one: numbers.only_item_prices(one, sentence, start),
            numbers.only_small_word_counts,
            lambda one: numbers.only_most(one, sentence, start) and not numbers.has_comparison(sentence),
        )
        return bool(figures) and all(any(test([figure]) for test in tests) for figure in figures)

    def _quotes_advice(self, start: int, end: int, quotes: list[attribution.QuoteSpan], figures: list[dict]) -> bool:
        """Whether the sentence quotes someone's advice ("“Buy the one with the best app,” says Nandakumar", "“For people
        over 65, I usually recommend 1.2 grams per kilogram”"): a view, not a claim (LABELING.md). Not where a figure
        stands outside the quotation ("Fifty-one percent say that “he should be impeached”": a poll's finding)."""
        inside = _quoted_parts(start, end, quotes)
        if any(not any(a <= f["start"] < b for a, b in inside) for f in figures):
            return False
        return any(advice.is_order(quoted) or _RECOMMENDS.search(quoted)
                   for quoted in (self.text[a:b].strip(" “”\"") for a, b in inside))

    @staticmethod
    def _nothing_checkable(sentence: str) -> bool:
        """A sentence inside a quotation that asserts nothing a reader could confirm: opinion, advice or a short aside."""
        words = len(sentence.split())
        return (levels.is_opinion(sentence) or advice.is_instruction(sentence) or words < QUOTE_CONTINUATION_MIN_WORDS
                or sentence.rstrip(" \"”’'").endswith(("?", "!")))

    def _opinion(self, sentence: str, start: int, end: int, quotes: list[attribution.QuoteSpan], attributed: bool,
                 numerical: bool, has_figures: bool, predicts: bool, source_text: str | None, source_kind: str,
                 titled: bool = False) -> bool:
        """Whether an attributed claim is opinion; levels.assess reads this only for attributed claims without figures.
        Outside reporting, a named person's or body's words with nothing to count are their view, unless what speaks
        is evidence (a document, a test). ``titled``: the sentence is a headline or a heading, whose present tense
        tells of events ("China deploys troops")."""
        if not attributed or has_figures:
            return False
        if not self.reporting and not numerical and source_kind in ("named", "organisation") \
                and not _EVIDENCE.search(source_text or ""):
            return True
        if self.reporting and ("that" in sentence or " and " in sentence) and _reports_a_fact_besides(sentence):
            return False  # "said the agreement contained exceptions for plant closures and that it would seek talks"
        return (predicts or levels.is_opinion(sentence)
                or (not numerical and self._characterises(start, end, quotes))
                or (not numerical and source_kind == "named" and not quotes and not titled
                    and _a_view_in_the_present(sentence))
                or (not _REPORTED_EVENT.search(sentence) and self._quotes_a_view(start, end, quotes)
                    # a transcript's turn is all quotation, and a debater's "Our exports have tripled" is their claim
                    # to check
                    and not (numerical and self.transcript and numbers.has_comparison(sentence))))

    def _quotes_a_view(self, start: int, end: int, quotes: list[attribution.QuoteSpan]) -> bool:
        """Whether the sentence is a quotation, or a quotation in its frame alone, that states no fact (_states_a_fact).
        A quotation longer than its frame is read as one sentence of a quote that may run on, where a few words are an
        aside; one shorter than its frame is a whole statement, however short ("“We lost the baby,” James Van Der Beek
        said on Instagram"), and a measure in it is checkable. (Reading short frames the second way too was measured
        worse: the news corpus's levels 4 worse, the dev probe rounds 2.)"""
        parts = _quoted_parts(start, end, quotes)
        inside = _inside_quote(start, end, quotes)
        framed = not inside and self._framed_quote(start, end, parts)
        if not (inside or framed):
            return False
        quoted = " ".join(self.text[a:b] for a, b in parts)
        if framed:
            return not _states_a_fact(quoted, min_words=1, reported=self.reporting) and not _MEASURE_WORD.search(quoted) \
                and not _A_COUPLE.search(quoted)  # "Now it takes a couple of clicks,” says ...: a measure told
        return not _states_a_fact(quoted, reported=self.reporting)

    def _framed_quote(self, start: int, end: int, parts: list[tuple[int, int]]) -> bool:
        """Whether the sentence, whose quoted spans are ``parts`` (_quoted_parts), is a quotation and its frame alone
        ("“We pray for the full recovery of both men,” said White House Press Secretary Stephanie Grisham"), however
        long the speaker's title."""
        if not parts or self.text[start:parts[0][0]].strip(_QUOTE_MARKS):
            return False  # the sentence opens outside the quotation: a paraphrase with quoted words
        outside = self.text[parts[-1][1]:end]
        return len(outside.split()) <= FRAME_MAX_WORDS and _FRAME_ONLY.match(outside.strip(" ,.;:")) is not None

    def _characterises(self, start: int, end: int, quotes: list[attribution.QuoteSpan]) -> bool:
        """Whether a reported sentence turns on words quoted inside the reporter's paraphrase ("said the figures were
        “a sleight of hand”", "said the market was “adjusting rather than collapsing”"): the speaker's
        characterisation, a view (LABELING.md: low), where a quoted sentence can state a fact. Such a quotation runs
        into the paraphrase: after a word, not after "said," or a colon, and opening in lower case. (A scare-quoted
        word or two, "“patched” the software", is no quotation here: quote_spans leaves it out.)"""
        if not self.reporting:
            return False
        parts = _quoted_parts(start, end, quotes) or [
            (q.start, q.end) for q in attribution.quote_spans(self.text, start, end, min_words=CHARACTERISATION_MIN_WORDS)
            if _CALLED.search(self.text, max(start, q.start - 40), q.start)]
        return bool(parts) and all(self._run_into_paraphrase(start, a, b) for a, b in parts) \
            and not _REPORTED_EVENT.search(self.text, start, end) \
            and len(REPORTING_WORDS.findall(self.text, start, end)) < 2  # "He said a colleague had told him": a relay

    def _run_into_paraphrase(self, start: int, a: int, b: int) -> bool:
        quoted = self.text[a:b].strip(_QUOTE_MARKS)
        before = self.text[start:a].rstrip(_QUOTE_MARKS)
        return bool(quoted) and quoted[0].islower() and bool(before) and before[-1].isalpha() \
            and len(quoted.split()) <= CHARACTERISATION_MAX_WORDS

    def _links_source(self, start: int, end: int, frames: list[attribution.Frame], source_text: str | None) -> bool:
        """Whether the article links the claim's primary source (LABELING.md: such a claim is low).

        A link to a topic, tag or profile page is navigation, not a source. For an attributed claim the link must
        sit on the source's name or the reporting frame ("according to X", "X said in a statement"), or cover most
        of the claim: a link on some other word points elsewhere. A bare assertion's link is its citation.
        """
        links = [link for link in self.links.within(start, end) if not NAVIGATION_HREF.search(link.href or "")]
        if not links or source_text is None:
            return bool(links)
        sentence = self.text[start:end]
        anchors = [(start + f.start, start + f.end) for f in frames if f.kind != "sourceless"]
        names = [source_text] + [p for f in frames for p in (f.phrase, f.inner_phrase) if p and f.kind != "sourceless"]
        for name in names:
            at = sentence.find(name)
            if at >= 0:
                anchors.append((start + at, start + at + len(name)))
        return any(link.end - link.start >= (end - start) / 2
                   or any(link.start < a_end and link.end > a_start for a_start, a_end in anchors) for link in links)

    def _a_thing_does(self, frame: attribution.Frame, sentence: str) -> bool:
        """Whether the frame is an unresolved "it" doing its verb itself ("it tells a story"): no one speaks."""
        return (frame.kind == "verb" and (frame.phrase or "").lower() == "it" and self.state.last_organisation is None
                and _THING_DOES_BEFORE.search(sentence, 0, frame.start) is not None
                and not _REPORTED_CONTENT_AFTER.match(sentence, frame.end)
                and sentence[frame.start:frame.end].lower() not in _SPEECH_ACTS)

    @staticmethod
    def _things_do(frame: attribution.Frame, sentence: str) -> bool:
        """Whether the frame is a "they" that stands for the sentence's own subject, a thing that cannot speak:
        "Rigorous programs tend to be more credible since they show that you put in the work"."""
        if frame.kind != "verb" or (frame.phrase or "").lower() != "they":
            return False
        subject = _THEY_AFTER_SUBJECT.match(sentence[:frame.start])
        return subject is not None and not is_source_phrase(subject.group("subject").lower())

    def _source(self, frames: list[attribution.Frame], sentence: str) -> tuple[str | None, str | None, bool]:
        """The claim's primary source: the inner one of a relay, else the weakest of the frames. A relay's outer speaker,
        where one speaker's report holds another's, is left in ``nested_relayer``."""
        self.nested_relayer = self.quote_speaker = None
        if not frames:
            return None, None, False
        credited: list[tuple[str | None, str]] = []
        spoken: list[tuple[attribution.Frame, tuple[str | None, str]]] = []  # each reporting verb's speaker
        second_hand = False
        first_named = min((f.start for f in frames if f.phrase and f.phrase.lower() not in PRONOUNS), default=None)
        frames = [f for f in frames if not ((f.phrase or "").lower() in _SAME_SPEAKER_PRONOUNS
                                            and first_named is not None and first_named < f.start)
                  and not self._a_thing_does(f, sentence) and not self._things_do(f, sentence)
                  and not _lay_group_wants(f, sentence)]
        if len(frames) > 1 and _tells_a_pronouns_words(frames[-1], sentence):
            # "..., he asked about X and said, '...,' the prosecutor's office said.": the office tells what he said
            frames = [f for f in frames if f is frames[-1] or not (f.kind == "verb" and (f.phrase or "").lower() in PRONOUNS)]
        if len(frames) > 1:  # "she acknowledged that prison authorities discovered ...": what they found is her account
            frames = [f for f in frames if not (f.kind == "verb" and _FINDING_VERB.fullmatch(sentence[f.start:f.end])
                                                and any(g.kind == "verb" and g.phrase and g.end <= f.start
                                                        and _REPORTED_THAT.search(sentence, g.end, f.start)
                                                        for g in frames))] or frames
        according = [f for f in frames if f.kind == "according" and f.phrase]
        if according:  # "Some investors worry that ..., according to two people familiar with ...": whoever holds the
            # view before "according to", it is that source's account (LABELING.md: "according to X" is credited to X)
            frames = [f for f in frames if not (f.kind == "verb" and f.end <= according[-1].start
                                                and _HELD_VIEW.fullmatch(sentence[f.start:f.end]))] or frames
        if len(frames) > 1:  # "..., telling us the customers underestimated it, which the customers deny": the denial
            frames = [f for f in frames if not (_DENIAL_VERB.fullmatch(sentence[f.start:f.end])
                                                and _DENIAL_OPENING.search(sentence[:f.start]))] or frames
        for frame in frames:
            if frame.kind == "second_hand":
                second_hand = True
                if frame.phrase:
                    credited.append(classify(frame.phrase, self.state))
                if frame.inner_phrase:
                    credited.append(classify(frame.inner_phrase, self.state))
            elif frame.kind == "sourceless":
                credited.append((frame.phrase, "vague"))
            elif frame.phrase:
                company = COMPANY_REFERENCE.fullmatch(frame.phrase) and opening_company(sentence, frame, self.state)
                if company:  # "Amazon employs 1.5 million people, the company said": Amazon, not the last one named
                    self.state.learn_organisation(company)
                credited.append(classify(frame.phrase, self.state))
                if credited[-1][1] == "named" and " " not in frame.phrase and f"{frame.phrase}, which " in sentence:
                    # "Hartmann, which employs about 64,000 people": "which", so a body, not a person called Hartmann
                    credited[-1] = (self.state.learn_organisation(frame.phrase), "organisation")
                if frame.kind == "verb":
                    spoken.append((frame, credited[-1]))
        if any(kind in ("named", "organisation") for _, kind in credited):
            # "According to Statista, the market is expected to grow": the expectation is Statista's; "According to
            # Strava, 65% of Gen Z users said": the users are its survey's answers, not a source of their own
            credited = [c for c in credited if not (c[1] == "vague" and _EXPECTATION.search(c[0] or ""))
                        and not (c[1] in ("anonymous", "vague") and SURVEY_ANSWER.match(c[0] or ""))
                        and not (c[1] in ("anonymous", "vague") and _FOOTAGE.fullmatch(c[0] or ""))
                        and not (c[1] == "vague" and _EVENTS_REPORTED.fullmatch(c[0] or ""))]
        hedging = [f for f in frames if f.kind == "sourceless" and _HEDGING_FRAME.fullmatch(f.phrase or "")]
        if hedging and (
                (any(kind in ("named", "organisation") for _, kind in credited) and any(f.kind == "according" for f in frames))
                or any(f.kind == "verb" and f.start > hedging[-1].end and not f.introduces_quote
                       and (f.phrase or "").lower() not in PRONOUNS and _closes_sentence(sentence, f) for f in frames)):
            # "Russia has reportedly lost 300 tanks, according to Oryx": the hedge is the claim's, its source is Oryx;
            # "officers reportedly located marijuana in the car, Harris said": Harris's (dev review news97)
            sourceless = {f.phrase for f in hedging}
            credited = [c for c in credited if not (c[1] == "vague" and c[0] in sourceless)] or credited
        if not credited:
            return None, None, False
        polled_by = attribution.told_by_share(sentence) or attribution.poll_owner(sentence)
        if polled_by and all(kind in ("anonymous", "vague") and SURVEY_ANSWER.match(text or "") for text, kind in credited):
            return self.state.learn_organisation(polled_by), "organisation", False  # "63% of users told HubSpot": its survey
        if not polled_by and len(credited) == 1 and credited[0][1] in ("anonymous", "vague") \
                and (answered := self.state.poll_in_view(credited[0][0] or "")):
            return answered, "organisation", False  # "And an overwhelming 70 percent of Americans say": the poll before's
        distinct = {(text or "").lower() for text, kind in credited if kind != "vague"}
        if len(distinct) > 1 and attribution.told_an_outlet(sentence):
            second_hand = True
        speakers = [(f, c) for f, c in spoken if c[0]]
        self.quote_speaker = speakers[-1][1] if speakers else None
        if not second_hand and len(speakers) == 2 and speakers[0][1][1] in ("named", "organisation") \
                and _a_person(*speakers[1][1]) and (speakers[1][1][0] or "").lower() != (speakers[0][1][0] or "").lower() \
                and (_REPORTED_THAT.search(sentence, speakers[0][0].end, speakers[1][0].start)
                     # "She said clinic staff in Dinsoor had told her that ...": the teller right after the verb
                     or (bool(speakers[1][0].phrase)
                         and sentence[speakers[0][0].end:].lstrip().startswith(speakers[1][0].phrase))) \
                and _TELLS_ON.match(sentence, speakers[1][0].end):
            # "Katrin Brandt told a German broadcaster that her brother had told her by phone that ...": the brother's
            # account, passed on by his sister
            self.nested_relayer = speakers[0][1][0]
            return speakers[1][1][0], speakers[1][1][1], True
        for intermediary in (attribution.outlet_told(sentence), attribution.relayed_by(sentence)):
            if intermediary and not attribution.is_own_outlet(intermediary, self.site) and any(
                    (text or "").lower().removeprefix("the ") != intermediary.lower() for text, _ in credited):
                second_hand = True  # someone else's words passed on, not "..., per Wyscout" alone
        text, kind = min(credited, key=lambda c: KIND_STRENGTH[c[1]])
        if kind == "named" and " " not in (text or "") and _FIRST_NAME_ONLY.search(sentence):
            kind = "anonymous"  # "said Olena, a nurse who gave only her first name": not someone a reader can find
        return text, kind, second_hand

    def _mark_unverifiable(self, scope: str | None, paragraph_start: int = 0, note_start: int = 0) -> None:
        """Raise the claims the article says cannot be verified: the attributed ones since the last such note, or the
        last one. "These claims" reach back to the last note; "those accounts", "the allegations" to the accounts
        told in their own paragraph before them, or else to the paragraph before. "Those reports" are the ones credited
        to reports ("Local media reported ... Authorities have not confirmed those reports" leaves the ministry's figures
        before them alone); "the figures", those with figures."""
        targets = [c for c in self.claims if c["start"] >= self.unverified_from and "attribution" in c["kinds"]]
        if scope == "reports":
            targets = [c for c in targets if "report" in (c["source"]["text"] or "").lower()] or targets[-1:]
        elif scope in ("figures", "numbers"):
            targets = [c for c in targets if c["figures"]] or targets[-1:]
        elif scope is None:
            targets = self.claims[-1:]
        elif scope not in WHOLE_STORY_SCOPES:
            # "Those accounts could not be independently verified": the accounts just given, not every figure the
            # story credited to a named agency before them; those told in its own paragraph, flagged or not, where
            # there are any ("Survivors interviewed by this newspaper described killings ... Those accounts could not
            # be independently verified": not the aid agency's count in the paragraph before)
            told_here = note_start > paragraph_start and attribution.REPORTING_VERB.search(
                self.text, paragraph_start, note_start)
            targets = ([c for c in targets if c["start"] >= paragraph_start] if told_here else
                       [c for c in targets if c["start"] >= self.previous_paragraph_start] or targets[-1:])
        for claim in targets:
            if levels.UNVERIFIABLE not in claim["reasons"]:
                claim["reasons"] = [levels.UNVERIFIABLE] + [r for r in claim["reasons"] if r not in (levels.OPINION,)]
                claim["level"] = "high"
        self.unverified_from = self.claims[-1]["end"] if self.claims else 0


# What an unverifiable note may say of everything since the last one ("None of these claims can be verified").
WHOLE_STORY_SCOPES = frozenset({"claims", "reports", "figures", "numbers"})


# Events counted "reported" with no reporter ("3,248 cases reported worldwide"): a named source in the same sentence
# ("According to WHO, there were ...") is the one who reports them.
_EVENTS_REPORTED = re.compile(r"(?:" + attribution.COUNTED_EVENTS + r")\sreported", re.IGNORECASE)
# "The OSCE's observers said they had found ...", "The ministry said it had counted ...": the pronoun of a frame
# inside what was said is the speaker of the frame before it, not someone the page named earlier.
_SAME_SPEAKER_PRONOUNS = frozenset({"they", "it"})
# A quotation blanked out (spaces), then the speaker's short phrase up to the verb: the closing credit of a sentence.
_QUOTE_BLANK_BEFORE = re.compile(r" {6,}\S+(?: \S+){0,6} ?$")


def _tells_a_pronouns_words(closing: attribution.Frame, sentence: str) -> bool:
    """Whether ``closing`` is a named speaker's credit that ends the sentence after a quotation: whoever the sentence's
    "he said" is, the words reach the article through that speaker ("..., the prosecutor's office said.")."""
    return (closing.kind == "verb" and bool(closing.phrase) and closing.phrase.lower() not in PRONOUNS
            and not sentence[closing.end:].strip(" .") and _QUOTE_BLANK_BEFORE.search(sentence, 0, closing.start) is not None)


# A speaker the article names by a first name or call sign only, at their request, stays unnamed (LABELING.md).
_FIRST_NAME_ONLY = re.compile(r"\b(?:only\s(?:by\s)?(?:(?:her|his|their)\s)?(?:first\sname|call\s?sign|nickname|nom\sde\sguerre)"
                              r"|(?:her|his|their|whose)\s(?:last\sname|surname|full\sname)\s(?:was\s|is\s|has\sbeen\s)?withheld"
                              r"|(?:withheld|withhold|not\sgive|not\sto\sgive|declined\sto\sgive)\s(?:her|his|their)"
                              r"\s(?:last\sname|surname|full\sname))", re.IGNORECASE)


# A sentence whose subject is the study the page described, or its researchers, tells what that study did or found.
_STUDY_SUBJECT = re.compile(r"((?:The|These)\s(?:study['’]s\s)?(?:researchers|authors|scientists|investigators|study|report"
                            r"|survey|analysis|review|trial))\s(?:then\s|also\s|first\s)?(?:[a-z]+ed|found|shows|includes"
                            r"|covers|tracks|uses|looks|finds|estimates|counts|compares|highlights|followed)\b")


# What follows a quotation when it is only its frame: a reporting verb and the speaker, before or after it, with their
# title ("said White House Press Secretary Stephanie Grisham", "the minister told reporters"), nothing more to report.
FRAME_MAX_WORDS = 16
_FRAME_ONLY = re.compile(r"^(?:(?:said|says|added|adds|told\s[\w\s]+?|wrote|writes|explained|recalled|noted)\s[^,;:]+"
                         # "..., a professor at ...", "..., senior fellow at ...", never "..., who confirmed that"
                         r"(?:,\s(?:(?:a|an|the)\s[^;:]+"
                         r"|(?:[a-z-]+\s){1,3}(?:at|of|for|with|in)\s(?:the\s)?(?:[a-z-]+\s)?[A-Z][^;:]*))?"
                         r"|[^,;:]+?\s(?:said|says|added|adds|told\s[\w\s]+?|wrote|writes|explained|recalled|noted)"
                         r"(?:\s(?:on|in|at)\s(?:a\s|an\s|the\s)?[\w-]+|\s(?:" + WEEKDAYS + r"|today|yesterday|earlier"
                         r"|later))?)$")

# A report's "that" between two speakers, and the inner report's own "that": one report holds the other ("Katrin
# Brandt told a German broadcaster that her brother had told her by phone that ...", not "Sondland said he had relayed
# ..., Morrison testified", whose outer speaker comes last).
_REPORTED_THAT = re.compile(r"\bthat\b")
_A_COUPLE = re.compile(r"\ba\scouple\sof\b", re.IGNORECASE)
# Verbs of finding out, not of saying: inside a speaker's "that" clause, who found something is part of the account.
_FINDING_VERB = re.compile(r"discovered|found|identified|documented|verified|tallied|concluded|determined|established")
_TELLS_ON = re.compile(r"(?:\s(?:her|him|them|me|us|reporters|friends|family))?(?:\s(?:by|on|over|in)\s[\w-]+)?\sthat\b")
# Kin and company a speaker may pass words on from ("her brother had told her by phone that ...").
_KIN = frozenset("brother sister mother father son daughter wife husband aunt uncle cousin friend partner colleague "
                 "neighbour neighbor".split())


def _describes_the_speaker(figure: dict, sentence: str, offset: int, frames: list[attribution.Frame]) -> bool:
    """Whether the figure is the rank or age a speaker is described by ("the 14th-ranked Schwartzman said", "the
    35-year-old Smith told"): part of who speaks, not a figure the sentence reports (the dev review news95)."""
    at = figure["start"] - offset
    return any(frame.phrase and COUNTED_MODIFIER.match(frame.phrase) and 0 <= (found := sentence.find(frame.phrase)) <= at
               < found + len(frame.phrase) for frame in frames)


def _a_person(text: str | None, kind: str) -> bool:
    """Whether a speaker is someone who can tell another something (not "geolocated footage" a body's report cites)."""
    people = re.sub(r"\s(?:in|at|from|of|on|near)\s.*$", "", text or " ")  # "clinic staff in Dinsoor": the staff
    head = (people.split() or [" "])[-1].lower()
    return kind == "named" or (kind == "anonymous" and (head in ANONYMOUS_HEADS or head in _KIN
                                                        or head in COLLECTIVE_PEOPLE))


# A quotation of at most this many words inside a paraphrase is the speaker's characterisation ("“lost control”").
CHARACTERISATION_MAX_WORDS = 8
_QUOTE_MARKS = " “”\"‘’'"


# A quoted sentence that tells of a dated or concrete event ("I boarded a flight on May 15", "All on board were killed")
# states something a reader could check: medium for a named speaker, where other quoted words are their view, low.
# (News corpus: level agreement 0.752 to 0.760; the web corpus's lines and the audit's tune pages unchanged.)
def _states_a_fact(sentence: str, min_words: int = QUOTE_CONTINUATION_MIN_WORDS, reported: bool = False) -> bool:
    """Whether a quoted sentence asserts something a reader could confirm or refute (LABELING.md: a checkable statement
    in a quotation is a claim at the speaker's level): a statement of fact in the past or present ("Nobody from the
    ministry has come here since", "We lost contact with two positions"), not a feeling, a view, a forecast, advice,
    a question or a short aside. In ``reported`` news, any deed told in the past tense too ("They raised their flag over
    a ruined shop for a photograph, and then they ran", "You chose to do nothing"): a witness's or an official's account
    of events."""
    body = sentence.strip(" “”\"‘’'")
    return (len(body.split()) >= min_words and not body.rstrip(" .,”\"’").endswith(("?", "!"))
            and (_FACT_VERB.search(body) is not None or (reported and _tells_a_deed(body)))
            and _NOT_A_FACT.search(body) is None and not advice.is_order(body))


def _tells_a_deed(body: str) -> bool:
    """Whether a quoted sentence tells of something someone did, in the past tense (_QUOTED_DEED): a capitalised doer
    must be a name, not a sentence's opening word ("Several", "From", "Her") or a nationality ("Russian occupied")."""
    return any(not deed.group("doer")[0].isupper() or deed.group("doer").lower() in _DOER_PRONOUNS
               or (deed.group("doer").lower() not in SENTENCE_WORDS and deed.group("doer").lower() not in DEMONYMS
                   and deed.group("doer").lower() not in _NOT_A_DOER)
               for deed in _QUOTED_DEED.finditer(body))


_DOER_PRONOUNS = frozenset("we you they he she".split())
_NOT_A_DOER = frozenset("""from in on at the this that these those when while if after before with for by as it once then
but and so some several most many all both our their his her its every each no nothing everything everyone nobody
somebody someone anyone one two three four five six seven eight nine ten""".split())


# A role a wire story's lede gives before the next paragraph names the person ("A California transit chief", "a senior
# police official").
_LEDE_ROLE = re.compile(r"(?i:an?)\s(?:[\w-]+\s){0,3}(?P<role>chief|spokes(?:man|woman|person)|commander|minister|governor"
                        r"|mayor|sheriff|prosecutor|director|official|officer|executive|president|chairman|chairwoman"
                        r"|leader|senator|judge)")

# A verb that states what happened or what is ("has come", "were brought", "lost", "is"), and what makes a quoted
# sentence a view or a forecast instead (a modal, a feeling, "I think").
_FACT_VERB = re.compile(r"\b(?:has|have|had)\s(?:not\s|already\s|just\s|now\s|been\s){0,2}(?:[a-z]{3,}(?:ed|en)|come|gone"
                        r"|done|put|set|cut|hit|run|left|lost|found|made|paid|kept|held|brought|bought|sent|spent|built"
                        r"|shown|seen)\b"
                        r"|\b(?:was|were|is|are)\s(?:already\s|now\s|being\s)?[a-z]{3,}ed\b"
                        r"|\b(?:lost|found|took|left|came|sent|gave|brought|fell|rose|died|fled|won|paid|spent|built|closed"
                        r"|opened|moved|arrested|refused|received|killed|destroyed)\b")
# A deed in the past tense, done by someone: a pronoun or a name, then a regular verb in -ed or an irregular verb of
# action ("then they ran", "You chose to do nothing", "Russia also failed to fulfil"), not a feeling ("We loved every
# minute"), an adjective ("cushioned lounge pits", "Several wounded soldiers") nor a state ("were completely debunked").
_QUOTED_DEED = re.compile(r"\b(?P<doer>[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[A-Z][a-z]+)\s(?:(?:then|also|just|never|all|even|later"
                          r"|already|[a-z]+ly)\s)?(?!(?:need|bas|us|interest|suppos|expect|concern|tir|pleas|excit|surpris"
                          r"|disappoint|committ|determin|scar|thrill|lov|hat|hop|want|lik|seem|wonder|wish|fear|worri|preferr"
                          r"|enjoy|miss|belov|occupi|talent|skill|ag|nam|term|dubb)ed\b)(?:[a-z]{2,}ed|went|came"
                          r"|took|left|lost|found|gave|began|saw|fought|met|paid|sent|spent|built|brought|bought|won|wrote|ran"
                          r"|rose|fell|fled|held|kept|led|sold|stood|struck|threw|chose|drove|flew|broke|stole)\b")
_NOT_A_FACT = re.compile(r"\b(?:will|would|could|might|may|should|must|can|cannot|can['’]t|won['’]t|wouldn['’]t|hope|wish"
                         r"|feel|felt|afraid|terrified|scared|proud|sad|angry|love|hate|believe|think|want|need"
                         r"|(?i:if|maybe|perhaps|probably)|seems?|looks?\slike|never|I|I['’]ve|I['’]m|my|me|concerned|worried"
                         r"|interested|excited|pleased|disappointed|surprised|shocked|committed|determined|convinced"
                         r"|expected|supposed|needed)\b")


def _a_view_in_the_present(sentence: str) -> bool:
    """Whether a named person's paraphrased words hold nothing a reader could check (LABELING.md: an opinion, an
    intention or a trend call is low): no figure, no comparison or measure, no event in the past tense ("Forbes says
    that using food as party table decor is trending", "Weiss says ... organic flowers steal the show"), where "He says
    the man died", "Webb admitted to threatening the girl" and "Andrew claims that he felt honor-bound" tell of events."""
    return not _states_a_fact(sentence) and not _MEASURE_WORD.search(sentence) and not _PAST_EVENT.search(sentence)


# What a paraphrase measures or reports as done ("more", "drier than", "the risk", "announced"); and a verb that tells of
# an event: in the past tense, a regular one not after "is" or "being" ("are being crafted" is a present description)
# or an irregular one, or an action going on. (Dev: the highlight audit's tune pages lose 11 opinions and trend calls
# judged low and 3 claims; the news corpus's level agreement 0.783 to 0.794.)
_MEASURE_WORD = re.compile(r"\b(?:more|less|fewer|most|least|best|worst|largest|biggest|highest|lowest|risks?|rates?"
                           r"|announced|acquired|acquisition|(?!rather\b|other\b)[a-z]{2,}er\sthan)\b", re.IGNORECASE)
# Not after a form of "be" ("are being crafted" describes); and words in -ed that are no past tense ("based", "speed").
_NOT_AFTER_BE = r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)"
_ED_NOT_PAST = (r"need|based|used|limited|related|interested|supposed|expected|concerned|hundred|indeed|speed|seed|feed"
                r"|proceed|exceed|succeed")
_PAST_EVENT = re.compile(_NOT_AFTER_BE + r"\b(?!(?:" + _ED_NOT_PAST + r"|unused|advanced|detailed|skilled)\b)[a-z]{2,}ed\b"
                         r"|\b(?:had|was|were|did|made|went|came|took|left|lost|found|gave|began|knew|saw|felt|fought"
                         r"|met|paid|sent|spent|built|brought|bought|won|wrote|ran|rose|fell|fled|held|kept|led|sold"
                         r"|stood|struck|threw|got|became|died|shot|hit|quit|(?:did|was|were|had)n['’]t)\b"
                         # an action going on ("Physicians are volunteering their time", "Big Machine is preventing
                         # her"), not a trend called ("is trending", "is making a major comeback")
                         r"|\b(?:is|are|was|were)\s(?!being\b|trending\b|making\sa\s(?:\w+\s)?comeback\b)"
                         r"(?:\w+ly\s)?[a-z]{3,}ing\b")

# A report that joins two things said ("said the agreement contained exceptions for plant closures and that it would
# seek talks", "said the raid had been “carefully planned” and that the gang had used a stolen Audi", "said it would
# fight the closure and accused management of breaking a 2022 agreement"): where one of them tells of something done, the
# sentence is checkable, whatever view or intention the other gives.
_JOINED_REPORT = re.compile(r"\b(?:and|but)\s(?:also\s)?that\b|,\s(?:adding|saying)\sthat\b|\band\s(?=(?:accused|blamed)\s)")
_REPORTED_CLAUSE = re.compile(r"\b(?:said|says|told(?:\s[\w-]+){1,3}?|stated|added|insisted|argued|noted|confirmed"
                              r"|explained)(?:\s(?:on\s[A-Z][a-z]+day|in\s[a-z]+\s[a-z]+))?\s(?:that\s)?")
# A deed in the past tense in a reported clause: a regular verb not after a form of "be" nor a determiner ("a stolen",
# "the planned"), or an irregular verb of action.
_CLAUSE_DEED = re.compile(_NOT_AFTER_BE + r"(?<!\bwas\s)(?<!\bwere\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"
                          r"\b(?!(?:" + _ED_NOT_PAST + r"|planned|alleged|so-called|called)\b)[a-z]{3,}ed\b"
                          r"|\b(?:had|has|have)\s(?:not\s|already\s|just\s)?(?:(?!been\b)[a-z]{3,}(?:ed|en)|lost|found|made"
                          r"|paid|sent|spent|built|brought|bought|left|kept|held|cut|hit|run|set)\b"
                          r"|\b(?:lost|found|took|left|came|went|sent|gave|brought|fell|rose|died|fled|won|paid|spent|built"
                          r"|broke|stole|sold|struck|threw|shot|began)\b")


_NO_QUOTE_MARKS = str.maketrans("", "", "“”\"")
_STATE_DESCRIBED = re.compile(r"\b(?:is|are|was|were|be|been|being)\s(?:\w+ly\s)+[a-z]+ed\b")


def _reports_a_fact_besides(sentence: str) -> bool:
    """Whether a report that joins two things said (_JOINED_REPORT) tells, in one of them, of something done: a clause
    with no view, wish or modal in it (levels.is_opinion, _NOT_A_FACT) and a deed in the past tense (_CLAUSE_DEED)."""
    joins = list(_JOINED_REPORT.finditer(sentence))
    if not joins:
        return False
    said = _REPORTED_CLAUSE.search(sentence, 0, joins[0].start())
    if said is None:
        return False
    bounds = [said.end(), *(j for join in joins for j in (join.start(), join.end())), len(sentence)]
    # "been “robbed”", "was deeply misguided": a state or a view, never a deed
    clauses = [_STATE_DESCRIBED.sub(" ", sentence[a:b].translate(_NO_QUOTE_MARKS))
               for a, b in zip(bounds[::2], bounds[1::2])]
    return any(len(clause.split()) >= 4 and not levels.is_opinion(clause) and _NOT_A_FACT.search(clause) is None
               and _CLAUSE_DEED.search(clause) is not None for clause in clauses)


_REPORTED_EVENT = re.compile(
    r"\b(?:(?:" + MONTH_NAMES + r")\s\d{1,2}\b"
    r"|on\s" + WEEKDAYS + r"|last\s(?:night|week|month|year)|yesterday"
    r"|(?:was|were|been)\s(?:caught|injured|wounded|shot|fired|charged|sentenced"
    r"|released|detained|evacuated|hit|damaged)"
    r"|killed|arrested|deported|boarded|destroyed|shot\sdown|captured|crashed|signed|paid|sold|filed|ruled|launched|struck"
    r"|(?<!\bI\s)(?<!\b[Ww]e\s)(?<![’']ve\s)(?<!\bhave\s)(?<!\bhas\s)discovered"  # not "I discovered Rust"
    r"|received)\b")


def detect_claims(article, site: str | None = None, passed_over: list[tuple[int, int]] | None = None) -> list[dict]:
    """Numerical and attribution claims in ``article`` (an extract.Article), in text order.

    ``site`` is the page's host ("bbc.co.uk"): a quote told to the page's own outlet is first-hand. ``passed_over``,
    when given, receives the spans of sentences of a reporting article that look checkable (a figure, a number word,
    a comparison or a reporting word) but that the rules did not flag: the model judges them too and may add them
    (llm/scoring.py). Guides and reviews get none: there the rules pass over advice and specs on purpose, and the
    model's additions were wrong more often than right (bench/claims_eval.py --split dev --model).
    """
    if not article.text:
        return []
    spans = _paragraph_spans(article)
    roles = article.roles if len(article.roles or []) == len(spans) else ["text"] * len(spans)
    detector = _Detector(article, site)
    claims = detector.run(spans, split_sentences(article.text), roles)
    if passed_over is not None:
        passed_over.extend(detector.passed_over)
    return claims



def _quoted_view(sentence: str) -> bool:
    """Whether the sentence quotes someone and reads as opinion (not a narrative "he would miss a match")."""
    return any(mark in sentence for mark in "“\"") and levels.is_opinion(sentence)


def _looks_checkable(sentence: str) -> bool:
    """Whether a sentence the rules passed over is worth the model's second look."""
    return CANDIDATE_MIN_WORDS <= len(sentence.split()) <= CANDIDATE_MAX_WORDS and (
        _DIGIT.search(sentence) is not None  # CHECKABLE_CUE's first alternative, found by the cheaper scan
        or (holds_any_case(sentence, _CHECKABLE_WORDS) and CHECKABLE_CUE.search(sentence) is not None))
