#!/usr/bin/env python
"""Where does ``framing score`` spend its time per article?

Reads a corpus folder once, then scores every article the way
``framing score --jobs 1`` does, in one process, timing each stage apart:

  build_document   segmenting, attribution, sentiment, readability: the Document
    tokenize           its word tokens                  (part of build_document)
    analyse            quotations, attributions, sources (part of build_document)
    sentence_compounds VADER per sentence               (part of build_document)
    word_syllables     syllable counts                  (part of build_document)
  checks           every rule of the rubric on the Document (framing.engine.run)
  score            metrics, scores, keywords and fingerprint (framing.scoring.score)
  render           CSV rows, findings.jsonl, the Markdown page and report.html's
                   pieces (framing.report.render.render, as for a run's first
                   1,000 articles)

and prints CPU milliseconds per article for each (CPU time, not wall time:
on a machine shared with other work it varies much less). Reading files, writing reports
and start-up (imports, dictionaries, compiling the rubric) are left out: a
warm-up pass runs first, so every per-process cache is filled as it is in a
long run. Each timed pass is repeated and the fastest kept, which is the
figure to compare on a machine shared with other work.

    python benchmarks/stages.py                     # ../shared/data/ptc-dev/articles if present, else seeds/
    python benchmarks/stages.py ~/news --passes 5   # your own folder
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # time this checkout's framing

import framing.document as document_module  # noqa: E402
from framing.api import apply_acceptances, build_document, compile_rubric, run, score, take_markers  # noqa: E402
from framing.corpus import read_corpus  # noqa: E402
from framing.report.render import RenderOptions, render  # noqa: E402
from framing.rubric import load_rubric  # noqa: E402

STAGES = ("build_document", "checks", "score", "render")
# Functions build_document calls, timed inside it by wrapping their names in framing.document.
PARTS = ("tokenize", "analyse", "sentence_compounds", "word_syllables")


def default_corpus() -> Path:
    """The PTC development articles beside this checkout, else seeds/."""
    for folder in (ROOT.parent / "shared" / "data" / "ptc-dev" / "articles",
                   ROOT.parent.parent / "shared" / "data" / "ptc-dev" / "articles"):
        if folder.is_dir():
            return folder
    return ROOT / "seeds"


def _timed(totals: dict, name: str, fn):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] = totals.get(name, 0.0) + time.process_time() - start
    return wrapper


def one_pass(articles, rubric, totals: dict) -> None:
    """Score every article once, adding each stage's seconds to *totals*."""
    compiled = compile_rubric(rubric)
    options = RenderOptions()
    clock = time.process_time
    for article in articles:
        article, marked = take_markers(article)
        t0 = clock()
        doc = build_document(article, None)
        t1 = clock()
        findings = run(doc, compiled)
        t2 = clock()
        result = score(doc, apply_acceptances(findings, doc, (), marked), rubric)
        t3 = clock()
        render(result, rubric, options, html=True)
        t4 = clock()
        for name, seconds in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            totals[name] = totals.get(name, 0.0) + seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=None, help="folder of articles (default: ../shared/data/ptc-dev/articles beside this checkout, else seeds/)")
    parser.add_argument("--rubric", default=None, help="rubric name or path (default: the default rubric)")
    parser.add_argument("--passes", type=int, default=3, help="timed passes; the fastest of each stage is kept (default: 3)")
    args = parser.parse_args(argv)
    folder = args.corpus or default_corpus()
    if not folder.is_dir():
        parser.error(f"{folder}: not a folder")
    articles = [a for a in read_corpus([folder]) if hasattr(a, "text")]
    if not articles:
        parser.error(f"{folder}: no articles to score")
    rubric = load_rubric(args.rubric)

    parts: dict[str, float] = {}
    originals = {name: getattr(document_module, name) for name in PARTS if hasattr(document_module, name)}
    for name, fn in originals.items():
        setattr(document_module, name, _timed(parts, name, fn))
    try:
        one_pass(articles, rubric, {})  # warm-up: dictionaries, per-process caches
        best: dict[str, float] = {}
        for _ in range(max(args.passes, 1)):
            totals: dict[str, float] = {}
            parts.clear()
            one_pass(articles, rubric, totals)
            totals.update(parts)
            for name, seconds in totals.items():
                best[name] = min(best.get(name, seconds), seconds)
    finally:
        for name, fn in originals.items():
            setattr(document_module, name, fn)

    n = len(articles)
    print(f"{n} articles from {folder}; fastest of {max(args.passes, 1)} passes, CPU ms/article")
    for name in STAGES:
        print(f"{name:22s} {best[name] / n * 1000:7.2f}")
        if name == "build_document":
            for part in originals:
                print(f"  {part:20s} {best.get(part, 0.0) / n * 1000:7.2f}")
    print(f"{'total':22s} {sum(best[name] for name in STAGES) / n * 1000:7.2f}")


if __name__ == "__main__":
    main()
