"""The figures ledger as every output shows it: how many numbers were checked, and the ones that were not.

Shared by the terminal, the HTML report and the lint formats, so a reader always learns what the tool did
not look at. Lists are bounded (`limit`); what was cut is counted, never silently dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.model import Figure

CONTEXT_CHARS = 30  # words shown either side of a figure


@dataclass(frozen=True)
class FigureLine:
    """A figure that was not checked, placed and quoted for display."""

    figure: Figure
    line: int
    column: int
    context: str  # "…Labour took 45 seats in…", on one line


def counts(figures: Sequence[Figure]) -> Counter[str]:
    return Counter(f.status for f in figures)


def tally(figures: Sequence[Figure]) -> str:
    """`42 in the text: 20 in claims, 15 dismissed, 7 unresolved` (or `no figures in the text`)."""
    if not figures:
        return "no figures in the text"
    n = counts(figures)
    return (f"{len(figures)} in the text: {n['claim']} in claims, {n['dismissed']} dismissed, "
            f"{n['unresolved']} unresolved")


def not_checked(text: str, figures: Sequence[Figure], limit: int | None = None) -> tuple[list[FigureLine], int]:
    """The figures outside every claim, unresolved first, then dismissed, each in text order; and how many
    more there were beyond `limit`."""
    rest = [f for f in figures if f.status == "unresolved"] + [f for f in figures if f.status == "dismissed"]
    shown = rest if limit is None else rest[:limit]
    return [figure_line(text, f) for f in shown], len(rest) - len(shown)


def figure_line(text: str, figure: Figure) -> FigureLine:
    line = text.count("\n", 0, figure.start) + 1
    column = figure.start - (text.rfind("\n", 0, figure.start) + 1) + 1
    return FigureLine(figure, line, column, context(text, figure))


def context(text: str, figure: Figure, chars: int = CONTEXT_CHARS) -> str:
    """The figure with a few words either side from its own line, cut at word boundaries."""
    line_start = text.rfind("\n", max(0, figure.start - chars - 1), figure.start) + 1  # searched near it only
    line_end = text.find("\n", figure.end, figure.end + chars + 1)
    line_end = len(text) if line_end < 0 else line_end
    left = text[max(line_start, figure.start - chars):figure.start]
    right = text[figure.end:min(line_end, figure.end + chars)]
    if figure.start - chars > line_start and " " in left:
        left = "…" + left.split(" ", 1)[1]
    if figure.end + chars < line_end and " " in right:
        right = right.rsplit(" ", 1)[0] + "…"
    return " ".join((left + figure.text + right).split())
