"""Which names can stand for a source: the last check before a source is kept.

The attribution analysis (:mod:`framing.nlp.attribution`) takes a speaker
from capital letters and word order. Capitals mislead in three places that
English grammar predicts: at the start of a sentence every word is
capitalised ("Meanwhile, Trump continued ..., saying"), in a Title Case or
all-caps headline every word is ("Conspiracy: ..."), and a capitalised word
may be a verb form or a possessive rather than a name. This module says
which candidate names cannot be a source, and why, from word classes and
morphology alone; it never looks at article strings.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import word_list
from .readability import known_word

__all__ = ["implausible_name", "named_in_body", "hypothetical_subject", "quote_continuations", "own_outlet_names", "is_own_outlet"]

# Closed word classes: a run made only of these names no one.
_PREPOSITIONS = "of for at from in on by to with about into over under after before since during without against among between through"
_DETERMINERS = "the a an this that these those some any each every no all both either neither"
_CONJUNCTIONS = "and but or nor so yet as if because although though while whereas unless until"
_PRONOUNS = "i you he she it we they me him her us them my your his its our their mine yours ours theirs myself himself herself itself"
# Sentence adverbs and discourse markers open a sentence with a capital and
# a comma; they link sentences and never name a speaker.
_DISCOURSE = ("meanwhile however moreover furthermore indeed nevertheless nonetheless instead still also besides thus hence "
              "therefore then now later earlier afterwards first second finally lastly again likewise similarly otherwise "
              "anyway regardless course fact addition contrast short sum")
CLOSED_CLASS = frozenset(" ".join((_PREPOSITIONS, _DETERMINERS, _CONJUNCTIONS, _PRONOUNS, _DISCOURSE)).split())
# Free-choice pronouns: "Anyone who doubts this ..." says who would be
# right, not who said something.
FREE_CHOICE = frozenset("anyone anybody whoever whomever".split())
# Contracted auxiliaries left on a pronoun by the tokeniser: "I've", "We're".
_CONTRACTION = re.compile(r"['’](?:ve|re|m|ll|d|s)$|n['’]t$", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
# Suffixes of English abstract nouns: "conspiracy", "development", "violation".
_ABSTRACT_NOUN = re.compile(r"..(?:acy|tion|sion|ment|ness|ism|ity|ship|ance|ence|hood|dom)$")
# Kinds whose names the analysis recognises by their capitals.
CAPITALISED_KINDS = frozenset({"person", "organisation", "media"})


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    names: set[str] = set()
    for line in word_list("given_names"):
        if ":" in line:
            names.update(line.split(":", 1)[1].split())
    return frozenset(names)


def _is_participle(word: str) -> bool:
    """A past participle of an English verb ("Distributed", "Concerned"):
    a known word in -ed whose stem, with or without a final e, is a known
    word of four letters or more. Names in -ed ("Ahmed", "Alfred", "Reed")
    have no such stem or are given names."""
    low = word.lower()
    if not low.endswith("ed") or len(low) < 7 or low in _given_names() or not known_word(low):
        return False
    stem = low[:-2]
    return known_word(stem) or known_word(stem + "e") or (stem[-1] == stem[-2] and known_word(stem[:-1]))


def implausible_name(name: str, kind: str) -> str:
    """Why *name* cannot be a source of *kind*, or "" when it can.

    - ``closed-class``: every word is a preposition, determiner,
      conjunction, pronoun (with a contracted auxiliary: "I've") or a
      sentence adverb / discourse marker ("Of", "Meanwhile"), capitalised
      only because it opens the sentence.
    - ``free-choice``: "anyone", "whoever": a hypothetical person, no one
      who said anything.
    - ``participle``: a one-word "person" that is a verb's past participle
      in capitals ("Distributed" of "Defense Distributed").
    """
    words = name.split()
    if not words:
        return "empty"
    low = [_CONTRACTION.sub("", w).lower().strip(".,;:") for w in words]
    if kind in CAPITALISED_KINDS and all(w in CLOSED_CLASS for w in low):
        return "closed-class"
    if kind in ("vague", "anonymous") and low[0] in FREE_CHOICE:
        return "free-choice"
    if kind == "person" and len(words) == 1 and _is_participle(words[0]):
        return "participle"
    return ""


def named_in_body(name: str, body: str, *, headline: str, title_case: bool) -> bool:
    """A name written in a headline is a name only if the headline's casing
    or the body shows it. Title Case and all-caps headlines capitalise every
    word, and any headline its first, so there capitals do not show a name:
    then the name's head (an English noun phrase's last word) must recur in
    the body. A person's or body's head does ("Farrakhan" of "Democrat’s
    Friend Louis Farrakhan"); a label's ("Conspiracy", "They Are Coming",
    "GILLUM ELECTION STRATEGY") does not. A one-word name is checked only
    when its suffix makes it an abstract noun ("Conspiracy"). An acronym in a headline not
    written in capitals ("...: WHO") is a name by its own casing."""
    words = [w for w in re.findall(r"[\w’'-]+", name) if w.lower() not in CLOSED_CLASS]
    if not words:
        return False
    head = _POSSESSIVE.sub("", words[-1])
    all_caps = headline.upper() == headline
    if not all_caps and (head.isupper() or not (title_case or headline.lstrip("'‘\"“").startswith(name))):
        return True
    if len(name.split()) == 1 and not _ABSTRACT_NOUN.search(head.lower()):
        return True  # "Trump: ..." may be the only time the body's "president" is named
    return re.search(r"\b" + re.escape(head) + r"\b", body) is not None


# Subordinators that make a clause a condition or an embedded question:
# its verb of saying reports nothing that was said.
_CONDITIONAL = frozenset("if unless whether".split())
# ... except after these: "as if" compares, "even if" concedes a fact.
_NOT_CONDITIONAL_BEFORE = frozenset("as even only".split())


def hypothetical_subject(tokens, at: int) -> bool:
    """The subject starting at token *at* of *tokens* (word tokens with a
    ``lower`` attribute) follows "if", "unless" or "whether": "if a
    conservative person uttered those comments", "unless the legislature
    writes a bill", "asked if the Saudis had informed him" speak of what
    might be or might have been said, so the subject is no source."""
    if at < 1 or tokens[at - 1].lower not in _CONDITIONAL:
        return False
    return at < 2 or tokens[at - 2].lower not in _NOT_CONDITIONAL_BEFORE


# How far a quotation left open at a line's end may run on to its closing
# mark (a few lines of a statement).
_CONTINUATION_LIMIT = 1500


def quote_continuations(text: str, quotes) -> list[tuple[int, int]]:
    """Spans of *text* that continue a quotation left open at the end of
    its paragraph and closed by a curly ” on a later line, before any new
    opening mark: "“Well, they could be ... / Meanwhile, the local law
    enforcement services are telling us ...,” Perry replied." Whoever is
    cited inside another's quotation is that speaker's source, never the
    article's (ANNOTATION.md 8.2). Curly marks show their direction; a
    straight mark in between leaves the span unknown."""
    out: list[tuple[int, int]] = []
    for q in quotes:
        if not q.open_ended or text[q.start] != "“":
            continue
        seg = text[q.end:q.end + _CONTINUATION_LIMIT]
        close = seg.find("”")
        if close > 0 and "“" not in seg[:close] and '"' not in seg[:close]:
            out.append((q.end, q.end + close + 1))
    return out


_NAME = r"((?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.&'’-]*){0,5})"
# A republication credit names whoever wrote the article first: its words
# are that outlet's or author's own ("Article posted with permission from
# The Free Thought Project", "Reprinted with permission from Zero Hedge").
_REPUBLISHED = re.compile(r"(?:posted|published|republished|reprinted) with permission (?:from|of) " + _NAME)
# A speaker "approached by" or "contacted by" an outlet was asked by the
# outlet's own reporters ("The Vatican refused to comment when approached
# by BBC News").
_ASKED_BY = re.compile(r"\b(?:approached|contacted) by (?:the )?" + _NAME)


def own_outlet_names(text: str, outlets: frozenset[str]) -> set[str]:
    """Lowercased names of the outlet or author that published *text*, from
    its republication credit and from "approached by" an outlet of
    *outlets* (lowercased outlet names)."""
    own: set[str] = set()
    if "with permission" in text:
        own.update(m.group(1).lower().rstrip(".") for m in _REPUBLISHED.finditer(text))
    if "approached by" in text or "contacted by" in text:
        own.update(n for m in _ASKED_BY.finditer(text) if (n := m.group(1).lower()) in outlets or n.split()[0] in outlets)
    return own


def is_own_outlet(name: str, kind: str, own: set[str]) -> bool:
    """*name* (a source of *kind*) is the article's own outlet of *own*: the
    same name; its initials ("TFTP" for The Free Thought Project); the name
    after a corporate prefix ("Roll Call" of "CQ-Roll Call"); or, for an
    outlet, its short form ("BBC" of "BBC News")."""
    low = name.lower().removeprefix("the ")
    for o in own:
        words = o.split()
        o = o.removeprefix("the ")
        if low == o or low == o.split("-", 1)[-1]:
            return True
        if len(low) >= 3 and name.isupper() and low in ("".join(w[0] for w in words), "".join(w[0] for w in words if w != "the")) and len(words) >= 3:
            return True
        if kind == "media" and (o.startswith(low + " ") or o.endswith(" " + low)):
            return True
    return False
