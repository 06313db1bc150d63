"""``framing rubric list|show|check|test|init|diff``"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
import yaml

from ..rubric import shipped_rubrics
from ..rubric.load import is_shipped
from ..rubric.diff import diff_rubrics
from ..rubric.testing import rules_without_examples, test_examples
from .common import fail, rubric_or_exit

app = typer.Typer(help="List, show, check, test, create and compare rubrics.", no_args_is_help=True)


@app.command("list")
def list_() -> None:
    """Shipped rubrics and those in ./rubrics."""
    for name in shipped_rubrics():
        r = rubric_or_exit(name)
        typer.echo(f"{name}\t{r.version}\t(shipped)\t{r.description.splitlines()[0] if r.description else ''}")
    local = Path("rubrics")
    if local.is_dir():
        for p in sorted(q for q in local.glob("*.yaml") if not q.name.endswith(".precision.yaml")):
            if not is_shipped(p):
                typer.echo(f"{p}\t\t(local)")


@app.command("show")
def show(
    name: Annotated[str, typer.Argument(help="Rubric name or file, or a rule id (e.g. LNG002) of the default rubric.")] = "default",
    rubric: Annotated[Optional[str], typer.Option("--rubric", "-r", help="Rubric in which to look up a rule id.")] = None,
) -> None:
    """Print the effective rubric (after extends) as YAML, or explain one rule."""
    import re

    if re.match(r"^[A-Z]{2,5}\d{3}$", name):
        r = rubric_or_exit(rubric)
        try:
            rule = r.rule(name)
        except KeyError:
            fail(f"rubric '{r.name}' has no rule {name}")
        typer.echo(f"{rule.id} {rule.name} ({rule.dimension}, {rule.kind}, {rule.level}, weight {rule.weight:g})")
        typer.echo(f"  Message: {rule.message}")
        if rule.why:
            typer.echo(f"  Why: {rule.why}")
        if rule.source:
            typer.echo(f"  Source: {rule.source}")
        if rule.terms:
            typer.echo(f"  Terms ({len(rule.terms)}): " + ", ".join(rule.terms[:30]) + (" ..." if len(rule.terms) > 30 else ""))
        for ex in rule.fires:
            typer.echo(f"  fires:  {ex}")
        for ex in rule.passes:
            typer.echo(f"  passes: {ex}")
        return
    r = rubric_or_exit(name)
    typer.echo(f"# effective rubric {r.name} {r.version}, sha256 {r.sha256}")
    typer.echo(yaml.safe_dump(dict(r.content), sort_keys=False, allow_unicode=True, width=100), nl=False)


@app.command("check")
def check(file: Annotated[str, typer.Argument(help="Rubric name or YAML file.")]) -> None:
    """Validate a rubric; exit 2 with file:line: message when it is malformed."""
    r = rubric_or_exit(file)
    typer.echo(f"{r.path}: ok ({len(r.rules)} rules, {len(r.dimensions)} dimensions, sha256 {r.sha256[:12]})")


@app.command("test")
def test(file: Annotated[str, typer.Argument(help="Rubric name or YAML file.")] = "default") -> None:
    """Run every rule's examples; exit 1 on any failure."""
    r = rubric_or_exit(file)
    n, failures = test_examples(r)
    missing = rules_without_examples(r)
    for f in failures:
        typer.echo(f"FAIL {f}")
    for rid in missing:
        typer.echo(f"FAIL {rid} has no 'fires' or no 'passes' example")
    typer.echo(f"{r.name}: {n - len(failures)} of {n} examples passed" + (f", {len(missing)} rule(s) without examples" if missing else ""))
    if failures or missing:
        raise typer.Exit(1)


INIT_TEMPLATE = """# {name}: a rubric of your own, built on the default.
# Every key is documented in rubrics/README.md of framing, and
# `framing rubric show default` prints what you start from.
# Run `framing rubric test rubrics/{name}.yaml` after every change, and
# `framing rubric diff default rubrics/{name}.yaml` to see what you changed.
name: {name}
version: "0.1"
description: Describe who this rubric is for and what it changes.
extends: default

# Change how much each dimension counts in the overall score:
weights:
  attribution: 0.3
  sourcing: 0.3
  loaded_language: 0.25
  sentiment: 0.15

# Switch rules off by id (see `framing rubric show default`):
# disable: [LNG006]

# Make a rule fail a pre-publication check (`framing score --fail-on error`):
# levels: {{ATT001: error}}

# Declare a dimension of your own; your rules name it in `dimension:`:
# dimensions:
#   transparency:
#     weight: 0.1
#     components:
#       - {{metric: findings, good: 0, bad: 1}}

# Score bands (the overall score's label):
# bands: [{{min: 70, label: ready}}, {{min: 0, label: revise}}]

rules:
  # Override a shipped rule by id: only the keys you give change.
  # - id: LNG003
  #   weight: 2
  #   add_terms: [jaw-dropping]
  #   remove_terms: [historic]

  # Add a rule of your own (ids: dimension prefix + 3 digits).
  # - id: LNG101
  #   name: house-banned-words
  #   dimension: loaded_language
  #   kind: terms
  #   message: "'{{match}}' is on our banned list."
  #   terms: [slammed, blasted]
  #   lexicon: lexicons/banned.txt   # more terms, one per line, next to this file
  #   examples:
  #     fires: ["The senator slammed the bill."]
  #     passes: ["The senator criticised the bill."]
"""


@app.command("init")
def init(
    name: Annotated[str, typer.Argument(help="Name of the new rubric.")],
    folder: Annotated[Path, typer.Option("--folder", help="Where to write it.")] = Path("rubrics"),
) -> None:
    """Write ./rubrics/NAME.yaml extending default, with commented examples."""
    import re

    if not re.match(r"^[A-Za-z0-9_-]+$", name):
        fail(f"rubric name '{name}' may hold only letters, digits, '-' and '_'")
    path = folder / f"{name}.yaml"
    if path.exists():
        fail(f"{path} already exists")
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(INIT_TEMPLATE.format(name=name), encoding="utf-8")
    typer.echo(f"wrote {path}")


@app.command("diff")
def diff(
    a: Annotated[str, typer.Argument(help="First rubric: a shipped name or a YAML file.")],
    b: Annotated[str, typer.Argument(help="Second rubric: a shipped name or a YAML file.")],
) -> None:
    """What changes from rubric A to rubric B (after extends): dimensions,
    bands, rules added (+), removed (-) and changed (~) with terms and weights."""
    ra, rb = rubric_or_exit(a), rubric_or_exit(b)
    typer.echo(f"--- {ra.path}: {ra.name} {ra.version} (sha256 {ra.sha256[:12]})")
    typer.echo(f"+++ {rb.path}: {rb.name} {rb.version} (sha256 {rb.sha256[:12]})")
    changes = diff_rubrics(ra, rb)
    for change in changes:
        typer.echo(str(change))
    if not changes:
        typer.echo("no differences: the effective rubrics are the same")
