"""``framing evaluate``: agreement of a dimension's findings with human spans."""
from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from ..evaluate import EvalError, evaluate_spans
from .common import fail, rubric_or_exit

DEFAULT_LABELS = ["Loaded_Language", "Name_Calling,Labeling"]


def evaluate(
    labels: Annotated[Path, typer.Option("--labels", help="Gold spans: TSV of article id, label, start, end (PTC format).")],
    articles: Annotated[Path, typer.Option("--articles", help="Folder of the annotated articles (ID.txt or articleID.txt).")],
    label: Annotated[Optional[List[str]], typer.Option("--label", "-l", help="Gold label to count (repeatable). Default: Loaded_Language and Name_Calling,Labeling.")] = None,
    dimension: Annotated[str, typer.Option("--dimension", "-d", help="Dimension whose findings are the predictions.")] = "loaded_language",
    rubric: Annotated[Optional[str], typer.Option("--rubric", "-r", help="Rubric name or YAML file.")] = None,
    csv_out: Annotated[Optional[Path], typer.Option("--csv", help="Also write the figures to this CSV file.")] = None,
    record: Annotated[Optional[Path], typer.Option("--record", help="Write each rule's measured precision to this YAML file (reports show it when it sits next to the rubric as NAME.precision.yaml).")] = None,
    no_ablation: Annotated[bool, typer.Option("--no-ablation", help="Skip the leave-one-rule-out figures.")] = False,
    dataset: Annotated[str, typer.Option("--dataset", help="Name of the annotated corpus, recorded with --record.")] = "an annotated corpus",
) -> None:
    """Precision, recall and F1 of a dimension's findings against human span annotations."""
    rub = rubric_or_exit(rubric)
    if dimension not in rub.dimensions:
        fail(f"rubric '{rub.name}' has no dimension '{dimension}'")
    try:
        res = evaluate_spans(labels, articles, rub, labels=label or DEFAULT_LABELS, dimension=dimension, ablation=not no_ablation)
    except EvalError as exc:
        fail(str(exc))
    rows = []
    for variant, levels in res["overall"].items():
        for level, m in levels.items():
            rows.append({"scope": "overall", "variant": variant, "level": level, "rule": "", **m})
    for rule, m in res["rules"].items():
        rows.append({"scope": "rule", "variant": "with_quotes", "level": "finding", "rule": rule, "precision": m["precision"], "tp": m["correct"], "fp": m["findings"] - m["correct"]})
    for rule, d in res["ablation"].items():
        for level, delta in d.items():
            rows.append({"scope": "ablation", "variant": "with_quotes", "level": level, "rule": rule, "f1_drop": delta})
    typer.echo(f"{res['articles']} articles, dimension {dimension}, gold labels: {', '.join(label or DEFAULT_LABELS)}, rubric {rub.name} {rub.version}")
    if res["not_compared"]:
        typer.echo(f"  findings of {', '.join(res['not_compared'])} not compared (evaluate: false in the rubric)")
    for variant, levels in res["overall"].items():
        for level, m in levels.items():
            typer.echo(f"  {variant:15} {level:8}  P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
    typer.echo("  rule       findings  precision  F1 drop when removed (sentence / token)")
    for rule, m in res["rules"].items():
        d = res["ablation"].get(rule, {})
        drop = f"{d.get('sentence', 0):+.3f} / {d.get('token', 0):+.3f}" if d else ("not compared (evaluate: false)" if rule in res["not_compared"] else "")
        typer.echo(f"  {rule:9} {m['findings']:9}  {m['precision']:9.3f}  {drop}")
    if res["skipped"]:
        typer.echo(f"framing: {len(res['skipped'])} labelled article(s) not found or unreadable in {articles}", err=True)
    if csv_out is not None:
        cols = ["scope", "variant", "level", "rule", "precision", "recall", "f1", "tp", "fp", "fn", "f1_drop"]
        with open(csv_out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    if record is not None:
        import yaml

        data = {"rubric": rub.name, "rubric_sha256": rub.sha256, "labels": label or DEFAULT_LABELS, "articles": res["articles"],
                "dataset": dataset,
                "precision": {r: m["precision"] for r, m in res["rules"].items()}}
        record.write_text(yaml.safe_dump(data, sort_keys=True, allow_unicode=True), encoding="utf-8")
