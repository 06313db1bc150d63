"""``framing score PATH... --out DIR``"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from ..api import before_move, finish_report
from ..cache import cache_problem, default_cache_dir
from ..corpus import OUTLET_FROM, RECORD_SUFFIXES, Fields, InputError
from ..pipeline import ENGINES, Settings, auto_jobs, corpus_size, discover_inputs, parse_shard, score_items
from ..readers.base import DEFAULT_FIELDS
from ..report import ReportWriter
from ..report.render import FINDING_MODES, FORMATS, RenderOptions
from ..rubric.model import LEVELS
from ..suppress import acceptances_sha256
from .common import acceptances_or_exit, fail, out_folder_or_exit, rubric_or_exit

SCALE = "Scale and big outputs"


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
        return True
    except ValueError:
        return False


_INPUT = "Input fields (JSON, JSONL, CSV; front matter)"


def _field(name: str, part: str, what: str):
    usual = f" (usual names: {', '.join(DEFAULT_FIELDS[part])})" if DEFAULT_FIELDS[part] else ""
    return typer.Option(f"--{name}-field", f"--{name}-column", metavar="NAME", help=f"Field or column holding the {what}{usual}.",
                        rich_help_panel=_INPUT, show_default=False)


def score(
    paths: Annotated[List[str], typer.Argument(help="Files or folders of articles (.txt, .md, .html, .docx, .json, .jsonl, .csv), or - for one article on standard input.", show_default=False)],
    rubric: Annotated[Optional[str], typer.Option("--rubric", "-r", help="Rubric: a shipped name (default, ...) or a YAML file.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the reports into.")] = Path("reports"),
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Processes to score with (default: every core; one for a small corpus).", show_default=False, rich_help_panel=SCALE)] = None,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Exit 1 when a counted finding of this level or above is found: suggestion, warning or error.")] = None,
    accept: Annotated[Optional[str], typer.Option("--accept", help="Suppressions file (.yaml or .csv) of reviewed findings to accept: by rule and matched text, optionally per article.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first input that cannot be scored.")] = False,
    excel: Annotated[bool, typer.Option("--excel", help="Write CSV as UTF-8 with a BOM so Excel keeps accents.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Allow --out inside a scored folder.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")] = False,
    time_limit: Annotated[float, typer.Option("--time-limit", min=0, help="Seconds one article may take before it is stopped and reported in errors.csv (0: no limit).")] = 60.0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Inputs larger than this many bytes are reported, not read.")] = 5 * 1024 * 1024,
    text_field: Annotated[Optional[str], _field("text", "text", "article text")] = None,
    title_field: Annotated[Optional[str], _field("title", "title", "headline")] = None,
    id_field: Annotated[Optional[str], _field("id", "id", "article id; ids become file#<value> instead of file#<row>")] = None,
    outlet_field: Annotated[Optional[str], _field("outlet", "outlet", "outlet name or domain")] = None,
    author_field: Annotated[Optional[str], _field("author", "author", "author(s)")] = None,
    date_field: Annotated[Optional[str], _field("date", "published", "publication date")] = None,
    url_field: Annotated[Optional[str], _field("url", "url", "article URL")] = None,
    keep: Annotated[Optional[List[str]], typer.Option("--keep", metavar="FIELD", help="Input metadata field to copy unchanged into articles.csv (repeat, or separate with commas).", rich_help_panel=_INPUT, show_default=False)] = None,
    keep_all: Annotated[bool, typer.Option("--keep-all", help="Copy every input metadata field into articles.csv (sorted by name; meta_ prefix on a clash).", rich_help_panel=_INPUT)] = False,
    texts: Annotated[bool, typer.Option("--texts/--no-texts", help="Write each article's text as scored to texts/<id>.txt, the text findings' offsets index.")] = True,
    outlet_from: Annotated[str, typer.Option("--outlet-from", help="Where an article's outlet comes from first: meta (its metadata), domain (of its url) or folder; later ones are fallbacks.")] = "meta",
    engine: Annotated[str, typer.Option("--engine", help="local (processes on this machine) or dask (a Dask cluster).", rich_help_panel=SCALE)] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address, tcp://HOST:PORT (default: a local cluster).", rich_help_panel=SCALE)] = None,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Result cache folder (default: $FRAMING_CACHE_DIR or ~/.cache/framing).", show_default=False, rich_help_panel=SCALE)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Score every article again; neither read nor write the cache.", rich_help_panel=SCALE)] = False,
    shard: Annotated[Optional[str], typer.Option("--shard", help="Score only share I of N (I/N, 0 <= I < N); combine the shards with 'framing merge'.", rich_help_panel=SCALE)] = None,
    fmt: Annotated[str, typer.Option("--format", help="Tables as csv or parquet (parquet needs pyarrow, the 'parquet' extra).", rich_help_panel=SCALE)] = "csv",
    findings: Annotated[str, typer.Option("--findings", help="full: every finding (findings.csv/.jsonl); counts: per article and rule (finding_counts.csv); none.", rich_help_panel=SCALE)] = "full",
    text: Annotated[bool, typer.Option("--text/--no-text", help="--no-text leaves the article's words out of every output (licensed corpora); texts/ and report.html are not written.", rich_help_panel=SCALE)] = True,
) -> None:
    """Score articles and write the reports (articles.csv, findings.csv, sources.csv, summary.md, ...;
    with two or more outlets also outlets.csv, pairwise.csv and comparison.md)."""
    if fail_on is not None and fail_on not in LEVELS:
        fail(f"--fail-on must be one of {', '.join(LEVELS)}, not '{fail_on}'")
    if outlet_from not in OUTLET_FROM:
        fail(f"--outlet-from must be one of {', '.join(OUTLET_FROM)}, not '{outlet_from}'")
    for name, value, allowed in (("--engine", engine, ENGINES), ("--findings", findings, FINDING_MODES), ("--format", fmt, FORMATS)):
        if value not in allowed:
            fail(f"{name} must be one of {', '.join(allowed)}, not '{value}'")
    for needed, module, extra in ((fmt == "parquet", "pyarrow", "parquet"), (engine == "dask", "distributed", "dask")):
        if needed:
            try:
                __import__(module)
            except ImportError:
                fail(f"{'--format parquet' if extra == 'parquet' else '--engine dask'} needs {module}: pip install 'framing-toolkit[{extra}]'")
    try:
        share = parse_shard(shard) if shard else None
    except ValueError as exc:
        fail(str(exc))
    rub = rubric_or_exit(rubric)
    accepted = acceptances_or_exit(accept, rub)
    for p in paths:
        if Path(p).is_dir() and _inside(out, Path(p)) and not force:
            fail(f"--out {out} is inside the input folder {p}; choose another folder or pass --force")
    if "-" in paths and sys.stdin.isatty():
        fail("'-' reads one article from standard input: pipe or redirect it in (framing score - < article.txt)")
    fields = Fields(text=text_field, title=title_field, id=id_field, outlet=outlet_field, author=author_field, published=date_field, url=url_field)
    kept = [f.strip() for k in keep or [] for f in k.split(",") if f.strip()]
    items = discover_inputs(paths, max_bytes=max_bytes, fields=fields)
    # A JSON/CSV file holds many articles: the bar then counts articles, not toward a total.
    total = None if any(isinstance(i, tuple) and len(i) == 3 and isinstance(i[0], str) and i[0].lower().endswith(RECORD_SUFFIXES) for i in items) else len(items)
    render_options = RenderOptions(findings=findings, text=text, format=fmt)
    out_folder_or_exit(out)
    writer = ReportWriter(out, rub, options={"paths": list(paths), "rubric": rubric or "default", "fail_on": fail_on, "strict": strict, "excel": excel,
                                             "fields": fields.given(), "keep": kept, "keep_all": keep_all, "texts": texts, "outlet_from": outlet_from,
                                             **({"accept": accept, "accept_sha256": acceptances_sha256(accepted)} if accept else {}),
                                             **render_options.as_dict()},
                          excel=excel, keep=kept, keep_all=keep_all, texts=texts, render_options=render_options, shard=shard)
    cache_folder = None if no_cache else str(cache_dir or default_cache_dir())
    problem = cache_problem(cache_folder) if cache_folder else ""
    if problem:
        typer.echo(f"framing: cache unusable, scoring without it: {problem}", err=True)
        cache_folder = None
    settings = Settings(rub, render_options, cache_folder, time_limit=time_limit, max_bytes=max_bytes,
                        fields=fields, accept=tuple(accepted), accept_sha256=acceptances_sha256(accepted) if accept else "", shard=share, outlet_from=outlet_from)
    show_progress = not quiet and sys.stderr.isatty() and (total is None or total > 1)
    progress = None
    if show_progress:
        from rich.progress import Progress

        progress = Progress(transient=True, console=__import__("rich.console", fromlist=["Console"]).Console(stderr=True))
        progress.start()
        task = progress.add_task("scoring", total=total)
    threshold = LEVELS.index(fail_on) if fail_on else None
    hit_level = False
    n_errors = 0
    stats: dict = {}
    try:
        for res in score_items(items, settings, jobs=auto_jobs(corpus_size(items), jobs), engine=engine, scheduler=scheduler, stats=stats):
            writer.add(res)
            if isinstance(res, InputError):
                n_errors += 1
                typer.echo(f"framing: {res.article}: {res.message} ({res.error})", err=True)
                if strict:
                    break
            elif threshold is not None and res.max_level >= threshold:
                hit_level = True
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()
        # Story groups and the comparison span the whole corpus: for a shard,
        # 'framing merge' computes them once the shards are combined.
        counts = writer.close(before_move=before_move(out) if shard is None else None)
    if shard is None:
        finish_report(out, stories=False)
    for f in counts.get("keep_missing", []):
        typer.echo(f"framing: --keep {f}: no input had this field; its column is empty", err=True)
    if not quiet:
        cached = f" ({stats['cached']} from the cache)" if stats.get("cached") else ""
        typer.echo(f"Scored {counts['scored']} article(s){cached}, {counts['unscored']} not scorable, {counts['errors']} error(s); reports in {out}{os.sep}", err=True)
    if n_errors or hit_level:
        raise typer.Exit(1)
