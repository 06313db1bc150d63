"""Scoring runs at scale: inputs to rendered records, on one core, on all of
them, or on a Dask cluster, with the result cache and corpus shards.

Every engine runs the same function, :class:`Scorer`, on the same items in
the same order, and yields its records in input order, so the reports are
byte-identical whichever engine produced them. The work is cut into units
(:class:`Work`): a file, or a span of the records of a JSONL or CSV file
(:func:`framing.readers.records.record_spans`), so a corpus that is one big
export is scored in parallel too. Units travel as small tuples (a path, an
id, a span) and are read where they are scored; records come back in chunks
through a window of pending work bounded in articles, so memory stays flat
however long the corpus, or any one file of it, is.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import zlib
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from .api import DEFAULT_TIME_LIMIT, score_guarded
from .cache import ResultCache, article_key, pack_record, unpack_record, unpickle_record
from .corpus import JSON_MAX_BYTES, MAX_BYTES_DEFAULT, STDIN, SUPPORTED_SUFFIXES, Article, Fields, InputError, discover_names, normalise_outlet, outlet_from, read_path
from .nlp import release_memory
from .nlp.readability import _cmu, _hyphenator
from .nlp.sentiment import default_analyser
from .readers.records import CSV_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, Span, record_spans
from .report.html import MAX_ARTICLES
from .report.render import RenderOptions, Rendered, render
from .rubric import Rubric, compile_rubric

__all__ = ["Settings", "Scorer", "Work", "discover_inputs", "in_shard", "parse_shard", "auto_jobs", "corpus_size", "score_items", "ENGINES"]

ENGINES = ("local", "dask")
# Processes are only worth starting with at least this many articles each.
MIN_ARTICLES_PER_PROCESS = 16
# Articles whose cached records one process reads ahead of its scoring.
READ_AHEAD = 64
# Records of a JSONL or CSV file in one unit of work when one process scores.
SPAN_RECORDS = 16
# Bytes of a JSONL or CSV file taken as one article when guessing a corpus's size.
BYTES_PER_RECORD = 2048


@dataclass(frozen=True)
class Settings:
    """Everything a scoring process needs: picklable, sent once per process."""

    rubric: Rubric
    render: RenderOptions = RenderOptions()
    cache_dir: str | None = None  # read results from this cache (None: no cache)
    time_limit: float = DEFAULT_TIME_LIMIT  # seconds per article (0: none)
    max_bytes: int = MAX_BYTES_DEFAULT
    fields: Fields = Fields()
    accept: tuple = ()  # reviewed findings to accept (framing.suppress)
    accept_sha256: str = ""
    shard: tuple[int, int] | None = None
    outlet_from: str = "meta"  # where an article's outlet comes from first (framing.corpus.outlet_from)


def _is_url(path: str) -> bool:
    return "://" in str(path) and not Path(path).exists()


def _remote_items(url: str) -> list[tuple[str, str, str]]:
    """(url of each file, article id, folder outlet) under an fsspec URL."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if fs.isfile(root):
        name = root.rstrip("/").rsplit("/", 1)[-1]
        parent = root.rstrip("/").rsplit("/", 2)[-2] if root.count("/") else ""
        return [(fs.unstrip_protocol(root), name, parent)]
    root = root.rstrip("/")
    found = []
    for path in fs.find(root):
        rel = path[len(root):].lstrip("/")
        if any(part.startswith(".") for part in rel.split("/")) or not rel.lower().endswith(SUPPORTED_SUFFIXES):
            continue
        parent = rel.rsplit("/", 2)[-2] if "/" in rel else root.rsplit("/", 1)[-1]
        found.append((fs.unstrip_protocol(path), rel, parent))
    return found


def discover_inputs(paths: Iterable[str], *, max_bytes: int = MAX_BYTES_DEFAULT, fields: Fields = Fields()) -> list:
    """Every input in run order (input errors first, then files sorted by
    id): local files and folders as :func:`framing.corpus.discover` lists
    them, fsspec URLs (``s3://bucket/news/``, ``file:///data/``) walked the
    same way, and standard input read here (workers cannot read it)."""
    paths = [str(p) for p in paths]
    local = [p for p in paths if not _is_url(p)]
    items: list = []
    for item in (discover_names(local) if local else ()):
        if isinstance(item, InputError):
            items.append(item)
        elif item[0] is STDIN:
            items.append(tuple(read_path(STDIN, item[1], folder_outlet="", max_bytes=max_bytes, fields=fields)))
        else:  # paths as plain strings: a long corpus's list then costs half the memory
            items.append(item)
    remote = [p for p in paths if _is_url(p)]
    if not remote:
        return items
    errors = [i for i in items if isinstance(i, InputError)]
    found = [i for i in items if not isinstance(i, InputError)]
    for url in remote:
        try:
            found += _remote_items(url)
        except (OSError, ValueError, ImportError) as exc:
            errors.append(InputError(url, "unreadable", f"cannot list it: {exc}"))
    found.sort(key=lambda x: x[1] if isinstance(x[1], str) else "")
    return errors + found


def parse_shard(text: str) -> tuple[int, int]:
    """``"I/N"`` to (I, N) with 0 <= I < N. Raises ValueError."""
    i, _, n = text.partition("/")
    i, n = int(i), int(n)
    if n < 1 or not 0 <= i < n:
        raise ValueError(f"shard must be I/N with 0 <= I < N, not '{text}'")
    return i, n


def in_shard(article_id: str, shard: tuple[int, int] | None) -> bool:
    """True when the article belongs to shard ``(I, N)`` (always without one):
    by a hash of its id, so an article's shard does not change as the corpus
    grows."""
    if shard is None:
        return True
    digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") % shard[1] == shard[0]


def corpus_size(items: list) -> int:
    """About how many articles *items* hold: one per input, and for a local
    JSONL or CSV file one per :data:`BYTES_PER_RECORD` of it (a guess, to
    choose the number of processes and the size of their batches)."""
    total = 0
    for item in items:
        path = _splittable(item)
        try:
            total += max(1, os.path.getsize(path) // BYTES_PER_RECORD) if path else 1
        except OSError:
            total += 1
    return total


def auto_jobs(n_items: int, jobs: int | None = None) -> int:
    """Processes to use: *jobs*, or every core; one when the corpus is too
    small for starting processes to pay off."""
    if jobs is None:
        try:
            jobs = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            jobs = os.cpu_count() or 1
        jobs = min(jobs, max(1, n_items // MIN_ARTICLES_PER_PROCESS))
    return max(1, jobs)


class Work(NamedTuple):
    """One unit of scoring work: an input as :func:`discover_inputs` lists
    it, or a span of its records, and where it comes in the run."""

    index: int  # the input's place in the run
    item: object
    span: Span | None = None  # a span of the records of a JSONL or CSV file; None: all of the input
    first: int = 0  # articles (about) that come before it in the run
    size: int = 1  # articles (about) it holds


def _splittable(item) -> str | None:
    """The path of a local JSONL or CSV file, else None."""
    if isinstance(item, tuple) and len(item) == 3 and isinstance(item[0], str) and not _is_url(item[0]):
        return item[0] if item[0].lower().endswith(JSONL_SUFFIXES + CSV_SUFFIXES) else None
    return None


def _units(items: list, settings: Settings, records: int) -> Iterator[Work]:
    """The work of a run, in run order: one unit per input, and for a local
    JSONL or CSV file one per span of *records* records, found as the units
    are taken (the file is read once, ahead of its scoring)."""
    first = 0
    for index, item in enumerate(items):
        path = _splittable(item)
        for span in record_spans(Path(path), records, fields=settings.fields) if path else (None,):
            size = span.records if span else 1
            yield Work(index, item, span, first, size)
            first += size


class Scorer:
    """Reads, scores and renders the articles of one unit of work in one
    process (cache lookups included).

    Calling it on a :class:`Work` gives one ``(position, record_or_error,
    key, fresh)`` per article of the unit: *position* orders the articles of
    a run (input index, then record number in a many-article file); *key* is
    the article's cache key (None without a cache); *fresh* is the record as
    :func:`framing.cache.pack_record` packs it when it was newly scored and
    a cache is in use (for the writing process to store), else None. A
    ``packed`` scorer gives records as ``(record, result)`` to cross a
    process boundary cheaply: with a cache, both as the cache stores them
    (the result empty when it stayed in the cache); without one, the record
    itself (which pickles without its result) and the result pickled.
    """

    def __init__(self, settings: Settings, *, packed: bool = False):
        self.settings = settings
        self.rubric = settings.rubric
        compile_rubric(settings.rubric)
        self.options_key = json.dumps({**settings.render.as_dict(), "accept": settings.accept_sha256}, sort_keys=True)
        self.cache = ResultCache(settings.cache_dir, readonly=True) if settings.cache_dir else None
        self.packed = packed  # return records packed (to cross a process boundary cheaply)

    def load(self, item, span: Span | None = None) -> Iterator[Article | InputError]:
        """The articles (or input errors) of one input, or of a *span* of its records."""
        if isinstance(item, (Article, InputError)):
            yield item
            return
        if isinstance(item, tuple) and item and isinstance(item[0], (Article, InputError)):
            yield from item  # read already (standard input)
            return
        path, article_id, folder = item
        for a in self._read(path, article_id, folder, span):
            yield a if isinstance(a, InputError) else outlet_from(a, folder, self.settings.outlet_from)

    def _read(self, path, article_id: str, folder: str, span: Span | None) -> Iterator[Article | InputError]:
        opts = dict(folder_outlet=normalise_outlet(folder), max_bytes=self.settings.max_bytes, fields=self.settings.fields)
        if not _is_url(path):
            yield from read_path(Path(path), article_id, span=span, **opts)
            return
        import shutil
        import tempfile

        import fsspec

        # NOTE: the readers take local files; a remote one is copied into a
        # temporary file of the same name. A JSONL or CSV corpus is copied
        # whole (to disk, a block at a time); any other file only as far as
        # the readers' size limits need to tell that it is too large.
        name = path.rstrip("/").rsplit("/", 1)[-1]
        suffix = Path(name).suffix.lower()
        limit = None if suffix in JSONL_SUFFIXES + CSV_SUFFIXES else JSON_MAX_BYTES + 1 if suffix in JSON_SUFFIXES else self.settings.max_bytes * 4 + 1
        with tempfile.TemporaryDirectory() as tmp:
            local = Path(tmp) / name
            try:
                with fsspec.open(path, "rb") as fh, open(local, "wb") as out:
                    if limit is None:
                        shutil.copyfileobj(fh, out, 1 << 20)
                    else:
                        out.write(fh.read(limit))
            except OSError as exc:
                yield InputError(article_id, "unreadable", str(exc) or type(exc).__name__)
                return
            yield from read_path(local, article_id, **opts)

    def __call__(self, work: Work) -> list:
        return list(self.finish(self.prepare(work)))

    def prepare(self, work: Work) -> Iterator[tuple]:
        """The reading half of a call: each article of the unit (or its input
        error) with its position, whether report.html details it, its cache
        key and, when the cache holds it, its record as stored (decompressed
        unless ``packed``). Only I/O and decompression, so it can run ahead
        in another thread."""
        before = work.span.before if work.span else 0
        for n, article in enumerate(self.load(work.item, work.span)):
            # A span's records are counted as the whole file's are: its positions do not depend on the spans.
            pos, html = (work.index, before + n), work.first + n < MAX_ARTICLES
            if isinstance(article, InputError):
                if in_shard(article.article, self.settings.shard):
                    yield pos, html, article, None, None
                continue
            if not in_shard(article.id, self.settings.shard):
                continue
            key = stored = None
            if self.cache is not None:
                key = article_key(article, self.rubric.sha256, self.options_key)
                stored = self.cache.get(key)
                if stored is not None and not self.packed:
                    stored = zlib.decompress(stored)
            yield pos, html, article, key, stored

    def finish(self, prepared: Iterable[tuple]) -> Iterator[tuple]:
        """The scoring half: records for what :meth:`prepare` read."""
        for pos, html, article, key, stored in prepared:
            if isinstance(article, InputError):
                yield pos, article, None, None
            elif stored is not None:
                record = (stored, b"") if self.packed else unpickle_record(stored, ref=(self.settings.cache_dir, key))
                yield pos, record, key, None
            else:  # report.html details only the first articles of the run: render theirs here.
                yield (pos, *self.score(article, key, html=html))

    def score(self, article: Article, key: str | None, *, html: bool = False):
        """A newly scored article: (record or input error, key, record packed for the cache or None)."""
        result = score_guarded(article, self.rubric, time_limit=self.settings.time_limit, accept=self.settings.accept)
        if isinstance(result, InputError):
            return result, None, None
        record = render(result, self.rubric, self.settings.render, html=html)
        if self.packed:
            if self.cache is None:  # the record pickles itself on the way, its result beside it
                return (record, record.result_bytes()), key, None
            packed = pack_record(record)
            return packed, key, packed
        return record, key, pack_record(record) if self.cache is not None else None

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()


def _chunks(units: Iterable[Work], size: int) -> Iterator[list[Work]]:
    """Units in batches of about *size* articles."""
    chunk: list[Work] = []
    weight = 0
    for work in units:
        chunk.append(work)
        weight += work.size
        if weight >= size:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


_PROCESS_SCORER: Scorer | None = None


def _init_process(settings: Settings, parent: int | None = None) -> None:
    global _PROCESS_SCORER
    if parent is not None:
        _end_with(parent)
    _PROCESS_SCORER = Scorer(settings, packed=True)


def _end_with(parent: int) -> None:
    """End this worker when process *parent* (the one writing the reports)
    dies, so a killed run leaves no worker waiting for work (Linux; the
    executor's workers never see their queue close, as each holds it too)."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError, TypeError):  # not Linux
        return
    if os.getppid() != parent:  # it died before the call
        os._exit(1)


def _score_chunk(chunk: list) -> list:
    return [out for work in chunk for out in _PROCESS_SCORER(work)]


_DASK_SCORERS: dict = {}


def _dask_chunk(chunk: list, settings: Settings) -> list:
    """The Dask task: the same Scorer, built once per worker process."""
    key = (settings.rubric.sha256, settings.render, settings.cache_dir, settings.accept_sha256, settings.shard, settings.fields, settings.outlet_from)
    scorer = _DASK_SCORERS.get(key)
    if scorer is None:
        scorer = _DASK_SCORERS[key] = Scorer(settings, packed=True)
    return [out for work in chunk for out in scorer(work)]


def _ordered(submit, chunks: Iterable, window: int, weight=lambda chunk: 1) -> Iterator:
    """Submit chunks, keep at most *window* pending (by *weight*), yield results in order."""
    pending: deque = deque()
    held = 0
    for chunk in chunks:
        pending.append((submit(chunk), weight(chunk)))
        held += pending[-1][1]
        while held >= window:
            result, w = pending.popleft()
            held -= w
            yield from result()
    for result, _ in pending:
        yield from result()


def _local(items: list, settings: Settings, jobs: int) -> Iterator:
    try:
        yield from (_one_process(items, settings) if jobs <= 1 else _processes(items, settings, jobs))
    finally:
        release_memory()


@contextmanager
def _settled():
    """What is alive now (modules, the compiled rubric, dictionaries) is
    kept out of the garbage collector's full collections while the run
    lasts: they then scan only what the run makes, not the same long-lived
    objects again and again (a quarter of a millisecond an article), and
    forked workers do not write to the pages they share with this process
    (any garbage frozen with them is collected after the run)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _one_process(items: list, settings: Settings) -> Iterator:
    scorer = Scorer(settings)
    units = _units(items, settings, SPAN_RECORDS)
    try:
        with _settled():
            if scorer.cache is None:
                for work in units:
                    yield from scorer.finish(scorer.prepare(work))
            else:  # a thread reads and decompresses cached records ahead (zlib and SQLite release the GIL)
                from concurrent.futures import ThreadPoolExecutor

                with ThreadPoolExecutor(1) as reader:
                    def submit(work):
                        future = reader.submit(lambda: list(scorer.prepare(work)))
                        return lambda: scorer.finish(future.result())
                    yield from _ordered(submit, units, READ_AHEAD, lambda work: work.size)
    finally:
        scorer.close()


def _processes(items: list, settings: Settings, jobs: int) -> Iterator:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    _warm_up(settings)
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    size = max(1, min(16, corpus_size(items) // (jobs * 8)))
    # NOTE: not multiprocessing.Pool: its worker-handler thread also waits on
    # the results pipe, and spins while a batch of records is still in it
    # (a third of a millisecond of the writing process's CPU an article).
    # The executor's one thread reads each batch whole.
    with _settled():
        pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_process, initargs=(settings, os.getpid()))
        try:
            def submit(chunk):
                return pool.submit(_score_chunk, chunk).result
            for pos, record, key, fresh in _ordered(submit, _chunks(_units(items, settings, size), size), jobs * 4):
                yield pos, _unpacked(record, key, settings), key, fresh
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _warm_up(settings: Settings) -> None:
    """Load here, once, what scoring loads on first use (the rubric's
    matcher, the dictionaries, hyphenation patterns, lazy imports), so that
    forked workers share it instead of each loading it: the rubric's own
    examples are scored and rendered as one article, and thrown away."""
    scorer = Scorer(settings)
    try:
        text = "\n\n".join(rule.fires[0] for rule in settings.rubric.rules if rule.fires)
        if text:
            scorer.score(Article(id="warm-up", text=text), None, html=True)
    finally:
        scorer.close()
    _cmu()
    _hyphenator()
    default_analyser()


def _unpacked(record, key: str | None, settings: Settings):
    """A record as a packed scorer sent it, unpacked (input errors as they are)."""
    if not isinstance(record, tuple):
        return record
    blob, result = record
    if isinstance(blob, Rendered):
        blob.attach_result(pickled=result)
        return blob
    return unpack_record(blob, result, (settings.cache_dir, key) if not result else ())


def _dask(items: list, settings: Settings, jobs: int, scheduler: str | None) -> Iterator:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        remote_settings = client.scatter(settings, broadcast=True)
        size = max(1, min(32, corpus_size(items) // (workers * 8)))

        def submit(chunk):
            return client.submit(_dask_chunk, chunk, remote_settings, pure=False).result
        for pos, record, key, fresh in _ordered(submit, _chunks(_units(items, settings, size), size), workers * 4):
            yield pos, _unpacked(record, key, settings), key, fresh
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def score_items(items: list, settings: Settings, *, jobs: int = 1, engine: str = "local",
                scheduler: str | None = None, stats: dict | None = None) -> Iterator[Rendered | InputError]:
    """Rendered records (or input errors) for *items*, in input order.

    With ``settings.cache_dir``, cached records are reused and new ones
    stored (by this process, in batches, so a killed run keeps most of them).
    ``stats["cached"]`` counts the records that came from the cache.
    """
    cache = None
    stats = stats if stats is not None else {}
    stats.setdefault("cached", 0)
    try:
        for pos, record, key, fresh in (_dask(items, settings, jobs, scheduler) if engine == "dask" else _local(items, settings, jobs)):
            if key is not None and fresh is None:
                stats["cached"] += 1
            if fresh is not None and settings.cache_dir:
                if cache is None:  # opened after any worker processes started
                    cache = ResultCache(settings.cache_dir)
                cache.put(key, fresh)
            if isinstance(record, Rendered):
                object.__setattr__(record, "pos", pos)  # each record is this run's own: no copy needed
            yield record
    finally:
        if cache is not None:
            cache.close()
