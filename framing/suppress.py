"""Accepted findings: a reviewer's "yes, this is fine" for a finding.

A finding is accepted by an entry of a suppressions file (``--accept FILE``,
YAML or CSV: by rule and matched text, optionally per article) or by an
inline marker in the draft itself::

    <!-- framing: accept LNG004 the court's own word -->
    The judge called them thugs in her ruling.

    The senator slammed the door. <!-- framing: accept LNG002 -->

A marker alone on its line covers the next line that has text; a marker
after text covers its own line. Markers are a reviewer's notes, not article
text (rendered Markdown does not show them): :func:`take_markers` blanks them
out with spaces before the article is analysed, so they add no words and
every offset stays where it was. Accepted findings are not dropped: they stay
in every report with ``status`` ``accepted``, ``accepted_by`` saying where
and why, and weight 0, so they neither lower a score nor trip ``--fail-on``.
Applied between the engine and scoring (see :func:`framing.api.score_article`).
"""
from __future__ import annotations

import csv
import difflib
import hashlib
import io
import json
import re
from dataclasses import dataclass, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Iterable, Sequence

from .findings import Finding
from .rubric.model import RubricError
from .rubric.yamlfile import check_keys, item_line, line_of, read_text, read_yaml

__all__ = ["Acceptance", "AcceptError", "load_acceptances", "inline_acceptances", "take_markers", "apply_acceptances", "acceptances_sha256", "ACCEPT_KEYS"]

ACCEPT_KEYS = {
    "rule": ("rule id such as LNG002", (str,)),
    "text": ("string: the matched text (any case); empty for any", (str,)),
    "article": ("string: an article id or a glob such as politics/*; empty for every article", (str,)),
    "reason": ("string: why the finding is fine", (str,)),
}
_RULE_ID = re.compile(r"^[A-Z]{2,5}\d{3}$")
_MARKER = re.compile(r"<!--[ \t]*framing:[ \t]*accept\b([^\n]*?)-->", re.I)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class AcceptError(RubricError):
    """A suppressions file that cannot be used: file, line and what is wrong."""


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Acceptance:
    """One accepted (rule, matched text, article) with where it was written."""

    rule: str
    text: str = ""  # normalised; "" accepts any text
    article: str = ""  # article id or glob; "" accepts every article
    reason: str = ""
    origin: str = ""  # "accepted.yaml:3" or "inline marker, line 12"

    def covers(self, article_id: str, finding: Finding) -> bool:
        """True when this acceptance applies to *finding* of *article_id*."""
        if finding.rule != self.rule:
            return False
        # The text may be the whole evidence ("a shameful decision") or the
        # loaded words inside it ("shameful"), as a reviewer would write them.
        if self.text and _norm(finding.text) != self.text and not re.search(r"(?<!\w)" + re.escape(self.text) + r"(?!\w)", _norm(finding.text)):
            return False
        if self.article and not (article_id == self.article or fnmatchcase(article_id, self.article)):
            return False
        return True

    @property
    def label(self) -> str:
        return f"{self.origin}: {self.reason}" if self.reason else self.origin


def _entry(raw: dict, display: str, line: int | None, known_rules: Sequence[str] | None) -> Acceptance:
    rule = str(raw.get("rule") or "").strip()
    if not rule:
        raise AcceptError(display, line, "each accepted finding needs a 'rule' (e.g. LNG002)")
    if known_rules is not None and rule not in known_rules:
        guess = difflib.get_close_matches(rule, sorted(known_rules), n=1)
        hint = f"; did you mean '{guess[0]}'?" if guess else ""
        raise AcceptError(display, line, f"the rubric has no rule '{rule}'{hint}")
    text = str(raw.get("text") or "")
    if text.startswith("'") and text[1:].startswith(_FORMULA_START):
        text = text[1:]  # a cell copied from findings.csv, escaped for spreadsheets
    return Acceptance(rule, _norm(text), str(raw.get("article") or "").strip(), str(raw.get("reason") or "").strip(), f"{display}:{line}")


def _from_yaml(path: Path, display: str, known_rules) -> list[Acceptance]:
    data = read_yaml(path, display, error=AcceptError)
    if data is None:
        return []
    if not isinstance(data, list):
        raise AcceptError(display, line_of(data) or 1, "a suppressions file must be a list of {rule, text, article, reason}")
    out = []
    for i, raw in enumerate(data):
        if not isinstance(raw, dict):
            raise AcceptError(display, item_line(data, i), "each accepted finding must be a mapping {rule, text, article, reason}")
        check_keys(raw, ACCEPT_KEYS, "an accepted finding", display, error=AcceptError)
        out.append(_entry(raw, display, line_of(raw), known_rules))
    return out


def _from_csv(path: Path, display: str, known_rules) -> list[Acceptance]:
    text = read_text(path, display, error=AcceptError)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        if "rule" not in (reader.fieldnames or []):
            raise AcceptError(display, 1, "the header must have a 'rule' column (and optionally text, article, reason); a filtered copy of findings.csv works")
        out = []
        for row in reader:
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            out.append(_entry(row, display, reader.line_num, known_rules))
        return out
    except csv.Error as exc:
        raise AcceptError(display, reader.line_num, f"CSV error: {exc}") from None


def load_acceptances(path: str | Path, known_rules: Iterable[str] | None = None) -> tuple[Acceptance, ...]:
    """Read a suppressions file (``.yaml``/``.yml`` or ``.csv``).

    With *known_rules*, an entry naming a rule the rubric lacks is an error
    (a typo would otherwise accept nothing). Raises :class:`AcceptError`.
    """
    p = Path(path)
    display = str(path)
    known = None if known_rules is None else list(known_rules)
    if p.suffix.lower() == ".csv":
        return tuple(_from_csv(p, display, known))
    if p.suffix.lower() in (".yaml", ".yml"):
        return tuple(_from_yaml(p, display, known))
    raise AcceptError(display, None, "a suppressions file must end in .yaml, .yml or .csv")


def acceptances_sha256(accepted: Sequence[Acceptance]) -> str:
    """A hash of what *accepted* accepts (not of comments, order or file
    positions), for the run manifest."""
    entries = sorted({(a.rule, a.text, a.article, a.reason) for a in accepted})
    return hashlib.sha256(json.dumps(entries, ensure_ascii=False).encode("utf-8")).hexdigest()


def inline_acceptances(text: str) -> dict[int, list[Acceptance]]:
    """Inline markers of *text*: 1-based line number -> acceptances for it."""
    if "framing" not in text:
        return {}
    lines = re.split(r"\r\n|\r|\n", text)  # the line breaks Document.line_col counts
    out: dict[int, list[Acceptance]] = {}
    pending: list[Acceptance] = []
    for n, line in enumerate(lines, start=1):
        found = []
        for m in _MARKER.finditer(line):
            words = m.group(1).replace(",", " ").split()
            ids = []
            while words and _RULE_ID.match(words[0]):
                ids.append(words.pop(0))
            found += [Acceptance(rid, "", "", " ".join(words), f"inline marker, line {n}") for rid in ids]
        rest = _MARKER.sub("", line).strip()
        if rest:
            out.setdefault(n, []).extend(pending + found)
            pending = []
        else:
            pending += found  # a marker alone covers the next line with text
    return out


def take_markers(article):
    """(*article* with its inline markers blanked out, the acceptances they make).

    Each marker becomes as many spaces as it had characters, so offsets and
    line numbers do not move; a marker alone on its line leaves a blank line,
    as it does in rendered Markdown.
    """
    inline = inline_acceptances(article.text)
    if not inline:
        return article, {}
    return replace(article, text=_MARKER.sub(lambda m: " " * len(m.group()), article.text)), inline


def apply_acceptances(findings: Sequence[Finding], doc, accepted: Sequence[Acceptance] = (), inline: dict | None = None) -> list[Finding]:
    """*findings* with the accepted ones marked (weight 0, ``accepted_by``).

    *accepted* come from a suppressions file; *inline* from the article's own
    markers (see :func:`take_markers`): line number -> acceptances.
    """
    inline = inline or {}
    if not accepted and not inline:
        return list(findings)
    out = []
    for f in findings:
        match = next((a for a in accepted if a.covers(doc.id, f)), None)
        if match is None and inline:
            first = doc.line_col(f.start)[0]
            last = doc.line_col(max(f.end - 1, f.start))[0]
            match = next((a for n in range(first, last + 1) for a in inline.get(n, ()) if a.rule == f.rule), None)
        out.append(f if match is None else replace(f, weight=0.0, accepted_by=match.label))
    return out
