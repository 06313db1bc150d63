"""YAML files people edit: ``safe_load`` semantics plus the line of every key.

Used for rubrics and suppression files, so that every problem can be
reported as ``file:line: message`` and strict key checking (with a "did you
mean") works the same way everywhere.
"""
from __future__ import annotations

import difflib
import math
from pathlib import Path
from typing import Any

import yaml

from .model import RubricError

__all__ = ["read_text", "read_yaml", "plain", "line_of", "item_line", "empty_mapping", "check_keys", "STRING_LISTS"]

# Keys whose value is a list of strings: a number or a mapping in one is an error.
STRING_LISTS = frozenset({"include", "disable", "select", "ignore", "terms", "add_terms", "remove_terms", "exceptions", "lexicon", "fires", "passes"})


class _LineDict(dict):
    lines: dict


class _LineList(list):
    line: int = 0
    item_lines: list


class _Loader(yaml.SafeLoader):
    """``SafeLoader`` that remembers the line of every mapping key and list item."""


def _construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)
    out = _LineDict()
    out.lines = {"__self__": node.start_mark.line + 1}
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
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def plain(obj: Any) -> Any:
    """*obj* with the line-remembering mappings and lists made plain ones."""
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [plain(v) for v in obj]
    return obj


def line_of(obj: Any, key: Any = None) -> int | None:
    """The line of *key* in a mapping read by :func:`read_yaml`, else of the
    mapping or list itself; None for other values."""
    if isinstance(obj, _LineDict):
        try:
            if key is not None and key in obj.lines:
                return obj.lines[key]
        except TypeError:  # an unhashable key
            pass
        return obj.lines.get("__self__")
    if isinstance(obj, _LineList):
        return obj.line
    return None


def item_line(seq: Any, index: int) -> int | None:
    """The line of item *index* of a list read by :func:`read_yaml`."""
    if isinstance(seq, _LineList) and index < len(seq.item_lines):
        return seq.item_lines[index]
    return line_of(seq)


def empty_mapping() -> dict:
    """An empty mapping that answers :func:`line_of` with line 1."""
    out = _LineDict()
    out.lines = {"__self__": 1}
    return out


def read_text(path: Path, display: str, *, error: type[RubricError] = RubricError) -> str:
    """The UTF-8 text of a file people edit; every problem is *error*."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise error(display, None, "file not found") from None
    except IsADirectoryError:
        raise error(display, None, "is a folder, not a file") from None
    except OSError as exc:
        raise error(display, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(display, line, f"not UTF-8 text (byte {exc.start}); save the file as UTF-8") from None


def read_yaml(path: Path, display: str, *, error: type[RubricError] = RubricError) -> Any:
    """Parse one UTF-8 YAML file; every problem is *error* (file, line, message)."""
    text = read_text(path, display, error=error)
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise error(display, line, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise error(display, None, f"YAML error: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise error(display, None, "YAML error: nested too deeply (a recursive alias?)") from None


def _type_name(value: Any) -> str:
    if value is None:
        return "empty value"
    kind = "mapping" if isinstance(value, dict) else "list" if isinstance(value, list) else type(value).__name__
    return f"{kind} {(dict(value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value)!r:.40}"


def check_keys(obj: dict, allowed: dict, where: str, display: str, *, error: type[RubricError] = RubricError) -> None:
    """Raise *error* for a key of *obj* not in *allowed* (with a "did you
    mean") or a value of the wrong type. *allowed* maps key -> (description,
    python types)."""
    for key in obj:
        if key not in allowed:
            guess = difflib.get_close_matches(str(key), list(allowed), n=1)
            hint = f"; did you mean '{guess[0]}'?" if guess else f"; expected one of: {', '.join(sorted(allowed))}"
            raise error(display, line_of(obj, key), f"unknown key '{key}' in {where}{hint}")
        desc, types = allowed[key]
        value = obj[key]
        if value is None and (list in types or dict in types):
            continue  # "rules:" with only comments under it means none
        ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
        if ok and isinstance(value, float) and not math.isfinite(value):
            ok = False
        if not ok:
            article = "" if desc.startswith(("one of", "true or")) else "a "
            raise error(display, line_of(obj, key), f"'{key}' in {where} must be {article}{desc}, not {_type_name(value)}")
        if key in STRING_LISTS and isinstance(value, list):
            for i, item in enumerate(value):
                if not isinstance(item, str):
                    raise error(display, item_line(value, i), f"item {i + 1} of '{key}' in {where} must be a string, not {_type_name(item)}; put it in quotes")
