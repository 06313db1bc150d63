"""Write a comparison: outlets.csv, pairwise.csv, comparison.md and plots/.

Formats a :class:`~framing.compare.Comparison`; computes nothing. Plots need
matplotlib (``pip install framing-toolkit[plots]``); without it they are
skipped and comparison.md says so. PNGs are drawn without pyplot (no global
state), at fixed sizes, and saved without a timestamp or software tag, so
they are byte-identical from run to run.

Also here: :func:`fill_story_columns`, which writes the ``story`` and
``duplicate_of`` of every article into an existing articles.csv.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

import pandas as pd

from ..compare import SOURCE_KINDS, Comparison
from ..results import is_parquet
from .markdown import md_cell
from .writer import _atomic_text, safe_cell

__all__ = ["write_comparison", "fill_story_columns", "comparison_markdown", "has_bom"]

KIND_TITLES = {"person": "Person", "organisation": "Organisation", "document": "Document", "media": "Media", "anonymous": "Anonymous", "vague": "Vague"}
BETTER = {"higher": "higher is better", "lower": "lower is better", "easier": "context: higher is easier to read", "context": "context"}


def _csv_text(frame: pd.DataFrame) -> str:
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(list(frame.columns))
    for row in frame.itertuples(index=False, name=None):
        w.writerow([safe_cell(None if (isinstance(v, float) and v != v) or v is pd.NA else v) for v in row])
    return buf.getvalue()


def has_bom(path: str | os.PathLike) -> bool:
    """True when the CSV at *path* starts with a UTF-8 BOM (``--excel``);
    False for a Parquet table."""
    if is_parquet(path):
        return False
    with open(path, "rb") as fh:
        return fh.read(3) == b"\xef\xbb\xbf"


def fill_story_columns(articles_csv: str | os.PathLike, assignment: pd.DataFrame) -> None:
    """Rewrite *articles_csv* with ``story`` and ``duplicate_of`` from
    *assignment* (columns article, story, duplicate_of); every other cell is
    copied as it was. Atomic: written beside, then renamed over."""
    path = Path(articles_csv)
    values = {r.article: (r.story, r.duplicate_of) for r in assignment.itertuples(index=False)}
    if is_parquet(path):
        _fill_parquet(path, values)
        return
    encoding = "utf-8-sig" if has_bom(path) else "utf-8"
    tmp = path.with_name(path.name + ".partial")
    with open(path, encoding=encoding, newline="") as src, open(tmp, "w", encoding=encoding, newline="") as dst:
        reader = csv.reader(src)
        writer = csv.writer(dst, lineterminator="\n")
        header = next(reader)
        writer.writerow(header)
        i_article, i_story, i_dup = header.index("article"), header.index("story"), header.index("duplicate_of")
        for row in reader:
            story, dup = values.get(row[i_article], (row[i_story], row[i_dup]))
            row[i_story], row[i_dup] = safe_cell(story), safe_cell(dup)
            writer.writerow(row)
    os.replace(tmp, path)


def _fill_parquet(path: Path, values: dict) -> None:
    """fill_story_columns for articles.parquet: the two columns replaced,
    row groups and every other column kept."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = pq.ParquetFile(path)
    schema = source.schema_arrow
    i_story, i_dup = schema.get_field_index("story"), schema.get_field_index("duplicate_of")
    tmp = path.with_name(path.name + ".partial")
    with pq.ParquetWriter(str(tmp), schema) as writer:
        for g in range(source.num_row_groups):
            group = source.read_row_group(g)
            ids = group.column("article").to_pylist()
            old = list(zip(group.column("story").to_pylist(), group.column("duplicate_of").to_pylist()))
            new = [values.get(a, o) for a, o in zip(ids, old)]
            group = group.set_column(i_story, "story", pa.array([n[0] for n in new], type=pa.string()))
            group = group.set_column(i_dup, "duplicate_of", pa.array([n[1] for n in new], type=pa.string()))
            writer.write_table(group)
    os.replace(tmp, path)


# ------------------------------------------------------------------ markdown


def _num(v, digits: int = 1) -> str:
    if v is None or (isinstance(v, float) and v != v) or v is pd.NA:
        return "–"
    return f"{float(v):.{digits}f}"


def _digits(column: str) -> int:
    return 1 if column.startswith("score_") or column.endswith("per_1k_words") else 2


def _interval(row, digits: int) -> str:
    if row["ci_low"] is None or pd.isna(row["ci_low"]):
        return "–"
    return f"{_num(row['ci_low'], digits)}–{_num(row['ci_high'], digits)}"


def _pct(v) -> str:
    return "–" if v is None or pd.isna(v) else f"{100 * float(v):.0f}%"


def _p_text(p) -> str:
    if p is None or pd.isna(p):
        return "–"
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def comparison_markdown(c: Comparison, plots: list[tuple[str, str]] | None, plot_note: str = "") -> str:
    """comparison.md: tables first, then evidence, then the limits."""
    o = c.options
    key, strata = o.by[0], list(o.by[1:])
    noun = key.replace("_", " ")
    within = f" within the same {' and '.join(s.replace('_', ' ') for s in strata)}" if strata else ""
    k = c.counts
    out = [f"# Comparison by {noun}{within}", ""]
    out += [
        f"Compared: {k['used']} of {k['articles']} articles in {k['groups']} group(s)"
        + (f"; {k['duplicates']} near-copies (e.g. syndicated wire stories) left out" if k["duplicates"] and not o.include_duplicates else "")
        + (f"; near-copies kept ({k['duplicates']})" if o.include_duplicates and k["duplicates"] else "")
        + (f"; {k['unscored']} unscored article(s) left out" if k["unscored"] else "") + ".",
        "",
        "Intervals are 95% percentile-bootstrap intervals of the mean (2,000 resamples, fixed seed). "
        f"Differences are two-sided Mann-Whitney tests with Cliff's delta as the effect size, "
        f"{'Holm' if o.correction == 'holm' else 'Benjamini-Hochberg'}-corrected over the pairs compared on each measure; "
        f"this page lists only those with a corrected p below {o.alpha:g}. Every pair is in `pairwise.csv`, every figure in `outlets.csv`.",
        "",
    ]
    for note in c.notes:
        out += [f"Note: {md_cell(note)}.", ""]
    if k["small_groups"]:
        names = ", ".join(f"{md_cell(g)} ({int(c.groups.loc[c.groups['group'] == g, 'used'].iloc[0])})" for g in k["small_groups"])
        out += [f"> **Warning — too few articles.** {names}: fewer than {o.min_n} articles compared. Their figures are shown "
                "but cannot be relied on, and they are left out of the significance tests.", ""]

    scores = [m for m in c.measures if m.kind == "score"]
    stats_of = {(r["group"], r["measure"]): r for _, r in c.outlets.assign(group=_labels(c.outlets, o.by)).iterrows()} if len(c.outlets) else {}
    out += ["## Groups", "", "Mean score with its 95% interval; n = articles compared.", ""]
    out += [f"| {noun.capitalize()} | Articles | Near-copies left out | n | " + " | ".join(m.title for m in scores) + " |",
            "|---|---:|---:|---:|" + "---:|" * len(scores)]
    for _, g in c.groups.iterrows():
        cells = []
        for m in scores:
            r = stats_of.get((g["group"], m.column))
            cells.append("–" if r is None or r["n"] == 0 else f"{_num(r['mean'])} ({_interval(r, 1)})")
        dups = g["duplicates"] if not o.include_duplicates else 0
        out.append(f"| {md_cell(g['group'])}{' ⚠' if g['used'] < o.min_n else ''} | {g['articles']} | {dups} | {g['used']} | " + " | ".join(cells) + " |")
    out.append("")

    out += ["## Ranking per dimension", "", "Best first. Overlapping intervals mean the ranking between those groups is not settled.", ""]
    for m in c.measures:
        rows = c.outlets[c.outlets["measure"] == m.column] if len(c.outlets) else pd.DataFrame()
        if rows.empty:
            continue
        d = _digits(m.column)
        out += [f"### {m.title} ({BETTER[m.better]})", ""]
        out += ["| Rank | " + " | ".join(s.capitalize() for s in strata) + (" | " if strata else "") + f"{noun.capitalize()} | n | Mean | 95% interval | Median |",
                "|---:|" + "---|" * len(strata) + "---|---:|---:|---|---:|"]
        for _, r in rows.sort_values(strata + ["rank", key], na_position="last", kind="mergesort").iterrows():
            flag = " ⚠" if r["n"] < o.min_n else ""
            out.append(f"| {'' if pd.isna(r['rank']) else int(r['rank'])} | " + "".join(f"{md_cell(r[s])} | " for s in strata)
                       + f"{md_cell(r[key])}{flag} | {r['n']} | {_num(r['mean'], d)} | {_interval(r, d)} | {_num(r['median'], d)} |")
        out.append("")

    out += ["## Significant differences", ""]
    sig = c.pairwise[c.pairwise["significant"]] if len(c.pairwise) else pd.DataFrame()
    if sig.empty:
        tested = int((c.pairwise["note"] == "").sum()) if len(c.pairwise) else 0
        out += [f"None: no difference between two groups reached a corrected p below {o.alpha:g} ({tested} pair(s) tested). "
                "Too few articles, or groups that really are alike; `pairwise.csv` has every pair.", ""]
    else:
        titles = {m.column: m for m in c.measures}
        out += ["| Measure | " + "".join(f"{s.capitalize()} | " for s in strata) + "Higher | Lower | Means | Difference | Cliff's delta | p (corrected) |",
                "|---|" + "---|" * len(strata) + "---|---|---|---:|---:|---:|"]
        for _, r in sig.iterrows():
            m = titles[r["measure"]]
            d = _digits(m.column)
            hi_a = r["mean_a"] >= r["mean_b"]
            hi, lo = (r[f"{key}_a"], r[f"{key}_b"]) if hi_a else (r[f"{key}_b"], r[f"{key}_a"])
            means = f"{_num(max(r['mean_a'], r['mean_b']), d)} vs {_num(min(r['mean_a'], r['mean_b']), d)}"
            delta = r["cliffs_delta"] if hi_a else -r["cliffs_delta"]
            out.append(f"| {m.title} ({BETTER[m.better]}) | " + "".join(f"{md_cell(r[s])} | " for s in strata)
                       + f"{md_cell(hi)} | {md_cell(lo)} | {means} | {_num(abs(r['difference']), d)} | {delta:.2f} ({r['effect']}) | {_p_text(r['p_adjusted'])} |")
        out.append("")

    out += ["## Terms that distinguish each group", "",
            "Loaded words in the author's own voice (not in quotations) and the verbs that introduce quotations, over-used by a group "
            "relative to the length of its articles, against all other groups: weighted log-odds with an informative Dirichlet prior "
            "(the whole corpus), Monroe, Colaresi & Quinn (2008). Shown: z ≥ 1.96, with the count in this group and elsewhere.", ""]
    if c.terms.empty:
        out += ["No term stands out for any group (counts too small, or the groups use the same words).", ""]
    else:
        out += [f"| {noun.capitalize()} | Loaded words | Attribution verbs |", "|---|---|---|"]
        for label in c.groups["group"]:
            cells = []
            for vocab in ("loaded", "attribution"):
                t = c.terms[(c.terms["group"] == label) & (c.terms["vocabulary"] == vocab)]
                cells.append(", ".join(f"{md_cell(r.term)} ({r.count}/{r.count_elsewhere}; z {r.z:.1f})" for r in t.itertuples()) or "–")
            out.append(f"| {md_cell(label)} | " + " | ".join(cells) + " |")
        out.append("")

    out += ["## Sourcing profiles", "", "Share of all the sources a group cites, by kind (from sources.csv).", ""]
    if c.sourcing.empty:
        out += ["No sources.csv beside articles.csv, so no profile.", ""]
    else:
        out += [f"| {noun.capitalize()} | Articles | Sources | " + " | ".join(KIND_TITLES[k] for k in SOURCE_KINDS) + " |",
                "|---|---:|---:|" + "---:|" * len(SOURCE_KINDS)]
        for _, r in c.sourcing.iterrows():
            out.append(f"| {md_cell(r['group'])} | {r['articles']} | {r['sources']} | " + " | ".join(_pct(r[kd]) for kd in SOURCE_KINDS) + " |")
        out.append("")

    out += ["## Charts", ""]
    if plots:
        out += [f"![{md_cell(title)}]({path})" for title, path in plots] + [""]
    else:
        out += [plot_note or "No charts.", ""]

    out += ["## Same story, different outlets", ""]
    if c.stories.empty:
        out += ["No story was covered by more than one group. (Stories are grouped by shared keywords within "
                "a few days of each other, or by a `story` field in the articles' metadata.)", ""]
    else:
        shown = c.stories["story"].nunique()
        more = k["multi_group_stories"] - shown
        out += [f"Articles about the same event, grouped by shared keywords within a few days (or by a `story` field in the metadata). "
                f"{k['multi_group_stories']} stories were covered by more than one group" + (f"; the {shown} largest are shown." if more else ".")
                + " Near-copies are marked and are not counted in the statistics above.", ""]
        score_cols = [m.column for m in scores]
        for story, g in c.stories.groupby("story", sort=False):
            out += [f"### {md_cell(story)} — {g['groups'].iloc[0]} groups, {len(g)} articles", ""]
            out += [f"| {noun.capitalize()} | Headline | Published | " + " | ".join(m.title for m in scores) + " | Loaded words |",
                    "|---|---|---|" + "---:|" * len(scores) + "---|"]
            for _, r in g.iterrows():
                title = md_cell(r["title"] or r["article"])
                if r["duplicate_of"]:
                    title += f" *(copy of {md_cell(r['duplicate_of'])})*"
                out.append(f"| {md_cell(r['group'])} | {title} | {md_cell(r['published'])} | " + " | ".join(_num(r[s], 0) for s in score_cols)
                           + f" | {md_cell(r['loaded_terms']) or '–'} |")
            out.append("")

    out += ["## What these scores cannot see", "",
            "- **Story selection.** Which events an outlet covers, and which it ignores, shapes readers' view more than any sentence; "
            "a per-article score cannot see a story that was never written.",
            "- **Omission.** A well-attributed, calmly worded article can still leave out the fact, the context or the side that "
            "changes its meaning. Compare the story groups above for what one outlet reports and another does not.",
            "- **Accuracy.** Nothing here checks whether a claim is true, a quote faithful or a figure right.",
            "- **Placement and emphasis.** Front page or page 40, headline size, photos and their captions are not in the text scored.",
            "- **Genre.** Opinion pieces are meant to argue; compare them with opinion (`--by outlet,genre`), not with news.",
            "- **The rubric.** Scores follow the rubric's word lists and weights; a group that writes in a register the lists do not "
            "cover is measured less well. Every point is traced to a finding in `findings.csv` — read them before drawing conclusions.",
            ""]
    return "\n".join(out)


def _labels(frame: pd.DataFrame, by) -> list[str]:
    return [" / ".join(v) for v in frame[list(by)].astype(str).itertuples(index=False, name=None)]


# ------------------------------------------------------------------ plots


def _horizontal() -> dict:
    import matplotlib

    major, minor = (int(x) for x in matplotlib.__version__.split(".")[:2])
    # NOTE: `orientation` replaced `vert` in Matplotlib 3.10; older ones only know `vert`.
    return {"orientation": "horizontal"} if (major, minor) >= (3, 10) else {"vert": False}


def _plots(c: Comparison, folder: Path) -> list[tuple[str, str, Path]]:
    """Draw the charts into *folder*; returns (title, relative path, temp file)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    folder.mkdir(parents=True, exist_ok=True)
    done = []
    labels = list(c.groups["group"])
    height = 1.4 + 0.42 * len(labels)
    for m in [m for m in c.measures if m.kind == "score"]:
        by_group = {g: v[m.column].dropna().tolist() for g, v in c.values.groupby("group")} if len(c.values) else {}
        values = [by_group.get(label, []) for label in labels]
        fig = Figure(figsize=(7.5, height), dpi=100)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot(1, 1, 1)
        positions = list(range(len(labels), 0, -1))
        nonempty = [(v, p) for v, p in zip(values, positions) if len(v)]
        if nonempty:
            ax.boxplot([v for v, _ in nonempty], positions=[p for _, p in nonempty], widths=0.5, showfliers=False,
                       medianprops={"color": "#1f4e79"}, **_horizontal())
            for v, p in nonempty:
                offsets = [((i % 5) - 2) * 0.06 for i in range(len(v))]
                ax.scatter(v, [p + o for o in offsets], s=14, color="#c0504d", alpha=0.75, zorder=3)
        ax.set_yticks(positions)
        ax.set_yticklabels([f"{lab} (n={len(v)})" for lab, v in zip(labels, values)], fontsize=8)
        ax.set_xlim(-2, 102)
        ax.set_xlabel(f"{m.title} score (0-100, {BETTER[m.better]})")
        ax.set_title(f"{m.title}: articles by {c.options.by[0].replace('_', ' ')}", fontsize=10)
        ax.grid(axis="x", color="#dddddd")
        fig.tight_layout()
        path = folder / f"{m.column}.png"
        tmp = path.with_name(path.name + ".partial")
        fig.savefig(tmp, format="png", metadata={"Software": None})
        done.append((f"{m.title} by {c.options.by[0]}", f"plots/{path.name}", tmp))
    if not c.sourcing.empty:
        fig = Figure(figsize=(7.5, height), dpi=100)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot(1, 1, 1)
        colours = {"person": "#4f81bd", "organisation": "#9bbb59", "document": "#8064a2", "media": "#4bacc6", "anonymous": "#c0504d", "vague": "#f79646"}
        rows = c.sourcing.set_index("group").reindex(labels)
        positions = list(range(len(labels), 0, -1))
        left = [0.0] * len(labels)
        for kind in SOURCE_KINDS:
            share = [0.0 if pd.isna(v) else float(v) for v in rows[kind]]
            ax.barh(positions, share, left=left, color=colours[kind], label=KIND_TITLES[kind], height=0.6)
            left = [a + b for a, b in zip(left, share)]
        ax.set_yticks(positions)
        ax.set_yticklabels([f"{lab} ({0 if pd.isna(n) else int(n)} sources)" for lab, n in zip(labels, rows["sources"])], fontsize=8)
        ax.set_xlim(0, 1)
        ax.set_xlabel("share of sources cited")
        ax.set_title("Sourcing profile", fontsize=10)
        ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
        fig.tight_layout()
        path = folder / "sourcing_profile.png"
        tmp = path.with_name(path.name + ".partial")
        fig.savefig(tmp, format="png", metadata={"Software": None}, bbox_inches="tight")
        done.append(("Sourcing profile", f"plots/{path.name}", tmp))
    return done


def write_comparison(c: Comparison, out: str | os.PathLike, *, plots: bool = True, excel: bool = False) -> list[str]:
    """Write outlets.csv, pairwise.csv, comparison.md (and plots/) into *out*;
    with *excel* the CSVs start with a BOM, as ``framing score --excel`` writes them."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    bom = "\ufeff" if excel else ""
    pending = [_atomic_text(out / "outlets.csv", bom + _csv_text(c.outlets)), _atomic_text(out / "pairwise.csv", bom + _csv_text(c.pairwise))]
    drawn, note = [], ""
    if plots:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            note = "Charts were skipped: matplotlib is not installed (`pip install framing-toolkit[plots]`)."
        else:
            drawn = _plots(c, out / "plots")
    else:
        note = "Charts were not drawn (--no-plots)."
    pending += [tmp for _, _, tmp in drawn]
    pending.append(_atomic_text(out / "comparison.md", comparison_markdown(c, [(t, p) for t, p, _ in drawn], note)))
    for tmp in pending:
        os.replace(tmp, tmp.with_name(tmp.name[: -len(".partial")]))
    return [str(Path(t).with_name(t.name[: -len(".partial")]).relative_to(out)) for t in pending]
