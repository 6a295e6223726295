"""Who a claim is credited to, and what kind of source that is.

Kinds follow LABELING.md: named (a person by name), organisation (an outlet,
ministry, army, company), anonymous (a source that exists but is not named),
vague (no identifiable source at all) and none. People are recognised from the
article itself: a name after a title ("Defence Minister Sergei Shoigu"), a name
that reports something ("Sladkov said"), or "Mr/Ms" + surname; later mentions
of the surname alone and pronouns resolve to that person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .patterns import MONTH_NAMES, WEEKDAYS, holds_any_case

NAME_WORD = r"(?:(?:Mc|Mac|De|Di|Da|Du|La|Le)[A-Z][a-zà-ÿ'’]+|[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ]+)*|[A-Z]\.(?:\s?[A-Z]\.)*|(?:al|el|bin|ibn|van|von|de|da|di|du|le|la)-[A-Z][a-z]+)"

# The titles that only qualify another title ("State Senator Ana Ruiz", "Defence Minister Shoigu"): alone, before a
# single name, they make no person ("State Farm", "National Grid").
_TITLE_MODIFIERS = frozenset("""vice minister's foreign defence defense health finance interior home economy trade
education transport energy state national federal regional army navy police military presidential""".split())
TITLES = _TITLE_MODIFIERS | frozenset("""
president prime minister secretary senator sen rep representative congressman congresswoman governor gov mayor
chancellor premier chief director ceo cfo coo cto founder co-founder chairman chairwoman chair spokesman spokeswoman
administrator superintendent
spokesperson mr mrs ms mx dr prof professor general gen colonel col captain capt lieutenant lt sergeant sgt major
commander admiral king queen prince princess pope judge justice lord lady sir dame ambassador envoy coach officer
detective inspector commissioner sheriff deputy leader speaker head aide adviser advisor analyst expert experts insider
researcher scientist economist strategist attorney lawyer prosecutor manager editor reporter correspondent journalist
columnist author writer analysts researchers scientists economists actress actor singer rapper star striker
midfielder defender goalkeeper manager boss owner chef designer artist producer host anchor presenter justice
""".split())
DEMONYMS = frozenset("""
us u.s. u.s uk u.k. u.k eu american british english french german dutch greek swiss thai israeli iraqi saudi pakistani
afghan arab czech kurdish welsh scottish irish chinese japanese russian ukrainian polish spanish swedish turkish
italian indian iranian syrian korean european african asian western eastern northern southern nigerian canadian
australian mexican brazilian belarusian finnish danish norwegian portuguese egyptian palestinian lebanese
kremlin-backed pro-kremlin pro-russian russia-backed
""".split())
ORG_WORDS = frozenset("""
ministry department agency office university institute college school journal times post news newspaper paper
press tribune telegraph guardian herald gazette mail express star sun observer standard economist reuters bloomberg
police army navy forces force military government council commission committee company corp corporation inc ltd llc
plc group bank court party kremlin pentagon congress senate parliament duma assembly foundation association union
organisation organization service services centre center board authority bureau federation league club
team network channel tv radio broadcaster magazine outlet agency's ministry's fund trust hospital clinic laboratory
lab airline airlines motors systems technologies labs studios records church embassy consulate administration
productions chronicle nations shelter foundry depot entertainment pictures partners holdings industries society healthcare
alliance coalition initiative programme laboratories pharmaceuticals gmbh
cabinet regime state-run state-owned white house downing street whitehall commons
""".split())
KNOWN_ORGANISATIONS = frozenset("""
reuters ap afp bloomberg bbc cnn nbc cbs abc fox nasa fbi cia nsa who nato un unicef imf opec ecb fed tass ria
interfax xinhua mainichi kyodo yonhap nhk al-jazeera aljazeera politico axios twitter facebook meta google apple
microsoft amazon tesla boeing airbus volkswagen toyota samsung huawei wework uber lyft netflix disney espn
hamas hezbollah houthis taliban wagner isis kremlin pentagon
gartner forrester idc statista mckinsey deloitte pwc kpmg accenture gallup ipsos yougov comscore euromonitor
""".split())
# A country, or a capital standing for its government, speaks as an organisation ("Russia said", "Kyiv claims",
# "Saudi Arabia said"), unless the page has introduced a person by that name ("Michael Jordan ... Jordan said").
GOVERNMENTS = frozenset(name.strip() for name in """
afghanistan, albania, algeria, angola, argentina, armenia, australia, austria, azerbaijan, bahrain, bangladesh,
belarus, belgium, bolivia, bosnia, brazil, britain, great britain, bulgaria, burkina faso, burma, cambodia,
cameroon, canada, chad, chile, china, colombia, congo, croatia, cuba, cyprus, czechia, czech republic, denmark,
ecuador, egypt, el salvador, eritrea, estonia, ethiopia, finland, france, georgia, germany, ghana, greece,
guatemala, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy, ivory coast,
jamaica, japan, jordan, kazakhstan, kenya, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon, libya, lithuania,
luxembourg, malaysia, mali, malta, mexico, moldova, mongolia, montenegro, morocco, mozambique, myanmar, nepal,
netherlands, new zealand, nicaragua, niger, nigeria, north korea, north macedonia, norway, oman, pakistan,
palestine, panama, paraguay, peru, philippines, poland, portugal, qatar, romania, russia, rwanda, saudi arabia,
senegal, serbia, singapore, slovakia, slovenia, somalia, south africa, south korea, south sudan, spain, sri lanka,
sudan, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, tunisia, turkey, türkiye, turkmenistan,
uganda, ukraine, united arab emirates, united kingdom, united states, uruguay, uzbekistan, vatican, venezuela,
vietnam, yemen, zambia, zimbabwe, abu dhabi, amman, ankara, baghdad, baku, beijing, beirut, berlin, brussels, cairo,
caracas, damascus, doha, havana, islamabad, jerusalem, kabul, kiev, kyiv, london, minsk, moscow, new delhi, ottawa,
paris, pyongyang, riyadh, seoul, taipei, tbilisi, tehran, tel aviv, tokyo, warsaw, washington, yerevan
""".split(","))
SENTENCE_WORDS = frozenset("""
and but the a an in on at of for with from to by as so or if then when while after before since though although
however also meanwhile still yet this that these those there here it its he she they we i you his her their our
mr mrs ms speaking asked earlier later now today yesterday last next one another two three several some many
please indeed
""".split())
PUBLICATION = "the publication"  # the page's own voice: its tests, its experience, its "we"
PAGE_TESTS = "page_tests"  # Source.credited_by: the publication's by a page that reports its own tests throughout
PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "we", "i", "you"})
ANONYMITY_MARKERS = re.compile(
    r"\b(?:unnamed|anonymous|anonymity|unidentified|undisclosed|familiar\swith|declined\sto\sbe\s(?:named|identified)|"
    r"not\s(?:authori[sz]ed|allowed)|insiders?|a\s(?:senior\s|western\s|u\.?s\.?\s|government\s)?source|sources)\b",
    re.IGNORECASE,
)
# People named as a body of workers ("clinic staff in Dinsoor"): unnamed people, though the noun is singular.
COLLECTIVE_PEOPLE = frozenset({"staff", "crew", "personnel"})
ANONYMOUS_HEADS = frozenset("""
official officials source sources insider insiders aide aides diplomat diplomats authorities witness witnesses
resident residents soldier soldiers doctor doctors neighbour neighbours neighbor neighbors someone somebody man woman
employee employees user users fan fans member members another officer officers worker workers staffer staffers
person people spokesman spokeswoman spokesperson relative relatives friend friends student students teacher nurse
visitor visitors passenger passengers eyewitness eyewitnesses activist activists protester protesters local locals
commander commanders fighter fighters expert analyst researcher scientist economist lawyer one advisers advisors adviser
advisor negotiators negotiator settler settlers farmer farmers villager villagers voter voters citizen citizens refugee
refugees migrant migrants patient
organisers organizers rescuers firefighters investigators survivors victims families volunteers campaigners
demonstrators inspectors monitors troops rebels militants attackers lawmakers legislators executives
driver drivers shopkeeper shopkeepers vendor vendors trader traders fisherman fishermen miner miners medic medics
paramedic paramedics pilot pilots guard guards owner
""".split())  # the plurals on the last lines open sentences ("Rescuers said"), where a capital made them read as a surname
# (not "customers" or "shoppers": "Customers expect personalised experiences" is a marketing page's claim, not a report)
VAGUE_HEADS = frozenset("""
reports report media rumours rumors experts analysts observers critics scientists researchers studies research
economists commentators pundits some many others people it there information claims allegations speculation
data figures estimates polls surveys industry everyone everybody
""".split())
# Institutions a page calls by their kind once it has named them ("the museum", "the trust").
_INSTITUTION_KINDS = "museum gallery library trust foundation institute society association academy".split()
ORG_REFERENCES = frozenset("""
company firm ministry government agency department newspaper paper outlet broadcaster group organisation
organization police army military council commission committee bank party team club union court regime
administration kremlin station network prosecutors prosecution hospital airline carrier school university college
charity insurer lender retailer brand state defence defense
""".split() + _INSTITUTION_KINDS)
# People placed somewhere: "Officials in Kyiv", "Executives across the world" (not "data from MarketAxess", a publisher;
# "researchers at Stanford" are read as that body's, below).
_IN_A_PLACE = re.compile(r"^(.+?)\s(?:in|across|inside)\s(?:(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"
                         r"|the\s(?:world|country|region|city|industry|sector))$")
# A body introduced by its kind ("the Norwegian airline Nordvind Air", "the German carmaker Volkswagen"): a later "the
# airline" is that one (the dev probe review pnd98 found "The airline says" credited to the pilots' union).
_NAMED_KINDS = ("airline", "carrier", "company", "firm", "retailer", "bank", "insurer", "lender", "broadcaster", "charity")
_KIND_THEN_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s(?:[A-Za-z-]+\s){0,2}?(?P<kind>" + "|".join(_NAMED_KINDS) + r")\s"
                             r"(?!(?:I|" + WEEKDAYS + "|" + MONTH_NAMES + r")\b)(?P<name>[A-Z][\w&'’-]*(?:\.?\s[A-Z][\w&'’-]*){0,3})")
# Common nouns for one body ("the army ... The military said"): a body named by another common noun is another body
# ("the health ministry ... the union warned", "their union ... The airline says").
_SAME_BODY_NOUNS = {word: group for group in (frozenset("army military forces force".split()),
                                              frozenset("company firm group".split()),
                                              frozenset("ministry department".split())) for word in group}
# Bodies whose names say what they are ("the Defence Ministry", "the Army"): "the ministry" is not the army named before,
# where "the company" is Apple.
NAMED_BY_KIND = frozenset("ministry army council commission committee court".split() + _INSTITUTION_KINDS)
# One unnamed person a later "he" or "she" can stand for: "one tester", "a senior official", "another witness",
# "a spokesman for the ministry" (its head comes before the body it speaks for).
_UNNAMED_PERSON = re.compile(r"^(?:one|a|an|another)\s(?:of\s(?:our|the|their)\s)?(?:[\w-]+\s){0,3}?(?P<head>[\w-]+)"
                             r"(?:\s(?:for|of|at|from|with|in)\s.*)?$", re.IGNORECASE)
UNNAMED_PERSON_HEADS = frozenset(
    head for head in ANONYMOUS_HEADS
    if (not head.endswith("s") or head.endswith("ss"))  # "witness" is one
    and head not in ("people", "one", "another", "someone", "somebody")
) | {"tester", "reviewer", "customer", "owner", "parent", "mother", "father"}
PERSON_REFERENCES = frozenset("""
president minister secretary senator governor mayor chancellor premier chief director ceo founder chairman
spokesman spokeswoman spokesperson leader coach manager prosecutor judge actress actor singer star expert
researcher lawyer envoy ambassador king queen prince pope
""".split())
# Plural evidence that "some" or "several" leaves unidentified: "some studies have suggested".
UNNAMED_DOCUMENTS = frozenset("studies reports surveys polls estimates analyses".split())
_INDEFINITE = re.compile(r"^(?:a|an|one|another|two|three|several|some|a\spair\sof|a\sgroup\sof|a\snumber\sof|a\scouple\sof)\b",
                         re.IGNORECASE)
PLURAL_NOUN_ENDINGS = ("ists", "ults", "ents", "ians", "ics", "ages")  # Purists, Results, Residents; not Williams
# A capital inside a word names a company ("LevelBlue", "ClassPass"), not a person ("McCarthy", "DeSantis", "LaGuardia").
_COMPANY_CAPITALS = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*$")
_KIND_OF_PEOPLE = re.compile(r"^[A-Z][a-z]+-[a-z]+s$")  # "Coconut-enthusiasts claim": a kind of people, not a name
DOCUMENT_HEADS = frozenset("report study survey research data analysis paper review poll article story investigation "
                           "audit findings results statement release figures statistics".split())
PUBLISHED_HEADS = DOCUMENT_HEADS | {"reports", "studies", "surveys", "polls", "analyses", "tally", "count", "database",
                                   "tracker", "list", "estimate", "estimates", "trial", "trials", "meta-analysis"}  # "reports from The Wrap", "a tally by ACLED"
# A survey's people, named as such ("57% of respondents", "those polled", "survey takers"): a figure of theirs is the
# survey's finding. The detector credits it to the survey the page cited last; the question plan asks for that survey.
RESPONDENTS = re.compile(r"\b(?:respondents|responders|(?:those|people)\s(?:surveyed|polled)|survey\s(?:participants|takers))\b",
                         re.IGNORECASE)
# What a publisher is, written before its name: "a survey by the hearing charity HearWell", "by the data site RaceLedger".
_DESCRIBED_PUBLISHER = (r"(?:[a-z-]+\s)?(?:charity|site|website|firm|company|group|think\stank|nonprofit|non-profit"
                        r"|consultancy|agency|publisher|app|platform|magazine|newspaper|broadcaster|union|association"
                        r"|watchdog|regulator|lab|institute|network|retailer|bank|insurer|organi[sz]ation|campaign)")
# Journals known by a name that says nothing of a journal ("The Lancet", "JAMA Pediatrics"); "Nature", "Science" and
# "Cell" count as journals only after a document ("a study in Nature").
NAMED_JOURNALS = ("Lancet", "BMJ", "JAMA", "NEJM", "PLOS", "PNAS")
# Who published a document: "a survey from Piper Jaffray", "the study by the University of Bath", "research published in
# the Industry and Higher Education journal", "research in the International Journal of ..." (not "research from
# December 2021"), "a report in the New York Times", "figures from the electoral commission".
DOCUMENT_AUTHOR = re.compile(
    rf"\b(?:from|by|of)\s(?:the\s)?(?:{_DESCRIBED_PUBLISHER}\s)?(?!(?:{MONTH_NAMES})\b)(?P<author>[A-Z][\w&.'’-]*(?:\s(?:of\s|for\s|and\s)?[A-Z][\w&.'’-]*){{0,5}})"
    r"|\bin\s(?:the\s)?(?P<journal>(?:[A-Z][\w&.'’-]*\s(?:of\s|for\s|and\s|on\s)?){0,6}[Jj]ournal"
    r"(?:\sof(?:\s(?:and\s)?[A-Z][\w&.'’-]*)+)?)"
    r"|\bin\s(?:the\s)?(?P<named_journal>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,4})\s(?:[a-z]+\s)?journal\b"
    # a journal known by its name alone: "an analysis in The Lancet Diabetes & Endocrinology", "a study in JAMA Pediatrics"
    r"|\bin\s(?:[Tt]he\s)?(?P<known_journal>(?:" + "|".join(NAMED_JOURNALS) + r"|PLoS|Nature|Science|Cell|Annals\sof"
    r"|Proceedings\sof|Archives\sof)(?:\s(?:of\s|and\s|&\s)?[A-Z][\w&.'’-]*){0,4})"
    # a newspaper a report ran in: "a report in the Argus Leader of Sioux Falls", "a report in the New York Times"
    r"|\bin\s(?:the\s)?(?P<outlet>(?:[A-Z][\w&.'’-]*\s){0,4}(?:Times|Post|Herald|Guardian|Telegraph|Independent|Leader"
    r"|Tribune|Gazette|Mail|Express|Observer|Chronicle|Examiner|Inquirer|Mirror|Reporter|Standard|Register|Courier"
    r"|Dispatch|Bulletin|Pravda|Izvestia|Kommersant)(?:\s(?:of\s)?[A-Z][\w&.'’-]*){0,2})"
    # "figures from the electoral commission", "a report by the interior ministry": a body its page named in lower case
    r"|\b(?:from|by)\s(?P<body>the\s(?:[a-z'’-]+\s){0,3}(?:authority|board|council|commission|agency|ministry"
    r"|department|office|institute|bureau|committee|regulator|watchdog|tribunal|court))\b")
_AGE_APPOSITION = re.compile(r",\s\d{1,3},\s")  # a cheap test first: most sentences give no one an age
_NAME_WITH_AGE = re.compile(r"\b([A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}),\s\d{1,3},\s")
# A name a relative clause introduces as someone ("Maria Lopez, who teaches in Dallas, ..."); places and bodies take
# "which".
_WHO_APPOSITION = re.compile(r",\swho(?:se)?\s")
_NAME_WITH_WHO = re.compile(r"\b([A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}),\swho(?:se)?\s")
_ISSUES_A_DOCUMENT = re.compile(r"^(?:The\s)?([A-Z][\w.&'’-]*(?:\s(?:of\s|for\s)?[A-Z][\w.&'’-]*){0,4})\s(?:has\s)?"
                                r"(?:issued|released|published|put\sout)\s(?:a|an|its)\s(?:[a-z-]+\s)?"
                                r"(?:statement|report|release|study|survey)\b")
# The label of a guide's summary box, its colon lost in the page's markup ("Summary Studies show that ...", "Bottom line
# Research shows"): no part of the speaker's name.
_BOX_LABEL = re.compile(r"^(?:Summary|(?:The\s)?Bottom\s[Ll]ine|(?:Key\s)?[Tt]akeaways?|Verdict|Conclusion)\s(?=[A-Z])")
_LEADING_TIME = re.compile(r"^(?:(?:on|last|this|next|earlier|later)\s(?:this\s|last\s)?(?:monday|tuesday|wednesday|thursday"
                           r"|friday|saturday|sunday|week|month|year|weekend|morning|night)|yesterday|today|later|earlier"
                           r"|then|meanwhile|previously|separately|afterwards)\s",
                           re.IGNORECASE)
# A phrase a frame took for its speaker that opens with an adverbial ("Because Dempsey noted", "In a Tumblr post at the
# time she described", "On one search the widget explained"): the speaker is the name, pronoun or "the" noun that ends
# it. (Left alone where none ends it: "Despite parliamentary reports urging".)
_OPENING_CLAUSE = re.compile(r"^(?i:because|although|though|while|whereas|since|after|before|during|in|at|on|with|despite"
                             r"|as|when|if|prior\sto|ahead\sof|following)\s(?:.*?\s)?"
                             r"(?P<actor>(?:the\s[a-z][\w-]*|[Ss]he|[Hh]e|[Tt]hey"
                             r"|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*(?:['’]s\s[A-Za-z][\w-]*)?))$")
_ROLE_OFFICE = re.compile(r"^the\s(?:[a-z-]+\s){0,2}[a-z-]+['’]s\s(?:office|department|ministry|agency|administration"
                          r"|government|campaign)$")
_DOCUMENT_REFERENCE = re.compile(r"^(?:the|this|that|these|its|their)\s(?:[a-z-]+\s)?[a-z]+$")
_PARTICIPLE_MODIFIER = re.compile(r"(?<=\w)\s[a-z]+ing\s(?:a|an|the|their|his|her|its)\s.*$")
# A participle phrase after the people a frame credits, with no article ("Senior executives working with large
# organisations", "Doctors treating patients in Gaza"): the people, not what they do; not a list of them ("Experts
# including Dr Smith"), a frame word, or a name's description ("workout tracking app Strava").
_PARTICIPLE_PHRASE = re.compile(r"(?<=\w)\s(?!(?:including|according|during|regarding|concerning|following|excluding"
                                r"|representing)\b)[a-z]+ing\s(?:(?:with|on|in|at|for|across|from|under|inside|outside"
                                r"|within)\s)?[a-z][\w-]*(?:\s.*)?$")
# The one holder of a country's or a body's office: "Austria's interior minister", "China's ambassador to Britain".
_OFFICE_HOLDER = re.compile(r"^(?:[Tt]he\s)?(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*['’]s\s(?:[a-z-]+\s){0,2}"
                            r"(?:president|prime\sminister|minister|ambassador|secretary|chancellor|governor|mayor|king|queen"
                            r"|envoy|attorney\sgeneral|chief\sexecutive|ceo|chairman|chairwoman|premier|foreign\sminister)"
                            r"(?:\s(?:to|for|of)\s(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*)?$")
# A body the phrase describes by what it does, not one it refers back to ("the company"): "the harbour authority", "the
# regional fisheries board", and what such a body published.
_BODY_WORDS = (r"authority|board|council|commission|agency|ministry|department|office|institute|bureau|committee|regulator"
               r"|watchdog|service|tribunal|court")
_DESCRIBED_BODY = re.compile(rf"^(?:(?:[a-z-]+\s){{1,4}}(?:published|issued|released|compiled)\sby\s)?(?:[Tt]he\s)"
                             rf"(?P<body>(?:[a-z-]+\s){{1,3}}(?:{_BODY_WORDS}))$")
_ROLE_OF_UNNAMED = re.compile(r"^(?:[Tt]he\s|[Aa]n?\s)?((?:[\w-]+\s){0,2}[\w-]+)\s(?:of|at|for)\s(?:an?|one)\s")
_WITH_TEAM = re.compile(r"^(.+?)\sand\s(?:his|her|their)\s(?:team|colleagues|co-authors)$")
_MEMBER_OF = re.compile(r"^((?:[A-Z][\w.'’-]+\s){1,3}[A-Z][\w'’-]+)\s(?:of|at|from)\s(?:the\s)?[A-Z]")
# "Researchers found", "according to researchers": a study's people, where the page has just described one
_BARE_RESEARCHERS = frozenset({"researchers", "investigators", "study authors"})  # not "scientists have long suspected"
_STUDY_IN_VIEW = 4  # sentences (mention() calls) after the one that names the study's journal or institution
_POLL_IN_VIEW = 4  # sentences (mention() calls) after the one that names a poll, whose answers the next shares are
# What only a study has: its participants, arms and groups ("28% of the MBSR arm", "the study participants who took
# the drugs"), and its researchers at work ("Researchers took 276 adults").
_STUDY_PARTICIPANTS = re.compile(r"\b(?:participants|the\s(?:[A-Z][\w-]*\s)?arm|the\s(?:control|placebo|treatment|intervention)"
                                 r"\sgroups?|(?:study|trial)\s(?:subjects|volunteers|patients|population))\b")
_RESEARCHERS_AT_WORK = re.compile(r"(?:The\s)?(?:[Rr]esearchers|[Ii]nvestigators|[Ss]tudy\sauthors)\s(?:then\s|also\s|first\s)?[a-z]+\b")
_STUDY_WORDS = ("study", "research", "paper", "review", "analysis", "trial", "survey", "findings")
_STUDY_WORD = re.compile(r"\b(?:" + "|".join(_STUDY_WORDS) + r")\b", re.IGNORECASE)
_STUDY_PEOPLE = re.compile(r"^the\s(?:study['’]s\s|paper['’]s\s|report['’]s\s|review['’]s\s)?(?:authors|researchers|scientists"
                           r"|investigators|study\sauthors)$")
_DEFINITE_ROLE = re.compile(r"^the\s(?:[a-z-]+\s)?[a-z]+$")
_DEGREES = r"Ph\.?D|M\.?D|D\.?O|R\.?N|MPH|RDN?|MBA|MSc|PsyD|LCSW|DPhil"  # the degrees a name is given with
# "Matthew Boland, PhD, a clinical psychologist": a degree after the name, then what the person is
_UNTITLED_NAME = re.compile(r"^((?:[A-Z][a-zà-ÿ'’]+\s){1,2}[A-Z][a-zà-ÿ'’]+)"
                            rf"(?:,\s(?:{_DEGREES})\.?(?=,))?,?\s(?=[a-z])")
# A full name given with the credentials after it, anywhere in a sentence ("..., cites Sylvia Klinger, DBA, MS, RDN,
# CPT, and founder of ..."): a person the page introduces.
_CREDENTIALED_NAME = re.compile(r"\b((?:[A-Z][a-zà-ÿ'’]+\s){1,3}[A-Z][a-zà-ÿ'’]+),\s"
                                rf"(?:{_DEGREES}|MS|DBA|CPT|CDCES|LDN|FACP)\b\.?(?=,|\s)")
# A first name alone as the subject of a story sentence whose own pronoun points back to it ("When Darren lost his
# warehouse job, he came to our hub"): the person a later "he says" quotes.
_STORY_FIRST_NAME = re.compile(r"^(?:(?:When|After|Before|Since|Once|Until|As|While)\s)?([A-Z][a-zà-ÿ]+)(?<!ing)\s"
                               r"(?:[a-z]+\s){1,4}?(?:his|her|he|she)\b")
_LEADING_PLACE_OR_TIME = re.compile(r"^(?:In|On|At|From|After|Before|During|Since|Outside|Inside|Near|Back\sin)\s[^,]{1,60},\s")
# "Mondly is a language learning app founded in 2014": the body a later "it" stands for
_INTRODUCED_BODY = re.compile(r"^([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s(?:is|was)\s(?:a|an)\s(?:[\w-]+\s){0,4}?"
                              r"(?:app|company|firm|platform|service|start-?up|provider|brand|website|retailer|manufacturer"
                              r"|agency|organi[sz]ation|non-?profit|charity|publisher|newspaper)\b")
_TITLE_INSIDER = re.compile(r"\bInsider\s[A-Z]")
_OWN_WORK = re.compile(r"^(?:my|our)\s(?:own\s)?(?:[a-z-]+\s){0,2}(?:tests?|testing|data|research|survey|analysis|measurements?"
                       r"|experiments?|findings|results|review|lab)(?:\s(?:without|with|on|of|in|for|from|at)\s.+)?$")
# A named body after a lower-case description of it ("Popular workout tracking app Strava", "Business advisory firm
# Riveron", "Insurance company State Farm"): the name is the source.
_DESCRIBED_NAME = re.compile(r"^(?:[A-Z][\w.-]*|[a-z-]+)(?:\s[a-z-]+){0,5}\s(?:app|firm|company|provider|platform|maker"
                             r"|manufacturer|startup|start-up|retailer|brand|website|site|service|network|bank|insurer"
                             r"|publisher|charity|nonprofit|non-profit|agency|consultancy|group|giant|chain)\s"
                             r"(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})$")
_CAMEL_CASE = re.compile(r"^[a-z]+[A-Z][\w.-]*$")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")
_HONORIFIC_NAME = re.compile(rf"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s({NAME_WORD}(?:\s(?:[A-Z]\.\s)?{NAME_WORD})?)")


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "J. Smith", "P.J. Fleck", "J.K. Rowling": initials, not an acronym


def _plain(word: str) -> str:
    return word.lower().rstrip(".").replace("’s", "").replace("'s", "")


_POSSESSIVE_END = re.compile(r"['’]s$")


def without_possessive(name: str) -> str:
    """"Trump’s" as "Trump", "Strava's" as "Strava"."""
    return _POSSESSIVE_END.sub("", name)


# A body credited in brackets at a sentence's end, as web pages cite one: "(Gartner)", "(MarketsandMarkets)", "(PwC)",
# "(ASQ Salary Survey)", "(Statista, 2024)", "(Source: Pew Research Center)".
_BRACKETED_CREDIT = re.compile(r"\((?:[Ss]ource:\s?)?(?P<name>[A-Z][\w&.’'-]*(?:\s(?:of\s|for\s|and\s|&\s|on\s)?[A-Z][\w&.’'-]*){0,5})"
                               r"(?:,\s?(?:\d{4}|[A-Z][a-z]+\.?\s\d{4}))?\)(?:[\s.!?]*$|(?=,\s))")


def bracketed_credit(sentence: str, state: SourceState) -> str | None:
    """The body a sentence credits in brackets at its end or before a comma ("expected by 2025 (Statista), the ..."), or
    None: a body's word or a document ("(ASQ Salary Survey)", "(Pew Research Center)"), a company's capitals ("(PwC)",
    "(MarketsandMarkets)"), or a body the detector or the page knows as one; never an acronym spelled out before it
    ("(ROI)"), a person ("(Damson Idris)") or a product's variant ("(Renewed)", "(Floodlight)")."""
    found = _BRACKETED_CREDIT.search(sentence)
    if not found:
        return None
    name = found.group("name")
    words = name.split()
    if any(_is_org_word(w) or _plain(w) in DOCUMENT_HEADS for w in words):
        return name
    if len(words) != 1 or (name.removesuffix("s").isupper() and _plain(name) not in KNOWN_ORGANISATIONS):
        return None  # "(ROI)", "(MLSs)": an acronym spelled out before it
    if _plain(name) in KNOWN_ORGANISATIONS or (len(name) > 3 and _COMPANY_CAPITALS.match(name)):
        return name
    return name if state.names_an_organisation(name) else None  # "(Gartner)" where the page writes of Gartner as a body


def _is_org_word(word: str) -> bool:
    """A word that makes a name a body's: "Ministry", "University", "Reuters"."""
    return _plain(word) in ORG_WORDS or _plain(word) in KNOWN_ORGANISATIONS


def _is_name_word(word: str) -> bool:
    plain = _plain(word)
    return (word[:1].isupper() and plain not in TITLES and plain not in SENTENCE_WORDS and not plain.endswith("-based")
            and plain not in DEMONYMS and plain not in ORG_WORDS
            and plain not in KNOWN_ORGANISATIONS and plain not in ORG_REFERENCES and plain not in ANONYMOUS_HEADS
            and not (word.isupper() and len(word) > 2 and not _INITIALS.fullmatch(word)))


_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "der", "den", "la", "le"})
_PARTICLE_NAME = re.compile(r"^(?:al|el|bin|ibn|de|da|di|du|van|von)-[A-Z]")


def _capitalised_runs(text: str) -> list[list[str]]:
    """Runs of consecutive capitalised words (name particles allowed inside), split at punctuation."""
    runs: list[list[str]] = []
    current: list[str] = []
    for raw in text.split():
        word = raw.strip("“”\"()[]")
        if word[:1].isupper() or (current and (word.lower() in _PARTICLES or _PARTICLE_NAME.match(word))):
            current.append(word.rstrip(",;:.") if not _INITIALS.fullmatch(word) else word)
            if raw.endswith((",", ";", ":", ")", "”", "\"")) or (raw.endswith(".") and not _INITIALS.fullmatch(word)):
                runs.append(current)
                current = []
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


_NAME_CONNECTORS = frozenset({"of", "on", "for", "and", "&"})


# The capitalised word before a name, as in "Michelle Hege", "Coach (Frank) Vogel", "President Trump", "Dina Al-Ibrahim",
# not "Sacramento-based McClatchy".
_WORD_BEFORE_NAME = r"(?<![\w'’-])([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)\)?\s(?:[A-Z]\.\s)?"


# What a body has and a person rarely does: "Strava's trends report", "Ecobee's users", "Gartner's forecast".
_BODY_POSSESSIONS = (r"(?:reports?|surveys?|study|studies|data|research|analysis|app|apps|platform|website|site|users"
                     r"|customers|subscribers|members|employees|ceo|CEO|founder|spokesperson|products?|services?"
                     r"|software|shares|stock|revenue|index|forecasts?|estimates?|figures|headquarters|stores?)")


_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|[Aa]n?)\s$")


def _word_starts(text: str, word: str):
    """Where ``word`` starts a word in ``text``: found with str.find, which is far quicker on a long page than a
    pattern that opens with a word boundary."""
    at = text.find(word)
    while at != -1:
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")) and not (
                text[at + len(word):at + len(word) + 1].isalnum()):
            yield at
        at = text.find(word, at + 1)


def _treated_as_a_body(text: str, at: int, body_after: re.Pattern) -> bool:
    """The word at ``at`` after an article, or followed (``body_after``) by what a body has or an "its" for it."""
    return _ARTICLE_BEFORE.search(text[max(0, at - 6):at]) is not None or body_after.match(text, at) is not None


def names_an_organisation(text: str, word: str) -> bool:
    """Whether the page treats a lone capitalised ``word`` as an organisation's name: writes it after an article ("a
    Tottenham shirt"), gives it what a body has ("Strava's trends report") or calls it "its" ("Ecobee reports that
    its users save"), and never as the last word of a full or titled name ("Michelle Hege", "President Trump"). A
    source that is the word alone ("Tottenham said") is then the organisation; with no such evidence a lone surname
    stays a person ("Zelensky has claimed")."""
    escaped = re.escape(word)
    body_after = re.compile(rf"{escaped}(?:['’]s\s(?:[\w-]+\s)?{_BODY_POSSESSIONS}\b|\s(?:[a-z]+\s){{1,3}}its\b)")
    if not any(_treated_as_a_body(text, at, body_after) for at in _word_starts(text, word)):
        return False
    for pair in re.finditer(_WORD_BEFORE_NAME + escaped + r"(?![\w-])", text):
        first = _plain(pair.group(1))
        if first in TITLES or (first not in SENTENCE_WORDS and first not in ORG_WORDS and first not in DEMONYMS):
            return False
    return True


# A business the sentence refers back to by what it is ("the company said"), and the name a sentence opens with.
COMPANY_REFERENCE = re.compile(r"[Tt]he\s(?:company|firm|group|retailer|carmaker|automaker|airline|bank|startup|insurer"
                               r"|manufacturer|chain|maker|giant|operator|lender|publisher|studio|developer|brand)")
# A sentence that opens on one capitalised word as its subject ("Cribl serves a global customer base"), which the page
# elsewhere treats as a body (names_an_organisation): the business a later "the company" is.
_OPENING_BODY = re.compile(r"\s*([A-Z][a-z]+[\w&.-]*)\s(?:also\s|now\s)?[a-z]+s\b")
# A sentence that opens on a study no one is named behind ("A 2021 analysis of 23 studies (1,815 participants)
# examined", "A small 2025 study found"): what a later "the analysis" or "the study" is.
_UNNAMED_DOCUMENT_OPENING = re.compile(r"\s*((?:A|An|One)\s(?:(?!of\b|the\b|by\b)[a-z\d][\w-]*\s){0,3}?"
                                       r"(?:analysis|meta-analysis|review|study|trial|survey|report)"
                                       r"(?:\sof\s[\d,]+\s[a-z]+)?)\b(?!\s(?:by|from|of\s[A-Z]|published|in\s[A-Z]))")
_OPENING_NAME = re.compile(r"\s*(?P<name>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s[a-z]")


def opening_company(sentence: str, frame, state: SourceState) -> str | None:
    """The name a sentence opens with, as its subject, before a reporting frame (attribution.Frame) set after it that
    calls it "the company" ("Amazon's sales rose 5%, the company said": Amazon); None where the opening is no name of
    a business: a sentence word ("And", "There"), a title, a demonym, a person the page has named, or one common noun
    ("Sales of ...", or a word the page writes in lower case)."""
    before = sentence[:frame.start].rstrip()
    if not before.endswith(frame.phrase) or not before[:-len(frame.phrase)].rstrip().endswith(","):
        return None  # only a frame set after the clause it reports ("..., the company said"), not a clause of its own
    opening = _OPENING_NAME.match(sentence, 0, frame.start)
    if not opening:
        return None
    name = without_possessive(opening.group("name"))
    if any(_plain(w) in SENTENCE_WORDS or _plain(w) in TITLES or _plain(w) in DEMONYMS for w in name.split()):
        return None
    if name in state.full_names or name in state.full_names.values() or name == state.last_person:
        return None
    if " " not in name and (name.lower() in state.common_words or sentence.startswith(" of ", opening.end("name"))):
        return None  # "Sales of running watches doubled, the company said": a common noun opening the sentence
    return name


def person_in(text: str) -> str | None:
    """The person's name in a source phrase: the trailing run of name words after any title or demonym."""
    honorific = _HONORIFIC_NAME.search(text)
    if honorific:
        return honorific.group(1)
    best = None
    lowered_words = [w.lower().strip(",;:.") for w in text.split()]
    last_word = text.split()[-1].strip(",;:.“”\"()[]") if text.split() else ""
    for words in _capitalised_runs(text):
        if not words or words[-1].rstrip(".") != last_word.rstrip("."):
            continue  # the person must be the phrase's head: "Middle East observers" is not a person
        run_at = lowered_words.index(words[0].lower()) if words[0].lower() in lowered_words else 0
        after_role = run_at > 0 and (_plain(lowered_words[run_at - 1]) in TITLES or lowered_words[run_at - 1] in ANONYMOUS_HEADS)
        tail: list[str] = []
        for at, word in reversed(list(enumerate(words))):
            surname = (after_role and at == len(words) - 1 and at > 0 and _is_name_word(words[at - 1])
                       and (_plain(word) in TITLES or _plain(word) in ANONYMOUS_HEADS))
            if not (_is_name_word(word) or surname) and word.lower() not in _PARTICLES and not _PARTICLE_NAME.match(word):
                break  # after a role, a title word ends a name only as a surname: "analyst Ken Doctor"
            tail.insert(0, word)
        while tail and tail[0] in _PARTICLES:
            tail.pop(0)
        owned = [at for at, w in enumerate(tail[:-1]) if w.endswith(("'s", "’s"))]
        if owned:  # "Car Talk’s John Paul" is John Paul; "Perez’s Moving" is a business named for its owner
            words = tail = tail[owned[-1] + 1:]
        if not tail:
            continue
        titled_tail = len(tail) < len(words) and _plain(words[len(words) - len(tail) - 1]) in TITLES
        if not titled_tail and (any(_is_org_word(w) for w in words) or _LEGAL_FORM_END.search(" ".join(words))):
            continue  # "Russian Defence Ministry", "Northgate University", "Kessler AG": an organisation, not a person
        first = words[0].lower()
        position = lowered_words.index(first) if first in lowered_words else 0
        if position >= 2 and lowered_words[position - 1] in _NAME_CONNECTORS and text.split()[position - 2][:1].isupper():
            continue  # "National Institute on Drug Abuse", "Department of Justice": one longer proper name
        preceded_by_title = len(tail) < len(words) or (position > 0 and _plain(lowered_words[position - 1]) in TITLES)
        if len(tail) == 1 and len(words) >= 2 and _plain(words[-2]) in _TITLE_MODIFIERS:
            continue  # "State Farm", "National Grid": a modifier of a title ("State Senator") is no title alone
        if len(tail) >= 2 or preceded_by_title:
            best = " ".join(tail)
    return best


def _names_a_title(text: str) -> bool:
    """Whether any word of ``text`` is a title once _plain: a cheap test over the whole sentence at once (only the
    words with a stop or a possessive, which _plain alters, are looked at one by one)."""
    words = text.lower().split()
    return not TITLES.isdisjoint(words) or any(
        word.rstrip(".").replace("’s", "").replace("'s", "") in TITLES for word in words
        if "." in word or "'s" in word or "’s" in word)


# Someone the page introduces by a role and a given name ("a medic named Iryna", "a farmer called Tom Hale").
_NAMED_BY_ROLE = re.compile(r"\b(?:an?|the)\s(?:[\w-]+\s){0,3}?(?P<head>[a-z]+)\s(?:named|called)\s"
                            r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


@dataclass
class SourceState:
    """What the article has said so far about who is who, for resolving surnames and pronouns."""

    full_names: dict[str, str] = field(default_factory=dict)   # surname -> full name
    last_person: str | None = None
    last_mentioned: str | None = None  # the known person whose name the page wrote last, speaking or not
    titled: dict[str, list[str]] = field(default_factory=dict)  # "governor" -> those introduced as "Gov. Eric Holcomb"
    last_unnamed_person: str | None = None  # "one tester", "a senior official": a later "he" or "she", until a name
    unnamed_person_told: str | None = None  # "her" in "Karra says a neighbour told her": the neighbour is not "she"
    unnamed_sources: list[str] = field(default_factory=list)  # every unnamed source credited so far, in page order
    last_organisation: str | None = None
    last_source: tuple[str | None, str] | None = None
    page_text: str = ""  # the whole article, for what the page says about a name elsewhere
    opening_business: str | None = None  # a business a sentence opened on since the last organisation credited
    last_unnamed_document: str | None = None  # a study a sentence opened on, no one named behind it, since then
    last_study: str | None = None  # who published the study the page described last ("The Lancet Psychiatry")
    mentions_since_study: int = 0  # mention() calls since: one a sentence, two where a pronoun splits it
    studies_named: int = 0  # studies named by their journal or institution so far: with one, its researchers throughout
    _organisations: dict[str, bool] = field(default_factory=dict)
    common_words: frozenset[str] = frozenset()  # the words the page writes in lower case somewhere
    bodies: dict[str, str] = field(default_factory=dict)  # "department" -> the department the page named last
    page_study: str | None = None  # the one journal or institution the page names behind a study, if only one
    own_survey: bool = False  # the page has credited answers to a survey of its own ("the web designers we surveyed")
    last_poll: str | None = None  # whose poll a sentence reported last ("ABC News/Ipsos")
    mentions_since_poll: int = 0  # mention() calls since
    introduced_roles: dict[str, str] = field(default_factory=dict)  # "a medic named Iryna": Iryna -> "medic"

    def learn_person(self, name: str, current: bool = True) -> str:
        """Remember a person by their full name; ``current`` makes them the one a later "he" or "she" means."""
        words = name.split()
        if len(words) >= 2:
            self.full_names.setdefault(words[-1], name)
            full = name
        else:
            full = self.full_names.get(name, name)
        if current:
            self.last_person = self.last_mentioned = full
            self.last_unnamed_person = None
        return full

    def learn_titled(self, words_before: list[str], name: str) -> str:
        """Remember a person with the titles written before their name, for a later "the governor"; returns the name.
        A name in the possessive describes someone else ("Andrew, Queen Elizabeth II's third child, ... he said"): it
        is remembered, but a later "he" or "she" still means the person named before it."""
        bare = without_possessive(name)
        full = self.learn_person(bare, current=bare == name)
        for word in words_before:
            title = _TITLE_ABBREVIATIONS.get(_plain(word), _plain(word))
            if title in TITLES and title not in _TITLE_MODIFIERS and full not in self.titled.setdefault(title, []):
                self.titled[title].append(full)
        return full

    def holder_of(self, title: str) -> str | None:
        """The person a bare title means: the one the page wrote last, if they hold it, else the last to be given it."""
        holders = self.titled.get(title)
        if not holders:
            return None
        return self.last_mentioned if self.last_mentioned in holders else holders[-1]

    def credit(self, source_text: str | None, kind: str) -> None:
        """Remember who a sentence's claim was credited to, for a later "they", "he" or "she"."""
        self.last_source = (source_text, kind)
        if kind == "anonymous" and source_text:
            self.unnamed_sources.append(source_text)
        unnamed = _UNNAMED_PERSON.match(source_text or "") if kind == "anonymous" else None
        if unnamed and _plain(unnamed.group("head")) in UNNAMED_PERSON_HEADS:
            self.last_unnamed_person = source_text  # "One tester noted ... He also noted": the same tester
            self.unnamed_person_told = None
        elif kind == "named":
            self.last_unnamed_person = None

    def names_an_organisation(self, word: str) -> bool:
        """names_an_organisation() on the page, once per word."""
        if word not in self._organisations:
            self._organisations[word] = names_an_organisation(self.page_text, word)
        return self._organisations[word]

    def study_described(self, text: str) -> str | None:
        """Who published the study a bare figure's sentence goes on describing: the study named last by its journal or
        institution, where the sentence speaks of its participants or arms (anywhere on the page after it) or opens
        with its researchers at work (within a few sentences)."""
        if self.last_study and (_STUDY_PARTICIPANTS.search(text) or (
                _RESEARCHERS_AT_WORK.match(text) and self.mentions_since_study <= _STUDY_IN_VIEW)):
            return self.last_study
        return None

    def note_poll(self, owner: str | None) -> None:
        """Remember whose poll a sentence reports (attribution.poll_owner), for the shares of the sentences after it."""
        if owner:
            self.last_poll, self.mentions_since_poll = owner, 0

    def poll_in_view(self, share: str) -> str | None:
        """Whose poll a share of people answers ("A new ABC News/Ipsos poll found that 51 percent ... And an
        overwhelming 70 percent of Americans say": ABC News/Ipsos's), within a few sentences of the poll; not "most
        economists" (vague) nor "half of the hospital's nurses" (some other people)."""
        answer = SURVEY_ANSWER.match(share)
        if not (self.last_poll and self.mentions_since_poll <= _POLL_IN_VIEW and answer) or \
                _VAGUE_SHARE.match(answer.group()) or _PARTITIVE.match(share.lower()):
            return None
        return self.learn_organisation(self.last_poll)

    def learn_organisation(self, name: str) -> str:
        """Remember the organisation a source names, for a later "it" or "the report"; returns the name."""
        self.last_organisation = name
        self.opening_business = self.last_unnamed_document = None
        return name

    def mention(self, text: str) -> None:
        """Note the people a sentence introduces with a title ("President Vladimir Putin"), in order.

        Untitled capitalised pairs ("World War", "Middle East") are not taken for people; speakers named by a
        reporting verb are learned when their frame is classified.
        """
        named_at = {text.rfind(surname): full for surname, full in self.full_names.items() if surname in text}
        if named_at:  # "Teachers didn't see Holcomb at the Statehouse. His office said": the last name written
            self.last_mentioned = named_at[max(named_at)]
            opening = text.lstrip(" \"“‘'(")
            subject = next((full for surname, full in self.full_names.items() if opening.startswith(surname + " ")
                            and _plain(full.split()[0]) not in self.common_words), None)
            if subject:  # "Assange was accused of rape by a woman ... He has always denied": the sentence's subject
                self.last_person = subject
        introduced = [*(_NAME_WITH_AGE.finditer(text) if _AGE_APPOSITION.search(text) else ()),
                      *(_NAME_WITH_WHO.finditer(text) if _WHO_APPOSITION.search(text) else ())]
        for person in sorted(introduced, key=lambda match: match.start()):
            if not any(_plain(w) in SENTENCE_WORDS or _plain(w) in TITLES for w in person.group(1).split()):
                self.learn_person(person.group(1))  # "Aaron Webb, 24, was arrested. ... he admitted": given an age or a "who"
        for named in _NAMED_BY_ROLE.finditer(text) if " named " in text or " called " in text else ():
            head = _plain(named.group("head"))
            if head in UNNAMED_PERSON_HEADS:  # "a medic named Iryna sorts bandages. ... she said": Iryna, a medic
                self.introduced_roles[self.learn_person(named.group("name"))] = head
        for credentialed in _CREDENTIALED_NAME.finditer(text) if ", " in text else ():
            if not any(_plain(w) in SENTENCE_WORDS or _plain(w) in TITLES for w in credentialed.group(1).split()):
                self.learn_person(credentialed.group(1))  # "Sylvia Klinger, DBA, MS, RDN": someone, introduced
        introduced_body = _INTRODUCED_BODY.match(text)
        if introduced_body and not is_common_phrase(introduced_body.group(1), self.common_words) and not any(
                _plain(w) in SENTENCE_WORDS for w in introduced_body.group(1).split()):  # not "That is a company that"
            self.learn_organisation(introduced_body.group(1))
        issuer = _ISSUES_A_DOCUMENT.search(text)
        if issuer:
            self.learn_organisation(issuer.group(1))  # "The Pentagon issued a statement. ..., the statement said"
        unnamed_document = _UNNAMED_DOCUMENT_OPENING.match(text)
        if unnamed_document:
            self.last_unnamed_document = unnamed_document.group(1)  # "A 2021 analysis of 23 studies examined ..."
        opening_body = _OPENING_BODY.match(text)
        name = opening_body.group(1) if opening_body else ""
        if name and _plain(name) not in SENTENCE_WORDS | TITLES | DEMONYMS and name.lower() not in self.common_words \
                and name not in self.full_names and name != self.last_person and self.names_an_organisation(name):
            self.opening_business = name  # "Cribl serves ... The company also announced": Cribl
        # "ABC 7 reached out to the Department of Transportation. ... The department's website says": that department,
        # not one credited earlier
        named_body = any(word in text for word in _GOVERNMENT_BODY_WORDS) and _GOVERNMENT_BODY_WORD.search(text)
        for body in _GOVERNMENT_BODY.finditer(text) if named_body else ():
            words = body.group().split()
            kind = words[0] if words[1] in ("of", "for") else words[-1]  # "Department of X", "the Justice Department"
            self.bodies[kind.lower()] = body.group()
        for body in _KIND_THEN_NAME.finditer(text) if any(kind in text for kind in _NAMED_KINDS) else ():
            self.bodies[body.group("kind")] = body.group("name")  # "the Norwegian airline Nordvind Air": "the airline"
        self.mentions_since_study += 1
        self.mentions_since_poll += 1
        publisher = study_publisher(text) if holds_any_case(text, _STUDY_WORDS) and _STUDY_WORD.search(text) else None
        if publisher:  # "This research, published in Science, ... The authors point out": that paper's authors
            if publisher != self.last_study:
                self.studies_named += 1
            self.last_study, self.mentions_since_study = self.learn_organisation(publisher), 0
        lead = _LEADING_PLACE_OR_TIME.match(text)  # "From the terrace of her cafe, Eleni Karra points to the line"
        untitled = _UNTITLED_NAME.match(text[lead.end():] if lead else text)
        if untitled and untitled.group(1).lower() not in GOVERNMENTS and not is_common_phrase(untitled.group(1),
                                                                                           self.common_words) and not any(
                _plain(w) in TITLES or _plain(w) in SENTENCE_WORDS or _plain(w) in DEMONYMS or _is_org_word(w)
                or w.endswith(("'s", "’s")) for w in untitled.group(1).split()):
            self.learn_person(untitled.group(1))  # "Maria Ivanova runs the centre. According to her, ..."; not "Blood
            # Tests for Mental Health", words the page writes in lower case, nor "Perez’s Moving is", a business
        story = _STORY_FIRST_NAME.match(text)
        if story and not is_common_phrase(story.group(1), self.common_words) and not (
                _plain(story.group(1)) in TITLES or _plain(story.group(1)) in SENTENCE_WORDS
                or _plain(story.group(1)) in DEMONYMS or _is_org_word(story.group(1))):
            self.learn_person(story.group(1))
        if not _names_a_title(text):
            return  # only a title makes a capitalised run a person here
        words = text.split()
        index = 0
        for capitalised in [at for at, word in enumerate(words) if word[:1].isupper()]:
            if capitalised < index:
                continue  # inside the run just read
            index = run_end = capitalised
            while run_end + 1 < len(words) and words[run_end][-1:] not in ",;:.”\")" and (
                    words[run_end + 1][:1].isupper() or words[run_end + 1] in ("and",) or _PARTICLE_NAME.match(words[run_end + 1])):
                run_end += 1
            while words[run_end] == "and":
                run_end -= 1  # "Gov. Eric Holcomb and leaders of ...": the run ends at the name
            previous = _plain(words[index - 1]) if index else ""
            if run_end == index and previous not in TITLES:
                index += 1  # a lone capitalised word with no title before it introduces no one
                continue
            phrase = " ".join(words[index:run_end + 1])
            for part in phrase.split(" and "):
                titled = previous in TITLES or any(_plain(w) in TITLES for w in part.split()[:-1])
                name = person_in((previous + " " if previous in TITLES else "") + part) if titled else None
                if name and not all(_plain(w) in _ROLE_WORDS for w in name.split()):  # not "Rachel Dunn, Chief Executive"
                    self.learn_titled([previous, *part.split()[:-len(name.split())]], name)
            index = run_end + 1


# Role nouns a title runs into ("Chief Executive", "Chief Operating Officer"): the role, never a person's name.
# (And the words that make a title part of a body's name: "Ukraine's General Staff", "the General Assembly".)
_ROLE_WORDS = ANONYMOUS_HEADS | TITLES | frozenset("executive operating financial technology medical nursing staff assembly"
                                                   .split())

SOURCE_HEADS = (ANONYMOUS_HEADS | VAGUE_HEADS | ORG_REFERENCES | PERSON_REFERENCES | TITLES | PRONOUNS | ORG_WORDS
                | frozenset("""study studies survey surveys research report reports data analysis poll polls paper papers
                review reviews audit census findings statistics documents filings records estimates footage group groups
                community parents mother father wife husband son daughter family families victims patients customers
                readers viewers voters citizens scholars historians physicians doctors nurses teachers officials
                authors author results who statement statements tweet post letter email video release filing complaint
                lawsuit memo message website spokesperson trial trials meta-analysis experiment experiments""".split()))


_DETERMINERS = frozenset("such every each all any no both either neither most few other".split())
# The words that end a noun phrase's head: the speaker of "a spokesman for the ministry" is the spokesman.
_HEAD_ENDING_PREPOSITIONS = frozenset("for into about on with over behind like".split())


_TIME_PHRASE = re.compile(r"\b(?:quarter|year|month|week|weekend|day|season|decade|century|morning|afternoon|evening"
                          r"|night)(?:\sof\s(?:the\s)?(?:\d{4}|this|last|next)\b.*)?$")


# Words that show a verb's "subject" is not someone speaking: the reader addressed, a phrase broken off on a linking
# word or an adjective (the verb was a noun: "tracking with reports", "hits the usual high notes"), an instruction.
_ADDRESSED = frozenset("you your you're yours yourself".split())
_LINKING_WORDS = frozenset("with of for to by from in on at about than and or into as".split())
_ATTRIBUTIVE_ADJECTIVES = frozenset("""usual high low vague comprehensive detailed annual monthly weekly daily quarterly
regular written brief bold false""".split())
# Narrower than advice.IMPERATIVE_VERBS on purpose: many of those also head a speaker ("Test results show", "Call
# centres report"), and these are only taken for an instruction before a lower-case word.
_INSTRUCTION_OPENERS = frozenset("""create add use make get try take keep check find choose do don't avoid start build
give let read set ask write""".split())


_CAMEL_NAME = re.compile(r"^[a-z][A-Z][a-z]")  # "iFixit", "eBay": a name that opens in lower case


def is_source_phrase(phrase: str | None) -> bool:
    """Whether a reporting verb's subject can be someone who speaks: a name, a pronoun, a person, a group or an
    organisation, a study. "Such an app suggests", "Every camera listed here recognizes", "I don't think" are
    not attributions; a capitalised word anywhere is taken as a name."""
    words = (phrase or "").replace("’", "'").split()
    if not words:
        return False
    plain = [_plain(w.strip(",;:.()\"“”'")) for w in words]
    if plain[-1] in ("don't", "doesn't", "didn't", "can't", "won't", "most", "be", "the", "a", "an") or plain[0] in (
            "let's", "let", "i", "i'm", "i'd", "i've", "i'll", "here", "here's") or (len(plain) > 1 and plain[-1] == "i"):
        return False  # "Let's say", "I told a guy", "The first thing I discovered": the author's own voice, not a source
    if plain[0] in _NO_ONE or plain[:2] == ["no", "one"]:
        return False  # "Nobody expected that", "None of them believes": no one is credited
    if any(p in _ADDRESSED for p in plain) or plain[-1] in _LINKING_WORDS or plain[-1] in _ATTRIBUTIVE_ADJECTIVES or (
            len(plain) > 1 and plain[0] in _INSTRUCTION_OPENERS and words[1][:1].islower()):
        return False  # "you don't want your application", "time tracking with", "the usual high", "Create video summaries"
    if _is_a_clause(plain, words):
        return False  # "we record voice notes", "trust is not earned through claims": a clause, not who speaks
    head_end = next((i for i, w in enumerate(plain) if i and w in _HEAD_ENDING_PREPOSITIONS), len(plain))
    words, plain = words[:head_end], plain[:head_end]  # "the best gift idea for them": the idea, not "them"
    if _TIME_PHRASE.search(" ".join(plain)):
        return False  # "First quarter of 2024 estimated tax payment is due": a time, which cannot speak
    return any(w in SOURCE_HEADS or w.rstrip("s") in SOURCE_HEADS or w + "s" in SOURCE_HEADS for w in plain) or any(
        (w[:1].isupper() or _CAMEL_NAME.match(w)) and p not in SENTENCE_WORDS and p not in _DETERMINERS
        for w, p in zip(words, plain))


_BRACKETED_NAME = re.compile(r"\[([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})\]")
_NO_ONE = frozenset({"nobody", "noone", "none", "neither"})
_SUBJECT_PRONOUNS = frozenset("we they you he she it".split())
_AFTER_A_PRONOUN_SUBJECT = frozenset("all both too themselves ourselves alone".split())
_ADVERBS_AFTER_THIRD_PERSON = frozenset("instead also later then still now previously again further".split())
_FINITE_VERBS = frozenset("is are was were am can could will would should must may might shall does did uses".split())
_RELATIVES = frozenset("who that which whose whom".split())
_FIRST_NAME_VERB = re.compile(r"(?:Will|May)\s[A-Z][a-z]")


def _is_a_clause(plain: list[str], words: list[str]) -> bool:
    """Whether a phrase before a reporting verb is a clause of its own rather than a noun phrase: a subject pronoun
    with words after it, or a finite verb not inside a relative clause ("people who have used it" still speaks; "May"
    inside the phrase is a month or a name: "A study published in May 2025", "Theresa May"; "Will" or "May" before a
    capitalised word is a first name: "Will Moy", "May Mobility")."""
    if len(plain) > 1 and plain[0] in _SUBJECT_PRONOUNS and plain[1] not in _AFTER_A_PRONOUN_SUBJECT \
            and not plain[1].startswith("[") and not (plain[0] not in ("we", "you") and plain[1] in _ADVERBS_AFTER_THIRD_PERSON):
        return True  # "we record voice notes"; but "he [Nozick] insists", "It instead suggested"
    for at, word in enumerate(plain):
        if word in _RELATIVES:
            return False
        if word in _FINITE_VERBS and not (at and words[at].startswith("May")) and not _FIRST_NAME_VERB.match(" ".join(words[at:at + 2])):
            return True
    return False


def is_organisation_phrase(phrase: str) -> bool:
    """Whether ``phrase`` names an organisation: a capitalised organisation word ("the National Association of Home
    Builders", "Harvard University") or a known one."""
    return any(w[:1].isupper() and _is_org_word(w) for w in phrase.split()) or _LEGAL_FORM_END.search(phrase) is not None


# A company's legal form closing its name ("Kessler AG", "Vattenfall AB"); not "Nevada AG Aaron Ford", an attorney general.
_LEGAL_FORM_END = re.compile(r"[A-Z][\w&.'’-]*\s(?:AG|SE|SA|NV|BV|SpA|Oyj|Oy|ASA|AB|KK|SAS|SRL)$")


def is_name_phrase(phrase: str) -> bool:
    """Whether ``phrase`` is a proper name and nothing else ("Smith", "Bankrate", "Kantar Media"): one to three
    capitalised words, none a sentence word, title, role or kind of people ("Purists", "Residents")."""
    words = phrase.split()
    return 0 < len(words) <= 3 and all(_is_name_word(w) or _is_org_word(w) for w in words[:-1]) and (
        _is_name_word(words[-1]) or _is_org_word(words[-1]) or (len(words) > 1 and _is_role_in_a_name(words[-1]))) \
        and not (len(words) == 1 and (words[0].endswith(PLURAL_NOUN_ENDINGS) or _KIND_OF_PEOPLE.match(words[0])))


def _is_role_in_a_name(word: str) -> bool:
    """A capitalised singular role closing a brand's name ("Forbes Advisor", "Business Insider")."""
    plain = _plain(word)
    return word[:1].isupper() and (plain in ANONYMOUS_HEADS or plain == "insider") and not plain.endswith("s")


def _brand_with_a_role(text: str, state: SourceState) -> bool:
    """Whether ``text`` is a brand whose name ends on a role noun ("Forbes Advisor", "Business Insider"): capitalised
    names before a capitalised singular role, no article, and the page writing it so somewhere not before a capital, as a
    name is written in running text (a headline's "Pentagon Official Says" is a title's capitals)."""
    words = text.split()
    return 2 <= len(words) <= 3 and _is_role_in_a_name(words[-1]) and all(_is_name_word(w) for w in words[:-1]) \
        and bool(re.search(re.escape(text) + r"(?![ \t]+[A-Z\d])[\s,;:.]", state.page_text))


def is_common_phrase(phrase: str, common_words: frozenset[str]) -> bool:
    """Whether every capitalised word of ``phrase`` is one the article writes in lower case elsewhere ("Tests",
    "Let's", "Energy Usage"), and none of them names a kind of speaker ("The Company", "Police")."""
    words = [w.strip(",;:.()\"“”'‘’").replace("’", "'") for w in phrase.split()]
    if any(_plain(w) in SOURCE_HEADS or _plain(w).rstrip("s") in SOURCE_HEADS for w in words):
        return False
    capitalised = [w for w in words if w[:1].isupper() and _plain(w) not in SENTENCE_WORDS]
    return bool(capitalised) and all(w.lower().removesuffix("'s") in common_words for w in capitalised)


# Plural or role nouns for people that a named body stands behind without naming them.
PEOPLE_HEADS = frozenset("""advisers advisors aides bosses representatives reps rep supporters defenders members
officials staffers insiders sources diplomats negotiators employees workers bloggers correspondents journalists
reporters channels accounts influencers commentators activists residents witnesses""".split())
# The head of a source phrase that names people ("Senior executives", "Doctors"): a participle phrase after it is what
# they do, not who they are.
_PEOPLE_NOUNS = ANONYMOUS_HEADS | PEOPLE_HEADS | VAGUE_HEADS


_NEWSROOM_HEADS = frozenset({"journalists", "reporters", "correspondents"})


def _people_head(words: list[str]) -> str | None:
    """The head of a source phrase when it is unnamed people ("Health bosses", "some members of Congress")."""
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "at", "from", "for", "in", "with")), len(words))
    head = _plain(words[cut - 1]) if cut else ""
    return head if head in PEOPLE_HEADS else None


_INSTITUTION = re.compile(r"^[Tt]he\s(?!(?:" + "|".join(sorted(TITLES | PERSON_REFERENCES)) + r")\b)[A-Z][\w.&'’-]+"
                          r"(?:\s(?:of\s|for\s|and\s)?[A-Z][\w.&'’-]+)*$")
_DOMAIN_NAME = r"[A-Za-z][\w-]+\.(?:com|org|net|gov|co\.uk|org\.uk|gov\.uk|uk|io)\b"
_DOMAIN = re.compile(r"\b" + _DOMAIN_NAME)
# A count some body keeps, named by what it is: "according to the 2021 census", "police.uk data" (dev probe round 15).
_KEPT_BY_A_BODY = re.compile(r"^(?:the\s)?(?:(?:19|20)\d\d\s|latest\s|last\s|national\s|official\s){0,2}census\b"
                             r"|^" + _DOMAIN_NAME + r"\s(?:data|figures|statistics|records|numbers)$", re.IGNORECASE)


# A source phrase opening on a quantifier names nobody ("Many vegans report", "Most sprays claim"), however it is
# capitalised; "All of them", "some of the residents" are people the article met, unnamed.
QUANTIFIER_OPENINGS = frozenset("many most all numerous countless".split())
_PARTITIVE = re.compile(r"^\w+\sof\s(?:them|those|these|the|us|our|their)\b")
# A named firm's economists ("Veros' economists predict"): the firm's own research. Its officials, advisers, sources
# and representatives stay anonymous (LABELING.md; the news corpus's labels, where the web audit's split).
SPEAKS_FOR_HEADS = frozenset({"economists"})


_DOCUMENT_ADJECTIVES = frozenset("recent new latest official annual preliminary early final current previous".split())


# "Nearly all patients", "almost every respondent": a share of people, as vague as "most".
_NEARLY_ALL = r"(?:nearly|almost|virtually)\s(?:all|every)"
# A share spelled out ("Fifty-one percent say"), as a poll story may open a sentence with it.
_SHARE_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight"
                r"|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                r"|seventeen|eighteen|nineteen)")
# A reporting subject that is a share of people ("65% of users said", "nearly 20% of Strava participants said"):
# a survey's answers, and the survey is the named owner's where there is one.
SURVEY_ANSWER = re.compile(r"^(?:an?\s(?:overwhelming|whopping|staggering|mere|full)\s)?"
                           r"(?:(?:nearly|about|around|almost|over|more\sthan|roughly|approximately|just\sover)\s)?"
                           r"(?:(?:\d[\d.,]*|" + _SHARE_WORDS + r"\s)\s?(?:%|percent|per\scent)|half"
                           r"|a\s(?:third|quarter|majority)|two-thirds"
                           r"|three-quarters|most|the\smajority|one\sin\s\w+|" + _NEARLY_ALL + r")(?:\s(?:of\s)?|$)",
                           re.IGNORECASE)


# The people a survey or a study asked ("Over half of the students", "About 68% of the sample", "North Dakota
# residents"): where the page sets out one study's or report's results, what they said is that study's finding.
_RESPONDENTS = re.compile(r"^(?:(?:the|these|those|our|its|their)\s)?(?:[\w'’-]+\s){0,3}?(?:students|participants"
                          r"|respondents|residents|adults|patients|users|customers|employees|workers|parents|teens"
                          r"|teenagers|women|men|people|consumers|voters|members|sample|homeowners|travell?ers|shoppers"
                          r"|nurses|doctors|teachers|subjects|veterans|individuals|households|marketers|owners)$",
                          re.IGNORECASE)


def names_respondents(source_text: str) -> bool:
    """Whether a source is people a survey or a study asked, however large a share of them."""
    answer = SURVEY_ANSWER.match(source_text)
    return _RESPONDENTS.match(source_text[answer.end():] if answer else source_text) is not None


_OWN_RESPONDENTS = re.compile(r"\b(?:we|I)\s(?:surveyed|polled|asked|interviewed|spoke\sto|talked\sto)$")
_VAGUE_SHARE = re.compile(r"^(?:most|the\smajority|a\smajority|" + _NEARLY_ALL + r")\b", re.IGNORECASE)


def _owner(words: list[str], head_at: int) -> str | None:
    """The capitalised name before a source phrase's head ("Strava's trends report" -> Strava), if it is not a
    demonym or a sentence word ("US officials", "The report")."""
    owner = [w for w in words[:head_at] if w[:1].isupper() and _plain(w) not in SENTENCE_WORDS
             and _plain(w) not in _DOCUMENT_ADJECTIVES]
    if not owner or any(_plain(w).rstrip("s") in DEMONYMS or _plain(w) in DEMONYMS for w in owner):
        return None
    return " ".join(owner).removesuffix("’s").removesuffix("'s").removesuffix("’").removesuffix("'")


# "published in BMJ", "which appeared in the peer-reviewed medical journal The Lancet Psychiatry"; the journal's name
# ends before a day ("in Nature Astronomy on Monday"). Each word's \b is a lookbehind after its first letter, so that
# the pattern opens on a literal, which the regex engine skips to in one fast scan instead of trying every position.
_PUBLISHED_IN = re.compile(r"(?:p(?<!\wp)ublished|a(?<!\wa)ppear(?:ed|ing|s))\s(?:(?:on\s)?(?:[A-Z][a-z]+day|today|yesterday|online"
                           r"|recently)\s)?in\s(?:the\s)?(?:(?:peer-reviewed|medical|scientific|academic|science)\s){0,2}"
                           r"(?:journal\s)?(?!(?:" + MONTH_NAMES + r")\b)([A-Z][\w&.'’-]*(?:\s(?:of\s|for\s|and\s|on\s|&\s)?"
                           r"(?![A-Z][a-z]+day\b)[A-Z][\w&.'’-]*){0,7}(?:\sjournal)?)")
# "a review of 12 trials, led by researchers at the University of Manchester": the institution behind the study ("led"
# before its \b, as in _PUBLISHED_IN)
_LED_BY = re.compile(r"led(?<!\wled)\sby\s(?:researchers|scientists|a\s(?:research\s)?team|academics|experts)\s(?:at|from)\s(?:the\s)?"
                     r"([A-Z][\w&.'’-]*(?:\s(?:of\s|for\s|and\s|&\s)?[A-Z][\w&.'’-]*){0,6})")
# A sentence that opens on a study ("In a 2019 randomised trial of 36 women published in ...", "The research, published
# today in The Lancet Planetary Health, followed ..."): its figures are that study's findings.
_OPENS_ON_A_STUDY = re.compile(r"^\W{0,3}(?:In\s)?(?i:a|an|the|this|one)\s(?:[\w-]+\s){0,4}?(?:study|trial|review|analysis"
                               r"|meta-analysis|research|paper)\b(?:\s(?:of|among|in|on)\s[^,;]{1,60})?,?\s"
                               r"(?:(?:which\s)?(?:was\s)?(?:published|led)\b)")
_OWN_DOCUMENT = re.compile(r"^(?:the\s|its\s|their\s)?(?:[a-z-]+\s)?(?:figures|data|numbers|statistics|estimates|report|study"
                           r"|survey|statement|analysis)\s(?:that\s)?(it|they|he|she)\s(?:had\s|has\s|have\s)?(?:published"
                           r"|released|issued|compiled|shared|put\sout|gathered|collected)$")
# Bodies whose names read as a title and a person's name, or as a group of people.
_KNOWN_BODY = re.compile(r"\b(?:Doctors|Reporters)\sWithout\sBorders|M[ée]decins\sSans\sFronti[èe]res|Amnesty\sInternational"
                         r"|Human\sRights\sWatch|(?:International\s)?Red\s(?:Cross|Crescent)|Save\sthe\sChildren"
                         r"|(?:[A-Z][\w'’-]+\s)?General\sStaff(?:\sof\s(?:the\s)?(?:[A-Z][\w'’-]+\s?){1,3})?")
_TITLED_GROUP = re.compile(r"(?:[A-Z][a-z-]+\s){1,2}(?:Planners|Designers|Experts|Doctors|Scientists|Researchers|Economists"
                           r"|Analysts|Nutritionists|Dietitians|Dentists|Physicians|Teachers|Parents|Users|Customers"
                           r"|Reviewers|Engineers|Developers|Marketers|Owners|Buyers|Investors|Travelers|Travellers"
                           r"|Runners|Readers|Professionals|Insiders|Leaders)")
_UNCLOSED_PARENTHESIS = re.compile(r"\s*\([^()]*$")
_DATED = re.compile(rf"\s(?:from|in|of|published\sin)\s(?:{MONTH_NAMES})(?:\s\d{{4}})?$")


_TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
                        "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant", "prof": "professor",
                        "co-founder": "founder", "cofounder": "founder"}


# Titles that are also surnames: "Stephen King", "John Major", "Ken Doctor" (and a later "Doctor added").
SURNAME_TITLES = frozenset("king major judge doctor dean pope bishop sheriff marshal".split())
_ROLE_ADJECTIVES = _TITLE_MODIFIERS | frozenset("top senior junior leading former retired local family district".split())


# A study spoken of before the page names who published it: "A new study", "the research" (not "researchers believe":
# who believes it stays unnamed).
_THE_ONE_STUDY = re.compile(r"(?:a|an|the|this)\s(?:(?:new|recent|latest|large|major|landmark|peer-reviewed)\s)?"
                            r"(?:study|paper|research|analysis)")


def _publisher(match: re.Match) -> str:
    return match.group(1).rstrip(".,;:")


def the_one_study_publisher(text: str) -> str | None:
    """The journal or institution behind a study, where the page names exactly one (study_publisher throughout)."""
    found = {_publisher(match) for pattern in (_PUBLISHED_IN, _LED_BY) for match in pattern.finditer(text)}
    return found.pop() if len(found) == 1 else None


def study_publisher(text: str) -> str | None:
    """The journal a study was published in, or the institution whose researchers led it, as ``text`` names them."""
    found = _PUBLISHED_IN.search(text) or _LED_BY.search(text)
    return _publisher(found) if found else None


def opening_study_publisher(sentence: str) -> str | None:
    """The publisher (study_publisher) of the study a sentence opens on, or None."""
    return study_publisher(sentence) if _OPENS_ON_A_STUDY.match(sentence) else None


def _title_as_surname(text: str, state: SourceState) -> str | None:
    """The full name of a person whose surname is a title word: a given name the page never writes in lower case
    before it ("Ken Doctor", not "Top Doctor" or "Family Doctor"), or that surname alone once the name is known."""
    words = text.split()
    if len(words) == 1 and _plain(words[0]) in SURNAME_TITLES and words[0] in state.full_names:
        return state.full_names[words[0]]
    if len(words) == 2 and words[1][:1].isupper() and _plain(words[1]) in SURNAME_TITLES and _is_name_word(words[0]) \
            and words[0].lower() not in state.common_words and _plain(words[0]) not in _ROLE_ADJECTIVES \
            and words[0].lower() not in GOVERNMENTS:
        return text
    return None


# What an unnamed source is tied to is not who it is: "linked to the Wagner group", "close to the Kremlin".
_AFFILIATION = re.compile(r"\s(?:(?:linked|close|affiliated|associated|tied|aligned|allied|loyal)\s(?:to|with)"
                          r"|(?:run|backed|owned|funded)\sby)\s")
# People known only by whom they know are unnamed: "multiple friends of Mike Ford", "two aides to the governor" (not
# "Friends of the Earth", a body's name).
_PEOPLE_OF = re.compile(r"^(?:(?:[Mm]ultiple|[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Aa]|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir"
                        r"|close|longtime|former)\s)*(?:friends?|relatives?|aides?|associates?|colleagues?|family\smembers?"
                        r"|neighbou?rs?|allies|ally|confidants?|acquaintances?|classmates?)\s(?:of|to)\s")
COUNTED_MODIFIER = re.compile(r"^(?:[Tt]he\s)?\d[\w.]*-[a-z-]+\s(?=[A-Z])")
_PERSONS_BODY = re.compile(r"^(?:his|her)\s(office|campaign|administration|government|ministry|foundation|company|party)$")


# Who speaks for a body by office ("a WeWork spokesperson", "a spokesperson for TikTok", "a company spokesperson") speaks
# as the body: the news corpus's and the web audit's labels credit the company. A government's, an agency's or a
# movement's ("a Pentagon spokesman", "an agency spokesman", "a Taliban representative") stays unnamed.
_SPOKESPERSON_OF = re.compile(r"^(?:[Aa]n?\s|[Tt]he\s)?(?P<body>[A-Za-z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s"
                              r"(?:spokes(?:man|woman|person)|representatives?|press\soffice)$")
_SPOKESPERSON_FOR = re.compile(r"^(?:[Aa]n?|[Tt]he)\s(?:spokes(?:man|woman|person)|representatives?)\s(?:for|of|from|at)\s"
                               r"(?:the\s)?(?P<body>[A-Za-z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})$")
_COMPANY_REFERENCES = frozenset("company firm platform brand retailer startup".split())
_STATE_WORDS = frozenset("""pentagon kremlin taliban hamas hezbollah police army military navy force forces command white
house state department ministry agency office embassy council commission government cabinet un nato eu idf fbi cia
""".split())


def _body_spoken_for(text: str) -> str | None:
    """The body an office-holder speaks for, as written ("a WeWork spokesperson": "WeWork"), or None."""
    spoken_for = _SPOKESPERSON_OF.match(text) or _SPOKESPERSON_FOR.match(text)
    return spoken_for.group("body") if spoken_for else None


def company_spoken_for(text: str) -> str | None:
    """The common noun of the company an office-holder speaks for, where the story does not name it again ("A company
    spokesperson", "A representative for the platform": "company", "platform")."""
    body = (_body_spoken_for(text) or "").lower()
    return body if body in _COMPANY_REFERENCES else None


# The two people a page has named, taken up together: "both experts", "the two doctors", "both of them".
_BOTH_OF_THEM = re.compile(r"^(?:both|the\stwo)(?:\sof\sthem|\s(?:[\w-]+\s)?(?:experts|doctors|nutritionists|dietitians"
                           r"|researchers|scientists|authors|economists|analysts|specialists|physicians|professionals|women|men))$")


# The nouns pictures go by, as a source's head: "footage", "satellite images", "photos".
PICTURE_NOUNS = r"(?:footage|videos?|images|imagery|photos|photographs|pictures)"
# Pictures with no one named behind them: "Verified video footage", "Satellite images", "Images of bullet casings left on
# the ground" ("Reuters footage" is Reuters', a body's).
_PICTURES = re.compile(r"(?i)(?:(?:the|new|verified|geolocated|satellite|video|drone|CCTV|security|camera|leaked|social"
                       r"|media|amateur|mobile|phone|cellphone|bodycam|body|dashcam|surveillance|aerial|grainy|online"
                       r"|viral|unverified|graphic)\s){0,3}" + PICTURE_NOUNS +
                       r"(?:\s(?:of|from|taken|posted|shared|showing)\s[^,;]{1,60})?")


# What kind of body a name is, set before it with no comma ("figures compiled by the trade body the National
# Association of Jewellers"): the name says who.
_KIND_BEFORE_NAME = re.compile(r"\b[Tt]he\s(?:[a-z-]+\s){0,2}(?:body|charity|tank|watchdog|union|group|lobby|broadcaster"
                               r"|newspaper|paper|daily|regulator|agency|firm|company|consultancy|organi[sz]ation|network"
                               r"|association|institute|website|outlet|magazine|channel|party|society|nonprofit|non-profit"
                               r"|foundation|coalition|alliance|federation|council|authority|ministry|department)\s(?=the\s[A-Z])")
# ... or an outlet's kind before its bare name ("the business daily Handelsblatt", "the broadcaster RTVE").
_KIND_BEFORE_BARE_NAME = re.compile(r"^[Tt]he\s(?:[a-z-]+\s){0,2}(?:broadcaster|newspaper|paper|daily|weekly|magazine|tabloid"
                                    r"|outlet|website|channel|agency|network|watchdog|regulator)\s"
                                    r"(?=[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,2}$)")


def classify(phrase: str, state: SourceState) -> tuple[str | None, str]:
    """(source text, kind) for the phrase a reporting frame credits; updates ``state``."""
    text = _DATED.sub("", phrase.strip(" ,;:–—-\"“”'‘’"))  # "Research from December 2021": the research, undated
    text = _LEADING_TIME.sub("", text) or text  # "On Monday it announced": "it"
    text = _BOX_LABEL.sub("", text) or text  # "Summary Studies show": a summary box's label run into its first words
    # "the trade body the National Association of Jewellers": the name says who (the pattern needs "the" twice)
    if " the " in text and text.count("the ") + text.count("The ") >= 2:
        text = _KIND_BEFORE_NAME.sub("", text) or text
    elif _KIND_BEFORE_BARE_NAME.match(text):  # "the business daily Handelsblatt", "the broadcaster RTVE": a body
        return state.learn_organisation(_KIND_BEFORE_BARE_NAME.sub("", text)), "organisation"
    opened = _OPENING_CLAUSE.match(text)
    if opened:  # "Because Dempsey", "In a Tumblr post at the time she", "In 2020 Bongard's AI": who acts comes last
        text = opened.group("actor")
    text = _UNCLOSED_PARENTHESIS.sub("", text) or text  # "the Centre for Disease Control (CDC": the name before it
    modified = _PARTICIPLE_MODIFIER.sub("", text)
    if modified == text:
        people = _PARTICIPLE_PHRASE.sub("", text)
        modified = people if people and _plain(people.split()[-1]) in _PEOPLE_NOUNS else text
    if modified and len(modified.split()) <= 4:
        text = modified  # "NASA scientists using a telescope atop Mauna Kea": the scientists
    if not text:
        return None, "vague"
    if _PICTURES.fullmatch(text):
        return text, "vague"  # "Verified video footage shows", "Satellite images show": pictures, no one behind them
    if _KEPT_BY_A_BODY.match(text):
        return state.learn_organisation(_strip_article(text)), "organisation"  # the census office's, the site's
    role = _UNNAMED_ROLE.fullmatch(text)
    if role and role.group(1).lower() not in _NOT_A_ROLE_WORD and (
            _describes(role.group(1), state) or role.group(1).lower() in _ROLE_LEVELS):
        return text, "anonymous"  # "-- Software engineer working on data science platforms": someone, unnamed
    lowered = text.lower()
    words = lowered.split()
    if state.page_study and state.last_study is None and _THE_ONE_STUDY.fullmatch(lowered):
        # "A new study suggests ... The study, which appeared in The Lancet Psychiatry, ...": the page's one study,
        # named a sentence or two later
        return state.learn_organisation(state.page_study), "organisation"
    local = _IN_A_PLACE.match(text)
    local_head = _plain(local.group(1).split()[-1]) if local else ""
    if local_head in ANONYMOUS_HEADS or local_head in COLLECTIVE_PEOPLE:
        placed, kind = classify(local.group(1), state)  # "Doctors in Gaza", "Executives across the world": the people
        return (text, kind) if kind in ("anonymous", "vague") else (placed, kind)
    tie = _AFFILIATION.search(text)
    if tie and _INDEFINITE.match(text):  # "A Telegram channel linked to the Wagner group": a channel, unnamed
        head, kind = classify(text[:tie.start()], state)
        return (text if kind in ("anonymous", "vague") else head), kind
    if _PEOPLE_OF.match(text):
        return text, "anonymous"
    ranked = COUNTED_MODIFIER.match(text)
    if ranked:  # "the 14th-ranked Schwartzman", "the 35-year-old Smith": the name after the description
        return classify(text[ranked.end():], state)
    own_body = _PERSONS_BODY.match(lowered)
    if own_body and state.last_mentioned:  # "His office said": the office of the person named last
        return f"{state.last_mentioned}'s {own_body.group(1)}", "organisation"
    if lowered in PRONOUNS:
        return _resolve_pronoun(lowered, state)
    if lowered in _BARE_RESEARCHERS and state.last_study and (state.mentions_since_study <= _STUDY_IN_VIEW
                                                               or state.studies_named == 1):
        return state.last_study, "organisation"  # "The study ... appeared in The Lancet Psychiatry. Researchers found"
    if _BOTH_OF_THEM.match(lowered):
        people = list(dict.fromkeys(state.full_names.values()))  # in the order the page introduced them
        if state.last_person and state.last_person not in people:
            people.append(state.last_person)  # known by a surname alone ("Klinger agrees")
        if len(people) >= 2:
            return " and ".join(people[-2:]), "named"  # "Both experts agree": the two people named last
    if words[0] in PRONOUNS and len(words) > 1:
        named = _BRACKETED_NAME.fullmatch(" ".join(text.split()[1:]))
        if named:  # "he [Nozick] insists": the name the page put in brackets
            return classify(named.group(1), state)
        if all(w in _ADVERBS_AFTER_THIRD_PERSON for w in words[1:]):
            return _resolve_pronoun(words[0], state)  # "It instead suggested": the pronoun, resolved
    body = _body_spoken_for(text)
    if body:  # "a WeWork spokesperson", "Razer representatives", "a company spokesperson": the body
        if body.lower() in _COMPANY_REFERENCES:
            return text, "organisation"  # "a company spokesperson": the company the story is about, speaking
        if body[:1].isupper() and body.lower() not in GOVERNMENTS and _plain(body) not in DEMONYMS \
                and not _STATE_WORDS.intersection(body.lower().split()):
            return state.learn_organisation(body), "organisation"
    body = _KNOWN_BODY.search(text)
    if body:  # "Doctors Without Borders": a title word and a name to person_in, a body to the reader
        return state.learn_organisation(body.group()), "organisation"
    publisher = study_publisher(text)
    if publisher:  # "a meta-analysis ... published in BMJ", "a review ... led by researchers at the University of X"
        return state.learn_organisation(publisher), "organisation"
    own = _OWN_DOCUMENT.match(lowered)
    if own:  # "according to figures it published": the figures of the body the pronoun stands for
        return _resolve_pronoun(own.group(1), state)
    answer = SURVEY_ANSWER.match(text)
    if answer and answer.end() == len(text) and not _VAGUE_SHARE.match(text):
        return text, "anonymous"  # "Fifty-one percent say": people answering, unnamed (a poll in view may own them)
    if answer and text[answer.end():].split():
        if _OWN_RESPONDENTS.search(text):
            state.own_survey = True
            return PUBLICATION, "organisation"  # "over 61% of the web designers we surveyed": the page's own survey
        people = text[answer.end():].split()
        owner = _owner(people, len(people) - 1)
        if owner:
            return state.learn_organisation(owner), "organisation"  # "nearly 20% of Strava participants": Strava's
        if state.own_survey:
            return PUBLICATION, "organisation"  # then "5% of web designers said": more answers to the same survey
        if not _VAGUE_SHARE.match(answer.group()) or _PARTITIVE.match(lowered):
            return text, "anonymous"  # "About 68% of the sample", "Half of US adults": people answering, unnamed
        return text, "vague"  # "Most Americans", "the majority of users": no one identifiable
    owned = _OWN_PAGE_OF_REFERENCE.match(text)
    if owned and owned.group("owner").lower() in ORG_REFERENCES:
        # "The department's website", "the ministry's statement": the body named before, speaking through its own page
        named = state.bodies.get(owned.group("owner").lower())
        return ((named and state.learn_organisation(named)) or state.last_organisation
                or state.learn_organisation("the " + owned.group("owner").lower())), "organisation"
    works_at = _PEOPLE_AT_BODY.match(text)
    if works_at:  # "researchers at Stanford University", "a survey by the guys at GarageGymReviews.com": that body's
        return state.learn_organisation(works_at.group("body")), "organisation"
    described = _DESCRIBED_BODY.search(text)
    if described:  # "The harbour authority said", "figures published by the regional fisheries board": that body
        return state.learn_organisation(described.group("body")), "organisation"
    role_of = _ROLE_OF_UNNAMED.match(text)
    if role_of and all(_plain(w) in TITLES or w.lower() == "and" for w in role_of.group(1).split()):
        return text, "anonymous"  # "Founder and CEO of a developer tools company": someone, unnamed
    if _OFFICE_HOLDER.match(text) and not text.lower().startswith(("a ", "an ")):
        return state.learn_person(text), "named"  # "Austria's interior minister": one person, identifiable by office
    with_team = _WITH_TEAM.match(text)
    if with_team:
        return classify(with_team.group(1), state)  # "Paganini and his team reported": Paganini
    member = _MEMBER_OF.match(text)
    if member and person_in(member.group(1)) == member.group(1):
        return state.learn_person(member.group(1)), "named"  # "Joneigh Khaldun of the Michigan Department of Health"
    titled = person_in(member.group(1)) if member else None
    before_name = member.group(1).split()[:-len(titled.split())] if titled else []
    if titled and before_name and member.group(1).split()[len(before_name):] == titled.split() \
            and _plain(before_name[-1]) in TITLES:
        return state.learn_titled(before_name, titled), "named"  # "Republican Senator James Cutler of Oklahoma"
    if _OWN_WORK.match(lowered):
        return PUBLICATION, "organisation"  # "according to my tests", "our data shows": the page's own measurement
    described_name = _DESCRIBED_NAME.match(text)
    if described_name:
        return state.learn_organisation(described_name.group("name")), "organisation"
    if _ROLE_OFFICE.match(lowered):
        # "the prosecutor's office", "the mayor's office": the institution speaks
        return state.learn_organisation(_strip_article(text)), "organisation"
    if lowered in ("wall street", "the street"):
        return text, "vague"  # "Wall Street predicted $2.52 a share": the market's consensus, no one in particular
    government = _strip_article(text)
    if government.lower() in GOVERNMENTS and government not in state.full_names:
        return state.learn_organisation(government), "organisation"
    document_at = next((i for i, w in enumerate(words[:4]) if w in PUBLISHED_HEADS), None)
    in_a_name = document_at is not None and document_at + 1 < len(words) and text.split()[document_at][:1].isupper() \
        and _plain(words[document_at + 1]) in ORG_WORDS  # "the Research Institute of America": a body's name, no document
    author = DOCUMENT_AUTHOR.search(text) if document_at is not None and not in_a_name else None
    if (author or document_at is not None) and _FUNDED.search(text):
        return text, "anonymous"  # "A 2020 NCCIH-supported analysis", "a review supported by NCCIH": funded, not written
    if author:  # "a new survey from Piper Jaffray", "the study by the University of Bath": its publisher
        publisher = (author.group("author") or author.group("journal") or author.group("named_journal")
                     or author.group("known_journal") or author.group("outlet") or author.group("body")).rstrip(".,;:")
        return state.learn_organisation(publisher), "organisation"
    if len(words) == 1 and _COMPANY_CAPITALS.match(text) and text not in state.full_names:
        return state.learn_organisation(text), "organisation"  # "LevelBlue announced", "HubSpot found"
    if document_at is not None and _INDEFINITE.match(lowered) and words[document_at + 1:document_at + 2] == ["of"] \
            and not any(w[:1].isupper() for w in text.split()[1:document_at]):
        return text, "anonymous"  # "A survey of cleaning companies in San Diego": an unnamed survey, not San Diego
        # (but "A Stanford study of 16,000 workers" is Stanford's, below)
    head = _plain(words[-1])
    # "Strava's trends report", "The ClassPass trends report": a named body's; a capitalised one ("Soliant Report")
    # before person_in can take it for a person's name
    owned_document = head in DOCUMENT_HEADS and not _INDEFINITE.match(lowered) and _owner(text.split(), len(words) - 1)
    if owned_document and text.split()[-1][:1].isupper():
        return state.learn_organisation(_strip_article(text)), "organisation"
    if _TITLED_GROUP.fullmatch(text) and not any(_is_org_word(w) for w in words):
        return text, "vague"  # "According to Event Planners", "Top Nutritionists": a group in a title's capitals
    first = text.split()[0]
    if len(words) > 1 and _ACRONYM.fullmatch(first) and _plain(first) not in DEMONYMS and _plain(first) not in TITLES \
            and all(w[:1].isupper() and _plain(w) not in TITLES for w in text.split()[1:]):  # not "FBI Director Kash Patel"
        return state.learn_organisation(text), "organisation"  # "NHS England", "BBC News", "UN Women": a body's name
    holder = next((h for w in reversed(words[1:]) if w in _RANKS and (h := state.holder_of(w))), None) \
        if _DEFINITE_ROLE.match(lowered) else None
    if holder:  # "Colonel Viktor Hrytsenko told ... the colonel said", "the chief executive": the one given that title
        return holder, "named"
    person = person_in(text)
    titled_name = _title_as_surname(text, state)
    if titled_name:
        return state.learn_person(titled_name), "named"
    if _brand_with_a_role(text, state):
        return state.learn_organisation(text), "organisation"  # "Forbes Advisor found", "Business Insider reported"
    if ANONYMITY_MARKERS.search(text) and not (person and _TITLE_INSIDER.search(text)):
        return text, "anonymous"  # "an NFL insider" is anonymous; "NFL Insider Jason La Canfora" is a title + name
    if _INSTITUTION.match(text) and not person_in(text.split(" ", 1)[1]) or _DOMAIN.search(text):
        # "the United Nations", "The Wrap", "Edmunds.com": people take no article
        return state.learn_organisation(_strip_article(text)), "organisation"
    speaks_for = _owner(text.split(), len(words) - 1) if _plain(words[-1]) in SPEAKS_FOR_HEADS else None
    if speaks_for:
        return state.learn_organisation(speaks_for), "organisation"
    if words[0] in ("its", "their") and len(words) <= 3 and state.last_organisation and (
            head in VAGUE_HEADS or head in ANONYMOUS_HEADS or head in DOCUMENT_HEADS or head in UNNAMED_DOCUMENTS):
        return state.last_organisation, "organisation"  # "Its analysts project", "its own surveys show": the body's
    calling = _CALLING_ITSELF.match(text)
    if calling:
        return state.learn_organisation(calling.group(1)), "organisation"  # "A group calling itself NightLedger"
    if len(words) == 2 and words[0] in ("some", "many") and head in VAGUE_HEADS:
        return text, "vague"  # "Some analysts expect", "Many experts believe": no one identifiable, as "experts say"
    people_head = _people_head(words)
    if people_head in _NEWSROOM_HEADS:
        outlet = [w for w in text.split() if _plain(w) in KNOWN_ORGANISATIONS or _ACRONYM.fullmatch(w)]
        if outlet:  # "Reuters journalists saw", "BBC reporters counted": the outlet's own reporting
            return state.learn_organisation(outlet[0]), "organisation"
    if people_head and not person:
        return text, "anonymous"  # "White House advisers", "Health bosses", "some members of Congress": unnamed people
    if person:
        return state.learn_titled(text[:text.rfind(person)].split(), person), "named"
    if _DEFINITE_ROLE.match(lowered) and (head in ANONYMOUS_HEADS or head in PERSON_REFERENCES) and not head.endswith("s"):
        # "the officer", "the minister", "the source": the person or source the article introduced before
        holder = state.holder_of(head)
        if holder:
            return holder, "named"  # "Gov. Eric Holcomb ... The governor said": the one given that title
        if state.last_source and state.last_source[1] == "anonymous" and head != "source":
            # "A senior military official said ... the mayor said ... The official said": that official again, past
            # another unnamed speaker (a named one just before keeps the role: "Advocate Nomsa Dlamini ... the
            # prosecutor told the court", "Captain Anna Petrova told ... the officer said")
            earlier = next((source for source in reversed(state.unnamed_sources)
                            if source.lower() != lowered and _same_role(head, source)), None)
            if earlier:
                return earlier, "anonymous"
        if state.last_source and ((state.last_source[1] == "anonymous" and _same_role(head, state.last_source[0]))
                                  or (state.last_source[1] == "named" and head not in ("source", "sources")
                                      and not _titled_otherwise(head, state.last_source[0], state))):
            return state.last_source  # "the source" stays anonymous unless the anonymous source came before
        if state.last_person and head not in ("source", "sources") \
                and not _titled_otherwise(head, state.last_person, state):
            return state.last_person, "named"
    if _STUDY_PEOPLE.match(lowered):
        # "the authors point out", "the researchers found": the people behind the study the article described (its
        # body, else the researcher it named last)
        if state.last_person and not state.last_organisation:
            return state.last_person, "named"
        if state.last_organisation:
            return state.last_organisation, "organisation"
        return text, "anonymous"  # "A 2021 analysis of 40 trials ... The researchers concluded": they exist, unnamed
    if len(words) == 2 and _DOCUMENT_REFERENCE.match(lowered) and head in DOCUMENT_HEADS and state.last_unnamed_document:
        return state.last_unnamed_document, "anonymous"  # "A 2021 analysis of 23 studies examined ... The analysis
        # showed": that unnamed analysis, not the survey named paragraphs before
    if len(words) == 2 and _DOCUMENT_REFERENCE.match(lowered) and head in DOCUMENT_HEADS \
            and _names_a_document(state.last_source):
        return state.last_source  # "A 2019 review of 18 studies found ... The review found": still that unnamed review
    if _DOCUMENT_REFERENCE.match(lowered) and head in DOCUMENT_HEADS and state.last_organisation:
        return state.last_organisation, "organisation"  # "the report noted", "this study found": the one named before
    if words[0] in QUANTIFIER_OPENINGS and not person:
        return text, ("anonymous" if _PARTITIVE.match(lowered) else "vague")
    if 2 <= len(words) <= _KIND_OF_RESEARCH_WORDS and head in _RESEARCH_HEADS and text[:1].isupper() \
            and all(w.islower() for w in text.split()[1:]) and _describes(words[0], state):
        return text, "vague"  # "Cross-sectional research has shown", "Industry research shows": a kind of research,
        # nobody's ("Gallup research shows" is Gallup's)
    if owned_document:
        return state.learn_organisation(_strip_article(text)), "organisation"
    capitalised = [w for i, w in enumerate(text.split()) if (w[:1].isupper() and not (i == 0 and _plain(w) in SENTENCE_WORDS)
                                                               and _plain(w) not in TITLES) or _CAMEL_CASE.match(w)]
    # "openPR", "eBay" are names; "The analysis" and "Founder and CEO of a company" are not
    if _INDEFINITE.match(lowered) and document_at and any(w[:1].isupper() for w in text.split()[1:document_at]):
        outlet = " ".join(w for w in text.split()[1:document_at] if w[:1].isupper())  # "a VentureBeat article on ..."
        if _plain(outlet) not in DEMONYMS:  # "A U.S. study": a country's, nobody's in particular
            return state.learn_organisation(outlet), "organisation"
    has_org_word = any(_is_org_word(w) for w in capitalised)
    acronyms = [a for a in _ACRONYM.findall(text) if a.lower().rstrip("s") not in DEMONYMS and a.lower() not in DEMONYMS
                and a.lower() not in TITLES]
    if (head in ANONYMOUS_HEADS or head in ("representative", "representatives")) and (
            not has_org_word or _INDEFINITE.match(lowered)) and (head not in VAGUE_HEADS or _INDEFINITE.match(lowered)):
        return text, "anonymous"  # "a Pentagon official", "a Taliban representative": someone unnamed (LABELING.md)
    if has_org_word or acronyms or head in ("police",):
        return state.learn_organisation(_strip_article(text)), "organisation"
    if lowered in ("some", "many", "most", "others", "some people", "many people"):
        return text, "vague"  # "Some say", "many believe": nobody identifiable at all (LABELING.md: "experts say")
    if _INDEFINITE.match(lowered) and head not in ("reports", "report") and not (
            head in UNNAMED_DOCUMENTS and words[0] in ("some", "several", "many")):
        return text, "anonymous"  # "some studies", like "studies", name no study: vague (LABELING.md: "reports")
    if head in VAGUE_HEADS or words[0] in ("it", "there", "reports", "media"):
        return text, "vague"
    if len(capitalised) == 1 and len(words) <= 2 and _is_name_word(capitalised[0]) and words[0] not in _TITLE_MODIFIERS:
        name = capitalised[0].rstrip("’s").rstrip("'s") if capitalised[0].endswith(("’s", "'s")) else capitalised[0]
        if len(words) == 1 and name not in state.full_names and (
                name.endswith(PLURAL_NOUN_ENDINGS) or _KIND_OF_PEOPLE.match(name)):
            return text, "vague"  # "Purists insist", "Results found": a plural noun opening the sentence, not a surname
        if head == _plain(name) and name not in state.full_names and state.names_an_organisation(name):
            return state.learn_organisation(name), "organisation"  # "Tottenham said": "a Tottenham shirt", no one's name
        if name in state.full_names or head == _plain(name):
            return state.learn_person(name), "named"
    if len(words) == 2 and capitalised == text.split()[:1] and text.split()[1].islower() and (
            (words[0] in state.common_words and head in _EVIDENCE_HEADS)
            or (_DESCRIBING_WORD.fullmatch(words[0]) and head in _EVIDENCE_HEADS | UNNAMED_DOCUMENTS | _LEAKS)):
        return text, "vague"  # "Breathing tests showed", "Leaked benchmarks suggest": evidence, no one named behind it
    if capitalised:
        return state.learn_organisation(_strip_article(text)), "organisation"
    if head in ORG_REFERENCES:  # "the ministry": the one named before, or this one from now on
        named_before = state.opening_business if COMPANY_REFERENCE.fullmatch(text) and state.opening_business \
            else state.bodies.get(head) or state.last_organisation
        if named_before and head not in named_before.lower() and (
                (head in NAMED_BY_KIND and not _ACRONYM.search(named_before))
                or (named_before[:1].islower() and not _SAME_BODY_NOUNS.get(head, frozenset()) & set(named_before.split()))):
            named_before = None  # "the army ... the ministry": another body, not the army again (but "the FCC" may be
            # "the commission"); "their union ... The airline says": another body, the one the page called an airline
        return (named_before or state.learn_organisation(text.removeprefix("The "))), "organisation"
    if head in PERSON_REFERENCES and state.last_person and not _titled_otherwise(head, state.last_person, state):
        return state.last_person, "named"
    return text, "anonymous"


def _names_a_document(source: tuple[str | None, str] | None) -> bool:
    """Whether a credited source is an unnamed study or report ("A 2019 analysis of 18 studies")."""
    return bool(source and source[0] and source[1] == "anonymous"
                and any(w in PUBLISHED_HEADS for w in source[0].lower().split()[:4]))


# What evidence, not someone, shows: "Breathing tests showed", "Satellite images show".
_EVIDENCE_HEADS = frozenset("tests scans results images photos photographs videos samples measurements readings x-rays"
                            " recordings".split())
# Ranks and offices a page gives one person by name ("Colonel Viktor Hrytsenko ... the colonel said").
_RANKS = frozenset("colonel general captain major lieutenant sergeant admiral commander marshal brigadier governor "
                   "mayor senator congressman congresswoman judge chancellor premier ambassador executive president "
                   "chairman chairwoman director inspector superintendent prosecutor chief".split())
_CALLING_ITSELF = re.compile(r"^(?:an?|the)\s(?:[\w-]+\s){0,2}(?:calling|describing)\s(?:itself|themselves)(?:\sthe)?\s"
                             r"([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})$", re.IGNORECASE)
_LEAKS = frozenset("benchmarks documents leaks files emails memos listings".split())
# Someone given by their job alone, as a testimonial signs off ("Software engineer working on data science platforms",
# "Engineering manager with 20 years experience"): the job's words in lower case after the sentence's capital.
_JOBS = (r"engineers?|managers?|founders?|co-founders?|developers?|designers?|consultants?|analysts?|directors?|officers?"
         r"|scientists?|researchers?|nurses?|teachers?|architects?|executives?|owners?|leads?|specialists?|workers?"
         r"|employees?|professors?|students?|practitioners?|administrators?|technicians?|programmers?|marketers?")
_UNNAMED_ROLE = re.compile(r"([A-Z][a-z-]+)(?:\s[a-z-]+){0,3}\s(?:" + _JOBS + r")(?:[\s,]+(?:working|with|specializing"
                           r"|specialising|who|focused|focusing)\b.*)?")
_NOT_A_ROLE_WORD = frozenset("the a an some many most several these those other two three few all both its their our his her "
                             "one each every any no".split())  # "The researchers", "Some scientists": read as before
_ROLE_LEVELS = frozenset("senior junior lead principal staff chief head distinguished backend frontend software "
                         "engineering product data hardware".split())


# Who paid for a study is not who ran it ("A 2020 NCCIH-supported analysis of five studies", "A 2018 review supported
# by NCCIH"): the study stays unnamed.
FUNDED_HYPHEN = r"-(?:supported|funded|backed|sponsored)\b"  # "NCCIH-supported"
FUNDED_BY = r"\b(?:supported|funded|backed|sponsored|paid\sfor)\sby\b"  # "supported by NCCIH"
_FUNDED = re.compile(r"[\w&.]" + FUNDED_HYPHEN + "|" + FUNDED_BY)


# Research named only by its kind ("Electroencephalographic research", "Global commercial cleaning industry
# statistics"): a sentence's capital on a describing word, then lower case, up to this many words.
_RESEARCH_HEADS = frozenset("research studies statistics data evidence surveys analyses findings figures".split())
_KIND_OF_RESEARCH_WORDS = 5
_ADJECTIVE_ENDING = re.compile(r"[a-z-]{3,}(?:ic|al|ive|ous|ary|ory|ar|ing)")
_GENERIC_FIELDS = frozenset("industry market trade sector consumer health medical".split())


def _describes(word: str, state: SourceState) -> bool:
    """Whether a sentence's capitalised first word describes (a kind, a field, an adjective) rather than names."""
    word = _plain(word)
    return (word in state.common_words or word in _GENERIC_FIELDS or _ADJECTIVE_ENDING.fullmatch(word) is not None
            or _DESCRIBING_WORD.fullmatch(word) is not None)


# A word that describes what opens the sentence, not a name: "Leaked", "Early", "Independent", "Preliminary".
_DESCRIBING_WORD = re.compile(r"[a-z]{3,}ed|early|new|recent|latest|initial|preliminary|independent|internal|several"
                              r"|numerous|national")


# A government body by its name ("the Department of Transportation", "the Justice Department", "Ministry of Health"),
# remembered by its kind for a later "the department".
_GOVERNMENT_BODY_WORDS = ("Department", "Ministry", "Agency", "Bureau", "Commission")
_GOVERNMENT_BODY_WORD = re.compile(r"\b(?:" + "|".join(_GOVERNMENT_BODY_WORDS) + r")\b")
_GOVERNMENT_BODY = re.compile(r"(?:Department|Ministry|Agency|Bureau|Commission)\s(?:of|for)(?:\s(?:the\s)?"
                              r"[A-Z][\w’'&-]*){1,4}|(?:[A-Z][\w’'&.-]*\s){1,3}(?:Department|Ministry|Agency|Bureau"
                              r"|Commission)\b")
_OWN_PAGE_OF_REFERENCE = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s(?P<owner>[A-Za-z]+)['’]s\s(?:[\w-]+\s)?(?:website|site|page"
                                    r"|statement|report|data|figures|filing|release|announcement|records|study|survey)$")
# People named by where they work: "researchers at Stanford", "the team at Ahrefs" are that body's.
PEOPLE_AT_WORK = frozenset("""researchers researcher scientists scientist experts analysts analyst economists economist
doctors team guys folks people staff editors engineers professor professors statisticians epidemiologists""".split())
_PEOPLE_AT_BODY = re.compile(r"^(?:.*\s)?(?i:" + "|".join(sorted(PEOPLE_AT_WORK)) + r")\sat\s(?:the\s)?"
                             r"(?P<body>[A-Z][\w&.'’-]*(?:\s(?:of\s|for\s|and\s)?[A-Z][\w&.'’-]*){0,5})$")


def _strip_article(text: str) -> str:
    """The name without its article or an opening quotation mark ("the ‘SANDSTONE CARE Mental Health Statistics")."""
    return re.sub(r"^(?:the|according\sto)\s", "", text, flags=re.IGNORECASE).lstrip("‘’“”\"'")


_FEMALE = re.compile(r"\b(?:woman|women|girl|mother|wife|daughter|sister|grandmother|aunt|niece|lady|actress|waitress)\b", re.I)
_MALE = re.compile(r"\b(?:man|men|boy|father|husband|son|brother|grandfather|uncle|nephew|gentleman|actor|waiter)\b", re.I)


_OBJECT_FORM = {"he": "him", "him": "him", "she": "her", "her": "her"}


def _of_other_gender(pronoun: str, person: str) -> bool:
    """Whether an unnamed person ("a woman", "the father") cannot be the "he" or "she" that follows."""
    return (pronoun in ("he", "him") and _FEMALE.search(person) is not None) or (
        pronoun in ("she", "her") and _MALE.search(person) is not None)


def _same_role(head: str, earlier: str | None) -> bool:
    """Whether "the <head>" can take up the unnamed source before it: the same noun ("a senior official ... the official
    said", "A doctor on the scene ... the doctor said"), or "the source" for any of them; not "the mayor" after "a
    senior military official"."""
    return head == "source" or head in {_plain(word) for word in (earlier or "").split()}


def _titled_otherwise(head: str, person: str | None, state: SourceState) -> bool:
    """Whether ``person`` is known by a role and "the <head>" names a public office they do not hold ("regional governor
    Oleh Syniehubov ... the mayor said", "a medic named Iryna ... the mayor said": another person); a rank and a role can
    be one person ("Captain Anna Petrova ... the officer")."""
    offices = {title for title, holders in state.titled.items() if person in holders} & _DISTINCT_OFFICES
    role = state.introduced_roles.get(person or "")  # "a medic named Iryna": a medic, no mayor
    return head in _DISTINCT_OFFICES and (bool(offices) or role is not None) and head not in offices and head != role


# Offices one person rarely holds two of at once: a different one names a different person.
_DISTINCT_OFFICES = frozenset("mayor governor minister president senator ambassador judge prosecutor sheriff premier "
                              "chancellor congressman congresswoman".split())


def _resolve_pronoun(pronoun: str, state: SourceState) -> tuple[str | None, str]:
    if pronoun in ("he", "she", "him", "her") and state.last_unnamed_person \
            and not _of_other_gender(pronoun, state.last_unnamed_person) \
            and _OBJECT_FORM.get(pronoun) != state.unnamed_person_told:
        return state.last_unnamed_person, "anonymous"
    if pronoun in ("he", "she", "him", "her", "i") and state.last_person:
        return state.last_person, "named"
    if pronoun in ("it",) and state.last_organisation:
        return state.last_organisation, "organisation"
    if pronoun == "we":
        return PUBLICATION, "organisation"  # outside quotes "we" is the page's own voice: "as we explained in our review"
    if pronoun in ("they", "them") and state.last_source:
        return state.last_source
    if pronoun == "it":
        return "it", "vague"
    return pronoun, "anonymous"
