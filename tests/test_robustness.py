"""Never lose an article, never trust input: hostile text, hostile ids,
pathological inputs, killed runs."""
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing import load_rubric, score_text
from framing.cli import app
from framing.report.render import render, table_columns
from framing.report.tables import article_row, claim_rows, finding_rows, link_rows, quote_rows
from framing.report.writer import safe_cell, safe_relpath

runner = CliRunner()

HOSTILE = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",)),
        st.sampled_from(list("\"'“”‘’«»!?.\n\r\t\u200b\u200e\u202e\u0301\u00a0😀—-:;()[]")),
    ),
    max_size=600,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE)
def test_any_text_scores_and_offsets_slice_exactly(text):
    res = score_text(text)
    for f in res.findings:
        assert text[f.start:f.end] == f.text
        assert 0 <= f.start <= f.end <= len(text)
    for q in res.quotes:
        assert text[q["start"]:q["end"]] == q["text"]
    for v in res.scores.values():
        assert v is None or 0 <= v <= 100


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE)
def test_any_text_gives_the_csv_rows_the_csv_module_writes(text):
    """render writes table rows itself (faster than csv.writer on long
    cells); a spreadsheet or pandas must read exactly what csv.writer would
    have written: quotes, commas, line breaks, formulas and all."""
    rubric = load_rubric(None)
    res = score_text(text)
    rendered = render(res, rubric)
    for name in ("articles", "findings", "quotes", "claims", "links"):
        rows = {"articles": [article_row(res)], "findings": finding_rows(res), "quotes": quote_rows(res),
                "claims": claim_rows(res), "links": link_rows(res)}[name]
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([safe_cell(row.get(c)) for c in table_columns(name, rubric)] for row in rows)
        assert rendered.tables[name].decode("utf-8") == buf.getvalue()


def test_long_line_without_punctuation_is_bounded():
    text = ("word " * 200_000).strip()
    res = score_text(text)
    assert res.words == 200_000


def test_spreadsheet_formula_cells_are_neutralised():
    assert safe_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert safe_cell("+1") == "'+1" and safe_cell("-2") == "'-2" and safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell(-2.5) == -2.5 and safe_cell(3) == 3 and safe_cell("plain") == "plain"


def test_injection_article_gives_harmless_reports(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "attack.md").write_text(
        "---\ntitle: \"=cmd|' /C calc'!A0\"\noutlet: \"@evil\"\n---\n"
        "=HYPERLINK(\"http://evil\",\"click\") is a shameful trick.\n<script>alert(1)</script> | pipe | and `code`.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["score", str(corpus), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    with open(out / "articles.csv", encoding="utf-8", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["title"].startswith("'=") and row["outlet"].startswith("'@")
    with open(out / "findings.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            for v in r.values():
                assert not v.startswith(("=", "+", "@")) or v.startswith("'")
    md = (out / "articles" / "attack.md.md").read_text(encoding="utf-8")
    assert "<script>" not in md
    jsonl = [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    text = "=HYPERLINK(\"http://evil\",\"click\") is a shameful trick.\n<script>alert(1)</script> | pipe | and `code`.\n"
    for r in jsonl:
        assert text[r["start"]:r["end"]] == r["text"]


def test_article_ids_cannot_leave_the_output_folder():
    for bad in ["../../etc/passwd", "/abs/path.txt", "a/../../b", "con.txt", "x" * 1000, "nul\x00byte", "..", "a\\..\\b"]:
        rel = safe_relpath(bad)
        assert not rel.startswith(("/", "..")) and "/../" not in rel and "\x00" not in rel
        assert ".." not in rel.split("/")
        assert len(rel) <= 250
        assert not rel.split("/")[-1].lower().startswith(("con.", "nul."))


def test_out_inside_input_folder_is_refused(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Officials said the bridge would close.", encoding="utf-8")
    result = runner.invoke(app, ["score", str(corpus), "--out", str(corpus / "reports")])
    assert result.exit_code == 2 and "--force" in result.stderr
    assert runner.invoke(app, ["score", str(corpus), "--out", str(corpus / "reports"), "--force", "-q"]).exit_code == 0


def test_oversized_and_dangling_inputs_are_errors_not_crashes(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "big.txt").write_text("word " * 5000, encoding="utf-8")
    (corpus / "ok.txt").write_text("Officials said the bridge would close.", encoding="utf-8")
    os.symlink(corpus / "missing.txt", corpus / "dangling.txt")
    os.symlink(corpus, corpus / "loop")
    out = tmp_path / "out"
    result = runner.invoke(app, ["score", str(corpus), "--out", str(out), "--quiet", "--max-bytes", "10000"])
    assert result.exit_code == 1
    with open(out / "errors.csv", encoding="utf-8", newline="") as fh:
        errors = {r["article"]: r["error"] for r in csv.DictReader(fh)}
    assert errors == {"big.txt": "too_large", "dangling.txt": "unreadable"}
    assert "Traceback" not in result.output


def test_strict_stops_at_first_failure(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("", encoding="utf-8")
    (corpus / "b.txt").write_text("Officials said the bridge would close.", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["score", str(corpus), "--out", str(out), "--quiet", "--strict"])
    assert result.exit_code == 1
    assert (out / "errors.csv").read_text(encoding="utf-8").count("\n") == 2


def test_per_article_time_limit(monkeypatch):
    import framing.api as api

    slow = {"n": 0}
    real = api.score_article

    def sluggish(article, rubric=None, **kw):
        if article.id == "slow.txt":
            time.sleep(5)
        return real(article, rubric, **kw)

    monkeypatch.setattr(api, "score_article", sluggish)
    from framing.corpus import Article

    arts = [Article("fast.txt", "Officials said the bridge would close."), Article("slow.txt", "Officials said the bridge would close.")]
    t0 = time.monotonic()
    got = list(api.score_corpus(articles=arts, time_limit=0.5))
    assert time.monotonic() - t0 < 4
    assert got[0].overall is not None
    assert got[1].error == "timeout" and "longer than 0.5 s" in got[1].message
    del slow


def test_time_limit_outside_the_main_thread(monkeypatch):
    """Dask runs tasks in worker threads, where SIGALRM cannot reach: the
    limit still stops a slow article, and a fast one is unaffected."""
    import threading

    import framing.api as api
    from framing.corpus import Article
    from framing.rubric import load_rubric

    real = api.score_article

    def busy(article, rubric=None, **kw):
        if article.id == "slow.txt":
            end = time.monotonic() + 5
            while time.monotonic() < end:  # Python work, as scoring is
                pass
        return real(article, rubric, **kw)

    monkeypatch.setattr(api, "score_article", busy)
    rubric = load_rubric()
    got = {}

    def work():
        for name in ("slow.txt", "fast.txt"):
            got[name] = api.score_guarded(Article(name, "Officials said the bridge would close."), rubric, time_limit=0.5)
        try:  # a disarmed watchdog never fires later
            end = time.monotonic() + 1
            while time.monotonic() < end:
                pass
            got["after"] = "quiet"
        except api.ArticleTimeout:
            got["after"] = "stray timeout"

    t0 = time.monotonic()
    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert time.monotonic() - t0 < 5
    assert got["slow.txt"].error == "timeout"
    assert got["fast.txt"].overall is not None
    assert got["after"] == "quiet"


def test_killed_run_never_leaves_a_truncated_report(tmp_path):
    """SIGKILL a run at several moments: every CSV present is complete."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    seed = (Path(__file__).resolve().parent.parent / "seeds" / "000_5a6d32c96a035ac9.txt").read_text(encoding="utf-8")
    for i in range(120):
        (corpus / f"a{i:03d}.txt").write_text(seed, encoding="utf-8")
    out = tmp_path / "out"
    full = subprocess.run([sys.executable, "-m", "framing", "score", str(corpus), "--out", str(out), "-q"], capture_output=True)
    assert full.returncode == 0, full.stderr
    complete = (out / "articles.csv").read_bytes()
    for delay in (0.3, 1.0, 2.0):
        proc = subprocess.Popen([sys.executable, "-m", "framing", "score", str(corpus), "--out", str(out), "-q"])
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert (out / "articles.csv").read_bytes() == complete
        for name in ("findings.csv", "sources.csv", "errors.csv"):
            data = (out / name).read_text(encoding="utf-8")
            assert data.endswith("\n")
