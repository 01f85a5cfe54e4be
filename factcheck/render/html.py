"""The HTML fact-check report: one self-contained page (inline CSS, no scripts, no network requests).

`report_context()` turns a DocumentResult into a plain dict; the templates in factcheck/templates render
it with autoescape on and StrictUndefined, so every piece of input text is escaped and a missing value
is an error rather than a silent blank. The web page renders the same context inside its form page.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.model import DatabaseInfo, DocumentResult, Evidence, Finding, SourceRef, Verdict
from factcheck.regex_cache import lazy
from factcheck.render.charts import comparison_svg
from factcheck.render.claimreview import claim_review
from factcheck.render.figures import counts as figure_counts
from factcheck.render.figures import not_checked
from factcheck.render.labels import (
    VERDICT_LABELS,
    VERDICT_ORDER,
    format_claimed,
    format_official,
    party_words,
    safe_link,
)
from factcheck.render.limits import MAX_CARDS, MAX_QUERIES_PER_CARD, summarised_rows

if TYPE_CHECKING:
    import jinja2

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"
MAX_FIGURES_LISTED = 200  # figures outside every claim listed in the report; the JSON lists them all
_SPACES = lazy(r"[ \t\f\v]{2,}")
_BLANK_LINES = lazy(r"\n[ \t]*(?:\n[ \t]*){2,}")


@dataclass(frozen=True)
class ReportOptions:
    """Who publishes the report and where the checked text appeared (for the ClaimReview records)."""

    publisher: str = "factcheck"
    publisher_url: str | None = None
    title: str | None = None
    review_date: str | None = None  # ISO date of this review; today when None
    report_url: str | None = None  # where this report will be published, for ClaimReview.url
    appearance_url: str | None = None  # where the checked text was published
    appearance_date: str | None = None  # when it was published (front matter `date:`)


def render_report(result: DocumentResult, database: DatabaseInfo | None = None,
                  options: ReportOptions | None = None, *, template_dir: Path | None = None) -> str:
    """The whole standalone report page as a string."""
    return "".join(iter_report(result, database, options, template_dir=template_dir))


def iter_report(result: DocumentResult, database: DatabaseInfo | None = None,
                options: ReportOptions | None = None, *, template_dir: Path | None = None) -> Iterator[str]:
    """The report page in pieces as the template makes them: a big report is written out, never held whole."""
    context = report_context(result, database, options or ReportOptions())
    template = environment(str(template_dir) if template_dir else None).get_template("report.html")
    return template.generate(report=context, page_title=context["title"])


def render_template(name: str, context: Mapping[str, Any], template_dir: Path | None = None) -> str:
    """Render one of our templates (or an override from `template_dir`) with a plain dict context."""
    return environment(str(template_dir) if template_dir else None).get_template(name).render(**context)


@lru_cache(maxsize=4)
def environment(template_dir: str | None = None) -> jinja2.Environment:
    """Jinja set-up: autoescape on, StrictUndefined, an optional override folder searched first."""
    import jinja2

    folders = [template_dir, str(TEMPLATE_DIR)] if template_dir else [str(TEMPLATE_DIR)]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folders), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": True}
    return env


def display_name(path: str) -> str:
    return "pasted text" if path in ("-", "") else path


def report_context(result: DocumentResult, database: DatabaseInfo | None,
                   options: ReportOptions) -> dict[str, Any]:
    """Everything the templates need, as plain data."""
    findings = sorted((f for f in result.findings if not f.suppressed),
                      key=lambda f: (f.claim.claim.span.start, -f.claim.claim.span.end))
    review_date = options.review_date or dt.date.today().isoformat()
    name = display_name(result.path)
    cards = [_card(number, finding, result, options, review_date, database)
             for number, finding in enumerate(findings[:MAX_CARDS], start=1)]
    brief = [_brief(number, finding) for number, finding in enumerate(findings[MAX_CARDS:], start=MAX_CARDS + 1)]
    return {
        "title": options.title or f"Fact-check: {name}",
        "document": {"name": name, "error": result.error, "election_date": result.election.date,
                     "election_how": result.election.how},
        "publisher": {"name": options.publisher, "url": safe_link(options.publisher_url)},
        "review_date": review_date,
        "summary": _summary(findings),
        "segments": highlight_segments(result.text, findings),
        "cards": cards,
        "brief": brief,  # claims past limits.MAX_CARDS: one line each
        "figures": _figures(result),
        "database": {"built": database.built if database and database.built else None,
                     "sources": [_source(s) for s in _cited(findings).values()],  # what this report relies on
                     "catalogue": len(database.sources) if database else 0},
    }


def _figures(result: DocumentResult) -> dict[str, Any]:
    """The figures ledger: how many numbers were checked, and the ones that were not (bounded)."""
    shown, cut = not_checked(result.text, result.figures, MAX_FIGURES_LISTED)
    n = figure_counts(result.figures)
    return {
        "total": len(result.figures), "claim": n["claim"], "dismissed": n["dismissed"], "unresolved": n["unresolved"],
        "not_checked": [{"text": item.figure.text, "status": item.figure.status, "reason": item.figure.reason,
                         "rule": item.figure.rule, "line": item.line, "column": item.column, "context": item.context}
                        for item in shown],
        "cut": cut,
    }


def _summary(findings: Sequence[Finding]) -> dict[str, Any]:
    counts = Counter(f.verdict for f in findings)
    fine = counts[Verdict.ACCURATE] + counts[Verdict.APPROXIMATELY_ACCURATE]
    return {
        "found": len(findings),
        "checked": len(findings) - counts[Verdict.UNVERIFIABLE],
        "check_out": fine,
        "by_verdict": [{"verdict": v.value, "word": VERDICT_LABELS[v].word, "icon": VERDICT_LABELS[v].icon,
                        "count": counts[v]} for v in VERDICT_ORDER],
    }


def highlight_segments(text: str, findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """The text cut at every claim start and end. Each piece knows which claims cover it (overlaps too),
    the most serious verdict among them, and which claims end right after it (for their badges)."""
    spans = [(number, f) for number, f in enumerate(findings, start=1)
             if 0 <= f.claim.claim.span.start < f.claim.claim.span.end <= len(text)]
    cuts = sorted({0, len(text), *(f.claim.claim.span.start for _, f in spans),
                   *(f.claim.claim.span.end for _, f in spans)})
    starting: dict[int, list[tuple[int, Finding]]] = {}
    ending: dict[int, list[tuple[int, Finding]]] = {}
    for number, finding in spans:
        starting.setdefault(finding.claim.claim.span.start, []).append((number, finding))
        ending.setdefault(finding.claim.claim.span.end, []).append((number, finding))
    active: dict[int, Finding] = {}
    segments: list[dict[str, Any]] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        for number, _ in ending.get(left, ()):
            active.pop(number, None)
        active.update(starting.get(left, ()))
        worst = max(active.values(), key=lambda f: f.severity, default=None)
        segments.append({
            "text": _display_text(text[left:right]),
            "verdict": worst.verdict.value if worst else None,
            "claims": sorted(active),
            "ending": [_badge(number, f) for number, f in sorted(ending.get(right, ()), key=lambda p: p[0])],
        })
    if segments and not segments[0]["verdict"]:
        segments[0]["text"] = segments[0]["text"].lstrip()
    if segments and not segments[-1]["verdict"]:
        segments[-1]["text"] = segments[-1]["text"].rstrip()
    return segments


def _display_text(piece: str) -> str:
    """Line endings made uniform and runs of blanked markup squeezed, for reading only."""
    piece = piece.replace("\r\n", "\n").replace("\r", "\n")
    return _BLANK_LINES.sub("\n\n", _SPACES.sub(" ", piece))


def _badge(number: int, finding: Finding) -> dict[str, Any]:
    label = VERDICT_LABELS[finding.verdict]
    return {"number": number, "verdict": finding.verdict.value, "word": label.word, "icon": label.icon}


def _card(number: int, finding: Finding, result: DocumentResult, options: ReportOptions, review_date: str,
          database: DatabaseInfo | None) -> dict[str, Any]:
    resolved = finding.claim
    claim = resolved.claim
    label = VERDICT_LABELS[finding.verdict]
    unit = claim.quantity.unit if claim.quantity else None
    sources = _cited([finding])
    anchor = f"claim-{number}"
    review_url = f"{options.report_url}#{anchor}" if safe_link(options.report_url) else None
    return {
        "number": number,
        "anchor": anchor,
        "verdict": finding.verdict.value,
        "word": label.word,
        "icon": label.icon,
        "ok": finding.verdict in (Verdict.ACCURATE, Verdict.APPROXIMATELY_ACCURATE),
        "type": claim.type.value.replace("_", " "),
        "rule": finding.rule,
        "text": claim.text,
        "sentence": claim.sentence.strip() if claim.sentence.strip() != claim.text.strip() else "",
        "line": claim.span.line,
        "column": claim.span.column,
        "claimed": format_claimed(claim),
        "claimed_words": claim.quantity.text if claim.quantity and claim.quantity.text else claim.text,
        "officials": [{"value": format_official(o, unit), "basis": o.basis,
                       "publisher": o.source.publisher if o.source else None} for o in finding.official],
        "explanation": finding.explanation,
        "baseline": claim.baseline,
        "as_of": claim.as_of,
        "subject": {
            "party": _named(claim.party, resolved.party_id),
            "place": resolved.place.name if resolved.place else claim.place,
            "place_code": resolved.place.code if resolved.place else None,
            "election": resolved.election_date or result.election.date,
        },
        "notes": list(resolved.notes),
        "sources": [_source(s) for s in sources.values()],
        "evidence": [_evidence(e, finding) for e in finding.evidence[:MAX_QUERIES_PER_CARD]],
        "more_queries": max(0, len(finding.evidence) - MAX_QUERIES_PER_CARD),
        "database_built": database.built if database and database.built else None,
        "chart": comparison_svg(finding, f"Claim {number}: claimed against official", anchor),
        "jsonld": claim_review(
            finding, publisher=options.publisher, publisher_url=options.publisher_url,
            review_date=review_date, review_url=review_url, appearance_url=options.appearance_url,
            appearance_name=display_name(result.path), appearance_date=options.appearance_date),
    }


def _brief(number: int, finding: Finding) -> dict[str, Any]:
    """A claim past the full cards: its verdict, words, official figure and explanation on one line."""
    claim = finding.claim.claim
    label = VERDICT_LABELS[finding.verdict]
    unit = claim.quantity.unit if claim.quantity else None
    return {"number": number, "anchor": f"claim-{number}", "verdict": finding.verdict.value, "word": label.word,
            "icon": label.icon, "text": claim.text, "line": claim.span.line,
            "official": "; ".join(format_official(o, unit) for o in finding.official[:2]) or "—",
            "explanation": finding.explanation}


def _named(as_written: str | None, code: str | None) -> str | None:
    """ "the Lib Dems (Liberal Democrat)": the name as written, with the party it was read as when that
    differs; never a bare code."""
    name = party_words(code) if code else None
    if not as_written or (code and as_written.strip().lower() == code.lower()):
        return name
    if name and as_written.strip().lower() != name.lower():
        return f"{as_written.strip()} ({name})"
    return as_written


def _cited(findings: list[Finding]) -> dict[str, SourceRef]:
    """The sources the findings' official figures come from, each once, in the order first cited."""
    return {o.source.id or o.source.url: o.source for f in findings for o in f.official if o.source}


def _source(source: SourceRef) -> dict[str, Any]:
    return {"title": source.title or source.id, "publisher": source.publisher, "licence": source.licence,
            "url": source.url, "link": safe_link(source.url)}


def _evidence(evidence: Evidence, finding: Finding | None = None) -> dict[str, Any]:
    rows = summarised_rows(evidence, finding)
    columns = list(dict.fromkeys(key for row in rows for key in row))
    return {
        "query": evidence.query,
        "sql": evidence.sql.strip(),
        "params": json.dumps(dict(evidence.params), indent=1, ensure_ascii=False, default=str),
        "columns": [str(c) for c in columns],
        "rows": [["" if row.get(c) is None else str(row.get(c)) for c in columns] for row in rows],
        "more_rows": len(evidence.rows) - len(rows),
    }
