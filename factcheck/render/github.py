"""`factcheck lint --format github`: GitHub Actions workflow commands that annotate the pull request.

    ::error file=drafts/a.md,line=3,col=5,endLine=3,endColumn=40,title=factcheck inaccurate [seats.x]::...

A finding at or above the fail-on level is an `error`; below it, `misleading` is a `warning` and
`unverifiable` a `notice`. Suppressed findings are left out. Values are escaped as the runner expects:
`%`, CR and LF everywhere, and also `:` and `,` inside properties. Each file also gets one `notice` titled
"factcheck figures": how many numbers it holds and the ones outside every claim (dismissed, or unresolved).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.inputs import one_line
from factcheck.lint.records import LintRecord, lint_records
from factcheck.model import DocumentResult, Severity
from factcheck.render.figures import not_checked
from factcheck.render.figures import tally as figure_tally

if TYPE_CHECKING:
    from factcheck.lint import LintReport

LOWER_LEVELS = {Severity.MISLEADING: "warning", Severity.UNVERIFIABLE: "notice"}
FIGURES_LISTED = 20  # figures outside every claim named in a file's figures notice


def escape_data(value: str) -> str:
    """`%`, CR and LF as the runner expects; any other control character (ESC...) shown escaped."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return one_line(value)


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    props = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    return f"::{level} {props}::{escape_data(message)}" if props else f"::{level}::{escape_data(message)}"


def level_for(record: LintRecord, threshold: Severity) -> str:
    return "error" if record.severity >= threshold else LOWER_LEVELS.get(record.severity, "notice")


def render(report: LintReport) -> str:
    threshold = report.config.threshold
    lines = [
        command(level_for(r, threshold), r.message, file=report.repo_path(r.path), line=r.line, col=r.column,
                endLine=r.end_line, endColumn=r.end_column - 1,
                title=f"factcheck {r.verdict.value} [{r.rule}]")
        for r in lint_records(report.documents, include_suppressed=False)
    ]
    lines += [command("error", doc.error or "could not be checked", file=report.repo_path(doc.path),
                      title="factcheck could not check this file") for doc in report.errors]
    lines += [figures_notice(report, doc) for doc in report.documents if doc.figures and not doc.error]
    return "".join(line + "\n" for line in lines)


def figures_notice(report: LintReport, doc: DocumentResult) -> str:
    """One notice per file: how many figures it holds, and the ones outside every claim (bounded)."""
    listed, cut = not_checked(doc.text, doc.figures, FIGURES_LISTED)
    parts = [f'{item.line}:{item.column} "{item.figure.text}" '
             + (f"dismissed ({item.figure.reason})" if item.figure.status == "dismissed" else "unresolved")
             for item in listed]
    if cut:
        parts.append(f"{cut} more (--format json lists every figure)")
    message = f"{figure_tally(doc.figures)}." + (" Not checked: " + "; ".join(parts) if parts else "")
    return command("notice", message, file=report.repo_path(doc.path), title="factcheck figures")
