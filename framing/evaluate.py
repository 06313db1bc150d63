"""Agreement with human span annotations (PTC format).

Given gold spans (article id, label, start, end) and the scored articles,
computes sentence-level and token-level precision, recall and F1 of one
dimension's findings, with and without findings inside quotations, each
rule's precision (a finding is correct when it overlaps a gold span), and an
ablation: the F1 change when each rule is left out.

Sentence and token units are the Document's own sentences and word tokens,
so the figures are computed on exactly what the checks see.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

__all__ = ["GoldSpan", "read_ptc_labels", "ArticleEval", "collect", "prf", "summarise", "EvalError"]


class EvalError(Exception):
    """Bad evaluation input (a labels file that cannot be read, ...)."""


@dataclass(frozen=True)
class GoldSpan:
    article: str
    label: str
    start: int
    end: int


def read_ptc_labels(path: str | Path, labels: Iterable[str] | None = None) -> dict[str, list[GoldSpan]]:
    """Gold spans by article id from a PTC-style TSV (id, label, start, end).

    Only rows whose label is in *labels* are kept (all when None).
    """
    keep = set(labels) if labels else None
    out: dict[str, list[GoldSpan]] = defaultdict(list)
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.reader(fh, delimiter="\t"), 1):
                if not row or not "".join(row).strip():
                    continue
                if len(row) < 4:
                    raise EvalError(f"{path}:{n}: expected 4 tab-separated fields (article, label, start, end), got {len(row)}")
                art, label, s, e = row[:4]
                try:
                    start, end = int(s), int(e)
                except ValueError:
                    raise EvalError(f"{path}:{n}: start and end must be integers, got {s!r} and {e!r}") from None
                if keep is None or label in keep:
                    out[art].append(GoldSpan(art, label, start, end))
    except FileNotFoundError:
        raise EvalError(f"{path}: labels file not found") from None
    except UnicodeDecodeError:
        raise EvalError(f"{path}: labels file is not UTF-8") from None
    return dict(out)


@dataclass
class ArticleEval:
    """Per-article units: gold and predicted flags for sentences and tokens,
    and the findings (rule, start, end, in_quote) of the dimension."""

    article: str
    sentences: list[tuple[int, int]]
    tokens: list[tuple[int, int]]
    gold: list[tuple[int, int]]
    findings: list[tuple[str, int, int, bool]]


def collect(article_id: str, doc, findings, gold: list[GoldSpan], *, dimension: str, offset_shift: int = 0) -> ArticleEval:
    """Units of one scored document against its gold spans.

    *offset_shift* is added to gold offsets (PTC counts a leading byte-order
    mark as a character; the decoded text does not contain it).
    """
    spans = [(g.start + offset_shift, g.end + offset_shift) for g in gold]
    fs = [(f.rule, f.start, f.end, f.in_quote) for f in findings if f.dimension == dimension and f.end > f.start]
    return ArticleEval(
        article=article_id,
        sentences=[(s.start, s.end) for s in doc.sentences],
        tokens=[(t.start, t.end) for t in doc.tokens],
        gold=spans,
        findings=fs,
    )


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < a[1] and a[0] < e for s, e in spans)


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _counts(evals: list[ArticleEval], *, include_quotes: bool, drop: frozenset = frozenset()) -> dict:
    c = {"sentence": [0, 0, 0], "token": [0, 0, 0]}
    for ev in evals:
        pred = [(s, e) for rule, s, e, q in ev.findings if (include_quotes or not q) and rule not in drop]
        for level, units in (("sentence", ev.sentences), ("token", ev.tokens)):
            for u in units:
                g = _overlaps(u, ev.gold)
                p = _overlaps(u, pred)
                if g and p:
                    c[level][0] += 1
                elif p:
                    c[level][1] += 1
                elif g:
                    c[level][2] += 1
    return {level: prf(*v) for level, v in c.items()}


def summarise(evals: list[ArticleEval], *, ablation: bool = True, not_compared: Iterable[str] = ()) -> dict:
    """All figures: overall (with/without in-quote findings), per rule, ablation.

    Findings of the rules in *not_compared* (``evaluate: false`` in the
    rubric) are left out of the overall figures and the ablation; their
    precision is still measured."""
    skip = frozenset(not_compared)
    overall = {
        "with_quotes": _counts(evals, include_quotes=True, drop=skip),
        "without_quotes": _counts(evals, include_quotes=False, drop=skip),
    }
    rules: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for ev in evals:
        for rule, s, e, _q in ev.findings:
            rules[rule][1] += 1
            if _overlaps((s, e), ev.gold):
                rules[rule][0] += 1
    per_rule = {r: {"findings": n, "correct": k, "precision": round(k / n, 4) if n else 0.0} for r, (k, n) in sorted(rules.items())}
    abl = {}
    if ablation:
        base = overall["with_quotes"]
        for r in sorted(set(rules) - skip):
            got = _counts(evals, include_quotes=True, drop=skip | {r})
            abl[r] = {level: round(base[level]["f1"] - got[level]["f1"], 4) for level in ("sentence", "token")}
    return {"articles": len(evals), "overall": overall, "rules": per_rule, "ablation": abl, "not_compared": sorted(skip & set(rules))}


def _article_file(folder: Path, article_id: str) -> Path | None:
    for name in (article_id, f"{article_id}.txt", f"article{article_id}.txt"):
        p = folder / name
        if p.is_file():
            return p
    return None


def evaluate_spans(labels_path: str | Path, articles_dir: str | Path, rubric, *, labels: Iterable[str] | None = None,
                   dimension: str = "loaded_language", ablation: bool = True) -> dict:
    """Score every article of *articles_dir* that the labels file names (or
    that lies in the folder) and compare *dimension*'s findings with the gold
    spans. Articles without gold spans count as all-negative."""
    from .corpus import InputError, read_file
    from .document import build_document
    from .engine import run
    from .rubric import compile_rubric

    folder = Path(articles_dir)
    if not folder.is_dir():
        raise EvalError(f"{folder}: articles folder not found")
    gold = read_ptc_labels(labels_path, labels)
    compiled = compile_rubric(rubric)
    ids = sorted(set(gold) | {p.stem[len("article"):] if p.stem.startswith("article") else p.stem for p in folder.glob("*.txt")})
    evals, skipped = [], []
    for art_id in ids:
        path = _article_file(folder, art_id)
        if path is None:
            skipped.append(art_id)
            continue
        art = read_file(path, path.name)
        if isinstance(art, InputError):
            skipped.append(art_id)
            continue
        shift = -1 if path.read_bytes()[:3] == b"\xef\xbb\xbf" else 0
        doc = build_document(art)
        evals.append(collect(art_id, doc, run(doc, compiled), gold.get(art_id, []), dimension=dimension, offset_shift=shift))
    out = summarise(evals, ablation=ablation, not_compared=[r.id for r in rubric.rules if not r.evaluate])
    out["skipped"] = skipped
    out["dimension"] = dimension
    out["labels"] = sorted(labels) if labels else "all"
    return out
