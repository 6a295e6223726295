"""Numerical claims: figures about the world, with their value and the noun they count.

A figure is a count, amount, share, rate or price. Numbers that only locate
something (dates, times, years, ages, list markers, phone numbers, model names
such as "Covid-19", "G7", "F-16", "737 Max") are not figures. Words count too
("thousands", "two-thirds", "one person"), and so do comparisons, trends and
superlatives ("doubled", "a record high"), which make a sentence numerical
without giving a figure.
"""

from __future__ import annotations

import re
from collections import Counter

from .patterns import is_title_case, holds_any_case, trie_alternation

CURRENCIES = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
              "A$": "AUD", "C$": "CAD", "HK$": "HKD"}
CURRENCY_WORDS = {"dollars": "USD", "bucks": "USD", "euros": "EUR", "euro": "EUR", "rupees": "INR", "yen": "JPY"}  # "50 bucks"
SCALES = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "thousand": 1e3, "hundred": 1e2, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
          "b": 1e9, "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}
MONTHS = ("(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
FRACTION_WORDS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
                  "two-thirds": 2 / 3, "two thirds": 2 / 3, "three-quarters": 0.75, "three quarters": 0.75,
                  "a fifth": 0.2, "one in five": 0.2, "one in four": 0.25, "one in three": 1 / 3,
                  "one in ten": 0.1}

_CURRENCY = r"(?:US\$|A\$|C\$|HK\$|[$£€¥₹]|Rs\.?\s?)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE = r"(?:\s?(?:thousand|hundred|million|billion|trillion|lakh|crore)\b|\s?(?:mn|mln|bn|tn)\b|(?:k|K|m|M|b|B)\b)"
_PERCENT = r"(?:\s?%|\s(?:per\s?cent|percent|percentage\spoints?)\b|pc\b)"  # "70pc": a British paper's percent

NUMBER = re.compile(
    rf"""(?P<currency>{_CURRENCY})?
         (?P<number>{_DIGITS})
         (?:\s?(?:-|–|to)\s?(?P<upper>{_DIGITS}))?
         (?P<scale>{_SCALE})?
         (?P<percent>{_PERCENT})?""",
    re.VERBOSE,
)
_WORD_NUMBER = "|".join(sorted(UNITS, key=len, reverse=True))
# (An alternative's lookbehind comes after its first letter, so that the regex engine turns the alternative down on that
# letter alone at most words instead of running the lookbehind.)
WORD_FIGURE = re.compile(
    rf"""\b(?P<words>
          (?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions))
        | (?:several|a\sfew|many)\s+(?:hundred|thousand|million|billion)s?
        | (?:dozens|scores(?=\sof\b)|hundreds|thousands|millions|billions)
        | one\scount
        | (?P<share>(?:a|an|the)\s(?:(?:vast|overwhelming|large|small|slim|narrow|tiny|radical|silent|great|clear|simple)\s)?(?:majority|minority)|(?:nearly|almost|virtually)\s(?:all|every)
            | most(?<!the\smost)(?<!at\smost)(?=\sof\s(?:the|those|these|its|their|them|our)\b))
        | (?:a|one|two|three|half\sa)\s+dozen
        | a(?<!\bin\sa)(?<!thanks\sa)\s(?:hundred|thousand|million|billion|trillion)  # "a thousand protesters", not "one in a million"
          (?=\s(?:[a-z-]+\s)?[a-z]{{3,}})(?!\s(?:for|to|and|or|in|at|on|with|from|than|that|the|is|was|are|were)\b)
          (?!\s(?:[a-z-]+\s)?(?:things|questions|directions|choices|reasons|ways|ideas|words|miles|years|times|pieces)\b)
        | a(?:(?<=about\sa)|(?<=around\sa)|(?<=nearly\sa)|(?<=almost\sa)|(?<=roughly\sa)|(?<=over\sa))  # "about a million years"
          \s(?:hundred|thousand|million|billion|trillion)(?=\s[a-z])
        | two-thirds|two\sthirds|three-quarters|three\squarters
        | (?:a|one)\s(?:third|quarter|fifth)(?!\s(?!of\b|the\b|more\b|less\b|fewer\b|as\b)[a-z])  # "a third path": ordinal
        | one\sin\s(?:five|four|three|ten)
        | (?:(?:{_WORD_NUMBER})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?
             (?:\s+(?:hundred|thousand|million|billion|trillion))?)
        | half
        )\b""",
    re.VERBOSE,
)
# Every WORD_FIGURE match (in lower-case text) holds one of these words: most sentences hold none, and this test is
# far cheaper than the full pattern.
_WORD_FIGURE_WORD = re.compile(trie_alternation(
    list(UNITS) + "hundred thousand million billion dozen score decade single majority minority nearly almost "
    "virtually most third quarter fifth half".split()))
# A person's rise or fall, not a quantity's: "rose through the ranks", "rose to fame", "fell in love".
_A_PERSONS_RISE = (r"\s(?:through\sthe\sranks|to\s(?:fame|prominence|power|stardom|the\soccasion|the\schallenge)"
                   r"|from\s(?:the\s)?(?:[a-z]+\s)?(?:streets|ashes|dead|obscurity|poverty)|in\slove|asleep|ill|silent)\b")
# A mood growing, not a measure: "growing fears of a slowdown", "watched the warnings pile up with growing despair" (the
# dev reviews news93 and pnd98).
MOODS = (r"(?:concerns?|fears?|worry|worries|tensions?|anger|frustration|anxiety|uncertainty|speculation|doubts?|criticism"
         r"|scrutiny|despair|alarm|unease|impatience|discontent|resentment|outrage|dismay)")
# Comparisons, trends and superlatives of measurable things (LABELING.md). A bare comparative or superlative
# ("faster speeds", "the best budget phone", "more reliable than") is how reviews and guides describe things,
# a matter of taste, so it counts only with a scope that makes it checkable ("the largest in history", "more
# than ever"); a trend verb counts when it moves something ("fell sharply", "rose by", "have risen since"), not
# as an adjective ("increased latency").
_TREND_VERB = (r"(?:rose|risen|fell|fallen|jumped|surged|soared|plunged|plummeted|slumped|tumbled|climbed|dropped"
               r"|declined|decreased|increased|grew|shrank|shrunk|slid|dipped|spiked|rallied|dwindled)(?!" + _A_PERSONS_RISE + ")")
# A superlative of taste, in any register ("one of the greatest war photographers ever", "the most iconic anime of all
# time", "the most significant shift in online marketing since"): an opinion, nothing anyone counted (0 of 6 dev
# highlights a claim, to the team's judges and to LABELING.md's alike).
_TASTE = (r"(?:iconic|significant|important|influential|famous|memorable|beautiful|exciting|talented|celebrated|acclaimed"
          r"|unhinged|alluring|remarkable|impressive|innovative|interesting|inspiring|beloved|legendary|horrific|stunning"
          r"|gorgeous|brilliant|fascinating|compelling|enjoyable|delicious|elegant|charming|romantic|magical|underrated"
          r"|overrated|anticipated|creative|original)\b")
_GREATEST_OF_TASTE = (r"greatest\s(?:[a-z-]+\s){0,2}?(?:(?!numbers\b|members\b|others\b)[a-z]+(?:ers|ists|ians)"
                      r"|players|athletes|films|movies|albums|songs|books|novels|shows|series|games|anime|bands|minds"
                      r"|works|hits)\b")
_SUPERLATIVE = (r"(?:highest|lowest|largest|biggest|smallest|fastest|slowest|deadliest|worst(?!-case)"
                r"|(?!" + _GREATEST_OF_TASTE + r")greatest|strongest"
                r"|weakest|cheapest|richest|poorest|wealthiest|busiest|oldest|youngest|least\s[a-z]{4,}"
                r"|most\s(?!often\b|commonly\b|notably\b|importantly\b|probably\b|frequently\b|widely\b|usually\b|"
                + _TASTE + r")[a-z]{4,})")
_SCOPE = (r"(?:in\s(?:(?:its|their|the\scompany's|the\scountry's|the\s[a-z]+['’]s)\s)?(?:history|decades|years|a\sdecade"
          r"|a\sgeneration|a\scentury|the\sworld|the\scountry|the\snation|europe|the\sus|the\su\.s\.|the\suk|britain|america"
          r"|the\sstate)"
          r"|ever(?:\srecorded)?|on\srecord|since|of\sall\stime|worldwide|globally|nationwide)")
# A superlative of a measurable thing, checkable within a named place ("one of the largest cities in Japan"), unlike
# one of taste ("the most famous temple in Kyoto"), and the named place (not "the largest model in the Galaxy range").
_MEASURED_SUPERLATIVE = (r"(?:highest|lowest|largest|biggest|smallest|fastest|slowest|deadliest|busiest|cheapest|richest"
                         r"|poorest|wealthiest|oldest|youngest|most\s(?:common|populous|visited|expensive|densely\spopulated)"
                         r"|least\s(?:expensive|populous|visited))")
_NAMED_PLACE = r"in\s(?:[a-z]+\s)?(?-i:[A-Z][a-z]+)(?!\s(?-i:[A-Z])|\s(?:range|line-?up|family|series|line|collection))"
# A phrasal trend with its size or its end ("driver pay went down.", "prices go up by 5%"), not "went up last night"
# (posted), "goes up to F/22" (a range) or "go down to the village" (a place).
_PHRASAL_TREND = (r"(?:went|gone|going|go|goes)\s(?:up|down)(?=\s(?:by|sharply|steeply|significantly|dramatically|slightly"
                  r"|considerably)\b|\s?[.,;]|$)")
# "declined later to comment", "rose to say", "grew to be": refusing or turning to speak, not a trend.
_DECLINED_TO_SAY = (r"(?:\s\w+ly|\slater|\sagain)?\sto\s(?:comment|say|be|give|discuss|elaborate|provide|answer|respond"
                    r"|confirm|reveal|disclose|specify|name|identify|sign|take|make|join|attend|state|detail)")
_MULTIPLE = r"(?:(?<![\d.,])\d+(?:[.,]\d+)?|three|four|five|ten)\stimes\s(?:more|as|higher|larger|bigger)"  # "12.7 times more"
# A comparison of a measured quantity ("lower operational costs", "cost more to insure", "the risk is higher"),
# checkable in any register, unlike a comparison of taste ("better speakers").
_MEASURED = (r"(?:costs?|prices?|rates?|speeds?|risks?|chances?|fees?|emissions|consumption|interest|returns?|revenues?"
             r"|sales|profits?|wages?|salaries|incomes?|energy|bills?|premiums?|taxes|temperatures?|doses?|calories"
             r"|prevalence|mortality|deaths|injuries|waiting\stimes?|yields?)")
COMPARISON = re.compile(
    rf"""\b(?<!-)(?:
          (?:higher|lower|greater|fewer|reduced|increased|faster|slower|cheaper|rising|falling)\s
          (?!(?:your|their|the|its|our|his|her|my)\s)(?:[a-z-]+\s)?{_MEASURED}\b   # "lower your risk": a verb, an effect
        | {_MEASURED}\s(?:is|are|was|were|will\sbe|tend\sto\sbe|can\sbe)\s(?:[a-z]+\s)?(?:higher|lower|cheaper|greater)
        | (?:costs?|pay|pays|spend|spends|earn|earns)\s(?:[a-z]+\s)?(?:more|less)\s(?:than|to)
        | (?:more|less)\s(?:expensive|costly|affordable)|(?<!feels\s)(?<!looks\s)(?<!sounds\s)(?:cheaper|faster|slower|quicker)\sthan
        | (?:out|under)perform(?:s|ed|ing)?\b
        | (?P<effect>(?<!\bto\s)(?:reduc|lower|rais|increas|cut)(?:e|es|ed|ing|s)?\s(?:[a-z]+\s){{0,2}}?
          (?:waste|footprint|{_MEASURED}))\b                          # not a purpose: "to reduce power consumption"
        | (?:doubl|tripl|quadrupl)(?:ed|es)(?!\sas\b|\sup\b|\s(?:title|match|final|partner|team|tournament|champions?)\b)|halved  # not "doubles as a display", "the doubles title"
        | (?:more|less|fewer)\sand\s(?:more|less|fewer)                 # a trend: "less and less visible"
        | (?:can|could|will|would|may|might)\s(?:\w+\s)?(?:double|triple|quadruple|halve)\s(?:your|the|their|its|our)\s
        | {_TREND_VERB}(?!{_DECLINED_TO_SAY}\b)(?=\s(?:sharply|steeply|slightly|dramatically|significantly|substantially|rapidly|by|to|from
           |since|over|in|last|this|for|more|less|further|again)\b|\s?[.,;]|$)
        | record(?:\s|-)(?:high|low|levels?|numbers?|breaking|setting|year)s?|all-time\s(?:high|low)s?|record\sintraday
        | {_PHRASAL_TREND}
        | {_SUPERLATIVE}\s(?:[a-z-]+\s){{0,4}}?{_SCOPE}
        | (?:the|a)\s(?:most\scommon|commonest|leading)\s(?:[a-z-]+\s)?(?:form|cause|type|kind|source)s?\sof  # a ranking of causes
        | {_MEASURED_SUPERLATIVE}\s(?:[a-z-]+\s){{0,4}}?{_NAMED_PLACE}    # "one of the busiest places in England"
        | (?:the\s)?best-selling
        | (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s(?:straight|consecutive)
        | (?i:more\sthan\sever|fewer\sthan\sever|more\sand\smore|fewer\sand\sfewer)
        | never\sbeen\s(?:(?:more|less)\s(?:popular|common|expensive|affordable|widespread|crowded)|higher|lower|cheaper
           |bigger|greater)\b                                               # "more than ever", said the other way
        | majority\sof|minority\sof|twice\sas\s(?:many|much|likely|high|large)|{_MULTIPLE}
        | (?:higher|lower|more|fewer|less)\sthan\s(?:last|before|expected|forecast|previous|a\syear|the\syear|in\s(?:19|20)\d\d)
        | (?:closed|ended|traded|trading|finished)\s(?:also\s)?(?:higher|lower)
        | (?:is|are|was|were|been)\s(?:still\s|also\s)?(?:rising|falling|dropping|declining|climbing|soaring|surging|plunging
           |shrinking|dwindling|doubling)
        | (?:a|the)\s(?:growing|rising|falling|declining|shrinking|record)\s(?:number|share|rate|proportion|percentage|count|toll)
        | (?:an?|the)\s(?:sharp|steep|dramatic|significant)\s(?:rise|fall|drop|increase|decrease|decline)
        )\b""",
    re.VERBOSE,
)
# What opens the event a span dates something by ("before the Iowa caucuses", "after the Super Bowl").
EVENT_AFTER = r"(?:the|a|an|his|her|its|their|this|next|last)\s"
# A span that dates something by an event ("less than three months before the Iowa caucuses", "a week after the Super
# Bowl"): a time (LABELING.md: dates and times are not numerical), not a figure to check, and a "less than" before it is
# the date's, no comparison. ("10 years into the project" and "3 months ahead of the deadline" measure: not here.)
EVENT_DATED_BY = r"(?:hours?|days?|weeks?|months?|years?)\s(?:before|after(?=\sthe\s[A-Z]))\s" + EVENT_AFTER
_EVENT_TIME = r"\s(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s" + EVENT_DATED_BY
# What is dropped, not a fall: "dropping coverage", "dropped the charges", "dropped out".
_DROPPED_OBJECT = (r"\s(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|out|off|coverage|charges|support"
                   r"|plans)\b")
# "Higher" and "lower" naming a part or a tier, not comparing: "a lower respiratory tract infection" (dev review
# news86), "upper and lower back", "a lower court", "the higher education sector".
_PART_OR_TIER = (r"\s(?:respiratory|urinary|gastrointestinal|back|body|abdomen|abdominal|limbs?|legs?|jaw|lip|teeth"
                 r"|court|courts|chamber|education|ed)\b")
# A demand for more, not a comparison measured: "pressed Western partners for faster deliveries of drones".
_DEMAND_WORDS = re.compile(r"\b(?:press|push|call|ask|lobb|appeal|urg)", re.IGNORECASE)
_DEMANDED_BEFORE = re.compile(r"\b(?:pressed|pushed|called|asked|lobbied|appealed|urged|pressing|pushing|calling|asking"
                              r"|lobbying|appealing|urging)\s(?:[\w-]+\s){0,4}?for\s(?:[\w-]+\s){0,4}?(?:and\sfor\s)?$")
# In reporting (see detect.reads_as_reporting), plain comparatives and trends of the story's subject are claims too
# ("Rival Lowe's was also lower", "a growing number of PE shops"): the broader pattern of the first wave.
NEWS_COMPARISON = re.compile(
    rf"""\b(?<!-)(?:
          (?:doubl|tripl|quadrupl)(?:ed|es|ing)(?!\sas\b|\sup\b|\s(?:title|match|final|partner|team|tournament|champions?)\b)|halved|halving
        | (?:rose|risen|rising|fell|fallen|falling|jumped|surged|soared|plunged|plummeted|slumped|tumbled|climbed
           |(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)dropp(?:ed|ing)(?!{_DROPPED_OBJECT})  # "was dropped": abandoned
           |declined|declining|decreased|increased|increasing|grew|growing|shrank|shrunk
           |slid|dipped|spiked|rallied|dwindled|tripled|decline|growth)(?!{_A_PERSONS_RISE})(?!{_DECLINED_TO_SAY})
          (?!\s{MOODS}\b)
          (?:\s(?:sharply|steeply|slightly|dramatically|significantly|by|to|from|more|less|further))?
        | record(?:\s|-)(?:high|low|levels?|numbers?|breaking|setting|year)s?|all-time\s(?:high|low)s?|record\sintraday
        | {_PHRASAL_TREND}
        | (?:highest|lowest|largest|biggest|smallest|fastest|slowest|deadliest|worst(?!-case)|best-selling
           |(?!{_GREATEST_OF_TASTE})greatest|strongest|weakest|cheapest|richest|poorest|wealthiest|busiest|oldest|youngest)
        | most\s(?!of\b|likely\b|people\b|recently\b|often\b|commonly\b|notably\b|importantly\b|probably\b|frequently\b
                  |widely\b|famously\b|closely\b|directly\b|clearly\b|especially\b|usually\b|certainly\b|{_TASTE})[a-z]{{4,}}
        | least\s[a-z]{{4,}}
        | (?<!\bthe\s)(?<!\bany\s)(?<!\bits\s)(?<!\btheir\s)   # not a kind: "the poorer residents", "any greater understanding"
          (?:bigger|larger|higher|lower|cheaper|faster|slower|smaller|greater|richer|poorer)\b(?!-)(?!{_PART_OR_TIER})
        | (?:more|less)\s(?:expensive|likely|popular|common|powerful|efficient|important|than(?!\sjust\b)(?!\sonce\b)(?!{_EVENT_TIME}))
        | for\sthe\s(?:first|second|third|fourth|fifth)\stime
        | (?<!\bin\sthe\s)(?i:first|second|third|fourth|fifth|sixth|seventh|eighth        # not "in the first place"
           |ninth|tenth|last)\s(?:place|straight|consecutive|largest|biggest|highest|most|appearance)
        | the\s(?:first|second|third)\s(?:to|pick|ever|person|woman|man|country|company|player|team)\b
        | more\s(?!than\sjust\b)(?:[a-z-]+\s){{1,2}}than|(?:perform(?:s|ed)?|slightly|much|far)\sbetter|better\sthan
        | at\sthe\s(?:top|bottom)\sof\sthe\s(?:list|table|charts?|rankings?|league|polls?|leaderboard|standings|pile|class|division|conference|group)
        | (?i:more\sthan\sever|fewer\sthan\sever|more\sand\smore|fewer\sand\sfewer|less\sand\sless)
        | increasingly|accelerat(?:ed|ing)|majority\sof|minority\sof|twice\sas|{_MULTIPLE}
        | (?:higher|lower|more|fewer|less)\sthan\s(?:a|the|last|in|before|any|expected|forecast|previous)
        | (?:was|were|is|are|been|closed|ended|traded|trading)\s(?:also\s)?(?:higher|lower)
        | (?:an?|the)\s(?:sharp|steep|dramatic|significant|slight|modest|marked|substantial)
          \s(?:rise|fall|drop|increase|decrease|decline)
        )\b""",
    re.VERBOSE,
)

# Every COMPARISON and NEWS_COMPARISON match holds one of these words, or "more", "fewer" or "less" in any case (their
# case-insensitive parts): a sentence with none of them has no comparison, and this test is far cheaper than the full
# pattern. The words in any case are tested apart, so that the trie is all literals, which the regex engine scans for
# much faster.
_COMPARISON_WORDS = (
    "doubl tripl quadrupl halv rose risen rising fell fallen falling jumped surged soared plunged plummeted slumped "
    "tumbled climbed dropped dropping declin decreased increas grew growing shrank shrunk slid dipped spiked rallied "
    "dwindled growth record all-time highest lowest largest biggest smallest fastest slowest deadliest worst "
    "best-selling greatest strongest weakest cheapest richest poorest wealthiest busiest oldest youngest most least "
    "bigger larger higher lower cheaper faster slower smaller greater richer poorer more less fewer time place "
    "straight consecutive appearance first second third better top bottom accelerat majority minority twice times "
    "sharp steep dramatic significant slight modest marked substantial reduc quicker perform went gone going goes commonest "
    "leading").split() + ["go up", "go down"]
_COMPARISON_WORD = re.compile(trie_alternation(_COMPARISON_WORDS))
_COMPARISON_WORDS_ANY_CASE = ("more", "fewer", "less")

# Numbers that locate rather than count; their spans are blanked before figures are read.
NOT_FIGURES = re.compile(
    rf"""(?:
          \b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?[ap]\.?m\.?)?                       # 3:29, 6:38 p.m.
        | \b\d{{1,2}}\s?(?:[ap]\.m\.|[ap]m\b)                                        # 1 p.m., 10am
        | \b(?:{MONTHS})\.?\s\d{{1,2}}\s?[-–]\s?\d{{1,2}}\b|\b\d{{1,2}}\s?[-–]\s?\d{{1,2}}\s(?:{MONTHS})\b   # Feb 25-27, 8-11 Dec
        | \b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?(?:{MONTHS})\b\.?(?:,?\s\d{{2,4}})?    # 24 February, 28th Feb 22
        | \b(?:{MONTHS})\.?\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:,\s\d{{4}})?              # March 2, 2022
        | \b(?:{MONTHS})\.?\s(?:of\s)?\d{{4}}\b                                       # May 2020
        | \b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b                                   # 03.03.2022, 3/4/20
        | \b\d{{4}}-\d{{2}}-\d{{2}}\b                                                 # 2022-03-03
        | \(?\b\d{{3}}\)?[-.\s](?:\d{{3}}|[A-Z]{{3}})[-.\s](?:\d{{4}}|[A-Z]{{4}})\b               # phone numbers, 855-JWU-1881
        | \b0\d{{2,4}}\s\d{{3,4}}\s\d{{3,4}}\b                                         # 020 7946 0958
        | (?<=\+)\d{{1,3}}\s?(?:\(0\)\s?)?\d{{2,5}}(?:[\s-]\d{{2,4}}){{1,3}}\b                   # +44 (0)113 000 0000
        | \b\d{{1,3}}(?:\.\d{{1,3}}){{3}}(?:/\d{{1,2}})?(?![.\d])                             # an IP address: 10.0.1.40
        | (?<=[Tt]he\s)\d{{1,4}}-[A-Z][a-z]+\s[A-Z][a-z]+\b                               # a name: the 17-Mile Drive
        | \b(?:[Cc]all(?:ing)?|[Pp]hone|[Tt]el(?:ephone)?|WhatsApp|[Mm]obile|[Ff]ax)(?:\sus)?(?:\s(?:at|on))?:?\s
             \+?\(?\d[\d\s().-]{{6,}}\d\b                                                   # calling: 1784 5348469
        | \b\d{{1,3}}[kK]\b(?=\s(?:race|races|run|runs|runners?|pace|effort|time|PR|PB|training|plan|course)\b)  # 10k race pace
        | \b(?:[Mm]en|[Ww]omen|[Kk]ids)['’]s\s(?:size\s)?\d{{1,2}}(?:\.5)?\b                  # a shoe size: men's 9
        | \b[Tt]ype\s[12]\sdiabetes\b|\b5-a-day\b|\b7-(?i:eleven)\b                   # names: type 2 diabetes, 5-a-day, 7-Eleven
        | \b\d{{1,2}}\stimes\sout\sof\s(?:10|ten)\b                                     # a manner of speaking: 9 times out of 10
        | \b(?:scale|score|rating|ranging|ranges)\s(?:of\s|from\s)?[01]\s?(?:to|-|–)\s?(?:5|10|100)\b
             (?=\s*(?:[.,;:)]|$|\s(?:and|or|with|based|where|for)\b))                                   # a scale: a score ranging from 1-100
        | \b(?:S&P|FTSE|Nasdaq|Russell|DAX|CAC|Nikkei|Stoxx|STOXX|Fortune|Inc\.?)\s\d{{2,4}}\b  # indexes and lists: S&P 500
        | \b(?:US\s?DOT|DOT|MC|EIN|VAT|NMLS|CAGE|ISBN|ISSN|DUNS)(?:\s?(?:No\.?|number|\#))?\s?[:\#]?\s?[\d-]{{4,}}\b  # registration numbers
        | \b\d+s\b|'\d\ds\b                                                           # decades: 1990s, '90s
        | (?<=\s)['’]\d{{2}}\b(?![s\d%])                                               # a year cut short: MBA ’16
        | \b\d+[-\s]years?[-\s]old\b|\baged?\s\d+\b|\b[A-Z][a-z]+,\s\d{{1,3}},        # ages
        | \b[3-8]\s?['’′]\s?(?:1[01]|\d)(?:\.\d)?\s?(?:["”″]|['’′]{{2}})                  # a height: 5’9”, 6'5"
        | \b\d{{1,3}}-\d{{1,3}}\s(?:win|victory|defeat|loss|lead|draw)\b               # scores
        | \b(?:1[5-9]|20)\d\d\s?[-–/]\s?(?:1[5-9]|20)?\d\d\b                            # 2004 – 2014, 2019-20
        | \b(?:No|Nos|no|nr|Number|Vol|Art|Art\.|Section|Article|Chapter|Week|Day|Game|Phase|Level|Stage|Season
             |Episode|Round|Class\sof|Route|Highway|Flight|Room|Gate|Platform|Pier|Title|Series|Version|Windows
             |iPhone|Galaxy|Pixel|Model|Type|Mark|Mk|Apollo|Unit|Block|Lot|Exit|Track|Bill|Rule|Proposition|Prop)
          \.?\s\#?\d+\b                                                              # identifiers: No. 5, Week 13
        | \b(?:level|tier|type|stage|phase|grade|class|category)\s\d{{1,2}}\b(?!\s?[%.,]?\d)(?!\s?(?:%|percent|per\scent))  # SLSA level 3, type 2
        | \#\d+\b
        | \w\(\d+\)                                                                # code: alert(1)
        | \[\d+\]                                                                   # reference markers: [1]
        | (?:(?<=[\w%)”"’'])|(?<=[\w%)”"’']\s))\(\d{{1,3}}(?:\s?[,–-]\s?\d{{1,3}})*\)(?=\s*(?:[.,;:—–]|$))  # a marker: (3).
        | \b\d{{1,2}}(?:\.\d{{1,2}})?\s?/\s?(?:5|10)\b                                     # ratings: 9.8/10, (6/10)
        | (?<=[★☆])\s?\(\d[\d,]*\)                                                    # a star widget's count: ★★★★★(1300)
        | \b\d{{1,3}}\s?(?:min|mins|minutes?)\.?\s(?:read|watch|listen)\b                  # a read time: 10 min read
        | \b\d{{1,3}}(?:\.\d{{1,2}})?\s(?:[a-z]+\s)?(?:score|rating)\b                       # a 9.82 performance score
        | \btop\s\d{{1,2}}(?:\.\d)?\s?%\sof\s(?:[\w-]+\s){{0,3}}?(?:tested|we(?:['’]ve)?\s(?:tested|reviewed))(?=[.,;:)]|$)  # ranks in the top 1% of mattresses tested
        | \btop\s\d{{1,2}}(?:\.\d)?\s?%\sof\s(?:all\s)?tested\b                                   # the top 1% of tested mattresses
        | \b\d{{1,2}}(?:\.\d{{1,2}})?\sout\sof\s(?:5|10)\b(?!\s(?:[a-z]+\s)?[a-z]{{3,}}s\b)     # 9 out of 10 is, 4.8 out of 5 (not: 9 out of 10 adults)
        | (?:(?<=\d\s)|(?<=rating\s)|(?<=ratings\s)|(?<=stars\s))from\s(?:over\s|more\sthan\s)?\d[\d,]*\+?\s
             (?:reviews|ratings|reviewers|customers|users|votes)\b                          # a rating widget: 4.8 out of 5 from 81 reviews
        | \b\d{{2,3}}%(?=\s(?:(?!of\s)[\w-]+\s){{0,2}}(?:keyboards?|layouts?)\b|\s\(\d{{2,3}}\s?[–-]\s?\d{{2,3}}\skeys\))  # a keyboard's size: a 65% keyboard
        | \b(?:2024|5052|6061|6063|6082|7005|7075|304|316L?|420|440[ABC]?|1095)(?:-T\d{{1,2}})?
             (?=\s(?:[\w‑-]+\s)?(?:aluminum|aluminium|alloy|stainless|steel)\b)             # an alloy: 6063 aluminum, 304 stainless
        | \bISO\s(?:range\s)?(?:from\s|of\s)?\d[\d,]*(?:\s?[-–]\s?\d[\d,]*)?(?:\s(?:expandable|extendable)\s(?:up\s)?(?:to\s)?\d[\d,]*)?  # a camera's ISO 100-40,000
        | \bversion\s\d+(?:\.\d+)*\b                                                     # version 11
        | \bv\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+\b(?![.\d])                                 # a version: v8.1, Kotlin 2.2.0
        | \b(?i:port|image|figure|fig\.|table|step|slide|appendix|exhibit|lesson|module|line|week|day)\s\d{{1,4}}\b(?![.,]\d|\s?%)  # labels: port 80, image 4, week 5
        | \b\d{{1,3}}(?:st|nd|rd|th)\sfloor\b                                              # the 6th floor
        | (?:(?<=\s)|^)\([1-9]\)(?=\s[a-z])                                                 # an enumerator: exercise (1) promotes
        | \b\d(?:,\s?\d){{1,3}}-(?=[a-z]{{3,}})                                              # a chemical's locants: 1,4-dioxane
        | \b\d{{1,3}}(?:\.\d)?x(?=\s(?:optical\s|digital\s|hybrid\s|lossless\s)?(?:zoom|telephoto|tele|magnification|macro)\b)  # 3x zoom
        | \b\d{{1,3}}[-\s]day\s(?:free\s)?trial\b|\b\d{{1,3}}\sdays\sfree\b|\bfree\sfor\s\d{{1,3}}\sdays\b  # an offer: 14-day free trial
        | \b(?:update|release|firmware|patch|build)\s\d+(?:\.\d+)+\b(?!\s?(?:%|[xX]\b|times\b|million\b|billion\b|percent\b))  # update 4.92
        | \b(?:Bluetooth|USB|Wi-?Fi|WiFi|PCIe|HDMI|DisplayPort|Thunderbolt|iOS|iPadOS|watchOS|macOS|Android|HTTP|TLS|IPv|Python
             |PHP|Java|Ubuntu|Debian|Fedora|Linux|Chrome|Firefox|DDR|LPDDR|GDDR|UFS|CUDA|OpenGL|DirectX|Qi)\s?\(?v?\d{{1,2}}(?:\.\d{{1,2}})*(?!\d|[.,]\d)[a-zE]?(?:\sGen\s?\d)?\)?
             (?!\s?(?:%|percent\b|per\scent\b|million\b|billion\b|times\b|[xX]\b|users\b|devices\b|phones\b))  # a standard's version: Bluetooth 5.0, USB 3.2, iOS 17
        | \b(?:volume|vol\.|number|issue|pages?|pp\.|chapter|column)\s\d+(?:\s?[-–]\s?\d+)?\b    # volume 47, pages 176-177
        | \b[Ss]core\sof\s(?:at\sleast\s)?\d+(?:\.\d+)?(?:\b|%)                                # a score of 7, of at least 70%
        | \b(?:[Aa]t\sthe\sage\sof\s\d{{1,2}}|[Aa]t\s\d{{1,2}}(?=,(?!\d)))                     # an age: "At 17, he" (not "at 27,350")
        | \b\d{{1,2}}\+?\syears?\s(?:of\s(?:[a-z]+\s)?(?:experience|expertise|practice)|at\s(?:the\s)?[A-Z]|in\sthe\s(?:industry|business|field|trade))  # a bio
        | \b\d+(?:\.\d+)?-[Ii]nch\b                                                  # 13-inch MacBook, 13-Inch
        | \b\d+(?:st|nd|rd|th)\s(?=[A-Z])                                           # 7th Amsterdam Light Festival
        | \b\d{{1,2}}(?:st|nd|rd|th)[-\s]centur(?:y|ies)\b                              # a date: the early 20th century
        | \b\d+/7\b|\b24-7\b(?![%\d])|\b9/11\b                                                 # 24/7, 24-7, 9/11
        | \b1[-\s]on[-\s]1\b                                                          # a 1-on-1 call
        | \b7\sdays\sa\sweek\b|\b24\shours\sa\sday\b                                         # always open
        | \b\d{{1,3}}\s?[-–]\s?(?:5|10|100)\s(?:point\s)?(?:rating|scale)\b                      # its own 1-100 rating
        | \bgrades?\s(?:K|\d{{1,2}})\s?[-–]\s?\d{{1,2}}\b                                    # grades 6-12
        | \b0-day\b                                                                 # a zero-day vulnerability
        | \bK[-–]12\b                                                                # a school grade span: K-12
        | \b(?:introduced|added|deprecated|removed|released|new|available)\s(?:in|since)\s(?:version\s|v)?\d+(?:\.\d+)+\b  # since 3.13
        | \b\d+(?:\.\d+)?\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s(?:ago|later|earlier)\b
        | \b\d+\s{EVENT_DATED_BY}  # a time: 10 days before the summit
        | \b(?:past|last|previous)\s\d+(?:\s?[-–]\s?\d+)?\s(?:hours?|days?|weeks?|months?|years?|decades?)\b   # a time: 15 years ago, the past 5-10 years
        | \b(?:8|16|32|64|128|256|512|1024|2048|4096)[-\s]bits?\b(?!\s(?:of|per)\b)              # a data width: 32-bit ARM, a 256-bit key
        | (?<![$£€¥\d.,])\b(?:[1-8]|1[026])(?:\.\d)?K(?:Hz)?\b                          # a 4K screen, 8KHz polling
        | \b\d{{1,5}}(?:\s(?:[A-Z][a-z]+|\d{{1,3}}(?:st|nd|rd|th)|[NSEW]\.?)){{1,3}}\s(?:Street|St|Avenue|Ave|Road|Rd
             |Boulevard|Blvd|Plaza|Lane|Drive|Way|Square|Place|Court|Parkway)\b\.?     # 99 Washington Avenue, 845 3rd Avenue
        | \b(?:Suite|Ste\.?|Unit|Apt\.?)\s\#?\d{{1,5}}\b                                 # Suite 400
        | (?<=,\s)[A-Z]{{2}},?\s\d{{5}}(?:-\d{{4}})?\b                                   # a state and its ZIP code: NY, 11232
        )""",
    re.VERBOSE,
)
_ANY_DIGIT = re.compile(r"\d")
YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
YEAR_SPAN_MAX = 60
_COUNTED_AFTER_YEAR = re.compile(r"\s(?:[a-z]+\s)?(?:people|persons|troops|soldiers|jobs|cases|deaths|homes|units|"
                                 r"workers|employees|votes|members|children|students|patients|visitors|"
                                 r"tonnes|tons|miles|kilometres|km|acres|hectares|feet|metres)\b")
# A digit glued to a letter is a name or code ("G7", "F-16", "Covid-19", "A380", "MP3", "4K", "5G").
_GLUED_BEFORE = re.compile(r"[A-Za-z][-]?$")
_GLUED_AFTER = re.compile(r"^[A-Za-z]")
# A capital letter glued to a small number names a thing ("5G phones", "3P crates", "2FA"), where "1080p", "100g"
# and "5kg" measure.
_GLUED_CODE = re.compile(r"[GP]\b")
_UNIT_SUFFIX = re.compile(r"^(?:(?:st|nd|rd|th|fps|w|kw|mw|gw|kwh|mwh|mph|kph|km|kg|mg|ml|gb|tb|mb|mah|hz|ghz|mhz|ppi|p|"
                          r"mm|cm|ft|lb|lbs|oz|x|db|dba|lm|wh|kps|kbps|mbps|gbps|mp|sq|bhp|hp|nm|mi|g|l|t)\b|(?:’’|''|″)(?=\s[a-z]))",
                          re.IGNORECASE)  # 4’’ before a noun: inches
# A capitalised word right before a bare number makes it part of a name ("Windows 10", "ABC 7", "Layer 2",
# "Python 3.14"), unless the word opens the sentence or a phrase and qualifies a count ("About 50", "Nearly 7 in 10");
# mid-sentence, even such a word is a title ("read The 7 Habits").
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“‘'/.-]))(?P<name>[A-Z][A-Za-z]*)\s$")
_NOT_NAMES = frozenset(
    "A About Above Across After All Almost Also Among An And Another Any Approximately Around As At Barely Before "
    "Below Between Both But By Each Every Exactly Fewer For From Here However If In Including Just Last Less More "
    "Most Nearly Next Nine Of Off On Only Or Over Past Per Plus Roughly Since So Some Than That The Their Then There "
    "These They This Those To Top Total Under Until Up We With Within Yet".split())
# What a model name with a glued letter names ("the 5500M chipset", "a 13900K processor").
_PART_NAMED_AFTER = re.compile(r"\s(?:[A-Z][\w-]*\s)?(?i:chipsets?|chips?|processors?|CPUs?|GPUs?|graphics|cards?|sensors?"
                               r"|lens(?:es)?|motherboards?|models?|series|editions?|variants?)\b")
_MODEL_DIGITS = re.compile(r"\d{4,}")  # a model's number (5500M, 13900K), not a count in thousands or millions (50M)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ur|[Yy]our|[Hh]is|[Hh]er)\s$")
_MODEL_NUMBER_AFTER = re.compile(r"^\s[A-Z][a-z]*[a-rt-z]\b|^\s[A-Z]\b")
# A name or nationality before what the number counts ("600 Russian soldiers", "100 Leopard tanks", "300 Wagner
# fighters", "12 Extinction Rebellion activists"): a count, where "737 Max" or "7 On Your Side" (a title, function words
# in capitals) is a name; not after a determiner or a count ("the 737 Max jets", "400 737 Max jets") or before a verb
# with its object ("970 Pro combines a lot").
_NAMED_KIND_COUNTED_AFTER = re.compile(r"^\s(?:(?!(?:On|In|At|Of|For|And|To|An?|The|Your|My|Our|His|Her|Its)\s)"
                                       r"[A-Z][\w'’-]*\s){1,3}(?:[a-z-]+\s)?[a-z]{3,}s\b"
                                       r"(?!\s(?:a|an|the|its|their|it)\b)")
_DETERMINER_OR_COUNT_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our|my|your|this|that|these|those|one|two|three"
                                         r"|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)|\d)\s$", re.IGNORECASE)
# Two capitalised words after a small bare number: a name ("7 On Your Side", "3 Body Problem"), not a count of them.
_NAME_AFTER = re.compile(r"^\s[A-Z][a-z]*[a-rt-z]\s[A-Z]")
# In a title's capitals a preposition after the number links it to the rest ("Death Toll Rises to 40 After Blast").
_TITLE_LINK_AFTER = re.compile(r"\s(?:After|Before|In|At|For|From|As|By|With|Over|Under|Since|During|Amid|Despite|Of)\s")
# "9 in 10 adults", "1 in 4 children": a share; not "3 in 2019" (a date) or "5 in 10 days" (a count in a span).
# (_IN_SHARE and FRACTION test what comes before the first digit after it, so they open on a digit, which the regex
# engine skips to in one fast scan.)
_IN_SHARE = re.compile(r"(?P<numerator>\d(?<![\d.,]\d)\d?)\sin\s(?P<denominator>[1-9]\d{0,2})(?![\d,.]?\d)(?!\s?%)"
                       r"(?!\s(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|games?|matches|races|starts|attempts"
                       r"|innings|rounds|sets|tries|shots)\b)")
FRACTION = re.compile(r"(?P<numerator>\d(?<![\d/]\d)\d?)/(?P<denominator>\d{1,2})(?![\d/])")
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|\d{1,3}\s?[-–:])\s")
_UNIT_WORD = re.compile(r"\s+((?:(?!(?:of|to|in|on|at|for|from|by|with|and|or|but|as|than|per|a|an|the|this|that|"
                        r"these|those|its|their|his|her|our|is|are|was|were|be|been|being|have|has|had|will|would|"
                        r"could|should|may|might|can|who|which|what|when|where|while|if|said|says|told|over|under|"
                        r"more|less|about|around|nearly|almost|since|last|next|each|every|ago|now|so|not|year|years|"
                        r"month|months|week|weeks|day|days|fled|died|went|came|left|fought|made|took|got|ran|fell|rose|lost|won|saw|"
                        r"met|held|kept|paid|spent|sold|bought|built|grew|stood|do|did|does|get|go|come|remain|"
                        r"remained|face|faced)\b(?!-))(?![a-z'-]*ed\b)[a-z][a-z'-]*\s?){1,3})")
_OF = re.compile(r"\s+of(?=\s+(?:the\s+|their\s+|its\s+)?[a-z])(?:\s+(?:the|their|its)(?=\s))?")
_ONE_COUNTED = re.compile(r"\s(?:person|people|man|woman|child|soldier|civilian|death|victim|officer|patient|case|"
                          r"in\s(?:five|four|three|ten|\d+))\b")
_HALF_AN_IDIOM = re.compile(r"\sthe\s(?:story|battle|fun|picture|problem|answer|equation)\b|\sway\b")  # "Half way between": halfway
_HALF_PERIOD = re.compile(r"(?:first|second|latter|other|back|front)[\s-]$", re.IGNORECASE)  # "the latter-half of the year"
_WORD_FIGURE_EXCLUDED_AFTER = re.compile(r"^(?:-(?:way|hand|sided|fold|time|off|tier|stop|piece|term|shot|day|year|on-[a-z]+)|"
                                         r"\s(?:another|of\s(?:them|us|those|these|the\sbest|the\smost|a\skind)|"
                                         r"o'clock|time\b|times(?=\s(?:more|less|fewer|as|higher|lower|bigger|larger|greater|faster"
                                         r"|slower|smaller|worse|better|cheaper|likelier|the|that"
                                         r"|an?\s(?:hour|night|day|week|month|year|season|minute|game)|per"
                                         r"|daily|weekly|each|every)\b)"
                                         r"|day\b|days(?=\s(?:a\s(?:week|month)|of\sthe\sweek|later|ago|earlier|after|before|from\snow)\b)"
                                         r"|a\.m\.|p\.m\.|thing|marathons?"
                                         r"|(?:weeks?|months?|years?|decades?)\s(?:ago|later|earlier)))", re.IGNORECASE)
_EVENT_TIME_AFTER = re.compile(r"\s" + EVENT_DATED_BY)


def _number_value(text: str) -> float:
    return float(text.replace(",", ""))


_HYPHENATED_UNIT = re.compile(r"^-([a-z]+)\b|^-\s(?:and|or|to)\s[\d.]+-([a-z]+)\b")  # "an 8-megapixel", "3- and 5-pin"


def _hyphenated_unit(sentence: str, end: int) -> str | None:
    """The unit of "an 8-megapixel sensor", "a 12-day journey" (what a count counts, joined by a hyphen), or of
    "3- and 5-pin", where the first number's hyphen waits for the second's unit."""
    match = _HYPHENATED_UNIT.match(sentence[end:end + 30])
    return (match.group(1) or match.group(2)) if match else None


_WRITTEN_SPEC_UNIT = re.compile(r"^(?:\s?(?P<inch>[\"”″])|\s(?P<unit>GHz|MHz|Hz|GB|TB|MB|MP|Mbps|Gbps|W|V|mAh|kWh|nits|MPH|(?:ANSI|CVIA)\slumens))(?!\w)")


def _written_spec_unit(sentence: str, end: int) -> str | None:
    """A specification unit written in capitals or as a mark ("2.4 GHz", "18\" deep"), which _unit_after skips."""
    match = _WRITTEN_SPEC_UNIT.match(sentence[end:end + 16])
    if not match:
        return None
    return "inches" if match.group("inch") else match.group("unit")


# A rate a unit is counted in ("21.4 miles per hour", "35 miles a gallon"): part of the unit, which the word list
# above ends at "per" and "a".
_RATE = re.compile(r"\s?(?:per|an?)\s(?:hour|minute|second|gallon|litre|liter)\b")


def _unit_after(sentence: str, end: int) -> str | None:
    rest = sentence[end:end + 60]
    of = _OF.match(rest)
    if of:
        rest = rest[of.end():]
    match = _UNIT_WORD.match(rest)
    if not match:
        return None
    rate = _RATE.match(rest, match.end(1))
    return (match.group(1).strip() + " " + rate.group(0).strip()) if rate else match.group(1).strip()


# Every NOT_FIGURES match holds a digit, and at most this many characters come before its first digit (the longest
# prefix is a keyword such as "Proposition. #" or a month such as "September of "), except "Smith, 45," whose name
# is unbounded and is measured separately. So the search for a match may start this close to the next digit.
_MAX_PREFIX_BEFORE_DIGIT = 20


# Where a NOT_FIGURES match can start: a word's first character (a digit, a month, "aged", a name, "No."), a character
# before "(" ("alert(1)"), or "(", "[", "#", "'", "’". (The search window reaches one past the digit for that lookahead.)
_MATCH_START = re.compile(r"\b\w|\w(?=\()|[(\[#'’]")


def _earliest_match_start(text: str, digit_at: int, floor: int) -> int:
    """A position no NOT_FIGURES match whose first digit is at ``digit_at`` can start before (never below ``floor``)."""
    start = digit_at - _MAX_PREFIX_BEFORE_DIGIT
    if digit_at >= 2 and text[digit_at - 2] == "," and text[digit_at - 1].isspace():
        name_start = digit_at - 2
        while name_start > floor and "a" <= text[name_start - 1] <= "z":
            name_start -= 1
        start = min(start, name_start - 1)
    return max(floor, start)


def _blank_not_figures(text: str) -> str:
    """``text`` with every NOT_FIGURES match replaced by spaces of the same length, so offsets stay put.

    Same result as ``NOT_FIGURES.sub``: positions are tried left to right and each match resumes the search at its end.
    But only the positions just before a digit are tried, since no match can start anywhere else
    (see _MAX_PREFIX_BEFORE_DIGIT), so the prose between numbers is never scanned.
    """
    pieces: list[str] = []
    copied = tried = 0  # no match starts before ``tried`` other than those already blanked
    digit = _ANY_DIGIT.search(text)
    while digit is not None:
        at = digit.start()
        match = None
        for candidate in _MATCH_START.finditer(text, _earliest_match_start(text, at, tried), at + 2):
            if candidate.start() > at:
                break
            match = NOT_FIGURES.match(text, candidate.start())
            if match is not None:
                break
        if match is None:
            tried = at + 1
        else:
            pieces.append(text[copied:match.start()])
            pieces.append(" " * (match.end() - match.start()))
            copied = tried = match.end()
        digit = _ANY_DIGIT.search(text, tried)
    if not pieces:
        return text
    pieces.append(text[copied:])
    return "".join(pieces)


def _is_year(match: re.Match, masked: str) -> bool:
    """A year, or a span of years ("from 2005 to 2007"), unless something counted follows ("2005 to 2007 units")."""
    if match.group("currency") or match.group("scale") or match.group("percent"):
        return False
    upper = match.group("upper")
    if not YEAR.fullmatch(match.group("number")) or (upper and not (
            YEAR.fullmatch(upper) and 0 < int(upper) - int(match.group("number")) <= YEAR_SPAN_MAX)):
        return False  # "1500-2000 a month" is a range of amounts
    return not _COUNTED_AFTER_YEAR.match(masked, match.end())


_PER_UNIT = re.compile(r"/\s?[A-Za-z]{1,10}\b")


_VERSION_LETTERS = frozenset("bmk")
_MULTIPLIED = re.compile(r"\s(?:[a-z]+er|more|less|fewer|as|the|over|increase|growth|return)\b")


_AWARD_NAME = re.compile(r"\b(?P<n>\d{1,3})\s(?:Under|Over)\s(?P=n)\b")  # "30 Under 30": an award's name
_EMERGENCY_CALL = re.compile(r"\b(?:call(?:ed|s|ing)?|dial(?:l?ed|s|ling)?)\s(?:911|999|112)\b|\b(?:911|999)(?=\s(?:calls?"
                             r"|callers?|dispatch\w*|operators?)\b)", re.IGNORECASE)
# A retirement plan's name in the tax code: "401(k)", "403(b)", "457(b)" (a section of it, not a figure)
_TAX_CODE_PLAN = re.compile(r"\b\d{3}\([a-z]\)")


def _names_no_number(match: re.Match, masked: str) -> bool:
    """Whether the digits belong to a name or a phone number: "a 40 Under 40 award", "called 911", "911 calls",
    "your 401(k)"."""
    start, end = match.span()
    if _TAX_CODE_PLAN.match(masked, start):
        return True
    around = max(0, start - 12), min(len(masked), end + 12)
    return any(m.start() <= start < m.end() for m in _AWARD_NAME.finditer(masked, *around)) or any(
        m.start() <= start < m.end() for m in _EMERGENCY_CALL.finditer(masked, *around))


def _digit_figure(match: re.Match, masked: str, offset: int) -> dict | None:
    start, end = match.span()
    before = masked[max(0, start - 2):start]
    after = masked[end:end + 2]
    if not match.group("currency") and _GLUED_BEFORE.search(before):
        return None
    glued_unit = None if _GLUED_CODE.match(masked, end) else _UNIT_SUFFIX.match(masked[end:end + 6])
    per_unit = match.group("currency") and _PER_UNIT.match(masked, end)  # "$85/month": a price by the month
    if before.endswith("/") or (_GLUED_AFTER.match(after) and not glued_unit) or (after.startswith("/") and not per_unit) \
            or (after[:1] == "." and after[1:2].isdigit()):
        return None
    if _is_year(match, masked):
        return None
    if not match.group("currency") and (match.group("scale") or "")[-1:] in ("M", "K", "B", "k", "m", "b") \
            and _MODEL_DIGITS.fullmatch(match.group("number")) and _PART_NAMED_AFTER.match(masked, end) \
            and _ARTICLE_BEFORE.search(masked, max(0, start - 12), start):
        return None  # "The 5500M chipset is toasty": a part's model name, not 5.5 billion of anything
    if _names_no_number(match, masked):
        return None  # "a 40 Under 40 award", "called 911": a name and a phone number, not figures
    bare = match.group("number")
    plain = not match.group("currency") and not match.group("scale") and not match.group("percent") and "," not in bare
    counted_kind = _NAMED_KIND_COUNTED_AFTER.match(masked[end:end + 60]) if plain and not match.group("upper") else None
    if counted_kind and _DETERMINER_OR_COUNT_BEFORE.search(masked, max(0, start - 10), start):
        counted_kind = None  # "the 737 Max jets", "400 737 Max jets", "five 787 Dreamliner sales": a model's number
    if plain and not counted_kind and (
            (len(bare) >= 3 and _MODEL_NUMBER_AFTER.match(masked[end:end + 20]) and start > 0)
            or (len(bare) <= 2 and _NAME_AFTER.match(masked[end:end + 30])
                and not (_TITLE_LINK_AFTER.match(masked, end) and is_title_case(masked)))):
        return None  # "737 Max", "7 On Your Side": a bare code or number followed by a capitalised name
    window = masked[max(0, start - 30):start]
    name = _NAME_BEFORE.search(window) if plain else None
    mid_sentence = name is not None and re.search(r"[a-z,;:]\s$", window[:name.start()]) is not None  # "read The 7 Habits"
    if name and (mid_sentence or name.group("name") not in _NOT_NAMES):
        unit = _unit_after(masked, end)
        if not unit and not name.group("name").isupper() and is_title_case(masked):
            unit = _title_unit(masked, end)  # a title's capitals: "Amazon Cuts 500 Jobs", "Blast Kills 12 People"
        if not _counts_something(bare, unit, masked[end:end + 40]):
            return None  # "Order 66", "Windows 10", "Python 3.14": part of a name, unless it counts ("Johnson 6 points")
    versioned = match.group("scale") in _VERSION_LETTERS and not match.group("currency")
    acronym = _NAME_BEFORE.search(window) if versioned else None  # only then: ``name`` above is read for plain numbers
    if acronym and acronym.group("name").isupper():
        return None  # "HDMI 2.0b": a version, not two billion
    value = _number_value(bare) if bare[0] != "." else float(bare)
    scale = (match.group("scale") or "").strip()
    scale = scale if scale in SCALES else scale.lower()
    if scale:
        value *= SCALES[scale]
    if match.group("percent"):
        unit = "percent"
    elif match.group("currency"):
        unit = CURRENCIES.get(match.group("currency").strip(), match.group("currency").strip())
    elif glued_unit and glued_unit.group(0) in ("x", "X") and bare.isdigit() and len(bare) >= 3 \
            and not _MULTIPLIED.match(masked, end + 1):
        return None  # "777x jets", "Boeing 737X": a model, not a multiple ("100x faster" is one)
    elif glued_unit and glued_unit.group(0).lower() not in ("st", "nd", "rd", "th"):
        unit = glued_unit.group(0)  # "5mp", "10G": the unit written onto the number
        unit = "in" if unit in ("’’", "''", "″") else unit
    else:
        unit = _unit_after(masked, end) or _hyphenated_unit(masked, end) or _written_spec_unit(masked, end)
        unit = CURRENCY_WORDS.get((unit or "").split(" ")[0], unit)
        if unit is None and counted_kind:
            unit = counted_kind.group(0).strip()  # "Russian soldiers"
    return {"text": match.group(0).strip(), "value": value, "unit": unit, "start": offset + start,
            "end": offset + start + len(match.group(0).rstrip())}


# A verb read as the counted noun: "Forerunner 970 combines a lot of", "TOP 100 offers a platform to".
_VERB_BEFORE_OBJECT = re.compile(r"^\s+[a-z]+s\s+(?:a|an|the|its|their|his|her|our|your|this|these|to|up|out)\s")


def _counts_something(number: str, unit: str | None, after: str) -> bool:
    """A plural noun after the number ("6 points", "1 goal", "12 people") makes it a count, not part of a name
    ("Fortune 100 list"); a verb with its object after it ("Forerunner 970 combines a lot") does not."""
    return bool(unit) and (unit.endswith("s") or unit.split()[0] in _PLURALS_WITHOUT_S or number == "1") \
        and not _VERB_BEFORE_OBJECT.match(after)


_PLURALS_WITHOUT_S = frozenset("people children men women police".split())


def _title_unit(sentence: str, end: int) -> str | None:
    """The counted noun after a number in a title's capitals ("Cuts 500 Jobs"), read in lower case; a name's own
    capitals ("Windows 10 Review") count nothing."""
    unit = _unit_after(sentence[:end] + sentence[end:end + 60].lower(), end)
    return unit if unit and unit.split()[0] not in _TITLE_NOUNS else None


_TITLE_NOUNS = frozenset("review reviews update updates edition editions series version versions release releases".split())


def _word_value(words: str) -> float | None:
    lowered = " ".join(words.lower().replace("-", " ").split())
    if lowered in FRACTION_WORDS or lowered.replace(" ", "-") in FRACTION_WORDS:
        return FRACTION_WORDS.get(lowered, FRACTION_WORDS.get(lowered.replace(" ", "-")))
    parts = lowered.split()
    if parts[0] == "a" and len(parts) == 2 and parts[1] in SCALES:
        return SCALES[parts[1]]  # "a million"
    if parts[-1] in ("dozen",):
        head = {"a": 1, "one": 1, "two": 2, "three": 3, "half": 0.5}.get(parts[0], 1)
        return head * 12
    total = 0.0
    for part in parts:
        if part in UNITS:
            total += UNITS[part]
        elif part in SCALES and total:
            total *= SCALES[part]
        else:
            return None
    return total or None


def lowered(text: str) -> str:
    """``text`` in lower case with offsets unchanged (the few characters whose lower case is longer stay as they are)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_THE_FEW_ACT = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s$")
_THEY_ACT = re.compile(r"\s(?:have|had|has|are|were|will|would|can|could|must|then|also|both|form|end|meet|met|become"
                       r"|became|share|shared|team|teamed|set|head|headed|fall|fell|agree|agreed|of\s(?:them|us|you))\b")


_A_THING_OR = re.compile(r"\b[Aa]n?\s(?:[a-z-]+\s){1,2}or\s$")
_NUMBERED_NAME_BEFORE = re.compile(r"\b(?:Big|Final|Fantastic|Elite|Sweet|Group\sof)\s$")


def _word_figure(match: re.Match, masked: str, offset: int) -> dict | None:
    words = masked[match.start():match.end()]
    start, end = match.span()
    lowered = words.lower()
    after = masked[end:end + 24]
    if _WORD_FIGURE_EXCLUDED_AFTER.match(after) or _EVENT_TIME_AFTER.match(masked, end):
        return None
    if (after.startswith(" days") and re.search(r"(?<![\w-])in\s$", masked[max(0, start - 4):start], re.IGNORECASE)) \
            or (after.startswith(" times") and lowered.endswith("s")):
        return None  # "meet again in three days": a date; "heard this a millions times": a manner of speaking
    if start > 0 and words[:1].isupper() and re.match(r"\s[A-Z]", after) and not masked[:start].rstrip().endswith((".", ":", "\"", "“")):
        return None  # "the Five Queendoms", "Big Three Automakers": a number word inside a name
    if words[:1].isupper() and _NUMBERED_NAME_BEFORE.search(masked, 0, start):
        return None  # "the Big Ten’s leading passer", "the Group of Seven": a name that ends in a number word
    if start > 1 and words[:1].isupper() and masked[start - 1] == "-" and masked[start - 2].isalpha():
        return None  # "Take-Two", "Catch-Twenty": a name that ends in a number word
    if masked[max(0, start - 4):start].lower() == "-on-":
        return None  # "a three-on-three game": a formation, like "two-on-one"
    if lowered == "two" and _A_THING_OR.search(masked, max(0, start - 40), start):
        return None  # "a chicken wing or two", "a day or two": a few, said loosely, not a count
    if _THE_FEW_ACT.search(masked[max(0, start - 7):start]) and _THEY_ACT.match(after):
        return None  # "The two form an alliance", "These three end up together": people already met, not a count
    if lowered == "one":
        if not _ONE_COUNTED.match(after):
            return None
    elif lowered == "half":
        if words[0] == "H" and start > 0 and re.search(r"\b[A-Z][a-z]+\s$", masked[max(0, start - 20):start]) \
                and not masked[:start].rstrip().endswith((".", ":", "\"", "“")):
            return None  # "Robert Half, a global HR consulting firm": a name
        if _HALF_PERIOD.search(masked[max(0, start - 10):start]) or after.startswith("-") or (
                masked[max(0, start - 2):start] == "a " and re.match(r"\s*(?:[,.;:)]|$)", after)):
            return None  # "4 minutes for a half,", "an hour and a half.": a half of something named before, no share
        if _HALF_AN_IDIOM.match(after):
            return None  # "Low flows are only half the story": a figure of speech
        if _AND_A_HALF_BEFORE.search(masked, max(0, start - 7), start):
            return None  # "five-and-a-half points": the half of the number before (find_figures joins them)
        value = 0.5
        return {"text": words, "value": value, "unit": "share", "start": offset + start, "end": offset + end}
    if match.group("share"):
        return {"text": words, "value": None, "unit": "share", "start": offset + start, "end": offset + end}
    value = _word_value(words)
    unit = "share" if lowered in FRACTION_WORDS or lowered.startswith("one in") else _unit_after(masked, end)
    return {"text": words, "value": value, "unit": unit, "start": offset + start, "end": offset + end}


def _is_share(match: re.Match) -> bool:
    return 0 < int(match.group("numerator")) < int(match.group("denominator"))


def _share_figure(match: re.Match, offset: int) -> dict:
    """A share written with its parts ("1/2", "9 in 10")."""
    return {"text": match.group(0), "value": int(match.group("numerator")) / int(match.group("denominator")),
            "unit": "share", "start": offset + match.start(), "end": offset + match.end()}


# A team's record of wins, losses and ties or overtime losses ("a 9-2-1 start").
_RECORD = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}-\d{1,3}(?![\d-])")


def find_figures(sentence: str, offset: int = 0) -> list[dict]:
    """Figures in ``sentence``; their offsets are shifted by ``offset`` (the sentence's start in the article)."""
    figures: list[dict] = []
    masked = sentence
    if _ANY_DIGIT.search(sentence):  # list markers, digit figures and fractions all need a digit
        masked = _blank_not_figures(sentence)
        marker = _LIST_MARKER.match(masked)
        if marker:
            masked = " " * marker.end() + masked[marker.end():]
        shares = [m for m in _IN_SHARE.finditer(masked) if _is_share(m)]
        figures += [_share_figure(m, offset) for m in shares]  # "9 in 10 American adults": one share, not nine and ten
        records = [m.span() for m in _RECORD.finditer(masked)] if "-" in masked else []
        for match in NUMBER.finditer(masked):
            if any(share.start() <= match.start() < share.end() for share in shares):
                continue
            record = next(((a, b) for a, b in records if a <= match.start() < b), None)
            if record:  # "on a 1-6-2 skid": one record, not a range and a count of two skids
                if match.start() == record[0]:
                    figures.append({"text": masked[record[0]:record[1]], "value": _number_value(match.group("number")),
                                    "unit": None, "start": offset + record[0], "end": offset + record[1]})
                continue
            figure = _digit_figure(match, masked, offset)
            if figure:
                figures.append(figure)
        figures += [_share_figure(m, offset) for m in FRACTION.finditer(masked) if _is_share(m)]
    covered = [(f["start"] - offset, f["end"] - offset) for f in figures]
    low = lowered(masked)
    for match in WORD_FIGURE.finditer(low) if _WORD_FIGURE_WORD.search(low) else ():
        if any(s <= match.start() < e for s, e in covered):
            continue
        figure = _word_figure(match, masked, offset)
        if figure:
            figures.append(figure)
    figures.sort(key=lambda f: f["start"])
    for figure in figures:  # "five-and-a-half points", "2 and a half hours": one figure
        half = _AND_A_HALF_AFTER.match(sentence, figure["end"] - offset)
        if half and figure.get("value") is not None and figure.get("unit") != "share":
            end = half.end()
            figure.update(text=figure["text"] + half.group(0), value=figure["value"] + 0.5, end=offset + end,
                          unit=figure.get("unit") or _unit_after(sentence, end))
    return figures


_AND_A_HALF_BEFORE = re.compile(r"\band[\s-]a[\s-]$", re.IGNORECASE)
_AND_A_HALF_AFTER = re.compile(r"[\s-]and[\s-]a[\s-]half\b", re.IGNORECASE)


# A name with a number that a page repeats ("Layer 2" seven times on a blockchain guide, "the 970" all through a watch
# review): the page's name for a thing, not a count. Three uses make it a name.
NAME_REPEATS = 3
_NUMBERED_NAME = re.compile(r"\b(?:(?P<name>[A-Z][A-Za-z]+)\s(?P<number>\d{1,2}(?:\.\d)?)\b(?![.,]?\d|\s?%)"
                            r"|[Tt]he\s(?P<model>\d{2,4})\b(?![.,]?\d|\s?%))")


# A share used as a kind of thing ("a 75% keyboard", "its compact 75% layout") and repeated down the page names the
# kind; "40% of users", "a 20% increase", "30% more" are shares of something.
# (The lookbehind after the first digit is the \b before it, placed so the pattern opens on a digit, which the regex
# engine skips to in one fast scan instead of trying every position of the page.)
_SHARE_BEFORE_WORD = re.compile(r"(?P<number>\d(?<!\w\d)\d{0,2})%\s(?P<word>[a-z][a-z-]+)\b")
_NOT_A_KIND = frozenset("""of more less fewer higher lower increase increases decrease decreases rise rises drop drops
growth gain gains loss losses jump jumps fall falls decline declines reduction cut cuts chance chances share stake
discount off than in on to from by and or for the a an this that these those year years each per at with over under
were was are is be been will would could can may might had has have said say says""".split())


def repeated_name_numbers(text: str) -> frozenset[int]:
    """Where in ``text`` the numbers of its repeated numbered names, and of the shares it uses as names of kinds, start."""
    matches = [m for m in _NUMBERED_NAME.finditer(text) if (m.group("name") or "") not in _NOT_NAMES
               and not YEAR.fullmatch(m.group("model") or "")]  # "the 970", "Layer 2": a model or a name, not "the 2020"
    counts = Counter(m.group(0).lower() for m in matches)
    names = {m.start("number") if m.group("number") else m.start("model") for m in matches
             if counts[m.group(0).lower()] >= NAME_REPEATS}
    models = {m.group("model") for m in matches if m.group("model") and counts[m.group(0).lower()] >= NAME_REPEATS}
    if models:  # "the 712" named three times: "my 712", "hobbyists buying 712", "712 support" are that model too
        bare = re.compile(r"(?<![\d.,$£€#/-])\b(?:" + "|".join(sorted(models)) + r")\b(?![.,]?\d|\s?%|-)")
        names |= {m.start() for m in bare.finditer(text)}
    return frozenset(names | _shares_used_as_kinds(text))


def _shares_used_as_kinds(text: str) -> set[int]:
    """Where the shares start that the page puts before the same word at least NAME_REPEATS times ("75% layout"):
    every use of such a share before a word, "The Best 75% Mechanical Keyboards" too; not "75% of buyers"."""
    uses = Counter((m.group("number"), m.group("word")) for m in _SHARE_BEFORE_WORD.finditer(text)
                   if m.group("word") not in _NOT_A_KIND and not m.group("word").endswith(("ed", "ing")))
    kinds = {number for (number, _), count in uses.items() if count >= NAME_REPEATS}
    if not kinds:
        return set()
    pattern = re.compile(r"\b(?:" + "|".join(sorted(kinds)) + r")%\s(?P<word>[A-Za-z][\w-]*)")
    return {m.start() for m in pattern.finditer(text) if m.group("word").lower() not in _NOT_A_KIND}


_POSSIBILITY_BEFORE = re.compile(r"\b(?:can|may|might)\s(?:[a-z]+\s){0,2}$", re.IGNORECASE)
# A rule of thumb ("group sessions are usually more affordable", "fast chargers tend to be more expensive", "EVs
# generally have a higher list price") generalises the way "most lenders require it" does, which LABELING.md names
# as no claim: judged against LABELING.md alone, 60 of 136 dev comparison-only highlights are no claim to both
# judges, these rules of thumb among them.
_GENERALISATION_BEFORE = re.compile(r"\b(?:generally|typically|usually|often|sometimes|normally|tends?\sto)\s"
                                    r"(?:[a-z]+\s){0,2}$", re.IGNORECASE)


# "matters more than ever", "evolving faster than ever", "enjoy every mile more than ever": a flourish, nothing
# measured against anything (dev tune and check pages: 6 of 7 such highlights judged no claim; "more expensive than
# ever" and "produce more content faster than ever" say what grew, and stay).
_FLOURISH = re.compile(r"\b(?:matters?|mattered|evolving|accelerating|changing|moving|enjoy\s(?:[\w’'-]+\s){1,3})"
                       r"\s?(?:[–—,-]\s?)?(?:now\s|perhaps\s|even\s)?(?:more|faster)\sthan\sever(?:\sbefore)?\b",
                       re.IGNORECASE)


# A kind of person or thing, picked out by what it has ("to help find patients with a higher risk of adverse drug
# reactions"): a description, not a comparison someone measured.
_A_KIND_WITH = re.compile(r"\b(?:patients|people|persons|those|individuals|adults|children|women|men|users|customers"
                          r"|households|areas|regions)\swith\s(?:an?\s)?$")


def has_comparison(sentence: str, reporting: bool = False) -> bool:
    """Whether ``sentence`` holds a comparison, trend or superlative; in ``reporting``, the broader news sense."""
    if _COMPARISON_WORD.search(sentence) is None and not holds_any_case(sentence, _COMPARISON_WORDS_ANY_CASE):
        return False
    if reporting:
        demands = _DEMAND_WORDS.search(sentence) is not None
        return any(not (demands and _DEMANDED_BEFORE.search(sentence, 0, match.start()))
                   for match in NEWS_COMPARISON.finditer(sentence))
    # An effect with no size ("reduces overhead costs", "increases the risk of lock-in"): a question may name it, but a
    # guide describes benefits that way; it is not a comparison someone measured (bench/highlight_audit.py: 0 of 9).
    # A possibility is not a measurement either ("group classes can be more affordable", "instructors may charge
    # higher fees"): a guide saying what can happen compares nothing it counted.
    flourishes = [m.span() for m in _FLOURISH.finditer(sentence)]
    return any(match.group("effect") is None and not _POSSIBILITY_BEFORE.search(sentence, 0, match.start())
               and not _GENERALISATION_BEFORE.search(sentence, 0, match.start())
               and not _A_KIND_WITH.search(sentence, max(0, match.start() - 24), match.start())
               and not any(a <= match.start() < b for a, b in flourishes)
               for match in COMPARISON.finditer(sentence))


# Where a review places a product's price against others ("at a lower price point", "a slightly more expensive
# option", "it's a bit more expensive than average", "this model is cheaper"): the price of what the page reviews or
# sells, which LABELING.md leaves out, not a comparison anyone measured ("homegrown herbs are far less expensive than
# grocery store herbs" is one).
_PRICE_POSITION = re.compile(
    r"\b(?:at\s(?:a|that|this|its)\s(?:much\s|far\s|significantly\s|slightly\s)?(?:lower|higher|cheaper)\sprice(?:\spoint)?"
    r"|(?:lower|higher)\sprice\spoints?|for\s(?:much\s)?(?:lower|higher)\sprices"
    r"|(?:more|less)\s(?:expensive|affordable|costly)\s(?:options?|alternatives?|choices?|picks?|models?|versions?|cousins?)"
    r"|(?:cheaper|pricier)\s(?:options?|alternatives?|cousins?|versions?|models?)"
    r"|\b(?:it|this|that|this\s(?:model|one|product|option))(?:['’]s|\sis|\swas)\s(?:also\s)?(?:a\s)?(?:bit\s|little\s|lot\s|whole\slot\s"
    r"|much\s|far\s|slightly\s|considerably\s)*(?:more|less)\s(?:expensive|affordable|costly)"
    r"|\b(?:it|this|that)(?:['’]s|\sis)\s(?:also\s)?(?:a\s)?(?:bit\s|little\s|lot\s|much\s|far\s|slightly\s)*(?:cheaper|pricier))\b",
    re.IGNORECASE)


def places_a_price(sentence: str) -> bool:
    """Whether the sentence's comparison places a product's price against others, as a review does."""
    return _PRICE_POSITION.search(sentence) is not None


def find_comparisons(sentence: str, reporting: bool = False) -> list[str]:
    """Comparison, trend and superlative phrases ("doubled", "record high") in ``sentence``."""
    return [m.group(0) for m in (NEWS_COMPARISON if reporting else COMPARISON).finditer(sentence)]


# Units of a product's specification: a number in them describes the thing reviewed or sold.
SPEC_UNITS = re.compile(r"^(?:mm|cm|inch(?:es)?|in|ft|feet|lbs?|pounds?|oz|ounces?|g|grams?|kg|gb|tb|mb|kb|mah|w|watts?"
                        r"|kw|hz|ghz|mhz|mp|megapixels?|fps|mph|rpm|nits|db|dba|wh|kwh|lm|ppi|cores?|ports?|gsm|ml|l|litres?|liters?|mg|mcg|µg|iu"
                        r"|volts?|v|amps?|positions?|speeds?|settings?|stitches|blades?|presser|semitones?|video|resolution|version|display"
                        r"|camera|screen|monitor|sensor|axis|way|sq|square\sf(?:ee|oo)t|lumens?|pixels?|(?:ansi|cvia)\slumens|p"
                        r"|keys?|colou?rs|patterns|modes|presets|programs|options|attachments|slots|burners|compartments|buttons|pins?"
                        r"|bits?|decibels?|keystrokes|clicks|actuations"
                        # a vehicle's engine and body: "471 horsepower", "517 lb-ft of torque", "10 airbags" (not "nm": nautical miles too)
                        r"|hp|bhp|horsepower|ps|lb-ft|pound-feet|cu\.?\s?ft\.?|cubic\sf(?:ee|oo)t|airbags)\b",
                        re.IGNORECASE)
# Lengths and frame rates spelled out, in a guide or a review a product's specification too ("a drop of 6 millimeters",
# "4K video at 30 frames per second"); in reporting they measure the world ("2 inches (50.8 millimeters) of rain").
REVIEW_SPEC_UNITS = re.compile(r"^(?:millimet(?:er|re)s?|centimet(?:er|re)s?|frames?\sper\ssecond)\b", re.IGNORECASE)
# A warranty's or a guarantee's length is part of what is sold ("backed by a 5-year warranty").
_WARRANTY = re.compile(r"[-\s]?years?\s(?:[a-z-]+\s)?(?:warranty|guarantee)\b", re.IGNORECASE)
# Hours of a device's battery are a specification too ("150-hour battery life", "a rated 90 hours").
_BATTERY = re.compile(r"\b(?:battery|batteries|runtime|recharg\w*|charged?|charging|lifespan|light\ssource|bulbs?"
                      r"|(?:smartwatch|gps|gnss|eco|power-saving|standby|sport)\smode|longevity)\b", re.IGNORECASE)
_BATTERY_WORDS = ("batter", "runtime", "charg", "lifespan", "light", "bulb", "mode", "longevity")  # one in every match
_TESTED = re.compile(r"\btest(?:s|ed|ing)?\b", re.IGNORECASE)  # "lasted 20 hours in our testing": a measurement
_HOURS = re.compile(r"^(?:hours?|hrs?|minutes?|mins?)\b", re.IGNORECASE)
_BATTERY_SPAN_AFTER = re.compile(r"\s?(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\b", re.IGNORECASE)  # the figure's own unit
# Degrees of a lens, a sensor or a mount, not of the weather: "an extra-wide 160-degree viewing angle", "360° sensor".
_VIEW_ANGLE = re.compile(r"\b(?:field\sof\sview|view(?:ing)?\sangle|angle\sof\sview|swivel|tilt|rotation|panning"
                         r"|obstacle\sdetection|wide-angle|fov)\b|°\s(?:[a-z]+\s)?(?:view|angle)\b", re.IGNORECASE)
_VIEW_ANGLE_WORDS = ("view", "angle", "swivel", "tilt", "rotation", "panning", "detection", "fov")  # likewise
# What a product comes in ("available in over 20 languages", "available in 12 colours"): its range, as a spec is.
_AVAILABLE_IN = re.compile(r"\bavailable\sin\s(?:over\s|more\sthan\s|nearly\s|almost\s|about\s|up\sto\s)?$", re.IGNORECASE)
_RANGE_UNITS = re.compile(r"^(?:languages|countries|colou?rs|sizes|styles|finishes|flavou?rs|versions)\b", re.IGNORECASE)
_DEGREES = re.compile(r"^(?:degrees?|°)", re.IGNORECASE)
# A side may be given in feet and inches ("20’2″ x 13′", "14' x 12'6\"", "12 ft x 16 ft").
_SIDE = r"\d[\d,.]*(?:\s?(?:['’′]|ft\.?|feet|[\"”″])(?:\s?\d[\d.]*\s?[\"”″])?)?"
_DIMENSIONS = re.compile(_SIDE + r"\s?(?:x|×)\s?" + _SIDE + r"(?:\s?(?:x|×)\s?" + _SIDE + ")?")


# A dose and how long to take it ("3.75 mg/23 mg daily for 14 days"): the drug's label, not a claim about the world.
_DOSE_UNIT = re.compile(r"mg|mcg|µg|iu|ml", re.IGNORECASE)
_DOSING_PERIOD = re.compile(r"\s(?:days?|weeks?|months?)\b")


def only_specs(figures: list[dict], sentence: str = "", start: int = 0, review: bool = False) -> bool:
    """Whether every figure is a measurement in a specification unit ("49.0 mm", "16 GB", "15 positions", and in a
    review "6 millimeters"), hours of battery life that the page did not test itself, the angle of a lens or a sensor
    ("a 160-degree viewing angle") or a resolution or a size given as a product ("1,920 x 1,080", "1280 x 800 pixels")."""
    battery = holds_any_case(sentence, _BATTERY_WORDS) and _BATTERY.search(sentence) is not None \
        and _TESTED.search(sentence) is None
    dosing = any(_DOSE_UNIT.fullmatch(f.get("unit") or "") for f in figures)
    angle = holds_any_case(sentence, _VIEW_ANGLE_WORDS) and _VIEW_ANGLE.search(sentence) is not None
    products = [m.span() for m in _DIMENSIONS.finditer(sentence)] if "x" in sentence or "×" in sentence else []
    return bool(figures) and all(
        (f.get("unit") and (SPEC_UNITS.match(f["unit"]) or SPEC_UNITS.fullmatch(f["unit"].rsplit(" ", 1)[-1])
                            or (review and REVIEW_SPEC_UNITS.match(f["unit"]))
                            or (battery and _HOURS.match(f["unit"])) or (angle and _DEGREES.match(f["unit"]))))
        or any(s <= f["start"] - start < e for s, e in products)
        or (battery and _BATTERY_SPAN_AFTER.match(sentence, f["end"] - start))  # "lasts up to 13 days in smartwatch mode"
        or _WARRANTY.match(sentence, f["end"] - start)
        or (angle and sentence.startswith("°", f["end"] - start))  # "a fixed 91° view"
        or (_RANGE_UNITS.match(f.get("unit") or "") and _AVAILABLE_IN.search(sentence, 0, f["start"] - start))
        or (dosing and _DOSING_PERIOD.match(sentence, f["end"] - start) and sentence[:f["start"] - start].endswith("for "))
        for f in figures)


# A career or practice told as its length ("she has been practicing yoga for 18 years", "who's been covering tech for
# the past 5 years", "she has reviewed gear for almost 10 years", "was formerly a baker for two years", "Over the past
# 10+ years, she's heavily covered lifestyle topics"): a bio, not a count of anything.
_CAREER = re.compile(r"\b(?:been\s[a-z]+ing|(?:(?<=[Ss]he\s)|(?<=[Hh]e\s))has\s[a-z]+ed|(?:was|were)\s(?:formerly|previously))\s(?:[\w'’/-]+\s){0,10}?"
                     r"for\s(?:the\s(?:past|last)\s|over\s|more\sthan\s|nearly\s|almost\s|about\s)?"
                     r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\sdozen)\+?\syears?\b"
                     r"|^(?:Over|For|In)\s(?:the\s)?(?:past|last)\s(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\+?\syears?,\s"
                     r"(?:she|he)(?:['’]s|\shas)\s(?:[a-z]+ly\s)?[a-z]+ed\b")


# A number joined to its unit by a hyphen and describing the noun after it ("an 8-week intervention", "75-minute
# sessions", "a 200-hour training", "the 90-degree rule"): what a thing is, not a count of anything. A result or a change
# is measured ("a 14.1-foot stopping distance", "a 10-point lead"), and "-fold" is a multiple ("a 145-fold increase").
_MODIFIER_AFTER = re.compile(r"-(?!fold\b)[a-z]+(?:-[a-z]+)*\s+(?!(?:stopping\s)?(?:distance|range|lead|margin|increase|decrease"
                             r"|gain|loss|rise|drop|fall|jump|reduction|improvement|difference|gap|deficit|surplus)(?![\w-]))[a-z]")


# The same without its hyphen, before what a plan or a programme is ("a 10 week beginner marathon training program",
# "a 5 minute walk"): a singular unit before the noun it describes.
_SPACED_MODIFIER_AFTER = re.compile(r"\s(?:week|day|month|hour|minute|mile|session|step|lesson)\s(?:[a-z]+\s){0,3}?"
                                    r"(?:program(?:me)?|plan|course|training|challenge|walk|run|workout|class|intervention"
                                    r"|trial|routine|schedule|journey|cleanse|detox|fast)s?\b", re.IGNORECASE)


def only_modifiers(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is such a modifier, in a sentence that compares nothing ("shorter than the industry
    standard 30-day guarantee" is a comparison)."""
    return bool(figures) and not has_comparison(sentence) and all(
        _MODIFIER_AFTER.match(sentence, f["end"] - offset) or _SPACED_MODIFIER_AFTER.match(sentence, f["end"] - offset)
        for f in figures)


# "100% cotton", "100% wireless", "from 0% to 100% compliance": all or nothing of what a thing is made of or does,
# "entirely" in figures, not a share of anything counted ("100% of the villages" is one).
_WHOLE = re.compile(r"(?:100|0)(?:\.0+)?\s?(?:%|percent|per\scent)")
_SHARE_OF = re.compile(r"\s+of\b")


def only_wholes(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is 100% or 0% of nothing named."""
    return bool(figures) and all(_WHOLE.fullmatch(f["text"]) and not _SHARE_OF.match(sentence, f["end"] - offset)
                                 for f in figures)


# What a test measures ("a 34.4-mile range", "21.4 miles per hour", "30 seconds", "3.1x faster", "18.62 Mbps", "65%
# slower", "all 197 tests"): a review's own result, where a price, a count of things ("8,000 servers") or a bare
# number ("over 50 years" aside) is what the page states about the world.
_MEASURED = re.compile(r"(?:percent|share|x|times|hours?|minutes?|seconds?|ms|days?|weeks?|miles?|mph|km|kph|kilomet\w+"
                       r"|(?:milli|centi)?met(?:er|re)s?|feet|foot|inch(?:es)?|cm|mm|[kmg]bps|[kmgt]b|db|decibels?"
                       r"|watts?|w|lbs?|pounds|kg|g|grams?|ounces|oz|degrees|tests?|points|fps|nits|lumens|grades?)\b",
                       re.IGNORECASE)


def is_measured(figure: dict) -> bool:
    """Whether a figure is a measurement, by its unit."""
    return bool(figure.get("unit") and _MEASURED.match(figure["unit"]))


# A threshold a rule or a guide sets ("a BMI of 30 or greater", "ages 16 and older", "a purchase of £40 GBP or more"), not a
# count of anything.
_THRESHOLD_AFTER = re.compile(r"\s(?:(?:years?|months?|days?|[A-Z]{3})\s)?(?:or|and)\s(?:greater|higher|above|over|older|younger|fewer|below"
                              r"|under|more)\b")
# "equal to or greater than €50", "BMI ≥30", "a minimum 2.75 GPA", "must earn at least 60 units", "should have at least
# 3,000 servers": the condition set before the number.
_THRESHOLD_BEFORE = re.compile(r"(?:\bequal\sto\sor\s(?:greater|more|higher|less|lower|fewer)\sthan|\b(?:greater|more|higher|less"
                               r"|lower|fewer)\sthan\sor\sequal\sto|[≥≤]|\b(?:a\s)?minimum(?:\sof)?"
                               r"|\b(?:must|should|need\sto|needs\sto|required\sto)\s(?:[a-z]+\s){0,2}at\sleast)\s?(?:[$£€]\s?)?$")


def only_thresholds(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is a threshold: a condition for advice or eligibility, not a number about the world ("40%
    or more of the budget" and "15,000+ employees" are estimates)."""
    return bool(figures) and all(f.get("unit") != "percent" and (
        _THRESHOLD_AFTER.match(sentence, f["end"] - offset)
        or _THRESHOLD_BEFORE.search(sentence, max(0, f["start"] - offset - 40), f["start"] - offset)) for f in figures)


# A limit a plan or a policy pays up to ("covers emergency medical care up to $250,000", "up to $1.5 million in
# emergency medical coverage", "an identity theft service that offers up to $1 million in recovery"): the terms of the
# product a page reviews or sells, as its specification is; what a claim costs or pays out on average is a claim.
_COVERAGE = re.compile(r"\b(?:coverage|covers?|covered|reimburs\w+|recovery|protection|limits?)\b", re.IGNORECASE)
_UP_TO_BEFORE = re.compile(r"\b(?:up\sto|a\smaximum\sof|maximum\sof|capped\sat|limit\sof)\s$", re.IGNORECASE)


def only_coverage_limits(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is a sum a plan pays or covers up to, in a sentence about coverage."""
    return bool(figures) and _COVERAGE.search(sentence) is not None and all(
        f.get("unit") in CURRENCIES.values()
        and _UP_TO_BEFORE.search(sentence, max(0, f["start"] - offset - 20), f["start"] - offset) for f in figures)


# A term of sale written with its figure ("a 30-day money-back guarantee", "a $100,000 accuracy guarantee", "a
# 14-day free trial", "a 2-year warranty", "0% transaction fees"): what the product a page reviews or sells comes with.
_SALE_TERM_AFTER = re.compile(r"(?:[\s,]*[\w’'-]+){0,3}?[\s,-]*(?:money[\s-]back\s)?(?:guarantees?|warrant(?:y|ies)"
                              r"|free\strials?|trial\speriods?|return\s(?:window|policy)|transaction\sfees?)\b", re.IGNORECASE)


def only_sale_terms(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is a guarantee's, a warranty's, a trial's or a fee's own term."""
    return bool(figures) and all(_SALE_TERM_AFTER.match(sentence, f["end"] - offset) for f in figures)


# A requirement a program sets ("PMP requires 60 PDUs every three years", "Must earn 60 Professional Development
# Units", "Need to earn 15 CE credits"): its rules, as a product's specification is, not a number about the world. A
# cost or a share a requirement names is one ("typically requires $500-$5,000 monthly", "require 250% more contrast").
_REQUIREMENT = re.compile(r"\b(?:requires?|required|must|needs?\sto)\b", re.IGNORECASE)
_REQUIREMENT_BEFORE = re.compile(r"\b(?:requires?|required|must\s(?:\w+\s)?(?:earn|complete|pass|take|log|have)|needs?\sto"
                                 r"\s(?:earn|complete|pass|take|log|have)|needs|need|at\sleast)\s(?:[\w-]+\s){0,2}$",
                                 re.IGNORECASE)
_RENEWAL_PERIOD = re.compile(r"\bevery\s$")
REQUIREMENT_REACH = 40  # characters before a figure where the requirement's verb may stand


def only_requirements(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is a requirement's amount, or the period it renews over ("every 3 years"), in a sentence
    that sets a requirement; not a price or a share."""
    return bool(figures) and _REQUIREMENT.search(sentence) is not None and all(
        f.get("unit") not in ("percent", *CURRENCIES.values()) and (
            _REQUIREMENT_BEFORE.search(sentence, max(0, f["start"] - offset - REQUIREMENT_REACH), f["start"] - offset)
            or _RENEWAL_PERIOD.search(sentence, max(0, f["start"] - offset - 10), f["start"] - offset))
        for f in figures)


# An age a guide names as a stage ("until your child turns 5", "younger than 2 years", "once the baby reached 1 year of
# age", "before age 2 or 2.5", "teens and young adults aged 16-24"): who the advice or the definition is for, not a
# count of anything; a share of them ("aged 25 to 34 (almost 47%)") is a claim by its own figure.
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages|turns?|turned|turning|younger\sthan|older\sthan|under\sthe\sage\sof"
                         r"|(?:women|men|people|adults|children|kids|teens|teenagers|girls|boys|patients|those|anyone"
                         r"|individuals|users|workers|voters|respondents|residents)\s(?:under|over|below|above)"
                         r"|(?:before|after|by|until|from)\sage)\s(?:about\s|around\s|nearly\s)?(?:[\d.]+(?:\s?[-–]\s?|\s(?:or|to|and)\s))?$",
                         re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s?(?:[-–]\s?[\d.]+\s?)?(?:years?|months?)(?:\sof\sage|\sold)\b", re.IGNORECASE)
_REACHED_BEFORE = re.compile(r"\breach(?:es|ed)?\s$")  # "once the baby reached 1 year of age"
_AGE_UNITS = ("", "years", "year", "months", "month")


def _could_be_an_age(figure: dict) -> bool:
    """Whether the figure's unit allows an age: years, months or none; not a measure, a spec, a share or a sum (the
    unit reader can take the words after a bare number for its unit: "2.5 simply doesn")."""
    unit = figure.get("unit") or ""
    return unit.split(" ")[0] in _AGE_UNITS or not (
        is_measured(figure) or SPEC_UNITS.match(unit) or unit in ("percent", *CURRENCIES.values()))


def only_ages(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is an age, named as a stage of life."""
    return bool(figures) and all(
        _could_be_an_age(f) and (
            _AGE_BEFORE.search(sentence, max(0, f["start"] - offset - 30), f["start"] - offset) is not None
            or (_AGE_AFTER.match(sentence, f["end"] - offset) is not None
                and _REACHED_BEFORE.search(sentence[max(0, f["start"] - offset - 12):f["start"] - offset])))
        for f in figures)


# A row's label that gives its own range before the colon ("Extended (over 12 weeks): Certifications that require
# rigorous coursework ... take months", "Quick (1-4 weeks): Self-paced courses ..."): the label's bounds, not the row's
# claim.
_BRACKETED_LABEL = re.compile(r"^\W{0,3}(?:[\w'’&/-]+\s){0,3}\((?P<inside>[^()]{1,30})\)\s?:\s")


# A category named with its range, then described ("Lower-margin jobs (around 10%–15%) might include simple fixture
# installs", "Higher-margin jobs (20%–30% or more) make sense for complex jobs"): the range defines the category. Not a
# share of people in brackets ("Most respondents (55–60%) said"), which is the finding.
_BRACKETED_RANGE_LABEL = re.compile(
    r"^\W{0,3}(?P<label>(?:[\w'’&/-]+\s){0,3}?[\w'’&/-]+)\s\((?P<inside>[^()]{0,12}\d[\d.,%]*\s?(?:[-–]|to)\s?\d[^()]{0,16})\)"
    r"\s(?:might\s|may\s|can\s|could\s|would\s|usually\s|typically\s|often\s|generally\s)?"
    r"(?:include|includes|cover|covers|mean|means|make|makes|suit|suits|work|works|apply|applies)\b")
_NOT_A_CATEGORY = re.compile(r"\b(?:most|many|some|all|half|majority|minority|respondents|people|users|adults|students"
                             r"|participants|customers|workers|employees|voters|patients)\b", re.IGNORECASE)


def in_label(sentence: str, at: int) -> bool:
    """Whether position ``at`` of the sentence stands inside a short label's brackets before the row's colon, or
    inside the range a category is named with before it is described."""
    label = _BRACKETED_LABEL.match(sentence)
    if label is not None and label.start("inside") <= at < label.end("inside"):
        return True
    category = _BRACKETED_RANGE_LABEL.match(sentence)
    return category is not None and not _NOT_A_CATEGORY.search(category.group("label")) \
        and category.start("inside") <= at < category.end("inside")


def only_in_labels(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure stands inside such a label."""
    return bool(figures) and all(in_label(sentence, f["start"] - offset) for f in figures)


# "half the price of the 8K model", "done in half the time", "a hoot and a half": in a guide or a review, a measure of
# one thing against another, not a share of anything counted ("over half the test inputs" is one).
_HALF_A_MEASURE = re.compile(r"\s(?:the|a|an)\s(?:price|cost|time|size|weight|effort|focus|length|width|height|power"
                             r"|calories|counter|stovetop|battery)\b|\sand\shalf\b|[\s-]sizes?\b")  # "go a half size up"


def only_half_measures(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is "half" measuring one thing against another, or a "half" closing an idiom."""
    return bool(figures) and all(
        f["text"].lower() == "half" and (_HALF_A_MEASURE.match(sentence, f["end"] - offset) is not None
                                         or sentence[:f["start"] - offset].endswith(("and a ", "half and ")))
        for f in figures)


def only_career_years(figures: list[dict], sentence: str) -> bool:
    """Whether the sentence's only figure is the length of someone's career or practice."""
    career = _CAREER.search(sentence)
    return career is not None and len(figures) == 1 and re.search(rf"\b{re.escape(figures[0]['text'])}\+?\syears?\b",
                                                                 career.group(0)) is not None


# "40 percent off"; "25% savings when billed annually": a plan's discount
_DISCOUNT_AFTER = re.compile(r"\s?(?:%|percent|per\scent)?\s?(?:off\b|(?:savings?\s|discount\s)?when\s(?:billed|paid)\s"
                             r"(?:annually|yearly|upfront))", re.IGNORECASE)


# "Free shipping on orders over $50", "free returns for purchases above £30": a shop's terms
_SHOP_TERMS_BEFORE = re.compile(r"\bfree\s(?:standard\s)?(?:shipping|delivery|returns)\s(?:on|for|with)\s(?:all\s)?(?:orders|purchases)"
                                r"\s(?:over|above|of|from)\s$", re.IGNORECASE)


def only_discounts(figures: list[dict], sentence: str, start: int) -> bool:
    """Whether every figure is a shop's discount ("Available at Amazon for as low as 40 percent off") or terms ("free
    shipping on orders over $50"): the price of the product sold, not a claim about the world."""
    return bool(figures) and all(_DISCOUNT_AFTER.match(sentence, f["end"] - start)
                                 or _SHOP_TERMS_BEFORE.search(sentence, 0, f["start"] - start) for f in figures)


# Units of a plan, a workout or a recipe ("3 sets of 10 reps", "2 cups"): the numbers of advice, not of the world.
PLAN_UNITS = re.compile(r"^(?:reps?|repetitions?|sets?|rounds?|servings?|cups?|tablespoons?|tbsp|teaspoons?|tsp|laps?"
                        r"|workouts?\sper\sweek|times\s(?:a|per)\s(?:day|week))\b", re.IGNORECASE)


def only_plan_units(figures: list[dict]) -> bool:
    """Whether every figure counts sets, reps, servings or cups: a plan or a recipe."""
    return bool(figures) and all(f.get("unit") and PLAN_UNITS.match(f["unit"]) for f in figures)


SMALL_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split() + ["a dozen"])


def only_small_word_counts(figures: list[dict]) -> bool:
    """Whether every figure is a small count written as a word ("the two chairs", "seven presser feet"): in a guide or
    a review that is description, not a number a reader would check."""
    return bool(figures) and all(f["text"].lower() in SMALL_COUNT_WORDS and f.get("unit") != "percent" for f in figures)


# "most" of the people a study or a count looked at ("most of the participants were women") is a share of them.
_MOST_OF_PEOPLE = re.compile(r"\s+of\s+(?:the|those|these|its|their)\s+(?:[a-z-]+\s+)?(?:participants|respondents|patients"
                             r"|people|residents|voters|victims|users|customers|students|workers|employees|adults|children"
                             r"|subjects|volunteers|members|applicants|households)\b", re.IGNORECASE)


def only_most(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether the only figure is "most" and it is no share of people counted (LABELING.md: "most" alone is not
    numerical): "most of the frameworks are designed to", "retains most of the essential keys", "most of the time"."""
    return bool(figures) and all(f["text"].lower() == "most" and not _MOST_OF_PEOPLE.match(sentence, f["end"] - offset)
                                 for f in figures)


# A share that opens an aside of scope ("for the majority of you, ...", "In nearly all client situations", "grippier in
# nearly all conditions"): whom or where a guide's advice or view holds, not a share anyone counted.
# ("they occur in the majority of states" is a share of states).
_SCOPE_OPENING = re.compile(r"(?:^|[,;:]\s|\b(?:but|and|so|that|then)\s)(?:for|in|across)\s$", re.IGNORECASE)
_SCOPE_BEFORE = re.compile(r"\b(?:for|in)\s$")  # "walking ... for the majority of your time"
_SCOPE_OF_YOU = re.compile(r"\sof\s(?:you|us|your|my|our|people)\b", re.IGNORECASE)
_SCOPE_SHARES = frozenset({"the majority", "the vast majority", "nearly all", "almost all", "virtually all"})


def only_scopes(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is a share opening an aside of scope ("for the majority of you")."""
    return bool(figures) and all(
        f["text"].lower() in _SCOPE_SHARES and (
            _SCOPE_OPENING.search(sentence, 0, f["start"] - offset) is not None
            or (_SCOPE_OF_YOU.match(sentence, f["end"] - offset) is not None
                and _SCOPE_BEFORE.search(sentence, 0, f["start"] - offset)))
        for f in figures)


_BRACKET_BEFORE = re.compile(r"\b(?:within(?:\sthe)?|code\s\S+\sfor\sa|below|cheaper\sthan|for\s(?:under|less\sthan))\s$",
                             re.IGNORECASE)
_TIER_LABEL = re.compile(r"^(?:[A-Z][\w-]*\s){0,2}(?:(?:[Uu]nder|[Oo]ver|[Bb]elow|[Ff]rom|[Uu]p\sto)\s)?[$€£]\d[\d,.]*"
                         r"(?:\s?(?:to|-|–)\s?[$€£]?\d[\d,.]*)?(?:\+|\sand\s(?:up|over|above))?\s?:\s")
_TITLE_BRACKET_BEFORE = re.compile(r"\b(?:[Uu]nder|[Bb]elow)\s$")  # "Best Espresso Setups under $500"
_BRACKET_AFTER = re.compile(r"^\+?\s(?:budget|or\sless|and\sunder)\b|^\s(?:discount|off\s(?:your|the|every|all))\b",
                            re.IGNORECASE)


_RETAIL_PRICE = re.compile(r"\b(?:retails?|retailing|priced|sells?\sfor|selling\sfor|on\ssale|MSRP|RRP|list\sprice"
                           r"|starting\sprice|starts\sat|pricey\sat|pricy\sat|(?i:pric(?:es|ing))\s(?:will\s)?start\sat"
                           r"|price\stag|advertised\s(?:rate|price)|deal\sprice)\b")
# "Available for around $300": the product's price, unless the sentence makes it a statistic ("the average home is
# available for $300,000").
_AVAILABLE_AT_PRICE = re.compile(r"\b[Aa]vailable\s(?:for|at)\s(?:around\s|about\s|just\s|only\s|under\s)?(?=[$£€])")


# The price of one item the page has in hand, named by a pointer to it rather than as a kind of thing: "this speaker
# costs between $15 and $25", "It's a steal at $2,604", "At about $100, the Fellow Clara is pricier". LABELING.md leaves
# out the prices of the product a page reviews or sells; "Building a tiny house can cost $10,000" and "the average DJ
# costs $1,200" say what things cost, and stay claims.
_ITEM_COSTS_BEFORE = re.compile(r"(?:^|,\s|:\s)(?:(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s(?:[\w'’+-]+\s){0,4}?|(?:[Ii]t|[Tt]hey)\s)"
                                r"(?:currently\s|now\s|still\s|only\s)?"
                                r"(?:costs?|will\sset\syou\sback|sets?\syou\sback|goes\sfor|go\sfor)\s"
                                r"(?:(?:about|around|roughly|just|only|under|between|from|approximately)\s)?$")
_VALUED_AT_BEFORE = re.compile(r"\b(?:pricey|pricy|pricier|expensive|cheap|cheaper|affordable|inexpensive|steal|bargain"
                               r"|value|reasonable)\s(?:at|for)\s(?:(?:about|around|roughly|just|only|under)\s)?$",
                               re.IGNORECASE)
_AT_PRICE_OPENING = re.compile(r"^(?:[\w’' ]{1,30}:\s)?At\s(?:(?:about|around|roughly|just|only|under)\s)?$")
_ITEM_AFTER_PRICE = re.compile(r"(?:\s?USD)?,\s(?:this|that|it|they|these|the\s[A-Z]|[A-Z][\w-]*\s[A-Z0-9])")
_RANGE_FROM_BEFORE = re.compile(r"[$£€]\d[\d,.]*\s?(?:and|to|or|-|–)\s?$")
_WHAT_DOING_COSTS_AFTER = re.compile(r"(?:\s(?:a|an|per|each)\s[a-z]+)?\sto\s[a-z]")  # "It costs $50 to file": a fee


def only_item_prices(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is the price of the one item the sentence points at (_ITEM_COSTS_BEFORE), with no word that
    makes it a statistic ("typically", "on average")."""
    if not figures or _PRICE_STATISTIC_NOT_BILLING.search(sentence):
        return False

    def item_price(figure: dict) -> bool:
        start, end = figure["start"] - offset, figure["end"] - offset
        before = sentence[:start]
        ranged = _RANGE_FROM_BEFORE.search(before)
        if ranged:  # "between $15 and $25": the range's upper end is priced as its lower end is
            before = before[:ranged.start()]
        return _is_shopping_price(figure) and not _WHAT_DOING_COSTS_AFTER.match(sentence, end) and bool(
            _ITEM_COSTS_BEFORE.search(before) or _VALUED_AT_BEFORE.search(before)
            or (_AT_PRICE_OPENING.match(before) and _ITEM_AFTER_PRICE.match(sentence, end)))
    return all(item_price(f) for f in figures)


def only_price_brackets(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure is a shopper's price bracket, a discount or the product's own price ("under $500", "the
    $500 budget", "20% off", "retails for about $1300"): how a guide sorts what it sells, not a number about the world."""
    title = is_title_case(sentence)

    def bracket(figure: dict) -> bool:
        start, end = figure["start"] - offset, figure["end"] - offset
        before = sentence[max(0, start - 30):start]
        return figure.get("unit") in (*CURRENCIES.values(), "percent") and bool(
            _BRACKET_BEFORE.search(before) or _BRACKET_AFTER.match(sentence[end:end + 20])
            or (title and _TITLE_BRACKET_BEFORE.search(before)))
    retail = _RETAIL_PRICE.search(sentence) is not None or (
        _AVAILABLE_AT_PRICE.search(sentence) is not None and _PRICE_STATISTIC_NOT_BILLING.search(sentence) is None)
    if retail and all(f.get("unit") in CURRENCIES.values() for f in figures):
        return bool(figures)  # "It currently retails for about $1300": the product's own price (LABELING.md)
    return bool(figures) and all(bracket(f) for f in figures)


def only_price_tier(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether the figures are a buying guide's price tier, a label before what it buys ("Mid-range $300 to $600: lidar
    mapping and app control", "Premium over $800: mopping"), in any register."""
    tier = _TIER_LABEL.match(sentence)
    return bool(figures) and tier is not None and not _ANY_DIGIT.search(sentence, tier.end()) \
        and all(f["end"] - offset <= tier.end() for f in figures)


# A page that quotes prices again and again is a shop, a review or a budget guide, and its prices are those of the
# things it reviews or sells (LABELING.md), unless a sentence states a statistic ("the average DJ costs $1,200").
PRICE_PAGE_MIN = 6
_QUOTED_PRICE = re.compile(r"(?:US\$|[$£€₹])\s?\d")
# What makes a price a statistic about prices; a yearly figure is one too, unless it is a plan's billing period.
_PRICE_STATISTIC_WORDS = (r"average[sd]?|median|typical|typically|usually|nationally|nationwide|national"
                          r"|per\s(?:capita|household|person)|in\stotal")
_PRICE_STATISTIC_NOT_BILLING = re.compile(rf"\b(?:{_PRICE_STATISTIC_WORDS})\b", re.IGNORECASE)
_PRICE_STATISTIC = re.compile(rf"\b(?:{_PRICE_STATISTIC_WORDS}|per\syear|a\syear|annually|each\syear)\b", re.IGNORECASE)


def quotes_prices(text: str) -> bool:
    """Whether an article quotes a price at least PRICE_PAGE_MIN times."""
    return len(_QUOTED_PRICE.findall(text)) >= PRICE_PAGE_MIN


# A price of something a reader buys; "$6 million" is a sum about the world.
SHOPPING_PRICE_MAX = 100_000


def _is_shopping_price(figure: dict) -> bool:
    return figure.get("unit") in CURRENCIES.values() and (figure.get("value") or 0) < SHOPPING_PRICE_MAX


def only_quoted_prices(figures: list[dict], sentence: str) -> bool:
    """Whether the figures are shopping prices (and specifications), with nothing that makes them a statistic."""
    prices = [f for f in figures if f.get("unit") in CURRENCIES.values()]
    return (bool(prices) and all(_is_shopping_price(f) for f in prices)
            and all(f.get("unit") in CURRENCIES.values() or (f.get("unit") and SPEC_UNITS.match(f["unit"]))
                    for f in figures)
            and _PRICE_STATISTIC.search(sentence) is None and _PRICE_OF_THE_WORLD.search(sentence) is None)


# What a fare, a fee or a tax costs is a fact about the world the reader can check (LABELING.md: a price), unlike the price
# of the product a page reviews or sells: "A single ticket costs €2.60", "Rapid chargers cost 70–85p per kWh".
_PRICE_OF_THE_WORLD = re.compile(r"\b(?:tickets?|fares?|fees?|admission|entry\s(?:to|costs?|is)|tolls?|tax|taxes|tariffs?"
                                 r"|rents?|per\skWh|tours?|flights?|parking|grants?|spares|repairs?|servicing|insurance)\b",
                                 re.IGNORECASE)


# The price of a plan, tier or edition of what a page reviews ("A Pro version costs $45 per month", "advertised at $119
# per year"): what the reader would pay, billed by the month or year, not a statistic about prices.
_OFFERING = re.compile(r"\b(?:subscriptions?|memberships?|plans?|tiers?|versions?|licen[cs]es?|editions?|packages?"
                       r"|bundles?|upgrades?|options?|price\s(?:tag|point))\b", re.IGNORECASE)
# A course or a consultation a page sells ("the full course, and one-on-one support for $269"); not a comparison of
# what courses cost ("College courses now cost $1,200 more than in 2015").
_COURSE_OFFER = re.compile(r"\b(?:courses?|classes|consults?|consultations?)\b", re.IGNORECASE)
_FOR_PRICE_BEFORE = re.compile(r"\bfor\s(?:just\s|only\s)?$", re.IGNORECASE)
# A price billed by the month or the seat ("$36/month", "$15 per user per month"); "$1,200 a month" may be a rent.
_BILLED = re.compile(r"\s?" + _PER_UNIT.pattern + r"|\s(?:monthly\s|yearly\s|annually\s)?(?:per|a|each)\s"
                     r"(?:added\s|additional\s|extra\s)?(?:user|seat|licen[cs]e|device)\b")
# A row of a price list that opens on its price ("$98/month for 3 custom graphics", "Teams: $15 per user per month",
# "$18 / month: Remove watermark", "Family subscription: US$119.99 per year for 2-6 people").
_PRICE_ROW = re.compile(r"^(?:[A-Z][\w+-]*(?:\s[\w+-]+){0,2}:\s)?(?:US\$|Us\$|[$£€])\s?\d")
_BILLING_PERIOD = re.compile(r"\s(?:per|a|each)\s(?:year|month|week)\b|\s(?:monthly|annually|yearly)\b")


# A price for each named tier ("free for Bronze members, $99 for Gold and $199 for Platinum").
_TIER_NAME = re.compile(r"\bfor\s(?:the\s)?(?:Bronze|Silver|Gold|Platinum|Diamond|Basic|Standard|Premium|Pro|Plus|Starter"
                        r"|Essentials?|Deluxe|Ultimate|Business|Enterprise|Family|Individual|Personal)"
                        r"(?:\s(?:members|subscribers|users|plan|tier|level|accounts?))?(?=\s?[,.;)]|\s(?:and|or)\s|$)")
# A row of a price list that opens on its billing term ("1 Year – saves 23% – €119.99", "2 Years: $199.99").
_BILLING_ROW = re.compile(r"(?P<term>\d{1,2})\s(?:Years?|Months?|years?|months?)\s?[–—:|-]\s")
_SAVING = re.compile(r"\b(?:save|saves|saving)\s(?:up\sto\s)?$", re.IGNORECASE)


# A product named by its model ("The WH-1000XM6 costs $449", "The Brooks Ghost 16 retails for $140"): its price, which
# LABELING.md leaves out with the specifications of the product a page reviews or sells. A model name has a digit in
# it; "Building a tiny house can cost $10,000" and "Group classes cost $15" are what things cost, and stay claims.
_MODEL_PRICED = re.compile(r"^(?:The\s|This\s|Our\s)?(?:(?:[A-Z]|[a-z]+[A-Z])[\w.+-]*\s){0,4}(?=[\w.+-]*\d)[\w.+-]+"
                           r"(?:\s(?:Pro|Max|Plus|Ultra|Mini|Lite|SE|XL))?\s(?:currently\s|now\s|still\s)?"
                           r"(?:costs|is\spriced\sat|retails\s(?:for|at)|sells\sfor|starts\sat|is\savailable\sfor)\s")


def _only_model_prices(figures: list[dict], sentence: str, start: int) -> bool:
    """Whether the sentence gives a product model's price and nothing else: every figure after the model's name (whose
    own numbers, "Ghost 16", are no figures) a shopping price."""
    priced = _MODEL_PRICED.match(sentence)
    prices = [f for f in figures if f["start"] - start >= priced.end()] if priced else []
    return bool(prices) and all(_is_shopping_price(f) for f in prices)


def only_product_prices(figures: list[dict], sentence: str, start: int = 0) -> bool:
    """Whether every figure is the price of a plan, tier or edition on offer, or billed by the month or hour
    ("$36/month"), or a row of a price list: its term, its prices and what it saves; or a product model's price."""
    if _only_model_prices(figures, sentence, start):
        return True  # "The WH-1000XM6 costs $449": the reviewed product's price
    if not figures or _PRICE_STATISTIC_NOT_BILLING.search(sentence):
        return False
    if all(_is_shopping_price(f) for f in figures) and (
            _OFFERING.search(sentence) or len(_TIER_NAME.findall(sentence)) >= len(figures)
            or (_COURSE_OFFER.search(sentence) and not has_comparison(sentence)
                and all(_FOR_PRICE_BEFORE.search(sentence, 0, f["start"] - start) for f in figures))
            or all(_BILLED.match(sentence, f["end"] - start) for f in figures)):
        return True  # "the Pro plan is $45", "starting at $36/month": what the reader would pay
    prices = [f for f in figures if f.get("unit") in CURRENCIES.values()]
    if _PRICE_ROW.match(sentence) and prices and all(_is_shopping_price(f) for f in prices) and (
            _BILLED.match(sentence, prices[0]["end"] - start) or _BILLING_PERIOD.match(sentence, prices[0]["end"] - start)):
        return True  # "$98/month for 3 custom graphics each week": a price list's row, with what the price buys
    row = _BILLING_ROW.match(sentence)
    return row is not None and any(_is_shopping_price(f) for f in figures) and all(
        _is_shopping_price(f) or f["start"] - start == row.start("term")
        or (f.get("unit") == "percent" and _SAVING.search(sentence, 0, f["start"] - start)) for f in figures)


# What a product or provider offers, counted ("IBM Cognitive Class offers over 100 courses and more than 30 learning
# paths", "Their library has 150,000+ titles", "servers in 105 countries"): the size of its catalogue, a spec of what
# a guide lists or reviews (LABELING.md; the judges who read it alone call 30 of the 32 dev highlights it takes no claim),
# not a count of anything in the world ("Over 7,000 languages are spoken", "students took 100 courses").
_CATALOGUE_ITEMS = re.compile(r"(?:^|\s)(?:courses|classes|lessons|programs|programmes|certificates|certifications|titles"
                              r"|audiobooks|summaries|videos|templates|recipes|datasets|integrations|plugins|modules"
                              r"|tutorials|episodes|podcasts|fonts|themes|paths|specializations|workouts|quizzes)$")
_CATALOGUE_PLACES = re.compile(r"(?:^|\s)(?:countries|languages)$")
_PLACED_IN_BEFORE = re.compile(r"\b(?:courses|classes|lessons|servers|available)\s(?:[a-z]+\s)?in\s$")
_OFFERS_BEFORE = re.compile(r"\b(?:offers?|offering|provides?|providing|has|have|includes?|including|features?|featuring"
                            r"|lists|covers?|boasts?|hosts?|access\sto|library\sof|collection\sof|with|their|its)\s"
                            r"(?:(?:over|more\sthan|about|around|nearly|almost|up\sto|some|roughly|a\stotal\sof)\s)?$",
                            re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?:\band|,)\s(?:(?:over|more\sthan|about|around|nearly|almost|up\sto|some)\s)?$")
_CATALOGUE_ITEM_AFTER = re.compile(r"\+?\s(?:(?:free|online|paid|different|[a-z]+-level|college|level|learning"
                                   r"|business|book)\s){0,3}(?P<item>[a-z]+)\b")


def only_catalogue_counts(figures: list[dict], sentence: str, start: int = 0) -> bool:
    """Whether every figure counts the courses, titles or lessons a product offers, or the countries its servers are
    in, after a verb of offering or having (or "their", "its")."""
    offered = False  # the figure before was offered too, so "and more than 30 learning paths" goes on with the verb
    for figure in figures:
        at, end = figure["start"] - start, figure["end"] - start
        unit = figure.get("unit") or ((item := _CATALOGUE_ITEM_AFTER.match(sentence, end)) and item.group("item")) or ""
        before = sentence[max(0, at - 40):at]
        if _CATALOGUE_ITEMS.search(unit) and (_OFFERS_BEFORE.search(before) or (offered and _AND_BEFORE.search(before))):
            offered = True
            continue
        if _CATALOGUE_PLACES.search(unit) and _PLACED_IN_BEFORE.search(before):
            continue
        return False
    return bool(figures)


# What the page itself lists, counted as it presents them ("peruse 25 hosting trends", "we narrowed down our list to six
# of the most popular services", "These 60 conscious brands have all been rated", "They have compiled a list of the 10
# best travel insurance companies"): the size of the page's own list, not a count of anything in the world (the highlight
# audit's tune judges: no claim).
_OWN_LIST_BEFORE = re.compile(r"(?:\b(?:peruse|browse|explore|check\sout|discover|here\sare|below\sare|narrowed\s(?:it\s|"
                              r"(?:our|the)\slist\s)?down\s(?:(?:our|the)\slist\s)?to|compiled\sa\slist\sof|rounded\sup"
                              r"|(?:we['’]ve|we\shave|I['’]ve|I\shave)\s(?:picked|selected|chosen|listed|gathered))\s(?:the\s|our\s"
                              r"|(?:just|only|over|more\sthan|nearly|some)\s)?)$", re.IGNORECASE)


_OWN_LIST_RATED = re.compile(r"^These\s\d[\d,]*\s(?:[\w-]+\s){1,4}(?:have|were)\s(?:all\s)?been\s(?:rated|ranked|selected"
                             r"|chosen|vetted|reviewed|tested|picked)\b")


def only_own_list_counts(figures: list[dict], sentence: str, start: int = 0) -> bool:
    """Whether every figure counts the items of the page's own list, introduced as such."""
    if len(figures) == 1 and _OWN_LIST_RATED.match(sentence):
        return True  # "These 60 conscious brands have all been rated 'Good' or 'Great'"
    return bool(figures) and all(
        f.get("unit") not in ("percent", "share", *CURRENCIES.values()) and f.get("value") is not None and f["value"] < 1000
        and _OWN_LIST_BEFORE.search(sentence, 0, f["start"] - start) for f in figures)


# A limit the advice sets ("a product description under 5000 characters", "up to 1,500 words"): not a count.
_LIMIT_BEFORE = re.compile(r"\b(?:under|below|less\sthan|fewer\sthan|up\sto|no\smore\sthan|at\smost|within|maximum\sof)\s$",
                           re.IGNORECASE)


def counts_many(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether a figure counts a thousand or more of something ("the 32,000 public charging stations"): a fact about
    the world even inside a piece of advice, unlike "2 cups", "the first 25%" or a limit ("under 5000 characters")."""
    return any((f.get("value") or 0) >= 1000 and f.get("unit") not in (*CURRENCIES.values(), "percent", None)
               and not YEAR.fullmatch(f["text"]) and not _LIMIT_BEFORE.search(sentence[:f["start"] - offset])
               for f in figures)

