"""`factcheck lint --format text`: one line per finding, `path:line:col: verdict [rule-id] message`.

Editors and CI log parsers read the `path:line:col:` prefix. Suppressed findings are left out (the JSON and
SARIF formats keep them); a closing summary line says how many there were. After the findings, each file
says how many figures (numbers) it holds and lists those outside every claim, `figure dismissed` with the
rule and reason or `figure unresolved` with the words around it, so a reader knows what was not checked.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from factcheck.inputs import one_line
from factcheck.lint.records import LintRecord, lint_records
from factcheck.model import DocumentResult
from factcheck.render.figures import not_checked
from factcheck.render.figures import tally as figure_tally

if TYPE_CHECKING:
    from factcheck.lint import LintReport

FIGURES_LISTED = 20  # figures outside every claim listed per file


def format_record(record: LintRecord) -> str:
    where = f"{one_line(record.path)}:{record.line}:{record.column}"
    return f"{where}: {record.verdict.value} [{record.rule}] {one_line(record.message)}"


def render(report: LintReport) -> str:
    records = lint_records(report.documents)
    shown = [r for r in records if not r.suppressed]
    lines = [format_record(r) for r in shown]
    lines += [one_line(line) for doc in report.documents if not doc.error for line in figure_lines(doc)]
    lines += [one_line(f"{doc.path}: error: {doc.error}") for doc in report.errors]
    lines.append(summary(report, shown, len(records) - len(shown)))
    return "\n".join(lines) + "\n"


def figure_lines(doc: DocumentResult) -> list[str]:
    """`path: figures: 42 in the text: ...`, then a `path:line:col:` line per figure outside every claim."""
    if not doc.figures:
        return []
    listed, cut = not_checked(doc.text, doc.figures, FIGURES_LISTED)
    lines = [f"{doc.path}: figures: {figure_tally(doc.figures)}"]
    for item in listed:
        figure = item.figure
        why = f"[{figure.rule}] {figure.reason}" if figure.status == "dismissed" else f'in "{item.context}"'
        lines.append(f'{doc.path}:{item.line}:{item.column}: figure {figure.status} "{figure.text}" {why}')
    if cut:
        lines.append(f"{doc.path}: figures: {cut} more not listed (--format json lists every figure)")
    return lines


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
