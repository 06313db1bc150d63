"""Experiment: a broad source-candidate generator plus a learned weighted filter.

Outcome: it does NOT beat the rules on left-out sets, so nothing of it is in
the product. Kept so that the next developer does not repeat it; the figures
below are what ``python benchmarks/learned_sources.py`` prints (numpy only,
about 10 s).

Question: the hand-written source rules (framing/nlp/attribution.py) reach
recall 0.85 / precision 0.88 on the eight development annotation sets but
far less on sets nobody looked at. Does a broad candidate generator with a
small logistic-regression filter learned from the annotations generalise
better than adding more rules?

Method:
1. Candidates (``candidates``), from the Document's own tokens, sentences and
   quote regions: every run of capitalised words (names, with "of", "the",
   "for" ... inside), every noun phrase headed by a source noun of
   framing/resources/source_nouns.txt or the media heads, in any sentence.
   Mentions are merged per article (same normalised text; people by last
   name). A candidate the rules already give (same matching as
   evaluate_sources.names_match) is dropped: it can add nothing.
2. Features (``FEATURES``), each readable, maximum over a candidate's
   mentions unless said otherwise.
3. Labels: a candidate is positive when it matches a gold source of its
   article that the rules missed.
4. Leave-one-set-out over the eight sets: train on seven, score the eighth.
   The threshold is chosen inside the training folds (an inner
   leave-one-set-out over the seven, maximising the F1 of rules +
   candidates on their out-of-fold scores). Recall and precision are
   computed exactly as evaluate_sources.py does (one-to-one matching over
   the rules' rows followed by the kept candidates).

Results (eight development sets, 104 articles, 874 gold sources; rules =
framing's sources.csv as evaluate_sources.py scores it):

* Rules: recall 0.855, precision 0.876 (747 of 874 gold; 853 rows).
* Candidates the rules do not already give: 4098, of which 147 match a gold
  source the rules missed (3.6%); 2054 carry at least one placement cue, 90
  of them true.
* Recall ceiling: rules + every candidate 851/874 = 0.974; rules +
  candidates with a placement cue 828/874 = 0.947. The generator is not the
  bottleneck.
* Leave-one-set-out, threshold chosen inside the training folds:

      left-out set            thr   rules R / P     rules + filter R / P
      annotations             0.50  0.903 / 0.936   0.903 / 0.936
      annotations-heldout     0.45  0.912 / 0.945   0.912 / 0.945
      annotations-heldout3    0.40  0.946 / 0.916   0.946 / 0.916
      annotations-heldout4    0.35  0.894 / 0.894   0.894 / 0.886
      annotations-heldout5    0.45  0.787 / 0.862   0.787 / 0.862
      annotations-heldout6    0.40  0.807 / 0.793   0.807 / 0.793
      annotations-heldout7    0.45  0.842 / 0.808   0.842 / 0.808
      annotations-heldout8    0.45  0.764 / 0.853   0.764 / 0.853
      mean of sets                  0.857 / 0.876   0.857 / 0.875

  The thresholds chosen inside the folds let almost nothing through: no
  candidate scores high enough to pay for itself.
* Left-out scores, pooled: AUC 0.62; the share of true sources among the 10
  / 20 / 50 / 100 best-scored candidates is 0.20 / 0.15 / 0.10 / 0.09. To
  raise F1 a kept candidate must be right about half the time. Forcing lower
  thresholds: 0.10 gives recall 0.865 at precision 0.779, 0.15 gives 0.859 /
  0.840, 0.20 gives 0.858 / 0.852 (rules 0.855 / 0.876): about +0.01 recall
  for -0.02 to -0.10 precision, far from the +0.05 / -0.02 asked.
* Weights on all eight sets (feature: weight, candidates with it, true):
  bias -4.14; capitalised +0.13 (2918, 111); given_or_title +0.76 (293, 25);
  head_anonymous -0.01 (562, 14); head_vague +0.30 (399, 14); head_document
  +0.23 (457, 16); head_org_or_media +0.82 (374, 27); one_word -0.24 (2235,
  65); log_mentions +0.77; inside_quote_only -0.72 (439, 6); headline_only
  -1.08 (111, 0); speech_right -0.10 (237, 12); stance_right +0.93 (20, 3);
  docverb_right -0.28 (114, 5); speech_left +0.20 (89, 8); by_agent +0.20
  (47, 5); subject_content -0.22 (473, 18); quote_adjacent -0.09 (485, 24);
  colon_after -0.21 (65, 2); relative_speech -0.22 (4, 0); possessive_claim
  0.00 (0, 0: the rules already give every such phrase); told_object +0.77
  (9, 2); ing_speech_after -0.05 (77, 5); issued_document +0.25 (11, 1);
  verb_then_content +0.13 (111, 7); unresolved_cue +0.40 (62, 6);
  attributed_elsewhere -0.35 (1428, 59); log_cues +0.32.

Why: the rules already take the constructions these cues describe and keep
the good cases; what is left behind in each construction is mostly right to
leave (no cue has more than 1 in 4 true among the leftovers). The missed
gold sources are a long tail of one-off constructions ("Quoth Fisher:", "a
tweet by X saying", "X linking public concern to ...", "CNN has
interviewed dozens of people") that shallow, readable features do not
separate from the thousands of names that are only actors. Pairwise
feature products (a logistic regression over all 351 products, L2 1-50)
gave the same: left-out AUC 0.63-0.66, top-10 share 0.20-0.30, top-50
share 0.08-0.12. The same features
used the other way, to drop the rules' wrong rows (106 of 853), rank them
no better than chance (AUC 0.64; of the 10 and 20 lowest-scored rule rows,
1 and 2 are wrong, below the 12% base rate).

Usage:
    python benchmarks/learned_sources.py [--articles DIR]

Never run it on annotations-heldout9, -heldout10 or -heldout11: they are the
unseen check.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

from framing import load_rubric
from framing.api import score_article
from framing.corpus import InputError, read_file
from framing.document import build_document
from framing.nlp.attribution import (
    CLAUSE_OPENERS, DETERMINERS, INTRODUCERS, MONTHS, NOMINAL_CLAIMS, NOMINAL_DOCUMENTS, NP_INNER, PRONOUNS, STOP, _lex,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_sources import names_match, norm  # noqa: E402

SETS = ("annotations", "annotations-heldout") + tuple(f"annotations-heldout{i}" for i in range(3, 9))
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
NOT_NAMES = DETERMINERS | frozenset(PRONOUNS) | STOP | CLAUSE_OPENERS | INTRODUCERS | MONTHS | DAYS | frozenset(
    "mr mrs ms dr this these those there here his her their our my your its what who why how when where it".split())


def _lexicons() -> dict:
    # _lex is attribution.py's private loader, reused here so the experiment
    # sees the rules' own word lists; product code should not import it.
    lex = _lex()
    return {"speech": lex["speech"], "stance": lex["stance"], "docverb": lex["document_verbs"],
            "anonymous": lex["anonymous"], "vague": lex["vague"], "organisation": lex["organisation"],
            "document": lex["document"], "media_heads": lex["media_heads"], "media": lex["media"],
            "given": lex["given_names"], "titles": lex["titles"]}


def _kind(words: list[str], cap: bool, lex: dict) -> str:
    """A rough kind: only the people/other split matters to the matching."""
    low = [w.lower() for w in words]
    head = low[-1]
    if " ".join(low) in lex["media"] or head in lex["media_heads"]:
        return "media"
    if cap:
        if low[0] in lex["given"] or low[0].rstrip(".") in lex["titles"] or (len(low) <= 3 and head not in lex["organisation"]
                                                                             and head not in lex["document"]):
            return "person"
        return "document" if head in lex["document"] else "organisation"
    for k in ("anonymous", "vague", "document", "organisation"):
        if head in lex[k]:
            return k
    return "vague"


FEATURES = (
    "bias",
    # what the phrase is (candidate level)
    "capitalised",          # a run of capitalised words (a name)
    "given_or_title",       # starts with a known given name or a title word (Sen., President)
    "head_anonymous",       # head noun in the anonymous list (official, aide, source)
    "head_vague",           # head noun in the vague list (critics, experts, reports)
    "head_document",        # head noun in the document list (report, study, letter)
    "head_org_or_media",    # head in the organisation list, or a media head / outlet name
    "one_word",             # a single word
    "log_mentions",         # log(1 + number of sentences mentioning it)
    "inside_quote_only",    # every mention is inside quotation marks (negative evidence)
    "headline_only",        # every mention is in the headline
    # how one mention is placed (true when at least one mention is so placed)
    "speech_right",         # a speech verb within two words after ("X said", "X has told")
    "stance_right",         # a stance verb within two words after ("X believe", "X fear")
    "docverb_right",        # a document verb within two words after ("the report found")
    "speech_left",          # "said", "told", "according to" or another speech verb right before
    "by_agent",             # "by X" after a participle or a report noun ("was criticised by X", "a report by X")
    "subject_content",      # opens its sentence and the sentence gives content (that, colon, quote, to+verb)
    "quote_adjacent",       # within 20 characters of a quotation's marks
    "colon_after",          # followed by a colon ("X: ...")
    "relative_speech",      # ", who" then a speech or stance verb within six words
    "possessive_claim",     # "X's" before a claim or document noun ("X's report", "X's claim")
    "told_object",          # the object of "told" or "interview with" (the outlet or person told)
    "ing_speech_after",     # a speech verb in -ing within six words after ("X, tweeting that", "a tweet by X saying")
    "issued_document",      # issued, released, passed or published, then a document noun ("X issued an alert")
    "verb_then_content",    # one or two words, then "that", a colon or a quotation mark ("X declares that", "X uttered: ...")
    "unresolved_cue",       # its sentence holds a rule cue whose speaker the rules left unresolved
    "attributed_elsewhere", # its sentence is attributed by the rules to another source (negative evidence)
    "log_cues",             # log(1 + number of the placement cues above over all mentions)
)
LOCAL = FEATURES[FEATURES.index("speech_right"):FEATURES.index("log_cues")]
FILLERS = frozenset("has have had also later then again previously has also".split())
ISSUING = frozenset("issued issues released releases passed passes published publishes posted posts sent sends".split())
VERB_CONTENT = re.compile(r"\s+(?:[a-z]+\s+){0,1}[a-z]+(?:\s+that\b|\s*:|,?\s*[\"“])")
CONTENT_MARK = re.compile(r"\bthat\b|:|[\"“”]|\bto\s+[a-z]+\b", re.I)


def candidates(doc, lex: dict) -> list[dict]:
    """Candidate sources of one Document, mentions merged, with features."""
    text, toks = doc.text, doc.tokens
    qpos = [(q.start, q.end) for q in doc.quote_regions]
    nominal = NOMINAL_CLAIMS | NOMINAL_DOCUMENTS
    heads = lex["anonymous"] | lex["vague"] | lex["document"] | lex["media_heads"]
    n = len(toks)
    unresolved = {c.sentence for c in doc.attribution.cues if not c.source}
    resolved = {c.sentence for c in doc.attribution.cues if c.source}
    spans: list[tuple[int, int, bool]] = []  # token index range [i, j), capitalised
    i = 0
    while i < n:
        t = toks[i]
        if text[t.start].isupper() and t.lower not in NOT_NAMES:
            j = i + 1
            while j < n and toks[j].sentence == t.sentence and text[toks[j - 1].end:toks[j].start].strip() in ("", "-"):
                if text[toks[j].start].isupper():
                    j += 1
                elif toks[j].lower in NP_INNER and j + 1 < n and text[toks[j + 1].start].isupper() and toks[j].lower != "by":
                    j += 2
                else:
                    break
            spans.append((i, j, True))
            i = j
            continue
        if t.lower in heads and not text[t.start].isupper():
            a = i
            while a - 1 >= 0 and toks[a - 1].sentence == t.sentence and a > i - 3 and text[toks[a - 1].end:toks[a].start].strip() == "" \
                    and toks[a - 1].lower not in NOT_NAMES and toks[a - 1].lower not in lex["speech"]:
                a -= 1
            spans.append((a, i + 1, False))
        i += 1
    merged: dict[str, dict] = {}
    for a, b, cap in spans:
        words = [text[t.start:t.end] for t in toks[a:b]]
        name = " ".join(words).strip()
        if len(norm(name)) < 3:
            continue
        kind = _kind(words, cap, lex)
        key = norm(name).split()[-1] if kind == "person" else norm(name)
        sent = toks[a].sentence
        s_obj = doc.sentences[sent]
        start, end = toks[a].start, toks[b - 1].end
        after = [toks[k].lower for k in range(b, min(b + 4, n)) if toks[k].sentence == sent]
        after = [w for w in after if w not in FILLERS][:2]
        before = [toks[k].lower for k in range(max(0, a - 3), a) if toks[k].sentence == sent]
        sent_first = next(k for k in range(a, -1, -1) if k == 0 or toks[k - 1].sentence != sent)
        opens = a == sent_first or (a - sent_first <= 4 and "," in text[toks[sent_first].start:start])
        rest = text[end:s_obj.end]
        follow = [toks[k].lower for k in range(b, min(b + 7, n)) if toks[k].sentence == sent]
        loc = {
            "speech_right": any(w in lex["speech"] for w in after),
            "stance_right": any(w in lex["stance"] for w in after),
            "docverb_right": any(w in lex["docverb"] for w in after),
            "speech_left": bool(before) and (before[-1] in lex["speech"] or before[-2:] == ["according", "to"]),
            "by_agent": len(before) >= 2 and before[-1] == "by" and (before[-2].endswith(("ed", "en")) or before[-2] in nominal or before[-2] in lex["document"]),
            "subject_content": opens and bool(CONTENT_MARK.search(rest)),
            "quote_adjacent": any(s - 20 <= end <= s or e <= start <= e + 20 for s, e in qpos),
            "colon_after": text[end:end + 2].lstrip().startswith(":"),
            "relative_speech": rest.lstrip().startswith(", who") and any(w in lex["speech"] or w in lex["stance"] for w in follow),
            "possessive_claim": words[-1].lower().endswith(("'s", "’s")) and b < n and toks[b].lower in nominal,
            "told_object": bool(before) and (before[-1] == "told" or before[-2:] == ["interview", "with"]),
            "ing_speech_after": any(w.endswith("ing") and w in lex["speech"] for w in follow[:6]),
            "issued_document": any(w in ISSUING for w in follow[:3]) and any(w in lex["document"] or w in nominal for w in follow[1:6]),
            "verb_then_content": bool(VERB_CONTENT.match(rest)),
            "unresolved_cue": sent in unresolved,
            "attributed_elsewhere": sent in resolved,
        }
        inside = any(s <= start < e for s, e in qpos)
        c = merged.setdefault(key, {"name": name, "kind": kind, "loc": dict.fromkeys(LOCAL, False), "cues": 0, "sents": set(),
                                    "all_inside": True, "all_head": True})
        if len(name) > len(c["name"]) and kind == c["kind"]:
            c["name"] = name
        if not inside:
            for k, v in loc.items():
                c["loc"][k] = c["loc"][k] or v
            c["cues"] += sum(loc.values())
        c["all_inside"] &= inside
        c["all_head"] &= s_obj.headline
        c["sents"].add(sent)
    out = []
    for c in merged.values():
        words = c["name"].split()
        low, head = words[0].lower(), words[-1].lower()
        f = dict(c["loc"])
        f.update({
            "bias": 1.0, "capitalised": c["name"][0].isupper(),
            "given_or_title": c["name"][0].isupper() and (low in lex["given"] or low.rstrip(".") in lex["titles"]),
            "head_anonymous": head in lex["anonymous"], "head_vague": head in lex["vague"],
            "head_document": head in lex["document"], "head_org_or_media": head in lex["organisation"] or c["kind"] == "media",
            "one_word": len(words) == 1, "log_mentions": float(np.log1p(len(c["sents"]))),
            "inside_quote_only": c["all_inside"], "headline_only": c["all_head"],
            "log_cues": float(np.log1p(c["cues"])),
        })
        out.append({"source": c["name"], "kind": c["kind"], "x": np.array([float(f[k]) for k in FEATURES])})
    return out


def _pred_match(cand: dict, rule: dict) -> bool:
    return names_match({"name": cand["source"], "kind": {"person": "person_named"}.get(cand["kind"], "x")}, rule)


def load(articles: Path) -> list[dict]:
    """One record per annotated article: gold, rule rows, candidates with labels."""
    rubric, lex = load_rubric(), _lexicons()
    here = Path(__file__).resolve().parent
    recs = []
    for s in SETS:
        for p in sorted((here / s).glob("article*.json")):
            ann = json.loads(p.read_text(encoding="utf-8"))
            art = read_file(articles / ann["article"], ann["article"])
            if isinstance(art, InputError):
                continue
            rules = list(score_article(art, rubric).sources)
            doc = build_document(art)
            gold = ann["sources"]
            used: set[int] = set()
            missed = []
            for g in gold:
                m = next((i for i, r in enumerate(rules) if i not in used and names_match(g, r)), None)
                if m is None:
                    missed.append(g)
                else:
                    used.add(m)
            cands = [c for c in candidates(doc, lex) if not any(_pred_match(c, r) for r in rules)]
            for c in cands:
                c["y"] = float(any(names_match(g, c) for g in missed))
            recs.append({"set": s, "gold": gold, "rules": rules, "cands": cands})
    return recs


def score(recs: list[dict], probs: list[np.ndarray] | None, thr: float) -> tuple[int, int, int]:
    """(gold, predicted, matched) for rules plus candidates scoring >= thr."""
    G = P = M = 0
    for k, r in enumerate(recs):
        pred = list(r["rules"])
        if probs is not None:
            pred += [c for c, p in zip(r["cands"], probs[k]) if p >= thr]
        used: set[int] = set()
        for g in r["gold"]:
            m = next((i for i, p in enumerate(pred) if i not in used and names_match(g, p)), None)
            if m is not None:
                used.add(m)
        G += len(r["gold"]); P += len(pred); M += len(used)
    return G, P, M


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 300) -> np.ndarray:
    """L2-regularised logistic regression by Newton steps (numpy only)."""
    w = np.zeros(X.shape[1])
    reg = l2 * np.eye(X.shape[1]); reg[0, 0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (p - y) + reg @ w
        H = X.T @ (X * (p * (1 - p))[:, None]) + reg + 1e-6 * np.eye(X.shape[1])
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def _xy(recs):
    X = np.array([c["x"] for r in recs for c in r["cands"]]).reshape(-1, len(FEATURES))
    y = np.array([c["y"] for r in recs for c in r["cands"]])
    return X, y


def _probs(recs, w):
    return [1 / (1 + np.exp(-np.array([c["x"] for c in r["cands"]]).reshape(-1, len(FEATURES)) @ w)) for r in recs]


def _f1(g, p, m):
    rec, prec = m / g, (m / p if p else 0)
    return 2 * rec * prec / (rec + prec) if rec + prec else 0.0


GRID = tuple(np.round(np.arange(0.10, 0.96, 0.05), 2))


def choose_threshold(recs: list[dict]) -> float:
    """Inner leave-one-set-out: the threshold with the best pooled F1 on out-of-fold scores."""
    sets = sorted({r["set"] for r in recs})
    oof: dict[int, np.ndarray] = {}
    for s in sets:
        train = [r for r in recs if r["set"] != s]
        w = fit(*_xy(train))
        for k, r in enumerate(recs):
            if r["set"] == s:
                oof[k] = _probs([r], w)[0]
    probs = [oof[k] for k in range(len(recs))]
    return max(GRID, key=lambda t: _f1(*score(recs, probs, t)))


def _auc(p: np.ndarray, y: np.ndarray) -> float:
    r = np.argsort(np.argsort(p)) + 1
    npos, nneg = y.sum(), len(y) - y.sum()
    return float((r[y == 1].sum() - npos * (npos + 1) / 2) / (npos * nneg))


def main() -> None:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=Path, default=here.parent.parent / "shared" / "data" / "ptc-dev" / "articles")
    args = ap.parse_args()
    recs = load(args.articles)
    G, P, M = score(recs, None, 1.0)
    X, y = _xy(recs)
    cue_col = FEATURES.index("log_cues")
    print(f"rules: recall {M / G:.3f} precision {M / P:.3f}; candidates {len(y)}, positives {int(y.sum())} "
          f"(with a placement cue: {int((X[:, cue_col] > 0).sum())}, positives {int(y[X[:, cue_col] > 0].sum())})")
    for label, keep in (("any candidate", lambda c: True), ("candidates with a placement cue", lambda c: c["x"][cue_col] > 0)):
        reach = sum(1 for r in recs for g in r["gold"]
                    if any(names_match(g, p) for p in r["rules"]) or any(names_match(g, c) for c in r["cands"] if keep(c)))
        print(f"ceiling, rules + {label}: {reach}/{G} = {reach / G:.3f}")
    rows, oof = [], [None] * len(recs)
    for s in SETS:
        train = [r for r in recs if r["set"] != s]
        test = [k for k, r in enumerate(recs) if r["set"] == s]
        thr = choose_threshold(train)
        w = fit(*_xy(train))
        probs = _probs([recs[k] for k in test], w)
        for k, p in zip(test, probs):
            oof[k] = p
        g, p, m = score([recs[k] for k in test], None, 1.0)
        g2, p2, m2 = score([recs[k] for k in test], probs, thr)
        rows.append((m / g, m / p, m2 / g2, m2 / p2))
        print(f"{s:22s} thr {thr:.2f}  rules R {m / g:.3f} P {m / p:.3f}   rules+filter R {m2 / g2:.3f} P {m2 / p2:.3f}", flush=True)
    a = np.array(rows)
    print(f"{'mean of sets':22s}           rules R {a[:, 0].mean():.3f} P {a[:, 1].mean():.3f}   rules+filter R {a[:, 2].mean():.3f} P {a[:, 3].mean():.3f}")
    flat = np.concatenate(oof)
    order = np.argsort(-flat)
    print(f"left-out scores: AUC {_auc(flat, y):.3f}; share of true sources among the top 10/20/50/100 candidates: "
          + " / ".join(f"{y[order[:k]].mean():.2f}" for k in (10, 20, 50, 100)))
    for thr in (0.10, 0.15, 0.20, 0.30):
        g, p, m = score(recs, oof, thr)
        print(f"pooled left-out, fixed threshold {thr:.2f}: rules+filter R {m / g:.3f} P {m / p:.3f} (rules R {M / G:.3f} P {M / P:.3f})")
    w = fit(X, y)
    print("weights trained on all eight sets (candidates with the feature, of them true sources):")
    for j, (name, v) in enumerate(zip(FEATURES, w)):
        on = X[:, j] > 0
        print(f"  {name:20s} {v:+.2f}   {int(on.sum()):5d} {int(y[on].sum()):4d}")


if __name__ == "__main__":
    main()
