"""Inputs people actually have: saved web pages, scraper dumps (JSON, JSON
Lines), spreadsheet exports (CSV), Word drafts, legacy encodings, Windows and
old-Mac line ends, and one article piped in on stdin. Every fixture is built
here, in tmp_path."""
import csv
import json

import pytest
from typer.testing import CliRunner

from framing import score_text
from framing.cli import app

from .test_offline import no_network  # noqa: F401  (fixture)

runner = CliRunner()

DIMENSIONS = ["score_attribution", "score_sourcing", "score_loaded_language", "score_sentiment", "score_overall"]

# Three short news stories: (title, paragraphs, outlet domain, author, date).
STORIES = [
    (
        "City council approves bus lane plan after heated debate",
        [
            "The Riverside city council voted 7 to 4 on Monday night to approve a plan for dedicated bus lanes on three of the city's busiest roads, ending months of debate over the project.",
            "“This is the most important change to our streets in a generation,” said Mayor Daniel Okafor, who championed the plan. He said the lanes would cut average bus journey times by about 12 minutes during the morning rush.",
            "The plan will convert one lane of traffic on Main Street, Harbour Road and Elm Avenue into a lane reserved for buses between 7am and 7pm on weekdays, according to a council report published last month.",
            "Councillor Susan Park, who voted against the plan, said local shop owners had not been properly consulted. “Businesses on Harbour Road told us they fear losing passing trade,” she said.",
            "Critics say the scheme is a disastrous waste of money that will certainly bring the town centre to a standstill.",
            "Construction is expected to begin in June and to cost $4.2 million, paid for by a regional transport grant, the council's transport director, Ahmed Siddiqui, told reporters after the vote.",
        ],
        "riversidecourier.example", "Maria Lopez", "2024-03-12",
    ),
    (
        "Hospital waiting times fall for third month",
        [
            "Waiting times for planned operations at Northgate General Hospital fell for the third month in a row in February, figures published by the regional health board show.",
            "The median wait was 14 weeks, down from 17 weeks in November, the board said in its monthly report.",
            "“Our staff have worked incredibly hard to bring these numbers down,” said Dr Priya Raman, the hospital's medical director.",
            "Many experts believe the improvement will not last through the winter, when emergency admissions usually rise.",
            "A spokesperson for the patients' group Northgate Voices said the figures were encouraging but that some patients were still waiting more than a year.",
        ],
        "northgateherald.example", "Tom Becker", "2024-03-14",
    ),
    (
        "Opinion: The shameful neglect of our public libraries",
        [
            "Our public libraries are being quietly destroyed, and nobody in power seems to care.",
            "Opening hours at the Elm Avenue branch have been cut three times since 2020, according to the library service's own annual reports.",
            "The council insists the cuts are unavoidable. That is simply absurd: the money spent on a single consultancy contract last year would have kept every branch open on Saturdays.",
            "Naturally, the councillors who approved the cuts do not use the libraries themselves.",
            "This article represents the views of the author.",
        ],
        "riversidecourier.example", "Grace O'Neill", "2024-03-15",
    ),
]


def plain_text(title, paras, nl="\n"):
    """The article as a person would save it: headline, blank line, paragraphs."""
    return title + nl + nl + nl.join(paras) + nl


def score(args, **kw):
    result = runner.invoke(app, ["score", *map(str, args), "--quiet"], **kw)
    assert "Traceback" not in result.output
    return result


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def by_article(path):
    return {r["article"]: r for r in rows(path)}


def findings(out):
    """article -> [(rule, start, end, text)] from findings.jsonl."""
    got = {}
    with open(out / "findings.jsonl", encoding="utf-8") as fh:
        for line in fh:
            f = json.loads(line)
            got.setdefault(f["article"], []).append((f["rule"], f["start"], f["end"], f["text"]))
    return got


def text_of(out, article_id):
    """The scored text the writer saved for *article_id* (texts/<id>.txt)."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    with open(out / manifest["articles"][article_id]["text"], encoding="utf-8", newline="") as fh:
        return fh.read()


def assert_offsets_index_saved_texts(out):
    for article_id, items in findings(out).items():
        text = text_of(out, article_id)
        for _rule, start, end, evidence in items:
            assert text[start:end] == evidence


def assert_same_scores(a, b):
    for col in DIMENSIONS + ["words", "sentences"]:
        assert a[col] == b[col], col


# ---------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | The Riverside Courier</title>
<meta name="author" content="{author}">
<meta property="og:site_name" content="The Riverside Courier">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T09:30:00Z">
<link rel="canonical" href="https://www.{outlet}/news/{date}/bus-lane-plan">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"{date}T09:30:00Z","author":{{"@type":"Person","name":"{author}"}},"publisher":{{"@type":"Organization","name":"The Riverside Courier"}}}}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<style>.ad {{ display: block; background: #eee }} .cookie-consent {{ position: fixed; bottom: 0 }}</style>
</head>
<body>
<div id="cookie-banner" class="cookie-consent" role="dialog">
  <p>We use cookies to improve your experience and to show you personalised advertising. By clicking “Accept all” you agree to our use of cookies.</p>
  <a href="/privacy">Privacy policy</a> <button>Accept all cookies</button> <button>Manage preferences</button>
</div>
<header class="site-header">
  <a class="logo" href="/">The Riverside Courier</a>
  <nav class="main-nav" aria-label="Sections">
    <ul>
      <li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
      <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li>
      <li><a class="cta" href="/subscribe">Subscribe now: unlimited access for only $1 a week!</a></li>
    </ul>
  </nav>
  <div class="breaking-ticker">BREAKING: Shocking scenes as furious fans storm the pitch in stunning cup upset</div>
</header>
<div class="ad ad-leaderboard" data-ad-slot="top">Advertisement: Incredible deals! Amazing, unbelievable discounts on mattresses this weekend only!!</div>
<main id="content">
<article class="story">
  <h1 class="headline">{title}</h1>
  <p class="byline">By <span class="author">{author}</span>, Transport reporter | <time datetime="{date}T09:30:00Z">March 12, 2024</time></p>
  <figure class="lead-image"><img src="/img/buses.jpg" alt="Buses on Main Street"><figcaption>Buses queue on Main Street. Photo: Courier staff</figcaption></figure>
  <div class="story-body">
{paragraphs}
  </div>
  <div class="share-tools">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
  <div class="newsletter-signup">Get the best stories every morning. <input type="email" placeholder="Your email"> <button>Sign me up</button></div>
</article>
<aside class="related-stories">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/1">Outrage as parking fees soar to a record high</a></li>
    <li><a href="/news/2">Ten shocking facts about your commute you simply won't believe</a></li>
    <li><a href="/news/3">Disaster on the ring road: furious drivers slam endless roadworks</a></li>
    <li><a href="/news/4">Heartbreaking: beloved corner shop forced to close after 60 years</a></li>
  </ul>
</aside>
<section id="comments" class="comments">
  <h2>Comments (4)</h2>
  <div class="comment"><p class="comment-author">roadwarrior77</p><p>This is an absolute disgrace!!! The council are idiots who hate drivers and this is a total catastrophe.</p></div>
  <div class="comment"><p class="comment-author">cyclist_sue</p><p>Finally! Brilliant, wonderful, fantastic news, the best decision ever made in this city.</p></div>
  <div class="comment"><p class="comment-author">anon</p><p>Typical corrupt, incompetent politicians wasting our money AGAIN. Absolutely pathetic.</p></div>
  <div class="comment"><p class="comment-author">Dave</p><p>Everyone knows this will obviously be a horrible, dreadful failure.</p></div>
</section>
<section class="most-read"><h2>Most read</h2><ol><li><a href="/a">Terrifying moment a huge sinkhole swallows car</a></li><li><a href="/b">Stunning celebrity wedding pictures</a></li></ol></section>
</main>
<div class="ad ad-sidebar">Sponsored: You won't believe these incredible, jaw-dropping holiday bargains</div>
<footer class="site-footer">
  <p>© 2024 The Riverside Courier Ltd. All rights reserved.</p>
  <nav><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/terms">Terms</a> <a href="/cookies">Cookie settings</a></nav>
</footer>
</body>
</html>
"""


def saved_page(story):
    title, paras, outlet, author, date = story
    body = "\n".join(f"    <p>{p}</p>" for p in paras[:3])
    # An inline advert in the middle of the story, as real pages have.
    body += '\n    <div class="ad ad-inline">Advertisement — Try our new crossword app, free for 30 days. Download it today!</div>\n'
    body += "\n".join(f"    <p>{p}</p>" for p in paras[3:])
    return PAGE.format(title=title, author=author, date=date, outlet=outlet, paragraphs=body)


def test_saved_page_scores_like_its_plain_text_and_boilerplate_is_left_out(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    title, paras, outlet, author, date = STORIES[0]
    page = saved_page(STORIES[0])
    (corpus / "page.html").write_text(page, encoding="utf-8")
    (corpus / "plain.txt").write_text(plain_text(title, paras), encoding="utf-8")
    out = tmp_path / "out"
    result = score([corpus, "--out", out])
    assert result.exit_code == 0, result.output
    arts = by_article(out / "articles.csv")
    html, txt = arts["page.html"], arts["plain.txt"]
    for col in DIMENSIONS:
        assert abs(float(html[col]) - float(txt[col])) <= 2, col
    assert (html["title"], html["author"], html["published"], html["outlet"]) == (title, author, date, outlet)
    assert html["url"] == f"https://www.{outlet}/news/{date}/bus-lane-plan"

    text = text_of(out, "page.html")
    assert text.startswith(title + "\n") and paras[-1] in text
    for boilerplate in ("cookies", "Subscribe", "BREAKING", "mattresses", "crossword", "Share this article", "Related stories",
                        "parking fees", "disgrace", "Comments", "Most read", "Sponsored", "All rights reserved", "Maria Lopez, Transport"):
        assert boilerplate not in text, boilerplate
    assert_offsets_index_saved_texts(out)

    # The fixture's boilerplate is heavy enough to matter: scoring every word
    # on the page would cost the article far more than 2 points.
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(page)
    for junk in tree.xpath("//script|//style"):
        junk.getparent().remove(junk)
    everything = score_text("\n".join(t.strip() for t in tree.itertext() if t.strip()))
    assert float(txt["score_loaded_language"]) - everything.scores["loaded_language"] > 10


def test_page_extraction_needs_no_network(tmp_path, no_network):  # noqa: F811
    (tmp_path / "page.html").write_text(saved_page(STORIES[0]), encoding="utf-8")
    result = score([tmp_path / "page.html", "--out", tmp_path / "out"])
    assert result.exit_code == 0, result.output


def test_page_without_article_text_is_one_error_row(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "index.html").write_text(
        "<html><head><title>Home</title></head><body><nav><a href='/a'>News</a> <a href='/b'>Sport</a></nav>"
        "<div class='ad'>Advertisement</div><footer>© 2024</footer></body></html>", encoding="utf-8")
    title, paras, *_ = STORIES[1]
    (corpus / "story.txt").write_text(plain_text(title, paras), encoding="utf-8")
    out = tmp_path / "out"
    result = score([corpus, "--out", out])
    assert result.exit_code == 1
    assert [(e["article"], e["error"], e["message"]) for e in rows(out / "errors.csv")] == [("index.html", "no_text", "no article text found")]
    assert list(by_article(out / "articles.csv")) == ["story.txt"]
    assert "framing: index.html: no article text found (no_text)" in result.stderr


def test_cp1252_page_declaring_its_charset(tmp_path):
    title, paras, *_ = STORIES[0]
    page = saved_page(STORIES[0]).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    (tmp_path / "legacy.html").write_bytes(page.encode("cp1252"))
    out = tmp_path / "out"
    assert score([tmp_path / "legacy.html", "--out", out]).exit_code == 0
    row = by_article(out / "articles.csv")["legacy.html"]
    assert row["encoding"] == "cp1252"
    assert "“This is the most important change" in text_of(out, "legacy.html")


# ---------------------------------------------------------------- JSON Lines, JSON, CSV

def write_txt_folder(folder, nl="\n"):
    folder.mkdir()
    for i, (title, paras, outlet, author, date) in enumerate(STORIES, 1):
        front = f"---{nl}outlet: {outlet}{nl}author: {author}{nl}published: {date}{nl}---{nl}"
        (folder / f"story{i}.txt").write_bytes((front + plain_text(title, paras, nl)).encode("utf-8"))


def news_please_record(i, story):
    title, paras, outlet, author, date = story
    return {
        "authors": [author], "date_download": "2024-03-16 08:00:00", "date_modify": None, "date_publish": f"{date} 09:30:00",
        "description": paras[0][:80], "filename": f"https%3A%2F%2F{outlet}%2Fstory{i}.json", "image_url": None, "language": "en",
        "localpath": None, "maintext": "\n".join(paras) + "\n", "source_domain": outlet, "title": title,
        "title_page": None, "title_rss": None, "url": f"https://{outlet}/story{i}",
    }


def test_news_please_jsonl_and_csv_export_score_like_a_folder_of_txt_files(tmp_path):
    write_txt_folder(tmp_path / "txt")
    with open(tmp_path / "crawl.jsonl", "w", encoding="utf-8") as fh:
        for i, story in enumerate(STORIES, 1):
            fh.write(json.dumps(news_please_record(i, story), ensure_ascii=False) + "\n")
    with open(tmp_path / "export.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)  # Excel's CRLF between rows; paragraphs inside a cell keep their LF
        w.writerow(["stories_id", "media_id", "media_name", "publish_date", "title", "url", "text"])
        for i, (title, paras, outlet, author, date) in enumerate(STORIES, 1):
            w.writerow([1000 + i, 20 + i, outlet, date, title, f"https://{outlet}/story{i}", "\n".join(paras) + "\n"])
    outs = {}
    for name, path in (("txt", tmp_path / "txt"), ("jsonl", tmp_path / "crawl.jsonl"), ("csv", tmp_path / "export.csv")):
        outs[name] = tmp_path / f"out-{name}"
        result = score([path, "--out", outs[name]])
        assert result.exit_code == 0, result.output
    txt, jsonl, csv_ = (by_article(outs[n] / "articles.csv") for n in ("txt", "jsonl", "csv"))
    assert list(jsonl) == ["crawl.jsonl#1", "crawl.jsonl#2", "crawl.jsonl#3"]
    assert list(csv_) == ["export.csv#1", "export.csv#2", "export.csv#3"]
    found = {n: findings(outs[n]) for n in outs}
    for i, (title, _paras, outlet, author, date) in enumerate(STORIES, 1):
        t, j, c = txt[f"story{i}.txt"], jsonl[f"crawl.jsonl#{i}"], csv_[f"export.csv#{i}"]
        assert_same_scores(t, j)
        assert_same_scores(t, c)
        assert found["txt"].get(f"story{i}.txt") == found["jsonl"].get(f"crawl.jsonl#{i}") == found["csv"].get(f"export.csv#{i}")
        assert (j["title"], j["outlet"], j["author"], j["published"]) == (title, outlet, author, f"{date} 09:30:00")
        assert (c["title"], c["outlet"], c["published"]) == (title, outlet, date)
    for out in outs.values():
        assert_offsets_index_saved_texts(out)


def test_id_column_names_the_articles(tmp_path):
    with open(tmp_path / "export.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["stories_id", "title", "text"])
        for i, (title, paras, *_rest) in enumerate(STORIES, 1):
            w.writerow([f"00{1000 + i}", title, "\n".join(paras)])
    out = tmp_path / "out"
    assert score([tmp_path / "export.csv", "--out", out, "--id-column", "stories_id"]).exit_code == 0
    assert list(by_article(out / "articles.csv")) == ["export.csv#001001", "export.csv#001002", "export.csv#001003"]
    assert (out / "texts" / "export.csv_001002.txt").read_text(encoding="utf-8").startswith(STORIES[1][0] + "\n\n")


def test_field_options_override_the_usual_names(tmp_path):
    title, paras, *_ = STORIES[1]
    records = [{"headline_text": title, "story_body": "\n".join(paras), "paper": "Northgate Herald", "uid": "nh-77"}]
    (tmp_path / "dump.json").write_text(json.dumps(records), encoding="utf-8")
    out = tmp_path / "out"
    result = score([tmp_path / "dump.json", "--out", out, "--text-field", "story_body", "--title-field", "headline_text",
                    "--outlet-field", "paper", "--id-field", "uid"])
    assert result.exit_code == 0, result.output
    row = by_article(out / "articles.csv")["dump.json#nh-77"]
    assert (row["title"], row["outlet"]) == (title, "northgate herald")
    # Without the options the text field is not found: one clear error, no traceback.
    out2 = tmp_path / "out2"
    result = score([tmp_path / "dump.json", "--out", out2])
    assert result.exit_code == 1
    err = rows(out2 / "errors.csv")[0]
    assert err["article"] == "dump.json#1" and err["error"] == "no_text" and "--text-field" in err["message"]


def test_json_object_list_and_api_wrapper(tmp_path):
    title, paras, outlet, author, date = STORIES[1]
    one = {"title": title, "text": "\n".join(paras), "authors": [author, "Ann Lee"], "publish_date": date, "source_url": f"https://www.{outlet}"}
    (tmp_path / "one.json").write_text(json.dumps(one), encoding="utf-8")  # newspaper4k's fields
    wrapped = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "Riverside Courier"}, "title": STORIES[0][0], "content": "\n".join(STORIES[0][1]), "publishedAt": "2024-03-12T09:30:00Z"},
        {"source": {"id": None, "name": "Riverside Courier"}, "title": STORIES[2][0], "content": "\n".join(STORIES[2][1])},
    ]}
    (tmp_path / "newsapi.json").write_text(json.dumps(wrapped), encoding="utf-8")
    (tmp_path / "broken.json").write_text('[{"title": "x", "text": "y"},', encoding="utf-8")
    out = tmp_path / "out"
    result = score([tmp_path / "one.json", tmp_path / "newsapi.json", tmp_path / "broken.json", "--out", out])
    assert result.exit_code == 1
    arts = by_article(out / "articles.csv")
    assert list(arts) == ["newsapi.json#1", "newsapi.json#2", "one.json"]
    assert (arts["one.json"]["author"], arts["one.json"]["outlet"], arts["one.json"]["published"]) == (f"{author}, Ann Lee", outlet, date)
    assert arts["newsapi.json#1"]["outlet"] == "riverside courier" and arts["newsapi.json#1"]["published"] == "2024-03-12T09:30:00Z"
    errors = rows(out / "errors.csv")
    assert [(e["article"], e["error"]) for e in errors] == [("broken.json", "json")]
    assert "line 1" in errors[0]["message"]


def test_malformed_jsonl_line_and_csv_row_are_one_error_each(tmp_path):
    lines = [json.dumps(news_please_record(i, s)) for i, s in enumerate(STORIES, 1)]
    lines.insert(1, '{"title": "Cut off mid-write", "maintext": "The council sa')
    lines.insert(3, "")  # blank lines are skipped, but counted as lines
    lines.insert(4, '["not", "an", "object"]')
    (tmp_path / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(tmp_path / "export.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "text"])
        w.writerow([STORIES[0][0], "\n".join(STORIES[0][1])])
        w.writerow([STORIES[1][0], "\n".join(STORIES[1][1]), "an extra cell"])
        w.writerow([STORIES[2][0], "\n".join(STORIES[2][1])])
    out = tmp_path / "out"
    result = score([tmp_path / "crawl.jsonl", tmp_path / "export.csv", "--out", out])
    assert result.exit_code == 1
    errors = {e["article"]: e for e in rows(out / "errors.csv")}
    assert set(errors) == {"crawl.jsonl#2", "crawl.jsonl#5", "export.csv#2"}
    assert errors["crawl.jsonl#2"]["error"] == "json" and errors["crawl.jsonl#2"]["message"].startswith("line 2 is not valid JSON")
    assert errors["crawl.jsonl#5"]["message"] == "line 5 is a list, not an object"
    assert errors["export.csv#2"]["error"] == "csv" and "has 3 fields; the header has 2" in errors["export.csv#2"]["message"]
    assert list(by_article(out / "articles.csv")) == ["crawl.jsonl#1", "crawl.jsonl#3", "crawl.jsonl#6", "export.csv#1", "export.csv#3"]
    assert len([l for l in result.stderr.splitlines() if l.startswith("framing: ")]) == 3


# ---------------------------------------------------------------- encodings and line ends

def test_legacy_encodings_score_like_utf8(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    title, paras, *_ = STORIES[0]
    text = plain_text(title, paras + ["Café owner José Núñez, 58, said the rent had doubled — “it is unbearable”."])
    (corpus / "a_utf8.txt").write_bytes(text.encode("utf-8"))
    (corpus / "b_utf8_bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (corpus / "c_utf16.txt").write_bytes(text.encode("utf-16"))  # with its BOM
    (corpus / "d_cp1252.txt").write_bytes(text.encode("cp1252"))
    latin = plain_text("Rent rises anger café owners", ["Café owner José Núñez, 58, said the rent had doubled in a year.",
                                                          "The landlord, Åsa Müller, said costs had risen and declined to comment further."])
    (corpus / "e_latin1_utf8.txt").write_bytes(latin.encode("utf-8"))
    (corpus / "f_latin1.txt").write_bytes(latin.encode("latin-1"))
    out = tmp_path / "out"
    result = score([corpus, "--out", out])
    assert result.exit_code == 0, result.output
    arts = by_article(out / "articles.csv")
    assert {k: v["encoding"] for k, v in arts.items()} == {
        "a_utf8.txt": "utf-8", "b_utf8_bom.txt": "utf-8-sig", "c_utf16.txt": "utf-16", "d_cp1252.txt": "cp1252",
        "e_latin1_utf8.txt": "utf-8", "f_latin1.txt": "cp1252"}
    found = findings(out)
    for other in ("b_utf8_bom.txt", "c_utf16.txt", "d_cp1252.txt"):
        assert_same_scores(arts["a_utf8.txt"], arts[other])
        assert found["a_utf8.txt"] == found[other]
        assert text_of(out, other) == text
    assert_same_scores(arts["e_latin1_utf8.txt"], arts["f_latin1.txt"])
    assert text_of(out, "f_latin1.txt") == latin
    assert "\ufffd" not in (out / "findings.csv").read_text(encoding="utf-8")
    assert any("—" in t or "“" in t for _r, _s, _e, t in found["d_cp1252.txt"])


def test_cp1252_csv_and_jsonl_rows_report_their_encoding(tmp_path):
    title, paras, *_ = STORIES[0]
    body = "\n".join(paras)
    with open(tmp_path / "legacy.csv", "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";")  # a European Excel export
        w.writerow(["title", "text"])
        w.writerow([title, body])
    (tmp_path / "mixed.jsonl").write_bytes(
        json.dumps({"title": title, "text": body}, ensure_ascii=False).encode("utf-8") + b"\n"
        + json.dumps({"title": title, "text": body}, ensure_ascii=False).encode("cp1252") + b"\n")
    out = tmp_path / "out"
    assert score([tmp_path / "legacy.csv", tmp_path / "mixed.jsonl", "--out", out]).exit_code == 0
    arts = by_article(out / "articles.csv")
    assert {k: v["encoding"] for k, v in arts.items()} == {"legacy.csv#1": "cp1252", "mixed.jsonl#1": "utf-8", "mixed.jsonl#2": "cp1252"}
    assert_same_scores(arts["legacy.csv#1"], arts["mixed.jsonl#1"])
    assert text_of(out, "legacy.csv#1") == text_of(out, "mixed.jsonl#2") == title + "\n\n" + body
    assert "\ufffd" not in (out / "findings.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("nl", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_are_kept_and_offsets_index_them(tmp_path, nl):
    write_txt_folder(tmp_path / "lf")
    write_txt_folder(tmp_path / "crlf", nl)
    outs = {}
    for name in ("lf", "crlf"):
        outs[name] = tmp_path / f"out-{name}"
        assert score([tmp_path / name, "--out", outs[name]]).exit_code == 0
    saved = text_of(outs["crlf"], "story1.txt")
    assert saved == plain_text(STORIES[0][0], STORIES[0][1], nl) and "\n" not in saved.replace("\r\n", "")[:-1]
    assert_offsets_index_saved_texts(outs["crlf"])
    lf, crlf = by_article(outs["lf"] / "articles.csv"), by_article(outs["crlf"] / "articles.csv")
    for k in lf:
        assert_same_scores(lf[k], crlf[k])
    # Evidence is the same words, a line end longer per line before it.
    one, other = findings(outs["lf"])["story1.txt"], findings(outs["crlf"])["story1.txt"]
    assert [(r, t) for r, _s, _e, t in one] == [(r, t) for r, _s, _e, t in other]
    if nl == "\r\n":
        assert all(s2 - s1 == saved[:s2].count("\r\n") for (_r, s1, _e, _t), (_r2, s2, _e2, _t2) in zip(one, other))


def test_crlf_inside_a_csv_cell_is_kept(tmp_path):
    title, paras, *_ = STORIES[0]
    body = "\r\n".join(paras)
    with open(tmp_path / "export.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["title", "text"], [title, body]])
    out = tmp_path / "out"
    assert score([tmp_path / "export.csv", "--out", out]).exit_code == 0
    assert text_of(out, "export.csv#1") == title + "\r\n\r\n" + body
    assert_offsets_index_saved_texts(out)


# ---------------------------------------------------------------- stdin, docx

def test_one_article_on_stdin(tmp_path):
    title, paras, *_ = STORIES[2]
    out = tmp_path / "out"
    result = score(["-", "--out", out], input=plain_text(title, paras).encode("utf-8"))
    assert result.exit_code == 0, result.output
    row = by_article(out / "articles.csv")["stdin"]
    assert row["title"] == title and row["genre"] == "opinion"
    assert text_of(out, "stdin") == plain_text(title, paras)
    # A page piped in is read as a page.
    out2 = tmp_path / "out2"
    assert score(["-", "--out", out2], input=saved_page(STORIES[0]).encode("utf-8")).exit_code == 0
    page = by_article(out2 / "articles.csv")["stdin"]
    assert page["title"] == STORIES[0][0] and page["author"] == STORIES[0][3]


def test_word_document_round_trip(tmp_path):
    docx = pytest.importorskip("docx")
    title, paras, outlet, author, date = STORIES[1]
    doc = docx.Document()
    doc.core_properties.author = author
    doc.core_properties.title = ""
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("")
    for p in paras:
        doc.add_paragraph(p)
    corpus = tmp_path / "in"
    corpus.mkdir()
    doc.save(corpus / "draft.docx")
    (corpus / "draft.txt").write_text(plain_text(title, paras), encoding="utf-8")
    (corpus / "not_word.docx").write_bytes(b"PK\x03\x04 this is not a real Word file")
    out = tmp_path / "out"
    result = score([corpus, "--out", out])
    assert result.exit_code == 1
    arts = by_article(out / "articles.csv")
    assert (arts["draft.docx"]["title"], arts["draft.docx"]["author"]) == (title, author)
    assert text_of(out, "draft.docx") == title + "\n\n" + "\n".join(paras)
    assert_same_scores(arts["draft.docx"], arts["draft.txt"])
    assert findings(out)["draft.docx"] == findings(out)["draft.txt"]
    err = rows(out / "errors.csv")
    assert [(e["article"], e["error"]) for e in err] == [("not_word.docx", "docx")]
    assert "\n" not in err[0]["message"]


# ---------------------------------------------------------------- metadata pass-through, --excel, texts

def test_keep_carries_input_fields_unchanged_into_articles_csv(tmp_path):
    with open(tmp_path / "export.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["stories_id", "media_id", "title", "text", "collection"])
        for i, (title, paras, *_rest) in enumerate(STORIES, 1):
            w.writerow([f"0{700 + i}", -i, title, "\n".join(paras), "local news; US"])
    title, paras, *_ = STORIES[0]
    (tmp_path / "draft.md").write_text(f"---\nstories_id: 0700\nmedia_id: 1e3\ntitle: {title}\n---\n" + plain_text(title, paras), encoding="utf-8")
    out = tmp_path / "out"
    result = score([tmp_path / "export.csv", tmp_path / "draft.md", "--out", out, "--keep", "stories_id", "--keep", "media_id,title", "--keep", "section"])
    assert result.exit_code == 0
    assert "framing: --keep section: no input had this field; its column is empty" in result.stderr
    md = by_article(out / "articles.csv")["draft.md"]
    assert (md["stories_id"], md["media_id"], md["meta_title"]) == ("0700", "1e3", title)
    with open(out / "articles.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header[-4:] == ["stories_id", "media_id", "meta_title", "section"]
    assert header.index("unscored_reason") < header.index("stories_id")
    got = [r for r in rows(out / "articles.csv") if r["article"] != "draft.md"]
    assert [(r["stories_id"], r["meta_title"], r["section"]) for r in got] == [(f"0{700 + i}", s[0], "") for i, s in enumerate(STORIES, 1)]
    codebook = {r["column"]: r for r in rows(out / "codebook.csv")}
    assert "'stories_id'" in codebook["stories_id"]["meaning"]


def test_keep_all_appends_every_field_sorted(tmp_path):
    with open(tmp_path / "crawl.jsonl", "w", encoding="utf-8") as fh:
        for i, story in enumerate(STORIES, 1):
            rec = news_please_record(i, story)
            if i == 2:
                rec["paywall"] = True
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    assert score([tmp_path / "crawl.jsonl", "--out", out, "--keep-all"]).exit_code == 0
    with open(out / "articles.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    extra = header[header.index("unscored_reason") + 1:]
    fields = sorted(set(news_please_record(1, STORIES[0])) - {"maintext"} | {"paywall"})
    assert extra == [("meta_" + f if f in ("title", "url", "language") else f) for f in fields]
    got = by_article(out / "articles.csv")
    assert got["crawl.jsonl#1"]["authors"] == json.dumps([STORIES[0][3]])
    assert got["crawl.jsonl#2"]["paywall"] == "true" and got["crawl.jsonl#1"]["paywall"] == ""
    assert got["crawl.jsonl#3"]["meta_title"] == STORIES[2][0] and got["crawl.jsonl#3"]["date_modify"] == ""
    # Same run, same bytes.
    out2 = tmp_path / "out2"
    score([tmp_path / "crawl.jsonl", "--out", out2, "--keep-all"])
    assert (out / "articles.csv").read_bytes() == (out2 / "articles.csv").read_bytes()


def test_excel_bom_on_every_csv_and_no_texts(tmp_path):
    write_txt_folder(tmp_path / "in")
    out = tmp_path / "out"
    assert score([tmp_path / "in", "--out", out, "--excel", "--no-texts"]).exit_code == 0
    written = sorted(p.name for p in out.glob("*.csv"))
    assert {"articles.csv", "findings.csv", "sources.csv", "errors.csv", "codebook.csv"} <= set(written)
    for name in written:
        assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf"), name
    assert not (out / "texts").exists()


def test_a_previous_report_inside_the_corpus_is_not_read_as_input(tmp_path):
    write_txt_folder(tmp_path / "in")
    out = tmp_path / "in" / "reports"
    for _ in range(2):
        result = score([tmp_path / "in", "--out", out, "--force"])
        assert result.exit_code == 0, result.output
    assert list(by_article(out / "articles.csv")) == ["story1.txt", "story2.txt", "story3.txt"]
