"""Comparing outlets: the statistics on small tables with known answers, the
comparison as a user runs it (`framing score` then `framing compare`), story
groups and near-copies on the demo corpus, and what happens with bad input."""
import csv
import itertools
import math
import shutil
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from framing import stats
from framing.cli import app
from framing.compare import CompareOptions, compare
from framing.results import ResultTables

from .conftest import SEEDS

runner = CliRunner()

BRIDGE = {"almsey-courier/2025-03-11-kessler-bridge-shut.md", "almsey-courier/2025-03-13-kessler-bridge-traders.md",
          "common-sense-dispatch/2025-03-12-kessler-bridge-big-government.md", "daily-clarion/2025-03-11-bridge-of-shame.md",
          "daily-clarion/2025-03-12-bridge-fiasco-millions.md", "northgate-wire/2025-03-11-kessler-street-bridge-closed.md",
          "northgate-wire/2025-03-12-kessler-street-bridge-repairs.md"}
MILL = {"almsey-courier/2025-04-02-corvane-dunmere-closure.md", "common-sense-dispatch/2025-04-02-dunmere-mill-energy-policy.md",
        "common-sense-dispatch/2025-04-04-dunmere-buyers.md", "daily-clarion/2025-04-02-dunmere-betrayal.md",
        "daily-clarion/2025-04-03-dunmere-fury.md", "northgate-wire/2025-04-02-corvane-to-close-dunmere-mill.md",
        "northgate-wire/2025-04-03-dunmere-union-seeks-talks.md"}
FIRE = {"almsey-courier/2025-06-19-almsey-volunteers-tessaly-ridge.md", "common-sense-dispatch/2025-06-19-tessaly-ridge-fire-budget.md",
        "daily-clarion/2025-06-18-inferno.md", "daily-clarion/2025-06-19-arson-fears.md",
        "northgate-wire/2025-06-18-tessaly-ridge-wildfire-evacuation.md", "northgate-wire/2025-06-19-tessaly-ridge-fire-contained.md"}
UNRELATED = {"000_5a6d32c96a035ac9.txt", "daily-clarion/2025-03-13-penguin-on-the-run.md",
             "common-sense-dispatch/2025-04-03-school-phone-ban.md", "northgate-wire/2025-05-07-valemouth-maritime-museum-reopens.md"}


def read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ------------------------------------------------------------ statistics


def test_describe_known_values():
    d = stats.describe([1, 2, 3, 4, float("nan")])
    assert d["n"] == 4 and d["mean"] == 2.5 and d["median"] == 2.5
    assert d["sd"] == pytest.approx(math.sqrt(5 / 3))
    assert stats.describe([7])["sd"] is None and stats.describe([])["mean"] is None


def test_bootstrap_interval_is_seeded_and_sensible():
    x = [3, 5, 4, 6, 8, 2, 5, 7, 4, 6]
    low, high = stats.bootstrap_ci(x, seed=1)
    assert min(x) <= low < np.mean(x) < high <= max(x)
    assert stats.bootstrap_ci(x, seed=1) == (low, high)
    assert stats.bootstrap_ci([5.0], seed=1) is None
    wide = stats.bootstrap_ci([0, 100, 0, 100], seed=1)
    narrow = stats.bootstrap_ci([49, 51, 49, 51], seed=1)
    assert wide[1] - wide[0] > 10 * (narrow[1] - narrow[0])


def test_mann_whitney_exact_known_answers():
    # Fully separated groups of three: 2 of the 20 rank splits are as extreme.
    assert stats.mann_whitney([1, 2, 3], [4, 5, 6]) == (0.0, 0.1, "exact")
    u, p, method = stats.mann_whitney(list(range(1, 11)), list(range(11, 21)))
    assert method == "exact" and p == pytest.approx(2 / math.comb(20, 10))
    assert stats.mann_whitney([2, 2, 2], [2, 2]) == (3.0, 1.0, "constant")


def test_mann_whitney_exact_with_ties_matches_enumeration():
    x, y = [1, 1, 2, 2, 3, 0.5], [2, 3, 3, 4, 4]
    pooled = np.array(x + y, dtype=float)
    ranks = pd.Series(pooled).rank().to_numpy()  # midranks
    observed = ranks[: len(x)].sum()
    centre = len(x) * (len(pooled) + 1) / 2
    splits = [ranks[list(c)].sum() for c in itertools.combinations(range(len(pooled)), len(x))]
    expected = sum(abs(s - centre) >= abs(observed - centre) - 1e-9 for s in splits) / len(splits)
    u, p, method = stats.mann_whitney(x, y)
    assert method == "exact" and p == pytest.approx(expected)
    assert u == sum((a > b) + 0.5 * (a == b) for a in x for b in y)


def test_mann_whitney_normal_approximation_agrees_with_exact(monkeypatch):
    rng = np.random.default_rng(7)
    x, y = rng.normal(0, 1, 20).round(1), rng.normal(0.5, 1, 20).round(1)
    _, exact, m1 = stats.mann_whitney(x, y)
    monkeypatch.setattr(stats, "EXACT_LIMIT", 0)
    _, normal, m2 = stats.mann_whitney(x, y)
    assert (m1, m2) == ("exact", "normal")
    assert 0.001 < exact < 0.5 and normal == pytest.approx(exact, abs=0.01)


def test_cliffs_delta_known_values():
    assert stats.cliffs_delta([1, 2, 3], [4, 5, 6]) == -1.0
    assert stats.cliffs_delta([4, 5, 6], [1, 2, 3]) == 1.0
    assert stats.cliffs_delta([1, 2], [2, 3]) == -0.75  # 3 smaller, 1 tie, of 4 pairs
    assert stats.effect_label(0.1) == "negligible" and stats.effect_label(-0.5) == "large"


def test_holm_and_benjamini_hochberg_known_values():
    p = [0.01, 0.04, 0.03, 0.005]
    assert stats.holm(p) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert stats.benjamini_hochberg(p) == pytest.approx([0.02, 0.04, 0.04, 0.02])
    assert stats.holm([0.9, 0.8]) == [1.0, 1.0] and stats.holm([]) == []


def test_log_odds_ranks_the_overused_word_and_signs_are_opposite():
    tabloid = {"slammed": 12, "said": 10, "furious": 3}
    wire = {"said": 10}
    prior = {w: float(tabloid.get(w, 0) + wire.get(w, 0)) for w in set(tabloid) | set(wire)}
    sizes = {"total": 2000, "other_total": 2000, "prior_total": 4000}
    t = stats.log_odds_dirichlet(tabloid, wire, prior, **sizes)
    w = stats.log_odds_dirichlet(wire, tabloid, prior, total=2000, other_total=2000, prior_total=4000)
    assert t["slammed"][1] > 1.96 > t["furious"][1] > t["said"][1]
    assert t["said"][1] == pytest.approx(0.0)
    assert w["slammed"][0] == pytest.approx(-t["slammed"][0]) and w["slammed"][1] < -1.96


# ------------------------------------------------------------ comparison of hand-made tables


def _tables(rows, findings=(), sources=(), quotes=()):
    cols = ["article", "outlet", "genre", "title", "published", "words", "score_attribution", "score_overall", "unscored_reason",
            "story", "duplicate_of", "keywords", "fingerprint"]
    articles = pd.DataFrame([{c: str(r.get(c, "")) for c in cols} for r in rows], columns=cols)
    f = pd.DataFrame(list(findings), columns=["article", "rule", "dimension", "text", "in_quote", "weight"])
    s = pd.DataFrame(list(sources), columns=["article", "source", "kind"])
    q = pd.DataFrame(list(quotes), columns=["article", "cue"])
    return ResultTables(Path("."), articles, f, s, q)


def _outlet(name, scores, genre="news", start=0):
    return [{"article": f"{name}/{i + start}.md", "outlet": name, "genre": genre, "words": 300, "score_attribution": s,
             "score_overall": s, "story": f"{name}-{genre}-{i}", "title": f"{name} {i}"} for i, s in enumerate(scores)]


def test_outlet_statistics_match_describe_and_pairs_are_corrected_per_measure():
    a, b, c = [90, 85, 95, 88, 92, 91], [40, 55, 48, 52, 45, 50], [60, 65, 58, 62, 70, 64]
    comp = compare(_tables(_outlet("wire", a) + _outlet("tabloid", b) + _outlet("blog", c)))
    row = comp.outlets[(comp.outlets["outlet"] == "wire") & (comp.outlets["measure"] == "score_attribution")].iloc[0]
    assert row["n"] == 6 and row["mean"] == pytest.approx(np.mean(a), abs=1e-4)
    assert row["median"] == pytest.approx(np.median(a)) and row["sd"] == pytest.approx(np.std(a, ddof=1), abs=1e-4)
    assert row["ci_low"] < row["mean"] < row["ci_high"] and row["rank"] == 1 and row["note"] == ""
    pw = comp.pairwise[comp.pairwise["measure"] == "score_attribution"]
    assert len(pw) == 3  # three outlets, three pairs
    expected = stats.holm(pw["p"].tolist())
    assert pw["p_adjusted"].tolist() == pytest.approx(expected, rel=1e-3)
    wire_tabloid = pw[(pw["outlet_a"] == "tabloid") & (pw["outlet_b"] == "wire")].iloc[0]
    assert wire_tabloid["cliffs_delta"] == -1.0 and wire_tabloid["significant"]
    assert wire_tabloid["difference"] == pytest.approx(np.mean(b) - np.mean(a), abs=1e-3)


def test_small_groups_are_described_with_a_warning_but_not_tested():
    comp = compare(_tables(_outlet("wire", [90, 85, 95, 88, 92, 91]) + _outlet("tiny", [10, 20])))
    tiny = comp.outlets[(comp.outlets["outlet"] == "tiny") & ~comp.outlets["measure"].str.startswith("sources_")]
    assert set(tiny["note"]) == {"n < 5"} and comp.counts["small_groups"] == ["tiny"]
    pw = comp.pairwise
    assert not pw["significant"].any() and pw["p_adjusted"].isna().all() and pw["note"].str.contains("not tested").all()


def test_by_outlet_and_genre_compares_like_with_like():
    rows = (_outlet("wire", [90, 85, 95, 88, 92], "news") + _outlet("wire", [70, 72, 68, 71, 69], "opinion", 10)
            + _outlet("blog", [50, 55, 45, 52, 48], "news") + _outlet("blog", [66, 71, 70, 69, 73], "opinion", 10))
    comp = compare(_tables(rows), CompareOptions(by=("outlet", "genre")))
    assert set(zip(comp.groups["outlet"], comp.groups["genre"])) == {("wire", "news"), ("wire", "opinion"), ("blog", "news"), ("blog", "opinion")}
    pw = comp.pairwise[comp.pairwise["measure"] == "score_attribution"]
    # one pair per genre: wire news is never set against blog opinion
    assert sorted(pw["genre"]) == ["news", "opinion"]
    assert set(pw.columns) >= {"genre", "outlet_a", "outlet_b"}


def test_comparison_is_deterministic_whatever_the_row_order():
    rows = _outlet("wire", [90, 85, 95, 88, 92, 91]) + _outlet("tabloid", [40, 55, 48, 52, 45, 50])
    first = compare(_tables(rows))
    second = compare(_tables(list(reversed(rows))))
    for name in ("outlets", "pairwise", "groups"):
        pd.testing.assert_frame_equal(getattr(first, name).reset_index(drop=True), getattr(second, name).reset_index(drop=True))


def test_near_copies_are_left_out_unless_asked():
    rows = _outlet("wire", [90, 85, 95, 88, 92]) + _outlet("paper", [10, 80, 82, 84, 86])
    rows[5]["duplicate_of"] = "wire/0.md"
    default = compare(_tables(rows))
    kept = compare(_tables(rows), CompareOptions(include_duplicates=True))
    n = lambda c: c.outlets[(c.outlets["outlet"] == "paper") & (c.outlets["measure"] == "score_overall")]["n"].iloc[0]  # noqa: E731
    assert (n(default), n(kept)) == (4, 5) and default.counts["duplicates"] == 1


def test_sourcing_profile_shares():
    rows = _outlet("wire", [90, 85, 95, 88, 92]) + _outlet("tabloid", [40, 55, 48, 52, 45])
    sources = [("wire/0.md", "Mayor Varnholt", "person"), ("wire/0.md", "Roads Authority", "organisation"), ("wire/1.md", "the report", "document"),
               ("tabloid/0.md", "a source close to the mayor", "anonymous"), ("tabloid/0.md", "critics", "vague"), ("tabloid/1.md", "insiders", "anonymous")]
    comp = compare(_tables(rows, sources=sources))
    profile = comp.sourcing.set_index("outlet")
    assert profile.loc["tabloid", "anonymous"] == pytest.approx(2 / 3, abs=1e-4) and profile.loc["tabloid", "person"] == 0
    assert profile.loc["wire", "sources"] == 3 and profile.loc["wire", "document"] == pytest.approx(1 / 3, abs=1e-4)


def test_unknown_grouping_column_is_a_clear_error():
    from framing.compare import CompareError

    with pytest.raises(CompareError, match="no column 'desk'"):
        compare(_tables(_outlet("wire", [1, 2])), CompareOptions(by=("desk",)))


# ------------------------------------------------------------ the demo corpus, as a user runs it


def test_compare_reproduces_what_score_wrote_byte_for_byte(seed_report, tmp_path):
    result = runner.invoke(app, ["compare", str(seed_report / "articles.csv"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "significant difference" in result.stderr
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert {Path("outlets.csv"), Path("pairwise.csv"), Path("comparison.md")} <= set(written)
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (seed_report / rel).read_bytes(), rel


def test_demo_stories_group_each_event_and_nothing_else(seed_report):
    rows = read(seed_report / "articles.csv")
    story = {r["article"]: r["story"] for r in rows}
    assert all(story.values())
    for event in (BRIDGE, MILL, FIRE):
        assert len({story[a] for a in event}) == 1, event
    assert len({story[next(iter(e))] for e in (BRIDGE, MILL, FIRE)}) == 3
    others = {s for a, s in story.items() if a not in UNRELATED}
    for a in UNRELATED:
        assert story[a] not in others and list(story.values()).count(story[a]) == 1, a


def test_demo_syndicated_copies_point_to_the_wire_original(seed_report):
    dup = {r["article"]: r["duplicate_of"] for r in read(seed_report / "articles.csv") if r["duplicate_of"]}
    assert dup == {"almsey-courier/2025-03-11-kessler-bridge-shut.md": "northgate-wire/2025-03-11-kessler-street-bridge-closed.md",
                   "almsey-courier/2025-04-02-corvane-dunmere-closure.md": "northgate-wire/2025-04-02-corvane-to-close-dunmere-mill.md"}


def test_demo_comparison_shows_the_outlets_habits(seed_report):
    outlets = {(r["outlet"], r["measure"]): r for r in read(seed_report / "outlets.csv")}
    wire, tabloid = "northgate wire", "daily clarion"
    assert float(outlets[(wire, "score_overall")]["mean"]) > float(outlets[(tabloid, "score_overall")]["mean"])
    assert float(outlets[(tabloid, "loaded_language_per_1k_words")]["mean"]) > 5 * float(outlets[(wire, "loaded_language_per_1k_words")]["mean"])
    assert float(outlets[(tabloid, "sources_anonymous_share")]["mean"]) > 0 == float(outlets[(wire, "sources_anonymous_share")]["mean"])
    sig = [r for r in read(seed_report / "pairwise.csv") if r["significant"] == "true"]
    assert any({r["outlet_a"], r["outlet_b"]} == {wire, tabloid} and r["measure"] == "loaded_language_per_1k_words" for r in sig)
    md = (seed_report / "comparison.md").read_text(encoding="utf-8")
    assert "Warning — too few articles" in md and "toutiao.com (1)" in md
    assert "## Same story, different outlets" in md and "*(copy of northgate-wire/2025-03-11-kessler-street-bridge-closed.md)*" in md
    assert "## What these scores cannot see" in md and "Story selection" in md
    assert "furious" in md.split("## Terms that distinguish")[1].split("## Sourcing")[0]
    for png in ("score_overall.png", "sourcing_profile.png"):
        assert (seed_report / "plots" / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"(plots/{png})" in md


def test_compare_by_genre_and_author_from_the_cli(seed_report, tmp_path):
    result = runner.invoke(app, ["compare", str(seed_report), "--by", "outlet,genre", "--out", str(tmp_path / "g"), "--no-plots"])
    assert result.exit_code == 0, result.output
    header = next(csv.reader(open(tmp_path / "g" / "pairwise.csv", encoding="utf-8")))
    assert header[:4] == ["genre", "measure", "outlet_a", "outlet_b"]
    md = (tmp_path / "g" / "comparison.md").read_text(encoding="utf-8")
    assert md.startswith("# Comparison by outlet within the same genre") and "Charts were not drawn" in md
    result = runner.invoke(app, ["compare", str(seed_report), "--by", "author", "--out", str(tmp_path / "a"), "--no-plots"])
    assert result.exit_code == 0 and "Lena Achterberg" in (tmp_path / "a" / "outlets.csv").read_text(encoding="utf-8")


def test_story_in_metadata_overrides_text_similarity(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS / "northgate-wire", corpus / "wire")
    shutil.copytree(SEEDS / "daily-clarion", corpus / "clarion")
    museum = corpus / "wire" / "2025-05-07-valemouth-maritime-museum-reopens.md"
    penguin = corpus / "clarion" / "2025-03-13-penguin-on-the-run.md"
    for f in (museum, penguin):
        f.write_text(f.read_text(encoding="utf-8").replace("---\n", "---\nstory: odd-animals-and-old-boats\n", 1), encoding="utf-8")
    result = runner.invoke(app, ["score", str(corpus), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    story = {r["article"]: r["story"] for r in read(tmp_path / "out" / "articles.csv")}
    assert story["wire/2025-05-07-valemouth-maritime-museum-reopens.md"] == story["clarion/2025-03-13-penguin-on-the-run.md"] == "odd-animals-and-old-boats"
    assert story["wire/2025-03-11-kessler-street-bridge-closed.md"] == story["clarion/2025-03-11-bridge-of-shame.md"] != "odd-animals-and-old-boats"


def test_one_outlet_writes_no_comparison_but_fills_stories(tmp_path):
    result = runner.invoke(app, ["score", str(SEEDS / "northgate-wire"), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "comparison.md").exists() and not (tmp_path / "outlets.csv").exists()
    stories = {r["story"] for r in read(tmp_path / "articles.csv")}
    assert "" not in stories and len(stories) == 4  # bridge, mill, fire, museum


def test_outlet_from_folder_and_domain(tmp_path):
    for flag, expected in (("folder", "daily-clarion"), ("domain", "dailyclarion.example"), ("meta", "daily clarion")):
        out = tmp_path / flag
        result = runner.invoke(app, ["score", str(SEEDS / "daily-clarion" / "2025-06-18-inferno.md"), "--outlet-from", flag, "--out", str(out), "--quiet"])
        assert result.exit_code == 0, result.output
        assert read(out / "articles.csv")[0]["outlet"] == expected
    result = runner.invoke(app, ["score", str(SEEDS), "--outlet-from", "twitter", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2 and "--outlet-from must be one of meta, domain, folder" in result.stderr


def test_compare_without_side_tables_or_matplotlib(seed_report, tmp_path, monkeypatch):
    shutil.copy(seed_report / "articles.csv", tmp_path / "articles.csv")
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if it were not installed
    result = runner.invoke(app, ["compare", str(tmp_path)])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "comparison.md").read_text(encoding="utf-8")
    assert "Charts were skipped: matplotlib is not installed" in md
    assert "findings.csv was not found beside articles.csv" in md and "No sources.csv" in md
    assert not (tmp_path / "plots").exists()


def test_compare_bad_input_is_one_line_and_exit_2(tmp_path):
    result = runner.invoke(app, ["compare", str(tmp_path)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "articles.csv: no such file" in result.stderr
    (tmp_path / "articles.csv").write_text("id,score\n1,2\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", str(tmp_path)])
    assert result.exit_code == 2 and "no column 'article'" in result.stderr and "Traceback" not in result.output
    (tmp_path / "articles.csv").write_text("article,outlet\na.md,x\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", str(tmp_path), "--by", "desk"])
    assert result.exit_code == 2 and "no column 'desk'" in result.stderr


def test_compare_keeps_the_excel_bom_of_the_run_it_reads(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["score", str(SEEDS / "northgate-wire"), str(SEEDS / "daily-clarion"), "--excel", "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert (out / "outlets.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    result = runner.invoke(app, ["compare", str(out), "--out", str(tmp_path / "again"), "--quiet"])
    assert result.exit_code == 0, result.output
    for name in ("outlets.csv", "pairwise.csv", "comparison.md"):
        assert (tmp_path / "again" / name).read_bytes() == (out / name).read_bytes(), name


def test_stories_need_a_shared_window_and_keep_given_labels():
    from framing.stories import assign_stories

    bridge = "kessler bridge girder crack almsey inspection closure ferreira-lund varnholt authority"
    frame = pd.DataFrame({
        "article": ["a.md", "b.md", "c.md", "d.md", "e.md", "f.md"],
        "published": ["2025-03-11", "2025-03-12", "2025-03-25", "2025-03-11", "2025-03-11", ""],
        "keywords": [bridge, bridge + " detour", bridge + " repairs", bridge, bridge, bridge],
        "fingerprint": "", "outlet": "x", "author": "",
        "story": ["", "", "", "council-row", "bridge-safety", ""],
    })
    story = dict(zip(frame["article"], assign_stories(frame)["story"]))
    assert story["a.md"] == story["b.md"] == story["f.md"]  # two days apart; f has no date to rule it out
    assert story["c.md"] not in (story["a.md"], story["d.md"], story["e.md"])  # two weeks later: another story
    assert (story["d.md"], story["e.md"]) == ("council-row", "bridge-safety")  # given stories are kept apart
    assert story["c.md"].startswith("2025-03-25-")


def _newsroom(n: int, seed: int) -> pd.DataFrame:
    """*n* articles.csv rows about events over two months, as framing writes
    them: each article keeps some of its event's words and some everyday
    words; about one in fifteen is a wire copy of an earlier article (same
    words, a near-identical fingerprint); a third are undated, a few carry a
    story from their metadata."""
    import base64
    import random

    rng = random.Random(seed)
    everyday = ["council", "police", "minister", "school", "prices", "weather", "report", "market", "court", "health",
                "housing", "budget", "transport", "union", "election", "hospital", "river", "festival", "energy", "farmers"]
    events, rows = [], []
    for i in range(n):
        if not events or rng.random() < 0.25:
            events.append((rng.randrange(60), [f"{rng.choice(everyday)}-{len(events)}-{k}" for k in range(12)]))
        day, topic = events[max(0, len(events) - 1 - int(rng.expovariate(0.3)))]
        words = rng.sample(topic, rng.randint(4, 10)) + rng.sample(everyday, 8)
        signature = [rng.randrange(65536) for _ in range(32)]
        if rows and rng.random() < 0.07:
            source = rng.choice(rows)
            words, day, signature = source["keywords"].split(), source["day"], list(source["signature"])
            signature[rng.randrange(32)] = rng.randrange(65536)
        rows.append({"article": f"outlet{i % 5}/{i:04d}.md", "day": day, "signature": signature, "keywords": " ".join(words),
                     "published": "" if rng.random() < 0.33 else f"2025-03-{1 + (day + rng.randint(0, 2)) % 28:02d}",
                     "outlet": f"outlet{i % 5}", "author": "", "story": "given-story" if rng.random() < 0.02 else ""})
    for r in rows:
        raw = np.array(r.pop("signature"), dtype=">u2").tobytes()
        r["fingerprint"] = "mh2:" + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
        del r["day"]
    return pd.DataFrame(rows)


def test_story_groups_do_not_depend_on_how_many_pairs_are_held_in_memory():
    from framing.stories import assign_stories

    frame = _newsroom(400, seed=3)
    whole = assign_stories(frame)
    sizes = whole["story"].value_counts()
    # far more linked pairs than a chunk of 50 candidates: the small chunk
    # really goes through the temporary file, band by band
    assert (sizes * (sizes - 1) // 2).sum() > 50 * 10 and (whole["duplicate_of"] != "").sum() > 10
    assert (whole["story"][frame["story"] == "given-story"] == "given-story").all()
    for chunk in (50, 1000):
        assert assign_stories(frame, chunk=chunk).equals(whole), chunk


def test_demo_stories_are_the_same_with_a_tiny_chunk(seed_report):
    from framing.results import REQUIRED, read_columns
    from framing.stories import STORY_INPUTS, assign_stories

    frame = read_columns(seed_report / "articles.csv", REQUIRED["articles.csv"], STORY_INPUTS)
    written = pd.DataFrame(read(seed_report / "articles.csv"))[["article", "story", "duplicate_of"]]
    again = assign_stories(frame.assign(story=""), chunk=4)
    assert again.equals(written) and written["story"].nunique() < len(written)


def test_results_read_with_dimensions_keep_only_those_findings(seed_report):
    from framing.results import read_results

    every = read_results(seed_report).findings
    loaded = read_results(seed_report, dimensions=("loaded_language",)).findings
    assert set(every["dimension"]) > {"loaded_language"}
    assert loaded.equals(every[every["dimension"] == "loaded_language"])
