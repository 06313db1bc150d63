"""Runs at scale: the result cache, shards and merge, the Dask engine, big-output
options (--findings, --no-text, --format parquet) and fsspec inputs. Every
test compares the reports a user would read, byte for byte where promised."""
import csv
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

from .conftest import ROOT, SEEDS

runner = CliRunner()

ARTICLES = {
    "a.txt": "Officials said on Monday that the bridge would close for repairs.\n\nCritics say the plan is a disaster.",
    "b.txt": "The minister admitted the data was late. \"We will fix it,\" she said.\n\nMany analysts believe the figures are wrong.",
    "sub/c.md": "---\ntitle: Storm warning\noutlet: example.org\n---\nStorm warning\n\nThe storm will certainly bring devastating floods, forecasters warned on Tuesday.",
    "d.txt": "Police arrested 12 people after the protest, according to a statement from the city.",
}


def make_corpus(root: Path, articles=ARTICLES) -> Path:
    for name, text in articles.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def score(*args):
    result = runner.invoke(app, ["score", *map(str, args)])
    assert result.exit_code in (0, 1), result.output
    return result


def tree(folder: Path) -> dict[str, bytes]:
    """Every report file (not the shard sidecar) by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".framing-shard" not in p.parts}


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_second_run_comes_from_the_cache_with_identical_reports(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    cache = tmp_path / "cache"
    first = score(corpus, "--out", tmp_path / "o1", "--cache-dir", cache, "-j", "1")
    second = score(corpus, "--out", tmp_path / "o2", "--cache-dir", cache, "-j", "1")
    assert "from the cache" not in first.stderr
    assert "(4 from the cache)" in second.stderr
    assert tree(tmp_path / "o1") == tree(tmp_path / "o2")
    fresh = score(corpus, "--out", tmp_path / "o3", "--no-cache")
    assert "from the cache" not in fresh.stderr
    assert tree(tmp_path / "o1") == tree(tmp_path / "o3")


def test_a_changed_article_is_scored_again(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    cache = tmp_path / "cache"
    score(corpus, "--out", tmp_path / "o1", "--cache-dir", cache)
    (corpus / "a.txt").write_text("Officials said the bridge is a shameful, disgraceful waste.", encoding="utf-8")
    again = score(corpus, "--out", tmp_path / "o2", "--cache-dir", cache)
    assert "(3 from the cache)" in again.stderr
    before = {r["article"]: r for r in rows(tmp_path / "o1" / "articles.csv")}
    after = {r["article"]: r for r in rows(tmp_path / "o2" / "articles.csv")}
    assert after["a.txt"]["loaded_language_terms"] != before["a.txt"]["loaded_language_terms"]
    assert {k: v for k, v in after.items() if k != "a.txt"} == {k: v for k, v in before.items() if k != "a.txt"}
    fresh = score(corpus, "--out", tmp_path / "o3", "--no-cache")
    assert tree(tmp_path / "o2") == tree(tmp_path / "o3") and "from the cache" not in fresh.stderr


def test_a_rerun_into_the_same_folder_writes_what_a_fresh_run_writes(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    out, cache = tmp_path / "out", tmp_path / "cache"
    score(corpus, "--out", out, "--cache-dir", cache)
    assert (out / "articles" / "sub" / "c.md.md").exists() and (out / "texts" / "d.txt.txt").exists()
    # One article changes, one goes, one comes (in a new subfolder); a page
    # is edited by hand and a stray file is left among the pages.
    (corpus / "a.txt").write_text("Officials said the bridge is a shameful, disgraceful waste.", encoding="utf-8")
    (corpus / "sub" / "c.md").unlink()
    make_corpus(corpus, {"new/e f.txt": "Critics say the council ignored the report, a spokesman said on Friday."})
    (out / "articles" / "b.txt.md").write_text("edited", encoding="utf-8")
    (out / "articles" / "notes.txt").write_text("mine", encoding="utf-8")
    again = score(corpus, "--out", out, "--cache-dir", cache)
    assert "(2 from the cache)" in again.stderr
    score(corpus, "--out", tmp_path / "fresh", "--no-cache")
    assert tree(out) == tree(tmp_path / "fresh")
    assert not (out / "articles" / "sub").exists() and not (out / "texts" / "sub").exists()
    assert sorted(p.name for p in out.iterdir() if p.name.endswith(".partial")) == []


def test_a_pages_folder_that_links_elsewhere_is_replaced_not_written_through(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    score(corpus, "--out", tmp_path / "first", "--cache-dir", tmp_path / "cache")
    before = tree(tmp_path / "first")
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles").symlink_to(tmp_path / "first" / "articles", target_is_directory=True)
    score(corpus, "--out", out, "--cache-dir", tmp_path / "cache")
    assert not (out / "articles").is_symlink()
    assert tree(tmp_path / "first") == before
    assert tree(out) == tree(tmp_path / "first")


def test_the_older_cache_file_is_cleared_but_not_a_stranger_of_the_same_name(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    for folder, sql in ((ours, "CREATE TABLE results (key TEXT PRIMARY KEY, record BLOB NOT NULL)"),
                        (theirs, "CREATE TABLE results (id INTEGER, value TEXT)")):
        folder.mkdir()
        with sqlite3.connect(folder / "results.sqlite") as db:
            db.execute(sql)
        db.close()
        score(corpus, "--out", tmp_path / f"out-{folder.name}", "--cache-dir", folder)
        assert (folder / "records.sqlite").exists()
    assert not (ours / "results.sqlite").exists()
    assert (theirs / "results.sqlite").exists()


def test_a_killed_run_keeps_its_cache_and_the_old_reports(tmp_path):
    corpus = tmp_path / "in"
    texts = {f"n{i:04d}.txt": f"Officials said on day {i} that the council would meet. Critics say the plan number {i} is a disaster."
             for i in range(1500)}
    make_corpus(corpus, texts)
    cache = tmp_path / "cache"
    out = tmp_path / "out"
    score(SEEDS, "--out", out, "--no-cache")
    old_reports = tree(out)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "framing", "score", str(corpus), "--out", str(out), "--cache-dir", str(cache), "-j", "1", "-q"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            with sqlite3.connect(f"file:{cache / 'records.sqlite'}?mode=ro", uri=True) as db:
                stored = db.execute("SELECT count(*) FROM records").fetchone()[0]
        except sqlite3.Error:
            stored = 0
        if stored:
            break
        time.sleep(0.05)
    killed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if killed:
        # The run may commit once more between the look above and the kill:
        # what the cache holds now, with the process gone, is what a rerun finds.
        with sqlite3.connect(f"file:{cache / 'records.sqlite'}?mode=ro", uri=True) as db:
            stored = db.execute("SELECT count(*) FROM records").fetchone()[0]
        finished = {k: v for k, v in tree(out).items() if ".partial" not in k}
        assert finished == old_reports  # nothing half-written replaced the previous reports
        assert 0 < stored <= len(texts)
    rerun = score(corpus, "--out", out, "--cache-dir", cache)
    assert f"({stored} from the cache)" in rerun.stderr or not killed
    score(corpus, "--out", tmp_path / "fresh", "--no-cache")
    assert tree(out) == tree(tmp_path / "fresh")


def test_two_processes_write_the_reports_one_process_writes(tmp_path):
    texts = {f"gen/n{i:03d}.txt": f"Officials said on day {i} that the council would meet. Critics say plan {i} is a disaster." for i in range(40)}
    corpus = make_corpus(tmp_path / "in", {**ARTICLES, **texts})
    (corpus / "bad.txt").write_bytes(b"\x00\x01binary")
    one = score(corpus, SEEDS, "--out", tmp_path / "j1", "--no-cache", "-j", "1")
    two = score(corpus, SEEDS, "--out", tmp_path / "j2", "--no-cache", "-j", "2")
    assert one.exit_code == two.exit_code == 1
    assert one.stderr.replace(str(tmp_path / "j1"), "OUT") == two.stderr.replace(str(tmp_path / "j2"), "OUT")
    assert tree(tmp_path / "j1") == tree(tmp_path / "j2")


def _children(pid: int) -> list[int]:
    """Ids of the live processes whose parent is *pid* (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
def test_a_killed_run_leaves_no_worker_process_behind(tmp_path):
    texts = {f"n{i:04d}.txt": f"Officials said on day {i} that the council would meet. Critics say plan {i} is a disaster." for i in range(600)}
    corpus = make_corpus(tmp_path / "in", texts)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "framing", "score", str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "-j", "2", "-q"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while proc.poll() is None and len(workers) < 2 and time.monotonic() < deadline:
        workers = _children(proc.pid)
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    assert len(workers) == 2
    deadline = time.monotonic() + 30
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_alive, workers))


def test_shards_merge_into_the_single_run_reports(tmp_path):
    import json

    corpus = make_corpus(tmp_path / "in")
    (corpus / "bad.txt").write_bytes(b"\x00\x01binary")
    # Records of a JSON Lines file come in file order ("#10" after "#9"), not in id order.
    lines = [json.dumps({"title": f"Report {i}", "text": f"Officials said on day {i} that the plan is a disaster, critics warned."}) for i in range(1, 13)]
    (corpus / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    single = tmp_path / "single"
    assert score(corpus, SEEDS, "--out", single, "--no-cache").exit_code == 1
    shards = [tmp_path / f"shard{i}" for i in range(3)]
    for i, folder in enumerate(shards):
        score(corpus, SEEDS, "--out", folder, "--shard", f"{i}/3", "--no-cache", "-j", "2")  # results come back from worker processes
    n_seeds = len([p for p in SEEDS.rglob("*") if p.suffix in (".txt", ".md")])
    assert sum(len(rows(s / "articles.csv")) for s in shards) == len(rows(single / "articles.csv")) == 16 + n_seeds
    assert (single / "report.html").exists() and (single / "texts").is_dir()
    merged = tmp_path / "merged"
    result = runner.invoke(app, ["merge", *map(str, reversed(shards)), "--out", str(merged)])
    assert result.exit_code == 0, result.output
    assert tree(merged) == tree(single)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_shards_from_the_cache_merge_into_the_single_run_reports(tmp_path, jobs):
    # The shards' records come from the cache, their results (which merge
    # needs) read from it only then.
    corpus = make_corpus(tmp_path / "in")
    cache = tmp_path / "cache"
    single = tmp_path / "single"
    score(corpus, SEEDS, "--out", single, "--cache-dir", cache, "-j", jobs)
    shards = [tmp_path / f"shard{i}" for i in range(2)]
    for i, folder in enumerate(shards):
        assert "from the cache" in score(corpus, SEEDS, "--out", folder, "--shard", f"{i}/2", "--cache-dir", cache, "-j", jobs).stderr
    merged = tmp_path / "merged"
    result = runner.invoke(app, ["merge", *map(str, shards), "--out", str(merged)])
    assert result.exit_code == 0, result.output
    assert tree(merged) == tree(single)


def test_merge_refuses_an_incomplete_set_of_shards(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    score(corpus, "--out", tmp_path / "s0", "--shard", "0/2")
    result = runner.invoke(app, ["merge", str(tmp_path / "s0"), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "shard(s) 1/2 missing" in result.stderr
    bad = runner.invoke(app, ["score", str(corpus), "--out", str(tmp_path / "x"), "--shard", "2/2"])
    assert bad.exit_code == 2 and "0 <= I < N" in bad.stderr


def test_findings_modes(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    for mode in ("full", "counts", "none"):
        score(corpus, "--out", tmp_path / mode, "--findings", mode)
    full = rows(tmp_path / "full" / "findings.csv")
    counts = rows(tmp_path / "counts" / "finding_counts.csv")
    assert sum(int(r["findings"]) for r in counts) == len(full)
    assert {(r["article"], r["rule"]) for r in counts} == {(r["article"], r["rule"]) for r in full}
    assert sum(int(r["counted"]) for r in counts) == sum(1 for r in full if float(r["weight"]) > 0)
    assert not (tmp_path / "counts" / "findings.csv").exists()
    assert not any((tmp_path / "none" / n).exists() for n in ("findings.csv", "findings.jsonl", "finding_counts.csv"))
    for mode in ("counts", "none"):
        assert (tmp_path / mode / "articles.csv").read_bytes() == (tmp_path / "full" / "articles.csv").read_bytes()


def test_no_text_leaves_the_articles_words_out(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    score(corpus, "--out", out, "--no-text")
    with_text = tmp_path / "with"
    score(corpus, "--out", with_text)
    assert rows(out / "articles.csv") == rows(with_text / "articles.csv")
    assert not (out / "report.html").exists() and not (out / "texts").exists()
    findings = rows(out / "findings.csv")
    assert findings and all(r["text"] == "" and r["sentence"] == "" for r in findings)
    assert len(findings) == len(rows(with_text / "findings.csv"))
    for phrase in ("is a disaster", "Many analysts believe", "devastating floods", "We will fix it", "arrested 12 people"):
        for name, data in tree(out).items():
            if name != "articles.csv" and not name.endswith(".png"):
                assert phrase not in data.decode("utf-8"), (phrase, name)


def test_parquet_tables_hold_the_csv_rows(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    corpus = make_corpus(tmp_path / "in")
    score(corpus, "--out", tmp_path / "p", "--format", "parquet")
    score(corpus, "--out", tmp_path / "c")
    for name in ("articles", "findings", "sources", "quotes", "claims", "links"):
        table = pq.read_table(tmp_path / "p" / f"{name}.parquet").to_pylist()
        expected = rows(tmp_path / "c" / f"{name}.csv")
        assert [r["article"] for r in table] == [r["article"] for r in expected], name
    art = pq.read_table(tmp_path / "p" / "articles.parquet").to_pylist()
    csv_art = rows(tmp_path / "c" / "articles.csv")
    assert [r["score_overall"] for r in art] == [float(r["score_overall"]) for r in csv_art]
    assert not (tmp_path / "p" / "articles.csv").exists() and (tmp_path / "p" / "errors.csv").exists()
    # story groups and the outlet comparison are made from the Parquet tables too
    assert [(r["story"], r["duplicate_of"]) for r in art] == [(r["story"], r["duplicate_of"]) for r in csv_art]
    assert any(r["story"] for r in art)
    for name in ("outlets.csv", "pairwise.csv", "comparison.md"):
        assert (tmp_path / "c" / name).exists(), name
        assert (tmp_path / "p" / name).read_text(encoding="utf-8") == (tmp_path / "c" / name).read_text(encoding="utf-8"), name
    # framing compare reads a Parquet report folder as it reads a CSV one
    result = CliRunner().invoke(app, ["compare", str(tmp_path / "p"), "--out", str(tmp_path / "pc"), "--no-plots"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "pc" / "outlets.csv").read_text(encoding="utf-8") == (tmp_path / "c" / "outlets.csv").read_text(encoding="utf-8")


def test_fsspec_url_gives_the_same_reports_as_the_folder(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    corpus = make_corpus(tmp_path / "in")
    fs = fsspec.filesystem("memory")
    for name, text in ARTICLES.items():
        fs.pipe(f"/in/{name}", text.encode("utf-8"))
    score("memory://in", "--out", tmp_path / "url", "-j", "1")
    score(corpus, "--out", tmp_path / "dir", "-j", "1")
    url, local = tree(tmp_path / "url"), tree(tmp_path / "dir")
    assert url.keys() == local.keys()
    assert {k: v for k, v in url.items() if k != "manifest.json"} == {k: v for k, v in local.items() if k != "manifest.json"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dask_cluster_reports_are_identical_to_the_local_engine(tmp_path):
    pytest.importorskip("distributed")
    from distributed import Client

    corpus = make_corpus(tmp_path / "in")
    # A JSON Lines file goes to the workers in spans of its records.
    (corpus / "feed.jsonl").write_text("".join(f'{{"text": "Officials said on day {i} that the plan is a disaster."}}\n' for i in range(40)), encoding="utf-8")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    procs = [subprocess.Popen(dask + ["--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], env=env, cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(2):
            procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard",
                                           "--host", "127.0.0.1"], env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=30)
        on_dask = score(corpus, SEEDS, "--out", tmp_path / "dask", "--engine", "dask", "--scheduler", address, "--no-cache")
        local = score(corpus, SEEDS, "--out", tmp_path / "local", "--no-cache")
        assert on_dask.exit_code == local.exit_code == 0
        assert tree(tmp_path / "dask") == tree(tmp_path / "local")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()


def test_pattern_pre_test_never_hides_a_match():
    """A rule pattern skips a text only when no match is possible in it."""
    from hypothesis import given, settings, strategies as st

    from framing.rubric.compile import required_strings
    import regex

    patterns = [r"\b[a-z][\w'-]*-(?:hating|bashing)\b|\b[a-z]+-ridden\b", r"(?<![\w*])[a-z]{1,3}\*+[a-z]{0,4}|\b(?:fuck\w*|crap(?:py)?)\b",
                r"(?i:Hello) world", r"colou?r", r"\d+ per ?cent", r"(?:abc|de)f+"]
    words = st.sampled_from(["a", "b*d", "f**k", "Crappy", "crap", "war-hating", "WAR-BASHING", "bed-ridden", "HELLO world", "hello World",
                             "colour", "color", "12 per cent", "5 percent", "abcff", "def", "İ", "K", " ", "-", "x"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(words, max_size=12), st.sampled_from(patterns))
    def check(parts, pattern):
        text = " ".join(parts)
        need = required_strings(pattern)
        if need is not None and regex.search(pattern, text, regex.I | regex.M):
            assert any(s in text.lower() for s in need) or any(c in text for c in "\u0130\u0131\u017f\u212a")

    check()


def test_pattern_rules_scanned_line_by_line_find_what_a_whole_text_scan_finds():
    """A rule pattern that cannot cross a line break scans only the lines
    holding one of its required strings: the matches must be the same."""
    from hypothesis import given, settings, strategies as st

    from framing import load_rubric
    from framing.rubric.compile import compile_rubric, stays_in_line

    patterns = compile_rubric(load_rubric()).patterns
    assert all(p.by_line for p in patterns.values())  # the default rubric's patterns take the fast path
    assert not any(map(stays_in_line, [r"foo\s+bar", r"a.b", r"^Opinion", r"said$", r"[^a]x", r"(a)\1", r"x(?=\s)"]))
    words = st.sampled_from(["f**k", "Crappy", "crap", "sh*t", "war-hating", "WAR-BASHING", "bed-ridden", "flea-ridden", "editor-in-chief",
                             "hate-mongering", "pissed", "off", "the", "x", "*", "-", " ", "\n", "\r\n", "\r", "  \n", "\u0130"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(words, max_size=16))
    def check(parts):
        text = " ".join(parts)
        for p in patterns.values():
            assert [m.span() for m in p.finditer(text)] == [m.span() for m in p.compiled.finditer(text)]

    check()


def test_ids_that_make_the_same_file_name_get_a_page_each_on_every_run(tmp_path):
    corpus = make_corpus(tmp_path / "in", {"a b.txt": "Officials said the bridge will close on Monday for repairs.",
                                          "a_b.txt": "Critics say the plan is a disaster and the council ignored them."})
    out = tmp_path / "out"
    for _ in range(2):  # the second run links what it can from the first
        score(corpus, "--out", out, "--cache-dir", tmp_path / "cache")
        pages = sorted(p.name for p in (out / "articles").iterdir())
        assert pages == ["a_b.txt-2.md", "a_b.txt.md"]
        assert "Officials said" in (out / "articles" / "a_b.txt.md").read_text(encoding="utf-8")
        assert "Critics say" in (out / "articles" / "a_b.txt-2.md").read_text(encoding="utf-8")
        assert (out / "texts" / "a_b.txt-2.txt").read_text(encoding="utf-8").startswith("Critics say")
        summary = (out / "summary.md").read_text(encoding="utf-8")
        assert "(articles/a_b.txt.md)" in summary and "(articles/a_b.txt-2.md)" in summary


def test_a_cache_file_that_is_not_a_cache_is_named_and_the_run_goes_on(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "records.sqlite").write_text("not a database at all, but long enough to look like one", encoding="utf-8")
    result = score(corpus, "--out", tmp_path / "out", "--cache-dir", cache)
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert f"cache unusable, scoring without it: {cache / 'records.sqlite'}: file is not a database" in result.stderr
    assert len(rows(tmp_path / "out" / "articles.csv")) == len(ARTICLES)


def test_a_remote_jsonl_corpus_is_read_whole_however_large(tmp_path):
    # A remote file used to be copied only as far as four times --max-bytes,
    # which cut a many-article export short.
    fsspec = pytest.importorskip("fsspec")
    lines = [json.dumps({"id": f"r{i}", "title": f"Report {i}", "text": text}) for i, text in enumerate(list(ARTICLES.values()) * 5)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    fsspec.filesystem("memory").pipe("/remote/export.jsonl", data)
    (tmp_path / "export.jsonl").write_bytes(data)
    max_bytes = str(len(data) // 8)  # every article is under it, the file is well over four times it
    score("memory://remote/export.jsonl", "--out", tmp_path / "url", "-j", "1", "--max-bytes", max_bytes)
    score(tmp_path / "export.jsonl", "--out", tmp_path / "dir", "-j", "1", "--max-bytes", max_bytes)
    url, local = rows(tmp_path / "url" / "articles.csv"), rows(tmp_path / "dir" / "articles.csv")
    assert len(url) == len(lines)
    # the same articles with the same scores (ids and outlets name the file where it lies)
    assert [(r["title"], r["score_overall"]) for r in url] == [(r["title"], r["score_overall"]) for r in local]


def test_stages_script_prints_the_time_of_each_stage_per_article(tmp_path):
    corpus = make_corpus(tmp_path / "in", {"a.txt": "Officials said the bridge will close on Monday for repairs.",
                                          "b.txt": "Critics say the plan is a disaster and the council ignored them."})
    script = ROOT / "benchmarks" / "stages.py"
    run = subprocess.run([sys.executable, str(script), str(corpus), "--passes", "1"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"2 articles from {corpus}")
    for stage in ("build_document", "tokenize", "analyse", "sentence_compounds", "word_syllables", "checks", "score", "render", "total"):
        assert any(line.split()[:1] == [stage] and line.split()[1].replace(".", "").isdigit() for line in run.stdout.splitlines()), stage
    missing = subprocess.run([sys.executable, str(script), str(tmp_path / "nowhere")], capture_output=True, text=True, timeout=300)
    assert missing.returncode == 2 and "nowhere: not a folder" in missing.stderr
