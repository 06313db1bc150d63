"""Check `framing compare` on real news: story grouping, false alarms, power.

Usage:
    python benchmarks/evaluate_compare.py [--articles DIR] [--labels FILE] [--runs N] [--jobs N]

Scores the ptc-dev articles once (default: ../shared/data/ptc-dev next to
this repository), then prints:

1. Story groups against benchmarks/annotations/stories.json (same-event
   groups made by hand from the headlines): pairwise precision and recall
   over the annotated articles. ptc-dev has no dates, so no date window
   helps here: this is the hard case.
2. False alarms: the articles are split at random into two pseudo-outlets,
   --runs times; every significant difference is a false one. With Holm's
   correction per measure, at most about 5% of runs should show any on a
   given measure.
3. Power: the articles are split by the share of their text that the PTC's
   professional annotators marked as propaganda (above / below the median):
   the loaded-language measures should differ significantly.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np

from framing.compare import CompareOptions, compare
from framing.results import read_results

HERE = Path(__file__).resolve().parent
LOADED = ("score_loaded_language", "loaded_language_per_1k_words", "sentiment_narrative_abs")


def story_figures(articles, gold_file: Path) -> dict:
    gold = {f"article{i}.txt": story for story, ids in json.loads(gold_file.read_text()).items() if not story.startswith("_") for i in ids}
    predicted = dict(zip(articles["article"], articles["story"]))
    tp = fp = fn = 0
    for a, b in combinations(sorted(a for a in gold if a in predicted), 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    sizes = articles.groupby("story").size()
    return {"pairs_precision": tp / (tp + fp) if tp + fp else None, "pairs_recall": tp / (tp + fn) if tp + fn else None,
            "stories": int(len(sizes)), "multi_article_stories": int((sizes > 1).sum()), "largest_story": int(sizes.max())}


def significant(tables, outlets) -> dict:
    tables.articles["outlet"] = outlets
    comp = compare(tables, CompareOptions(by=("outlet",)))
    sig = comp.pairwise[comp.pairwise["significant"]]
    return {m: bool((sig["measure"] == m).any()) for m in comp.pairwise["measure"].unique()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=Path, default=HERE.parent.parent / "shared" / "data" / "ptc-dev" / "articles")
    ap.add_argument("--labels", type=Path, default=None, help="labels.tsv (default: beside --articles)")
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if not args.articles.is_dir():
        sys.exit(f"no articles folder at {args.articles}")
    labels = args.labels or args.articles.parent / "labels.tsv"
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "framing", "score", str(args.articles), "--out", tmp, "--quiet", "--jobs", str(args.jobs)], check=False)
        tables = read_results(tmp)
    arts = tables.articles
    print("1. story groups (undated):", json.dumps(story_figures(arts, HERE / "annotations" / "stories.json")))

    n = len(arts)
    hits = defaultdict(int)
    for seed in range(args.runs):
        split = np.where(np.random.default_rng(seed).permutation(n) < n // 2, "A", "B")
        for measure, hit in significant(tables, split).items():
            hits[measure] += hit
    worst = max(hits.values()) if hits else 0
    print(f"2. false alarms over {args.runs} random splits: runs with a significant difference, per measure:",
          json.dumps(dict(sorted(hits.items()))), f"(worst {worst / args.runs:.0%})")

    spans = defaultdict(int)
    for line in labels.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4:
            spans[f"article{parts[0]}.txt"] += int(parts[3]) - int(parts[2])
    sizes = {f.name: len(f.read_text(encoding="utf-8")) for f in args.articles.glob("*.txt")}
    share = np.array([spans.get(a, 0) / max(sizes.get(a, 1), 1) for a in arts["article"]])
    split = np.where(share > np.median(share), "more propaganda", "less propaganda")
    tables.articles["outlet"] = split
    comp = compare(tables, CompareOptions(by=("outlet",)))
    rows = comp.pairwise.set_index("measure")
    print("3. power, split by the annotators' propaganda share (median", f"{np.median(share):.1%}):")
    for m in rows.index:
        r = rows.loc[m]
        mark = "*" if r["significant"] else " "
        print(f"   {mark} {m:32s} {r['outlet_a']}: {r['mean_a']:8.3f}  {r['outlet_b']}: {r['mean_b']:8.3f}  delta {r['cliffs_delta']:+.2f}  p_adj {r['p_adjusted']:.2g}")


if __name__ == "__main__":
    main()
