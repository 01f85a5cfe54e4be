"""The resolve stage: claims as written -> party ids, place codes and election dates."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace

from factcheck.model import Claim, ClaimType, Election, Place, Quantity, ResolvedClaim
from factcheck.regex_cache import lazy
from factcheck.resolve import westminster
from factcheck.resolve.elections import ElectionCalendar
from factcheck.resolve.gazetteer import Gazetteer, PlaceName, council_kind

__all__ = ["ElectionCalendar", "Gazetteer", "PlaceName", "resolve_claim", "resolve_claims"]

_YEAR = lazy(r"\b(19[5-9]\d|20\d\d)\b")
_YEARS_AGO = lazy(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b", re.I)
_OWN_YEAR = lazy(r"^(?:(?:back\s+)?in\s+(?:may\s+|june\s+)?|may\s+|june\s+)(19[5-9]\d|20\d\d)$")
_SINCE_BEFORE = lazy(r"\b(?:since|creation|created|formed|founded|from|until)\b[^.;]{0,30}$", re.I)
_OTHER_CLAUSE = lazy(r"\b(?:where|when|which|who|whom|whose|after|before|while|since|until)\b[^,;:()]*$", re.I)
_SMALL_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_MAYOR = lazy(r"\bmayor(?:al|alty)?\b", re.IGNORECASE)
_MAYORAL_FIRST = ("mayoralty", "council")
_CONTEST_TYPES = frozenset({ClaimType.TURNOUT, ClaimType.MAYORAL_RESULT, ClaimType.VOTE_SHARE})
_COUNCIL_FIRST = ("council", "mayoralty")
_MOST = frozenset({"most_seats", "most", "largest"})


def resolve_claims(
    claims: Iterable[Claim], gazetteer: Gazetteer, election: Election, calendar: ElectionCalendar
) -> tuple[ResolvedClaim, ...]:
    """Resolve every claim against one document-level election; a place named loosely ("Kingston") is read
    beside the kinds of council the document names exactly."""
    claims = tuple(claims)
    near = Counter(council_kind(p.code) for c in claims if c.place and (p := gazetteer.exact(c.place)) is not None
                   and p.kind == "council")
    return tuple(resolve_claim(c, gazetteer, election, calendar, near) for c in claims)


def resolve_claim(claim: Claim, gazetteer: Gazetteer, election: Election, calendar: ElectionCalendar,
                  near: Mapping[str, int] | None = None) -> ResolvedClaim:
    notes: list[str] = []
    mayoral = (
        "mayoral" in claim.qualifiers
        or claim.type == ClaimType.MAYORAL_RESULT
        or _MAYOR.search(claim.sentence or claim.text) is not None
    )
    place = gazetteer.place(claim.place, prefer=_MAYORAL_FIRST if mayoral else _COUNCIL_FIRST, near=near)
    if claim.place and place is None:
        notes.append(f"the place {claim.place!r} is not in the reference database")
    party_id = "noc" if "noc_count" in claim.qualifiers else gazetteer.party(claim.party)  # "ten in no overall control"
    if claim.party and party_id is None:
        notes.append(f"the party {claim.party!r} is not in the reference database")
    election_date = claim_election(claim, election, calendar, place.code if place else None)
    voted = calendar.places_by_date.get(election_date or "", frozenset())
    if place is not None and place.kind == "mayoralty" and voted and place.code not in voted and claim.place:
        place = gazetteer.among(claim.place, "mayoralty", voted) or place  # "Ashby city": the one voting that day
    votes = claim.quantity is not None and claim.quantity.unit == "votes"
    if (place is None or place.kind == "council") and votes and election_date and "place:reference" in claim.carried:
        place = candidate_mayoralty(claim, election_date, calendar, gazetteer) or place  # "he defeated Jo Lee"
    if place is None and not claim.place and mayoral and election_date:
        place = candidate_mayoralty(claim, election_date, calendar, gazetteer)
    elif place is None and not claim.place and claim.type == ClaimType.RANKING and election_date:
        place = candidate_mayoralty(claim, election_date, calendar, gazetteer, own_words=True)  # "X's candidate Jo
        # Lee finished fifth": a placing in the contest the candidate the claim names stood in
    if place is not None and place.kind == "nation" and mayoral and claim.type in _CONTEST_TYPES:
        place = gazetteer.by_code(place.code.lower(), "mayoralty") or place  # "London-wide turnout": the mayoralty
    if election_date is None and own_year(claim) is not None:
        notes.append(f"it is about {own_year(claim)}, and the reference data holds no election that year")
    baseline_date = None
    if claim.baseline:
        year = _YEAR.search(claim.baseline)
        if year:
            baseline_date = calendar.date_in_year(int(year.group(1)), place.code if place else None)
    if _most_seats_nationally(claim, place):  # "won the most councillors" in Wales: first on the tallies
        claim = replace(claim, type=ClaimType.RANKING, quantity=Quantity(value=1, unit="rank", text="the most"))
    return westminster.adjust(ResolvedClaim(  # a general election or a by-election is not on the local calendar
        claim=claim,
        party_id=party_id,
        other_party_id=gazetteer.party(claim.other_party),
        place=place,
        election_date=election_date,
        baseline_date=baseline_date,
        notes=tuple(notes),
    ))


def _most_seats_nationally(claim: Claim, place: Place | None) -> bool:
    """ "win the most councillors" naming no council: a ranking on the national (or a nation's) tallies."""
    national = place is None or place.kind == "nation"
    return (claim.type == ClaimType.SEAT_COUNT and claim.quantity is None and national
            and bool(_MOST & set(claim.qualifiers)) and (place is not None or not claim.place))


def candidate_mayoralty(claim: Claim, day: str, calendar: ElectionCalendar, gazetteer: Gazetteer, *,
                        own_words: bool = False) -> Place | None:
    """ "Sadiq Khan has clinched a third term as Mayor": the mayoralty the candidate the claim (or, unless
    `own_words`, its sentence) names stood for on that day, when the claim names no place and the name points to
    one contest."""
    said = claim.text if own_words else f"{claim.text} {claim.sentence}"
    words = " ".join(unicodedata.normalize("NFKD", said).encode("ascii", "ignore").decode().split())
    codes = {code for name, stood in calendar.mayoral_candidates.items() if len(name.split()) > 1 and name in words
             for when, code, _ in stood if when == day}
    return gazetteer.by_code(codes.pop(), "mayoralty") if len(codes) == 1 else None


def claim_election(
    claim: Claim, election: Election, calendar: ElectionCalendar, place_code: str | None = None
) -> str | None:
    """The election a claim is about: its own hint ("last year", "in 2017") or the document's.

    A year of its own ("back in 2005 Labour won ...") is that year's election, never the document's; with no
    election that year in the reference data the claim has none (and comes out unverifiable)."""
    hint = (claim.election_hint or "").lower()
    year = own_year(claim)
    if year is not None:
        if election.date and election.date.startswith(str(year)):
            return election.date
        return calendar.date_in_year(year, place_code)
    if claim.type != ClaimType.HISTORICAL_FIRST and hint and election.date:
        if "last year" in hint or "previous year" in hint:
            return calendar.date_in_year(int(election.date[:4]) - 1) or election.date
        ago = _YEARS_AGO.search(hint)
        if ago:  # "five years ago, when he beat ..."
            back = words_to_int(ago.group(1))
            if back:
                return calendar.date_in_year(int(election.date[:4]) - back) or election.date
        year = _YEAR.search(hint)
        if year and claim.type in (ClaimType.NATIONAL_PROJECTED_SHARE,):
            return calendar.date_in_year(int(year.group(1))) or election.date
    return election.date


def own_year(claim: Claim) -> int | None:
    """The year a claim names as its own ("in 2017 Labour won ..."), not a baseline ("since its creation in 1974")."""
    own = _OWN_YEAR.match((claim.election_hint or "").lower().strip())
    if own is None or claim.type == ClaimType.HISTORICAL_FIRST or _years_since(claim, own.group(1)):
        return None
    return int(own.group(1))


def _years_since(claim: Claim, year: str) -> bool:
    """ "the first time since its creation in 1974": the year dates the baseline, not the claim; "In Rotherham,
    where commissioners came in 2015, UKIP won 14 seats": it dates another clause."""
    if claim.text.rstrip(" .").endswith(year):  # "up from 45% in 2017": the claim is the dated figure itself
        return False
    sentence = claim.sentence or claim.text
    at = sentence.find(year)
    before = sentence[max(0, at - 40) : at]
    return at >= 0 and (_SINCE_BEFORE.search(before) is not None or _OTHER_CLAUSE.search(sentence[:at]) is not None)


def words_to_int(text: str) -> int:
    """ "5" or "five" -> 5 (small numbers only; 0 when not one)."""
    text = text.lower()
    return int(text) if text.isdigit() else _SMALL_NUMBERS.index(text) + 1 if text in _SMALL_NUMBERS else 0
