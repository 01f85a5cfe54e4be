"""`factcheck lint --format text`: one line per finding, `path:line:col: verdict [rule-id] message`.

Editors and CI log parsers read the `path:line:col:` prefix. Suppressed findings are left out (the JSON and
SARIF formats keep them); a closing summary line says how many there were.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from factcheck.lint.records import LintRecord, lint_records

if TYPE_CHECKING:
    from factcheck.lint import LintReport


def format_record(record: LintRecord) -> str:
    where = f"{record.path}:{record.line}:{record.column}"
    return f"{where}: {record.verdict.value} [{record.rule}] {record.message}"


def render(report: LintReport) -> str:
    records = lint_records(report.documents)
    shown = [r for r in records if not r.suppressed]
    lines = [format_record(r) for r in shown]
    lines += [f"{doc.path}: error: {doc.error}" for doc in report.errors]
    lines.append(summary(report, shown, len(records) - len(shown)))
    return "\n".join(lines) + "\n"


def summary(report: LintReport, shown: list[LintRecord], suppressed: int) -> str:
    """`2 findings (1 inaccurate, 1 unverifiable) in 3 files; 1 suppressed; fails on inaccurate`."""
    files = len(report.documents)
    counts = Counter(r.verdict.value for r in shown)
    detail = ", ".join(f"{n} {verdict}" for verdict, n in sorted(counts.items()))
    text = f"{_plural(len(shown), 'finding')}{f' ({detail})' if detail else ''} in {_plural(files, 'file')}"
    if suppressed:
        text += f"; {suppressed} suppressed"
    if report.errors:
        text += f"; {_plural(len(report.errors), 'file')} could not be checked"
    if report.diff_base:
        text += f"; only lines changed since {report.diff_base}"
    failing = len(report.failing())
    return text + f"; {failing} at or above {report.config.fail_on}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
