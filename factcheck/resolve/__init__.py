"""The resolve stage: claims as written -> party ids, place codes and election dates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from factcheck.model import Claim, ClaimType, Election, ResolvedClaim
from factcheck.regex_cache import lazy
from factcheck.resolve.elections import ElectionCalendar
from factcheck.resolve.gazetteer import Gazetteer, PlaceName

__all__ = ["ElectionCalendar", "Gazetteer", "PlaceName", "resolve_claim", "resolve_claims"]

_YEAR = lazy(r"\b(19[5-9]\d|20\d\d)\b")
_YEARS_AGO = lazy(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b", re.I)
_SMALL_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_MAYOR = lazy(r"\bmayor(?:al|alty)?\b", re.IGNORECASE)
_MAYORAL_FIRST = ("mayoralty", "council")
_COUNCIL_FIRST = ("council", "mayoralty")


def resolve_claims(
    claims: Iterable[Claim], gazetteer: Gazetteer, election: Election, calendar: ElectionCalendar
) -> tuple[ResolvedClaim, ...]:
    """Resolve every claim against one document-level election."""
    return tuple(resolve_claim(c, gazetteer, election, calendar) for c in claims)


def resolve_claim(claim: Claim, gazetteer: Gazetteer, election: Election, calendar: ElectionCalendar) -> ResolvedClaim:
    notes: list[str] = []
    mayoral = (
        "mayoral" in claim.qualifiers
        or claim.type == ClaimType.MAYORAL_RESULT
        or _MAYOR.search(claim.sentence or claim.text) is not None
    )
    place = gazetteer.place(claim.place, prefer=_MAYORAL_FIRST if mayoral else _COUNCIL_FIRST)
    if claim.place and place is None:
        notes.append(f"the place {claim.place!r} is not in the reference database")
    party_id = gazetteer.party(claim.party)
    if claim.party and party_id is None:
        notes.append(f"the party {claim.party!r} is not in the reference database")
    election_date = claim_election(claim, election, calendar)
    baseline_date = None
    if claim.baseline:
        year = _YEAR.search(claim.baseline)
        if year:
            baseline_date = calendar.date_in_year(int(year.group(1)), place.code if place else None)
    return ResolvedClaim(
        claim=claim,
        party_id=party_id,
        other_party_id=gazetteer.party(claim.other_party),
        place=place,
        election_date=election_date,
        baseline_date=baseline_date,
        notes=tuple(notes),
    )


def claim_election(claim: Claim, election: Election, calendar: ElectionCalendar) -> str | None:
    """The election a claim is about: its own hint ("last year", "in 2017") or the document's."""
    hint = (claim.election_hint or "").lower()
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


def words_to_int(text: str) -> int:
    """ "5" or "five" -> 5 (small numbers only; 0 when not one)."""
    text = text.lower()
    return int(text) if text.isdigit() else _SMALL_NUMBERS.index(text) + 1 if text in _SMALL_NUMBERS else 0


def candidate_dates(resolved: Sequence[ResolvedClaim], calendar: ElectionCalendar, limit: int = 3) -> list[str]:
    """Elections the claims' places took part in, most supported first: candidates for the document."""
    return calendar.best_supported([r.place.code for r in resolved if r.place], limit=limit)
