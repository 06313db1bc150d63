#!/usr/bin/env python
"""Do the scores rank mainstream articles above unreliable ones?

Usage:
    python benchmarks/evaluate_ranking.py [--articles DIR] [--types FILE] [--rows A:B]

Reads benchmarks/outlet_types.tsv (article id, mainstream or unreliable, as
guessed from the text when the articles were annotated; see
benchmarks/outlet_types.md), scores each article with the default rubric and
prints, for every score and a few metrics, the ROC AUC of "mainstream ranks
higher" (0.5 is chance; for a metric where lower is better the AUC of its
negation is printed). Rows whose type is neither mainstream nor unreliable
(the annotators' `unsure`) are skipped and counted. Rows 0:50 are the first
round of labels, 50:102 the second, 102:109 the third (with the sixth
annotation set), 109: the fourth (the rest of PTC dev, almost all
unreliable, so it adds little precision: about 0.04 instead of 0.047 for
one standard error). Read the figures with their uncertainty in mind.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing import load_rubric  # noqa: E402
from framing.api import score_article  # noqa: E402
from framing.corpus import InputError, read_file  # noqa: E402

LOWER_IS_BETTER = ("sourcing_unattributed_claims", "loaded_language_penalty_per_1k_words", "sourcing_anonymous_sources", "sourcing_vague_sources")


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a mainstream value > an unreliable one), ties counting half."""
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "data" / "ptc-dev" / "articles")
    ap.add_argument("--types", type=Path, default=ROOT / "benchmarks" / "outlet_types.tsv")
    ap.add_argument("--rows", default=":", help="only these rows of the file, as a Python slice (0:50 is the first round of labels, 50:102 the second, 102:109 the third, 109: the fourth)")
    args = ap.parse_args()
    rubric = load_rubric()
    rows = []
    lines = [line for line in args.types.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    start, _, stop = args.rows.partition(":")
    skipped = 0
    for line in lines[slice(int(start) if start else None, int(stop) if stop else None)]:
        article, kind = line.split("\t")[:2]
        if kind not in ("mainstream", "unreliable"):
            skipped += 1
            continue
        path = args.articles / f"{article}.txt"
        if not path.exists():
            sys.exit(f"evaluate_ranking: {path}: no such file (give --articles)")
        art = read_file(path, path.name)
        if isinstance(art, InputError):
            sys.exit(f"evaluate_ranking: {path}: {art.message}")
        rows.append((kind, score_article(art, rubric)))
    columns = [f"score_{d}" for d in rubric.dimensions] + ["score_overall", "attribution_reporting_verbs_per_100_words", *LOWER_IS_BETTER]

    def value(r, c):
        if c.startswith("score_"):
            v = r.overall if c == "score_overall" else r.scores.get(c[6:])
        else:
            v = r.metrics.get(c)
        return None if v is None else float(v)

    n_main = sum(k == "mainstream" for k, _ in rows)
    print(f"{len(rows)} articles: {n_main} mainstream, {len(rows) - n_main} unreliable")
    if skipped:
        print(f"  ({skipped} rows skipped: type neither mainstream nor unreliable, e.g. unsure)")
    for c in columns:
        pairs = [(k, value(r, c)) for k, r in rows]
        pos = [v for k, v in pairs if k == "mainstream" and v is not None]
        neg = [v for k, v in pairs if k == "unreliable" and v is not None]
        if not pos or not neg:
            continue
        sign = -1 if c in LOWER_IS_BETTER else 1
        print(f"  {c:45s} AUC {auc([sign * v for v in pos], [sign * v for v in neg]):.3f}{'  (lower is better)' if sign < 0 else ''}")


if __name__ == "__main__":
    main()
