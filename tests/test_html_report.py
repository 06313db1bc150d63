"""report.html: written with the other reports, self-contained, escaped, and
working in a real browser (headless Chromium over the DevTools protocol).

The browser tests skip only when no ``chromium`` is installed; ``.ci/run``
installs it. Set FRAMING_SCREENSHOTS=DIR to keep screenshots for review.
"""
import csv
import json
import os
import re
import shutil
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing import score_text
from framing.cli import app
from framing.report.present import segments
from framing.report.html import HtmlReport

from .browser import Browser, chromium_path
from .conftest import SEEDS

SEED_ID = "000_5a6d32c96a035ac9.txt"
PAYLOAD_ID = 'x"><img src=x onerror=window.pwned=8>.txt'
PAYLOAD = """---
title: "<script>window.pwned=1</script> Bridge </title> closes"
outlet: "<img src=x onerror=window.pwned=2>"
url: "javascript:window.pwned=3"
author: "\\"><svg onload=window.pwned=4>"
---
Officials said the <script>window.pwned=5</script> bridge would close. Critics say the plan is a total disgrace <img src=x onerror="window.pwned=6">. The mayor admitted <b onmouseover="window.pwned=9">the truth</b>.\u2028Next line </script><script>window.pwned=10</script> and ]]> --> <!--
"""
WIRE = """---
title: Council approves bridge repairs
outlet: example-wire.com
---
The city council voted 7-2 on Tuesday to fund repairs to the Elm Street bridge, according to the meeting minutes. "The deck has reached the end of its life," said Maria Lopez, the city engineer.
"""
# Two extra rules whose matches cross inside "the plan is a total disgrace".
CROSSING_RUBRIC = """name: crossing
version: "1"
extends: default
rules:
  - id: LNG901
    name: plan-phrase
    dimension: loaded_language
    kind: pattern
    pattern: "plan is a"
    message: "'{match}' (first of two crossing test rules)."
    examples: {fires: ["The plan is a start."], passes: ["No plans."]}
  - id: ATT901
    name: total-phrase
    dimension: attribution
    kind: pattern
    pattern: "is a total"
    message: "'{match}' (second of two crossing test rules)."
    examples: {fires: ["It is a total loss."], passes: ["A total."]}
"""


def read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """seeds/ plus a second outlet and a hostile article, scored with a rubric
    whose findings cross."""
    root = tmp_path_factory.mktemp("html")
    corpus = root / "in"
    corpus.mkdir()
    shutil.copy(SEEDS / SEED_ID, corpus / SEED_ID)
    (corpus / PAYLOAD_ID).write_text(PAYLOAD, encoding="utf-8")
    (corpus / "wire.txt").write_text(WIRE, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (root / "crossing.yaml").write_text(CROSSING_RUBRIC, encoding="utf-8")
    out = root / "out"
    result = CliRunner().invoke(app, ["score", str(corpus), "--out", str(out), "--quiet", "--rubric", str(root / "crossing.yaml")])
    assert result.exit_code == 1, result.output  # empty.txt is an input error; the run goes on
    return out


# ------------------------------------------------------------ without a browser


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside <script>."""

    def __init__(self):
        super().__init__()
        self.tags, self.scripts, self._in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_report_html_is_one_self_contained_file(report):
    page = (report / "report.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(page)
    tags = [t for t, _ in parser.tags]
    assert "link" not in tags and "img" not in tags and "iframe" not in tags
    assert all("src" not in attrs for _, attrs in parser.tags)
    assert "url(" not in page and "@import" not in page
    csp = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert not (report / "report.html.partial").exists()


def test_article_content_is_escaped_everywhere(report):
    parser = _Tags()
    parser.feed((report / "report.html").read_text(encoding="utf-8"))
    assert [t for t, _ in parser.tags].count("script") == 1
    assert not [t for t, _ in parser.tags if t in ("svg", "b", "iframe", "img")]
    assert not [(t, k) for t, attrs in parser.tags for k in attrs if k.startswith("on")]
    assert not [a for t, a in parser.tags if t == "a" and a.get("href", "").lower().startswith("javascript")]
    assert "pwned" not in parser.scripts[0]


def test_highlighted_text_reads_exactly_as_the_article(report):
    """Markup aside (marks and the numbered notes), the text is the article's."""
    from framing.corpus import read_file

    class Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.depth = self.note = 0
            self.parts = []

        def handle_starttag(self, tag, attrs):
            cls = dict(attrs).get("class") or ""
            if self.depth:
                self.depth += tag != "br"
                if self.note or "note" in cls.split():
                    self.note += 1
            elif tag == "div" and cls == "text":
                self.depth = 1

        def handle_endtag(self, tag):
            if self.depth:
                self.depth -= 1
                self.note = max(0, self.note - 1) if self.note else 0

        def handle_data(self, data):
            if self.depth and not self.note:
                self.parts.append(data)

    parser = Text()
    page = (report / "report.html").read_text(encoding="utf-8")
    section = page[page.index(f'<p class="article-id">{SEED_ID}</p>'):]
    parser.feed(section[: section.index("</article>")])
    assert "".join(parser.parts) == read_file(SEEDS / SEED_ID, SEED_ID).text


def test_findings_nested_and_crossing_cut_into_pieces():
    # "plan is a" [4, 13) and "is a total" [9, 19) cross; [0, 30) holds both.
    pieces = segments(30, [(0, 30), (4, 13), (9, 19)])
    assert pieces == [(0, 4, (0,)), (4, 9, (1, 0)), (9, 13, (1, 2, 0)), (13, 19, (2, 0)), (19, 30, (0,))]


@given(st.integers(0, 60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8))
def test_pieces_tile_the_text_and_know_their_findings(length, spans):
    pieces = segments(length, spans)
    assert [p[0] for p in pieces][:1] == ([0] if length else [])
    assert all(a < b for a, b, _ in pieces) and sum(b - a for a, b, _ in pieces) == length
    for (_, b, _), (a2, _, _) in zip(pieces, pieces[1:]):
        assert b == a2
    for a, b, covering in pieces:
        assert set(covering) == {i for i, (s, e) in enumerate(spans) if s <= a and b <= e and max(s, 0) < min(e, length)}


def test_caps_keep_the_page_bounded_and_say_so(tmp_path, rubric):
    results = [score_text(f"Critics say plan {i} is a disgrace.", rubric, id=f"a{i:02d}.txt", outlet=f"o{i % 2}") for i in range(5)]
    html = HtmlReport(tmp_path / "report.html", rubric, max_articles=2, max_rows=3)
    for r in results:
        html.add(r)
    page = html.close().read_text(encoding="utf-8")
    assert page.count('<article class="fr-article"') == 2
    assert page.count("<tr data-outlet=") == 3
    assert "first 3 of 5 articles" in page and "first 2 articles" in page


def test_outlet_comparison_hook_renders_rows_given_to_it(tmp_path, rubric):
    html = HtmlReport(tmp_path / "report.html", rubric)
    html.add(score_text("Officials said the bridge would close.", rubric, id="a.txt", outlet="one.com"))
    page = html.close(outlet_comparison=[{"outlet": "one.com", "articles": 1, "mean overall": 71.5}, {"outlet": "<two>", "articles": 2, "mean overall": None}]).read_text(encoding="utf-8")
    assert '<section class="card" id="outlets"' in page
    assert "<th scope=\"col\">mean overall</th>" in page and "<td>71.5</td>" in page and "<td>&lt;two&gt;</td>" in page


def test_result_renders_in_jupyter_as_highlighted_text():
    res = score_text("Critics say the <b>plan</b> is a disgrace.")
    fragment = res._repr_html_()
    assert '<mark class="hl d-attribution">Critics say</mark>' in fragment and "&lt;b&gt;plan&lt;/b&gt;" in fragment
    assert "<b>plan</b>" not in fragment and "<script" not in fragment
    assert all(f.message.replace("'", "&#x27;") in fragment for f in res.findings)


# ------------------------------------------------------------ in Chromium


@pytest.fixture(scope="module")
def browser():
    if chromium_path() is None:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does this)")
    with Browser() as b:
        yield b


@pytest.fixture
def page(browser, report):
    browser.events.clear()
    browser.open((report / "report.html").as_uri())
    yield browser
    shots = os.environ.get("FRAMING_SCREENSHOTS")
    if shots:
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", os.environ.get("PYTEST_CURRENT_TEST", "x").split("::")[-1].rsplit(" (", 1)[0])
        browser.screenshot(os.path.join(shots, f"report-{name}.png"))


def _finding_texts_js(article_id):
    """JS: for one article, each finding number -> the text of its marks, in order; and the marker count."""
    return f"""(() => {{
      const art = Array.from(document.querySelectorAll("article.fr-article")).find(a => a.querySelector(".article-id").textContent === {json.dumps(article_id)});
      const texts = {{}};
      art.querySelectorAll("mark[data-f]").forEach(m => m.dataset.f.split(" ").forEach(id => {{
        const n = id.split("-f").pop(); texts[n] = (texts[n] || "") + m.textContent; }}));
      return [texts, art.querySelectorAll("a.fn").length];
    }})()"""


def test_renders_every_article_without_console_errors(page, report):
    rows = read(report / "articles.csv")
    assert page.eval("document.title").startswith("framing report")
    assert page.eval("document.querySelectorAll('#articles-table tbody tr').length") == len(rows)
    assert page.eval("document.querySelectorAll('article.fr-article').length") == len(rows)
    assert page.eval("document.getElementById('shown').textContent") == f"{len(rows)} of {len(rows)} articles shown"
    assert page.eval("document.querySelector('#errors td').textContent") == "empty.txt"
    assert page.console_errors() == []


@pytest.mark.parametrize("article_id", [SEED_ID, PAYLOAD_ID])
def test_every_finding_with_a_span_is_highlighted_exactly(page, report, article_id):
    findings = [f for f in read(report / "findings.csv") if f["article"] == article_id]
    spans = {str(i + 1): f["text"] for i, f in enumerate(findings) if int(f["end"]) > int(f["start"])}
    assert spans
    texts, markers = page.eval(_finding_texts_js(article_id))
    assert texts == spans
    assert markers == len(spans)
    if article_id == PAYLOAD_ID:  # the test rubric's two findings cross here
        assert {"plan is a", "is a total"} <= set(spans.values())


def test_clicking_a_heading_sorts_the_table(page, report):
    rows = read(report / "articles.csv")
    order = [r["article"] for r in rows]  # as written: sorted by article id

    def expected(reverse):
        scored = sorted((r for r in rows if r["score_overall"]), key=lambda r: float(r["score_overall"]), reverse=reverse)
        return [r["article"] for r in scored] + [r["article"] for r in rows if not r["score_overall"]]

    shown = "Array.from(document.querySelectorAll('#articles-table tbody tr')).map(r => r.querySelector('.article-id').textContent)"
    assert page.eval(shown) == order
    page.click("#articles-table thead th:nth-last-child(3) button")
    assert page.eval(shown) == expected(False)
    assert page.eval("document.querySelector('#articles-table thead th:nth-last-child(3)').getAttribute('aria-sort')") == "ascending"
    page.click("#articles-table thead th:nth-last-child(3) button")
    assert page.eval(shown) == expected(True)
    page.click("#articles-table thead th:first-child button")
    assert page.eval(shown) == sorted(order, key=lambda i: next(r["title"] or r["article"] for r in rows if r["article"] == i).lower())
    assert page.console_errors() == []


def test_typing_in_the_search_box_filters_the_table(page):
    page.click("#filter-text")
    page.type_text("council approves")
    visible = "Array.from(document.querySelectorAll('#articles-table tbody tr')).filter(r => !r.hidden).map(r => r.querySelector('.article-id').textContent)"
    assert page.eval(visible) == ["wire.txt"]
    assert page.eval("document.getElementById('shown').textContent") == "1 of 3 articles shown"
    page.eval("document.getElementById('filter-text').value = ''")
    page.click("[data-show-outlet='toutiao.com']")
    assert page.eval(visible) == [SEED_ID]


def test_hostile_article_runs_nothing_and_shows_its_markup_as_text(page):
    page.click("#articles-table thead th:first-child button")  # interact, so event handlers would have had their chance
    for sel in ("mark[data-f]", "a.fn"):
        page.eval(f"document.querySelectorAll('{sel}').forEach(el => el.dispatchEvent(new MouseEvent('mouseover', {{bubbles: true}})))")
    assert page.eval("typeof window.pwned") == "undefined"
    assert page.eval("document.scripts.length") == 1
    assert page.eval("document.querySelectorAll('img, iframe, svg, b').length") == 0
    art = f"Array.from(document.querySelectorAll('article.fr-article')).find(a => a.querySelector('.article-id').textContent === {json.dumps(PAYLOAD_ID)})"
    assert page.eval(f"{art}.querySelector('h2').textContent") == "<script>window.pwned=1</script> Bridge </title> closes"
    text = page.eval(f"{art}.querySelector('.text').textContent")
    assert '<img src=x onerror="window.pwned=6">' in text and "</script><script>window.pwned=10</script>" in text
    assert page.eval(f"{art}.querySelector('.byline a')") is None  # a javascript: URL is never a link
    assert page.console_errors() == []


def test_rule_opens_on_keyboard_focus_and_on_hover(page):
    page.eval("document.querySelector('#articles-table a').focus()")
    for _ in range(200):  # Tab until the first finding's marker has focus
        page.key("Tab", "Tab", 9)
        if page.eval("document.activeElement.classList.contains('fn')"):
            break
    fid = page.eval("document.activeElement.id").removesuffix("-m")
    tip = page.eval(f"(() => {{ const t = document.getElementById('{fid}-t'); return [getComputedStyle(t).display, t.textContent]; }})()")
    assert tip[0] == "block"
    assert page.eval("document.activeElement.getAttribute('aria-describedby')") == f"{fid}-t"
    message = page.eval(f"document.getElementById('{fid}').querySelector('.msg').textContent")
    assert message in tip[1]
    page.key("Escape", "Escape", 27)
    assert page.eval(f"getComputedStyle(document.getElementById('{fid}-t')).display") == "none"
    page.mouse("mouseMoved", 1, 1)
    page.click(f"mark[data-f~='{fid}']")
    assert page.eval(f"getComputedStyle(document.getElementById('{fid}-t')).display") == "block"
    assert page.eval(f"document.querySelector(\"mark[data-f~='{fid}']\").classList.contains('hot')")
    assert page.console_errors() == []


def test_print_layout_hides_controls_and_keeps_the_evidence(page):
    page.media("print")
    try:
        display = "(sel) => getComputedStyle(document.querySelector(sel)).display"
        assert page.eval(f"({display})('.controls')") == "none"
        assert page.eval(f"({display})('.tip')") == "none"
        assert page.eval(f"({display})('.layout')") == "block"
        assert page.eval(f"({display})('ol.findings')") != "none"
        assert page.eval("getComputedStyle(document.querySelector('article.fr-article')).breakBefore") == "page"
    finally:
        page.media("screen")
