"""Merge the outputs of ``framing score --shard I/N`` runs into the reports a
single run would have written, byte for byte.

Each shard keeps, in ``.framing-shard/``, the run position of every article
it scored (in the order of its tables) and its results; the merge puts the
articles of all shards back in run order, table by table, copies the pages
and texts, and assembles summary.md, manifest.json and report.html with the
same code a single run uses.
"""
from __future__ import annotations

import csv
import heapq
import json
import pickle
import shutil
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterator

from ..cache import unpack
from ..corpus import InputError
from .html import HtmlReport
from .render import RenderOptions, table_names
from .writer import PARTIAL, SHARD_DIR, _move_into_place, finish_reports, read_shard_info

__all__ = ["merge_shards", "MergeError"]


class MergeError(Exception):
    """Shard folders that cannot be merged (missing, mixed or incomplete)."""


def _csv_rows(path: Path, encoding: str) -> Iterator[list]:
    with open(path, encoding=encoding, newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        yield from reader


def _positions(shard: Path) -> Iterator[tuple[list, str]]:
    """(run position, article id) of each article of a shard, in its order."""
    with open(shard / SHARD_DIR / "summary.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield row[4], row[0]


def _groups(rows: Iterator, shard: Path, article_of) -> Iterator[tuple[list, list]]:
    """(position, that article's rows) for each article of a shard: its rows
    are consecutive and in the same order as its positions."""
    pending = next(rows, None)
    for pos, article in _positions(shard):
        group = []
        while pending is not None and article_of(pending) == article:
            group.append(pending)
            pending = next(rows, None)
        yield pos, group


def _in_run_order(shards: list[Path], rows_of, article_of) -> Iterator:
    """Every row of every shard, articles in run order."""
    merged = heapq.merge(*(_groups(rows_of(s), s, article_of) for s in shards), key=lambda g: g[0])
    for _pos, group in merged:
        yield from group


def _merge_csv(shards: list[Path], name: str, out: Path, excel: bool) -> Path:
    encoding = "utf-8-sig" if excel else "utf-8"
    with open(shards[0] / name, encoding=encoding, newline="") as fh:
        header = next(csv.reader(fh))
    tmp = out / (name + PARTIAL)
    with open(tmp, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(_in_run_order(shards, lambda s: _csv_rows(s / name, encoding), lambda row: row[0]))
    return tmp


def _merge_jsonl(shards: list[Path], out: Path) -> Path:
    def lines(shard):
        with open(shard / "findings.jsonl", encoding="utf-8", newline="") as fh:
            yield from fh

    tmp = out / ("findings.jsonl" + PARTIAL)
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.writelines(_in_run_order(shards, lines, lambda line: json.loads(line)["article"]))
    return tmp


def _merge_parquet(shards: list[Path], name: str, out: Path) -> Path:
    import pyarrow.parquet as pq

    from .writer import _ParquetTable

    path = shards[0] / f"{name}.parquet"
    sink = _ParquetTable(out / f"{name}.parquet", pq.read_schema(path).names, name)

    def rows(shard):
        for batch in pq.ParquetFile(shard / f"{name}.parquet").iter_batches():
            yield from (list(r) for r in zip(*(col.to_pylist() for col in batch.columns)))

    for row in _in_run_order(shards, rows, lambda r: r[0]):
        sink.write([row])
    return sink.close()


def _results(shard: Path) -> Iterator:
    with open(shard / SHARD_DIR / "results.bin", "rb") as fh:
        while True:
            size = fh.read(8)
            if not size:
                return
            yield pickle.loads(fh.read(int.from_bytes(size, "little")))


def merge_shards(shards: list[str | Path], out: str | Path, *, before_move: Callable[[Path], None] | None = None) -> dict:
    """Write into *out* the reports of one run over every shard's articles.

    Raises :class:`MergeError` when the folders are not the complete set of
    shards of one run (same rubric and options, every I of I/N present once).
    *before_move* is called with the staged articles table before the merged
    reports move into place (see :func:`framing.report.writer.ReportWriter.close`).
    """
    shards = [Path(s) for s in shards]
    infos = []
    for s in shards:
        try:
            infos.append(read_shard_info(s))
        except (OSError, ValueError) as exc:
            raise MergeError(f"{s}: not the output of 'framing score --shard I/N' ({SHARD_DIR}/shard.json: {exc})") from None
    first = infos[0]
    n = int(first["shard"].split("/")[1])
    seen: dict[int, Path] = {}
    for s, info in zip(shards, infos):
        for key in ("rubric", "options", "render", "excel", "texts", "keep", "keep_all"):
            if info.get(key) != first.get(key):
                raise MergeError(f"{s}: its {key} differ from those of {shards[0]}; shards of different runs cannot be merged")
        i, m = (int(x) for x in info["shard"].split("/"))
        if m != n:
            raise MergeError(f"{s}: shard {info['shard']} is not one of {n} shards like {shards[0]}")
        if i in seen:
            raise MergeError(f"{s}: shard {info['shard']} is given twice (also {seen[i]})")
        seen[i] = s
    missing = [f"{i}/{n}" for i in range(n) if i not in seen]
    if missing:
        raise MergeError(f"shard(s) {', '.join(missing)} missing; a merge needs all {n}")
    if first.get("keep_all"):
        raise MergeError("shards written with --keep-all cannot be merged (their columns differ); use --keep FIELD")
    shards = [seen[i] for i in range(n)]
    infos = [read_shard_info(s) for s in shards]
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    render = RenderOptions(**first["render"])
    excel = first["excel"]
    done = []
    for name in table_names(render):
        if render.format == "parquet":
            done.append(_merge_parquet(shards, name, out))
        else:
            done.append(_merge_csv(shards, f"{name}.csv", out, excel))
    if render.findings == "full":
        done.append(_merge_jsonl(shards, out))
    for folder in ("articles", "texts"):
        staged = out / (folder + PARTIAL)
        shutil.rmtree(staged, ignore_errors=True)
        if any((s / folder).is_dir() for s in shards):
            staged.mkdir()
            for s in shards:
                if (s / folder).is_dir():
                    shutil.copytree(s / folder, staged, dirs_exist_ok=True)
    encoding = "utf-8-sig" if excel else "utf-8"
    errors = sorted((InputError(*row) for s in shards for row in _csv_rows(s / "errors.csv", encoding)), key=lambda e: (e.article, e.error))
    rule_counts: Counter = Counter()
    for info in infos:
        rule_counts.update({tuple(k): v for k, v in info["rule_counts"]})
    manifests = [json.loads((s / "manifest.json").read_text(encoding="utf-8")) for s in shards]
    spools = [s / SHARD_DIR / "summary.jsonl" for s in shards]
    counts = {"scored": sum(i["counts"]["scored"] for i in infos), "unscored": sum(i["counts"]["unscored"] for i in infos), "errors": len(errors)}
    base = {k: manifests[0][k] for k in ("schema_version", "tool", "dependencies", "rubric")}
    with open(shards[0] / "codebook.csv", encoding=encoding, newline="") as fh:
        codebook = list(csv.DictReader(fh))
    done += finish_reports(out, SimpleNamespace(**first["rubric"]), spools, counts, rule_counts, errors,
                           options=first["options"], excel=excel, manifest_base=base, codebook=codebook)
    if render.text:
        html = HtmlReport(out / "report.html", unpack((shards[0] / SHARD_DIR / "rubric.pickle").read_bytes()))
        positioned = heapq.merge(*(zip((p for p, _ in _positions(s)), _results(s)) for s in shards), key=lambda x: x[0])
        for _pos, result in positioned:
            html.add(result)
        done.append(html.close(errors))
    _move_into_place(out, done, before_move)
    return counts
