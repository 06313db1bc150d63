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
candidate pairs per article for 10,000 articles, 87 for 40,000).
"""
from __future__ import annotations

import math
import re
from array import array
from collections import Counter, defaultdict
from fractions import Fraction

import numpy as np
import pandas as pd

from .nlp.fingerprint import HASHES, KEYWORDS, signature, similarity

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
# The Jaccard value of two keyword sets of up to KEYWORDS words each is a
# whole multiple of 1 / this, so sums of them are exact (longer sets, from
# an articles.csv made elsewhere, are summed as fractions).
_JACCARD_UNIT = math.lcm(*range(1, 2 * KEYWORDS + 1))


class _Groups:
    """Union-find over row numbers, with an optional given label per group
    and the member list of each group (to measure links between groups)."""

    def __init__(self, n: int, labels: list[str], dated: list[bool] | None = None):
        self.parent = list(range(n))
        self.label = list(labels)
        self.members = [[i] for i in range(n)]
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
        # that no member list is copied more than log2(n) times.
        if (len(self.members[a]), -a) < (len(self.members[b]), -b):
            a, b = b, a
        self.parent[b] = a
        self.label[a] = self.label[a] or self.label[b]
        self.members[a] += self.members[b]
        self.members[b] = []
        self.dated[a] += self.dated[b]
        return True


def _times(published: pd.Series) -> list[pd.Timestamp | None]:
    dates = pd.to_datetime(published.where(published.astype(str).str.strip() != ""), errors="coerce", utc=True, format="mixed")
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


def _candidates(keyword_sets: list[tuple[str, ...]], days: list[int | None], threshold: float, window: int) -> np.ndarray:
    """Pairs (i < j) that may reach *threshold*, within *window* days, as
    sorted codes ``i * n + j`` (eight bytes a pair: a large corpus has
    millions of candidate pairs, and a set of tuples would cost ten times
    the memory)."""
    n = len(keyword_sets)
    freq = Counter(w for s in keyword_sets for w in s)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(keyword_sets):
        if not s:
            continue
        ordered = sorted(s, key=lambda w: (freq[w], w))
        prefix = len(s) - math.ceil(threshold * len(s)) + 1
        for w in ordered[:prefix]:
            postings[w].append(i)
    parts: list[np.ndarray] = []
    size = distinct = 0  # codes held in parts; distinct after the last removal of repeats

    def add(codes: np.ndarray) -> None:
        nonlocal parts, size, distinct
        parts.append(codes)
        size += len(codes)
        if size > 2 * distinct + 1_000_000:  # drop repeats as they pile up
            parts = [np.unique(np.concatenate(parts))]
            size = distinct = len(parts[0])

    def pairs(xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        """Codes of each x paired with each y."""
        x, y = np.meshgrid(xs, ys, indexing="ij")
        return (np.minimum(x, y) * n + np.maximum(x, y)).ravel()

    for members in postings.values():
        if len(members) < 2:
            continue
        dated = sorted((days[i], i) for i in members if days[i] is not None)
        dated_ids = np.array([i for _, i in dated], dtype=np.int64)
        undated = np.array([i for i in members if days[i] is None], dtype=np.int64)
        lo = 0
        for hi in range(len(dated)):
            while dated[hi][0] - dated[lo][0] > window:
                lo += 1
            if hi - lo > MAX_SHARED:
                continue  # too common in these days to tell stories apart
            if hi > lo:
                add(pairs(dated_ids[lo:hi], dated_ids[hi:hi + 1]))
        if len(members) > MAX_SHARED and len(undated):
            continue  # undated: too common in the corpus to tell stories apart
        # each pair with an undated article once: undated with dated, and
        # undated with undated (each pair of positions k < l)
        if len(undated) and len(dated_ids):
            add(pairs(undated, dated_ids))
        if len(undated) > 1:
            k, l = np.triu_indices(len(undated), 1)
            add(np.minimum(undated[k], undated[l]) * n + np.maximum(undated[k], undated[l]))
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)


def _overlaps(keyword_sets: list[tuple[str, ...]], codes: np.ndarray, n: int, chunk: int = 65_536):
    """(i, j, shared keywords, keywords in the union) of each candidate pair
    with a non-empty union, counted in bulk: each set is a row of word
    numbers, padded with -1 on one side of a pair and -2 on the other, so a
    pair's shared count is the number of equal cells between its two rows."""
    width = max((len(s) for s in keyword_sets), default=0)
    if not len(codes) or not width:
        return
    vocabulary: dict[str, int] = {}
    left = np.full((n, width), -1, dtype=np.int64)
    for r, words in enumerate(keyword_sets):
        left[r, :len(words)] = [vocabulary.setdefault(w, len(vocabulary)) for w in words]
    right = np.where(left < 0, -2, left)
    sizes = np.array([len(s) for s in keyword_sets], dtype=np.int64)
    step = max(1, chunk // width)
    for k in range(0, len(codes), step):
        i, j = np.divmod(codes[k:k + step], n)
        a, b = left[i], right[j]
        shared = (a[:, :, None] == b[:, None, :]).sum(axis=(1, 2))
        union = sizes[i] + sizes[j] - shared
        keep = union > 0
        yield from zip(i[keep].tolist(), j[keep].tolist(), shared[keep].tolist(), union[keep].tolist())


def _signatures(values: list[str]) -> tuple[np.ndarray, list[bool]]:
    """Every article's MinHash signature as one row of a matrix, and whether
    it had one (a row of zeros otherwise)."""
    matrix = np.zeros((len(values), HASHES), dtype=np.uint16)
    signed = [False] * len(values)
    for r, v in enumerate(values):
        sig = signature(v)
        if sig is not None:
            matrix[r] = sig
            signed[r] = True
    return matrix, signed


def _slug(words: list[str]) -> str:
    return "-".join(re.sub(r"[^\w-]+", "", w) for w in words if w) or "story"


def _story_id(members: list[int], keyword_lists: list[list[str]], days: list[int | None]) -> str:
    """A readable id: the first date, then the two keywords most salient
    across the group's articles (``2025-03-11-kessler-bridge``)."""
    weight: Counter = Counter()
    for i in members:
        kws = keyword_lists[i]
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
) -> pd.DataFrame:
    """``story`` and ``duplicate_of`` for every row of *articles*.

    Reads the columns ``article``, ``published``, ``keywords``,
    ``fingerprint`` and, when present, ``outlet``, ``author`` (to tell an
    original from its credited copies) and ``story`` (given stories, kept).
    Returns a frame with ``article``, ``story`` and ``duplicate_of``, in the
    input's row order.
    """
    n = len(articles)

    def col(name: str) -> list[str]:
        if name not in articles:
            return [""] * n
        return ["" if v is None or v != v else v if isinstance(v, str) else str(v) for v in articles[name].tolist()]

    ids = col("article")
    # One string object per distinct keyword, and each article's keywords
    # (without repeats) as a tuple: a fraction of the memory of a set each.
    canonical: dict[str, str] = {}
    keyword_lists = [tuple(canonical.setdefault(w, w) for w in k.split()) for k in col("keywords")]
    keyword_sets = [k if len(set(k)) == len(k) else tuple(dict.fromkeys(k)) for k in keyword_lists]
    del canonical
    signatures, signed = _signatures(col("fingerprint"))
    given = [s.strip() for s in col("story")]
    times = _times(articles["published"]) if "published" in articles else [None] * n
    days = _days(times)
    norm = lambda v: " ".join(v.lower().split())  # noqa: E731
    outlets = [norm(v) for v in col("outlet")]
    authors = [norm(v) for v in col("author")]

    # Story links as parallel arrays: the pair, its Jaccard similarity and
    # the same as a whole number of 1/_JACCARD_UNIT (exact Fractions, in
    # `odd`, only for keyword sets longer than KEYWORDS).
    edge_i, edge_j, edge_jac, edge_units = array("q"), array("q"), array("d"), array("q")
    odd: dict[int, Fraction] = {}
    copies = _Groups(n, [""] * n)
    codes = _candidates(keyword_sets, days, threshold, window_days)
    for i, j, shared, union in _overlaps(keyword_sets, codes, n):
        jac = shared / union
        if jac < threshold:
            continue
        if _JACCARD_UNIT % union == 0:
            edge_units.append(shared * (_JACCARD_UNIT // union))
        else:
            odd[len(edge_units)] = Fraction(shared * _JACCARD_UNIT, union)
            edge_units.append(0)
        edge_i.append(i)
        edge_j.append(j)
        edge_jac.append(jac)
        if signed[i] and signed[j] and similarity(signatures[i], signatures[j]) >= duplicate_threshold:
            copies.union(i, j)
    del codes

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
    weight: list[dict[int, int]] = [{} for _ in range(n)]
    dated_links: list[dict[int, int]] = [{} for _ in range(n)]
    for e, (i, j, w) in enumerate(zip(edge_i, edge_j, edge_units)):
        w = odd.get(e, w)
        a, b = groups.find(i), groups.find(j)
        if a != b:
            weight[a][b] = weight[b][a] = weight[a].get(b, 0) + w
            if days[i] is not None and days[j] is not None:
                dated_links[a][b] = dated_links[b][a] = dated_links[a].get(b, 0) + 1
    strongest_first = np.lexsort((np.frombuffer(edge_j, dtype=np.int64), np.frombuffer(edge_i, dtype=np.int64), -np.frombuffer(edge_jac, dtype=np.float64))) if edge_i else []
    for e in (strongest_first.tolist() if len(strongest_first) else ()):
        i, j = edge_i[e], edge_j[e]
        a, b = groups.find(i), groups.find(j)
        if a == b:
            continue
        size = len(groups.members[a]) * len(groups.members[b])
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
                table[gone] = {}

    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        members[groups.find(i)].append(i)
    order = sorted(members.values(), key=lambda m: (min((days[i] for i in m if days[i] is not None), default=math.inf), min(ids[i] for i in m)))
    story = [""] * n
    used = {label for label in given if label}
    for m in order:
        label = groups.label[groups.find(m[0])]
        if not label:
            base = _story_id(m, keyword_lists, days)
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
