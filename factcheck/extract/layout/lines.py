"""Lines and headings: the text cut into lines with absolute offsets, the parties and places each holds, and
what a heading line says (a place, a nation or the national scope, a party, a measure, a direction)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from factcheck.extract.layout.tokens import TABLE_PARTY_LABEL, is_measure_label, measure_of
from factcheck.extract.vocabulary import NATIONAL_PLACE_WORDS, Mention
from factcheck.regex_cache import lazy

_BULLET = lazy(r"[ ]*(?:[-*+>|o]|\d{1,2}[.)])[ ]+(?=\S)")
_NATIONS = {"england": "England", "scotland": "Scotland", "wales": "Wales", "english": "England",
            "scottish": "Scotland", "welsh": "Wales"}
# Words that make a heading national ("Overall", "Total", "National picture", "GB") or about one nation.
_SCOPE_WORD = lazy(
    r"\b(?:overall|totals?|national(?:ly)?|nationwide|great\s+britain|britain|gb|uk|united\s+kingdom|all\s+councils"
    r"|england|scotland|wales|(?:english|scottish|welsh)\s+(?:councils|results|local\s+elections|picture))\b", re.I)
_NATION_WORD = lazy(r"\b(england|scotland|wales|english|scottish|welsh)\b", re.I)
_DIRECTION_WORD = lazy(r"\b(gains?|holds?|losses|lost|gained|held|wins|won)\b", re.I)
_MEASURE_WORDS = lazy(
    r"\b(?:vote\s+share|share|seats?|seat\s+results?|councillors?|councils|projected\s+(?:national\s+)?share|pns"
    r"|votes|results?|tall(?:y|ies))\b", re.I)
_PROSE_END = lazy(r"[.!?]['\")\]]*$")
HEADING_MAX = 70


@dataclass(frozen=True)
class Line:
    """One line of the text: [start, end) of its content (after any bullet mark), and whether it had one."""

    start: int
    end: int
    bullet: bool = False


@dataclass(frozen=True)
class Heading:
    """A heading line and what it sets for the lines under it.

    `place`: a place it names ("Stockport", "DACORUM RESULTS OVERALL"); `scope`: "national" ("Overall",
    "Total", "GB") or a nation ("SCOTLAND"); `party`: a party it names ("Greens:"); `measure`: seats, councils,
    share, projected_share or votes ("Seat results:", "vote share"); `direction`: "gain" or "hold" ("Lib Dem
    gains:")."""

    start: int
    end: int
    text: str
    place: str | None = None
    scope: str | None = None
    party: str | None = None
    measure: str | None = None
    direction: str | None = None

    @property
    def sets_scene(self) -> bool:
        """A heading naming a place or a scope opens a new section: earlier party and measure headings end."""
        return self.place is not None or self.scope is not None


@dataclass(frozen=True)
class Mentions:
    """The parties and places the sentence views found, with offsets into the whole text."""

    parties: tuple[Mention, ...]
    places: tuple[Mention, ...]
    party_starts: tuple[int, ...] = ()
    place_starts: tuple[int, ...] = ()
    sentence_starts: tuple[int, ...] = ()  # where each sentence view starts (empty: one sentence)

    @classmethod
    def of(cls, parties: Iterable[Mention], places: Iterable[Mention]) -> Mentions:
        """From mentions with offsets into the whole text."""
        ordered_parties = tuple(sorted(parties, key=lambda m: m.start))
        ordered_places = tuple(sorted(places, key=lambda m: m.start))
        return cls(ordered_parties, ordered_places, tuple(m.start for m in ordered_parties),
                   tuple(m.start for m in ordered_places))

    @classmethod
    def from_views(cls, views: Iterable[object]) -> Mentions:
        """From SentenceViews (their mentions are relative to `view.offset`)."""
        parties: list[Mention] = []
        places: list[Mention] = []
        starts: list[int] = []
        for view in views:
            offset = view.offset  # type: ignore[attr-defined]
            starts.append(offset)
            parties += [_shift(m, offset) for m in view.parties]  # type: ignore[attr-defined]
            places += [_shift(m, offset) for m in view.places]  # type: ignore[attr-defined]
        return replace(cls.of(parties, places), sentence_starts=tuple(sorted(starts)))

    def sentence_at(self, offset: int) -> int:
        """The start of the sentence holding `offset` (the one before, for an offset between sentences)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def within(self, kind: str, start: int, end: int) -> list[Mention]:
        """The mentions of `kind` ("party" or "place") inside [start, end)."""
        items, starts = (self.parties, self.party_starts) if kind == "party" else (self.places, self.place_starts)
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end, lo)
        return [m for m in items[lo:hi] if m.end <= end]

    def party_at(self, text: str, pos: int, end: int, table: bool = True) -> tuple[str, int] | None:
        """A party label starting at `pos` ("the Greens", "Lib Dem", or in a layout "LDem", "Grn"): its text and
        where it ends."""
        found = self.within("party", pos, min(end, pos + 80))
        if found and text[pos:found[0].start].strip(" ").lower() in ("", "the"):
            return text[pos:found[0].end], found[0].end
        if table:
            hit = TABLE_PARTY_LABEL.match(text, pos, end)
            if hit is not None:
                return hit.group(), hit.end()
        return None

    def place_at(self, pos: int, end: int) -> Mention | None:
        """The place mention starting at `pos` (or at its "the")."""
        found = self.within("place", max(0, pos - 4), min(end, pos + 80))
        for m in found:
            if m.start == pos or (m.text.lower().startswith("the ") and m.start + 4 == pos):
                return m
        return None


def _shift(mention: Mention, offset: int) -> Mention:
    return Mention(mention.start + offset, mention.end + offset, mention.text, mention.kind, mention.from_vocabulary,
                   mention.slot)


def split_lines(text: str) -> list[Line]:
    """Every non-blank line, with its content's offsets (a leading bullet mark and spaces left out)."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t":
            end -= 1
        if start == end:
            continue
        bullet = _BULLET.match(text, start, end)
        if bullet is not None:
            lines.append(Line(bullet.end(), end, True))
        else:
            lines.append(Line(start, end, False))
    return lines


def read_heading(text: str, line: Line, mentions: Mentions) -> Heading | None:
    """What a short line with no sentence ending says, if it reads as a heading: a place, a scope, a party,
    a measure, a direction. None for prose and for lines that name none of these."""
    words = text[line.start:line.end]
    if len(words) > HEADING_MAX or _PROSE_END.search(words) or len(words.split()) > 10:
        return None
    colon = words.endswith(":")
    caps = words.upper() == words and any(c.isalpha() for c in words)
    if any(c.isdigit() for c in words) and not caps:
        return None
    places = [m for m in mentions.within("place", line.start, line.end) if m.from_vocabulary or m.slot == "prep"]
    parties = mentions.within("party", line.start, line.end)
    if not parties and (label := TABLE_PARTY_LABEL.fullmatch(words.rstrip(" :-"))) is not None:
        parties = [Mention(line.start, line.start + label.end(), label.group(), "party")]
    council = next((m for m in places if m.text.lower().removeprefix("the ") not in NATIONAL_PLACE_WORDS
                    and not (parties and _inside(m, parties))), None)
    scope = None
    if council is None:
        nation = _NATION_WORD.search(words)
        if nation is not None and not _party_word(nation.start() + line.start, parties):
            scope = _NATIONS[nation.group(1).lower()]
        elif _SCOPE_WORD.search(words):
            scope = "national"
    party = parties[0].text if parties and not (council and parties[0].start > council.start) else None
    measure = None
    if _MEASURE_WORDS.search(words) and is_measure_label(words):
        found, _ = measure_of(_MEASURE_WORDS.search(words).group(), default="seats")  # type: ignore[union-attr]
        measure = None if found == "label" else found
    direction = None
    if party is not None and (d := _DIRECTION_WORD.search(words)) is not None:
        direction = "hold" if d.group(1).lower().startswith("h") else "gain" if d.group(1).lower()[0] in "gw" else None
    if council is None and scope is None and party is None and measure is None:
        return None
    if not (colon or caps or _title_like(words) or (party and _only(words, parties))):
        return None
    return Heading(line.start, line.end, words, council.text if council else None, scope, party, measure, direction)


def _inside(place: Mention, parties: list[Mention]) -> bool:
    return any(p.start <= place.start and place.end <= p.end for p in parties)


def _party_word(pos: int, parties: list[Mention]) -> bool:
    """A nation word inside a party's name ("Scottish Greens") is not a scope."""
    return any(p.start <= pos < p.end for p in parties)


def _only(words: str, parties: list[Mention]) -> bool:
    return len(parties) == 1 and len(words.rstrip(" :-")) <= len(parties[0].text) + 1


def _title_like(words: str) -> bool:
    """Most words capitalised: "Final Councillor Tallies", "Richmond upon Thames, vote share"."""
    tokens = [w for w in re.findall(r"[A-Za-z][\w'&-]*", words)]
    if not tokens:
        return False
    capital = sum(1 for w in tokens if w[0].isupper())
    return capital * 2 >= len(tokens) or len(tokens) <= 3
