"""Compare outlets — or authors, genres, any articles.csv column — from the
result tables alone: pure computation, DataFrames in, a :class:`Comparison`
out (the writers in :mod:`framing.report.comparison` only format it).

What it computes, per group of articles:

- for every score and the key metrics: n, mean, median, standard deviation
  and a 95% percentile-bootstrap interval of the mean (seeded per group and
  measure, so adding an outlet does not move another's interval);
- the sourcing profile: the share of person, organisation, document, media,
  anonymous and vague sources among all the sources the group cites, with a
  bootstrap interval that resamples articles;
- every pairwise difference: difference of means, Cliff's delta, a
  two-sided Mann-Whitney test, and p-values corrected for the number of
  tests in the report (Holm by default, or Benjamini-Hochberg);
- the terms that distinguish the group from all the others: its loaded
  words (in the author's own voice) and its attribution verbs, by weighted
  log-odds with an informative Dirichlet prior (:func:`framing.stats.log_odds_dirichlet`);
- stories covered by more than one group, side by side.

Near-copies (``duplicate_of``) are left out of the statistics by default,
and with ``by=("outlet", "genre")`` outlets are compared only within the same
genre — like with like.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np
import pandas as pd

from . import stats
from .resources import word_list
from .results import ResultTables
from .stories import assign_stories

__all__ = ["Comparison", "CompareOptions", "CompareError", "Measure", "compare", "group_count", "SOURCE_KINDS", "KEY_METRICS"]

SOURCE_KINDS = ("person", "organisation", "document", "media", "anonymous", "vague")
SEED = 20080613  # fixed: bootstrap intervals are part of the report
NONE_LABEL = "(none)"
DIM_TITLES = {"attribution": "Attribution", "sourcing": "Sourcing", "loaded_language": "Loaded language",
              "sentiment": "Sentiment", "readability": "Readability", "overall": "Overall"}


@dataclass(frozen=True)
class Measure:
    """A column compared across groups; ``better`` is higher, lower, easier
    (higher is easier to read: context, not quality) or context."""

    column: str
    title: str
    better: str
    kind: str = "score"  # score, metric or sources


KEY_METRICS = (
    Measure("sourcing_named_share", "Named-source share", "higher", "metric"),
    Measure("sourcing_anonymous_sources", "Anonymous sources", "lower", "metric"),
    Measure("sourcing_vague_sources", "Vague sources", "lower", "metric"),
    Measure("loaded_language_per_1k_words", "Loaded terms per 1,000 words", "lower", "metric"),
    Measure("sentiment_narrative_abs", "Sentiment intensity (narrative)", "lower", "metric"),
    Measure("sourcing_unattributed_claims", "Unattributed claims", "lower", "metric"),
)


class CompareError(ValueError):
    """The comparison cannot be made as asked (e.g. an unknown column)."""


@dataclass(frozen=True)
class CompareOptions:
    """How to compare. ``by[0]`` is compared; further keys are strata
    (compared within, never across)."""

    by: tuple[str, ...] = ("outlet",)
    include_duplicates: bool = False
    correction: str = "holm"  # holm or bh
    alpha: float = 0.05
    min_n: int = 5
    top_terms: int = 8
    max_stories: int = 20


@dataclass(frozen=True)
class Comparison:
    """Everything a comparison page shows. Frames are sorted and rounded."""

    options: CompareOptions
    measures: tuple[Measure, ...]
    groups: pd.DataFrame  # by keys, group, articles, duplicates, unscored, used
    outlets: pd.DataFrame  # by keys, measure, n, mean, median, sd, ci_low, ci_high, rank, note
    pairwise: pd.DataFrame  # strata, measure, <key>_a, <key>_b, n_a, n_b, ..., p, p_adjusted, significant
    terms: pd.DataFrame  # by keys, group, vocabulary, term, count, z
    sourcing: pd.DataFrame  # by keys, group, articles, sources, <kind> shares
    stories: pd.DataFrame  # story, groups, article, group, title, published, duplicate_of, scores, loaded_terms
    values: pd.DataFrame = field(default_factory=pd.DataFrame)  # article, group, score columns: the compared articles
    counts: dict = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def _r(x, digits: int = 4):
    return None if x is None or (isinstance(x, float) and np.isnan(x)) else round(float(x), digits)


def _p(x):
    return None if x is None or x != x else float(f"{x:.4g}")


def _seed(*parts: str) -> int:
    return SEED ^ zlib.crc32("\x1f".join(parts).encode("utf-8"))


def _measures(articles: pd.DataFrame) -> tuple[Measure, ...]:
    scores = [c for c in articles.columns if c.startswith("score_")]
    scores = [c for c in scores if c != "score_overall"] + [c for c in scores if c == "score_overall"]
    out = [Measure(c, DIM_TITLES.get(c[6:], c[6:].replace("_", " ").capitalize()), "easier" if c == "score_readability" else "higher") for c in scores]
    return tuple(out + [m for m in KEY_METRICS if m.column in articles.columns])


def _label(values) -> str:
    return " / ".join(values)


def group_count(articles: pd.DataFrame, key: str = "outlet") -> int:
    """Distinct non-empty values of *key*: how many outlets a report has."""
    return int(articles[key].astype(str).str.strip().replace("", np.nan).dropna().nunique()) if key in articles else 0


def _stories(articles: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    """story and duplicate_of: as stored when every article has a story,
    else grouped now (a given story is kept)."""
    if "story" in articles and (articles["story"].str.strip() != "").all() and "duplicate_of" in articles:
        return articles[["article", "story", "duplicate_of"]]
    if "keywords" not in articles:
        notes.append("articles.csv has no keywords column, so stories and near-copies could not be found")
    return assign_stories(articles)


def _describe_rows(frame: pd.DataFrame, keys: list[str], measures, min_n: int) -> pd.DataFrame:
    rows = []
    for values, g in frame.groupby(keys, sort=True):
        values = values if isinstance(values, tuple) else (values,)
        label = _label(values)
        for m in measures:
            x = g[m.column].to_numpy(dtype=float)
            d = stats.describe(x)
            ci = stats.bootstrap_ci(x, seed=_seed(label, m.column))
            rows.append({**dict(zip(keys, values)), "measure": m.column, "n": d["n"], "mean": _r(d["mean"]), "median": _r(d["median"]),
                         "sd": _r(d["sd"]), "ci_low": _r(ci[0]) if ci else None, "ci_high": _r(ci[1]) if ci else None,
                         "note": f"n < {min_n}" if d["n"] < min_n else ""})
    return pd.DataFrame(rows)


def _source_rows(used: pd.DataFrame, sources: pd.DataFrame | None, keys: list[str], min_n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sourcing profile per group: (rows for outlets.csv, wide table)."""
    if sources is None:
        return pd.DataFrame(), pd.DataFrame()
    kinds = sources[sources["article"].isin(used["article"])]
    per_article = pd.crosstab(kinds["article"], kinds["kind"]).reindex(columns=list(SOURCE_KINDS), fill_value=0)
    per_article = per_article.reindex(used["article"], fill_value=0)
    per_article.index = used.index
    long_rows, wide_rows = [], []
    for values, g in used.groupby(keys, sort=True):
        values = values if isinstance(values, tuple) else (values,)
        label = _label(values)
        counts = per_article.loc[g.index]
        totals = counts.sum(axis=1).to_numpy(dtype=float)
        n_sources = int(totals.sum())
        wide = {**dict(zip(keys, values)), "group": label, "articles": len(g), "sources": n_sources}
        for kind in SOURCE_KINDS:
            k = counts[kind].to_numpy(dtype=float)
            share = k.sum() / n_sources if n_sources else None
            ci = stats.bootstrap_ratio_ci(k, totals, seed=_seed(label, "sources", kind)) if n_sources else None
            wide[kind] = _r(share)
            long_rows.append({**dict(zip(keys, values)), "measure": f"sources_{kind}_share", "n": n_sources, "mean": _r(share), "median": None,
                              "sd": None, "ci_low": _r(ci[0]) if ci else None, "ci_high": _r(ci[1]) if ci else None,
                              "note": "share of all sources cited" + (f"; n < {min_n} articles" if len(g) < min_n else "")})
        wide_rows.append(wide)
    return pd.DataFrame(long_rows), pd.DataFrame(wide_rows)


def _rank(outlets: pd.DataFrame, measures, strata: list[str]) -> pd.Series:
    better = {m.column: m.better for m in measures}
    rank = pd.Series(np.nan, index=outlets.index)
    for _, g in outlets.groupby(["measure"] + strata, sort=False):
        direction = better.get(g["measure"].iloc[0], "context")
        if direction == "context" or g["mean"].isna().all():
            continue
        rank.loc[g.index] = g["mean"].rank(ascending=(direction == "lower"), method="min")  # higher and easier: descending
    return rank.astype("Int64")


def _pairwise(used: pd.DataFrame, keys: list[str], measures, options: CompareOptions) -> pd.DataFrame:
    key, strata = keys[0], keys[1:]
    rows = []
    for stratum, g in (used.groupby(strata, sort=True) if strata else [((), used)]):
        stratum = stratum if isinstance(stratum, tuple) else (stratum,)
        names = sorted(g[key].unique())
        by_name = {name: sub for name, sub in g.groupby(key, sort=True)}
        for m in measures:
            for a, b in combinations(names, 2):
                x = by_name[a][m.column].to_numpy(dtype=float)
                y = by_name[b][m.column].to_numpy(dtype=float)
                x, y = x[~np.isnan(x)], y[~np.isnan(y)]
                if not len(x) or not len(y):
                    continue
                u, p, method = stats.mann_whitney(x, y)
                delta = stats.cliffs_delta(x, y)
                small = min(len(x), len(y)) < options.min_n
                rows.append({**dict(zip(strata, stratum)), "measure": m.column, f"{key}_a": a, f"{key}_b": b, "n_a": len(x), "n_b": len(y),
                             "mean_a": _r(x.mean()), "mean_b": _r(y.mean()), "difference": _r(x.mean() - y.mean()),
                             "median_a": _r(np.median(x)), "median_b": _r(np.median(y)), "cliffs_delta": _r(delta),
                             "effect": stats.effect_label(delta), "u": _r(u), "p": p, "method": method,
                             "note": f"n < {options.min_n}: not tested" if small else ""})
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    correct = stats.holm if options.correction == "holm" else stats.benjamini_hochberg
    # One family per measure ("do the outlets differ on this dimension?"),
    # made of the pairs where both sides have at least min_n articles: a
    # group smaller than that is described, with a warning, but not tested.
    tested = frame["note"] == ""
    adjusted = frame[tested].groupby("measure", sort=False)["p"].transform(lambda p: correct(p.tolist())).reindex(frame.index)
    frame["p_adjusted"] = adjusted.map(_p)
    frame["significant"] = tested & (frame["p_adjusted"].astype(float).fillna(1.0) < options.alpha)
    frame["p"] = frame["p"].map(_p)
    cols = strata + ["measure", f"{key}_a", f"{key}_b", "n_a", "n_b", "mean_a", "mean_b", "difference", "median_a", "median_b",
                     "cliffs_delta", "effect", "u", "p", "p_adjusted", "significant", "method", "note"]
    return frame[cols]


_TERM_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


_ARTICLE = re.compile(r"^(?:a|an|the)\s+")


def _term(text: str) -> str:
    """A finding's text as a term: lowercased, trimmed of punctuation and of a
    leading article ("the doomed mill" -> "doomed mill")."""
    return _ARTICLE.sub("", _TERM_EDGE.sub("", " ".join(str(text).lower().split())))


def _loaded_findings(findings: pd.DataFrame | None) -> pd.DataFrame:
    """Loaded-language findings that count against the article (in the
    author's voice, not accepted by an editor): article, phrase."""
    if findings is None:
        return pd.DataFrame(columns=["article", "term"])
    counted = pd.to_numeric(findings["weight"], errors="coerce").fillna(1) > 0 if "weight" in findings else True
    f = findings[(findings["dimension"] == "loaded_language") & (findings["in_quote"].str.lower() != "true") & counted]
    terms = f["text"].map(_term)
    keep = (terms != "") & (terms.str.count(" ") < 5)  # a phrase, not a whole rhetorical question
    return pd.DataFrame({"article": f["article"][keep], "term": terms[keep]})


def _loaded_words(phrases: pd.DataFrame) -> pd.DataFrame:
    """The content words of loaded phrases, one row per occurrence: findings
    carry the phrase ("furious commuters"); the word is what recurs."""
    stop = word_list("stopwords")
    rows = [(a, w) for a, t in zip(phrases["article"], phrases["term"]) for w in _WORD.findall(t) if len(w) > 2 and w not in stop]
    return pd.DataFrame(rows, columns=["article", "term"])


def _cue_terms(quotes: pd.DataFrame | None) -> pd.DataFrame:
    if quotes is None:
        return pd.DataFrame(columns=["article", "term"])
    terms = quotes["cue"].map(_term)
    keep = terms != ""
    return pd.DataFrame({"article": quotes["article"][keep], "term": terms[keep]})


def _distinctive(used: pd.DataFrame, keys: list[str], vocabularies: dict[str, pd.DataFrame], top: int) -> pd.DataFrame:
    """Terms over-used by each group relative to its length in words, against
    all other groups, with the whole corpus as the informative prior."""
    rows = []
    labels = used.set_index("article")["group"]
    words = pd.to_numeric(used["words"], errors="coerce").fillna(0).groupby(used["group"]).sum() if "words" in used else None
    for vocabulary, occurrences in vocabularies.items():
        occ = occurrences[occurrences["article"].isin(labels.index)]
        if occ.empty:
            continue
        by_group = {g: Counter(t) for g, t in occ.assign(group=occ["article"].map(labels)).groupby("group")["term"]}
        total = Counter(occ["term"])
        prior = {w: float(c) for w, c in total.items()}
        all_words = float(words.sum()) if words is not None and words.sum() > 0 else None
        for values, _ in used.groupby(keys, sort=True):
            values = values if isinstance(values, tuple) else (values,)
            label = _label(values)
            mine = by_group.get(label, Counter())
            rest = total - mine
            if all_words:
                n_mine = float(words.get(label, 0.0))
                sizes = {"total": n_mine, "other_total": all_words - n_mine, "prior_total": all_words}
            else:
                sizes = {}
            scored = stats.log_odds_dirichlet(mine, rest, prior, **sizes)
            best = sorted(((z, w) for w, (_, z) in scored.items() if z >= 1.96 and mine.get(w, 0) > 0), key=lambda t: (-t[0], t[1]))[:top]
            for z, w in best:
                rows.append({**dict(zip(keys, values)), "group": label, "vocabulary": vocabulary, "term": w, "count": mine[w],
                             "count_elsewhere": rest.get(w, 0), "z": _r(z, 2)})
    return pd.DataFrame(rows)


def _story_table(articles: pd.DataFrame, keys: list[str], measures, loaded: pd.DataFrame, max_stories: int) -> tuple[pd.DataFrame, int]:
    key = keys[0]
    spread = articles.groupby("story")[key].nunique()
    multi = spread[spread >= 2]
    if multi.empty:
        return pd.DataFrame(), 0
    sizes = articles.groupby("story").size()
    chosen = sorted(multi.index, key=lambda s: (-multi[s], -sizes[s], s))[:max_stories]
    top_terms = {}
    for art, g in loaded.groupby("article"):
        counts = Counter(g["term"])
        first = {t: i for i, t in reversed(list(enumerate(g["term"])))}
        top_terms[art] = "; ".join(t for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))[:5])
    score_cols = [m.column for m in measures if m.kind == "score"]
    rows = []
    for s in chosen:
        g = articles[articles["story"] == s].sort_values(["group", "published", "article"])
        for _, a in g.iterrows():
            rows.append({"story": s, "groups": int(multi[s]), "article": a["article"], "group": a["group"], "title": a.get("title", ""),
                         "published": a.get("published", ""), "duplicate_of": a["duplicate_of"],
                         **{c: _r(a[c], 1) for c in score_cols}, "loaded_terms": top_terms.get(a["article"], "")})
    return pd.DataFrame(rows), len(multi)


def compare(tables: ResultTables, options: CompareOptions = CompareOptions()) -> Comparison:
    """Compare the groups of articles in *tables* as *options* say."""
    # Sorted by id: shuffled input, same report.
    articles = tables.articles.sort_values("article", kind="mergesort").reset_index(drop=True)
    keys = list(options.by)
    missing = [k for k in keys if k not in articles.columns]
    if missing:
        raise CompareError(f"articles.csv has no column {', '.join(repr(k) for k in missing)} to compare by; columns: {', '.join(articles.columns[:12])}, ...")
    if options.correction not in ("holm", "bh"):
        raise CompareError(f"correction must be 'holm' or 'bh', not '{options.correction}'")
    notes = list(tables.notes)
    measures = _measures(articles)
    for m in measures:
        articles[m.column] = pd.to_numeric(articles[m.column], errors="coerce")
    for k in keys:
        articles[k] = articles[k].astype(str).str.strip().replace("", NONE_LABEL)
    for col in ("title", "published"):
        if col not in articles:
            articles[col] = ""
    assigned = _stories(articles, notes)
    articles["story"] = assigned["story"].to_numpy()
    articles["duplicate_of"] = assigned["duplicate_of"].to_numpy()
    articles["group"] = [_label(v) for v in articles[keys].itertuples(index=False, name=None)]
    unscored = articles["unscored_reason"].str.strip() != "" if "unscored_reason" in articles else pd.Series(False, index=articles.index)
    duplicate = articles["duplicate_of"] != ""
    used = articles[~unscored & (options.include_duplicates | ~duplicate)]

    groups = articles.groupby(keys, sort=True).agg(articles=("article", "size")).reset_index()
    groups["group"] = [_label(v) for v in groups[keys].itertuples(index=False, name=None)]
    groups["duplicates"] = [int((duplicate & (articles["group"] == g)).sum()) for g in groups["group"]]
    groups["unscored"] = [int((unscored & (articles["group"] == g)).sum()) for g in groups["group"]]
    groups["used"] = [int((used["group"] == g).sum()) for g in groups["group"]]
    groups = groups[keys + ["group", "articles", "duplicates", "unscored", "used"]]

    outlets = _describe_rows(used, keys, measures, options.min_n) if len(used) else pd.DataFrame()
    source_long, sourcing = _source_rows(used, tables.sources, keys, options.min_n) if len(used) else (pd.DataFrame(), pd.DataFrame())
    outlets = pd.concat([outlets, source_long], ignore_index=True) if len(source_long) else outlets
    if len(outlets):
        all_measures = measures + tuple(Measure(f"sources_{k}_share", f"{k.capitalize()} sources (share)", "context", "sources") for k in SOURCE_KINDS)
        order = {m.column: i for i, m in enumerate(all_measures)}
        outlets["rank"] = _rank(outlets, measures, keys[1:])
        outlets = outlets.assign(_o=outlets["measure"].map(order)).sort_values(keys + ["_o"], kind="mergesort").drop(columns="_o")
        outlets = outlets[keys + ["measure", "n", "mean", "median", "sd", "ci_low", "ci_high", "rank", "note"]].reset_index(drop=True)

    pairwise = _pairwise(used, keys, measures, options) if len(used) else pd.DataFrame()
    loaded = _loaded_findings(tables.findings)
    terms = _distinctive(used, keys, {"loaded": _loaded_words(loaded), "attribution": _cue_terms(tables.quotes)}, options.top_terms)
    story_rows, multi = _story_table(articles, keys, measures, loaded, options.max_stories)

    small = groups[groups["used"] < options.min_n]["group"].tolist()
    counts = {
        "articles": len(articles), "used": len(used), "duplicates": int(duplicate.sum()), "unscored": int(unscored.sum()),
        "groups": len(groups), "small_groups": small, "stories": int(articles["story"].nunique()), "multi_group_stories": multi,
        "tests": len(pairwise), "significant": int(pairwise["significant"].sum()) if len(pairwise) else 0,
    }
    values = used[["article", "group"] + [m.column for m in measures if m.kind == "score"]].reset_index(drop=True)
    return Comparison(options, measures, groups, outlets, pairwise, terms, sourcing, story_rows, values, counts, tuple(notes))
