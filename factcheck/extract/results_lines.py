"""Results set out as the lines of a table: "Kingston upon Thames: Lib Dem 39 (+21), Con 9 (-17)." (seats won,
with the change in brackets) and the verdict lines under them: "Lib Dem gain from Conservative.", "Labour hold."."""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.vocabulary import Mention
from factcheck.model import ClaimType, Direction, Quantity
from factcheck.regex_cache import lazy

# "Kingston upon Thames: " or "Barnet - " opening the sentence: the place the line is about.
_LINE_HEAD = lazy(r"\s*(?P<place>[^:;,.()]{2,60}?)\s*(?::|\s-)\s*")
_HEAD_MARK = lazy(r":|\s-")  # in every line head: a cheap test first
# "Lib Dem 39 (+21)", "Con 9 (-17)", "Green 10": a party, its seats, and the change since last time.
_ENTRY = lazy(
    r"(?P<party>(?:the\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3})\s+(?P<num>\d{1,3})(?![\d.,]\d|\s*%|\s*per\s*cent)"
    r"(?:\s+seats?|\s+councillors?)?(?:\s*\(\s*(?P<sign>[+-])\s*(?P<chg>\d{1,3})\s*\))?"
)
_SEPARATOR = lazy(r"\s*(?:[,;]|\band\b)\s*")
# "Lib Dem gain from Conservative.", "Labour hold.", "SNP GAIN FROM LAB": a whole sentence.
_VERDICT_LINE = lazy(
    r"\s*(?P<party>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+(?P<what>gain|hold|GAIN|HOLD)"
    r"(?:\s+(?:from|FROM)\s+(?P<other>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}))?\s*[.!]?\s*"
)


def find(view: SentenceView) -> list[Draft]:
    """The claims of a results line, or of a verdict line."""
    text = view.text
    marked = ":" in text or ("-" in text and _HEAD_MARK.search(text) is not None)
    head = _LINE_HEAD.match(text) if marked else None
    place = view.place_at(head.start("place")) if head else None
    if head is None or place is None or place.end < head.end("place"):
        return _verdict_line(view, 0, None)
    return _results_line(view, head.end(), place) or _verdict_line(view, head.end(), place)


def _results_line(view: SentenceView, pos: int, place: Mention) -> list[Draft]:
    """ "Lib Dem 39 (+21), Con 9 (-17)" after the line's place."""
    drafts: list[Draft] = []
    while (entry := _ENTRY.match(view.text, pos)) is not None:
        party = view.party_at(entry.start("party"), entry.end("party"))
        if party is None or party.start != entry.start("party"):
            break
        drafts += _entry_claims(view, entry, party.text, place.text)
        separator = _SEPARATOR.match(view.text, entry.end())
        if separator is None:
            break
        pos = separator.end()
    return drafts


def _entry_claims(view: SentenceView, entry: re.Match[str], party: str, place: str) -> list[Draft]:
    """ "Lib Dem 39 (+21)": 39 seats won, and a gain of 21."""
    count = Draft(ClaimType.SEAT_COUNT, entry.start(), entry.end("num"), entry.start("num"), party=party,
                  places=[place], subject="none", priority=3, qualifiers=["results_line"])
    count.quantity = Quantity(value=float(entry.group("num")), unit="seats", text=entry.group("num"))
    if not entry.group("chg"):
        return [count]
    change = Draft(ClaimType.SEAT_CHANGE, entry.start(), entry.end(), entry.start("sign"), party=party,
                   places=[place], subject="none", priority=3, qualifiers=["results_line"])
    change.quantity = Quantity(value=float(entry.group("chg")), unit="seats",
                               text=view.text[entry.start("sign"):entry.end("chg")])
    change.direction = Direction.LOSS if entry.group("sign") == "-" else Direction.GAIN
    return [count, change]


def _verdict_line(view: SentenceView, start: int, place: Mention | None) -> list[Draft]:
    """ "Labour hold." (about the place of the line above), "Wigan: Labour hold."."""
    line = _VERDICT_LINE.fullmatch(view.text, start)
    party = view.party_at(line.start("party"), line.end("party")) if line else None
    if line is None or party is None or party.start != line.start("party"):
        return []
    other = view.party_at(line.start("other"), line.end("other")) if line.group("other") else None
    draft = Draft(ClaimType.COUNCIL_CONTROL, line.start("party"), line.end("what") if other is None else other.end,
                  line.start("what"), party=party.text, place_ref=None if place else "there", subject="none",
                  priority=3, qualifiers=["results_line"], places=[place.text] if place else [])
    draft.direction = Direction.GAIN if line.group("what").lower() == "gain" else Direction.HOLD
    if other is not None:
        draft.other_party = other.text
        draft.qualifiers.append(f"from:{other.text}")
    return [draft]
