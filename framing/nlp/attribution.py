"""Who said what: attribution cues, quotation speakers and distinct sources.

Computed once per document from its sentences, tokens and quotation regions.
The rules follow how careful annotators read news (see
``shared/data/ANNOTATION.md``): a source is linked to content by a reporting
verb, "according to", a speaker colon or a quote's speaker tag; actors who
merely act are not sources; the article's own voice is not a source.

Kinds of source: ``person``, ``organisation``, ``document``, ``media``,
``anonymous`` and ``vague``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..resources import word_list
from .readability import known_word
from .segment import ABBREVIATIONS, QuoteSpan, Token
from .source_names import CAPITALISED_KINDS, hypothetical_subject, implausible_name, is_own_outlet, named_in_body, own_outlet_names, quote_continuations

__all__ = ["Cue", "Source", "Quote", "Attribution", "analyse", "SOURCE_KINDS"]

SOURCE_KINDS = ("person", "organisation", "document", "media", "anonymous", "vague")


@dataclass(frozen=True)
class Cue:
    """One attribution in the author's voice: ``start``/``end`` cover the cue words."""

    sentence: int
    start: int
    end: int
    cue: str  # the reporting verb or phrase as written
    kind: str  # verb, according_to, colon, agentless, participle, nominal, credit, epigraph
    source: str  # key of the Source, "" when none was resolved
    speaker: str  # speaker phrase as written
    speaker_start: int = -1
    speaker_end: int = -1


@dataclass
class Source:
    """A distinct source of the article, merged across its mentions."""

    key: str
    name: str
    kind: str
    sentences: set = field(default_factory=set)
    quoted: bool = False
    first: int = 0  # offset of the first mention

    @property
    def mentions(self) -> int:
        return len(self.sentences)


@dataclass(frozen=True)
class Quote:
    """A quotation region and what it is: direct, partial, scare or title."""

    start: int
    end: int
    sentence: int
    kind: str  # direct, partial, scare, title
    source: str  # key of the speaker's Source or ""
    speaker: str
    cue: str
    headline: bool
    continued: bool  # a paragraph-level continuation of the previous quote
    joined: bool = False  # part of a quotation counted before: its untagged next sentence, or its words repeated in the body

    @property
    def counts(self) -> bool:
        """Counted as a direct quotation (ANNOTATION.md section 5)."""
        return self.kind in ("direct", "partial") and not self.joined


@dataclass(frozen=True)
class Attribution:
    """Everything the attribution analysis found in one document."""

    cues: tuple[Cue, ...]
    quotes: tuple[Quote, ...]
    sources: tuple[Source, ...]
    attributed_sentences: frozenset[int]

    def source(self, key: str) -> Source | None:
        for s in self.sources:
            if s.key == key:
                return s
        return None


# ---------------------------------------------------------------- lexicons

def _forms(name: str) -> frozenset[str]:
    out: set[str] = set()
    for line in word_list(name):
        out.update(line.split())
    return frozenset(out)


@lru_cache(maxsize=1)
def _lex() -> dict:
    nouns: dict[str, set[str]] = {}
    from importlib import resources

    text = resources.files("framing.resources").joinpath("source_nouns.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        kind, words = line.split(":", 1)
        nouns.setdefault(kind.strip(), set()).update(w.lower() for w in words.split())
    speech = _forms("speech_verbs")
    base = frozenset(line.split()[0] for line in word_list("speech_verbs") | word_list("document_verbs"))
    return {
        "speech": speech,
        "base_forms": base,
        "document_verbs": _forms("document_verbs"),
        "stance": _forms("stance_verbs"),
        "titles": _forms("title_words"),
        "anonymous": frozenset(nouns.get("anonymous", ())),
        # "other embassies", "several hospitals": unnamed bodies, anonymous.
        "bodies": frozenset(_plural(w) for w in nouns.get("organisation", ())) - frozenset(nouns.get("organisation", ())) - frozenset(nouns.get("vague", ())),
        "vague": frozenset(nouns.get("vague", ())),
        "document": frozenset(nouns.get("document", ())),
        "organisation": frozenset(nouns.get("organisation", ())),
        "media": word_list("media"),
        "org_names": word_list("organisations"),
        "media_heads": _forms("media_heads"),
        "countries": word_list("countries"),
        # "Canadian", "Kenyan": the first letters a country's adjective shares with it.
        "country_stems": frozenset(c[:4] for c in word_list("countries") if len(c) >= 5 and " " not in c),
        "given_names": _given_names(),
        "peoples": _forms("peoples"),
        # Every word find_cues looks at, with the agentless patterns it may
        # start (bit masks, see _AGENTLESS_BITS): a token not in here is no cue.
        "cue_words": _cue_table(speech | _forms("document_verbs") | _forms("stance_verbs") | STATEMENT_RELEASE | STANCE_ADJECTIVES | PASSIVE_ONLY | DIRECTIVES | CREDIT_WORDS | STRIKE_FORMS | SIGNING | {"clear", "read", "reads"} | CITING_OPENERS | TAG_ONLY_VERBS | {"according", "per"}),
    }


def _given_names() -> dict[str, str]:
    """Given name -> "f" or "m" (given_names.txt)."""
    out: dict[str, str] = {}
    for line in word_list("given_names"):
        if ":" in line:
            g, names = line.split(":", 1)
            out.update(dict.fromkeys(names.split(), g.strip()))
    return out


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def _cue_table(cue_words) -> dict[str, int]:
    table = dict(_AGENTLESS_BITS)
    for w in cue_words:
        table[w] = table.get(w, 0) | 1
    for w in NOMINAL_CLAIMS | NOMINAL_DOCUMENTS | NOMINAL_PROPOSALS | NOMINAL_VOICED | OF_AGENT_NOUNS | UNOWNED_CHARGES | {"fire"}:
        table[w] = table.get(w, 0) | NOMINAL_BIT
    for w in CONTENT_PARTICIPLES | RELATIVE_CONTENT_VERBS:
        table[w] = table.get(w, 0) | CLAUSE_BIT
    return table


DETERMINERS = frozenset(
    "the a an this these those that its his her their our my your many some several most few "
    "other one two three four five six seven eight nine ten dozens hundreds numerous various "
    "both all certain".split()
)
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "we": "self", "i": "self", "you": "self"}
# Titles of an office one person holds at a time ("the state's governor" is
# organisation_named, ANNOTATION.md 8.9); other titles ("the professor") are
# anonymous people.
UNIQUE_OFFICES = frozenset(
    "president vice prime minister secretary chancellor premier king queen prince princess pope governor gov mayor "
    "sheriff ceo chairman chairwoman chair director ambassador envoy commissioner superintendent speaker chief "
    "leader archbishop cardinal bishop mp deputy".split()
)
# Words before or in a person's name that tell his or her gender, so that
# "she said" goes to the woman named before (ANNOTATION.md: a pronoun names
# the latest matching speaker).
GENDERED = {
    **dict.fromkeys("mr mr. sir lord king prince man boy father brother son husband uncle nephew congressman spokesman chairman "
                    "businessman councilman alderman assemblyman committeeman sheikh emir duke baron monsignor".split(), "m"),
    **dict.fromkeys("mrs mrs. ms ms. miss madam lady dame queen princess woman girl sister mother daughter wife aunt niece "
                    "congresswoman spokeswoman chairwoman businesswoman councilwoman alderwoman assemblywoman "
                    "actress duchess baroness".split(), "f"),
}
PRONOUN_GENDER = {"he": "m", "she": "f"}
# Role words and the class they share, so that "the lawyer" can mean
# "attorney Victoria Toensing" and "the lawmaker" "Rep. Scott Perry".
ROLE_CLASS = {
    **dict.fromkeys("lawyer attorney counsel solicitor barrister".split(), "counsel"),
    **dict.fromkeys("lawmaker legislator congressman congresswoman representative rep senator sen mp".split(), "legislator"),
    **dict.fromkeys("chief head director director-general leader".split(), "head"),
    **dict.fromkeys("spokesman spokeswoman spokesperson".split(), "spokesperson"),
    **dict.fromkeys("chairman chairwoman chair".split(), "chair"),
    **dict.fromkeys("governor gov".split(), "governor"),
    **dict.fromkeys("judge justice".split(), "judge"),
    **dict.fromkeys("professor prof".split(), "professor"),
    **dict.fromkeys("mayor minister secretary prosecutor sheriff ambassador envoy commissioner ceo president "
                    "pope bishop archbishop cardinal detective inspector officer".split()),
}
ROLE_CLASS = {w: (c or w) for w, c in ROLE_CLASS.items()}
# Words that open a reporting verb's content: "and said that ...", "and
# accused him of ..." (not "and accused woman abuser").
CONTENT_OPENERS = frozenset("that he she they it we i his her their its the a an to him them us me this these".split())
# Reporting verbs that can stand in a parenthetical tag with the speaker
# after them: "The plan, said Smith, was a failure."
PARENTHETICAL_VERBS = frozenset(
    "said says say writes wrote added adds noted notes argued argues argue explained explains insisted insists recalled "
    "observed remarked warned warns claimed claims stated states continued continues quipped reported reports".split()
)
# Labels that open a headline and name no speaker: "WATCH: ...".
# Documents a headline credits before a colon: "Report: ...", "Poll: ...".
HEADLINE_DOCUMENTS = frozenset("report reports poll polls study studies survey surveys data documents records memo filing".split())
HEADLINE_LABELS = frozenset("watch video breaking exclusive update updated opinion analysis live photos editorial listen read explainer "
                            "proof revealed confirmed busted shocking bombshell developing urgent alert must-see".split())
# People who speak for whoever owns them: "CNN's lawyers" speak for CNN.
COUNSEL_FOR = frozenset("lawyers attorneys counsel representatives spokespeople spokesmen".split())
# Words that open a headline's tail after a colon that is no speaker:
# "...: This Time In China", "...: Here Is Why".
HEADLINE_TAIL_OPENERS = frozenset("this that these those here there now again why how what when where another part".split())
_ROMAN = re.compile(r"[IVX]{1,5}$")
_WEBSITE = re.compile(r"\w\.(?:com|org|net|co\.uk|news|info)$", re.I)
# A US broadcaster's call sign: "KENS 5", "WOAI", "WABC-TV".
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM))?(?: \d{1,2})?$|[KW][A-Z]{2}-(?:TV|FM|AM)$")
# Skipped between a subject and its verb ("Kim also said", "officials have warned").
BETWEEN = frozenset(
    "also has have had was were is are will would could may might did does do not never then later "
    "recently previously earlier once further again already repeatedly publicly privately separately "
    "immediately quickly formally officially initially subsequently last first reportedly had been "
    "has been still even just only yet long frequently often always usually generally typically sometimes "
    "himself herself themselves itself now since".split()
)
STOP = frozenset(
    "that which who whom whose and but or because while whereas although though despite when as if after before since so than where "
    "what why how to in on at by for with from about into over under against between during without "
    "not no nor this is are was were be been being has have had do does did will would can could "
    "should may might must said says told".split()
)
SINGLE_HUMAN = frozenset(
    "spokesman spokeswoman spokesperson official source aide adviser advisor diplomat officer employee staffer "
    "lawyer attorney prosecutor investigator witness resident insider executive chief president minister secretary "
    "governor mayor director chairman chairwoman ceo ambassador envoy judge senator representative leader "
    "woman man mother father wife husband daughter son".split()
)
# Belief verbs also listed as speech verbs: they need content after them.
STANCE_IN_SPEECH = frozenset("believe believes believed fear fears feared worry worries worried expect expects expected think thinks thought".split())
# Role nouns of people who speak for a body.
SPOKES = frozenset("spokesman spokeswoman spokesperson representative".split())
# Generic nouns that, with "the", stand for a body named before ("the group said").
ANAPHORIC_BODIES = frozenset("group organisation organization company firm association charity coalition network".split())
GENERIC_ORG = frozenset("group organisation organization company firm agency association office department ministry committee campaign body council institution".split())
PLURAL_HEADS = frozenset("i we you they those people police media authorities staff personnel clergy military government data".split())
CREDIT_WORDS = frozenset(("via", "source", "sources"))  # "(via X)", "(Source: X)": the outlet or document a claim comes from
STANCE_ABOUT = frozenset("worried concerned skeptical sceptical optimistic pessimistic".split())  # "concerned about X" states a view of X
# A written statement signed, filed or sent with its content: "signed an
# affidavit affirming that ...", "filed a declaration stating that ...".
SIGNING = frozenset("sign signs signed file files filed send sends sent submit submits submitted".split())
_SIGNED_CONTENT = re.compile(
    r"\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:affidavit|statement|letter|declaration|complaint|petition|memo|note|brief|motion|filing|email|e-mail)s?"
    r",?\s+(?:affirming|stating|saying|claiming|alleging|asserting|declaring|arguing|warning|insisting|in which \w+ (?:said|wrote|stated|claimed))\b", re.I)
CAUGHT_FORMS = frozenset("caught heard overheard recorded filmed seen videotaped taped".split())  # "was caught on camera saying"
RECORDING_MEDIA = frozenset("camera tape video film record audio".split())
STRIKE_FORMS = frozenset("strike strikes struck".split())  # "X struck some as Y": a view held by "some"
IRREGULAR_PLURALS = frozenset("women men people children".split())
PLACE_QUANTIFIED = frozenset("in at within across among inside".split())  # "many in Congress", "some at the meeting"
OPEN_PRONOUNS = frozenset("those anyone anybody everyone everybody".split())  # "those who say"
FLOATING_QUANTIFIERS = frozenset("all both each".split())  # "Smith and Jones both said": after the subject
# Quantifiers that stand alone for a plural subject: "some say", "many believe".
QUANTIFIER_HEADS = frozenset("some many others few most both several".split())
# Reporting verbs that are also plural nouns: "all FBI reports", "his claims".
SINGULAR_HOMOGRAPHS = frozenset("report claim note post tweet estimate comment statement warning finding".split())
NOUN_HOMOGRAPHS = frozenset("reports claims notes posts calls charges comments statements questions demands promises warnings tweets estimates findings states".split())
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year "
    "morning afternoon evening night weekend".split()
)
NP_INNER = frozenset("of for at from in by the de la al bin du von van der".split())
PREPOSITIONS = frozenset("of for at from in by".split())
# Verbs that report only in the passive with their agent: "the scandal was
# exposed by the Boston Globe" (not "he exposed himself").
PASSIVE_ONLY = frozenset({"exposed"})
# Directives, rulings and projections: "ordered that ...", "instructed ICE
# that ...", "the judge ruled that ...", "are projecting that ...". They
# report what was said only when a that-clause follows (not "ordered pizza",
# "projected onto a screen").
DIRECTIVES = frozenset("order orders ordered instruct instructs instructed direct directs directed command commands commanded "
                       "project projects projected projecting "  # "scientists are projecting that ..."
                       "rule rules ruled".split())  # "the court ruled that ...", not "ruled out", "ruled the country"
# Reporting verbs that are also verbs of action ("agreed to pay", "maintain
# a policy", "dismissed the charge"): speech only with content after them.
# Words that open a content clause's subject, and finite verbs that show a
# clause follows: "agrees [the charges are] baseless".
CLAUSE_SUBJECTS = frozenset("the a an he she they it this there we i his her their its these those".split())
FINITE_AUXILIARIES = frozenset("is are was were will would has have had should must can could may might".split())
CONTENT_ONLY = frozenset("agree agrees agreed maintain maintains maintained dismiss dismisses dismissed appeal appeals appealed appealing".split())
# Words that open a citation of part of a text: "Article 81 of ...".
CITED_PARTS = frozenset("article articles section sections canon canons chapter paragraph clause rule".split())
# Reporting verbs whose object is the one spoken to or of, never the
# speaker of an inverted tag: '..., calls Davis "a supporter"'.
OBJECT_VERBS = frozenset("told tell tells asked ask calls called call named dubbed labelled labeled described describes accused accuses "
                         "urged urges praised praises criticized criticised blamed blames thanked thanks".split())
# Verbs of causing whose object does what follows "to": "prompted the
# ministry to urge", "forced the commission to say".
CAUSING_VERBS = frozenset("prompted prompting prompts forced forcing forces led leading leads caused causing pushed pushing pressed "
                          "pressing encouraged encouraging persuaded convinced compelled moved spurred".split())
# Words after a participle that show it modifies the noun before it: "a
# statement released after a cabinet meeting", "diplomats stationed there".
PARTICIPLE_FOLLOWERS = frozenset("with on to after before during following there here abroad overseas".split())
# Nouns in -ing that end a subject: "a statement released after a cabinet meeting said".
ING_NOUNS = frozenset("meeting meetings briefing briefings hearing hearings building evening morning gathering gatherings "
                      "proceedings offering ceremony wedding".split())
# Verbs that give "blame" to someone: "pinned (the) blame on", "laid the blame at".
BLAME_SETTERS = frozenset("pin pins pinned pinning lay lays laid laying place places placed placing put puts putting shift shifted assign assigned".split())
# Nouns whose "of" names who holds or voiced them: "the views of his top advisers".
OF_AGENT_NOUNS = frozenset("views opinion opinions advice assertions".split())
# Who writes the article: "the views of the author" are its own voice, no source.
OWN_VOICE = frozenset("author authors writer writers columnist editor editors reporter".split())
# What one dismisses by speaking: "dismissed the allegations".
DISMISSED_CONTENT = frozenset("claims claim allegations allegation accusations accusation criticism criticisms concerns reports report "
                              "suggestions suggestion idea notion rumors rumours speculation questions warnings fears story stories".split())
# Kinds of piece an outlet publishes or airs: "in a video from Project
# Veritas"; those in TITLED_MEDIA may be followed by their own title ("the
# documentary The Fog of War"), which then names the outlet.
MEDIUM_NOUNS = frozenset("video documentary podcast broadcast segment episode column op-ed editorial article piece response post "
                         "film show programme program report interview story".split())
# What a writer writes when no content is given: "wrote opinion columns", "writes books".
WRITTEN_WORKS = frozenset("column columns op-ed op-eds editorial editorials article articles piece pieces book books novel novels "
                          "essay essays blog blogs posts poems poetry songs scripts speeches reports stories".split())
TITLED_MEDIA = frozenset("documentary podcast film show programme program".split())
# Platforms where people post: a statement "on Twitter" has no outlet as source.
PLATFORMS = frozenset("twitter facebook youtube instagram tiktok reddit gab telegram linkedin snapchat truth social x parler".split())
# Words that open a sentence's introductory adverbial: "However, ...",
# "On Sunday, ...", "In a statement, ...".
INTRODUCERS = frozenset("however meanwhile instead still yet moreover indeed nevertheless nonetheless separately later earlier "
                        "afterwards then now thus also similarly likewise again today yesterday here's here’s".split())
# Verbs whose subject must be a person or group (in the plural or past):
# "the reprobates thought that ...", "hardliners argued that ...".
HUMAN_SUBJECT_VERBS = frozenset("say said argue argued claim claimed insist insisted believe believed think thought fear feared "
                                "contend contended complain complained warn warned tell told allege alleged admit admitted "
                                "acknowledge acknowledged concede conceded predict predicted suspect suspected expect expected".split())
# Marks that open and close an aside between a subject and its verb.
DASHES = frozenset(("—", "–", "--", "-"))
# Words that may follow the speaker of an inverted tag: "said Smith on
# Monday", "said Smith in a statement", "says Smith, who ...".
TAG_FOLLOWERS = frozenset("on in at last this yesterday today tonight earlier later during after before when while who which "
                          "according recently also adding told as and but because with to".split())
# Verbs whose object can be seen or heard speaking ("I heard him say",
# "I remember my mother saying"), with causative "had" ("I had a minister
# come up to me and tell me ...").
PERCEPTION_VERBS = frozenset("remember remembered recall recalled hear heard saw see seen watched watch listened had".split())
# Verbs between a perceived speaker and the reporting verb: "my mother
# calling me up and saying", "a minister come up to me and tell me".
VERBS_OF_MOTION = frozenset("come came coming go went walk walked call calling approach approached".split())
# Reporting verbs that open an inverted tag: "Quoth Fisher:", "Said Mr. Lee:".
INVERTED_TAGS = frozenset("quoth said says added adds asked asks wrote writes".split())
# Words that open a subordinate clause before the main one: "When the vote
# ended, Smith walked out and said ...".
SUBORDINATORS = frozenset("when while as because although though if once until whereas since before after".split())
# "Speaking on Fox News, ...", "Appearing on CNN, ...": an opening participle that
# says where the speaker spoke.
APPEARANCE_PARTICIPLES = frozenset("speaking appearing writing talking interviewed".split())
INTRO_PREPOSITIONS = frozenset("in on at after during for with under since by last earlier before following despite amid "
                               "over within throughout according".split())
# Words that join a title to its complement inside a name: "Ambassador to
# the UN Nikki Haley", "Secretary of State Mike Pompeo".
TITLE_LINKS = frozenset("to of for".split())
# Last words of organisations' names that may hold an "and" ("Customs and
# Border Protection", "Food and Drug Administration"). Narrower than the
# organisation heads of source_nouns.txt on purpose: "Trump and White House"
# or "Obama and Labour Party" are two sources.
ORG_NAME_ENDS = frozenset(
    "protection enforcement prevention development services service security affairs administration commission "
    "agency bureau department council committee board institute foundation association authority office".split()
)
RELATIVE_PRONOUNS = frozenset("who that which".split())
# "as Wolfe put it,", "as one official put it bluntly": words, summed up (not "put it on the table").
_PUT_IT = re.compile(r"\s+it(?:\s*[,.:;—–)\"”]|\s+(?:\w+ly|best|this way|that way|in|to|on (?:Twitter|Facebook|Fox|CNN|MSNBC))\b)")
# Quoted words right after a verb: "while shouting, 'Allahu Akbar'".
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*[\"“‘']")
# Time phrases that may stand between an auxiliary and its verb: "has in the past appealed".
_TIME_PHRASES = frozenset({("in", "the", "past"), ("at", "the", "time"), ("in", "the", "meantime"), ("in", "recent", "years"),
                           ("in", "recent", "weeks"), ("in", "recent", "months"), ("in", "recent", "days")})
# A book, chapter and verse in parentheses: "(Matthew 15:14)", "(1 Cor. 13:4-7)".
_SCRIPTURE_BOOKS = (
    "Genesis Gen Exodus Exod Leviticus Lev Numbers Num Deuteronomy Deut Joshua Josh Judges Judg Ruth "
    "Samuel Sam Kings Kgs Chronicles Chron Ezra Nehemiah Neh Esther Esth Job Psalm Psalms Ps Proverbs "
    "Prov Ecclesiastes Eccl Isaiah Isa Jeremiah Jer Lamentations Lam Ezekiel Ezek Daniel Dan Hosea Hos "
    "Joel Amos Obadiah Jonah Micah Mic Nahum Habakkuk Zephaniah Haggai Zechariah Zech Malachi Mal Matthew "
    "Matt Mt Mark Mk Luke Lk John Jn Acts Romans Rom Corinthians Cor Galatians Gal Ephesians Eph "
    "Philippians Phil Colossians Col Thessalonians Thess Timothy Tim Titus Philemon Hebrews Heb James Jas "
    "Peter Pet Jude Revelation Rev Quran Koran Sura Surah"
)
_SCRIPTURE = re.compile(r"\(((?:[1-3]\s?)?(?:" + "|".join(_SCRIPTURE_BOOKS.split()) + r")\.?\s\d{1,3}:\d{1,3}(?:\s?[-–]\s?\d{1,3})?)\)")
# Numbered laws and parts cited by their number: "U.S. Code 2381", "Resolution 2334", "Section 230".
NUMBERED_DOCUMENTS = frozenset("code section article resolution rule title bill act amendment form exhibit proposition measure chapter canon".split())
# Imperatives that open a pointer to other reading, never a speaker: "See Peter Brimelow's review: ...".
IMPERATIVE_LEADS = frozenset("see read watch listen click related also".split())
# Heads of the names of laws and treaties ("the Patriot Act"): such a name is no speaker.
LAW_HEADS = frozenset("amendment act treaty accord accords constitution doctrine statute convention conventions charter covenant protocol".split())
CITING = frozenset("cited cites citing quoted quotes quoting".split())
# Verbs that open a sentence and name whom the author cites: "To quote
# Cajetan, ...", "Quoting a senior official, the paper said ...".
CITING_OPENERS = frozenset("quote quoting cite citing paraphrase paraphrasing".split())
ASKED_CONTENT = frozenset("whether if why how what when where which who about to".split())  # what follows "asked by X"
# Reporting verbs whose passive names its source after "by": "the illnesses
# reported by U.S. government employees".
AGENT_PASSIVES = frozenset(
    "reported described claimed alleged stated announced revealed confirmed disclosed denied characterized characterised "
    "estimated predicted quoted cited criticized criticised condemned exposed declared echoed".split()
)
# Adjectives of belief that, after a copula and before "that", give a stance
# to the subject ("Swedes are worried that ...").
STANCE_ADJECTIVES = frozenset("worried concerned convinced skeptical sceptical confident optimistic pessimistic afraid hopeful adamant certain fearful".split())
COPULAS = frozenset("is are was were be been being remain remains remained seem seems seemed appear appears appeared grew become became".split())
# Plural occupations that, bare ("doctors say", "local survivors said"), are
# an open group rather than particular unnamed people ("officials said").
OPEN_PROFESSIONS = frozenset("doctors physicians nurses diplomats survivors teachers farmers".split())
# Verbs that take a reporting verb after "to" and keep its subject: "the
# government continues to deny", "he went on to say".
CATENATIVES = frozenset("continue continues continued continuing went go goes proceeded began begins started starts seemed seems appeared appears sought seeks "
                        "had has rushed hastened tried dared".split())
RAISED_VOICE = ("scream", "yell", "shout", "shriek")  # verbs that count only with the words shouted
# Adjectives and passives taking an infinitive after a copula: "was quick to
# point out", "were forced to admit": the copula's subject speaks.
ADJECTIVE_CATENATIVES = frozenset("quick forced compelled eager keen careful obliged prompt".split())
# Passives that make their subject the speaker of "as saying": "was quoted as saying".
QUOTED_AS = frozenset("quoted cited heard recorded reported described".split())
# Word pairs that join a second speaker to a subject.
COMITATIVES = frozenset({("along", "with"), ("together", "with"), ("as", "well"), ("joined", "by"), ("accompanied", "by"), ("such", "as")})
# Lowercase words that describe an outlet before its name ("news agency TT").
OUTLET_DESCRIPTORS = frozenset(
    "agency tabloid broadcaster newspaper paper daily weekly magazine outlet network station channel website site "
    "blog podcast newsletter publication broadsheet wire radio television tv journal newsmagazine".split()
)
OUTLET_NOUNS = frozenset("website site blog newspaper paper magazine outlet network station channel podcast show program programme newsletter".split())
PARTY_ADJECTIVES = frozenset("democratic bipartisan partisan conservative liberal progressive".split())
POLITICAL_CAMPS = frozenset("democrats republicans conservatives liberals progressives leftists democrat republican".split())
# The modifier that makes unnamed people insiders, not an open group: "people
# familiar with the matter", "those close to him", "people briefed on the
# talks", "people with knowledge of the plan", "officials who spoke on
# condition of anonymity".
_INSIDER_TAIL = re.compile(
    r"(?:familiar|close(?:st)? to|briefed|knowledgeable|involved in|with (?:direct |firsthand |first-hand |inside )?knowledge"
    r"|who (?:spoke|asked|requested|declined|were not authori[sz]ed|was not authori[sz]ed|are not authori[sz]ed))\b")
_UNNAMED_PEOPLE = frozenset("people persons individuals those others some many several".split())
# Words that open a modifier after a source noun: "a source familiar with",
# "documents from", "a statement issued by", "doctors treating".
POSTMODIFIERS = frozenset(
    "of for at from in by with on inside within near close familiar knowledgeable involved briefed "
    "treating representing working speaking close issued released filed obtained published signed sent "
    "written seen reviewed cited prepared submitted leaked posted quoted interviewed contacted reached stationed based conducted commissioned compiled authored funded sponsored unsealed unveiled disclosed circulated shared".split()
)
# Words that end the search for a subject head: a clause or a conjunction
# lies between.
CLAUSE_BREAK = frozenset(
    "and but or nor because while when if as than so since after before although though whether where "
    "said says told".split()
)
CAUSATIVES = frozenset("had have has having get got gets".split())
# Words before a month that make it a date: "in May", "since April", "last May".
MONTH_LEADERS = frozenset("in of for at from by since until till before after during through on last next this early late mid".split())
MODALS = frozenset("will would may might can could should must shall".split())
# Verbs whose bare object is what was said ("would say the plan was a scam").
CLAUSE_TAKING = frozenset("say tell argue claim insist warn contend suggest note add write".split())
AUXILIARIES = frozenset("is are was were has have had do does did will would can could should may might must been being be".split())
PLACE_PREPOSITIONS = frozenset("in of from at near to on across outside inside around".split())
_DEMONYM = re.compile(r"(?:ish|ese|an|ian|ic|i|ch)$")
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen dozens several".split())
# Noun/verb homographs: after these words the token is a noun ("a report").
NOUN_CONTEXT = frozenset(
    "a an the this that these those its his her their our my your any no every each new latest "
    "recent such".split()
)
# Agentless attributions ("reportedly", "it is widely believed"), each with
# the words one of which must occur in the sentence for it to match: a cheap
# test that spares running every pattern over every sentence.
_AGENTLESS_SPECS = (
    ("reportedly", r"\breportedly\b"),
    ("allegedly", r"\ballegedly\b"),
    ("believed reported said thought understood claimed alleged rumored rumoured estimated feared known suggested pointed noted argued speculated",
     r"\bit(?: is| was| has been| had been| is being| was being|['’]s(?: being| been)?) (?:widely |generally |commonly |now |previously |often |also )?(?:believed|reported|said|thought|understood|claimed|alleged|rumou?red|estimated|feared|known|suggested|pointed out|noted|argued|speculated)\b"),
    ("said believed thought reported rumored rumoured alleged understood expected",
     r"\b(?:is|are|was|were|['’]s|['’]re) (?:widely |generally |also |now |still )?(?:said|believed|thought|reported|rumou?red|alleged|understood|expected) to\b"),
    ("reports", r"\b(?:according to )?(?:media |news |unconfirmed )?reports (?:say|said|suggest|suggested|indicate|indicated|claim|claimed)\b"),
    ("studies research polls polling surveys evidence",
     r"\b(?:studies|research|polls|polling|surveys|evidence) (?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|has shown|have shown)\b"),
    ("suspected considered believed thought rumored rumoured alleged estimated feared warned understood reported",
     r"\b(?:is|are|was|were|has been|have been|had been)(?: being)? (?:widely |now |also |generally |long |strongly |previously |repeatedly |already |often |since |reportedly )?(?:suspected|considered(?![,.;:!?)])|believed|thought|rumou?red|alleged|estimated|feared|warned|understood|reported(?= (?:to|that|as)\b))\b(?! (?:by|for)\b)"),
    ("shown found said claimed described",
     r"\b(?:is|are|was|were|has been|have been|had been) (?:widely |now |also |previously |repeatedly |already )?(?:shown|found|said|claimed|described) (?:to|that|as)\b"),
    ("accused blamed", r"\b(?:stands?|stood) accused\b|\bblamed on\b"),
    # "concerns that ...", "fears of a 'sonic attack'"; "concerns about the incident" names a topic, no content.
    ("concerns suggestions complaints fears criticism condemnation allegations accusations speculation warnings",
     r"(?<![’'])\b((?:further |growing |widespread |mounting |renewed |fresh )?(?:concerns|suggestions|complaints|fears|criticism|condemnation|allegations|accusations|speculation|warnings))\s+(?:(?:last|this|earlier) (?:week|month|year)\s+)?(?:that|of)\b"),
    ("reports rumors rumours allegations",
     r"\b(?:amid|after|following|despite|amidst) ((?:media |news |press |unconfirmed |recent |earlier )?(?:reports|rumou?rs|allegations))\b"),
    # "Rumors swirled that ...", "speculation mounted that ...": talk with content, told by no one named.
    ("rumors rumours rumor rumour speculation reports",
     r"\brumou?rs? (?:say|says|have it|has it|suggest|suggests)\b|\b(?:rumou?rs|speculation|(?:media |news |unconfirmed )?reports) (?:have |had |has )?(?:began to |begun to )?"
     r"(?:swirled|swirl|swirling|circulated|circulate|circulating|spread|flew|fly|persisted|persist|abound|abounded|surfaced|emerged|grew|mounted|mount)\b"
     r"(?=(?:\s+[\w’'-]+){0,5}?\s+that\b)"),
    # "Travelers are being warned to keep their distance": told, by no one named.
    ("warned told urged advised", r"\b(?:is|are|was|were) being (?:warned|told|urged|advised) (?:to|that|not)\b"),
    # "incidents at one point thought to have been attacks": a reduced passive.
    ("thought believed rumored rumoured understood suspected alleged reported",
     r"\b(?:thought|believed|rumou?red|understood|suspected|alleged|reported) to (?:\w+ly )?(?:be|have)\b"),
    # "supposedly", "purportedly": the claim is someone else's.
    ("supposedly purportedly", r"\b(?:supposedly|purportedly)\b"),
    # "It emerged that ...", "it has since transpired": a fact come to light, told by no one named.
    ("emerged transpired", r"\bit (?:has |had )?(?:later |since |now |soon |also |then )?(?:emerged|transpired)\b(?= that\b|,)"),
    # "It will be argued that ...", "it could be objected": an objection given to no one.
    ("argued objected countered claimed alleged", r"\bit (?:will|would|could|can|may|might) (?:also )?be (?:argued|objected|countered|claimed|alleged)\b"),
    # "There are reports that ...", "there have been allegations of ...".
    ("reports claims allegations rumors rumours suggestions indications",
     r"\bthere (?:are|were|have been|had been|is|was) (?:\w+ )?(?:reports|claims|allegations|rumou?rs|suggestions|indications)\b(?= (?:that|of)\b)"),
    # "is widely regarded as", "is recognized as a true Pope": a standing view, held by no one named.
    ("regarded recognized recognised acknowledged viewed",
     r"\b(?:is|are|was|were|has been|have been|had been) (?:widely |generally |commonly |universally |now |also |still |often )?(?:regarded|recognized|recognised|acknowledged|viewed) (?:as|to be)\b"),
    # "was also criticized for ...", "has been accused of ...": criticism with no critic named.
    ("criticized criticised accused condemned blamed slammed blasted denounced lambasted praised ridiculed mocked",
     r"\b(?:is|are|was|were|has been|have been|had been|being) (?:also |widely |roundly |heavily |sharply |strongly |publicly |repeatedly |previously |since |often |long )?"
     r"(?:criticized|criticised|accused|condemned|blamed|slammed|blasted|denounced|lambasted|praised|ridiculed|mocked)\b(?= (?:for|of|over|as|after|when|because|in)\b)"),
    # "The storm is credited with ...", "the guard credited with finding him":
    # credit given by no one named (an active "credited him with" has its object between).
    ("credited", r"\bcredited with\b"),
    # "No deaths have been reported", "the cost has been estimated at": a report by no one named.
    ("reported estimated documented", r"\b(?:has|have|had) been (?:officially |widely |well )?(?:reported|estimated|documented)\b(?! by\b)"),
    # "He was heard shouting ...": words reported by unnamed witnesses.
    ("heard seen", r"\b(?:is|are|was|were) (?:heard|seen) (?:shouting|saying|chanting|telling|yelling|screaming|boasting|threatening)\b"),
    # "the alleged attack": a charge made by no one named ("suspected", as in
    # "suspected cases", is mostly a technical label and is left out).
    # After a determiner, preposition or -ing word, never after a subject ("she alleged fraud").
    ("alleged", r"\b(?:the|a|an|one|two|his|her|their|its|this|these|those|any|of|for|over|about|after|before|from|with|in|on|at|into|"
                r"against|and|or|\w+ing) (alleged)(?= (?!to\b|that\b|by\b|of\b|in\b|and\b|or\b)[a-z])"),
    # "was hailed as a hero", "were described as radicals": a judgement passed by no one named.
    ("hailed described portrayed depicted characterized characterised labeled labelled branded dubbed touted billed derided decried lauded",
     r"\b(?:is|are|was|were|been|being)\s+(?:(?:\w+ly|also|now|often|long|widely|once)\s+)?"
     r"(?:hailed|described|portrayed|depicted|characteri[sz]ed|labell?ed|branded|dubbed|touted|billed|derided|decried|lauded)\s+as\b"
     r"(?![^.;:!?]{0,60}\bby\s+(?:the\s+)?[A-Z])"),
    # "was asked to resign", "were assured that ...": a request or promise made by no one named
    # ("pressured to resign", "encouraged to apply" are influence, not words: ANNOTATION.md 8.5).
    ("asked urged advised instructed promised assured cautioned informed reminded",
     r"\b(?:is|are|was|were|been|['’]re|['’]m)\s+(?:(?:\w+ly|also|now|often|repeatedly|long|once|then)\s+)?"
     r"(?:asked|urged|advised|instructed|promised|assured|cautioned|informed|reminded)\b(?!\s+by\b)"
     r"(?=\s+(?:that\b|(?:not\s+)?to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|our\b|my\b|your\b|this\b|that\b)[a-z]))"),
    # "It was announced that ...": an announcement by no one named.
    ("announced declared confirmed revealed disclosed",
     r"\bit (?:is|was|has been|had been|['’]s been) (?:\w+ly |also |now |since |later )?(?:announced|declared|confirmed|revealed|disclosed)\b(?! by\b)(?= that\b|,)"),
    # "We're told ...", "he was told this time had been written": told by no one named ("told by X" names X; "told about" gives no content).
    ("told", r"\b(?:am|is|are|was|were|has been|have been|had been|['’]m|['’]re|['’]ve been)\s+(?:\w+ly\s+|also\s+|now\s+|long\s+|since\s+|always\s+|often\s+)?told\b(?!\s+(?:by|about|of)\b)(?=\s+[\w“\"])"),
    # "according to legend": a story with no teller.
    ("legend tradition folklore lore", r"\baccording to (?:(?:local|popular|ancient|family|church|Jewish|Christian|Greek|Islamic|Hindu|Buddhist) )?(legend|tradition|folklore|lore)\b"),
    # "the evidence suggests", "the available evidence shows": evidence with no document named.
    ("evidence", r"\b(?:the |all the )?(?:\w+ )?evidence (?:shows|showed|suggests|suggested|indicates|indicated|has shown|proves|points to)\b"),
    # "the general impression that ...", "a widespread belief that ...": a view held by no one named.
    ("impression perception consensus belief assumption feeling view",
     r"\b((?:the |a )?(?:general|widespread|common|popular|prevailing|growing|broad|public|widely held|received) (?:impression|perception|consensus|belief|assumption|feeling|view))\s+that\b"),
)
AGENTLESS = [re.compile(p, re.I) for _, p in _AGENTLESS_SPECS]
_HEARD_SAYING = next(rx for rx, (words, _) in zip(AGENTLESS, _AGENTLESS_SPECS) if words == "heard seen")
_PASSIVE_TOLD = next(rx for rx, (words, _) in zip(AGENTLESS, _AGENTLESS_SPECS) if words == "told")
_BEEN_REPORTED = next(rx for rx, (words, _) in zip(AGENTLESS, _AGENTLESS_SPECS) if words == "reported estimated documented")
# "sounding warnings", "voiced concerns": the verb's subject owns the noun
# (unlike "prompting concerns", "amid fears").
EXPRESSION_VERBS = frozenset(
    "sound sounds sounding sounded issue issues issuing issued voice voices voicing voiced express expresses "
    "expressing expressed raise raises raising raised air airs airing aired make makes making made repeat "
    "repeats repeating repeated renew renews renewing renewed".split()
)
# Patterns whose noun may have an owner before it: "ISIS warnings", "his
# fears that", "his general impression that" (see _noun_owner).
_OWNED_PATTERNS = (AGENTLESS[9], AGENTLESS[-1])
# Nouns that give a source's content in a that-clause (ANNOTATION.md section
# 1, "a nominal report with its content given"): with a possessor ("Trump's
# claim that ...") or, for documents, alone ("a ruling that ...").
NOMINAL_CLAIMS = frozenset(
    "claim claims assertion assertions allegation allegations argument arguments belief view contention insistence "
    "suggestion warning warnings promise pledge statement report finding findings conclusion ruling announcement "
    "admission denial accusation accusations".split()
)
NOMINAL_DOCUMENTS = frozenset(
    "ruling report statement letter memo study survey poll finding findings filing complaint lawsuit affidavit "
    "judgment judgement assessment".split()
)
NOMINAL_PROPOSALS = frozenset("call calls demand demands plea pleas appeal appeals proposal proposals threat threats vow vows pledge promise".split())
# Criticism or praise voiced by its givers: "criticism from diplomats".
NOMINAL_VOICED = frozenset("criticism criticisms condemnation condemnations praise complaints objections outcry protests".split())
NOMINAL_BIT = 1 << 48
UNOWNED_CHARGES = frozenset("charge charges allegation allegations accusation accusations rumor rumors rumour rumours".split())
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# word -> bit mask: bit 0 marks a possible cue word, bit i+1 AGENTLESS[i]
# (below the NOMINAL_BIT and CLAUSE_BIT flags, which sit far above them).
assert len(_AGENTLESS_SPECS) + 1 < 47, "agentless patterns would overlap the cue table's flag bits"
_AGENTLESS_BITS: dict[str, int] = {}
for _i, (_words, _) in enumerate(_AGENTLESS_SPECS):
    for _w in _words.split():
        _AGENTLESS_BITS[_w] = _AGENTLESS_BITS.get(_w, 0) | (2 << _i)


def _agentless_name(phrase: str, bit: int) -> str:
    """The name of an agentless source: the core word of its pattern as
    written ("believed" in "it is widely believed that", "reportedly"), so
    that one impersonal attribution carries one name however its auxiliaries
    and adverbs vary."""
    words = _AGENTLESS_SPECS[bit][0].split()
    for m in re.finditer(r"[\w’'-]+", phrase):
        if m.group().lower() in words:
            return m.group()
    return phrase


# Nouns that, after "the" or "this" with nothing else, stand for a person
# just cited ("the nominee said"); the gender they fix, if any.
DEFINITE_HUMANS = {**dict.fromkeys("nominee co-founder founder individual person source member student candidate".split(), ""),
                   **dict.fromkeys("woman girl mother wife daughter".split(), "f"), **dict.fromkeys("man boy father husband son".split(), "m")}
# A subject no word list names ("A machinist said", "The zoo says"): the
# determiners that open it, the words that end the clause before it, the
# words that open a modifier after its head ("the guest in the room next to
# his said", "a cyclist who saw the crash said"), English agentive endings
# (a person's role: "firefighter", "machinist", "librarian", "attendant") and
# abstract endings (no speaker: "the decision", "the idea").
GENERIC_DETERMINERS = frozenset("a an one another the this that his her their my our two three four five six seven eight nine ten several some many most".split())
COUNTING_DETERMINERS = frozenset("the two three four five six seven eight nine ten several some many most his her their".split())
CLAUSE_OPENERS = frozenset("and but or that because when while although though if as so since whereas".split())
MODIFIER_OPENERS = frozenset("in of at from with near next on for who that".split())
PERSON_NOUNS = frozenset(
    "guest friend neighbour neighbor child parent relative cousin colleague victim patient tenant landlord landlady passenger "
    "citizen local veteran teen teenager widow widower spouse partner kid mom dad grandmother grandfather niece nephew "
    "classmate roommate coach nurse doctor chef clerk guard pilot couple family suspect plaintiff priest monk nun bride groom twin".split()
)
_AGENTIVE = re.compile(r"(?:[^aeiouy]er|[^aeiou]or|ist|ian|ant|[^m]ent|eer|ee|man|woman|person)$")
_ABSTRACT = re.compile(r"(?:tion|sion|ment|ness|ism|ship|ance|ence|ity|ure|sis|ing|ogy|ics|dom|hood|age|ety|acy|ary)$")
# Verbs that report speech only as a tag right after a quote ('"...,"
# continued Bass', '"...," she began').
TAG_ONLY_VERBS = frozenset("continued continues began begins".split())
# Nouns with an agentive ending that name things, not people.
NOT_AGENTS = frozenset("water paper letter number order power matter border corner center centre chapter computer weather winter summer "
                       "river tower finger layer filter container banner poster trailer sticker flyer meter motor sector factor error "
                       "mirror floor door interior exterior event moment element content percent".split())
# Common nouns for things and ideas that speak only in a figure ("the idea
# said", "the weather said otherwise"): no body.
NOT_BODIES = frozenset("idea plan rule law sign weather truth fact story result problem question answer reason way thing point goal "
                       "trend crash fire storm war deal case evidence history time world day".split())
NO_CONTENT = frozenset("nothing little goodbye hello grace so no yes".split())
# Prepositions that make a headline's words before a colon a clause
# ("Hospitals On High Alert: ...", "Mayor Under Fire: ..."), not a speaker
# ("Secretary of State: ...", "Farrakhan In Iran: ...").
HEADLINE_PREDICATE_PREPOSITIONS = frozenset("on at under over amid".split())
# A country's government, under the names a text gives the country.
GOVERNMENT_HEADS = frozenset("government administration cabinet".split())
US_NAMES = frozenset("us u.s. united states america american usa".split())
# "plans to accuse", "intends to argue": a speech act not yet made.
INTENTIONS = frozenset("plan plans planned planning intend intends intended intending aim aims aimed hope hopes hoped wants wanted".split())
# "records showing ...", "a letter that detailed ...": a document's content
# in a participle or relative clause (see _Analyser._document_clause).
CONTENT_PARTICIPLES = frozenset("showing proving concluding detailing documenting revealing indicating confirming stating finding "
                                "demanding warning urging claiming alleging".split())
RELATIVE_CONTENT_VERBS = frozenset("showed shows found finds concluded concludes determined determines detailed details revealed reveals "
                                   "proved proves documented documents stated states confirmed confirms indicated indicates".split())
# Modifiers that leave "reports" open-ended ("media reports showing"), vague.
OPEN_REPORT_MODIFIERS = frozenset("media news press unconfirmed recent earlier some many other several numerous".split())
APPEARING = frozenset("surfaced emerged appeared circulated circulating surfacing emerging".split())
CLAUSE_BIT = 1 << 47  # in the cue table: a word of CONTENT_PARTICIPLES or RELATIVE_CONTENT_VERBS


# "released a statement saying ...": the release is the speech act.
STATEMENT_RELEASE = frozenset("released issued releases issues published".split())
COMMA_PARTICIPLES = frozenset(
    "saying adding noting insisting warning arguing claiming explaining stressing calling urging "
    "describing stating asking telling accusing vowing promising suggesting acknowledging "
    "admitting emphasizing emphasising alleging".split()
)


# ---------------------------------------------------------------- helpers

_NAME_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu|de|di|da|van|von|le|la|mc|o)['’-]?[A-Z]")  # al-Qaeda, diGenova
_PARTICLE_INITIALS = frozenset("aebidvlmo")


def _singular(noun: str) -> str:
    """The singular of a regular English plural: "firefighters", "secretaries"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-2] if noun.endswith(("shes", "ches", "xes", "sses")) else noun[:-1]


def _is_cap(text: str, tok: Token) -> bool:
    """A capitalised word, counting names like al-Qaeda and d'Artagnan."""
    c = text[tok.start]
    return c.isupper() or (c in _PARTICLE_INITIALS and bool(_NAME_PARTICLE.match(text, tok.start, tok.end)))


# Words in -ly that are not adverbs: "the victim's family has disputed".
_LY_NOUNS = frozenset("family assembly ally rally supply reply belly bully anomaly monopoly homily tally folly daily weekly monthly quarterly".split())


def _is_adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 3 and word not in _LY_NOUNS


def _plural_possessive(text: str, a: Token, b: Token) -> bool:
    """*a* is a capitalised plural in the possessive before the name *b*:
    "Big League Politics’ Cassandra Fairbanks", "Reuters' John Smith"."""
    return a.lower.endswith("s") and text[a.end:b.start] in ("’ ", "' ") and text[a.start].isupper() and text[b.start].isupper()


# After a stance verb, an object and its infinitive: "(expect) inflation to
# rise", "(believe) the two men to be brothers"; not a pronoun ("expects us
# to believe": rhetoric), a gerund, a copula ("believed was similar to") or
# a preposition inside the object ("expect a rise in prices to").
_OBJECT_INFINITIVE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|this|these|those|such)\s+)?"
    r"(?!(?:us|me|you|him|her|them|it|was|is|were|are|be|been|had|has|have|would|will|could|should|can|may|might|must|not|of|in|on|at|for|from|with|by)\b)"
    r"(?![a-z]+ing\b)[a-z][\w'’-]*(?:\s+(?!(?:was|is|were|are|had|has|have|would|will|could|should|can|may|might|must|not|of|in|on|at|for|from|with|by)\b)[a-z][\w'’-]*)?"
    r"\s+to\s+(?!(?:the|a|an|what|which|his|her|their|its|this|that|these|those)\b)([a-z]+)")

# Endings of English adjectives made from nouns: "environmental", "Islamic",
# "conservative", "dangerous", "foolish", "republican".
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ish|ary|an|ful|less)$")


def _is_plural_noun(word: str) -> bool:
    """A regular plural ("hardliners", "hypocrites"), not "boss", "status"
    or "analysis"."""
    return len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) and word.isalpha()


def _sentence_adverb(word: str) -> bool:
    """An -ly adverb made from an English word ("distressingly", "sadly",
    "happily"), not a name that ends the same way ("Kelly", "Beverly")."""
    if not _is_adverb(word):
        return False
    stem = word[:-2]
    return known_word(stem) or (stem.endswith("i") and known_word(stem[:-1] + "y"))


def _initials_of(name: str) -> str:
    """'World Health Organization' -> 'WHO' (small words skipped); '' for
    names of fewer than two capitalised words."""
    words = [w for w in name.split() if w.lower() not in ("the", "of", "for", "and")]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""  # "World Health Organisation chief" is no organisation's full name
    return "".join(w[0] for w in words)


def _is_acronym(text: str, tok: Token) -> bool:
    """'WHO', 'FBI': capitals that are a name even where a capital is not."""
    return tok.end - tok.start >= 2 and text[tok.start:tok.end].isupper()


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start]


MONTHS = frozenset("january february march april may june july august september october november december".split())
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_CREDIT_LINE = re.compile(
    r"[”\"’'],?\s+by\s+([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}),\s+([A-Z][\w&.’' -]{1,40}?),\s+(?:" + _MONTHS + r"|\d)"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_COPIED_BYLINE = re.compile(
    r"\b[Bb]y\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]+)\s*([,|])\s*((?:The\s+)?[A-Z][\w&.'’/-]*(?:\s+(?!(?:" + _WEEKDAYS + "|" + _MONTHS + r")\b)[A-Z][\w&.'’/-]*){0,4}),?\s+"
    r"(?:(?:" + _WEEKDAYS + r"),?\s+)?(?:" + _MONTHS + r")\.?\s+\d")
# A line that hands over to a copied block: "Here is more from Paul Joseph
# Watson…", "The following comes from Breitbart:".
_BLOCK_INTRO = re.compile(
    r"\s*(?:here(?:['’]s| is| are)|what follows is|the following (?:is|comes|was|are))\s+"
    r"(?:(?:more|some|part|an? (?:[\w-]+ )?(?:excerpt|report|piece|article|statement|post))\s+)?(?:from|by)\s+"
    r"((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.&'’-]*){0,4})\s*(?:…|\.\.\.|:)\s*$", re.I)
# An epigraph's credit after its quote, on the same line: '"... the
# present."-William Booth'.
_EPIGRAPH_CREDIT = re.compile(r"[.!?…][”\"][ \t]*[—–-]{1,2}[ \t]*([A-Z][\w.-]+(?:[ \t]+[A-Z][\w.-]+){0,3})\s*$")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bCopyright)\s*(?:\d{4}\s*)?(?:by\s+)?((?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})")
_CONTRIBUTED = re.compile(r"^((?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}) (?:staff )?(?:writers?|reporters?|correspondents?)\b[^\n]{0,120}contributed", re.M)
_DATELINE_OUTLET = re.compile(r"\d{4}\s*\(([A-Z][\w&.’'/ -]{1,40})\)\s*[—–-]")
_NEWSROOM = re.compile(r"\b((?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) (?:has |had )?(?:reached out to|learned)\b")
_STAFF_BEFORE = re.compile(r"((?:the )?[a-z][\w&.-]*(?: [a-z][\w&.-]*){0,3}) (?:correspondent|reporter|producer|staff writer|anchor)\s+$")
_CAMEL_ORG = re.compile(r"(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])[A-Z][a-z]+[A-Z][a-z]+[A-Za-z]*$")
_INTERVIEW_MEANS = re.compile(r"\s+(?:by (?:e-?mail|phone|telephone|text message)|in an? (?:e-?mail|interview|phone interview|telephone interview|exclusive interview))\b", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:province|state|county|city|region|district|borough|area|village|town|island|valley|neighbou?rhood)\b", re.I)
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms)\.? ([A-Z][\w’'-]+)")
_STATEMENT_OBJECT = re.compile(r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:statement|letter|report|memo|communiqu[eé]|press release|alert|advisory|notice|bulletin|warning)\b", re.I)
_MENTION_CUE = re.compile(r"\b(?:word|words|term|terms|phrase|phrases|translated|known as|dubbed|named|titled|entitled|labell?ed|slogan|hashtag|the letter|(?:is|are|was|were|be|been) called|(?:concept|notion|idea) of)\s*[,:]?\s*$", re.I)
# A determiner or possessive right before a quote: 'Obama's "pastor"'.
_LABEL_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|so-called)|['’]s)\s*$")
_SMALL_WORDS = frozenset("a an and the of in on at to for & or with by".split())


def _title_case(inner: str) -> bool:
    """Every word capitalised (small words aside) and no sentence inside."""
    words = [w.strip("\"'“”‘’.,!?") for w in inner.split()]
    words = [w for w in words if w]
    if not words or inner.rstrip("\"'”’").endswith((".", "!", "?")) and len(words) > 3:
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS or not w[0].isalpha() for w in words) and words[0][0].isupper()


_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev hon pres supt insp det st u.s u.k u.n e.u".split())
# "Senator Marco Rubio (R-FL), said": a party tag in parentheses.
_PARTY_PAREN = re.compile(r"\([DRI]-[A-Z][A-Za-z.]{0,12}\)$")
# "Rep. Adam Schiff, D-Calif., said": the party and state tag is no name.
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{0,12}$")


def _initial_gap(text: str, a: Token, b: Token) -> bool:
    """'George W. Bush': the period of an initial does not end a segment."""
    return text[a.end:b.start] == ". " and text[a.start].isupper() and (len(a.lower) == 1 or a.lower in _TITLE_ABBREVIATIONS)


def _abbrev_gap(text: str, a: Token, b: Token) -> bool:
    """'the U.S. State Department': the period of a dotted abbreviation
    inside a name (a sentence never ends there: the segmenter would have
    split it)."""
    return text[a.end:b.start] == ". " and "." in a.lower and len(a.lower) <= 5 and text[a.start].isupper()


def _dotted_gap(text: str, a: Token, b: Token) -> bool:
    """'U.S. officials', 'U.K. ministers': the last period of a dotted
    abbreviation before a lowercase word does not end the noun phrase."""
    return _abbrev_gap(text, a, b) and text[b.start].islower()


_SEGMENT_BREAK = re.compile(r"[,.;:!?\"“”«»]")


def _segment_gap(gap: str) -> bool:
    """Inside one comma-delimited segment: no comma, quote or stop."""
    return gap == " " or not _SEGMENT_BREAK.search(gap)


def _clean_gap(gap: str) -> bool:
    """Tokens in one noun phrase are separated by space (or a possessive)."""
    return gap.strip() in ("", "'s", "’s", "-", "&", "/")


_ACRONYM_DEF = re.compile(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|on|de)\s+)*){1,8})\(([A-Z]{2,7})\)")


_ACRONYM_PAREN = re.compile(r"\([A-Z]{2,7}\)")


def _acronyms(text: str) -> dict[str, str]:
    """'World Health Organization (WHO)' -> {'WHO': 'World Health Organization'}."""
    out: dict[str, str] = {}
    if not _ACRONYM_PAREN.search(text):
        return out
    for m in _ACRONYM_DEF.finditer(text):
        words = m.group(1).split()
        acr = m.group(2)
        caps = [w for w in words if w[:1].isupper()]
        # Keep the shortest tail of capitalised words whose initials spell it.
        for i in range(len(words)):
            tail = words[i:]
            initials = "".join(w[0] for w in tail if w[:1].isupper())
            if initials == acr or (len(acr) >= 3 and initials.startswith(acr[:3]) and abs(len(initials) - len(acr)) <= 1):
                out.setdefault(acr, " ".join(tail))
                break
        del caps
    return out


class _Sentence:
    """The tokens of one sentence and which of them are quoted."""

    __slots__ = ("index", "start", "end", "toks", "quoted", "paragraph", "headline")

    def __init__(self, index, start, end, paragraph, toks, quoted, headline):
        self.index, self.start, self.end, self.paragraph = index, start, end, paragraph
        self.toks, self.quoted, self.headline = toks, quoted, headline


class _Analyser:
    def __init__(self, text: str, sentences, tokens: list[Token], quotes: list[QuoteSpan], headline_index):
        self.text = text
        self.lex = _lex()
        self.quotes = quotes
        self.q_starts = [q.start for q in quotes]
        self.sources: dict[str, Source] = {}
        self.cues: list[Cue] = []
        self.latest_person: str = ""
        self.latest_group: str = ""
        self.sents: list[_Sentence] = []
        self.acronyms = _acronyms(text)
        self.roles: dict[str, tuple[str, str]] = {}  # "mayor" -> (name, key) from "John Biggs, the mayor,"
        # One pass over the tokens: group them by sentence, flag the quoted
        # ones (tokens and quotation regions are both in text order) and note
        # the candidate cue words, so that find_cues looks only at those.
        cue_words = self.lex["cue_words"]
        starts = [t.start for t in tokens]
        quoted_all = [False] * len(tokens)
        for q0, q1 in [(q.start, q.end) for q in quotes] + quote_continuations(text, quotes):
            a, b = bisect.bisect_left(starts, q0), bisect.bisect_left(starts, q1)
            quoted_all[a:b] = [True] * (b - a)
        sent_of = [t.sentence for t in tokens]
        self.org_names: set[str] = set()  # names an appositive calls a company, group, ...
        self.speech_verbs: dict[int, int] = {}  # sentence -> offset of its first reporting verb, resolved or not
        self.candidates: list[list[int]] = []
        self.nominals: list[list[int]] = []  # per sentence, nouns that may take a content clause
        self.agentless: list[int] = []  # per sentence, the AGENTLESS patterns worth running (bit mask)
        self.clauses: list[bool] = []  # per sentence, a word that may open a document's content clause
        # Cue words of the whole text in one look-up per token (in C), then
        # each sentence takes its share of them.
        marks = list(map(cue_words.get, [t.lower for t in tokens]))
        marked = [k for k, m in enumerate(marks) if m]
        for i, (s, e, p) in enumerate(sentences):
            a, b = bisect.bisect_left(sent_of, i), bisect.bisect_right(sent_of, i)
            toks = tokens[a:b]
            hits = [(k - a, marks[k]) for k in marked[bisect.bisect_left(marked, a):bisect.bisect_left(marked, b)]]
            mask = 0
            for _, m in hits:
                mask |= m
            self.sents.append(_Sentence(i, s, e, p, toks, quoted_all[a:b], i == headline_index))
            self.candidates.append([j for j, m in hits if m & 1])
            self.nominals.append([j for j, m in hits if m & NOMINAL_BIT])
            self.agentless.append((mask & ~NOMINAL_BIT & ~CLAUSE_BIT) >> 1)
            self.clauses.append(bool(mask & CLAUSE_BIT))
        self._name_runs: list[tuple[_Sentence, int, int]] | None = None
        self._roles_index: list[tuple[int, frozenset[str], str, str, str]] | None = None
        # source key -> (role class, offset, possessor): "the lawyer", "Awan's lawyer"
        self.bare_roles: dict[str, tuple[str, int, str]] = {}
        self._honorifics: dict[str, str] | None = None  # surname -> gender, from "Mr."/"Ms." in the text
        self.audience: dict[str, set[int]] = {}  # outlet key -> sentences where it heard a speaker
        self._plural_roles: dict[str, bool] = {}  # word -> a role noun's plural at a sentence start ("Firefighters")
        # NOTE: some corpora put one sentence per line; there, lines are not
        # paragraphs and the next line continues the same paragraph.
        head = next((s for s in self.sents if s.headline), None)
        words = [tk for tk in head.toks if len(tk.lower) > 3] if head else []
        self.title_case_headline = bool(words) and sum(_is_cap(text, tk) for tk in words) >= 0.8 * len(words) and len(words) >= 3
        self.lines_are_sentences = len(self.sents) >= 5 and len({s.paragraph for s in self.sents}) >= 0.9 * len(self.sents)

    def _gender_fits(self, key: str, want: str) -> bool:
        """Source *key* may be called "he" (*want* "m") or "she" ("f")."""
        return bool(key) and self._gender(key) in ("", want)

    def _is_single_human(self, key: str) -> bool:
        src = self.sources.get(key)
        if src is None:
            return False
        if src.kind == "person":
            return True
        words = re.split(r"\s+(?:who|that|which|whose)\s+", src.name.lower())[0].split()  # "an agent who spoke on condition ...": agent
        head = words[-1] if words else ""
        return src.kind in ("anonymous", "organisation") and head in SINGLE_HUMAN

    def _gender_of_words(self, words: list[str]) -> str:
        """"f", "m" or "" for the words of a person's mention, titles and
        role words included ("Ms. Lee", "spokeswoman Jinnie Lee", "Mary")."""
        names = self.lex["given_names"]
        for w in words:
            g = GENDERED.get(w.rstrip("."))
            if g:
                return g
        for w in words:
            g = names.get(w.rstrip("."))
            if g:
                return g
        return ""

    def _honorific_gender(self, surname: str) -> str:
        """The gender an honorific gives *surname* anywhere in the article
        ("Mr. Tillerson", "Ms. Lee"), or ""; the text is scanned once."""
        if self._honorifics is None:
            found: dict[str, set[str]] = {}
            if "Mr" in self.text or "Ms" in self.text:
                for m in _HONORIFIC.finditer(self.text):
                    found.setdefault(m.group(2).lower(), set()).add(GENDERED[m.group(1).lower()])
            self._honorifics = {k: v.pop() for k, v in found.items() if len(v) == 1}
        return self._honorifics.get(surname, "")

    def _gender(self, key: str) -> str:
        """The gender of source *key*, when its mention tells it."""
        src = self.sources.get(key)
        if src is None or not src.name:
            return ""
        words = src.name.lower().replace("’s", "").replace("'s", "").split()
        if src.kind != "person":
            return GENDERED.get(words[-1], "")  # "a spokeswoman for Amazon"
        return self._gender_of_words(words) or self._honorific_gender(words[-1])

    def _run_gender(self, run: list[Token]) -> str:
        """The gender of a name run: its words, the role word before it
        ("spokeswoman Jinnie Lee"), or an honorific elsewhere."""
        sent = self.sents[run[0].sentence]
        i = sent.toks.index(run[0]) if run[0] in sent.toks else 0
        before = GENDERED.get(sent.toks[i - 1].lower, "") if i > 0 else ""  # a role word, never a given name ("will")
        return before or self._gender_of_words([t.lower for t in run]) or self._honorific_gender(run[-1].lower.replace("’s", "").replace("'s", ""))

    def _latest_name_before(self, pos: int, want: str = "") -> list[Token] | None:
        """The last run of two or more capitalised words before *pos* (a
        person's name as an actor, for resolving "he"/"she"), skipping the
        names whose gender is not *want* ("f", "m" or "" for any)."""
        if self._name_runs is None:
            self._name_runs = self._find_name_runs()
            self._name_run_starts = [sent.toks[i].start for sent, i, _ in self._name_runs]
        i = bisect.bisect_left(self._name_run_starts, pos) - 1
        while i >= 0:
            sent, a, b = self._name_runs[i]
            run = [t for t in sent.toks[a:b] if t.start < pos]
            bare = " ".join(t.lower for t in run).replace("’s", "").replace("'s", "")
            if any(t.lower.endswith(("'s", "’s")) for t in run[:-1]) or self.is_source_noun(run[-1].lower) or run[-1].lower in self.lex["media_heads"] or bare in self.lex["countries"]:
                i -= 1  # "Halley's Comet", "the Vatican's Congregation": no one's name
                continue
            if want and self._run_gender(run) not in ("", want):
                i -= 1  # "Mary Smith ... Tom Baker ... she said": not him
                continue
            if want and all(known_word(t.lower) and t.lower not in self.lex["given_names"] and t.lower not in GENDERED
                            and t.lower.rstrip(".") not in self.lex["titles"] for t in run):
                i -= 1  # "Privacy Policy", "Air Force": common words, no one's name
                continue
            if len(run) >= 2:
                while run[0].lower.rstrip(".") in self.lex["titles"] and len(run) > 2:
                    run = run[1:]
                return run
            i -= 1
        return None

    def _named_with(self, word: str, pos: int, sentence: int) -> str:
        """The latest capitalised name holding *word* ("Museum") before
        *pos*, within a few sentences: "the Valemouth Museum of Maritime
        History" for "the museum"; "" when there is none."""
        start = self.sents[max(0, sentence - 4)].start
        rx = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}" + word.capitalize() + r"\b(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?")
        last = None
        for last in rx.finditer(self.text, start, pos):
            pass
        if last is None:
            return ""
        return re.sub(r"^(?:The|THE)\s+", "", last.group(0))

    def _body_named_before(self, pos: int, sentence: int) -> tuple[str, str, str] | None:
        """The organisation named nearest before *pos*, within a few
        sentences, as (kind, name, key): what "the group" or "the company"
        stands for when it was named as an actor, not yet as a source."""
        self._latest_name_before(0)  # builds the name runs
        text = self.text
        i = bisect.bisect_left(self._name_run_starts, pos) - 1
        while i >= 0:
            sent, a, b = self._name_runs[i]
            i -= 1
            if sentence - sent.index > 4:
                return None
            toks = sent.toks
            if all(_is_cap(text, t) for t in toks):
                continue  # a label line ("Story Continued Below"), not prose
            # "U.S. Conference of Mayors": the run goes on across "of" and "for".
            while (b + 1 < len(toks) and toks[b].lower in ("of", "for", "on") and not sent.quoted[b + 1] and _is_cap(text, toks[b + 1])
                   and _clean_gap(_gap(text, toks[b - 1], toks[b])) and _clean_gap(_gap(text, toks[b], toks[b + 1]))):
                b += 2
                while b < len(toks) and not sent.quoted[b] and _is_cap(text, toks[b]) and _clean_gap(_gap(text, toks[b - 1], toks[b])):
                    b += 1
            run = [t for t in toks[a:b] if t.start < pos]
            got = self.classify(run) if run else None
            if got is None or got[1].lower() in self.lex["countries"]:
                continue
            if got[0] == "organisation":
                return got
            before = toks[a - 1].lower if a > 0 else ""
            if got[0] == "person" and got[2] not in self.sources and not self._gender_of_words([t.lower for t in run]) and not any(
                    t.lower.rstrip(".") in self.lex["titles"] for t in run) and before not in ROLE_CLASS and before not in self.lex["titles"]:
                # "Amnesty International ... the group": no given name, no
                # title, and called a group: a body taken for a person.
                name = self._np_text(run)
                self.org_names.add(name.lower())
                return "organisation", name, "organisation:" + name.lower()
        return None

    def _find_name_runs(self) -> list[tuple[_Sentence, int, int]]:
        """Every run of two or more capitalised words outside quotes and the
        headline, as (sentence, first token, end token), in text order;
        computed once per document."""
        runs: list[tuple[_Sentence, int, int]] = []
        text, titles = self.text, self.lex["titles"]

        def keep(sent: _Sentence, start: int, end: int) -> None:
            # "a California Democrat" describes, it names no one; "the Middle
            # East", "the Holy Ghost" name places and things, not people
            # (a title may follow "the": "the Rev. Al Sharpton").
            before = sent.toks[start - 1].lower if start > 0 else ""
            if end - start >= 2 and before not in ("a", "an") and not (
                    before == "the" and sent.toks[start].lower.rstrip(".") not in titles):
                runs.append((sent, start, end))

        for sent in self.sents:
            if sent.headline:
                continue
            toks, quoted = sent.toks, sent.quoted
            # Only the capitalised words matter; one comprehension finds them.
            # (The first test is _is_cap, written out: it runs on every token.)
            caps = [i for i, t in enumerate(toks)
                    if ((c := text[t.start]).isupper() or (c in _PARTICLE_INITIALS and _NAME_PARTICLE.match(text, t.start, t.end)))
                    and not quoted[i] and t.lower not in PRONOUNS and not (i == 0 and self.is_common(t.lower))]
            start = prev = -2
            for i in caps:
                adjacent = i == prev + 1
                if adjacent and (start < 0 or _clean_gap(_gap(text, toks[prev], toks[i])) or _initial_gap(text, toks[prev], toks[i])):
                    if start < 0:
                        start = i
                    prev = i
                    continue
                if start >= 0:
                    keep(sent, start, prev + 1)
                # After a lowercase word a capital starts a name; right after
                # a name across a comma or dash only a title does
                # ("VATICAN CITY — Pope Francis").
                start = i if (not adjacent or (text[toks[i].start].isupper() and toks[i].lower.rstrip(".") in titles)) else -1
                prev = i
            if start >= 0:
                keep(sent, start, prev + 1)
        return runs

    def _role_mentions(self) -> list[tuple[int, frozenset[str], str, str, str]]:
        """People named with a role: "Mayor John Biggs", "attorney Victoria
        Toensing", "The current Labour mayor, John Biggs,", "Catherine
        Lombardo, a lawyer representing families". Each as (offset, role
        classes, name, source key, sentence text lowercased), in text order;
        computed once."""
        if self._roles_index is not None:
            return self._roles_index
        text, out = self.text, []
        if self._name_runs is None:
            self._latest_name_before(0)
        for sent, i, j in self._name_runs:
            toks = sent.toks
            near = [t.lower for t in toks[i:j]]
            k = i - 1
            while k >= 0 and i - k <= 3 and not sent.quoted[k] and (_clean_gap(_gap(text, toks[k], toks[k + 1])) or _initial_gap(text, toks[k], toks[k + 1])) and toks[k].lower not in DETERMINERS:
                near.append(toks[k].lower)  # "U.S. attorney Rudolph Giuliani"
                k -= 1
            if i > 0 and _gap(text, toks[i - 1], toks[i]).strip() == ",":
                k = i - 1  # "The current Labour mayor, John Biggs"
                while k >= 0 and i - k <= 6 and not sent.quoted[k] and (k == i - 1 or _segment_gap(_gap(text, toks[k], toks[k + 1]))):
                    near.append(toks[k].lower)
                    k -= 1
            if j < len(toks) and _gap(text, toks[j - 1], toks[j]).strip() == ",":
                k = j  # "Catherine Lombardo, a lawyer representing families"
                while k < len(toks) and k - j < 6 and not sent.quoted[k] and (k == j or _segment_gap(_gap(text, toks[k - 1], toks[k]))):
                    near.append(toks[k].lower)
                    k += 1
            classes = frozenset(ROLE_CLASS.get(part, part) for w in near for part in w.rstrip(".").split("-") if part in ROLE_CLASS or part in self.lex["titles"])
            if not classes:
                continue
            got = self.classify(toks[i:j])
            if got and got[0] == "person":
                out.append((toks[i].start, classes, got[1], got[2], text[sent.start:sent.end].lower()))
        self._roles_index = out
        return out

    def _name_people_fully(self) -> None:
        """"Boudreau" is named "Spencer Boudreau" when the article uses that
        fuller form anywhere (ANNOTATION.md: the fullest mention)."""
        short = {s.name.lower(): s for s in self.sources.values() if s.kind == "person" and " " not in s.name}
        text, stop = self.text, word_list("stopwords")
        if not short:
            return
        for sent in self.sents:
            if sent.headline:
                continue
            toks, quoted = sent.toks, sent.quoted
            for i in [i for i, t in enumerate(toks) if t.lower in short]:
                if i + 1 < len(toks) and _is_cap(text, toks[i + 1]) and _clean_gap(_gap(text, toks[i], toks[i + 1])):
                    continue  # "Netting Clintons Millions": not a name ending here
                def joins(m: int) -> bool:  # token m belongs to the name before token m + 1
                    w = toks[m].lower
                    return (not quoted[m] and _is_cap(text, toks[m]) and w not in PRONOUNS and w not in stop
                            and not (m > 0 and toks[m - 1].lower == "of")  # "Supervisor of Elections Brenda Snipes"
                            and not w.endswith(("'s", "’s")) and not (m == 0 and (self.is_common(w) or w in INVERTED_TAGS or w in INTRODUCERS))
                            and (_clean_gap(_gap(text, toks[m], toks[m + 1])) or _initial_gap(text, toks[m], toks[m + 1])))

                k = i
                while k > 0 and i - k < 7 and joins(k - 1):
                    k -= 1
                if k == i:
                    continue
                src = short.get(toks[i].lower)
                got = self.classify(toks[k:i + 1])  # titles before the name are dropped here
                if (got is not None and got[0] == "person" and got[2] == src.key and len(got[1]) > len(src.name)
                        and len(got[1].split()) <= 4  # not a capitalised title phrase ("Nixon Book Provides Road Map For Trump")
                        and set(src.name.lower().split()) <= set(got[1].lower().split())):
                    src.name = got[1]  # the longest form that extends the name ("Paul Manafort" never "Paula Manafort")

    def _drop_own_outlet(self) -> None:
        """The outlet in the article's copyright line ("©2018 Los Angeles
        Times") published it: it is no source of its own story."""
        text = self.text
        tests = (("©" in text or "opyright" in text or "(c)" in text, _COPYRIGHT), ("contributed" in text, _CONTRIBUTED))
        own = {m.group(1).lower().removeprefix("the ") for present, rx in tests if present for m in rx.finditer(text)}
        # "GERMANY, February 8, 2018 (LifeSiteNews) – ..." opening the story,
        # "CBS News reached out to the FBI": the outlet that wrote it.
        own.update(m.group(1).lower().removeprefix("the ") for m in _DATELINE_OUTLET.finditer(text, 0, min(len(text), 600)))
        if "reached out" in text or "has learned" in text:
            own.update(m.group(1).lower().removeprefix("the ") for m in _NEWSROOM.finditer(text) if m.group(1).lower() in self.lex["media"])
        if own:
            # "reports CBS News correspondent Mireya Villarreal": the outlet's own reporter.
            for key, src in list(self.sources.items()):
                if src.kind in ("media", "person"):
                    at = text.find(src.name, src.first)
                    lead = text[max(0, at - 60):at].lower() if at >= 0 else ""
                    m = _STAFF_BEFORE.search(lead)
                    words = m.group(1).split() if m else []
                    if any(" ".join(words[i:]) in own for i in range(len(words))):
                        own.add(src.name.lower())
                        src.kind = "media"  # dropped with the outlet below
        for key, heard in self.audience.items():
            # "San Antonio police told Fox News ...", "Whataburger told Fox
            # News ...": an outlet only ever told things, by two or more
            # speakers, is the one whose reporters asked them: the article's own.
            src = self.sources.get(key)
            speakers = {c.source for c in self.cues if c.sentence in heard and c.source not in ("", key)}
            if src is not None and src.sentences <= heard and len(heard) >= 2 and not src.quoted and len(speakers) >= 2:
                own.add(src.name.lower().removeprefix("the "))
        own |= own_outlet_names(text, self.lex["media"])
        if not own:
            return
        dropped = {k for k, src in self.sources.items() if src.kind in CAPITALISED_KINDS and is_own_outlet(src.name, src.kind, own)}
        for key in dropped:
            del self.sources[key]
        if dropped:
            self.cues = [replace(c, source="") if c.source in dropped else c for c in self.cues]

    def _merge_headline_report(self) -> None:
        """A headline '...: Report' stands for the outlet whose report the
        body cites ("The Guardian said"): one source, not two."""
        key = next((k for k, src in self.sources.items() if src.name in ("Report", "Reports") and src.kind in ("document", "vague")), None)
        if key is None:
            return
        outlets = sorted((src for src in self.sources.values() if src.kind == "media"), key=lambda src: src.first)
        if not outlets:
            return
        dst, src = outlets[0], self.sources.pop(key)
        dst.sentences |= src.sentences
        dst.quoted = dst.quoted or src.quoted
        self.cues = [replace(c, source=dst.key) if c.source == key else c for c in self.cues]

    def _merge_bare_roles(self) -> None:
        """"The lawyer said", "the man's lawyer said": a definite role with
        no name is the person named with that role nearest before it (or,
        failing that, first after it)."""
        remap: dict[str, str] = {}
        for key, (role, pos, possessor) in self.bare_roles.items():
            src = self.sources.get(key)
            if src is None or src.kind == "person":
                continue
            mentions = [m for m in self._role_mentions() if role in m[1] and (not possessor or possessor in m[4])]
            before = [m for m in mentions if m[0] < pos]
            target = before[-1] if before else next((m for m in mentions if m[0] > pos), None)
            if target is None:
                continue
            _, _, pname, pkey, _ = target
            dst = self.sources.get(pkey)
            if dst is None:
                dst = self.sources[pkey] = Source(pkey, pname, "person", set(), False, src.first)
            dst.sentences |= src.sentences
            dst.quoted = dst.quoted or src.quoted
            dst.first = min(dst.first, src.first)
            del self.sources[key]
            remap[key] = pkey
        if remap:
            self.cues = [replace(c, source=remap[c.source]) if c.source in remap else c for c in self.cues]

    def _merge_countries(self) -> None:
        """"Canada announced ...", "the US disclosed ...": a country that
        speaks is its government; when the article also cites that
        government ("the Canadian government"), they are one source."""
        countries = self.lex["countries"]
        remap: dict[str, str] = {}
        for key, src in list(self.sources.items()):
            low = src.name.lower().removeprefix("the ")
            if src.kind != "organisation" or low not in countries:
                continue
            stems = US_NAMES if low in US_NAMES else {low[:4]}
            gov = next((g for g in self.sources.values() if g.kind == "organisation" and g.key != key
                        and any(w in GOVERNMENT_HEADS for w in g.name.lower().split())
                        and any((w if w in US_NAMES else w[:4]) in stems for w in g.name.lower().replace("’s", "").replace("'s", "").split() if len(w) >= 2)), None)
            if gov is None:
                continue
            gov.sentences |= src.sentences
            gov.first = min(gov.first, src.first)
            gov.quoted = gov.quoted or src.quoted
            del self.sources[key]
            remap[key] = gov.key
        if remap:
            self.cues = [replace(c, source=remap[c.source]) if c.source in remap else c for c in self.cues]

    def _merge_org_prefixes(self) -> None:
        """"MGM Resorts said ...", "MGM Resorts International, the owner of
        the hotel, says ...": a body named again by the first words of its
        full name is one source, named in full (two words or more, or an
        acronym, so that "Justice" never swallows "Justice Department")."""
        orgs = [s for s in self.sources.values() if s.kind == "organisation"]
        given = self.lex["given_names"]
        # (a short name no word list knows was filed as a person: "Acme Mining said")
        shorter = orgs + [s for s in self.sources.values() if s.kind == "person" and not any(w.lower() in given for w in s.name.split())]
        remap: dict[str, str] = {}
        for src in shorter:
            words = src.name.removeprefix("the ").removeprefix("The ").split()
            if not words or not (len(words) >= 2 or (len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha())):
                continue
            if not all(w[:1].isupper() or w in ("of", "and", "for", "&") for w in words):
                continue
            longer = next((o for o in orgs if o.key != src.key and o.key not in remap
                           and (ow := o.name.removeprefix("the ").removeprefix("The ").split())[:len(words)] == words
                           and len(ow) > len(words) and all(w[:1].isupper() for w in ow[len(words):])), None)
            if longer is None:
                continue
            longer.sentences |= src.sentences
            longer.first = min(longer.first, src.first)
            longer.quoted = longer.quoted or src.quoted
            del self.sources[src.key]
            remap[src.key] = longer.key
        if remap:
            self.cues = [replace(c, source=remap[c.source]) if c.source in remap else c for c in self.cues]

    def is_source_noun(self, word: str) -> bool:
        lex = self.lex
        return (word in lex["anonymous"] or word in lex["vague"] or word in lex["document"] or (word[-1:] == "s" and word[:-1] in lex["titles"])
                or word in lex["organisation"] or word in ("police", "authorities")
                or (word.endswith("s") and word[:-1] in lex["document"]) or word in lex["bodies"])

    def is_sentence_initial(self, tok: Token) -> bool:
        """At a sentence start, or anywhere in a Title Case headline: places
        where a capital does not make a name."""
        s = self.sents[tok.sentence]
        if s.headline and self.title_case_headline:
            return True
        return bool(s.toks) and s.toks[0].start == tok.start

    def in_name(self, sent: _Sentence, m: int) -> bool:
        """Token *m*, a month or modal ("May", "Will", "April"), is part of a
        person's name: "Theresa May", "Will Hurd", "April Ryan" (but not "in
        May" or "May say"). Capitalised where a capital marks no name, it
        belongs to the name when a capitalised word joins it: a given name
        before it, or a name after it when it is no sentence start."""
        toks, text = sent.toks, self.text
        t = toks[m]
        if sent.quoted[m] or not _is_cap(text, t) or _is_acronym(text, t) or (sent.headline and self.title_case_headline):
            return False

        def joined(i: int, after: bool) -> bool:
            if not 0 <= i < len(toks) or sent.quoted[i] or not _is_cap(text, toks[i]):
                return False
            a, b = (t, toks[i]) if after else (toks[i], t)
            w = toks[i].lower
            return _clean_gap(_gap(text, a, b)) and w not in STOP and w not in BETWEEN and w not in MONTHS and w not in PRONOUNS

        if joined(m - 1, False) and toks[m - 1].lower in self.lex["given_names"]:
            return True  # "Theresa May", "Alice Will"
        if m == 0 or self.is_sentence_initial(t):
            # "Will Hurd said" at the start: only a known given name.
            return t.lower in self.lex["given_names"] and joined(m + 1, True) and not text[sent.start:sent.end].rstrip().endswith("?")
        return joined(m + 1, True) and toks[m - 1].lower not in MONTH_LEADERS  # "with April Ryan", not "in May Trump"

    def is_common(self, word: str) -> bool:
        """A word whose capital at a sentence start is not a name."""
        lex = self.lex
        return (word in DETERMINERS or word in PRONOUNS or word in lex["vague"] or word in lex["anonymous"]
                or word in lex["document"] or word in lex["organisation"] or word in STOP or word in BETWEEN
                or word in ("police", "authorities", "media") or word in TIME_WORDS or self._plural_role(word) or word in lex["bodies"])

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        return i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end

    # ------------------------------------------------------------ sources

    def _np_text(self, toks: list[Token]) -> str:
        if not toks:
            return ""
        end = toks[-1].end
        if self.text[end:end + 1] == "." and "." in toks[-1].lower and len(toks[-1].lower) <= 5:
            end += 1  # "the U.S.": the abbreviation's last period
        return self.text[toks[0].start:end]

    def classify(self, toks: list[Token]) -> tuple[str, str, str] | None:
        """(kind, display name, merge key) for a speaker phrase, or None."""
        lex = self.lex
        if not toks:
            return None
        words = [t.lower for t in toks]
        definite_np = bool(words) and words[0] == "the"
        while words and words[0] in ("the",):
            toks, words = toks[1:], words[1:]
        if not toks:
            return None
        name = self._np_text(toks)
        low = " ".join(words)
        low_nodet = low
        if low in ("there", "here"):
            return None  # "There were other incidents, ... saying": an expletive, no one
        if low in ("evidence", "history", "experience", "science", "logic") and len(toks) == 1:
            return None  # "Evidence suggests that ...": no one (the agentless pattern makes it vague), not a name
        if (len(words) == 1 and _is_cap(self.text, toks[0]) and low not in lex["countries"] and _DEMONYM.search(low)
                and low[:4] in lex["country_stems"] and low not in lex["given_names"]):
            return None  # "Canadian" in "Canadian and US authorities": an adjective, no one
        if words[0] == "those" and len(words) > 2 and _INSIDER_TAIL.match(" ".join(words[1:5])):
            return "anonymous", name, "anonymous:" + low  # "those familiar with the plan": unnamed insiders (ANNOTATION.md 3)
        if "both" in words and words[-1] in ("parties", "sides") and words[0] not in NUMBER_WORDS:
            return "vague", name, "vague:" + low  # "members of both parties": an open bipartisan group
        # "officials in Lagos", "a report by the GAO": the head precedes the preposition.
        for i, w in enumerate(words[1:], 1):
            if (w in POSTMODIFIERS or w in RELATIVE_PRONOUNS) and self.is_source_noun(words[i - 1]):
                if not self.text[toks[i - 1].start].isupper() or self.is_sentence_initial(toks[i - 1]) or words[i - 1] in POLITICAL_CAMPS:
                    return self._classify_headed(toks, words, i - 1, name, low)
                break
            if w in ("of", "from", "at") and i + 1 < len(words) and words[i + 1] == "the" and not all(
                    x.rstrip(".") in lex["titles"] for x in words[:i]):
                # "Smith of the Heritage Foundation": a person and an affiliation
                # ("Speaker of the House Newt Gingrich" is a title and a name).
                got = self.classify(toks[:i])
                if got is not None and got[0] == "person":
                    return got
                break
        head = words[-1]
        for suffix in ("'s", "’s"):
            if head.endswith(suffix):
                head = head[: -len(suffix)]
        caps = [_is_cap(self.text, t) and not (self.is_sentence_initial(t) and self.is_common(t.lower) and not _is_acronym(self.text, t)) for t in toks]
        # Outlets first: "North Korean state media", "the KCNA", "Reuters",
        # a website "Guns.com".
        if low_nodet in lex["media"] or (definite_np and "the " + low_nodet in lex["media"]) or _CALL_SIGN.match(name) or (" " not in name and _WEBSITE.search(name)) or any(low_nodet.endswith(" " + m) or low_nodet == m for m in ("state media", "state television", "state tv", "news agency")):
            return "media", name, "media:" + low_nodet
        if (low_nodet in lex["org_names"] or (definite_np and "the " + low_nodet in lex["org_names"])) and self.text[toks[0].start].isupper():
            return "organisation", name, "organisation:" + low_nodet  # "Google", "Hamas", "Planned Parenthood": bodies whose names read like people's
        if len(words) <= 3 and all(w in lex["media"] for w in words):
            return "media", self._np_text(toks[:1]), "media:" + words[0]  # a photo credit "Reuters Reuters"
        if len(words) == 1 and head in PRONOUNS:
            return None  # resolved by the caller
        if len(words) >= 2 and head in LAW_HEADS and caps[-1]:
            return None  # "the Second Amendment", "the Patriot Act": a law, not a speaker
        if head in ("left", "right") and definite_np and not caps[-1] and all(w in ("far", "radical", "religious", "hard", "new", "alt", "left", "right") for w in words):
            return "vague", name, "vague:" + low  # "the left", "the far right": a camp (ANNOTATION.md 3)
        if head in lex["peoples"] and not any(w in NUMBER_WORDS or w.isdigit() for w in words):
            return "vague", name, "vague:" + low  # "Swedes", "many Israelis": a whole people
        if len(words) == 1 and caps[0] and _CAMEL_ORG.match(name):
            return "organisation", name, "organisation:" + low  # "WikiLeaks", "GoFundMe": a brand, not a person
        if len(words) >= 2 and words[0] in CITED_PARTS and (words[1].isdigit() or _ROMAN.match(self.text, toks[1].start, toks[1].end)):
            return "document", name, "document:" + low  # "Article 81 of John Paul II's Universi Dominici Gregis", "Section 230"
        if head in lex["document"] and not (caps[-1] and len(words) == 1):
            if head in ("reports", "studies", "research", "polls") and not any(caps):
                return "vague", name, "vague:" + low
            return "document", name, "document:" + low_nodet
        if head in POLITICAL_CAMPS and head in ("democrat", "republican") and words[0] in ("a", "an", "one"):
            return "anonymous", name, "anonymous:" + low  # "a Democrat from Ohio": one unnamed person
        if words[0] in ("some", "many", "most") and len(words) >= 2 and head.endswith("s") and not any(caps) and not any(w.isdigit() or w in NUMBER_WORDS for w in words):
            return "vague", name, "vague:" + low  # "some corporations", "many lawmakers": open-ended
        if any(w in ("unnamed", "unidentified", "anonymous") for w in words[:-1]) and not caps[-1]:
            return "anonymous", name, "anonymous:" + low  # "two unidentified sources": identity withheld
        if head in lex["vague"] and (not caps[-1] or head in POLITICAL_CAMPS):
            has_number = any(w in NUMBER_WORDS or w.isdigit() for w in words)
            # "Goldman analysts" is an identifiable group; "Jewish groups",
            # "American experts" (a nationality or faith) is not.
            named_mod = any(c and w not in lex["countries"] and w not in DETERMINERS and not _DEMONYM.search(w) and not self.is_sentence_initial(t)
                            for c, w, t in zip(caps[:-1], words[:-1], toks[:-1]))
            if named_mod and head in ("research", "studies", "polls", "surveys"):
                return "document", name, "document:" + low_nodet  # "Dr. Epstein's research": a body of work with its author
            if (has_number or named_mod) and head not in ("people", "some", "many", "others", "media", "reports") and (has_number or head not in POLITICAL_CAMPS):
                return "anonymous", name, "anonymous:" + low
            return "vague", name, "vague:" + low
        owner_at = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), -1)
        if head in COUNSEL_FOR and owner_at >= 0 and caps[owner_at]:
            last = toks[owner_at]
            owner = self.classify(toks[:owner_at] + [Token(last.start, last.end - 2, last.lower[:-2], last.sentence)])
            if owner is not None and owner[0] in ("organisation", "media"):
                # "CNN's lawyers", "the company's attorneys": speaking for a body
                # on the record (ANNOTATION.md 2); "Trump's lawyers" stay anonymous.
                return "organisation", name, "organisation:" + low
        if head in ("spokesman", "spokeswoman", "spokesperson", "representative", "spokesmen"):
            # "a Pentagon spokesman", "a spokeswoman for Amazon", "a government
            # spokesman": speaking on the record for a body.
            if any(caps) or any(w in ("for", "of") or w in lex["organisation"] for w in words):
                return "organisation", name, "organisation:" + low
            return "anonymous", name, "anonymous:" + head
        if head in ("police", "authorities", "prosecutors"):
            if any(caps):
                return "organisation", name, "organisation:" + low
            return "anonymous", name, "anonymous:" + head
        if head in OPEN_PROFESSIONS and not any(caps) and words[0] not in DETERMINERS and not any(w in NUMBER_WORDS or w.isdigit() for w in words):
            return "vague", name, "vague:" + low  # "doctors are warning", "local survivors": no one in particular (ANNOTATION.md 3)
        if (head in lex["anonymous"] or head in lex["bodies"] or (head.endswith("s") and head[:-1] in lex["titles"])) and not caps[-1]:
            return "anonymous", name, "anonymous:" + low
        if head in ("team", "teams") and words[0] in _POSSESSIVE_PRONOUNS and not any(caps):
            return "anonymous", name, "anonymous:" + low  # "his defense team": his unnamed lawyers
        if head in lex["organisation"] and not caps[-1]:
            return "organisation", name, "organisation:" + low
        unique = head in UNIQUE_OFFICES or (head == "general" and len(words) >= 2 and words[-2] in ("attorney", "surgeon", "inspector", "solicitor"))
        if (head in lex["titles"] or unique) and not caps[-1]:
            if words[0] in ("a", "an", "another") or any(w in NUMBER_WORDS or w in ("former", "ex") for w in words) or not unique:
                # ("the former ambassador": a person who left the office, not the office)
                # "a federal judge", "the professor": one of many holders of
                # the title, not a unique office ("the state's governor").
                return "anonymous", name, "anonymous:" + low
            return "organisation", name, "organisation:" + low
        if (not caps[-1] and head in OUTLET_NOUNS and len(words) >= 2 and caps[-2] and not self.is_sentence_initial(toks[-2])
                and words[0] not in ("a", "an", "another", "one")):
            return "media", name, "media:" + low_nodet  # "the New Yorker magazine", "the Jezebel website"
        if not caps[-1]:
            return None
        # "Big League Politics’ Cassandra Fairbanks": an outlet's or body's person.
        owned = next((i for i in range(len(toks) - 1) if _plural_possessive(self.text, toks[i], toks[i + 1])), -1)
        if owned < 0 and len(words) >= 3:
            # "The Daily Wire's Ben Shapiro", "The Intercept's Glenn Greenwald":
            # an outlet, then its writer by name.
            owned = next((i for i in range(0, len(toks) - 2) if words[i].endswith(("'s", "’s")) and len(toks) - i - 1 <= 3 and all(caps[i + 1:])
                          and not any(w in lex["organisation"] or w in lex["media_heads"] or w.rstrip(".") in lex["titles"] for w in words[i + 1:])
                          and ("the " + " ".join(words[:i] + [words[i][:-2]]) in lex["media"]
                               or ((got := self.classify(toks[:i] + [Token(toks[i].start, toks[i].end - 2, words[i][:-2], toks[i].sentence)])) is not None
                                   and got[0] == "media"))), -1)
        if owned >= 0 and 2 <= len(toks) - owned - 1 <= 3 and all(caps[owned + 1:]) and not self.is_sentence_initial(toks[owned + 1]):
            # (not in a Title Case headline: "Congress’ Top Cop: ...")
            tail = toks[owned + 1:]
            return "person", self._np_text(tail), "person:" + tail[-1].lower
        # A capitalised phrase: country, institution, outlet or person.
        full = self.acronyms.get(name) or self.acronyms.get(name.removeprefix("the ").removeprefix("The "))
        if full:
            kind = "media" if full.lower() in lex["media"] or name.lower() in lex["media"] else "organisation"
            return kind, full, f"{kind}:" + full.lower()
        # "Clark County District Court Judge Elissa Cadish": the name after the last title.
        titled = [i for i, w in enumerate(words[:-1]) if (caps[i] or w in ROLE_CLASS) and all(part in lex["titles"] for part in w.rstrip(".").split("-"))]
        link = next((i for i in range(titled[-1] + 1, len(words)) if words[i] in ("of", "to", "for", "at")), -1) if titled else -1
        if link > 0 and self._names_a_place_or_body(words[link + 1:]):
            return "organisation", name, "organisation:" + low  # "the President of the United States": an office
        if link > 0 and len(words) - link >= 4 and all(caps[-2:]):
            # "Minister of Health Oly Ilunga", "Secretary of State Mike Pompeo",
            # "Ambassador to the United Nations Vitaly Churkin".
            pname = self._np_text(toks[-2:]).removesuffix("'s").removesuffix("’s")
            surname = words[-1].removesuffix("'s").removesuffix("’s")
            self.roles.setdefault(words[titled[-1]].rstrip("."), (pname, "person:" + surname))
            return "person", pname, "person:" + surname
        if titled and all(w.rstrip(".") in lex["titles"] for w in words[titled[-1] + 1:]):
            return "organisation", name, "organisation:" + low  # "the House Inspector General": an office
        if titled:
            tail = toks[titled[-1] + 1:]
            tail_words = words[titled[-1] + 1:]
            if 1 <= len(tail) <= 4 and all(caps[titled[-1] + 1:]) and not any(w in lex["organisation"] or w in lex["media_heads"] for w in tail_words):
                surname = tail_words[-1].replace("’s", "").replace("'s", "")
                pname = self._np_text(tail)
                if pname.endswith(("'s", "’s")):
                    pname = pname[:-2]
                # "President Donald Trump": a later "the president" is him.
                self.roles.setdefault(words[titled[-1]].rstrip("."), (pname, "person:" + surname))
                return "person", pname, "person:" + surname
        lower_at = [i for i, c in enumerate(caps) if not c]
        described_at = [i for i in lower_at if words[i] not in NP_INNER]
        if described_at and words[described_at[-1]] in lex["organisation"] and words[described_at[-1]] not in ("house", "office", "court") and (
                described_at[-1] + 1 < len(words) and caps[described_at[-1] + 1]):
            # "advocacy group J Street", "the group Everytown for Gun Safety":
            # a body named after the word for it; later bare mentions too.
            pname = self._np_text(toks[described_at[-1] + 1:]).removesuffix("'s").removesuffix("’s")
            self.org_names.add(pname.lower())
            return "organisation", pname, "organisation:" + pname.lower()
        if lower_at and 1 <= len(toks) - lower_at[-1] - 1 <= 4 and words[lower_at[-1]] not in NP_INNER:
            # "church expert John L Allen": a description, then a name.
            tail, tail_words = toks[lower_at[-1] + 1:], words[lower_at[-1] + 1:]
            if any(w in lex["media_heads"] or w in ("publication", "website", "blog") for w in words[:lower_at[-1] + 1]):
                pname = self._np_text(tail)
                return "media", pname, "media:" + " ".join(tail_words)  # "the Pakistani publication Dawn"
            if len(tail) >= 2 and not any(w in lex["organisation"] or w in lex["media_heads"] or w in NP_INNER for w in tail_words):
                pname = self._np_text(tail)
                return "person", pname, "person:" + tail_words[-1].removesuffix("'s").removesuffix("’s")
        if len(words) == 1 and head in ROLE_CLASS:
            return "organisation", name, "organisation:" + low  # a bare title, "Pope admits ...": the office
        if name.lower() in self.org_names:
            return "organisation", name, "organisation:" + low  # "Americo, the life insurance company,"
        if low in lex["countries"]:
            return "organisation", name, "organisation:" + low
        last = self.text[toks[-1].start:toks[-1].end]
        if len(words) >= 2 and _ROMAN.match(last) and caps[-2]:
            return "person", name, "person:" + words[-2]  # "Pius XII", "John Paul II"
        if _CALL_SIGN.match(last):
            return "media", name, "media:" + low  # "ABC affiliate WFAA"
        if len(last) >= 2 and last.replace(".", "").replace("-", "").isupper() and len(words) <= 3:
            if low in lex["media"]:
                return "media", name, "media:" + low
            return "organisation", name, "organisation:" + low
        if (len(words) >= 4 and caps[-1] and caps[-2] and words[-2] in lex["given_names"] and not _is_acronym(self.text, toks[-1])
                and not any(w.removesuffix("’s").removesuffix("'s") in lex["organisation"] for w in words[-2:])
                and any(w in lex["organisation"] for w in words[:-2])):
            # "Heritage Foundation Senior Fellow Jane Roe": a body, a role, then a
            # person's given name and surname; the person speaks (ANNOTATION.md 2).
            surname = words[-1].removesuffix("’s").removesuffix("'s")
            return "person", self._np_text(toks[-2:]).removesuffix("’s").removesuffix("'s"), "person:" + surname
        if any(w.removesuffix("’s").removesuffix("'s") in lex["organisation"] for w in words) or name in self.acronyms.values():
            name = name.removesuffix("’s").removesuffix("'s")  # "Catholic News Agency’s report"
            return "organisation", name, "organisation:" + low.removesuffix("’s").removesuffix("'s")
        if (head in lex["media_heads"] and (len(words) >= 2 or definite_np)) or ("-" in head and head.rsplit("-", 1)[1] in lex["media_heads"]):
            return "media", name, "media:" + low  # "the Miami Herald", "Sun-Sentinel"
        if len(words) >= 2 and caps[-1] and head.rstrip(".") in lex["titles"] and all(caps):
            return "organisation", name, "organisation:" + low  # "the House Inspector General": an office
        if words[0] == "by":
            return None  # "By The Associated Press WESTERVILLE": a credit line run, no one's name
        first = self.text[toks[0].start:toks[0].end]
        if not any(w.rstrip(".") in lex["titles"] for w in words) and "the" not in words and not (len(words) == 1 and head.endswith("s")) and (
                definite_np or (len(words) >= 2 and len(first) >= 3 and first.isalpha() and first.isupper())):
            # "the Whitfield Clinic", "UMC Quick Care": no person's name takes
            # "the" or opens with an acronym; a body.
            return "organisation", name, "organisation:" + low
        # A person: strip leading titles ("President", "Mr.") for the name.
        person = [t for t in toks]
        cut = next((i for i, t in enumerate(person) if i > 0 and t.lower in ("of", "from", "at")), None)
        if cut is not None:
            tail = [t.lower for t in person[cut + 1:]]
            if len(tail) == 1 or (tail and tail[0] == "the") or any(w in lex["organisation"] for w in tail):
                # "Michael Ahrens of GOP.com", "Smith of the Heritage Foundation": the
                # affiliation is no part of the name ("Supervisor of Elections Susan Gill" keeps it).
                person = person[:cut]
        while len(person) > 1 and all(part in lex["titles"] for part in person[0].lower.rstrip(".").split("-")):
            person = person[1:]
        surname = person[-1].lower
        for suffix in ("'s", "’s"):
            if surname.endswith(suffix):
                surname = surname[: -len(suffix)]
        pname = self._np_text(person)
        if pname.endswith("'s") or pname.endswith("’s"):
            pname = pname[:-2]
        return "person", pname, "person:" + surname

    def _names_a_place_or_body(self, words: list[str]) -> bool:
        """*words* (after a title's "of"/"to") are a country or a body, with
        no person's name after them: "the United States of America"."""
        words = [w for w in words if w != "the"]
        if not words:
            return False
        lex = self.lex
        return " ".join(words) in lex["countries"] or (words[-1] in lex["countries"] and words[-2:-1] == ["of"]) or words[-1] in lex["organisation"]

    def _classify_headed(self, toks, words, h, name, low):
        """Classify a phrase whose head noun (index *h*) has a prepositional tail."""
        lex = self.lex
        head = words[h]
        tail_caps = any(self.text[t.start].isupper() for t in toks[h + 1:])
        if head in MEDIUM_NOUNS and words[h + 1] in ("in", "by", "from", "on") and tail_caps:
            tail = toks[h + 2:]
            while tail and not _is_cap(self.text, tail[-1]):
                tail = tail[:-1]  # "a story in the New York Times last week"
            outlet = self.classify(tail) if tail else None
            if outlet is not None and outlet[0] == "media":
                return "media", outlet[1], outlet[2]  # "a report in The Guardian", "a report by Bloomberg.com": the outlet's piece
        if head in lex["document"] or (head.endswith("s") and head[:-1] in lex["document"]):
            return "document", name, "document:" + low
        tail_body = tail_caps or any(w in lex["organisation"] for w in words[h + 1:])
        if head in ("spokesman", "spokeswoman", "spokesperson", "representative") and tail_body:
            return "organisation", name, "organisation:" + low  # "a spokesperson for the transport ministry"
        if head in ("police", "authorities") and tail_caps:
            return "organisation", name, "organisation:" + low
        if head in lex["organisation"]:
            return "organisation", name, "organisation:" + low
        if head in ("research", "reports", "studies", "polls") and tail_caps and words[h + 1] in ("by", "from", "of"):
            return "document", name, "document:" + low  # "research by the Urban Institute": a named body's work
        if head in lex["vague"]:
            if head in _UNNAMED_PEOPLE and _INSIDER_TAIL.match(" ".join(words[h + 1:h + 5])):
                # "two people familiar with the matter", "people close to the
                # family": insiders whose names are withheld (ANNOTATION.md 3);
                # "analysts familiar with the kingdom" know a subject instead.
                return "anonymous", name, "anonymous:" + low
            if head in POLITICAL_CAMPS and head.endswith("s"):
                return "vague", name, "vague:" + low  # "Republicans in Congress" (ANNOTATION.md section 3)
            return ("anonymous" if tail_caps else "vague"), name, ("anonymous:" if tail_caps else "vague:") + low
        return "anonymous", name, "anonymous:" + low

    def add_source(self, kind: str, name: str, key: str, sentence: int, pos: int, definite: bool = False) -> str:
        if not self._plausible(kind, name, sentence):
            return ""
        if kind in ("anonymous", "document", "organisation") and key not in self.sources and (definite or name.lower().startswith(("the ", "this ", "that "))):
            # "the official" refers back to "a senior official"; "the report" to "a 2023 report by ...".
            head = name.lower().split()[-1]
            # "the (social-media) company", not "the Trump campaign", stands for a body named before.
            bare_generic = kind == "organisation" and head in GENERIC_ORG and len(name.split()) <= 2 and not any(
                w[:1].isupper() or w.endswith(("'s", "’s")) for w in name.split() if w.lower() not in ("the", "this", "that"))
            proper = {w.lower() for w in name.split() if w[:1].isupper() and w.lower() not in DETERMINERS}
            for s in reversed(list(self.sources.values())):
                if proper and not proper <= set(s.name.lower().split()) and not bare_generic:
                    continue  # "the US government" is not "the Canadian government" named before
                if s.kind == kind and (head in s.name.lower().split() or bare_generic):
                    key = s.key
                    break
                if head in SPOKES and s.kind == "organisation" and head in s.name.lower().split():
                    key, kind = s.key, s.kind  # "a spokeswoman for Amazon" ... "the spokeswoman"
                    break
            else:
                if bare_generic:
                    # "Whataburger said ... the company added": a one-word name
                    # taken for a person is the company.
                    # ... the latest speaker, just before, never called "he" or "she".
                    spoken_of = {c.source for c in self.cues if c.speaker.lower() in ("he", "she")}
                    last = next((c for c in reversed(self.cues) if c.source), None)
                    one_word = [s for s in self.sources.values() if s.kind == "person" and len(s.name.split()) == 1 and s.key not in spoken_of
                                and last is not None and last.source == s.key and sentence - last.sentence <= 2 and head in ANAPHORIC_BODIES]
                    if one_word:
                        one_word[-1].kind = "organisation"
                        key = one_word[-1].key
                    elif len(name.split()) == 1 and head in ANAPHORIC_BODIES:
                        # "The U.S. Conference of Mayors passed ... the group
                        # said": the body the article named just before.
                        named = self._body_named_before(pos, sentence)
                        if named is not None:
                            kind, name, key = named
        if kind == "person" and key not in self.sources:
            # "Tedros" is "Tedros Adhanom Ghebreyesus"; "Rex Tillerson" extends "Tillerson".
            parts = name.lower().replace("’s", "").replace("'s", "").split()
            for s in self.sources.values():
                if s.kind != "person":
                    continue
                other = s.name.lower().split()
                if (len(parts) == 1 and parts[0] in other) or (len(other) == 1 and other[0] in parts):
                    key = s.key
                    break
        if kind in ("media", "organisation") and key not in self.sources:
            # "WHO" is "the World Health Organization" when its letters are
            # the name's initials.
            for s in self.sources.values():
                if s.kind == kind and (_initials_of(s.name) == name.removeprefix("the ") or _initials_of(name) == s.name):
                    key = s.key
                    break
        if kind in ("media", "organisation") and key not in self.sources:
            # "the Mail" is "The Daily Mail"; "the Ministry" is not merged
            # with anything (one word) unless it ends a longer name.
            bare = key.split(":", 1)[1]
            for s in self.sources.values():
                other = s.key.split(":", 1)[1]
                if s.kind == kind and (other.endswith(" " + bare) or bare.endswith(" " + other)) and len(bare.split()) + len(other.split()) >= 3:
                    key = s.key
                    break
        src = self.sources.get(key)
        if src is None:
            src = self.sources[key] = Source(key, name, kind, set(), False, pos)
        elif len(name) > len(src.name) and kind == src.kind and (
                src.name.islower() or _initials_of(name) == src.name
                or (kind == "person" and set(src.name.lower().split()) <= set(name.lower().split()))
                or (kind != "person" and src.name.split()[-1].lower() in name.lower())):
            src.name = name  # the fullest form ("Rex Tillerson"), never "company" for "Amazon"
        src.sentences.add(sentence)
        if kind == "person":
            self.latest_person = key
        elif kind in ("organisation", "media", "anonymous", "vague"):
            self.latest_group = key
        return key

    def _plausible(self, kind: str, name: str, sentence: int) -> bool:
        """*name* can name a source (see :mod:`framing.nlp.source_names`);
        a capitalised name in the headline must recur in the body."""
        if implausible_name(name, kind):
            return False
        sent = self.sents[sentence]
        return not (sent.headline and kind in CAPITALISED_KINDS and not named_in_body(
            name, self.text[sent.end:], headline=self.text[sent.start:sent.end], title_case=self.title_case_headline))

    # ------------------------------------------------------------ noun phrases

    def np_before(self, sent: _Sentence, j: int) -> list[Token]:
        """The subject noun phrase of the verb at token *j*, or [] when the
        verb has none before it (an inverted tag, a passive)."""
        toks, text = sent.toks, self.text
        a = j - 1
        while a >= 0 and ((_is_adverb(toks[a].lower) and not _is_cap(text, toks[a]) and not self.is_source_noun(toks[a].lower))
                          or (toks[a].lower in BETWEEN and toks[a].lower not in AUXILIARIES)):
            a -= 1  # "is now threatened", "was not charged": passives
        if a >= 0 and toks[a].lower in ("been", "be", "being", "is", "are", "was", "were") and not toks[j].lower.endswith("ing") and toks[j].lower not in STANCE_ADJECTIVES:
            return []  # passive: "was told", "have been warned", "has been previously reported"
        k = j - 1
        # "Trump also falsely claimed": auxiliaries and adverbs in any order;
        # "has in the past appealed": a time phrase among them.
        while k >= 0 and _clean_gap(_gap(text, toks[k], toks[k + 1])) and not sent.quoted[k] and (
                toks[k].lower in BETWEEN and not self.in_name(sent, k) or (_is_adverb(toks[k].lower) and not _is_cap(text, toks[k]) and not self.is_source_noun(toks[k].lower))
                or (toks[k].lower in FLOATING_QUANTIFIERS and k > 0 and not _is_cap(text, toks[k]))
                or (k >= 3 and (toks[k - 2].lower, toks[k - 1].lower, toks[k].lower) in _TIME_PHRASES and toks[k - 3].lower in BETWEEN)):
            if k >= 3 and (toks[k - 2].lower, toks[k - 1].lower, toks[k].lower) in _TIME_PHRASES and toks[k - 3].lower in BETWEEN:
                k -= 2
            k -= 1  # "Smith and Jones both said": a quantifier floated after its subject
        if k >= 0 and sent.quoted[k]:
            return self._quoted_subject(sent, k, j)
        if k < 0:
            return []
        r = k
        while r >= 1 and toks[r].lower in TIME_WORDS and _clean_gap(_gap(text, toks[r - 1], toks[r])):
            r -= 1  # "who on Wednesday claimed that"
            if toks[r].lower in ("on", "last", "this", "late", "early", "earlier"):
                r -= 1
                break
        if r != k and r >= 0 and toks[r].lower in RELATIVE_PRONOUNS and text[toks[r].start].islower():
            return self._antecedent(sent, r)
        gap = _gap(text, toks[k], toks[k + 1])
        if toks[k].lower in RELATIVE_PRONOUNS and _clean_gap(gap) and text[toks[k].start].islower():
            # "federal immigration authorities, who had asked that ...",
            # "memos that recount how ...": the antecedent is the speaker.
            return self._antecedent(sent, k)
        if gap.strip() == "." and (toks[k].lower in ("inc", "corp", "co", "ltd", "jr", "sr", "bros") or _dotted_gap(text, toks[k], toks[k + 1])) and gap.endswith(" "):
            gap = " "  # "Microsoft Corp. said": the abbreviation's period inside the sentence
        if gap.strip() == ".," and toks[k].lower.rstrip(".") not in ABBREVIATIONS and "-" in toks[k].lower:
            gap = ","  # "Rep. Adam Schiff, D-Calif., are blasting": an abbreviation then the comma
        if gap.strip() == ")," and _PARTY_PAREN.search(text, max(sent.start, toks[k].start - 16), toks[k].end + 1):
            gap = ")"  # "Senator Marco Rubio (R-FL), pointed out": a stray comma after the party tag
        if gap.strip().endswith(")"):
            # "Rep. Scott Perry (R-Pa.) said": step over the parenthesis.
            open_at = text.rfind("(", sent.start, toks[k].start + 1)
            if open_at >= 0 and toks[k].start - open_at <= 30:
                while k >= 0 and toks[k].start > open_at:
                    k -= 1
                if k < 0 or sent.quoted[k]:
                    return []
                return self._collect_back(sent, k)
        if _clean_gap(gap) and k >= 1 and toks[k].lower.isdigit() and toks[k - 1].lower in NUMBERED_DOCUMENTS and _is_cap(text, toks[k - 1]) and _clean_gap(
                _gap(text, toks[k - 1], toks[k])):
            np = self._collect_back(sent, k - 1)  # "U.S. Code 2381 says": a numbered law or section
            return (np + [toks[k]] if self.classify(np + [toks[k]]) is not None else np) if np else []
        if _clean_gap(gap):
            np = self._collect_back(sent, k)
            i0 = toks.index(np[0]) if np and np[0] in toks else -1
            if (i0 >= 2 and toks[i0 - 2].lower in ("who", "that") and not sent.quoted[i0 - 1] and toks[i0 - 1].lower.endswith("s")
                    and not _is_cap(text, toks[i0 - 1]) and toks[i0 - 1].lower not in DETERMINERS and not self.is_source_noun(toks[i0 - 1].lower)
                    and _clean_gap(_gap(text, toks[i0 - 2], toks[i0 - 1])) and _clean_gap(_gap(text, toks[i0 - 1], np[0]))):
                # "A teenager who supports President Trump says": the object of
                # the relative clause is not the subject of "says".
                return self._postmodified_subject(sent, k)
            rel = self._before_relative_clause(sent, np)
            if rel:
                if self._after_modifier(sent, np):
                    # "A man who works at the hotel says": the whole phrase names him.
                    return self._postmodified_subject(sent, k) or rel
                return rel
            if not np or self._after_modifier(sent, np):
                # "A source familiar with the talks told", "doctors treating
                # the patients at the University of Pennsylvania found".
                post = self._postmodified_subject(sent, k)
                if post or not np:
                    return post
                # "the timing of an anti-Semitic message posted online": the
                # object of a preposition before a participle is no subject.
                before = toks[toks.index(np[0]) - 1].lower
                if before in PREPOSITIONS and not _is_cap(text, np[-1]):
                    # "The owner of the shop said": the phrase the preposition ends.
                    return self._generic_subject(sent, j) or ([] if toks[j].lower.endswith("ed") else np)
                return [] if toks[j].lower.endswith("ed") and before in PREPOSITIONS else np
            return np
        if gap.strip() in DASHES:
            # "retired military officials—who pay attention to history—are
            # warning": the subject stands before the dashed aside.
            for p in range(k, max(0, k - 25), -1):
                if sent.quoted[p - 1]:
                    return []
                if _gap(text, toks[p - 1], toks[p]).strip() == gap.strip():
                    np = self._collect_back(sent, p - 1)
                    return np if np and self.classify(np) is not None else []
            return []
        if gap.strip() != ",":
            return []
        return self._subject_across_commas(sent, k)

    def _quoted_subject(self, sent: _Sentence, k: int, j: int) -> list[Token]:
        """'writing that "multiple credible sources" told her ...': a short
        quoted phrase right before the verb at *j* that names unnamed or
        open-ended sources is the subject (the speaker's own words for them)."""
        toks, text = sent.toks, self.text
        q = k
        while q > 0 and sent.quoted[q - 1]:
            q -= 1
        gap = _gap(text, toks[k], toks[j]).strip()
        if k - q > 3 or gap not in ("”", '"', "’", "'") or not self.is_source_noun(toks[k].lower) or _is_cap(text, toks[k]):
            return []
        np = toks[q:k + 1]
        got = self.classify(np)
        return np if got is not None and got[0] in ("anonymous", "vague") else []

    def _head_token(self, np: list[Token]) -> Token:
        """The head noun of a phrase: its last word, or the source noun a
        modifier follows ("emails obtained by The Hill")."""
        if np[0].lower == "those" and len(np) > 1:
            return np[0]  # "those close to the investigation"
        for i in range(len(np) - 1):
            if (np[i + 1].lower in POSTMODIFIERS or np[i + 1].lower in RELATIVE_PRONOUNS) and self.is_source_noun(np[i].lower):
                return np[i]
        return np[-1]

    def _antecedent(self, sent: _Sentence, k: int) -> list[Token]:
        """The noun phrase a relative pronoun at token *k* stands for."""
        toks, text = sent.toks, self.text
        if k == 0 or sent.quoted[k - 1]:
            return []
        gap = _gap(text, toks[k - 1], toks[k])
        if toks[k].lower == "that" and not _clean_gap(gap):
            return []  # ", that ..." is not a relative clause
        if gap.strip() == ")," and toks[k].lower in ("which", "who"):
            # "the Anti-Defamation League (ADL), which writes:": the name before the parenthesis
            open_at = text.rfind("(", sent.start, toks[k - 1].start + 1)
            b = k - 1
            while b >= 0 and open_at >= 0 and toks[b].start > open_at:
                b -= 1
            if open_at < 0 or b < 0 or sent.quoted[b] or toks[k - 1].end - open_at > 40:
                return []
            np = self._collect_back(sent, b)
            return np if np and np[-1].lower not in PRONOUNS and self.classify(np) is not None else []
        if gap.strip() == "," and k >= 3 and toks[k - 1].lower.isdigit() and len(toks[k - 1].lower) <= 3 and _gap(text, toks[k - 2], toks[k - 1]).strip() == ",":
            a = k - 2  # "Christine Blasey Ford, 51, who claims": the name before the age
            while a > 0 and k - 2 - a < 3 and _is_cap(text, toks[a - 1]) and not sent.quoted[a - 1] and _clean_gap(_gap(text, toks[a - 1], toks[a])):
                a -= 1
            np = toks[a:k - 1] if _is_cap(text, toks[k - 2]) else []
            return np if np and self.classify(np) is not None else []
        if gap.strip() == ",":
            # "Keith Vaz, chairman of the committee, who had called for":
            # the name, not the appositive; "the NYDN, which claims": the
            # phrase right before.
            np = self._collect_back(sent, k - 1)
            if toks[k].lower == "who" and (not np or np[0].lower in DETERMINERS or np[0].lower.rstrip(".") in self.lex["titles"]
                                           or (np[-1].lower in ROLE_CLASS and not _is_cap(text, np[-1])) or self.classify(np) is None):
                # "by Bradley McVay, DOS' interim general counsel, who asked".
                np = self._name_before_appositive(sent, k - 1) or self._subject_across_commas(sent, k - 1) or np
            return np if np and np[-1].lower not in PRONOUNS and self.classify(np) is not None else []
        if not _clean_gap(gap):
            return []
        np = self._collect_back(sent, k - 1)
        if toks[k].lower == "who" and (not np or np[0].lower in ("a", "an")):
            # "Douglas Haig, an Arizona man who says ...": the name the appositive describes.
            return self._name_before_appositive(sent, k - 1) or np
        if not np or np[-1].lower in PRONOUNS:
            return []
        if toks[k].lower == "that" and not (self.is_source_noun(np[-1].lower) or (_is_cap(text, np[-1]) and not self.is_sentence_initial(np[-1]))):
            return []  # "Surely that tells us something": no antecedent
        return np if self.classify(np) is not None else []

    def _name_before_appositive(self, sent: _Sentence, k: int) -> list[Token]:
        """The person named just before the comma-delimited segment that
        ends at token *k* ("Bradley McVay, DOS' interim general counsel"),
        or []."""
        toks, text = sent.toks, self.text
        m = k
        while m > 0 and not sent.quoted[m - 1] and _segment_gap(_gap(text, toks[m - 1], toks[m])):
            m -= 1
        if m == 0 or _gap(text, toks[m - 1], toks[m]).strip() != ",":
            return []
        named = self._collect_back(sent, m - 1)
        got = self.classify(named) if named else None
        return named if got is not None and got[0] == "person" else []

    def _after_modifier(self, sent: _Sentence, np: list[Token]) -> bool:
        """*np* follows a preposition or participle: it is inside another
        phrase's modifier ("at the University of Pennsylvania")."""
        toks = sent.toks
        i = toks.index(np[0]) if np[0] in toks else -1
        # ("of the law firm of Reed & Cole": past the article and a lowercase modifier)
        m = i - 1
        if m >= 2 and toks[m].lower.isalpha() and not _is_cap(self.text, toks[m]) and toks[m].lower not in STOP and toks[m - 1].lower in ("the", "a", "an"):
            m -= 2
        elif m >= 1 and toks[m].lower in ("the", "a", "an"):
            m -= 1
        if m != i - 1 and m >= 0 and toks[m].lower in POSTMODIFIERS and not sent.quoted[m] and _clean_gap(_gap(self.text, toks[m], toks[m + 1])):
            return True
        if m >= 1 and toks[m].lower == "to" and toks[m - 1].lower in ("close", "closest", "near") and not sent.quoted[m - 1]:
            return True  # "sources close to the family said": the family is inside the modifier
        return i > 0 and toks[i - 1].lower in POSTMODIFIERS and _clean_gap(_gap(self.text, toks[i - 1], np[0]))

    def _postmodified_subject(self, sent: _Sentence, k: int) -> list[Token]:
        """A source noun with a modifier after it that ends at token *k*:
        "people familiar with the matter", "documents from four counties",
        "officials who spoke on condition of anonymity". The phrase is
        returned whole, so that it is named as written."""
        toks, text = sent.toks, self.text
        if toks[k].lower in CLAUSE_BREAK or toks[k].lower == "to":
            return []  # "... that detailed his abuse and said": a coordinated verb; "has come forward to say": an infinitive
        seen_aux = finite = False
        for h in range(k - 1, max(-1, k - 14), -1):
            if sent.quoted[h] or not _segment_gap(_gap(text, toks[h], toks[h + 1])):
                return []
            w = toks[h].lower
            nxt = toks[h + 1].lower
            if w in RELATIVE_PRONOUNS:
                finite = False  # "officials who received the letter": the verb is the relative clause's
            if w == "those" and _INSIDER_TAIL.match(" ".join(t.lower for t in toks[h + 1:h + 5])):
                return toks[h:k + 1]  # "those close to the investigation": unnamed insiders
            if w in PARTICIPLE_FOLLOWERS and h > 0 and toks[h - 1].lower.endswith("ed"):
                continue  # "a statement released after a cabinet meeting": still the participle's phrase
            if w in CLAUSE_BREAK or (w in self.lex["speech"] and w not in POSTMODIFIERS
                                     and not (h > 0 and toks[h - 1].lower in DETERMINERS and self.is_source_noun(w))):
                return []  # "Insiders say engineers fear": another clause ("a report by ..." is a noun)
            if w in AUXILIARIES:
                seen_aux = True  # only inside a relative clause: "the report that was released"
                continue
            if w in QUANTIFIER_HEADS and nxt in PLACE_QUANTIFIED and not seen_aux and (
                    h == 0 or toks[h - 1].lower in CLAUSE_OPENERS or not _segment_gap(_gap(text, toks[h - 1], toks[h]))):
                return toks[h:k + 1]  # "as many in Congress and elsewhere have urged": a quantifier with its place
            participle = nxt.endswith("ed") or nxt in ("sent", "written", "seen")
            timed = h + 2 <= k and toks[h + 2].lower in TIME_WORDS | {"last", "this", "earlier"} and w in self.lex["document"]
            if participle and (h + 2 > k or toks[h + 2].lower not in PREPOSITIONS | PARTICIPLE_FOLLOWERS) and not timed:
                # ("a poll released Wednesday found": a document's participle, then its time)
                if h + 2 <= k and toks[h + 2].lower in DETERMINERS and toks[h + 2].lower not in ("that", "which"):
                    finite = True  # "the family of X just received his remains": a verb and its object, unless a relative opens it
                continue  # "the committee released last week": a finite verb, not "a statement issued by"
            if nxt == "that" and (w in NOMINAL_CLAIMS or w in NOUN_HOMOGRAPHS):
                continue  # "The Mail reports that ...": a content clause, not a relative one
            if nxt in ("of", "from", "at") and h + 2 <= k and toks[h + 2].lower == "the" and _is_cap(text, toks[h]) and not self.is_common(w):
                head = self._collect_back(sent, h)  # "Smith of the Heritage Foundation said"
                got = self.classify(head + toks[h + 1:k + 1]) if head else None
                return head + toks[h + 1:k + 1] if got is not None and got[0] == "person" else []
            inside_pp = h >= 2 and toks[h - 1].lower in ("the", "a", "an") and toks[h - 2].lower in PLACE_PREPOSITIONS | PREPOSITIONS and not sent.quoted[h - 2]
            if not inside_pp and h >= 3 and not _is_cap(text, toks[h - 1]) and toks[h - 1].lower.isalpha() and not sent.quoted[h - 3]:
                # "Tom Reed of the law firm of Reed & Cole": a noun with its
                # modifier inside a prepositional phrase is not the subject.
                inside_pp = toks[h - 2].lower in ("the", "a", "an") and toks[h - 3].lower in PLACE_PREPOSITIONS | PREPOSITIONS
            if self.is_source_noun(w) and (not _is_cap(text, toks[h]) or h == 0 or w in POLITICAL_CAMPS or self._introduced(sent, h)) and not (inside_pp and nxt in POSTMODIFIERS) and (
                    nxt in RELATIVE_PRONOUNS or ((nxt in POSTMODIFIERS or timed and participle) and not seen_aux)):
                if finite:
                    return []
                if nxt in RELATIVE_PRONOUNS and h + 3 <= k and toks[h + 2].lower in CAUSATIVES and toks[h + 3].lower in DETERMINERS:
                    return []  # "voters who had their ballots rejected": the verb is a participle
                head = self._collect_back(sent, h)
                if head and head[-1] is toks[h] and head[-1].lower not in PRONOUNS:
                    return head + toks[h + 1:k + 1]
                return []
        return []

    def _conjuncts_before(self, sent: _Sentence, np: list[Token]) -> list[list[Token]]:
        """Noun phrases joined to *np* by 'and' or commas before it."""
        toks, text = sent.toks, self.text
        out: list[list[Token]] = []
        if not np or np[0] not in toks:
            return out
        i = toks.index(np[0])
        for _ in range(4):
            if i < 1 or sent.quoted[i - 1]:
                break
            conj = toks[i - 1]
            gap = _gap(text, conj, toks[i])
            if conj.lower == "and" and i >= 2 and _clean_gap(gap) and (_segment_gap(_gap(text, toks[i - 2], conj)) or self._serial_comma(sent, i - 2)):
                prev = self._collect_back(sent, i - 2)
                if not prev or self._after_modifier(sent, prev):
                    prev = self._postmodified_subject(sent, i - 2) or prev  # "members of both parties and ..."
                if not prev:
                    prev = self._generic_subject(sent, i - 1)  # "The zoo and the museum said": a subject no word list names
            elif _gap(text, toks[i - 1], toks[i]).strip() == "," and out:
                prev = self._collect_back(sent, i - 1)
            else:
                break
            if not prev or prev[-1].lower in PRONOUNS or (self.classify(prev) is None and self._generic_speaker(prev) is None):
                break
            out.append(prev)
            i = toks.index(prev[0])
        if out and self._after_modifier(sent, out[-1]):
            return []  # "A statement by Hillel McGill, Chabad and three other groups said": the list is inside a modifier
        return out

    def _serial_comma(self, sent: _Sentence, k: int) -> bool:
        """Token *k* ends the second-to-last item of a list written with a
        serial comma ("Reagan, Clinton, and Bush"): a comma follows it and
        another comma-separated noun phrase stands before it."""
        toks, text = sent.toks, self.text
        if _gap(text, toks[k], toks[k + 1]).strip() != ",":
            return False
        prev = self._collect_back(sent, k)
        if not prev or prev[0] not in toks:
            return False
        i = toks.index(prev[0])
        return i >= 1 and not sent.quoted[i - 1] and _gap(text, toks[i - 1], toks[i]).strip() == "," and bool(self._collect_back(sent, i - 1))

    def _coordinated_subject(self, sent: _Sentence, np: list[Token]) -> bool:
        """*np* is the last of subjects joined by "and" that open their
        clause ("Jones and Smith say", not "bigger than Farrakhan and the
        Jewish question"): together they take a plural verb."""
        conj = self._conjuncts_before(sent, np)
        if not conj:
            return False
        i = sent.toks.index(conj[-1][0])
        return i == 0 or not _segment_gap(_gap(self.text, sent.toks[i - 1], sent.toks[i])) or sent.toks[i - 1].lower in CLAUSE_OPENERS

    def _progressive(self, sent: _Sentence, j: int) -> bool:
        """The -ing verb at token *j* follows a form of "be", adverbs aside:
        "were asking", "are even warning", "is now saying"."""
        toks, k = sent.toks, j - 1
        while k >= 0 and k >= j - 3 and not sent.quoted[k] and (
                (toks[k].lower in BETWEEN and toks[k].lower not in AUXILIARIES) or (_is_adverb(toks[k].lower) and not _is_cap(self.text, toks[k]))):
            if toks[k].lower in ("not", "never"):
                return False  # "they are not asking for handouts": nothing was said
            k -= 1
        return k >= 0 and toks[k].lower in ("is", "are", "was", "were", "been") and not sent.quoted[k]

    def _companions(self, sent: _Sentence, np: list[Token], j: int) -> list[list[Token]]:
        """Speakers joined to the subject *np* of the verb at token *j* by
        "along with", "together with", "as well as", "joined by" or
        "including": "Sen. John Smith, along with Rep. Anna Lee, said";
        "Gun control advocates including the group Everytown lauded"."""
        toks, text = sent.toks, self.text
        if not np or np[0] not in toks:
            return []
        a, b = toks.index(np[0]), toks.index(np[-1])
        out: list[list[Token]] = []
        # After the subject, before the verb.
        for m in range(b + 1, j - 1):
            if sent.quoted[m]:
                break
            pair = (toks[m].lower, toks[m + 1].lower)
            if pair in COMITATIVES or (toks[m].lower == "including" and "," in _gap(text, toks[m - 1], toks[m])):
                # "Republicans on Capitol Hill, including House Intelligence
                # Committee Chairman Devin Nunes, are touting"
                extra = self.np_after(sent, m + (1 if toks[m].lower == "including" else 2), limit=7)
                after = toks.index(extra[-1]) + 1 if extra else len(toks)
                if after < j and "," in _gap(text, extra[-1], toks[after]) and not _is_cap(text, extra[-1]):
                    # "including the committee's ranking member, Rep. Adam Schiff,": the name
                    named = self.np_after(sent, after, limit=5)
                    got = self.classify(named) if named else None
                    if got is not None and got[0] == "person":
                        extra = named
                if extra and extra[-1].lower not in PRONOUNS and self.classify(extra) is not None:
                    out.append(extra)
                break
        # Before the subject: "X including Y said", "X along with Y said".
        m = a - 1
        if m >= 1 and toks[m].lower in ("the", "a", "an") and _clean_gap(_gap(text, toks[m], toks[m + 1])):
            m -= 1
        if m >= 1 and not sent.quoted[m] and _clean_gap(_gap(text, toks[m], toks[m + 1])):
            if toks[m].lower == "including":
                k = m - 1
            elif (toks[m - 1].lower, toks[m].lower) in COMITATIVES:
                k = m - 2
            else:
                return out
            if k >= 0 and not sent.quoted[k] and _segment_gap(_gap(text, toks[k], toks[k + 1])):
                head = self._collect_back(sent, k)
                if head and head[-1].lower not in PRONOUNS and self.classify(head) is not None:
                    out.append(head)
        return out

    def _before_relative_clause(self, sent: _Sentence, np: list[Token]) -> list[Token]:
        """'Legislators who backed the bill said': the subject is before 'who'."""
        if not np:
            return []
        toks = sent.toks
        start = toks.index(np[0]) if np[0] in toks else -1
        for w in range(start - 1, max(-1, start - 7), -1):
            if sent.quoted[w] or not _segment_gap(_gap(self.text, toks[w], toks[w + 1])):
                return []
            if toks[w].lower in ("who", "which"):
                if w == start - 1:
                    return []  # "priests which he called for": *np* is the relative clause's own subject
                subject = self._collect_back(sent, w - 1) if w > 0 and _clean_gap(_gap(self.text, toks[w - 1], toks[w])) else []
                return subject if subject and subject[-1].lower not in PRONOUNS else []
        return []

    def _subject_across_commas(self, sent: _Sentence, k: int) -> list[Token]:
        """'Keith Vaz, chairman of the committee, who had called for ..., said':
        walk back over comma-separated segments to the speaker's name. A
        descriptive segment ("CEO of B'nai Brith Canada", "a Democrat") gives
        way to a name next to it, and its role noun is remembered so that a
        later "the CEO" means that person."""
        toks, text, lex = sent.toks, self.text, self.lex
        fallback: list[Token] = []
        described: list[Token] = []  # a named segment that reads as a description
        roles: list[str] = []
        seg_end = k
        for _ in range(5):
            m = seg_end
            while m > 0 and not sent.quoted[m - 1] and (_segment_gap(_gap(text, toks[m - 1], toks[m])) or _initial_gap(text, toks[m - 1], toks[m])):
                m -= 1
            if any(sent.quoted[i] for i in range(m, seg_end + 1)):
                break
            seg = toks[m:seg_end + 1]
            roles += [t.lower for t in seg if t.lower in lex["titles"]]
            first = toks[m].lower
            if len(seg) == 1 and (_PARTY_TAG.match(text, seg[0].start, seg[0].end) or (seg[0].lower in lex["countries"] and m > 0 and _is_cap(text, toks[m - 1]))
                                  or (seg[0].lower.isdigit() and len(seg[0].lower) <= 3)):
                pass  # "Rep. Adam Schiff, D-Calif.,", "Walton County, Georgia,", an age "Ford, 51,": a tag, not the subject
            elif (m == 0 or self._introduced(sent, m)) and not fallback and self._generic_speaker(seg) is not None:
                fallback = seg  # "A firefighter, who asked not to be named, said": a subject no word list names
            elif first not in ("who", "which", "whose", "where", "however", "though", "too", "meanwhile", "including"):
                np = self._collect_back(sent, seg_end)
                whole = bool(np) and np[0].start <= toks[m].start
                named = bool(np) and _is_cap(text, np[-1]) and not (self.is_sentence_initial(np[-1]) and self.is_common(np[-1].lower))
                descriptive = bool(np) and (np[0].lower in DETERMINERS or not _is_cap(text, np[0])
                                            # ("Rep. Will Hurd, a Texas Republican, said": a title and a name opening the sentence is the person)
                                            or (np[0].lower.rstrip(".") in lex["titles"] and not (m == 0 and self._titled_person(np)))
                                            # "U.S. Embassy spokesperson in Beijing": a role, lowercase, describes the name before
                                            or any(t.lower in ROLE_CLASS and not _is_cap(text, t) for t in np[1:])
                                            # "Robert McManus, Roman Catholic Bishop of Worcester, said": a title as the head is a role
                                            or (any(t.lower.rstrip(".") in lex["titles"] and (i + 1 == len(np) or np[i + 1].lower in TITLE_LINKS)
                                                    for i, t in enumerate(np[1:], 1)) and not any(t.lower in lex["given_names"] for t in np)))
                clause_start = m == 0 or any(ch in _gap(text, toks[m - 1], toks[m]) for ch in ";:") or self._introduced(sent, m)
                # "... attorney general Alberto Gonzales, however, told": a
                # name right after a title word is the speaker.
                at = toks.index(np[0]) if np else -1
                after_title = at > m and toks[at - 1].lower.rstrip(".") in lex["titles"]
                if not whole and not fallback and clause_start and seg_end > m:
                    # "Critics of the plan, including several senators, say":
                    # a source noun with its modifier opens the clause.
                    post = self._postmodified_subject(sent, seg_end) if not first.endswith("ing") else []  # not "Ignoring eleven pages of detail, ..."
                    if post and post[0] is toks[m]:
                        fallback = post
                if np and not whole and clause_start:
                    # "Bishop Ronald Gainer of the diocese of Harrisburg,
                    # Pennsylvania, ordered": the person the segment opens
                    # with, not the place or body of its modifier.
                    head = self._name_before_modifier(sent, m, toks.index(np[0]))
                    if head:
                        return head
                if np and named and (whole or clause_start or after_title):
                    if not descriptive:
                        self._remember_roles(np, roles)
                        if fallback and fallback[-1].lower in lex["organisation"] and len(np) <= 3:
                            self.org_names.add(self._np_text(np).lower())  # "Americo, the life insurance company, said"
                        return np
                    if not described:
                        described = np
                elif np and whole and not fallback and np[-1].lower not in PRONOUNS:
                    fallback = np
            if m == 0:
                break
            if _gap(text, toks[m - 1], toks[m]).strip() not in (",", ".,") or sent.quoted[m - 1]:
                break
            seg_end = m - 1
        return described or fallback

    def _titled_person(self, np: list[Token]) -> bool:
        """*np* is a title and a person's name ("Rep. Will Hurd")."""
        if len(np) < 2 or not all(_is_cap(self.text, t) for t in np):
            return False  # ("CEO of B'nai Brith Canada" describes)
        got = self.classify(np)
        return got is not None and got[0] == "person"

    def _name_before_modifier(self, sent: _Sentence, m: int, stop: int) -> list[Token]:
        """A person's name opening the segment at token *m* (after an opening
        adverbial) and followed by "of"/"from"/"at" before token *stop*:
        "Bishop Tom Reed of the diocese", not "the diocese"."""
        toks, text = sent.toks, self.text
        a = m
        if a > 0 and not self._introduced(sent, a):
            return []
        p = a
        while p < stop and _is_cap(text, toks[p]) and _clean_gap(_gap(text, toks[p], toks[p + 1])) or (p < stop and _initial_gap(text, toks[p], toks[p + 1])):
            p += 1
        if p - a < 2 or p >= stop or toks[p].lower not in ("of", "from", "at"):
            return []
        np = self._collect_back(sent, p - 1)
        got = self.classify(np) if np else None
        return np if got is not None and got[0] == "person" else []

    def _introduced(self, sent: _Sentence, m: int) -> bool:
        """Tokens before *m* are only an opening adverbial set off by a comma
        ("Distressingly,", "On Sunday,", "In a statement,"): the clause, and
        so its subject, starts at *m*."""
        toks, text = sent.toks, self.text
        if m < 1 or m > 6 or _gap(text, toks[m - 1], toks[m]).strip() != "," or any(sent.quoted[:m]):
            return False
        if not all(_segment_gap(_gap(text, toks[i - 1], toks[i])) for i in range(1, m)):
            return False
        first = toks[0].lower
        if m == 1:
            return _sentence_adverb(first) or first in INTRODUCERS
        return first in INTRO_PREPOSITIONS and not any(t.lower in self.lex["speech"] for t in toks[1:m])

    def _remember_roles(self, np: list[Token], roles: list[str]) -> None:
        got = self.classify(np)
        if got and got[0] == "person":
            for r in roles:
                self.roles[r] = (got[1], got[2])

    def _collect_back(self, sent: _Sentence, k: int) -> list[Token]:
        toks, text, lex = sent.toks, self.text, self.lex
        if k < 0 or sent.quoted[k]:
            return []
        # Skip a time phrase between subject and verb ("the chief on Wednesday said",
        # "officials at the time assured").
        if k >= 3 and toks[k].lower == "time" and toks[k - 1].lower == "the" and toks[k - 2].lower == "at" and not sent.quoted[k - 3] and _clean_gap(
                _gap(text, toks[k - 3], toks[k - 2])):
            k -= 3
        while k >= 1 and toks[k].lower in TIME_WORDS and _clean_gap(_gap(text, toks[k - 1], toks[k])):
            k -= 1
            if toks[k].lower in ("on", "last", "this", "late", "early", "earlier"):
                k -= 1
                break
        if k < 0 or sent.quoted[k]:
            return []
        head = toks[k]
        hl = head.lower
        hbase = hl[:-2] if hl.endswith(("'s", "’s")) else hl
        is_cap = _is_cap(text, head)
        if not (is_cap or hl in PRONOUNS or self.is_source_noun(hbase) or hbase in lex["titles"] or hbase == "media"
                or (hbase in ("television", "tv", "radio") and k > 0 and toks[k - 1].lower == "state")  # "state television reported"
                or (hbase in OUTLET_NOUNS and k > 0 and _is_cap(text, toks[k - 1]) and _clean_gap(_gap(text, toks[k - 1], head)))):
            return []  # ("the New Yorker magazine": an outlet named before its kind)
        if hl in PRONOUNS:
            return [head]
        out = [head]
        m = k - 1
        lowercase_mods = 0
        while m >= 0 and len(out) < 8:
            t = toks[m]
            if sent.quoted[m] or not (_clean_gap(_gap(text, t, toks[m + 1])) or (_initial_gap(text, t, toks[m + 1]) and is_cap) or _dotted_gap(text, t, toks[m + 1])
                                      # "Brenda Snipes’ office": a capitalised plural possessive owns the head
                                      or (m == k - 1 and t.lower.endswith("s") and text[t.end:head.start] in ("’ ", "' ") and _is_cap(text, t)
                                          and (hbase in lex["organisation"] or hbase in lex["document"]))):
                break
            tl = t.lower
            if tl == "the" and is_cap and m >= 2 and toks[m - 1].lower in TITLE_LINKS and self._title_link(sent, m - 1):
                # "Ambassador to the UN Nikki Haley", "Secretary of the Treasury
                # Steven Mnuchin": a title's complement is part of the name.
                out[:0] = toks[m - 1:m + 1]
                m -= 2
                continue
            if tl in DETERMINERS:
                out.insert(0, t)
                if m > 0 and toks[m - 1].lower in NUMBER_WORDS and _clean_gap(_gap(text, toks[m - 1], t)):
                    out.insert(0, toks[m - 1])  # "Two other women"
                break
            if tl in NUMBER_WORDS or (tl.isdigit() and (len(tl) <= 3 or (len(tl) == 4 and tl[:2] in ("19", "20") and not is_cap))) or (tl == "other" and not is_cap):
                out.insert(0, t)  # "About 30 Senate Democrats", "Two other women": a counted set
                m -= 1
                continue
            if _is_cap(text, t):
                if (tl in STOP and m == 0 or tl in MONTHS and m > 0 and toks[m - 1].lower in MONTH_LEADERS) and not self.in_name(sent, m):
                    break  # ("Last April Congress said": a date before the name)
                out.insert(0, t)
            elif tl in NP_INNER and m > 0 and toks[m - 1].lower not in TIME_WORDS and (_is_cap(text, toks[m - 1]) or self.is_source_noun(toks[m - 1].lower)):
                out.insert(0, t)
            elif tl in TITLE_LINKS and is_cap and self._title_link(sent, m):
                out.insert(0, t)  # "Ambassador to Russia Jon Huntsman"
            elif tl == "and" and is_cap and self._and_in_name(sent, m):
                out.insert(0, t)  # "Customs and Border Protection": one body's name
            elif tl in STOP or tl in BETWEEN or tl in PRONOUNS:
                break
            elif not is_cap and tl.endswith("ly") and _is_adverb(tl) and out[0].lower.endswith("ed") and not _is_cap(text, out[0]) and (
                    m == 0 or toks[m - 1].lower in DETERMINERS or toks[m - 1].lower in CLAUSE_OPENERS):
                out.insert(0, t)  # "newly released records": the adverb of a participle that opens the phrase
            elif not is_cap and lowercase_mods < 3 and (tl.replace("-", "").isalpha() or tl[:-2].isalpha() and tl.endswith(("'s", "’s"))) and not (
                    m > 0 and (toks[m - 1].lower in PRONOUNS or toks[m - 1].lower in RELATIVE_PRONOUNS)) and not (  # "who claims he served ..."
                    tl.endswith("ed") and m > 0 and _clean_gap(_gap(text, toks[m - 1], t)) and toks[m - 1].lower.isalpha() and not _is_cap(text, toks[m - 1])
                    and toks[m - 1].lower not in DETERMINERS and toks[m - 1].lower not in NUMBER_WORDS and not _is_adverb(toks[m - 1].lower)):
                # ("the plan angered farmers": after a noun, "angered" is the verb, not a modifier)
                out.insert(0, t)
                lowercase_mods += 1
            elif is_cap and (tl in lex["titles"] or tl in lex["media_heads"] or tl in ("publication", "website", "blog")):
                out.insert(0, t)  # "Press Secretary Sarah Sanders", "the Pakistani publication Dawn"
            elif is_cap and tl in lex["organisation"] and tl not in ("house", "office", "court") and all(_is_cap(text, x) or x.lower in NP_INNER for x in out):
                out.insert(0, t)  # "advocacy group J Street": the word for the body, then its name
                break
            else:
                break
            m -= 1
        # A sentence-initial capital on a function word is not a name (but
        # "WHO", "IT" in capitals are acronyms).
        while out and out[0].lower in STOP and not _is_acronym(text, out[0]) and not (out[0] in toks and self.in_name(sent, toks.index(out[0]))):
            out = out[1:]
        while len(out) > 1 and self.is_sentence_initial(out[0]) and (out[0].lower in BETWEEN or out[0].lower in INTRODUCERS or out[0].lower in INVERTED_TAGS) and not (
                out[0] in toks and self.in_name(sent, toks.index(out[0]))):
            out = out[1:]  # "Yet Fisher maintains", "Quoth Fisher:": a capital only for the sentence start
        if out and is_cap and out[0].lower not in DETERMINERS:
            # "a US government employee in the southern city of Guangzhou
            # reported": a place after a preposition is not the speaker; the
            # source noun before it is.
            first = toks.index(out[0]) if out[0] in toks else -1
            if first > 0 and toks[first - 1].lower in PLACE_PREPOSITIONS and _clean_gap(_gap(text, toks[first - 1], out[0])):
                for h in range(first - 2, max(-1, first - 10), -1):
                    if sent.quoted[h] or not _segment_gap(_gap(text, toks[h], toks[h + 1])):
                        break
                    if toks[h].lower in STOP and toks[h].lower not in PLACE_PREPOSITIONS:
                        break
                    if self.is_source_noun(toks[h].lower) and (not _is_cap(text, toks[h]) or toks[h].lower in POLITICAL_CAMPS):
                        return self._collect_back(sent, h)
                return []
        return out

    def _and_in_name(self, sent: _Sentence, m: int) -> bool:
        """The "and" at token *m* is inside one organisation's name, not
        between two sources: "Customs and Border Protection", "the Department
        of Health and Human Services", "Minister of Foreign Affairs and Trade"
        (but "Trump and Congress", "Smith and Jones")."""
        toks, text = sent.toks, self.text
        if not (1 <= m < len(toks) - 1) or toks[m].lower != "and" or sent.quoted[m - 1] or sent.quoted[m + 1]:
            return False
        if not (_is_cap(text, toks[m - 1]) and _is_cap(text, toks[m + 1]) and _clean_gap(_gap(text, toks[m - 1], toks[m]))
                and _clean_gap(_gap(text, toks[m], toks[m + 1]))):
            return False
        right = []
        j = m + 1
        while j < len(toks) and len(right) < 4 and not sent.quoted[j] and _is_cap(text, toks[j]) and (j == m + 1 or _clean_gap(_gap(text, toks[j - 1], toks[j]))):
            right.append(toks[j])
            j += 1
        if len(right) >= 2 and right[-1].lower in ORG_NAME_ENDS and not any(t.lower in self.lex["titles"] for t in right):
            return True  # "Customs and Border Protection", "Health and Human Services"
        j = m - 1
        while j >= 1 and m - j <= 4 and _is_cap(text, toks[j]) and _clean_gap(_gap(text, toks[j - 1], toks[j])):
            j -= 1
        # "Department of Health and ...", "Minister of Foreign Affairs and Trade": a body's or a title's complement
        return j >= 1 and toks[j].lower in ("of", "for") and _is_cap(text, toks[j - 1]) and (
            toks[j - 1].lower in self.lex["organisation"] or toks[j - 1].lower.rstrip(".") in self.lex["titles"] or toks[j - 1].lower in ("centers", "centres", "ministry"))

    def _title_link(self, sent: _Sentence, m: int) -> bool:
        """Token *m* ("to", "of", "for") links a capitalised title before it
        to its complement: "Ambassador to", "Secretary of"."""
        toks = sent.toks
        if m < 1 or sent.quoted[m - 1] or not _clean_gap(_gap(self.text, toks[m - 1], toks[m])):
            return False
        title = toks[m - 1]
        return _is_cap(self.text, title) and title.lower.rstrip(".") in self.lex["titles"]

    def np_after(self, sent: _Sentence, j: int, limit: int = 10) -> list[Token]:
        """The noun phrase starting at token *j* ("according to X", "said X")."""
        toks, text = sent.toks, self.text
        out: list[Token] = []
        m = j
        while m < len(toks) and len(out) < limit:
            t = toks[m]
            if sent.quoted[m]:
                break
            if out and not _clean_gap(_gap(text, toks[m - 1], t)) and not (
                    _gap(text, toks[m - 1], t) == ". " and (toks[m - 1].lower in ABBREVIATIONS or len(toks[m - 1].lower) == 1)) and not (
                    _abbrev_gap(text, toks[m - 1], t)) and not (
                    _plural_possessive(text, toks[m - 1], t)):
                break
            if t.lower in ("that", "which", "who", "when", "as", "and", "but", "because", "in", "on", "at", "to", "with", "after", "while") and out and not (
                    _is_cap(text, t) and _is_cap(text, out[-1]) and m + 1 < len(toks) and _is_cap(text, toks[m + 1])) and not self._and_in_name(sent, m):
                break  # (but "Elhadj As Sy": a capital inside a name)
            out.append(t)
            m += 1
        # Trim trailing lowercase words that are not source heads ("Smith yesterday").
        lex = self.lex
        while out and not _is_cap(text, out[-1]):
            w = out[-1].lower
            if w in lex["anonymous"] or w in lex["vague"] or w in lex["document"] or w in lex["organisation"] or w in lex["titles"] or w in ("media", "police", "authorities") or w in lex["media"]:
                break
            out.pop()
        return out

    # ------------------------------------------------------------ cues

    def resolve(self, np: list[Token], sentence: int) -> tuple[str, str]:
        """Register the source of *np*; returns (source key, speaker text)."""
        if not np:
            return "", ""
        text = self._np_text(np)
        if len(np) == 1 and np[0].lower in PRONOUNS:
            p = np[0].lower
            if p in ("he", "she"):
                # The latest single human speaker ("a government spokesman",
                # "Tedros") within a few sentences; else a person named as an
                # actor just before ("Mayor Ann Cole spoke. She said ...").
                # "she" is never a man the article names as one, nor "he" a woman.
                want = PRONOUN_GENDER[p]
                run = self._latest_name_before(np[0].start, want)
                if run is not None and run[0].sentence == sentence:
                    # "Judge Elissa Cadish later ordered ..., but she
                    # acknowledged": a person named earlier in the sentence.
                    got = self.classify(run)
                    if got is not None and got[0] == "person" and self._gender_fits(got[2], want):
                        return self.add_source(got[0], got[1], got[2], sentence, run[0].start), text
                opener = self._subject_from_start(self.sents[sentence])
                if opener and opener[-1].end < np[0].start and opener[0].lower not in PRONOUNS:
                    # "Patel agreed to bring it by, but two days later he told
                    # ...": the subject of the sentence's first clause, a
                    # person the article has already cited.
                    got = self.classify(opener)
                    if got is not None and got[0] == "person" and got[2] in self.sources and self._gender_fits(got[2], want):
                        return self.add_source(got[0], got[1], got[2], sentence, opener[0].start), text
                recent = next((c for c in reversed(self.cues) if c.source and sentence - c.sentence <= 6 and self._is_single_human(c.source)
                               and self._gender_fits(c.source, want)), None)
                if recent is not None and recent.sentence < sentence - 1:
                    # "Laura Loomer, a far-right activist, also seized on it.
                    # She wrote ...": the previous sentence's subject, a
                    # person of that gender, comes before an older speaker.
                    before = self._previous_subject(sentence, want)
                    if before is not None:
                        return self.add_source(before[0], before[1], before[2], sentence, np[0].start), text
                if recent is not None:
                    src = self.sources[recent.source]
                    src.sentences.add(sentence)
                    return src.key, text
                if run is not None:
                    got = self.classify(run)
                    if got is not None and got[0] == "person" and self._gender_fits(got[2], want):
                        kind, name, key = got
                        return self.add_source(kind, name, key, sentence, run[0].start), text
                latest = self.latest_person if self._gender_fits(self.latest_person, want) else next(
                    (c.source for c in reversed(self.cues) if c.source and self._is_single_human(c.source) and self._gender_fits(c.source, want)), "")
                if latest:
                    src = self.sources[latest]
                    src.sentences.add(sentence)
                    return src.key, text
                return "", text
            if p in ("they", "it") and self.latest_group:
                src = self.sources[self.latest_group]
                src.sentences.add(sentence)
                return src.key, text
            return "", text
        if np[0].lower == "no" or self.text[max(0, np[0].start - 3):np[0].start].lower() in ("no ", " no"):
            return "", text  # "no Canadian envoy reported ...": no one did
        if len(np) == 2 and np[0].lower in ("the", "this") and np[1].lower in DEFINITE_HUMANS:
            # "the nominee said", "this woman told ...": someone the article
            # has just cited, as with "he" or "she".
            want = DEFINITE_HUMANS[np[1].lower]
            recent = next((c.source for c in reversed(self.cues) if c.source and sentence - c.sentence <= 4 and self._is_single_human(c.source)
                           and (not want or self._gender_fits(c.source, want))), "")
            if recent:
                self.sources[recent].sentences.add(sentence)
                return recent, text
        got = self.classify(np)
        if got is None or (got[0] == "organisation" and len(np) >= 4 and not any(
                self.is_source_noun(t.lower) or t.lower in SPOKES or t.lower in self.lex["titles"] for t in np[1:3])):
            # "The owner of the shop": a role noun before its modifier heads the phrase.
            got = self._generic_speaker(np) if got is None else next((g for g in [self._generic_speaker(np)] if g and g[0] == "anonymous"), got)
            if got is not None and got[0] == "organisation" and len(np) == 2 and np[0].lower == "the":
                # "The Valemouth Museum of Maritime History reopened ..., the
                # museum said": the body named before by that word.
                named = self._named_with(np[1].lower, np[0].start, sentence)
                if named:
                    got = ("organisation", named, "organisation:" + named.lower())
        if len(np) > 2 and np[0].lower in QUANTIFIER_HEADS and np[1].lower in PLACE_QUANTIFIED:
            # "many in Congress", "some in the party": an open-ended group (vague)
            got = ("vague", text, "vague:" + text.lower())
        if got is None:
            return "", text
        kind, name, key = got
        definite = np[0].lower in ("the", "this", "that", "these", "those")
        if definite and kind == "organisation" and np[-1].lower in self.roles and len(np) <= 3:
            pname, pkey = self.roles[np[-1].lower]
            return self.add_source("person", pname, pkey, sentence, np[0].start), text
        key = self.add_source(kind, name, key, sentence, np[0].start, definite)
        role = ROLE_CLASS.get(np[-1].lower)
        owner = next((t for t in np[:-1] if t.lower.endswith(("'s", "’s"))), None)
        headline_title = len(np) == 1 and self.sents[sentence].headline  # headlines drop articles: "Pope admits"
        if role and kind in ("anonymous", "organisation") and (np[0].lower in ("the", "his", "her", "its", "their") or owner is not None or headline_title):
            # "the lawyer"; "Awan's lawyer" only means a lawyer named near "Awan".
            possessor = owner.lower[:-2] if owner is not None and _is_cap(self.text, owner) else ""
            self.bare_roles.setdefault(key, (role, np[0].start, possessor))
        return key, text

    def find_cues(self, sent: _Sentence) -> None:
        toks, text, lex = sent.toks, self.text, self.lex
        n = len(toks)
        sent_text = text[sent.start:sent.end]
        consumed = -1
        for j in self.candidates[sent.index]:
            t = toks[j]
            if sent.quoted[j] or t.start < consumed:
                continue
            tl = t.lower
            copula = -1
            if tl in CREDIT_WORDS:
                self._credited_via(sent, j)  # "(via the Courier)", "(Source: Pew Research Center)"
                continue
            if tl == "clear":
                self._made_clear(sent, j)  # "Smith made it clear that ..."
                continue
            if tl in STRIKE_FORMS:
                self._struck_as(sent, j)  # "the rules struck some as an encroachment"
                continue
            if tl in ("read", "reads"):
                self._read_tag(sent, j)  # '"...," read a report in the Courier.'
                continue
            # "according to X"
            if tl == "according" and j + 1 < n and toks[j + 1].lower == "to":
                if j + 2 < n and toks[j + 2].lower in ("which", "whom", "whose"):
                    continue  # "a deal according to which Benedict would receive ...": the deal, not a source
                np = self._documented_outlet(sent, j + 2) or self.np_after(sent, j + 2) or self._modified_head_after(sent, j + 2)
                np = np or self._generic_after(sent, j + 2)  # "according to a firefighter"
                key, spk = self.resolve(np, sent.index)
                if not key:
                    # "according to links and information shared by Tom Reed":
                    # no source noun, but the one who gave it.
                    np = self._agent_after(sent, j + 2)
                    key, spk = self.resolve(np, sent.index) if np else ("", "")
                self._add_cue(sent, t.start, toks[j + 1].end, "according to", "according_to", key, spk, np)
                # "according to court documents and prosecutors": each is a source.
                while np:
                    consumed = np[-1].end
                    nxt_i = toks.index(np[-1]) + 1
                    if nxt_i + 1 < n and toks[nxt_i].lower == "and" and not sent.quoted[nxt_i]:
                        np = self.np_after(sent, nxt_i + 1)
                        if np and not self.classify(np):
                            np = self._agent_after(sent, nxt_i + 1)  # "... and a timeline assessment by blogger Ann Cole"
                        if np:
                            k2, s2 = self.resolve(np, sent.index)
                            if k2:
                                self._add_cue(sent, t.start, toks[j + 1].end, "according to", "according_to", k2, s2, np)
                    else:
                        break
                continue
            if tl == "per":
                # "Per the Daily Caller, ...", "..., per a report from the GAO.":
                # "according to" in short; "$4 per gallon" has no source.
                if j + 1 < n and (j == 0 or "," in _gap(text, toks[j - 1], t)) and not sent.quoted[j + 1]:
                    np = self._documented_outlet(sent, j + 1) or self.np_after(sent, j + 1)
                    got = self.classify(np) if np and np[-1].lower not in PRONOUNS else None
                    if got is not None and got[0] in ("media", "organisation", "document", "person"):
                        key, spk = self.resolve(np, sent.index)
                        if key:
                            self._add_cue(sent, t.start, t.end, "per", "according_to", key, spk, np)
                continue
            if tl in CITING_OPENERS and (j == 0 or (j == 1 and toks[0].lower == "to")) and j + 1 < n:
                cited = self.np_after(sent, j + 1, limit=8)
                if cited and cited[-1].lower not in PRONOUNS:
                    key, spk = self.resolve(cited, sent.index)
                    if key:
                        self._add_cue(sent, t.start, t.end, text[t.start:t.end], "verb", key, spk, cited)
                continue
            if tl in STATEMENT_RELEASE and _STATEMENT_OBJECT.match(text, toks[j + 1].start if j + 1 < n else t.end):
                pass  # "released a statement saying ...": the release is the speech act
            elif tl in SIGNING:
                if not _SIGNED_CONTENT.match(text, t.end, sent.end):
                    continue  # "signed the bill", "filed a lawsuit": acts; "signed an affidavit affirming that ..." says
            elif tl in lex["stance"] and (tl not in lex["speech"] or tl in STANCE_IN_SPEECH):
                # "activists hope that ...", "authorities considered Haig a
                # suspect": a stance counts when its content follows.
                rest = text[t.end:min(sent.end, t.end + 60)].lower()
                if not ((re.match(r"\s+(?:that|this|it|there|the|a|an|he|she|they|we|his|her|their|its|these|those|such)\b", rest)
                         # ("could not see the factories shutting down": seeing, unless "see that" or "see X as")
                         and not (tl in ("see", "sees") and not re.match(r"\s+that\b", rest) and not re.search(r"\bas\b", text[t.end:min(sent.end, t.end + 120)])))
                        or re.match(r"\s+(?:[A-Z][\w.'’-]+\s+){1,3}(?:may|might|will|would|could|should|can|is|was|has|had|did)\b", text[t.end:min(sent.end, t.end + 60)])
                        # "insiders believe charges are imminent": a bare plural subject and its verb
                        or re.match(r"\s+[a-z]+s\s+(?:are|were|will|would|could|should|must|can|may|might|have|had)\b", rest)
                        or (tl.startswith(("consider", "regard", "view", "see")) and re.search(r"\b(?:as|a|an)\b", rest[:40]))
                        # "economists expect inflation to rise": an object and its infinitive are the content
                        or (tl.startswith(("expect", "believ", "consider", "suspect")) and (inf := _OBJECT_INFINITIVE.match(rest)) is not None
                            and (not tl.startswith("consider") or inf.group(1) == "be"))  # "consider the law to be ..."
                        or (j >= 2 and toks[j - 2].lower in ("that", "which") and toks[j - 1].lower in QUANTIFIER_HEADS and j + 1 < n
                            and toks[j + 1].lower.isalpha() and (toks[j + 1].lower not in STOP or toks[j + 1].lower in AUXILIARIES or toks[j + 1].lower == "to") and toks[j + 1].lower not in DETERMINERS)):
                    continue  # ("videos that many believe show helicopters": the relative clause is the content)
            elif tl in STANCE_ADJECTIVES:
                # "Swedes are worried that ...", "officials remain convinced
                # that ...": a belief given to the subject (ANNOTATION.md 8.6).
                c = j - 1
                while c > 0 and (_is_adverb(toks[c].lower) or toks[c].lower in ("also", "still", "now", "very", "so", "more", "less", "not", "even")) and not sent.quoted[c]:
                    c -= 1  # "Scientists are greatly concerned that ..."
                if not (c >= 0 and c < j and toks[c].lower in COPULAS and j + 1 < n and (
                        toks[j + 1].lower == "that" or (toks[j + 1].lower in ("about", "over") and tl in STANCE_ABOUT))):
                    continue  # "parents are concerned about violence": a stance with its object (ANNOTATION.md 8.6)
                copula = c
            elif tl in DIRECTIVES:
                if not self._that_after_object(sent, j):
                    continue  # "ordered the release", "directed the film": acts; "ordered that ..." gives content
            elif tl in PASSIVE_ONLY:
                if j + 1 < n and toks[j + 1].lower == "by":
                    self._passive_agent(sent, j)  # "exposed by the Boston Globe"; "exposed his genitals" is no speech
                continue
            elif tl in TAG_ONLY_VERBS:
                tag_at = j - 1 if j >= 2 and toks[j - 1].lower in PRONOUNS else j
                if not (sent.quoted[tag_at - 1] and not _clean_gap(_gap(text, toks[tag_at - 1], toks[tag_at])) and (j + 1 >= n or tag_at < j or _is_cap(text, toks[j + 1]))):
                    continue  # "the violence continued": no speech without a quote before
            elif tl not in lex["speech"] and tl not in lex["document_verbs"]:
                continue
            if tl.startswith(RAISED_VOICE) and not self._gives_content(sent, j + (j + 1 < n and toks[j + 1].lower == "out")):
                continue  # "yelled at him", "shouted slogans": no words given; "screamed that ...", 'yelled out "..."' give them
            if _is_cap(text, t) and (j > 0 or tl not in ("said", "says", "asked", "added", "wrote", "according")) and not (sent.headline and self.title_case_headline):
                continue
            prev = toks[j - 1].lower if j > 0 else ""
            # '"...," recalled X', '"...?" asked X' (a quoted title, '"Hello" asked listeners', ends in no mark)
            after_quote = j > 0 and sent.quoted[j - 1] and any(ch in _gap(text, toks[j - 1], t) for ch in ",?!—–")
            if tl == "blame" and j > 0:
                setter = j - 1 if prev in BLAME_SETTERS else j - 2 if j > 1 and prev == "the" and toks[j - 2].lower in BLAME_SETTERS else -1
                if setter >= 0 and not sent.quoted[setter]:
                    # "critics pinned blame for his death on ...": the subject of
                    # "pinned" blames, an evaluative speech act.
                    np = self.np_before(sent, setter)
                    for each in ([np] + self._conjuncts_before(sent, np)) if np else []:
                        key, spk = self.resolve(each, sent.index)
                        if key:
                            self._add_cue(sent, toks[setter].start, t.end, text[toks[setter].start:t.end], "verb", key, spk, each)
                    continue
            if (prev in NOUN_CONTEXT or prev.endswith(("'s", "’s"))) and tl not in ("said", "told") and _clean_gap(_gap(text, toks[j - 1], t)) and not (
                    prev == "that" and self._antecedent(sent, j - 1)) and not (prev in FLOATING_QUANTIFIERS and tl.endswith("ed")):
                continue  # "a report", "Kim's claims"; but "memos that recount"
            nxt = toks[j + 1].lower if j + 1 < n else ""
            nxt2 = toks[j + 2].lower if j + 2 < n else ""
            if tl in ("reported", "contributed", "reporting") and nxt in ("from", "to"):
                continue  # "Garcia Cano reported from Las Vegas": a credit line
            if nxt == "with" and nxt2 == "permission":
                continue
            if tl == "counter" and (nxt == "to" or prev in COPULAS or prev in ("runs", "run", "ran")):
                continue  # "runs counter to", "is counter to": an adverb, not "critics counter that"
            if tl.startswith(("admit", "welcom")) and (any(w.lower == "into" for w in toks[j + 1:j + 8]) or nxt in NUMBER_WORDS or nxt.isdigit()):
                continue  # "admitted him into Britain", "admitted two preachers into the country" is not speech
            if tl in ("accused", "alleged", "suspected") and nxt == "of" and j > 0 and toks[j - 1].lower not in AUXILIARIES and toks[j - 1].lower not in PRONOUNS and _clean_gap(_gap(text, toks[j - 1], t)):
                # "a bishop accused of ignoring abuse": a passive with no agent.
                key = self.add_source("vague", text[t.start:t.end], "vague:" + tl, sent.index, t.start)
                self._add_cue(sent, t.start, t.end, text[t.start:t.end], "agentless", key, text[t.start:t.end], [])
                continue
            if tl == "citing" and j > 0 and "," in _gap(text, toks[j - 1], t):
                # "..., it said, citing a notification to the ministry": what
                # is cited is a source of the sentence too.
                cited = self.np_after(sent, j + 1, limit=8)
                got = self.classify(cited) if cited and cited[-1].lower not in PRONOUNS else None
                if got is not None:
                    key, spk = self.resolve(cited, sent.index)
                    if key:
                        self._add_cue(sent, t.start, t.end, text[t.start:t.end], "verb", key, spk, cited)
                continue
            # ", saying ..." continues the main clause's speaker; so does
            # "... while shouting, 'Allahu Akbar'" when the words follow.
            if tl.endswith("ing") and (tl in COMMA_PARTICIPLES or tl.startswith(RAISED_VOICE) or tl == "chanting") and j > 0 and not sent.quoted[j - 1] and (
                    toks[j - 1].lower in ("while", "before", "after", "when", "by") and _QUOTE_NEXT.match(text, t.end)):
                owner = next((c for c in reversed(self.cues) if c.sentence == sent.index and c.source), None)
                if owner is not None:
                    self._add_cue(sent, t.start, t.end, text[t.start:t.end], "participle", owner.source, owner.speaker, [])
                else:
                    np = self._subject_from_start(sent)
                    key, spk = self.resolve(np, sent.index)
                    if key:
                        self._add_cue(sent, t.start, t.end, text[t.start:t.end], "participle", key, spk, np)
                continue
            if tl in COMMA_PARTICIPLES and j > 0 and ("," in _gap(text, toks[j - 1], t) or (toks[j - 1].lower in ("and", "but") and not sent.quoted[j - 1])):
                # ", saying ...", "... but saying ...": the main clause's speaker.
                owner = next((c for c in reversed(self.cues) if c.sentence == sent.index and c.source), None)
                if owner is not None:
                    self._add_cue(sent, t.start, t.end, text[t.start:t.end], "participle", owner.source, owner.speaker, [])
                    self.sources[owner.source].sentences.add(sent.index)
                else:
                    np = self._perceived_speaker(sent, j) or self._subject_from_start(sent)
                    key, spk = self.resolve(np, sent.index)
                    if key:
                        self._add_cue(sent, t.start, t.end, text[t.start:t.end], "participle", key, spk, np)
                continue
            if tl.endswith("ing") and tl not in ("saying",) and not self._progressive(sent, j):
                if tl in lex["speech"]:
                    if not self._caught_saying(sent, j):  # "staffers are caught on camera revealing ..."
                        self._reduced_relative(sent, j)  # "protesters accusing the bishop of ..."
                continue  # a gerund; "officials were asking", "doctors are even warning" (progressive) is speech
            if tl == "saying" and j > 0 and toks[j - 1].lower in CAUGHT_FORMS | RECORDING_MEDIA and self._caught_saying(sent, j):
                continue  # "an aide was recorded saying ..."
            if prev in ("by", "of", "for", "about", "without", "after", "before", "while") and tl.endswith("ing"):
                continue  # "won the presidency by saying goodbye": a gerund
            if tl.startswith("add") and j > 1 and (toks[j - 2].lower in NUMBER_WORDS or toks[j - 2].lower.isdigit() or toks[j - 3 if j > 2 else 0].lower in NUMBER_WORDS) and not (
                    j + 1 < n and (sent.quoted[j + 1] or toks[j + 1].lower == "that")):
                continue  # "nine new members added": counted in, not speaking
            if tl.startswith("ask") and (nxt == "questions" or (nxt in ("a", "any", "some", "many", "few", "several", "tough", "hard") and nxt2.startswith("question"))):
                continue  # "outlets allowed to ask questions": no content given
            if (prev in MODALS and tl in lex["base_forms"] and tl not in CLAUSE_TAKING and _clean_gap(_gap(text, toks[j - 1], t))
                    and not self._gives_content(sent, j) and not self._that_after_object(sent, j)):
                continue  # "Officials may announce the results": nothing said yet, no content given
            if tl in ("asked", "requested", "asks", "ask") and nxt == "not" and nxt2 == "to":
                continue  # "who asked not to be named": a reason for anonymity, not content
            if tl.startswith("hail") and nxt in ("from", "a", "an", "taxis", "taxi", "cab", "cabs"):
                continue  # "she hails from Ohio", "hailed a cab": no speech
            if tl.startswith("slam") and nxt in ("shut", "into", "down", "through"):
                continue  # "slammed shut the bridge", "slammed into a wall": a blow, not words
            if tl in ("hit", "hits") and not (nxt in ("out", "back", "him", "her", "them") or (j + 1 < n and _is_cap(text, toks[j + 1]))):
                continue  # "the surplus hit $375 billion"; "Trump hit back", "hit Clinton over ..."
            if (j > 0 and prev.endswith("ing") and len(prev) > 5 and not _is_cap(text, toks[j - 1]) and not tl.endswith(("ed", "ing"))
                    and not self.is_source_noun(prev) and prev not in NOMINAL_CLAIMS and prev not in ING_NOUNS and _clean_gap(_gap(text, toks[j - 1], t))):
                continue  # "missing state mandated deadlines": a noun after a participle, not a verb
            if tl.startswith("respond") and not (j + 1 < n and sent.quoted[j + 1]) and ":" not in text[t.end:t.end + 2] and not any(x.lower in ("saying", "that", "with", "by") for x in toks[j + 1:j + 9]) and not (
                    j + 1 == n and j >= 2 and "," in _gap(text, toks[j - 2], toks[j - 1])):  # "Why believe a terrorist, some responded.": a closing tag
                continue  # "Authorities had responded to the house": officers came; "responded that ..." reports
            if tl.startswith("express") and j + 2 < n and toks[j + 2].lower in ("for", "toward", "towards") and "that" not in (x.lower for x in toks[j + 3:j + 8]):
                continue  # "expressed admiration for a recruiter": a feeling toward someone, no proposition
            if tl.startswith("threaten") and nxt not in ("to", "that") and not any(x.lower == "with" for x in toks[j + 1:j + 4]):
                continue  # "threatened her client when he ..." is an act; "threatened to sue", "threatened him with jail" report
            if tl in ("wrote", "writes", "write", "writing", "penned", "pens", "pen", "penning") and not self._gives_content(sent, j) and any(
                    x.lower in WRITTEN_WORKS for x in toks[j + 1:j + 4]) and not any(x.lower in ("that", "saying") for x in toks[j + 1:j + 8]):
                continue  # "Khashoggi wrote opinion columns for the Post": a writer's work, no content given (ANNOTATION.md 8.5)
            if sent.headline and tl.endswith("ed") and nxt in ("in", "at", "on", "amid", "after", "as") and j > 0 and not sent.quoted[j + 1 if j + 1 < n else j]:
                continue  # "Ebola Outbreak Confirmed in Congo": a headline's passive, no speaker
            if tl in ("say", "put") and prev in ("they", "you") and j >= 2 and toks[j - 2].lower == "as" and (j + 1 >= n or _segment_gap(_gap(text, t, toks[j + 1]))):
                continue  # "as they say", "as you say": an idiom, no one cited
            if tl.startswith("recall") and not (after_quote or self._gives_content(sent, j) or nxt in ("how", "what", "when", "being", "seeing", "hearing")):
                continue  # "recalled its staff from Havana" withdraws people; "recalled that ...", "recalled how ..." report
            if prev == "to" and j >= 2 and toks[j - 2].lower in INTENTIONS and not sent.quoted[j - 2]:
                continue  # "a woman who plans to accuse him": nothing said yet
            if tl.startswith("point") and nxt not in ("out", "to"):
                continue  # "at some point"; "pointed out", "points to" report
            if (tl.endswith("ed") and j > 0 and not _is_cap(text, toks[j - 1]) and toks[j - 1].lower.endswith(("ing", "ed")) and not self.is_source_noun(prev)
                    and prev not in BETWEEN and prev not in TIME_WORDS and not after_quote and _clean_gap(_gap(text, toks[j - 1], t))):
                continue  # "investigating alleged collusion", "recorded confirmed cases": an adjective
            if tl in CONTENT_ONLY and not self._content_follows(sent, j):
                continue  # "agreed to improve the deal", "maintain a policy", "dismissed the charge": acts, not speech
            if tl.startswith("mention") and nxt in ("above", "below", "earlier", "previously", "before"):
                continue  # "Benedict IX, mentioned above": the article's own cross-reference
            if tl.startswith("refer") and " as " not in text[t.end:min(sent.end, t.end + 80)]:
                continue  # "referred the case to prosecutors"; "referred to the team as a gang" reports
            if tl in lex["speech"] and tl not in STANCE_IN_SPEECH and prev != "to" and self._gives_content(sent, j):
                self.speech_verbs.setdefault(sent.index, t.start)  # the first reporting verb, whoever its subject
            if nxt in ("by", "in") and tl in AGENT_PASSIVES and self._passive_agent(sent, j):
                continue
            if tl == "asked" and nxt == "by" and self._question_follows_agent(sent, j) and self._passive_agent(sent, j):
                continue  # "when asked by Senator Cory Booker whether ...": the one who asks is a source
            np = self._parenthetical_speaker(sent, j) if tl in PARENTHETICAL_VERBS else []
            if not np:
                np = self.np_before(sent, j)
                if tl in lex["base_forms"] and j > 1 and toks[j - 1].lower != "to":
                    np = self._perceived_speaker(sent, j) or np  # "advocates heard Orbán lambaste the EU": Orbán spoke
                if not np and copula > 0:
                    np = self.np_before(sent, copula)  # "Investors remain skeptical about ...": the subject of the copula
                if np and self._object_of_gerund(sent, np, j):
                    np = []
            if not np and (tl in lex["speech"] or tl in TAG_ONLY_VERBS) and (tl not in OBJECT_VERBS or after_quote) and self._inverted_position(sent, j):
                # ('"Will we win?" asked Menendez': right after a quote the
                # person named is the asker, not the one asked.)
                # Inverted tag: '"...," said the official.'
                np = self.np_after(sent, j + 1, limit=8)
                if np and (np[0].lower in PRONOUNS or not (_is_cap(text, np[0]) or np[0].lower in DETERMINERS or _is_cap(text, np[-1]))):
                    np = []  # ('..., said coalition president Tim Lambert' names him)
                elif np and not self._tag_ends(sent, np):
                    np = []  # '..., explained the media egregiously erred': the object of a clause, not a tag
            if not np and j > 0 and sent.quoted[j - 1]:
                np = self._subject_before_titled_appositive(sent, j)
            if not np and j > 1 and prev in ("did", "does", "would", "will") and toks[j - 2].lower in ("and", "but") and not sent.quoted[j - 1]:
                prev = toks[j - 2].lower  # "Police have not released details, but did say that ..."
            if not np and j > 0 and prev in ("and", "but") and not sent.quoted[j - 1] and (
                    nxt in CONTENT_OPENERS or text[t.end:t.end + 3].lstrip()[:1] in ":,\"“'‘" or (j + 1 < n and _is_cap(text, toks[j + 1]))
                    or (tl.startswith("accus") and any(x.lower == "of" for x in toks[j + 1:j + 8]))):
                # "Patel pushed back on the remarks, and said ...", "The mayor
                # visited the plant and said ...": the subject of the first verb.
                owner = next((c for c in reversed(self.cues) if c.sentence == sent.index and c.source), None)
                np = (self._perceived_speaker(sent, j) or self._clause_subject(sent, j)) if owner is None else []
                if owner is not None:
                    self._add_cue(sent, t.start, t.end, text[t.start:t.end], "verb", owner.source, owner.speaker, [])
                    continue
            if (not np or (len(np) == 1 and np[0].lower in ("you", "us"))) and j >= 3 and tl in ("believe", "think") and toks[j - 2 + (prev != "to")].lower in ("you", "us", "people", "americans", "everyone") and (
                    (prev == "to" and toks[j - 3].lower in ("want", "wants", "wanted")) or (prev in ("you", "us") and toks[j - 2].lower == "have")):
                # "the media wants you to believe that ...", "Democrats would
                # have you believe that ...": the claim is the subject's.
                np = self.np_before(sent, j - 3 if prev == "to" else j - 2)
                if np and np[-1].lower in PRONOUNS and np[-1].lower in ("we", "i", "you"):
                    np = []
            lead = j - 3 if j >= 4 and toks[j - 2].lower in ("on", "forward") else j - 2  # "went on to say", "came forward to say"
            if not np and prev == "to" and lead >= 1 and (toks[lead].lower in CATENATIVES or toks[lead].lower in ("come", "came", "comes") and toks[j - 2].lower == "forward") and not sent.quoted[lead]:
                np = self.np_before(sent, lead) or self._generic_subject(sent, lead)  # "The Cuban government continues to deny", "he went on to say"
            if not np and prev == "to" and lead >= 2 and toks[lead].lower in ADJECTIVE_CATENATIVES and toks[lead - 1].lower in ("is", "are", "was", "were") and not sent.quoted[lead - 1]:
                np = self.np_before(sent, lead - 1) or self._generic_subject(sent, lead - 1)  # "Twitter users were quick to point out"
            if not np and prev == "to" and j >= 3 and not sent.quoted[j - 2]:
                # "This prompted the Honduran Foreign Ministry to urge ...":
                # the object of a verb of causing does the speaking.
                obj = self._collect_back(sent, j - 2) or ([toks[j - 2]] if toks[j - 2].lower in QUANTIFIER_HEADS else [])  # "leads many to believe"
                while len(obj) > 1 and obj[0].lower in CAUSING_VERBS:
                    obj = obj[1:]  # "leads many": the verb is not part of its object
                at = sent.toks.index(obj[0]) if obj and obj[0] in sent.toks else 0
                if at > 0 and toks[at - 1].lower in CAUSING_VERBS and obj[-1].lower not in PRONOUNS and _clean_gap(_gap(text, toks[at - 1], obj[0])):
                    np = obj
            quoted_at = j - 2
            if not np and j >= 5 and prev == "as" and toks[j - 2].lower not in QUOTED_AS:
                # "Putin was quoted by the Interfax news agency as saying", "quoted
                # in The Times as saying": the outlet that quoted him heard him.
                quoted_at = next((q for q in range(j - 3, max(0, j - 10), -1) if toks[q].lower in QUOTED_AS and toks[q + 1].lower in ("by", "in")
                                  and not any(sent.quoted[x] for x in range(q, j))), j - 2)
                outlet = toks[quoted_at + 2:j - 1] if quoted_at < j - 2 else []
                got = self.classify(outlet) if outlet and all(_clean_gap(_gap(text, x, y)) for x, y in zip(outlet, outlet[1:])) else None
                if got is not None and got[0] == "media":
                    self._heard(got[1], got[2], sent.index, outlet[0].start)
            if not np and j >= 3 and prev == "as" and toks[quoted_at].lower in QUOTED_AS and not sent.quoted[quoted_at]:
                # "Smith was quoted as saying", "officials were cited as saying":
                # the subject of the passive is the speaker.
                aux = quoted_at - 1
                while aux > 0 and (toks[aux].lower in BETWEEN and toks[aux].lower not in AUXILIARIES or _is_adverb(toks[aux].lower)):
                    aux -= 1
                if toks[aux].lower in ("is", "are", "was", "were", "been", "be"):
                    while aux > 0 and toks[aux - 1].lower in ("has", "have", "had", "been"):
                        aux -= 1
                    np = self.np_before(sent, aux)
            if not np and j > 0 and sent.quoted[j - 1]:
                np = self._described_subject(sent, j - 1)
            if len(np) == 1 and self.text[np[0].end:np[0].end + 1] == "," and self.is_sentence_initial(np[0]) and _sentence_adverb(np[0].lower):
                np = []  # "Distressingly, the ambassador ... told NBC": a sentence adverb is no one
            if not np and prev == "who" and (tl in HUMAN_SUBJECT_VERBS or tl.rstrip("s") in HUMAN_SUBJECT_VERBS) and j >= 2 and toks[j - 2].lower in OPEN_PRONOUNS and not sent.quoted[j - 2] and (
                    self._gives_content(sent, j) or nxt in CONTENT_OPENERS):
                # "There are those who say ...", "anyone who thinks that ...":
                # an open-ended group defined by what it says (vague).
                name = text[toks[j - 2].start:t.end]
                key = self.add_source("vague", name, "vague:" + name.lower(), sent.index, toks[j - 2].start)
                self._add_cue(sent, t.start, t.end, text[t.start:t.end], "verb", key, name, [])
                continue
            if not np and tl in HUMAN_SUBJECT_VERBS and (self._gives_content(sent, j) or nxt in CONTENT_OPENERS):
                plural = self._plural_human_subject(sent, j)
                if plural:
                    # "immigration hardliners, who argued that ...", "the
                    # reprobates and hypocrites thought that ...": only people
                    # say and think, so an unlisted plural noun is a group.
                    low = " ".join(x.lower for x in plural)
                    kind = "anonymous" if any(x.lower in NUMBER_WORDS or x.lower.isdigit() for x in plural) else "vague"
                    key = self.add_source(kind, self._np_text(plural), f"{kind}:{low}", sent.index, plural[0].start)
                    self._add_cue(sent, t.start, t.end, text[t.start:t.end], "verb", key, self._np_text(plural), plural)
                    continue
            if not np and tl in lex["speech"] and tl not in STANCE_IN_SPEECH and tl not in NOUN_HOMOGRAPHS and prev != "to":
                # "A machinist said ...", "..., a machinist said.", '"...,"
                # asked a firefighter.': a subject no word list names.
                np = self._generic_subject(sent, j)
                if np and not self._generic_content(sent, j) and not self._clause_tag(sent, np, j):
                    np = []
                if not np and (after_quote or (j > 0 and not sent.quoted[j - 1] and tl not in OBJECT_VERBS and self._inverted_position(sent, j))):
                    np = self._generic_after(sent, j + 1)
            if not np:
                if tl in ("told", "tell", "tells"):
                    self._audience_outlet(sent, j + 1)  # the outlet heard it, whoever spoke
                continue
            if sent.headline and self.title_case_headline and len(np) > 4:
                continue  # "Patel Stand-Up Routine Cut Short Due To Uncomfortable Jokes": no speaker
            head = self._head_token(np)
            if tl in lex["base_forms"] and not (tl == "put" and _PUT_IT.match(text, t.end)) and toks[j - 1].lower != "to" and prev not in ("would", "do", "does", "did") and ((not head.lower.endswith("s") and head.lower not in PRONOUNS and head.lower not in PLURAL_HEADS
                                                                            and not (np[0].lower in QUANTIFIER_HEADS and (len(np) == 1 or np[1].lower != "of")))
                                             or np[0].lower in ("a", "an", "one", "this", "each", "every")) and not self._perceived_speaker(sent, j) and not (
                    tl not in NOUN_HOMOGRAPHS and self._coordinated_subject(sent, np)):
                continue  # "North Korean state media", "a police state": a singular subject takes "states" ("Jones and Smith say" are two)
            if tl in NOUN_HOMOGRAPHS and np[0].lower in DETERMINERS and np[0].lower not in ("the", "a", "an"):
                continue  # "all FBI reports on interviews" is a noun phrase
            if tl in NOUN_HOMOGRAPHS and nxt in AUXILIARIES | self.lex["speech"] | self.lex["document_verbs"] and not sent.quoted[j + 1]:
                continue  # "Media reports have suggested ...", "news reports say": the noun is the subject
            if tl in SINGULAR_HOMOGRAPHS and nxt in self.lex["speech"] | self.lex["document_verbs"] and nxt.endswith("s") and not sent.quoted[j + 1]:
                continue  # "The police report says ...": a singular noun before its verb
            if tl in NOUN_HOMOGRAPHS and np[-1].lower in PARTY_ADJECTIVES:
                continue  # "as Democratic calls for his resignation mount": an adjective, then a noun
            if tl in NOUN_HOMOGRAPHS and nxt in ("of", "on", "about", "from", "into") and nxt2 not in TIME_WORDS:
                continue  # "the FBI reports on agent interviews"
            if tl in NOUN_HOMOGRAPHS and nxt == "to" and tl not in ("claims", "promises", "demands", "reports"):
                continue  # "Israel and the Sunni Arab states to help": a noun ("claims to have", "promises to pay" report)
            if tl in NOUN_HOMOGRAPHS and not _is_cap(text, np[-1]) and (np[-1].lower in lex["titles"] or self._head_token(np) is not np[-1]):
                continue  # "obstruction of justice charges", "the polls in key states"
            if tl in ("called", "named", "dubbed") and j + 1 < n and (
                    (j >= 2 and toks[j - 2].lower in ("a", "an") and not _is_cap(text, toks[j - 1]) and _is_cap(text, toks[j + 1]))
                    or ("," in _gap(text, toks[j - 1], t) and (_is_cap(text, toks[j + 1]) or (
                        toks[j + 1].lower == "the" and j + 2 < n and _is_cap(text, toks[j + 2]))))):
                continue  # "a group called Democratize SSMU", "The event, called the Maunder Minimum,": naming
            if tl == "said" and ((prev == "having" and re.match(r"\s+(?:that|this|all that)\s*,", text[t.end:t.end + 14]))
                                 or (prev == "that" and j == 1 and text[t.end:t.end + 1] == ",")):
                continue  # "Having said that, ...", "That said, ...": a discourse marker, no one speaks
            if tl in ("put", "puts") and not _PUT_IT.match(text, t.end) and not re.search(r"\bat (?:about |around |roughly |nearly |almost |more than |less than |least |some |over |under )?[$£€]?\d",
                                                       text[t.end:min(sent.end, t.end + 60)]):
                continue  # "the report puts the toll at 50" gives a figure; "continues to put up razor wire" does not
            if tl in lex["document_verbs"] and tl not in lex["speech"] and not (tl in ("put", "puts") and _PUT_IT.match(text, t.end)):
                # "the report found", "a study shows": only documents/organisations ("as Wolfe put it" is anyone's).
                got = self.classify(np)
                if got is None or (got[0] not in ("document", "organisation", "media") and not (tl.startswith(("find", "found", "conclud")) and nxt == "that")):
                    continue  # people count when their finding is a that-clause: "investigators found that ..."
            if hypothetical_subject(sent.toks, sent.toks.index(np[0]) if np[0] in sent.toks else -1):
                continue  # "if a conservative person uttered those comments", "unless the legislature writes a bill"
            key, spk = self.resolve(np, sent.index)
            if key or (len(np) == 1 and np[0].lower in PRONOUNS and (self.latest_person or self.latest_group)):
                self._add_cue(sent, t.start, t.end, text[t.start:t.end], "verb", key, spk, np)
                if tl in ("told", "tell", "tells", "telling"):
                    self._audience_outlet(sent, j + 1)
                elif tl in CITING:
                    self._cited_as_saying(sent, j)
                elif j + 2 < n and (toks[j + 1].lower == "to" and tl in ("said", "says", "say", "saying", "explained", "spoke")
                                    or toks[j + 1].lower in ("in", "at", "for") and tl in ("writes", "wrote", "write", "writing", "reported", "reports", "reporting")):
                    self._audience_outlet(sent, j + 2)  # "he said to News-4 San Antonio", "writes in The Atlantic", "writes at the New York Post"
                # "members of both parties and legal experts have contended":
                # every conjunct of the subject is a source.
                for extra in self._conjuncts_before(sent, np) + self._companions(sent, np, j):
                    k2, s2 = self.resolve(extra, sent.index)
                    if k2:
                        self._add_cue(sent, t.start, t.end, text[t.start:t.end], "verb", k2, s2, extra)
        if " by " in sent_text:
            self._as_done_by(sent)
        if "nterview" in sent_text and any(c.sentence == sent.index for c in self.cues[-4:]):
            self._interview_outlet(sent)
        if any(c.sentence == sent.index and c.source for c in self.cues[-4:]):
            self._venue_outlet(sent)
        for j in self.nominals[sent.index]:
            self._nominal_cue(sent, j)
        if self.clauses[sent.index]:
            self._document_clause(sent)
        # Agentless attribution: "reportedly", "it is widely believed".
        mask = self.agentless[sent.index]
        while mask:  # the patterns whose bit is set, lowest bit first
            bit = (mask & -mask).bit_length() - 1
            mask &= mask - 1
            if bit >= len(AGENTLESS):
                break
            rx = AGENTLESS[bit]
            for m in rx.finditer(text, sent.start, sent.end):
                s, e = m.span(1) if rx.groups else m.span()
                if self.in_quote(s) or any(c.sentence == sent.index and (c.start <= s < c.end or c.speaker_start <= s < c.speaker_end or s <= c.start < e)
                                           for c in self.cues):
                    continue  # part of a cue already found ("new research suggests")
                if any(c.sentence == sent.index and c.kind == "agentless" and 0 <= s - c.end <= 1 for c in self.cues[-3:]):
                    continue  # "allegedly thought to be": one agentless attribution, not two
                if rx is _PASSIVE_TOLD and any(c.sentence == sent.index and c.kind == "according_to" for c in self.cues[-6:]):
                    continue  # "The crew was told to skip the checks, according to the source": the teller is named
                if rx is _BEEN_REPORTED and any(c.sentence == sent.index and c.kind != "agentless" and c.source for c in self.cues[-6:]):
                    continue  # "no deaths have been reported, it said": the sentence names its teller (ANNOTATION.md 8.7)
                phrase = text[s:e]
                if rx is _HEARD_SAYING and self._heard_speaker(sent, s, e, phrase):
                    continue  # "The pilot is heard telling the tower ...": the subject's words
                if rx in _OWNED_PATTERNS:
                    owner = self._noun_owner(sent, s)
                    if owner is not None:
                        if owner:
                            key, spk = self.resolve(owner, sent.index)
                            if key:
                                self._add_cue(sent, s, e, phrase, "nominal", key, spk, owner)
                        continue
                group = self.latest_group
                name = phrase if rx.groups else _agentless_name(phrase, bit)
                key = self.add_source("vague", name, "vague:" + name.lower(), sent.index, s)
                self.latest_group = group  # "they" never means "it is believed"
                self._add_cue(sent, s, e, phrase, "agentless", key, phrase, [])
        # A scripture reference right after the words it quotes: '... fall into a pit." (Matthew 15:14)'.
        if "(" in sent_text and ":" in sent_text:
            for m in _SCRIPTURE.finditer(text, sent.start, sent.end):
                # after the quotation it sources, not a proof-text after the author's own claim
                if not self.in_quote(m.start()) and text[max(0, m.start() - 4):m.start()].rstrip(" .,;").endswith(("”", '"', "’", "'")):
                    name = m.group(1)
                    k = self.add_source("document", name, "document:" + name.lower(), sent.index, m.start(1))
                    self._add_cue(sent, m.start(1), m.end(1), name, "according_to", k, name, [])  # as "according to Matthew 15:14"
        # A re-posted excerpt's credit line: '"Title," by Matt Dixon, Politico, November 14, 2018:'.
        m = _CREDIT_LINE.search(text, sent.start, sent.end)
        groups = (1, 2)
        if m is None and sent.index >= 3 and ("by " in sent_text or "By " in sent_text):
            # '[Judge Frees Immigrant, by Nate Raymond, Reuters, November 1,
            # 2017]', 'By Esme Cribb | Talking Points Memo January 25, 2018':
            # a copied article's byline inside the text (not the article's own, at the top).
            m = _COPIED_BYLINE.search(text, sent.start, sent.end)
            groups = (1, 3)
            if m is not None and not self._outlet_name(m.group(3), m.group(2) == "|"):
                m = None  # "built by Tom Reed, Ann Cole, March 3": no outlet, no byline
        if m:
            for grp, kind in zip(groups, ("person", "media")):
                name = m.group(grp).strip()
                key = ("person:" + name.split()[-1].lower()) if kind == "person" else ("media:" + name.lower())
                k = self.add_source(kind, name, key, sent.index, m.start(grp))
                self._add_cue(sent, m.start(grp), m.end(grp), "by", "credit", k, name, [])
        self._credited_block(sent, sent_text)
        # Colon attribution: 'Speaker: "..."' and a headline ending ": WHO".
        colon = sent_text.find(":")
        if colon > 0 and not any(c.sentence == sent.index for c in self.cues):
            pos = sent.start + colon
            if not self.in_quote(pos):
                after = text[pos + 1:sent.end].lstrip()
                before_toks = [t for t in toks if t.end <= pos]
                last = len(before_toks) - 1
                if last >= 1 and before_toks[last].lower.endswith("ing") and before_toks[last].lower in lex["speech"] and not sent.quoted[last - 1]:
                    last -= 1  # "Here's The Federalist's Mollie Hemingway explaining: '...'"
                if after[:1] and after[:1] in "\"“'‘" and before_toks and before_toks[0].lower not in IMPERATIVE_LEADS and (len(before_toks) <= 6 or self._named_before_colon(sent, last)) and not (
                        sent.headline and any(t.lower in HEADLINE_PREDICATE_PREPOSITIONS for t in before_toks[1:])):
                    # ("Hospitals On High Alert: '...'" is a clause, not a speaker)
                    np = self._collect_back(sent, last)
                    if sent.headline:
                        np = self._as_named_in_body(sent, np)
                    key, spk = self.resolve(np, sent.index)
                    if key:
                        self._add_cue(sent, pos, pos + 1, ":", "colon", key, spk, np)
                elif not after and not sent.headline and 0 < len(before_toks) <= 5 and len(before_toks) == len(toks):
                    self._block_speaker(sent, before_toks, pos)  # "Naples Daily News:" on its own line, then the copied block
                elif sent.headline:
                    after_toks = [t for t in toks if t.start > pos]
                    # "...: WHO", "...: McGill report" and "Lawyer: ...",
                    # "Trump: ..." (ANNOTATION.md 8.13: a headline
                    # "Speaker: ..." is an attribution).
                    if (0 < len(after_toks) <= 4 and all(_is_cap(text, t) or t is after_toks[-1] and self.is_source_noun(t.lower) for t in after_toks)
                            and after_toks[0].lower not in HEADLINE_TAIL_OPENERS  # "...: This Time In China" names no one
                            and len(after.rstrip(".!?")) == len(text[after_toks[0].start:after_toks[-1].end])):
                        key, spk = self.resolve(after_toks, sent.index)
                        if key:
                            self._add_cue(sent, pos, pos + 1, ":", "colon", key, spk, after_toks)
                    elif (0 < len(before_toks) <= 3 and all(_is_cap(text, t) for t in before_toks) and _segment_gap(text[sent.start:pos])
                          and not (len(before_toks) == 1 and before_toks[0].lower in HEADLINE_LABELS) and before_toks[0].lower not in DETERMINERS
                          and " ".join(t.lower for t in before_toks) not in lex["countries"]):  # "Virginia: ..." is a place label
                        # ("The Dictator Pope: A Call to ..." is a title, not a speaker.)
                        before_toks = self._as_named_in_body(sent, before_toks)
                        got = self.classify(before_toks)
                        if got is not None and (got[0] in ("person", "organisation", "anonymous", "media")
                                                or (got[0] in ("document", "vague") and before_toks[-1].lower in HEADLINE_DOCUMENTS)):
                            # "Report: FBI knew ...", "Poll: Most voters ...", "Sources: ...": the headline's source
                            if len(before_toks) == 1 and before_toks[0].lower in ROLE_CLASS:
                                # Headlines drop articles: "Lawyer:" is "the lawyer".
                                key = self.add_source(got[0], got[1], got[2], sent.index, before_toks[0].start)
                                self.bare_roles.setdefault(key, (ROLE_CLASS[before_toks[0].lower], before_toks[0].start, ""))
                                self._add_cue(sent, pos, pos + 1, ":", "colon", key, got[1], before_toks)
                            else:
                                key, spk = self.resolve(before_toks, sent.index)
                                if key:
                                    self._add_cue(sent, pos, pos + 1, ":", "colon", key, spk, before_toks)

    def _role_noun(self, word: str) -> bool:
        """*word* (singular, lowercase) names a person by role or relation:
        a listed person noun or an English agentive ending ("firefighter",
        "machinist", "librarian", "attendant")."""
        return (word in PERSON_NOUNS or word in GENDERED or word in SINGLE_HUMAN or word in ROLE_CLASS or word in DEFINITE_HUMANS
                or (len(word) > 4 and _AGENTIVE.search(word) is not None and word not in NOT_AGENTS))

    def _plural_role(self, word: str) -> bool:
        """*word* at a sentence start is the plural of a role noun
        ("Firefighters said"), not a surname ("Peters said"): no given name,
        and never capitalised inside a sentence of the text."""
        if len(word) <= 5 or word[-1] != "s":
            return False
        got = self._plural_roles.get(word)
        if got is None:
            one = _singular(word)
            got = (word.endswith("s") and not word.endswith("ss") and len(word) > 5 and word not in self.lex["given_names"] and self._role_noun(one)
                   and (len(word) >= 9 or re.search(r"\b" + re.escape(one) + r"s?\b", self.text) is not None)  # "Peters", "Sanders": surnames
                   and re.search(r"[\w,] " + re.escape(word.capitalize()) + r"\b", self.text) is None)
            self._plural_roles[word] = got
        return got

    def _generic_speaker(self, np: list[Token]) -> tuple[str, str, str] | None:
        """(kind, name, key) for a determiner and a lowercase noun no word
        list names, with a modifier after it or not: a person's role ("a
        firefighter", "her landlord", "the hotel guest in the room next to
        his") is anonymous; a unique thing with "the" ("the zoo", "the
        museum") is the body of that name (ANNOTATION.md 3, 9); an abstract
        noun ("the decision") or a plural is no one."""
        bare = np[0].lower not in GENERIC_DETERMINERS  # "Firefighters said", "local firefighters said"
        first = 0 if bare else 1
        if len(np) < first + 1:
            return None
        h = first
        while h + 1 < len(np) and np[h + 1].lower not in MODIFIER_OPENERS:
            h += 1
        core = np[first:h + 1]
        # "A Muslim terrorist", "a Democratic strategist": one capitalised modifier before a person's role
        capped_modifier = (len(core) == 2 and not bare and np[0].lower in ("a", "an", "one") and not _is_cap(self.text, core[1])
                           and _AGENTIVE.search(core[1].lower) is not None and core[1].lower not in NOT_AGENTS)
        if len(core) > 3 or any((_is_cap(self.text, t) and not (t is np[0] and self.is_sentence_initial(t)) and not (capped_modifier and t is core[0]))
                                or not t.lower.replace("-", "").removesuffix("'s").removesuffix("’s").isalpha() or t.lower.endswith(("'s", "’s")) and t is np[h]
                                or t.lower in STOP or t.lower in PRONOUNS or t.lower in TIME_WORDS or t.lower in DETERMINERS
                                or t.lower in BETWEEN or t.lower in INTRO_PREPOSITIONS or t.lower in PLACE_PREPOSITIONS for t in core):
            return None  # ("the new allegations came yesterday amid" is a clause, not a subject)
        if any(t.lower.endswith("s") and not t.lower.endswith(("ss", "'s", "’s")) for t in core[:-1]):
            return None  # a plural noun then a verb: "the allegations came"
        head = np[h].lower
        plural = head.endswith("s") and not head.endswith("ss")
        if head in TIME_WORDS or len(head) < 3 or (plural and not bare and np[0].lower not in COUNTING_DETERMINERS) or (bare and not plural):
            return None
        if plural:
            head = _singular(head)
        if head in OUTLET_NOUNS or head in self.lex["media_heads"] or head in self.lex["document"]:
            return None  # "the newspaper added": an outlet named before, not a person
        name, low = self._np_text(np), " ".join(t.lower for t in np)
        if self._role_noun(head):
            kind = "vague" if np[0].lower in ("some", "many", "most") else "anonymous"  # "two firefighters"; "many firefighters" are open-ended
            return kind, name, f"{kind}:" + low
        if plural or any(t.lower.endswith(("'s", "’s")) for t in core):
            return None  # ("the cardinal's staff": a person's people, not a body)
        if np[0].lower in ("the", "this", "that") and h == len(np) - 1 and head not in NOT_BODIES and (
                head in GENERIC_ORG or head in ANAPHORIC_BODIES or not _ABSTRACT.search(head)):
            return "organisation", name, "organisation:" + low
        return None

    def _generic_subject(self, sent: _Sentence, j: int) -> list[Token]:
        """The subject of the verb at *j* when it is a determiner and a
        lowercase noun no word list names, opening its clause: "A machinist
        said", "The zoo says", "A cyclist who saw the crash said" (not the
        object of a preposition: "with the museum said")."""
        toks, text = sent.toks, self.text
        k = j - 1
        while k >= 0 and not sent.quoted[k] and _clean_gap(_gap(text, toks[k], toks[k + 1])) and (
                (toks[k].lower in BETWEEN and toks[k].lower != "that") or _is_adverb(toks[k].lower)):
            if toks[k].lower in COPULAS or toks[k].lower in ("be", "been", "being"):
                return []  # a passive: "the guard was hailed as ..."
            k -= 1
        if k < 1 or _is_cap(text, toks[k]) or not toks[k].lower.isalpha():
            return []  # a name is no generic subject, nor a number or a mark
        c = k
        while c > 0 and k - c < 12 and not sent.quoted[c - 1] and _segment_gap(_gap(text, toks[c - 1], toks[c])) and toks[c - 1].lower not in CLAUSE_OPENERS:
            c -= 1
        timed = [i for i in range(c, k) if toks[i].lower in TIME_WORDS or toks[i].lower in ("day", "time")]
        if timed:
            c = timed[-1] + 1  # "The next morning the firefighter told ...": the subject after the time phrase
        if c < 0 or sent.quoted[c] or (k - c < 1 and toks[c].lower in GENERIC_DETERMINERS):
            return []
        np = toks[c:k + 1]
        if any(t.lower in self.lex["speech"] or t.lower in (",", "and", "or") for t in np[2:]):
            return []  # another reporting verb inside: not one subject
        return np if self._generic_speaker(np) is not None else []

    def _generic_after(self, sent: _Sentence, i: int) -> list[Token]:
        """A determiner and a lowercase noun at token *i* ending its clause:
        '"...," asked a firefighter.', "according to the museum"."""
        toks, text = sent.toks, self.text
        if i >= len(toks) or sent.quoted[i]:
            return []
        h = i + 1 if toks[i].lower in GENERIC_DETERMINERS else i  # "according to (local) firefighters"
        while h < len(toks) and h - i <= 4 and not sent.quoted[h] and _clean_gap(_gap(text, toks[h - 1], toks[h])) and toks[h].lower.replace("-", "").isalpha() and not _is_cap(text, toks[h]):
            if h + 1 >= len(toks) or not _clean_gap(_gap(text, toks[h], toks[h + 1])) or toks[h + 1].lower in TAG_FOLLOWERS:
                np = toks[i:h + 1]
                return np if self._generic_speaker(np) is not None else []
            h += 1
        return []

    def _clause_tag(self, sent: _Sentence, np: list[Token], j: int) -> bool:
        """Subject *np* and the verb at *j* are a tag after the clause they
        report: "The plant will close, a machinist said." """
        toks, text = sent.toks, self.text
        i = toks.index(np[0])
        before = i > 0 and not _segment_gap(_gap(text, toks[i - 1], toks[i]))
        if toks[j].lower in ("told", "tells", "tell"):
            j = self._told_end(sent, j)  # '"...," a firefighter told reporters.'
        return before and (j + 1 >= len(toks) or not _segment_gap(_gap(text, toks[j], toks[j + 1])) or toks[j + 1].lower in TAG_FOLLOWERS)

    def _told_end(self, sent: _Sentence, j: int) -> int:
        """The last token of "told <audience>" at *j*: "told reporters",
        "told the Courier" (at most three words in one segment)."""
        toks, e = sent.toks, j
        while e + 1 < len(toks) and e - j < 3 and not sent.quoted[e + 1] and _segment_gap(_gap(self.text, toks[e], toks[e + 1])) and toks[e + 1].lower not in TAG_FOLLOWERS:
            e += 1
        return e

    def _generic_content(self, sent: _Sentence, j: int) -> bool:
        """The reporting verb at *j* gives what was said ("said crews had
        been begging", "told reporters that ..."), not "said nothing" or
        "told the firefighter to leave"."""
        toks, n = sent.toks, len(sent.toks)
        if j + 1 >= n or toks[j + 1].lower in NO_CONTENT:
            return False
        if self._gives_content(sent, j) and toks[j + 1].lower != "to":
            return True
        if toks[j].lower in ("told", "tell", "tells"):
            return any(t.lower == "that" for t in toks[j + 2:j + 5]) or (j + 2 < n and toks[j + 2].lower in CONTENT_OPENERS and toks[j + 2].lower != "to")
        if toks[j].lower in ("said", "says", "say") or toks[j + 1].lower in CONTENT_OPENERS and toks[j + 1].lower != "to":
            return True
        # "wrote on Twitter that ...": a short phrase, then the content
        return any(t.lower == "that" for t in toks[j + 1:j + 6]) and all(_segment_gap(_gap(self.text, a, b)) for a, b in zip(toks[j:j + 5], toks[j + 1:j + 6]))

    def _tag_ends(self, sent: _Sentence, np: list[Token]) -> bool:
        """The speaker *np* of an inverted tag ends its clause: a
        punctuation mark, the sentence end or a time, place or manner
        phrase follows ("said the official.", "says Smith, who ...", "said
        Smith on Monday")."""
        toks = sent.toks
        i = toks.index(np[-1]) + 1
        if i >= len(toks) or sent.quoted[i]:
            return True
        gap = _gap(self.text, np[-1], toks[i])
        return bool(_SEGMENT_BREAK.search(gap)) or gap.strip().startswith("(") or toks[i].lower in TAG_FOLLOWERS  # "asked Sen. Robert Menendez (D-N.J.)."

    def _subject_before_titled_appositive(self, sent: _Sentence, j: int) -> list[Token]:
        """'Tom Wells, author of the exposé "The War Within," explained ...':
        the quote before the verb at *j* closes an appositive; the speaker is
        the name before it."""
        toks, text = sent.toks, self.text
        if "," not in _gap(text, toks[j - 1], toks[j]):
            return []
        q = j - 1
        while q > 0 and sent.quoted[q - 1]:
            q -= 1
        for c in range(q - 1, max(0, q - 12), -1):
            if sent.quoted[c]:
                return []
            if _gap(text, toks[c - 1], toks[c]).strip() == ",":
                np = self._collect_back(sent, c - 1)
                got = self.classify(np) if np else None
                return np if got is not None and got[0] in ("person", "organisation", "media") and np[-1].lower not in PRONOUNS else []
        return []

    def _heard_speaker(self, sent: _Sentence, s: int, e: int, phrase: str) -> bool:
        """'The pilot is heard telling the tower that ...': when the words
        follow, whoever is heard speaks; adds the cue and returns True, or
        returns False and leaves the phrase to the agentless reading ("was
        heard shouting at the guards": heard by no one named)."""
        toks, text = sent.toks, self.text
        aux = next((i for i, tk in enumerate(toks) if tk.start == s), -1)
        if aux <= 0 or not (phrase.endswith(("saying", "telling")) or re.match(r"\s*(?:that\b|[,:]?\s*[\"“‘'])", text[e:sent.end])):
            return False
        np = self.np_before(sent, aux)
        if not np and aux >= 4 and [x.lower for x in toks[aux - 4:aux - 1]] == ["one", "of", "the"] and toks[aux - 1].lower.endswith("s"):
            np = toks[aux - 4:aux]  # "one of the dispatchers is heard telling ...": one unnamed person
            name = self._np_text(np)
            key, spk = self.add_source("anonymous", name, "anonymous:" + name.lower(), sent.index, np[0].start), name
        elif np and np[-1].lower not in ("it", "this", "that"):
            key, spk = self.resolve(np, sent.index)
        else:
            return False
        if not key:
            return False
        self._add_cue(sent, s, e, phrase, "verb", key, spk, np)
        return True

    def _perceived_speaker(self, sent: _Sentence, j: int) -> list[Token]:
        """'I remember my mother calling me up and saying ...', 'I had a
        minister come up to me and tell me that ...', 'we heard the guard
        say ...': the speaker is the object of a verb of perception (or of
        causative "had"), with the reporting verb at *j* in its clause."""
        toks, text = sent.toks, self.text
        for h in range(j - 1, max(-1, j - 14), -1):
            if sent.quoted[h] or _SEGMENT_BREAK.search(_gap(text, toks[h], toks[h + 1])) and h + 1 != j:
                return []
            if toks[h].lower not in PERCEPTION_VERBS:
                continue
            k = h + 1
            if k < j and toks[k].lower not in STOP and _is_cap(text, toks[k]) and toks[h].lower in ("heard", "hear", "saw", "see", "watched", "watch"):
                # "advocates heard Orbán in his opening address lambaste the EU": a name, maybe a place or occasion after it
                end = k + 1
                while end < j and end - k < 4 and _is_cap(text, toks[end]) and _clean_gap(_gap(text, toks[end - 1], toks[end])):
                    end += 1
                rest = toks[end:j]
                np = toks[k:end]
                got = self.classify(np)
                if got is None or got[0] not in ("person", "organisation") or (
                        rest and (rest[0].lower not in PREPOSITIONS or len(rest) > 5 or any(_is_cap(text, t) or t.lower in STOP - PREPOSITIONS - DETERMINERS for t in rest[1:]))):
                    return []
                return np
            if k >= j or toks[k].lower not in ("my", "his", "her", "their", "our", "a", "an", "the", "one", "this", "that"):
                return []
            end = k + 1
            while end < j and end - k < 4 and not _is_cap(text, toks[end]) and toks[end].lower.isalpha() and toks[end].lower not in STOP and not (
                    toks[end].lower.endswith("ing") or toks[end].lower in self.lex["speech"] or toks[end].lower in VERBS_OF_MOTION):
                end += 1
            np = toks[k:end]
            if len(np) < 2 or not (self.is_source_noun(np[-1].lower) or np[-1].lower in GENDERED or np[-1].lower in self.lex["titles"]):
                return []
            return np
        return []

    def _plural_human_subject(self, sent: _Sentence, j: int) -> list[Token]:
        """A plural common noun phrase right before the verb at *j*, or
        before ", who" ("hardliners, who argued"), that the lexicon does
        not list: "the reprobates and hypocrites", "immigration hardliners"."""
        toks, text = sent.toks, self.text
        k = j - 1
        while k >= 0 and not sent.quoted[k] and (toks[k].lower in BETWEEN and toks[k].lower not in AUXILIARIES or _is_adverb(toks[k].lower)):
            k -= 1
        if k >= 1 and toks[k].lower == "who" and _gap(text, toks[k - 1], toks[k]).strip() == ",":
            k -= 1
        elif k >= 0 and not _clean_gap(_gap(text, toks[k], toks[k + 1])):
            return []
        elif k >= 1 and toks[k].lower == "who" and not sent.quoted[k - 1] and _clean_gap(_gap(text, toks[k - 1], toks[k])):
            # "... will anger campaigners who argue that ...": a restrictive
            # relative names the group by its head noun and an adjective
            # before it ("environmental campaigners"), not by the clause it
            # stands in (the object of "anger").
            head = toks[k - 1]
            if not _is_plural_noun(head.lower) or _is_cap(text, head) or self.is_source_noun(head.lower):
                return []
            out = [head]
            if k >= 2 and not sent.quoted[k - 2] and _clean_gap(_gap(text, toks[k - 2], head)) and _ADJECTIVE_END.search(toks[k - 2].lower) and not _is_cap(text, toks[k - 2]):
                out.insert(0, toks[k - 2])
            return out
        out: list[Token] = []
        while k >= 0 and not sent.quoted[k] and len(out) < 6:
            w = toks[k].lower
            if out and not _clean_gap(_gap(text, toks[k], toks[k + 1])):
                break
            if w in ("the", "these", "those", "some", "many", "most", "all") or w in NUMBER_WORDS:
                out.insert(0, toks[k])
                break
            if w in self.lex["speech"] or w in self.lex["stance"] or w in self.lex["document_verbs"]:
                break  # "Insiders at the authority say engineers fear", "the footage shows operatives explaining": another clause
            if _is_cap(text, toks[k]) or w in STOP or w in BETWEEN or w in PRONOUNS or w in TIME_WORDS or not w.replace("-", "").isalpha():
                if w == "and" and out and k > 0 and _is_plural_noun(toks[k - 1].lower):
                    out.insert(0, toks[k])  # "the reprobates and hypocrites"
                    k -= 1
                    continue
                break
            out.insert(0, toks[k])
            k -= 1
        while out and out[0].lower == "and":
            out = out[1:]
        return out if out and _is_plural_noun(out[-1].lower) and not self.is_source_noun(out[-1].lower) else []

    def _credited_block(self, sent: _Sentence, sent_text: str) -> None:
        """A sentence that credits a copied block or an epigraph: "Here is
        more from Paul Joseph Watson…", '"...the present."-William Booth'."""
        tail = sent_text.rstrip()
        m = None
        if tail.endswith(("…", "...", ":")) and (" from " in sent_text or " by " in sent_text):
            m = _BLOCK_INTRO.match(self.text, sent.start, sent.start + len(tail))
        elif tail[-1:].isalpha() and any(d in sent_text for d in "—–-"):
            # (Not "— Tracy Wilkinson" on its own line: a reporter's sign-off looks the same.)
            m = _EPIGRAPH_CREDIT.search(self.text, sent.start, sent.start + len(tail))
        if m is None or self.in_quote(m.start(1)):
            return
        np = [t for t in sent.toks if m.start(1) <= t.start < m.end(1)]
        got = self.classify(np) if np else None
        if got is not None and got[0] in ("person", "media", "organisation", "document"):
            key = self.add_source(got[0], got[1], got[2], sent.index, np[0].start)
            self._add_cue(sent, m.start(1), m.end(1), m.group(1), "epigraph", key, got[1], np)

    def _named_before_colon(self, sent: _Sentence, k: int) -> bool:
        """A long clause ends at token *k*, before a colon and a quote, in a
        name set off by a comma or after a copula: "Another Republican who
        wants to stop is former RNC Chair, Michael Steele: '...'"."""
        np = self._collect_back(sent, k)
        if not np or np[0] not in sent.toks:
            return False
        i = sent.toks.index(np[0])
        if i == 0 or sent.quoted[i - 1]:
            return False
        got = self.classify(np)
        before = sent.toks[i - 1]
        return got is not None and got[0] in ("person", "organisation", "media") and (
            _gap(self.text, before, np[0]).strip() == "," or before.lower in COPULAS)

    def _object_of_gerund(self, sent: _Sentence, np: list[Token], j: int) -> bool:
        """'Muslim gets 20 years for joining ISIS, says ...': a phrase right
        after a gerund and before a comma is its object, not the speaker."""
        toks, text = sent.toks, self.text
        i = toks.index(np[0]) if np[0] in toks else -1
        if i < 1 or toks.index(np[-1]) + 1 != j or "," not in _gap(text, np[-1], toks[j]):
            return False
        prev = toks[i - 1]
        return prev.lower.endswith("ing") and len(prev.lower) > 5 and not _is_cap(text, prev) and _clean_gap(_gap(text, prev, np[0]))

    def _as_named_in_body(self, sent: _Sentence, np: list[Token]) -> list[Token]:
        """A headline speaker 'Farrakhan Speech:' cut to the words the body
        names ("Farrakhan")."""
        body = self.text[sent.end:]
        while len(np) > 1 and self._np_text(np) not in body and self._np_text(np[:-1]) in body:
            np = np[:-1]
        return np

    def _noun_owner(self, sent: _Sentence, pos: int) -> list[Token] | None:
        """Whose are the "warnings" at *pos*? A name before the noun ("ISIS
        warnings") is their source; a verb or possessive before it ("nine
        countries are sounding warnings", "his fears") gives them to someone
        else ([]); None when nothing does (an agentless "fears that")."""
        toks, text = sent.toks, self.text
        i = bisect.bisect_left([t.start for t in toks], pos)
        if i == 0 or i > len(toks) or sent.quoted[i - 1] or not _clean_gap(_gap(text, toks[i - 1], toks[i])):
            return None
        prev = toks[i - 1]
        if prev.lower == "own" and i >= 2 and not sent.quoted[i - 2] and _clean_gap(_gap(text, toks[i - 2], prev)):
            i -= 1  # "Bishop Laun's own criticism", "their own fears": the owner before "own"
            prev = toks[i - 1]
        if _is_cap(text, prev) and not self.is_sentence_initial(prev):
            return self._collect_back(sent, i - 1)
        if prev.lower in EXPRESSION_VERBS:
            return self.np_before(sent, i - 1)  # "nine countries are sounding warnings that ..."
        if prev.lower in _POSSESSIVE_PRONOUNS or prev.lower.endswith(("'s", "’s")):
            return []
        return None

    def _nominal_cue(self, sent: _Sentence, j: int) -> None:
        """'Trump's claim that ...', 'his warning that ...', 'a ruling that
        ...': a noun whose content follows in a that-clause."""
        toks, text = sent.toks, self.text
        t = toks[j]
        if sent.quoted[j] or j + 2 >= len(toks) or not _clean_gap(_gap(text, t, toks[j + 1])):
            return
        if t.lower in NOMINAL_VOICED or (t.lower == "fire" and j > 0 and toks[j - 1].lower == "under" and not sent.quoted[j - 1]):
            self._voiced_by(sent, j)  # "criticism from diplomats", "came under fire from the State Department"
            return
        if t.lower == "fire":
            return
        if t.lower in OF_AGENT_NOUNS and toks[j + 1].lower == "of" and not sent.quoted[j + 2]:
            # "contrary to the expressed views of his top advisers": whose views.
            np = self.np_after(sent, j + 2, limit=6)
            got = self.classify(np) if np and np[-1].lower not in PRONOUNS and np[-1].lower not in OWN_VOICE else None
            if got is not None and got[0] in ("person", "anonymous", "organisation", "vague"):
                key, spk = self.resolve(np, sent.index)
                if key:
                    self._add_cue(sent, t.start, t.end, text[t.start:t.end], "nominal", key, spk, np)
            return
        if toks[j + 1].lower != "that":
            # "Trump's call to arm teachers", "his demand for a recount":
            # a possessor's proposal with its content.
            prev = toks[j - 1] if j > 0 else None
            if (t.lower in NOMINAL_PROPOSALS and toks[j + 1].lower in ("to", "for") and prev is not None and not sent.quoted[j - 1]
                    and prev.lower.endswith(("'s", "’s")) and _is_cap(text, prev) and _clean_gap(_gap(text, prev, t))):
                np = self._collect_back(sent, j - 1)
                key, spk = self.resolve(np, sent.index) if np else ("", "")
                if key:
                    self._add_cue(sent, t.start, t.end, text[t.start:t.end], "nominal", key, spk, np)
            return
        if toks[j + 2].lower in AUXILIARIES or toks[j + 2].lower in self.lex["speech"] or sent.quoted[j + 1]:
            return  # "the report that was released", "the report that said": a relative clause
        if any(c.sentence == sent.index and c.start <= t.start < c.end for c in self.cues):
            return
        np: list[Token] = []
        prev = toks[j - 1] if j > 0 and _clean_gap(_gap(text, toks[j - 1], t)) and not sent.quoted[j - 1] else None
        if prev is not None and prev.lower in _POSSESSIVE_PRONOUNS:
            np = [Token(prev.start, prev.end, _POSSESSIVE_PRONOUNS[prev.lower], prev.sentence)]
        elif prev is not None and prev.lower.endswith(("'s", "’s")) and (_is_cap(text, prev) or self.is_source_noun(prev.lower[:-2]) or prev.lower[:-2] in self.lex["titles"]):
            np = self._collect_back(sent, j - 1)  # "Trump's claim that", "the defense minister's insistence that"
            if np and not _is_cap(text, prev):
                np = np[:-1] + [Token(prev.start, prev.end - 2, prev.lower[:-2], prev.sentence)]
        elif t.lower in NOMINAL_DOCUMENTS:
            np = self._collect_back(sent, j)
            if len(np) > 3 or (np and np[0].lower not in ("a", "an", "the", "this", "its")):
                return  # "the most painful and serious decision that I have made": a relative clause
            i0 = toks.index(np[0]) if np and np[0] in toks else -1
            if i0 >= 2 and toks[i0 - 1].lower == "in" and any(toks[i].lower in self.lex["speech"] and not sent.quoted[i] for i in range(max(0, i0 - 4), i0 - 1)):
                return  # "The company said in a statement that ...": the company's words, one source (ANNOTATION.md 2)
        if not np:
            if t.lower in UNOWNED_CHARGES and (j == 0 or (prev is not None and prev.lower == "the")) and not self._object_relative(sent, j + 1):
                # "the charge that it sent the drone", "Rumors that ...": an
                # accusation with no teller is agentless (ANNOTATION.md 8.7).
                name = text[(prev or t).start:t.end]
                key = self.add_source("vague", name, "vague:" + name.lower(), sent.index, (prev or t).start)
                self._add_cue(sent, t.start, t.end, text[t.start:t.end], "agentless", key, name, [])
            return
        key, spk = self.resolve(np, sent.index)
        if key:
            self._add_cue(sent, t.start, t.end, text[t.start:t.end], "nominal", key, spk, np)

    def _object_relative(self, sent: _Sentence, k: int) -> bool:
        """The "that" at token *k* opens a relative clause missing its object
        ("the charge that he faces carries ten years"), not a content clause
        ("the charge that it sent the drone"): a pronoun and a verb, then the
        end of the segment or another finite verb ("... faces carries")."""
        toks, text, n = sent.toks, self.text, len(sent.toks)
        if k + 2 >= n or toks[k + 1].lower not in PRONOUNS or toks[k + 2].lower in AUXILIARIES:
            return False
        if k + 3 >= n or not _segment_gap(_gap(text, toks[k + 2], toks[k + 3])):
            return True
        after = toks[k + 3].lower
        return after not in AUXILIARIES and after.endswith(("s", "ed")) and after not in DETERMINERS and after not in PREPOSITIONS and not _is_cap(text, toks[k + 3])

    def _document_clause(self, sent: _Sentence) -> None:
        """'incident reports showing police had been called', 'a letter from
        a survivor that detailed the abuse', 'a photo also surfaced showing',
        'tests, which determined that ...': a document whose content follows
        in a participle or relative clause is a source (ANNOTATION.md section
        1: for documents the link covers find, show, conclude)."""
        toks, text = sent.toks, self.text
        for j in range(1, len(toks) - 1):
            tl = toks[j].lower
            if sent.quoted[j]:
                continue
            if tl in RELATIVE_PRONOUNS and tl != "who":
                v = j + 1 + (toks[j + 1].lower.endswith("ly") and j + 2 < len(toks))
                if toks[v].lower not in RELATIVE_CONTENT_VERBS or sent.quoted[v]:
                    continue
            elif tl not in CONTENT_PARTICIPLES:
                continue
            head = self._document_head_before(sent, j)
            if head < 0 or any(c.sentence == sent.index and (c.start <= toks[head].start < max(c.end, c.speaker_end)
                                                            or c.kind == "verb" and 0 <= toks[head].start - c.end < 30) for c in self.cues):
                continue  # "the report found ...", "according to records showing": already a cue; "penned a letter demanding": the writer's

            np = self._collect_back(sent, head)
            for i in range(len(np) - 2, -1, -1):
                w = np[i].lower
                if w in STATEMENT_RELEASE or w in self.lex["speech"] or (w.endswith("ed") and (i == 0 or not _is_adverb(np[i - 1].lower) and np[i - 1].lower not in DETERMINERS)):
                    np = np[i + 1:]  # "Authorities released incident reports": the object only
                    break
            got = self.classify(np) if np else None
            if got is not None and got[0] == "vague" and len(np) >= 2 and np[-2].lower not in OPEN_REPORT_MODIFIERS:
                # "incident reports showing": a kind of record, not "reports say".
                low = " ".join(t.lower for t in np if t.lower != "the")
                key = self.add_source("document", self._np_text(np), "document:" + low, sent.index, np[0].start)
                self._add_cue(sent, toks[j].start, toks[j].end, text[toks[j].start:toks[j].end], "nominal", key, self._np_text(np), np)
            elif got is not None and got[0] == "document":
                key, spk = self.resolve(np, sent.index)
                if key:
                    self._add_cue(sent, toks[j].start, toks[j].end, text[toks[j].start:toks[j].end], "nominal", key, spk, np)

    def _document_head_before(self, sent: _Sentence, j: int) -> int:
        """The document noun that a content clause at *j* belongs to: just
        before it (a comma allowed), before a short prepositional phrase ("a
        letter from a survivor"), or the subject of a verb of appearing ("a
        photo also surfaced"); -1 if none."""
        toks, text, lex = sent.toks, self.text, self.lex
        for k in range(j - 1, max(-1, j - 7), -1):
            gap = _gap(text, toks[k], toks[k + 1])
            if sent.quoted[k] or not (_clean_gap(gap) or (k == j - 1 and gap.strip() == ",")):
                return -1
            w = toks[k].lower
            if w in lex["document"] or (w.endswith("s") and w[:-1] in lex["document"]):
                return k
            if k == j - 1 and not _clean_gap(gap):
                return -1  # "records from 2017, stating ...": after a comma only the document itself ("tests, which ...")
            if not (w in PREPOSITIONS or w in DETERMINERS or w in APPEARING or _is_adverb(w) or w in NUMBER_WORDS
                    or (not w.endswith(("ed", "ing")) and w not in AUXILIARIES and w not in self.lex["speech"])):
                return -1
        return -1

    def _voiced_by(self, sent: _Sentence, j: int) -> None:
        """'criticism from Democrats and Republicans in Congress, from
        diplomats and from even some corporations': each giver is a source."""
        toks, text, n = sent.toks, self.text, len(sent.toks)
        t, k = toks[j], j + 1
        for m in range(j + 2, min(n, j + 7)):
            if toks[k].lower == "from" or sent.quoted[m - 1]:
                break
            if toks[m].lower == "from" and (toks[m - 1].lower == "ago" or toks[m - 1].lower in TIME_WORDS) and not _SEGMENT_BREAK.search(text[t.end:toks[m].start]):
                k = m  # "came under fire a couple years ago from ...": a time phrase first
                break
        while k < n and toks[k].lower == "from" and not sent.quoted[k]:
            start = k + 1
            while start < n and toks[start].lower in ("even", "also", "both"):
                start += 1
            end = start
            while end < n and not sent.quoted[end] and toks[end].lower not in ("from", "that", "who", "which", "over", "for", "about", "under") and (
                    end == start or not _SEGMENT_BREAK.search(_gap(text, toks[end - 1], toks[end])) or _abbrev_gap(text, toks[end - 1], toks[end])):
                end += 1
            np = toks[start:end]
            while np and np[-1].lower == "and":
                np = np[:-1]
            if t.lower == "fire" and not any(toks[x].lower in ("for", "over") and not sent.quoted[x] for x in range(end, min(n, end + 12))):
                return  # "came under fire from the rooftop": shots; "... from the State Department for ..." is criticism
            key, spk = self.resolve(np[:8], sent.index) if np else ("", "")
            if key:
                self._add_cue(sent, t.start, t.end, text[t.start:t.end], "nominal", key, spk, np[:8])
            k = end

    def _modified_head_after(self, sent: _Sentence, j: int) -> list[Token]:
        """'according to legal and insurance papers': lowercase modifiers,
        joined by 'and' or commas, then a source noun."""
        toks, text = sent.toks, self.text
        for h in range(j, min(len(toks), j + 6)):
            if sent.quoted[h] or (h > j and not _clean_gap(_gap(text, toks[h - 1], toks[h])) and _gap(text, toks[h - 1], toks[h]).strip() != ","):
                return []
            if _is_cap(text, toks[h]):
                return []
            if self.is_source_noun(toks[h].lower):
                return toks[j:h + 1]
        return []

    def _gives_content(self, sent: _Sentence, j: int) -> bool:
        """The verb at *j* introduces what was said: "claims that", "told me
        that", "dismissed as", "referred to", a colon or a quote next."""
        toks, text = sent.toks, self.text
        k = j + 1
        if k < len(toks) and toks[k].lower in ("me", "him", "her", "us", "them", "it"):
            k += 1
        if k >= len(toks):
            return False
        gap = text[toks[k - 1].end:toks[k].start]
        return toks[k].lower in ("that", "as", "to") or sent.quoted[k] or any(ch in gap for ch in ":\"“‘'") or (
            sent.headline and any(ch in gap for ch in "–—"))  # a headline's "Liberals Agree – Trump Tougher ..."

    def _that_after_object(self, sent: _Sentence, j: int) -> bool:
        """The verb at *j* takes a that-clause, straight after it or after a
        short object in the same segment: "ordered that ...", "instructed
        the agency that ..."."""
        toks, text = sent.toks, self.text
        for k in range(j + 1, min(len(toks), j + 7)):
            if sent.quoted[k] or not _segment_gap(_gap(text, toks[k - 1], toks[k])):
                return False
            if toks[k].lower == "that":
                return True
            if toks[k].lower in STOP and toks[k].lower not in ("the", "of", "for", "at", "in", "on"):
                return False  # ("ruled on Friday that ...": a time between)
        return False

    def _content_follows(self, sent: _Sentence, j: int) -> bool:
        """A verb of CONTENT_ONLY at *j* reports speech: "agreed that ...",
        "maintained his innocence", "dismissed the report as a hoax"."""
        toks, n = sent.toks, len(sent.toks)
        if self._gives_content(sent, j) and not (j + 1 < n and toks[j + 1].lower == "to" and not (j + 2 < n and sent.quoted[j + 2])):
            return True  # "agreed that ...", 'agreed to "provide security guarantees"' (its words), not "agreed to pay"
        colon = self.text.find(":", toks[j].end, sent.end)
        if colon > 0 and self.text[colon + 1:colon + 3].lstrip()[:1] in ("“", '"'):
            return True  # "Fisher maintains a sliver of space for deniability: '...'"
        rest = [t.lower for t in toks[j + 1:j + 10]]
        base = toks[j].lower
        if base.startswith("maintain"):
            return "innocence" in rest[:3] or "that" in rest[:6]  # "maintained the argument that ..."
        if base.startswith("dismiss"):
            # "dismissed the report as a hoax", 'dismissed Viganò's "wild claims"',
            # "dismissed the allegations" (not "dismissed the charge").
            return "as" in rest or any(sent.quoted[j + 1:j + 7]) or any(w in DISMISSED_CONTENT for w in rest[:6])
        if base.startswith("appeal"):
            # "appealed to the West 'not to forget ...'", "appealed to voters to
            # stay home", "appealed for calm" (not "appealed the ruling").
            return rest[:1] == ["for"] or (rest[:1] == ["to"] and (any(sent.quoted[j + 2:j + 9]) or "to" in rest[2:8]))
        if base.startswith("agree"):
            # "agreed with X that ...", or a content clause without "that":
            # "agrees the charges are baseless" (not "agreed the terms").
            return ("with" in rest[:1] and "that" in rest) or (rest[:1] and rest[0] in CLAUSE_SUBJECTS and any(w in FINITE_AUXILIARIES for w in rest[1:5]))
        return False

    def _parenthetical_speaker(self, sent: _Sentence, j: int) -> list[Token]:
        """'Francis, writes Royal, "has little use ..."': a reporting clause
        set off by commas inside the sentence names its speaker after the
        verb."""
        toks, text = sent.toks, self.text
        if j == 0 or j + 1 >= len(toks) or sent.quoted[j - 1] or "," not in _gap(text, toks[j - 1], toks[j]):
            return []
        np = self.np_after(sent, j + 1, limit=5)
        if not np or not _is_cap(text, np[-1]) or np[0].lower in PRONOUNS:
            return []
        k = toks.index(np[-1]) + 1
        if k >= len(toks):
            return np  # "..., said Smith."
        after = text[np[-1].end:toks[k].start].strip()
        return np if after[:1] in (",", "\"", "“") else []

    def _inverted_position(self, sent: _Sentence, j: int) -> bool:
        """A tag after its quote or clause: '"...," said X' or '..., says X'."""
        if j == 0:
            return True
        gap = _gap(self.text, sent.toks[j - 1], sent.toks[j])
        return sent.quoted[j - 1] or any(ch in gap for ch in ",\"”’'")

    def _audience_outlet(self, sent: _Sentence, j: int) -> None:
        """'told CNN', 'told "CBS This Morning"': the outlet is a source too."""
        toks, text = sent.toks, self.text
        if j >= len(toks):
            return
        for h in range(j, min(j + 3, len(toks))):
            if toks[h].lower == "outlet" and toks[j].lower in ("the", "this", "that"):
                return  # "told the media outlet": the outlet just named, not another
            if toks[h].lower in ("outlets", "outlet") and not _is_cap(text, toks[h]):
                phrase = text[toks[j].start:toks[h].end]  # "told media outlets": unnamed outlets, open-ended
                self.add_source("vague", phrase, "vague:" + phrase.lower(), sent.index, toks[j].start)
                return
            if _is_cap(text, toks[h]) or toks[h].lower in STOP:
                break
        if self._described_outlet(sent, j):
            return
        at = j + 1 if toks[j].lower == "the" else j
        if at + 2 < len(toks) and toks[at].lower.isalpha() and not _is_cap(text, toks[at]) and toks[at + 1].lower in ("at", "from", "of") and (
                _is_cap(text, toks[at + 2]) or toks[at + 2].lower == "the") and _segment_gap(_gap(text, toks[at], toks[at + 2])):
            self._audience_outlet(sent, at + 2)  # "told the leftists at Democracy Now!": people of the outlet heard it
            return
        np: list[Token] = []
        m = j
        if toks[m].lower == "the" and m + 1 < len(toks) and _is_cap(text, toks[m + 1]):
            m += 1  # "told the Jezebel website"
        while m < len(toks) and len(np) < 6:
            t = toks[m]
            if np and not _segment_gap(_gap(text, np[-1], t).replace('"', "").replace("“", "").replace("”", "")):
                break
            if not (_is_cap(text, t) or (np and t.lower in ("&", "of", "the"))):
                break
            np.append(t)
            m += 1
        while np and np[-1].lower in ("&", "of", "the"):
            np.pop()
        if not np:
            return
        if (m < len(toks) and toks[m].lower in OUTLET_NOUNS and _clean_gap(_gap(text, np[-1], toks[m]))
                and not (toks[j].lower == "the" and self.in_quote(np[0].start))):
            np.append(toks[m])  # "the Jezebel website", "the Post newspaper"
            name = text[toks[j].start:np[-1].end]
            self._heard(name, "media:" + " ".join(t.lower for t in np[:-1]), sent.index, toks[j].start)
            return
        if m < len(toks) and len(np) == 1 and toks[m].lower.isdigit() and len(toks[m].lower) <= 2 and _clean_gap(_gap(text, np[-1], toks[m])):
            np.append(toks[m])  # a channel number: "KENS 5"
        name = text[np[0].start:np[-1].end]
        low = " ".join(t.lower for t in np)
        if np[0] is not toks[j] and "the " + low in self.lex["media"]:
            name, low = text[toks[j].start:np[-1].end], "the " + low  # "The Atlantic"
        quoted_title = any(self.in_quote(t.start) for t in np)
        first = text[np[0].start:np[0].end].rstrip("’'")
        acronym = first.isupper() and 2 <= len(first) <= 5
        heads = self.lex["media_heads"]
        if (low in self.lex["media"] or low.removeprefix("the ") in self.lex["media"] or "the " + low in self.lex["media"] or np[-1].lower in heads or quoted_title or _CALL_SIGN.match(name)
                or any(t.lower.rstrip("0123456789").rstrip("-") in heads and t.lower[-1].isdigit() for t in np)
                or (len(np) == 1 and first[-1].isdigit() and first[0].isalpha())):
            # "News-4 San Antonio", "Kurdistan24": a channel number makes an outlet.
            self._heard(name, "media:" + low.removeprefix("the "), sent.index, np[0].start)
        elif acronym or first.lower() in self.lex["media"]:
            self._heard(first, "media:" + first.lower(), sent.index, np[0].start)
        elif (len(np) == 1 and _INTERVIEW_MEANS.match(text, np[0].end) and first.lower() not in self.lex["given_names"]
              and "person:" + first.lower() not in self.sources):
            # "told Gizmodo by email": what hears a speaker by email or in an
            # interview, and is no person of the article, is an outlet.
            self._heard(first, "media:" + first.lower(), sent.index, np[0].start)

    def _passive_agent(self, sent: _Sentence, j: int) -> bool:
        """'the illnesses reported by U.S. government employees', 'what was
        described by the ministry as ...', 'first reported in the Forward':
        the agent of a passive reporting verb at token *j* is its source.
        Returns True when one was found."""
        toks, text, n = sent.toks, self.text, len(sent.toks)
        if j + 2 >= n or sent.quoted[j + 2]:
            return False
        by = toks[j + 1].lower == "by"
        prev = toks[j - 1].lower if j > 0 else ""
        if not by and not (toks[j].lower == "reported" and prev in ("first", "originally", "initially", "previously")):
            return False  # "reported in March", "described in detail"
        agent = self.np_after(sent, j + 2, limit=8) or self._modified_head_after(sent, j + 2)
        if not agent or agent[-1].lower in PRONOUNS:
            return False
        got = self.classify(agent)
        if got is None:
            return False
        if not by:
            # "first reported in the Forward" (an outlet), not "in Equateur
            # province" or "in the Bronx borough" (places).
            if got[0] != "media" and not (agent[0].lower == "the" and len(agent) > 1 and _is_cap(text, agent[1]) and got[0] in ("person", "organisation")
                                          and got[1].lower() not in self.lex["countries"] and not _PLACE_AFTER.match(text, agent[-1].end)):
                return False
            name = self._np_text(agent)  # "first reported in the Forward": where news first appears is an outlet
            got = ("media", name, "media:" + name.lower().removeprefix("the "))
        key = self.add_source(got[0], got[1], got[2], sent.index, agent[0].start)
        self._add_cue(sent, toks[j].start, toks[j + 1].end, text[toks[j].start:toks[j + 1].end], "verb", key, self._np_text(agent), agent)
        return True

    def _caught_saying(self, sent: _Sentence, j: int) -> bool:
        """'X was caught on camera saying ...', 'X was heard telling ...',
        'X were recorded revealing ...': the subject of the passive of
        perception or recording said what the -ing verb at *j* reports."""
        toks = sent.toks
        k = j - 1
        if k >= 2 and toks[k].lower in RECORDING_MEDIA and toks[k - 1].lower == "on":
            k -= 2  # "caught on camera"
        if k < 1 or toks[k].lower not in CAUGHT_FORMS or any(sent.quoted[k:j]):
            return False
        a = k - 1
        while a >= 0 and (toks[a].lower in BETWEEN or _is_adverb(toks[a].lower)) and toks[a].lower not in ("is", "are", "was", "were", "been", "be"):
            a -= 1
        if a < 1 or toks[a].lower not in ("is", "are", "was", "were", "been", "be", "being"):
            return False
        while a > 0 and toks[a - 1].lower in ("has", "have", "had", "been", "being", "is", "are", "was", "were"):
            a -= 1
        np = self.np_before(sent, a) or self._generic_subject(sent, a)
        key, spk = self.resolve(np, sent.index) if np else ("", "")
        if key:
            self._add_cue(sent, toks[j].start, toks[j].end, self.text[toks[j].start:toks[j].end], "verb", key, spk, np)
        return bool(key)

    def _reduced_relative(self, sent: _Sentence, j: int) -> None:
        """'hundreds of protesters accusing the bishop of covering up ...',
        'two women claiming that ...': an -ing reporting verb at token *j*
        right after a plural noun phrase of people, with its content after
        it, reports what those people say (a relative clause without "who")."""
        toks, text = sent.toks, self.text
        if j < 1 or sent.quoted[j - 1] or not _clean_gap(_gap(text, toks[j - 1], toks[j])):
            return
        head = toks[j - 1].lower
        if _is_cap(text, toks[j - 1]) or not (_is_plural_noun(head) or head in IRREGULAR_PLURALS) or head in NOUN_HOMOGRAPHS:
            return
        rest = [t.lower for t in toks[j + 1:j + 8]]
        if not (self._gives_content(sent, j) or (toks[j].lower.startswith("accus") and "of" in rest)):
            return
        np = self._collect_back(sent, j - 1)
        got = self.classify(np) if np else None
        if got is None:
            np = self._plural_human_subject(sent, j)
            if not np:
                return
            low = " ".join(x.lower for x in np)
            kind = "anonymous" if any(x.lower in NUMBER_WORDS or x.lower.isdigit() for x in np) else "vague"
            key = self.add_source(kind, self._np_text(np), f"{kind}:{low}", sent.index, np[0].start)
        else:
            key, _ = self.resolve(np, sent.index)
        if key:
            self._add_cue(sent, toks[j].start, toks[j].end, text[toks[j].start:toks[j].end], "participle", key, self._np_text(np), np)

    def _outlet_name(self, name: str, piped: bool) -> bool:
        """*name* reads as an outlet's: a known one, a media head word
        ("Daily News"), call letters ("WSYX/WTTE"), or any name set off by
        a byline's "|"."""
        low = name.lower().removeprefix("the ")
        words = low.split()
        return (piped or low in self.lex["media"] or "the " + low in self.lex["media"] or (words and words[-1] in self.lex["media_heads"])
                or all(w.isupper() for w in name.replace("/", " ").split()))

    def _agent_after(self, sent: _Sentence, i: int) -> list[Token]:
        """The person or body after "by" in the phrase from token *i* to the
        next comma ("links and information shared by Tom Reed"), or []."""
        toks, text = sent.toks, self.text
        for m in range(i, min(len(toks) - 1, i + 10)):
            if sent.quoted[m] or (m > i and not _segment_gap(_gap(text, toks[m - 1], toks[m]))):
                return []
            if toks[m].lower == "by" and m > i:
                agent = self.np_after(sent, m + 1, limit=6)
                got = self.classify(agent) if agent and agent[-1].lower not in PRONOUNS else None
                return agent if got is not None and got[0] in ("person", "organisation", "media") else []
        return []

    def _struck_as(self, sent: _Sentence, j: int) -> None:
        """'The rules struck some as an encroachment', 'the plan strikes
        many economists as reckless': the object of "strike ... as" holds
        the view (a stance, ANNOTATION.md 8.6)."""
        toks, n = sent.toks, len(sent.toks)
        at = next((m for m in range(j + 2, min(n, j + 6)) if toks[m].lower == "as" and not sent.quoted[m]), -1)
        if at < 0 or not all(_segment_gap(_gap(self.text, toks[m - 1], toks[m])) for m in range(j + 1, at + 1)):
            return
        np = toks[j + 1:at]
        if np[-1].lower in PRONOUNS or np[-1].lower in ("me", "us", "him", "her", "them", "it"):
            return  # "it struck me as odd": the writer, or someone already cited
        key, spk = self.resolve(np, sent.index)
        if key:
            self._add_cue(sent, toks[j].start, toks[at].end, self.text[toks[j].start:toks[at].end], "verb", key, spk, np)

    def _read_tag(self, sent: _Sentence, j: int) -> None:
        """'"...," read a report in the Courier.', '"...," the letter reads.':
        a text's words quoted before "read(s)" are the words of that text
        (a document or outlet; people who read are not sources)."""
        toks, text, n = sent.toks, self.text, len(sent.toks)
        if j == 0 or sent.quoted[j]:
            return
        if sent.quoted[j - 1] and any(ch in _gap(text, toks[j - 1], toks[j]) for ch in ",?!—–"):
            np = self._documented_outlet(sent, j + 1) or self.np_after(sent, j + 1, limit=8) if j + 1 < n else []
        elif j >= 2 and (j + 1 == n) and not sent.quoted[j - 1] and any(sent.quoted[:j - 1]):
            np = self.np_before(sent, j)  # '"...," the letter reads.'
            if any(x.lower.endswith(("'s", "’s")) for x in np):
                return  # '"...," J Street's statement read': its author's words (ANNOTATION.md section 1)
        else:
            return
        got = self.classify(np) if np else None
        if got is None or got[0] not in ("document", "media"):
            return
        key, spk = self.resolve(np, sent.index)
        if key:
            self._add_cue(sent, toks[j].start, toks[j].end, text[toks[j].start:toks[j].end], "verb", key, spk, np)

    def _made_clear(self, sent: _Sentence, j: int) -> None:
        """'X made (it) clear that ...', 'X has made it very clear why ...':
        an idiom of saying, with its content after "clear" at token *j*."""
        toks, text, n = sent.toks, self.text, len(sent.toks)
        k = j - 1
        while k >= 0 and not sent.quoted[k] and (_is_adverb(toks[k].lower) or toks[k].lower in ("very", "crystal", "quite", "so")):
            k -= 1
        if k >= 0 and toks[k].lower == "it":
            k -= 1
        if k < 0 or sent.quoted[k] or toks[k].lower not in ("make", "makes", "made", "making"):
            return
        if not (j + 1 < n and (toks[j + 1].lower in ("that", "why", "how", "what", "whether") or sent.quoted[j + 1] or ":" in _gap(text, toks[j], toks[j + 1]))):
            return  # "made it clear" with no content, or "made the water clear"
        np = self.np_before(sent, k)
        key, spk = self.resolve(np, sent.index) if np else ("", "")
        if key:
            self._add_cue(sent, toks[k].start, toks[j].end, text[toks[k].start:toks[j].end], "verb", key, spk, np)

    def _block_speaker(self, sent: _Sentence, np: list[Token], pos: int) -> None:
        """A line that is only a name and a colon, before a new paragraph:
        "The Courier:", "Jane Ortiz:" introduce the block that follows as
        that outlet's or person's words. Form labels ("Arrest Information:",
        "Update:") name no one: only an outlet, or a person with a given
        name, counts."""
        text = self.text
        cut = next((i for i, t in enumerate(np[:3]) if t.lower in ("from", "via")), -1)
        if cut >= 0 and all(t.lower in ("more", "excerpt", "read", "story") for t in np[:cut]):
            np = np[cut + 1:]  # "From the Courier:", "More from the Courier:"
        if not np or not all(_is_cap(text, t) or t.lower == "the" for t in np) or np[0].lower in HEADLINE_LABELS:
            return
        nxt = self.sents[sent.index + 1] if sent.index + 1 < len(self.sents) else None
        if nxt is None or (nxt.paragraph == sent.paragraph and not self.lines_are_sentences):
            return
        got = self.classify(np)
        if got is None or not (got[0] == "media" or (got[0] == "person" and len(np) >= 2 and self._gender_of_words([t.lower for t in np]))):
            return
        key = self.add_source(got[0], got[1], got[2], sent.index, np[0].start)
        self._add_cue(sent, pos, pos + 1, ":", "colon", key, got[1], np)

    def _credited_via(self, sent: _Sentence, j: int) -> None:
        """'..., via the Courier.', '(via Pew Research)', '(Source: the
        census)': an outlet or a document credited next to a claim is its
        source (ANNOTATION.md section 1); a platform, a place or a person is
        not ("via Twitter", "via Mexico")."""
        toks, text = sent.toks, self.text
        t = toks[j]
        before = text[toks[j - 1].end:t.start] if j > 0 else text[sent.start:t.start]
        if t.lower == "via":
            if not (j == 0 or "(" in before or "," in before or "—" in before):
                return  # "sent via email", "travelled via Mexico": a route, not a credit
            start = j + 1
        else:
            if "(" not in before or text[t.end:t.end + 1] != ":":
                return  # only the "(Source: X)" credit, not a "source said"
            start = j + 1
        if start >= len(toks) or sent.quoted[start]:
            return
        np = self.np_after(sent, start, limit=8) or self._modified_head_after(sent, start)
        if not np or np[-1].lower in PLATFORMS:
            return
        got = self.classify(np)
        if got is None or got[0] not in ("media", "document"):
            return
        key = self.add_source(got[0], got[1], got[2], sent.index, np[0].start)
        self._add_cue(sent, t.start, t.end, text[t.start:t.end], "credit", key, got[1], np)

    def _question_follows_agent(self, sent: _Sentence, j: int) -> bool:
        """'asked by X whether ...': the agent after "by" at *j* + 1 is
        followed by the question or request asked (its content)."""
        toks = sent.toks
        agent = self.np_after(sent, j + 2, limit=8) if j + 2 < len(toks) else []
        if not agent or agent[-1] not in toks:
            return False
        after = toks.index(agent[-1]) + 1
        return after < len(toks) and (sent.quoted[after] or toks[after].lower in ASKED_CONTENT) and _segment_gap(_gap(self.text, agent[-1], toks[after]))

    def _as_done_by(self, sent: _Sentence) -> None:
        """'As highlighted by The Daily Sheeple, ...', 'The timeline, as
        outlined by the Los Angeles Times, shows ...': a clause "as
        <participle> by X" opening or set off in the sentence credits X with
        what the sentence says, whatever the participle."""
        toks, text, n = sent.toks, self.text, len(sent.toks)
        for a in range(n - 3):
            if toks[a].lower != "as" or sent.quoted[a] or not (a == 0 or not _segment_gap(_gap(text, toks[a - 1], toks[a]))):
                continue
            v = a + 1
            if toks[v].lower in BETWEEN or _is_adverb(toks[v].lower):
                v += 1  # "as first reported by", "as previously noted by"
            part = toks[v].lower if v < n else ""
            if not (v + 2 < n and toks[v + 1].lower == "by" and part.endswith(("ed", "en", "wn")) and part.isalpha()
                    and _clean_gap(_gap(text, toks[a], toks[v])) and _clean_gap(_gap(text, toks[v], toks[v + 1]))):
                continue
            if any(c.sentence == sent.index and c.start <= toks[v].start < c.end for c in self.cues):
                continue  # "as reported by ..." found already
            agent = self.np_after(sent, v + 2, limit=8)
            got = self.classify(agent) if agent and agent[-1].lower not in PRONOUNS else None
            if got is None:
                continue  # "as evidenced by the fact that ..."
            key = self.add_source(got[0], got[1], got[2], sent.index, agent[0].start)
            self._add_cue(sent, toks[v].start, toks[v + 1].end, text[toks[v].start:toks[v + 1].end], "verb", key, self._np_text(agent), agent)

    def _heard(self, name: str, key: str, sentence: int, pos: int) -> str:
        """Register an outlet that heard a speaker ("told Fox News")."""
        key = self.add_source("media", name, key, sentence, pos)
        self.audience.setdefault(key, set()).add(sentence)
        return key

    def _described_outlet(self, sent: _Sentence, j: int) -> bool:
        """'told news agency TT', 'told the Danish tabloid Ekstra Bladet':
        a name right after a word for an outlet is an outlet, known or not.
        Registers it and returns True when the phrase at token *j* is one."""
        toks, text, n = sent.toks, self.text, len(sent.toks)
        m = j + 1 if j < n and toks[j].lower in ("the", "a") else j
        k, described = m, False
        while k < n and k - m < 5 and not sent.quoted[k]:
            w, cap = toks[k].lower, _is_cap(text, toks[k])
            if not cap and w in OUTLET_DESCRIPTORS:
                described = True
            elif described:
                if cap:
                    break
                return False  # "a local radio station the deal ...": no name follows
            elif cap and not (_DEMONYM.search(w) and k + 1 < n and not _is_cap(text, toks[k + 1])):
                return False  # "told Fox News": a name first, the usual path
            elif not cap and (w in STOP or not w.replace("-", "").isalpha()):
                return False
            k += 1
        if not described or k >= n or sent.quoted[k] or not _is_cap(text, toks[k]) or not _clean_gap(_gap(text, toks[k - 1], toks[k])):
            return False
        end = k
        while end + 1 < n and not sent.quoted[end + 1] and _clean_gap(_gap(text, toks[end], toks[end + 1])) and (
                _is_cap(text, toks[end + 1]) or (toks[end + 1].lower in ("of", "&") and end + 2 < n and _is_cap(text, toks[end + 2]))):
            end += 1
        own = text[toks[k].start:toks[end].end].lower().removeprefix("the ")
        # Named as written, with its description ("news agency TT").
        self._heard(text[toks[m].start:toks[end].end], "media:" + own, sent.index, toks[k].start)
        return True

    def _cited_as_saying(self, sent: _Sentence, j: int) -> None:
        """'The Guardian cited two unidentified sources as saying ...': whoever
        is cited or quoted as saying something is a source too."""
        toks = sent.toks
        for a in range(j + 2, min(len(toks) - 1, j + 10)):
            if sent.quoted[a]:
                return
            if toks[a].lower == "as" and toks[a + 1].lower in ("saying", "telling", "stating", "writing"):
                np = [t for t in toks[j + 1:a]]
                if np and all(_clean_gap(_gap(self.text, x, y)) for x, y in zip(np, np[1:])):
                    key, spk = self.resolve(np, sent.index)
                    if key:
                        self._add_cue(sent, toks[a + 1].start, toks[a + 1].end, toks[a + 1].lower, "verb", key, spk, np)
                return

    def _described_subject(self, sent: _Sentence, k: int) -> list[Token]:
        """'A woman described as a "former official" told ...': the subject
        before a quoted description that ends at token *k*."""
        q = k
        while q > 0 and sent.quoted[q - 1]:
            q -= 1
        toks = sent.toks
        if q >= 4 and toks[q - 2].lower == "as" and toks[q - 1].lower in ("a", "an", "the") and toks[q - 3].lower in ("described", "identified", "known"):
            return self._collect_back(sent, q - 4)
        return []

    def _interview_outlet(self, sent: _Sentence) -> None:
        """'..., Khweis said in an interview with Kurdistan24': the outlet
        that interviewed the speaker is a source too (ANNOTATION.md 8.8)."""
        toks = sent.toks
        for i in range(len(toks)):
            if toks[i].lower not in ("interview", "interviews") or sent.quoted[i]:
                continue
            if i + 2 < len(toks) and toks[i + 1].lower == "with":
                self._audience_outlet(sent, i + 2)
            elif i >= 2 and _is_cap(self.text, toks[i - 1]) and not _is_cap(self.text, toks[i]):
                # "said in a BBC interview", "told a Fox News interviewer": the outlet named before the noun
                np = self._collect_back(sent, i - 1)
                if np and np[0].lower in ("a", "an"):
                    np = np[1:]
                at = toks.index(np[0]) if np and np[0] in toks else 0
                got = self.classify(np) if at > 0 and toks[at - 1].lower in ("a", "an") else None
                if got is not None and got[0] == "media" and got[1].lower() not in PLATFORMS:
                    self._heard(got[1], got[2], sent.index, np[0].start)

    def _documented_outlet(self, sent: _Sentence, j: int) -> list[Token]:
        """'a report in The Guardian', 'an article by Bloomberg.com': a piece
        at token *j* that an outlet published, as one phrase (classified as
        that outlet), or []."""
        toks, n = sent.toks, len(sent.toks)
        h = j
        while h < n and h < j + 5 and not sent.quoted[h] and toks[h].lower not in MEDIUM_NOUNS:
            h += 1
        if h + 2 >= n or h >= j + 5 or toks[h].lower not in MEDIUM_NOUNS or toks[h + 1].lower not in ("in", "by", "from", "on"):
            return []
        outlet = self._capitalised_after(sent, h + 2)
        got = self.classify(outlet) if outlet else None
        return toks[j:toks.index(outlet[-1]) + 1] if got is not None and got[0] == "media" else []

    def _venue_outlet(self, sent: _Sentence) -> None:
        """Where a statement was made, when that is an outlet: "said on
        CNN", "wrote in a response on kath.net", "In a new video from Project
        Veritas, ... said", "In the documentary The Fog of War, ... admitted"
        (ANNOTATION.md 8.8, like "in an interview with X"). Called for
        sentences that hold an attribution."""
        toks, text, n = sent.toks, self.text, len(sent.toks)
        cue_ends = [c.end for c in self.cues if c.sentence == sent.index and c.source]
        # An opening adverbial that sets the scene: "During an appearance
        # with Tucker Carlson on Fox, Rep. Scott Perry said ...".
        opening = 0
        if toks and (toks[0].lower in INTRO_PREPOSITIONS or toks[0].lower in APPEARANCE_PARTICIPLES):
            opening = next((m for m in range(1, min(n, 16)) if "," in _gap(text, toks[m - 1], toks[m])), 0)
        for i in range(1, n - 1):
            w = toks[i].lower
            if sent.quoted[i] or sent.quoted[i + 1]:
                continue
            if w in ("on", "in"):
                # NOTE: "Speaking to the X, ..." is left out: on the development
                # sets its outlet was the article's own paper, which no credit names.
                # Right after the reporting verb (and its hearer): "said on
                # CNN", "told reporters on Fox News", "wrote in The Atlantic".
                if i >= opening and not any(0 <= toks[i].start - e and len(text[e:toks[i].start].split()) <= 2 for e in cue_ends):
                    continue
                np = self._capitalised_after(sent, i + 1)
                owner = next((m for m, t in enumerate(np) if t.lower.endswith(("'s", "’s"))), -1)
                if 0 <= owner < len(np) - 1:
                    # "on CNN's State of the Union": the network that owns the show.
                    last = np[owner]
                    np = np[:owner] + [Token(last.start, last.end - 2, last.lower[:-2], last.sentence)]
                got = self.classify(np) if np else None
                if got is not None and got[0] == "media" and got[1].lower() not in PLATFORMS:
                    self._heard(got[1], got[2], sent.index, np[0].start)
            elif w in MEDIUM_NOUNS and not _is_cap(text, toks[i]) and self._medium_opened(sent, i):
                link = toks[i + 1].lower
                k = i + 2 if link in ("from", "by", "on", "for", "with") else i + 1
                if k == i + 1 and not (w in TITLED_MEDIA and _is_cap(text, toks[k])):
                    continue
                np = self._capitalised_after(sent, k)
                after = toks.index(np[-1]) + 1 if np else n
                if after + 1 < n and toks[after].lower in ("at", "of", "for") and _clean_gap(_gap(text, np[-1], toks[after])):
                    np = self._capitalised_after(sent, after + 1) or np  # "a report by Rosiak at The Daily Caller News Foundation"
                if not np or self._np_text(np).lower() in PLATFORMS:
                    continue
                got = self.classify(np)
                if got is None:
                    continue
                named_person = got[0] == "person" and (len(np) < 2 or self._gender_of_words([t.lower for t in np]) or link != "from")
                if got[0] == "media":
                    self._heard(got[1], got[2], sent.index, np[0].start)
                elif (w in TITLED_MEDIA and k == i + 1) or (got[0] == "person" and not named_person):
                    name = self._np_text(np)  # a title keeps its "The": "The Fog of War"
                    self._heard(name, "media:" + name.lower().removeprefix("the "), sent.index, np[0].start)

    def _medium_opened(self, sent: _Sentence, i: int) -> bool:
        """The medium noun at *i* ("video", "documentary") heads a phrase
        after "in", "on" or "from" and an article: "In a new undercover
        video", "in the 2003 documentary"."""
        toks = sent.toks
        for h in range(i - 1, max(-1, i - 5), -1):
            if sent.quoted[h] or not _clean_gap(_gap(self.text, toks[h], toks[h + 1])):
                return False
            if toks[h].lower in ("a", "an", "the", "his", "her", "their", "its"):
                return h > 0 and toks[h - 1].lower in ("in", "on", "from", "during", "via") and not sent.quoted[h - 1]
        return False

    def _capitalised_after(self, sent: _Sentence, j: int) -> list[Token]:
        """The run of capitalised words at token *j* ("the Boston Globe",
        "The Fog of War", "kath.net"), or []."""
        toks, text, n = sent.toks, self.text, len(sent.toks)
        m = j + 1 if j < n and toks[j].lower == "the" else j
        np: list[Token] = toks[j:m]
        while m < n and not sent.quoted[m] and toks[m].lower not in TIME_WORDS and toks[m].lower not in MONTHS and (_is_cap(text, toks[m]) or _WEBSITE.search(text, toks[m].start, toks[m].end) or (
                np and toks[m].lower in ("of", "the", "&") and m + 1 < n and _is_cap(text, toks[m + 1]))):
            if np and not _clean_gap(_gap(text, toks[m - 1], toks[m])):
                break
            np.append(toks[m])
            m += 1
        return np if np and np[-1].lower != "the" else []

    def _previous_subject(self, sentence: int, want: str) -> tuple[str, str, str] | None:
        """The person opening the sentence before *sentence* as its subject,
        when the name says he or she is of gender *want* ("f"/"m")."""
        if sentence < 1 or self.sents[sentence - 1].headline:
            return None
        opener = self._subject_from_start(self.sents[sentence - 1])
        if not opener or opener[0].lower in PRONOUNS or self._run_gender(opener) != want:
            return None
        got = self.classify(opener)
        return got if got is not None and got[0] == "person" else None

    def _clause_subject(self, sent: _Sentence, j: int) -> list[Token]:
        """The subject opening the sentence, as the longest noun phrase that
        starts at its first word and ends before token *j* ("The mayor",
        "a grand jury report"), else what _subject_from_start finds."""
        toks = sent.toks
        opener = self._subject_from_start(sent)
        if opener and opener[0] in toks and opener[0].lower in DETERMINERS:
            a = toks.index(opener[0])
            for q in range(min(a + 6, j - 2), a, -1):
                cand = self._collect_back(sent, q)
                if cand and cand[0] is opener[0] and self.classify(cand) is not None:
                    return cand
        return opener

    def _subject_from_start(self, sent: _Sentence) -> list[Token]:
        """The noun phrase opening the sentence (after a dateline or a
        conjunction): "WASHINGTON — President Trump ..., saying"."""
        toks, text = sent.toks, self.text
        i = 0
        # Dateline: capitals at the start followed by a dash or "(AP)".
        while i < len(toks) and text[toks[i].start:toks[i].end].isupper() and len(toks[i].lower) > 1:
            i += 1
        if i and (i >= len(toks) or not any(ch in _gap(text, toks[i - 1], toks[i]) for ch in "—–-(")):
            i = 0
        if i < len(toks) and toks[i].lower in SUBORDINATORS | INTRO_PREPOSITIONS:
            # "After CNA's report on his comments, his office contacted the
            # outlet and said ...": the subject follows the opening clause.
            comma = next((m for m in range(i + 1, min(len(toks), i + 15)) if "," in _gap(text, toks[m - 1], toks[m])), None)
            if comma is not None:
                i = comma
        opener = i
        while i < len(toks) and toks[i].lower in STOP and toks[i].lower not in PRONOUNS:
            i += 1
        if i >= len(toks) or sent.quoted[i]:
            return []
        if toks[i].lower in PRONOUNS:
            return [toks[i]]
        if toks[i].lower.endswith("ing") or toks[i].lower in ("ah", "oh", "yes", "well", "so"):
            return []  # "Opposing ... and urging ...": a gerund or an interjection opens the sentence
        out: list[Token] = []
        for k in range(i, len(toks)):
            t = toks[k]
            if out and not _clean_gap(_gap(text, toks[k - 1], t)):
                break
            if sent.quoted[k] or len(out) > 6:
                break
            if _is_cap(text, t) or t.lower in DETERMINERS or (t.lower in NP_INNER and out):
                out.append(t)
            elif (out and _is_cap(text, out[-1]) and t.lower.isalpha() and t.lower not in STOP and k + 2 < len(toks)
                  and not t.lower.endswith(("ed", "ing", "ly")) and t.lower not in self.lex["speech"]
                  and all(not sent.quoted[x] and _is_cap(text, toks[x]) and _clean_gap(_gap(text, toks[x - 1], toks[x])) for x in (k + 1, k + 2))):
                out.append(t)  # "CNN anchor Jake Tapper": an affiliation, a role word, then the name
            elif out and self.is_source_noun(t.lower):
                out.append(t)
                # "Irish member Marie Collins": a role word, then the name.
                while k + 1 < len(toks) and not sent.quoted[k + 1] and _is_cap(text, toks[k + 1]) and _clean_gap(_gap(text, toks[k], toks[k + 1])):
                    k += 1
                    out.append(toks[k])
                break
            else:
                break
        at = toks.index(out[-1]) + 1 if len(out) >= 2 and out[0].lower in ("a", "an", "one") and out[-1] in toks else 0
        role = toks[at] if 0 < at < len(toks) and not sent.quoted[at] and _clean_gap(_gap(text, toks[at - 1], toks[at])) and not _is_cap(text, toks[at]) and (
            _AGENTIVE.search(toks[at].lower) and toks[at].lower not in NOT_AGENTS and toks[at].lower not in STOP) else None
        while out and not (_is_cap(text, out[-1]) or self.is_source_noun(out[-1].lower)):
            out.pop()
        if role is not None and out and out[-1] is toks[at - 1]:
            out.append(role)  # "A Muslim terrorist stabbed ...": a capitalised modifier, then the person's role
        if all(t.lower in DETERMINERS for t in out) and toks[opener].lower in DETERMINERS:
            # "A federal grand jury indicted him, alleging that ...": a
            # determiner, lowercase modifiers, then a noun for people or a body.
            out, i = [], opener
            for h in range(i + 1, min(len(toks), i + 5)):
                w = toks[h].lower
                if sent.quoted[h] or not _clean_gap(_gap(text, toks[h - 1], toks[h])) or not w.isalpha() or w in STOP or _is_cap(text, toks[h]):
                    break
                nxt = toks[h + 1].lower if h + 1 < len(toks) else ""
                verb_next = nxt in STOP or nxt in self.lex["speech"] or nxt.endswith(("ed", "s"))  # "... jury indicted", not "This blatant hypocrisy"
                if verb_next and (self.is_source_noun(w) or w in self.lex["organisation"] or self._role_noun(_singular(w) if _is_plural_noun(w) else w)):
                    return toks[i:h + 1]
        return out

    def _add_cue(self, sent, start, end, cue, kind, key, speaker, np):
        if np:
            sp_s, sp_e = np[0].start, np[-1].end
        else:
            sp_s = sp_e = -1
        self.cues.append(Cue(sent.index, start, end, cue, kind, key, speaker, sp_s, sp_e))

    # ------------------------------------------------------------ quotes

    def assign_quotes(self) -> list[Quote]:
        text = self.text
        starts = [s.start for s in self.sents]

        def sentence_of(pos: int) -> int:
            return max(0, bisect.bisect_right(starts, pos) - 1)

        cues_by_sent: dict[int, list[Cue]] = {}
        for c in self.cues:
            cues_by_sent.setdefault(c.sentence, []).append(c)

        out: list[Quote] = []
        prev: Quote | None = None
        prev_span: QuoteSpan | None = None
        prev_last = -2
        # NOTE: some corpora put one sentence per line; there, lines are not
        # paragraphs and the next line continues the same paragraph.
        lines_are_sentences = self.lines_are_sentences
        merged = self._merge_split(self.quotes)
        seen_words: set[str] = set()  # the words of each quotation counted in the body
        for q in merged:
            s_first, s_last = sentence_of(q.start), sentence_of(max(q.start, q.end - 1))
            sent = self.sents[s_first]
            inner = text[q.start + 1:q.end - (0 if q.open_ended else 1)].strip()
            n_words = len(inner.split())
            cands = [c for i in range(s_first, s_last + 1) for c in cues_by_sent.get(i, []) if c.source or c.kind == "colon"]
            # Prefer the cue nearest to the quote.
            cue = min(cands, key=lambda c: min(abs(c.start - q.end), abs(c.end - q.start)), default=None)
            continued = joined = False
            if cue is None and prev is not None and prev_span is not None and prev_span.open_ended and q.paragraph == prev_span.paragraph + 1 and q.start == self._para_start(q):
                continued = True
            elif (cue is None and prev is not None and prev.source and prev.kind in ("direct", "partial")
                  and q.start == sent.start and s_first == prev_last + 1
                  and (q.paragraph == prev_span.paragraph or (lines_are_sentences and q.paragraph == prev_span.paragraph + 1))
                  and not text[prev_span.end:self.sents[prev_last].end].strip(" ,.;:").count(" ") > 8):
                # '"A," he said. "B."': an untagged quote right after a tagged
                # one, same paragraph, is the same quotation.
                continued = joined = True
            if cue is None and not continued and q.start == self._para_start(q) and s_first > 0:
                # 'He said:' at the end of the previous sentence introduces it.
                pc = [c for c in cues_by_sent.get(s_first - 1, []) if c.source]
                prev_text = text[self.sents[s_first - 1].start:self.sents[s_first - 1].end].rstrip()
                if pc and prev_text.endswith(":"):
                    cue = pc[-1]
            source = cue.source if cue else (prev.source if continued and prev else "")
            speaker = cue.speaker if cue else (prev.speaker if continued and prev else "")
            cue_text = cue.cue if cue else ""
            before = text[max(sent.start, q.start - 12):q.start].lower()
            whole_sentence = q.start <= sent.start + 1 and q.end >= self.sents[s_last].end - 2
            label = (cue is not None and n_words <= 3 and q.end <= cue.start and cue.speaker_start >= q.end
                     and _LABEL_BEFORE.search(before) is not None)
            if "so-called" in before or "so called" in before or label:
                # 'Obama's "pastor," Jeremiah Wright uttered ...': a label in the
                # subject, before its speaker, is the author's word.
                kind = "scare"
                source = speaker = cue_text = ""
            elif cue is not None and cue.kind == "credit":
                kind = "title"  # '"Virginia man sentenced ...," by Justin Carissimo, CBS News': a headline credited
                source = speaker = cue_text = ""
            elif (cue is not None and n_words <= 4 and 0 <= cue.speaker_end <= q.start and q.end <= cue.start
                  and text[cue.speaker_end:q.start].lstrip()[:1] == ","):
                # 'Franken, at the time a writer for "SNL," suggested': inside the
                # speaker's appositive, a name or label, not his words.
                kind = "title" if inner[:1].isupper() or inner[:1].isdigit() else "scare"
                source = speaker = cue_text = ""
            elif n_words == 1 and any(ch.isdigit() or ch == "_" for ch in inner):
                kind = "title"  # a code or number cited as written: "IRA_MB", "32135"
            elif _MENTION_CUE.search(before) or (n_words == 1 and len(inner.strip("\"'“”‘’.,!?")) <= 2):
                kind = "title"  # a word cited as a word: 'the word "detestable"', 'translated "abomination"'
            elif ((not sent.headline or not _title_case(text[sent.start:sent.end])) and 2 <= n_words <= 6 and not whole_sentence and _title_case(inner)
                  # (but 'while shouting, "Allahu Akbar"': words said, right after the verb that says them)
                  and not (cue is not None and cue.kind in ("verb", "participle") and cue.cue.lower() not in OBJECT_VERBS and not cue.cue.lower().startswith("tell")
                           and 0 <= q.start - cue.end <= 4 and not text[cue.end:q.start].strip(" ,:"))):  # ('told "Fox & Friends"' is the audience)
                kind = "title"  # a show, a slogan, a work: "Fox & Friends", "Make America Great Again"
            elif (not cue and not continued and n_words <= 4 and not whole_sentence and not self._speech_nearby(s_first)
                  # 'His response: "Never."': a colon introduces someone's words (a capitalised utterance, not a word cited as a word)
                  and not (text[max(sent.start, q.start - 3):q.start].rstrip().endswith(":") and inner.lstrip("\"'“‘ ")[:1].isupper())
                  and not self.speech_verbs.get(s_first, q.start) < q.start):
                # No speaker and no reporting verb: the author's scare quote.
                # ("the coroner claims he has to "finalize" it" quotes the coroner.)
                kind = "scare"
            elif (whole_sentence or n_words >= 8 and (q.start == self._para_start(q) or text[q.start - 2:q.start].strip() in (":", ","))
                  or q.start <= sent.start + 1 and cue is not None and cue.start >= q.end and inner[-1:] in (",", "?", "!")):
                # '"It is over," said X': a quote that opens its sentence and is
                # closed by a speaker tag is the speaker's sentence, not a fragment.
                kind = "direct"
            else:
                kind = "partial"
            words = " ".join(re.findall(r"\w+", inner.lower()))
            if (kind == "scare" and " " in words and (words in seen_words or words.count(" ") >= 2 and any(words in w for w in seen_words))
                    and (inner[-1:] in ",.!?" or text[q.end:q.end + 1] in ",.;:!?)")):
                # the speaker's words quoted again, closing their clause ('... called it "cracker state,"'):
                # not the author's distance (a label before its noun, '"red flag" laws', stays a scare quote)
                kind = "partial"
            if kind in ("direct", "partial") and not self.sents[s_first].headline and len(words) > 20 and words in seen_words:
                joined = True  # the same words quoted again in the body (an embedded post repeating them): one quotation
            elif kind in ("direct", "partial") and not self.sents[s_first].headline:
                seen_words.add(words)
            quote = Quote(q.start, q.end, s_first, kind, source, speaker, cue_text, self.sents[s_first].headline, continued, joined)
            if source and kind in ("direct", "partial"):
                src = self.sources.get(source)
                if src is not None:
                    src.quoted = True
            out.append(quote)
            prev, prev_span, prev_last = quote, q, s_last
        return out

    def _para_start(self, q: QuoteSpan) -> int:
        for s in self.sents:
            if s.paragraph == q.paragraph:
                return s.start
        return q.start

    def _speech_nearby(self, s: int) -> bool:
        """A reporting verb in sentence *s* or a neighbour in its paragraph."""
        para = self.sents[s].paragraph
        for i in (s - 1, s, s + 1):
            if 0 <= i < len(self.sents) and (self.sents[i].paragraph == para or self.lines_are_sentences) and (
                    i == s or not (self.sents[i].headline or self.sents[s].headline)):  # the body does not tag the headline
                if any(c.sentence == i and c.kind in ("verb", "according_to", "colon", "participle") and c.cue.lower() not in self.lex["stance"] for c in self.cues):
                    return True
        return False

    def _merge_split(self, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
        """'"We will," he said, "win."' is one quotation broken by a tag."""
        out: list[QuoteSpan] = []
        speech = self.lex["speech"]
        for q in quotes:
            if out and out[-1].paragraph == q.paragraph and not out[-1].open_ended:
                p = out[-1]
                gap = self.text[p.end:q.start]
                inner_end = self.text[p.end - 2:p.end - 1]
                first = self.text[q.start + 1:q.start + 2]
                words = re.findall(r"[\w’']+", gap.lower())
                if (inner_end == "," and gap.rstrip().endswith(",") and first.islower()
                        and len(gap) <= 80 and any(w in speech for w in words) and "that" not in words):
                    out[-1] = QuoteSpan(p.start, q.end, p.paragraph, q.open_ended)
                    continue
            out.append(q)
        return out


def analyse(text: str, sentences, tokens: list[Token], quotes: list[QuoteSpan], headline_index: int = -1) -> Attribution:
    """Find attribution cues, quote speakers and distinct sources of a text.

    *sentences* are ``(start, end, paragraph)`` triples and *tokens* the word
    tokens of :mod:`framing.nlp.segment`; *headline_index* is the sentence
    index of the headline, or -1.
    """
    a = _Analyser(text, sentences, tokens, quotes, headline_index)
    for sent in a.sents:
        a.find_cues(sent)
    a._merge_bare_roles()
    a._merge_countries()
    a._merge_org_prefixes()
    a._drop_own_outlet()
    a._merge_headline_report()
    a._name_people_fully()
    quote_list = a.assign_quotes()
    attributed = frozenset(c.sentence for c in a.cues if c.source)
    sources = tuple(sorted(a.sources.values(), key=lambda s: s.first))
    return Attribution(tuple(a.cues), tuple(quote_list), sources, attributed)
