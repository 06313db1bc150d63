"""The command line through typer's CliRunner: the output contract, offsets,
determinism and exit codes."""
import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from framing import __version__
from framing.cli import app

from .conftest import SEEDS

runner = CliRunner()

CONTRACT = {
    "articles.csv": ["article", "outlet", "title", "author", "published", "url", "language", "genre", "words", "sentences"],
    "findings.csv": ["article", "rule", "dimension", "start", "end", "text", "sentence", "in_quote", "weight", "message"],
    "sources.csv": ["article", "source", "kind", "mentions", "quoted"],
    "errors.csv": ["article", "error", "message"],
    "quotes.csv": ["article", "start", "end"],
    "claims.csv": ["article", "start", "end"],
    "links.csv": ["article", "start", "end"],
    "codebook.csv": ["column", "file", "meaning", "unit", "range", "direction", "dimension"],
}
SCORE_COLS = ["score_attribution", "score_sourcing", "score_loaded_language", "score_sentiment", "score_overall", "band", "rubric", "rubric_version", "rubric_sha256"]
METRIC_COLS = ["attribution_direct_quotes", "attribution_attributed_sentences", "attribution_attributed_share", "attribution_quotes_with_speaker_share",
               "sourcing_distinct_sources", "sourcing_named_share", "sourcing_anonymous_sources", "sourcing_vague_sources", "sourcing_unattributed_claims"]


def read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def header(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"framing {__version__}"


def test_every_contract_file_with_its_columns(seed_report):
    for name, cols in CONTRACT.items():
        got = header(seed_report / name)
        assert got[: len(cols)] == cols, name
    art = header(seed_report / "articles.csv")
    for col in SCORE_COLS + METRIC_COLS:
        assert col in art
    assert (seed_report / "findings.jsonl").exists()
    assert (seed_report / "summary.md").exists()
    manifest = json.loads((seed_report / "manifest.json").read_text())
    assert manifest["schema_version"] and manifest["rubric"]["sha256"]


def test_seed_article_scores_and_evidence(seed_report):
    rows = {r["article"]: r for r in read(seed_report / "articles.csv")}
    seed = rows["000_5a6d32c96a035ac9.txt"]
    for col in ("score_attribution", "score_sourcing", "score_loaded_language", "score_sentiment", "score_overall"):
        assert 0 <= float(seed[col]) <= 100
    assert seed["band"] and seed["outlet"] == "toutiao.com" and seed["genre"] == "opinion"
    findings = [f for f in read(seed_report / "findings.csv") if f["article"] == "000_5a6d32c96a035ac9.txt"]
    vague = [f for f in findings if f["rule"] == "ATT001"]
    assert any("Many international analysts believe" in f["text"] for f in vague)
    loaded = [f for f in findings if f["dimension"] == "loaded_language" and f["in_quote"] == "false"]
    assert len(loaded) >= 5
    assert any(f["rule"] == "SRC003" and "views of the author" in f["text"] for f in findings)
    sources = [s for s in read(seed_report / "sources.csv") if s["article"] == "000_5a6d32c96a035ac9.txt"]
    assert any(s["source"] in ("KCNA", "North Korean state media") for s in sources)
    assert (seed_report / "articles" / "000_5a6d32c96a035ac9.txt.md").exists()


def test_every_finding_slices_its_article_text(seed_report):
    from framing.corpus import read_corpus

    texts = {a.id: a.text for a in read_corpus([SEEDS])}
    with open(seed_report / "findings.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    assert rows
    for r in rows:
        assert texts[r["article"]][r["start"]:r["end"]] == r["text"]


def test_two_runs_are_byte_identical(seed_report, tmp_path):
    result = runner.invoke(app, ["score", str(SEEDS), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0
    for p in sorted(seed_report.rglob("*")):
        if p.is_file():
            assert (tmp_path / p.relative_to(seed_report)).read_bytes() == p.read_bytes(), p.name


def test_bad_input_is_one_line_and_run_goes_on(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Officials said on Monday that the bridge would close.", encoding="utf-8")
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (corpus / "bad_front.md").write_text("---\ntitle: [unclosed\n---\nBody text here.", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["score", str(corpus), "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    errors = {r["article"]: r for r in read(out / "errors.csv")}
    assert set(errors) == {"empty.txt", "binary.txt", "bad_front.md"}
    assert [r["article"] for r in read(out / "articles.csv")] == ["good.txt"]
    lines = [l for l in result.stderr.splitlines() if l]
    assert len(lines) == 3 and all(l.startswith("framing: ") for l in lines)
    assert "Traceback" not in result.output


def test_cp1252_file_reads_without_replacement_characters(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "legacy.txt").write_bytes("The minister said the “reform” was a disgrace \x97 a total failure.".encode("cp1252", errors="replace").replace(b"\x3f", b"\x97"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["score", str(corpus), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    rows = read(out / "findings.csv")
    assert rows and all("\ufffd" not in r["text"] for r in rows)
    assert read(out / "articles.csv")[0]["encoding"] == "cp1252"


def test_bad_rubric_exits_2_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nextends: default\nweigths: {attribution: 1}\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(SEEDS), "--rubric", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert f"{bad}:3: unknown key 'weigths'" in result.stderr and "did you mean 'weights'" in result.stderr
    assert "Traceback" not in result.output


def test_fail_on_level(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Critics say the plan is a disgrace.", encoding="utf-8")
    assert runner.invoke(app, ["score", str(corpus), "--out", str(tmp_path / "o1"), "--quiet", "--fail-on", "warning"]).exit_code == 1
    assert runner.invoke(app, ["score", str(corpus), "--out", str(tmp_path / "o2"), "--quiet", "--fail-on", "error"]).exit_code == 0


def test_rubric_commands(tmp_path, monkeypatch):
    assert runner.invoke(app, ["rubric", "test"]).exit_code == 0
    assert "default" in runner.invoke(app, ["rubric", "list"]).output
    shown = runner.invoke(app, ["rubric", "show", "LNG002"])
    assert shown.exit_code == 0 and "slam" in shown.output
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["rubric", "init", "mine"]).exit_code == 0
    assert runner.invoke(app, ["rubric", "check", "rubrics/mine.yaml"]).exit_code == 0


def test_explain_json():
    result = runner.invoke(app, ["explain", str(SEEDS / "000_5a6d32c96a035ac9.txt"), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["article"]["band"] and data["findings"]


def test_evaluate_against_span_annotations(tmp_path):
    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "article1.txt").write_text("Headline here\n\nThe senator slammed the shameful plan.\nThe vote is on Tuesday.\n", encoding="utf-8")
    labels = tmp_path / "labels.tsv"
    start = "Headline here\n\nThe senator slammed the ".__len__()
    labels.write_text(f"1\tLoaded_Language\t{start}\t{start + len('shameful plan')}\n", encoding="utf-8")
    out = tmp_path / "eval.csv"
    record = tmp_path / "prec.yaml"
    result = runner.invoke(app, ["evaluate", "--labels", str(labels), "--articles", str(arts), "--csv", str(out), "--record", str(record)])
    assert result.exit_code == 0, result.output
    rows = read(out)
    sent = next(r for r in rows if r["scope"] == "overall" and r["variant"] == "with_quotes" and r["level"] == "sentence")
    assert float(sent["recall"]) == 1.0 and 0 < float(sent["precision"]) <= 1.0
    assert "LNG001" in record.read_text()


def test_evaluate_leaves_rules_marked_evaluate_false_out_of_the_comparison(tmp_path):
    arts = tmp_path / "articles"
    arts.mkdir()
    text = "Headline here\n\nThe senator slammed the shameful plan.\nWhy would anyone trust them now?\n"
    (arts / "article1.txt").write_text(text, encoding="utf-8")
    start = text.index("shameful plan")
    labels = tmp_path / "labels.tsv"
    labels.write_text(f"1\tLoaded_Language\t{start}\t{start + len('shameful plan')}\n", encoding="utf-8")
    compared = tmp_path / "compared.yaml"
    compared.write_text("extends: default\nrules:\n  - {id: LNG010, evaluate: true}\n", encoding="utf-8")

    def sentence_precision(*extra):
        out = tmp_path / "eval.csv"
        result = runner.invoke(app, ["evaluate", "--labels", str(labels), "--articles", str(arts), "--csv", str(out), *extra])
        assert result.exit_code == 0, result.output
        rows = read(out)
        rule = {r["rule"] for r in rows if r["scope"] == "rule"}
        ablated = {r["rule"] for r in rows if r["scope"] == "ablation"}
        sent = next(r for r in rows if r["scope"] == "overall" and r["variant"] == "with_quotes" and r["level"] == "sentence")
        return float(sent["precision"]), "LNG010" in rule, "LNG010" in ablated, result.stdout

    # The default rubric marks rhetorical questions evaluate: false: the
    # question is not a false positive, but its precision is still measured.
    precision, measured, ablated, stdout = sentence_precision()
    assert (precision, measured, ablated) == (1.0, True, False)
    assert "findings of LNG010 not compared (evaluate: false in the rubric)" in stdout
    precision, measured, ablated, _ = sentence_precision("--rubric", str(compared))
    assert (precision, measured, ablated) == (0.5, True, True)


def test_evaluate_bad_labels_file_is_one_line(tmp_path):
    bad = tmp_path / "labels.tsv"
    bad.write_text("1\tLoaded_Language\tx\t4\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--labels", str(bad), "--articles", str(tmp_path)])
    assert result.exit_code == 2 and "start and end must be integers" in result.stderr


def test_out_that_is_a_file_is_a_one_line_error(tmp_path):
    art = tmp_path / "in" / "a.txt"
    art.parent.mkdir()
    art.write_text("The council approved the plan on Tuesday, the mayor said.\n", encoding="utf-8")
    blocker = tmp_path / "reports.txt"
    blocker.write_text("notes", encoding="utf-8")
    good = tmp_path / "good"
    assert runner.invoke(app, ["score", str(art.parent), "--out", str(good), "--quiet"]).exit_code == 0
    for args in (["score", str(art.parent)], ["compare", str(good)], ["merge", str(good)]):
        res = runner.invoke(app, [*args, "--out", str(blocker)])
        assert res.exit_code == 2, args
        assert res.exception is None or isinstance(res.exception, SystemExit), args
        assert f"--out {blocker} is a file, not a folder" in res.output, args
        assert "Traceback" not in res.output
    assert blocker.read_text(encoding="utf-8") == "notes"
