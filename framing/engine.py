"""The only loop over rules: run every check of a compiled rubric on a Document."""
from __future__ import annotations

from .checks import KINDS, Context
from .findings import Finding
from .rubric.compile import CompiledRubric

__all__ = ["run"]


def run(doc, compiled: CompiledRubric) -> list[Finding]:
    """All findings of *doc* under *compiled*, sorted by offset then rule."""
    hits: dict[str, list] = {}
    for h in compiled.scan(doc):
        hits.setdefault(h.rule, []).append(h)
    ctx = Context(doc, hits, compiled.patterns)
    findings: list[Finding] = []
    for rule in compiled.rubric.rules:
        findings.extend(KINDS[rule.kind](ctx, rule))
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings
