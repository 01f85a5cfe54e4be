"""Tables: a header row of three or more parties with rows of measures under it ("Seats 1,204 980 412"),
or a header row of measures ("Party Councils +/- Councillors +/-", "Candidate Party Votes") with a row per
party under it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.layout.lines import Line, Mentions
from factcheck.extract.layout.tokens import NUM, is_measure_label, measure_of
from factcheck.extract.numbers import parse_number
from factcheck.regex_cache import lazy

_GAP = lazy(r"[ ]*[|,;/]?[ ]*")
_WIDE_GAP = lazy(r"[ ]{2,}|[ ]*\|[ ]*|\t")
# A cell of a row: a signed or plain figure, a percentage, "N/C", "-" or "n/a".
_CELL = lazy(
    rf"(?P<sign>[+-])?(?P<num>{NUM})(?P<pct>[ ]?%)?(?![\w])|(?P<nil>N/?C|n/c|nc|-|=)(?=[ |]|$)|(?P<na>n/?a)(?=[ |]|$)",
    re.I)
_ROW_LABEL = lazy(
    r"(?P<label>[A-Za-z+\u00b1][^\d\n|]{0,40}?)(?:[ ]*[:|][ ]*|[ ]+)(?=[+-]?\d|N/?C\b|n/[ac]\b|-(?:[ ]|$)|=)", re.I)
_RULE = lazy(r"[|:\-+= ]+")
_WORD = lazy(r"[A-Za-z]+")
MIN_PARTIES = 3


@dataclass(frozen=True)
class TableCell:
    """One cell: the party (row or column header), the measure and whether it is a change, and its value
    (signed for a change; None for "n/a")."""

    party: str
    measure: str
    change: bool
    value: float | None
    decimals: int
    start: int
    end: int
    row_start: int  # where the cell's row (or, for a party row, the party label) starts


@dataclass(frozen=True)
class Table:
    """A table's header line, the lines it covers and its cells."""

    header: Line
    last_line: int  # index of its last line in the line list
    cells: tuple[TableCell, ...]


def party_header(text: str, line: Line, mentions: Mentions) -> list[tuple[str, int, int]] | None:
    """The parties of a header row ("Party   Lab   Con   LD   Green"), or None."""
    pos, end = line.start, line.end
    parties: list[tuple[str, int, int]] = []
    first = True
    while pos < end:
        gap = _GAP.match(text, pos, end)
        pos = gap.end() if gap else pos
        if pos >= end:
            break
        label = mentions.party_at(text, pos, end)
        if label is not None and (label[1] == end or not text[label[1]].isalnum()):
            parties.append((label[0], pos, label[1]))
            pos = label[1]
            first = False
            continue
        word = _WORD.match(text, pos, end)
        if not first or word is None:
            return None
        pos, first = word.end(), False
    return parties if len(parties) >= MIN_PARTIES else None


def read_party_table(text: str, lines: list[Line], index: int, mentions: Mentions) -> Table | None:
    """A header row of parties at `lines[index]`, and the rows of values under it."""
    parties = party_header(text, lines[index], mentions)
    if parties is None:
        return None
    cells: list[TableCell] = []
    last, previous = index, "seats"
    for j in range(index + 1, len(lines)):
        if _RULE.fullmatch(text, lines[j].start, lines[j].end):  # a Markdown table's "|---|---|" row
            continue
        row = _row(text, lines[j], len(parties))
        if row is None:
            break
        label, values = row
        measure, change = measure_of(label, default=previous)
        if measure == "label":
            break
        if not change:
            previous = measure
        for (party, _, _), (value, decimals, start, end) in zip(parties, values, strict=True):
            cells.append(TableCell(party, measure, change, value, decimals, start, end, start))
        last = j
    return Table(lines[index], last, tuple(cells)) if cells else None


def _row(text: str, line: Line, width: int) -> tuple[str, list[tuple[float | None, int, int, int]]] | None:
    """ "Seats +/-  +31  -12  +40  +8" -> ("Seats +/-", the cells), when it holds exactly `width` cells."""
    label = _ROW_LABEL.match(text, line.start, line.end)
    if label is None or not is_measure_label(label.group("label")):
        return None
    pos, values = label.end(), []
    while pos < line.end:
        cell = _CELL.match(text, pos, line.end)
        if cell is None:
            return None
        values.append(_cell_value(cell))
        gap = _GAP.match(text, cell.end(), line.end)
        pos = gap.end() if gap and gap.end() > cell.end() else cell.end()
        if pos == cell.end() and pos < line.end:
            return None
    return (label.group("label"), values) if len(values) == width else None


def _cell_value(cell: re.Match[str]) -> tuple[float | None, int, int, int]:
    if cell.group("na"):
        return None, 0, cell.start(), cell.end()
    if cell.group("nil"):
        return 0.0, 0, cell.start(), cell.end()
    value, decimals = parse_number(cell.group("num"))
    sign = -1.0 if cell.group("sign") == "-" else 1.0
    return (None if value is None else sign * value), decimals, cell.start(), cell.end()


def measure_header(text: str, line: Line) -> list[tuple[str, bool]] | None:
    """The columns of a header row of measures ("Party  Councils  +/-  Councillors  +/-", "Candidate Party
    Votes"): (measure, is a change) each, "label" for a party or name column. None unless two or more columns
    and one of them a figure."""
    words = text[line.start:line.end]
    cells = [c for c in _WIDE_GAP.split(words) if c.strip()]
    if len(cells) < 2:
        cells = words.split()
    if len(cells) < 2 or len(cells) > 8:
        return None
    columns: list[tuple[str, bool]] = []
    previous = "seats"
    for cell in cells:
        if not is_measure_label(cell) and measure_of(cell)[0] != "label":
            return None
        measure, change = measure_of(cell, default=previous)
        if measure != "label" and not change:
            previous = measure
        columns.append((measure, change))
    figures = [c for c in columns if c[0] != "label"]
    if not figures or not any(c[0] == "label" for c in columns):
        return None
    return columns


def read_measure_table(text: str, lines: list[Line], index: int, mentions: Mentions) -> Table | None:
    """A header row of measures at `lines[index]`, and a row per party under it ("Lab 5 +1 400 +20",
    "Jo Bloggs Labour 12,345 Elected")."""
    columns = measure_header(text, lines[index])
    if columns is None:
        return None
    figures = [c for c in columns if c[0] != "label"]
    cells: list[TableCell] = []
    last = index
    for j in range(index + 1, len(lines)):
        if _RULE.fullmatch(text, lines[j].start, lines[j].end):  # a Markdown table's "|---|---|" row
            continue
        line = lines[j]
        parties = mentions.within("party", line.start, line.end)
        label = (parties[0].text, parties[0].start, parties[0].end) if parties else None
        if label is None:
            found = mentions.party_at(text, line.start, line.end)
            label = (found[0], line.start, found[1]) if found else None
        if label is None:
            break
        values: list[tuple[float | None, int, int, int]] = []
        pos = label[2]
        while pos < line.end and len(values) < len(figures):
            gap = _GAP.match(text, pos, line.end)
            pos = gap.end() if gap else pos
            cell = _CELL.match(text, pos, line.end)
            if cell is None:
                break
            values.append(_cell_value(cell))
            pos = cell.end()
        if len(values) != len(figures):
            break
        for (measure, change), (value, decimals, start, end) in zip(figures, values, strict=True):
            cells.append(TableCell(label[0], measure, change, value, decimals, start, end, label[1]))
        last = j
    return Table(lines[index], last, tuple(cells)) if cells else None
