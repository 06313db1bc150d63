"""What changes between two effective rubrics: dimensions, bands and rules,
down to single terms and weights. Pure: two rubrics in, changes out."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import Rubric

__all__ = ["Change", "diff_rubrics"]


@dataclass(frozen=True)
class Change:
    """One difference. ``sign`` is ``+`` (only in B), ``-`` (only in A) or
    ``~`` (in both, changed); ``subject`` names the thing, ``detail`` says how."""

    sign: str
    subject: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.sign} {self.subject}" + (f": {self.detail}" if self.detail else "")


def _v(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{value:g}"
    if isinstance(value, str):
        return repr(value) if len(value) <= 60 else repr(value[:57] + "...")
    return repr(value)


def _set_change(old, new) -> str:
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    return " ".join([f"+{t!r}" for t in added] + [f"-{t!r}" for t in removed])


def _map_change(old: dict, new: dict) -> str:
    parts = [f"+{k}={_v(new[k])}" for k in sorted(set(new) - set(old))]
    parts += [f"-{k}" for k in sorted(set(old) - set(new))]
    parts += [f"{k} {_v(old[k])} -> {_v(new[k])}" for k in sorted(set(old) & set(new)) if old[k] != new[k]]
    return ", ".join(parts)


_SETS = ("terms", "exceptions")
_MAPS = ("swap", "params")


def _rule_changes(rid: str, old: dict, new: dict) -> list[Change]:
    out = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if key in _SETS:
            detail = _set_change(a or [], b or [])
        elif key in _MAPS:
            detail = _map_change(a or {}, b or {})
        elif key == "examples":
            detail = "; ".join(f"{k} {_set_change((a or {}).get(k, []), (b or {}).get(k, []))}" for k in ("fires", "passes") if (a or {}).get(k) != (b or {}).get(k))
        else:
            detail = f"{_v(a)} -> {_v(b)}"
        out.append(Change("~", f"rule {rid} {key}", detail))
    return out


def _rule_summary(r: dict) -> str:
    return f"{r['name']} ({r['dimension']}, {r['kind']}, {r['level']}, weight {_v(r['weight'])})"


def _components(d: dict) -> dict:
    return {c["metric"]: c for c in d.get("components", [])}


def diff_rubrics(a: Rubric, b: Rubric) -> list[Change]:
    """Every difference between effective rubrics *a* and *b*, in a fixed order:
    rubric fields, dimensions, bands, then rules by id."""
    ca, cb = a.content, b.content
    out: list[Change] = []
    for key in ("name", "version", "description", "language"):
        if ca.get(key) != cb.get(key):
            out.append(Change("~", key, f"{_v(ca.get(key))} -> {_v(cb.get(key))}"))
    da, db = ca["dimensions"], cb["dimensions"]
    for name in sorted(set(da) | set(db)):
        if name not in da:
            out.append(Change("+", f"dimension {name}", f"weight {_v(db[name]['weight'])}, metrics {', '.join(_components(db[name])) or 'none'}"))
            continue
        if name not in db:
            out.append(Change("-", f"dimension {name}"))
            continue
        old, new = da[name], db[name]
        for key in ("weight", "description"):
            if old[key] != new[key]:
                out.append(Change("~", f"dimension {name} {key}", f"{_v(old[key])} -> {_v(new[key])}"))
        co, cn = _components(old), _components(new)
        for metric in sorted(set(co) | set(cn)):
            if metric not in co:
                c = cn[metric]
                out.append(Change("+", f"dimension {name} component {metric}", f"good {_v(c['good'])}, bad {_v(c['bad'])}, weight {_v(c['weight'])}"))
            elif metric not in cn:
                out.append(Change("-", f"dimension {name} component {metric}"))
            elif co[metric] != cn[metric]:
                detail = ", ".join(f"{k} {_v(co[metric][k])} -> {_v(cn[metric][k])}" for k in ("good", "bad", "weight") if co[metric][k] != cn[metric][k])
                out.append(Change("~", f"dimension {name} component {metric}", detail))
    ba = {band["label"]: band["min"] for band in ca["bands"]}
    bb = {band["label"]: band["min"] for band in cb["bands"]}
    for label in sorted(set(ba) | set(bb), key=lambda x: -max(ba.get(x, -1e9), bb.get(x, -1e9))):
        if label not in ba:
            out.append(Change("+", f"band {label}", f"from {_v(bb[label])}"))
        elif label not in bb:
            out.append(Change("-", f"band {label}", f"was from {_v(ba[label])}"))
        elif ba[label] != bb[label]:
            out.append(Change("~", f"band {label} min", f"{_v(ba[label])} -> {_v(bb[label])}"))
    ra = {r["id"]: r for r in ca["rules"]}
    rb = {r["id"]: r for r in cb["rules"]}
    for rid in sorted(set(ra) | set(rb)):
        if rid not in ra:
            out.append(Change("+", f"rule {rid}", _rule_summary(rb[rid])))
        elif rid not in rb:
            out.append(Change("-", f"rule {rid}", _rule_summary(ra[rid])))
        else:
            out += _rule_changes(rid, ra[rid], rb[rid])
    return out
