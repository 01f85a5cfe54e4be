"""Results written along a line: "Party N (+d)" entries and runs of them, "Label: N (+d)" fields, a place or
cue before a colon ("Bolton: Lab 30 (+4), Con 20", "The new council: A 17, B 13"), runs inside prose
("leaving A on 20, B 14 and C five", "the Greens (+41 seats)"), and verdict lines ("Lab gain from Con",
"Medway (Lab gain from Con)")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.extract.layout.lines import Line, Mentions
from factcheck.extract.layout.tokens import (
    UNIT_RE,
    Change,
    Number,
    is_measure_label,
    measure_of,
    read_change,
    read_signed,
    read_value,
)
from factcheck.regex_cache import lazy

_LABEL_SEP = lazy(r"[ ]*(?::|-(?=[ ])|=|\bon\b)?[ ]*", re.I)
_COUNT_BEFORE = lazy(
    r"(?<![\w.,])(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))[ ]$", re.I)
_FIELD_SEP = lazy(r"[ ]*[.,;|]?[ ]*")
_KEY = lazy(r"(?P<key>[A-Za-z+][A-Za-z +/%'-]{0,28}?(?:[ ]*\([^()\n]{1,30}\))?)[ ]*:[ ]*")
_ENTRY_SEP = lazy(r"[ ]*(?:[,;|/&]|\band\b|\bwith\b|\bwhile\b)?[ ]*(?:and[ ]+|with[ ]+)?", re.I)
_END = lazy(r"[ ]*[.!;,]?[ ]*$")
_SENTENCE_END = lazy(r"[ ]*[.!;][ ]+(?=[A-Z])")
_HEAD = lazy(r"(?P<head>[^:\n]{1,60}?)[ ]*(?::|[ ]-[ ])[ ]*")
# Words before a run in prose that say a list of results follows.
_RUN_CUE = lazy(
    r"(?::|\b(?:leaving|leaves|left|stands?\s+at|now\s+(?:is|stands|reads)|make-?up|composition|breakdown|result"
    r"|results|finished|finishing|with|as\s+follows|were|was|now)\s*:?)\s*(?:the\s+)?$", re.I)
_VERDICT = lazy(r"[ ]+(?P<what>gain|hold|GAIN|HOLD|Gain|Hold)s?\b")
NOC_LABEL = "no overall control"  # what a verdict line gained a council from when no party ran it
_FROM_WORD = lazy(r"[ ]+(?:from|FROM|From)[ ]+")
_SPACE = lazy(r"[ ]+")
_NOC = lazy(r"(?:no\s+overall\s+control|NOC)\b", re.I)
_BRACKET_OPEN = lazy(r"[ ]*\([ ]*")
_FROM = lazy(r"[ ]*\([ ]*(?:from|FROM)[ ]+")
_SEGMENT_BREAK = lazy(r"(?<=[.!])[ ]+(?=[A-Z(\"'-])")
_PLACE_SEP = lazy(r"[ ]*(?::|[ ]-[ ]|,)?[ ]*")
_CLOSE_BRACKET = lazy(r"[ ]*\)[ ]*[.;,]?[ ]*$")
_CLOSE_SEGMENT = lazy(r"[ ]*[.!]?[ ]*$")
# A head that reads as a name: capitalised words ("Tunbridge Wells", "Stratford-on-Avon", "Bath and North East
# Somerset"), and not a generic word that opens a line ("Result:", "Overall:", "The new council:").
_NAME_HEAD = lazy(r"[A-Z][\w'&.-]*(?:[ ]+(?:[A-Z][\w'&.-]*|of|upon|on|and|&|the|le|in|with))*")
_NOT_NAMES = frozenset({"the", "result", "results", "final", "total", "totals", "overall", "new", "key", "latest",
                        "update", "updated", "breaking", "note", "source", "national", "nationally", "gb", "uk",
                        "england", "scotland", "wales", "britain", "great", "projected", "composition", "state",
                        "council", "make-up", "makeup", "so", "now", "and", "but", "here", "scoreboard"})


@dataclass(frozen=True)
class Field:
    """One value and its change: `measure` is what a key or unit says ("seats", "councils", "share"), or None
    (the line's heading or the table decides)."""

    measure: str | None
    number: Number | None
    change: Change | None
    start: int
    end: int


@dataclass(frozen=True)
class Entry:
    """A labelled entry: a party ("Labour 22 (-1)"), a place ("Horsham (+15)") or none (a "Seats: 35" line
    under a party heading), with its fields."""

    label: str | None
    kind: str  # "party", "place" or "none"
    start: int
    end: int
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Verdict:
    """A control verdict: "Lab gain from Con", "Labour hold", "Medway (Lib Dem gain from Con)"."""

    party: str | None
    direction: str  # "gain" or "hold"
    other: str | None
    place: str | None
    start: int
    end: int
    verb: int


@dataclass(frozen=True)
class Run:
    """Entries read along one stretch of a line, and the place before a colon, if any."""

    entries: tuple[Entry, ...]
    place: str | None
    start: int
    end: int


def read_fields(text: str, pos: int, end: int, *, first: bool = True) -> tuple[list[Field], int]:
    """The fields from `pos`: a value first ("39 (+24)", "28 seats, up nine", "46.7% (+19.9)") when `first`,
    then any "Key: value (+d)" fields ("Councils: 2 (+1) Councillors: 240 (+61)", ". Vote share: 8 per cent")."""
    fields: list[Field] = []
    if first:
        field = _value_field(text, pos, end, None)
        if field is not None:
            fields.append(field)
            pos = field.end
    while pos < end:
        sep = _FIELD_SEP.match(text, pos, end)
        at = sep.end() if sep else pos
        key = _KEY.match(text, at, end)
        if key is None or not is_measure_label(key.group("key")):
            break
        measure, change_only = measure_of(key.group("key"))
        field = _value_field(text, key.end(), end, measure, key.start(), change_only)
        if field is None:
            break
        fields.append(field)
        pos = field.end
    return fields, pos


def _value_field(text: str, pos: int, end: int, measure: str | None, start: int | None = None,
                 change_only: bool = False) -> Field | None:
    """ "39 (+24)", "28 seats, up nine on last elections", "35", "N/C", or for a "+/-" key just "+16"."""
    if change_only:
        change = read_signed(text, pos, end)
        if change is None:
            return None
        return Field(measure, None, change, start if start is not None else change.start, change.end)
    number = read_value(text, pos)
    if number is None or number.end > end or (number.end < end and text[number.end].isalnum()):
        return None
    if _year_like(text, number):
        return None
    stop = number.end
    unit_measure = measure
    if number.percent:
        unit_measure = measure if measure in ("share", "projected_share") else "share"
    elif (unit := UNIT_RE.match(text, stop, end)) is not None:
        unit_measure, _ = measure_of(unit.group("unit"))
        stop = unit.end()
    change = read_change(text, stop, bare=True)
    if change is not None and change.end <= end:
        stop = change.end
    else:
        change = None
    return Field(unit_measure, number, change, start if start is not None else number.start, stop)


def _year_like(text: str, number: Number) -> bool:
    raw = text[number.start:number.end]
    return len(raw) == 4 and raw[:2] in ("19", "20") and raw.isdigit()


def read_entry(text: str, pos: int, end: int, mentions: Mentions, *, places: bool,
               counted: bool = False) -> Entry | None:
    """An entry at `pos`: "Labour 22 (-1)", "LDem: 39 (+24)", "Labour - 53", "Greens - Councils: 2 (+1)
    Councillors: 240 (+61)", "the Greens (+41 seats)", "C five", and when `places` "Horsham (+15)". With
    `counted` (inside a run) also "four independents"."""
    label = mentions.party_at(text, pos, end)
    kind = "party"
    if label is None and places:
        place = mentions.place_at(pos, end)
        if place is not None and place.from_vocabulary:
            label, kind = (text[pos:place.end], place.end), "place"
    if label is None:
        return _counted_entry(text, pos, end, mentions) if counted else None
    name, after = label
    if after < end and text[after].isalnum():
        return None
    change = read_change(text, after, bare=False, prose=False)
    if change is not None and (kind == "place" or change.unit or change.sign):
        field = Field(_unit_measure(change.unit), None, change, change.start, change.end)
        return Entry(name, kind, pos, change.end, (field,))
    if kind == "place":
        return None
    sep = _LABEL_SEP.match(text, after, end)
    at = sep.end() if sep else after
    fields, stop = read_fields(text, at, end)
    if not fields:
        return None
    return Entry(name, kind, pos, stop, tuple(fields))


def _counted_entry(text: str, pos: int, end: int, mentions: Mentions) -> Entry | None:
    """ "four independents", "3 Greens": a number before its party, inside a run."""
    number = read_value(text, pos)
    if number is None or number.percent or number.end >= end or text[number.end] != " ":
        return None
    label = mentions.party_at(text, number.end + 1, end, table=False)
    if label is None:
        return None
    field = Field(None, number, None, pos, label[1])
    return Entry(label[0], "party", pos, label[1], (field,))


def _unit_measure(unit: str) -> str | None:
    if not unit:
        return None
    measure, _ = measure_of(unit)
    return None if measure == "label" else measure


def read_run(text: str, pos: int, end: int, mentions: Mentions, *, places: bool = False,
             counted: bool = False) -> list[Entry]:
    """Entries from `pos`, separated by commas, semicolons, "and" or spaces (`counted`: the first may be
    "18 Lib Dems")."""
    entries: list[Entry] = []
    while pos < end:
        entry = read_entry(text, pos, end, mentions, places=places, counted=counted or bool(entries))
        if entry is None:
            break
        entries.append(entry)
        sep = _ENTRY_SEP.match(text, entry.end, end)
        if sep is None or sep.end() == entry.end and entry.end < end and text[entry.end] != " ":
            break
        pos = sep.end()
    return entries


def read_results_line(text: str, line: Line, mentions: Mentions) -> Run | None:
    """A line of results: "[Head:] entry, entry ...", or "Key: N (+d) ..." fields with no label. None unless
    the results fill the line, or its first sentence ("Wigan: Lab 30 (+4). Labour hold.")."""
    start, end = line.start, line.end
    for head_end, place in _heads(text, start, end, mentions):
        entries = read_run(text, head_end, end, mentions, places=True)
        if entries and (_END.match(text, entries[-1].end, end) or _SENTENCE_END.match(text, entries[-1].end, end)):
            return Run(tuple(entries), place, start, entries[-1].end)
    fields, stop = read_fields(text, start, end, first=False)
    if fields and _END.match(text, stop, end):
        return Run((Entry(None, "none", start, stop, tuple(fields)),), None, start, stop)
    return None


def _heads(text: str, start: int, end: int, mentions: Mentions) -> list[tuple[int, str | None]]:
    """Where the entries of a line may start: after a "Place:" or "cue:" head, or at the start."""
    found: list[tuple[int, str | None]] = []
    head = _HEAD.match(text, start, end)
    if head is not None:
        place = mentions.place_at(start, end)
        name = place.text if place is not None and place.end <= head.end("head") + 1 else None
        if name is None and _NAME_HEAD.fullmatch(head.group("head")) and not is_measure_label(head.group("head")) \
                and head.group("head").split()[0].lower() not in _NOT_NAMES:
            name = head.group("head")  # "Eskdale: Lab 12 (+3)": a place even when we do not hold it
        if name is not None or not mentions.party_at(text, start, end):
            found.append((head.end(), name))
    found.append((start, None))
    return found


def read_prose_runs(text: str, line: Line, mentions: Mentions) -> list[Run]:
    """Runs of results inside a prose line: two or more entries ("Lab 30 (+4), Con 20 (-3)", "Mid Devon (+21),
    Horsham (+15)", "the Lib Dems (+60 seats) and the Greens (+41 seats)"), or one after a cue ("The new council:
    A 17", "leaving A on 20")."""
    runs: list[Run] = []
    starts = sorted({m.start for m in mentions.within("party", line.start, line.end)}
                    | {m.start for m in mentions.within("place", line.start, line.end) if m.from_vocabulary})
    done = line.start
    for pos in starts:
        if pos < done:
            continue
        count = _COUNT_BEFORE.search(text, max(line.start, pos - 8), pos)
        if count is not None and count.start() >= done:  # "18 Lib Dems, 1 Green and 12 Conservatives"
            pos = count.start()
        entries = read_run(text, pos, line.end, mentions, places=True, counted=count is not None)
        if not entries:
            continue
        cue = _RUN_CUE.search(text, max(line.start, pos - 40), pos) is not None
        numbered = [e for e in entries if any(f.number is not None or f.change is not None for f in e.fields)]
        if len(numbered) >= 2 or (numbered and cue and entries[0].kind == "party"):
            place = None
            if text[max(line.start, pos - 3):pos].strip().endswith(":"):
                head = mentions.within("place", max(line.start, pos - 62), pos)
                place = head[-1].text if head and head[-1].from_vocabulary else None
            runs.append(Run(tuple(entries), place, entries[0].start, entries[-1].end))
            done = entries[-1].end
    return runs


def read_verdicts(text: str, line: Line, mentions: Mentions, heading_party: str | None,
                  heading_direction: str | None, place: str | None = None) -> list[Verdict]:
    """Control verdicts on a line: "[Place:] Party gain from Party.", "Party hold", "Place (Party gain from X)",
    and under a "Party gains:" heading "Place (from X)" or a line that is just a place. `place`: the place of
    a verdict that names none (the results before it on the line named it)."""
    found: list[Verdict] = []
    for seg_start, seg_end in _segments(text, line.start, line.end):
        verdict = _verdict_at(text, seg_start, seg_end, mentions, heading_party, heading_direction)
        if verdict is not None:
            found.append(verdict if verdict.place or place is None else replace(verdict, place=place))
    return found


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of a line (a verdict line may follow a results line: "Lab 30 (+4). Labour hold.")."""
    segments, last = [], start
    for m in _SEGMENT_BREAK.finditer(text[start:end]):
        segments.append((last, start + m.start()))
        last = start + m.end()
    segments.append((last, end))
    return segments


def _verdict_at(text: str, start: int, end: int, mentions: Mentions, heading_party: str | None,
                heading_direction: str | None) -> Verdict | None:
    place = mentions.place_at(start, end)
    pos, place_name = start, None
    if place is not None and place.from_vocabulary:
        head = _PLACE_SEP.match(text, place.end, end)
        pos, place_name = (head.end() if head else place.end), place.text
        bracket = _BRACKET_OPEN.match(text, place.end, end)
        if bracket is not None:
            inner = _verdict_words(text, bracket.end(), end, mentions, place_name, closing=True)
            if inner is not None:  # "Medway (Lab gain from Con)": the whole line
                close = text.find(")", inner.end, end)
                return replace(inner, start=place.start, end=close + 1 if close != -1 else inner.end)
            frm = _FROM.match(text, place.end, end)
            if frm is not None and heading_party and heading_direction == "gain":
                other, other_end = _other(text, frm.end(), end, mentions)
                close = _CLOSE_BRACKET.match(text, other_end, end)
                if close is not None:
                    return Verdict(heading_party, "gain", other, place_name, start, other_end + 1, place.start)
        if heading_party and heading_direction and _END.match(text, place.end, end) and place.start == start:
            return Verdict(heading_party, heading_direction, None, place_name, start, place.end, place.start)
    verdict = _verdict_words(text, pos, end, mentions, place_name, closing=False)
    if verdict is not None and place_name is not None and place is not None:
        verdict = replace(verdict, start=place.start)  # "Wigan: Labour hold": from the place on
    return verdict


def _verdict_words(text: str, pos: int, end: int, mentions: Mentions, place: str | None,
                   closing: bool) -> Verdict | None:
    """ "Lab gain from Con" at `pos`, then the end of the segment (or a closing bracket)."""
    label = mentions.party_at(text, pos, end)
    if label is None:
        return None
    what = _VERDICT.match(text, label[1], end)
    if what is None:
        return None
    other, stop = None, what.end()
    space = _SPACE.match(text, stop, end)
    named = mentions.place_at(space.end(), end) if space and place is None else None
    if named is not None and named.from_vocabulary:  # "Labour gain Ashby from the Conservatives"
        place, stop = named.text, named.end
    frm = _FROM_WORD.match(text, stop, end)
    if frm is not None:
        other, stop = _other(text, frm.end(), end, mentions)
        if stop == frm.end():
            return None
    if (_CLOSE_BRACKET if closing else _CLOSE_SEGMENT).match(text, stop, end) is None:
        return None
    direction = "gain" if what.group("what").lower() == "gain" else "hold"
    return Verdict(label[0], direction, other, place, pos, stop, what.start("what"))


def _other(text: str, pos: int, end: int, mentions: Mentions) -> tuple[str | None, int]:
    """The party after "from" (or no overall control, which names no party): its text and end."""
    noc = _NOC.match(text, pos, end)
    if noc is not None:
        return NOC_LABEL, noc.end()
    label = mentions.party_at(text, pos, end)
    if label is None:
        return None, pos
    return label[0], label[1]
