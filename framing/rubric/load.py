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
import math
import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .model import CORE_DIMENSIONS, LEVELS, QUOTE_MODES, Band, Component, Dimension, Rubric, RubricError, Rule
from .yamlfile import check_keys, empty_mapping, item_line, line_of, plain, read_yaml

__all__ = ["load_rubric", "shipped_rubrics", "SCHEMA", "TOP_KEYS", "DIMENSION_KEYS", "COMPONENT_KEYS", "BAND_KEYS", "RULE_KEYS", "EXAMPLE_KEYS"]

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
    "evaluate": ("true or false", (bool,)),
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


# ---------------------------------------------------------------- files

def _shipped_dir():
    """The shipped rubrics: the repository's top-level rubrics/ folder when
    running from a checkout (editable installs included, so each checkout
    sees its own), else the installed ``framing.rubrics`` package."""
    checkout = Path(__file__).resolve().parent.parent.parent / "rubrics"
    if (checkout / "default.yaml").is_file():
        return checkout
    return resources.files("framing.rubrics")


def shipped_rubrics() -> list[str]:
    """Names of the rubrics shipped inside the package."""
    return sorted(p.name[:-5] for p in _shipped_dir().iterdir() if p.name.endswith(".yaml") and not p.name.endswith(".precision.yaml"))


def is_shipped(path: str | Path) -> bool:
    """True when *path* is one of the shipped rubric files."""
    try:
        return Path(path).resolve().parent == Path(str(_shipped_dir())).resolve()
    except OSError:
        return False


def _locate(ref: str, base_dir: Path | None) -> tuple[Path, str]:
    """A rubric reference (shipped name or path) to (path, display name)."""
    if ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref:
        p = Path(ref)
        if not p.is_absolute() and base_dir is not None and (base_dir / p).exists():
            p = base_dir / p  # relative to the rubric that names it
        if not p.exists():
            raise RubricError(ref, None, f"no rubric file '{ref}'" + (f" (looked in {base_dir} and the current folder)" if base_dir else ""))
        return p, str(p)
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
    except (FileNotFoundError, IsADirectoryError):
        raise RubricError(display, line, f"lexicon file not found: {path}") from None
    except UnicodeDecodeError:
        raise RubricError(display, line, f"lexicon {path} is not UTF-8 text") from None
    except OSError as exc:
        raise RubricError(display, line, f"cannot read lexicon {path}: {exc.strerror or exc}") from None
    out = []
    for raw in text.splitlines():
        term = raw.split("#", 1)[0].strip()
        if term:
            out.append(" ".join(term.lower().split()))
    return out


def _raw_rules(data: dict, path: Path, display: str, seen_files: set) -> list[dict]:
    """The rules of one file, with includes and lexicons resolved."""
    rules: list[dict] = []
    inc = data.get("include") or []
    if isinstance(inc, str):
        inc = [inc]
    for ref in inc:
        p = (path.parent / ref) if not Path(ref).is_absolute() else Path(ref)
        if p.resolve() in seen_files:
            raise RubricError(display, line_of(data, "include"), f"include cycle through {ref}")
        inc_data = read_yaml(p, str(p))
        if isinstance(inc_data, dict):
            check_keys(inc_data, {"rules": TOP_KEYS["rules"]}, "an included rule file", str(p))
            inc_rules = inc_data.get("rules") or []
        else:
            inc_rules = inc_data
        if not isinstance(inc_rules, list):
            raise RubricError(str(p), line_of(inc_data) or 1, "an included file must hold a list of rules or 'rules:'")
        rules.extend(_prepare_rule(r, p, str(p)) for r in inc_rules)
    for r in data.get("rules") or []:
        rules.append(_prepare_rule(r, path, display))
    return rules


def _prepare_rule(r: Any, path: Path, display: str) -> dict:
    if not isinstance(r, dict):
        raise RubricError(display, line_of(r), "each rule must be a mapping with at least 'id'")
    check_keys(r, RULE_KEYS, f"rule {r['id']}" if isinstance(r.get("id"), str) else "a rule", display)
    if "id" not in r:
        raise RubricError(display, line_of(r), "rule without 'id'")
    rid = r["id"]
    out = {k: v for k, v in r.items()}
    out["__line__"] = line_of(r)
    out["__path__"] = display
    out["__where__"] = {k: (display, line_of(r, k)) for k in r}
    if r.get("examples") is not None:
        check_keys(r["examples"], EXAMPLE_KEYS, f"rule {rid} examples", display)
    for k, v in (r.get("swap") or {}).items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise RubricError(display, line_of(r["swap"], k), f"'swap' in rule {rid} maps a word to a word, not {k!r:.30} to {v!r:.30}; put both in quotes")
    for k in (r.get("params") or {}):
        if not isinstance(k, str):
            raise RubricError(display, line_of(r["params"], k), f"'params' in rule {rid} has a key {k!r:.30} that is not a name")
    lex = r.get("lexicon")
    if lex:
        files = [lex] if isinstance(lex, str) else list(lex)
        terms = list(r.get("terms") or [])
        for f in files:
            terms.extend(_read_lexicon(path.parent / f, display, line_of(r, "lexicon")))
        out["terms"] = terms
        out["lexicon"] = [str(f) for f in files]
    return out


def _norm(term: str) -> str:
    return " ".join(str(term).lower().split())


def _merge_rule(base: dict, child: dict) -> dict:
    merged = dict(base)
    for k, v in child.items():
        if k in ("add_terms", "remove_terms", "__where__"):
            continue
        merged[k] = v
    merged["__where__"] = {**base.get("__where__", {}), **child.get("__where__", {})}
    terms = list(merged.get("terms") or [])
    for t in child.get("add_terms") or []:
        if t not in terms:
            terms.append(t)
    remove = {_norm(t) for t in child.get("remove_terms") or []}
    merged["terms"] = [t for t in terms if _norm(t) not in remove]
    return merged


RESERVED_DIMENSIONS = ("overall", "score")


def _load_raw(ref: str, base_dir: Path | None, chain: tuple[str, ...]) -> tuple[dict, Path, str]:
    """The merged raw form of *ref* and its bases (dict with resolved rules)."""
    path, display = _locate(ref, base_dir)
    key = str(path.resolve())
    data = read_yaml(path, display)
    if data is None:
        data = empty_mapping()
    if not isinstance(data, dict):
        raise RubricError(display, line_of(data) or 1, "a rubric must be a mapping (name:, dimensions:, rules:, ...)")
    check_keys(data, TOP_KEYS, "the rubric", display)
    rules = _raw_rules(data, path, display, {path.resolve()})
    if "extends" in data:
        ref_base = data["extends"]
        try:
            base_path, _ = _locate(ref_base, path.parent)
        except RubricError as exc:
            raise RubricError(display, line_of(data, "extends"), f"extends: {exc.message}") from None
        if str(base_path.resolve()) in chain + (key,):
            names = [Path(c).name for c in chain + (key, str(base_path.resolve()))]
            raise RubricError(display, line_of(data, "extends"), "extends cycle: " + " -> ".join(names))
        base, _, _ = _load_raw(ref_base, path.parent, chain + (key,))
    else:
        base = {"dimensions": {}, "rules": [], "bands": None}
    merged = {k: copy.deepcopy(v) for k, v in base.items()}
    merged["__extends__"] = str(base_path) if "extends" in data else None  # resolved, for precision figures
    for k in ("name", "version", "description", "language"):
        if k in data:
            merged[k] = data[k]
    # Dimensions merge key by key, so a child can change one weight.
    dims = merged.setdefault("dimensions", {})
    for dname, dval in (data.get("dimensions") or {}).items():
        dline = line_of(data["dimensions"], dname)
        if not isinstance(dname, str) or not re.match(r"^[a-z][a-z0-9_]*$", dname):
            raise RubricError(display, dline, f"dimension name {dname!r} must be snake_case (e.g. transparency)")
        if dname in RESERVED_DIMENSIONS:
            raise RubricError(display, dline, f"'{dname}' cannot name a dimension (it would clash with the score_{dname} column)")
        if not isinstance(dval, dict):
            raise RubricError(display, dline, f"dimension '{dname}' must be a mapping (weight:, components:)")
        check_keys(dval, DIMENSION_KEYS, f"dimension '{dname}'", display)
        cur = dict(dims.get(dname, {}))
        cur.update(dval)
        cur["__where__"] = {**cur.get("__where__", {}), **{k: (display, line_of(dval, k)) for k in dval}, "__self__": (display, dline)}
        dims[dname] = cur
    for dname, w in (data.get("weights") or {}).items():
        wline = line_of(data["weights"], dname)
        if dname not in dims:
            raise RubricError(display, wline, _unknown_dimension(dname, dims))
        if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w):
            raise RubricError(display, wline, f"weight of '{dname}' must be a number, not {w!r:.40}")
        dims[dname] = dict(dims[dname], weight=w)
        dims[dname]["__where__"] = {**dims[dname].get("__where__", {}), "weight": (display, wline)}
    if "bands" in data:
        merged["bands"] = data["bands"]
        merged["__bands_path__"] = display
    # Rules: override by id, else add.
    by_id = {r["id"]: i for i, r in enumerate(merged["rules"])}
    seen_ids: dict[str, int] = {}
    for r in rules:
        rid = r["id"]
        if rid in seen_ids:
            raise RubricError(r["__path__"], r["__line__"], f"duplicate rule id '{rid}' (first at line {seen_ids[rid]})")
        seen_ids[rid] = r["__line__"] or 0
        if rid in by_id:
            merged["rules"][by_id[rid]] = _merge_rule(merged["rules"][by_id[rid]], r)
        else:
            if "add_terms" in r or "remove_terms" in r:
                r = _merge_rule({}, r)
            by_id[rid] = len(merged["rules"])
            merged["rules"].append(r)
    known = set(by_id)
    disable = data.get("disable") or []
    for i, rid in enumerate(disable):
        if rid not in known:
            raise RubricError(display, item_line(disable, i), _unknown_rule(rid, known))
        merged["rules"][by_id[rid]]["enabled"] = False
    if data.get("select"):
        prefixes = tuple(data["select"])
        for r in merged["rules"]:
            if not r["id"].startswith(prefixes):
                r["enabled"] = False
    for p in data.get("ignore") or []:
        for r in merged["rules"]:
            if r["id"].startswith(p):
                r["enabled"] = False
    for rid, level in (data.get("levels") or {}).items():
        lline = line_of(data["levels"], rid)
        if rid not in known:
            raise RubricError(display, lline, _unknown_rule(rid, known))
        rule = merged["rules"][by_id[rid]]
        rule["level"] = level
        rule["__where__"] = {**rule.get("__where__", {}), "level": (display, lline)}
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

def _at(raw: dict, key: str, display: str) -> tuple[str, int | None]:
    """(file, line) where *key* of a raw rule or dimension was last set."""
    where = raw.get("__where__", {})
    got = where.get(key) or where.get("__self__")
    if got:
        return got
    return raw.get("__path__", display), raw.get("__line__")


def _build_dimensions(merged: dict, display: str) -> dict[str, Dimension]:
    from ..scoring import known_metrics

    dims: dict[str, Dimension] = {}
    raw_dims = merged.get("dimensions", {})
    order = [d for d in CORE_DIMENSIONS if d in raw_dims] + sorted(d for d in raw_dims if d not in CORE_DIMENSIONS)
    for dname in order:
        d = raw_dims[dname]
        w = d.get("weight", 0)
        if w < 0:
            raise RubricError(*_at(d, "weight", display), f"weight of '{dname}' must not be negative (got {w})")
        comps = []
        raw_comps = d.get("components") or []
        where, cline = _at(d, "components", display)
        for i, c in enumerate(raw_comps):
            if not isinstance(c, dict):
                raise RubricError(where, item_line(raw_comps, i) or cline, f"each component of '{dname}' must be a mapping {{metric, good, bad}}")
            check_keys(c, COMPONENT_KEYS, f"a component of '{dname}'", where)
            for k in ("metric", "good", "bad"):
                if k not in c:
                    raise RubricError(where, line_of(c), f"component of '{dname}' needs '{k}'")
            metric = c["metric"]
            metrics = known_metrics(dname)
            if metric not in metrics:
                guess = difflib.get_close_matches(metric, metrics, n=1)
                hint = f"; did you mean '{guess[0]}'?" if guess else f"; metrics of {dname}: {', '.join(metrics)}"
                raise RubricError(where, line_of(c, "metric"), f"unknown metric '{metric}' for dimension '{dname}'{hint}")
            cw = c.get("weight", 1.0)
            if cw < 0:
                raise RubricError(where, line_of(c, "weight"), f"component weight must not be negative (got {cw})")
            comps.append(Component(metric, float(c["good"]), float(c["bad"]), float(cw)))
        if w > 0 and not comps:
            here = [_at(d, k, display) for k in ("components", "weight") if _at(d, k, display)[0] == display]
            raise RubricError(*(here[0] if here else _at(d, "weight", display)), f"dimension '{dname}' has weight {w:g} but no components to score it; add components: [{{metric: findings, good: 0, bad: 3}}]")
        dims[dname] = Dimension(dname, float(w), tuple(comps), str(d.get("description", "")))
    if not dims:
        raise RubricError(display, None, "the rubric defines no dimensions")
    if sum(d.weight for d in dims.values()) <= 0:
        raise RubricError(display, None, "all dimension weights are zero; at least one must be positive")
    return dims


def _build_bands(merged: dict, display: str) -> list[Band]:
    where = merged.get("__bands_path__", display)
    bands_raw = merged.get("bands") or [{"min": 80, "label": "strong"}, {"min": 60, "label": "adequate"}, {"min": 40, "label": "weak"}, {"min": 0, "label": "poor"}]
    bands = []
    for i, b in enumerate(bands_raw):
        if not isinstance(b, dict):
            raise RubricError(where, item_line(bands_raw, i), "each band must be a mapping {min, label}")
        check_keys(b, BAND_KEYS, "a band", where)
        if "min" not in b or "label" not in b:
            raise RubricError(where, line_of(b), "each band needs 'min' and 'label'")
        bands.append(Band(float(b["min"]), str(b["label"])))
    return bands


def _check_params(r: dict, rid: str, kind: str, display: str) -> dict:
    from ..checks import NEEDS, PARAMS

    params = r.get("params") or {}
    spec = PARAMS.get(kind, {})
    where, pline = _at(r, "params", display)
    kind_where, kind_line = _at(r, "kind", display)
    for k, v in params.items():
        line = line_of(params, k) or pline
        if k not in spec:
            guess = difflib.get_close_matches(str(k), list(spec), n=1)
            hint = f"; did you mean '{guess[0]}'?" if guess else (f"; it takes: {', '.join(spec)}" if spec else "; it takes none")
            if kind_where == display != where:  # a child changed the kind of a rule whose params it inherits
                raise RubricError(kind_where, kind_line, f"rule {rid}: kind '{kind}' has no parameter '{k}' (set at {where}:{line}); give the rule new params{hint}")
            raise RubricError(where, line, f"rule {rid}: kind '{kind}' has no parameter '{k}'{hint}")
        if not spec[k].valid(v):
            choices = f" ({', '.join(spec[k].choices)})" if spec[k].choices else ""
            raise RubricError(where, line, f"rule {rid}: params.{k} must be a {spec[k].type}{choices}, not {v!r:.40}")
    for alternatives in NEEDS.get(kind, ()):
        given = [a for a in alternatives if (params.get(a[7:]) is not None if a.startswith("params.") else bool(r.get(a)))]
        if not given:
            raise RubricError(*_at(r, "kind", display), f"rule {rid}: kind '{kind}' needs {' or '.join(repr(a) for a in alternatives)}")
    return plain(params)


def _choice(r: dict, key: str, default: str, allowed, rid: str, display: str) -> str:
    value = r.get(key, default)
    if value not in allowed:
        raise RubricError(*_at(r, key, display), f"rule {rid}: {key} must be one of {', '.join(allowed)}, not '{value}'")
    return value


def _build_rule(r: dict, dims: dict, display: str) -> Rule:
    from ..checks import KINDS
    from .compile import check_pattern

    where, line = r.get("__path__", display), r.get("__line__")
    rid = r["id"]
    if not ID_RE.match(rid):
        raise RubricError(*_at(r, "id", display), f"rule id '{rid}' must be 2-5 capital letters and 3 digits (e.g. LNG001)")
    for k in ("dimension", "kind", "message"):
        if k not in r:
            raise RubricError(where, line, f"rule {rid} needs '{k}'")
    if r["dimension"] not in dims:
        raise RubricError(*_at(r, "dimension", display), f"rule {rid}: " + _unknown_dimension(r["dimension"], dims))
    kind = r["kind"]
    if kind not in KINDS:
        guess = difflib.get_close_matches(kind, list(KINDS), n=1)
        hint = f"; did you mean '{guess[0]}'?" if guess else f"; kinds: {', '.join(sorted(KINDS))}"
        raise RubricError(*_at(r, "kind", display), f"rule {rid}: unknown kind '{kind}'{hint}")
    level = _choice(r, "level", "warning", LEVELS, rid, display)
    quotes = _choice(r, "quotes", "exclude", QUOTE_MODES, rid, display)
    scope = _choice(r, "scope", "all", SCOPES, rid, display)
    inflect = _choice(r, "inflect", "none", INFLECTIONS, rid, display)
    weight = r.get("weight", 1.0)
    if weight < 0:
        raise RubricError(*_at(r, "weight", display), f"rule {rid}: weight must not be negative (got {weight})")
    pattern = r.get("pattern", "")
    if pattern:
        err = check_pattern(pattern)
        if err:
            raise RubricError(*_at(r, "pattern", display), f"rule {rid}: pattern {err}")
    params = _check_params(r, rid, kind, display)
    ex = r.get("examples") or {}
    swap = {_norm(k): v for k, v in (r.get("swap") or {}).items()}
    terms = [_norm(t) for t in r.get("terms") or []]
    if "" in terms or "" in swap:
        raise RubricError(*_at(r, "terms", display), f"rule {rid}: empty term")
    if r.get("suggestion") and not swap:
        params["suggestion"] = r["suggestion"]
    return Rule(
        id=rid,
        name=r.get("name", rid.lower()),
        dimension=r["dimension"],
        kind=kind,
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
        exceptions=tuple(_norm(e) for e in r.get("exceptions") or []),
        negation=bool(r.get("negation", True)),
        evaluate=bool(r.get("evaluate", True)),
        pattern=pattern,
        params=params,
        fires=tuple(ex.get("fires") or []),
        passes=tuple(ex.get("passes") or []),
        path=where,
        line=line or 0,
    )


def _build(merged: dict, display: str) -> Rubric:
    dims = _build_dimensions(merged, display)
    bands = _build_bands(merged, display)
    rules = [_build_rule(r, dims, display) for r in merged.get("rules", []) if r.get("enabled", True) is not False]
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
                "exceptions": sorted(r.exceptions), "negation": r.negation, "evaluate": r.evaluate, "pattern": r.pattern,
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
