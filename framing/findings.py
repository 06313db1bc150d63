"""Findings: the evidence behind every point of a score."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

__all__ = ["Finding", "make_finding", "format_message"]


@dataclass(frozen=True)
class Finding:
    """One piece of evidence: a rule matched ``text[start:end]``.

    ``weight`` is the weight the finding carries in the score: the rule's
    weight, or 0 when it lies inside someone else's quoted words and the rule
    does not count quoted speech. ``sentence`` is the sentence index.
    ``accepted_by`` says where a reviewer accepted the finding (a
    suppressions file entry or an inline marker; see :mod:`framing.suppress`);
    an accepted finding weighs 0.
    """

    rule: str
    name: str
    dimension: str
    level: str
    start: int
    end: int
    text: str
    sentence: int
    in_quote: bool
    weight: float
    message: str
    suggestion: str = ""
    why: str = ""
    accepted_by: str = ""

    @property
    def counted(self) -> bool:
        return self.weight > 0

    @property
    def status(self) -> str:
        """``accepted`` when a reviewer accepted it, else ``open``."""
        return "accepted" if self.accepted_by else "open"


class _Lenient(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def format_message(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{match}``-style fields; unknown fields are left as written."""
    try:
        return template.format_map(_Lenient(values))
    except (ValueError, IndexError):
        return template


def make_finding(doc, rule, start: int, end: int, *, in_quote: bool | None = None, suggestion: str = "", **values: Any) -> Finding | None:
    """A Finding for *rule* over ``doc.text[start:end]``, or None when the
    rule's ``quotes``/``scope`` settings say it must not fire there."""
    if in_quote is None:
        in_quote = doc.in_quote(start)
    if rule.quotes == "only" and not in_quote:
        return None
    sent = doc.sentence_at(start) if doc.sentences else None
    if sent is not None and rule.scope != "all" and end > start:
        if (rule.scope == "headline") != sent.headline:
            return None
    weight = rule.weight
    if in_quote and rule.quotes == "exclude":
        weight = 0.0
    text = doc.text[start:end]
    suggestion = suggestion or rule.swap.get(text.lower(), "") or str(rule.params.get("suggestion", ""))
    message = format_message(rule.message, {"match": values.pop("match", text), "suggestion": suggestion, **values})
    return Finding(
        rule=rule.id,
        name=rule.name,
        dimension=rule.dimension,
        level=rule.level,
        start=start,
        end=end,
        text=text,
        sentence=sent.index if sent is not None else 0,
        in_quote=bool(in_quote),
        weight=weight,
        message=message,
        suggestion=suggestion,
        why=rule.why,
    )
