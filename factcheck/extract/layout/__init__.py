"""Results laid out as results: the layout and table reader.

The text is cut into lines (`lines.py`), and each line is read, in order, as one of:
- a **table** (`tables.py`): a header row of three or more parties with rows of measures under it ("Seats",
  "+/-", "Councils", "Projected share"/"PNS"/"Share"), or a header row of measures ("Party Councils +/-",
  "Candidate Party Votes") with a row per party;
- a **results line** (`runs.py`): "[Head:] Party N (+d), Party N (+d)", a scoreboard line ("Lab 1,204 +31"),
  "Party - N seats, up nine", "Party - Councils: 2 (+1) Councillors: 240 (+61)", or "Key: N (+d)" fields with
  no label under a party heading ("Greens:" then "Seats: 35 (+16)");
- a **verdict line**: "[Place:] Lab gain from Con", "Labour hold", "Place (Lab gain from Con)", and under a
  "Party gains:" heading "Place (from Con)" or a line that is only a place;
- a **heading** (`lines.read_heading`): a short line with no sentence ending that names a place, a nation or
  the national scope ("SCOTLAND", "Overall", "Total"), a party ("Greens:"), a measure ("Seat results:") or a
  direction ("Lib Dem gains:");
- **prose**, in which runs of entries are read ("The new council: A 17, B 13, C 11", "leaving A on 20, B 14 and
  C five", "the Lib Dems (+60 seats) and the Greens (+41 seats)", "Horsham (+15), Crawley (+9)").

Each value gives a claim (`Cell`): a count (seat_count; a council count is council_count_change with unit
councils and the "councils_held" qualifier; a share is vote_share, or national_projected_share under a
projected-share row or heading; a candidate table's votes are mayoral_result), and each change another
(seat_change, council_count_change; a share's change is not read, as a table does not say its method or
baseline). "N/C", "no change" and "-" are nought. The span covers the cell's own text: "Labour 1,204 (+31)"
for an entry, the figure for a column-table cell. The place is the line's own head ("Bolton:"), else the
place named last before the cell, by a heading or in prose; a nation heading gives that nation; a national
heading ("Overall", "Total", "GB"), a council count or projected share, or a list holding a seat count no
council could hold gives the national scope (or the nation a party is named for: "Scottish Labour"). Claim
families give way inside lines read as results; a run read inside prose gives way to a family's reading of
the same figure, unless that reading is the slot filler's loose one.

Headings for the discourse model: `Layout.heading_path(offset)` gives, for any offset, the headings in force
above it, outermost first (a place or scope heading opens a section and ends the party, measure and
direction headings before it); `Layout.place_heading_at(offset)` gives the heading whose place (or nation, or
national scope) still holds there, None once prose has named another place: the place of prose under it.
`Layout.block_at(offset)` says what the line there was read as (`Block.kind`).
`read_layout(text, mentions)` builds a Layout; the engine builds the
mentions from its sentence views (`Mentions.from_views`), and `Layout.drafts_for(view, drafts)` hands each
sentence its cells as Drafts, in place of the family drafts they cover.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.layout.lines import Heading, Line, Mentions, read_heading, split_lines
from factcheck.extract.layout.runs import (
    NOC_LABEL,
    Entry,
    Field,
    Run,
    Verdict,
    read_prose_runs,
    read_results_line,
    read_verdicts,
)
from factcheck.extract.layout.tables import Table, TableCell, read_measure_table, read_party_table
from factcheck.extract.patterns import RGX_COUNCIL_REF
from factcheck.extract.vocabulary import NATIONAL_PLACE_WORDS
from factcheck.model import ClaimType, Direction, Quantity

__all__ = ["Block", "Cell", "Heading", "Layout", "Mentions", "read_layout"]

COUNCIL_SEATS_MAX = 130  # no council has more seats: a bigger count is a national (or nation's) tally
_NATION_NAMES = {"england": "England", "scotland": "Scotland", "wales": "Wales"}
PRIORITY = 6  # above every claim family: a cell the layout read is not read again as prose
_NATION_IN_NAME = re.compile(r"\b(Scottish|Welsh|English)\b")
_NATION_OF_ADJECTIVE = {"scottish": "Scotland", "welsh": "Wales", "english": "England"}
_MAYOR = re.compile(r"mayor", re.I)
_COUNCIL_REF = re.compile(RGX_COUNCIL_REF, re.I)
# Cheap tests before the readers run: a figure of some kind, a verdict word, a line short enough for a heading.
_DIGIT = re.compile(r"\d|N/C")
_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
                      r"|forty|fifty|sixty|seventy|eighty|ninety|nil|zero)\b", re.I)
_VERDICT_HINT = re.compile(r"gain|hold|\(from", re.I)
_SHORT_LINE = 120
# A run in prose that is hoped for or foreseen: "could leave Labour on 20, the Tories 14".
_HEDGE = re.compile(r"\b(?:could|would|might|(?-i:may)|should|if|unless|(?:expected|likely|set|going|hoping)\s+to"
                    r"|hopes?\s+(?:of|to)|predict\w*|forecasts?)\b", re.I)
_FORECAST = re.compile(
    r"\b(?:(?:opinion|latest|new|an?)\s+polls?|polls?\s+(?:of|by|for|suggests?|shows?|puts?|gives?)|polling\s+(?:by|for)"
    r"|surveys?|forecasts?|predict\w*|MRP|projections?\s+for|would\s+(?:win|be|give|leave))\b", re.I)


@dataclass(frozen=True)
class Cell:
    """A claim read from the layout, with offsets into the whole (folded) text.

    `place` is the place it is about, when the layout says so; `scope` is "national", a nation's name, or
    None (the engine carries the place from context)."""

    type: ClaimType
    start: int
    end: int
    verb: int
    quantity: Quantity | None
    direction: Direction
    party: str | None
    place: str | None
    scope: str | None
    other_party: str | None = None
    qualifiers: tuple[str, ...] = ()
    in_prose: bool = False  # read from a run inside prose: a claim family's reading of the same figure wins


@dataclass(frozen=True)
class Block:
    """A line, or a whole table, and what it was read as: "heading", "prose", "list_item" (a bulleted line of
    prose), "results" (entries: "Labour 1,204 (+31)", a scoreboard, "The new council: A 17, B 13"), "key_value"
    ("Seats: 35 (+16)"), "verdict" ("Lab gain from Con"), "column_table" (a header row of parties) or "table" (a
    header row of measures)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Layout:
    """The lines' headings, the cells read from tables, results lines and runs, and the stretches they cover."""

    headings: tuple[Heading, ...]
    paths: tuple[tuple[Heading, ...], ...]  # the heading path in force from each heading on
    cells: tuple[Cell, ...]
    regions: tuple[tuple[int, int], ...]  # text read as results: family drafts there give way
    mentions: Mentions
    scenes: tuple[tuple[int, Heading | None], ...] = ()  # each place or scope named, in order, and its heading
    blocks: tuple[Block, ...] = ()  # every non-blank line (or table), in order, and what it was read as

    @cached_property
    def by_sentence(self) -> dict[int, list[Cell]]:
        """The cells of each sentence, by the sentence's start."""
        found: dict[int, list[Cell]] = {}
        for cell in self.cells:
            found.setdefault(self.mentions.sentence_at(cell.verb), []).append(cell)
        return found

    def block_at(self, offset: int) -> Block | None:
        """The line (or table) holding `offset`, and what it was read as."""
        i = bisect.bisect_right([b.start for b in self.blocks], offset) - 1
        return self.blocks[i] if i >= 0 and offset <= self.blocks[i].end else None

    def place_heading_at(self, offset: int) -> Heading | None:
        """The heading that gives the place (or nation, or national scope) at `offset`: the last place or scope
        named before it, when a heading named it ("Stockport", "SCOTLAND", "Overall"); None when prose has named
        a place since, or nothing has."""
        i = bisect.bisect_right([start for start, _ in self.scenes], offset) - 1
        return self.scenes[i][1] if i >= 0 else None

    def heading_path(self, offset: int) -> tuple[Heading, ...]:
        """The headings in force at `offset`, outermost first (empty before the first heading)."""
        i = bisect.bisect_right([h.start for h in self.headings], offset) - 1
        return self.paths[i] if i >= 0 else ()

    def drafts_for(self, view: SentenceView, drafts: list[Draft]) -> list[Draft]:
        """The sentence's drafts: the family drafts outside what the layout read, and the layout's cells."""
        if not self.cells and not self.regions:
            return drafts
        lo, hi = view.offset, view.offset + len(view.text)
        cells = self.by_sentence.get(lo, [])
        covered = [(s - lo, e - lo) for s, e in self.regions if s < hi and lo < e]
        if not cells and not covered:
            return drafts
        kept = [d for d in drafts if not any(s <= d.verb < e for s, e in covered)]
        prose = [c.verb - lo for c in cells if c.in_prose]
        if prose:  # a run read in prose outranks the slot filler's loose reading of the same figures
            kept = [d for d in kept if "loose" not in d.qualifiers or not any(d.start <= v < d.end for v in prose)]
        asked = view.text.rstrip(" \"')").endswith("?")
        cells = [c for c in cells if not (c.in_prose and (asked or any(d.start <= c.verb - lo < d.end for d in kept)
                                                          or _HEDGE.search(view.text, 0, max(0, c.start - lo))))]
        drafts = kept + [_draft(cell, lo) for cell in cells]
        refers = _COUNCIL_REF.search(view.text) is not None  # "The council now has ...": the council just named
        for draft in drafts[len(kept):]:
            if draft.places and draft.places[0] not in view.text and not refers:
                draft.qualifiers.append("place_carried")  # a place named above the line, not by it
        return drafts


def _draft(cell: Cell, lo: int) -> Draft:
    draft = Draft(cell.type, max(cell.start, lo) - lo, cell.end - lo, cell.verb - lo, party=cell.party,
                  subject="none" if cell.party else "auto", other_party=cell.other_party,
                  quantity=cell.quantity, direction=cell.direction, qualifiers=["layout", *cell.qualifiers],
                  priority=PRIORITY, keep_modal=True)
    if cell.place:
        draft.places = [cell.place]
    elif cell.scope == "national":
        draft.place_ref = "national"  # no place: a national claim (the engine's context carries none into it)
    elif cell.type == ClaimType.COUNCIL_CONTROL:
        draft.place_ref = "there"
    else:
        draft.place_ref = "council"
    return draft


@dataclass
class _Reader:
    """State while the lines are read in order."""

    text: str
    mentions: Mentions
    scene: Heading | None = None
    party: Heading | None = None
    measure: Heading | None = None
    headings: list[Heading] = field(default_factory=list)
    paths: list[tuple[Heading, ...]] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)
    regions: list[tuple[int, int]] = field(default_factory=list)
    events: list[tuple[int, str, str, bool]] = field(default_factory=list)  # (offset, kind, name, mayoral)
    scene_headings: dict[int, Heading] = field(default_factory=dict)  # the events that headings named
    blocks: list[Block] = field(default_factory=list)
    block: list[int] = field(default_factory=list)  # cells of the current list whose place was carried
    block_big: bool = False  # the current list holds a seat count no council has

    def read(self) -> Layout:
        lines = split_lines(self.text)
        i = 0
        while i < len(lines):
            i = self._line(lines, i)
        self._close_block()
        scenes = tuple((e[0], self.scene_headings.get(e[0])) for e in self.events)
        return Layout(tuple(self.headings), tuple(self.paths), tuple(self.cells), tuple(self.regions), self.mentions,
                      scenes, tuple(self.blocks))

    def _close_block(self) -> None:
        """End a list of results lines: if one of its counts is national-sized, so is the whole list."""
        if self.block_big:
            for i in self.block:
                cell = self.cells[i]
                place, scope = self._scope(cell.start, True, cell.party)
                self.cells[i] = replace(cell, place=place, scope=scope)
        self.block, self.block_big = [], False

    def _line(self, lines: list[Line], i: int) -> int:
        line = lines[i]
        short = line.end - line.start <= _SHORT_LINE
        numeric = (_DIGIT.search(self.text, line.start, line.end) is not None
                   or _NUMBER_WORD.search(self.text, line.start, line.end) is not None) and not self._forecast(lines, i)
        table = None
        if short and not numeric:  # a header row: the figures are on the rows under it
            table = read_party_table(self.text, lines, i, self.mentions) or read_measure_table(
                self.text, lines, i, self.mentions)
        if table is not None:
            self._table(table, lines)
            kind = "column_table" if table.cells and table.cells[0].row_start == table.cells[0].start else "table"
            self.blocks.append(Block(line.start, lines[table.last_line].end, kind))
            return table.last_line + 1
        run = read_results_line(self.text, line, self.mentions) if numeric else None
        if run is not None:
            self._run(run, whole_line=True)
            kind = "key_value" if run.entries[0].kind == "none" else "results"
            self.blocks.append(Block(line.start, line.end, kind))
            if run.place:
                self._event(run.start, run.place)
            if run.end < line.end - 1:  # "Wigan: Lab 30 (+4). Labour hold."
                rest = Line(run.end, line.end)
                for verdict in read_verdicts(self.text, rest, self.mentions, None, None, run.place):
                    self._verdict(verdict)
            return i + 1
        party = self.party.party if self.party else None
        direction = self.party.direction if self.party else None
        verdicts = []
        if _VERDICT_HINT.search(self.text, line.start, line.end) or (direction and short):
            verdicts = read_verdicts(self.text, line, self.mentions, party, direction)
        for verdict in verdicts:
            self._verdict(verdict)
        if verdicts and verdicts[-1].end >= line.end - 1 and verdicts[0].start <= line.start + 2:
            self.blocks.append(Block(line.start, line.end, "verdict"))
            return i + 1
        heading = read_heading(self.text, line, self.mentions) if short else None
        self._close_block()
        if heading is not None:
            self._heading(heading)
            self.blocks.append(Block(line.start, line.end, "heading"))
            return i + 1
        self.blocks.append(Block(line.start, line.end, "list_item" if line.bullet else "prose"))
        runs = read_prose_runs(self.text, line, self.mentions) if numeric else []
        mayoral = _MAYOR.search(self.text, line.start, line.end) is not None
        for place in self.mentions.within("place", line.start, line.end):
            inside = any(r.start <= place.start < r.end for r in runs)
            if not inside and (place.from_vocabulary or place.slot == "prep"):
                self._event(place.start, place.text, mayoral)
        for prose_run in runs:
            self._run(prose_run, whole_line=False)
        return i + 1

    def _forecast(self, lines: list[Line], i: int) -> bool:
        """A poll or forecast, not results: said on the line, the line before, or a heading in force."""
        start = lines[i - 1].start if i else lines[i].start
        if _FORECAST.search(self.text, start, lines[i].end):
            return True
        return any(_FORECAST.search(h.text) for h in (self.scene, self.party, self.measure) if h is not None)

    # --- headings and scope ----------------------------------------------------------------------
    def _heading(self, heading: Heading) -> None:
        if heading.sets_scene:
            self.scene, self.party, self.measure = heading, None, None
            self._event(heading.start, heading.place or heading.scope or "", bool(_MAYOR.search(heading.text)))
            self.scene_headings[heading.start] = heading
        if heading.party is not None:
            self.party, self.measure = heading, None
        if heading.measure is not None:
            self.measure = heading
        self.headings.append(heading)
        path = {id(h): h for h in (self.scene, self.party, self.measure) if h is not None}
        self.paths.append(tuple(sorted(path.values(), key=lambda h: h.start)))

    def _event(self, offset: int, name: str, mayoral: bool = False) -> None:
        key = name.lower().removeprefix("the ")
        if key in ("national", *NATIONAL_PLACE_WORDS) and key not in _NATION_NAMES:
            self.events.append((offset, "national", name, mayoral))
        elif key in _NATION_NAMES:
            self.events.append((offset, "nation", _NATION_NAMES[key], mayoral))
        elif name:
            self.events.append((offset, "place", name, mayoral))

    def _scope(self, offset: int, tally: bool, party: str | None = None,
               mayoral: bool = False) -> tuple[str | None, str | None]:
        """(place, scope) for a cell at `offset`: the last place or scope named before it (for `mayoral`, the
        last named beside "mayor"). `tally`: the figure is one no council holds (a big seat count, a council
        count, a projected share); a party named for a nation ("Scottish Labour") then gives that nation."""
        before = [e for e in self.events if e[0] <= offset]
        if mayoral:
            before = [e for e in before if e[3]] or before
        if tally and party and (nation := _NATION_IN_NAME.search(party)) is not None:
            return _NATION_OF_ADJECTIVE[nation.group(1).lower()], "nation"
        if not before:
            return None, "national"
        _, kind, name, _ = before[-1]
        if kind == "national":
            return None, "national"
        if kind == "nation":
            return name, "nation"
        if tally:
            nations = [e for e in before if e[1] != "place"]
            return (nations[-1][2], "nation") if nations and nations[-1][1] == "nation" else (None, "national")
        return name, None

    def _measure(self) -> str | None:
        return self.measure.measure if self.measure else None

    # --- cells -----------------------------------------------------------------------------------
    def _run(self, run: Run, whole_line: bool) -> None:
        counts = [f.number.value for e in run.entries for f in e.fields
                  if f.number is not None and (f.measure or self._measure() or "seats") == "seats"]
        big = any(v > COUNCIL_SEATS_MAX for v in counts)
        self.block_big |= big and whole_line
        read, first = False, len(self.cells)
        for entry in run.entries:
            read |= self._entry(entry, run.place, big, whole_line)
        if not whole_line:
            self.cells[first:] = [replace(c, in_prose=True) for c in self.cells[first:]]
        elif read:
            self.regions.append((run.start, run.end))

    def _entry(self, entry: Entry, head_place: str | None, big: bool, whole_line: bool) -> bool:
        """The cells of one entry; True when it gave any. In prose, shares are left to the share family."""
        if not whole_line and any(f.number is not None and f.number.percent for f in entry.fields):
            return False
        party = entry.label if entry.kind == "party" else (self.party.party if self.party else None)
        if party is None and entry.kind == "none":
            return False
        place = entry.label if entry.kind == "place" else head_place
        made = False
        for k, item in enumerate(entry.fields):
            start = entry.start if k == 0 else item.start
            made |= self._field(item, party, place, start, big)
        return made

    def _field(self, field: Field, party: str | None, place: str | None, start: int, big: bool) -> bool:
        measure = field.measure or self._measure() or "seats"
        if measure == "share" and self._measure() == "projected_share":  # "34%" under "Projected share:"
            measure = "projected_share"
        if measure in ("label", "votes"):
            return False
        tally = big or measure in ("councils", "projected_share")
        scope = None
        carried = place is None
        if carried:
            place, scope = self._scope(start, tally, party)
        first = len(self.cells)
        verb = field.number.start if field.number is not None else field.change.number_start if field.change else start
        if field.number is not None:
            number = field.number
            kind, unit, extra = _count_type(measure)
            quantity = Quantity(number.value, unit, decimals=number.decimals, text=self.text[number.start:number.end])
            self.cells.append(Cell(kind, start, field.end, verb, quantity, Direction.NONE, party, place, scope,
                                   qualifiers=extra))
        if field.change is not None:
            change = field.change
            kind, unit = _change_type(measure, change.unit)
            quantity = Quantity(change.value, unit, decimals=change.decimals,
                                text=self.text[change.number_start:change.end].strip(" ()"))
            if kind != ClaimType.VOTE_SHARE_CHANGE:  # shares move by methods and baselines a table does not say
                self.cells.append(Cell(kind, start, field.end, change.number_start, quantity,
                                       _direction(kind, change.sign), party, place, scope))
        if carried:
            self.block.extend(range(first, len(self.cells)))
        return True

    def _table(self, table: Table, lines: list[Line]) -> None:
        self._close_block()
        self.regions.append((table.header.start, lines[table.last_line].end))
        big = any(c.value is not None and c.value > COUNCIL_SEATS_MAX for c in table.cells
                  if c.measure == "seats" and not c.change)
        mayoral = any(c.measure == "votes" for c in table.cells)
        for cell in table.cells:
            if cell.value is None:
                continue
            self.cells.extend(self._table_cell(cell, big, mayoral))

    def _table_cell(self, cell: TableCell, big: bool, mayoral: bool) -> list[Cell]:
        start = cell.row_start if cell.row_start < cell.start and self.text.find("\n", cell.row_start,
                                                                                   cell.start) == -1 else cell.start
        text = self.text[cell.start:cell.end]
        value = abs(cell.value or 0.0)
        if cell.measure == "votes":
            place, scope = self._scope(start, False, mayoral=True)
            quantity = Quantity(value, "votes", text=text)
            return [Cell(ClaimType.MAYORAL_RESULT, start, cell.end, cell.start, quantity, Direction.NONE,
                         cell.party, place, scope, qualifiers=("votes_total", "mayoral"))]
        if mayoral:
            return []
        place, scope = self._scope(start, big or cell.measure in ("councils", "projected_share"), cell.party)
        if cell.change:
            kind, unit = _change_type(cell.measure, "%" if "%" in text else "")
            if kind == ClaimType.VOTE_SHARE_CHANGE:
                return []
            sign = -1 if (cell.value or 0) < 0 else 1 if cell.value else 0
            quantity = Quantity(value, unit, decimals=cell.decimals, text=text)
            return [Cell(kind, start, cell.end, cell.start, quantity, _direction(kind, sign), cell.party, place,
                         scope)]
        kind, unit, extra = _count_type(cell.measure)
        quantity = Quantity(value, unit, decimals=cell.decimals, text=text)
        return [Cell(kind, start, cell.end, cell.start, quantity, Direction.NONE, cell.party, place, scope,
                     qualifiers=extra)]

    def _verdict(self, verdict: Verdict) -> None:
        if verdict.party is None:
            return
        place, scope = (verdict.place, None) if verdict.place else self._scope(verdict.start, False)
        if scope is not None:
            place = None  # a control verdict is about a council: the engine carries the last one named
        extra = (f"from:{verdict.other}",) if verdict.other else ()
        direction = Direction.GAIN if verdict.direction == "gain" else Direction.HOLD
        other = None if verdict.other == NOC_LABEL else verdict.other  # "from no overall control": no party
        self.cells.append(Cell(ClaimType.COUNCIL_CONTROL, verdict.start, verdict.end, verdict.verb, None, direction,
                               verdict.party, place, None, other_party=other, qualifiers=extra))
        self.regions.append((verdict.start, verdict.end))


def _count_type(measure: str) -> tuple[ClaimType, str, tuple[str, ...]]:
    if measure == "councils":
        return ClaimType.COUNCIL_COUNT_CHANGE, "councils", ("councils_held",)
    if measure == "share":
        return ClaimType.VOTE_SHARE, "percent", ()
    if measure == "projected_share":
        return ClaimType.NATIONAL_PROJECTED_SHARE, "percent", ()
    return ClaimType.SEAT_COUNT, "seats", ()


def _change_type(measure: str, unit: str) -> tuple[ClaimType, str]:
    if measure == "councils":
        return ClaimType.COUNCIL_COUNT_CHANGE, "councils"
    if measure in ("share", "projected_share"):
        return ClaimType.VOTE_SHARE_CHANGE, "percent" if unit == "%" else "points"
    return ClaimType.SEAT_CHANGE, "seats"


def _direction(kind: ClaimType, sign: int) -> Direction:
    if kind == ClaimType.VOTE_SHARE_CHANGE:
        return Direction.DOWN if sign < 0 else Direction.UP
    return Direction.LOSS if sign < 0 else Direction.GAIN if sign > 0 else Direction.NONE


def read_layout(text: str, mentions: Mentions) -> Layout:
    """Read the layout of a (folded) text, given its party and place mentions."""
    return _Reader(text, mentions).read()
