"""Load a rubric: YAML (``safe_load`` semantics) to a validated :class:`Rubric`.

Handles ``extends`` (a shipped rubric by name or a file by path, chains
allowed), overriding rules by id, ``disable``/``select``/``ignore``,
``weights`` and ``levels`` shortcuts, ``include`` of rule files, and
``lexicon`` files (one term per line) next to the rubric. Every problem is a
:class:`RubricError` naming the file, line and key.
"""
from __future__ import annotations

import copy
import difflib
import hashlib
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .model import CORE_DIMENSIONS, LEVELS, QUOTE_MODES, Band, Component, Dimension, Rubric, RubricError, Rule

__all__ = ["load_rubric", "shipped_rubrics", "SCHEMA", "RULE_KEYS"]

DEFAULT_RUBRIC = "default"

# key -> (type description, python types) for each level of the rubric file.
TOP_KEYS = {
    "name": ("string", (str,)),
    "version": ("string", (str, int, float)),
    "description": ("string", (str,)),
    "language": ("string", (str,)),
    "extends": ("string", (str,)),
    "include": ("list of file paths", (list, str)),
    "dimensions": ("mapping of dimension name to settings", (dict,)),
    "weights": ("mapping of dimension name to number", (dict,)),
    "bands": ("list of {min, label}", (list,)),
    "rules": ("list of rules", (list,)),
    "disable": ("list of rule ids", (list,)),
    "select": ("list of rule-id prefixes", (list,)),
    "ignore": ("list of rule-id prefixes", (list,)),
    "levels": ("mapping of rule id to level", (dict,)),
}
DIMENSION_KEYS = {
    "weight": ("number >= 0", (int, float)),
    "description": ("string", (str,)),
    "components": ("list of {metric, good, bad, weight}", (list,)),
}
COMPONENT_KEYS = {
    "metric": ("metric name", (str,)),
    "good": ("number", (int, float)),
    "bad": ("number", (int, float)),
    "weight": ("number >= 0", (int, float)),
}
BAND_KEYS = {"min": ("number", (int, float)), "label": ("string", (str,))}
RULE_KEYS = {
    "id": ("rule id such as LNG001", (str,)),
    "name": ("kebab-case name", (str,)),
    "dimension": ("dimension name", (str,)),
    "kind": ("rule kind", (str,)),
    "level": ("one of suggestion, warning, error", (str,)),
    "weight": ("number >= 0", (int, float)),
    "message": ("string", (str,)),
    "why": ("string", (str,)),
    "source": ("string (citation)", (str,)),
    "quotes": ("one of exclude, include, only", (str,)),
    "scope": ("one of all, body, headline", (str,)),
    "terms": ("list of words or phrases", (list,)),
    "lexicon": ("lexicon file path or list of paths", (str, list)),
    "add_terms": ("list of words or phrases", (list,)),
    "remove_terms": ("list of words or phrases", (list,)),
    "inflect": ("one of none, verb, noun", (str,)),
    "swap": ("mapping of term to neutral suggestion", (dict,)),
    "suggestion": ("string", (str,)),
    "exceptions": ("list of phrases", (list,)),
    "negation": ("true or false", (bool,)),
    "pattern": ("regular expression", (str,)),
    "params": ("mapping", (dict,)),
    "examples": ("{fires: [...], passes: [...]}", (dict,)),
    "enabled": ("true or false", (bool,)),
}
EXAMPLE_KEYS = {"fires": ("list of sentences", (list,)), "passes": ("list of sentences", (list,))}
SCHEMA = {"rubric": TOP_KEYS, "dimension": DIMENSION_KEYS, "component": COMPONENT_KEYS, "band": BAND_KEYS, "rule": RULE_KEYS, "examples": EXAMPLE_KEYS}
SCOPES = ("all", "body", "headline")
INFLECTIONS = ("none", "verb", "noun")
ID_RE = re.compile(r"^[A-Z]{2,5}\d{3}$")


# ---------------------------------------------------------------- YAML with lines

class _LineDict(dict):
    lines: dict


class _LineList(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    """``SafeLoader`` that remembers the line of every mapping key."""


def _construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)
    out = _LineDict()
    out.lines = {}
    out.lines["__self__"] = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, (list, dict)):
            raise yaml.constructor.ConstructorError(None, None, "a key cannot be a list or mapping", key_node.start_mark)
        value = loader.construct_object(value_node, deep=True)
        if key in out:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key '{key}'", key_node.start_mark)
        out[key] = value
        out.lines[key] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader, node, deep=False):
    out = _LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def _line(obj: Any, key: str | None = None) -> int | None:
    if isinstance(obj, _LineDict):
        return obj.lines.get(key) if key is not None and key in obj.lines else obj.lines.get("__self__")
    if isinstance(obj, _LineList):
        return obj.line
    return None


def _read_yaml(path: Path, display: str) -> Any:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RubricError(display, None, "file not found") from None
    except OSError as exc:
        raise RubricError(display, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RubricError(display, _byte_line(data, exc.start), f"not UTF-8 text (byte {exc.start}); save the file as UTF-8") from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise RubricError(display, line, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise RubricError(display, None, f"YAML error: {exc}") from None


def _byte_line(data: bytes, pos: int) -> int:
    return data[:pos].count(b"\n") + 1


# ---------------------------------------------------------------- validation

def _check_keys(obj: dict, allowed: dict, where: str, display: str) -> None:
    for key in obj:
        if key not in allowed:
            guess = difflib.get_close_matches(str(key), list(allowed), n=1)
            hint = f"; did you mean '{guess[0]}'?" if guess else f"; expected one of: {', '.join(sorted(allowed))}"
            raise RubricError(display, _line(obj, key), f"unknown key '{key}' in {where}{hint}")
        desc, types = allowed[key]
        value = obj[key]
        if value is None and (list in types or dict in types):
            continue  # "rules:" with only comments under it means none
        if isinstance(value, bool) and bool not in types:
            ok = False
        else:
            ok = isinstance(value, types)
        if not ok:
            raise RubricError(display, _line(obj, key), f"'{key}' in {where} must be a {desc}, not {type(value).__name__} {value!r:.40}")


def _shipped_dir():
    """The shipped rubrics: the installed ``framing.rubrics`` package, or the
    repository's top-level rubrics/ folder when running from a checkout."""
    try:
        return resources.files("framing.rubrics")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent.parent / "rubrics"


def shipped_rubrics() -> list[str]:
    """Names of the rubrics shipped inside the package."""
    return sorted(p.name[:-5] for p in _shipped_dir().iterdir() if p.name.endswith(".yaml") and not p.name.endswith(".precision.yaml"))


def _locate(ref: str, base_dir: Path | None) -> tuple[Path, str]:
    """A rubric reference (shipped name or path) to (path, display name)."""
    if ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref:
        p = Path(ref)
        if not p.is_absolute() and base_dir is not None and not p.exists():
            p = base_dir / p
        return p, str(ref)
    local = Path("rubrics") / f"{ref}.yaml"
    shipped = _shipped_dir().joinpath(f"{ref}.yaml")
    if shipped.is_file():
        return Path(str(shipped)), f"{ref} (shipped)"
    if local.is_file():
        return local, str(local)
    names = shipped_rubrics()
    guess = difflib.get_close_matches(ref, names, n=1)
    hint = f"; did you mean '{guess[0]}'?" if guess else f"; shipped rubrics: {', '.join(names)}"
    raise RubricError(ref, None, f"no rubric named '{ref}'{hint}")


def _read_lexicon(path: Path, display: str, line: int | None) -> list[str]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise RubricError(display, line, f"lexicon file not found: {path}") from None
    except UnicodeDecodeError:
        raise RubricError(display, line, f"lexicon {path} is not UTF-8 text") from None
    out = []
    for raw in text.splitlines():
        term = raw.split("#", 1)[0].strip()
        if term:
            out.append(" ".join(term.lower().split()))
    return out


def _raw_rules(data: dict, path: Path, display: str, seen_files: set) -> list[dict]:
    """The rules of one file, with includes and lexicons resolved."""
    rules: list[dict] = []
    inc = data.get("include", [])
    if isinstance(inc, str):
        inc = [inc]
    for ref in inc:
        p = (path.parent / ref) if not Path(ref).is_absolute() else Path(ref)
        if p.resolve() in seen_files:
            raise RubricError(display, _line(data, "include"), f"include cycle through {ref}")
        inc_data = _read_yaml(p, str(p))
        if isinstance(inc_data, dict):
            _check_keys(inc_data, {"rules": RULE_KEYS and TOP_KEYS["rules"]}, "an included rule file", str(p))
            inc_rules = inc_data.get("rules", [])
        else:
            inc_rules = inc_data
        if not isinstance(inc_rules, list):
            raise RubricError(str(p), _line(inc_data), "an included file must hold a list of rules or 'rules:'")
        rules.extend(_prepare_rule(r, p, str(p)) for r in inc_rules)
    for r in data.get("rules", []) or []:
        rules.append(_prepare_rule(r, path, display))
    return rules


def _prepare_rule(r: Any, path: Path, display: str) -> dict:
    if not isinstance(r, dict):
        raise RubricError(display, _line(r), "each rule must be a mapping with at least 'id'")
    _check_keys(r, RULE_KEYS, f"rule {r.get('id', '?')}", display)
    if "id" not in r:
        raise RubricError(display, _line(r), "rule without 'id'")
    out = dict(r)
    out["__line__"] = _line(r)
    out["__path__"] = display
    if "examples" in r:
        _check_keys(r["examples"], EXAMPLE_KEYS, f"rule {r['id']} examples", display)
    lex = r.get("lexicon")
    if lex:
        files = [lex] if isinstance(lex, str) else list(lex)
        terms = list(r.get("terms", []))
        for f in files:
            terms.extend(_read_lexicon(path.parent / f, display, _line(r, "lexicon")))
        out["terms"] = terms
        out["lexicon"] = [str(f) for f in files]
    return out


def _merge_rule(base: dict, child: dict) -> dict:
    merged = dict(base)
    for k, v in child.items():
        if k in ("add_terms", "remove_terms"):
            continue
        merged[k] = v
    terms = list(merged.get("terms", []))
    for t in child.get("add_terms", []) or []:
        if t not in terms:
            terms.append(t)
    remove = {" ".join(str(t).lower().split()) for t in child.get("remove_terms", []) or []}
    merged["terms"] = [t for t in terms if " ".join(str(t).lower().split()) not in remove]
    return merged


def _load_raw(ref: str, base_dir: Path | None, chain: tuple[str, ...]) -> tuple[dict, Path, str]:
    """The merged raw form of *ref* and its bases (dict with resolved rules)."""
    path, display = _locate(ref, base_dir)
    key = str(path.resolve()) if path.exists() else str(path)
    if key in chain:
        raise RubricError(display, None, "extends cycle: " + " -> ".join(Path(c).name for c in chain + (key,)))
    data = _read_yaml(path, display)
    if data is None:
        data = _LineDict()
        data.lines = {"__self__": 1}
    if not isinstance(data, dict):
        raise RubricError(display, _line(data) or 1, "a rubric must be a mapping (name:, dimensions:, rules:, ...)")
    _check_keys(data, TOP_KEYS, "the rubric", display)
    rules = _raw_rules(data, path, display, {path.resolve()})
    if "extends" in data:
        try:
            base, _, _ = _load_raw(str(data["extends"]), path.parent, chain + (key,))
        except RubricError as exc:
            if "cycle" in exc.message or exc.path != str(data["extends"]):
                raise
            raise RubricError(display, _line(data, "extends"), f"extends: {exc.message}") from None
    else:
        base = {"dimensions": {}, "rules": [], "bands": None}
    merged = {k: copy.deepcopy(v) for k, v in base.items()}
    merged["__extends__"] = str(data["extends"]) if "extends" in data else None
    for k in ("name", "version", "description", "language"):
        if k in data:
            merged[k] = data[k]
    # Dimensions merge key by key, so a child can change one weight.
    dims = merged.setdefault("dimensions", {})
    for dname, dval in (data.get("dimensions") or {}).items():
        if not isinstance(dval, dict):
            raise RubricError(display, _line(data["dimensions"], dname), f"dimension '{dname}' must be a mapping")
        _check_keys(dval, DIMENSION_KEYS, f"dimension '{dname}'", display)
        cur = dict(dims.get(dname, {}))
        cur.update(dval)
        cur["__line__"] = _line(data["dimensions"], dname)
        cur["__path__"] = display
        dims[dname] = cur
    for dname, w in (data.get("weights") or {}).items():
        if dname not in dims:
            raise RubricError(display, _line(data["weights"], dname), _unknown_dimension(dname, dims))
        if isinstance(w, bool) or not isinstance(w, (int, float)):
            raise RubricError(display, _line(data["weights"], dname), f"weight of '{dname}' must be a number")
        dims[dname] = dict(dims[dname], weight=w, __line__=_line(data["weights"], dname), __path__=display)
    if "bands" in data:
        merged["bands"] = data["bands"]
        merged["__bands_path__"] = display
    # Rules: override by id, else add.
    by_id = {r["id"]: i for i, r in enumerate(merged["rules"])}
    seen_ids: dict[str, int] = {}
    for r in rules:
        rid = r["id"]
        if rid in seen_ids:
            raise RubricError(display if r["__path__"] == display else r["__path__"], r["__line__"], f"duplicate rule id '{rid}' (first at line {seen_ids[rid]})")
        seen_ids[rid] = r["__line__"] or 0
        if rid in by_id:
            merged["rules"][by_id[rid]] = _merge_rule(merged["rules"][by_id[rid]], r)
        else:
            if "add_terms" in r or "remove_terms" in r:
                r = _merge_rule({}, r)
            by_id[rid] = len(merged["rules"])
            merged["rules"].append(r)
    known = set(by_id)
    for k in ("disable",):
        for rid in data.get(k, []) or []:
            if rid not in known:
                raise RubricError(display, _line(data, k), _unknown_rule(rid, known))
            merged["rules"][by_id[rid]]["enabled"] = False
    if data.get("select"):
        prefixes = tuple(str(p) for p in data["select"])
        for r in merged["rules"]:
            if not r["id"].startswith(prefixes):
                r["enabled"] = False
    for p in data.get("ignore", []) or []:
        for r in merged["rules"]:
            if r["id"].startswith(str(p)):
                r["enabled"] = False
    for rid, level in (data.get("levels") or {}).items():
        if rid not in known:
            raise RubricError(display, _line(data["levels"], rid), _unknown_rule(rid, known))
        merged["rules"][by_id[rid]]["level"] = level
        merged["rules"][by_id[rid]]["__line__"] = _line(data["levels"], rid)
        merged["rules"][by_id[rid]]["__path__"] = display
    return merged, path, display


def _unknown_dimension(name: str, dims) -> str:
    guess = difflib.get_close_matches(str(name), list(dims), n=1)
    hint = f"; did you mean '{guess[0]}'?" if guess else f"; dimensions: {', '.join(dims)}"
    return f"unknown dimension '{name}'{hint}"


def _unknown_rule(rid: str, known) -> str:
    guess = difflib.get_close_matches(str(rid), sorted(known), n=1)
    hint = f"; did you mean '{guess[0]}'?" if guess else ""
    return f"unknown rule id '{rid}'{hint}"


# ---------------------------------------------------------------- build

def _build(merged: dict, display: str) -> Rubric:
    from ..checks import KINDS
    from ..scoring import known_metrics

    dims: dict[str, Dimension] = {}
    raw_dims = merged.get("dimensions", {})
    order = [d for d in CORE_DIMENSIONS if d in raw_dims] + sorted(d for d in raw_dims if d not in CORE_DIMENSIONS)
    for dname, d in ((k, raw_dims[k]) for k in order):
        where = d.get("__path__", display)
        line = d.get("__line__")
        if not re.match(r"^[a-z][a-z0-9_]*$", dname):
            raise RubricError(where, line, f"dimension name '{dname}' must be snake_case")
        w = d.get("weight", 0)
        if w < 0:
            raise RubricError(where, line, f"weight of '{dname}' must not be negative (got {w})")
        comps = []
        for c in d.get("components", []) or []:
            if not isinstance(c, dict):
                raise RubricError(where, _line(c) or line, f"each component of '{dname}' must be a mapping {{metric, good, bad}}")
            _check_keys(c, COMPONENT_KEYS, f"a component of '{dname}'", where)
            for k in ("metric", "good", "bad"):
                if k not in c:
                    raise RubricError(where, _line(c), f"component of '{dname}' needs '{k}'")
            metric = c["metric"]
            metrics = known_metrics(dname)
            if metric not in metrics:
                guess = difflib.get_close_matches(metric, metrics, n=1)
                hint = f"; did you mean '{guess[0]}'?" if guess else f"; metrics of {dname}: {', '.join(metrics)}"
                raise RubricError(where, _line(c, "metric"), f"unknown metric '{metric}' for dimension '{dname}'{hint}")
            cw = c.get("weight", 1.0)
            if cw < 0:
                raise RubricError(where, _line(c, "weight"), "component weight must not be negative")
            comps.append(Component(metric, float(c["good"]), float(c["bad"]), float(cw)))
        dims[dname] = Dimension(dname, float(w), tuple(comps), d.get("description", ""))
    if not dims:
        raise RubricError(display, None, "the rubric defines no dimensions")
    if sum(d.weight for d in dims.values()) <= 0:
        raise RubricError(display, None, "all dimension weights are zero; at least one must be positive")

    bands_raw = merged.get("bands") or [{"min": 80, "label": "strong"}, {"min": 60, "label": "adequate"}, {"min": 40, "label": "weak"}, {"min": 0, "label": "poor"}]
    bands = []
    for b in bands_raw:
        if not isinstance(b, dict):
            raise RubricError(merged.get("__bands_path__", display), _line(bands_raw), "each band must be a mapping {min, label}")
        _check_keys(b, BAND_KEYS, "a band", merged.get("__bands_path__", display))
        if "min" not in b or "label" not in b:
            raise RubricError(merged.get("__bands_path__", display), _line(b), "each band needs 'min' and 'label'")
        bands.append(Band(float(b["min"]), str(b["label"])))

    rules = []
    for r in merged.get("rules", []):
        if r.get("enabled", True) is False:
            continue
        where, line = r.get("__path__", display), r.get("__line__")
        rid = r["id"]
        if not ID_RE.match(rid):
            raise RubricError(where, line, f"rule id '{rid}' must be 2-5 capital letters and 3 digits (e.g. LNG001)")
        for k in ("dimension", "kind", "message"):
            if k not in r:
                raise RubricError(where, line, f"rule {rid} needs '{k}'")
        if r["dimension"] not in dims:
            raise RubricError(where, _line_of(r, "dimension", line), f"rule {rid}: " + _unknown_dimension(r["dimension"], dims))
        if r["kind"] not in KINDS:
            guess = difflib.get_close_matches(r["kind"], list(KINDS), n=1)
            hint = f"; did you mean '{guess[0]}'?" if guess else f"; kinds: {', '.join(sorted(KINDS))}"
            raise RubricError(where, line, f"rule {rid}: unknown kind '{r['kind']}'{hint}")
        level = r.get("level", "warning")
        if level not in LEVELS:
            raise RubricError(where, line, f"rule {rid}: level must be one of {', '.join(LEVELS)}, not '{level}'")
        quotes = r.get("quotes", "exclude")
        if quotes not in QUOTE_MODES:
            raise RubricError(where, line, f"rule {rid}: quotes must be one of {', '.join(QUOTE_MODES)}, not '{quotes}'")
        scope = r.get("scope", "all")
        if scope not in SCOPES:
            raise RubricError(where, line, f"rule {rid}: scope must be one of {', '.join(SCOPES)}, not '{scope}'")
        inflect = r.get("inflect", "none")
        if inflect not in INFLECTIONS:
            raise RubricError(where, line, f"rule {rid}: inflect must be one of {', '.join(INFLECTIONS)}, not '{inflect}'")
        weight = r.get("weight", 1.0)
        if weight < 0:
            raise RubricError(where, line, f"rule {rid}: weight must not be negative (got {weight})")
        pattern = r.get("pattern", "")
        if pattern:
            from .compile import check_pattern

            err = check_pattern(pattern)
            if err:
                raise RubricError(where, line, f"rule {rid}: pattern {err}")
        ex = r.get("examples") or {}
        swap = {" ".join(str(k).lower().split()): str(v) for k, v in (r.get("swap") or {}).items()}
        terms = [" ".join(str(t).lower().split()) for t in r.get("terms", []) or []]
        for t in terms:
            if not t:
                raise RubricError(where, line, f"rule {rid}: empty term")
        rules.append(
            Rule(
                id=rid,
                name=r.get("name", rid.lower()),
                dimension=r["dimension"],
                kind=r["kind"],
                message=r["message"],
                level=level,
                weight=float(weight),
                why=r.get("why", ""),
                source=r.get("source", ""),
                quotes=quotes,
                scope=scope,
                terms=tuple(dict.fromkeys(terms)),
                inflect=inflect,
                swap=swap,
                exceptions=tuple(" ".join(str(e).lower().split()) for e in r.get("exceptions", []) or []),
                negation=bool(r.get("negation", True)),
                pattern=pattern,
                params=dict(r.get("params") or {}),
                fires=tuple(str(s) for s in ex.get("fires", []) or []),
                passes=tuple(str(s) for s in ex.get("passes", []) or []),
                path=where,
                line=line or 0,
            )
        )
        if r.get("suggestion") and not swap:
            rules[-1] = _with_suggestion(rules[-1], r["suggestion"])
    content = _canonical(merged, dims, bands, rules)
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")).hexdigest()
    return Rubric(
        name=str(merged.get("name", "unnamed")),
        version=str(merged.get("version", "0")),
        description=str(merged.get("description", "")),
        language=str(merged.get("language", "en")),
        dimensions=dims,
        rules=tuple(rules),
        bands=tuple(bands),
        path=display,
        sha256=digest,
        content=content,
    )


def _line_of(r: dict, key: str, default):
    return default


def _with_suggestion(rule: Rule, suggestion: str) -> Rule:
    from dataclasses import replace

    return replace(rule, params={**rule.params, "suggestion": suggestion})


def _canonical(merged: dict, dims, bands, rules) -> dict:
    """The effective rubric as plain data: what the hash covers."""
    return {
        "name": str(merged.get("name", "unnamed")),
        "version": str(merged.get("version", "0")),
        "description": str(merged.get("description", "")),
        "language": str(merged.get("language", "en")),
        "dimensions": {
            n: {"weight": d.weight, "description": d.description, "components": [{"metric": c.metric, "good": c.good, "bad": c.bad, "weight": c.weight} for c in d.components]}
            for n, d in sorted(dims.items())
        },
        "bands": [{"min": b.min, "label": b.label} for b in bands],
        "rules": [
            {
                "id": r.id, "name": r.name, "dimension": r.dimension, "kind": r.kind, "level": r.level,
                "weight": r.weight, "message": r.message, "why": r.why, "source": r.source, "quotes": r.quotes,
                "scope": r.scope, "terms": sorted(r.terms), "inflect": r.inflect, "swap": dict(sorted(r.swap.items())),
                "exceptions": sorted(r.exceptions), "negation": r.negation, "pattern": r.pattern,
                "params": {k: r.params[k] for k in sorted(r.params)},
                "examples": {"fires": list(r.fires), "passes": list(r.passes)},
            }
            for r in sorted(rules, key=lambda r: r.id)
        ],
    }


def load_rubric(ref: str | Path | None = None) -> Rubric:
    """Load a rubric by shipped name (``"default"``), by path, or the default.

    Raises :class:`RubricError` (file, line, message) for anything malformed.
    """
    ref = str(ref) if ref is not None else DEFAULT_RUBRIC
    merged, path, display = _load_raw(ref, None, ())
    rubric = _build(merged, display)
    return _with_precision(rubric, path, merged)


def _with_precision(rubric: Rubric, path: Path, merged: dict) -> Rubric:
    """Attach measured rule precision from NAME.precision.yaml beside the
    rubric, or beside the rubric it extends for rules it left unchanged."""
    from dataclasses import replace

    side = path.with_name(path.name.rsplit(".", 1)[0] + ".precision.yaml")
    if side.is_file():
        data = _read_precision(side, rubric.sha256)
        if data:
            return replace(rubric, precision=data["precision"], precision_source=data["source"])
        return rubric
    base_ref = merged.get("__extends__")
    if not base_ref:
        return rubric
    try:
        base = load_rubric(base_ref)
    except RubricError:
        return rubric
    if not base.precision:
        return rubric
    base_rules = {r["id"]: r for r in base.content.get("rules", [])}
    same = {r["id"] for r in rubric.content.get("rules", []) if base_rules.get(r["id"]) == r}
    kept = {k: v for k, v in base.precision.items() if k in same}
    return replace(rubric, precision=kept, precision_source=base.precision_source) if kept else rubric


def _read_precision(path: Path, sha256: str) -> dict | None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        prec = {str(k): float(v) for k, v in (data.get("precision") or {}).items()}
    except (OSError, UnicodeDecodeError, yaml.YAMLError, AttributeError, TypeError, ValueError):
        return None  # a broken sidecar only loses the figures, never the run
    labels = ", ".join(data.get("labels") or [])
    source = f"{data.get('articles', '?')} articles of {data.get('dataset', 'an annotated corpus')} ({labels})"
    if data.get("rubric_sha256") != sha256:
        source += ", measured on an earlier version of this rubric"
    return {"precision": prec, "source": source}
