"""One flat lint record per reported finding, shared by the text, GitHub and SARIF renderers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.model import DocumentResult, Finding, Severity, Verdict
from factcheck.regex_cache import lazy

CLAIM_QUOTE_LIMIT = 120
_SPACES = lazy(r"\s+")


@dataclass(frozen=True)
class LintRecord:
    """A finding with the positions and wording every lint format needs. Columns are 1-based characters."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int  # exclusive: the column just after the claim's last character
    verdict: Verdict
    rule: str
    claim_type: str
    claim_text: str
    explanation: str
    suppressed: bool
    finding: Finding

    @property
    def severity(self) -> Severity:
        return self.finding.severity

    @property
    def message(self) -> str:
        """`"the claim": the explanation`, on one line."""
        quoted = _SPACES.sub(" ", self.claim_text).strip()
        if len(quoted) > CLAIM_QUOTE_LIMIT:
            quoted = quoted[: CLAIM_QUOTE_LIMIT - 1].rstrip() + "…"
        explanation = _SPACES.sub(" ", self.explanation).strip() or f"the claim is {self.verdict.value}"
        return f'"{quoted}": {explanation}'


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a string offset (a lone CR does not start a line; CRLF counts once)."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    line_start = text.rfind("\n", 0, offset) + 1
    return line, offset - line_start + 1


def record_for(document: DocumentResult, finding: Finding) -> LintRecord:
    claim = finding.claim.claim
    span = claim.span
    if document.text:
        last_line, last_column = position(document.text, max(span.start, span.end - 1))
    else:
        last_line, last_column = span.line, span.column + max(0, span.end - span.start - 1)
    return LintRecord(
        path=document.path, line=span.line, column=span.column,
        end_line=last_line, end_column=last_column + 1,
        verdict=finding.verdict, rule=finding.rule or claim.type.value, claim_type=claim.type.value,
        claim_text=claim.text, explanation=finding.explanation, suppressed=finding.suppressed,
        finding=finding,
    )


def lint_records(documents: Iterable[DocumentResult], *, include_suppressed: bool = True) -> list[LintRecord]:
    """Records for every finding worse than accurate, in path and position order."""
    out = [record_for(doc, f) for doc in documents for f in doc.findings
           if f.severity > Severity.OK and (include_suppressed or not f.suppressed)]
    return sorted(out, key=lambda r: (r.path, r.line, r.column, r.rule))
