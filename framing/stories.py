"""Stories and copies across a corpus, from articles.csv alone.

Two articles are about the **same story** when their keyword sets (the
``keywords`` column, see :mod:`framing.nlp.fingerprint`) overlap with a
Jaccard similarity of at least ``threshold`` and, when both are dated, they
were published at most ``window_days`` apart. Groups are built from the
strongest pairs down; two groups join only when their articles are linked
on average (unlinked pairs counting 0) at least ``LINKAGE`` times the
threshold, so a single shared-keyword pair cannot chain two stories into
one. A ``story`` value already present (from the article's metadata, or
written by an earlier run) is kept: articles that share one are one story,
and two different given stories are never merged.

An article is a **near-copy** (``duplicate_of``) of another article of its
story (so published within the window) when their shingle fingerprints
agree on at least ``duplicate_threshold`` of their positions: syndicated
wire copy, a press release run verbatim. In each set of copies the original
is the one whose outlet the others credit as author, else the earliest
published, else the first by id.

Candidate pairs come from an inverted index over each article's rarest
keywords (prefix filtering: two sets can only reach the threshold if they
share one of these), walked in date order within the window, so with a
steady number of articles a day the work grows linearly with the corpus
rather than with its square (synthetic corpora at 100 articles a day: 85
candidate pairs per article for 10,000 articles, 87 for 40,000). Memory
stays bounded however many pairs there are: candidates are gathered up to
``CHUNK`` at a time, spilled as sorted runs to a temporary file and read
back a band of rows at a time; keywords are int32 word numbers (20,000
articles with 1.8 million candidate pairs: 171 -> 46 MB over the imports,
same groups).
"""
from __future__ import annotations

import math
import os
import re
import sys
import tempfile
from array import array
from collections import Counter, defaultdict
from fractions import Fraction
from functools import lru_cache

import numpy as np
import pandas as pd

from .nlp.fingerprint import HASHES, KEYWORDS, signature

__all__ = ["assign_stories", "STORY_THRESHOLD", "DUPLICATE_THRESHOLD", "WINDOW_DAYS"]

STORY_THRESHOLD = 0.15
DUPLICATE_THRESHOLD = 0.6
WINDOW_DAYS = 3
# A keyword shared by more articles than this within one window (or, for
# undated articles, in the whole corpus) links no pairs by itself: it is too
# common there to tell stories apart. Pairs that do belong together share
# rarer keywords too.
MAX_SHARED = 100
LINKAGE = 0.3
# Candidate pairs held in memory at once (eight bytes each); more are
# spilled, sorted, to a temporary file and read back a band of rows at a time.
CHUNK = 1 << 16
# The Jaccard value of two keyword sets of up to KEYWORDS words each is a
# whole multiple of 1 / this, so sums of them are exact (longer sets, from
# an articles.csv made elsewhere, are summed as fractions).
_JACCARD_UNIT = math.lcm(*range(1, 2 * KEYWORDS + 1))


class _Groups:
    """Union-find over row numbers, with an optional given label per group
    and the size of each group (to measure links between groups)."""

    def __init__(self, n: int, labels: list[str], dated: list[bool] | None = None):
        self.parent = list(range(n))
        self.label = list(labels)
        self.size = [1] * n  # members per group (at its root)
        self.dated = [int(d) for d in dated] if dated is not None else [0] * n  # dated members per group

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        """Join the groups of i and j unless they carry different labels."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if self.label[a] and self.label[b] and self.label[a] != self.label[b]:
            return False
        # The larger group absorbs the smaller (ties: the lower root), so
        # that paths to a root stay short.
        if (self.size[a], -a) < (self.size[b], -b):
            a, b = b, a
        self.parent[b] = a
        self.label[a] = self.label[a] or self.label[b]
        self.size[a] += self.size[b]
        self.dated[a] += self.dated[b]
        return True


def _times(published: pd.Series) -> list[pd.Timestamp | None]:
    given = [str(v).strip() != "" for v in published.tolist()]
    if not any(given):  # no dates to parse (pandas' parsing costs memory even then)
        return [None] * len(given)
    dates = pd.to_datetime(published.where(pd.Series(given, index=published.index)), errors="coerce", utc=True, format="mixed")
    return [None if pd.isna(d) else d for d in dates]


def _days(times: list[pd.Timestamp | None]) -> list[int | None]:
    epoch = pd.Timestamp("1970-01-01", tz="UTC")
    return [None if t is None else (t.normalize() - epoch).days for t in times]


def _original(members: list[int], ids: list[str], times: list, outlets: list[str], authors: list[str]) -> int:
    """The copy the others were made from: the one whose outlet another copy
    credits as its author (a syndicated story bylined "Northgate Wire"),
    else the earliest published, else the first by id."""
    credited = {authors[i] for i in members if authors[i]}
    return min(members, key=lambda i: (outlets[i] not in credited, times[i] is None, times[i] or 0, ids[i]))


class _Keywords:
    """Every article's keywords as word numbers, in one flat int32 array with
    each article's start in it: a few bytes a keyword instead of a tuple of
    strings. Words are numbered in alphabetical order, so comparing numbers
    compares words. ``listed`` keeps each article's keywords as written (most
    salient first); ``sets`` the same without repeats (first kept)."""

    def __init__(self, values: list[str]):
        index: dict[str, int] = {}
        listed, sets = array("i"), array("i")
        listed_starts, set_starts = array("q", [0]), array("q", [0])
        repeats = False
        for value in values:
            ids = [index.setdefault(w, len(index)) for w in value.split()]
            listed.extend(ids)
            listed_starts.append(len(listed))
            repeats = repeats or len(set(ids)) != len(ids)
        if repeats:
            for r in range(len(listed_starts) - 1):
                sets.extend(dict.fromkeys(listed[listed_starts[r]:listed_starts[r + 1]]))
                set_starts.append(len(sets))
        self.words = sorted(index)
        renumber = np.zeros(len(index), dtype=np.int32)
        renumber[np.fromiter((index[w] for w in self.words), dtype=np.int64, count=len(index))] = np.arange(len(index), dtype=np.int32)
        del index
        self.listed = renumber[np.frombuffer(listed, dtype=np.int32)] if listed else np.zeros(0, dtype=np.int32)
        del listed
        self.listed_starts = np.frombuffer(listed_starts, dtype=np.int64)
        if not repeats:  # as framing writes them: one array
            self.sets, self.set_starts = self.listed, self.listed_starts
        else:
            self.sets = renumber[np.frombuffer(sets, dtype=np.int32)]
            self.set_starts = np.frombuffer(set_starts, dtype=np.int64)
        self.sizes = np.diff(self.set_starts)

    def words_of(self, i: int) -> list[str]:
        """Article *i*'s keywords as written."""
        return [self.words[w] for w in self.listed[self.listed_starts[i]:self.listed_starts[i + 1]].tolist()]

    def matrix(self) -> np.ndarray:
        """Each article's keyword set as a row of word numbers, padded with -1."""
        n, width = len(self.sizes), int(self.sizes.max(initial=0))
        left = np.full((n, width), -1, dtype=np.int32)
        for k in range(width):  # a column at a time: temporaries of n, not of every keyword
            rows = np.flatnonzero(self.sizes > k)
            left[rows, k] = self.sets[self.set_starts[rows] + k]
        return left


def _postings(keywords: _Keywords, threshold: float, block: int = 1024):
    """Each keyword's articles (ascending row numbers, two or more), over
    each article's rarest keywords only (prefix filtering: two sets can only
    reach *threshold* if they share one of these; ties by word). All
    postings are one sorted int64 array of ``word * n + row``, filled and
    walked a block at a time so that no temporary is as long as it."""
    sizes, flat, starts = keywords.sizes, keywords.sets, keywords.set_starts
    n, vocabulary = len(sizes), len(keywords.words)
    if not len(flat):
        return
    freq = np.bincount(flat, minlength=vocabulary).astype(np.int64)
    prefix = {size: min(size, size - math.ceil(threshold * size) + 1) for size in np.unique(sizes).tolist()}
    prefix_sizes = np.array([prefix[size] for size in sizes.tolist()], dtype=np.int64)
    entries = np.empty(int(prefix_sizes.sum()), dtype=np.int64)
    filled = 0
    for first in range(0, n, block):
        last = min(n, first + block)
        words = flat[starts[first]:starts[last]].astype(np.int64)
        row = np.repeat(np.arange(first, last, dtype=np.int64), sizes[first:last])
        order = np.lexsort((freq[words] * vocabulary + words, row))  # per row, rarest first
        keep = (np.arange(len(words)) - (starts[row] - starts[first])) < prefix_sizes[row]
        part = words[order][keep] * n + row[keep]
        entries[filled:filled + len(part)] = part
        filled += len(part)
    del freq, prefix_sizes
    entries.sort()
    for w in range(0, vocabulary, block):
        bounds = np.searchsorted(entries, np.arange(w, min(vocabulary, w + block) + 1, dtype=np.int64) * n).tolist()
        for a, b in zip(bounds, bounds[1:]):
            if b - a > 1:
                yield entries[a:b] % n


def _distinct(codes: np.ndarray) -> np.ndarray:
    """The distinct values of an int64 array, ascending: ``np.unique``'s
    result, sorted in place and deduplicated (numpy's own unique hashes
    first, which costs about ten times as much on pair codes)."""
    codes.sort()
    if len(codes) < 2:
        return codes
    first = np.empty(len(codes), dtype=bool)
    first[0] = True
    np.not_equal(codes[1:], codes[:-1], out=first[1:])
    return codes[first]


class _Candidates:
    """Candidate pair codes ``i * n + j`` (i < j) in bounded memory. Up to
    *chunk* codes are kept as they come; past that they are sorted, their
    repeats dropped and written to a temporary file as one sorted run, and
    :meth:`bands` reads them back a band of rows at a time: each band's
    distinct codes, in ascending order, about *chunk* at a time, so memory
    does not grow with the number of pairs."""

    def __init__(self, n: int, chunk: int):
        self.n, self.chunk = n, max(1, chunk)
        self.parts: list[np.ndarray] = []
        self.size = 0
        self.file = None
        self.runs: list[tuple[int, int]] = []  # (first code's position in the file, codes)
        self.rows = np.zeros(0, dtype=np.int64)  # codes in the runs by first row

    def add(self, codes: np.ndarray) -> None:
        self.parts.append(codes)
        self.size += len(codes)
        if self.size >= self.chunk:
            self._spill()

    def _spill(self) -> None:
        codes = _distinct(np.concatenate(self.parts))
        self.parts, self.size = [], 0
        if self.file is None:
            self.file = tempfile.TemporaryFile(prefix="framing-stories-")
            self.rows = np.zeros(self.n, dtype=np.int64)
        self.file.seek(0, os.SEEK_END)
        self.runs.append((self.file.tell() // 8, len(codes)))
        codes.tofile(self.file)
        self.rows += np.bincount(codes // self.n, minlength=self.n)

    def _search(self, start: int, lo: int, hi: int, value: int) -> int:
        """The first position in [lo, hi) of the run at *start* whose code is
        at least *value* (read from the file, not mapped: mapped pages would
        count as the process's memory)."""
        fd = self.file.fileno()
        while lo < hi:
            mid = (lo + hi) // 2
            if int.from_bytes(os.pread(fd, 8, 8 * (start + mid)), sys.byteorder, signed=True) < value:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def bands(self):
        """The distinct codes in ascending order, a band of rows at a time."""
        if self.file is None:
            if self.parts:
                yield _distinct(np.concatenate(self.parts))
                self.parts, self.size = [], 0
            return
        if self.parts:
            self._spill()
        self.file.flush()
        ends = np.cumsum(self.rows)
        cursors = [0] * len(self.runs)
        fd = self.file.fileno()
        first = 0
        try:
            while first < self.n:
                done = int(ends[first - 1]) if first else 0
                last = max(first + 1, int(np.searchsorted(ends, done + self.chunk, side="right")))
                pieces = []
                for r, (start, length) in enumerate(self.runs):
                    stop = self._search(start, cursors[r], length, last * self.n)
                    raw = os.pread(fd, 8 * (stop - cursors[r]), 8 * (start + cursors[r]))
                    pieces.append(np.frombuffer(raw, dtype=np.int64))
                    cursors[r] = stop
                first = last
                codes = _distinct(np.concatenate(pieces))
                del pieces
                if len(codes):
                    yield codes
        finally:
            self.file.close()
            self.file = None


@lru_cache(maxsize=MAX_SHARED + 1)
def _pairs(m: int) -> tuple[np.ndarray, np.ndarray]:
    """``np.triu_indices(m, 1)``: every pair of positions k < l, made once
    per size (a keyword's undated articles number at most MAX_SHARED)."""
    k, l = np.triu_indices(m, 1)
    k.flags.writeable = l.flags.writeable = False
    return k, l


def _candidates(keywords: _Keywords, days: np.ndarray, has_day: np.ndarray, threshold: float, window: int, chunk: int) -> _Candidates:
    """Pairs (i < j) that may reach *threshold*, within *window* days (*days*:
    day numbers where *has_day*), as codes ``i * n + j`` gathered in bounded
    memory (a large corpus has millions of candidate pairs)."""
    n = len(keywords.sizes)
    found = _Candidates(n, chunk)

    def code(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        return np.minimum(x, y) * n + np.maximum(x, y)

    step = max(1, chunk // MAX_SHARED)  # window ends per batch: at most `chunk` pairs
    for members in _postings(keywords, threshold):
        dated_mask = has_day[members]
        dated = members[dated_mask]
        undated = members[~dated_mask]
        if len(dated) > 1:
            by_day = np.argsort(days[dated], kind="stable")  # (day, row) order
            dated_ids, dated_days = dated[by_day], days[dated][by_day]
            # each dated article with those before it within the window,
            # unless the keyword is too common in those days
            lo = np.searchsorted(dated_days, dated_days - window, side="left")
            hi = np.arange(len(dated_ids))
            ok = (hi > lo) & (hi - lo <= MAX_SHARED)
            los, his = lo[ok], hi[ok]
            for k in range(0, len(his), step):
                l, h = los[k:k + step], his[k:k + step]
                counts = h - l
                total = int(counts.sum())
                ends = np.repeat(h, counts)
                starts = np.repeat(l - (np.cumsum(counts) - counts), counts) + np.arange(total)
                found.add(code(dated_ids[starts], dated_ids[ends]))
        if len(members) > MAX_SHARED and len(undated):
            continue  # undated: too common in the corpus to tell stories apart
        # each pair with an undated article once: undated with dated, and
        # undated with undated (each pair of positions k < l)
        if len(undated) and len(dated):
            x, y = np.meshgrid(undated, dated, indexing="ij")
            found.add(code(x.ravel(), y.ravel()))
        if len(undated) > 1:
            k, l = _pairs(len(undated))
            found.add(code(undated[k], undated[l]))
    return found


def _overlaps(left: np.ndarray, sizes: np.ndarray, codes: np.ndarray, n: int, chunk: int = 65_536):
    """(i, j, shared keywords, keywords in the union) of each candidate pair,
    as arrays, counted in bulk: each set is a row of word numbers (*left*,
    padded with -1; the other side of a pair padded with -2), so a pair's
    shared count is the number of equal cells between its two rows."""
    width = left.shape[1]
    step = max(1, chunk // max(width, 1))
    for k in range(0, len(codes), step):
        i, j = np.divmod(codes[k:k + step], n)
        a, b = left[i], left[j]
        b = np.where(b < 0, -2, b)
        shared = (a[:, :, None] == b[:, None, :]).sum(axis=(1, 2))
        yield i, j, shared, sizes[i] + sizes[j] - shared


def _signatures(values: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Every article's MinHash signature as one row of a matrix, and whether
    it had one (a row of zeros otherwise)."""
    matrix = np.zeros((len(values), HASHES), dtype=np.uint16)
    signed = np.zeros(len(values), dtype=bool)
    for r, v in enumerate(values):
        sig = signature(v)
        if sig is not None:
            matrix[r] = sig
            signed[r] = True
    return matrix, signed


def _slug(words: list[str]) -> str:
    return "-".join(re.sub(r"[^\w-]+", "", w) for w in words if w) or "story"


def _story_id(members: list[int], keywords: _Keywords, days: list[int | None]) -> str:
    """A readable id: the first date, then the two keywords most salient
    across the group's articles (``2025-03-11-kessler-bridge``)."""
    weight: Counter = Counter()
    for i in members:
        kws = keywords.words_of(i)
        for rank, w in enumerate(kws):
            weight[w] += len(kws) - rank
    top = [w for w, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
    dated = [days[i] for i in members if days[i] is not None]
    date = (pd.Timestamp("1970-01-01") + pd.Timedelta(days=min(dated))).strftime("%Y-%m-%d") if dated else ""
    return "-".join(x for x in (date, _slug(top)) if x)


# The articles.csv columns assign_stories reads.
STORY_INPUTS = ("article", "published", "keywords", "fingerprint", "outlet", "author", "story")


def assign_stories(
    articles: pd.DataFrame,
    *,
    threshold: float = STORY_THRESHOLD,
    duplicate_threshold: float = DUPLICATE_THRESHOLD,
    window_days: int = WINDOW_DAYS,
    chunk: int = CHUNK,
) -> pd.DataFrame:
    """``story`` and ``duplicate_of`` for every row of *articles*.

    Reads the columns ``article``, ``published``, ``keywords``,
    ``fingerprint`` and, when present, ``outlet``, ``author`` (to tell an
    original from its credited copies) and ``story`` (given stories, kept).
    Returns a frame with ``article``, ``story`` and ``duplicate_of``, in the
    input's row order. *chunk* bounds the candidate pairs held in memory at
    once (more go to a temporary file); it does not change the result.
    """
    n = len(articles)

    def col(name: str) -> list[str]:
        if name not in articles:
            return [""] * n
        return ["" if v is None or v != v else v if isinstance(v, str) else str(v) for v in articles[name].tolist()]

    ids = col("article")
    keywords = _Keywords(col("keywords"))
    signatures, signed = _signatures(col("fingerprint"))
    given = [s.strip() for s in col("story")]
    times = _times(articles["published"]) if "published" in articles else [None] * n
    days = _days(times)
    has_day = np.array([d is not None for d in days], dtype=bool)
    day_numbers = np.array([0 if d is None else d for d in days], dtype=np.int64)
    norm = lambda v: " ".join(v.lower().split())  # noqa: E731
    outlets = [norm(v) for v in col("outlet")]
    authors = [norm(v) for v in col("author")]

    # Story links as parallel arrays: the pair, its Jaccard similarity and
    # the same as a whole number of 1/_JACCARD_UNIT (exact Fractions, in
    # `odd`, only for keyword sets longer than KEYWORDS).
    edge_i, edge_j, edge_jac, edge_units = array("q"), array("q"), array("d"), array("q")
    odd: dict[int, Fraction] = {}
    copies = _Groups(n, [""] * n)
    left = keywords.matrix()
    for codes in _candidates(keywords, day_numbers, has_day, threshold, window_days, chunk).bands():
        for i, j, shared, union in _overlaps(left, keywords.sizes, codes, n):
            keep = union > 0
            keep[keep] = shared[keep] / union[keep] >= threshold
            i, j, shared, union = i[keep], j[keep], shared[keep], union[keep]
            jac = shared / union
            whole = _JACCARD_UNIT % union == 0
            units = np.where(whole, shared * (_JACCARD_UNIT // union), 0)
            for e in np.flatnonzero(~whole).tolist():
                odd[len(edge_units) + e] = Fraction(int(shared[e]) * _JACCARD_UNIT, int(union[e]))
            edge_i.extend(i.tolist())
            edge_j.extend(j.tolist())
            edge_jac.extend(jac.tolist())
            edge_units.extend(units.tolist())
            both = signed[i] & signed[j]
            agree = np.count_nonzero(signatures[i[both]] == signatures[j[both]], axis=1) / HASHES >= duplicate_threshold
            for x, y in zip(i[both][agree].tolist(), j[both][agree].tolist()):
                copies.union(x, y)
    del left, signatures

    groups = _Groups(n, given, [d is not None for d in days])
    first_with_label: dict[str, int] = {}
    for i, label in enumerate(given):
        if label:
            groups.union(first_with_label.setdefault(label, i), i)
    # Strongest links first, so a weak link cannot bridge two given stories
    # that a strong one would have kept apart. Two groups join only when
    # their articles are linked on average (mean similarity over all
    # cross pairs, unlinked pairs counting 0) at least LINKAGE x threshold:
    # one shared-keyword pair cannot chain two stories into one.
    # Between every two groups: the summed similarity of their linked pairs
    # (exact: each Jaccard value as a whole multiple of 1/_JACCARD_UNIT) and
    # the number of those pairs with both articles dated. Kept up to date as
    # groups merge, the smaller group's table folded into the larger's.
    # (A table only for groups with links: most articles of a large corpus
    # have none.)
    weight: defaultdict[int, dict[int, int]] = defaultdict(dict)
    dated_links: defaultdict[int, dict[int, int]] = defaultdict(dict)
    for e, (i, j, w) in enumerate(zip(edge_i, edge_j, edge_units)):
        w = odd.get(e, w)
        a, b = groups.find(i), groups.find(j)
        if a != b:
            weight[a][b] = weight[b][a] = weight[a].get(b, 0) + w
            if days[i] is not None and days[j] is not None:
                dated_links[a][b] = dated_links[b][a] = dated_links[a].get(b, 0) + 1
    strongest_first = np.lexsort((np.frombuffer(edge_j, dtype=np.int64), np.frombuffer(edge_i, dtype=np.int64), -np.frombuffer(edge_jac, dtype=np.float64))) if edge_i else []
    for e in (e for block in range(0, len(strongest_first), 4096) for e in strongest_first[block:block + 4096].tolist()):
        i, j = edge_i[e], edge_j[e]
        a, b = groups.find(i), groups.find(j)
        if a == b:
            continue
        size = groups.size[a] * groups.size[b]
        if weight[a].get(b, 0) / _JACCARD_UNIT / size < LINKAGE * threshold:
            continue
        # An undated article may join a story, but not be the only bridge
        # between dated articles that are further apart than the window.
        if groups.dated[a] > 0 and groups.dated[b] > 0 and not dated_links[a].get(b):
            continue
        if groups.union(a, b):
            root = groups.find(a)
            gone = b if root == a else a
            for table in (weight, dated_links):
                for c, v in table[gone].items():
                    if c != root:
                        table[root][c] = table[c][root] = table[root].get(c, 0) + v
                        del table[c][gone]
                table[root].pop(gone, None)
                table.pop(gone, None)

    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        members[groups.find(i)].append(i)
    order = sorted(members.values(), key=lambda m: (min((days[i] for i in m if days[i] is not None), default=math.inf), min(ids[i] for i in m)))
    story = [""] * n
    used = {label for label in given if label}
    for m in order:
        label = groups.label[groups.find(m[0])]
        if not label:
            base = _story_id(m, keywords, days)
            label, k = base, 2
            while label in used:
                label, k = f"{base}-{k}", k + 1
            used.add(label)
        for i in m:
            story[i] = label

    duplicate_of = [""] * n
    copy_sets: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        copy_sets[copies.find(i)].append(i)
    for m in copy_sets.values():
        if len(m) < 2:
            continue
        original = _original(m, ids, times, outlets, authors)
        for i in m:
            if i != original:
                duplicate_of[i] = ids[original]
    return pd.DataFrame({"article": ids, "story": story, "duplicate_of": duplicate_of}, index=articles.index)
