"""Language processing used to build a Document: segmentation, attribution,
sentiment (the only VADER user), readability (the only syllable counter) and
language identification."""


def release_memory() -> None:
    """Drop the per-process dictionaries and word memos scoring builds
    (CMUdict counts, VADER, the attribution lexicons, memoised word forms),
    so that the work after a run, such as grouping stories, reuses their
    memory instead of adding to it. Anything dropped is rebuilt on next use."""
    import gc

    from . import attribution, fingerprint, gate, readability, sentiment
    from ..checks import headline

    readability._COUNTS.clear()
    readability._cmu.cache_clear()
    readability._hyphenator.cache_clear()
    readability.syllables.cache_clear()
    fingerprint._CONTENT.clear()
    fingerprint._HASHES.clear()
    gate._OPENS.clear()
    headline._stem.cache_clear()
    attribution._lex.cache_clear()
    sentiment._compound_for.cache_clear()
    sentiment.default_analyser.cache_clear()
    gc.collect()
