"""Records over time, where a series we hold can rank them: a party's seats on one council ("their best ever
result in Rutland", "the fewest Labour councillors since 1999"), its projected national share ("the best
result since 2010", beside a share), and its first council ever controlled ("their first ever majority
council"). Any other record ("the biggest gains by an opposition party for 25 years") stays unverifiable."""

from __future__ import annotations

import re

from factcheck.judge.base import Case, Row, finding, unverifiable
from factcheck.model import Finding, Official, Verdict
from factcheck.regex_cache import lazy

HISTORY = "history.first"
_LOW = lazy(r"\b(?:worst|lowest|fewest|smallest)\b", re.I)
SINCE_YEAR = lazy(r"\bsince\s+((?:19|20)\d\d)\b", re.I)  # "the best since 2010"; control.py reads it too
_EVER = lazy(r"\bever\b", re.I)
_SPAN = lazy(r"\b(?:for|in)\s+(?:(?:over|more\s+than|almost|nearly|some)\s+)?(?P<n>\d+|a|two|three|four|five)\s+"
             r"(?P<unit>years|decades?|century)\b", re.I)
_SHARE_WORDS = lazy(r"%|\bper\s*cent\b|\bshare\b|\bPNS\b|\bprojected\b|\bequivalent\s+vote\b", re.I)
_SEAT_WORDS = lazy(r"\b(?:seats?|councillors?|result|tally|haul|group)\b", re.I)
_SAYS_SEATS = lazy(r"\b(?:seats?|councillors?)\b", re.I)
_WORDS = {"a": 1, "two": 2, "three": 3, "four": 4, "five": 5}
SERIES = ("PNS", "NEV")  # projected national share (BBC) and national equivalent vote (Rallings & Thrasher)
RECORD_UNRANKED = "a record across past elections (the best, biggest or lowest for years) is not something the " \
                  "reference data ranks"


def record_claim(case: Case) -> Finding:
    """A record claim, checked on the one series that can rank it, or unverifiable."""
    claim = case.claim.claim
    place, election = case.claim.place, case.claim.election_date
    if not case.party or not election:
        return unverifiable(case, HISTORY, RECORD_UNRANKED)
    year = int(election[:4])
    if place is None and "first_council" in claim.qualifiers:
        return _first_council(case, year)
    window = _window(claim.text, year)
    if window is None:
        return unverifiable(case, HISTORY, RECORD_UNRANKED)
    low = bool(_LOW.search(claim.text))
    if place is not None and place.kind == "council" and not _SHARE_WORDS.search(claim.text) \
            and _SEAT_WORDS.search(claim.text + " " + (claim.sentence or "")):
        return _council_seats(case, year, window, low)
    if place is None and _SHARE_WORDS.search(claim.sentence or claim.text):
        return _projected_share(case, year, window, low)
    return unverifiable(case, HISTORY, RECORD_UNRANKED)


def _window(text: str, year: int) -> int | None:
    """The first year the record reaches back to: the year after "since 2010", "ever" (0), "for 20 years"."""
    since = SINCE_YEAR.search(text)
    if since:
        return int(since.group(1))
    span = _SPAN.search(text)
    if span:
        n = int(span.group("n")) if span.group("n").isdigit() else _WORDS[span.group("n").lower()]
        unit = span.group("unit").lower()
        return year - n * (100 if unit == "century" else 10 if unit.startswith("decade") else 1)
    return 0 if _EVER.search(text) else None


def _ranked(series: dict[int, float], year: int, since: int, low: bool) -> tuple[bool, int | None]:
    """Whether `year`'s value beats every year after `since`, and the first year that matched or beat it."""
    now = series[year]
    rivals = [y for y in sorted(series, reverse=True) if since < y < year
              and (series[y] <= now if low else series[y] >= now)]
    return not rivals, (rivals[0] if rivals else None)


def _council_seats(case: Case, year: int, since: int, low: bool) -> Finding:
    """Seats held on the council after each election, from the composition record."""
    claim = case.claim.claim
    by_share = not _SAYS_SEATS.search(claim.text)  # "their best result": the share of the council's seats
    seats: dict[int, float] = {}
    cites: dict[int, Row] = {}
    for row in case.rows("council_composition_history"):
        y = int(row["as_of_year"])
        if y not in seats and row.get("seats") is not None and (row.get("total_seats") or not by_share):
            # the fullest count comes first
            seats[y] = float(row["seats"]) / row["total_seats"] if by_share else float(row["seats"])
            cites[y] = row
    if year not in seats or len(seats) < 2:
        return unverifiable(case, HISTORY, f"no seat record for {case.party_label} on {case.place_name} to rank")
    first = min(seats)
    if since and since < first:
        return unverifiable(case, HISTORY, f"the seat record for {case.place_name} starts in {first}, after {since}")
    ok, rival = _ranked(seats, year, since, low)
    word = ("smallest" if low else "largest") + " share of the seats" if by_share else "fewest" if low else "most"
    official = [Official(_held(cites[year]), f"seats held after the {year} election", case.cite(cites[year]))]
    reach = f"since {since}" if since else f"in the record from {first}"
    if ok:
        return finding(case, HISTORY, Verdict.ACCURATE, f"{case.party_label} held {_held(cites[year])} seats on "
                       f"{case.place_name} after {year}, its {word} in any year {reach}.", official)
    official.append(Official(_held(cites[rival]), f"seats held in {rival}", case.cite(cites[rival])))
    said = (f"{case.party_label} held {_held(cites[year])} seats on {case.place_name} after {year}, but "
            f"{_held(cites[rival])} in {rival}")
    if by_share:  # "their best result": seats held is one reading of it
        return unverifiable(case, HISTORY, f"by seats held it is not a record: {said}")
    return finding(case, HISTORY, Verdict.INACCURATE, f"{said}.", official)


def _held(row: Row) -> str:
    return f"{row['seats']} of {row['total_seats']}" if row.get("total_seats") else str(row["seats"])


def _projected_share(case: Case, year: int, since: int, low: bool) -> Finding:
    """The projected national share (BBC PNS) or national equivalent vote (NEV), year by year."""
    claim = case.claim.claim
    tried = []
    for measure in SERIES:
        rows = {int(r["election_year"]): r for r in case.rows("projected_share_series")
                if r.get("measure") == measure and r.get("share_pct") is not None}
        series = {y: float(r["share_pct"]) for y, r in rows.items()}
        if year not in series or (since and min(series) > since + 1):
            continue
        ok, rival = _ranked(series, year, since, low)
        official = [Official(series[year], f"{measure} {year}", case.cite(rows[year]))]
        if ok:
            reach = f"after {since}" if since else f"from {min(series)}"
            return finding(case, HISTORY, Verdict.ACCURATE, f"{measure} {year} for {case.party_label}: "
                           f"{series[year]:g}%, {'below' if low else 'above'} every year {reach}.", official)
        official.append(Official(series[rival], f"{measure} {rival}", case.cite(rows[rival])))
        tried.append((f"{measure} {year} for {case.party_label} was {series[year]:g}%, but {series[rival]:g}% in "
                      f"{rival}", official))
    if not tried:
        return unverifiable(case, HISTORY, "no projected-share series reaching back that far")
    said, official = tried[0]
    if len(tried) < len(SERIES) or not _SHARE_WORDS.search(claim.text):
        return unverifiable(case, HISTORY, f"it is not a record on the series held: {said}")
    return finding(case, HISTORY, Verdict.INACCURATE, f"{said}.", official)


def _first_council(case: Case, year: int) -> Finding:
    """ "their first ever majority council": no council in the control record before this election."""
    rows = case.rows("party_councils_controlled")
    earlier = [r for r in rows if int(r["first_year"]) < year]
    now = [r for r in rows if int(r["first_year"]) <= year <= int(r["last_year"])]
    if earlier:
        r = earlier[0]
        return finding(case, HISTORY, Verdict.INACCURATE, f"{case.party_label} controlled {r['council_name']} from "
                       f"{r['first_year']}, before {year}.",
                       [Official(float(r["first_year"]), f"first year {case.party_label} controlled "
                                                         f"{r['council_name']}", case.cite(r))])
    if not now:
        return unverifiable(case, HISTORY, f"no council controlled by {case.party_label} after {year} in the record")
    return finding(case, HISTORY, Verdict.ACCURATE, f"{case.party_label} controlled no council in the record before "
                   f"{year} (from {rows[0]['record_from']}); after it, {now[0]['council_name']}.",
                   [Official(now[0]["council_name"], f"first council {case.party_label} controlled",
                             case.cite(now[0]))])
