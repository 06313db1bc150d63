"""A corpus that is one big JSON Lines or CSV export: its records are scored
in spans, in parallel, and the reports are byte for byte those of reading the
file whole, with every engine setting, from the cache and across shards."""
import csv
import json
import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()

SENTENCES = [
    "Officials said on Monday that the bridge would close for repairs.",
    "Critics say the plan is a disaster.",
    "The minister admitted the data was late.",
    '"We will fix it," she said.',
    "Many analysts believe the figures are wrong.",
    "The storm will certainly bring devastating floods, forecasters warned on Tuesday.",
    "Police arrested 12 people after the protest, according to a statement from the city.",
    "The council published its budget on Friday, the mayor's office said.",
]


def story(rng: random.Random, i: int, *, paragraphs: bool = False) -> dict:
    sentences = [rng.choice(SENTENCES) for _ in range(rng.randint(2, 5))] + [f"It was report number {i}."]
    sep = "\n\n" if paragraphs else " "
    return {"title": f"Report {i}", "text": sep.join(sentences), "outlet": rng.choice(["north.example", "south.example"])}


def write_jsonl(path: Path, n: int) -> Path:
    """*n* lines of records with an ``id`` field equal to the line number,
    among them a blank line, a line that is not JSON and one that is a list."""
    rng = random.Random(3)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for line in range(1, n + 1):
            if line == 41:
                fh.write("{not json\n")
            elif line == 77:
                fh.write("\n")
            elif line == 90:
                fh.write("[1, 2]\n")
            else:
                fh.write(json.dumps({"id": line, **story(rng, line)}) + "\n")
    return path


def write_csv(path: Path, n: int) -> Path:
    """*n* data rows with an ``id`` column equal to the row number, some with
    line ends inside quoted cells, and one row with a field too few."""
    rng = random.Random(4)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["id", "title", "text", "outlet"])
        for row in range(1, n + 1):
            r = story(rng, row, paragraphs=row % 5 == 0)
            w.writerow([row, r["title"], r["text"]] if row == 60 else [row, r["title"], r["text"], r["outlet"]])
    return path


WRITERS = {"jsonl": write_jsonl, "csv": write_csv}


def score(*args) -> object:
    result = runner.invoke(app, ["score", *map(str, args)])
    assert result.exit_code in (0, 1) and isinstance(result.exception, (SystemExit, type(None))), result.output
    return result


def said(result) -> list[str]:
    """What a run printed, the output folder left out."""
    return [re.sub(r"; reports in .*", "", line) for line in result.stderr.splitlines()]


def tree(folder: Path, *, manifest: bool = True) -> dict[str, bytes]:
    """Every report file by relative path (not the shard sidecar)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".framing-shard" not in p.parts and (manifest or p.name != "manifest.json")}


def read_whole(big: Path, folder: Path) -> Path:
    """A copy of *big* with lone-CR line ends, which framing reads whole."""
    folder.mkdir()
    copy = folder / big.name
    copy.write_bytes(big.read_bytes().replace(b"\r\n", b"\r").replace(b"\n", b"\r"))
    return copy


def ids_and_numbers(folder: Path) -> list[tuple[str, str]]:
    with open(folder / "articles.csv", encoding="utf-8", newline="") as fh:
        return [(row["article"], row["id"]) for row in csv.DictReader(fh)]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_one_big_file_gives_the_same_reports_however_it_is_scored(tmp_path, fmt):
    big = WRITERS[fmt](tmp_path / f"big.{fmt}", 200)
    cache = tmp_path / "cache"
    one = score(big, "--out", tmp_path / "j1", "-j", "1", "--no-cache", "--keep", "id")
    two = score(big, "--out", tmp_path / "j2", "-j", "2", "--cache-dir", cache, "--keep", "id")
    cached = score(big, "--out", tmp_path / "cached", "-j", "1", "--cache-dir", cache, "--keep", "id")
    assert said(one) == said(two) and "from the cache" not in two.stderr
    assert tree(tmp_path / "j1") == tree(tmp_path / "j2") == tree(tmp_path / "cached")
    # Each article is numbered by its line (JSONL) or data row (CSV), which its id field holds.
    numbered = ids_and_numbers(tmp_path / "j2")
    assert len(numbered) > 190 and all(article == f"big.{fmt}#{n}" for article, n in numbered)
    assert f"({len(numbered)} from the cache)" in cached.stderr


def test_a_big_file_scores_as_when_it_is_read_whole_and_bad_lines_are_one_line_each(tmp_path):
    big = write_jsonl(tmp_path / "big.jsonl", 240)
    spans = score(big, "--out", tmp_path / "spans", "-j", "2", "--no-cache")
    assert spans.exit_code == 1
    assert said(spans) == ["framing: big.jsonl#41: line 41 is not valid JSON: Expecting property name enclosed in double quotes at column 2 (json)",
                           "framing: big.jsonl#90: line 90 is a list, not an object (json)",
                           "Scored 237 article(s), 0 not scorable, 2 error(s)"]
    with open(tmp_path / "spans" / "articles.csv", encoding="utf-8", newline="") as fh:
        ids = [row["article"] for row in csv.DictReader(fh)]
    assert ids == [f"big.jsonl#{n}" for n in range(1, 241) if n not in (41, 77, 90)]  # in file order
    read = score(read_whole(big, tmp_path / "whole"), "--out", tmp_path / "read", "-j", "2", "--no-cache")
    assert said(spans) == said(read)
    assert tree(tmp_path / "spans", manifest=False) == tree(tmp_path / "read", manifest=False)


def test_a_big_csv_file_scores_as_when_it_is_read_whole(tmp_path):
    big = write_csv(tmp_path / "big.csv", 200)
    whole = tmp_path / "whole" / "big.csv"  # UTF-16 files are read whole
    whole.parent.mkdir()
    whole.write_bytes(big.read_text(encoding="utf-8").encode("utf-16"))
    spans = score(big, "--out", tmp_path / "spans", "-j", "2", "--no-cache")
    read = score(whole, "--out", tmp_path / "read", "-j", "2", "--no-cache")
    assert said(spans) == said(read) and "row 60 (line 143) has 3 fields" in spans.stderr
    ours, theirs = tree(tmp_path / "spans", manifest=False), tree(tmp_path / "read", manifest=False)
    assert ours.pop("articles.csv").replace(b",utf-8,", b",utf-16,") == theirs.pop("articles.csv")
    assert ours == theirs


def test_an_id_used_again_far_down_a_big_file_is_an_error_row(tmp_path):
    big = tmp_path / "big.jsonl"
    rng = random.Random(5)
    big.write_text("".join(json.dumps({"story_id": f"s{n % 40}", **story(rng, n)}) + "\n" for n in range(1, 121)), encoding="utf-8")
    spans = score(big, "--out", tmp_path / "spans", "-j", "2", "--no-cache", "--id-field", "story_id")
    assert said(spans)[:2] == ["framing: big.jsonl#s1: line 41: the id 'big.jsonl#s1' was already used in this file (duplicate_id)",
                               "framing: big.jsonl#s2: line 42: the id 'big.jsonl#s2' was already used in this file (duplicate_id)"]
    assert said(spans)[-1] == "Scored 40 article(s), 0 not scorable, 80 error(s)"
    read = score(read_whole(big, tmp_path / "whole"), "--out", tmp_path / "read", "-j", "1", "--no-cache", "--id-field", "story_id")
    assert said(spans) == said(read)
    assert tree(tmp_path / "spans", manifest=False) == tree(tmp_path / "read", manifest=False)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_shards_of_a_big_file_merge_into_the_single_run_reports(tmp_path, fmt):
    big = WRITERS[fmt](tmp_path / f"big.{fmt}", 150)
    score(big, "--out", tmp_path / "single", "--no-cache", "-j", "1")
    shards = [tmp_path / f"shard{i}" for i in range(3)]
    for i, folder in enumerate(shards):  # one process or two: the file is cut in other spans
        score(big, "--out", folder, "--shard", f"{i}/3", "--no-cache", "-j", "1" if i == 1 else "2")
    result = runner.invoke(app, ["merge", *map(str, shards), "--out", str(tmp_path / "merged")])
    assert result.exit_code == 0, result.output
    assert tree(tmp_path / "merged") == tree(tmp_path / "single")


def test_report_html_details_the_first_articles_of_a_big_file_in_file_order(tmp_path):
    from framing.report.html import MAX_ARTICLES

    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({"title": f"Note {i}", "text": f"Officials said note {i} was filed."}) + "\n"
                           for i in range(1, MAX_ARTICLES + 21)), encoding="utf-8")
    score(big, "--out", tmp_path / "out", "-j", "2", "--no-cache")
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    detailed = page[page.index('id="article-pages"'):]
    assert detailed.count('<article class="fr-article"') == MAX_ARTICLES
    shown = {int(n) for n in re.findall(r'<p class="article-id">big\.jsonl#(\d+)</p>', detailed)}
    assert shown == set(range(1, MAX_ARTICLES + 1))
