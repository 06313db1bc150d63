"""Run a rubric's own examples: every ``fires`` sentence must produce a
counted finding of that rule, every ``passes`` sentence none."""
from __future__ import annotations

from dataclasses import dataclass

from ..corpus import Article
from ..document import build_document
from ..engine import run
from .compile import PatternTimeout, compile_rubric
from .model import Rubric

__all__ = ["ExampleFailure", "test_examples", "rules_without_examples"]


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    expected: str  # "fires" or "passes"
    example: str
    got: str  # what happened instead

    def __str__(self) -> str:
        verb = "should fire on" if self.expected == "fires" else "should not fire on"
        return f"{self.rule} {verb}: {self.example!r}; got {self.got}"


def _findings_of(rubric: Rubric, text: str, rule_id: str):
    doc = build_document(Article(id="example", text=text))
    return [f for f in run(doc, compile_rubric(rubric)) if f.rule == rule_id]


def _outcome(rubric: Rubric, rule, text: str) -> tuple[list, str]:
    """(findings of *rule* that count, or weight-0 rule's findings; what else happened)."""
    try:
        got = _findings_of(rubric, text, rule.id)
    except PatternTimeout as exc:
        return [], f"a pattern timeout ({exc})"
    fired = [f for f in got if f.counted or rule.weight == 0]
    return fired, ("only in-quote findings, which do not count" if got and not fired else "no finding")


def test_examples(rubric: Rubric) -> tuple[int, list[ExampleFailure]]:
    """(examples run, failures) for every rule of *rubric*."""
    failures: list[ExampleFailure] = []
    n = 0
    for rule in rubric.rules:
        for text in rule.fires:
            n += 1
            fired, why = _outcome(rubric, rule, text)
            if not fired:
                failures.append(ExampleFailure(rule.id, "fires", text, why))
        for text in rule.passes:
            n += 1
            fired, why = _outcome(rubric, rule, text)
            if fired:
                failures.append(ExampleFailure(rule.id, "passes", text, "finding(s) on " + ", ".join(repr(f.text) for f in fired)))
            elif why.startswith("a pattern timeout"):
                failures.append(ExampleFailure(rule.id, "passes", text, why))
    return n, failures


def rules_without_examples(rubric: Rubric) -> list[str]:
    """Ids of rules missing a ``fires`` or a ``passes`` example."""
    return [r.id for r in rubric.rules if not r.fires or not r.passes]
