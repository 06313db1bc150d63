"""Statistics for comparing outlets: pure functions of numbers in, numbers out.

- :func:`describe` and :func:`bootstrap_ci` — n, mean, median, standard
  deviation and a percentile bootstrap interval for the mean, from a seeded
  generator so that reports are reproducible.
- :func:`mann_whitney` — the two-sided Mann-Whitney rank test: exact (the
  null distribution of the rank sum counted over every split of the pooled
  midranks, so ties are handled exactly) up to about 20 values a side, else
  the normal approximation with tie and continuity corrections. No
  randomness, so no seed.
- :func:`cliffs_delta` — the effect size that goes with it.
- :func:`holm` and :func:`benjamini_hochberg` — corrections for many tests.
- :func:`log_odds_dirichlet` — weighted log-odds with an informative
  Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16
  and 22), for the words that distinguish one group's text from another's.
"""
from __future__ import annotations

import math
from typing import Mapping, Sequence

import numpy as np

__all__ = [
    "describe", "bootstrap_ci", "bootstrap_ratio_ci", "mann_whitney", "cliffs_delta", "effect_label", "holm", "benjamini_hochberg",
    "log_odds_dirichlet", "BOOTSTRAP_REPS", "EXACT_LIMIT",
]

BOOTSTRAP_REPS = 2000
# Above this many values a group's interval is the normal approximation
# mean ± 1.96·sd/√n, which the bootstrap agrees with at that size.
BOOTSTRAP_MAX_N = 20000
# The exact test is used while its cost (values x smaller group x rank sum)
# stays under this: up to about 20 articles a side, where the normal
# approximation takes over well.
EXACT_LIMIT = 2_000_000


def _clean(values) -> np.ndarray:
    a = np.asarray(list(values) if not isinstance(values, np.ndarray) else values, dtype=float)
    return a[~np.isnan(a)]


def describe(values) -> dict:
    """n, mean, median and sample standard deviation (None where undefined)."""
    a = _clean(values)
    n = len(a)
    return {
        "n": n,
        "mean": float(a.mean()) if n else None,
        "median": float(np.median(a)) if n else None,
        "sd": float(a.std(ddof=1)) if n > 1 else None,
    }


def bootstrap_ci(values, *, seed: int, reps: int = BOOTSTRAP_REPS, level: float = 0.95) -> tuple[float, float] | None:
    """Percentile bootstrap interval for the mean of *values*.

    None for fewer than two values. Resamples are drawn from
    ``numpy.random.default_rng(seed)`` in chunks, so memory stays small;
    the values are sorted first, so their order does not matter.
    """
    a = np.sort(_clean(values))
    n = len(a)
    if n < 2:
        return None
    alpha = (1 - level) / 2
    if n > BOOTSTRAP_MAX_N:
        half = 1.959963984540054 * a.std(ddof=1) / math.sqrt(n)
        return float(a.mean() - half), float(a.mean() + half)
    rng = np.random.default_rng(seed)
    chunk = max(1, min(reps, 2_000_000 // n))
    means = []
    done = 0
    while done < reps:
        k = min(chunk, reps - done)
        means.append(a[rng.integers(0, n, size=(k, n))].mean(axis=1))
        done += k
    m = np.concatenate(means)
    low, high = np.quantile(m, [alpha, 1 - alpha])
    return float(low), float(high)


def bootstrap_ratio_ci(numerators, denominators, *, seed: int, reps: int = BOOTSTRAP_REPS, level: float = 0.95) -> tuple[float, float] | None:
    """Percentile bootstrap interval of Σnumerators / Σdenominators,
    resampling the pairs together (a cluster bootstrap: e.g. the share of
    anonymous sources among all sources, resampling articles).

    None for fewer than two pairs or no denominator. Above ``BOOTSTRAP_MAX_N``
    pairs, the delta-method normal interval.
    """
    num = np.asarray(numerators, dtype=float)
    den = np.asarray(denominators, dtype=float)
    n = len(num)
    if n < 2 or den.sum() <= 0:
        return None
    alpha = (1 - level) / 2
    ratio = num.sum() / den.sum()
    if n > BOOTSTRAP_MAX_N:
        half = 1.959963984540054 * math.sqrt(np.var(num - ratio * den, ddof=1) / n) / den.mean()
        return float(ratio - half), float(ratio + half)
    rng = np.random.default_rng(seed)
    chunk = max(1, min(reps, 2_000_000 // n))
    shares = []
    done = 0
    while done < reps:
        k = min(chunk, reps - done)
        idx = rng.integers(0, n, size=(k, n))
        d = den[idx].sum(axis=1)
        ok = d > 0
        shares.append(num[idx].sum(axis=1)[ok] / d[ok])
        done += k
    s = np.concatenate(shares)
    low, high = np.quantile(s, [alpha, 1 - alpha])
    return float(low), float(high)


def _midranks(pooled: np.ndarray) -> np.ndarray:
    order = np.argsort(pooled, kind="mergesort")
    ranks = np.empty(len(pooled), dtype=float)
    sorted_vals = pooled[order]
    i = 0
    while i < len(pooled):
        j = i
        while j + 1 < len(pooled) and sorted_vals[j + 1] == sorted_vals[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def _exact_p(doubled: np.ndarray, k: int, observed: int) -> float:
    """Two-sided p of a doubled rank sum *observed* for a group of *k*, by
    counting every size-k subset of the pooled (doubled) ranks by its sum."""
    top = int(doubled.sum())
    ways = np.zeros((k + 1, top + 1))
    ways[0, 0] = 1.0
    for r in doubled:
        # NOTE: numpy buffers overlapping operands, so this reads the counts
        # from before this rank was added (each rank used at most once).
        ways[1:, r:] += ways[:-1, : top + 1 - r]
    dist = ways[k]
    centre = k * (len(doubled) + 1)
    sums = np.arange(top + 1)
    extreme = np.abs(sums - centre) >= abs(observed - centre)
    return float(min(1.0, dist[extreme].sum() / dist.sum()))


def mann_whitney(a, b) -> tuple[float, float, str]:
    """Two-sided Mann-Whitney test of *a* against *b*: ``(U, p, method)``.

    ``U`` counts the pairs where a's value is larger (ties count one half).
    ``method`` is ``exact`` or ``normal``; with no spread at all (every value
    equal) ``p`` is 1 and the method ``constant``.
    """
    x, y = _clean(a), _clean(b)
    n1, n2 = len(x), len(y)
    if n1 == 0 or n2 == 0:
        raise ValueError("both groups need at least one value")
    pooled = np.concatenate([x, y])
    ranks = _midranks(pooled)
    r1 = ranks[:n1].sum()
    u = r1 - n1 * (n1 + 1) / 2
    if np.all(pooled == pooled[0]):
        return float(u), 1.0, "constant"
    n = n1 + n2
    mean_r1 = n1 * (n + 1) / 2
    small = min(n1, n2)
    doubled = np.rint(2 * ranks).astype(np.int64)  # midranks are multiples of 0.5
    if n * small * int(doubled.sum()) <= EXACT_LIMIT:
        observed = int(doubled[:n1].sum() if small == n1 else doubled[n1:].sum())
        return float(u), _exact_p(doubled, small, observed), "exact"
    _, counts = np.unique(pooled, return_counts=True)
    tie = float((counts ** 3 - counts).sum())
    var = n1 * n2 / 12 * ((n + 1) - tie / (n * (n - 1)))
    z = max(abs(r1 - mean_r1) - 0.5, 0.0) / math.sqrt(var)
    return float(u), float(min(1.0, math.erfc(z / math.sqrt(2)))), "normal"


def cliffs_delta(a, b) -> float:
    """P(a > b) − P(a < b) over all pairs: from −1 (b always larger) to 1."""
    x, y = _clean(a), _clean(b)
    if not len(x) or not len(y):
        raise ValueError("both groups need at least one value")
    ys = np.sort(y)
    greater = np.searchsorted(ys, x, side="left").sum()
    less = (len(ys) - np.searchsorted(ys, x, side="right")).sum()
    return float((greater - less) / (len(x) * len(y)))


def effect_label(delta: float) -> str:
    """Size of a Cliff's delta in words (Romano et al. 2006 thresholds)."""
    d = abs(delta)
    return "negligible" if d < 0.147 else "small" if d < 0.33 else "medium" if d < 0.474 else "large"


def holm(pvalues: Sequence[float]) -> list[float]:
    """Holm's step-down adjusted p-values (family-wise error rate)."""
    p = np.asarray(pvalues, dtype=float)
    m = len(p)
    if not m:
        return []
    order = np.argsort(p, kind="mergesort")
    adjusted = np.maximum.accumulate((m - np.arange(m)) * p[order])
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out.tolist()


def benjamini_hochberg(pvalues: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (false discovery rate)."""
    p = np.asarray(pvalues, dtype=float)
    m = len(p)
    if not m:
        return []
    order = np.argsort(p, kind="mergesort")
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out.tolist()


def log_odds_dirichlet(
    counts: Mapping[str, int],
    other: Mapping[str, int],
    prior: Mapping[str, float],
    *,
    total: float | None = None,
    other_total: float | None = None,
    prior_total: float | None = None,
) -> dict[str, tuple[float, float]]:
    """Weighted log-odds of each word of *prior* in *counts* against *other*.

    *prior* gives the Dirichlet pseudo-count ``α_w`` of each word (an
    informative prior: the word's count in a background corpus, often the
    whole corpus). ``n``, ``n'`` and ``α_0`` are *total*, *other_total* and
    *prior_total* — the sizes of the texts the counts come from (by default
    the sums of the counts). Returns ``{word: (δ, z)}`` where

        δ_w = log((y_w + α_w) / (n + α_0 − y_w − α_w))
            − log((y'_w + α_w) / (n' + α_0 − y'_w − α_w))
        σ²(δ_w) ≈ 1/(y_w + α_w) + 1/(y'_w + α_w),   z = δ_w / σ

    Positive z: the word is more typical of *counts*; |z| > 1.96 is the
    usual bar.
    """
    a0 = float(sum(prior.values()) if prior_total is None else prior_total)
    n1 = float(sum(counts.values()) if total is None else total)
    n2 = float(sum(other.values()) if other_total is None else other_total)
    out = {}
    for w, alpha in prior.items():
        if alpha <= 0:
            continue
        y1 = counts.get(w, 0)
        y2 = other.get(w, 0)
        d = math.log((y1 + alpha) / (n1 + a0 - y1 - alpha)) - math.log((y2 + alpha) / (n2 + a0 - y2 - alpha))
        z = d / math.sqrt(1 / (y1 + alpha) + 1 / (y2 + alpha))
        out[w] = (d, z)
    return out
