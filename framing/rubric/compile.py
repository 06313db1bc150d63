"""Compile a rubric once per process: every term of every rule in one matcher.

The matcher is a table from a term's first word to the full word sequences
that start with it, so scanning a document costs one dictionary look-up per
token however many thousands of terms the rubric holds (the same job an
Aho-Corasick automaton does, at word granularity, which also guarantees that
a term never matches inside another word).

Rule patterns run on the ``regex`` module, whose matching can be given a time
budget: a user pattern that backtracks catastrophically on a long line stops
after :data:`PATTERN_BUDGET_SECONDS` with :class:`PatternTimeout` naming the
rule, instead of hanging the run (Python's ``re`` cannot be interrupted).
"""
from __future__ import annotations

import re
import time
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

import regex

from ..nlp.segment import WORD
from .model import Rubric, Rule

__all__ = ["CompiledRubric", "compile_rubric", "inflections", "check_pattern", "TermHit", "PatternTimeout", "PATTERN_BUDGET_SECONDS"]

# NOTE: a linear pattern scans a 5 MB article in well under a second; a
# catastrophic one would take years. Two seconds separates them on a slow,
# busy machine without making a stuck rule cost much.
PATTERN_BUDGET_SECONDS = 2.0

_VOWELS = set("aeiou")
_LOWER = attrgetter("lower")
_IRREGULAR = {
    "tear": ["tore", "torn", "tears", "tearing"],
    "beat": ["beats", "beaten", "beating"],
    "strike": ["strikes", "struck", "striking"],
    "fight": ["fights", "fought", "fighting"],
    "take": ["takes", "took", "taken", "taking"],
    "shake": ["shakes", "shook", "shaken", "shaking"],
    "break": ["breaks", "broke", "broken", "breaking"],
    "steal": ["steals", "stole", "stolen", "stealing"],
    "lie": ["lies", "lied", "lying"],
    "sting": ["stings", "stung", "stinging"],
    "spin": ["spins", "spun", "spinning"],
    "blow": ["blows", "blew", "blown", "blowing"],
    "bite": ["bites", "bit", "bitten", "biting"],
    "swear": ["swears", "swore", "sworn", "swearing"],
    "throw": ["throws", "threw", "thrown", "throwing"],
    "sink": ["sinks", "sank", "sunk", "sinking"],
    "hit": ["hits", "hitting"],
    "go": ["goes", "went", "gone", "going"],
    "fall": ["falls", "fell", "fallen", "falling"],
    "shoot": ["shoots", "shot", "shooting"],
    "run": ["runs", "ran", "running"],
    "grind": ["grinds", "ground", "grinding"],
    "wage": ["wages", "waged", "waging"],
}


def _verb_forms(w: str) -> list[str]:
    if w in _IRREGULAR:
        return [w] + _IRREGULAR[w]
    forms = [w]
    if w.endswith("e"):
        forms += [w + "s", w + "d", w[:-1] + "ing"]
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        forms += [w[:-1] + "ies", w[:-1] + "ied", w + "ing"]
    elif w.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms += [w + "es", w + "ed", w + "ing"]
    else:
        forms += [w + "s"]
        if len(w) >= 3 and w[-1] not in _VOWELS | set("wxy") and w[-2] in _VOWELS and w[-3] not in _VOWELS and len(w) <= 5:
            forms += [w + w[-1] + "ed", w + w[-1] + "ing"]
        else:
            forms += [w + "ed", w + "ing"]
    return forms


def _noun_forms(w: str) -> list[str]:
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        return [w, w[:-1] + "ies"]
    if w.endswith(("s", "sh", "ch", "x", "z")):
        return [w, w + "es"]
    return [w, w + "s"]


def inflections(term: str, mode: str) -> list[str]:
    """Surface forms of *term*: its first word inflected as a verb or noun."""
    if mode == "none":
        return [term]
    words = term.split(" ")
    head = words[0] if mode == "verb" else words[-1]
    forms = _verb_forms(head) if mode == "verb" else _noun_forms(head)
    if mode == "verb":
        return [" ".join([f] + words[1:]) for f in forms]
    return [" ".join(words[:-1] + [f]) for f in forms]


def _term_tokens(term: str) -> tuple[str, ...]:
    return tuple(m.group().lower().replace("’", "'") for m in WORD.finditer(term))


# A group (not an atomic one, which cannot backtrack) holding a quantifier, itself quantified.
_NESTED = re.compile(r"\((?!\?>)(?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]")


def check_pattern(pattern: str) -> str:
    """'' if *pattern* is usable, else why not.

    Rejects patterns that do not compile and the classic catastrophic shapes:
    a quantified group that itself contains a quantifier, e.g. ``(a+)+`` or
    ``(\\w+\\s?)*``, which can take exponential time on a long line.
    """
    try:
        regex.compile(pattern, regex.V0)
    except (regex.error, ValueError, OverflowError) as exc:
        return f"does not compile: {exc}"
    if _NESTED.search(pattern):
        return "has a nested quantifier such as (x+)+ that can backtrack for ever on a long line; rewrite it without repeating a repeated group"
    return ""


class PatternTimeout(Exception):
    """A rule's pattern ran past its time budget on one article."""

    def __init__(self, rule: Rule, seconds: float):
        self.rule, self.seconds = rule, seconds
        where = f" ({rule.path}:{rule.line})" if rule.path else ""
        super().__init__(
            f"rule {rule.id}{where}: its pattern ran for over {seconds:g} s on this article and was stopped, "
            "so the article is not scored; the pattern probably backtracks catastrophically: rewrite it so that "
            "no two alternatives can match the same text (see 'Safe patterns' in rubrics/README.md)"
        )


def _needed(items) -> set | None:
    """Strings one of which every match of the parsed pattern *items* contains,
    or None when no such set is known."""
    from re import _constants as c

    found: list[set] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append({"".join(run)})
            run = []
        need = None
        if op is c.SUBPATTERN:
            need = _needed(av[-1])
        elif op is c.ATOMIC_GROUP:
            need = _needed(av)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            need = _needed(av[2])
        elif op is c.BRANCH:
            parts = [_needed(branch) for branch in av[1]]
            need = None if any(not p for p in parts) else set().union(*parts)
        if need:
            found.append(need)
    if run:
        found.append({"".join(run)})
    # The set whose shortest string is longest is the most selective.
    return max(found, key=lambda s: (min(map(len, s)), -len(s))) if found else None


def required_strings(pattern: str) -> frozenset | None:
    """Lower-cased ASCII strings one of which the lower-cased text of any match
    of *pattern* contains, so a text holding none of them cannot match; None
    when the pattern gives no such set. (Compared lower-cased whatever the
    pattern's flags, so inline ``(?i)`` cannot make the test wrong.)"""
    try:
        from re import _parser

        need = _needed(_parser.parse(pattern, re.I))
    except Exception:  # syntax re does not know (regex extensions): no pre-test
        return None
    if not need or not all(s.isascii() for s in need):
        return None
    return frozenset(s.lower() for s in need)


_BREAKS = (10, 13)  # "\n" and "\r", which end a line


def _class_takes_break(items) -> bool:
    """Whether a character class (the parser's items of an IN) can match a line break."""
    from re import _constants as c

    for op, av in items:
        if op is c.LITERAL:
            if av in _BREAKS:
                return True
        elif op is c.RANGE:
            if any(av[0] <= b <= av[1] for b in _BREAKS):
                return True
        elif not (op is c.CATEGORY and av in (c.CATEGORY_DIGIT, c.CATEGORY_WORD, c.CATEGORY_NOT_SPACE)):
            return True  # a negated class, spaces, non-words, ...: may
    return False


def _stays_in_line(items) -> bool:
    from re import _constants as c

    for op, av in items:
        if op is c.LITERAL:
            ok = av not in _BREAKS
        elif op is c.IN:
            ok = not _class_takes_break(av)
        elif op is c.AT:
            ok = av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY)  # a line break is a non-word character, as is the end
        elif op is c.SUBPATTERN:
            ok = _stays_in_line(av[-1])
        elif op is c.BRANCH:
            ok = all(_stays_in_line(branch) for branch in av[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            ok = _stays_in_line(av[2])
        elif op is c.ATOMIC_GROUP:
            ok = _stays_in_line(av)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            ok = _stays_in_line(av[1])
        else:  # any character, back-references, ...
            ok = False
        if not ok:
            return False
    return True


def stays_in_line(pattern: str) -> bool:
    """True when neither *pattern* nor any of its look-arounds can match a
    line break (``\n``, ``\r``), and it tests no boundary but word
    boundaries. Scanning one line of a text alone (from its start to the
    break that ends it) then finds exactly the matches that scanning the
    whole text finds inside that line, and the whole text has no others."""
    try:
        from re import _parser

        return _stays_in_line(_parser.parse(pattern, re.I))
    except Exception:  # syntax re does not know (regex extensions): assume it may
        return False


def _line_of(low: str, at: int) -> tuple[int, int]:
    """Start and end (before its line break) of the line of *low* holding offset *at*."""
    start = max(low.rfind("\n", 0, at), low.rfind("\r", 0, at)) + 1
    ends = [e for e in (low.find("\n", at), low.find("\r", at)) if e >= 0]
    return start, min(ends) if ends else len(low)


# Under IGNORECASE these match ASCII letters (i, s, k) without lower-casing to them.
_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


class _Holds(dict):
    """Character -> whether a lower-cased text holds it, each found out on
    first use (cheaper than the set of all its characters: a pre-test asks
    about a few)."""

    def __init__(self, low: str):
        super().__init__()
        self.low = low

    def __missing__(self, char: str) -> bool:
        held = self[char] = char in self.low
        return held


# The last text pre-tested, lower-cased (None when unsafe) with what it
# holds: the patterns of a rubric all test the same article in turn.
_LAST_LOWERED: tuple = (None, None, None)


def _lowered(text: str) -> tuple[str | None, _Holds | None]:
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if last[0] is text:
        return last[1], last[2]
    low = None if any(c in text for c in _FOLDS) else text.lower()
    holds = _Holds(low) if low is not None else None
    _LAST_LOWERED = (text, low, holds)
    return low, holds


class _TimedPattern:
    """A compiled rule pattern whose ``finditer`` has a time budget per call,
    and a pre-test that skips texts holding none of the strings every match
    contains (a pattern listing rare words then costs a substring search)."""

    def __init__(self, rule: Rule, flags: int):
        self.rule = rule
        self.compiled = regex.compile(rule.pattern, flags | regex.V0)
        # The rule's own ``requires`` list, else the strings found in the pattern.
        given = tuple(str(w).lower() for w in rule.params.get("requires", ()) if w)
        self.required = given or required_strings(rule.pattern)
        # Each string with its characters: one the text lacks a character of
        # needs no substring search ("a*" when the text has no "*").
        self._needs = None if self.required is None else tuple((s, frozenset(s)) for s in self.required)
        # Every match holds a required string and stays in its line: only
        # the lines holding one need scanning (see :meth:`_spans`).
        self.by_line = self._needs is not None and stays_in_line(rule.pattern)

    def cannot_match(self, text: str) -> bool:
        """True when *text* holds none of the strings every match contains."""
        if self._needs is None:
            return False
        low, holds = _lowered(text)
        if low is None:
            return False
        return not any(all(map(holds.__getitem__, need)) and s in low for s, need in self._needs)

    def _spans(self, text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
        """The stretches of text[pos:endpos] to scan, in text order: the
        lines holding a required string when that finds every match (a
        costly pattern then scans a few lines, not the whole text), else
        all of it."""
        low, holds = _lowered(text)
        if not self.by_line or pos != 0 or endpos != len(text) or low is None or len(low) != len(text):
            return [(pos, endpos)]
        lines = set()
        for s, need in self._needs:
            if all(map(holds.__getitem__, need)):
                at = low.find(s)
                while at >= 0:
                    line = _line_of(low, at)
                    lines.add(line)
                    at = low.find(s, line[1])
        return sorted(lines)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if self.cannot_match(text):
            return
        endpos = len(text) if endpos is None else endpos
        deadline = time.monotonic() + PATTERN_BUDGET_SECONDS  # for all the stretches together
        try:
            for start, end in self._spans(text, pos, endpos):
                yield from self.compiled.finditer(text, start, end, timeout=max(deadline - time.monotonic(), 1e-6))
        except TimeoutError:
            raise PatternTimeout(self.rule, PATTERN_BUDGET_SECONDS) from None


@dataclass(frozen=True)
class TermHit:
    rule: str
    start: int
    end: int
    term: str  # the lexicon entry that matched (uninflected)
    blocked: bool  # inside one of the rule's exception phrases


@dataclass
class CompiledRubric:
    """A rubric plus its one-pass term matcher and compiled patterns."""

    rubric: Rubric
    table: dict = field(default_factory=dict)  # first word -> [(words, rule id, term, is_exception)]
    patterns: dict = field(default_factory=dict)  # rule id -> compiled regex
    term_rules: tuple = ()
    singles: frozenset = frozenset()  # first words that are whole terms by themselves
    # (first word, second word) of every longer term -> the entries that
    # can match there (those words' and the first word's one-word terms)
    pairs: dict = field(default_factory=dict)
    alone: dict = field(default_factory=dict)  # first word -> its one-word entries only

    def scan(self, doc) -> list[TermHit]:
        """Every term and exception match in *doc*, in one pass over its tokens."""
        tokens = doc.tokens
        text = doc.text
        table = self.table
        n = len(tokens)
        raw: list[TermHit] = []
        # Only tokens that can start a term need the full test below: a
        # whole term by itself, the first two words of a longer one (both
        # found with maps over the tokens, no Python-level step per token),
        # or a word whose form the test changes (a curly apostrophe, a final
        # "'s"; found from the text's apostrophes) or followed by one.
        lowers = list(map(_LOWER, tokens))
        starts = set(compress(range(n), map(self.singles.__contains__, lowers)))
        starts.update(compress(range(n), map(self.pairs.__contains__, zip(lowers, lowers[1:]))))
        token_starts = doc.token_starts
        for mark in ("'", "’"):
            at = text.find(mark)
            while at >= 0:
                i = bisect_right(token_starts, at) - 1
                if i >= 0 and at < tokens[i].end:
                    starts.update((i - 1, i) if i else (i,))
                at = text.find(mark, at + 1)
        for i in sorted(starts):
            tok = tokens[i]
            key = tok.lower.replace("’", "'")
            entries = table.get(key)
            if entries is None and key.endswith("'s"):
                key = key[:-2]
                entries = table.get(key)
            if entries is None:
                continue
            # NOTE: the entries whose second word is not the next word cannot
            # match; only the others are tried.
            if i + 1 < n:
                entries = self.pairs.get((key, tokens[i + 1].lower.replace("’", "'"))) or self.alone.get(key)
            else:
                entries = self.alone.get(key)
            if not entries:
                continue  # e.g. "the" followed by a word no term continues with
            for words, rule_id, term, is_exc in entries:
                k = len(words)
                if k > 1:
                    if i + k > n:
                        continue
                    ok = True
                    for j in range(1, k):
                        t = tokens[i + j]
                        if t.sentence != tok.sentence or t.lower.replace("’", "'") != words[j]:
                            ok = False
                            break
                        gap = text[tokens[i + j - 1].end:t.start]
                        if gap.strip() not in ("", "-"):
                            ok = False
                            break
                    if not ok:
                        continue
                end = tokens[i + k - 1].end
                raw.append(TermHit(rule_id, tok.start, end, term, is_exc))
        # Drop a term inside an exception phrase of the same rule.
        exc = [h for h in raw if h.blocked]
        hits = [h for h in raw if not h.blocked]
        if exc:
            hits = [h for h in hits if not any(e.rule == h.rule and e.start <= h.start and h.end <= e.end for e in exc)]
        # Longest match wins among overlapping hits of one rule.
        hits.sort(key=lambda h: (h.rule, h.start, -(h.end - h.start)))
        out: list[TermHit] = []
        last: dict[str, int] = {}
        for h in hits:
            if h.start < last.get(h.rule, -1):
                continue
            out.append(h)
            last[h.rule] = h.end
        return out


# Keyed by the effective rubric's hash, so the cache can never hand one
# rubric's matcher to another.
_CACHE: dict[str, CompiledRubric] = {}


def _compile(rubric: Rubric) -> CompiledRubric:
    table: dict[str, list] = {}
    term_rules = []
    patterns = {}
    for rule in rubric.rules:
        if rule.pattern:
            patterns[rule.id] = _TimedPattern(rule, regex.I | regex.M if rule.params.get("ignore_case", True) else regex.M)
        if not rule.terms and not rule.swap:
            continue
        term_rules.append(rule.id)
        terms = list(rule.terms) + [t for t in rule.swap if t not in rule.terms]
        for term in terms:
            for form in inflections(term, rule.inflect):
                words = _term_tokens(form)
                if words:
                    table.setdefault(words[0], []).append((words, rule.id, term, False))
        for phrase in rule.exceptions:
            words = _term_tokens(phrase)
            if words:
                table.setdefault(words[0], []).append((words, rule.id, phrase, True))
    for entries in table.values():
        entries.sort(key=lambda e: (-len(e[0]), e[1]))
    singles = frozenset(key for key, entries in table.items() if any(len(e[0]) == 1 for e in entries))
    seconds = {key: frozenset(e[0][1] for e in entries if len(e[0]) > 1) for key, entries in table.items()}
    pairs = {(key, second): [e for e in table[key] if len(e[0]) == 1 or e[0][1] == second]
             for key, words in seconds.items() for second in words}
    alone = {key: [e for e in entries if len(e[0]) == 1] for key, entries in table.items() if key in singles}
    return CompiledRubric(rubric, table, patterns, tuple(term_rules), singles, pairs, alone)


def compile_rubric(rubric: Rubric) -> CompiledRubric:
    """Compile *rubric* (cached per rubric object for the process)."""
    got = _CACHE.get(rubric.sha256)
    if got is None or got.rubric is not rubric and got.rubric.sha256 != rubric.sha256:
        got = _CACHE[rubric.sha256] = _compile(rubric)
    return got
