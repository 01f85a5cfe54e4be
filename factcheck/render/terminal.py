"""`factcheck check` in a terminal: per document, a block per claim with its verdict, what was claimed, the
official figure and its source.

Plain text wrapped to the terminal's width, coloured only at a terminal (click strips the colour codes
otherwise). Control characters from the input are shown escaped, so a text cannot drive the terminal.
"""

from __future__ import annotations

import shutil
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from factcheck.model import DocumentResult, Finding, Verdict
from factcheck.render.figures import not_checked
from factcheck.render.figures import tally as figure_tally
from factcheck.render.labels import VERDICT_LABELS, VERDICT_ORDER, format_claimed, format_official

FIGURES_SHOWN = 20  # figures outside every claim listed per document; the JSON lists them all
OFFICIAL_SHOWN = 2  # the figure the verdict rests on and the next; the report and JSON list them all
FIELD_WIDTH = 10  # "  official " : the labels of a claim's lines
MIN_WIDTH, MAX_WIDTH = 40, 120

Echo = Callable[[str], None]


def print_results(results: Sequence[DocumentResult], echo: Echo | None = None, *, width: int | None = None) -> None:
    """A block per document that was read, then a one-line total when there were several."""
    out = echo or _echo
    width = max(MIN_WIDTH, min(MAX_WIDTH, width or shutil.get_terminal_size().columns))
    shown = [r for r in results if not r.error]
    for result in shown:
        out(render_document(result, width=width, heading=len(results) > 1))
    if len(shown) > 1:
        counts = Counter(f.verdict for r in shown for f in r.findings if not f.suppressed)
        out(tally(counts, sum(counts.values()), f"{len(shown)} documents: "))


def render_document(result: DocumentResult, *, width: int = 100, heading: bool = True) -> str:
    """One document's claims, ending with its tally line."""
    findings = [f for f in result.findings if not f.suppressed]
    lines: list[str] = []
    if heading:
        lines.append(_style(printable(result.path if result.path != "-" else "standard input"),
                            bold=True, underline=True))
    election = result.election.date or "not determined"
    how = f" ({printable(result.election.how)})" if result.election.how else ""
    lines.append(_style(f"Election: {election}{how}", dim=True))
    lines.append("")
    if not findings:
        lines += ["No checkable claims about election results found.", ""]
        return "\n".join(lines + figures_block(result, width))
    for finding in findings:
        lines += claim_block(finding, width)
        lines.append("")
    lines += [tally(Counter(f.verdict for f in findings), len(findings), ""), ""]
    return "\n".join(lines + figures_block(result, width))


def figures_block(result: DocumentResult, width: int) -> list[str]:
    """`Figures: 42 in the text: 30 in claims, 9 dismissed, 3 unresolved`, then the ones outside every claim."""
    if not result.figures:
        return []
    lines = [_style(f"Figures: {figure_tally(result.figures)}", bold=True)]
    shown, cut = not_checked(result.text, result.figures, FIGURES_SHOWN)
    for item in shown:
        figure = item.figure
        detail = f'in "{item.context}"' if figure.status == "unresolved" else f"({figure.reason})"
        lines += textwrap.wrap(printable(f'  {figure.status:<10}  {item.line}:{item.column}  "{figure.text}" {detail}'),
                               width, subsequent_indent=" " * 14)
    if cut:
        lines.append(f"  +{cut} more not shown: --format json lists every figure")
    return [*lines, ""]


def claim_block(finding: Finding, width: int) -> list[str]:
    """`✗ Inaccurate  5:91  the claim's words`, then its claimed, official, why and source lines."""
    label = VERDICT_LABELS[finding.verdict]
    claim = finding.claim.claim
    head = f"{label.icon} {label.word}"
    where = f"{claim.span.line}:{claim.span.column}"
    first = textwrap.wrap(f"{head}  {where}  {printable(claim.text)}", width, subsequent_indent=" " * 4) or [""]
    first[0] = _style(head, **_STYLES.get(label.style, {})) + first[0][len(head):]
    unit = claim.quantity.unit if claim.quantity else None
    shown = finding.official[:OFFICIAL_SHOWN]
    official = [format_official(item, unit) + (f" ({item.basis})" if item.basis else "") for item in shown]
    if len(finding.official) > len(shown):
        official.append(f"+{len(finding.official) - len(shown)} more in the JSON or HTML report")
    sources = {o.source.url or o.source.title: o.source for o in shown if o.source}
    fields = [("claimed", [format_claimed(claim)]), ("official", official or ["—"]),
              ("why", [finding.explanation]),
              ("source", [f"{s.publisher}: {s.title}" if s.publisher else s.title for s in sources.values()])]
    lines = first
    for name, values in fields:
        for index, value in enumerate(v for v in values if v):
            lines += _field(name if index == 0 else "", printable(value), width)
    return lines


def tally(counts: Counter[Verdict], total: int, prefix: str) -> str:
    """`20 claims: ✓ 12 accurate, ✗ 3 inaccurate`."""
    parts = []
    for verdict in VERDICT_ORDER:
        if counts[verdict]:
            label = VERDICT_LABELS[verdict]
            parts.append(_style(f"{label.icon} {counts[verdict]} {label.word.lower()}", **_STYLES.get(label.style, {})))
    return f"{prefix}{total} claim{'s' if total != 1 else ''}: " + ", ".join(parts)


def printable(text: str) -> str:
    """The text on one line, with control characters (escape sequences included) shown escaped."""
    return "".join(c if c.isprintable() else (" " if c in "\n\r\t" else repr(c)[1:-1]) for c in text)


def _field(name: str, value: str, width: int) -> list[str]:
    indent = " " * (FIELD_WIDTH + 2)
    lines = textwrap.wrap(value, width, initial_indent=indent, subsequent_indent=indent) or [indent]
    lines[0] = "  " + _style(name.ljust(FIELD_WIDTH), dim=True) + lines[0][len(indent):]
    return lines


# Each verdict label's style, for click.style.
_STYLES: dict[str, dict[str, Any]] = {
    "bold green": {"fg": "green", "bold": True}, "green": {"fg": "green"},
    "bold yellow": {"fg": "yellow", "bold": True}, "bold red": {"fg": "red", "bold": True}, "dim": {"dim": True},
}


def _style(text: str, **style: Any) -> str:
    import typer

    return typer.style(text, **style)


def _echo(text: str) -> None:
    import typer

    typer.echo(text)
