"""Which election a document is about: an option or a date in the text (an undated text: see reading.py)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping

from factcheck.model import Election
from factcheck.regex_cache import lazy

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = r"(?P<month>" + "|".join(m[:3] + f"(?:{m[3:]})?" for m in _MONTHS) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>20\d\d|19\d\d)"
DATE_PATTERNS = (
    lazy(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 11 May 2023
    lazy(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),  # May 11, 2023
    lazy(r"\b(?P<year>20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),  # 2023-05-11
    lazy(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE),  # May 2022
    lazy(rf"\b{_YEAR}\s+local\s+elections?\b", re.IGNORECASE),  # 2022 local elections
)


def parse_date(text: str) -> dt.date | None:
    """An ISO date or a written date ("11 May 2023", "May 2022") -> the date (day 1 when absent)."""
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            return _to_date(match.groupdict())
    return None


def _to_date(parts: Mapping[str, str | None]) -> dt.date | None:
    month_text = parts.get("month") or "5"
    month = (
        int(month_text)
        if month_text.isdigit()
        else _MONTHS.index(next(m for m in _MONTHS if m.startswith(month_text.lower()[:3]))) + 1
    )
    try:
        return dt.date(int(parts["year"] or 0), month, int(parts.get("day") or 0) or 1)
    except ValueError:
        return None


OPENING_CHARS = 600  # headline, dateline and first paragraph: a date here is the text's own election


class ElectionCalendar:
    """The polling days the reference database covers, and which places voted on each."""

    def __init__(
        self,
        dates: Iterable[str],
        places_by_date: Mapping[str, Iterable[str]],
        main_places_by_date: Mapping[str, Iterable[str]] | None = None,
        mayoral_candidates: Iterable[tuple[str, str, str, bool]] = (),
    ):
        """`main_places_by_date`: the places that held a main election that day (not a by-election; defaults to
        `places_by_date`); `mayoral_candidates`: (name, mayoralty code, day, elected) for everyone who stood,
        kept by name with accents folded."""
        self.dates = sorted(set(dates))
        self.places_by_date = {d: frozenset(p) for d, p in places_by_date.items()}
        main = places_by_date if main_places_by_date is None else main_places_by_date
        self.main_places_by_date = {d: frozenset(p) for d, p in main.items()}
        stood: dict[str, set[tuple[str, str, bool]]] = {}
        for name, code, day, elected in mayoral_candidates:  # "Siân Berry" and "Sian Berry" are one name
            plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            stood.setdefault(plain, set()).add((day, code, bool(elected)))
        self.mayoral_candidates = {name: frozenset(rows) for name, rows in stood.items()}

    def latest_on_or_before(self, day: dt.date) -> str | None:
        iso = day.isoformat()
        earlier = [d for d in self.dates if d <= iso]
        return earlier[-1] if earlier else None

    def date_in_year(self, year: int, place_code: str | None = None) -> str | None:
        """The main election of a year (the one with most places, or the one this place voted in)."""
        in_year = [d for d in self.dates if d.startswith(str(year))]
        if place_code:
            voted = [d for d in in_year if place_code in self.places_by_date.get(d, ())]
            in_year = voted or in_year
        if not in_year:
            return None
        return max(in_year, key=lambda d: len(self.places_by_date.get(d, ())))

    def from_option(self, value: str) -> Election:
        day = parse_date(value)
        if day is None:
            raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)")
        return Election(self.latest_on_or_before(day) or day.isoformat(), f"--date {value}")

    def from_text(self, text: str, front_matter: Mapping[str, str] | None = None) -> Election | None:
        """A date in the front matter, else the first written date in the text's opening (headline, dateline,
        first paragraph). A date further down may be another election ("the next ones are on 4 May 2017"): an
        undated text's election is read from all it says (factcheck/resolve/reading.py)."""
        for key in ("date", "election", "published"):
            value = (front_matter or {}).get(key)
            day = parse_date(str(value)) if value else None
            if day:
                chosen = self.latest_on_or_before(day + dt.timedelta(days=1))
                if chosen:
                    return Election(chosen, f"front matter {key}: {value}")
        for chosen, words in self._dates_in(text[:OPENING_CHARS]):
            return Election(chosen, f"the text mentions {words!r}")
        return None

    def _dates_in(self, text: str) -> Iterator[tuple[str, str]]:
        """(election, the words) for each written date, by pattern (full dates first), then by position."""
        for pattern in DATE_PATTERNS:
            for match in pattern.finditer(text):
                day = _to_date(match.groupdict())
                chosen = self.latest_on_or_before(day + dt.timedelta(days=1)) if day else None
                if day and "day" not in match.groupdict():
                    chosen = self.date_in_year(day.year) or chosen
                if chosen:
                    yield chosen, match.group(0)
