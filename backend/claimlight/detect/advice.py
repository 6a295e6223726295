"""Advice, instructions and page scaffolding: text with numbers in it that makes no claim about the world.

LABELING.md: advice, instructions, recipes and plans that hold a number ("run the
first 25% of the distance slower", "add 2 cups") are not numerical claims, nor are
list markers, step headings and figure labels. Guides, reviews and health pages are
full of them, and a highlight on one teaches the reader to ignore every highlight.
"""

from __future__ import annotations

import re

from .patterns import holds_any_case, trie_alternation

# Verbs that open an instruction when they start a sentence in the base form ("Add 2 cups", "Aim for 150 minutes").
IMPERATIVE_VERBS = """
add adjust aim allow apply ask avoid bake be beat begin book bring buy calculate call cancel check choose chop click
combine compare consider consult contact cook cover cut decide discover do don't don’t download drink drive eat enable
enjoy ensure enter expect explore fill find fold follow get give go grab heat hire hold install invest join keep
learn leave let let's limit look make measure mix monitor move open order pack pay pick place plan plug pour preheat
prep prepare press protect put read reduce refer register remember remove repeat replace reserve rest review rinse run
save schedule see select send serve set shop sign simmer skip sleep slice spend sprinkle start stay stir stop store
stretch subscribe swap switch take talk tap test think track try turn type unplug update use visit wait walk warm
wash watch wear whisk write
spray soak scrub wipe trim prune fertilize fertilise dilute squeeze tighten loosen unscrew insert attach detach reheat
refrigerate thaw marinate drizzle knead grate peel dice mince saute sauté breathe inhale exhale jog sprint hydrate
moisturize moisturise exfoliate cleanse floss negotiate opt allocate unplug double-check position rotate
mail attend confirm finalize finalise purchase arrange assume sand budget create please connect perform alternate email
multiply divide subtract convert freeze defrost chill roast fry grill blend
boil boost organise organize provide pause
count reweigh weigh introduce
""".split()
_IMPERATIVE_START = re.compile(
    r"^(?:(?:then|next|first|finally|now|also|always|never|simply|just|and|or|so)\s)?(?:" +
    trie_alternation(IMPERATIVE_VERBS + [v.capitalize() for v in IMPERATIVE_VERBS] + ["Then", "Next"]) +
    r"|(?:complete|finish)(?=\s(?:a|an|the|this|that|these|those|your|\d))"  # "Complete this run"; "Complete coverage" is no order
    r"|stick(?=\s(?:to|with)\b)"  # "Stick to whole fruits": not "Stick vacuums"
    # verbs that are nouns too, as orders only before what they act on: "Focus on", "Shift your", "Show the committee";
    # not an order that sets up a claim ("Drop the rear seats and that increases to 58.4 cu.ft.", which the labellers
    # count, as they count "Extend this to the SP500 and there will be a lot of money invested")
    r"|focus(?=\s(?:on|your)\b)|shift(?=\s(?:your|the)\b)|show(?=\s(?:the|your|them|us|me|off)\b)"
    r"|(?:[Ii]ncrease|[Dd]ecrease|[Dd]ouble|[Ll]ower)(?=\s(?:your|yourself|how|it|them|gradually|slowly)\b)"  # "Increase your weekly distance by 10%"
    r")\b(?![-‐](?:ins|ups|outs|offs)\b)"  # not "Weigh-ins showed", nor "Open-source analysts have put ..." (dev probe
    # round 5): a compound word with no object after it ("Warm-up – 5-10 minutes", "Stir-fry the chicken" are orders)
    r"(?![-‐](?!(?:up|down|in|out|off|on|over|back)\b)\w+\s(?!(?:the|your|a|an|it|them|this|these|those|all|some)\b))"
    r"(?!\s(?:is|are|was|were|has|have|had|will|would|can|could|of|to\s(?:be|have)))"
    # nor a noun before the sentence's verb: "Sleep deprivation costs", "Test scores rose", "Plan prices start at"
    r"(?!\s(?!(?:the|a|an|your|yourself|my|our|their|his|her|its|this|that|these|those|it|them|him|me|us|up|out|down|off"
    r"|on|in|at|for|to|with|by|and|or|more|less|some|any|all|every|each|plenty|enough|no|who|what|which|how|whether|where"
    r"|when|why)\b)[a-z]+\s(?:(?:[a-z]{2,}(?<![siu])s|start|cost)\s(?:the|an?|about|around|nearly|over|roughly|at)\b"
    r"|(?:[a-z]{2,}(?<![siu])s|cost)\s[$£€]|rose|fell|grew|(?:is|are|was|were|has|have|had)\b))",
    re.IGNORECASE)
_SECOND_PERSON_ADVICE = re.compile(
    r"\b(?:you(?:['’]ll|\swill)?\s(?:should|need|must|might\swant|may\swant|want|have\sto|can\salso|['’]ll\swant)"
    r"|you\s(?:don['’]t|do\snot|won['’]t)\s(?:need|have)\sto"
    r"|you['’](?:d|ll)\sneed|make\ssure|be\ssure|we\s(?:recommend|suggest|advise)|it(?:['’]?s|\sis)\s(?:best|important|wise"
    r"|advisable|a\sgood\sidea|recommended|essential|crucial|worth)\sto|try\sto|aim\s(?:for|to)|(?:don['’]t|do\snot)\sforget"
    r"|if\syou(?:['’]re|\sare|\swant|\sneed|\splan|\shave)?|if\syour|you(?:['’]re|\sare)?\s(?:[a-z]+\s){0,3}?can"
    r"|should|I(?:\swould|['’]d)\s(?:recommend|suggest|advise|budget|plan\sfor|aim\sfor|allow)|here(?:['’]s|\sis|\sare)"
    r"|there\sare\s\S+\s(?:[a-z]+\s)?(?:reasons|ways|steps|rules|tips|things|types|options))\b",
    re.IGNORECASE)
# A norm the page sets for the reader, with no one's finding behind it ("a good rule of thumb is 2 hours per panel",
# "another tip for battery health is maintaining the charge between 20 and 80 percent",
# "10 weeks would be an attainable starting point", "ideally more", "a gratuity (10-20%) is a kind gesture"): advice.
_NORM = re.compile(r"\bideally\b|\brule\sof\sthumb\b|\b(?:good|ideal|attainable|reasonable|safe|sensible|great)\s"
                   r"(?:starting\s(?:point|weight|place)|place\sto\s(?:start|begin))\b|\b(?:kind|nice|polite|thoughtful)\sgesture\b"
                   r"|\b(?:a|another|one|the|my|our)\s(?:good\s|great\s|useful\s|quick\s|pro\s|final\s|key\s)?tip\s"
                   r"(?:for\s[\w\s]{1,30}?\s)?is\b",
                   re.IGNORECASE)
_NORM_WORDS = ("ideally", "thumb", "starting", "place", "gesture", "tip")  # one is in every _NORM match
# The author's own story ("I've been sewing for over 40 years"): narrative, not a claim about the world.
_FIRST_PERSON = re.compile(r"^(?:\W*(?i:but|and|so|now|then|when|after|since|since\sthen|today|honestly|personally),?\s){0,2}"
                           r"(?:I|I['’](?:ve|m|d|ll)|my|me)\b")
LIST_MARKER = re.compile(r"^\s*(?:[-–—•·*▪►✓✔]\s*|(?:step|tip|day|week|phase|part|no\.?|#)\s*\d{1,3}\s*[:.)\-–—]?\s*"
                         r"|\(?\d{1,3}[.):]\s*|[a-z][.)]\s+)", re.IGNORECASE)
# Listicle titles: "10 best travel insurance companies", "7 ways to save": the number orders the page, it counts nothing.
LISTICLE = re.compile(r"^(?:the\s)?(?:top\s)?\d{1,3}\+?\s(?:[\w-]+\s){0,3}?(?:best|ways?|tips?|things|reasons|steps|"
                      r"ideas|signs|mistakes|questions|tricks|rules|habits|foods|places|tools|apps|books|facts|"
                      r"examples|strategies|benefits|secrets|hacks|lessons|exercises|recipes|products|picks|options)\b",
                      re.IGNORECASE)
# "Rating: 4.1/5.0", "Duration: 3 to 12 months", "10-20 Minutes: Easy jogging in zone 2": a label and its value.
LABEL_VALUE = re.compile(r"^(?:[\w'’&/().+#-]+\s){0,3}[\w'’&/().+-]+\s?:\s+(?P<value>.*)$")
LABEL_VALUE_MAX_WORDS = 6
# A label that names a statistic about the world ("Acceptance Rate: 28%", "Average GPA: 3.7", "Median salary: $54,000"),
# unlike a spec or a rating ("Battery Life 8.0", "Rating: 4.1/5.0").
STATISTIC_LABEL = re.compile(r"\b(?:average|median|mean|rate|ratio|population|percentage|share|salary|salaries|income"
                             r"|unemployment|inflation|death\stoll|deaths|casualties|turnout|enrol+ment|class\ssize)\b",
                             re.IGNORECASE)
_RATING_LABEL = re.compile(r"\b(?:ratings?|score|stars?)\b", re.IGNORECASE)
# A label that names what a product or a package is made of ("Trip Details:", "Key Specs:", "What's Included:").
_DETAILS_LABEL = re.compile(r"\b(?:details|specs|specifications|features|includes|included|inclusions|package)\s?:?\s*$",
                            re.IGNORECASE)
# A recipe's nutrition row ("Nutrition per slice (12 slices): 265 kcal, 13g fat"): the dish's own figures, a spec row.
_NUTRITION_LABEL = re.compile(r"^(?:nutrition(?:al)?(?:\s(?:info(?:rmation)?|facts))?|per\s(?:serving|portion|slice))\b[^:]{0,30}:",
                              re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][\w'’,.-]*")
_MEASUREMENTS_ONLY = re.compile(r"^[~≈]?[$€£]?\d[\d.,]*\s?(?:(?:x|×|by|-|–|/|to)\s?[$€£]?\d[\d.,]*\s?)*[A-Za-z\"”″%]{0,12}\.?$")
# A spec row may give one measurement several ways, with an aside: "40-55 km | 25-34 miles (Rider: 65kg)"; an aside
# that compares is a finding, as a test's is ("Upload: 18.62 Mbps (65% slower than baseline)").
_ASIDE = re.compile(r"\s*\((?![^)]*(?:%|\bthan\b))[^)]*\)?")
_MEASUREMENT_SEPARATOR = re.compile(r"\s*(?:\||,\s|;|\bor\b)\s*")


def _only_measurements(value: str) -> bool:
    groups = [group for group in _MEASUREMENT_SEPARATOR.split(_ASIDE.sub("", value).strip()) if group]
    return bool(groups) and all(_MEASUREMENTS_ONLY.match(group) for group in groups)


# A short lead clause before an imperative: "As a rule of thumb, check the soil every 1-2 weeks", "While at work, take
# a 10-minute walk", "For the last 25% of the distance, run faster"; a longer one if it opens a condition or a purpose
# ("When bartenders are separate from the caterer, assume a tip of 10%"). Not one that dates a statement ("In 2019,
# run clubs grew"): a year in the lead sets a scene for a report.
_ADVICE_LEAD = re.compile(r"^(?![^,;:.]*\b(?:1[89]|20)\d\d\b)(?:[A-Z][^,;:.]{0,45}"
                          r"|(?:When|If|While|After|Before|Once|Unless|Until|For|To|During|Whether)\s[^,;:.]{0,60}),\s")
_SHORT_LABEL = re.compile(r"^(?:[\w'’&/-]+\s){0,3}[\w'’&/-]+(?:\s?\([^()]{0,40}\))?\s?(?::|\s[–—-])\s+")
_ARITHMETIC = re.compile(r"\d\)?\s?[×*÷]\s?\(?[$€£]?\d|=\s?\(?[$€£]?\d|[$€£]\d[\d,.]*\s\+\s[$€£]\d")
_ARITHMETIC_SIGNS = "×*÷=+"  # one is in every _ARITHMETIC match: a cheap first test
# A study's statistics ("n=121", "P=.25", "effect size=0.87", "∆=19.23") report results; they are not arithmetic.
_STATISTIC = re.compile(r"(?:\b(?:[nNpPrRtFdzU]|SD|SE|CI|OR|RR|HR|size)|[∆Δ∇αβχ²])\s?=\s?[-–]?\.?\d")


_AUTHOR = r"[A-Z][\w'’-]+,?\s(?:[A-Z]\.?\s?){1,3}"
# Authors as surname and initials, then the year: "Drake C, Roehrs T, Roth T (2013) ...", "Chiarenza A A and others
# (2020) ...", "Smith J, Jones K. Running and mortality."
_AUTHORS_THEN_YEAR = (rf"{_AUTHOR}(?:(?:,\s?{_AUTHOR})+(?:,?\s?(?:and\sothers|et\sal\.?)\s?)?"
                      r"(?:\((?:19|20)\d\d\)|[.,]\s)"
                      r"|,?\s?(?:and\sothers|et\sal\.?)\s?\((?:19|20)\d\d\)|\((?:19|20)\d\d\))")
# A bibliography or reference-list entry (LABELING.md: not a claim): a DOI or PubMed id, "2019;12:45" or "22(3),
# 147-160" (volume, issue, pages), "Retrieved from", "et al. (2021)".
_REFERENCE_ENTRY = re.compile(r"\bdoi\s?:|\bdoi\.org/|\bPMID\b|\b(?:19|20)\d\d\s?;\s?\d+(?:\(\d+\))?\s?:\s?\d+"
                              r"|\b\d+\(\d+\)[,:]\s?\d+[-–]\d+|\b[Rr]etrieved\s(?:from|on)\b"
                              r"|\bet\sal\.,?\s\(?(?:19|20)\d\d|\[Internet\]|\bProceedings\sof\b|\bvolume\s\d+,\s(?:number|issue)\s\d+"
                              r"|\[(?:Google\sScholar|PubMed|CrossRef|PMC\sfree\sarticle)\]|;\s(?:19|20)\d\d\.\sp{1,2}\.\s?\d+[-–]\d+"
                              r"|,\s\d{1,2}(?:st|nd|rd|th)\sed\.(?:\s|$)"  # "A Treatise Concerning ... Coffee, 5th ed."
                              r"|^" + _AUTHORS_THEN_YEAR)


# Every _REFERENCE_ENTRY match but the authors' at the start holds one of these or a digit before "(" (the cues with a
# space: or another whitespace character in its place): most paragraphs hold none, and looking for them is far cheaper.
_REFERENCE_CUES = ("doi", "PMID", "etrieved", "et al", "[Internet]", "Proceedings", "volume", ";", "[Google Scholar]",
                   "[PubMed]", "[CrossRef]", "[PMC free article]", " ed.")
_DIGIT_BRACKET = re.compile(r"\d\(")
_OTHER_WHITESPACE = re.compile(r"[^\S ]")  # any whitespace but the space bar's
_AUTHOR_INITIALS = re.compile(_AUTHOR)
_AUTHORS_ENTRY = re.compile(_AUTHORS_THEN_YEAR)


def is_reference_entry(paragraph: str) -> bool:
    """Whether a paragraph is an entry of a reference list or bibliography."""
    if any(cue in paragraph for cue in _REFERENCE_CUES) or _DIGIT_BRACKET.search(paragraph) is not None:
        return _REFERENCE_ENTRY.search(paragraph) is not None
    if _AUTHOR_INITIALS.match(paragraph) is None:
        return False
    if _OTHER_WHITESPACE.search(paragraph) is not None:  # a cue may be there with another space in it
        return _REFERENCE_ENTRY.search(paragraph) is not None
    return _AUTHORS_ENTRY.match(paragraph) is not None  # only the authors at the start can match: tested there alone


def without_marker(sentence: str) -> str:
    """The sentence after a list marker or step label ("3. ", "Step 2: ", "• ")."""
    marker = LIST_MARKER.match(sentence)
    return sentence[marker.end():] if marker else sentence


# "SEO takes patience—expect 3-6 months": a plan set out after a dash.
_DASH = re.compile(r"\s?[—–]\s?")
_PLANNING_START = re.compile(r"(?:expect|budget|allow|plan\sfor|aim\sfor|set\saside)\s")
_FOR_EXAMPLE = re.compile(r"\b(?:for\sexample|for\sinstance|e\.g\.),\s")
# "Expert Tip: ...", "Pro tip: ...": what follows the label is advice.
_TIP_LABEL = re.compile(r"^(?:[\w'’-]+\s){0,2}tips?\s?:\s", re.IGNORECASE)
# "Have at least 50 reviews": "have" opens a requirement here, not a question ("Have you ...") or a perfect tense.
_HAVE_AT_LEAST = re.compile(r"^Have\s(?:at\sleast|no\s(?:more|fewer|less)\sthan|a\sminimum\sof)\s")


# An order given with its reason, the reason holding a figure ("..., as these can range from S$200 to S$500").
_REASON_WITH_FIGURE = re.compile(r",\s(?:as|because|since)\s[^,;]*?(?:\d|\b(?:dozens|hundreds|thousands|millions|billions)\b)",
                                 re.IGNORECASE)
# "Remember that 40% of drivers never check their tyres": an order to keep a claim in mind; the claim is what follows.
_MIND_LEAD = re.compile(r"^(?:(?:don['’]t|do\snot)\sforget|remember|note|keep\sin\smind|bear\sin\smind)\sthat\s", re.IGNORECASE)


# What a product lets its user do, set out after a feature's name and a dash ("Livestreaming – Host multi-speaker
# livestreams ... up to 10,000 viewers", "Global Payments & Taxes – Sell in 200+ countries"): a feature list, as a spec
# row is. Only after such a label: "Host cities spent $5 billion" opens a claim.
_LABEL_DASH = re.compile(r"\s[–—-]\s+$")
_FEATURE_VERB = re.compile(r"(?:Host|Sell|Launch|Personali[sz]e|Customi[sz]e|Build|Manage|Automate|Integrate|Share|Stream"
                           r"|Sync|Access|Accept|Collect|Generate|Edit|Publish|Offer|Create|Design|Upload|Import|Export"
                           r"|Connect|Send|Run|Store|Back\sup|Set\sup|Choose|Pick|Get)\b")


# A police appeal ("Anyone with information is asked to call 101, quoting log number 1187"): its numbers are a phone
# line and a reference, not figures (dev review pnd100).
_APPEAL = re.compile(r"\W*(?:Anyone|Anybody|Witnesses|Those|People)\s(?:with|who)\b[^.;]{0,80}?\b(?:is|are)\s(?:being\s)?"
                     r"(?:asked|urged|encouraged)\sto\s(?:call|contact|ring|phone|email)\b")  # not "Parents are being urged
# to contact their GP after 12 children fell ill": a report


def is_instruction(sentence: str) -> bool:
    """Advice or an instruction: an imperative opening, second-person advice ("you should", "make sure") or a norm
    ("a good rule of thumb is"), also after a short label ("Voice tuning – Personalize the pitch up to 20 semitones")."""
    body = without_marker(sentence).lstrip(" \"“‘'(")
    if mind := _MIND_LEAD.match(body):
        return is_instruction(body[mind.end():])
    reason = _REASON_WITH_FIGURE.search(body)
    if reason and _opens_with_an_order(body) and not _SECOND_PERSON_ADVICE.search(body, reason.start()):
        return False  # "Don't be put off by the price, as there are hundreds of cameras second-hand": the reason is a claim
    labelled = _SHORT_LABEL.match(body)
    after_label = body[labelled.end():] if labelled else ""
    dash = _DASH.search(body)
    example = _FOR_EXAMPLE.search(body)  # "One option is interval running, for example, run at 80% for 30 seconds"
    return bool(_opens_with_an_order(body) or _SECOND_PERSON_ADVICE.search(body) or _HAVE_AT_LEAST.match(body)
                or (" to c" in body and _APPEAL.match(body))
                or (holds_any_case(body, _NORM_WORDS) and _NORM.search(body)) or _TIP_LABEL.match(body)
                or (after_label and (_IMPERATIVE_START.match(after_label)
                                     or (_LABEL_DASH.search(body[:labelled.end()]) and _FEATURE_VERB.match(after_label))))
                or (dash and _PLANNING_START.match(body, dash.end()))
                or (example and _IMPERATIVE_START.match(body[example.end():])))


def is_order(text: str) -> bool:
    """Advice as someone gives it in a quotation: an order ("Buy the one with the best app", "For beginners, start
    with 20 minutes") or "you should", "make sure", "try to"; not a conditional that states a finding ("Even if you
    fall asleep easily, caffeine reduces deep sleep by 20%"). Every order is an instruction (is_instruction)."""
    body = without_marker(text).lstrip(" \"“‘'(")
    return _opens_with_an_order(body) or _ORDER_TO_YOU.search(body) is not None


def _opens_with_an_order(body: str) -> bool:
    """An imperative opening, or one after a short lead ("For beginners, start with 20 minutes")."""
    lead = _ADVICE_LEAD.match(body)
    return bool(_IMPERATIVE_START.match(body) or (lead and _IMPERATIVE_START.match(body[lead.end():])))


_ORDER_TO_YOU = re.compile(r"\b(?:you(?:['’]ll|\swill)?\s(?:should|need\sto|must|have\sto)|make\ssure|be\ssure|try\sto"
                           r"|it(?:['’]?s|\sis)\s(?:best|important|wise|advisable|a\sgood\sidea|essential)\sto)\b", re.IGNORECASE)


# A row labelled by a figure before its colon ("10-20 Minutes: Easy jogging in Zone 2", "13 Reps+ (lifting for
# endurance): Rest long enough", "$94.95 lifetime license: One-off payment"): a plan's step or a price tier, set out
# as a list, not a statement; a year before the colon is a date ("2023: sales rose 40%") and no such label.
_FIGURE_LABEL_ROW = re.compile(r"(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*(?:\s?[-–]\s?\d[\d,.]*)?%?)\+?\s?(?:[^\W\d][^:.!?]{0,39})?:\s")
_YEAR_LABEL = re.compile(r"(?:1[89]|20)\d\d\s?:")


# A rate card's row, a range and what it is charged for ("5%–10% for premium materials (copper, PEX-A)"), with no verb.
_RANGE_FOR_ROW = re.compile(r"[$£€]?\d[\d,.]*%?\s?[-–]\s?[$£€]?\d[\d,.]*%?\s(?:for|on)\s[^.!?;:]{3,80}")


def is_figure_label_row(sentence: str) -> bool:
    """Whether the sentence is a row whose label, before its colon, is a figure with its unit, or a rate card's row."""
    body = without_marker(sentence).strip()
    label = _FIGURE_LABEL_ROW.match(body)
    return (label is not None and _YEAR_LABEL.match(body) is None and " of " not in label.group()) \
        or _RANGE_FOR_ROW.fullmatch(body.rstrip(".")) is not None  # not "45% of workers:"


# The label of a row of test results; not a byline ("Tested by: John Milbank").
_TEST_LABEL = re.compile(r"\b(?:test|tests|testing|tested(?!\sby\b)|benchmark|measured)\b", re.IGNORECASE)


def is_test_row(sentence: str) -> bool:
    """A row of the page's own test results ("Motion Transfer Test: Low motion transfer (4.2 m/s²)"): its figures are
    the publication's measurements (LABELING.md), not figures with no source."""
    labelled = LABEL_VALUE.match(without_marker(sentence).strip())
    return labelled is not None and _TEST_LABEL.search(sentence[:labelled.start("value")]) is not None


# A recipe's ingredient line ("8-9 ripe pears, cored and peeled", "1/2 teaspoon salt", "3 cloves garlic, minced"): a
# quantity, a kitchen measure or a preparation, no verb and no full stop. LABELING.md: recipes are not claims.
_QUANTITY = r"(?:about\s)?\d+(?:\s\d+/\d+|/\d+)?(?:\s?[-–]\s?\d+)?\s"
_KITCHEN_MEASURE = (r"(?:cups?|tbsps?|tablespoons?|tsps?|teaspoons?|oz|ounces?|g|grams?|kg|lbs?|pounds?|ml|litres?|liters?"
                    r"|jars?|cans?|cloves?|pinch(?:es)?|dash(?:es)?|sticks?|slices?|pieces?|bunch(?:es)?|handfuls?"
                    r"|packages?|packets?|sprigs?|stalks?|heads?|tins?|bags?|bottles?|box(?:es)?|cartons?|bulbs?|fillets?)\s(?:of\s)?")
_PREPARED = (r"(?:,\s(?:(?:\w+ly\s)?[a-z]+(?:ed|en)(?:\sand\s[a-z]+(?:ed|en))?|or\s[^.]*|to\staste|divided|optional|plus\s[^.]*)"
             r"|\s\((?:about\s|around\s)?\d[^()]{0,30}\))")  # "3 very ripe bananas (about 350 g peeled)"
# A metric measure written onto its number, with the cup measure after it: "115g (1/2 cup) unsalted butter".
_GLUED_MEASURE = r"(?:about\s)?\d+(?:g|kg|ml|l)\s(?:\([^()]{1,20}\)\s)?"
_INGREDIENT = re.compile(rf"^(?:{_QUANTITY}(?P<measure>{_KITCHEN_MEASURE})?|(?P<glued>{_GLUED_MEASURE}))(?P<what>(?:[A-Za-z®'’-]+\s?){{1,5}})"
                         rf"(?P<prepared>(?:{_PREPARED})*)$")
_NOT_AN_INGREDIENT = re.compile(r"\b(?:is|are|was|were|has|have|had|will|can|died|fled|left|won|lost|ran|fell|rose|said"
                                r"|says|got|made|people|persons|[a-z]+ed)\b")
_BEFORE_A_NOUN = re.compile(r"\s[a-z]")


# A list item that opens on a kitchen measure: "[1 cup asparagus, ½ cup sweet potato, 1 tsp. olive oil", "1 tsp soda and
# 1/2 tsp salt".
_MEASURED_ITEM = re.compile(rf"(?:^|[\[(,;:]\s?|\sand\s)(?:{_QUANTITY}|[½¼¾⅓⅔]\s){_KITCHEN_MEASURE}", re.IGNORECASE)
_STATEMENT_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|found|showed)\b", re.IGNORECASE)


def is_ingredient(sentence: str) -> bool:
    """Whether the line is a recipe's ingredient: a kitchen measure or a preparation, and no verb in what it names;
    or a dish's list of them ("Asparagus and Eggs [1 cup asparagus, 2 poached eggs, ½ cup sweet potato]"): two or
    more items that open on a kitchen measure, and no verb that states anything ("Americans drink 3 cups of coffee a
    day and eat 2 slices of bread" is a claim)."""
    found = _INGREDIENT.match(sentence.strip())
    measure = found.group("measure") or found.group("glued") if found is not None else None
    if found is not None and bool(measure or found.group("prepared")):
        # after a kitchen measure, a participle before its noun describes it: "115g (1/2 cup) unsalted butter"
        what = found.group("what")
        if all(measure and verb.group().endswith("ed") and _BEFORE_A_NOUN.match(what, verb.end())
               for verb in _NOT_AN_INGREDIENT.finditer(what)):
            return True
    return len(_MEASURED_ITEM.findall(sentence)) >= 2 and _STATEMENT_VERB.search(sentence) is None


# What a study asked of its participants or did with its data ("Students were asked to meditate for 10 minutes daily
# for 40 days", "Data from the three items were used to create variables"): its method, not a finding. How many it
# assigned to each group ("56 participants were randomized to the intervention group") is a count the labellers keep.
_STUDY_METHOD = re.compile(r"\b(?i:participants|students|subjects|patients|respondents|volunteers|children|adults|users)\s"
                           r"(?:were|was)\s(?:then\s|also\s)?(?:asked|instructed|told)\sto\b"
                           r"|\b(?:were|was)\sused\sto\s(?:create|examine|assess|measure|calculate|estimate|compare|analy[sz]e"
                           r"|test|evaluate|identify|determine)\b")


_FINDING_WORD = re.compile(r"\b(?:but|however|significant(?:ly)?|found|showed|reported|improved|reduced)\b")


def is_study_method(sentence: str) -> bool:
    """A sentence setting out how a study was done, and no finding beside it ("..., but there were no significant
    changes in sleep" reports one)."""
    return _STUDY_METHOD.search(sentence) is not None and _FINDING_WORD.search(sentence) is None


# A guide carrying its sum on to the result ("At $0.15 per kWh, this comes to about $1.80/month", "For a business
# generating $1 million annually, this translates to $35,000-$40,000"): the figure is worked out from the page's own
# numbers (judged no claim on the dev pages, 3 of 3; "that's 18% up from the previous year" states a change instead).
_WORKED_OUT = re.compile(r"\b(?:this|that|which|it)\s(?:comes|works\sout|translates|adds\sup|equates|amounts)\sto\s"
                         r"(?:about\s|roughly\s|around\s|approximately\s|just\s|only\s)?[$€£]?\d", re.IGNORECASE)


# What a calculation assumes: "Figures assume a 10% deposit", "assuming a 7% annual return" (dev probe rounds 11, 13).
_ASSUMING = re.compile(r"(?:\b(?:[Ff]igures|[Rr]ates|[Pp]rices|[Nn]umbers|[Rr]esults|[Cc]alculations?|[Ee]stimates|[Tt]his"
                       r"\s(?:calculation|example|estimate))\s(?:shown\s|above\s|below\s|here\s)?assumes?|(?:^|,\s)assuming)"
                       r"\s(?:that\s)?(?:an?\s|the\s)?(?:[\w-]+\s){0,2}?[$£€]?\d")


def is_worked_example(sentence: str) -> bool:
    """Arithmetic shown as an example ("Billable Rate = $103.75 × (1.20) = $124.50/hour", "a total tax of $16,712
    ($1,240 + $4,560 + $10,912)", "this comes to about $1.80/month"), or what it assumes: a calculation, not a claim."""
    return ((any(sign in sentence for sign in _ARITHMETIC_SIGNS)
             and _ARITHMETIC.search(_STATISTIC.sub(" ", sentence)) is not None)
            or _WORKED_OUT.search(sentence) is not None
            or ("assum" in sentence and _ASSUMING.search(sentence) is not None))


# An example the page makes up for the reader ("For example, you would like a 1,000 m² lawn mowed", "Say your business
# spends $120,000 per year", "In this scenario, had the client attended 30 sessions ... they would have spent $1500"):
# a scenario, not a claim about the world. An example of what things typically cost ("For example, repainting a home
# might cost $5,000") stays a claim.
_AN_EXAMPLE = r"for\sexample|for\sinstance|example|e\.g\."
_EXAMPLE_LEAD = re.compile(rf"^\W{{0,2}}(?:(?:{_AN_EXAMPLE}|say(?=,?\syou)"
                           r"|in\sthis\s(?:\w+\s)?(?:scenario|example|case))\b|for\san?\s(?:[\w-]+\s)?[$€£]?\d)",
                           re.IGNORECASE)
_SCENARIO = re.compile(r"\b(?:you|your|would|had)\b", re.IGNORECASE)
_EVIDENCE_WORDS = re.compile(r"\b(?:found|finds|study|studies|survey|according|said|says|reported|data|research)\b",
                             re.IGNORECASE)


# A lead that makes up what follows whatever its person or mood ("Let's take a three-bed semi that uses 12,000 kWh",
# "Suppose the heat pump costs £12,000"): a hypothesis, never a report.
_HYPOTHESIS_LEAD = re.compile(r"^\W{0,2}(?:(?i:let['’]s\s(?:say|assume|imagine|suppose))\b|(?i:let['’]s\stake\s(?:an?|the)\s)"
                              r"(?!(?:closer\s|quick\s|brief\s|short\s|deeper\s)?look\b)|(?i:suppose|imagine)(?=,|\s(?:that|if|you"
                              r"|your|we|an?|the)\s)|(?i:assume\s(?:that\s)?you)\b)")


def is_made_up_example(sentence: str) -> bool:
    """A scenario made up for the reader, in the second person or the conditional, with nothing reported in it."""
    return ((_HYPOTHESIS_LEAD.match(sentence) is not None
             or (_EXAMPLE_LEAD.match(sentence) is not None and _SCENARIO.search(sentence) is not None))
            and not reports_evidence(sentence))


_AN_EXAMPLE_LEAD = re.compile(rf"^\W{{0,2}}(?:{_AN_EXAMPLE})", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def opens_a_working_out(example: str) -> bool:
    """Whether a made-up example (is_made_up_example) is one the next sentences go on working out ("Let's say you want
    to spend $5,000 a month on ads.", "In this basic example, John's tax would be $16,712."); not "For example, you may
    not know X", which gives one example and goes back to the page's own statements."""
    return _AN_EXAMPLE_LEAD.match(example) is None and (
        _DIGIT.search(example) is not None or _SCENARIO.search(example) is not None)


def reports_evidence(sentence: str) -> bool:
    """Whether the sentence names what its figures come from (a study, a survey, data, someone who said so)."""
    return _EVIDENCE_WORDS.search(sentence) is not None


# The page counting its own picks ("These are the 5 telescopes worth buying", "All 12 mattresses on this list", "we
# rounded up 8 carriers"): the size of its list, not a count of anything in the world.
_OWN_LIST = re.compile(r"^(?:These|Here)\s(?:are|is)\s(?:the\s|our\s)?(?=\w+\s)"  # "These are 5 hassle-free telescopes"
                       r"|\b(?:(?:on|in|from)\s(?:this|our)\s(?:\w+\s)?(?:list|guide|roundup|round-up|ranking|selection)"
                       r"|worth\s(?:buying|considering|checking\sout|a\slook)"
                       r"|(?:we|I)(?:['’]ve)?\s(?:picked|chose|selected|rounded\sup|shortlisted))\b", re.IGNORECASE)
_LIST_SIZE = re.compile(r"\d{1,2}|[A-Za-z]+")
LIST_SIZE_MAX = 50


def only_own_list_counts(figures: list[dict], sentence: str) -> bool:
    """Whether every figure is a small bare count and the sentence says it counts the page's own list."""
    return bool(figures) and _OWN_LIST.search(sentence) is not None and all(
        _LIST_SIZE.fullmatch(f["text"]) and f.get("value") is not None and f["value"] <= LIST_SIZE_MAX
        for f in figures)


# An illustration set inside a sentence ("a flat rate for groups, for example, $90 for a group of up to 6 people",
# "Small lawns (e.g. 300 m²)"): a value picked to show what is meant, not one anyone counted. An example that opens
# the sentence is a scenario (is_made_up_example) or what things typically cost, a claim.
_EXAMPLE_INSIDE = re.compile(r"(?<=[\s(,])(?:for\sexample|for\sinstance|e\.g\.)(?=[\s,])", re.IGNORECASE)


def only_illustrations(figures: list[dict], sentence: str, offset: int) -> bool:
    """Whether every figure comes after an example marker inside the sentence, in the same clause."""
    markers = [m.end() for m in _EXAMPLE_INSIDE.finditer(sentence)]
    return bool(figures and markers) and all(
        any(end <= f["start"] - offset and not re.search(r"[;)]|\.\s", sentence[end:f["start"] - offset])
            for end in markers)
        for f in figures)


def is_personal(sentence: str) -> bool:
    """A sentence of the author's own story, in the first person singular."""
    return _FIRST_PERSON.match(without_marker(sentence).lstrip(" \"“‘'(")) is not None


# An author's or expert's bio: "Sarah Linwood is HomeKit Reviews' appliances editor and has tested more than 200
# vacuums", "Coach Daniel Brooks is a UK Athletics-qualified coach and has run 40 marathons": who writes, not a claim.
_BIO_TITLE = r"^(?:(?:Coach|Dr|Dr\.|Prof|Professor)\s)?"
_BIO_OPENING = _BIO_TITLE + r"(?:[A-Z][\w'’-]+\s){1,3}"
_BIO = re.compile(_BIO_OPENING + r"is\s(?:a|an|our|the|[A-Z][\w'’&-]*"
                  r"(?:\s(?:&|[A-Z][\w'’&-]*)){0,3}['’]s?)\s(?:[\w'’-]+\s){0,5}?(?:editor|writer|reporter|journalist|coach|reviewer"
                  r"|contributor|correspondent|columnist|trainer|nutritionist|dietitian|tester|critic|author|blogger)\b"
                  r"[^.;]*?\b(?:and|who)\s(?:has|have)\s(?:been\s[a-z]+ing|tested|reviewed|run|written|covered|worked|spent"
                  r"|coached|trained|judged|taught|cooked|edited|published|interviewed|used|tried|ridden|climbed)\b")
# "Hannah Reid has been a small-animal vet for 14 years and writes for PawWise": the writer's years in the trade
_BIO_YEARS = re.compile(_BIO_OPENING + r"(?:has\sbeen|is)\s(?:a|an)\s(?:[\w'’-]+\s){0,3}?(?:vet|veterinarian|nurse|doctor"
                        r"|physician|dermatologist|pharmacist|physiotherapist|therapist|planner|engineer|teacher|chef"
                        r"|designer|developer|photographer|adviser|advisor|consultant|surgeon|editor|writer|reporter"
                        r"|journalist|coach|reviewer|trainer|nutritionist|dietitian|tester|critic)\s(?:for|since)\s"
                        r"[^.;]*?\band\s(?:writes|covers|reviews|edits|contributes|tests|runs|works|has)\b")


# A charity's donation tiers: "£10 provides 30 meals for a family", "$25 could pay for a week of lunches": what a gift
# buys, an appeal, not a claim about the world.
_DONATION_TIER = re.compile(r"^(?:[-–•·*]\s*)?(?:just\s)?[$£€]\d[\d,.]*(?:\s(?:a|per|each)\s(?:month|week|year))?\s"
                            r"(?:could\s|can\s|will\s|would\s)?(?:provides?|pays?\sfor|buys?|covers?|feeds?|funds?|stocks?"
                            r"|gives?|helps?|keeps?|sends?|supplies)\b")


# A person's years in their work or place, as a profile gives them ("Harmer, 68, has volunteered as a river warden for
# 22 years", "Dr Amrita Sen, a freshwater ecologist, has spent six years sampling"): who they are, not a claim.
_PERSON_YEARS = re.compile(_BIO_TITLE + r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}(?:,\s[^,]{1,80},)?"
                           r"\shas\s(?:(?:volunteered|worked|lived|served|taught|farmed"
                           r"|fished|coached|nursed|practised|practiced|been\s[a-z]+ing)\b[^.;]*?\b(?:for|since)\s"
                           r"|spent\s)(?:more\sthan\s|over\s|nearly\s|almost\s|about\s)?(?:\d{1,2}|two|three|four|five|six"
                           r"|seven|eight|nine|ten|a\sdozen)\s(?:years|decades)\b")


def is_donation_tier(sentence: str) -> bool:
    return _DONATION_TIER.match(sentence.strip()) is not None


# A reviewer's track record, as the author box gives it: "Claire Donnelly has tested more than 60 mattresses for Restline
# since 2019", "About the author: Priya Natarajan has reviewed laptops for Bitframe since 2016 and has tested more than
# 400 machines", "Callum Fraser has walked all 282 Munros and writes about Scotland's hills" (dev probe rounds 13 to 16).
_AUTHOR_BOX_LEAD = re.compile(r"^About\sthe\s(?:author|writer|reviewer|expert)\s?[:.–—-]\s*", re.IGNORECASE)
_TRACK_RECORD = re.compile(_BIO_TITLE + r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}\shas\s(?:\w+ly\s)?(?:reviewed|tested|covered"
                           r"|written\sabout|edited|walked|run|climbed|cooked|coached)\s"
                           r"(?![^.;]*(?:\b(?:patients|people|participants|volunteers|adults|children|customers|users)\b|[$£€%]))"
                           r"(?=[^.;]*?(?:\bfor\s[A-Z]|\band\s(?:writes|reviews|covers)\b))"  # for a publication, or writing
                           r"[^.;]*?(?:\bsince\s(?:19|20)\d\d\b|\bfor\s(?:more\sthan\s|over\s|nearly\s|almost\s|about\s)?"
                           r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\sdozen)\s(?:years|decades)\b"
                           r"|\band\s(?:writes|reviews|covers)\s(?:about|for)\b)")


def is_bio(sentence: str) -> bool:
    """Whether the sentence introduces the page's author or expert by role and experience."""
    body = _AUTHOR_BOX_LEAD.sub("", sentence.strip())
    return any(pattern.match(body) for pattern in (_BIO, _BIO_YEARS, _PERSON_YEARS, _TRACK_RECORD))


# A title that promises what the page goes on to give: "How to help your dog lose weight safely, according to vets",
# "Porto on a budget: how to spend 48 hours" (its number is the plan's), and with no figure, "Screen time: what the
# research says".
_HOW_TO = re.compile(r"(?:^\W{0,3}|:\s)(?:how|ways|tips)\sto\b", re.IGNORECASE)
_TEASER = re.compile(r"\bwhat\s(?:the\s)?(?:[\w-]+\s){0,2}(?:says?|shows?|finds?|knows?|tells\sus)\b", re.IGNORECASE)


def promises_what_follows(title: str, has_figures: bool) -> bool:
    """Whether a title or heading announces advice or findings to come rather than asserting them."""
    return _HOW_TO.search(title) is not None or (not has_figures and _TEASER.search(title) is not None)


# "Five innovative solutions to climate change", "7 habits that ...": a count of the things a title lists.
_LISTED_THINGS = re.compile(r"^(?:[Tt]he\s)?(?:\d{1,3}|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen"
                            r"|Twenty)\s(?:[a-z-]+\s){0,2}[a-z]{3,}s\s(?:to|for|that|you|of|every|we|from|in)\b")


# "Debunking 10 common nutrition myths", "From 'Heat' to 'Ronin,' 10 movies to stream now", "The top 10 commands to
# teach your puppy": wherever the count stands, a title counting tips, picks or myths counts the page's own list.
_LISTICLE_COUNT = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\+?\s(?:[\w'’-]+\s){0,4}(?:tips|ways|reasons|things|ideas|myths|mistakes"
                             r"|steps|habits|movies|films|books|shows|songs|albums|apps|tools|products|picks|places"
                             r"|destinations|recipes|foods|exercises|questions|signs|secrets|hacks|rules|lessons|facts"
                             r"|commands|services|brands|games|gifts|trends|options|alternatives|strategies|examples"
                             r"|podcasts|restaurants|hotels|plants|dishes|deals|types|kinds|benefits|uses|factors"
                             r"|features)\b", re.IGNORECASE)


def is_numbered_title(sentence: str) -> bool:
    """A headline or heading that opens with the number of things it lists (case matters: "10 Days in Japan"), or
    counts the tips, picks or myths the page lists wherever the count stands."""
    body = _LEADING_SYMBOLS.sub("", without_marker(sentence)).strip(" \"“”‘’'")
    return any(_listicle_count_near_start(part) for part in re.split(r"[:–—|?]", body)) or any(
        re.match(r"^(?:[Tt]he\s)?(?:[Tt]op\s|[Bb]est\s)?\d{1,3}\+?[\"”’']?\s[A-Z]", part.strip(" \"“”‘’'"))
        or _LISTED_THINGS.match(part.strip(" \"“”‘’'"))
        for part in re.split(r"[:|]", body))  # "Complete Japan Itinerary ...: 10 Days in Japan", "... | Top 19 Companies"


_LEADING_SYMBOLS = re.compile(r"^[^\w\"“‘'(]+")  # "🛠️ 6 Tools for Data Analysis"
LISTICLE_COUNT_MAX_WORDS_BEFORE = 5


def _listicle_count_near_start(part: str) -> bool:
    """A count of listed things among the first words of a title's part ("Our 12 favourite plants for shade", "...: 5
    tips"), not a headline's count after its verb ("Hartmann to cut 4,500 jobs and shut two plants")."""
    part = _QUOTED_TITLE.sub("", part)  # "From 'One Battle After Another' to 'Knives Out,' 10 movies to stream now"
    return any(len(part[:m.start()].split()) <= LISTICLE_COUNT_MAX_WORDS_BEFORE for m in _LISTICLE_COUNT.finditer(part))


_QUOTED_TITLE = re.compile(r"(?<!\w)['‘“\"][^'’”\"]{1,60}['’”\"](?!\w)")


def _is_spec_row(body: str) -> bool:
    """A row of labelled measurements, asides and all: "Actual Weight (U.S. men's 9): 9.7 ounces (274 grams) | Drop:
    6 millimeters"."""
    cells = [LABEL_VALUE.match(cell.strip()) for cell in _ASIDE.sub("", body).split("|")]
    return all(cell is not None and _only_measurements(cell.group("value"))
               and STATISTIC_LABEL.search(cell.string[:cell.start("value")]) is None for cell in cells)


# A row of short facts set apart by dots or bars: "★★★☆☆ · Director: Ines Calder · 148 mins · Certificate 12A".
_INFO_SEPARATOR = re.compile(r"\s[·•|]\s")
INFO_ROW_MIN_PARTS, INFO_PART_MAX_WORDS = 3, 5


def _is_info_row(body: str) -> bool:
    parts = _INFO_SEPARATOR.split(body)
    return len(parts) >= INFO_ROW_MIN_PARTS and all(
        len(part.split()) <= INFO_PART_MAX_WORDS and _STATEMENT_VERB.search(part) is None for part in parts)


def is_scaffolding(sentence: str) -> bool:
    """A list marker, label or title rather than a statement: too few words to assert anything, a listicle title,
    or a line that introduces a list ("Here are five key insights:")."""
    body = _LEADING_SYMBOLS.sub("", without_marker(sentence)).strip()
    labelled = LABEL_VALUE.match(body)
    label = body[:labelled.start("value")] if labelled else ""
    if labelled and STATISTIC_LABEL.search(label) and _RATING_LABEL.search(label) is None \
            and re.search(r"\d", labelled.group("value")):
        return False  # "Acceptance Rate: 28%": a statistic with its name, not a label ("Average Rating: 4.9" is a widget)
    if labelled and _only_measurements(labelled.group("value")):
        return True  # "Dimensions: 4.53 x 6.69 x 7.87 inches": a spec row, however many numbers it holds
    if labelled and _DETAILS_LABEL.search(label):
        return True  # "Trip Details: A 10-day adventure featuring 15 meals": what the product offered is, a spec row
    if _is_spec_row(body) or _NUTRITION_LABEL.match(body) or _is_info_row(body):
        return True
    listed = LISTICLE.match(body.lstrip(" \"“‘'")) or re.match(r"^[\"“‘']?[Tt]op\s\d{1,3}\b", body)
    return (len(_WORD.findall(body)) < 4 or listed is not None or body.endswith(":")
            or (labelled is not None and len(labelled.group("value").split()) < LABEL_VALUE_MAX_WORDS))


# A product's feature bullet ("360° sensor for obstacle detection", "Clear HD video quality up to 4k", "5-7 selections
# per month"): a list item of a few words, no sentence, nothing done or counted. Not a marketing tally ("Achieved 830K
# users", "1,300+ visits in 3 months"), a comparison or a statistic ("Acceptance Rate: 28%"), which assert something
# about the world.
FEATURE_BULLET_MAX_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_ASSERTS_IN_A_BULLET = re.compile(r"\b(?:\w+ed|increase[sd]?|decrease[sd]?|more|less|fewer|than|growth|grew|average|median"
                                  r"|typical(?:ly)?|users|customers|clients|people|members|patients|downloads|visits|sold"
                                  r"|reviews|ratings?|installs)\b", re.IGNORECASE)


# A table cell that reports a result with its verb first ("Achieved 830K users for an online casino", "Boosted FXGT's
# organic traffic by 40%", "Helped Freddie Hill achieve a 120% increase"): a claimed outcome, not a spec; a label such
# as "Measured Maximum Speed" has a capital after its verb.
_RESULT_CELL = re.compile(r"^(?:Helped|Grew|Drove|Raised|Cut|Won|Saved|Sold|Built|[A-Z][a-z]+ed\s(?=[a-z$€£\d]|[A-Z][\w&.-]*['’]s\s))")


def is_result_cell(sentence: str) -> bool:
    """Whether a table cell states a result its subject achieved, rather than a spec or a label."""
    return _RESULT_CELL.match(sentence.strip()) is not None


def is_feature_bullet(sentence: str) -> bool:
    """Whether a list item reads as a product's feature or spec rather than a statement."""
    body = without_marker(sentence).strip()
    return (_SENTENCE_END.search(body) is None and len(_WORD.findall(body)) <= FEATURE_BULLET_MAX_WORDS
            and _ASSERTS_IN_A_BULLET.search(body) is None and STATISTIC_LABEL.search(body) is None)

