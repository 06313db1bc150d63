"""The Python API: score one text, one article, or a whole corpus.

>>> from framing import score_text
>>> result = score_text("Critics say the plan is a disaster.")
>>> result.scores["attribution"] < 100
True
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator, Sequence

from .corpus import Article, InputError, read_corpus
from .document import build_document
from .engine import run
from .rubric import Rubric, compile_rubric, load_rubric
from .rubric.compile import PatternTimeout
from .scoring import ArticleResult, score
from .suppress import Acceptance, apply_acceptances, take_markers

__all__ = ["score_text", "score_article", "score_corpus", "results_frame", "compare_results", "finish_report", "fill_stories", "before_move"]


def _rubric(rubric: Rubric | str | None) -> Rubric:
    return rubric if isinstance(rubric, Rubric) else load_rubric(rubric)


def score_article(article: Article, rubric: Rubric | str | None = None, *, analyser=None, accept: Sequence[Acceptance] = ()) -> ArticleResult:
    """Score one :class:`~framing.corpus.Article`.

    *accept* holds reviewed findings to accept (see :mod:`framing.suppress`);
    inline ``<!-- framing: accept ID -->`` markers in the text always apply.
    Raises :class:`~framing.rubric.compile.PatternTimeout` when a rule's
    pattern runs past its time budget.
    """
    rubric = _rubric(rubric)
    article, marked = take_markers(article)
    doc = build_document(article, analyser)
    findings = apply_acceptances(run(doc, compile_rubric(rubric)), doc, accept, marked)
    return score(doc, findings, rubric)


def score_text(text: str, rubric: Rubric | str | None = None, *, title: str = "", outlet: str = "", id: str = "text", accept: Sequence[Acceptance] = ()) -> ArticleResult:
    """Score a string. *rubric* is a Rubric, a shipped name, a path, or None for the default."""
    return score_article(Article(id=id, text=text, title=title, outlet=outlet), rubric, accept=accept)


# ---------------------------------------------------------------- corpus

_WORKER_RUBRIC: Rubric | None = None
_WORKER_TIME_LIMIT: float = 0.0
_WORKER_ACCEPT: Sequence[Acceptance] = ()
DEFAULT_TIME_LIMIT = 60.0


class ArticleTimeout(Exception):
    """Scoring one article took longer than the per-article limit."""


def _init_worker(rubric: Rubric, time_limit: float = DEFAULT_TIME_LIMIT, accept: Sequence[Acceptance] = ()) -> None:
    global _WORKER_RUBRIC, _WORKER_TIME_LIMIT, _WORKER_ACCEPT
    _WORKER_RUBRIC = rubric
    _WORKER_TIME_LIMIT = time_limit
    _WORKER_ACCEPT = tuple(accept)
    compile_rubric(rubric)


def _alarm(signum, frame):
    raise ArticleTimeout()


def score_guarded(article: Article, rubric: Rubric, *, time_limit: float = DEFAULT_TIME_LIMIT, accept: Sequence[Acceptance] = ()) -> ArticleResult | InputError:
    """:func:`score_article`, but whatever goes wrong becomes an InputError
    (``timeout`` past *time_limit* seconds, ``pattern_timeout``,
    ``internal_error``), so one article cannot stop a run."""
    import signal
    import threading

    limited = time_limit > 0
    use_alarm = limited and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    watchdog = _Watchdog(time_limit) if limited and not use_alarm else None
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, time_limit)
    try:
        try:
            return score_article(article, rubric, accept=accept)
        finally:
            if watchdog is not None:
                watchdog.stop()
    except ArticleTimeout:
        return InputError(article.id, "timeout", f"scoring took longer than {time_limit:g} s and was stopped; raise --time-limit or check the input")
    except PatternTimeout as exc:
        return InputError(article.id, "pattern_timeout", str(exc))
    except Exception as exc:  # a bug must not cost the user the rest of the run
        return InputError(article.id, "internal_error", f"could not be scored ({type(exc).__name__}: {exc}); please report this")
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


class _Watchdog:
    """The time limit where SIGALRM cannot serve (a thread other than the
    main one, e.g. a Dask worker's): a timer that raises ArticleTimeout in
    the scoring thread. The exception arrives at the thread's next Python
    instruction (a long call into C finishes first), and never after
    :meth:`stop`."""

    def __init__(self, seconds: float):
        import ctypes
        import threading

        self._set_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
        self._thread = threading.get_ident()
        self._lock = threading.Lock()
        self._armed = True
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        import ctypes

        with self._lock:
            if self._armed:
                self._armed = False
                self._set_exc(ctypes.c_ulong(self._thread), ctypes.py_object(ArticleTimeout))

    def stop(self) -> None:
        with self._lock:
            self._armed = False
        self._timer.cancel()


def _score_item(item: Article | InputError) -> ArticleResult | InputError:
    if isinstance(item, InputError):
        return item
    return score_guarded(item, _WORKER_RUBRIC, time_limit=_WORKER_TIME_LIMIT, accept=_WORKER_ACCEPT)


def score_corpus(
    paths: Iterable[str | os.PathLike] | None = None,
    rubric: Rubric | str | None = None,
    *,
    articles: Iterable[Article | InputError] | None = None,
    jobs: int = 1,
    time_limit: float = DEFAULT_TIME_LIMIT,
    accept: Sequence[Acceptance] = (),
) -> Iterator[ArticleResult | InputError]:
    """Score every article under *paths* (files or folders) or in *articles*.

    Yields results (and :class:`~framing.corpus.InputError` for inputs that
    could not be read or scored) in input order, streaming, so memory stays
    flat however large the corpus. ``jobs > 1`` scores across processes.
    An article that takes longer than *time_limit* seconds (0: no limit)
    becomes an InputError with error ``timeout``.
    *accept* holds reviewed findings to accept (see :mod:`framing.suppress`).
    """
    global _WORKER_RUBRIC
    rubric = _rubric(rubric)
    items = articles if articles is not None else read_corpus(list(paths or []))
    if jobs <= 1:
        _init_worker(rubric, time_limit, accept)
        for item in items:
            yield _score_item(item)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(rubric, time_limit, tuple(accept))) as pool:
        yield from pool.imap(_score_item, items, chunksize=8)


def results_frame(results: Iterable[ArticleResult]):
    """A pandas DataFrame with one row per article (the articles.csv columns)."""
    import pandas as pd

    from .report.tables import article_row, article_columns

    rows = [article_row(r) for r in results if isinstance(r, ArticleResult)]
    return pd.DataFrame(rows, columns=article_columns(rows))


# ---------------------------------------------------------------- comparison


def compare_results(
    results: str | os.PathLike,
    *,
    by: Iterable[str] = ("outlet",),
    include_duplicates: bool = False,
    correction: str = "holm",
):
    """Compare the groups of a report folder (or its articles.csv) without
    rescoring: a :class:`~framing.compare.Comparison` (outlet statistics,
    pairwise tests, distinctive terms, sourcing profiles, story groups).
    Raises :class:`~framing.results.ResultsError` or
    :class:`~framing.compare.CompareError` with a one-line message."""
    from .compare import CompareOptions, compare
    from .results import read_results

    options = CompareOptions(by=tuple(by), include_duplicates=include_duplicates, correction=correction)
    # compare reads only the loaded-language findings: the others (most of a
    # long findings.csv) are left unread
    return compare(read_results(results, dimensions=("loaded_language",)), options)


def remove_comparison(out: str | os.PathLike) -> None:
    """Delete comparison files a previous run left in *out*."""
    import shutil
    from pathlib import Path

    folder = Path(out)
    for name in ("outlets.csv", "pairwise.csv", "comparison.md"):
        (folder / name).unlink(missing_ok=True)
    if (folder / "plots").is_dir():
        shutil.rmtree(folder / "plots", ignore_errors=True)


def fill_stories(articles_table: str | os.PathLike):
    """Write each article's ``story`` and ``duplicate_of`` into an articles
    table (articles.csv or articles.parquet, also one still staged under
    ``.partial``), grouping the whole table's articles. Returns the columns
    it read (a DataFrame of :data:`~framing.stories.STORY_INPUTS`)."""
    from .report.comparison import fill_story_columns
    from .results import REQUIRED, read_columns
    from .stories import STORY_INPUTS, assign_stories

    # Only the columns story grouping reads: the finding, source and quote
    # tables (far longer) and the scores are read by compare_results, and
    # only when there is a comparison.
    articles = read_columns(articles_table, REQUIRED["articles.csv"], STORY_INPUTS)
    fill_story_columns(articles_table, assign_stories(articles))
    return articles


def before_move(out: str | os.PathLike):
    """What a run does to its staged reports before they replace the
    previous ones in *out*: the story columns of the articles table, and
    the previous comparison removed (:func:`finish_report` writes the new
    one). A run killed at any moment then never leaves an articles table
    without its story groups, nor a comparison of other articles."""
    def finish(staged_articles) -> None:
        fill_stories(staged_articles)
        remove_comparison(out)

    return finish


def finish_report(out: str | os.PathLike, *, plots: bool = True, stories: bool = True):
    """Finish a report folder after scoring: write each article's ``story``
    and ``duplicate_of`` into articles.csv (or articles.parquet; not with
    ``stories=False``, when :func:`before_move` did it already) and, when
    there are two or more outlets, the comparison (outlets.csv,
    pairwise.csv, comparison.md, plots/) — exactly what ``framing compare
    out`` would write. Returns the Comparison, or None with fewer than two
    outlets."""
    from pathlib import Path

    from .compare import group_count
    from .report.comparison import has_bom, write_comparison
    from .results import REQUIRED, read_columns, table_path

    articles_csv = table_path(Path(out), "articles")  # articles.parquet with --format parquet
    # The outlets, from the columns story grouping read, or read now.
    articles = fill_stories(articles_csv) if stories else read_columns(articles_csv, REQUIRED["articles.csv"], ("article", "outlet"))
    if group_count(articles, "outlet") < 2:
        remove_comparison(out)  # a previous run's comparison would describe other articles
        return None
    comparison = compare_results(out)
    write_comparison(comparison, out, plots=plots, excel=has_bom(articles_csv))
    return comparison
