"""Inline control in drafts: HTML comments that mark findings as suppressed (never dropped).

    <!-- factcheck off --> ... every claim up to the next `on`, or to the end ... <!-- factcheck on -->
    <!-- factcheck ignore --> the next paragraph only (to a blank line, or in HTML its closing block tag)

Suppressed findings stay in the JSON (`"suppressed": true`) and SARIF (`suppressions: [{"kind": "inSource"}]`)
output; they do not count towards the exit code and are left out of the text and GitHub formats.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from factcheck.model import Figure, Finding
from factcheck.regex_cache import lazy

DIRECTIVE = lazy(r"<!--[ \t]*factcheck[ \t]+(off|on|ignore)[ \t]*-->", re.IGNORECASE)
BLANK_LINE = lazy(r"\r?\n[ \t]*\r?\n")
HTML_BLOCK_END = lazy(r"</(?:p|li|h[1-6]|blockquote|td|th|dd|dt|figcaption|pre)\s*>", re.IGNORECASE)
LEADING_SPACE = lazy(r"\s*")

Region = tuple[int, int]  # [start, end) offsets into the text as read


def suppressed_regions(text: str, kind: str = "markdown") -> list[Region]:
    """Where findings are suppressed, from the directives in the text."""
    regions: list[Region] = []
    off_since: int | None = None
    for match in DIRECTIVE.finditer(text):
        word = match.group(1).lower()
        if word == "off" and off_since is None:
            off_since = match.start()
        elif word == "on" and off_since is not None:
            regions.append((off_since, match.end()))
            off_since = None
        elif word == "ignore":
            regions.append(_next_paragraph(text, match.end(), kind))
    if off_since is not None:
        regions.append((off_since, len(text)))
    return regions


def mark_suppressed(findings: Iterable[Finding], regions: Sequence[Region]) -> tuple[Finding, ...]:
    """Each finding whose claim starts inside a region, marked suppressed; the others unchanged."""
    out = []
    for finding in findings:
        start = finding.claim.claim.span.start
        inside = any(low <= start < high for low, high in regions)
        out.append(replace(finding, suppressed=True) if inside and not finding.suppressed else finding)
    return tuple(out)


SUPPRESSED_FIGURE = "inside a region marked <!-- factcheck off --> or ignore"


def quiet_figures(figures: Iterable[Figure], regions: Sequence[Region]) -> tuple[Figure, ...]:
    """Figures outside any claim that lie inside a region, dismissed as asked; the others unchanged."""
    out = []
    for figure in figures:
        inside = any(low <= figure.start < high for low, high in regions)
        if inside and figure.status != "claim":
            figure = replace(figure, status="dismissed", reason=SUPPRESSED_FIGURE, rule="figures.suppressed")
        out.append(figure)
    return tuple(out)


def _next_paragraph(text: str, after: int, kind: str) -> Region:
    start = LEADING_SPACE.match(text, after).end()  # type: ignore[union-attr]
    blank = BLANK_LINE.search(text, start)
    end = blank.start() if blank else len(text)
    if kind == "html":
        block = HTML_BLOCK_END.search(text, start, end)
        end = block.end() if block else end
    return (after, end)
