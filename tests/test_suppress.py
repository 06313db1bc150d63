"""Accepting reviewed findings: a suppressions file (YAML or CSV) and inline
markers in a Markdown draft mark findings accepted (weight 0, listed as such),
never drop them; a bad suppressions file is a one-line error."""
import csv
import json

import pytest
from typer.testing import CliRunner

from framing import score_text
from framing.cli import app

runner = CliRunner()

RIOT = "The judge called the men thugs in her ruling on Monday.\n"
SENATE = "The senator slammed the bill and called its authors thugs.\n"


def read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "courts").mkdir(parents=True)
    (folder / "courts" / "riot.md").write_text(RIOT, encoding="utf-8")
    (folder / "senate.md").write_text(SENATE, encoding="utf-8")
    return folder


def score(corpus, out, *extra):
    result = runner.invoke(app, ["score", str(corpus), "--out", str(out), "--quiet", *extra])
    return result, {r["article"]: r for r in read(out / "articles.csv")}, read(out / "findings.csv")


def test_yaml_suppressions_accept_by_rule_text_and_article(tmp_path, corpus):
    accept = tmp_path / "accepted.yaml"
    accept.write_text("# reviewed by the desk\n- rule: LNG004\n  text: THUGS\n  article: courts/*\n  reason: the court's own word\n", encoding="utf-8")
    _, before, _ = score(corpus, tmp_path / "o1")
    result, after, findings = score(corpus, tmp_path / "o2", "--accept", str(accept), "--fail-on", "warning")
    thugs = {f["article"]: f for f in findings if f["rule"] == "LNG004"}
    assert thugs["courts/riot.md"]["status"] == "accepted" and thugs["courts/riot.md"]["weight"] == "0.0"
    assert thugs["courts/riot.md"]["accepted_by"] == f"{accept}:2: the court's own word"
    assert thugs["senate.md"]["status"] == "open" and float(thugs["senate.md"]["weight"]) > 0  # another article
    assert float(after["courts/riot.md"]["score_loaded_language"]) > float(before["courts/riot.md"]["score_loaded_language"])
    assert after["senate.md"]["score_overall"] == before["senate.md"]["score_overall"]
    assert result.exit_code == 1  # senate.md still has open warnings
    page = (tmp_path / "o2" / "articles" / "courts" / "riot.md.md").read_text(encoding="utf-8")
    assert f"accepted ({accept}:2: the court's own word): recorded, not counted" in page and "1 accepted" in page
    manifest = json.loads((tmp_path / "o2" / "manifest.json").read_text())
    assert manifest["options"]["accept"] == str(accept) and len(manifest["options"]["accept_sha256"]) == 64


def test_accepted_findings_do_not_trip_fail_on(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.md").write_text("Senator Amy Ross slammed the bill on Monday.\n", encoding="utf-8")
    accept = tmp_path / "ok.yaml"
    accept.write_text("- rule: LNG002\n", encoding="utf-8")
    assert score(corpus, tmp_path / "o1", "--fail-on", "warning")[0].exit_code == 1
    result, _, findings = score(corpus, tmp_path / "o2", "--fail-on", "warning", "--accept", str(accept))
    assert result.exit_code == 0
    assert [(f["rule"], f["status"]) for f in findings if f["rule"] == "LNG002"] == [("LNG002", "accepted")]


def test_a_filtered_copy_of_findings_csv_accepts_those_findings(tmp_path, corpus):
    _, _, findings = score(corpus, tmp_path / "o1")
    reviewed = [f for f in findings if f["article"] == "senate.md" and f["rule"] == "LNG002"]
    assert reviewed
    accept = tmp_path / "reviewed.csv"
    with open(accept, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(findings[0]))
        writer.writeheader()
        writer.writerows(reviewed)
    _, _, after = score(corpus, tmp_path / "o2", "--accept", str(accept))
    status = {(f["article"], f["rule"], f["text"].split()[-1]): f["status"] for f in after}
    assert status[("senate.md", "LNG002", "slammed")] == "accepted"
    assert status[("senate.md", "LNG004", "thugs")] == "open"
    assert len(after) == len(findings)  # nothing dropped


DRAFT = """The judge called the men thugs in her ruling.
<!-- framing: accept LNG004 the court's own word -->

The defence called the police thugs as well.
The senator slammed the bill. <!-- framing: accept LNG002, LNG001 -->
The governor slammed the plan.
<!-- framing: accept LNG001 -->
The mayor slammed the budget.
"""


def test_inline_markers_in_a_markdown_draft():
    res = score_text(DRAFT)
    by_line = {}
    for f in res.findings:
        if f.rule in ("LNG002", "LNG004"):
            by_line[DRAFT.count("\n", 0, f.start) + 1] = (f.rule, f.status, f.accepted_by)
            assert (f.weight == 0) == (f.status == "accepted")
    assert by_line[1] == ("LNG004", "open", "")  # a marker covers the line after it, not before
    assert by_line[4] == ("LNG004", "accepted", "inline marker, line 2: the court's own word")  # next line with text
    assert by_line[5] == ("LNG002", "accepted", "inline marker, line 5")  # end of its own line
    assert by_line[6] == ("LNG002", "open", "")
    assert by_line[8] == ("LNG002", "open", "")  # the marker above names another rule


def test_bad_suppressions_files_are_one_line_errors(tmp_path, corpus):
    cases = {
        "typo.yaml": ("- rule: LNG004\n  txt: thugs\n", ":2: unknown key 'txt' in an accepted finding; did you mean 'text'?"),
        "rule.yaml": ("- rule: LNG04\n  text: thugs\n", ":1: the rubric has no rule 'LNG04'; did you mean 'LNG004'?"),
        "norule.yaml": ("- text: thugs\n", ":1: each accepted finding needs a 'rule'"),
        "mapping.yaml": ("rule: LNG004\n", ":1: a suppressions file must be a list"),
        "syntax.yaml": ("- rule: [LNG004\n", ":2: YAML syntax error"),
        "nocol.csv": ("id,text\nLNG004,thugs\n", ":1: the header must have a 'rule' column"),
        "badrule.csv": ("rule,text\nLNG004,thugs\nLNG999,x\n", ":3: the rubric has no rule 'LNG999'"),
        "list.txt": ("LNG004\n", ": a suppressions file must end in .yaml, .yml or .csv"),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        result = runner.invoke(app, ["score", str(corpus), "--out", str(tmp_path / "o"), "--quiet", "--accept", str(path)])
        assert result.exit_code == 2, name
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"framing: {path}{message}"), (name, result.stderr)
        assert "Traceback" not in result.output
    missing = runner.invoke(app, ["score", str(corpus), "--out", str(tmp_path / "o"), "--accept", str(tmp_path / "none.yaml")])
    assert missing.exit_code == 2 and missing.stderr.strip() == f"framing: {tmp_path / 'none.yaml'}: file not found"


def test_explain_accepts_too(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("The senator slammed the bill on Monday.\n", encoding="utf-8")
    accept = tmp_path / "ok.csv"
    accept.write_text("rule,text,reason\nLNG002,slammed,headline wording agreed\n", encoding="utf-8")
    result = runner.invoke(app, ["explain", str(draft), "--format", "json", "--accept", str(accept)])
    assert result.exit_code == 0
    f = next(f for f in json.loads(result.stdout)["findings"] if f["rule"] == "LNG002")
    assert (f["status"], f["weight"], f["accepted_by"]) == ("accepted", 0.0, f"{accept}:2: headline wording agreed")


def test_a_marker_is_not_article_text():
    plain = "Senator Amy Ross slammed the bill.\nThe plan is outrageous.\n"
    marked = "Senator Amy Ross slammed the bill. <!-- framing: accept LNG002 agreed with the desk -->\nThe plan is outrageous.\n"
    a, b = score_text(plain), score_text(marked)
    assert (b.words, b.sentences, b.sources) == (a.words, a.sentences, a.sources)
    assert [(f.rule, f.text) for f in b.findings] == [(f.rule, f.text) for f in a.findings]
    assert all(marked[f.start:f.end] == f.text for f in b.findings)  # offsets index the text as written
    assert [f.status for f in b.findings if f.rule == "LNG002"] == ["accepted"]
    assert b.scores["loaded_language"] > a.scores["loaded_language"]
    assert b.scores["attribution"] == a.scores["attribution"]
