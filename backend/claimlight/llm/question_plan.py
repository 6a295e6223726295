"""A question plan per claim: its weak points, ranked, and one question for each, worded from what the pipeline knows.

The detector already knows why a claim is hard to verify (its reasons, the
source's kind, the hedges, the figures). The plan turns that into questions
a fact-checker would ask, aimed at the top weaknesses first and written in
the claim's own words: the figure with what it counts ("the 70 volunteers
from Japan", not "70"), the source as the claim names it. It never assumes
what is false: no "why is the source not named" for a named source, no "out
of what total" at all (durations, single counts and vague magnitudes made
that question absurd, and real totals are for the reader to look up), and
nothing the article already answers (a link to the original, a time given in
the claim). Each question says what would settle it (``look_for``).

Any model only rewords these questions; ``questions.py`` checks its wording
against the plan and keeps the plan's own when the check fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from ..detect import PAGE_TESTS, PUBLICATION, names_own_test
from ..detect.attribution import COURT_HEARINGS
from ..detect.hedges import names_a_charge
from ..detect.sources import (COLLECTIVE_PEOPLE, DEMONYMS, ORG_REFERENCES, PICTURE_NOUNS, RESPONDENTS, SOURCE_HEADS, TITLES,
                              company_spoken_for, is_organisation_phrase, without_possessive)
from ..detect.numbers import MOODS, UNITS, find_comparisons, in_label
from ..detect.patterns import MONTH_NAMES, WEEKDAYS
from .evidence import record_for_subject, reports_a_study, subject_of

# Ranked: the weakness a fact-checker goes after first comes first.
WEAKNESSES = ("vague_source", "anonymous_source", "second_hand", "unverifiable", "hedged", "no_source", "baseline",
              "counting", "self_interest", "original", "time_place")
FALLBACK = "confirmation"  # not a weakness: the question any claim can take when its weaknesses give fewer than two

MIN_PLANNED = 2
MAX_PLANNED = 3

# The plan's hints that name no particular place: where the claim's subject is plain, evidence.record_for_subject
# names the place instead (a clinical review, the statistics agency's series), and the hint's alternative stays beside it.
FIGURE_RECORD = "the report, record or data set the figure comes from"
CLAIM_RECORD = "the report or record it comes from"
ORIGINAL_REPORT = "the original report, with its author"
NAMED_CONFIRMATION = "a named source confirming it"
COMPARISON_SERIES = "the data series behind the comparison"
PUBLISHED_METHOD = "the published method or data"
FIRST_REPORT = "the first report of it, with its date"
FIRST_HAND_RECORD = ("first-hand data: the records of the body the claim is about, an official register, or the study "
                     "that measured it")
# Beside whoever could confirm what a source says of itself (_Writer._independent_check): other reporting of it.
OTHER_OUTLET = "another outlet with its own sources"
RECORD_DATE = "the date of that record"
STUDY_OR_DATA = "a published study or data set on the same question"
STUDY_COMPARISON = "the group the study compared it with, and how large the difference was"
PLACELESS_HINTS = frozenset({FIGURE_RECORD, CLAIM_RECORD, ORIGINAL_REPORT, NAMED_CONFIRMATION, COMPARISON_SERIES,
                             PUBLISHED_METHOD, FIRST_REPORT, FIRST_HAND_RECORD})

APPROXIMATE = re.compile(r"^(?:about|around|roughly|nearly|almost|over|more than|less than|fewer than|at least|up to"
                         r"|some|close to|an estimated|approximately)\s+", re.I)
DURATION_AFTER = re.compile(r"^[-\s]?(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|decades?|centur\w+)"
                            r"\b", re.I)
TEST_RUN = re.compile(r"\b(?:tests?|tested|testing|clocked|timed|recorded|measured)\b", re.I)  # what a test gave
MEASURED_TIME_AFTER = re.compile(r"^[-\s](second|minute|hour)s?\b", re.I)
VAGUE_MAGNITUDE = re.compile(r"^(?:a\s)?(?:few\s)?(?:dozens|hundreds|thousands|tens of thousands|hundreds of thousands|millions"
                             r"|billions|scores|the vast majority|the majority|majority|most|many|several|numerous|decades)\b", re.I)
CURRENCY = re.compile(r"[$£€¥₹]|\b(?:usd|gbp|eur|jpy|dollars?|pounds?|euros?|yen|rubles?|roubles?|yuan|rupees?)\b", re.I)
SHARE = re.compile(r"%|\bper ?cent\b|\bpercent\b|\bhalf\b|\bthirds?\b|\bquarters?\b|\bone in\b", re.I)
NOUN_STOP = {
    "a", "an", "the", "and", "or", "but", "nor", "are", "is", "was", "were", "be", "been", "being", "have", "has", "had",
    "will", "would", "could", "should", "may", "might", "can", "must", "who", "whom", "whose", "which", "that", "than",
    "to", "as", "at", "by", "for", "with", "on", "in", "from", "of", "per", "said", "say", "says", "since", "after",
    "before", "during", "last", "next", "this", "these", "those", "it", "its", "their", "his", "her", "they", "we", "he",
    "she", "more", "less", "between", "into", "over", "under", "while", "when", "where", "each", "every", "already",
    "also", "now", "then", "still", "just", "only", "early", "late", "ago", "away", "ahead", "later", "earlier", "across",
    "along", "alongside", "respectively", "apiece",
    "among", "including", "about", "around", "up", "down", "out", "off", "there", "here", "not", "no", "yet", "so", "if",
    "because", "although", "though", "all", "both", "cent", "percent", "a.m", "p.m", "times", "time", "in", "against",
    "do", "did", "does", "got", "get", "reportedly", "allegedly", "year", "years", "share", "took", "take", "make",
    "made", "went", "came", "face", "remain", "live", "work", "like", "what", "how", "why", "meant", "gave", "found",
    "saw", "left", "kept", "throughout", "within", "without", "via", "toward", "towards", "until", "unless",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
}
WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][A-Za-z'’]*(?:-[A-Za-z\d]+)*)")  # "GLP-1 launches", "well-known brands"
PROPER_RUN = re.compile(r"\b(?:[A-Z][\w'’.&-]*)(?:\s+(?:of\s+|de\s+|&\s+|(?:van|von)\s+(?:der\s+|den\s+)?|da\s+|di\s+"
                        r"|du\s+|bin\s+|ibn\s+)?[A-Z][\w'’.&-]*)*")  # "Pieter van Rooyen" whole
SENTENCE_START_WORDS = {"The", "A", "An", "In", "On", "But", "And", "He", "She", "It", "They", "We", "I", "This", "That",
                        "There", "As", "At", "After", "Before", "According", "If", "When", "While", "Mr", "Mrs", "Ms",
                        "Dr", "Yes", "No", "Now", "So", "However", "Meanwhile", "Earlier", "Even", "Among", "Going",
                        "With", "For", "Each", "Over", "Up", "Top", "From", "By", "Of", "To", "Then", "Still", "Also"}
VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|hasve|had|be|been|said|says|say|claims?|claimed|told|heard|expected|thought|shown"
                     r"|believed|reported|reportedly|allegedly|it|there|aim|reducing|done|appear|seems?|possibly|could|may"
                     r"|might|would|will)\b", re.I)
COURT_HEARD = re.compile(r"\b(?:" + "|".join(COURT_HEARINGS) + r")\s(?:also\s)?(?:heard|was\stold)\b", re.I)
# Documents that work a figure out: an unnamed one is still a document ("one estimate"), asked for as "the estimate".
_FIGURE_DOCUMENTS = r"calculation|estimate|projection|tally"
DOCUMENT_NOUNS = re.compile(r"\b(?:release|statement|document|memo|letter|filing|review|study|survey|video|footage|photo"
                            r"|image|paper|record|data|post|tweet|analysis|analyses|report|result|finding|evaluation"
                            r"|indictment|agreement|complaint|lawsuit|judgment|ruling|affidavit|transcript|list|"
                            + _FIGURE_DOCUMENTS + r")s?\b", re.I)
# A source that is one study or estimate among others ("a study", "one estimate"): asked about as "the study".
INDEFINITE_STUDY = re.compile(r"(?i)(?:a|an|one)\s(?:[\w-]+\s){0,3}?[\w-]*(?:study|survey|poll|report|analysis|trial|review|"
                              + _FIGURE_DOCUMENTS + r")\b")
# The publisher speaking of itself; not "our universe", "our bodies": all of us.
OWN_VOICE = re.compile(r"\b(?:we|We|we['’](?:ve|re)|(?:our|Our)(?!\s(?:universe|planet|world|bodies|body|brains?|health"
                       r"|species|society|lives|children|kids|country|nation|solar\ssystem|galaxy|ancestors|environment)\b))\b")
VAGUE_QUANTIFIERS = frozenset({"many", "some", "most", "others", "several", "a few"})
RESEARCH_WORDS = re.compile(r"\b(?:results|research|studies|evidence|findings|trials)\b", re.I)
# A firm that sells market research, named as such ("Expert Market Research", "Mordor Intelligence", "Fortune Business
# Insights"): what it publishes is a report, and its forecasts rest on data and assumptions, not on a sample of people.
RESEARCH_FIRM = re.compile(r"[A-Z]\w*\s(?:Market\s)?(?:Research|Intelligence|Insights|Analytics)$")
# A study, survey or poll behind the claim: how it counted (who, how many, asked what) is a weak point of its own,
# figure or not ("The survey showed that energy was the top benefit consumers wanted").
SURVEY = re.compile(r"\b(?:surveys?|surveyed|polls?|polled|respondents|responders|questionnaires?)\b", re.I)
# A body named for the study it does, not a study: "the Institute for the Study of War", "the Center for Strategic
# and International Studies".
BODY_NAMED_FOR_STUDY = re.compile(r"\b(?:Institute|Cent(?:er|re)|Council|Foundation|Society|School|Program(?:me)?)\s(?:for|of)"
                                  r"\s(?:the\s)?(?:[A-Z][\w-]*\s(?:and\s)?)*Stud(?:y|ies)\b")
# "research" in a job or a unit's name ("a research scientist", "Head of Research at ICICI", "a research brief") is
# no study the claim reports.
STUDY = re.compile(r"\b(?:(?<!\bto\s)stud(?:y|ies)|(?<!\bto\s)(?<!\b[Hh]ead\sof\s)(?<!\b[Dd]irector\sof\s)research"
                   r"(?!\s(?:scientists?|fellows?|directors?|assistants?|associates?|professors?|analysts?|group|institute"
                   r"|cent(?:er|re)|unit|lab|team|brief|and\sdevelopment|notes?|reports?\s(?:early|late|on|this|last)\b)\b)"
                   r"|(?:clinical|randomi[sz]ed|controlled|human|drug|vaccine)\strials?|experiments?|participants|meta-analys[ie]s)\b",
                   re.I)
REPORT_NOUNS = re.compile(r"\b(?:reports?|rumou?rs?|accounts?|media|claims?|stories|posts|stud(?:y|ies)|research"
                          r"|analys[ie]s|data|figures|statistics|estimates)$", re.I)
# The people behind a study the claim credits without naming a body ("The authors point out", "the researchers found").
STUDY_PEOPLE = re.compile(r"(?i)(?:the\s)?(?:study(?:['’]s)?\s)?(?:authors|researchers|scientists|investigators)")
# A speaker quoted in the present tense, the frame after the words ("..., Weiss says.", "..., says Prouty.", "“...,” he
# explains"): the page is the interview. Not a headline's "Zelensky says 16,000 ...", which reports a statement.
INTERVIEW_VERB = re.compile(r"[,”\"]\s(?:[\w.'’-]+\s){0,4}(?:says|explains|adds|notes|tells\s[\w.]+)\b(?:\s[\w.'’-]+){0,3}[.!]?[\"”]?$"
                            r"|[,”\"]\s(?:he|she)\s(?:says|explains|adds|notes)\b"
                            r"|^[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,2}:\s")  # a broadcast transcript's turn: "MARTINEZ-BELTRAN: ..."
# A speaker's own finding, in the first person ("we have identified", "we found them to be equal", "we've found").
OWN_FINDING = re.compile(r"\b(?:[Ww]e|[Oo]ur\steam)(?:\s(?:have\s|had\s|also\s)?|['’]ve\s)(?:found|identified|shown|showed"
                         r"|observed|demonstrated|discovered)\b")
# Words that put a finding in research: a study, its people or its work.
RESEARCH_CUE = re.compile(r"\b(?:stud(?:y|ies)|research\w*|scientists?|professor|trials?|paper|evaluat\w+|analy[sz]\w+"
                          r"|experiments?|data|lab|laboratory)\b", re.I)
# A study's sample ("117 persons with alcohol use disorder participated in a trial", "1,200 adults were enrolled"): the
# study's own report gives it; no one counted them in the field, at a time and place.
STUDY_SAMPLE = re.compile(r"\b(?:participated|took\spart|enrolled\sin|were\s(?:enrolled|recruited|randomi[sz]ed))\b", re.I)
# A body's advice ("the American Optometric Association recommends the 20-20-20 rule"): what stands behind it, not how
# its numbers were counted.
# not a product's "recommendation system", which is what is sold, not advice given
RECOMMENDATION = re.compile(r"\b(?:recommends?|recommended|recommendations?(?!\s+(?:systems?|engines?|algorithms?))|advises|"
                            r"advised|guidelines?)\b", re.I)
# What the publisher says of its own business ("we've recovered $50 million for clients", "our 2,000 cases"): the
# other side of each deal keeps records of it.
OWN_BUSINESS = re.compile(r"\b(?:clients?|customers?|cases|settlements?|verdicts?|revenue|sales|patients|orders)\b", re.I)
GRANT = re.compile(r"\b(?:grants?|grantees?|donations?|donated)\b", re.I)
# The writer's own rule of thumb ("In my experience, ... 90% of your debugging needs"): a guess, not a count.
EXPERIENCE = re.compile(r"\b(?:in\s(?:my|our)\s(?:own\s)?experience|I['’]ve\sfound|I\sfind|we['’]ve\sfound)\b", re.I)
RELAY = re.compile(r"(?:\b(?i:according to|via|citing|told|quoted by|reported by|in an interview with)|,\s(?i:per))\s+(?:the\s+)?"
                   r"((?:[A-Z][\w'’.&-]*)(?:\s+[A-Z][\w'’.&-]*)*)")
# An outlet named as the one that quoted the source: "the Japanese newspaper Mainichi quoted an unnamed source".
RELAY_BEFORE = re.compile(r"((?:[A-Z][\w'’.&-]*)(?:\s+[A-Z][\w'’.&-]*)*)\s+(?:quoted|cited)\s+(?:an?\s|the\s)?[a-z]")
# A state body or an armed force: a party to what it reports on.
STATE_OR_ARMED = (r"minist\w*|defen[cs]e|army|military|armed forces|government|kremlin|pentagon|police|forces|general staff"
                  r"|command|air force|navy|brigade|regiment|battalion|border guards?|security service|white house|embassy")
STAKE = re.compile(rf"\b(?:{STATE_OR_ARMED}|president|spokes\w*|party|campaign|company|officials?|commander|chief executive|ceo"
                   r"|mayor|governor|prime minister)\b", re.I)
# A side claiming a deed as its own ("The Afghan Taliban claimed responsibility for shooting down the helicopter"): it
# gains by the claim, and the other side's account or investigators' findings settle it (the dev review news80).
CLAIMED_RESPONSIBILITY = re.compile(r"\b(?:claim(?:ed|s|ing)?|took|takes|taken|taking)\s(?:full\s)?(?:responsibility|credit)\sfor\b",
                                    re.I)

CLAIMER_GAP_MAX = 16  # ", however, " between the side and its claim


def _claims_a_deed(source: str, text: str) -> bool:
    """Whether the source itself claims responsibility ("The Afghan Taliban, however, claimed responsibility"), not
    another side in the same sentence ("The US military says ... while the Taliban claim responsibility")."""
    claimed = CLAIMED_RESPONSIBILITY.search(text)
    at = text.lower().rfind(source.lower(), 0, claimed.start()) if claimed else -1
    return at >= 0 and claimed.start() - (at + len(source)) <= CLAIMER_GAP_MAX


# A person's account of what they did or saw ("he came under intense enemy fire", "I was not on the July 25 call"): those
# who were there or a record of it confirm it, where a researcher confirms an expert's general assertion.
_PAST_DEED = re.compile(r"\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)(?:\sand\s[^,.;]{1,60}?)?\s(?:\w+ly\s)?(?:was|were|had|did|went|came|left"
                        r"|flew|met|saw|told|lost|won|got|took|fought|felt|ran|paid|never|first|(?:have|has|had)\sbeen\s[a-z]+ed"
                        r"|(?!need)[a-z]{3,}ed)\b|\b(?:[Mm]y|[Oo]ur)\s\w+\s(?:had|did|was|were|[a-z]{3,}ed)\b|\b(?:was|were)\snot\b")
# What a speaker saw where they are (the dev review probenewsdev70 called "an independent researcher or a published
# study" a misfit for "Nobody from the ministry has come here since"): someone else who was there can confirm it.
_WITNESSED = re.compile(r"\b(?:[Nn]obody|[Nn]o\sone|[Nn]o-one)\s(?:from\s[^,.;]{1,40}\s)?(?:has|have|had)\s(?:\w+\s)?(?:come|been"
                        r"|visited|arrived|called|helped|turned\sup)\b|\b(?:I|[Ww]e)(?:['’]ve|\shave|\shad)\s(?:\w+ly\s)?(?:seen"
                        r"|watched|waited|heard|counted|buried|treated|lost)\b")
# What others did, as a witness tells it ("The fire service had already ordered the evacuation, and the police were going
# door to door": the dev review pnd90 called "a published study" a misfit for it).
_SEEN_DONE = re.compile(r"\b(?:had\s(?:already\s|just\s)?[a-z]{3,}(?:ed|en)|(?:was|were)\s[a-z]{3,}ing)\b")
# The article saying the source gave nothing behind the figure.
NO_DETAILS = re.compile(r"\b(?:did\snot|didn['’]t|would\snot|wouldn['’]t|declined\sto|refused\sto)\s(?:give|provide|offer"
                        r"|disclose|share|say)\s(?:any\s|further\s|more\s)?(?:details|specifics|figures?|a\sfigure|numbers?)\b"
                        r"|\bwithout\s(?:giving|providing|offering)\s(?:any\s)?(?:details|specifics|figures?|evidence)\b"
                        r"|\bgave\sno\s(?:details|specifics|figures?)\b")
SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|commander|minister|officials?|envoy|ambassador)\b", re.I)
# A state or a warring party, whose claims about a war or its own conduct a monitoring group tracks.
PARTY_AT_WAR = re.compile(rf"\b(?:{STATE_OR_ARMED}|militia|rebels?|taliban|hamas|hezbollah)\b", re.I)
FIGURED_SIDE = re.compile(r"\b(?:compared\s(?:with|to)|versus|vs\.?|against)\s(?:just\s|only\s|about\s|around\s|roughly\s"
                          r"|nearly\s|almost\s)?[$€£]?(?!(?:19|20)\d\d\b(?![%.,]\d))\d")  # not a year: "compared to 2023"
BOTH_ENDS = re.compile(r"\bfrom\s(?:about\s|around\s)?[$€£]?\d[\d.,]*\s?\S*\s(?:to|in)\s(?:about\s|around\s)?[$€£]?\d")
# A maker's own figures for what it makes ("VW says 0-60 mph could arrive in 5.0 seconds", "151 PS, which Nissan claims
# is a 20% improvement"): a one-word brand speaking of performance.
# A body on what it has just brought out ("Nissan said that the new 2.0-liter will deliver better fuel efficiency"): it
# sells what it praises, and independent tests settle it (the dev review news80).
ITS_NEW_THING = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s(?:all-)?new\s[\w.-]+\s(?:will|would|can|could|should|is|are|delivers?"
                           r"|offers?|provides?|improves?|gets?)\b")
PRODUCT_FIGURES = re.compile(r"\b(?:mph|km/h|hp|bhp|PS|Nm|kW|kWh|horsepower|torque|0-60|top\sspeed|mpg|miles\sper\sgallon"
                             r"|battery\slife)\b")
TIME_OR_PLACE = re.compile(r"\b(?:\d{4}|(?i:" + MONTH_NAMES + "|" + WEEKDAYS + r"|today|yesterday"
                           r"|tonight|week|month|year|since|last|this morning|so far|to date)|(?:in|at|near) [A-Z]\w+)\b")
MONTHS_AND_DAYS = re.compile(r"^(?:" + MONTH_NAMES + "|" + WEEKDAYS +
                             r"|Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$")
ORDINAL = re.compile(r"^(?:an?\s)?(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)
# A figure a law sets: a penalty a defendant faces or a legal mandate ("faces a maximum of 10 years in prison and up to
# a $250,000 fine", "a law mandating that 2 percent of corporate profits go toward charity"), not a count or an estimate;
# not any figure "under the law" ("Under the new law, 40,000 migrants were deported" is a count).
SET_BY_LAW = re.compile(r"\b(?:faces?|facing|carr(?:y|ies)|punishable\sby)\s(?:a\s)?(?:maximum|minimum|max\b|up\sto)"
                        r"|\b(?:maximum|minimum)\s(?:penalty|sentence|fine)\b|\blaws?\s(?:mandat|requir)\w*"
                        r"|\b(?:mandated|required)\sby\slaw\b", re.I)
SET_BY_COURT = re.compile(r"\b(?:in\slieu\sof|on|posted|set|held\son)\s[$€£][\d,.]+\s(?:cash\s)?(?:bond|bail)\b"
                          r"|\b(?:bond|bail)\s(?:was\s|is\s)?set\sat\b", re.I)
# A sum a rule sets, named as such: "entitled to compensation of up to €600 under EU rules".
UNDER_RULES = re.compile(r"\bunder\s(?:the\s|its\s|their\s)?(?P<rules>(?:(?:EU|UK|US|EU['’]s|federal|state|new|current)\s)*"
                         r"(?:rules|regulations))\b")
PENALTY = re.compile(r"\b(?:prison|jail|years?\sbehind\sbars|fine|fined|sentence|penalty)\b", re.I)
# A limit a platform or a company sets ("the character limit for premium users rose to 10,000 words"): its own
# announcement settles it, not a count.
POLICY_LIMIT = re.compile(r"\b(?:character|word|upload|file[\s-]size|storage|message|post|daily|monthly|weekly|usage"
                          r"|spending|withdrawal|transfer|deposit)\s(?:limits?|caps?|allowances?|quotas?|maximums?)\b", re.I)
# A list of capitalised modifiers before a plural noun ("Hindu, Buddhist and Taoist communities").
MODIFIER_LIST = re.compile(r"\b[A-Z][\w/-]*(?:,\s[A-Z][\w/-]*)+,?\s(?:and|or)\s[A-Z][\w/-]*\s[a-z]+s\b")
NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|can|i)\b|(?:German|French|Dutch|Greek|Thai|Swiss|Welsh|Czech|Slovak"
                         r"|Slovene|Serb|Croat|Turk|Kazakh|Uzbek|Muslim|Christian|Jewish|Hindu|Buddhist|Catholic|Sikh"
                         r"|Arab|Kurdish|Latino|Hispanic|Asian|Black|White)\b")
YEAR_RANGE = re.compile(r"(?:from\s)?(?:19|20)\d\d\s?(?:to|-|–|and|through)\s?(?:19|20)?\d\d", re.I)
NEWS_OUTLET = re.compile(r"\b(?:Reuters|AP|AFP|Bloomberg|BBC|CNN|NBC|CBS|ABC|Fox News|TASS|RIA|Interfax|Xinhua|Mainichi"
                         r"|Kyodo|Yonhap|NHK|Al[- ]Jazeera|Politico|Axios|Times|Post|Journal(?!\s+of)|News|Reporter|Wrap|Deadline"
                         r"|Guardian|Telegraph|Tribune|Herald|Gazette|Daily|Variety|Wire|Press|Insider|Leader|Mail|Express"
                         r"|Observer|Chronicle|Examiner|Inquirer|Mirror|Courier|Dispatch|Pravda|Izvestia|Kommersant)\b")
# The speaker's own doing: "Thanks to my tariffs, we're taking in", "Andrew claims that he felt honor-bound".
SPEAKS_OF_ITSELF = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Ww]e|I)\b|\b(?:claims?|claimed|insists?|insisted|says?|said)\s(?:that\s)?(?:he|she)\s"
                              r"(?!was\stold|had\sbeen\stold|heard)")
# How many things the page itself bought or tested: "we purchased 13 top toothbrushes", "I tested over 40 mice".
OWN_SAMPLE = re.compile(r"\b(?:[Ww]e|I)(?:\s(?:have\s|\w+ly\s)?|['’]ve\s)(?:purchased|bought|tested|tried|reviewed|evaluated"
                        r"|compared|examined|ordered|analy[sz]ed|researched|assessed)\s"
                        r"(?:more\sthan\s|over\s|nearly\s|about\s|around\s|almost\s)?(?:\d+|dozens|hundreds"
                        r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\b")
# The publisher's own credentials, its effort or experience put as a figure ("Our experts spent hundreds of hours
# reviewing", "We logged more than 15 training hours per week", "the team's over 100 years of combined experience",
# "We've been covering PCs since 1983"): it vouches for itself; what bears it out is who the testers are and what the
# page shows of their work, and what the publisher earns from its picks, not a count to audit.
CREDENTIAL = re.compile(r"\b(?:spent|spend|logged|log|put\sin)\s(?:well\s)?(?P<effort>(?:more\sthan\s|over\s|about\s|nearly\s"
                        r"|roughly\s|almost\s|around\s)?(?:a\scombined\s)?(?:\d[\d,]*\+?|hundreds|thousands|dozens|countless)\s"
                        r"(?:of\s)?(?:[\w-]+\s)?(?:hours|nights|days|weeks|months|years|miles))\b"
                        r"|\b(?P<experience>(?:\d[\d,]*\+?|hundreds|dozens|decades)\s(?:of\s)?(?:years|decades)\sof\s(?:combined\s)?"
                        r"(?:[\w-]+\s){0,4}(?:experience|expertise))\b"
                        r"|(?:\b(?:have|has)|['’]ve)\sbeen\s(?:covering|testing|reviewing|writing\sabout)\b.*\bsince\s(?:19|20)\d\d\b"
                        r"|\b(?:read(?:ing)?|comb(?:ed|ing)|sift(?:ed|ing)|scour(?:ed|ing))\s(?:through\s)?(?:more\sthan\s|over\s)?"
                        r"(?P<reading>(?:\d[\d,]*\+?|hundreds|thousands|dozens)\s(?:of\s)?(?:[\w-]+\s)?(?:reviews|ratings|comments"
                        r"|studies|articles|posts))\b"
                        r"|\bput\s(?:more\sthan\s|over\s)?(?:\d[\d,]*\+?|hundreds|thousands|dozens)\s(?:of\s)?[\w-]+\s(?:to\sthe\stest"
                        r"|through\s(?:their|its)\spaces)\b", re.I)
CUSTOMER_REVIEWS = re.compile(r"\b(?:customer|client)\s(?:reviews|ratings|feedback)\b", re.I)  # what a reviewer reads
# A team named as the page's own ("The CleverHiker team has spent more than 2,000 nights ...").
OWN_TEAM = re.compile(r"^The\s(?:[A-Z][\w'’-]*\s){1,3}(?:team|editors|testers|experts|staff)\b")
# The publisher's people by their role ("Our experts", "Our backcountry experts", "Our research team").
OWN_PEOPLE = re.compile(r"\b[Oo]ur\s(?:[\w-]+\s)?(?P<people>experts|team|testers|reviewers|editors|staff|writers)\b")
# An agency's or a consultant's result for a client, as its portfolio lists it ("Helped Freddie Hill achieve a 120%
# increase in conversion rates", "Boosted FXGT's organic traffic by 40% within six months", "Achieved 830K users for an
# online casino"): the agency vouches for itself, and the client is who could bear it out.
CLIENT_RESULT = re.compile(r"^(?:•\s*)?(?:Helped|Achieved|Drove|Raised|Generated|Increased|Boosted|Grew|Delivered|Secured"
                           r"|Scaled)\s(?!by\b)")
NAMED_CLIENT = re.compile(r"\bfor\s(?P<after>[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3})\s*\.?$"
                          r"|^(?:•\s*)?(?:Helped|Boosted)\s(?P<before>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})(?:['’]s\b|\s(?![A-Z]))")
# A maker's promise of what its customers gain ("Ecobee reports that its users save up to 26%", "Nest claims that users
# save an average of 10-12%"): the maker vouches for its own product.
PROMISED_GAIN = re.compile(r"\b(?:users|customers|clients|owners|subscribers|members)\s"
                           r"(?:can\s|could\s|will\s|would\s|typically\s|often\s)?(?:save|saves|saved|earn|earned|gain"
                           r"|gained|boost|boosted|cut\s(?:their|costs|bills))\b", re.I)
SCORE = re.compile(r"^\d+-\d+(?:-\d+)?$")
SCORE_PHRASE = re.compile(r"^the (?:\d+-\d+(?: \(\d+\))?, )*\d+-\d+(?:-\d+)?(?: \(\d+\))?(?:, \d+-\d+(?: \(\d+\))?)*"
                          r" (?:score|record)$")  # how read_figure names a score
# Words of a game, where "6-4" is a score and "(9-1)" a season's record (not "Class Size: 110-150", "600-500 BCE").
SPORT = re.compile(r"(?i)\b(?:beat|beats|beating|defeat(?:s|ed|ing)?|won|win|wins|lost|drew|edged|topped|rout(?:ed)?|victory|skid|streak"
                   r"|clinched|goals?|match(?:es)?|games?|innings?|playoffs?|league|season|cup|doubles|singles"
                   r"|play(?:s|ed|ing)?)\b")
VOTE_BEFORE = re.compile(r"(?i)\b(?:voted|ruled|split)\s$")  # "The council voted 7-2", "The court ruled 6-3"
VOTE_AFTER = re.compile(r"(?i)\s(?:vote|ruling|decision|verdict|majority)\b")  # "a 6-3 ruling"
RECORD_BEFORE = re.compile(r"\((?:\d+-\d+(?:-\d+)?,\s)?$")  # "The Gophers (9-1, 6-1)": a record, overall and in conference
# The article working a figure out from its own ("That would be roughly 1% to 2% of the yearly total implied by the viral
# post", dev review pnd100): checked by doing the sum again, not by finding who gave it.
OWN_ARITHMETIC = re.compile(r"\W*(?:That|This|Which)\s(?:would\s(?:be|mean|amount\sto|work\sout\sat)|works\sout\s(?:at|to)"
                            r"|amounts\sto|equals|comes\sto)\s")
# A player's figures in a game or a season, and the summary line that gives them ("Heritage (1-0): Armani Sheffield 19
# points and 3 steals").
STAT_AFTER = re.compile(r"\b(?:points|rebounds|assists|steals|blocks|goals|saves|tackles|sacks|yards|touchdowns"
                        r"|interceptions|snaps|carries|receptions|strikeouts|wickets|aces)$")
LINEUP = re.compile(r"[A-Z][\w .'’-]{1,40}\s\(\d+-\d+(?:-\d+)?\):|[A-Z][\w.'’ -]{1,30}\s\d+,\s[A-Z][\w.'’ -]{1,30}\s\d+:"
                    r"|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}\s\d+\s(?:goals?|points|assists|rebounds)\b")
MARKET_POINTS = re.compile(r"(?i)\b(?:basis\spoints|Dow|Nasdaq|FTSE|S&P|index|indices|shares|stocks?|rates?|polls?)\b")
GAME = re.compile(r"(?i)\b(?:game|games|season|match|playoffs|innings|streak|on\sdefen[cs]e|on\soffen[cs]e)\b")  # not an
# election "won by 30 points", nor an index that "fell 102.2 points"
SETS_BEFORE = re.compile(r"(?:\d+-\d+(?:\s\(\d+\))?,\s)+$")
SETS_AFTER = re.compile(r"(?:\s\(\d+\))?(?:,\s\d+-\d+(?:\s\(\d+\))?)*")
# "your lower back", "higher education", "the highest standard of care": the word names a thing, it compares nothing.
# "every parent's worst nightmare", "a lower respiratory tract infection": an idiom or a part of the body
NOT_COMPARED_AFTER = re.compile(r"\s(?:back|body|limbs?|education|ed|court|ground|standards?|nightmares?|friends?|enemy|fan"
                                r"|respiratory|short|asleep|ill|silent|apart|victim|prey)\b")
MOST_OF_A_KIND = re.compile(r"most\s\w+ing", re.I)  # "most averaging", "most remodeling budgets": a share
# "most avoid it", "most users", "most other scooters": a share of a group, compared with nothing ("most famous",
# "most difficult" are superlatives, measured against the rest).
MOST_OF_A_GROUP = re.compile(r"most\s(?:\w+(?<!ou)s|people|other|avoid|agree)\b", re.I)
# The other side of a comparison, named in the claim: "than the car dealer", "compared with just 40% of 18-24s",
# "versus last year". Not "than ever", "than before", "than usual": those name no baseline anyone can look up; nor
# "more than 10 million", a figure's hedge.
COMPARAND_NAMED = re.compile(r"\b(?:(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)than|(?:(?<=\bmore\s)|(?<=\bless\s)|(?<=\bfewer\s))"
                             r"than(?!\s[$€£]?\d)|compared\s(?:with|to)|versus|vs\.?|relative\sto)\s(?!(?:ever|before|usual|normal|expected"
                             r"|average|most|many|others|other|previously|anticipated|thought|we\sthought)\b)\S", re.I)
# "an excellent placement record", "a proven track record", "a criminal record": a history, not a record high.
NOT_A_RECORD_HIGH = "".join(rf"(?<!\b{word}\s)" for word in (
    "placement", "track", "safety", "criminal", "voting", "service", "medical", "public", "court", "police", "academic",
    "proven", "health", "credit", "employment", "attendance", "financial", "dental", "written", "permanent")) + "".join(
    rf"(?<!\b{word}\sthe\s)" for word in ("into", "on", "off", "for"))  # "read into the record" (the dev review news97)
TREND = re.compile(r"\b(?:doubled|tripled|halved|multiplied|(?<!\bto\s)" + NOT_A_RECORD_HIGH
                   + r"record|highest|lowest|largest|biggest|smallest|fewest"
                   r"|first time|rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|surged|soared|reduced"
                   r"|lower|higher|cheaper|faster|plunged|jumped|slumped|more than ever|declined|worst)\b(?! of\b)(?![-‐]\w)"
                   r"(?!" + NOT_COMPARED_AFTER.pattern + ")"
                   r"(?:[ \t]+(?!(?:to|your|the|a|an|and|or|of|in|at|than|by|for|with|that|which|is|are|after|before|as"
                   r"|when|while|since|despite|amid|following|because)\b)[A-Za-z'’&-]+){0,2}", re.I)
COUNTED_BY_SOMEONE = re.compile(
    r"^(?:people|persons|troops|soldiers|volunteers|refugees|deaths|dead|civilians|workers|cases|migrants|protesters"
    r"|demonstrators|fighters|mercenaries|foreigners|victims|casualties|homes|houses|buildings|jobs|patients|students"
    r"|teachers|officers|children|men|women|residents|voters|members|employees|staff|prisoners|detainees|tanks"
    r"|aircraft|missiles|drones|vehicles|attacks|strikes|arrests|infections|injuries|wounded|recruits|fans|visitors"
    r"|users|customers|police|personnel|families|households|animals|birds|trees"
    r"|(?-i:[A-Z][a-z]+(?:ans|is|ese)))$", re.I)  # a people counted: "40,000 Palestinians", "300 Israelis"
PRONOUNS = {"they", "he", "she", "we", "it", "i", "you", "them", "him", "her", "us"}
NOT_A_SUBJECT = NOUN_STOP | PRONOUNS | {"their", "these", "those", "his", "its", "our", "my", "your", "another", "some",
                                        "many", "most", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                        "nine", "ten", "several", "such", "other"}
# The document an unnamed or vague source spoke through: "said in an email", "were told in a company email",
# "according to evidence presented at trial".
DOCUMENT_MEDIUM = re.compile(r"\b(?:in|through|via)\s(?:an?|the|its|their)\s(?P<document>(?:[\w-]+\s)?(?:statement|email"
                             r"|e-mail|letter|filing|court\sfiling|memo|post|tweet|press\srelease|video|interview\stranscript"
                             r"|assessment|update|briefing|bulletin"
                             r"|research\s(?:note|report)|note(?=\sto\s(?:clients|investors))))(?![\w-])"
                             r"|\b(?P<document2>evidence)\spresented\b", re.IGNORECASE)
# A named body's words by where they were given: "according to a statement from the prime minister's office".
STATEMENT_ACCORDING = re.compile(r"\baccording\sto\s(?:an?|the|its|their)\s(?:[\w-]+\s)?(?P<document>statement|press\srelease"
                                 r"|filing|letter|memo)\s(?:from|by|of)\s", re.IGNORECASE)
# A platform a speaker posted on: "said on Telegram", "wrote on X", "posted on his Facebook page".
PLATFORM = re.compile(r"Telegram|Twitter|X|Facebook|Instagram|TikTok|YouTube|Truth\sSocial|Weibo|VKontakte|LinkedIn|Bluesky")
SAID_ON_PLATFORM = re.compile(r"\b(?:said|says|wrote|writes|posted|posts|announced|claimed|reported|added|stated)\s(?:\w+\s){0,3}?"
                              r"(?:on|via)\s(?:(?:his|her|their|its|the)\s)?(?P<platform>" + PLATFORM.pattern + r")\b")


def said_through(text: str) -> str | None:
    """Where a named speaker's words were given, as a question names it: "post on Telegram", "statement", "email"."""
    posted = SAID_ON_PLATFORM.search(text)
    if posted:
        return f"post on {posted.group('platform')}"
    medium = DOCUMENT_MEDIUM.search(text) or STATEMENT_ACCORDING.search(text)
    if not medium or not medium.group("document"):
        return None
    *modifier, noun = medium.group("document").split()
    on = re.match(r"\son\s(?:its\s|his\s|her\s|their\s)?(" + PLATFORM.pattern + r")\b", text[medium.end():])
    # "Facebook post", "statement on Telegram"; not "joint statement"
    return " ".join([*(m for m in modifier if m[:1].isupper()), noun.lower()]) + (f" on {on.group(1)}" if on else "")


# A document a bare claim rests on, named in it: "an October 11 presentation to bondholders", "the journal Nature".
NAMED_DOCUMENT = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s(?P<document>(?:(?!(?:for|of|to|in|on|by|with)\s)[\w-]+\s){0,2}?"
                            r"(?:presentation|court\sfiling|memo|letter|report"
                            r"|indictment|complaint|lawsuit|journal|paper|ruling|transcript)"
                            r"(?:\s(?:to|by|from|of)\s(?:the\s)?[\w-]+(?:\s[A-Z][\w-]*){0,4}"
                            r"|\s[A-Z][\w-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w-]*){0,5})?)\b")
# An official act a bare claim reports leaves a record a checker asks to see: the charge, the deal's announcement, the
# ruling ("Two officers were charged Tuesday with falsifying records", "Coty acquired a 51% stake ... a deal announced").
# Charged with something, not a battery charged.
OFFICIAL_ACT = re.compile(r"\b(?:(?P<charge>charged(?=(?:\s[\w,]+){0,4}?\s(?:with|over)\s|\sin\sconnection\b)|indicted|arrested)"
                          r"|(?P<suit>sued|filed\s(?:a\s)?(?:lawsuit|suit|complaint))"
                          r"|(?P<ruling>ruled|sentenced|convicted|acquitted)|(?P<deal>acquired|finali[sz]ed\sa\sdeal"
                          r"|agreed\sto\s(?:buy|acquire|sell|pay)|a\sdeal\sannounced)|(?P<vote>voted|passed\sa\sbill)|(?P<approval>approved))\b")
# "approved by the FDA for up to 12 weeks" is a regulator's decision, not a vote (dev review tune62ab)
ACT_RECORDS = {"charge": "charging documents", "suit": "court filing", "ruling": "court record", "deal": "deal announcement",
               "vote": "official record of the vote", "approval": "official approval record"}
MODAL_HEDGES = {"could", "might", "may have", "may be"}


@dataclass(frozen=True)
class FigureReading:
    """What a figure counts, as the claim words it."""

    text: str
    kind: str    # count (people, casualties: someone counted them) | tally | money | share | measure | vague | duration | single
    phrase: str  # "the 70 volunteers from Japan", "the $5.9 million figure", "'thousands of people'"


@dataclass(frozen=True)
class PlannedQuestion:
    weakness: str
    text: str
    look_for: tuple[str, ...]
    keep: tuple[str, ...]  # words any rewording must keep (the figure, the source), so it stays aimed and specific


@dataclass(frozen=True)
class QuestionPlan:
    weaknesses: tuple[str, ...]
    figures: tuple[FigureReading, ...]
    source: str | None       # the source as it can be written in a question, or None when the detector's text is unusable
    source_kind: str
    relayed_by: str | None
    stated: frozenset[str]   # what the article already answers: "link", "time"
    questions: tuple[PlannedQuestion, ...]


def _words_after(text: str, at: int) -> list[str]:
    """The words right after ``at`` that run on without punctuation."""
    words = []
    while True:
        match = WORD_AFTER.match(text, at)
        if not match:
            return words
        words.append(match.group(1))
        at = match.end()


# Verbs that end like plurals after a mass noun ("most of the methane comes from cows").
VERBS_ENDING_IN_S = frozenset("""comes goes makes takes gets does remains seems looks needs happens includes involves
means depends tends uses works runs helps lets feels stays falls rises grows leaks flows lives employs operates owns
serves sells produces provides""".split())  # "has operating businesses in 18 countries and employs around 1,300 people"


# Those of them that are never a plural noun ("the publication comes with"; "works", "uses" may be: "musical works").
ONLY_VERBS_ENDING_IN_S = VERBS_ENDING_IN_S - frozenset(
    "means uses works runs helps falls rises grows leaks flows lives".split())


IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women"})


def _plural(word: str) -> bool:
    """"adults", "companies", "people"; not "business", "status", "analysis"."""
    lower = word.lower()
    return lower in IRREGULAR_PLURALS or (len(lower) > 3 and lower.endswith("s") and word[:1].islower()
                                          and not lower.endswith(("ss", "us", "is", "'s", "’s")))


_UNIT_ABBREVIATION = re.compile(r"[A-Z]{2,4}")  # "20.6 MPH and accelerates": a unit ends what is counted


def _counted_noun(after: list[str]) -> list[str]:
    """The noun phrase a number counts: "volunteers from Japan", "maintenance and cleaning workers"."""
    noun: list[str] = []
    i = 0
    # four words, or seven once a conjunction joins two nouns ("compost services and community gardens")
    while i < len(after) and len(noun) < (7 if "and" in noun or "or" in noun else 4):
        word, lower = after[i], after[i].lower()
        verb_after = i + 2 < len(after) and after[i + 2].lower() in ("a", "an", "the", "its", "their", "his", "her")
        if lower in ("and", "or") and noun and not verb_after and not _UNIT_ABBREVIATION.fullmatch(noun[-1]) and any(
                w.lower().endswith("s") and w.lower() not in NOUN_STOP for w in after[i + 1:i + 3]):
            # "maintenance and cleaning workers", not "publications and boasts a reputation": a verb and its object
            noun.append(word)
        elif lower in NOUN_STOP or (noun and (lower.endswith(("ed", "ly")) or lower in ONLY_VERBS_ENDING_IN_S
                                               or (lower.endswith("ing") and noun[-1].endswith("s"))
                                               or _plural(noun[-1]))):
            break  # "broadcasters possibly negotiate", "adults practices yoga": an adverb or a verb ends what is counted
        else:
            noun.append(word)
        i += 1
    if noun and noun[-1].lower() in ("and", "or"):
        noun.pop()
    if noun and i + 1 < len(after) and after[i].lower() in ("from", "in", "of") and after[i + 1][:1].isupper():
        place = [after[i + 1]] + ([after[i + 2]] if i + 2 < len(after) and after[i + 2][:1].isupper() else [])
        rest = after[i + 1 + len(place):i + 3 + len(place)]
        if len(rest) == 2 and rest[0] == "and" and rest[1][:1].isupper() and not re.search(r"[,.;:]$", place[-1]):
            place += rest  # "1,734 winners in Ireland and Britain": both places, not the first alone
        following = after[i + 1 + len(place)] if i + 1 + len(place) < len(after) else ""
        modifier = following[:1].islower() and following.lower() not in NOUN_STOP and not PLACE_FOLLOWER.fullmatch(following)
        if modifier and after[i].lower() == "of":
            place.append(following)  # "300k lines of Python code": the code, named
        elif modifier:
            place = []  # "mice in FPS titles": a modifier of what follows, not a place
        if place and not re.search(r"['’]s?$", place[-1]):  # "images in Stable Diffusion's training data": not a place
            noun += [after[i]] + place
    return noun


# Words after a place that leave it a place ("25 million people in Europe alone"), where a noun would make it a
# modifier ("mice in FPS titles").
PLACE_FOLLOWER = re.compile(r"(?i)alone|only|each|too|also|combined|together|overall|[a-z]+ly[,.;]?|[a-z]*[,.;:]")
MODIFIER_AFTER = re.compile(r"^-(?!year-olds?\b)[a-z]+(?:-[a-z]+)*\s[a-z]")
MEASURED_RESULT_AFTER = re.compile(r"^-[a-z]+\s(?:[a-z]+\s)?(?:distance|time|range|drop|lead|margin|gain|loss)\b")
AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s(?:(?:between|from|of)\s)?(?:\d+\s?(?:to|and|-|–)\s?)?$", re.I)
AGE_AFTER = re.compile(r"^(?:\s?(?:to|and|-|–)\s?\d+)?[\s-]years?[\s-]old\b|^(?:\s?(?:to|-|–)\s?\d+)?[\s-]year-olds\b", re.I)


CURRENCY_WORD_AFTER = re.compile(r"\s(yen|euros?|dollars|pounds|rupees|yuan|won|pesos|francs|kronor|krona)\b", re.I)
MONEY_RANGE_END = re.compile(r"\s?(?P<to>to(?:\sas\s(?:much|high)\sas)?|-|–|and|(?:all\sthe\sway\s)?up\sto)\s?([$€£¥]\d(?:[\d,]*\d)?(?:\.\d+)?"
                             r"(?:\s?(?:k|K|million|billion|bn|m)\b)?|(?:several|a\sfew)\s(?:hundred|thousand)\s(?:dollars|euros|pounds))")
MONEY_RANGE_IN = re.compile(r"\d\s?(?:-|–|to)\s?[$€£¥]?\d")  # a sum read as one figure: "300 – 700" yen
# A fraction of a magnitude ("a quarter of a million people", "half a million"): one figure, not a share.
MAGNITUDE_AFTER = re.compile(r"\s(?:of\s)?an?\s(million|billion|trillion|thousand)\b")
MONEY_NOUN = re.compile(r"(?i)^(?:(?:US|U\.S\.|American|Canadian|Australian)\s)?(dollars|euros|pounds|yen|yuan|rupees)$")
FRACTION_OF_MAGNITUDE = re.compile(r"(?i)(?:an?\s)?(half|quarter|third)")
DEGREES_AFTER = re.compile(r"\s?°\s?[CF]\b|\s?°|\sdegrees(?:\s(?:Fahrenheit|Celsius|F|C)\b)?")
MULTIPLE_AFTER = re.compile(r"(?:x|×)(?=[\s,.;)]|$)")
MULTIPLE_RANGE_END = re.compile(r"[x×]\s?(?:to|-|–)\s?(\d+(?:\.\d+)?)[x×](?=[\s,.;)]|$)")
MULTIPLIED_BEFORE = re.compile(r"(?i)\b(?:multiplied\sby|(?:by|grew|rose|risen|grown|increased)\sa\sfactor\sof)\s$")
# A rate's unit ("21.4 miles per hour", "60 words a minute"): the unit whole, not its first noun.
RATE_AFTER = re.compile(r"\s(?:miles|kilomet(?:er|re)s|km|feet|met(?:er|re)s|words|frames|beats|calories|lit(?:er|re)s"
                        r"|gallons)\s(?:per|an?)\s(?:hour|minute|second|day|week|gallon|lit(?:er|re))\b", re.I)
# The upper end of a range the detector reads as two figures ("between 30 and 60 minutes", "two to three minutes"): the
# lower end alone would be asked about as "the figure of 30", with its unit left on the upper end.
_RANGE_END = (r"(?:\d(?:[\d,.]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
              r"|forty|fifty|sixty|hundred)\b(?![.,]?\d)")
RANGE_UPPER = re.compile(r"\s?(?:to|-|–|or)\s?" + _RANGE_END + "%?")
BETWEEN_UPPER = re.compile(r"\s(?:and|to)\s" + _RANGE_END + "%?")  # "between 10% to 23%": one range, with its unit
# A name's number ("Devstral 2 push boundaries", "Windows 11"): after a capitalised word that does not open the sentence
# and follows a word in lower case (in a title's capitals, "I Put 17 of the Top Models", no word is a name for that),
# and is no month or day (an acronym is a noun as often as a name: "We test each VPN 10 times").
NAMED_NUMBER = re.compile(r"(?:(?<=[a-z,]\s)(?P<name>[A-Z][a-z][\w-]*)|(?<=\bthe\s)(?P<caps>[A-Z]{3,8}))\s$")  # "Devstral 2", "the VEGA 20"
LABEL_NUMBER = re.compile(r"(?i)\b(?:week|day|step|level|phase|stage|chapter|part|round|season|episode|lesson|module"
                          r"|unit|tier|grade|class|group|version)\s$")
LEADING_LABEL = re.compile(r"^(?:[\w'’&/-]+\s){0,4}[\w'’&/-]+:\s")  # "Permits and Regulations: ..."
# "one out of every 6 adults", "1 in 4 children": a share, read whole
ONE_IN_BEFORE = re.compile(r"(?i)\b(?:one|1)\s(?:out\s)?(?:of|in)\s(?:every\s)?$")
# (after the score: "82 of the total 100 points", never "a margin of 20 points", the dev review news87's wasted figure)
SCALE_BEFORE = re.compile(r"(?i)(?:\d[\d.,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s(?:of|out\sof)\s"
                          r"(?:the\s|a\s)?(?:total\s|maximum\s|possible\s)?$")
SCALE_AFTER = re.compile(r"(?i)\s(?:possible\s|total\s|available\s)?points?\b")
# A list's length, not a figure to question: "the 10 best travel insurance companies", "19 solid recommendations".
LIST_SIZE_AFTER = re.compile(r"\s(?:best|worst|top|greatest|biggest)\s(?!-)")
PICKS_AFTER = re.compile(r"\s(?:[a-z]+\s)?(?:recommendations|picks)\b")
DEFINITION_BEFORE = re.compile(r"(?i)\b(?:is|are)\s(?:usually\s|generally\s)?(?:considered|defined|taken|reckoned)\s(?:to\sbe|as)"
                               r"\s(?:about\s|roughly\s|around\s)?$")
VAGUE_CROWD_ACTS = re.compile(r"\s((?:are|were|have|had|will|would)\s(?:been\s)?[a-z]{3,}(?:ing|ed)|(?!used\b)[a-z]{3,}ed)\b")
THRESHOLD_AFTER = re.compile(r"(?i)\s?(?:[\w/-]+\s){0,3}?(?:limit|threshold|cap|ceiling|cutoff|cut-off)\b")
ALTERNATIVES = re.compile(r"\b\d[\d.,]*(?:,\s\d[\d.,]*)+,?\sor\s(?:even\s|maybe\s|perhaps\s)?\d[\d.,]*")
CATEGORY_BOUND = re.compile(r"(?i)\b[a-z]+s\s(?:with|having)\s(?:fewer|less|more)\sthan\s$")
PRICE_BRACKET = re.compile(r"(?i)\b(?:best|top|cheapest|favou?rite|pick)\b[^.;:]{0,50}\b(?:under|below|for\sless\sthan)\s$")
COMPOUND_UNIT_AFTER = re.compile(r"\s?([A-Za-zµ°]{1,4}(?:/[A-Za-z²³]{1,4}|[²³]))")  # "6.0 m/s²", "2,000 m²"


# A risk or an effect a claim ties to something, as studies do: "Eating eggs has been linked to a higher risk of heart
# disease", "Coffee has been connected to a lower risk of depression".
ASSOCIATED = re.compile(r"(?:^|[,;:]\s(?:and\s|but\s|while\s)?|\bthat\s)(?P<subject>[A-Za-z](?:(?!\bthat\b)[^,;:]){2,60}?)"
                        r"\s(?:has|have|is|are|was|were)\s(?:been\s)?"
                        r"(?:(?:strongly|closely|consistently|repeatedly|also)\s)?(?:linked|connected|associated|tied|correlated)"
                        r"\s(?:to|with)\s(?P<effect>[^,;.—–]{3,80}?)"
                        r"(?=\s(?:and|but)\s(?:may|might|can|could|is|are|was|were|has|have|had|will|would|also|it|they)\b"
                        r"|\s(?:while|among|for|states|says|said)\s|\s?[,;.—–]|$)")


def _association(text: str, trend: str) -> tuple[str, str] | None:
    """(what, the effect it is tied to) where the claim's trend is an effect tied to something (ASSOCIATED)."""
    linked = ASSOCIATED.search(text)
    if not linked or trend not in linked.group("effect"):
        return None
    subject = linked.group("subject")
    subject = subject if re.match(r"[A-Z][a-z]*\s[A-Z]|[A-Z]{2}", subject) else subject[0].lower() + subject[1:]
    if _safe(subject) is None or _safe(linked.group("effect")) is None:
        return None
    return subject, linked.group("effect")


# Subjects on which a speaker's word is settled by studies, not by their transcript (llm/evidence.py).
SCIENCE_SUBJECTS = frozenset({"health", "science", "nutrition", "research"})
# A judgement's frame just before a superlative: "are seen as one of the most difficult issues", "is considered the best".
JUDGED_AS = re.compile(r"\b(?:seen|considered|regarded|viewed|described|thought\sof)\sas\s(?:(?:one\sof\s)?(?:the|a|an)\s)?"
                       r"(?:[\w-]+\s){0,2}$|\bis\sconsidered\s(?:(?:one\sof\s)?the\s)?$")
# A place in a competition: "finished second", "won first place", "was beaten out ... for first place".
PLACING = re.compile(r"\b(?:finished|placed|came|took|won|claimed)\s(?:in\s)?(?:the\s)?(?:first|second|third|fourth|fifth"
                     r"|\d{1,2}(?:st|nd|rd|th))(?:\splace)?\b|\bfor\s(?:first|second|third)\splace\b")
# A race named by its distance: "the 50 yard freestyle", "the 100-meter dash"; the words after its number alone.
_RACE_DISTANCE_EVENT = (r"(?:-|\s)?(?:yard|yd|meter|metre|m)s?\s(?:freestyle|backstroke|breaststroke|butterfly"
                        r"|individual\smedley|medley|IM|free|back|breast|fly|dash|hurdles|relay|sprint|steeplechase)\b")
RACE_EVENT = re.compile(r"\b\d{2,5}" + _RACE_DISTANCE_EVENT)
RACE_EVENT_AFTER = re.compile(_RACE_DISTANCE_EVENT)


def read_figure(figure: dict, claim_text: str) -> FigureReading | None:
    """What ``figure`` counts, from the words around it in the claim; None for what only looks like a quantity (a year)."""
    text = (figure.get("text") or "").strip()
    at = claim_text.find(text)
    if not text or at < 0:
        return None
    if claim_text.startswith("+", at + len(text)):
        text += "+"  # "100+ countries": the figure as written, and what it counts after it
    between = re.search(r"(?i)\bbetween\s$", claim_text[:at]) is not None
    change = re.search(r"(?i)\bfrom\s(?:about\s|around\s)?$", claim_text[:at]) is not None
    range_end = None if CURRENCY.search(text) or figure.get("unit") and change else (
        BETWEEN_UPPER if between else RANGE_UPPER).match(claim_text, at + len(text))
    # "from 23% to 35%" is a change, each end with its unit; "30% to 50%", "between 10% to 23%" a range
    if range_end:
        text = claim_text[at:range_end.end()]  # "30 and 60" in "between 30 and 60 minutes": the range, read as one figure
    bare = APPROXIMATE.sub("", text.replace(" and ", " to ") if range_end and between else text)
    named = CURRENCY_WORD_AFTER.match(claim_text, at + len(text))  # "300 – 700 yen", "between 19 and 30 dollars"
    after = claim_text[at + len(text):]
    if PRICE_BRACKET.search(claim_text, 0, at):
        return None  # "the best we tested under $100": the price range a ranking covers, not a figure to question
    name_before = NAMED_NUMBER.search(claim_text, 0, at)
    if re.fullmatch(r"\d{1,2}", text) and ((name_before and not MONTHS_AND_DAYS.match(name_before.group("name") or ""))
                                          or LABEL_NUMBER.search(claim_text, 0, at)):
        return None  # "Devstral 2", "week 5 of the plan": a name's or a label's number, not a figure to question
    one_in = ONE_IN_BEFORE.search(claim_text, 0, at)
    if one_in and re.fullmatch(r"\d{1,3}", text):  # "one out of every 6 adults": the share, with what it counts
        noun = _counted_noun(_words_after(claim_text, at + len(text)))
        share = claim_text[one_in.start():at + len(text)]
        return FigureReading(text, "share", f"'{share[0].lower()}{share[1:]}{' ' + ' '.join(noun) if noun else ''}'")
    part_of = PART_OF_A_WHOLE.match(after)
    if part_of:  # "200 million of its 1 billion active users": the part, with the whole it is of
        noun = _counted_noun(_words_after(claim_text, at + len(text) + part_of.end()))
        part = text if text[:1].isdigit() else text.lower()  # "the ten of the 18 staffers", not "the Ten"
        share = "%" in text or figure.get("unit") == "percent"  # "31% of the $1.4bn requested": a share of a sum
        money = CURRENCY.search(text) or CURRENCY.search(figure.get("unit") or "")  # "$200m of its $1.4bn budget"
        return FigureReading(text, "share" if share else "money" if money else "count",
                             f"the {part}{part_of.group(0)}{' ' + ' '.join(noun) if noun else ''}")
    if re.search(r"(?i)\b(?:p|effect\ssize)\s?[=<>≤≥]\s?$", claim_text[:at]):
        return None  # "P=.02", "effect size=0.79": a test statistic, not a figure a reader checks on its own
    if SCALE_BEFORE.search(claim_text, 0, at) and SCALE_AFTER.match(after):
        return None  # "82 of the total 100 points possible": the scale, not the score
    if (LIST_SIZE_AFTER.match(after) and re.search(r"(?i)\bthe\s$", claim_text[:at])) or PICKS_AFTER.match(after):
        return None  # "a list of the 10 best travel insurance companies": the list's length, not a figure to question
    if re.fullmatch(r"\d{2,5}", bare) and RACE_EVENT_AFTER.match(after):
        return None  # "finished second in the 50 yard freestyle": the event's name; the result is the claim
    if DEFINITION_BEFORE.search(claim_text, 0, at):
        return None  # "where a cup is considered to be 5 ounces": a convention the claim uses, not a figure it reports
    if re.search(r"(?i)\bthe\s$", claim_text[:at]) and THRESHOLD_AFTER.match(after):
        return None  # "exceed the 40 miles per hour limit": the line a claim is measured against, not its figure
    if any(start <= at < end for start, end in (m.span() for m in ALTERNATIVES.finditer(claim_text))):
        return None  # "working out for 45, 60, or even 90 minutes": examples to choose from, not a figure reported
    if CATEGORY_BOUND.search(claim_text, 0, at):
        return None  # "businesses with fewer than 500 employees": what kind of business, not a count
    if re.search(r"(?i)(?:^|\b(?:the|a|in|into|of)\s)top\s$", claim_text[:at]) or re.match(r"(?:st|nd|rd|th)\b", after):
        return None  # "in the top 10", "from 133rd to 168th": a ranking's label or place, not a figure to question
    if AGE_BEFORE.search(claim_text, 0, at) or AGE_AFTER.match(after):
        return None  # "users aged 25 to 34", "from 25 to 34 years old": an age bracket names who, it counts nothing
    measured = MEASURED_RESULT_AFTER.match(after) if re.fullmatch(r"\d+\.\d+", bare) else None
    if measured:  # "a 14.1-foot stopping distance": a result measured to the tenth, not a kind of thing
        return FigureReading(text, "measure", f"the {text}{measured.group(0)}")
    if MODIFIER_AFTER.match(after) and not CURRENCY.search(text):
        return None  # "a full 12-cup carafe", "an 8-week program": what kind of thing, not how many
    value = figure.get("value")
    timed = MEASURED_TIME_AFTER.match(after) if "." in bare and re.fullmatch(r"[\d.]+", bare) else None
    if timed:  # "climbed the hill in 22.3 seconds": a time measured to the tenth is a result to question, not a span
        return FigureReading(text, "measure", f"the {text}-{timed.group(1).lower()} figure")
    if (DURATION_AFTER.match(after) and not re.search(r"%|\bper\s?cent\b", bare, re.I) and not CURRENCY.search(bare)) \
            or re.search(r"\b(?:years?|months?|weeks?|days?|hours?|decades?)$", bare, re.I):
        return FigureReading(text, "duration", "")  # not "up 39 percent year-to-date": a share over a span
    age = VAGUE_AGE.match(claim_text, at)
    if age and (AGE_BEFORE_SPAN.search(claim_text, 0, at) or re.match(r"\s(?:ago|old)\b", claim_text[age.end():])):
        # "for thousands of years", "hundreds of millions of years ago": an age, with its unit
        return FigureReading(age.group(0), "duration", "")
    if VAGUE_MAGNITUDE.match(bare) or (value is None and not SHARE.search(bare) and not CURRENCY.search(bare)
                                       and not re.search(r"\d", bare)):
        of = re.match(r" of (?:(?:the|these|those|its|their|our|his|her) )?", after)  # "the majority of the creases"
        noun = _counted_noun(_words_after(claim_text, at + len(text) + (len(of.group(0)) - 1 if of else 0)))
        if of and of.group(0) != " of ":  # "most of the methane", "most of the trail": a part of a whole, not a count
            plural = next((i for i, w in enumerate(noun) if _plural(w) and not w.lower().endswith("selves")
                           and w.lower() not in VERBS_ENDING_IN_S), None)
            noun = noun[:plural + 1] if plural is not None else []
        if not noun:
            acting = VAGUE_CROWD_ACTS.match(after)  # "hundreds are gathering": who they are is the verb's to say
            return FigureReading(text, "vague", f"'{text[0].lower() + text[1:]} {acting.group(1)}'" if acting else "")
        quoted = (text[0].lower() + text[1:] if not bare[:2].isupper() else text) + (of.group(0) if of else " ") + " ".join(noun)
        lead = _MAGNITUDE_BEFORE.search(claim_text, 0, at)
        if lead:  # "dozens if not hundreds of tools", "hundreds or thousands of providers": the claim's own hedge, whole
            quoted = lead.group(0).lower() + quoted
        return FigureReading(text, "vague", f"'{quoted.strip()}'")
    fraction = FRACTION_OF_MAGNITUDE.fullmatch(bare)
    magnitude = MAGNITUDE_AFTER.match(after) if fraction else None
    if magnitude:  # "a quarter of a million people": the quarter-million people
        noun = _counted_noun(_words_after(claim_text, at + len(text) + len(magnitude.group(0))))
        money = MONEY_NOUN.match(" ".join(noun))
        if money:  # "half a trillion US dollars": the half-trillion-dollar figure
            return FigureReading(text + magnitude.group(0), "money", f"the {fraction.group(1).lower()}-"
                                                                    f"{magnitude.group(1)}-{money.group(1)[:-1]} figure")
        phrase = f"the {fraction.group(1).lower()}-{magnitude.group(1)} {' '.join(noun)}".strip()
        return FigureReading(text + magnitude.group(0), "count" if noun and COUNTED_BY_SOMEONE.match(noun[0]) else "tally", phrase)
    rate = RATE_AFTER.match(after)
    if rate and not CURRENCY.search(text):
        return FigureReading(text, "measure", f"the {bare}{rate.group(0)}")
    degrees = DEGREES_AFTER.match(after)
    if degrees and not CURRENCY.search(text):  # "dropped by only 3 °F": the unit, not "the figure of 3"
        return FigureReading(text, "measure", f"the {bare}{degrees.group(0)} figure")
    if MULTIPLE_AFTER.match(after) and re.fullmatch(r"\d+(?:\.\d+)?", bare):  # "1.4x faster": a multiple
        upper = MULTIPLE_RANGE_END.match(after)  # "9x to 10x performance wins": the range, not its lower end
        return FigureReading(text, "measure", f"the {bare}x{' to ' + upper.group(1) + 'x' if upper else ''} figure")
    if MULTIPLIED_BEFORE.search(claim_text, 0, at) and re.fullmatch(r"\d+(?:\.\d+)?|[a-z]+", bare, re.I):
        return FigureReading(text, "measure", f"the {bare}-fold rise")  # "has multiplied by 10": not "the figure of 10"
    if ORDINAL.match(bare) and re.match(r"\s(?!(?:of|the|their|its|his|her|our)\b)[a-z]", after):
        return None  # "a third instance of the plague": an ordinal, not a share
    if (value == 1 and "%" not in text and not CURRENCY.search(text) and figure.get("unit") != "percent"
            and not CURRENCY.search(figure.get("unit") or "")) or \
            bare.lower() in ("one", "a single", "single"):
        return FigureReading(text, "single", "")  # one person, one case; not "1%" or "$1", a share and a sum
    bare = re.sub(r"^an?\s+", "", bare, flags=re.I)  # "A third" -> "the third figure", never "the a third figure"
    bare = bare.lower() if not bare[:1].isdigit() else bare
    if ((value and 1900 <= value <= 2100 and re.fullmatch(r"\d{4}", bare)
         and not re.search(r"(?i)\b(?:score|total|tally)\s(?:of\s)?$", claim_text[:at]))  # "a total score of 2072"
            or YEAR_RANGE.fullmatch(bare)):
        return None  # a year, or "2010 to 2015": dates, not quantities
    if SCORE.match(bare) and not re.match(r"\s(?:[a-z]+\s)?[a-z]+s\b|\s?(?:mph|kph|km/h)\b", after) and not named:
        # a score, with the sets before it ("6-4, 7-6"); "2-4 blog posts" is a range of a count; "The Gophers (9-1,
        # 6-1)": a team's season record
        if not SPORT.search(claim_text) or VOTE_BEFORE.search(claim_text[:at]) or VOTE_AFTER.match(after):
            return FigureReading(text, "measure", f"the {bare} result")  # "voted 7-2", "a 6-3 ruling": no score
        if RECORD_BEFORE.search(claim_text[:at]):
            return FigureReading(text, "measure", f"the {bare} record")
        sets, sets_after = SETS_BEFORE.search(claim_text[:at]), SETS_AFTER.match(after)  # "6-4, 6-4 win"
        return FigureReading(text, "measure", f"the {sets.group(0) if sets else ''}{bare}"
                                              f"{sets_after.group(0) if sets_after else ''} score")
    if CURRENCY.search(text) or CURRENCY.search(figure.get("unit") or "") or ((range_end or SCORE.match(bare)) and named):
        currency = " " + named.group(1).lower().removesuffix("s") if named else ""  # "the 5,000 euro figure"
        upper = MONEY_RANGE_END.match(after)  # "$50 to $150", "between $10 and $40": the range, not its lower end
        if upper and upper.group("to") == "and" and not between:
            upper = None  # "$10 and a free month": no range
        spans = upper or range_end or MONEY_RANGE_IN.search(bare)  # "the $50 to $150 range"
        return FigureReading(text, "money", f"the {bare}{' to ' + upper.group(2) if upper else ''}{currency} "
                                            f"{'range' if spans else 'figure'}")
    if SHARE.search(text) or figure.get("unit") in ("percent", "share"):
        if not re.search(r"\d", bare) and after.startswith(" of "):  # "about half of voters": the share, with its whole
            whole = re.match(r" of (?:(?:the|these|those|its|their|our|all) )?", after)
            counted = _counted_noun(_words_after(claim_text, at + len(text) + len(whole.group(0)) - 1))
            if len(counted) > 1 and counted[-1].lower() in VERBS_ENDING_IN_S and not _plural(counted[-2]) \
                    and not counted[-2].endswith(("'s", "’s")):
                counted.pop()  # "half of the world's population lives": a verb after a mass noun, not "school districts"
            if counted:
                return FigureReading(text, "share", f"'{text[0].lower() + text[1:]}{whole.group(0)}{' '.join(counted)}'")
        whole = (re.match(r" " if bare.endswith("dozen") else r" (?:the|its|their|his|her|our) ", after)
                 if not re.search(r"\d", bare) else None)
        if whole:  # "Half the team spent", "half a dozen deals": the share with what it is of, not "the half figure"
            counted = _counted_noun(_words_after(claim_text, at + len(text) + len(whole.group(0)) - 1))
            if len(counted) > 1 and counted[-1].islower() and not _plural(counted[-1]):
                counted.pop()  # "the team spent": a verb after the noun
            if counted:
                return FigureReading(text, "share", f"'{text[0].lower() + text[1:]}{whole.group(0)}{' '.join(counted)}'")
        if figure.get("unit") == "percent" and not re.search(r"%|per\s?cent|\dpc$", bare, re.I):
            bare += " percent"  # "Seventy-eight percent of Americans": the figure is a percentage, say so
        return FigureReading(text, "share", f"the {bare} figure")
    if re.match(r"\stimes\b", after):  # "moved at least a dozen times": how often, as written ("the figure of dozen")
        return FigureReading(text, "measure", f"the '{text[0].lower() + text[1:]} times' figure")
    noun = _counted_noun(_words_after(claim_text, at + len(text)))
    if noun and any(COUNTED_BY_SOMEONE.match(w) for w in noun[:3]):
        return FigureReading(text, "count", "the " + bare + " " + " ".join(noun))
    if noun and any(w.lower().endswith("s") and w.lower() not in NOUN_STOP for w in noun):
        return FigureReading(text, "tally", "the " + bare + " " + " ".join(noun))  # "3.4 poor mental health days"
    glued = GLUED_UNIT.match(after)
    if glued:  # "a 30fps experience", "hit 60mph": "the 30fps figure", not "the figure of 30"
        return FigureReading(text, "measure", f"the {bare}{glued.group(0)} figure")
    compound = COMPOUND_UNIT_AFTER.match(after)  # "6.0 m/s²", "300 km/h": the unit whole, not its first letters
    unit = compound.group(1) if compound else noun[0] if noun and len(noun[0]) <= 4 else ""
    return FigureReading(text, "measure", f"the figure of {bare}{' ' + unit if unit else ''}")


# Institutions English names with an article: "the National Association of Home Builders", "the Pew Research Center",
# "the Department of Labor". Companies ("HubSpot", "Bank of America") take none.
TAKES_THE = re.compile(r"^(?:National|Federal|Royal|International|European|World|United|Centers?|Centres?|Department|Ministry"
                       r"|Office|Bureau|Institute|University|Council|Board|Agency|Commission)\b"
                       r"|\b(?:Association|Institute|Agency|Council|Commission|Foundation|Society|Center|Centre|Organi[sz]ation"
                       r"|Bureau|Department|Ministry|Administration|Service|Academy|Federation|Board|Survey|Study|Times|Post"
                       r"|Journal|Guardian|Telegraph|Tribune|Herald|Gazette|Lancet)$"
                       r"|\s(?:trial|study|survey|report|review|analysis|poll|paper)$")  # "the OASIS 1 Phase 3 trial"


# An unnamed source that is one of a group, or a group itself: "one of our testers", "a group of Swiss scientists".
PARTITIVE = re.compile(r"^(?:(?:one|another|two|some|several|many|most|each)\s|(?:a|an|one|another)\s(?P<which>(?:group|team|panel"
                       r"|couple|pair|handful|number)\s))of\s(?P<whole>.+)$")
# The head of a source that is a document, not a speaker: "the ClassPass trends report", "the recent Statista figures".
SOURCE_DOCUMENT = re.compile(r"(?i)^(?:reports?|figures|data|survey|study|complaint|website|analysis|paper|poll|index"
                             r"|filing|findings|statistics|numbers|ranking|rankings|tests|results|estimates|estimations"
                             r"|evaluation|forecasts?|projections|papers|documents|records|filings|memos?|emails"
                             r"|guidelines|guidance|rules|regulations|standards|polic(?:y|ies))$")  # "CBP's guidelines"
# A document named by who keeps it, with no article: "Court papers obtained by our correspondent", "Police records".
KEPT_DOCUMENT = re.compile(r"^(?P<document>(?:Court|Police|Leaked|Internal|Official|Government|Company|Tax|Bank|Hospital"
                           r"|Medical)\s(?:papers|documents|records|filings|memos?|emails))(?:\s(?:obtained|seen|reviewed"
                           r"|filed|released|published|leaked)\s(?:by|to|with)\s.*)?$")
# A body's name and then the document it wrote, no article or possessive ("IDC estimations", "Ars Technica evaluation").
NAME_THEN_DOCUMENT = re.compile(r"^[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*)*\s[a-z]+$")
# A source owned by a name ("Strava's trends report"), which takes no article; and the words that date one that opens
# a sentence ("Recent Statista figures"), which do.
POSSESSIVE_OWNER = re.compile(r"^[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}['’]s?\s[a-z]")
DATING_ADJECTIVES = frozenset("Recent Latest Preliminary Updated".split())
ANY_DETERMINER_START = re.compile(r"(?i)(?:the|a|an|this|that|these|those|its|their|his|her|our|one|another)\s")


# What a count counts, never who speaks: a detector span like "cases reported" names no source.
COUNTED_EVENTS = frozenset("cases deaths incidents infections injuries arrests crimes attacks strikes outbreaks".split())


ACRONYM = re.compile(r"[A-Z]{2,}")  # "WHO", "US": a body's initials, never the function word they spell
CAMEL_CASE_NAME = re.compile(r"[a-z]+[A-Z]")  # "iFixit", "eBay", "xAI": a name that opens in lower case


# A body's document named by its owner ("ISG’s benchmarking report", "Amex’s recent report").
OWNED_DOCUMENT = re.compile(r"^(?P<owner>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})(?P<apostrophe>['’])s\s"
                            r"(?P<modifiers>(?:[a-z-]+\s){0,2})(?P<document>report|study|survey|analysis|data|research|index"
                            r"|review|poll|figures|statistics)$")


# A journal credited with a study's finding ("Science", "The Lancet", "JAMA Psychiatry", "the Journal of Applied
# Physiology"): its questions ask about the paper it published. Newspapers named "Journal" report, they publish no papers.
JOURNAL_NAME = re.compile(r"(?:[Tt]he\s)?(?!(?:Wall\sStreet|Business|Providence|Albuquerque|Atlanta|Milwaukee|Lincoln|Winston-Salem)"
                          r"\sJournal\b)(?:(?:Science|Nature|Cell)(?:\s[A-Z][\w&-]*){0,2}|(?:Lancet|BMJ|JAMA|NEJM|PLOS|PLoS|PNAS)"
                          r"(?:\s[A-Z][\w&-]*){0,3}|(?:[A-Z][\w&-]*\s){0,4}Journal(?:\sof(?:\s(?:the\s|and\s)?[A-Z][\w&-]*)+)?"
                          r"|(?:Proceedings|Annals|Archives)\sof(?:\s(?:the\s|and\s)?[A-Z][\w&-]*)+)")


PAPER_IN = "the paper in "


def _research_firm(source: str) -> bool:
    """A market research firm ("Grand View Research"), whose report is a forecast; not a journal's paper ("the paper in
    the Journal of Psychiatric Research")."""
    return RESEARCH_FIRM.search(source) is not None and not source.startswith(PAPER_IN)


def _document_by(source: str, document: str) -> str:
    """"the report by The Wrap", "the page by the CDC"; a journal's paper is a document already ("the paper in Science")."""
    return source if source.startswith(PAPER_IN) else f"the {document} by {source}"


# Pictures credited as a source (detect/sources.py: vague, no one behind them): "Verified video footage", "Satellite images".
PICTURES = re.compile(r"(?i)\b(?:(?:satellite|video|drone|CCTV|security|camera|surveillance|aerial|bodycam|dashcam)\s)?"
                      + PICTURE_NOUNS + r"\b")
# Some of a place or a field, unnamed: "many in the space community", "some at the ministry".
SOME_IN = re.compile(r"(?i)(?:most|many|some|several|others?|few)\s+(?P<where>(?:in|at|within|inside)\s.+)")


# A body's full name runs long ("Office for the Coordination of Humanitarian Affairs"): a name still, where a longer
# span of lower-case words is a fragment of a sentence.
LONG_NAME_WORDS = 10
NAME_JOINERS = frozenset("of for the and on in & de".split())
BODY_HEADS = frozenset("Office Department Agency Institute Organisation Organization Association Council Commission "
                       "Committee Ministry Bureau Court University Foundation Centre Center Service Administration "
                       "Authority Board Federation Coalition Fund Programme Program Union Society".split())


def usable_source(source: dict) -> str | None:
    """The source as a question can name it, or None when the detector's span is a frame or a fragment."""
    words = (source.get("text") or "").replace("•", " ").strip(" ,.:;\"'“”‘’").split()
    owner = OWNED_DOCUMENT.match(" ".join(words))
    if owner and any(word.endswith("ing") for word in owner.group("modifiers").split()):
        # "ISG’s benchmarking report": ISG's report; a modifier in -ing would read as a verb
        words = f"{owner.group('owner')}{owner.group('apostrophe')}s {owner.group('document')}".split()
    while words and ((words[-1].lower() in NOUN_STOP and not (words[-1][:1].isupper() and len(words) > 1
                                                               and words[-2][:1].isupper()) and not ACRONYM.fullmatch(words[-1]))
                     or VERBISH.fullmatch(words[-1])):
        words.pop()  # "critics of promoting and": not a name; "The New York Times" keeps "Times", "WHO" stays
    if words and source.get("kind") in ("vague", "anonymous") and (
            words[0].lower() in ("a", "an", "the", "some", "many", "several", "one", "another", "two", "three", "four", "five")
            or (not words[0].isupper() and not (len(words) > 1 and words[1][:1].isupper())
                and not NATIONALITY.fullmatch(words[0])  # "Russian defence officials" keep their capital
                and not re.fullmatch(r"[A-Z][\w.-]*['’]s?", words[0]))):  # "Rudolph's supporters" keeps its name
        words[0] = words[0].lower()  # "a Ukrainian soldier" mid-question; "US officials", "Pentagon officials" as written
    text = " ".join(words)
    if source.get("kind") == "organisation" and JOURNAL_NAME.fullmatch(text):
        journal = text if not re.match(r"[A-Z][\w&-]*(?:\s[A-Z][\w&-]*)*\s?Journal\b|Journal\b", text) else "the " + text
        return PAPER_IN + journal  # "Science": the paper the journal published, not the journal speaking
    staff = PEOPLE_AT_A_BODY.fullmatch(text) if source.get("kind") == "organisation" else None
    if staff:  # "Analysts at the investment bank Cowley & Price": the bank, which a question can name
        return usable_source({"text": staff.group("body"), "kind": "organisation"}) or staff.group("body")
    long_name = 6 < len(words) <= LONG_NAME_WORDS and all(w[:1].isupper() or w in NAME_JOINERS for w in words) \
        and any(w in BODY_HEADS for w in words) and not any(w.lower() in PERSON_TITLES for w in words[:1])
    if (not text or (len(words) > 6 and not long_name) or VERBISH.search(text)
            or any(w.lower() in PRONOUNS and not w.isupper() for w in words)
            or any(w.endswith("ing") and w.islower() for w in words)):
        return None
    if words[-1].lower() in COUNTED_EVENTS:
        return None  # "cases reported": what was counted, not who reported it
    if words[-1].lower() in COURT_HEARINGS and source.get("kind") == "vague":
        return None  # "The court heard that": evidence given there, by a witness the article does not name
    if len(words) == 1 and words[0].lower().endswith("ly") and (words[0].islower() or source.get("kind") in ("vague", "anonymous")):
        return None  # "supposedly", "reportedly": the hedge is all the source there is (not "Mondly", a company)
    if re.match(r"(?i)(?:about|around|nearly|almost|over|some|roughly)?\s?(?:(?!(?:19|20)\d\d\s[A-Z])[\d$€£]|(?:a|one)\s(?:third|quarter|fifth|half)\b"
                r"|half\b|two-thirds|three-quarters|the\s(?:majority|minority)\b)", " ".join(words)) or "%" in text:
        return None  # "About 68% of the sample", "Around a third of adults": the answers of a survey, not who speaks
    if words[0].lower() in ("a", "an", "the") and words[-1].lower().endswith("ed") and len(words) <= 3:
        return None  # "an estimated": the frame of an estimate, nobody who made it
    head = head_noun(text)
    if source.get("kind") == "anonymous" and not (words[0].lower() in ("a", "an", "the") or SOME_IN.fullmatch(text)
                                                  or (words[0].lower() in ("one", "another") and len(words) > 1)
                                                  or words[-1].endswith("s")
                                                  or head.endswith("s")  # "Sources close to the Kremlin"
                                                  or head.lower() in IRREGULAR_PLURALS  # "two people familiar with"
                                                  or head.lower() in COLLECTIVE_PEOPLE):  # "clinic staff in Dinsoor"
        return None
    bare = re.sub(r"^the\s+", "", text)
    company = company_spoken_for(text) if source.get("kind") == "organisation" else None
    if company:
        return "the " + company  # "A company spokesperson": the company, speaking
    if source.get("kind") == "organisation" and len(words) == 1 and words[0].lower() in ORG_REFERENCES:
        return "the " + words[0].lower()  # "Prosecutors alleged": the prosecutors, a body by its common noun
    if source.get("kind") == "organisation" and POSSESSIVE_OWNER.match(text):
        owner = re.split(r"['’]", text)[0]  # "Strava's trends report": its owner is its determiner, with the owner's own "the"
        return "the " + text if TAKES_THE.search(owner) else text  # "the Federal Statistical Office's statistics"
    if source.get("kind") == "organisation" and words[0] in DATING_ADJECTIVES and len(words) > 1:
        return "the " + text[0].lower() + text[1:]  # "Recent Statista figures": "the recent Statista figures"
    if source.get("kind") == "organisation" and re.match(r"(?:19|20)\d\d\s[A-Z]", text):
        return "the " + text  # "the 2024 ScottMadden Benchmarking Report": a dated report takes "the"
    if source.get("kind") == "organisation" and not ANY_DETERMINER_START.match(text) and TAKES_THE.search(text) \
            and not re.match(r"[A-Z][\w.&-]*['’]s\s", text):  # "Russia's Defence Ministry" has its owner for "the"
        return "the " + text  # "the Centers for Disease Control", "the National Association of Home Builders"
    if source.get("kind") == "organisation" and not ANY_DETERMINER_START.match(text) and words[-1] in ORG_REFERENCES \
            and not re.search(r"['’]s\s", text):
        return "the " + text  # "Gaza health ministry": a body named by its place and common noun takes "the"
    named_document = NAMED_DOCUMENT_SOURCE.fullmatch(text) if source.get("kind") == "organisation" else None
    if named_document and SOURCE_DOCUMENT.fullmatch(words[-1]):
        return "the " + named_document.group("document")  # "a new Fast Company report": the Fast Company report
    if source.get("kind") in ("named", "organisation") and not bare[:1].isupper() and not CAMEL_CASE_NAME.match(bare):
        # "company", "the police": a body a question can name as "the company"
        body = source.get("kind") == "organisation" and (STAKE.fullmatch(bare) or words[-1].lower() in ORG_REFERENCES
                                                          or OFFICE_OF_A_ROLE.fullmatch(bare) is not None)
        return "the " + bare if body else None  # "the health commission", "the prime minister's office"
    return text


# People who work at a body named after them ("Analysts at the investment bank Cowley & Price", dev review pnd100).
PEOPLE_AT_A_BODY = re.compile(r"(?:[A-Z][a-z]+\s)??(?i:analysts|economists|researchers|strategists|scientists|experts)\s(?:at|from)"
                              r"\s(?:the\s)?(?:(?!(?:including|such|like)\b)[a-z-]+\s){0,3}?(?P<body>[A-Z][\w&.'’-]*(?:\s(?:&\s)?[A-Z][\w&.'’-]*){0,3})")
# A body's document with an article and a word that dates it: "a new Fast Company report", "the latest Gallup poll".
NAMED_DOCUMENT_SOURCE = re.compile(r"(?:[Aa]n?|[Tt]he)\s(?:(?:new|recent|latest|fresh|separate|earlier)\s)?"
                                   r"(?P<document>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}\s[a-z]+)")
# Who rules rather than speaks: a court's word is a ruling (the dev review news78a called "Israeli courts' own statement,
# post or recording" a misfit).
COURT_HEADS = frozenset({"court", "courts", "judge", "judges", "justices", "tribunal", "tribunals"})
# A body named by the office-holder it serves: "the prime minister's office", "the governor's campaign".
OFFICE_OF_A_ROLE = re.compile(r"(?:[a-z-]+\s){0,2}[a-z-]+['’]s\s(?:office|campaign|administration|government|team|press\soffice)")


def _plural_head(head: str) -> bool:
    """"witnesses", "the police": a plural noun ("witness", "status" and "analysis" are one)."""
    return (head.endswith("s") and not head.endswith(("ss", "us", "is"))) or head.lower() in PLURAL_NOUNS


def _plural_source(source: str) -> bool:
    """"the prosecutors", "the police": a plural the verb agrees with; a name ending in s ("Reuters") is one."""
    head = head_noun(source)
    return head.islower() and _plural_head(head)


def head_noun(source: str) -> str:
    """The noun a source phrase is built on: "reports" in "reports from The Wrap and Deadline", else its last word."""
    words = source.split()
    for i, word in enumerate(words[1:], 1):
        if word.lower() in ("from", "of", "by", "in", "at", "on", "with") or (
                word == "for" and words[i - 1][:1].isupper()) or (  # "Institute for the Study of War": the institute
                word.lower() == "to" and words[i - 1].lower() in POSTPOSED_ADJECTIVES):
            return words[i - 2] if i >= 2 and words[i - 1].lower() in POSTPOSED_ADJECTIVES else words[i - 1]
    return words[-1]


# Adjectives that follow their noun: "people familiar with the talks" is built on "people".
POSTPOSED_ADJECTIVES = frozenset({"familiar", "close", "involved", "knowledgeable", "briefed", "aware"})


def relay_of(claim: dict, source: str | None) -> str | None:
    """Who passed the claim on: the detector's ``relayed_by`` when given, else an outlet the claim credits ("via USA Today")."""
    relayed = (claim.get("source") or {}).get("relayed_by")
    if relayed:
        return relayed
    text = claim.get("text") or ""
    for match in (*RELAY.finditer(text), *RELAY_BEFORE.finditer(text)):
        name = match.group(1).rstrip(".")  # "CBS News." closing the sentence
        kind = OUTLET_KIND_AFTER.match(text, match.end(1))
        if kind:
            name += kind.group(0)  # "told Slovak media": Slovak media, not "Slovak"
        if source is None or (name not in source and source not in name):
            return name
    return None


# Odds someone gives: "we forecast a 55% chance that", "a 30% probability".
FORECAST_CHANCE = re.compile(r"\b(?:forecast|predict|estimate|give|put|assign)s?\b[^.;]{0,30}?\d[\d.]*\s?%\s(?:chance|probability"
                             r"|likelihood|odds)\b", re.I)
# What a capitalised word before it qualifies when an outlet is named by its kind: "Slovak media", "Russian state TV".
OUTLET_KIND_AFTER = re.compile(r"(?:\s(?:state|public|local|national))?\s(?:media|outlets?|newspapers?|television|TV|radio"
                               r"|press|news\sagenc(?:y|ies))\b")


# After a name that "the" went before, what keeps "the" with it ("the Niu overheated", "the United States."), unlike a
# noun the name modifies ("the Trump administration").
NAME_ENDS = re.compile(r"(?:[^\w\s]|\s+(?:[A-Z\d]|(?:is|are|was|were|has|have|had|did|does|do|can|could|will|would|may"
                       r"|might|should|must|and|or|but|in|on|at|for|with|from|to|of|as|than|that|which|who|also|still"
                       r"|only|not|[a-z]+ed)\b)|\s*$)")
LABEL_END = re.compile(r"\s?(?::|\s[-–—])\s")  # "Initial Cost: While ...", "Timeline - Detailed guide"


OWNER_BEFORE_NAME = re.compile(r"\b\w+['’]s\s(?=[A-Z])")  # "Britain's" in "Britain's Conservative Party"


COMPARAND_BEFORE = re.compile(r"\b(?:than|compared\s(?:with|to)|versus|vs\.?)\s[^.;]{0,80}$")


# A news dateline: "CLEVELAND, Ohio –", "WASHINGTON (Reuters) -", "KYIV, Ukraine —": where the story was filed.
DATELINE = re.compile(r"^[A-Z][A-Z.'’ ]{2,}(?:,\s(?:[A-Z][\w.]*\s?){1,3})?(?:\s?\([^)]{1,40}\))?\s?[-–—]{1,2}\s")
# Where a speaker said it: "told the BBC", "said on CNBC's ...", "via Brian Batko of ...", "when contacted by Reuters".
MEDIUM_BEFORE = re.compile(r"(?:\b(?:told|tells|via|contacted\sby|speaking\sto|in\san\sinterview\swith)"
                           r"|\b(?:said|says|added|wrote|posted)\s(?:\w+\s)?(?:on|to|in)|,\s(?:a|an|the)\s[^,]{1,60}?\s(?:at|of|with|for))"
                           r"\s(?:the\s)?(?:[A-Z][\w.]*['’]s\s)?[\"“]?$")
# A name that describes a noun after it: "a New York man", "an Apple spokesperson", "its Southern group of forces".
ADJECTIVE_NAME = re.compile(r"\b(?:[Aa]n?|its|his|her|their|our)\s$")


# The body and role written before a speaker's name: "Russian Defence Ministry spokesman ", "NASA Administrator ".
TITLE_BEFORE_NAME = re.compile(r"(?:[A-Z][\w'’.&-]*\s){1,6}(?:[Ss]pokes(?:man|woman|person)|[Mm]inister|[Cc]hief|[Hh]ead"
                               r"|[Oo]fficial|[Cc]ommander|[Aa]ide|[Dd]irector|[Aa]dvis[eo]r|[Ss]ecretary|[Aa]dministrator"
                               r"|[Cc]hairman|[Cc]hairwoman|CEO|[Aa]mbassador|[Ee]nvoy|[Aa]nalyst|[Ee]conomist|[Ss]trategist"
                               r"|[Ff]ounder|[Pp]resident|[Ss]pokes\w+)\s$")


def _speaker_spans(claim_text: str, speakers: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the claim describes who speaks: each speaker's name with the words set after it ("Joshua Apte, a professor
    at the University of Texas Austin,", "Dr. Joneigh Khaldun of the Michigan Department of Health"): the names there
    say who the speaker is, not what the claim is about."""
    spans = []
    for speaker in speakers:
        at = claim_text.find(speaker)
        if at >= 0:
            described = _speaker_appositive(claim_text, speaker)
            titled = TITLE_BEFORE_NAME.search(claim_text, 0, at)  # "Russian Defence Ministry spokesman Igor Konashenkov"
            spans.append((titled.start() if titled else at, described[1] if described else at + len(speaker)))
    return spans


# A player's position before their name in a sports summary ("F Hamidou Diallo", "DL Chad Thomas").
PLAYING_POSITIONS = frozenset({"F", "G", "C", "D", "S", "QB", "RB", "WR", "TE", "OL", "DL", "LB", "CB", "DB", "PG", "SG",
                               "SF", "PF", "GK", "MF", "FW", "RHP", "LHP", "SS", "OF"})
# An all-capital word this long is shouted, not an acronym ("SURRENDER"; "INTERPOL", "MERCOSUR" are shorter).
SHOUTED_WORD_MIN = 9
COMPASS_POINTS = frozenset({"western", "eastern", "northern", "southern"})  # "Eastern Equine Encephalitis": part of it
# The last word of a name that is no person's ("Indian Premier League", "Black Lives Matter").
# Titles only a person holds, before their full name ("WeWork CEO Adam Neumann"); not "Federal", "Major", "Queen",
# which open the names of bodies and places too ("the Federal Reserve Board", "Major League Baseball").
PERSON_TITLES = frozenset("ceo cfo coo cto chief executive president chairman chairwoman chair founder co-founder director "
                          "minister secretary senator sen rep representative governor gov mayor spokesman spokeswoman "
                          "spokesperson adviser advisor ambassador envoy commissioner superintendent".split())
NAME_NOT_A_PERSON = frozenset("League Association Union Prix Awards Party Matter Council Committee Cup Games Open Bank Group "
                              "Office Institute University College Festival Museum Club Championship Series Army".split())
# Words that end the name of a thing, not of a person, after a title ("the Chief Medical Officer Report").
NOT_A_PERSONS_NAME = NAME_NOT_A_PERSON | BODY_HEADS | frozenset("Report Magazine Hospital Memorial Journal Review".split())


def _without_trailing_marks(name: str) -> str:
    """A name without the full stop or quotation mark after it, but with an initialism's own last stop ("the U.S.")."""
    stripped = name.rstrip(".’'")
    return stripped + "." if re.search(r"\b(?:[A-Z]\.){1,3}[A-Z]$", stripped) and name[len(stripped):].startswith(".") \
        else stripped


# What a possessive name owns, named in turn after a few words: "Jupiter's icy moon Europa", "Ukraine's eastern city of
# Bakhmut", "Apple's chief executive Tim Cook".
OWNED_NAME_AFTER = re.compile(r"\s(?:[a-z-]+\s){0,2}(?:moon|planet|city|capital|town|region|province|state|island|port"
                              r"|village|river|company|subsidiary|unit|carrier|lender|bank|brand|chief\sexecutive|minister"
                              r"|president|leader|founder|boss|team|club|party|agency)\s(?:of\s)?"
                              r"(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*)(?![\w'’-]|\.\w|\s\d)")


def key_subject(claim_text: str, source: str | None, exclude: tuple[str, ...] = ()) -> str | None:
    """The first proper name the claim is about (not its source, nor a name that describes its speaker or where they
    spoke, nor a dateline): what a question without a figure can name, with the "the" it takes ("the United States",
    "the Niu")."""
    label = LEADING_LABEL.match(claim_text)
    dateline = DATELINE.match(claim_text)
    speaker_spans = _speaker_spans(claim_text, tuple(s for s in (source, *exclude) if s))
    modifier_lists = [m.span() for m in MODIFIER_LIST.finditer(claim_text)]
    for match in PROPER_RUN.finditer(claim_text):
        if label and match.start() < label.end():
            continue  # "Permits and Regulations: Compliance with ...": the label names a topic, not the claim's subject
        if (dateline and match.start() < dateline.end()) or any(a <= match.start() < b for a, b in speaker_spans):
            continue  # "CLEVELAND, Ohio –": where the story was filed; "Apte, a professor at the University of ...": who speaks
        if PLATFORM.fullmatch(match.group(0).rstrip(".’'")) \
                or MEDIUM_BEFORE.search(claim_text, max(0, match.start() - 80), match.start()) \
                or (ADJECTIVE_NAME.search(claim_text, max(0, match.start() - 6), match.start())
                    and re.match(r"\s[a-z]", claim_text[match.end():])):
            continue  # "on Telegram", "told the BBC": where it was said; "a New York man", "its Southern group": a kind
        name = _without_trailing_marks(match.group(0))
        words = name.split()
        if words[0] in ("A", "An") and len(words) > 1 and re.match(r"\s[a-z]", claim_text[match.end():]):
            continue  # "A New York man pleaded guilty": a kind of man
        placed = len(words) > 1 and words[0] in ("In", "At", "From", "Near")  # "In Dnipro, one person ...": a place
        while words and (words[0] in SENTENCE_START_WORDS or words[0] in DATING_ADJECTIVES
                         or words[0].lower() in NOT_A_SUBJECT):
            words.pop(0)
        if words and words[-1] == "I":
            words.pop()  # "Considering I was pushing it": the pronoun after a sentence's first word
        titled = max((at for at, word in enumerate(words) if word.lower().rstrip(".") in PERSON_TITLES), default=None)
        if titled is not None and len(words) - titled > 2 and words[titled + 1].lower() not in TITLES \
                and not any(word in NOT_A_PERSONS_NAME or is_organisation_phrase(word) for word in words[titled + 1:]) \
                and all(word.istitle() and word.isalpha() for word in words[titled + 1:]):
            words = words[titled + 1:]  # "Ousted WeWork CEO Adam Neumann": the person, by name (the dev review news97;
            # "Indian Premier League" has no name after its "Premier")
        if len(words) == 3 and words[2] not in NAME_NOT_A_PERSON and all(w.istitle() and w.isalpha() for w in words[1:]) \
                and ((words[0].lower() in DEMONYMS and words[0].lower() not in COMPASS_POINTS
                      and not re.search(r"\b[Tt]he\s$", claim_text[:match.start()]))
                     or (words[0] in PLAYING_POSITIONS and claim_text[:match.start()].rstrip().endswith(":"))):
            words.pop(0)  # "American Kevin King and ...", "Thunder: F Hamidou Diallo missed": the person, not their country
            # or their position ("the American Music Awards", "Indian Premier League", "Brian Patrick Kelly" stay)
        if len(words) == 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) >= SHOUTED_WORD_MIN:
            continue  # "warns SURRENDER is only option": a headline's shout, not a name (news87)
        name = without_possessive(" ".join(words))
        before = claim_text[:match.start()]
        opens = (not before.strip(" \"“‘'(") or before.rstrip().endswith((":", "“", "\"", "‘"))
                 or LABEL_END.search(before[-4:] + " "))  # a sentence's, a quotation's or a label's first word
        described = len(words) == 1 and re.match(r",\s(?:a|an|who|whose)\s[^,.;:]{3,80},\s[a-z]",
                                                  claim_text[match.end():]) is not None
        if opens and not placed and not described and (len(words) == 1 or LABEL_END.match(claim_text, match.end())):
            continue  # "Apart from ...", "Experts say", "Session length: Typically", "Initial Cost: While": no name
            # (but "Sondland, a wealthy hotelier Trump tapped as his ambassador": a name, with what he is)
        if len(words) > 1 and all(word.isupper() for word in words):
            continue  # "FULL FUNCTIONALITY is included": emphasis, not a name
        role, _, body = name.partition(" of ")
        if body and before.rstrip().endswith(",") and role.split()[-1].lower() in TITLES:
            name, words = body, body.split()  # "Tilbrook, Chief Product Officer of EncompaaS": the firm
        if words and ((words[-1].lower().rstrip(".") in TITLES and before.rstrip().endswith(","))
                      or (name.isupper() and LABEL_END.match(claim_text, match.end()))):
            continue  # "X, Chief Product Officer of", a transcript's "BYLINE:": a role, not what the claim is about
        if claim_text[max(0, match.start() - 1):match.start()] == "-" or re.match(r"-[a-z]", claim_text[match.end():]):
            continue  # "anti-Semitism", "Texas-based": part of a word
        if len(words) == 1 and re.match(r"\s\d+\s[a-z]", claim_text[match.end():]):
            continue  # "Type 1 diabetes", "Phase 3": a name with its number, which "this about Type" would cut
        if re.match(r",?\s(?:told|tells|said|says|wrote|writes|reported|reports|added|explained|noted|claimed|stated)\b",
                    claim_text[match.end():]):
            continue  # "Labour councillor Dev Sharma told the Courier that volunteers had reported": who passes it on
        if re.match(r"/[A-Z0-9]+/", claim_text[match.end():]):
            continue  # "Number FHC/ABJ/03/095/2018": a case or file number, not a name
        if any(start <= match.start() < end for start, end in modifier_lists):
            continue  # "in Hindu, Buddhist, Zen/Chan and Taoist communities": kinds of communities, not a name
        if COMPARAND_BEFORE.search(before):
            continue  # "cheaper than many of its competitors, including the BMW iX": what it is compared with
        if PLACE_OR_OBJECT_BEFORE.search(before):
            continue  # "at a rally in Louisiana", "an interview with the FBI": where or with whom, not what it is about
        if RELAYER_BEFORE.search(before):
            continue  # "one Weibo commenter said, per Feng": who passed it on, not what it is about (news90)
        if name.isupper() and before.endswith("(") and re.search(r"[a-z]\s\($", before):
            continue  # "indoor air quality (IAQ)": the short form of words just written, not a name of its own
        joined = re.match(r"\s(?:and|&)\s" + PROPER_RUN.pattern, claim_text[match.end():])
        if joined and not NATIONALITY.match(joined.group(0).split()[1]):
            # "Customs and Border Protection", "FlowGuard Pipes and Fittings": one name, or both ("Trump and Chinese
            # leader Xi": not "Trump and Chinese")
            name += without_possessive(joined.group(0).rstrip(".’'"))
        if len(words) > 1 and words[-1].lower() in DEMONYMS and words[-1].lower() not in COMPASS_POINTS | {"us", "uk", "eu"} \
                and not claim_text[:match.start()].strip(" \"“‘'(") and re.match(r"\s[a-z]", claim_text[match.end():]):
            continue  # "Small Russian infantry groups probe ...": a kind of group, at a sentence's start (dev review pnd100)
        if re.search(r"['’]", OWNER_BEFORE_NAME.sub("", name)) or MONTHS_AND_DAYS.match(name) or NATIONALITY.fullmatch(name):
            continue  # a quotation's marks around a name; "Britain's Conservative Party", whose owner is part of it, stays
        owned = OWNED_NAME_AFTER.match(claim_text, match.end()) if re.search(r"['’]s$", match.group(0)) else None
        if owned and not MONTHS_AND_DAYS.match(owned.group("name")):
            name = owned.group("name")  # "Jupiter's icy moon Europa": Europa, not Jupiter (the dev review news95)
        if len(name) > 2 and (source is None or (name not in source and source not in name)) and name not in exclude:
            at = claim_text.find(name, match.start())
            takes_the = re.search(r"\b[Tt]he\s$", claim_text[:at]) and NAME_ENDS.match(claim_text, at + len(name.rstrip(".")))
            return "the " + name if takes_the else name
    return None


# Where a speaker spoke or a person was born, a place named by where it lies, or whom an interview was with ("at a
# rally in Louisiana", "was born in Braunau", "south of the capital Kabul", "a recorded interview with the FBI"): the
# setting, not what the claim is about (the dev review news80 called "confirm this about Kabul" misdirected). A place
# the claim is about stays ("air in New Delhi is worse", "fired 40 missiles at Kharkiv").
PLACE_OR_OBJECT_BEFORE = re.compile(r"\b(?:(?:born|rally|speech|event)\sin|interview\swith|(?:north|south|east|west)\sof"
                                    r"|the\scapital)\s(?:the\s)?$")
# Who passed a claim on ("..., per Feng", "via Reuters").
RELAYER_BEFORE = re.compile(r"\b(?:per|via)\s$")
CLAUSE_MAX_WORDS = 14
# A clause asserts through a verb: an auxiliary, a past form or a present third person ("reduces", "lowers").
FINITE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|should|must|does|do"
                         r"|did|\w+ed|\w+[^s\W]s)\b")
CLAUSE_MIN_WORDS_BEFORE_COMMA = 5
REPORTED_CLAUSE = re.compile(r"\b(?:(?:says?|said|warns?|warned|notes?|noted|found|finds|shows?|showed|shown|suggests?"
                             r"|suggested|believes?|believed|argues?|argued|claims?|claimed|reports?|reported|agree"
                             r"|agrees|agreed|estimates?|estimated|insists?|insisted|concluded|revealed|explains?)\s+that"
                             r"|(?:suggesting|showing|indicating|says)(?:\s+that)?)\s+([^;:]+?)\s*(?:[;:]|,\s+(?:but|while"
                             r"|although|as well as|which|elevating|leading|making)\b|[.!?]?[\"”]?$)")
QUOTATION = re.compile(r"[\"“]([^\"“”]+?)[,.!?]?[\"”]")
DETERMINER_START = re.compile(r"^(?:The|A|An|Many|Most|Some|Several|Few|More|Fewer|Such)\s+(?=[a-z])")
FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b|\b(?i:it|they|this|these|those|he|she)\b(?=\s)")


# "According to the CDC, the plague is treatable": what follows the source; "..., an airport official said.": what
# precedes the speaker.
ACCORDING_CLAUSE = re.compile(r"^(?:According\sto|As\sper)\s[^,]{1,60},\s+(.+?)[.!?]?$")
TRAILING_SPEAKER = re.compile(r"^(.+?),\s+(?:[\w'’.-]+\s){0,5}(?:said|says|told\s[\w.]+|added|explained|reported)[.!?]?$")


def claim_clause(claim_text: str, whole: bool = False) -> str | None:
    """What the claim asserts, in its own words and short enough to ask about ("the claim that additional fat can
    turn coffee into a high-calorie drink"), for a claim with no figure or name to aim a question at; None when no
    short clause stands on its own (one that needs "I", "they" or "this" to be understood does not). With ``whole``,
    only a clause that needs no cutting and is no quoted fragment: one that says more than a name the claim holds."""
    found = REPORTED_CLAUSE.search(claim_text) or SAID_THEN_THAT.search(claim_text)
    clause = None
    framed = None if found or QUOTATION.search(claim_text) else (
        ACCORDING_CLAUSE.match(claim_text.strip()) or TRAILING_SPEAKER.match(claim_text.strip()))
    if found and (found.group(0).split()[0] == "says" or " that " in found.group(0)[:found.start(1) - found.start()]
                  or FINITE_VERB.search(found.group(1))):
        clause = found.group(1)  # not "showing the van to a customer": "showing" with no "that" needs a clause's verb
    elif found:
        clause = None
    elif framed and (framed.group(1)[:1].islower() or DETERMINER_START.match(framed.group(1))):
        clause = framed.group(1)  # not "When people do enjoy mocktails" or "Now, low flowers": a clause's own start
        clause = clause[0].lower() + clause[1:]
    elif DETERMINER_START.match(claim_text) and not QUOTATION.search(claim_text):
        clause = re.sub(r"[.!?]$", "", claim_text.strip())
        clause = clause[0].lower() + clause[1:]
    reported = _reported_clause(clause, whole) if clause else None
    if whole:
        if found and (NEGATED_BEFORE.search(claim_text, max(0, found.start() - 24), found.start())
                      or (found.group(0).split()[0] in ("suggesting", "showing", "indicating") and " that " not in found.group(0))):
            return None  # "no study has shown that the method harms children"; "a study showing Indiana as the state"
        return reported if reported and not UNFIT_WHOLE_CLAUSE.search(reported.removeprefix("the claim that ")) else None
    found_clause = reported or _quoted_clause(claim_text)  # "..., says Varady": no clause after the verb, so the quotation
    # "... from rooftops and, in one case, ...": not "from rooftops and"
    return re.sub(r"(?:,?\s(?:and|or|but))?,?\s*$", "", found_clause) if found_clause else found_clause


# A report whose "that" comes after where or how it was said ("said in a statement released through the hospital that
# he had recently taken his first steps"): the clause after "that" (the dev probe review pnd98).
SAID_THEN_THAT = re.compile(r"\b(?:said|says|stated|wrote|announced|told\s(?:[A-Z][\w.'’-]*\s?){1,3}|told\s(?:the\s)?[a-z]+)"
                            r"\s(?:in|on|at|through|via|during)\s(?:(?:a|an|the|his|her|their|its)\s)?(?:[\w’'-]+\s){0,3}?"
                            r"(?:statement|interview|filing|post|letter|email|speech|release|briefing|video|tweet|message"
                            r"|conference|hearing|meeting|remarks|comments|address|visit|appearance|session|podcast|op-ed"
                            r"|court|parliament|Commons|Senate|call|Twitter|Facebook|Instagram|Telegram|TikTok|LinkedIn|X|media|radio"
                            r"|television|TV|" + WEEKDAYS + r")"
                            r"(?:\s[^;:,\"“”]{0,60}?)?\sthat\s+(?!(?:was|were|is|are|had|has|have|will|would|could|can)\b)"
                            r"([^;:]+?)\s*(?:[;:]|,\s(?:[\w'’-]+\s){1,3}(?:said|says|told)\b|[.!?]?[\"”]?$)")
NEGATED_BEFORE = re.compile(r"\b(?:no|not|never|nor|n['’]t)\s(?:\w+\s){0,2}$", re.I)
# A clause that is no statement of its own: one opening on a name and its comma ("The key to Stadia's success, says
# Buser, is ..."), one that still holds its own reporting verb ("Some providers claim to sell ...").
UNFIT_WHOLE_CLAUSE = re.compile(r"^[A-Z][\w’'.-]*,|\b(?:claims?|claimed|says?|said|told|reports?|reported)\b")


# An aside set off by commas ("The vast majority of users, especially individuals and small teams, will see no price
# increase"): what the clause asserts reads without it.
# Not the first item of a list ("aerobic sports, such as running, cycling, and swimming, may be").
ASIDE = re.compile(r",\s(?:especially|including|such\sas|like|particularly|notably|mainly|mostly|in\sparticular)\s[^,]{1,60},"
                   r"(?!\s(?:and|or)\b)(?![^,]{0,30},\s(?:and|or)\b)")


# What research is said to show, after its verb, to the clause's end: "studies have shown a recent rise in electric
# scooter-related injuries, often ...", "research shows that strength training can be especially beneficial ...".
RESEARCH_FINDING = re.compile(r"\b(?:(?:research|studies|study|evidence|findings|trials|results)\s(?:also\s)?(?:has\s|have\s)?"
                              r"(?:shown|shows?|showed|found|finds|suggests?|suggested|revealed|reveals?|indicates?"
                              r"|indicated|links?|linked)|there\s(?:is|was|has\sbeen)\s(?:(?:some|growing|strong|good|new"
                              r"|increasing|mounting|little)\s)?evidence)\s(?P<that>that\s)?(?P<finding>[^;:.!?—–]+?)\s*(?:[;:.!?—–]|,\s(?:but|while"
                              r"|although|which|often|not\sleast|because|since|and\s(?:that|it|they))\b|$)", re.I)
FINDING_WORDS_MIN = 3
# A superlative ranks the claim's subject among others; a record, against the same thing's earlier figures: the
# question names what it is ranked among, not what it is "measured against".
SUPERLATIVE = re.compile(r"(?i)(?:the\s)?(?:highest|lowest|largest|biggest|smallest|fewest|worst|best(?:-selling)?"
                         r"|most\s[\w-]+|least\s[\w-]+)\b")
RECORD = re.compile(r"(?i)(?:a\s|the\s)?record\b")
# A level set against a stretch of its own history: "their highest in nearly two years", "the lowest since 2008".
HIGH_SINCE = re.compile(r"(?i)\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst)\s(?:[\w-]+\s){0,3}?"
                        r"(?:in\s(?:nearly\s|almost\s|more\sthan\s|over\s|about\s)?(?:\d+|a|two|three|four|five|six|seven|eight"
                        r"|nine|ten|a\sdozen)\s(?:years?|months?|weeks?|decades?)"
                        r"|since\s(?:(?:early|late|mid)[\s-])?(?:\d{4}|the\s[\w-]+|(?-i:[A-Z])\w+))")
OVER_TIME = re.compile(r"(?i)\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|increas\w*|decreas\w*|grew|grown|grows"
                       r"|growing|growth|dropped|dropping|drops|declin\w*|surg\w*|soar\w*|plung\w*|jump\w*|slump\w*"
                       r"|doubl\w*|tripl\w*|halv\w*|ever|shrink\w*|shrank|expand\w*|rise|drop|fall|boom\w*|climb\w*|spik\w*"
                       r"|went\sup|gone\sup|going\sup|go\sup|went\sdown|gone\sdown|going\sdown|go\sdown|reduc\w*|cut|since"
                       r"|anymore|now|than\sbefore|than\slast|compared\sto\slast|year[-\s]on[-\s]year)\b")
# An ordinal with what it was the first or second to do ("the second company led by Netography CEO Martin Roesch to be
# acquired", "the first woman to win"): a place in a sequence, checked against the earlier ones.
# A place in a count of a period ("the sixth national rail strike this year", "the third attack since March").
NTH_IN_PERIOD = re.compile(r"\b[Tt]he\s(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
                           r"\s(?!(?:half|quarter|week|month|day|time|round|stage|phase|year)\b)(?:[\w-]+\s){0,3}?"
                           r"(?!of\s)[\w-]+\s(?:this\s(?:year|month|week|season|decade|century)"
                           r"|since\s(?:[\w-]+\s){0,2}?(?:\d{4}|" + MONTH_NAMES + r"|[a-z]+\s(?:began|started))"
                           r"|in\s(?:\d{4}|(?:the\s)?(?:past|last)\s"
                           r"(?:\w+\s)?(?:years?|months?|weeks?)))\b")
# Charges counted in a court case ("each face 27 counts of culpable homicide"): the charge sheet lists them.
CHARGES = re.compile(r"\b(?:\d[\d,]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty"
                     r"|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?))\s(?P<kind>counts?|charges?)"
                     r"\sof\s[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}?(?=[,.;]|\s(?:and|in|after|over|for|related)\b|$)")
FIRST_TO = re.compile(r"\b[Tt]he\s(?P<nth>first|second|third|fourth|fifth)\s(?:[\w'’.-]+\s){0,8}?to\s(?:be\s|have\s)?[a-z]{3,}"
                      r"(?:\s(?!(?:in|on|at|since|after|before|by|and|but|for|with)\b)[\w'’-]+){0,3}")
RANK_ORDINAL = re.compile(r"(?i)\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
                          r"[\s-]$")
RANKED_BEFORE = re.compile(r"(?i)\b(?:the|is|are|was|were|be|been)\s$")  # "the most popular", "were most popular"
# A trend a finding names as a noun ("a recent rise in electric scooter-related injuries").
NOUN_TREND = re.compile(r"\b(?:rise|increase|decline|drop|fall|surge|jump|growth|reduction)\sin\s(?:[\w'’-]+\s?){1,4}", re.I)


def _reported_clause(clause: str, whole: bool = False) -> str | None:
    clause = ASIDE.sub("", clause)
    if len(clause.split()) > CLAUSE_MAX_WORDS and whole:
        return None
    if len(clause.split()) > CLAUSE_MAX_WORDS:  # "X is connected to lower risk, as well as ...": the first part
        clause = clause.split(",")[0]
        if len(clause.split()) < CLAUSE_MIN_WORDS_BEFORE_COMMA or not FINITE_VERB.search(clause):
            return None  # "The tuft cell, Herbert said, is ...", "a healthy vegetarian eating plan, or one ...": no verb
    clause = re.sub(r"^that\b[\s,]*", "", clause.strip(" ,"))  # "suggesting that, when practiced": one "that"
    if not 3 <= len(clause.split()) <= CLAUSE_MAX_WORDS or FIRST_OR_SECOND_PERSON.search(clause) or re.search(r'["“”]', clause):
        return None
    return "the claim that " + clause


def _quoted_clause(claim_text: str) -> str | None:
    """A short quotation that stands on its own, quoted: "'the main benefit of fasting is weight loss'"."""
    quote = QUOTATION.search(claim_text)
    if not quote or re.search(r"['’]", quote.group(1)):
        return None
    clause = quote.group(1)
    if clause.startswith(("...", "…")) or TRAILING_FUNCTION_WORDS.search(clause.rstrip()):
        return None  # a fragment of a quotation ("...deliberately providing a "low-ball" estimate")
    if len(clause.split()) <= CLAUSE_MAX_WORDS and len(clause.split()) >= 3 and not FIRST_OR_SECOND_PERSON.search(clause):
        return f"'{clause[0].lower() + clause[1:] if DETERMINER_START.match(clause) else clause}'"
    return None


COMPARED_WITH = re.compile(r"(?:\s+than)?(?:\s+(?!(?:in|on|at|by|for|with|and|or|to|as|when|because|over|the|a|an|next"
                           r"|past|last|from|of|since|during|after|before|into|if|so|but|while|that|which|who|following"
                           r"|could|would|may|might|can|will|should|is|are|was|were)\b)[a-z][\w'’-]*){1,3}")


# Where the clause that holds a trend begins: after punctuation, "that", "and", "but", or a reporting verb whose
# "that" is left out ("Experts say the growth of ...": the growth, not the experts).
CLAUSE_OPENING = re.compile(r"(?:^|[,;:—–(]|\bthat|\band|\bbut|\b(?:say|says|said|argue|argues|argued|believe|believes"
                            r"|believed|claim|claims|claimed|find|finds|found|show|shows|showed|suggest|suggests|suggested"
                            r"|note|notes|noted|warn|warns|warned))\s+(?=[^,;:—–()]*$)")


TREND_LEAD_WORDS_MAX = 7  # "the number of flights worldwide has drastically increased"


def trend_in_context(claim_text: str, trend: str) -> str:
    """A one-word trend with what rose or fell ("rates of cannabis use disorder have risen"), so a baseline question
    says what is compared; the trend alone when what precedes it is long or needs a pronoun to be understood."""
    at = claim_text.find(trend)
    if " " in trend or at < 0:
        return trend
    before = claim_text[:at]
    opening = list(CLAUSE_OPENING.finditer(before))
    lead = (before[opening[-1].end():] if opening else before).lstrip("•·*-– ")
    words = lead.split()
    content = [w for w in words if w.lower() not in NOUN_STOP]
    if not content or len(words) > TREND_LEAD_WORDS_MAX or words[0].lower() in NOT_A_SUBJECT - {"the", "a", "an"} or '"' in lead or "“" in lead:
        return trend
    span = (lead + trend).strip()
    return span[0].lower() + span[1:] if DETERMINER_START.match(span) or words[0].lower() in NOUN_STOP else span


TRAILING_FUNCTION_WORDS = re.compile(r"(?:\s+(?:to|the|a|an|of|in|for|and|or|at|by|with|on|over|next|past|last|could|would|from"
                                     r"|your|my|our|their|his|her|its"
                                     r"|may|might|can|will|should|is|are|was|were|has|have|following|since|because|when"
                                     r"|while|if))+$",
                                     re.I)


PLURAL_NOUNS = frozenset({"people", "police", "staff", "personnel", "media", "children", "men", "women"})
ESTIMATED = re.compile(r"\b(?:an\s|is\s|are\s|was\s|were\s)estimated\b", re.I)
APPROXIMATOR = re.compile(r"(?:more|less|fewer)\sthan|(?:at\s)?(?:least|most)", re.I)
SHARE_OF = re.compile(r"(?:majority|minority)\sof", re.I)
# A comparative adjective in -er ("thinner", "larger"), not a word that only ends so ("number", "water").
COMPARATIVE_ER = r"(?!(?:number|over|under|after|never|other|ever|water|power)\b)[a-z]{2,}er\b"
# A comparative by a share with nothing to compare it with ("45% thinner doors", "26% higher revenue per employee").
PERCENT_COMPARATIVE = re.compile(r"\b\d[\d.,]*\s?(?:%|percent|per\scent)\s" + COMPARATIVE_ER
                                 + r"(?:\s(?!(?:than|to|and|or|the|a|an|in|on|at|by|for|with)\b)[a-z]+)?")
# The earlier figure a change is measured from, given after it ("to yield 2.252%, from 2.293%", "down from 6.6%").
GIVEN_EARLIER_FIGURE = re.compile(r"\b(?:up\s|down\s)?from\s(?:about\s|around\s|roughly\s|nearly\s|an?\s|its\s|their\s"
                                  r"|the\s)?(?:[\w-]+\s){0,3}?(?:[$€£]\d|\d[\d.,]*\s?(?:%|percent|per\scent|million"
                                  r"|billion|bn\b))")  # not "from 2019 levels", "from March 2020", "from 12 countries"
# A change and where it ended both given ("to expand by five the pool of eligible bidders ... increased the total of
# commercial providers to 14"): what it was measured against is in the claim.
CHANGE_AND_RESULT = re.compile(r"(?i)\b(?:expand|increas|rais|cut|reduc|grow|grew|rose|rise|fell|fall|lower|boost|add)\w*\s"
                               r"(?:\w+\s){0,2}?by\s(?:about\s|around\s|nearly\s|some\s)?(?!(?:19|20)\d\d\b)"
                               r"(?:\d[\d.,]*\s?%?|one|two|three|four|five|six|seven|eight|nine|ten|a\s(?:third|quarter|half))\b"
                               r"[^.;]{0,140}?\bto\s(?:about\s|around\s)?[$€£]?\d")
UNSTATED_OTHER_SIDE_GIVEN = re.compile(r"\b(?:than|compared|versus|vs\.?|relative\sto)\b|→")
# What makes the comparison after it no comparison: "not least because" (an idiom), "not the most popular" (denied),
# "a 1 Gig or faster plan" (a threshold after a figure, not a change).
NOT_A_COMPARISON_BEFORE = re.compile(r"(?i)(?:\bnot(?:\sthe)?|\d[\d,.]*%?(?:\s?[a-z]{1,5})?\sor)\s$")
# "growth" named as a goal ("to support its rapid growth", "investing for growth", "keep an eye on profitable revenue
# growth") or a process of the body ("tumor cell growth"), not a trend the claim reports (dev and news pages: 9 of 12
# baseline questions on a bare "growth" were of these kinds).
GROWTH_AS_GOAL_BEFORE = re.compile(r"(?i)(?:\b(?:support(?:s|ing)?|driv(?:e|es|ing)|fuel(?:s|ling|ing)?|needs?|for|toward"
                                   r"|towards|pursu(?:e|ing)|enabl(?:e|es|ing)|accelerat(?:e|es|ing)|sustain|on)\s"
                                   r"(?:(?:its|their|our|your|the|rapid|long-term|future|profitable|revenue|sustainable"
                                   r"|business)\s){0,3}|\b(?:cell|tumou?r|hair|muscle|bone|bacterial|root)\s)$")
# What others claim to be ("dozens of platforms claiming to be the easiest, cheapest, or most customizable", "billed as
# the fastest"): their boast, reported, not a comparison the claim makes (dev review tune64a: both reviewers).
CLAIMED_TO_BE_BEFORE = re.compile(r"(?i)\b(?:claim(?:s|ed|ing)?|purport(?:s|ed|ing)?|promis(?:e|es|ed|ing)|bill(?:s|ed)"
                                  r"|market(?:s|ed)|tout(?:s|ed)|advertis(?:es|ed)|sold)\s(?:to\sbe|as)\s"
                                  r"(?:(?:the\s)?[\w-]+,?\s(?:or\s|and\s)?){0,4}?(?:the\s)?$")
# A comparative naming a kind of thing after "of" ("the resources of larger firms", "symptoms of increased
# breathlessness"): which things, not a comparison the claim makes. A superlative there ranks ("one of the largest
# publishers"), and a trend counts ("part of a growing number of firms").
CLASS_COMPARATIVE = re.compile(r"(?i)^(?:" + COMPARATIVE_ER + r"|more|less|fewer|increased|reduced)\b")
OF_BEFORE = re.compile(r"(?i)(?<!\bone\s)(?<!\bsome\s)(?<!\bmany\s)(?<!\beach\s)\bof\s(?:the\s)?$")  # not "one of the more"
SPIRAL = re.compile(r"(?i)(?:more\sand\smore|less\sand\sless|increasingly)")


def _what_grows(after: str) -> str:
    """The word or two after "more and more" or "increasingly" that say what grows: through a plural noun in the first
    two words ("bluetooth earphones"), else the first word ("popular"), never a verb or a function word."""
    words = re.match(r"(?:\s[a-z][\w'’-]*){0,2}", after).group(0).split()
    for i, word in enumerate(words):
        if word in NOUN_STOP or word.endswith(("ing", "ed")) or word in VERBS_ENDING_IN_S or word == "thanks":
            words = words[:i]
            break
    plural = next((i for i, w in enumerate(words) if _plural(w)), None)
    kept = words[:plural + 1] if plural is not None else words[:1]
    return " " + " ".join(kept) if kept else ""


def _a_comparison_to_question(claim_text: str, found: str) -> bool:
    """Whether a comparison the detector found is one a baseline question can go after: not a share, a figure's hedge,
    a class ("smaller than 256-bit"), nor a description of a named thing ("a rival to the more expensive Moccamaster")."""
    at = max(0, claim_text.find(found))
    if any(idiom.start() <= at < idiom.end() for idiom in NOT_A_TREND.finditer(claim_text)):
        return False  # "in the first place", "the most recent twists", "the case was dropped": no measure to ask for
    return (not SHARE_OF.fullmatch(found.strip())  # "majority of" is a share to count, not a trend
            and not APPROXIMATOR.fullmatch(found.strip())  # "more than $3 billion": a figure's hedge, not a comparison
            and not MOST_OF_A_KIND.fullmatch(found.strip())  # "with most averaging $20": a share, compared with nothing
            and not MOST_OF_A_GROUP.match(found.strip())
            and not NOT_COMPARED_AFTER.match(claim_text, at + len(found))
            and not NOT_A_COMPARISON_BEFORE.search(claim_text, 0, at)
            and not CLAIMED_TO_BE_BEFORE.search(claim_text, 0, at)
            and not (found.strip().lower() == "growth" and (GROWTH_AS_GOAL_BEFORE.search(claim_text, 0, at) is not None
                                                            or claim_text.startswith("-", at + len(found))))
            and not (CLASS_COMPARATIVE.match(found.strip()) and OF_BEFORE.search(claim_text, 0, at))
            and not (DESCRIBED_BEFORE.search(claim_text, 0, at) and NAME_AFTER.match(claim_text, at + len(found)))
            and not _names_a_tier(claim_text, found, at)
            and not UNMEASURED_BEFORE.search(claim_text, 0, at) and not UNMEASURED_AFTER.match(claim_text, at + len(found))
            and not (KIND_COMPARATIVE.fullmatch(found.strip()) and PLURAL_NOUN_AFTER.match(claim_text, at + len(found))
                     and "than" not in claim_text[at:at + len(found) + 40]))


# A mood growing, not a measure: "concerns over the Indian economy are growing", "growing fears of a slowdown" (the dev
# review news93 called "What is 'growing' measured against?" a misreading).
UNMEASURED_BEFORE = re.compile(r"(?i)\b" + MOODS + r"(?:\s(?:over|about|of|for|on|that)(?:\s[\w'’-]+){0,5}?)?"
                               r"\s(?:(?:are|is|were|was|have\sbeen|has\sbeen|had\sbeen)\s)?$")
UNMEASURED_AFTER = re.compile(r"(?i)\s" + MOODS + r"\b")


# A size or an age naming a kind of thing ("on smaller MacBooks", "older adults", "larger companies"): a class, compared
# with nothing (the dev review news87 called "What is 'smaller' measured against?" a misreading).
KIND_COMPARATIVE = re.compile(r"(?i)smaller|larger|bigger|older|younger|newer")
_NOT_A_PLURAL_NOUN = r"(?!(?:this|is|was|has|as|across|less|always|its|his|does|thus|plus|perhaps|unless|yes)\b)"
PLURAL_NOUN_AFTER = re.compile(r"\s" + _NOT_A_PLURAL_NOUN + r"(?:[A-Za-z-]+\s)?" + _NOT_A_PLURAL_NOUN + r"[A-Za-z-]{2,}s\b")


# Words a comparison pattern takes for one that compare nothing: an idiom, the latest of a series, a case dropped.
NOT_A_TREND = re.compile(r"(?i)\bin\sthe\sfirst\splace\b|\bmost\srecent\b|\b(?:second|third|fourth|fifth)\s(?:consecutive|straight)\b"
                         # "at least three children": a figure's floor; "the doubles title": a kind of match; "pushed
                         # for greater use": what someone asks for, not a change measured (dev review news76a)
                         r"|\bat\sleast\b|\bdoubles\s(?:title|match|final|champions?|partner|team|tournament)\b"
                         # "two singles and a doubles in each tie": a match; "scores twice as Wild beat Sabres": "as" opens
                         # a clause (a headline's missing comma), compared with nothing
                         r"|\b(?:a|the)\sdoubles\b|\btwice\sas\s(?=(?-i:[A-Z]))"
                         r"|\b(?:push(?:ed|es|ing)?|call(?:ed|s|ing)?|argu(?:ed|es|ing)|lobb(?:ied|ies|ying)|press(?:ed|es|ing)?)"
                         r"\sfor\s(?:a\s)?(?:greater|more|higher|lower|less|bigger|larger|increased|reduced)\s\w+"
                         r"|\b(?:case|charges?|lawsuit|suit|investigation"
                         r"|probe|allegations?)\s(?:was|were|has\sbeen|had\sbeen|have\sbeen|is\sbeing)\sdropped\b"
                         r"|\bdropped\s(?:the|all|its|their|his|her)\s(?:case|charges?|lawsuit|suit|investigation)\b"
                         # "in the strongest as well as the most vulnerable": people, named by a superlative (news77a);
                         # "nearly falling into a coma": a fall into a state, not a trend
                         r"|\b(?:in|among|for|to|from|on|with|by|as\swell\sas|and)\sthe\s(?:most\s[a-z]+|[a-z]+est)"
                         r"(?=\s?[,.;)]|\sas\swell\sas\b|\sand\s(?:the|in|among)\b)"
                         r"|\b(?:fall(?:s|ing|en)?|fell)\s(?:into|in\slove|asleep|ill|victim|silent|apart|behind\sbars)\b"
                         # "a wildfire jumped a highway", "climbed the stairs": a thing crossed, not a rise measured
                         r"|\b(?:jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|top(?:ped|s|ping)?)\s(?:a|the|over\sthe)\s(?![^.,;]{0,30}\d)"
                         r"(?!record\b|whopping\b|further\b|staggering\b)"
                         # "have declared most major settlements legal": a share of them, not a superlative (news78a)
                         r"|(?<!\bthe\s)(?<!\bThe\s)\bmost\s(?!of\b)[a-z]+\s[a-z]+s\b(?=\s(?:legal|illegal|are|were|have|had|in|on))"
                         # "patients with a higher risk of adverse drug reactions": a kind of patient (dev review tune71a)
                         r"|\b(?:patients|people|persons|those|individuals|adults|children|women|men|users|customers)\swith"
                         r"\s(?:an?\s)?(?:higher|lower|greater|increased|reduced)\s(?:[a-z-]+\s)?(?:risks?|chances?|rates?)\b")
# "a rival to the more expensive Moccamaster": a named thing described, where the claim lies elsewhere (not "one of
# the more affordable SCA-certified brewers", a class the claim ranks its subject in)
DESCRIBED_BEFORE = re.compile(r"(?<!\bof\s)(?<!\bamong\s)\b[Tt]he\s$")
NAME_AFTER = re.compile(r"\s[A-Z]")
# "they had moved to a more expensive level", "upgrade to a faster plan": which tier of an offer, named by how it
# differs, not a comparison the claim makes
ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s$")
OFFER_AFTER = re.compile(r"\s(?:level|tier|plan|option|version|model|package|edition|subscription|trim|membership"
                         r"|setting|mode)s?\b")
COMPARATIVE_HEAD = re.compile(r"(?:more|less)\s[a-z]+|[a-z]+er\b", re.IGNORECASE)


def _names_a_tier(claim_text: str, found: str, at: int) -> bool:
    """Whether the comparative only says which tier of an offer is meant: an article before it, the tier's noun after."""
    head = COMPARATIVE_HEAD.match(found.strip())
    return bool(head) and ARTICLE_BEFORE.search(claim_text, 0, at) is not None \
        and OFFER_AFTER.match(claim_text, at + head.end()) is not None


# A clause that sets the scene before the claim: "As Uber and Lyft grew,", "While sales rose,".
OPENING_SETTING = re.compile(r"(?:As|While|When|Since|After|Although|Though)\s[^,;]{3,80},\s")


def _trend_word(claim_text: str, start: int) -> re.Match | None:
    """The first TREND from ``start`` that is no name's word ("demos for “Wild Rose”" holds no rise, "Lower Manhattan"
    no comparison); a superlative in a title's capitals still ranks ("America's 10 Largest P&C insurance companies")."""
    for match in TREND.finditer(claim_text, start):
        if match.start() == 0 or not match.group(0)[0].isupper() or re.match(r"[A-Z][a-z]+est\b", match.group(0)):
            return match
    return None


def _trend(claim_text: str) -> str | None:
    """The comparison or trend a baseline question asks about: the plan's own pattern, else the one the detector
    flagged ("lower operational costs", "reduce your carbon footprint")."""
    match = _trend_word(claim_text, 0)
    setting = OPENING_SETTING.match(claim_text)
    if match and setting and match.start() < setting.end():
        match = _trend_word(claim_text, setting.end())  # "As Uber and Lyft grew, driver pay went down"
    candidates = ([match.group(0)],) if match else (find_comparisons(claim_text),
                                                     find_comparisons(claim_text, reporting=True))
    found = next((kept for kept in ([f for f in found if _a_comparison_to_question(claim_text, f)] for found in candidates)
                  if kept), [])
    if not found:
        compared = PERCENT_COMPARATIVE.search(claim_text)  # "45% thinner doors": thinner than what, the claim leaves out
        return compared.group(0) if compared and not UNSTATED_OTHER_SIDE_GIVEN.search(claim_text) else None
    trend = found[0].strip()
    if setting and len(found) > 1 and claim_text.find(trend) < setting.end() <= claim_text.find(found[1].strip()):
        trend = found[1].strip()  # "As Uber and Lyft grew, driver pay went down": the change the claim is about
    owned = re.search(r"\s(?:your|my|our|their|his|her|its)$", trend) and re.match(
        r"\s[a-z][\w-]*\b(?![-'’])", claim_text[claim_text.find(trend) + len(trend):])
    if owned:
        trend += owned.group(0)  # "can double your costs", not "can double your"
    trimmed = TRAILING_FUNCTION_WORDS.sub("", trend)
    trend = trimmed or trend  # "cost more to": "cost more"; "decline over the next": "decline"
    at = claim_text.find(trend) + len(trend)
    grows = _what_grows(claim_text[at:]) if SPIRAL.fullmatch(trend) else ""
    if grows:  # "more and more popular", "more and more bluetooth earphones": what grows
        return trend + grows
    ends = BOTH_ENDS.match(claim_text, at + 1) if claim_text[at:at + 1] == " " else None
    end = re.match(r"[$€£]?\d[\d.,]*(?:\s(?:billion|million|thousand|percent|per\scent)|%)?(?!\d|st\b|nd\b|rd\b|th\b)",
                   claim_text[ends.end() - 1:]) if ends else None
    if end:  # "grew from $6.76 billion to $9.49 billion": the change, both ends (not places: "from 133rd to 168th")
        return trend + claim_text[at:ends.end() - 1] + end.group(0).rstrip(".,")
    measured_against = COMPARED_WITH.match(claim_text, at)  # "faster than standard web apps": what it is set against
    return trend + measured_against.group(0) if measured_against and " " not in trend else trend


# Where a comparison's other side ends: a new clause ("faster than standard web apps and can re-engage users").
COMPARAND_END = re.compile(r"\s(?:and|or|but|while|which|who|so)\s(?=(?:can|could|will|would|may|might|is|are|was|were|has"
                           r"|have|had|do|does|did|it|they|he|she|we|you|its|their)\b)")
COMPARAND_WORDS_MAX = 7
COMPARAND_NAME_WORDS_MAX = 10  # "cheaper than both the KQi 300X and VX2 Pro GT": a name is read whole


def _with_comparand(claim_text: str, trend: str) -> str | None:
    """The comparison read through to what it is compared with: "wear more quickly than the rear ones", "cheaper than
    both the KQi 300X and VX2 Pro GT" (to the clause's end, at most seven words past "than", more to finish a name);
    None where the claim names it elsewhere ("Compared to those in the control group, participants ...") or the
    "than" belongs to another comparison ("has increased, rendering travel easier than it used to be")."""
    at = claim_text.find(trend)
    named = COMPARAND_NAMED.search(claim_text, at, at + len(trend) + 40) if at >= 0 else None
    if named is None or re.search(r"[,;:()—–]|(?:\s\S+){7}", claim_text[at + len(trend):named.start()]):
        return None
    clause = re.match(r"[^,;:.!?()\[\]\"“”]*", claim_text[named.start():]).group(0)
    ends = COMPARAND_END.search(clause)
    words = (clause[:ends.start()] if ends else clause).split()
    cut = COMPARAND_WORDS_MAX
    while cut < min(len(words), COMPARAND_NAME_WORDS_MAX) and (words[cut][:1].isupper() or words[cut][:1].isdigit() or (
            words[cut] == "&" and cut + 1 < len(words) and words[cut + 1][:1].isupper())):  # "Barnes & Noble"
        cut += 1
    comparand = TRAILING_FUNCTION_WORDS.sub("", " ".join(words[:cut]))
    return (claim_text[at:named.start()] + comparand).strip()


def _named_document(source: str) -> str | None:
    """A body's name and then the document it wrote ("IDC estimations"), as a question names it: "the IDC
    estimations"; a document named by who keeps it ("Court papers obtained by our correspondent"): "the court papers";
    None for any other source."""
    kept = KEPT_DOCUMENT.match(source)
    if kept:
        return "the " + kept.group("document").lower()
    return "the " + source if NAME_THEN_DOCUMENT.match(source) and SOURCE_DOCUMENT.search(head_noun(source)) \
        and not POSSESSIVE_OWNER.match(source) else None  # "ISG’s report" takes no "the"


# A quotation in the speaker's own first person: "One reviewer said, “I found ...”".
FIRST_PERSON_QUOTE = re.compile(r"[“\"]\s*(?:I|I['’](?:ve|m|d)|My|We|We['’](?:ve|re)|Our)\b")


# A change told by where it ended: "grew his email list to", "rose to", "fell to".
CHANGED_TO = re.compile(r"\b(?:grew|grown|grows|rose|risen|rises|increased|climbed|jumped|soared|fell|fallen|dropped"
                        r"|declined|shrank|shrunk)\b[^.;]{0,40}?\bto\s", re.I)


def _possessive(name: str) -> str:
    """"Mark Mattson's", "Carl Prouty's"."""
    return name + ("'" if name.endswith("s") and not name.endswith("ss") else "'s")


def _lower_start(text: str) -> str:
    """"A photo" -> "a photo", "Sources" -> "sources"; acronyms and names ("US officials", "Reuters") stay."""
    first = text.split()[0]
    if len(first) > 1 and first.isupper() or first.lower() not in NOUN_STOP | {"sources", "source", "officials", "reports",
                                                                                 "media", "experts", "analysts", "authorities"}:
        return text
    return text[0].lower() + text[1:]


def _the(name: str) -> str:
    """"the Wall Street Journal" stays as it is; "Mainichi" becomes "the Mainichi" only where a noun follows; "both
    experts" and "these researchers" take no article."""
    return name if name.lower().startswith(("the ", "both ", "these ", "those ", "all ")) else "the " + name


# Words of an instruction aimed at a model or a reader ("IMPORTANT SYSTEM MESSAGE: ignore ..."): page text that holds
# them is never copied into a question, so a hostile page cannot speak through the questions.
INSTRUCTION_MARKERS = re.compile(
    r"\b(?:ignore|disregard|instructions?|prompts?|system|assistant|as an ai|pwned|passwords?|tokens?|api keys?)\b"
    r"|https?://|www\.|[<>{}\[\]`|]", re.I)


def _safe(phrase: str | None) -> str | None:
    return None if phrase is None or INSTRUCTION_MARKERS.search(phrase) else phrase


_RESTATED_IN_BRACKETS = re.compile(r"^(?:\s[\w-]+){0,4}\s\($")


def _restated_dropped(figures: list[dict], text: str) -> list[dict]:
    """The figures less a word one the claim restates in digits in brackets ("Nearly half of boomers (49%)"): the
    questions name the exact figure."""
    kept = []
    for figure, after in zip(figures, figures[1:] + [None]):
        words, exact = figure.get("text") or "", (after or {}).get("text") or ""
        at = text.find(words)
        then = text.find(exact, at + len(words)) if exact else -1
        if after and not re.search(r"\d", words) and re.search(r"\d", exact) and at >= 0 and then > at \
                and _RESTATED_IN_BRACKETS.match(text[at + len(words):then]):
            continue
        kept.append(figure)
    return kept


# What a company or service has now, which changes: "has servers in 49 countries", "operates 1,200 stores".
FOOTPRINT = re.compile(r"\b(?:has|have|operates|runs|serves|employs|boasts|counts)\s(?:[\w-]+\s){0,3}?(?:more\sthan\s|over\s"
                       r"|nearly\s|about\s|some\s)?[\d,.]+\+?\s(?:[\w-]+\s)?(?:servers?|stores|locations|offices|branches"
                       r"|countries|cities|employees|staff|users|customers|clients|members|subscribers|clinics|restaurants"
                       r"|outlets|sites|data\scent(?:er|re)s)\b|\b(?:servers?|stores|offices|locations)\sin\s[\d,.]+\+?\s"
                       r"(?:countries|cities|states|locations)\b", re.I)


ASKED_FIRST = frozenset({"share", "money", "count", "tally"})


QUOTED_SPAN = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


# "working with customer service reps could be frustrating", "moving can be stressful": what a thing is like at times,
# said of it in general, not the article holding back on a fact.
CAN_BE_LIKE = re.compile(r"\s(?:sometimes\s|often\s|also\s)?be\s(?:very\s|quite\s|really\s|a\sbit\s)?(?:frustrating|confusing"
                         r"|overwhelming|difficult|challenging|stressful|tricky|hard|painful|annoying|daunting|tiring"
                         r"|exhausting|intimidating|time-consuming|tedious|unhelpful|slow)\b")


def _what_it_can_be(hedge: str, text: str) -> bool:
    """Whether each use of a modal hedge says what a thing can be like ("could be frustrating"), not that a claim may
    be so."""
    places = _hedge_places(hedge, text)
    return hedge.lower() in ("could", "can", "might", "may") and bool(places) and all(
        CAN_BE_LIKE.match(text, place.end()) or STILL_POSSIBLE.match(text, place.end()) for place in places)


# A hope someone states ("Both sides said they were hopeful the swap could lead to a breakthrough"):
# the modal after it is what they hope for, not the article hedging a claim (news90).
HOPED_BEFORE = re.compile(r"\b(?:hope[sd]?|hopeful|hoping|optimistic|confident|wish(?:es|ed)?)\s(?:that\s)?"
                          r"(?:(?!(?:but|yet|though|although|while|whereas|however)\b)[\w’'-]+\s){1,8}$", re.I)


def _hoped_for(hedge: str, text: str) -> bool:
    """Whether each use of a modal hedge is what someone hopes for (HOPED_BEFORE)."""
    places = _hedge_places(hedge, text)
    return hedge.lower() in MODAL_HEDGES and bool(places) and all(
        HOPED_BEFORE.search(text, max(0, place.start() - 80), place.start()) for place in places)


def _cites_a_study(text: str, source: str | None) -> bool:
    """Whether the claim reports a study or a survey, outside the name of a body named for the study it does ("The
    Institute for the Study of War said" reports none)."""
    if source and BODY_NAMED_FOR_STUDY.search(source):
        text = re.sub(re.escape(source), "", text, flags=re.I)
    return SURVEY.search(text) is not None or STUDY.search(text) is not None


def _names_an_accusation(hedge: str, text: str) -> bool:
    """Whether each "allegedly" names what someone is accused of ("hearings on the impeachment against him for
    allegedly abusing his office"): the charge, as the law words it, not a doubt the claim itself carries (the dev
    news review news77a called "who has confirmed this?" a misreading)."""
    places = _hedge_places(hedge, text)
    return hedge.lower() == "allegedly" and bool(places) and all(
        names_a_charge(text, place.start(), place.end()) for place in places)


def _hedged_relative(hedge: str, text: str) -> re.Match | None:
    """The name and the relative clause a hedge sits in, where it qualifies a name or a noun the claim has just given
    ("Europa, which is thought to harbor a huge, salty ocean beneath its ice shell", "found a man bleeding, who was
    possibly the victim of a stabbing"): what the hedge covers is that clause, not the claim's main figure."""
    return re.search(r"(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}|\b(?:a|an|the)\s[a-z][\w'’-]*)(?:\s[a-z][\w'’-]*)?,"
                     r"\s(?:which|who)\s(?:(?P<aux>is|was|are|were)\s)?(?P<hedge>" + re.escape(hedge)
                     + r")(?P<rest>(?:\s[^\s.;:!?]+){1,10})", text)


# A possibility ahead, not a hedged fact: "the Chinese military could yet be called in", "might one day replace" (the
# dev news review news73a called "what evidence would show it is actually so?" a misreading).
STILL_POSSIBLE = re.compile(r"\s(?:yet|still|soon|eventually|one\sday|someday|in\stime)\b")


def _hedge_places(hedge: str, text: str) -> list[re.Match]:
    """Where the hedge word stands in the claim, each as a whole word."""
    return list(re.finditer(r"\b" + re.escape(hedge) + r"\b", text, re.I))


def _only_in_quotation(hedge: str, text: str) -> bool:
    """Whether a hedge stands only inside the quoted words of a named speaker ("Thoreau writes, “We seem to have
    forgotten ...”"): the speaker's own turn of phrase, not the article doubting the claim."""
    quoted = [m.span() for m in QUOTED_SPAN.finditer(text)]
    places = [place.start() for place in _hedge_places(hedge, text)]
    return bool(places and quoted) and all(any(a <= at < b for a, b in quoted) for at in places)


# A slope the page's test was run on ("slowed down dramatically on a 10% grade hill", "up the 10.5% grade"): the test's
# condition, not its result.
# "a 10.5% grade", "my 250-ft 8% test hill": the ground a test ran on, not its result
TEST_CONDITION_AFTER = re.compile(r"\s?(?:%|percent|per\scent|-?(?:ft|foot|feet|m|metre|meter|yards?)\b)?(?:\s[\d.,]+\s?%)?"
                                  r"\s(?:test\s)?(?:grade|incline|gradient|slope|hill|climb)\b", re.I)


# A speed a test starts from or runs up to ("a 14.1-foot stopping distance from 15 MPH", "rockets to 15 MPH in just
# 3.89 seconds"): what was tested, not what the test found.
TEST_SPEED_BEFORE = re.compile(r"\b(?:from|to)\s(?:[\d.]+\s?(?:mph|km/h|kph)\s\()?$", re.I)  # "to 60 mph (97 kph)"
TEST_SPEED_AFTER = re.compile(r"\s?(?:mph|km/h|kph)\b(?:\s(?:in|within)\s(?:just\s|only\s|about\s)?\d|(?!\s(?:to|and)\s\d))",
                              re.I)
MEASURED_IN_SENTENCE = re.compile(r"\b\d+\.\d+[\s-]?(?:seconds?|s|feet|foot|ft|metres?|meters?|m)\b")


def _test_condition(figure: FigureReading, text: str) -> bool:
    """Whether the figure is the slope a test ran on, or the speed it started from or ran up to where the sentence
    gives what it measured: which the question should not ask about."""
    at = text.find(figure.text)
    if at < 0:
        return False
    end = at + len(figure.text)
    return TEST_CONDITION_AFTER.match(text, end) is not None or (
        TEST_SPEED_BEFORE.search(text, 0, at) is not None and TEST_SPEED_AFTER.match(text, end) is not None
        and MEASURED_IN_SENTENCE.search(text) is not None)


# An age or a time that opens the sentence and sets when the claim holds ("At four to six months, infants average about
# 14 hours of sleep", "By age 2, ..."): the setting, not the figure to question.
SETTING_BEFORE = re.compile(r"(?:At|By|From|Until|Before|After)\s(?:about\s|around\s|age\s|the\sage\sof\s)?"
                            r"(?:[\w.]+\s?(?:to|-|–)\s?)?")  # the range's upper end too: "At four to | six months"
SETTING_AFTER = re.compile(r"(?:\s?(?:to|-|–)\s?[\w.]+)?(?:\s(?:months?|years?|weeks?|days?))?(?:\sold|\sof\sage)?,")
SETTING_UNIT = re.compile(r"\b(?:months?|years?|weeks?|days?)\b")  # an age or a time, not a record ("At 4-7, the Chargers")


def _opening_setting(figure: FigureReading, text: str) -> bool:
    """Whether the figure is the age or time the sentence opens on, which sets when its claim holds."""
    at = text.find(figure.text)
    after = SETTING_AFTER.match(text, at + len(figure.text)) if at > 0 else None
    return after is not None and SETTING_BEFORE.fullmatch(text, 0, at) is not None and (
        SETTING_UNIT.search(text, at, after.end()) is not None or "age" in text[:at])


# A first the claim asserts ("for the first time", "the first time that's happened since 1905", "for the first time in
# 25 years"), with the span it holds over; not a first try ("it just works the first time").
FIRST_TIME = re.compile(r"(?:(?i:for)\sthe\sfirst\stime|first\stime(?=(?:\sthat['’]s\shappened)?\s(?:since|in)\s))"
                        r"(?:\sthat['’]s\shappened)?(?:\s(?P<since>(?:since|in)\s(?:the\s)?(?:[\w’'-]+\s){0,2}?"
                        r"(?:\d{4}|\d+\s(?:years|decades|months)|[a-z]+\s(?:years|decades)|history)))?")


# The group a sentence opens on, over which its figure holds ("At 109 private colleges, the average cost per credit hour
# is $1,170", "Among the 2,000 adults surveyed, 38% ..."): the scope, asked about after the figure it scopes.
SCOPE_BEFORE = re.compile(r"(?:At|Among|Across|Of|In|For)\s(?:the\s|all\s|these\s)?$")
SCOPE_AFTER = re.compile(r"(?:\s[\w’'-]+){1,5},\s")


# to the next comma the main clause goes on from (", which employs about 64,000 people worldwide, reported"), not "64,000"
# nor a list's next item (", which allocates 50% of income to needs, 30% to wants")
RELATIVE_CLAUSE = re.compile(r",\s(?:which|who)\s[^;]+?,(?=\s(?!(?:and|or|but|then|as|plus|including|with|such)\b)[a-z])")


SUBJECT_MAX_WORDS = 6


def _in_a_relative_clause(figure: FigureReading, text: str) -> bool:
    """Whether the figure stands in a relative clause set off by commas after the sentence's subject ("Hartmann, which
    employs about 64,000 people worldwide,"): background to what the sentence reports."""
    at = text.find(figure.text)
    return any(clause.start() < at < clause.end() and len(text[:clause.start()].split()) <= SUBJECT_MAX_WORDS
               for clause in RELATIVE_CLAUSE.finditer(text))


def _opening_scope(figure: FigureReading, text: str) -> bool:
    """Whether the figure counts the group the sentence opens on (SCOPE_BEFORE)."""
    at = text.find(figure.text)
    return at > 0 and SCOPE_BEFORE.fullmatch(text, 0, at) is not None \
        and SCOPE_AFTER.match(text, at + len(figure.text)) is not None


# A part of a whole that the claim gives as a figure too: "200 million of its 1 billion active users".
_MAGNITUDE = r"(?:\s(?:thousand|million|billion|trillion)|(?:bn|tn|mn|m|k)\b)?"  # "the $1.4bn requested"
_WHOLE = r"[$£€]?\d[\d.,]*" + _MAGNITUDE
PART_OF_A_WHOLE = re.compile(r"\sof\s(?:its|their|the|our|his|her)\s" + _WHOLE)
WHOLE_AFTER_PART = re.compile(r"\d[\d.,]*" + _MAGNITUDE + r"\sof\s(?:its|their|the|our|his|her)\s$")
# What a claim is set against ("compared to the majority of compact projectors we have examined, the EF12 produced
# superior black levels"): the base of its comparison, not the figure it asserts.
COMPARISON_BASE_BEFORE = re.compile(r"\b(?:compared\s(?:to|with)|relative\sto|versus|vs\.?|as\sopposed\sto)\s(?:[\w'’-]+\s){0,2}$",
                                    re.IGNORECASE)


def _comparison_base(figure: FigureReading, text: str) -> bool:
    """Whether the figure stands in what the claim compares against, or is the whole a part before it is of."""
    at = text.find(figure.text)
    return at > 0 and (COMPARISON_BASE_BEFORE.search(text, max(0, at - 40), at) is not None
                       or WHOLE_AFTER_PART.search(text, max(0, at - 30), at) is not None)


def _labels_the_row(figure: FigureReading, text: str) -> bool:
    """Whether the figure is a row label's bound ("Extended (over 12 weeks): ..."), not what the row claims."""
    at = text.find(figure.text)
    return at >= 0 and in_label(text, at)


def _credited_people(text: str) -> str:
    """How a question about a credential asks after the people it credits: "Who is on the CleverHiker team", "Who are
    the publisher's experts", else "Who did this work"."""
    team = OWN_TEAM.match(text)
    people = OWN_PEOPLE.search(text)
    if team:
        named = team.group(0)[0].lower() + team.group(0)[1:]  # "the CleverHiker team"
    elif people:
        named = f"the publisher's {people.group('people')}"
    else:
        return "Who did this work"
    return f"Who is on {named}" if named.endswith(("team", "staff")) else f"Who are {named}"


def _in_source_name(figure: FigureReading, source: str | None) -> bool:
    """Whether the figure is part of the source's name ("As GEO 6 reports"): the report's title, not a count."""
    return bool(source) and re.search(r"\b[A-Z][\w-]*\s" + re.escape(figure.text) + r"(?!\w)", source) is not None


# How many unnamed speakers there were: "Two senior Republican aides said", "three people familiar with the talks".
SPEAKER_COUNT = re.compile(r"(?i)(?:the\s)?(?:two|three|four|five|six|seven|eight|nine|ten|several|a\sfew|a\sdozen|[2-9]"
                           r"|1[0-2])")


def _counts_the_speakers(figure: FigureReading, source: str | None, text: str = "") -> bool:
    """Whether the figure counts the unnamed people the claim is credited to: who spoke, not what they said; also
    another unnamed source the sentence cites beside its first ("Some investors worry ..., according to two people
    familiar with discussions at board level": the dev review probenewsdev70 called "how would they know about the two
    people" a misreading)."""
    if not source or SPEAKER_COUNT.fullmatch(figure.text) is None:
        return False
    return re.match(r"(?i)(?:the\s)?" + re.escape(figure.text) + r"\b", source) is not None or re.search(
        r"(?i)\b" + re.escape(figure.text) + UNNAMED_PEOPLE_AFTER, text) is not None


# Unnamed people, told by what they know: "two people familiar with the matter", "three sources close to the talks".
UNNAMED_PEOPLE_AFTER = (r"\s(?:[\w-]+\s)?(?:people|persons|sources|officials|insiders|executives|diplomats)\s(?:familiar"
                        r"|close|with\s(?:direct\s)?knowledge|briefed|who\s(?:spoke|asked|were\snot))\b")


def _first_few(figure: FigureReading, text: str) -> bool:
    """"one of the first two Muslim women elected to Congress": a place in a history, not a count anyone made."""
    at = text.find(figure.text)
    return at > 0 and re.search(r"\bone\sof\s(?:the|its|their)\s(?:first|last|only)\s$", text[:at]) is not None


def _in_an_aside(figure: FigureReading, text: str) -> bool:
    """Whether the figure stands in a relative clause or a dashed aside after the speaker's verb ("..., which gave
    nearly $5.9 million toward Holcomb's campaign", "South Dakota's campaign – run by a Minneapolis-based firm with a
    budget of $449,000 – was"): the article's background set into their words, not a figure they gave (dev review
    news74ab: "How did Eric Holcomb's office arrive at the $5.9 million figure?" misread the sentence)."""
    at = text.find(figure.text)
    if at < 0 or re.search(r"[\"“”]", text):  # in a quotation the figure is the speaker's own
        return False
    aside = re.search(r",\s(?:which|who|whose)\s[^,;:]*$|\s[–—]\s[^–—]*$", text[:at])
    return aside is not None and re.search(r"\b(?:said|says|told|tells|added|according\sto)\b", text[:aside.start()]) is not None


def _listed(figure: FigureReading, text: str) -> bool:
    """"four areas significantly impact ... learning: instructor presence, student-student interaction, ...": a few
    things the claim goes on to name, which the reader can count, not a count anyone made (dev review tune69a)."""
    at = text.find(figure.text)
    return at >= 0 and SMALL_NUMBER.fullmatch(figure.text) is not None and re.search(
        r":\s[^:;]+,[^:;]+(?:,|\band\b)", text[at:]) is not None


def _counts_charges(figure: FigureReading, text: str) -> bool:
    """"charged with one count of conspiring": the charges a court filed, which its documents show, not a tally."""
    at = text.find(figure.text)
    return at >= 0 and re.match(r"\w+(?:\s\w+)?\s(?:counts?|charges?)\sof\b", text[at:]) is not None


# A product's rated power, capacity or resolution ("dual 350W motors", "a 4,700 mAh battery"): its specification,
# which a test result in the same sentence goes before.
SPEC_RATING_AFTER = re.compile(r"\s?(?:W|kW|V|mAh|Wh|GB|TB|MP|Hz|GHz|nits)\b")


def _spec_rating(figure: FigureReading, text: str) -> bool:
    at = text.find(figure.text)
    return at >= 0 and SPEC_RATING_AFTER.match(text, at + len(figure.text)) is not None


# The words that describe a speaker, set after their name: who the speaker is, not what they claim. ", founder of New
# York Pilates who's been teaching Pilates for 18 years,", ", a professor at the University of Texas Austin," (and
# ", the Texas-based ..." after it), " of the Michigan Department of Health" before the verb.
SPEAKER_APPOSITIVE = re.compile(r",\s(?!(?:said|says|told|tells|added|explained|and|but)\b)[^,.;:“”\"]{3,120}"
                                r"(?:,\s(?:the|a|an)\s[^,.;:“”\"]{1,90})?(?=,|\.?$|\.\s)|\s(?:of|at|from|with)\s[^,.;“”\"]{1,80}?"
                                r"(?=,|\s(?:said|says|told|tells|explained|added|noted|warned|argued|claimed|reported)\b|\.?$)")


def _speaker_appositive(text: str, source: str | None) -> tuple[int, int] | None:
    """Where the words describing the speaker run, just after their name; None where the name has none."""
    if not source or source not in text:
        return None
    described = SPEAKER_APPOSITIVE.match(text, text.find(source) + len(source))
    return described.span() if described else None


def _describes_the_speaker(figure: FigureReading, text: str, source: str | None) -> bool:
    """Whether the figure sits in the words that describe the speaker: their career, not their claim."""
    span = _speaker_appositive(text, source)
    return span is not None and span[0] < text.find(figure.text, span[0]) < span[1]


def plan_for(claim: dict) -> QuestionPlan:
    """The plan for one claim (a detected claim dict). What the article already answers is read from the claim's
    own fields (``linked``, a time in the claim); the rest of the article is not consulted yet."""
    text = claim.get("text") or ""
    source_info = claim.get("source") or {}
    kind = source_info.get("kind") or "none"
    source = _safe(usable_source(source_info))
    written = source_info.get("text") or ""
    if source and written[:1].isupper() and source.startswith(written[:1].lower() + written[1:]) \
            and written.split()[0].lower() not in SOURCE_HEADS and kind != "vague" \
            and re.search(r"\w[^:]*$", text[:max(0, text.find(written))]):  # not "Coffee lovers rejoice: Nutritionists"
        source = written[0] + source[1:]  # "(AP) — Michigan health authorities are reporting": not a sentence's first word
    if source and kind == "organisation" and not re.search(r"['’]s?\s", source) \
            and (re.search(r"\bthe\s" + re.escape(source) + r"\b", text)
                 or re.search(r"\bThe\s" + re.escape(source) + r"\s[a-z]+(?:ed|s)\b", text)):
        source = "the " + source  # "the US military said", "The Supreme Court ruled": a body the claim gives its "the"
    reasons = " ".join(claim.get("reasons") or [])
    hedges = [h for h in claim.get("hedges") or [] if h
              and not (kind in ("named", "organisation") and _only_in_quotation(h, text))
              and not _what_it_can_be(h, text) and not _names_an_accusation(h, text) and not _hoped_for(h, text)]
    figures = tuple(f for f in (read_figure(f, text) for f in _restated_dropped(claim.get("figures") or [], text))
                    if f and not INSTRUCTION_MARKERS.search(f.phrase) and not _refers_back(f, text)
                    and not _in_source_name(f, source_info.get("text") if kind in ("named", "organisation") else None)
                    and not _counts_the_speakers(f, source_info.get("text") if kind in ("anonymous", "vague") else None,
                                                 text)
                    and not _counts_charges(f, text) and not _first_few(f, text) and not _listed(f, text)
                    and not _test_condition(f, text) and not _opening_setting(f, text)
                    and not _comparison_base(f, text) and not _labels_the_row(f, text))
    # a few people named one by one: their story is the claim, and its other handfuls too ("Two hostages — an American
    # and an Australian — ... were released in a swap for three insurgents")
    named_few = any(_few_named(f, text) for f in figures)
    countable = [f for f in figures if f.phrase and not _a_known_few(f, text)
                 and not (named_few and f.kind in ("count", "tally") and HANDFUL.fullmatch(f.text) and _a_toll(f, text) is None)
                 and not IN_AN_IF_CLAUSE.search(text, 0, max(0, text.find(f.text)))]
    # "an analysis of 30 studies": its name, last; a share, a sum or a count before a bare number ("aged 25 to 34
    # (almost 47%)": the 47%, not the age)
    own_word = source_info.get("text") == PUBLICATION
    # a page's own test: what it measured before what things cost ("climbed the hill in 22.3 seconds, rare under $500")
    test_run = own_word and TEST_RUN.search(text) is not None
    countable.sort(key=lambda f: (f.text in (source_info.get("text") or ""),
                                  test_run and (f.kind == "money" or _spec_rating(f, text)),
                                  # "fired 40 missiles at Kharkiv, killing at least 12 people": the dead first
                                  _a_toll(f, text) is None,
                                  _opening_scope(f, text) and len(figures) > 1,
                                  # "Hartmann, which employs about 64,000 people worldwide, reported a 38pc drop": the
                                  # drop, not the background the relative clause gives (the dev review pnd94)
                                  _in_a_relative_clause(f, text) and not all(_minor(g) for g in figures if g is not f),
                                  f.kind not in ASKED_FIRST,
                                  # "Two men charged after £1.2m watch raid": the sum is the doubt, not the two men
                                  _few(f) and len(figures) > 1))
    if countable:
        countable[0] = _told_as_toll(countable[0], text)
    weak_at = _weak_point_at(text, hedges, source_info.get("text") if kind == "vague" else None)
    if weak_at is None and kind in ("named", "organisation"):
        weak_at = _credited_at(text, source_info.get("text"))  # "$29.99, although, according to AppRaven, ... $12.99"
    if weak_at is not None:  # "$31,495, but there is reportedly an S trim ... under $30,000": the hedged figure first
        countable.sort(key=lambda f: (text.find(f.text) < weak_at, max(0, text.find(f.text) - weak_at)))
    relay = _safe(relay_of(claim, source)) if ("second-hand" in reasons or source_info.get("relayed_by")) else None
    stated = frozenset({"link"} if claim.get("linked") else set()) | ({"time"} if TIME_OR_PLACE.search(text) else set())

    weaknesses = []
    if kind == "vague" or "vague source" in reasons:
        weaknesses.append("vague_source")
    if kind == "anonymous" or "unnamed source" in reasons:
        weaknesses.append("anonymous_source")
    outlet = kind == "organisation" and bool(source) and NEWS_OUTLET.search(source) is not None
    if "second-hand" in reasons or source_info.get("relayed_by") or outlet:
        weaknesses.append("second_hand")  # a news outlet's report relays its own sources
    if "cannot be verified" in reasons:
        weaknesses.append("unverifiable")
    if hedges:
        weaknesses.append("hedged")  # also where the hedge is all the source there is ("reportedly"): two weak points
    if kind == "none" and (figures or "numerical" in (claim.get("kinds") or [])):
        weaknesses.append("no_source")
    if _trend(text) and (kind == "none" or not countable) and not BOTH_ENDS.search(text) and not FIGURED_SIDE.search(text):
        # not where the claim gives both ends ("jumped from 2395 to 2623") or figures for both sides ("74% of over-65s
        # ..., compared with just 40% of 18-24s")
        weaknesses.append("baseline")
    recounted = bool(countable) and (_counted_before(countable[0], text) or bool(_planned(countable[0], text))
                                     or (kind == "none" and _market_quote(countable[0], text)))
    if countable and not _small_tally(countable[0]) and not _few(countable[0]) and not _a_price(countable[0], text) \
            and not recounted \
            and not _a_capacity(countable[0], text) and not (source and head_noun(source).lower() in COURT_HEADS) and (
            kind in ("named", "organisation") or (kind == "none" and countable[0].kind in ("share", "money", "tally"))
            or (kind in ("anonymous", "vague") and countable[0].kind in ("count", "share", "money"))):
        weaknesses.append("counting")  # a bare share or sum: where it comes from, then how it was arrived at
    elif _cites_a_study(text, source):
        weaknesses.append("counting")  # a study's or survey's finding: whom it counted, and how
    if (source and kind in ("named", "organisation") and not KEPT_DOCUMENT.match(source) and (STAKE.search(text) or STAKE.search(source)
                                                          or SPEAKS_OF_ITSELF.search(text)
                                                          or _claims_a_deed(source, text)
                                                          or ITS_NEW_THING.search(text)
                                                          or PROMISED_GAIN.search(text)
                                                          or (len(source.split()) == 1 and PRODUCT_FIGURES.search(text)))) or (
            kind == "none" and OWN_VOICE.search(text)):
        weaknesses.append("self_interest")  # a ministry vouching for itself, or the publisher's "we" about itself
    tested = OWN_SAMPLE.search(text) is not None  # "we purchased 13 top toothbrushes": what the page itself tested
    credential = (own_word or (kind == "none" and (OWN_VOICE.search(text) or OWN_TEAM.match(text)))) and (
        CREDENTIAL.search(text) is not None or tested) and not OWN_BUSINESS.search(CUSTOMER_REVIEWS.sub("", text))
    # (not a firm's record with its clients, "we've handled thousands of cases": their side keeps records of it)
    if credential:
        # "Our experts spent hundreds of hours reviewing": who stands behind it and what they earn from it; how many
        # things it tested ("We tested over 50 VPNs") is its method, asked first
        weaknesses = ["counting", "self_interest"] if tested else ["self_interest"]
    elif own_word and FORECAST_CHANCE.search(text):
        # "we forecast a 55% chance that ...": the page's own judgement of odds, measured by nothing; its reasoning and
        # its record with past forecasts are what a reader can weigh (dev reviews news73a, news75a)
        weaknesses = ["counting"]
    elif own_word:
        # The page's own test or experience: nothing outside it to check against, and it vouches for itself; but how
        # many things it bought to test ("we purchased 13 top toothbrushes") is its method, not a result it gains by.
        weaknesses += ["unverifiable", "counting"] if tested else ["unverifiable", "self_interest"]
    elif source_info.get("own_site"):
        # the body whose site the page is on ("Soliant Health" on soliant.com): this page is its original, and it
        # vouches for itself
        if "self_interest" not in weaknesses:
            weaknesses.append("self_interest")
    elif kind in ("named", "organisation") and ("second_hand" not in weaknesses or outlet) \
            and not source_info.get("told_here"):
        weaknesses.append("original")  # linked or not: the reader still has to see that the original says this (not
        # where the speaker told this very outlet: "Where is the original statement" would ask for the article itself)
    elif kind in ("anonymous", "vague") and DOCUMENT_MEDIUM.search(text):
        weaknesses.append("original")  # "a spokesperson said in an email": the email itself is what a checker asks for
    elif kind == "none" and (NAMED_DOCUMENT.search(text) or OFFICIAL_ACT.search(text)):
        weaknesses.append("original")  # "An October 11 presentation to bondholders indicated": the presentation itself
    if countable and "time" not in stated and not STUDY_SAMPLE.search(text) and not _few(countable[0]) \
            and not recounted and not _a_capacity(countable[0], text) and (
            countable[0].kind == "count" or (countable[0].kind == "tally" and FOOTPRINT.search(text))):
        weaknesses.append("time_place")
    weaknesses.sort(key=WEAKNESSES.index)
    if kind == "none" and _client_result(text):
        weaknesses = ["self_interest", *(w for w in weaknesses if w != "self_interest")]  # the client's word comes first
    # a researcher on their own finding ("we have identified practices that ...", says study author ...)
    own_finding = kind == "named" and OWN_FINDING.search(text) is not None and RESEARCH_CUE.search(text) is not None
    if own_finding and "original" in weaknesses:
        weaknesses = ["original", *(w for w in weaknesses if w != "original")]  # the study comes first

    duration = next((_with_unit(f.text, text) for f in figures if f.kind == "duration"
                     and not _describes_the_speaker(f, text, source_info.get("text"))
                     and not any(w.start() <= text.find(f.text) < w.end() for w in HIGH_SINCE.finditer(text))), None)
    own_test = own_word and (source_info.get("credited_by") == PAGE_TESTS or OWN_TEST.search(text) is not None)
    # a test's or a study's own set-up ("the 0.2-mile test slope", "the 8-week intervention") or what an unnamed user
    # praises is no figure to name; a bare or credited report's only figure is ("the 180-day cruise to Mars")
    modified = None if figures or duration or own_word or kind in ("anonymous", "vague") else \
        _modified_thing(claim.get("figures") or [], text)
    # a product the page itself tested ("in our tests", "we measured", a review testing throughout): another test of it
    # settles it, where the page's own word on its grants or on the altitude of Denver is settled by records (news90)
    product_test = own_word and (source_info.get("credited_by") == PAGE_TESTS or names_own_test(text))
    unsourced = kind not in ("named", "organisation") and not own_word
    subject = subject_of(text) if unsourced else None
    named_subject = _safe(key_subject(text, source, tuple(s for s in (relay, written) if s)))
    writer = _Writer(text, kind, source, relay, hedges, countable, named_subject,
                     "link" in stated, _safe(duration), _safe(modified), outlet, own_word, own_test, product_test,
                     "rules" if subject == "rules" else "policy" if unsourced and POLICY_LIMIT.search(text)
                     else "law" if unsourced and SET_BY_LAW.search(text)
                     else "court" if unsourced and SET_BY_COURT.search(text) else None,
                     STUDY_PEOPLE.fullmatch((source_info.get("text") or "").strip()) is not None, credential,
                     bool(source_info.get("own_site")), own_finding, written or None,
                     told_here=bool(source_info.get("told_here")))
    questions: list[PlannedQuestion] = []
    for weakness in weaknesses:
        for question in writer.questions_for(weakness):
            if len(questions) < MAX_PLANNED and all(q.text != question.text for q in questions):
                questions.append(question)
    independence = any(q.text.startswith("Does anyone independent of") for q in questions)
    for question in writer.fallbacks():
        if len(questions) >= MIN_PLANNED:
            break
        if all(q.text != question.text for q in questions) \
                and not (independence and question.text.startswith("Does any")):
            questions.append(question)  # not "Does any source besides Hawa Adam confirm" after "Does anyone
            # independent of Hawa Adam confirm" (the dev review pnd98)
    if subject:
        study = reports_a_study(text)
        questions = [_placed(question, subject, study) for question in questions]
    return QuestionPlan(tuple(weaknesses), figures, source, kind, relay, stated, tuple(questions))


MODIFIED_THING = re.compile(r"-(?!(?:year|month|week|day)s?-old\b)[a-z]+(?:-[a-z]+)*\s"
                            r"(?!(?:and|or|of|to|in|on|at|for|with|by|from|will|would|can|could|may|might|should|must"
                            r"|is|are|was|were|has|have|had|that|which|who|than|as|the)\b)[a-z]{3,}\b")


def _modified_thing(figures: list[dict], text: str) -> str | None:
    """The thing a digit figure describes, where that is the claim's only figure ("the crew sleep through much of the
    180-day cruise to Mars"): what a question names, where "this about Mars" named the wrong thing (news90)."""
    for figure in figures:
        written = figure.get("text") or ""
        at = text.find(written) if written[:1].isdigit() else -1
        if at >= 0:
            thing = MODIFIED_THING.match(text, at + len(written))
            if thing:
                return text[at:thing.end()]
    return None


def _placed(question: PlannedQuestion, subject: str, study: bool) -> PlannedQuestion:
    """The question with its placeless first hint replaced by where evidence on the claim's subject is published;
    the hint's alternative (an independent count, a named source) stays second. "Who first said this?" keeps its own:
    who said it is settled by the first report, not by the subject's literature. A study's comparison ("a 2019 study
    showed a higher risk of heart disease") is measured against the study's own comparison group, not an earlier
    figure."""
    hint, *rest = question.look_for
    if hint not in PLACELESS_HINTS or question.text.startswith("Who first"):
        return question
    if question.weakness == "baseline" and study:
        rest = [STUDY_COMPARISON]
    return replace(question, look_for=(record_for_subject(subject), *(rest[-1:] or [hint])))


SMALL_NUMBER = re.compile(r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)", re.I)


# The dead, the hurt and the missing, told around a figure: a toll is what a report of an attack is checked on first.
TOLL_BEFORE = re.compile(r"\b(?P<word>killing|killed|kills|injuring|injured|wounding|wounded|leaving)\s(?:at\sleast\s|about\s|some\s"
                         r"|nearly\s|more\sthan\s|over\s|around\s|up\sto\s)?$", re.I)
TOLL_AFTER = re.compile(r"^(?:\s(?!and\b|or\b)[\w'’-]+){0,2}?\s(?:were\s|was\s|have\sbeen\s|had\sbeen\s|are\s|is\s)?"
                        r"(?P<word>killed|dead|deaths|died|injured|wounded|hurt|casualties|fatalities|missing)\b", re.I)


def _a_toll(figure: FigureReading, text: str) -> str | None:
    """What the figure counts people as, where it is a toll ("killing at least 12 people", "12 people were killed":
    "killed"; "leaving 12 dead": ""), else None."""
    at = text.find(figure.text)
    if at < 0 or figure.kind != "count":  # people counted, not "killed 99.9999% of germs"
        return None
    found = TOLL_BEFORE.search(text[max(0, at - 30):at]) or TOLL_AFTER.match(text[at + len(figure.text):])
    return None if found is None else TOLL_WORDS.get(found.group("word").lower(), "")


TOLL_WORDS = {"killing": "killed", "killed": "killed", "kills": "killed", "injuring": "injured", "injured": "injured",
              "wounding": "wounded", "wounded": "wounded", "died": "who died", "dead": "dead", "hurt": "hurt",
              "missing": "missing"}


def _told_as_toll(figure: FigureReading, text: str) -> FigureReading:
    """A death toll's figure as the deaths it counts ("killing at least 12 people": "the deaths of the 12 people"), so
    a question asks how the deaths were counted, not the people."""
    if _a_toll(figure, text) not in ("killed", "who died", "dead") or not figure.phrase.startswith("the ") \
            or re.search(r"\b(?:dead|deaths?|killed)\b", figure.phrase):
        return figure
    return replace(figure, phrase=f"the deaths of {figure.phrase}")


# A handful named with "the" before it ("the world's two largest economies", "The only two Arab states to have signed",
# "each of the three native ad units"): what the story takes as known, never the claim's doubt (the dev review news82
# called "What source gives the two Arab states" a set that chases the trivial background count).
KNOWN_FEW_BEFORE = re.compile(r"(?:\b[Tt]he(?:\s(?:only|[\w-]+['’]s))?|\beach\sof\sthe|\b[Bb]oth(?:\sof\sthe)?)\s$")


def _a_known_few(figure: FigureReading, text: str) -> bool:
    """Whether the figure is a handful the story names as known (KNOWN_FEW_BEFORE), and no toll."""
    at = text.find(figure.text)
    return (at > 0 and re.fullmatch(r"(?i)two|three|four|[2-4]", figure.text) is not None
            and figure.kind in ("count", "tally") and KNOWN_FEW_BEFORE.search(text[max(0, at - 30):at]) is not None
            and not re.search(r"(?i)\b(?:one|two|three|\d+)\sof\sthe\s$", text[max(0, at - 30):at])  # "two of the three"
            and _a_toll(figure, text) is None)


HANDFUL = re.compile(r"(?i)one|two|three|four|[1-4]")  # people a sentence can name one by one
# A figure in a supposition ("If we were able to reduce an astronaut's metabolic rate by 75% ..."): counted by no one
# (the dev review news97). Not a condition that states a fact ("If you are one of the estimated 100 million people"),
# nor a figure after the condition ("If convicted, he faces up to 10 years").
IN_AN_IF_CLAUSE = re.compile(r"(?:^|[\"“‘(]|[.;:!?]\s)\s*(?:If|Suppose|Imagine)\s[^,;:—–\"”]{0,80}?\b(?:were|could|can"
                             r"|would|had)\b(?!\snot\s(?:been\s)?for\b)[^,;:—–\"”]{0,120}$")  # not "If it were not for"
# The people a few counts, named one by one straight after ("Two hostages — an American and an Australian — ...").
_ONE_NAMED = r"(?:(?:an?|the)\s[\w’'-]+|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"  # "an American", "Kevin King"
FEW_NAMED_AFTER = re.compile(r"\s(?:[a-z]+\s)?[a-z]+\s?(?:[—–]|--|,|\()\s?" + _ONE_NAMED + r"(?:,\s" + _ONE_NAMED
                             + r")*,?\sand\s" + _ONE_NAMED)


def _few_named(figure: FigureReading, text: str) -> bool:
    """Whether the figure is a few people the sentence names one by one: who they are is known, so a question asks
    where the event comes from, not who counted them (the dev review news97: "What source gives the two hostages")."""
    at = text.find(figure.text)
    return (figure.kind in ("count", "tally") and HANDFUL.fullmatch(figure.text) is not None and at >= 0
            and FEW_NAMED_AFTER.match(text, at + len(figure.text)) is not None
            and _a_toll(figure, text) is None)  # "Three people, a woman and two children, died": a toll is counted


def _minor(figure: FigureReading) -> bool:
    """A count anyone can make from the story (_few, _small_tally): never the figure a question goes after first."""
    return _few(figure) or _small_tally(figure)


def _few(figure: FigureReading) -> bool:
    """"a fight between two people", "one person was hurt": a count no one needs a method for, nor a time and place
    of counting (issue 11: "a single reported death 'one out of what total?'")."""
    return figure.kind == "count" and re.fullmatch(r"(?i)one|two|three|[1-3]", figure.text) is not None


def _small_tally(figure: FigureReading) -> bool:
    """Three sets, the five awardees, 22 launch titles: things anyone can count from the story; how they were counted
    is no question (a count of people, casualties or a sum of money still is)."""
    return figure.kind == "tally" and SMALL_NUMBER.fullmatch(figure.text) is not None


# Groups a survey can count, whose belief is what the claim is about ("many people think"); not those whose view is
# itself a source to name ("many experts believe", "some senators worry").
LAY_GROUPS = re.compile(r"(?i)^(?:people|consumers|customers|users|students|parents|patients|homeowners|buyers|shoppers"
                        r"|drivers|employees|workers|voters|readers|travell?ers|teens|teenagers|adults|women|men|owners"
                        r"|vegans|vegetarians|runners|gamers|households|families|businesses|investors|tenants|renters"
                        r"|viewers|listeners|fans|members|americans|britons|europeans|millennials|retirees|protesters"
                        r"|demonstrators|residents|locals|citizens|villagers|commuters)$")
# An unnamed bench acting on the record ("a judge ruled that Assange should remain in jail"): the court's record
# settles it, not how the judge would know (news90).
BENCH_HEADS = frozenset("judge judges court jury magistrate tribunal panel".split())
COURT_ACT = re.compile(r"(?:\s[\w,]+){0,3}?\s(?:has\s|have\s)?(?:ruled|ordered|sentenced|dismissed|denied|granted|rejected"
                       r"|upheld|acquitted|convicted|struck\sdown|blocked)\b")


# Words that open a subject no question can quote ("its application in psychiatric care is expected to expand").
PRONOUN_STARTS = frozenset("it its they their this these those he she his her we our you your there".split())
# A passive frame that hides who holds the view: "is expected to expand", "are widely regarded as", "is known for".
EXPECTED_BY_NOBODY = re.compile(r"\b(?:is|are|was|were)\s(?:(?:also|still|now|widely|generally|largely)\s)?(?:expected"
                                r"|predicted|projected|forecast|anticipated)\sto\b", re.I)
REGARDED_BY_NOBODY = re.compile(r"\b(?:is|are|was|were|been)\s(?:(?:also|still|now)\s)?(?P<verb>(?:(?:widely|generally"
                                r"|largely|often|commonly|universally)\s)?(?:regarded|considered"
                                r"|recogni[sz]ed|seen|viewed|thought\sof|known|touted|believed|thought))\s(?:as|for|to\sbe|to\shave|that)\b",
                                re.I)
# What a group is said to think or want, right after the group: "many people think", "students often expect".
BELIEF_AFTER = re.compile(r"\s+(?:often\s|usually\s|generally\s|also\s|still\s|now\s|mistakenly\s|wrongly\s)?(?P<verb>think"
                          r"|believe|expect|feel|assume|prefer|want|worry|fear|love|hate|consider|agree)s?\b", re.I)
# A group's view claimed in a clause of its own: "most tenants see it as money well spent", "many parents believe".
GROUP_BELIEF = re.compile(r"(?i)\b(?:most|many)\s(?P<group>[a-z]+)\s(?:(?:often|usually|generally|still)\s)?"
                          r"(?P<verb>think|believe|feel|consider|prefer|agree|see(?=\s(?:it|this|them|that)\sas\b))\b")


# What a study of things rather than people is about: the planets and space, the earth and its weather, matter.
STUDIED_THINGS = re.compile(r"\b(?:planets?|moons?|Titan|Europa|Enceladus|Mars|Jupiter|Saturn|Venus|Mercury|Pluto|comets?"
                            r"|asteroids?|galax(?:y|ies)|stars?|solar|orbit\w*|spacecraft|telescopes?|universe|cosmic"
                            r"|black\sholes?|plumes?|vapou?r|atmospheres?|rainfall|lakes|oceans?|glaciers?|ice\ssheets?"
                            r"|volcan\w+|earthquakes?|rocks?|minerals?|fossils?|sediments?|molecules?|atoms?|particles?"
                            r"|quantum|crystals?|alloys?|materials?|polymers?|reactors?|simulations?|rockets?)\b",
                            re.IGNORECASE)
# A study's sample counted by number ("a study of 2,000 nurses").
COUNTED_SAMPLE = re.compile(r"\bof\s\d[\d,]*\s[a-z]+s\b")
# What a study that counts people or cases is about: people, patients, animals, health and its outcomes.
STUDIED_BEINGS = re.compile(r"\b(?:people|persons?|patients?|participants?|adults?|children|kids|teens?|teenagers|women|men"
                            r"|girls|boys|students?|respondents?|users?|volunteers?|workers?|employees?|voters?|residents?"
                            r"|smokers?|mothers?|fathers?|babies|infants?|parents?|families|households?|subjects|cases?"
                            r"|individuals|population|veterans|soldiers|athletes|players|consumers|customers|members"
                            r"|americans|britons|mice|rats|animals|dogs|cats|birds|risks?|diseases?|deaths?|died|mortality"
                            r"|symptoms?|cancers?|diabetes|dementia|depression|anxiety|obesity|health|healthy|diet|infections?"
                            r"|illness|disorders?|blood|brain|heart|sleep|weight|pregnan\w*|treatment|therapy|drugs?"
                            r"|vaccines?|doses?|hormones?|clinical|trials?|humans?|anyone|everyone|those|who)\b", re.IGNORECASE)
# The page's own test, study or measurement, as against what the publisher says of itself ("we've handled 5,000
# cases", "280% revenue growth for our client").
OWN_TEST = re.compile(r"\b(?:test(?:ed|ing|s|ers?)?|measur(?:ed|ing|ements?)|lab|benchmark(?:ed|s)?|trial(?:l?ed|s)?|tried"
                      r"|lasted|clocked|scored|timed|weighed|rated|ran|run|review(?:ed|ing|s)?|research(?:ed|ing)?"
                      r"|compar(?:ed|ing)|analy[sz](?:ed|ing|is)|survey(?:ed|s)?|respondents|participants|randomi[sz]ed"
                      r"|eligib\w*|sample|mean|median|quotes|found\sthat|data|indicated|rank(?:ed|ing|ings|s)?)\b|\b[nP]\s?[=<>]", re.I)


# A sum decided, not measured: "approved €2 billion in emergency funding", "pledged $50 million", "a pay rise ...
# offered"; the decision's own record settles it (the dev review probenewsdev70 called "How was the €2 billion figure
# measured or estimated?" a wrong premise).
DECIDED_SUM_BEFORE = re.compile(r"\b(?:approv(?:ed|es|ing)|allocat(?:ed|es|ing)|pledg(?:ed|es|ing)|earmark(?:ed|s|ing)"
                                r"|budgeted|set\saside|award(?:ed|s|ing)|grant(?:ed|s|ing)|offer(?:ed|s|ing)"
                                r"|commit(?:ted|s|ting)|fined(?:\s(?-i:[A-Z])[\w&.'’-]*(?:\s(?-i:[A-Z])[\w&.'’-]*){0,3})?"
                                r"|ordered\sto\spay)\s(?:(?:a|an|the|another|some|nearly|about|around|roughly|up\sto|more"
                                r"\sthan|over|an\sadditional|an\sextra)\s)*$", re.I)
# What a price, a fee or a term's limit is introduced by: "pricy at $125", "for £27.00", "an income cap of $100,000"
# (not "valued at $8.8 billion" or "the highest average balance at $44,290": estimates someone arrived at).
PRICE_BEFORE = re.compile(r"\b(?:for|costs?|(?:pric(?:ed|ey|y)|available|retails?|sells?|listed|start(?:s|ed|ing)?|clos(?:ed|es|ing)"
                          r"|open(?:ed|s)?|trad(?:ed|es|ing))\s(?:\w+\s)?(?:at|for)|charges?"
                          r"|(?:income\s|price\s|spending\s)?(?:cap|limit|fee|price|deductible|premium)\sof)"
                          r"\s(?:just\s|only\s|about\s|around\s|roughly\s)?$", re.I)


# What is sold, named before the verb that gives its price: "tickets (when in-person) were ~$1,599", "a membership is $49".
PRICED_THING_BEFORE = re.compile(r"\b(?:tickets?|passes|admission|entry|subscriptions?|memberships?|plans?|tuition)\b[^.;:]{0,30}"
                                 r"\b(?:were|are|is|was|run|runs|ran)\s(?:just\s|only\s|about\s|around\s|roughly\s|~\s?)?$", re.I)


def _a_price(figure: FigureReading, claim_text: str) -> bool:
    """"at $16 a share", "$6.99 a month", "a little pricy at $125", "an income cap of $100,000", "tickets were ~$1,599",
    "approved €2 billion": a price, a term or a sum decided, which the seller's or issuer's own list or the decision's
    record settles, not an estimate anyone arrived at."""
    at = claim_text.find(figure.text)
    return figure.kind == "money" and at >= 0 and (DECIDED_SUM_BEFORE.search(claim_text[:at]) is not None or re.match(
        r"(?:-|\s)(?:a|an|per|each|apiece)(?:[\s-](?:share|month|year|week|day|head|person|ticket|unit|gallon|barrel|ounce))?\b",
        claim_text[at + len(figure.text):]) is not None or PRICE_BEFORE.search(claim_text[:at]) is not None
        or PRICED_THING_BEFORE.search(claim_text[:at]) is not None)


# What a thing can hold, seats or carries ("seating 242 to 330 passengers", "a capacity of 60,000"): its specification,
# which its maker's or operator's sheet settles, not a count anyone made (dev news review news73a: "How were the 242
# to 330 passengers counted" was a wrong premise). What someone holds is a count ("Russia is holding 300 prisoners").
CAPACITY_BEFORE = re.compile(r"\b(?:seat(?:s|ing)?|capacity\sof|(?:can|could)\shold|accommodat(?:es?|ing)|sleeps"
                             r"|(?:holds?|holding|carr(?:y|ies|ying))\sup\sto)\s(?:up\sto\s|about\s|around\s|roughly\s"
                             r"|nearly\s|some\s)?$", re.I)


def _a_capacity(figure: FigureReading, claim_text: str) -> bool:
    at = claim_text.find(figure.text)
    return at >= 0 and CAPACITY_BEFORE.search(claim_text[:at]) is not None


FRACTION_WORD = re.compile(r"(?i)(?:(?:about|around|roughly|nearly|almost)\s)?(?:half|a\sthird|a\squarter|twice|double)")
FRACTION_OF_BEFORE = re.compile(r"\s(?:of\s)?(?:that|this|it|those|these)\b")


def _weak_point_at(text: str, hedges: list[str], vague_source: str | None) -> int | None:
    """Where the claim's hedge ("reportedly") or vague frame ("it is claimed") stands, when a figure follows it: the
    figures after it are what it hedges; None where there is no such word or every figure comes before it."""
    at = min((text.find(word) for word in (*hedges, vague_source or "") if word and text.find(word) >= 0), default=None)
    return at if at is not None and re.search(r"\d", text[at:]) else None


def _credited_at(text: str, source: str | None) -> int | None:
    """Where "according to" the source stands, when figures come both before and after it: the figures after it are
    the source's ("A yearly subscription is currently $29.99, although, according to AppRaven, there have been sales
    for as low as $12.99"); None otherwise."""
    found = re.search(r"\baccording\sto\s(?:the\s)?" + re.escape(source.split()[0]), text) if source else None
    if found is None or not re.search(r"\d", text[:found.start()]) or not re.search(r"\d", text[found.end():]):
        return None
    return found.start()


PASSIVE_HEDGE = re.compile(r"(?i)(?:is|are|was|were)\s(?:said|reported|believed|thought|alleged|understood)\sto"
                           r"|(?:seems?|seemed|appears?|appeared)\sto")
_HEDGED_PREDICATE = re.compile(r"\s(?:be|have(?:\sbeen)?)\s[^,.;:!?]{3,60}?(?=[,.;:!?]|$)")


# A vague figure a writer gives of the world, not of their own work: "As one of the many thousands of people with broken
# MacBook keyboards", "the vast majority of network adapters", "almost all businesses".
WORLDS_SHARE = re.compile(r"(?i)\bone\sof\s(?:the\s)?(?:many\s)?(?:thousands|millions|hundreds)$|\b(?:the\s)?(?:vast\s)?majority"
                          r"$|\b(?:almost|nearly|virtually)\sall$")


def _hedged_after_figure(hedge: str, claim_text: str, figure: FigureReading | None) -> str | None:
    """"Among the hundreds trapped were said to be secondary school pupils", "... 10.7 teraflop hardware, but the reality
    seems to be somewhat different": the hedge covers what follows it, not the figure before it (the dev review news93
    called "who has confirmed 'hundreds trapped'?" a misreading); the hedge with what it covers."""
    at = claim_text.find(hedge)
    if figure is None or not PASSIVE_HEDGE.fullmatch(hedge) or not 0 <= claim_text.find(figure.text) < at:
        return None
    told = _HEDGED_PREDICATE.match(claim_text, at + len(hedge))
    return _safe(hedge + told.group(0)) if told else None


PLANNED_BEFORE = re.compile(r"(?:^[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}\sto"  # a headline's "Kessler to cut"
                            r"|(?i:\b(?:will|would|plans?\sto|planning\sto|aims?\sto|is\sto|are\sto|set\sto|expects?\sto"
                            r"|intends?\sto|preparing\sto)))"
                            r"\s(?:\w+ly\s)?(?P<verb>(?i:cut|shed|axe|slash|eliminate|close|shut|hire|create|add|build|open|invest"
                            r"|spend|raise|buy|sell|recruit|deploy|send))\s(?i:another\s|a\sfurther\s|up\sto\s|about\s"
                            r"|around\s|some\s|nearly\s|more\sthan\s|at\sleast\s)?$")


# A price or a level a market set, told as the market moved: "Sterling was little changed at $1.2640", "two-year gilt
# yields edged up two basis points to 4.12%", "Home Depot shares are up 39 percent year-to-date".
MARKET_MOVE = re.compile(r"\b(?:sterling|the\s(?:pound|dollar|euro|yen|yuan|rupee)|yields?|shares|stocks?|futures"
                         r"|(?:S&P|Dow|Nasdaq|FTSE|DAX|Nikkei|Hang\sSeng|STOXX|stock|share)\s(?:[\w-]+\s)?index"
                         r"|bonds?|gilts?|treasur(?:y|ies)|Brent|crude|oil\sprices?|bitcoin|S&P\s500|Dow|Nasdaq|FTSE"
                         r"|DAX|Nikkei|Sensex|Nifty)\b[^.;]{0,40}?\b(?:at|to|is|are|was|were|closed|traded|trading|fell"
                         r"|rose|edged|slipped|climbed|jumped|dropped|gained|lost|little\schanged|up|down)\s"
                         r"(?:(?:about|around|nearly|some|almost|by|to|at|up|down|[\w-]+ly)\s){0,2}$",
                         re.I)


def _market_quote(figure: FigureReading, claim_text: str) -> bool:
    """Whether the figure is a market's price or level, or its move ("Sterling was little changed at $1.2640"): market
    data settle it, where "how was it counted?" reads as a misreading (the dev review pnd94)."""
    at = claim_text.find(figure.text)
    return at > 0 and figure.kind in ("money", "share", "measure") and MARKET_MOVE.search(claim_text, 0, at) is not None


def _planned(figure: FigureReading, claim_text: str) -> re.Match | None:
    """"Kessler to cut 4,800 jobs", "plans to hire 2,000 staff": what someone means to do, announced, not a count anyone
    made (the dev review pnd94 called "Who counted the 4,800 jobs?" and "When and where were they counted?" a wrong
    premise)."""
    at = claim_text.find(figure.text)
    return PLANNED_BEFORE.search(claim_text, 0, at) if at > 0 and figure.kind in ("count", "tally") else None


def _counted_before(figure: FigureReading, claim_text: str) -> bool:
    """"These 150 Indians have either violated their visa norms ...": people the story counted before, named again by
    their number; the count is not this claim's to question (the dev review news93 called "How were the 150 Indians
    counted?" and "When and where were they counted?" beside the point), who they are is."""
    at = claim_text.find(figure.text)
    return at >= 0 and figure.kind in ("tally", "count") and re.search(r"(?i)\b(?:these|those)\s$", claim_text[:at]) is not None


def _refers_back(figure: FigureReading, claim_text: str) -> bool:
    """"the two companies", "these three men": people or things the story has already counted, named again; "about
    half of that": a fraction of a figure the story gave before, no figure of its own."""
    at = claim_text.find(figure.text)
    if FRACTION_WORD.fullmatch(figure.text) and FRACTION_OF_BEFORE.match(claim_text, at + len(figure.text)):
        return True
    return (at > 0 and re.fullmatch(r"[2-4]|two|three|four", figure.text, re.I) is not None and figure.kind in ("tally", "count")
            and re.search(r"(?<!\bof\s)\b(?:the|these|those|both)\s$", claim_text[:at], re.I) is not None
            and not re.match(r"\s(?:of|in|out)\b", claim_text[at + len(figure.text):]))


# An age given as a magnitude ("thousands of years", "hundreds of millions of years", "centuries"): how far back something
# goes, which historians or scientists date, not a count anyone made.
AGE_BEFORE_SPAN = re.compile(r"(?i)\b(?:for|over|back|across|spanning|around)\s(?:the\s(?:last|past)\s)?$")
# A time counted in digits or in words, one span of one unit ("about 2 hours", "2–4 week", "over fifty years",
# "twenty-four weeks"): a figure of its own, which a question names rather than "this about Kyoto".
_DURATION_NUMBER = (r"(?:\d[\d,.]*(?:\s?[-–]\s?\d[\d,.]*)?|(?i:" + "|".join(sorted(UNITS, key=len, reverse=True))
                    + r")(?:-(?i:one|two|three|four|five|six|seven|eight|nine))?)")
_COUNTED_DURATION = re.compile(r"(?:(?:about|around|nearly|over|almost|approximately|up\sto|less\sthan|more\sthan)\s)?"
                               + _DURATION_NUMBER + r"[\s-](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)")
# A magnitude the claim gives as the lower end of its vague figure ("dozens if not hundreds of tools", "hundreds or
# thousands of providers"): asked about with it, not as the higher figure alone.
_MAGNITUDE_BEFORE = re.compile(r"\b(?:a\sfew|several|dozens|hundreds|thousands|millions|billions|tens)\s(?:if\snot|or(?:\seven)?|to)\s$",
                               re.IGNORECASE)
VAGUE_AGE = re.compile(r"(?i)(?:tens\sof\s)?(?:hundreds|thousands|millions|billions)(?:\sof\s(?:thousands|millions))?\sof"
                       r"\syears|centuries|millennia")


# How far a quoted view runs: to the clause's end, and no further than a few words.
VIEW_MAX_WORDS = 12
_CLAUSE_END = re.compile(r"[,;:.!?()—–]|\s(?:and|but|while|because|which|so|by|despite|although|when|if|who|where"
                         r"|whereas|though|since|until|unless)\s")


def _clause_words(text: str) -> str:
    """The start of ``text`` up to its clause's end, at most VIEW_MAX_WORDS words: "viewed as a potential successor to
    Disney Chief Executive Bob Iger"."""
    end = _CLAUSE_END.search(text)
    clause = (text[:end.start()] if end else text).split()
    words = " ".join(clause[:VIEW_MAX_WORDS])
    if len(clause) > VIEW_MAX_WORDS:  # cut short: end before its last phrase rather than inside it
        words = re.sub(r"\s(?:in|at|on|for|with|during|among|across)\s(?!.*\s(?:in|at|on|for|with|during|among|across)\s).*$",
                       "", words) or words  # "seen as one of the most difficult issues", not "... in the decades-long"
    return TRAILING_FUNCTION_WORDS.sub("", words) or words  # "... the legal context", not "... for a"


def _expected(text: str, frame: re.Match) -> str:
    """What ``frame`` (an EXPECTED_BY_NOBODY match) says is expected, with its subject where the clause plainly gives one
    ("Disney to switch gears again", "hybrid events to continue to be popular"); "this" where the subject is a pronoun
    or too long to quote."""
    before = re.split(r"[,;:(]\s|\s(?:and|but|that|because|while|as)\s", text[:frame.start()].strip())[-1].split()
    if not 1 <= len(before) <= 4 or before[0].lower() in PRONOUN_STARTS | {"and", "or", "nor", "but", "in"} \
            or not re.fullmatch(r"[\w'’-]+(?:\s[\w'’-]+)*", " ".join(before)):
        return "this"  # a pronoun, or the tail of a list ("..., industry, and consumer products are expected to")
    after = _clause_words(text[frame.end() - 2:])  # from its "to": "to switch gears again"
    if len(before) > 1 and before[1].islower() and not before[0].isupper():
        before[0] = before[0].lower()  # "Hybrid events" opening the sentence: "hybrid events"; "Disney" stays
    return f"{' '.join(before)} {after}" if after.startswith("to ") else "this"


def _client_result(text: str) -> bool:
    """A portfolio's line of what the agency did for a client it names, or one it describes ("for an online casino");
    not news ("Helped by lower prices, sales rose", "Raised in Ohio, ...")."""
    return CLIENT_RESULT.match(text) is not None and (
        NAMED_CLIENT.search(text) is not None or re.search(r"\bfor\s(?:an?|one)\s", text) is not None)


def _with_unit(figure_text: str, claim_text: str) -> str:
    """A duration as the claim writes it, with its unit: "2 to 4 months", not "2 to 4"."""
    at = claim_text.find(figure_text) + len(figure_text)
    unit = DURATION_AFTER.match(claim_text[at:]) if at >= len(figure_text) else None
    return figure_text + unit.group(0) if unit else figure_text


# Units a tally's last word may be: "the 26.2 miles" are measured, not counted.
GLUED_UNIT = re.compile(r"(?:(?i:fps|mph|kph)|kWh|kW|MWh|MW|GW|GB|TB|MB|MP|GHz|MHz|Hz|mAh|Wh|mm|cm|km|kg|ms)\b")
MEASURE_UNITS = frozenset("""miles kilometres kilometers km metres meters millimetres millimeters centimetres centimeters
mile kilometre kilometer metre meter foot inch yard pound kilogram gram ounce gallon litre liter hour minute second day
week month year degree acre hectare ton tonne
mm cm feet inches yards pounds lbs kilograms kg grams
ounces gallons litres liters hours minutes seconds days weeks months years degrees acres hectares tons tonnes calories
watts volts bytes fps mph kph""".split())


def _counts_things(figure: FigureReading) -> bool:
    """A tally of things (the 10 museums), not of a unit (the 26.2 miles, the 60 fps)."""
    return figure.kind == "tally" and not any(w.lower() in MEASURE_UNITS for w in figure.phrase.split()[2:])


class _Writer:
    """Wording for each weakness, filled only with what the claim itself says."""

    def __init__(self, text, kind, source, relay, hedges, countable, subject, linked=False, duration=None, modified=None,
                 outlet=False, own_word=False, own_test=False, product_test=False, set_by=None, study_people=False,
                 credential=False, own_site=False, own_finding=False, speaker=None, told_here=False):
        self.text, self.kind, self.source, self.relay, self.hedges = text, kind, source, relay, hedges
        self.speaker = speaker or source  # the source as the claim writes it ("Estera Events Co-Owner ... Bianca Hall")
        self.own_site = own_site  # the source is the body whose site the page is on: this page is its original
        self.told_here = told_here  # the speaker told this very outlet: the article is the original record
        self.own_finding = own_finding  # a named researcher on their own finding: the study settles it
        self.credential = credential  # the publisher's own effort or experience, as a figure (CREDENTIAL)
        self.outlet, self.own_word, self.own_test, self.product_test = outlet, own_word, own_test, product_test
        # "rules" (a tax bracket, a filing threshold) or "policy" (a platform's character limit): looked up, not counted
        self.set_by = set_by
        self.study_people = study_people  # "the authors", "the researchers", with no body named: a study's people
        self.figure = countable[0] if countable else None
        self.subject, self.linked, self.duration = subject, linked, duration
        self.modified = modified  # "the 180-day cruise": a figure that says what kind of thing, the claim's only one
        self.age = duration is not None and VAGUE_AGE.fullmatch(duration) is not None  # "for thousands of years"
        self.clause = _safe(claim_clause(text))

    @cached_property
    def object(self) -> str:
        """What a confirmation question asks about: the figure, else the claim's subject, else what it asserts in a
        few words, else the time it gives ("the '2 to 4 months' figure"), else its comparison, else "this"."""
        if self.figure:
            return self.figure.phrase
        if self.duration and (self.own_test or self.age or _COUNTED_DURATION.fullmatch(self.duration)):
            # "In our tests, it took 6 minutes to brew", "practiced for thousands of years", "It takes about 2 hours to
            # reach Kyoto": the time is the claim, not "this about Kyoto"
            return f"the '{self.duration}' figure"
        if self.whole_clause and not (self.speaker and self.speaker.lower() in self.whole_clause.lower()):
            return self.whole_clause  # "the claim that Epstein hanged himself with a bedsheet", not "this about Epstein"
        if self.modified:
            return f"the '{self.modified}'"
        counted = self.place_in_count or self.charges
        if counted:  # "the sixth national rail strike this year", "27 counts of culpable homicide", not "this about Pieter"
            return f"'{_safe(counted.group(0))}'"
        if self.subject:
            return f"this about {self.subject}"
        if self.clause and not self._describes_speaker(self.clause):
            return self.clause  # not the speaker's own description: "the claim that Lara Mahler, founder of ..."
        if self.duration:
            return f"the '{self.duration}' figure"
        trend = _trend(self.text)
        if not trend or trend.lower() == "first time":  # "the source for 'first time'" reads as no question at all
            return "this"
        linked = _association(self.text, trend)
        if linked:  # "the link between eating eggs and a higher risk of heart disease", not "'higher risk'"
            return f"the link between {linked[0]} and {linked[1]}"
        # "'plant foods are generally lower'", not "'lower'"; with what it is set against where the claim names it:
        # "'the KQi 100 is cheaper than both the KQi 300X and VX2 Pro GT'"
        span, compared = trend_in_context(self.text, trend), _with_comparand(self.text, trend)
        if compared and span.endswith(trend):
            span = span[:len(span) - len(trend)] + compared
        return f"'{_safe(span) or trend}'"

    @cached_property
    def place_in_count(self) -> re.Match | None:
        """"the sixth national rail strike this year" (NTH_IN_PERIOD)."""
        return NTH_IN_PERIOD.search(self.text)

    @cached_property
    def charges(self) -> re.Match | None:
        """"27 counts of culpable homicide" (CHARGES)."""
        return CHARGES.search(self.text)

    @cached_property
    def whole_clause(self) -> str | None:
        """The claim's reported clause where it stands whole (claim_clause with ``whole``)."""
        return _safe(claim_clause(self.text, whole=True))

    def _describes_speaker(self, clause: str) -> bool:
        """Whether ``clause`` is the speaker's own description ("the claim that Lara Mahler, founder of ...")."""
        return bool(self.speaker) and re.search(re.escape(self.speaker) + r"(?:,|\W*$)", clause) is not None

    @property
    def interview(self) -> bool:
        """A person quoted in the present tense ("..., Weiss says"): the page is the interview, its own original."""
        return self.kind == "named" and bool(self.source) and INTERVIEW_VERB.search(self.text) is not None

    @property
    def object_as_that(self) -> str:
        """"that fasting may be easier to sustain ...", where the object is the claim's own reported clause (for
        "Which studies show ...?"); the object as it is otherwise."""
        if self.object == self.clause and self.clause.startswith("the claim that "):
            return self.clause.removeprefix("the claim ")
        return self.object

    @property
    def confirmed(self) -> str:
        """The object as "confirm ..." takes it: a count as a count ("confirm the count of 600 Russian soldiers", not
        "confirm the 600 Russian soldiers")."""
        if self.figure and _counted_before(self.figure, self.text):
            return f"this about {self.figure.phrase}"  # "These 150 Indians have ... violated": who they are, not the count
        counted = re.match(r"the (?=\d)", self.figure.phrase) if self.figure and self.figure.kind == "count" else None
        return "the count of " + self.figure.phrase[counted.end():] if counted else self.object

    def _about(self) -> str:
        """"know this", "know about the 150 Indians"."""
        return self.object if self.object.startswith(("this", "'")) else "about " + self.object

    def _keep(self, *extra: str | None) -> tuple[str, ...]:
        keep = [re.sub(r"^the |^figure of | figure$|'", "", self.figure.phrase.strip("'")).removeprefix("figure of ")] if self.figure else []
        return tuple(keep + [e for e in extra if e])

    def questions_for(self, weakness: str) -> list[PlannedQuestion]:
        return getattr(self, "_" + weakness)()

    def _held_belief(self, weakness: str) -> list[PlannedQuestion] | None:
        """"Many people think ...", "Students often expect ...": the group is what the claim is about, not who told the
        article; what settles it is a survey of them, not their names."""
        at = self.text.lower().find(self.source.lower()) if self.source else -1
        believe = BELIEF_AFTER.match(self.text, at + len(self.source)) if at >= 0 else None
        if believe is None or not LAY_GROUPS.search(head_noun(self.source)) or self.figure is not None:
            return None  # "72% of consumers think": the claim gives how many; its survey is asked for as a count's
        return [self._survey_of(self.source, believe.group("verb"), weakness)]

    def _group_view(self, weakness: str) -> list[PlannedQuestion]:
        """A group's view claimed in a clause of its own ("Landlords are known to do detailed inspections, so most
        tenants see it as money well spent"): a survey of the group settles it, beside who said the rest."""
        believe = GROUP_BELIEF.search(self.text)
        if believe is None or not LAY_GROUPS.search(believe.group("group")) or self.figure is not None:
            return []
        return [self._survey_of(believe.group("group"), believe.group("verb"), weakness)]

    def _survey_of(self, group: str, verb: str, weakness: str) -> PlannedQuestion:
        """"What survey shows how many tenants see it that way?": the group without its "most", the view as said."""
        group = _lower_start(re.sub(r"(?i)^(?:most|many|some|several|other|few|a\slot\sof|lots\sof)\s+", "", group))
        verb = verb.lower()
        view = "see it that way" if verb == "see" else f"{verb} with this" if verb == "agree" else f"{verb} this"
        return PlannedQuestion(weakness, f"What survey shows how many {group} {view}, and how was it asked?",
                               (f"a survey of {group}, with its sample and its question",
                                "an independent poll on the same question"), self._keep(head_noun(group)))

    @cached_property
    def research_finding(self) -> str | None:
        """What the research is said to show, where the claim's own words give it after the verb ("research shows
        that strength training can be especially beneficial ...", "studies have shown a recent rise in injuries"):
        not a name or a comparison from another clause of the sentence. None for a claim with a figure, or where no
        short clause follows the verb."""
        found = None if self.figure else RESEARCH_FINDING.search(self.text)
        if found is None:
            return None
        finding = ASIDE.sub("", found.group("finding")).strip(" ,")
        if not FINDING_WORDS_MIN <= len(finding.split()) <= CLAUSE_MAX_WORDS or FIRST_OR_SECOND_PERSON.search(finding) \
                or re.search(r'["“”]', finding):
            return None
        return ("that " if found.group("that") else "") + finding

    @property
    def finding(self) -> str:
        """What a "Which study found ...?" question asks about: the research's finding, else the object."""
        return self.research_finding or self.object_as_that

    def _vague_source(self):
        held = self._held_belief("vague_source")
        if held:
            return held
        source, keep = self.source, self._keep()
        look_for = (ORIGINAL_REPORT, "a named person or body saying the same on the record")
        if source and RESEARCH_WORDS.search(source) and not any(w[:1].isupper() for w in source.split()[1:]):
            text = ("Which study is this, who ran it, and where are its results published?" if self.finding == "this" else
                    f"Which study found {self.finding}, who ran it, and where are its results published?")
            look_for = ("the study itself, with its authors and method", "an independent review of the same question")
        elif source and head_noun(source).lower() == "media":  # "state media": outlets, not one document to read
            text = f"Which {_lower_start(source)} outlet reported this, and where can its report be read?"
            look_for = ("the outlet's own report, with its date", "a named person or body saying the same on the record")
            keep += ("media",)
        elif source and source.lower() == "wall street":  # analysts' forecasts, not a street or an institution
            text = "Which Wall Street analysts say this, and what do they base it on?"
            look_for = ("the analysts' consensus as a data firm compiles it", "the named analysts' own notes")
            keep += ("Wall Street",)
        elif source and REPORT_NOUNS.search(head_noun(source)):
            if any(word[:1].isupper() for word in source.split()[1:]) or not source.lower().startswith(("the ", "media", "report", "news")):
                them = "them" if head_noun(source).endswith("s") else "it"
                text = f"Where can {_lower_start(source)} be read in full, and who wrote {them}?"
            else:
                plural = head_noun(source).endswith("s") or head_noun(source).lower().endswith("media")
                which = re.sub(r"^the\s", "", _lower_start(source))  # "The data shows": "Which data exactly"
                text = f"Which {which} exactly, and where can {'they' if plural else 'it'} be read?"
            keep += (head_noun(source),)
        elif source and source.lower() in VAGUE_QUANTIFIERS:
            text = "Who exactly holds this view, how widely is it held, and what do they base it on?"
        elif source and source.lower() == "people":  # "people say": not "Who exactly are the people"
            text = "Which people say this, how many of them, and what do they base it on?"
        elif source and PICTURES.search(source):  # "Video footage showed 20 soldiers": who shot it, and is it verified
            pictures = PICTURES.search(source).group(0).lower()
            verified = "Who verified" if re.match(r"(?i)verified\b", source) else "Who filmed or took"
            shows = "they show" if pictures.endswith("s") else "it shows"
            text = f"{verified} the {pictures}, and how were the place and date {shows} confirmed?"
            look_for = ("the original post or file, with who made it and when",
                        "an independent geolocation or verification, such as a news agency's or a monitoring group's")
            keep += (pictures.split()[-1],)
        elif source and SOME_IN.match(source):  # "many in the space community": not "Which in the space community"
            where = SOME_IN.match(source).group("where")
            text = f"Who {where} says this, how many of them, and what do they base it on?"
            keep += (where.split()[-1],)
        elif source and re.match(r"(?i)(?:most|many|some|several|other|few)\s+\w", source):
            people = re.sub(r"(?i)^(?:most|many|some|several|other|few)\s+", "", source)
            text = f"Which {people}, and what do they base this on?"  # not "Who exactly are the most experts"
            keep += (head_noun(source),)
        elif source:
            plural = head_noun(source).endswith("s") or head_noun(source).lower() in ("people", "media")
            text = f"Who exactly {'are' if plural else 'is'} {_the(source)}, and what do they base this on?"
            keep += (head_noun(source),)
        elif COURT_HEARD.search(self.text):  # "The court heard that ...": evidence from a witness the article leaves out
            text = "Who gave this evidence in court, and was it challenged or accepted in the judgment?"
            look_for = ("the judgment or the judge's sentencing remarks", "a court reporter's account naming the witness")
            keep += ("court",)
        elif RESEARCH_WORDS.search(self.text):
            text = f"Which studies show {self.finding}, and where are they published?"
            look_for = ("the studies themselves, with their authors and method", "a systematic review of the question")
        elif self.figure and ESTIMATED.search(self.text):  # "killed an estimated 25 million people"
            text = f"Who estimated {self.figure.phrase}, and how was the estimate made?"
            look_for = ("the estimate's source and method", "an independent estimate to compare")
        elif self.figure:
            text = f"Who first reported {self.figure.phrase}, and where can that report be read?"
        elif expected := EXPECTED_BY_NOBODY.search(self.text):  # "is expected to expand": a forecast, by no one named
            text = f"Who expects {_expected(self.text, expected)}, and what forecast or data is it based on?"
            look_for = ("the forecast or report that makes it, with who made it", "the data the forecast rests on")
        elif frames := list(REGARDED_BY_NOBODY.finditer(self.text)):  # "is widely regarded for": regarded by whom
            frame = next((found for found in frames if " " in found.group("verb")), frames[0])  # "widely regarded"
            verb = frame.group("verb").lower()
            view = _safe(_clause_words(self.text[frame.start("verb"):]))  # "viewed as a potential successor to Bob Iger"
            text = f"'{view[:1].upper()}{view[1:]}' by whom, and on what evidence?"
            look_for = ("a named reviewer, expert or survey that says so", STUDY_OR_DATA)
            keep += (verb.split()[-1],)
        else:
            text = f"Who first said {self.object}, and where can it be read?"
        return [PlannedQuestion("vague_source", text, look_for, keep), *self._group_view("vague_source")]

    def _anonymous_source(self):
        held = self._held_belief("anonymous_source")
        if held:
            return held
        source = self.source
        look_for = ("the same account from a named person or body", "a second outlet confirming it with its own sources")
        if not source and RESPONDENTS.search(self.text):  # "73 percent of those responders reported": a survey's
            return [PlannedQuestion("anonymous_source", "Which survey is this, and who ran it?",
                                    ("the survey's questionnaire and sample", "the full results, with the margin of error"),
                                    self._keep())]
        if not source:
            return [PlannedQuestion("anonymous_source", f"Who is the source for {self.object}, and how would they know?",
                                    look_for, self._keep())]
        lower = _lower_start(source)
        head = head_noun(source)
        if DOCUMENT_NOUNS.search(source):
            bare = re.sub(r"^(?:(?:some|one|many|most)\s+of\s+)?(?:a|an|the|one|another|some|early)\s+", "", lower)
            bare = re.sub(r"\s(?:filed|published|released|issued|seen|obtained)$", "", bare)  # "a plea agreement filed"
            them = "them" if re.match(r"(?:[\w’'-]+\s){0,2}(?:results|findings|data|evaluations|analyses|calculations"
                                      r"|estimates|projections)\b", bare) else "it"
            return [PlannedQuestion("anonymous_source", f"Where can the {bare} be seen in full, and who issued {them}?",
                                    ("the document itself", "who issued it, by name"), self._keep(head))]
        named_at = re.search(re.escape(source), self.text, re.IGNORECASE) if head.lower() in BENCH_HEADS else None
        if named_at and COURT_ACT.match(self.text, named_at.end()):
            return [PlannedQuestion("anonymous_source", "Which court is this, and what does its written ruling say?",
                                    ("the court's docket or written ruling", "a court reporter's or the parties' account"),
                                    self._keep(head))]
        plural = _plural_head(head)
        partitive = PARTITIVE.match(lower)
        lower = re.sub(r"^(?:some|several|multiple|many)\s+", "", lower) if plural else re.sub(r"^(?i:one|another)\s+", "a ", lower)  # "one commenter"
        if FIRST_PERSON_QUOTE.search(self.text) and re.match(r"(?:a|an)\s", lower):
            # "One reviewer said, “I found the timer very helpful”": they know first-hand; who they are is the doubt
            return [PlannedQuestion("anonymous_source", f"Who is the {lower.split(' ', 1)[1]}, and where can their own "
                                    "account be read in full?", ("the review or testimonial in full, with who wrote it",
                                                                 "other users' accounts of the same thing"),
                                    self._keep(head))]
        announced = re.search(re.escape(source) + r"\s(?:\w+ly\s)?(?:announced|declared)\s(?:that|plans|a|an|the"
                              r"|\w+day|(?:on|at)\s(?:\w+day|the)|in\sa)\b", self.text, re.I)
        if announced and (plural or lower.startswith("the ")):
            # "executives of both companies announced", "authorities in Beijing announced": the announcement is the
            # record, not what puts them in a position to know their own deal (the dev review news95)
            return [PlannedQuestion("anonymous_source", f"Where is the announcement by {lower}, and who exactly made it?",
                                    ("the announcement itself: a press release, a statement or a briefing",
                                     "a second outlet reporting the same announcement"), self._keep(head))]
        some_in = SOME_IN.match(lower)
        if some_in:  # "Some in the industry say": who there, and how many, not "Which in the industry"
            text = f"Who {some_in.group('where')} says this, how many of them, and how would they know?"
        elif partitive:  # "one of the models", "a group of Swiss scientists": which of them, not "the of the models"
            text = f"Which {partitive.group('which') or ''}of {partitive.group('whole')}, and how would they know {self._about()}?"
        elif re.match(r"(?:a|an)\s", lower):
            text = f"Who is the {lower.split(' ', 1)[1]}, and how would they know {self._about()}?"
        elif lower.startswith("the "):
            text = f"What puts {lower} in a position to know {self._about()}?"
        elif plural:
            owned = re.match(r"(?:his|her|their|its|our)\s", lower) or POSSESSIVE_OWNER.match(lower)
            which = "Which of" if owned else "Which"  # "Which of his doctors", "Which of Rudolph's supporters"
            text = f"{which} {lower}, and how would they know {self._about()}?"
        else:
            text = f"Who is the {lower}, and how would they know {self._about()}?"
        return [PlannedQuestion("anonymous_source", text, look_for, self._keep(head))]

    def _second_hand(self):
        source, relay = self.source, self.relay
        trusted_source = source and self.kind in ("named", "organisation")
        interviewed = relay and not relay.lower().endswith(("media", "press", "reporters", "journalists", "outlets")) \
            and re.search(r"\btold\s(?:the\s)?" + re.escape(relay.removeprefix("the ")), self.text)
        if relay and trusted_source and interviewed:
            # "He instead told the BBC interviewer: ...": the interview is the first-hand record (the dev review news95
            # called "not as passed on by BBC" a misreading of the chain)
            outlet = interviewed.group(0).split(" ", 1)[1]  # "the BBC", as the claim names it
            text = f"Can {_possessive(source)} interview with {outlet} be seen or read in full, and does it say exactly this?"
            look_for = (f"the {relay.removeprefix('the ')} interview itself, in full", "a full transcript of it")
        elif relay and trusted_source:
            text = f"Where can {source} be read or heard saying this first-hand, not as passed on by {relay}?"
            look_for = (f"{_possessive(source)} own statement or recording", f"the {relay.removeprefix('the ')} piece itself")
        elif relay and is_organisation_phrase(relay):  # "Mainichi quoted an unnamed source": the outlet's report
            text = f"What does the {relay.removeprefix('the ')} report itself say, and whom does it cite?"
            look_for = (f"the {relay.removeprefix('the ')} report itself", "the original source it cites")
        elif relay:  # whoever passed it on ("..., per Feng"): where they got it, not "the Feng report" (news90)
            text = f"Where did {relay} get this, and what does the original say?"
            look_for = (f"{_possessive(relay)} own report or post, with what it cites", "the original source it cites")
        elif trusted_source and self.outlet:  # "according to The Wrap": the outlet's own sources are the weak point
            report = _document_by(source, "report")
            text = f"Whom does {report} rely on for this, and can that source be checked?"
            look_for = (f"{report} itself", "the people or documents it cites")
        elif trusted_source:
            text = f"Where can {source} be read or heard saying this first-hand?"
            look_for = (f"{_possessive(source)} own statement or recording", "the outlet that first carried it")
        else:
            text = f"Who said {self.object} first, and where can that be read?"
            look_for = ("the first report of it", "the original speaker's own words")
        return [PlannedQuestion("second_hand", text, look_for, self._keep(source if trusted_source else None, relay))]

    def _unverifiable(self):
        if self.own_word and EXPERIENCE.search(self.text):  # "In my experience, ... 90% of your debugging needs"
            text = f"Was {self.object} measured, or is it a rough estimate from the writer's experience?"
            return [PlannedQuestion("unverifiable", text, ("any count or test the writer describes",
                                                           STUDY_OR_DATA), self._keep())]
        if self.own_word and not self.product_test and GRANT.search(self.text):  # "we recommended a $5.1 million grant"
            return [PlannedQuestion("unverifiable", f"What record outside the page would show {self.object}?",
                                    ("the grant record or the grantee's own report of it",
                                     "an independent report on the publisher"), self._keep())]
        if self.own_word and not self.own_test:  # "we've handled thousands of cases": no test to publish
            text = f"What record outside the page would show {self.object}?"
            if OWN_BUSINESS.search(self.text):  # "we've recovered $50 million for clients": their side has records
                return [PlannedQuestion("unverifiable", text, ("records of the other side: clients, platforms, courts or payers",
                                                               "an independent report on the publisher"), self._keep())]
            return [PlannedQuestion("unverifiable", text, ("public records that would show it, such as a platform's own "
                                                           "counts or a published catalogue",
                                                           "an independent account of the same thing"), self._keep())]
        if self.own_word:
            text = f"Does the page show the data or method behind {self.object}, so that someone else could check it?"
            return [PlannedQuestion("unverifiable", text, ("the publisher's published test method and raw results",
                                                           "an independent test or review of the same thing"), self._keep())]
        text = f"The article could not verify it: has anyone confirmed {self.object} since?"
        return [PlannedQuestion("unverifiable", text, ("a later report that confirms or corrects it",
                                                       "an independent monitoring group or fact-check"), self._keep())]

    def _hedged(self):
        hedge = self.hedges[0]
        if hedge in MODAL_HEDGES:
            text = f"The claim only says '{hedge}': what evidence would show it is actually so?"
            if self.object_as_that.startswith("that "):
                text = f"The claim only says '{hedge}': what evidence shows {self.object_as_that}?"
            if self.figure:
                text = f"The claim only says '{hedge}': what evidence backs {self.figure.phrase}?"
        elif told := _hedged_after_figure(hedge, self.text, self.figure):
            text = f"The article says '{told}': who has confirmed that?"  # not the figure the hedge does not cover
        elif relative := _hedged_relative(hedge, self.text):
            said = re.sub(r",\s(?:and|but|or|while|whereas|so)\s.*$", "",  # not the next clause: ", and DSEE HX can"
                          f"{relative.group('hedge')}{relative.group('rest')}").rstrip(",")
            aux = f" {relative.group('aux')}" if relative.group("aux") else ""  # "a man, who was possibly the victim"
            text = f"The article says {relative.group('name')}{aux} '{said}': who has confirmed that?"
        else:
            text = f"The article says '{hedge}': who has confirmed {self.object}?"
        return [PlannedQuestion("hedged", text, (NAMED_CONFIRMATION, "the document or record behind it"),
                                self._keep(hedge))]

    def _no_source(self):
        figure = self.figure
        if figure is not None and self.set_by == "policy":  # "the character limit ... rose to 10,000 words"
            return [PlannedQuestion("no_source", f"Which announcement or published policy sets {figure.phrase}?",
                                    ("the provider's own announcement, terms or help page", "the date it took effect"),
                                    self._keep())]
        if figure is not None and self.set_by == "court":  # "held in jail in lieu of $268,500 bond"
            return [PlannedQuestion("no_source", f"Which court or jail record shows {figure.phrase}?",
                                    ("the court docket or the jail's booking record", "the date it was set"),
                                    self._keep())]
        if figure is not None and self.set_by == "law":  # "faces a maximum of 10 years in prison", "a law mandating"
            return [PlannedQuestion("no_source", f"Which law sets {figure.phrase}, and does it apply as the article says?",
                                    ("the statute itself, or the prosecutor's or court's statement citing it"
                                     if PENALTY.search(self.text) else "the statute itself, with its scope",
                                     "the date the law took effect"), self._keep())]
        if figure is not None and self.set_by:
            year = "" if re.search(r"\b(?:19|20)\d\d\b", self.text) else ", and for which year"  # "for 2025": given
            return [PlannedQuestion("no_source", f"Which official rule or schedule sets {figure.phrase}{year}?",
                                    (FIGURE_RECORD, "the date the rule took effect"), self._keep())]
        if figure is not None and not self.source and OWN_ARITHMETIC.match(self.text):  # "That would be roughly 1% to 2%"
            return [PlannedQuestion("no_source", f"Does {figure.phrase} follow from the figures the article gives?",
                                    ("the figures it is worked out from, as the article gives them",
                                     "the same sum worked out again"), self._keep())]
        if figure is not None and STAT_AFTER.search(figure.phrase) and not MARKET_POINTS.search(self.text) \
                and (LINEUP.match(self.text) or (GAME.search(self.text) and SPORT.search(self.text))):
            # "Armani Sheffield 19 points and 3 steals", "at least 10 assists in six consecutive games"
            return [PlannedQuestion("no_source", f"Does the official box score or the league's statistics give "
                                    f"{figure.phrase}?", ("the official box score of the game", "the league's published "
                                                          "player statistics"), self._keep())]
        if figure is not None and SCORE_PHRASE.search(figure.phrase):  # "defeated Khachanov and Rublev 6-4, 7-6"
            record = figure.phrase.endswith("record")
            hints = ("the official results of the match, from the league or organiser",
                     "the league's published standings and statistics")
            return [PlannedQuestion("no_source", f"Do the official {'standings' if record else 'results'} give "
                                    f"{figure.phrase}?", hints[::-1] if record else hints, self._keep())]
        if figure is None and PLACING.search(self.text):  # "finished second in the 50 yard freestyle": a result
            event = RACE_EVENT.search(self.text)
            results = f"the official results of the {event.group(0)}" if event else "the event's official results"
            return [PlannedQuestion("no_source", f"Do {results} show this placing?",
                                    ("the official results of the meet, race or competition",
                                     "the governing body's or organiser's published results"), self._keep())]
        if figure is None and self.age:
            # "Meditation has been practiced for thousands of years": an age, dated by the earliest evidence of it
            return [PlannedQuestion("no_source", f"What historical or scientific evidence shows it goes back "
                                    f"{self.duration}?", ("a historian's or scientist's dating of the earliest evidence",
                                                           "a reference work on its history"), self._keep())]
        nth = self.place_in_count if figure is None else None
        if nth:  # "is the sixth national rail strike this year": the earlier ones are the check
            return [PlannedQuestion("no_source", f"Which record of the earlier ones shows '{_safe(nth.group(0))}'?",
                                    ("the earlier cases by name, with their dates, from one record",
                                     "an independent list or count of them"), (nth.group("nth"),))]
        charged = self.charges if figure is None else None
        if charged:  # "each face 27 counts of culpable homicide": the charge sheet says
            return [PlannedQuestion("no_source", f"Which court record lists the {_safe(charged.group(0))}?",
                                    ("the charge sheet or indictment", "the court's docket for the case"),
                                    (charged.group("kind"),))]
        if figure is None:
            return [PlannedQuestion("no_source", f"What is the source for {self.object}, and where can it be checked?",
                                    (CLAIM_RECORD, "a named source saying the same"),
                                    self._keep())]
        if RESPONDENTS.search(self.text):  # "Among those responders ..., 73 percent reported"
            return [PlannedQuestion("no_source", f"Which survey gives {figure.phrase}, and who ran it?",
                                    ("the survey's own report, with who ran it", "its questionnaire and sample"), self._keep())]
        if figure.kind in ("count", "tally") and STUDY_SAMPLE.search(self.text):
            return [PlannedQuestion("no_source", f"Which study is this, and does it report {figure.phrase}?",
                                    ("the study itself, with its authors, sample and method",
                                     "its registration or protocol, where there is one"), self._keep())]
        if _market_quote(figure, self.text):  # "Sterling was little changed at $1.2640": a price the market set
            return [PlannedQuestion("no_source", f"Which market data show {figure.phrase}, and at what time?",
                                    ("the exchange's or a market data service's record for that day and time",
                                     "another outlet's market report for the same time"), self._keep())]
        planned = _planned(figure, self.text)
        if planned:  # "Kessler to cut 4,800 jobs": announced
            verb = planned.group("verb").lower()
            return [PlannedQuestion("no_source", f"Who announced the plan to {verb} {figure.phrase.removeprefix('the ')}, "
                                    "and where can the announcement be read?",
                                    ("the announcement itself: a statement, a filing or a briefing",
                                     "a second outlet reporting the same figure from its own sources"), self._keep())]
        if figure.kind == "count" and not _few(figure):
            text = f"Who counted {figure.phrase}, and how?"
        elif figure.kind == "count":  # "the first two infected patients": who reports them, not how they were counted
            text = f"What source gives {figure.phrase}, and can it be checked?"
        elif figure.kind == "vague":
            text = f"Is there an actual count behind {figure.phrase}, and who made it?"
        elif figure.kind == "money":
            text = f"Where does {figure.phrase} come from, and what does it include?"
        elif _counts_things(figure):
            text = f"What source gives {figure.phrase}, and can the number be checked?"
        else:
            text = f"What source gives {figure.phrase}, and can it be checked?"
        return [PlannedQuestion("no_source", text, (FIGURE_RECORD,
                                                    "an independent count or estimate to compare"), self._keep())]

    def _baseline(self):
        # the trend research is said to show, before one in another clause ("might not seem like the most dangerous")
        finding = self.research_finding if self.kind == "vague" else None
        noun_trend = NOUN_TREND.search(finding) if finding else None
        trend = (finding and (_trend(finding) or (noun_trend and noun_trend.group(0)))) or _trend(self.text)
        if trend and PLACING.search(self.text) and trend.lower().endswith("place"):
            return []  # "for first place at state": a result the official results settle, measured against nothing
        if trend and JUDGED_AS.search(self.text, 0, max(0, self.text.find(trend))) and SUPERLATIVE.match(trend):
            return []  # "are seen as one of the most difficult issues": a judgement held, no ranking by data
        linked = _association(self.text, trend) if trend else None
        if linked:  # "Eating eggs has been linked to a higher risk of heart disease": studies, and whether they show a cause
            text = f"Which studies link {linked[0]} to {linked[1]}, and do they show a cause or only an association?"
            return [PlannedQuestion("baseline", text, ("the studies themselves, with their design (trial or observational) "
                                                       "and size", "a systematic review of the question (Cochrane, PubMed)"),
                                    (trend.split()[0],))]
        span = _safe(trend_in_context(self.text, trend))
        compared = _with_comparand(self.text, trend)
        named = COMPARAND_NAMED.search(self.text)
        if compared or named and named.start() < self.text.find(trend):
            # "cheaper than the BMW iX", "Compared to the control group, participants ...": the other side is given,
            # its data is not (a "than" in a later clause belongs to another comparison)
            text = f"What data shows '{_safe(compared) or span or trend}', and where can it be checked?"
            return [PlannedQuestion("baseline", text, ("figures for both sides of the comparison, from one source",
                                                       "an independent test or data set comparing them"), (trend.split()[0],))]
        if GIVEN_EARLIER_FIGURE.search(self.text, max(0, self.text.find(trend)) + len(trend)) \
                or CHANGE_AND_RESULT.search(self.text):
            return []  # "rose 29/32 in price to yield 2.252%, from 2.293% late on Monday": the article gives both ends
        reached = CHANGED_TO.search(self.text) if self.figure else None
        if reached and self.figure.text in self.text[reached.end():reached.end() + 12 + len(self.figure.text)]:
            # "Carl grew his email list to 100,000 subscribers": what it started from is the missing half
            text = f"What was the figure before it reached {self.figure.phrase}, and by whose records?"
            return [PlannedQuestion("baseline", text, ("the starting figure and its date, from the same records",
                                                       "an independent count at both dates"), self._keep())]
        ordinal = FIRST_TO.search(self.text)
        if ordinal and ordinal.group("nth").lower() in trend.lower():
            # "the second company led by Martin Roesch to be acquired": which came before it is the check, not a "measure"
            phrase = _safe(ordinal.group(0))
            text = (f"Was there really none before it, and by whose records: '{phrase}'?"
                    if ordinal.group("nth").lower() == "first" else
                    f"Which came before it, and where is that recorded: '{phrase}'?")
            return [PlannedQuestion("baseline", text, ("the earlier cases by name, with their dates, from one record",
                                                       "an independent history or list of them"), (ordinal.group("nth"),))]
        first = FIRST_TIME.search(self.text) if trend.lower() == "first time" else None
        if first:  # "For the first time, scientists compared ...", "for the first time since 1993": against all before
            text = f"Is this really the first time{' ' + first.group('since') if first.group('since') else ''}, " \
                   "and what record of earlier cases shows it?"
            return [PlannedQuestion("baseline", text, ("earlier cases of the same kind, with their dates, from one record",
                                                       "an independent history or review of what came before"),
                                    ("first",))]
        window = HIGH_SINCE.search(self.text)
        if window and trend.lower() in window.group(0).lower():
            # "a measure of world stock markets to their highest in nearly two years": a level in a series' history
            text = f"Which data series shows '{_safe(window.group(0))}', and where can it be checked?"
            return [PlannedQuestion("baseline", text, ("the series' published history over that time",
                                                       "an independent source for the same series"), (trend.split()[0],))]
        if RECORD.match(trend):  # "a record 315,000 new electric cars": a record against earlier years
            text = "Against which earlier figures is this a record, and by what data?"
            return [PlannedQuestion("baseline", text, ("the earlier figures it beats, from one data series",
                                                       "an independent count for the same years"), ("record",))]
        at = self.text.find(trend)
        if SUPERLATIVE.match(trend) and (not trend.lower().startswith(("most ", "least ")) or RANKED_BEFORE.search(
                self.text[max(0, at - 12):at])):  # "the highest percentage of tech placement": among which others
            ordinal = RANK_ORDINAL.search(self.text, 0, at)  # "the third biggest financial goal": its place, whole
            text = f"'{ordinal.group(0) if ordinal else ''}{span or trend}' among which others, and by whose data or ranking?"
            return [PlannedQuestion("baseline", text, ("a ranking or data set that covers all the others it is set "
                                                       "against", "an independent ranking or count"), (trend.split()[0],))]
        text = f"What is '{trend}' measured against, and by what data?"
        if span and span != trend:
            text = f"Compared with what, and by what data: '{span}'?"
        # a change over time is measured against an earlier figure; "a lower risk", "more affordable", "faster speeds"
        # against the other thing the claim sets it beside
        other = "the earlier figure it is measured against" if OVER_TIME.search(span or trend) else \
            "the same figure for what it is compared with, from the same source"
        return [PlannedQuestion("baseline", text, (COMPARISON_SERIES, other), (trend.split()[0],))]

    def _counting(self):
        figure, source = self.figure, self.source
        if figure is None:
            return [self._method()]
        if not source and OWN_ARITHMETIC.match(self.text):
            return []  # the article's own sum: the question before asks whether it follows
        if (self.own_word and EXPERIENCE.search(self.text)) or (not source and STUDY_SAMPLE.search(self.text)):
            return []  # the writer's guess, or a study's sample: the question before already asks what stands behind it
        if self.own_word and FORECAST_CHANCE.search(self.text):
            return [PlannedQuestion("counting", f"What reasoning and inputs give {figure.phrase}, and how have the "
                                                "publisher's past forecasts turned out?",
                                    ("the forecast's stated reasoning and inputs",
                                     "a record of the publisher's earlier forecasts and how they resolved"), self._keep())]
        if source and self.kind in ("named", "organisation") and _in_an_aside(figure, self.text):
            # "His office said he was keeping plans for the conference of the Republican Governors Association, which
            # gave nearly $5.9 million toward Holcomb's campaign": the article's background, not the office's count
            return [PlannedQuestion("counting", f"What record shows {figure.phrase}, and does it come from {source} or "
                                                "from the article itself?",
                                    ("official filings or records of it", "the article's own source for it"),
                                    self._keep())]
        if not source and RESPONDENTS.search(self.text):  # the survey's sample and question, not "how was 73% estimated"
            return [PlannedQuestion("counting", "How large was the survey's sample, how was it chosen, and what exactly "
                                    "was asked?", ("the questionnaire and sample of the survey",
                                                   "the full results, with the margin of error"), ("survey",))]
        if source and not self.own_word and RECOMMENDATION.search(self.text):
            return [PlannedQuestion("counting", f"What evidence is the advice of {source} based on?",
                                    ("the guidance itself, with the studies it cites", "an independent review of the same advice"),
                                    self._keep(source))]
        if self.set_by == "court":
            return []  # a bail or a bond a court set: its record, asked for before, settles it
        if self.set_by == "law":  # a penalty or a mandate is set, not counted: what it means in practice is the doubt
            if PENALTY.search(self.text):
                return [PlannedQuestion("counting", "Is that the most the law allows, and what sentence or fine is "
                                        "actually expected here?", ("the charging document or plea agreement",
                                                                    "sentencing guidelines for the charge"), ("most",))]
            return [PlannedQuestion("counting", f"To whom does the {figure.text} rule apply, and is it enforced?",
                                    ("the law's scope and thresholds", "official figures on compliance"), self._keep())]
        under_rules = UNDER_RULES.search(self.text) if source and figure.kind in ("money", "share") else None
        if under_rules:
            # "Forbrukerforum said passengers ... are entitled to compensation of up to €600 under EU rules": the rule
            # settles it, not the group's method (the dev review pnd94)
            rules = under_rules.group("rules")
            return [PlannedQuestion("counting", f"What do the {rules} themselves set, and does {figure.phrase} apply "
                                    "here as the article says?", (f"the text of the {rules}",
                                                                     "the regulator's own guidance on who qualifies"),
                                    self._keep())]
        if self.set_by and not source:  # set, not measured: whether it still applies is what a reader can check
            return [PlannedQuestion("counting", f"Is {figure.phrase} still the current figure, and from what date does it apply?",
                                    ("the current version of the rule or schedule", "the date it took effect"), self._keep())]
        if self.own_word:  # the page's own count or test: who counted is known; what it covered is not
            if OWN_SAMPLE.search(self.text):  # what it bought to test: how it chose them and what each scored
                return [PlannedQuestion("counting", f"How were {figure.phrase} chosen, and does the page publish each "
                                        "one's results?", ("the publisher's test method and its results for each one",
                                                           "how they were picked, and whether any was supplied or paid "
                                                           "for by its maker"), self._keep())]
            if figure.kind == "money":
                return []  # a sum the page was paid or charged: its record, not a method, settles it
            figure_ends = max(0, self.text.find(figure.text)) + len(figure.text)
            if figure.kind == "vague" and not self.own_test and not re.search(r"(?i)\b(?:our|my)\b", figure.phrase) \
                    and WORLDS_SHARE.search(self.text, 0, figure_ends):
                # "As one of the many thousands of people with broken MacBook keyboards, I ...": the writer's sense of
                # the world, not the publisher's records (the dev review news93 called those a hint to nothing)
                return [PlannedQuestion("counting", f"What is the actual number behind {figure.phrase}, and who has "
                                        "counted it?", ("a count by someone in a position to know: the maker, a regulator "
                                                        "or a court", "an independent estimate to compare"), self._keep())]
            asked = (f"How were {figure.phrase} counted, and what was left out?" if figure.kind == "count" or _counts_things(figure)
                     else f"What is the actual number behind {figure.phrase}, and how was it counted?" if figure.kind == "vague"
                     else f"How was {figure.phrase} measured, and under what conditions?")
            look_for = (("the publisher's method, step by step", "an independent test or count to compare")
                        if self.own_test else
                        ("the publisher's own records, in full", "records of the other side to compare"))
            return [PlannedQuestion("counting", asked, look_for, self._keep())]
        if not source or self.kind == "vague" or (self.kind == "anonymous" and not re.search(
                _FIGURE_DOCUMENTS + r"|^(?:the\s)?(?:study|survey|report|analysis|poll)$", head_noun(source), re.I)):
            # "Unconfirmed reports say", "sources close to the Kremlin said": no one who would publish how they counted
            asked = (f"How were {figure.phrase} counted, and by whom?" if figure.kind == "count" or _counts_things(figure)
                     else f"How was {figure.phrase} measured or estimated, and by whom?")
            return [PlannedQuestion("counting", asked,
                                    (PUBLISHED_METHOD, "an independent estimate to compare"), self._keep())]
        if INDEFINITE_STUDY.match(source):
            source = re.sub(r"^(?i:a|an|one)\s", "the ", source)  # "How did the study arrive at", not "a study"
        elif source.lower() in ("research", "studies", "evidence", "data"):
            source = "the " + source.lower()  # "How did the research arrive at", not "How did research"
        if NO_DETAILS.search(self.text):  # "..., but did not give details": asking them for a count asks what the
            # article says they withheld (the dev review pnd90); the record behind the figure settles it
            return [PlannedQuestion("counting", f"{source[0].upper() + source[1:]} gave no details: which document or "
                                    f"agreement would show {figure.phrase}, and has it been published?",
                                    ("the agreement or document itself", "the other party's account of it"),
                                    self._keep(source))]
        if figure.kind == "count":
            text = f"How did {source} count {figure.phrase}, and can the count be checked?"
        elif figure.kind == "vague":
            text = f"{'Do' if _plural_source(source) else 'Does'} {source} give an actual count behind {figure.phrase}?"
        else:
            text = f"How did {source} arrive at {figure.phrase}?"
        # a person publishes no method: what they saw or the records they used is what they base it on (the dev
        # review news78a called "the method or data published by" a private person a hint that leads nowhere)
        basis = (f"what {source} bases it on: what they saw, or the records they used" if self.kind == "named"
                 else f"the method or data published by {source}")
        return [PlannedQuestion("counting", text, (basis, "an independent count to compare"), self._keep(source))]

    def _method(self) -> PlannedQuestion:
        """How a study or survey with no figure in the claim counted: the sample, and what was asked or measured. The
        study is named by its own noun ("the research", "the trials"), never by the detector's whole source phrase. A
        research firm's forecast is asked what it rests on instead: it sampled no one."""
        if self.source and _research_firm(self.source):
            return PlannedQuestion("counting", f"What data and assumptions does {_possessive(self.source)} forecast rest on, "
                                   "and who paid for the report?", ("the market research report itself, with its method and "
                                                                    "who paid for it", "another firm's forecast for the same "
                                                                    "market"), self._keep(self.source))
        survey = SURVEY.search(self.source or "") or SURVEY.search(self.text)
        if survey:
            noun = survey.group(0).lower()
            them = "the poll" if noun.startswith("poll") else "the survey"
            return PlannedQuestion("counting", f"How many people did {them} ask, how were they chosen, and what exactly "
                                   "were they asked?", (f"the questionnaire and sample of {them}",
                                                        "the full results, with the margin of error"), (them.split()[1],))
        noun = (STUDY.search(self.source or "") or STUDY.search(self.text)).group(0).lower().split()[-1]
        noun = "study" if noun == "participants" else noun
        plural = noun in ("studies", "trials", "experiments")
        them = f"the {noun}"
        if STUDIED_THINGS.search(self.text) and not STUDIED_BEINGS.search(self.text) and not COUNTED_SAMPLE.search(self.text):
            # a study of rainfall on Titan covered no people (the dev review news87 called the question a wrong premise)
            return PlannedQuestion("counting", f"What exactly did {them} measure, and how?",
                                   (f"the method section of {them}",
                                    f"the data {'they' if plural else 'it'} used and where they came from"), (noun,))
        return PlannedQuestion("counting", f"How many people or cases did {them} cover, and what exactly did "
                               f"{'they' if plural else 'it'} measure?",
                               (f"the method section of {them}", "the sample size and how it was chosen"), (noun,))

    def _self_interest(self):
        if self.credential:
            earns = PlannedQuestion("self_interest", "Does the publisher earn from what it recommends here, through "
                                    "affiliate links, sponsorship or products of its own?",
                                    ("the site's affiliate or sponsorship disclosure",
                                     "whether the publisher sells or is paid by the products it ranks"), self._keep())
            if OWN_SAMPLE.search(self.text):
                return [earns]  # what it tested is asked as its method (_counting)
            effort = CREDENTIAL.search(self.text)
            said = effort and (effort.group("effort") or effort.group("experience") or effort.group("reading"))
            behind = f"'{said}'" if said else self.object
            return [PlannedQuestion("self_interest", f"{_credited_people(self.text)}, and does the page name them and "
                                                     f"show the work behind {behind}?",
                                    ("the reviewers' names, bylines and biographies",
                                     "notes, photos or measurements from the testing itself"), self._keep()), earns]
        if self.kind == "none" and _client_result(self.text):
            named = NAMED_CLIENT.search(self.text)
            client = (named.group("after") or named.group("before")) if named else "the client"
            text = f"Does {client} confirm {self.confirmed}, and from what starting point?"
            return [PlannedQuestion("self_interest", text, ("the client's own statement or case study",
                                                            "the client's public figures for the same period"),
                                    self._keep(client if named else None))]
        if self.source and PROMISED_GAIN.search(self.text):
            # A maker's figure for what its customers gain: a field study of the product, not a monitoring group,
            # settles it; "up to" is the best case.
            up_to = re.search(r"\bup\sto\s[$€£]?\d[\d.,]*%?", self.text)
            customers = f"{_possessive(self.source)} customers"
            text = (f"Is '{up_to.group(0)}' what {customers} usually get, and does an independent study find the same?"
                    if up_to else f"Does an independent study of {customers} find {self.confirmed}?")
            return [PlannedQuestion("self_interest", text, ("an independent field study or trial of the product",
                                                            "a consumer-testing lab's or a regulator's own measurements"),
                                    self._keep(self.source))]
        if self.source and _claims_a_deed(self.source, self.text):
            text = f"What do the other side or independent investigators say of {_possessive(_the(self.source))} claim?"
            return [PlannedQuestion("self_interest", text, ("the other side's own account of what happened",
                                                            "investigators' or monitors' findings on the cause"),
                                    self._keep(self.source))]
        text = f"Does anyone independent of {self.source or 'the publisher'} confirm {self.confirmed}?"
        return [PlannedQuestion("self_interest", text, self._independent_check(), self._keep(self.source))]

    def _independent_check(self) -> tuple[str, str]:
        """Who could confirm what a source says of itself: another test of the page's own test; a monitoring group for
        a warring party or a state body; a regulator or the other party for a company; for a person speaking of their
        own life, someone else who was there or a record of it (the dev news review news73a called a monitoring group
        for "We lost the baby" or a coach's view of his team a misfit)."""
        if self.product_test or (
                self.source and len(self.source.split()) == 1 and PRODUCT_FIGURES.search(self.text)) or (
                self.source and ITS_NEW_THING.search(self.text)):
            return "another reviewer's or lab's test of the same product", "the maker's published specification"
        if self.figure is not None and _a_toll(self.figure, self.text) is not None:
            who = "hospital or morgue records, or the UN's or a monitoring group's own count"  # the dead and hurt
        elif PARTY_AT_WAR.search(self.source or "") or (PARTY_AT_WAR.search(self.text) and (
                self.kind == "organisation" or SPEAKS_FOR.search(self.text))):  # "Taliban spokesman Zabihullah Mujahid"
            who = "an independent monitoring group or researcher"
        elif self.own_word or not self.source:  # the page's own word: what others have counted or reported of it
            who = "public records or an independent count of the same thing"
        elif self.kind == "organisation":
            who = "records kept by someone else: a regulator, a court or the other party"
        elif _PAST_DEED.search(self.text) or _WITNESSED.search(self.text) or _SEEN_DONE.search(self.text):
            # their own deeds and days, or what they saw ("Nobody from the ministry has come here since"), not "we seem
            # to have forgotten" or a finding
            who = "someone else who was there, or a record of it: official, court or medical"
        else:
            who = "an independent researcher or a published study on the same question"
        return who, OTHER_OUTLET

    def _original(self):
        source = self.source
        if self.kind in ("anonymous", "vague"):
            medium = DOCUMENT_MEDIUM.search(self.text)
            if not medium:
                return []
            *modifier, noun = (medium.group("document") or medium.group("document2")).split()
            document = " ".join([*modifier, noun.lower()])  # "the Facebook post", "the company email"
            about = self._about()  # "this", "this about Webb" or "about the 450,000 people"
            said = f"say this {about}" if about.startswith("about") else f"say exactly {about}"
            text = f"Can the {document} itself be seen, and does it {said}?"
            return [PlannedQuestion("original", text, (f"the {document} itself, in full", "who wrote or issued it, by name"),
                                    self._keep(document.split()[-1]))]
        if not source and self.study_people:  # "The authors point out ...": their paper is the original
            said = f"give {self.figure.phrase}" if self.figure else "say exactly this"
            return [PlannedQuestion("original", f"Can the authors' study itself be read, and does it {said}?",
                                    ("the study itself, with its authors, sample and method",
                                     "an independent review of the same question"), self._keep("study"))]
        if not source:
            named = NAMED_DOCUMENT.search(self.text) if self.kind in ("none", "organisation") else None
            if not named:
                return self._record_of_act()
            document = "the " + named.group("document")
            return [PlannedQuestion("original", f"Can {document} itself be seen, and does it say exactly this?",
                                    (f"{document} itself, in full", "who wrote or issued it, by name"),
                                    self._keep(named.group("document").split()[0]))]
        if self.own_finding:  # the study, not a transcript of the quote, is what settles a researcher's own finding
            return [PlannedQuestion("original", f"Which study by {source} shows this, and has it been published with "
                                                "its data?", ("the published paper, with its method and data",
                                                              "other researchers' results on the same question"),
                                    self._keep(source))]
        if self.linked:  # the link is there; whether the page behind it says this is what the reader still has to see
            said = f"actually give {self.figure.phrase}" if self.figure else "say exactly this"
            page = _document_by(source, "page")
            text = f"Does {page} that the article links to {said}?"
            return [PlannedQuestion("original", text, (f"the linked {page.removeprefix('the ')}, read in full",
                                                       "the figure or words the claim quotes, in their context"),
                                    self._keep(source))]
        kept = KEPT_DOCUMENT.match(source)
        head = kept.group("document").split()[-1] if kept else head_noun(source)
        named_document = _named_document(source)
        if SOURCE_DOCUMENT.search(head) and (ANY_DETERMINER_START.match(source) or POSSESSIVE_OWNER.match(source)
                                             or named_document):
            # "the ClassPass trends report", "Strava's trends report", "IDC estimations": a document, read, not a
            # speaker's statement
            document = named_document or source
            plural = _plural_head(head)
            can_read = (f"Can {document} themselves be read, and do they say exactly this?" if plural else
                        f"Can {document} itself be read, and does it say exactly this?")
            return [PlannedQuestion("original", can_read, (f"{document} {'themselves' if plural else 'itself'}, in full",
                                                           "who wrote or issued it, by name"), self._keep(source))]
        if head.lower() in COURT_HEADS:  # "Israeli courts have declared ...": their rulings, not a statement or a post
            text = f"Which ruling by {source} says this, and can it be read in full?"
            return [PlannedQuestion("original", text, ("the ruling itself, with its date and case number",
                                                       "the court's public record of the case"), self._keep(source))]
        expert = self.kind == "named" and not self.figure and not self.duration
        subject = subject_of(self.text) if self.interview or expert else None
        if self.interview or subject in SCIENCE_SUBJECTS:
            # "..., Mattson says": the page is the interview, so its original is this very page; what would bear the
            # speaker out is evidence on the question itself; so too for what an expert says of health or science
            # ("it depends on how their immune system is primed," Dempsey said: the literature, not his transcript)
            text = f"Besides {_possessive(source)} word, what study or data shows {self.object_as_that}?"
            return [PlannedQuestion("original", text, (record_for_subject(subject) if subject else STUDY_OR_DATA,
                                                       "another expert on the same question, on the record"),
                                    self._keep(source))]
        firm = _research_firm(source)  # "according to Grand View Research": a report, not a statement
        channel = None if self.outlet or firm else said_through(self.text)
        if channel:  # "said on Telegram", "said in a statement on Wednesday": where the words themselves are
            text = f"Where is {_possessive(source)} {channel}, and does it say exactly this?"
            return [PlannedQuestion("original", text, (f"{_possessive(source)} {channel} itself, with its date",
                                                       "a full transcript or a recording"), self._keep(source))]
        text = (f"Where can the report by {source} be read, and does it say exactly this?" if self.outlet or firm else
                f"Where is the original statement by {source}, and does it say exactly this?")
        look_for = ((f"the report by {source} itself, in full", "its method and publication date") if firm else
                    (f"the report by {source} itself, in full", "its date, and the people or documents it cites")
                    if self.outlet else
                    (f"{_possessive(source)} own statement, post or recording", "a full transcript or the document quoted"))
        return [PlannedQuestion("original", text, look_for, self._keep(source))]

    def _record_of_act(self) -> list[PlannedQuestion]:
        """The record an official act leaves, for a bare claim that reports one: the charges, the deal, the ruling."""
        act = OFFICIAL_ACT.search(self.text) if self.kind == "none" else None
        if not act:
            return []
        record = ACT_RECORDS[act.lastgroup]
        plural = record.endswith("documents")
        text = f"Can the {record} be seen, and {'do they' if plural else 'does it'} say exactly this?"
        return [PlannedQuestion("original", text, (f"the {record} {'themselves' if plural else 'itself'}",
                                                   f"the body that issued {'them' if plural else 'it'}, by name"),
                                self._keep(record.split()[0]))]

    def _time_place(self):
        figure = self.figure
        if figure.kind == "tally":  # planned only for a footprint (plan_for): what a body has now changes
            text = f"How current is the figure of {figure.phrase.removeprefix('the ')}, and where is it dated?"
            return [PlannedQuestion("time_place", text, ("the date the figure was given", "a current listing that confirms it"),
                                    self._keep())]
        if figure.kind != "count":
            return []
        text = f"When and where were {figure.phrase} counted?"
        return [PlannedQuestion("time_place", text, ("the date and place of the count", "the report that gives them"),
                                self._keep())]

    def fallbacks(self) -> list[PlannedQuestion]:
        """Sound questions for any claim, used only to reach the minimum. For a bare claim, the first-hand record that
        would show it comes first (its weakness "original"): the page is often its first report, so where it was first
        published would send the reader back to the page; not for an age ("practiced for thousands of years")."""
        named = self.source and self.kind in ("named", "organisation")
        besides = (named and _named_document(self.source)) or self.source  # "besides the IDC estimations"
        other = f"any source besides {besides}" if named else "any other source"  # "besides Klinger": whom it goes beyond
        confirm = PlannedQuestion(FALLBACK, f"Does {other} confirm {self.confirmed}?",
                                  ("a second outlet or record confirming it",), self._keep(self.source if named else None))
        if self.interview:  # the evidence question already asks beyond the speaker: ask what stands behind the speaker
            confirm = PlannedQuestion(FALLBACK, f"Is {self.source} in a position to know this, and what do they gain if "
                                                f"it is believed?", (f"what {self.source} does, and for whom",
                                                                     "any money or work that rides on the claim"),
                                      self._keep(self.source))
        if self.own_site and self.source:
            # its own page: nothing was first published elsewhere, and its independence is asked already
            does = "do" if _plural_source(self.source) else "does"
            published = PlannedQuestion(FALLBACK, f"What data or evidence {does} {self.source} publish behind "
                                                  f"{self.object_as_that}?",
                                        (f"the data or report {self.source} published, in full", "its method and date"),
                                        self._keep(self.source))
            return [published, confirm]
        counted = self.figure is not None and self.figure.kind in ("count", "tally")  # not "Where was the 40 species ..."
        if counted and self.figure.phrase.startswith("the deaths of "):
            published = self.figure.phrase  # a death toll (_told_as_toll): "the deaths of the three people"
        elif counted:  # "the figure of a quarter-million people"
            phrase = self.figure.phrase.removeprefix("the ")
            published = f"the figure of {'a ' if FRACTION_OF_MAGNITUDE.match(phrase) else ''}{phrase}"
        else:
            published = self.object
        if self.kind == "none":  # a bare claim: the page may be its first report, so ask for the record behind it
            first = PlannedQuestion("original", f"Which first-hand record would show {published}, and does it?",
                                    (FIRST_HAND_RECORD, RECORD_DATE), self._keep())
        elif self.told_here and self.source:  # told to this outlet: the article is the first report; ask what it rests on
            first = PlannedQuestion(FALLBACK, f"What does {self.source} base this on, and can that be checked?",
                                    ("the records or documents behind it", "someone else who was there, or another "
                                     "outlet with its own sources"), self._keep(self.source))
        else:
            first = PlannedQuestion(FALLBACK, f"Where was {published} first published?", (FIRST_REPORT,), self._keep())
        return [first, confirm] if self.kind == "none" and not self.age else [confirm, first]
