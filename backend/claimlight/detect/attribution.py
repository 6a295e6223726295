"""Attribution: reporting frames, the phrase they credit, quotations and their speakers.

A frame is a reporting verb with its subject ("Zelensky has claimed"), an
inverted one ('..., said Mr Putin'), "according to X", a second-hand relay
("Mainichi quoted an unnamed source as saying") or a sourceless frame ("it has
been claimed", "media reports said", "reportedly"). Quotations credit their
speaker: a paragraph that opens a quote without closing it runs on into the
next quoted paragraph, and "He said:" hands its speaker to the quote after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tld import get_tld

from . import hedges
from .numbers import MONTHS, lowered
from .patterns import is_title_case, trie_alternation
from .advice import is_instruction
from .sources import (DEMONYMS, DOCUMENT_AUTHOR, FUNDED_BY, FUNDED_HYPHEN, GOVERNMENTS, PEOPLE_AT_WORK, SOURCE_HEADS,
                      is_name_phrase, is_organisation_phrase, is_source_phrase, person_in, without_possessive)

REPORTING_VERBS = """
said says say saying told tells telling claimed claims claim claiming alleged alleges alleging tweeted tweets wrote
writes writing reported reports reporting stated states asserted asserts argued argues arguing insisted insists stressed
stresses announced announces warned warns warning explained explains acknowledged acknowledges admitted admits
confirmed confirms denied denies revealed reveals disclosed discloses estimated estimates predicted predicts testified
declared declares emphasised emphasized emphasises emphasizes underscored underlined maintained maintains contended
contends conceded concedes suggested suggests noted notes noting added adds adding believes believe believed thinks
think expects expect expected fears feared hopes knows know quoted cited citing recalled recalls recounted recounts
remarked commented
described responded replied wondered concurred observed posted posts accused accuses blamed blames urged complained
complains boasted vowed pledged promised forecast forecasts project projects projected found finds shows showed shown
indicates indicated
argue note warn reveal show suggest
estimate predict insist report agree worry worries worried contend allege maintain acknowledge admit confirm deny tell
indicate find discovered assured recognise recognize recognised recognized recognises recognizes unveiled ruled
documented verified tallied identifies identified classifies classified agrees agreed
recommend recommends recommended advise advises advised suspect suspects suspected concluded concludes
admitting insisting conceding put puts
""".split() + ["pointed out", "points out", "point out", "ruled out", "according to", "as per", "shared that", "shares that",
                "alleged that", "alleges that",
                "raised concerns", "voiced concerns", "expressed concerns", "raised doubts", "expressed doubts"]
REPORTING_VERB = re.compile(
    r"\b(?<![-‐])(?P<verb>" + trie_alternation(REPORTING_VERBS + [v.capitalize() for v in REPORTING_VERBS])
    # "Per the CDC, ...", "..., per Wyscout.": "as per" without the "as", only where it opens or closes the sentence on a
    # name (not "$5 per person", "per Month")
    + r"|(?:^|(?<=,\s))[Pp]er(?=\s(?:the\s)?[A-Z])(?!\s(?:Month|Year|Week|Day|Hour|Night|Person|Capita|Cent)\b)"
    + r")\b(?![-‐]\w)"
    r"(?!(?<=suspect)\s(?:of|in)\b)(?!(?<=suspects)\s(?:of|in)\b)"
)  # not inside a compound: "self-declared", "so-called", "well-noted" are adjectives; nor "a suspect of/in": a noun
# Things counted that a report passes on without a reporter: "3248 cases reported worldwide".
COUNTED_EVENTS = "cases|deaths|incidents|attacks|infections|sightings"
# Reports with no reporter ("media reports", "unconfirmed reports"): a vague source where they stand as one.
# Where evidence is heard: "The court heard that", "the jury was told".
COURT_HEARINGS = ("court", "jury", "inquest", "tribunal", "hearing", "trial")
_REPORTS_NOUN = re.compile(r"(?:media|news|press|local|unconfirmed|earlier|several|multiple|recent)\sreports?")
SOURCELESS = re.compile(
    r"""\b(?:
        it\s(?:has\s|had\s)?(?:now\s|also\s)?(?:is|was|been|be)\s(?:widely\s|now\s)?(?:said|reported|claimed|alleged
          |understood|believed|thought|rumou?red|suggested|estimated|known(?!\s(?:for|as)\b))
      | there\s(?:is|was|are|were|has\sbeen|have\sbeen)\s(?:(?:some|also|growing|widespread|unconfirmed|no|many|numerous
          |multiple|several|conflicting|emerging|anecdotal)\s){0,2}
          (?:information|reports?|suggestions?|speculation|rumou?rs?|allegations?|indications?|evidence)
      | (?:has|have|had)\sbeen\s(?:widely\s|heavily\s|also\s)?(?:critici[sz]ed|praised|accused|blamed|condemned)
      | (?:is|are|was|were)\s(?:\w+\s)?(?:accused|critici[sz]ed|condemned)\b
      | """ + _REPORTS_NOUN.pattern + r"""
      | reports\s(?:say|said|saying|suggest(?:ed|ing)?|indicat(?:e[sd]?|ing)|claim(?:ed|ing)?|show(?:ed|ing)?)
      | (?:""" + COUNTED_EVENTS + r""")\sreported\b(?!\sby)
      | (?:is|are|was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:widely\s|also\s)?(?:said|reported|believed|thought
          |understood|alleged|rumou?red|claimed)\sto
      | (?:is|are|was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:widely\s|also\s)?(?:reported|claimed|alleged
          |rumou?red)(?!\sby)
      | (?!(?<!long\s)been\sknown\sto)                                 # "have been known to cause": now and then
        (?<!\bthan\swhat\s)            # "higher than what is predicted to result from": a comparison's base, no report
        (?:is|are|was|were|be|been|being)\s(?:widely\s|also\s|still\s|now\s|generally\s|long\s)?(?:expected|seen|viewed
          |regarded|considered|known(?!\sas)|thought|believed|rumou?red|estimated|projected|predicted|tipped|touted)
          \s(?:to|as)\b                                                # not "also known as", which names
      | (?:is|are|was|were|be|been|being)\s(?:currently\s|now\s)?(?:estimated|valued)\sat\b   # "is estimated at around 40,000"
      | \ban\sestimated\s(?=[\d$€£]|(?:[a-z]+\s)?(?:hundred|thousand|million|billion)\b)  # "killed an estimated 25 million"
      | (?:(?:is|are|was|were|been|being)\s(?:widely|generally|commonly|often|long|still|universally)
          |(?:widely|generally|commonly|long)\sbeen)\sconsidered         # not "X is considered a supplement": a definition
      | (?:is|are|was|were|be|been|being)\s(?:widely|generally|universally)\s(?:recogni[sz]ed|acknowledged|accepted|regarded)
      | (?:is|are|was|were|been|being)\s(?:often|widely|commonly|frequently|usually)\s(?:presented|described|portrayed|billed
          |touted|hailed|marketed|advertised)\sas
      | (?:was|were|been|being)\s(?:also\s)?told\sthat
      | (?:""" + "|".join(COURT_HEARINGS) + r""")\s(?:also\s)?(?:heard\s(?:that|how)|was\stold)  # evidence, by no one named
      | reportedly|allegedly|purportedly|supposedly
    )\b""",
    re.VERBOSE,
)
# Every SOURCELESS alternative holds one of these (lower-case) words, and every CITING match one of the
# _CITING_WORDS: a sentence with none of them cannot match, and skipping the full pattern there is much cheaper.
_SOURCELESS_WORD = re.compile(trie_alternation(
    "said report claimed alleg understood believed thought rumo suggest estimated known information speculation "
    "indication expected seen viewed regarded considered projected predicted tipped touted told purportedly "
    "supposedly recogni acknowledged accepted regarded evidence criticised criticized praised accused blamed "
    "condemned presented described portrayed billed hailed marketed advertised heard".split()))
_CITING_WORDS = ("citing", "cited", "quoting", "via")
_NAME_AFTER_VIA = re.compile(r"(?:the\s)?[A-Z@]")
OFFICIALLY = re.compile(r"\bofficially\b", re.IGNORECASE)
QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s(?P<inner>[^,;:.]{2,80}?)\sas\s(?:saying|stating|telling|claiming|writing)")
# A passive report with its agent: "was confirmed by the ministry", "was recommended by physicians", "as first reported
# by The Information", "was first reported by the business daily Handelsblatt".
PASSIVE_AGENT = re.compile(r"\b(?:is|are|was|were|been|being|[Aa]s)\s(?:first\s|originally\s|also\s)?(?:\w+ly\s)?"
                           r"(?P<verb>reported|claimed|alleged|recommended"
                           r"|accused|blamed|praised|condemned|told"
                           r"|confirmed|estimated|described|critici[sz]ed|denied|announced|revealed|disclosed|predicted"
                           r"|stated|disputed|questioned|endorsed|recogni[sz]ed|cited|quoted|noted|highlighted|documented"
                           r"|detailed|outlined|projected|forecast|calculated)\sby(?=\s)")
# A document named as where a figure was given: "as reported in The Guardian", "as detailed in an Ars Technica report".
# (One of _AS_GIVEN_VERBS is in every AS_GIVEN_IN match: a cheap first test.)
_AS_GIVEN_VERBS = ("reported", "detailed", "noted", "described", "outlined", "stated", "published", "highlighted",
                   "documented")
AS_GIVEN_IN = re.compile(r"\b[Aa]s\s(?:first\s|originally\s)?(?P<verb>" + "|".join(_AS_GIVEN_VERBS) + r")\sin"
                         r"(?=\s(?:(?:a|an|the|its|their)\s)?(?:\d{4}\s)?[A-Z])"
                         r"(?!\s(?:the\s)?(?:Chapter|Section|Figure|Fig|Table|Part|Appendix|Step|Page|Introduction)\b)")
# "Wall Street analysts surveyed by Refinitiv were expecting": the survey's publisher speaks for them.
# "Sixteen energy technology priorities identified by MOTIE in the roadmap": the body that set them out speaks.
SURVEYED_BY = re.compile(r"\b(?P<verb>surveyed|polled|compiled|identified|outlined)\sby(?=\s(?:the\s)?[A-Z])")
# What a body identifies or outlines as its own plan ("priorities identified by MOTIE"), unlike remains "identified by DNA".
_LISTED_THINGS_BEFORE = re.compile(r"\b(?:priorities|areas|risks|targets|measures|goals|issues|projects|steps|actions"
                                   r"|recommendations)\s$")
# "Assange was accused of rape by a woman": the agent of a passive accusation, a few words after the verb.
PASSIVE_ACCUSATION = re.compile(r"\b(?:is|are|was|were|been|being)\s(?:\w+ly\s)?(?P<verb>accused|blamed|critici[sz]ed|condemned)"
                                r"(?:\s(?!by\b)[\w'’-]+){1,6}?\sby(?=\s)")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s(?:\w+ly\s|also\s)?$")
_TRUSTS_SOMEONE = re.compile(r"\s(?:him|her|them|me|you|us|(?:the|a|an|his|her|their|my|your)\s[a-z]+)"
                             r"(?:,(?!\s(?:who|which|whose)\b)|[.;!?]|\stoo\b|$)")
_OF_GERUND = re.compile(r"\sof\s\w+ing\b.*$")  # "accused by critics of promoting ...": the critics
_AGO = re.compile(r"\s(?:\w+\s)?(?:years?|months?|weeks?|days?|decades?)\sago$")
CITING = re.compile(r"\b(?:citing|cited\sby|quoting|via)\s")
TOLD_OUTLET = re.compile(r"\btold\s(?:the\s)?(?:paper|newspaper|outlet|agency|broadcaster|magazine|station|channel|site"
                         r"|website|network|programme|program)\b", re.IGNORECASE)
_PASSIVE_OR_INSTRUCTION = re.compile(
    r"(?:\b(?:was|were|been|be|being|is|are|get|got)\s(?:also\s)?(?:told|warned|asked|urged|advised|ordered|expected|added|"
    r"found|shown|cited|quoted|reported|described|believed|said|claimed|alleged|thought|estimated|projected|forecast|denied)$)",
    re.IGNORECASE,
)
_INFINITIVE_BEFORE = re.compile(r"(?:\b(?:helps?|helped|helping|lets?|letting)\s(?:[a-z]+\s)?"
                                r"|\bto\s(?:people|users|you|them|us|readers)?\s?)$", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(r"\b\d[\d,.]*\+?\s[A-Za-z]+s\s$")
_COUNTED_EVENTS_BEFORE = re.compile(r"\b(?:" + COUNTED_EVENTS + r")\s$")
_NOT_A_SOURCE_AFTER = re.compile(r"^\s(?:plan|schedule|tradition|legend|custom|protocol|design|the\splan|expectations?"
                                 r"|your\s|their\s(?:needs|preferences)|need|taste|(?:their|its|his|her|one's|our)\sown\b"
                                 r"|gender|sex|age|size|weight|height|season|importance|priority|priorities|criteria"
                                 r"|(?:those|these|the|several|many)\s(?:[\w-]+\s)?factors"
                                 # a rulebook to follow, not a source: "change it according to the owner's manual"
                                 r"|(?:the\s|its\s)?(?:[\w'’-]+\s){0,2}?(?:manual|instructions|guidelines|directions"
                                 r"|schedule|label|recipe|rules))\b", re.IGNORECASE)
_PURPOSE_BEFORE = re.compile(r"\bso\s(?:that\s)?(?:[\w'’-]+\s){1,2}$", re.IGNORECASE)
_EXPECTATION_AFTER = re.compile(r"^\s(?:that\b|to\b|(?:[\w.'’-]+\s){1,12}?(?:to|will|would)\b)")
_VAGUE_PLURAL_BEFORE = re.compile(r"(?:^|\W)(?:some|many|others|most)\s$", re.IGNORECASE)  # "Some say that"
_WIDELY = re.compile(r"\b(?:is|are|was|were|be|been|being)\s(?:widely\s|generally\s|now\s)?$", re.IGNORECASE)
_ROLE_SUBJECT = re.compile(r"\b(?:colonel|general|officer|commander|soldier|official|minister|doctor|nurse|police|chief"
                           r"|president|governor|mayor|spokesman|spokeswoman|spokesperson)\b", re.IGNORECASE)
_TOLD_THE_PRESS = re.compile(r"^\s(?:reporters|journalists|the\spress|the\smedia|a\snews\sconference|a\spress\sconference)\b")
# "told residents to stay home"; not "told the committee he tried to work with": a clause of its own before the "to".
_INSTRUCTION_AFTER = re.compile(r"^\s(?:(?!(?:he|she|they|we|i|it)\s)[\w'’-]+\s){0,4}?to\s[a-z]", re.IGNORECASE)
# An outlet whose name ends on "Press", "News" or "Media" ("The Associated Press", "Sky News"), not the noun before
# a verb ("press reports", "news reports").
_OUTLET_NAME_BEFORE = re.compile(r"\b[A-Z][\w&.'’-]*\s(?:Press|News|Media)\s$")
_NOUN_GUARD = re.compile(
    r"\b(?:the|these|those|such|his|her|their|its|our|your|my|a|an|of|media|news|press|some|many|unconfirmed|other|"
    r"new|recent|earlier|previous|false|bogus|latest|similar|further|fresh|official|police|to|would|could|can|"
    r"will|should|might|may|must|did|does|do|don't|didn't|i|you|not|never|also\sto|every|each|any|no|this|that|one|"
    r"which|whose|what|your|first|second|insurance|tax|legal)\s$",
    re.IGNORECASE,
)
# Before these words, a gerund, an infinitive's verb or "take", "make", "keep" makes them nouns ("Keeping notes", "to
# confront fears", "we took detailed notes"); "The report lists 300 cases and notes that ..." still reports.
_TAKES_A_NOUN_BEFORE = re.compile(r"(?:\b[A-Za-z]+ing|\bto\s[a-z]+|\b(?:took|take|takes|make|made|makes|keep|kept|keeps)"
                                  r"(?:\s[a-z]+)?)\s$")
# An adjective by its ending, lower-case (not a person's role or a body: "the official claims", "a local reports").
_ADJECTIVE_BEFORE = re.compile(r"\b(?!(?:official|officials|local|locals|rival|rivals|criminal|general|individual|professional"
                               r"|national|nationals|principal|radical|liberal|ally|analyst|company|agency|army|ministry|secretary"
                               r"|military|party|family|country|county|city|university|library|industry|academy|embassy|daily"
                               r"|weekly|monthly|constable|notable|marshal|admiral|cardinal|tribunal|journal|portal|hospital|council)\s)"
                               r"[a-z]+(?:al|ous|ful|ible|able)\s$")
# "..., saying that", "..., reporting that": the sentence's subject says it ("saying" alone where the subject read
# back lies in an opening adverbial)
_WHEN_SAID = r"\s(?:on|last)\s[A-Z]?[a-z]+"  # "reporting on Tuesday that", "saying last week that"
_PARTICIPLE_REPORT = re.compile(r"(?:(?:reporting|saying|claiming|noting|warning|arguing|estimating|admitting|insisting"
                                r"|conceding)(?:" + _WHEN_SAID + r")?\sthat|saying)\b")
_FINDING_VERB_AFTER = re.compile(r"^\s(?:also\s)?(?:revealed|reveals|showed|shows|found|finds|says|said|notes|noted|suggests"
                                 r"|suggested|indicates|indicated|estimated|estimates|concluded|concludes)\b")
# The verbs that are also plural nouns, and the words before them that make them nouns.
_PLURAL_NOUN_VERBS = frozenset({"reports", "notes", "claims", "states", "estimates", "shows", "fears", "hopes"})
_STATES_COUNTED_BEFORE = re.compile(r"\b(?:\d+|all|the|both|other|many|several|some|most|these|those|member|southern"
                                    r"|northern|western|eastern|Gulf|Baltic|U\.S\.|US|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
                                    r"|swing|battleground|border|coastal|neighbou?ring|[a-z]+-[a-z]+)\s$")
_PLURAL_NOUN_BEFORE = re.compile(r"(?<![\w'’])([a-z]+[^suiy'’\W]s)\s$")
_SINGULAR_IN_S = frozenset("""news series species always perhaps sometimes whereas thus plus canvas lens bus gas atlas
bias""".split())
_LINKED_NOUN_BEFORE = re.compile(r"\b(?:with|and|or|for|from|about|comprehensive|detailed|usual|high|low|vague|annual"
                                 r"|monthly|weekly|daily|quarterly|regular|written|free|rough|covered|denied|upfront"
                                 r"|accurate|instant|initial|slow|pending|warranty|medical|damage)\s$", re.IGNORECASE)
_AGENTLESS_PARTICIPLES = frozenset({"discovered", "found", "shown", "known", "believed", "thought", "expected",
                                    "recognised", "recognized", "unveiled", "suspected", "feared"})
# What follows "adding" or "reporting" when it reports ("..., adding that", "..., adding: ", "..., reporting 40 deaths"):
# a clause, a quote, a figure or a named or pronoun subject, not a plain object ("adding rooms", "reporting expenses").
_REPORTED_AFTER_PARTICIPLE = re.compile(r"^(?:\s?[:,“\"‘]|\s*$|" + _WHEN_SAID + r"\sthat\b"
                                        r"|\s(?:that|how|why|what|when|whether|it|he|she|they|there"
                                        r"|we|i|the|a|an|his|her|their|its|this|these"
                                        r"|[A-Z]|\d))")
# A prepositional phrase before the subject: "In all tests Kaspersky Small Office Security showed".
_LEADING_PREPOSITIONAL = re.compile(r"^(?:In|On|At|During|Across|From|After|Over|Among|Under)\s(?:[a-z]+\s)+(?=[A-Z])")
_AMBIGUOUS_NOUN_VERBS = frozenset({"claims", "claim", "report", "reports", "notes", "states", "estimates", "shows", "finds",
                                   "expect", "know", "think", "believe", "say", "fears", "hopes", "forecast",
                                   "posted", "found", "shown", "shows", "showed", "indicates", "indicated", "cited",
                                   "quoted", "described", "observed", "projected"})
_NEEDS_COMPLEMENT = frozenset({"added", "adds", "noted", "notes", "observed", "recalled", "recalls", "recounted",
                               "recounts", "remarked",
                               "commented", "responded", "replied", "concurred", "posted", "complained", "boasted",
                               "explained", "explains", "stated", "states", "described", "pointed out", "found",
                               "finds", "shows", "showed", "shown", "indicates", "indicated", "wrote", "writes",
                               "confirmed", "confirms", "revealed", "reveals", "announced", "announces"})
_COMPLEMENT = re.compile(r"^(?:\s?[:,“\"‘]|\s*$|\.|\s(?:that|how|why|what|when|whether|on|in|during|at|via|over\sthe|"
                         r"last|this|yesterday|today|earlier|recently|later|as|he|she|they|it|there|the|a|an|"
                         r"his|her|their|its|plans?\s(?:to|for)\b|\d|[A-Z]))")
# "The company also announced surpassing $200 million in revenue": what was announced, as a gerund (not "announced
# funding", "revealed nothing": a noun)
_ANNOUNCING = frozenset({"announced", "announces", "revealed", "reveals", "confirmed", "confirms", "disclosed",
                         "discloses", "reported", "reports"})
_GERUND_COMPLEMENT = re.compile(r"^\s(?!(?:nothing|something|everything|anything|funding|pricing|training|housing|"
                                r"marketing|building|meeting|morning|evening|spring|ceiling|clothing|thing|king)\b)"
                                r"[a-z]{3,}ing\b")
# What a body names a thing as ("identifies it as the primary cause", "classifies processed meat as a carcinogen").
_NAMED_AS = re.compile(r"(?:\s[\w'’-]+){1,5}?\sas\s(?:the|a|an|one|its|their)\s")
_COMMON_KNOWLEDGE = re.compile(r"(?i)\bas\s(?:any|every|anyone|everyone|everybody|all|most)\b[^,.;:()]{0,50}$")
# Verbs that report only with a clause after them; with a plain object they do something else ("know the ropes",
# "maintain records", "forecast -" as a noun).
_SHOWING_VERBS = frozenset({"reveal", "reveals", "revealed", "show", "shows", "showed", "indicate", "indicates",
                            "indicated"})
_NOTHING_BEHIND = re.compile(r"(?:^|\W)(?:it|this|that|which|they|others|some)\s(?:also\s|often\s|then\s"
                             r"|(?:do|does|did)\snot\s|(?:don|doesn|didn)['’]t\s)?$", re.IGNORECASE)  # "some do not show"
_MODAL_BEFORE = re.compile(r"\b(?:can|could|may|might|would|should|must)\s(?:also\s|still\s|now\s)?$", re.IGNORECASE)
# "wrote about the fold-and-cut problem", "wrote on fractals": a topic; not "wrote on Telegram", "on his Facebook page"
_TOPIC_AFTER = re.compile(r"^\s(?:about|on)\s(?!how\b|the\sfact\b|why\b|(?:(?:his|her|their|its|the|an?)\s)?(?:official\s)?"
                          r"(?i:twitter|x|instagram|facebook|youtube|tiktok|telegram|whatsapp|weibo|linkedin|threads|bluesky"
                          r"|truth\ssocial|social\smedia|substack)\b)")
_CLAUSE_ONLY = frozenset({"know", "knows", "maintain", "maintains", "maintained", "forecast", "concluded", "concludes"})
_CLAUSE_AFTER = re.compile(r"^(?:\s?[:,“\"‘]|\s(?:(?:that|what|why|whether|how(?!\s(?:to|many|much)\b)|it|he|she|they|there)\b"
                           r"|[\d$€£]))")  # "will still know how many people liked them": a question, not a report
# "project" reports a forecast only before one ("Experts project this will reach $60 billion"); else it is a noun.
_PROJECTION_VERBS = frozenset({"project", "projects", "forecasts"})
_FORECAST_AFTER = re.compile(r"^\s(?:that\b(?!\s(?:were|was|are|is|have|has|had)\b)|(?:[\w-]+\s){1,3}(?:will|would|could)\s)")
_BASE_FORMS = frozenset({"say", "think", "believe", "know", "expect", "claim", "argue", "note", "warn", "reveal",
                         "show", "suggest", "estimate", "predict", "insist", "report", "agree", "worry", "contend",
                         "allege", "maintain", "acknowledge", "admit", "confirm", "deny", "tell", "indicate", "find",
                         "point out"})
_COUNTING_VERBS = frozenset({"documented", "verified", "tallied"})
_FIGURE_AFTER = re.compile(r"\s(?:(?:at\sleast|more\sthan|nearly|almost|about|around|some|over)\s)?[\d$£€]")
_TOPIC_TITLE = re.compile(r"^\W*(?:here(?:['’]s|\sis)\s)?(?:what|how|why)\s(?:[\w'’-]+\s){1,4}$", re.IGNORECASE)
_PLACE_PREPOSITIONS = frozenset("in at from on near inside across outside".split())
_PLURAL_SUBJECTS = frozenset({"they", "people", "police", "authorities", "critics", "many", "some", "others",
                              "residents", "staff", "media", "data", "government", "kremlin", "pentagon", "military"})
_FINDING_SUBJECTS = frozenset({"study", "survey", "report", "poll", "research", "analysis", "data", "figures",
                               "commission", "committee", "panel", "watchdog", "regulator", "inspectors", "auditors",
                               "statistics", "census", "review", "audit", "investigation", "researchers", "scientists",
                               "experiment", "tests", "test", "paper", "findings", "results", "records", "documents",
                               "estimates", "inquiry", "probe", "trial", "studies", "polls", "surveys", "papers",
                               "filings", "emails", "reports", "analyses", "evidence", "footage", "images", "photos"})
_AUXILIARIES = frozenset("""
has have had also recently previously reportedly allegedly then later once is was were are been would will could long
do does did
earlier further again repeatedly publicly privately just already now separately similarly both all too subsequently
initially originally first reportedly had's not never last this week month year on monday tuesday wednesday
thursday friday saturday sunday yesterday today often sometimes frequently usually generally typically commonly
regularly occasionally routinely consistently always twice flat-out outright even still
""".split())
_BOUNDARY_WORDS = frozenset("""
that which who whom whose and but after when as while because if since although though so where before until than
or nor yet what how why whether once said says told saying adding noting explaining arguing insisting warning
found showed revealed suggested concluded indicated estimated
who's who’s that's that’s
""".split())  # "..., saying he recalled": the speaker is "he", not "saying he"
# A preposition that is never a conjunction opens a noun phrase, not a clause: "Despite parliamentary reports urging".
_PREPOSITION_ONLY = re.compile(r"^(?:despite|amid|amidst|among|amongst|unlike|besides|beyond|against|without|toward|towards)\s",
                               re.IGNORECASE)
# A phrase read back from a verb that opens on a preposition is the end of another clause, not the verb's subject.
_PREPOSITION_FIRST = re.compile(r"^(?:of|in|at|near|from|on|to|for|with|by|into|onto)\s")
# An inverted frame's unnamed description, then the name it describes: "said another witness in the impeachment
# probe, former White House Russia adviser Fiona Hill."
_UNNAMED_DESCRIPTION = re.compile(r"^(?:a|an|another|one)\s", re.IGNORECASE)
# A relative or a role, then the person's name set off by commas (_FULL_NAME_AFTER): "According to his aunt, Jane
# Starner, ...".
_KIN_OR_ROLE = re.compile(r"^(?:his|her|their|its|the|a|an)\s(?:[a-z-]+\s){0,2}[a-z-]+$")
_NAMED_AFTER_DESCRIPTION = re.compile(r",\s(?P<name>(?:[\w.'’-]+\s){0,6}[A-Z][\w.'’-]+)\.?[”\"]?\s*$")
_PARENTHETICAL = re.compile(r"^(?:[a-z]+ing\b|in\sturn|however|too|meanwhile|also|though|for\s(?:his|her|its|their)\spart|"
                            r"who\b|whose\b|which\b|in\sa\s|on\s[A-Z][a-z]+day|speaking|according)")
_TOKEN = re.compile(r"\S+")
_COORDINATED = re.compile(r"\s(?:and|but)\s(?:then\s|later\s|also\s)?(?:has\s|have\s|had\s)?(?:also\s|since\s|repeatedly\s)?$")
# "However, ", "On Thursday, ", "In a three-hour recorded interview with the FBI, ": a short lead, or a longer one that
# opens on a preposition (not "Boeing is one of the companies bidding on the program, and confirmed").
# "On Thursday,", "Hours before Zach Parise's two-goal performance Tuesday,", "Ahead of the vote,"
_LEADING_ADVERBIAL = re.compile(r"^(?:(?:(?:Hours|Days|Minutes|Weeks|Months|Years|Moments|Shortly|Just|Soon|Long)\s(?=[ab]))?"
                                r"(?:In|On|At|[Aa]fter|[Bb]efore|During|Since|Following|Despite|Under"
                                r"|Ahead\sof|Prior\sto)\s[^,]{1,70}|[^,]{1,40}),\s(?=[A-Za-z])")


_PROVIDERS = frozenset({"providers", "professionals", "advocates", "owners", "operators"})


def _plain_word(word: str) -> str:
    """A word without the punctuation around it, in lower case."""
    return word.strip(",;:.()“”\"'‘’").lower()


def _opening(text: str) -> str:
    """The sentence from its first word, after opening quotation marks and a news dateline ("BUFFALO, N.Y. — Hours
    before ..."): where a leading adverbial and the subject are read."""
    body = text.lstrip(" \"“‘'(")
    dateline = _DATELINE.match(body)
    return body[dateline.end():] if dateline else body


def _sentence_subject(text: str, skip_lead: bool = True) -> str:
    """The noun phrase that opens the sentence, after a leading adverbial ("On Thursday, Swift took ..." -> Swift):
    the subject a coordinated reporting verb shares. Empty when it does not read as a speaker."""
    body = _opening(text)
    body = _LEADING_ADVERBIAL.sub("", body, count=1) if skip_lead else body
    phrase: list[str] = []
    words = body.split()[:8]
    for at, word in enumerate(words):
        bare = _plain_word(word)
        if word[:1].isupper() or bare in ("the", "a", "an", "its", "their", "his", "her") or bare in SOURCE_HEADS:
            phrase.append(word.strip(",;:"))
            if word.endswith((",", ";", ":")):
                break
            continue
        head = _plain_word(words[at + 1]) if at + 1 < len(words) else ""
        if len(phrase) == 1 and word.isalpha() and word.islower() and bare not in _AUXILIARIES \
                and head.endswith("s") and (head in SOURCE_HEADS or head in _PROVIDERS):
            phrase += [word, words[at + 1].strip(",;:")]  # "Health care providers have protested": not "Health"
        break
    if phrase and phrase[0].lower() in _LEAD_PREPOSITIONS:
        return ""  # "In a", "After the": an adverbial, not who speaks
    described = _DESCRIBED_NAME.match(body) if len(phrase) == 1 else None
    if described:
        return described.group("name")  # "Rival index compiler HomeTrack Data painted ...": the compiler, by its name
    return " ".join(phrase)


# A name after the words that describe it, opening a sentence: "Rival index compiler HomeTrack Data".
_DESCRIBED_NAME = re.compile(r"(?!(?:I|We|You|They|He|She|It|This|That|These|Those|There|Here|Our|My|Their|His|Her|Its)\s)"
                             r"[A-Z][a-z]+\s(?:(?!(?:at|in|on|of|to|for|with|by|from|the|a|an|and|or|is|are|was|were|has|have"
                             r"|had|will|would|can|could|said|says|told)\s)[a-z][\w-]*\s){1,3}"
                             r"(?P<name>(?:[A-Z][\w&.-]*\s?){1,4})(?=\s[a-z])")


_LEAD_PREPOSITIONS = frozenset("in on at after before during since from with for by under over despite".split())

# An inverted frame ('"...," said Mr Putin', "..., says Smith") follows a quote or a clause break; spaces are a
# blanked quotation.
_INVERTED_AFTER = re.compile(r"(?:[,;:”\"’'—–(]|\s{2})\s*(?:(?:has|had|also|later|then|once)\s)?$")
_INVERTED_WINDOW = 16  # characters: longer than any _INVERTED_AFTER match but one whose run of spaces reaches past it


def _inverted_after(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends as _INVERTED_AFTER says, looking at its last characters only.

    A match is a break, spaces and at most one short word, so one longer than the window covers the window's first
    character with its spaces (or its two-space break): then the run of spaces, which may be a long blanked quotation,
    is read as what the pattern can tell of it (one space or two) after the character before it, with the same answer.
    """
    start = max(0, at - _INVERTED_WINDOW)
    if not (start and text[start].isspace()):
        return _INVERTED_AFTER.search(text, start, at) is not None
    run_start, run_end = start, start
    while run_start and text[run_start - 1].isspace():
        run_start -= 1
    while run_end < at and text[run_end].isspace():
        run_end += 1
    squeezed = text[max(0, run_start - 1):run_start] + ("  " if run_end - run_start > 1 else " ") + text[run_end:at]
    return _INVERTED_AFTER.search(squeezed) is not None


# The full name right after an inverted verb, ending its clause: "..., said Jim Winkler, chief strategy officer".
_FULL_NAME_AFTER = re.compile(r"\s(?P<name>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3})(?=[,.;]|\s*$)")
QUOTE_MIN_WORDS = 4


@dataclass
class Frame:
    """A reporting frame in a sentence: where its verb is, and the phrase it credits."""

    start: int
    end: int
    phrase: str | None
    kind: str              # "verb" | "according" | "second_hand" | "sourceless"
    introduces_quote: bool = False
    inner_phrase: str | None = None
    says_nothing: bool = False     # "And Matviychuk concurred.": names a speaker, reports no content


# Blanked quotations leave long runs of spaces. A match can only start where a run of spaces starts (from inside the
# run, what follows the run is the same), so NOT_INSIDE_SPACES skips the rest of the run: same matches, linear time.
NOT_INSIDE_SPACES = r"(?:(?!\s)|(?<!\s))"
_BREAKING_COMMA = r"(?:(?<!\d),|,(?!\d{3}\b))"  # not the thousands separator of "16,000"
_CLAUSE_MARKS = r"[;:()“”\"—–]"
# A clause break: spaces, then a comma or a mark and spaces, or a hyphen between spaces, where NOT_INSIDE_SPACES lets a
# match start. Written to open on the first character, NOT_INSIDE_SPACES a lookbehind after it, and each way of going
# on from that character (a space, a mark, a comma) an alternative, so the regex engine skips the letters between
# breaks in one fast scan instead of trying every position.
_CLAUSE_BREAK = re.compile(r"[\s,;:()“”\"—–](?<!\s\s)(?:(?<=\s)\s*(?:" + _BREAKING_COMMA + "|" + _CLAUSE_MARKS + r")\s*"
                           r"|(?<=\s)\s*-\s+|(?<=" + _CLAUSE_MARKS + r")\s*|(?<=,)(?:(?<!\d,)|(?!\d{3}\b))\s*)")


_BLANKED_QUOTE = re.compile(r"\s{3,}")  # a quotation blanked out of the text (blank_spans) leaves a run of spaces


_CLAUSE_SUBJECTS = frozenset("i you he she it we they".split())
_ANTECEDENT_MAX_WORDS = 5


def _trailing_phrase(segment: str) -> str:
    after_quote = _BLANKED_QUOTE.split(segment)[-1]
    if after_quote.strip():
        segment = after_quote  # 'Momentum around drinks “seems to favor ...,” Keatley says': the speaker after it
    words = segment.split()
    while words and (words[-1].lower().strip(".") in _AUXILIARIES
                     or (len(words) > 1 and words[-1].islower() and words[-1].endswith("ly"))):
        words.pop()  # "has also", "publicly", "flatly": not the speaker
    phrase: list[str] = []
    if words and words[-1].endswith((".", "!", "?")) and not _ABBREVIATION.fullmatch(words[-1]):
        return ""  # "... a narrower fit. [quote] said Murray": the sentence before is not the speaker, who follows
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if len(phrase) >= 10 and not (word[:1].isupper() and phrase[0][:1].isupper()):
            break  # a long phrase ends here, unless the name it starts with goes on ("Joneigh Khaldun of the ...")
        if word.lower() in _BOUNDARY_WORDS and not _joins_a_name(words, at, phrase) \
                and not (word.isupper() and len(word) > 1 and not segment.isupper()):
            if word.lower() == "who" and phrase and at > 0 and phrase[0].lower() not in _CLAUSE_SUBJECTS:
                # "Two officials who spoke on condition of anonymity said": the officials speak, not their clause (but
                # "people who it thinks": the pronoun speaks; a long clause before "who" is no one's name)
                antecedent = _trailing_phrase(" ".join(words[:at]))
                if antecedent and len(antecedent.split()) <= _ANTECEDENT_MAX_WORDS:
                    return antecedent
            break  # "who" ends the phrase, "the WHO" (an acronym in mixed-case text) does not
        if phrase and word.endswith((".", "!", "?")) and not _ABBREVIATION.fullmatch(word):
            break  # "... 30% faster with the GT2. One tester noted": the sentence before is not the speaker
        phrase.insert(0, word)
    return " ".join(phrase)


_WITH_TEAM = frozenset({"his team", "her team", "their team", "his colleagues", "her colleagues", "colleagues"})


def _joins_a_name(words: list[str], at: int, phrase: list[str]) -> bool:
    """Whether the "and" at ``words[at]`` is inside a speaker's name or joins a speaker to their team: "the Department
    of Health and Human Services", "the Centers for Disease Control and Prevention", "Paganini and his team"."""
    if words[at].lower() != "and" or not phrase or at == 0:
        return False
    before = words[at - 1]
    if " ".join(phrase).lower() in _WITH_TEAM:
        return before[:1].isupper()
    if len(phrase) == 1 and phrase[0].islower() and before.islower():
        # "The Lancet Commission on pollution and health": a body named for its remit
        remit = next((k for k in range(at - 1, max(0, at - 4), -1) if words[k] in ("on", "of", "for")), None)
        return remit is not None and remit > 0 and words[remit - 1][:1].isupper() \
            and all(w.islower() for w in words[remit + 1:at])
    if not (before[:1].isupper() and phrase[0][:1].isupper()):
        return False
    back = at - 1
    while back > at - 4 and back > 0 and words[back][:1].isupper():
        back -= 1  # over "Disease Control" back to "for"
    return back < at - 1 and words[back].lower() in ("of", "for") and back > 0 and words[back - 1][:1].isupper()


_PARENTHESES = re.compile(NOT_INSIDE_SPACES + r"\s*\([^()]*\)")


# A body whose name lists its fields with commas ("South Korea's Ministry of Trade, Industry and Energy (MOTIE) has
# unveiled", "the Department for Environment, Food and Rural Affairs said"): one name, where the clause breaks at its
# commas read "Energy" as the speaker.
_LISTED_BODY = re.compile(r"(?P<name>(?:(?:[Aa]n?|[Tt]he)\s(?:[\w-]+\s){0,2}(?:for|of|at|from)\s(?:the\s)?)?"
                          r"(?:[A-Z][\w’'.-]*\s){0,3}(?:Ministry|Department|Minister|Secretary|Office|Bureau|Agency"
                          r"|Commission|Committee|Council|Institute|Board|Authority|Centre|Center|School|Faculty|College)"
                          r"\s(?:of|for)\s(?:the\s)?(?:[A-Z][\w-]*\s?){1,3}(?:,\s(?:[A-Z][\w-]*\s?){1,3})+,?\s(?:and|&)\s"
                          r"(?:[A-Z][\w-]*\s?){1,3})(?:\([A-Z]{2,}\)\s)?(?:(?:has|have|had|also|later|then)\s)*$")
_LISTED_BODY_WINDOW = 160
_OBJECT_BEFORE = re.compile(r"\b(?:at|to|in|with|from|after|by|of|for|on|into)\s(?:the\s)?$", re.IGNORECASE)


def _subject_before(text: str, at: int) -> str:
    """The noun phrase just before a reporting verb, skipping auxiliaries and parenthetical asides.

    An empty result means the frame is inverted ('..., said Mr Putin'): the speaker follows the verb.
    """
    window = text[max(0, at - _LISTED_BODY_WINDOW):at]
    if "," in window and (" and " in window or "&" in window) and (" of " in window or " for " in window):
        listed = _LISTED_BODY.search(text, max(0, at - _LISTED_BODY_WINDOW), at)
        if listed and not _OBJECT_BEFORE.search(text, max(0, listed.start() - 12), listed.start()):
            return listed.group("name").strip()  # not "After talks at the Ministry of Defence, Wallace, Austin and ..."
    tail = _tail_segments(text, at)
    if tail is not None:
        subject = _subject_in(tail, partial=True)
        if subject is not None:
            return subject
    before = text[:at]
    if "(" in before:  # most text has no parenthesis, and the search for one costs far less than the pattern's
        before = _PARENTHESES.sub("", before)  # "Home Depot (ticker: HD)"
    return _subject_in(_CLAUSE_BREAK.split(before), partial=False)


# A comma (_BREAKING_COMMA: not a thousands separator) or a harder mark, and the spaces after it; written to open on the
# mark itself, so that the regex engine skips to the next mark in one fast scan rather than trying every position.
_HARD_BREAK = re.compile(r"[,;:“”\"—–](?:(?<!,)|(?<!\d,)|(?!\d{3}\b))\s*")
_TAIL_BREAKS = 4
_TAIL_WINDOW = 400


def _tail_segments(text: str, at: int) -> list[str] | None:
    """The last clause segments of ``text[:at]``, exactly as splitting all of it would end, or None.

    Splitting the whole text before every verb of a long paragraph is quadratic. After a punctuation break and its
    spaces, with no parenthesis from there on, the full split has a boundary at the same place and goes on exactly
    as splitting the rest alone would (neither pattern looks behind), so only the rest needs splitting.
    """
    floor = max(text.rfind("(", 0, at), text.rfind(")", 0, at)) + 1
    # Each break starts on its own punctuation mark, so the breaks found from a later start are the full scan's from
    # there on: widen a window back from ``at`` until it holds enough, rather than scanning from ``floor`` before every
    # verb of a long paragraph (quadratic: 5 s on a 100,000-character run-on sentence).
    span = _TAIL_WINDOW
    while True:
        start = max(floor, at - span)
        breaks = [m.end() for m in _HARD_BREAK.finditer(text, start, at)]
        if len(breaks) >= _TAIL_BREAKS or start == floor:
            break
        span *= 4
    if len(breaks) < _TAIL_BREAKS:
        return None
    cut = breaks[-_TAIL_BREAKS]
    return _CLAUSE_BREAK.split(text[cut:at])


def _subject_in(segments: list[str], partial: bool) -> str | None:
    """The subject read back from the last of ``segments``; None when ``partial`` segments are not enough to say."""
    index = len(segments) - 1
    skipped_aside = False
    while index >= 0:
        if partial and index < 3:
            return None  # the walk reaches the first segments, whose position in the full split is unknown
        phrase = _trailing_phrase(segments[index])
        if phrase and (index == len(segments) - 1 or not _PARENTHETICAL.match(phrase)):
            return phrase.strip("'‘’")
        if phrase or (index == len(segments) - 1 and index > 0 and _PARENTHETICAL.match(segments[index - 1].strip())):
            skipped_aside = True  # "Zelensky, responding in a video message, said"
            index -= 1
            if not phrase:
                index -= 1
            continue
        if skipped_aside:
            index -= 1
            continue
        return _appositive_subject(segments, index)
    return ""


_PROGRESSIVE_REPORTS = frozenset("reporting saying claiming estimating warning alleging insisting predicting".split())
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s(?:now\s|also\s|still\s)?$")
_COMPANY_SUFFIX = re.compile(r"^(?:Inc|Ltd|LLC|Corp|Co|plc|GmbH|AG|SA|NV)\.?$")
_CLAUSE_OPENERS = frozenset("but and or so yet nor although though while whereas because if unless since that".split())


# A verb that makes a segment a clause ("Sub-networks like Thread can be faster than Wi-Fi, says Prouty"), where an
# aside describing the speaker has none ("Joel Schlabach, a teacher at Richmond High School, said").
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|can|could|will|would|may|might|must|should|has|have|had|do|does|did)\b")


# "chief executive of Ceres Robotics", "published by Human Rights Watch": a body, not a person the aside names
_BEFORE_A_BODY = frozenset("of at for with from in and by".split())
_BEFORE_THE_VERB = frozenset("had has have also later then once earlier previously".split())


def _appositive_subject(segments: list[str], index: int) -> str:
    """The speaker of "Joel Schlabach, a teacher at Richmond High School, said": the name the aside describes.

    The verb follows a comma, the segment before it is the aside, and the one before that ends with the subject.
    An aside that is itself a name wins ("Carlineo's attorney, Sonya Zoghlin, said"). Empty when the shape is not there,
    so an inverted frame ('...," said Mr Putin') still reads its speaker after the verb.
    """
    if index != len(segments) - 1 or index < 2 or any(w not in _BEFORE_THE_VERB for w in segments[index].split()):
        return ""  # only an auxiliary may come between the aside and the verb: "Simon Fairley, had told the court"
    if index >= 3 and _COMPANY_SUFFIX.match(segments[index - 1].strip()):
        segments, index = segments[:index - 1] + [""], index - 1  # "Dräger, Inc.,": the suffix ends the company's name
    aside, before = segments[index - 1].strip(), _trailing_phrase(segments[index - 2])
    if not aside or not before or len(aside.split()) > 14 or aside.split()[0].lower() in _CLAUSE_OPENERS \
            or _FINITE_VERB.search(aside) or _FINITE_VERB.search(before):
        return ""  # "Rain falls on Titan, but the poles are wetter, said Solomonidou": a clause, not an aside; "Coffee
        # is associated with a lower risk of liver disease, that includes fatty liver, says Klinger": a clause before it
    if len(aside.split()) <= 4 and all(word[:1].isupper() for word in aside.split()) and (
            person_in(aside) or is_organisation_phrase(aside)):
        return aside
    named = person_in(aside) if len(aside.split()) <= 7 and aside[:1].islower() else None
    if named and len(named.split()) >= 2 and aside.endswith(named):
        before_name = aside[:-len(named)].split()
        if before_name and not any(w in _BEFORE_A_BODY or w.endswith("ed") for w in before_name):
            return aside  # "The first witness, former shift supervisor Sipho Ndlovu, told the court": the aside names him
    named_first = segments[index - 3].strip() if index >= 3 else ""
    if named_first and len(named_first.split()) <= 4 and person_in(named_first) == named_first and before[:1].islower():
        return named_first  # "Jeff Sanborn, president of Chapter & Verse, a design agency, said": two asides, one name
    if len(aside.split()) <= 2 and aside[:1].isupper() and segments[index - 2].strip().startswith("who ") \
            and _UNNAMED_DESCRIPTION.match(named_first) and len(named_first.split()) <= 4:
        return named_first  # "A resident, who gave only her first name, Olena, said": a source not named in full
    return before.strip("'‘’") if any(word[:1].isupper() for word in before.split()) else ""


_BODY_AFTER = re.compile(r"\s(?:the\s)?[A-Z]")
_FORWARD_STOP = frozenset("""
that who which when as while because if after before in on at during with to from cited quoted said says told
added adding saying was is were are has have had would will could on
""".split())


_MEDIUM_PREPOSITIONS = frozenset("in on via during through over at with to".split())
# A subject pronoun and its verb start the reported clause: "According to IDC estimations it will reach" (not
# "according to figures it published": the figures' publisher).
_SUBJECT_PRONOUNS = frozenset("it he she they we i".split())
_CLAUSE_VERB_AFTER = re.compile(r"\s(?:will|would|could|can|may|might|should|must|is|are|was|were)\b")
# A verb or its object just before "according to", no comma between: "store and mark according to the areas of the
# house" follows a rule; "..., according to the CDC" and "rose 5% according to analysts" report.
_ACTION_BEFORE = re.compile(r"(?<![,;:])\s(?!(?:and|but|or|that|which|so|yet|also|even|only|while|because|both|all|said"
                            r"|says)\s$)[a-z][a-z-]+\s$")


# Where a head noun's own phrase ends: "the areas | of the house", "the size | and weight"; not after a quantifier,
# whose head is what follows ("most of the analysts", "two of the officers").
_HEAD_PHRASE_END = re.compile(r"\s(?:of|and)\s")
_QUANTIFIERS = frozenset("most several each all both any none two three four five six seven eight nine ten".split())


def _head_noun_phrase(phrase: str) -> str:
    """The head noun's phrase of "according to ...", without an owner ("the user's progress": "the progress") or what
    follows "of" or "and"."""
    end = next((m.start() for m in _HEAD_PHRASE_END.finditer(phrase)
                if phrase[:m.start()].rsplit(" ", 1)[-1] not in _QUANTIFIERS), len(phrase))
    return " ".join(w for w in phrase[:end].split() if not w.endswith(("'s", "’s")))


# A full stop that does not end the speaker's name: "says Dr. Parr", "said U.S. Sen. Warren", "J. Smith".
_ABBREVIATION = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|Inc|Ltd|Co|Corp|No|U\.S|U\.K)\."
                           r"|(?:[A-Z]\.)+")


_TITLE_LIMIT = 14


_QUESTION_WORDS = frozenset("which what whether how where when why".split())


# What an insider is close to runs on after them: "familiar with", "close to", "briefed on".
_INSIDER_LINK = {"familiar": "with", "close": "to", "briefed": "on"}
_ANOTHER_AGENT_AFTER = re.compile(r"\s(?:[a-z][\w-]*\s){1,3}by\b")  # "and sexual assault by": a second act, its own agent


def _phrase_after(text: str, at: int, limit: int = 8) -> str:
    """The noun phrase right after ``at`` (the speaker of 'said Mr Putin', the source of 'according to X')."""
    phrase: list[str] = []
    for match in _TOKEN.finditer(text, at):
        token = match.group(0)
        bare = _plain_word(token)
        if bare == "at" and phrase and phrase[-1].lower() in PEOPLE_AT_WORK and _BODY_AFTER.match(text, match.end()):
            phrase.append(token)  # "researchers at Stanford University", "the guys at GarageGymReviews.com"
            continue
        if phrase and _INSIDER_LINK.get(_plain_word(phrase[-1])) == bare:
            phrase.append(token)  # "two people familiar with the matter", "sources close to the Kremlin"
            continue
        if phrase and (bare in _FORWARD_STOP or (bare in _SUBJECT_PRONOUNS and _CLAUSE_VERB_AFTER.match(text, match.end()))) \
                and not token.strip(",;:.()“”\"'‘’").isupper():
            break  # "the WHO", "the US": an acronym, not the word it spells
        if phrase and (token in ("--", "—", "–") or (bare == "and" and _ANOTHER_AGENT_AFTER.match(text, match.end()))):
            break  # "The Washington Post's Fact Checker -- there is", "by a woman and sexual assault by another one"
        if not phrase and bare in ("by",):
            continue
        if not phrase and bare in _MEDIUM_PREPOSITIONS:
            return ""  # "said in a statement", "told in an email": the medium, not the speaker
        if not phrase and (bare in _QUESTION_WORDS or bare == "that"):
            return ""  # "recognizes which room I'm in", "recognise that ...": what is recognised, not who
        if len(phrase) >= limit and not (token[:1].isupper() and phrase[-1][:1].isupper() and len(phrase) < _TITLE_LIMIT):
            break  # a long phrase ends here, unless a title goes on ("the J.D. Power 2025 North America ... Study")
        phrase.append(token)
        if token.endswith((",", ";", ":", ".", ")", "”", "\"")) and not _ABBREVIATION.fullmatch(token):
            break
    found = " ".join(phrase).strip(",;:.()“”\"'‘’ ")
    return "" if re.match(r"[\d$€£¥]", found) else found  # "reported $2.53": a figure, not a speaker


# A determiner or possessive a few words before "report" makes it the head of a noun phrase ("its annual trends report").
_DOCUMENT_NOUN_BEFORE = re.compile(r"\b(?:its|their|his|her|our|my|the|a|an|this|that|annual|latest)\s(?:[\w-]+\s){0,3}$",
                                   re.IGNORECASE)


# A counted object and no clause after "added": "added 174,705 contributors on GitHub", "added 4 mm of midsole foam",
# "Marchand added three assists to lead Boston";
# "He added 20 people had died" still reports (a verb, not a preposition, follows the counted noun).
_COUNTED_OBJECT_AFTER = re.compile(r"\s(?:about\s|nearly\s|over\s|some\s|roughly\s|more\sthan\s|another\s)?(?:[$€£¥]?\d[\d.,]*\+?"
                                   r"|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)(?=\s))"
                                   r"\s?[A-Za-z%]+(?:[(,.;]|\s(?:of|to|on|in|throughout|across|since|during|from|at|per|last"
                                   r"|this|so\sfar)\b)")
_RESULT_POSTED_AFTER = re.compile(r"\s(?:its|their|his|her|a|an|the)\s(?:[\w-]+\s){0,2}?(?:growth|gain|gains|loss|losses|increase"
                                  r"|decline|rise|drop|record|profit|profits|revenue|results?|quarter|year|score|time|lead)\b")
_WRITTEN_WORK_AFTER = re.compile(r"\s(?:a|an|the|his|her|their|its|my|our|your)\s(?:[\w-]+\s){0,2}?(?:review|post|book|article"
                                 r"|blog|novel|song|comment|story|column|essay|code|program|script|poem)s?\b(?!\s(?:that|saying)\b)")
_PLAIN_OBJECT_AFTER = re.compile(r"\s(?:a|an)\s[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}\s*(?:[.,;]|$)")
# "Editor's note", "the company's claims"; not the contractions "he's said", "it's claimed".
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])(?!(?:he|she|it|that|there|what|who|where|here|one|everyone|nobody|someone)['’]s\s$)"
                                r"[A-Za-z][\w-]*['’]s\s$", re.IGNORECASE)


_PREPOSITION_BEFORE = re.compile(r"\b(?:through|with|of|for|from|on|in|via|about|including|like|into)\s(?:[a-z]+ly\s)?$")
_DETERMINER_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|your|their|its|his|her|our)\s[a-z][\w-]*\s$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s(?!that\b|to\b|the\b|a\b|an\b|it\b|they\b|he\b|she\b|we\b|you\b|[a-z]+ing\b)[a-z]+\b")
_NOTES_NOUN_BEFORE = re.compile(r"\b(?:draft|clinical|meeting|lecture|class|release|patch|case|field|liner|sticky|voice"
                                r"|progress|session|[A-Z]{2,})\s$")


_OWNER_BEFORE = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Tt]hese|[Tt]hose|user|users|recent"
                           r"|latest|earlier|old|viral|deleted|many|several)\s$")


# A reporting verb its subject did not use: "have not commented", "did not say", "never told", "has yet to respond".
_NEGATABLE_VERBS = frozenset({"said", "say", "says", "commented", "comment", "responded", "respond", "replied", "reply",
                              "told", "tell", "explained", "explain", "revealed", "reveal", "disclosed", "disclose",
                              "announced", "announce", "specified", "specify", "elaborated", "elaborate", "stated"})
_NEGATION_BEFORE = re.compile(r"(?:\b(?:not|never|yet\sto)|n['’]t)\s(?:\w+ly\s)?(?:been\s)?$", re.IGNORECASE)


# "a study published Wednesday" and the venue after it: " in the BMJ", " in Nature Medicine".
_PUBLISHED_WHEN = re.compile(r"\bpublished(?:\s(?:on\s)?(?:[A-Z][a-z]+day|today|yesterday|online|recently|last\s\w+"
                             r"|this\s\w+|earlier\sthis\s\w+))?$")
# "in the BMJ", "on Wednesday in the journal Molecular Therapy Reports"
_PUBLISHED_VENUE = re.compile(r"(?:\s(?:on\s)?(?:[A-Z][a-z]+day|today|yesterday|online|last\s\w+|this\s\w+))?"
                              r"\s?in\s(?:the\s)?(?:journal\s)?[A-Z][\w&.'’-]*(?:\s(?:of\s|for\s|and\s|on\s|&\s)?[A-Z][\w&.'’-]*){0,7}")


_LOWER_NOT_A_SPEAKER_AFTER = re.compile(r"\s(?!(?:the|a|an|his|her|its|their|one|another|some|former|senior|chief|lead)\b)[a-z]")
_NOUN_THEN_NAME = re.compile(r"^(?:a|an|the)\s(?:[a-z-]+\s){0,2}?(?!(?:of|for|to|in|on|with|by|from|at|and|or)\s)"
                             r"(?P<noun>[a-z]+)\s(?P<name>[A-Z][\w-]+)$")
# A claim owned by its maker, then what it says: "his claim that", "Trump's repeated claims that", "her allegation that".
_OWNER_AS_SUBJECT = {"his": "he", "her": "she", "their": "they"}
_PEOPLE_OPENING = re.compile(r"^\W*((?:Some|Many|Several|Most|Other|The|These|Those)\s(?:[\w-]+\s){0,3}?[a-z]+s)\s(?!of\b)")
_OWNED_CLAIM = re.compile(r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s[a-z]+['’]s|[A-Z][\w-]+(?:\s[A-Z][\w-]+)?['’]s)\s"
                          r"(?:(?:repeated|earlier|latest|initial"
                          r"|original|own|public)\s)?(?P<noun>claims?|allegations?|assertions?)\sthat\b")
_EDITORIAL_NOTES = frozenset({"correction", "update", "clarification", "editor's note", "editor’s note", "note"})
# An adverb that opens a participle's phrase: "Newly discovered connections", "Widely reported figures".
_ADVERB_OPENING_BEFORE = re.compile(r"^\W*(?:Newly|Recently|Widely|Previously|Originally|Commonly|Frequently|Publicly|Privately"
                                    r"|Independently|Internally|Jointly|Initially|Formerly|Officially|Often|Long)\s$")
_ADMITTED_TO_A_PLACE = re.compile(r"\s(?:to|into|in)\s(?:the\s|a\s|an\s|[a-z]+['’]s\s)?(?:[\w-]+\s){0,2}?(?:hospitals?|ICU|intensive"
                                  r"|care|clinics?|wards?|emergency|A&E|universit(?:y|ies)|colleges?|schools?|programs?"
                                  r"|programmes?|bar|membership|club|hall|union|country|EU|NATO|practice)\b")
_PERFECT_OR_PASSIVE_BEFORE = re.compile(r"\b(?:has|have|had|having|been|be|is|are|was|were)\s(?:[a-z]+ly\s|also\s|not\s|now\s)?$",
                                        re.IGNORECASE)
# A plural noun after a preposition, as in "for travelers worried about": the participle describes them.
_REDUCED_RELATIVE_BEFORE = re.compile(r"\b(?:for|of|to|with|among|from)\s(?:[a-z]+\s)?[a-z]+s\s$")


# An estimate given as where someone puts a figure: "Checkatrade puts the average cost of tiling a floor at £600 to £900",
# "Local media have put the sum at between €5 million and €8 million" (not "put the kettle on at 6").
_PUTS_A_FIGURE_AT = re.compile(r"\s(?:the|its|their|his|her)\s(?:[\w'’-]+\s){0,3}?(?:figure|number|toll|total|tally|cost|costs|count"
                               r"|sum|value|price|bill|loss|losses|damage|rate|share|average|estimate|turnout|crowd|size|age)"
                               r"\s(?:of\s[^,.;:]{1,40}?\s)?at\s(?:about\s|around\s|roughly\s|some\s|least\s|at\sleast\s|more\sthan\s"
                               r"|between\s|up\sto\s|nearly\s|almost\s|over\s|under\s|less\sthan\s)?[\d$£€¥]")


# A comparison with what people believe ("longer than most people think", "more common than you might realise"): the
# belief is the yardstick, nothing after the verb is reported.
_THAN_BEFORE = re.compile(r"\bthan\s(?:[A-Za-z'’-]+\s){0,3}$")
_NOTHING_REPORTED_AFTER = re.compile(r"\s?(?:[.,;:!?)”\"]|$)")
_BELIEF_VERBS = frozenset("think thinks thought believe believes believed realise realises realize realizes expect expects "
                          "expected assume assumes assumed imagine imagines know knows knew suspect suspects guess".split())


_FINDING_VERBS = frozenset("found find finds discovered".split())
# What a body found, with no "that": a share or a count opens the clause ("found some insurers charge", "finds 91% of").
_SHARE_OR_COUNT_AFTER = re.compile(r"\s(?:that\s)?(?:(?:some|most|many|half|almost|nearly|over|more\sthan|fewer\sthan|about"
                                   r"|around|just|only)\b|\d)")
# A named body with the participle that reports for it: "with the Camping and Caravanning Club reporting a 40% jump"
# (dev probe round 15).
WITH_A_BODY_BEFORE = re.compile(r"\b[Ww]ith\s(?P<body>(?:the\s)?[A-Z][\w'’&.-]*(?:(?:\s(?:and|of|for|&))?\s[A-Z][\w'’&.-]*){0,5})\s$")
# A clause that sets the time of the main one, its subject a few words long: "When the officers", "After police".
_TIME_CLAUSE_BEFORE = re.compile(r"(?:^|[,;:]\s)(?:[Ww]hen|[Aa]fter|[Bb]efore|[Oo]nce|[Uu]ntil|[Ww]hile)\s(?:[\w'’.-]+\s){1,4}$")
_THAT_AFTER = re.compile(r"\s(?:that|how|what|why|whether)\b")


# A work someone wrote, not words they wrote to report something (dev review news86).
_A_WORK_WRITTEN = re.compile(r"\s(?:the|a|an|his|her|their|its)\s(?:[\w'’-]+\s){0,4}?(?:songs?|books?|novels?"
                             r"|albums?|music|score|scripts?|screenplays?|poems?|poetry|lyrics|plays?|musicals?|memoirs?"
                             r"|biograph(?:y|ies)|singles?|tracks?|code|software|program)\b", re.IGNORECASE)


def _accepts(verb_match: re.Match, text: str) -> bool:
    verb = verb_match.group("verb").lower()
    start, end = verb_match.span()
    before = text[max(0, start - 40):start]
    after = text[end:end + 60]
    capitalised = verb_match.group("verb")[:1].isupper()
    if verb in ("put", "puts"):
        return _PUTS_A_FIGURE_AT.match(text, end) is not None
    if verb in ("wrote", "writes", "written", "write") and _A_WORK_WRITTEN.match(after) and not _THAT_AFTER.match(after):
        return False  # "How Mary Steenburgen Wrote the Best Original Movie Song of the Year": a work made, nothing said
    if verb in _BELIEF_VERBS and _THAN_BEFORE.search(before) and _NOTHING_REPORTED_AFTER.match(after):
        return False  # "It stays in our system longer than most people think.": a comparison with a belief, no report
    if not verb.endswith("ed") and ("'" in before or "’" in before) and _POSSESSIVE_BEFORE.search(before):
        return False  # "Editor's note", "the company's claims": a noun ("Segway's claimed range" is still Segway's claim)
    if verb in ("accused", "blamed", "criticised", "criticized", "condemned", "praised") and _PASSIVE_BEFORE.search(before):
        return False  # "Assange was accused": the subject is the one accused, not the accuser (read as passive above)
    if verb in ("believe", "believes", "believed") and _TRUSTS_SOMEONE.match(after):
        return False  # "Clearly, she believes the waitress, too.": trusts someone, reports nothing
    if verb in ("accused", "blamed", "suspected") and re.match(r"\s(?:of|over)\s(?![\d$€£]|a\s|an\s|one\b|two\b|three\b"
                                                                  r"|dozens\b|hundreds\b|thousands\b)", after):
        return False  # "banks in Kyrgyzstan and the United Arab Emirates accused of helping": accused, not accusing
    if verb in ("said", "says", "say") and (re.search(r"\b(?:[Aa]s\sthey|[Ll]ike\sI|[Aa]s\sI|[Ll]ike\swe|[Aa]s\swe|what\sthey)\s$", before)
                                            or re.match(r"\son\sthe\s(?:tin|box|label)\b", after)):
        return False  # "As they say, ...", "Like I said", "what it says on the tin": an idiom or the author's own voice
    if verb in _COUNTING_VERBS and not (_FIGURE_AFTER.match(after) and is_source_phrase(_subject_before(text, start))):
        return False  # "Human Rights Watch documented 50 cases" reports a count; "documented cases", "verified accounts" do not
    if verb in ("say", "says", "said") and _TOPIC_TITLE.match(text[:start]) and re.match(r"\sabout\b", after):
        return False  # "What experts say about remote work", "Here's what doctors say about vitamin D": a topic, no claim
    if verb in ("suggests", "implies", "indicates") and re.search(r"\b[Aa]s\s(?:its|the|their|his|her)\snames?\s$", before):
        return False  # "As its name suggests, 360° photography captures": what the name means, not a report
    if verb in ("says", "said") and re.match(r"\sit\sall\b", after):
        return False  # "The company name says it all!": an idiom
    if verb == "reports" and re.search(r"\b(?!(?:it|he|she|one|who|which|that|also|now|still|often|later|then)\s)[a-z]{3,}\s$",
                                       before) and re.match(r"(?:,|\s(?:on|about|and|or|to)\s[a-z])(?!.*\bthat\b)", after):
        return False  # "detailed industry reports on popular careers", "energy reports, and": a document, not a verb
    if verb in ("report", "reports") and _DOCUMENT_NOUN_BEFORE.search(before) and re.match(r"\s?[,.;:)]", after):
        return False  # "As part of its annual workout trends report, ClassPass shared": a document, not a verb
    if verb in _NEGATABLE_VERBS and _NEGATION_BEFORE.search(before):
        return False  # "Officials have not commented on the claim", "Police did not say how many": nothing was said
    if verb in _FINDING_VERBS and _TIME_CLAUSE_BEFORE.search(before) and not _THAT_AFTER.match(after):
        return False  # "When the officers discovered the body, prosecutors alleged ...": an act that sets the time
    if verb in ("according to", "as per", "per"):
        # "according to plan" names no one; "Read the grain ... according to the blade rotation" is a rule to follow
        return not _NOT_A_SOURCE_AFTER.match(after) and not is_instruction(text[:start])
    if verb == "states" and _STATES_COUNTED_BEFORE.search(before):
        return False  # "in school of all 50 states, at roughly 5%", "across the states": the country's states
    if capitalised and (verb.endswith("ing") or (verb == "states" and before.endswith("United "))
                        or start == 0 or not is_title_case(text) or not _TITLE_COMPLEMENT.match(after)):
        return False  # "Writing an Essay", "Notes App", "Usage Reports & Insights", "Scientific Reports": names
    if verb == "reported" and _COUNTED_EVENTS_BEFORE.search(before):
        return False  # "3248 cases reported worldwide": a participle, read as a sourceless frame below
    if verb.endswith("ed") and _COUNTED_BEFORE.search(before) and not re.match(r"\s(?:that|on|in\sa)\b", after):
        return False  # "45 Deals Announced in October": what was counted, not who spoke
    if verb == "reported" and re.match(r"\sby\s", after) and not _PASSIVE_BEFORE.search(before):
        return False  # "the most unhealthy days reported by residents": the days are not a speaker
    if _INFINITIVE_BEFORE.search(before):
        return False  # "helps people recognize where", "declined to say": an infinitive reports nothing
    if _OBJECT_RELATIVE_BEFORE.search(before) and _NOTHING_SAID_AFTER.match(after):
        return False  # "run the code they just wrote, see the error": the thing written, not what was said
    if _PASSIVE_OR_INSTRUCTION.search(before + verb) or (verb.startswith("recogni") and _WIDELY.search(before)):
        return False  # "is widely recognised" is a sourceless frame, read as such below
    if verb in ("told", "tells", "warned", "warns", "urged") and _INSTRUCTION_AFTER.match(after) and " that " not in after[:30] \
            and not _TOLD_THE_PRESS.match(after):
        subject = _subject_before(text, start)
        if not person_in(subject) and not _ROLE_SUBJECT.search(subject):
            return False  # "Residents were told to stay home" is an instruction; "a retired colonel has told his unit to" reports one
    if verb in ("report", "reports") and _FINDING_VERB_AFTER.match(after):
        return False  # "Strava's trends report revealed": the report is the subject, its verb reports
    if verb in ("tweets", "posts") and _OWNER_BEFORE.search(before):
        return False  # "Her tweets drew 20,000 replies", "responses to user tweets": the posts, not a report
    if verb == "posts" and not re.match(r"\s(?:that\b|on\s[A-Z]\w*\sthat\b)|:", after):
        return False  # "The site posts new recipes daily": what is put up, not something said ("He posts that ...")
    if verb in ("claims", "reports", "notes") and _ADJECTIVE_BEFORE.search(before):
        return False  # "China's sweeping territorial claims in the South China Sea", "two highly critical reports": nouns
    if verb in ("notes", "claims", "reports", "fears", "hopes") and _TAKES_A_NOUN_BEFORE.search(before):
        return False  # "Keeping notes helps", "we took detailed notes", "to confront fears"
    if verb.endswith("ed") and _PREPOSITION_BEFORE.search(before):
        return False  # "a community through regularly posted content", "with recently reported figures": a participle
    if verb == "recommended" and _DETERMINER_NOUN_BEFORE.search(before) and _NOUN_AFTER.match(after):
        return False  # "replace them with the factory recommended model": an adjective
    if verb == "notes" and _NOTES_NOUN_BEFORE.search(before):
        return False  # "to generate draft EHR notes", "meeting notes": the noun
    if verb.endswith(("ed", "wn")) and _ADVERB_OPENING_BEFORE.search(text[:start]):
        return False  # "Newly discovered connections provide evidence": a participle, not "Newly" discovering
    if verb == "alleged" and re.search(r"['’]s\s$", before):
        return False  # "Epstein’s alleged sex trafficking ring": alleged by others, not by Epstein (an adjective)
    if verb in ("admitted", "admits", "admit") and _ADMITTED_TO_A_PLACE.match(after):
        return False  # "He was admitted to hospital on Saturday": taken in, not a confession
    if verb == "shown" and not _PERFECT_OR_PASSIVE_BEFORE.search(before):
        return False  # "the ranking of results shown to the searcher": a participle ("studies have shown" reports)
    if verb.startswith(("recogni", "identif", "classif")) and not (
            _NAMED_AS.match(after) or (verb.startswith("recogni") and re.match(r"\s(?:that|how)\b", after))):
        return False  # "recognize entities and their relationships": seeing something, not a report of what is so
        # ("The World Health Organization identifies it as the primary cause of disability" says what is so)
    if verb in ("worry", "worries", "worried") and re.match(r"\s(?:about|over|for|sick)\b", after) and (
            verb != "worried" or _REDUCED_RELATIVE_BEFORE.search(before)):
        return False  # "Some people worry about deficiencies", "a choice for travelers worried about weight": a feeling
        # (or a description), not a report; "Buckley worried about doing justice to the song" tells what she felt
    if verb in ("agree", "agrees", "agreed") and re.match(r"\s(?:with|to|on)\b", after):
        return False  # "the services agree with that statement", "agreed to pay": not a report
    if verb in ("estimated", "reported", "alleged") and re.search(r"\b(?:[Aa]n|[Tt]he|[Aa])\s$", before):
        return False  # "killed an estimated 25 million": an adjective (a sourceless frame, read below)
    if verb.endswith("ed") and re.search(r"\b(?:its|their|his|her|our|my|your)\s$", before, re.IGNORECASE):
        return False  # "launches without many of its promised features": an adjective
    if verb in ("hopes", "fears") and not re.match(r"\s(?:that|to|for|it|he|she|they|we|the|a|an|[A-Z])\b", after):
        return False  # "ended NIU's title hopes in the division", "his team's playoff hopes are": the noun
    if verb in ("say", "says") and re.search(r"\b(?:have|has|had|having|want|wants|wanted|get|got|given|gave|no)"
                                             r"\s(?:some\s|a\s|any\s|more\s|little\s)?$", before, re.IGNORECASE):
        return False  # "Ford's friends wanted some say in the disposition": a say, the noun
    plural = _PLURAL_NOUN_BEFORE.search(before) if verb.endswith("s") else None
    if plural and plural.group(1) not in _SINGULAR_IN_S:
        return False  # "looking at many fitness trends reports": a plural noun cannot take "reports", so both are nouns
    if verb in _PLURAL_NOUN_VERBS and _LINKED_NOUN_BEFORE.search(before):
        return False  # "time tracking with reports and reminders", "the usual high notes": nouns
    if verb in ("found", "shown", "described", "mentioned", "cited", "quoted", "reported") and (
            re.search(r"\b(?:previously|already|earlier|above|below|ones|ever)\s$", before)
            or (re.search(r"\b[a-z]+s\s$", before) and re.match(r"\s(?:in|on|at|across|among|within|throughout)\s", after)
                and " that " not in after)):
        return False  # "the best ones found in its index", "the A record previously shown": a participle
    if verb.endswith("ed") and before.endswith(", ") and re.match(r"\s(?:[\w,]+\s){0,6}?by\s", after):
        return False  # "the RSL Standard, announced in September 2025 by a coalition": a participle, its agent after
    if verb == "suspected" and re.match(r"\s(?!of\b|that\b|to\b)[a-z]+\s[a-z]+", after):
        return False  # "flag suspected positive findings": an adjective
    if verb in _AGENTLESS_PARTICIPLES and re.match(r"\sby\s", after):
        return False  # "She's discovered by a swordswoman": a passive, its subject is not a speaker
    if verb in _AMBIGUOUS_NOUN_VERBS and _NOUN_GUARD.search(before) and not (
            verb in ("say", "think", "believe", "know", "expect") and _VAGUE_PLURAL_BEFORE.search(before)) \
            and not _OUTLET_NAME_BEFORE.search(before):
        return False  # "press reports" is a noun; "The Associated Press reports that" is an outlet reporting
    if verb.endswith("ing") and verb != "according to" and not re.search(r"[,;—–]\s*(?:\w+\s)?$", before) \
            and not (verb in _PROGRESSIVE_REPORTS and _PROGRESSIVE_BEFORE.search(before)) \
            and not (verb in _PROGRESSIVE_REPORTS and WITH_A_BODY_BEFORE.search(text, 0, start)):
        return False  # "..., adding that" and "authorities are reporting" report; "We recommend adding 2 cups" does not
    if verb in ("adding", "reporting") and not _REPORTED_AFTER_PARTICIPLE.match(after):
        return False  # "..., adding rooms, or reconfiguring layouts": the participle adds things, it reports nothing
    if verb.startswith(("recommend", "advis")):  # "Experts recommend" reports advice; "we recommend" is the page's own
        subject = _subject_before(text, start).lower().split()
        return bool(subject) and re.sub(r"['’](?:d|ll|ve)$", "", subject[-1]) not in (
            "i", "we", "you", "it", "it's", "it’s", "this", "that") and \
            not _PASSIVE_OR_INSTRUCTION.search(before + verb) and not re.match(r"\sby\b", after)
    if verb in _SHOWING_VERBS and _NOTHING_BEHIND.search(before) and not _CLAUSE_AFTER.match(after):
        return False  # "it reveals the problem-solving process", "others show musicians performing": no finding
    if verb in ("found", "finds", "shows", "showed", "shown", "indicates", "indicated", "show", "find"):
        named_subject = _LEADING_PREPOSITIONAL.sub("", _subject_before(text, start))  # "In all tests Kaspersky showed"
        if not named_subject and _COORDINATED.search(text, 0, start):
            named_subject = _sentence_subject(text)  # "Taylor Swift is ready and has indicated that"
        subject = named_subject.lower().split()
        if verb in ("find", "finds", "found") and re.match(r"\s(?:it|them|this)\s(?!was\b|is\b|had\b|has\b)\w+", after):
            return False  # "they find it boring": a feeling, not a finding
        if subject in (["they"], ["many"], ["some"], ["most"], ["others"]) and re.match(r"\s(?:that\b|\w+\s\w+)", after):
            return True  # "Many find a gradual method works best": a vague source
        if re.match(r"\sthat\b", after) and (is_organisation_phrase(named_subject) or is_name_phrase(named_subject) or (
                verb.startswith("indicat") and person_in(named_subject))):
            return True  # "the National Association of Home Builders found that", "Kantar found that", "Swift has indicated that"
        if verb in ("found", "finds") and _SHARE_OR_COUNT_AFTER.match(after) and is_organisation_phrase(named_subject):
            return True  # "the Financial Conduct Authority found some insurers charge APRs of over 30%": its finding
        return any(word.strip(",") in _FINDING_SUBJECTS for word in subject)
    if _PURPOSE_BEFORE.search(before):
        return False  # "so reps know what to do next": a purpose, not a report
    if verb in ("know", "knows", "knew") and _COMMON_KNOWLEDGE.search(before):
        return False  # "as any anime fan knows", "As every parent knows": an appeal to common knowledge, no source
    if verb in ("expect", "expects", "expected") and not _EXPECTATION_AFTER.match(after):
        return False  # "They expect quick, seamless experiences", "Phase 3 results expected soon": no forecast reported
    if verb in _CLAUSE_ONLY and not _CLAUSE_AFTER.match(after):
        return False  # "Caterers know how to", "RMCs maintain complete documentation": no report
    if verb in _PROJECTION_VERBS and not _FORECAST_AFTER.match(after):
        return False  # "blockchain projects, including", "within each project, AI agents": the noun
    if verb in ("think", "thinks", "thought") and re.match(r"\s(?:of|about)\b", after):
        return False  # "people think of you first": not an opinion reported
    if verb in _BASE_FORMS and _MODAL_BEFORE.search(before):
        return False  # "runners can expect an 80% charge", "one could argue": a possibility, not a report
    if verb in ("wrote", "writes", "write") and _TOPIC_AFTER.match(after):
        return False  # "Martin Gardner wrote about the fold-and-cut problem": a topic, not a claim
    if verb in ("tells", "tell", "told") and re.match(r"\s(?:you|yourself)\s?(?:to\b|so\b|[.!]|$)", after):
        return False  # "Sit up straight, just like mom always told you to": an idiom addressed to the reader
    if verb in ("tells", "tell", "told") and re.match(r"\s(?:you|us)\b", after) and re.search(
            r"\b(?:[Ii]t|[Tt]his|[Tt]hat|[Ww]hich)\s$", before):
        return False  # "It tells you what already happened": a figure of speech
    if verb in _BASE_FORMS:
        subject = _subject_before(text, start).lower().split()
        place = next((i for i, word in enumerate(subject) if i and word in _PLACE_PREPOSITIONS), None)
        subject = subject[:place]  # "Doctors in Gaza say": the doctors say; the head noun, not the place, agrees
        if not subject and _COORDINATED.search(text, 0, start) and re.match(r"\sthat\b", after):
            subject = (_sentence_subject(text) or "").lower().split()  # "Residents complained and say that": they say
        if subject and subject[-1] not in ("i", "you", "we", "to") and re.match(r"\s(?:that|how\b(?!\sto\b))", after):
            return True
        named = _subject_before(text, start).split()[-1:]
        if subject and subject[-1] not in ("i", "you", "we", "to") and named and named[0][:1].isupper() \
                and re.match(r"\s(?:they|it|their|its)\b", after):
            return True  # "Taliban say they freed 3 hostages": a body named in the plural, as news headlines do
        return bool(subject) and (subject[-1] in _PLURAL_SUBJECTS or (subject[-1].endswith("s") and subject[-1] not in ("this", "his", "its", "as", "us")))
    if verb == "posted" and (verb_match.group("verb")[0] == "P" or re.match(
            r"\s(?:by\b|on\s(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s\d))", after)):
        return False  # "Posted on July 1, 2024 by infuy": a dateline
    if verb in ("revealed", "unveiled") and re.match(r"\sas\b", after):
        return False  # "e-tron Sportback revealed as electric coupe": shown, not a speaker revealing something
    if verb in ("added", "adds") and (re.match(r"\s(?:an?|the|its|their|more|extra|some|another)\s|\s(?:his|her)\s(?:\w+th|first"
                                               r"|second|third|\d+(?:st|nd|rd|th))\b|\s(?:about\s|nearly\s)?"
                                               r"[$€£¥]?\d[\d.,]*\s?(?:%|percent|per\scent|points?|cents?|pence)", after)
                                      or _COUNTED_OBJECT_AFTER.match(after)):
        return False  # "adds an extra layer of security", "gold added 0.1%", "Java added 174,705 contributors on GitHub",
        # "Beauvillier added his seventh for the Islanders"
    if verb in ("posted", "posts") and _RESULT_POSTED_AFTER.match(after):
        return False  # "C# posted its strongest growth": a result, not a post
    if verb in ("writes", "wrote", "write") and _WRITTEN_WORK_AFTER.match(after):
        return False  # "Every time a user writes a review": writing something, not reporting what was said
    if verb in ("adding", "reporting") and _PLAIN_OBJECT_AFTER.match(after):
        return False  # "Bounce Test: Moderate bounce (9.5 inches), adding a lively feel": the participle adds a thing
    if verb in ("agrees", "agreed") and not re.match(r"\s?:|\sthat\b", after):
        return False  # "Klinger agrees: ...", "agreed that": a view shared; not "agreed a deal", "agreed to"
    if verb in _NEEDS_COMPLEMENT:
        inverted = re.search(r"[,”\"]\s*(?:[\w.'’-]+\s){0,3}$", before) is not None
        return inverted or _COMPLEMENT.match(after) is not None or (
            verb in _ANNOUNCING and _GERUND_COMPLEMENT.match(after) is not None)
    return True


ADVICE_VERBS = re.compile(r"^(?:recommend|advis|suggest|urg)", re.IGNORECASE)
_SAYS_TO = re.compile(r"\s(?:[a-z]+ly\s)?to\s(?!be\b|have\b|had\b|date\b)[a-z]+")  # not "is said to be", "said to date"


def gives_advice(frame: "Frame", text: str) -> bool:
    """Whether the frame reports advice ("Klinger suggests three cups", "experts recommend"): its numbers are the
    advice's, not claims about the world. What findings suggest ("our findings suggest that ...", "data from the CDC
    suggest about 5 percent") is a finding."""
    if frame.kind != "verb":
        return False
    verb = text[frame.start:frame.end].lower()
    if verb in ("says", "said", "say") and _SAYS_TO.match(text, frame.end):
        return True  # "Helmstetter says to start with a textile you love": an instruction reported
    if ADVICE_VERBS.match(verb) is None:
        return False
    finding = verb.startswith("suggest") \
        and any(word in _FINDING_SUBJECTS for word in (frame.phrase or "").lower().split())
    return not finding


# What follows a reporting verb in a headline: nothing, a figure, a quote or two words ("Zelensky Claims 16,000 ...").
_TITLE_COMPLEMENT = re.compile(r"^\s*(?:[.!?]?\s*$|[:“\"‘'\d$€£]|(?!and\b|&|or\b)[\w'’-]+\s+[\w'’$€£-])")


# "In the SURMOUNT-1 trial, ...", "In the Pew Research Center survey, ...": a sentence that opens on a named study
# reports from it, read as "according to" it. A study with no name ("In a 2019 study") is left to the vague-source
# rules, and one named later in the sentence ("as seen in the RESTRUCTURE trial") is a reference, not a source.
NAMED_FINDING_IN = re.compile(
    r"^\W{0,3}(?:In|From)\s(?P<phrase>(?:the\s|its\s|their\s)?(?:\d{4}\s)?[A-Z][\w&.'’-]*"
    r"(?:\s(?:of\s|for\s|on\s|and\s|&\s)?[A-Z0-9][\w&.'’-]*){0,6}"
    r"\s(?:trial|study|survey|poll|report|census|analysis|audit|review|index|ranking|rankings)"
    # or its publisher's: "In Ofcom's latest Children and Parents report, 87 percent ..."
    r"|(?:the\s)?[A-Z][\w&.'-]*(?:\s(?:of\s|for\s)?[A-Z][\w&.'-]*){0,4}['’]s\s(?:(?:latest|new|annual|recent|own|\d{4})\s){0,2}"
    r"(?:[A-Z][\w&.'’-]*\s(?:(?:and|&|of|on)\s)?){0,5}(?:trial|study|survey|poll|report|census|analysis|audit|review|figures"
    r"|data|statistics)),")


# A quotation credited after a dash, as epigraphs and testimonials are: '"..." — Susan B. Anthony, US women's rights
# activist', '"..." -- Founder and CEO of a developer tools company', '"..." – Source: Gitnux' (the source named).
DASH_CREDIT = re.compile(r"(?:--|—|–)\s?(?:(?:Source|Sources|Via)\s?:\s?)?(?P<phrase>[A-Z](?:[^,;:.!?()]|\.(?=\s?[A-Z]\w)){1,80}?)(?=[,;:!?()]|\.?\s*$)")


_BLANKED_QUOTE_MIN = 12


# A named body or person a relative clause reports for: "the Injured Jockeys Fund in Ireland, which says", "Oxfam, which
# said", "Dr Jane Smith, who told reporters".
_NAMED_ANTECEDENT = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w&.’'-]*(?:\s(?:(?:of|for|and|&|the)\s)?[A-Z][\w&.’'-]*){0,6})"
                               r"(?:\s(?:in|of)\s[A-Z][\w’'-]+)?,\s(?:which|who)\s(?:also\s|now\s|later\s)?$")


_RELATIVE_REPORTS = frozenset("says said told tells reports reported estimates estimated claims claimed".split())


# What a reporting verb may end on and still report nothing new: "as she said it", "He said so".
_SAID_NO_MORE = re.compile(r"^\s(?:it|so|this|that)(?=\s*[.!?\"”’']*\s*$)")


def find_frames(text: str) -> list[Frame]:
    """Reporting frames in one sentence (quoted passages already blanked out by the caller)."""
    frames: list[Frame] = []
    consumed: list[tuple[int, int]] = []
    low = lowered(text)
    credit = DASH_CREDIT.search(text)
    if credit and credit.start() >= _BLANKED_QUOTE_MIN and not text[:credit.start()].strip():
        # the quotation before the dash is blanked, only the credit is left ("– NordVPN: $3.09" is a list item)
        frames.append(Frame(credit.start("phrase"), credit.end("phrase"), credit.group("phrase").strip(), "verb"))
        consumed.append(credit.span())
    for owned in _OWNED_CLAIM.finditer(text) if ("claim" in low or "allegation" in low or "assertion" in low) else ():
        owner = _OWNER_AS_SUBJECT.get(owned.group("owner").lower(), without_possessive(owned.group("owner")))
        people = _PEOPLE_OPENING.match(text) if owner == "they" else None
        if people and is_source_phrase(people.group(1)):
            owner = people.group(1)  # "Some social media users pointed to articles to support their claim that": those users
        frames.append(Frame(owned.start("noun"), owned.end("noun"), owner, "verb"))
        consumed.append((owned.start("noun"), owned.end()))  # "his claim that he visited Epstein": his, as "he claimed"
    named_finding = NAMED_FINDING_IN.match(text)
    if named_finding:
        frames.append(Frame(named_finding.start(), named_finding.end(), named_finding.group("phrase"), "according"))
        consumed.append(named_finding.span())
    for match in QUOTED_AS.finditer(low) if ("quoted" in low or "cited" in low) else ():
        outer = _subject_before(text, match.start())
        frames.append(Frame(match.start(), match.end(), outer or None, "second_hand",
                            inner_phrase=text[match.start("inner"):match.end("inner")]))
        consumed.append(match.span())
    for match in [*PASSIVE_AGENT.finditer(text), *PASSIVE_ACCUSATION.finditer(text), *SURVEYED_BY.finditer(text)] \
            if " by " in text else ():
        if match.group("verb") in ("identified", "outlined") and not _LISTED_THINGS_BEFORE.search(text, 0, match.start()):
            continue
        agent = _OF_GERUND.sub("", _AGO.sub("", _phrase_after(text, match.end())))
        if agent and not agent.lower().startswith(("the way", "far", "much")) and not agent.split()[0].endswith("ing"):
            # "was confirmed by the ministry"; not "accused of deceiving voters by rebranding its account": a means
            if match.group("verb") in ("surveyed", "polled"):
                agent += " survey"  # the publisher of the survey: "analysts surveyed by Refinitiv" -> the Refinitiv survey
            frames.append(Frame(match.start("verb"), match.end("verb"), agent, "verb"))
            consumed.append((match.start("verb"), match.end()))
    for match in AS_GIVEN_IN.finditer(text) if " in " in text and any(verb in text for verb in _AS_GIVEN_VERBS) else ():
        document = _phrase_after(text, match.end())
        if document:
            frames.append(Frame(match.start("verb"), match.end("verb"), document, "verb"))
            consumed.append((match.start("verb"), match.end()))
    for match in REPORTING_VERB.finditer(text):
        if any(s <= match.start() < e for s, e in consumed) or not _accepts(match, text):
            continue
        verb = match.group("verb").lower()
        if verb in ("according to", "as per", "per"):
            phrase = _phrase_after(text, match.end())
            if phrase and phrase == phrase.lower() and _ACTION_BEFORE.search(text, 0, match.start()) \
                    and not is_source_phrase(_head_noun_phrase(phrase)):
                continue  # "adapts the content according to the user's progress", "mark according to the areas of the
                # house": in keeping with it (the head noun, not its owner or what follows "of", would have to be a source)
            after_phrase = match.end() + 1 + len(phrase)
            authored = DOCUMENT_AUTHOR.match(text, after_phrase + text[after_phrase:after_phrase + 1].isspace()) \
                if phrase else None
            if authored:  # "according to a new survey from Piper Jaffray": the survey's author is the source
                phrase = phrase + text[after_phrase:authored.end()]
            elif phrase and _PUBLISHED_WHEN.search(phrase):
                venue = _PUBLISHED_VENUE.match(text, after_phrase)
                if venue:  # "according to a study published Wednesday in the BMJ": the journal that published it
                    phrase = phrase + text[after_phrase:venue.end()]
            elif phrase and _KIN_OR_ROLE.match(phrase) and text.startswith(",", after_phrase) \
                    and (named := _FULL_NAME_AFTER.match(text, after_phrase + 1)) and text.startswith(",", named.end()) \
                    and person_in(named.group("name")) == named.group("name"):
                phrase = named.group("name")  # "According to his aunt, Jane Starner, ...": the aunt, by her name
            frames.append(Frame(match.start(), match.end(), phrase or None, "according"))
            continue
        subject = _subject_before(text, match.start())
        if verb.endswith("ing") and (with_body := WITH_A_BODY_BEFORE.search(text, 0, match.start())):
            subject = with_body.group("body")  # "with the Camping and Caravanning Club reporting": the club
        named_after = _NOUN_THEN_NAME.match(subject or "")
        if named_after and named_after.group("noun") not in SOURCE_HEADS:
            subject = named_after.group("name")  # "a prospect Vindman denied": Vindman denied it; not "the actor Tom Hanks"
        if subject and (_PREPOSITION_ONLY.match(subject) or subject.lower().startswith(("according to ", "as per "))):
            continue  # "Despite parliamentary reports urging new rules": the reports are what a preposition governs, a noun;
            # "according to our analysis of 4,200 job adverts posted on CareerPath": a participle inside a source
        if subject and (subject.split()[0].lower() == "there" or subject.lower() in _EDITORIAL_NOTES):
            continue  # "there needs to be a firewall rule added:", "Correction added Nov. 18": a thing added, not someone
        if subject and _PREPOSITION_FIRST.match(subject) and _inverted_after(text, match.start()):
            subject = None  # "arrested Burton, 32, of 1119 Eighth St., after ..., said Lt. Matt Harris": the speaker follows
        if subject and subject == subject.lower() and _inverted_after(text, match.start()):
            named = _FULL_NAME_AFTER.match(text, match.end())
            if named and person_in(named.group("name")) == named.group("name"):
                subject = named.group("name")  # "the cash prices, which range from $200 to $450, said Jim Winkler, ..."
        participle = _PARTICIPLE_REPORT.match(text, match.start())
        if participle and text[:match.start()].rstrip().endswith(","):
            if participle.group(0) != "saying":
                # "CryptoRank highlights a surge, reporting that ...", "The ministry released figures on Monday, saying that"
                subject = _sentence_subject(text) or _sentence_subject(text, skip_lead=False)
            elif subject and (lead := _LEADING_ADVERBIAL.match(_opening(text))) and subject in lead.group(0):
                # "Hours before Zach Parise's two-goal performance Tuesday, Wild coach Bruce Boudreau expressed
                # confidence ..., saying": the coach, not a name in the opening adverbial
                subject = _sentence_subject(text) or subject
        if not subject and verb in _RELATIVE_REPORTS and ", wh" in text[max(0, match.start() - 12):match.start()] and \
                (named := _NAMED_ANTECEDENT.search(text, max(0, match.start() - 160), match.start())) and \
                text[:named.start()].strip(" \"“‘'("):
            # "the Injured Jockeys Fund in Ireland, which says it has supported": its report ends the sentence; not
            # "Smith, who said he was innocent, was jailed for 10 years", whose main clause goes on after it
            subject = named.group("name")
        if not subject:
            if verb.endswith("ing"):
                continue  # "..., adding that": the sentence's own speaker goes on
            if _COORDINATED.search(text, 0, match.start()):
                subject = _sentence_subject(text)  # "Swift took to social media and accused ...": Swift accused
                if not subject:
                    continue
            elif not _inverted_after(text, match.start()):
                continue  # "Such an app reviews ... suggests the best gift": no subject, no quote the speaker closes
            elif REPORTING_VERB.match(text, match.end() + 1):
                continue  # "After the war, reports say 300 people fled": "reports" is the subject of "say", not a verb
            elif verb in ("added", "adds") and _LOWER_NOT_A_SPEAKER_AFTER.match(text, match.end()):
                continue  # "made LLD the default linker, added native Cargo support": a thing added to a release
            else:
                subject = _phrase_after(text, match.end(), limit=6)
                named = _NAMED_AFTER_DESCRIPTION.search(text, match.end()) if _UNNAMED_DESCRIPTION.match(subject) else None
                if named and len(text[match.end():named.start()].split()) <= 8 and person_in(named.group("name")):
                    subject = person_in(named.group("name"))  # "said another witness, former adviser Fiona Hill"
                elif subject and not person_in(subject) and (name := person_in(_phrase_after(text, match.end(), limit=10))) \
                        and len(name.split()) > 1:
                    subject = name  # "said The We Company's recently named executive chair Marcelo Claure": the chair
        if verb == "citing" or verb == "cited":
            continue
        introduces = bool(re.match(r"^(?:\s[\w’'.-]+){0,3}\s?:\s*$|^(?:\s[\w’'.-]+){0,3}\s?:?\s*[“\"]", text[match.end():match.end() + 40]))
        # "And Matviychuk concurred.", "She laughed as she said it.": a speaker named, no content reported
        says_nothing = (not _SAID_NO_MORE.sub("", text[match.end():]).strip(" .!?\"”’'")
                        and not re.search(r"[,”\"]\s*\S+(?:\s\S+){0,3}\s*$", text[:match.start()]))
        frames.append(Frame(match.start(), match.end(), subject or None, "verb", introduces_quote=introduces,
                            says_nothing=says_nothing))
    for match in SOURCELESS.finditer(low) if _SOURCELESS_WORD.search(low) else ():
        if any(f.start <= match.start() < f.end or match.start() <= f.start < match.end() for f in frames):
            continue
        if hedges.casts_no_doubt(match.group(), low, match.start(), match.end()):
            continue  # "for allegedly abusing his office": the charge; "his supposedly reckless policy": irony
        if _REPORTS_NOUN.fullmatch(match.group()) and not _reports_as_source(low, match.start(), match.end()):
            continue  # "analyzing press reports on data breaches": the reports are what is read, not who says it
        if _EXPECTED.match(match.group()) and _ASKED_ABOUT.search(low, max(0, match.start() - 40), match.start()):
            continue  # "directions about what students are expected to do": a requirement asked about, not a report
        if _EXPECTED.match(match.group()) and _SCHEDULED_AFTER.match(low, match.end()):
            continue  # "The transaction is expected to close in the first quarter": a date set, not a forecast reported
        if _EXPECTED.match(match.group()) and _DUTY_BEARER.search(low, max(0, match.start() - 40), match.start()):
            continue  # "As a consultant, you are expected to deliver for clients": a duty, not a forecast reported
        if _guessed_or_feared(low, match.start()):
            continue  # "fear being seen as a nuisance", "might even be seen as rude": a worry or the author's guess
        frames.append(Frame(match.start(), match.end(), text[match.start():match.end()].strip(), "sourceless"))
    cited = CITING.search(low) if any(word in low for word in _CITING_WORDS) else None
    if cited and low[cited.end():].split(" ", 1)[0].strip(".,;:") in _PLATFORMS:
        cited = None  # "said via Twitter": the speaker's own channel
    if cited and cited.group().startswith("via") and not _NAME_AFTER_VIA.match(text, cited.end()):
        cited = None  # "interventions delivered via mobile apps": a channel, not a source passing it on
    if cited:  # "X, citing Y, reported" and "X reported, citing Y": Y speaks through X
        for frame in sorted(frames, key=lambda f: (f.start > cited.start(), f.start)):
            if frame.kind == "verb":
                frame.kind = "second_hand"
                frame.inner_phrase = _phrase_after(text, cited.end())
                break
    frames.sort(key=lambda f: f.start)
    return frames


_EXPECTED = re.compile(r"(?:is|are|was|were|be|been|being)\s(?:\w+\s)?expected\s")
# What happens on a date set ("is expected to close in the first quarter", "are expected to begin in August").
_SCHEDULED_AFTER = re.compile(r"\s?(?:begin|start|close|open|launch|arrive|end|finish|resume|ship|debut|conclude|air|premiere"
                              r"|take\s(?:effect|place)|go\s(?:on\ssale|live)|hit\s(?:shelves|stores)|be\s(?:released|completed"
                              r"|available|held|finali[sz]ed|published|delivered|launched|opened|ready))\b")
# Who is expected to do something as a duty: the reader, or people by their role ("employees are expected to").
_DUTY_BEARER = re.compile(r"\b(?:you|we|people|employees|staff|students|candidates|applicants|members|workers|participants"
                          r"|tenants|guests|consultants?|managers|employers|parents|drivers|visitors|everyone|attendees"
                          r"|contractors|volunteers|trainees)\s(?:(?:in|at|of|on)\s(?:[\w’'-]+\s){1,3})?$")
_ASKED_ABOUT = re.compile(r"\b(?:what|how\smuch|how\smany|how|when|where|which)\s(?:[\w’'-]+\s){0,3}$")
# Before a "be" frame: a modal, "will", "to" or "not", an adverb perhaps between ("might even be seen as"); before a
# "being" frame, a form of "be" ("is being considered" reports; "fear being seen as" is a gerund).
_GUESS_BEFORE_BE = re.compile(r"\b(?:can|could|may|might|should|must|will|would|to|not)\s(?:\w+ly\s|even\s|also\s|well\s)?$")
_BE_BEFORE_BEING = re.compile(r"(?:\b(?:is|are|was|were|am)|[’']s|[’']re)\s(?:\w+ly\s|still\s|now\s)?$")


def _guessed_or_feared(low: str, start: int) -> bool:
    """Whether a "be" or "being" frame ("be seen as", "being considered") is no report: a guess or a worry."""
    before = low[max(0, start - 30):start]
    if low.startswith("being ", start):
        return _BE_BEFORE_BEING.search(before) is None
    return low.startswith("be ", start) and _GUESS_BEFORE_BE.search(before) is not None


_NOT_A_NOUN = r"(?:that|which|who|whom|and|or|but|as|if|when|because|what|how|so|then|said|says|told|recalled|noted)"
# A noun its own clause's subject follows, with no "that" between: "the code they just wrote", "the authority it
# claims", "the apocalypse some feared".
_OBJECT_RELATIVE_BEFORE = re.compile(r"\b(?:the|a|an|this|that|every|each)\s(?:(?!" + _NOT_A_NOUN + r"\s)[\w-]+\s){0,2}?"
                                     r"(?!" + _NOT_A_NOUN + r"\s)[a-z][\w-]*\s"
                                     r"(?:he|she|it|they|we|i|you|some|many|others)\s(?:just\s|had\s|have\s|has\s|once\s)?$",
                                     re.IGNORECASE)
_NOTHING_SAID_AFTER = re.compile(r"\s?(?:[,.;:)—–]|$|\s(?:and|or|but|is|was|are|were|has|had|in|on|at|for|with|about|last"
                                 r"|yesterday)\b)")  # "the code they just wrote, see the error": the verb has no content
_INTRODUCES_REPORTS = re.compile(r"(?:^|[,;:(—–-]\s?|\b(?:according\sto|citing|cited|in|per|following|amid|on|by|to|after|despite"
                                 r"|with|as|but|and|while|though|although)\s)(?:(?:the|some|several|many|other|these|those)\s)?$")
_VERB_AFTER_REPORTS = re.compile(r"^(?:\s[\w’'-]+){0,4}?\s(?:say|says|said|saying|suggest\w*|indicat\w*|claim\w*|show\w*|have|had|has"
                                 r"|put|puts|quote\w*|state\w*|alleg\w*|describ\w*|nam\w+|identif\w+|estimat\w*|report\w*|cit\w+"
                                 r"|link\w*|emerg\w*|surfac\w*|spread|circulat\w*|were|was|are|is)\b")


def _reports_as_source(low: str, start: int, end: int) -> bool:
    """Whether "media reports" stands as a source: introduced as one ("according to press reports", "amid
    media reports", opening a clause) or saying something ("press reports said", "news reports have linked")."""
    return bool(_INTRODUCES_REPORTS.search(low[max(0, start - 30):start]) or _VERB_AFTER_REPORTS.match(low[end:end + 60]))


_QUOTED_ORIGIN = re.compile(r"^[“\"]\s*(?!(?:I|We|He|She|They|It|You)\b)(?P<origin>(?:[A-Z][\w&.'’-]*|\d+)(?:\s(?:[A-Z][\w&.'’-]*|\d+)){0,4})"
                            r"(?:\s?:\s|\s(?:reports|reported|says|said|claims|claimed)(?:\sthat)?\s)")


def origin_inside_quote(text: str, quotes: list) -> str | None:
    """The source a quotation itself names before a colon or its own reporting verb: 'Smith tweeted: "Channel 5: 3,000
    troops have crossed"' and 'Smith wrote: "Channel 24 reports that 3,000 troops have crossed"' relay the channel.
    None when no quote opens that way."""
    for quote in quotes:
        match = _QUOTED_ORIGIN.match(text[quote.start:quote.end])
        if match:
            return match.group("origin")
    return None


def told_an_outlet(text: str) -> bool:
    return TOLD_OUTLET.search(text) is not None


_TOLD_NAMED = re.compile(r"\b(?:told|telling|tells)\s(?P<outlet>(?:(?:the\s)?[\w.-]+\s)?media\b|(?:[Tt]he\s)?(?:[A-Z][\w&.'’-]*(?:\s|$)){1,5})")
_MEDIA_WORDS = frozenset("""
media journal times post news newspaper press tribune telegraph guardian herald gazette mail express observer
standard magazine broadcaster channel tv radio network reuters ap afp bloomberg bbc cnn nbc cbs abc fox msnbc npr
pbs tass ria interfax xinhua mainichi kyodo yonhap nhk al-jazeera aljazeera politico axios espn sky itv rte
billboard variety forbes fortune wired vogue newsweek cnbc tmz vox slate salon deadline reporter rolling esquire
""".split())


def _told(text: str):
    """Who each "told" in ``text`` was told to: a capitalised name or "local media", as written."""
    if "told" not in text and "tell" not in text:
        return ()  # no match without one, and the test is far cheaper than the pattern's
    return (match.group("outlet").strip() for match in _TOLD_NAMED.finditer(text))


_TOLD_HERE = re.compile(r"\b(?:told|telling|tells)\s(?:me|us|this\s(?:reporter|newspaper|paper|website|site|publication))\b")


def told_this_outlet(text: str, site: str | None) -> bool:
    """Whether the speaker told the article's own outlet ("told me", "told the Guardian" on theguardian.com), or spoke
    where the reporter saw them ("she said, sitting in the shade of a tarpaulin"): the article is then the original
    record of what they said, not a report of a statement made elsewhere."""
    if ("said, " in text or "says, " in text) and _SPOKEN_ON_THE_SCENE.search(text):
        return True
    if "told" not in text and "tell" not in text:
        return False  # no match without one, and the test is far cheaper than the patterns'
    return _TOLD_HERE.search(text) is not None or any(is_own_outlet(outlet, site) for outlet in _told(text))


# A speaker's words and what the reporter saw them doing ("she said, sitting in the shade of a tarpaulin", "he says,
# pouring coffee for a firefighter"): said in the reporter's presence (the dev review pnd98 found "Where is the
# original statement by Hawa Adam" asked for the article itself). Only a body's posture or what it does: "said, adding
# that", "said, talking to Ukraine", "said, including the first Block 1B" are no scene.
_SPOKEN_ON_THE_SCENE = re.compile(r"\b(?:said|says),\s(?:sitting|standing(?!\s(?:by|firm|behind)\b)|pointing(?!\s(?:out|to)\b)"
                                  r"|pouring|holding(?!\s(?:out|up|on)\b)|walking|looking(?!\s(?:ahead|forward|back|to|for"
                                  r"|at)\b)|gesturing|leaning|shaking|smiling|laughing|crying|weeping|waving|clutching"
                                  r"|cradling|sweeping|stirring|gazing|staring|surveying|wiping|sipping|smoking|kneeling"
                                  r"|squatting|lying|surrounded|sheltering|queuing)\b")


def told_by_share(text: str) -> str | None:
    """The named body that a share of people "told" ("63% of social media users told HubSpot"): the survey is its."""
    for told in _told(text):
        named = re.sub(r"^[Tt]he\s", "", told)
        if named[:1].isupper() and "media" not in named.lower().split():
            return named
    return None


# "A Reuters poll", "a new ABC News/Washington Post poll", "Gallup's survey": the body whose poll the answers are.
_POLL_OF = re.compile(r"\b(?P<body>[A-Z][\w&.-]*(?:[\s/][A-Z][\w&.-]*){0,4})(?:['’]s)?\s(?:new\s|latest\s)?(?:poll|survey)\b")


_MONTH = re.compile(rf"(?:{MONTHS})\.?")  # "In a November Thumbtack survey": when, not whose


# "a 2025 survey by the British Veterinary Association", "a poll of 2,000 adults for the Times"
_POLL_BY = re.compile(r"\b(?:poll|survey)\s(?:[\w,]+\s){0,3}?(?:by|from|for)\s(?:the\s)?"
                      r"(?P<body>[A-Z][\w&.'’-]*(?:\s(?:of\s|for\s|and\s|&\s)?[A-Z][\w&.'’-]*){0,5})")


def poll_owner(text: str) -> str | None:
    """The named body whose poll or survey the sentence reports ("a Reuters poll ... 44 percent of Americans say",
    "In a November Thumbtack survey", "In a 2025 survey by the British Veterinary Association, 51% of vets said"). A
    place or a month before "survey" names no one ("a 2012 U.S. survey", "a British survey")."""
    if "poll" not in text and "survey" not in text:
        return None  # no match without one, and the test is far cheaper than the patterns'
    for found, before_survey in ((_POLL_OF.search(text), True), (_POLL_BY.search(text), False)):
        words = found.group("body").split() if found else []
        while words and (words[0] in ("In", "The", "A", "An", "New", "Latest") or _MONTH.fullmatch(words[0])):
            words = words[1:]
        if words and words[0][:1].isupper() and not (before_survey and any(
                without_possessive(word.lower()) in DEMONYMS | GOVERNMENTS for word in words)):
            return " ".join(words)
    return None


# A count kept on a platform or an index ("174,705 contributors on GitHub", "a 95% five-star rating on Trustpilot",
# "ranks #4 on RedMonk", "dropped from #7 to #11 in TIOBE's November 2025 index"): the platform's own data.
_COUNTED_ON = re.compile(
    r"\b(?:contributors|repositories|repos|stars|downloads|installs|followers|subscribers|listings|reviews|ratings?"
    r"|usage|users)\s(?:\w+\s){0,2}?(?:on|across)\s(?P<platform>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?!\s[a-z]+s\b)"
    r"|\b(?:[Rr]ank(?:s|ed|ing)?|sits?\sat|placed)\s(?:\w+\s)?#\d{1,3}\s(?:on|in|across)\s(?:the\s)?"
    r"(?P<index>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
    r"|#\d{1,3}\s(?:in|on)\s(?P<owner>[A-Z][\w.]*)['’]s\s(?:[\w-]+\s){0,3}?(?:index|ranking|rankings|list|survey)\b")


def counted_on_platform(text: str) -> str | None:
    """The platform or index whose own count a bare figure is, as the sentence names it, or None."""
    found = _COUNTED_ON.search(text)
    if not found:
        return None
    name = next(group for group in found.group("platform", "index", "owner") if group)
    return None if name.split()[0] in ("The", "A", "An", "This", "Our") else name


def outlet_told(text: str) -> str | None:
    """The news outlet a speaker "told" ("told the BBC", "told local media"), or None.

    Corpus rule S: words told to another outlet reach the article second-hand. "Told reporters" or "told the
    committee" name an audience, not an outlet, and are not matched.
    """
    for outlet in _told(text):
        if any(without_possessive(word.lower()).strip(".,'’") in _MEDIA_WORDS for word in outlet.split()):
            return re.sub(r"^[Tt]he\s", "", outlet)
    return None


_RELAYED_BY = re.compile(r"\b(?:via|(?<!as\s)(?<!As\s)per(?=\s[A-Z])(?!\s(?:Month|Year|Week|Day|Hour|Night|Person|Capita|Cent)\b)|(?:obtained|seen|reviewed)\sby)\s(?P<relay>(?:[Tt]he\s)?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,4})")
_RELAY_WORDS = ("via", "per", "obtained", "seen", "reviewed")
_PLATFORMS = frozenset("twitter instagram facebook youtube tiktok zoom skype email e-mail telegram whatsapp video "
                       "weibo linkedin snapchat reddit".split())


def relayed_by(text: str) -> str | None:
    """The intermediary that passed the words on ("via the Los Angeles Times", "obtained by Variety"), or None.

    Corpus rule S. A platform the speaker used ("via Twitter") is how they spoke, not an intermediary.
    """
    if not any(word in text for word in _RELAY_WORDS):
        return None  # no match without one, and the test is far cheaper than the pattern's
    for match in _RELAYED_BY.finditer(text):
        relay = re.sub(r"^[Tt]he\s", "", match.group("relay")).rstrip(".")  # "..., per Wyscout.": not the full stop
        if relay.split()[0].lower() not in _PLATFORMS:
            return relay
    return None


def _site_label(site: str | None) -> str:
    """The first label of the page's host, which a body's site is named by: "soliant" for www.soliant.com."""
    return (site or "").lower().removeprefix("www.").split(".")[0]


def _name_words(name: str) -> list[str]:
    """A name's words in lower case, without "the": what a site label is compared with."""
    return [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w != "the"]


def is_own_outlet(outlet: str, site: str | None) -> bool:
    """Whether ``outlet`` is the site the article is on ("the BBC" on bbc.co.uk, "the Los Angeles Times" on latimes.com)."""
    label, words = _site_label(site), _name_words(outlet)
    if not words or not label:
        return False
    squashed = "".join(words)
    initials = "".join(w[0] for w in words)
    return label in (squashed, initials, initials[:-1] + words[-1], "the" + squashed) or squashed in label


@lru_cache(maxsize=256)
def _domain_label(site: str | None) -> str:
    """The label a body registered its site under, by the Public Suffix List (``tld``'s bundled copy, read offline):
    "github" for resources.github.com, "bbc" for bbc.co.uk."""
    registered = get_tld(site or "", fix_protocol=True, as_object=True, fail_silently=True)
    return registered.domain.lower() if registered else ""


def is_site_owner(organisation: str, site: str | None) -> bool:
    """Whether ``organisation`` is the body whose site the page is on ("Soliant Health" on soliant.com, "Redfin" on
    redfin.com, "GitHub" on resources.github.com): its own report or figures, published by itself."""
    words = [w for w in _name_words(organisation) if w != "s"]
    # "Soliant Health" on soliant.com, "Redfin agents" on redfin.com, "OCS" on ocs.yale.edu, "Corvane plc" on
    # corvane-group.com; not "Apple" on appleinsider.com, whose name only starts with it
    return bool(words) and any(label in ("".join(words), words[0]) or _spelt_by(words, label) for label in _site_labels(site))


def owns_the_site(organisation: str, site: str | None) -> bool:
    """Whether the site's name spells ``organisation`` whole: its words run together ("Calderbridge Museum" on
    calderbridgemuseum.org.uk), its initials ("Association of Independent Hardware Retailers" on aihr.org.uk), or its
    name and a kind word ("Corvane plc" on corvane-group.com). Stricter than is_site_owner, whose first-word match
    takes "Metro Bank" for metro.co.uk's owner: what decides that a whole page is the body's own."""
    words = [w for w in _name_words(organisation) if w != "s"]
    return bool(words) and any(label == "".join(words) or _spelt_by(words, label) for label in _site_labels(site))


def site_kind_word(organisation: str, site: str | None) -> str | None:
    """The kind word the site's name adds to the body's name: "group" for "Corvane plc" on corvane-group.com."""
    words = _name_words(organisation)
    return next((kind for label in _site_labels(site) if (kind := _kind_suffix(words, label))), None)


def _site_labels(site: str | None) -> set[str]:
    return {label for label in (_site_label(site).replace("-", ""), _domain_label(site).replace("-", "")) if len(label) >= 3}


def _spelt_by(words: list[str], label: str) -> bool:
    """A site label that spells a body of two words or more by its initials (with or without "of", "for", "and":
    "DOS" is the Department of State, "AIHR" the Association of Independent Hardware Retailers) or by its first word
    and a kind word ("corvanegroup" for "Corvane plc"; not "yorkshirewater" for "Yorkshire" alone)."""
    if len(words) > 2 and label in ("".join(w[0] for w in words), "".join(w[0] for w in words if w not in _NAME_LINKS)):
        return True
    return _kind_suffix(words, label) is not None


def _kind_suffix(words: list[str], label: str) -> str | None:
    """The kind word a site label adds after a body's first word ("group" in "corvanegroup" for "Corvane plc"), for a
    name of two words or more."""
    suffix = label[len(words[0]):] if len(words) >= 2 and label.startswith(words[0]) else None
    return suffix if suffix in _SITE_KIND_WORDS else None


# What a body's site name adds to its name: "Corvane plc" on corvane-group.com, "Mereside Bank" on meresidebank.co.uk
_SITE_KIND_WORDS = frozenset({"group", "bank", "museum", "water", "energy", "motors", "health", "hospital", "hospitals",
                              "institute", "alliance", "airlines", "council", "trust", "foundation", "charity", "club",
                              "athletic", "university", "college", "school", "police", "insurance", "homes"})
_NAME_LINKS = frozenset({"of", "for", "and"})  # in a body's initials or not: "DOS" (Department of State), "AIHR"


# A proper name as a sentence writes it: "Council for Relationships", "Housecall Pro", "The CleverHiker team";
# a possessive ends it ("Improvado’s ETL Destinations" names Improvado)
_NAME_WORD = r"(?:[A-Z]|[a-z][A-Z])[\w&]*(?:-[A-Z0-9][\w&]*)*"  # "GitHub", "NCCIH" (not "NCCIH-supported"), "Wi-Fi", "iRunFar"
_PROPER_NAME = re.compile(rf"\b{_NAME_WORD}(?:[ \t]+(?:(?:for|of|and|&)[ \t]+)?{_NAME_WORD})*")
_AN_EXAMPLE_BEFORE = re.compile(r"(?:\blike|\bsuch as|\be\.g\.|\bfor example,?|\bincluding|\()\s*"
                                r"(?:the\s+|those\s+(?:from|by|of)\s+)?\Z", re.IGNORECASE)
# The outlet a story's speaker spoke to, or that saw a document ("told the BBC", "seen by Reuters"): not the page's
# owner speaking of itself (site_owner_named(strict=True)).
_TOLD_OR_BY_BEFORE = re.compile(r"\b(?:told|tells|telling|to|by|via|with|for)\s(?:the\s)?\Z", re.IGNORECASE)
_FUNDER_AFTER = re.compile(FUNDED_HYPHEN)  # a body named as a study's funder is not speaking (sources.classify)
_FUNDER_BEFORE = re.compile(FUNDED_BY + r"\s(?:the\s)?$")
# A news story's dateline: "CLEVELAND, Ohio –", "NEW YORK (Reuters) -": where it was filed, and by whom
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’]+(?:,\s+[A-Z][a-z.]+)?\s*(?:\([^)]*\)\s*)?[-–—]\s")


def site_owner_named(text: str, site: str | None, strict: bool = False) -> str | None:
    """The body whose site the page is on, where ``text`` names it ("Council for Relationships is a nonprofit with
    over 80 therapists" on councilforrelationships.org): a figure about itself is its own word (LABELING.md:
    organisation), not a bare assertion of the page's. ``strict``: the site spells the name whole (owns_the_site),
    and the name is not an outlet spoken to ("told the BBC")."""
    for name in _PROPER_NAME.finditer(text, (dateline.end() if (dateline := _DATELINE.match(text)) else 0)):
        if not (owns_the_site if strict else is_site_owner)(name.group(0), site):
            continue  # first: it turns down almost every name, and costs less than the patterns below
        if strict and _TOLD_OR_BY_BEFORE.search(text, 0, name.start()):
            continue  # "told the BBC", "seen by Reuters" on the outlet's own site: spoken to, not speaking
        if _AN_EXAMPLE_BEFORE.search(text, 0, name.start()):
            continue  # "some models, like those from Ecomobl, can push past 40 mph": an example of what others say
        if _FUNDER_AFTER.match(text, name.end()) or _FUNDER_BEFORE.search(text, 0, name.start()):
            continue  # "A 2020 NCCIH-supported analysis" on nccih.nih.gov: a study it paid for, not its own word
        return name.group(0).removeprefix("The ")
    return None


def mentions_officially(text: str) -> bool:
    return OFFICIALLY.search(text) is not None


@dataclass
class QuoteSpan:
    start: int
    end: int
    closed: bool


QUOTE_MARK = re.compile(r"[“”\"]")


def quote_spans(text: str, start: int, end: int, min_words: int = QUOTE_MIN_WORDS) -> list[QuoteSpan]:
    """Quoted passages in one paragraph ``text[start:end]``; an unclosed opening quote runs to the paragraph's end.
    Passages under ``min_words`` words are left out: by default scare quotes ("“patched” the software")."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for mark in QUOTE_MARK.finditer(text, start, end):
        char, index = mark.group(), mark.start()
        if char == "\"" and open_at is None and index > 0 and text[index - 1].isdigit():
            continue  # an inch mark ("huge 11.5\" tires", "5'2\""), not a quotation opening
        if char == "“" or (char == "\"" and open_at is None):
            if open_at is None:
                open_at = index
        elif open_at is not None:
            spans.append(QuoteSpan(open_at, index + 1, True))
            open_at = None
    if open_at is not None:
        spans.append(QuoteSpan(open_at, end, False))
    return [s for s in spans if len(text[s.start:s.end].split()) >= min_words]


def blank_spans(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    """``text`` with the given absolute spans replaced by spaces (offsets preserved)."""
    for start, end in spans:
        start, end = max(0, start - offset), min(len(text), end - offset)
        if start < end:
            text = text[:start] + " " * (end - start) + text[end:]
    return text
