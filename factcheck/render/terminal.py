"""`factcheck check` in a terminal: a table per document of verdict, claim, official figure and source.

Every piece of input text goes into a rich `Text` (never parsed as console markup), so a claim that
contains `[bold]` or `[/]` prints as written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.model import DocumentResult, Finding, Verdict
from factcheck.render.labels import VERDICT_LABELS, VERDICT_ORDER, format_claimed, format_official

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


OFFICIAL_SHOWN = 2  # the figure the verdict rests on and the next; the report and JSON list them all


def print_results(results: Sequence[DocumentResult], console: Console) -> None:
    """A table per document that was read, then a one-line total when there were several."""
    shown = [r for r in results if not r.error]
    for result in shown:
        print_document(result, console, heading=len(results) > 1)
    if len(shown) > 1:
        counts = Counter(f.verdict for r in shown for f in r.findings if not f.suppressed)
        console.print(_tally_text(counts, sum(counts.values()), f"{len(shown)} documents: "))


def print_document(result: DocumentResult, console: Console, *, heading: bool = True) -> None:
    from rich.text import Text

    findings = [f for f in result.findings if not f.suppressed]
    if heading:
        console.print(Text(result.path if result.path != "-" else "standard input", style="bold underline"))
    election = result.election.date or "not determined"
    how = f" ({result.election.how})" if result.election.how else ""
    console.print(Text(f"Election: {election}{how}", style="dim"))
    if not findings:
        console.print(Text("No checkable claims about election results found."))
        console.print()
        return
    console.print(findings_table(findings))
    counts = Counter(f.verdict for f in findings)
    console.print(_tally_text(counts, len(findings), ""))
    console.print()


def findings_table(findings: Sequence[Finding]) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True, expand=False, header_style="bold")
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Claim", ratio=3, overflow="fold")
    table.add_column("Official figure", ratio=2, overflow="fold")
    table.add_column("Source", ratio=2, overflow="fold")
    for finding in findings:
        label = VERDICT_LABELS[finding.verdict]
        claim = finding.claim.claim
        claim_cell = Text(f"{claim.span.line}:{claim.span.column} ", style="dim")
        claim_cell.append(claim.text)
        claim_cell.append(f"\nclaimed: {format_claimed(claim)}", style="dim")
        claim_cell.append(f"\n{finding.explanation}", style="italic")
        unit = claim.quantity.unit if claim.quantity else None
        official = Text()
        shown = finding.official[:OFFICIAL_SHOWN]
        for index, item in enumerate(shown):
            official.append(("\n" if index else "") + format_official(item, unit), style="bold")
            if item.basis:
                official.append(f" ({item.basis})", style="dim")
        if len(finding.official) > len(shown):
            official.append(f"\n+{len(finding.official) - len(shown)} more in the JSON or HTML report", style="dim")
        if not finding.official:
            official.append("—", style="dim")
        sources = {o.source.url or o.source.title: o.source for o in shown if o.source}
        source = Text("\n".join(f"{s.publisher}: {s.title}" if s.publisher else s.title
                                for s in sources.values()) or "—")
        table.add_row(Text(f"{label.icon} {label.word}", style=label.style), claim_cell, official, source)
    return table


def _tally_text(counts: Counter[Verdict], total: int, prefix: str) -> object:
    from rich.text import Text

    text = Text(f"{prefix}{total} claim{'s' if total != 1 else ''}: ")
    parts = [(v, counts[v]) for v in VERDICT_ORDER if counts[v]]
    for index, (verdict, count) in enumerate(parts):
        label = VERDICT_LABELS[verdict]
        separator = "" if index == 0 else ", "
        text.append(f"{separator}{label.icon} {count} {label.word.lower()}", style=label.style)
    return text
