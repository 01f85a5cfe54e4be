"""`factcheck lint --format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

- `ruleId` is the finding's stable rule id (one per claim type, e.g. `seats.net_change`); `tool.driver.rules`
  lists each rule that has results.
- `level` comes from the verdict: inaccurate -> error, misleading -> warning, unverifiable -> note.
- `partialFingerprints["factcheckClaim/v1"]` hashes the rule, the path and the claim's normalised words (not
  its line), with `:N` for the Nth identical claim in a file, so alerts survive edits above them.
- Paths are relative to the repository root (`uriBaseId: SRCROOT`); columns count Unicode code points.
- Suppressed findings are kept, with `suppressions: [{"kind": "inSource"}]`.
- Each file's figures (numbers) are a `note` in `invocations[].toolExecutionNotifications`, not results: the
  message counts them, `properties.notChecked` lists those outside every claim (bounded, `notListed` more).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, Any

from factcheck import __version__
from factcheck.lint.records import LintRecord, lint_records
from factcheck.model import DocumentResult, Verdict
from factcheck.regex_cache import lazy
from factcheck.render.figures import counts as figure_counts
from factcheck.render.figures import not_checked
from factcheck.render.figures import tally as figure_tally

if TYPE_CHECKING:
    from factcheck.lint import LintReport

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "factcheckClaim/v1"
ROOT_BASE = "SRCROOT"
LEVELS = {Verdict.INACCURATE: "error", Verdict.MISLEADING: "warning", Verdict.UNVERIFIABLE: "note"}
FIGURES_LISTED = 200  # figures outside every claim listed in a file's figures notification
_NOT_WORD = lazy(r"[\W_]+")


def normalised_claim(text: str) -> str:
    """Words only, case-folded: `Labour  gained 4 seats.` and `labour gained 4 seats` fingerprint alike."""
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def fingerprint(rule: str, path: str, claim_text: str) -> str:
    key = "\0".join((rule, path, normalised_claim(claim_text)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def rule_descriptor(rule: str, claim_type: str) -> dict[str, Any]:
    words = claim_type.replace("_", " ")
    return {
        "id": rule,
        "name": "".join(part.capitalize() for part in re.split(r"[._]", rule) if part),
        "shortDescription": {"text": f"Checks {words} claims against the official results."},
        "fullDescription": {"text": f"Rule {rule}: a {words} claim is compared with the official figures in "
                                    "the reference database; the verdict sets the level."},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["fact-check", claim_type]},
    }


def result_record(record: LintRecord, path: str, rule_index: int, fingerprint_value: str) -> dict[str, Any]:
    finding = record.finding
    result: dict[str, Any] = {
        "ruleId": record.rule,
        "ruleIndex": rule_index,
        "level": LEVELS.get(record.verdict, "none"),
        "message": {"text": record.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": path, "uriBaseId": ROOT_BASE},
            "region": {"startLine": record.line, "startColumn": record.column, "endLine": record.end_line,
                       "endColumn": record.end_column, "charOffset": finding.claim.claim.span.start,
                       "charLength": finding.claim.claim.span.end - finding.claim.claim.span.start,
                       "snippet": {"text": record.claim_text}},
        }}],
        "partialFingerprints": {FINGERPRINT: fingerprint_value},
        "properties": {"verdict": record.verdict.value, "claimType": record.claim_type,
                       "official": [_plain(o.value) for o in finding.official]},
    }
    if record.suppressed:
        result["suppressions"] = [{"kind": "inSource", "justification": "factcheck off/ignore comment"}]
    return result


def figures_notification(report: LintReport, doc: DocumentResult) -> dict[str, Any]:
    """A `note` per file: how many figures it holds; its properties list those outside every claim (bounded)."""
    listed, cut = not_checked(doc.text, doc.figures, FIGURES_LISTED)
    return {
        "level": "note",
        "message": {"text": f"figures: {figure_tally(doc.figures)}"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": report.repo_path(doc.path),
                                                                 "uriBaseId": ROOT_BASE}}}],
        "properties": {
            "figures": dict(figure_counts(doc.figures)),
            "notChecked": [{"text": item.figure.text, "status": item.figure.status, "rule": item.figure.rule,
                            "reason": item.figure.reason, "startLine": item.line, "startColumn": item.column,
                            "charOffset": item.figure.start, "charLength": item.figure.end - item.figure.start}
                           for item in listed],
            "notListed": cut,
        },
    }


def sarif_log(report: LintReport) -> dict[str, Any]:
    records = lint_records(report.documents)
    rule_ids = sorted({r.rule for r in records})
    types = {r.rule: r.claim_type for r in records}
    seen: Counter[str] = Counter()
    results = []
    for record in records:
        path = report.repo_path(record.path)
        base = fingerprint(record.rule, path, record.claim_text)
        seen[base] += 1
        results.append(result_record(record, path, rule_ids.index(record.rule), f"{base}:{seen[base]}"))
    notifications = [{"level": "error", "message": {"text": doc.error or "could not be checked"},
                      "locations": [{"physicalLocation": {"artifactLocation": {
                          "uri": report.repo_path(doc.path), "uriBaseId": ROOT_BASE}}}]}
                     for doc in report.errors]
    notifications += [figures_notification(report, doc) for doc in report.documents if doc.figures and not doc.error]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": __version__, "semanticVersion": __version__,
                                "rules": [rule_descriptor(rule, types[rule]) for rule in rule_ids]}},
            "originalUriBaseIds": {ROOT_BASE: {"uri": report.repository_root.as_uri() + "/"}},
            "invocations": [{"executionSuccessful": not report.errors,
                             "toolExecutionNotifications": notifications}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report: LintReport) -> str:
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, (int, float, str, bool)) else str(value)
