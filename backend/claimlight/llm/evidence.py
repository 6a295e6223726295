"""Where a claim's evidence would be, by what the claim is about.

A plan's generic hint ("the report, record or data set the figure comes from") is sound for any claim but sends the
reader nowhere in particular. A fact-checker knows where each kind of figure lives: a health claim in clinical studies
and systematic reviews, a jobless rate in the statistics agency's series, a market forecast in the research firm's
report, a company's sales in its filings. ``subject_of`` reads a claim's subject where it is plain from its words,
and nothing otherwise (a wrong place would be worse than the generic hint); ``record_for_subject`` names the place.
First match wins, so the narrower subjects come first (an outbreak's case count before a health effect, a health
study before any study).
"""

from __future__ import annotations

import re

# Subjects whose evidence sits in one place per claim that no table can name: an insurer's terms, an employer's plan,
# an industry's compiled premiums (NAIC, AM Best) each settle a different insurance claim.
NO_PLACE = re.compile(r"\b(?:health\splans?|insur(?:ers?|ance)|premiums|coverage)\b", re.I)

# Claims about the past before modern statistics ("the Black Death killed a third of Europe"): historians'
# estimates, which no agency's series or census settles.
HISTORICAL = re.compile(r"\b(?:(?:in|since|by|from|until)\s1[0-8]\d\d|\d{1,2}(?:st|nd|rd|th)\scentury|centuries|medieval"
                        r"|ancient|Black\sDeath)\b", re.I)

# A price or a fee stated with its amount: "group sessions cost between $10 and $40", "$45 to $65 per hour".
# Not a one-off sum in millions ("Training GPT-4 reportedly cost over $100 million"): a project's cost, not a price.
PRICE = (r"\b(?:costs?|charges?|fees?|runs?\s(?:about|around)|priced)\b[^.;]{0,40}"
         r"(?:[$£€]\s?\d[\d,.]*(?![\d,.])(?!\s?(?:million|billion|trillion|bn|m)\b)|\b\d[\d,.]*\s(?:dollars|pounds|euros))"
         r"|[$£€]\s?\d[\d,.]*(?:\s?(?:-|–|to)\s?[$£€]?\d[\d,.]*)?\s(?:per|an?|each)\s(?:hour|session|class|lesson|visit|night)\b")

# Figures a law or a regulator sets (tax brackets, filing thresholds, contribution limits): looked up, not counted.
RULE_RECORD = "the official rule or schedule, from the body that sets it (a tax authority, a legislature, a regulator), for the year given"

SUBJECTS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (name, re.compile(pattern, re.I | re.S), record) for name, pattern, record in (
        ("rules",
         r"\b(?:taxed\sat|(?<!effective\s)tax\s(?:rates?|brackets?|credits?|thresholds?|exemptions?)|(?:filing|exclusion)"
         r"\s(?:thresholds?|limits?)|exemption\s(?:amount|limit)s?|standard\sdeduction|contribution\slimits?"
         r"|minimum\swage|federal\spoverty\s(?:line|level)|under\s(?:(?:state|federal|EU|UK|US|the)\s)?(?:law|regulations?)"
         r"|legal\slimit|(?:law|regulations?|statute)\s(?:requires?|sets?|limits?|caps?|mandates?))\b",
         RULE_RECORD),
        ("conflict",
         r"\b(?:wounded|(?<![/&]\s)(?<![/&])casualt(?:y|ies)(?!\s(?:insur|writ|compan))|civilians|troops|soldiers|refugees"
         r"|displaced|air\s?strikes?|shelling|missiles?|militants|ceasefire|invasion)\b",
         "the authorities' official figures, set against an independent count (the UN, a monitoring group)"),
        ("outbreak",
         r"\b(?:outbreaks?|quarantin\w+|confirmed\scases|human\scases|epidemic)\b",
         "the health authority's own case figures, with their date"),
        ("market",
         r"\b(?:market|industry|sector)\b[^.;]{0,80}\b(?:valued|worth|expected|projected|forecast|estimated|anticipated"
         r"|poised|predicted|set)\s(?:to|at)\b|\bCAGR\b|compound\sannual\sgrowth|\bmarket\s(?:size|value|valuation)\b",
         "the market research report itself, with its method and who paid for it"),
        ("pay",
         r"\b(?:average|median|typical|base|starting|annual)\s(?:\w+\s)?(?:salar(?:y|ies)|wages?|pay|earnings)\b"
         r"|\bearns?\s(?:an\s)?(?:average|median|about|around|between|up\sto|\$)|\bpay\sgap\b",
         "official wage statistics for the same job and place, or a salary survey with its sample"),
        ("home project",
         # a trade's own margins or revenue are its business figures, not a job's cost
         r"^(?!.*\b(?:profits?|margins?|revenues?)\b).*?"
         r"\b(?:remodel\w*|renovat\w+|contractors?|plumb(?:ers?|ing)|electricians?|roof(?:ing|ers?)|HVAC"
         r"|labou?r\s(?:costs?|budget))\b",
         "a cost survey of finished projects (such as a remodeling cost report) or contractors' written quotes, for the "
         "same region and size of job"),
        ("average price",
         r"^(?=.*\b(?:average|median|nationwide|national)\b)(?:.*?)(?:" + PRICE + ")",
         "the survey or data set behind the average, and the providers' own published prices"),
        ("prices",
         PRICE,
         "the providers' own published prices or fee schedules, or written quotes"),
        ("drug label",
         r"\b(?:\d[\d.]*\s?mg|FDA[-\s](?:approved|cleared)|prescribing\sinformation|dosage)\b",
         "the drug's official label or the regulator's approval record (FDA, EMA)"),
        ("health",
         r"^(?!.*\b(?:custody|detained|detention|detainees|prisons?|jails?|inmates)\b).*?"
         r"\b(?:diseases?|cancers?|diabet\w+|cardiovascular|cardiometabolic|heart\s(?:attacks?|disease|failure|health)"
         r"|(?<!-)(?<!broad\s)(?<!brush\s)strokes?(?!\sof\s(?:luck|genius))"
         r"|blood\s(?:pressure|sugar|glucose)|cholesterol|medications?|vaccin\w+|dos(?:e|es|age)|clinical"
         r"|obes(?:e|ity)|weight\s(?:loss|gain)|dementia|alzheimer'?s|depression|anxiety\sdisorders?|inflammation"
         r"|antidepressants?|SSRIs?|remission|mortality|life\sexpectancy|menopause|risk\sof\s(?:death|dying)|immune\ssystems?"
         r"|allerg(?:y|ies|ens?|ic)|pneumonia|pneumonitis|asthma|infections?)\b",
         "a published clinical study or a systematic review of it (PubMed, Cochrane)"),
        ("nutrition",
         r"^(?!.*\b(?:burn|participants|trial|study)).*?(?:\b\d[\d,.]*\s(?:k?cal|calories)\b|\b(?:fewer|more|lower\sin|higher\sin)\scalories\b"
         r"|\bsaturated\sfat\b|\bgrams\sof\s(?:protein|fat|sugar|fib(?:re|er)|carbs)\b)",
         "a food composition database (such as USDA FoodData Central) or the product's nutrition label"),
        ("research",
         r"\b(?:a|the|one|another|this|that|new|recent|large|small|\d{4})\s(?:[\w-]+\s){0,2}(?:study|survey)"
         r"\b(?!\s(?:time|aids?|guide))|\b(?:\d{4}|systematic|literature|meta)\s(?:[\w-]+\s){0,2}(?:review|analysis)\b"
         r"|\b(?:studies|research)\s(?:also\s)?(?:show|shows|showed|have|has|found|find|suggests?"
         r"|indicates?|concluded)\b|\bresearchers\b|\b(?:clinical|randomi[sz]ed|controlled|single-arm|exploratory|pilot)"
         r"\s(?:\w+\s)?trials?\b|\bmeta-analys[ie]s\b",
         "the study itself, with its authors, sample and method"),
        ("economy",
         r"\b(?:inflation|unemployment|jobless|GDP|gross\sdomestic\sproduct|recession|mortgage\srates?|consumer\sprices"
         r"|cost\sof\sliving|house\sprices|home\s(?:prices|values|sales)|payrolls|trade\sdeficit)\b",
         "the official series from the statistics agency or central bank, for the same period"),
        ("crime",
         r"\b(?:crime\s(?:rates?|figures|statistics)|violent\scrime|arrests?|arrested|homicides?|murders?|burglar(?:y|ies)"
         r"|(?<!identity\s)thefts?|shootings?|convicted|convictions?|inmates|sentenced)\b",
         "police-recorded figures or court records for the same place and period"),
        ("immigration enforcement",  # people deported or held, not a population: "These 150 Indians ... were illegal
         # immigrants" (the dev review news93 called the census a hint that leads nowhere)
         r"\b(?:deport(?:ed|ations?|ees?)|(?:illegal|undocumented)\s(?:immigrants?|migrants?)|visa\s(?:norms|rules"
         r"|violations?|overstay\w*)|overstayed|asylum\s(?:seekers?|claims?|applications?)|detention\s(?:cent(?:er|re)s?"
         r"|facilit(?:y|ies)))\b",
         "the immigration authority's own records of the cases, set against an independent count (a court, a "
         "rights group or the other country's figures)"),
        ("population",
         r"\b(?:population|census|inhabitants|immigrants|migrants|birth\s?rates?|fertility\srates?)\b",
         "the census or the national statistics office's figures"),
        ("company",
         r"\b(?:valuation|funding\sround|IPO|market\scap(?:itali[sz]ation)?|per\s(?:diluted\s)?share"
         r"|(?:earned|revenues?|profits?|earnings|sales)\b[^.;]{0,60}\bquarter"
         r"|quarter(?:ly)?\s(?:revenue|profit|earnings|sales|results))\b",
         "the company's own filings or financial reports, and an analyst's independent estimate"),
        ("platform use",
         r"\b(?:monthly\sactive|daily\sactive|active\susers|app\sdownloads|most\sdownloaded|downloads\sin)\b",
         "the platform's own published figures, set against an independent analytics firm's estimate"),
        ("sport",
         r"\b(?:(?:scored|added|made)\s(?:\w+\s){0,3}?(?:goals?|assists?|saves|touchdowns?|points|rebounds|runs|tries)"
         r"|power\splay|first-period|second-period|third-period|overtime|box\sscore|hat[-\s]trick|triple-doubles?"
         r"|touchdown\spasses|(?:passing|rushing)\syards|innings)\b",
         "the league's or competition's official game summary or box score"),
        ("science",
         r"\b(?:species|fossil(?!\sfuel)s?|million\syears|climate\schange|global\swarming|greenhouse|carbon\sdioxide"
         r"|CO2|sea\slevels?|glaciers?|extinct|biodiversity|asteroids?|galax(?:y|ies)|genes?|genetic)\b",
         "a peer-reviewed paper, or a scientific body's assessment of the question"),
    ))


RECORDS = {name: record for name, _pattern, record in SUBJECTS}
A_STUDY = next(pattern for name, pattern, _record in SUBJECTS if name == "research")


def reports_a_study(claim_text: str) -> bool:
    """Whether the claim reports a study's finding ("a 2019 study showed", "researchers found"): its comparisons are
    made against the study's own comparison group, not an earlier figure."""
    return A_STUDY.search(claim_text) is not None


def record_for_subject(subject: str) -> str:
    """Where evidence on a subject ``subject_of`` read is published."""
    return RECORDS[subject]


def subject_of(claim_text: str) -> str | None:
    """The subject a claim is plainly about, or None where it is not plain: a wrong place would be worse than none."""
    if HISTORICAL.search(claim_text) or NO_PLACE.search(claim_text):
        return None
    return next((name for name, pattern, _record in SUBJECTS if pattern.search(claim_text)), None)
