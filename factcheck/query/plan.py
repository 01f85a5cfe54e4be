"""Which named queries answer which claim: the query stage's plan, from claim type and place kind."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from factcheck.model import ClaimType, Evidence, ResolvedClaim
from factcheck.query.registry import run

COUNCIL_TYPES_NEEDING_RESULTS = {
    ClaimType.SEAT_CHANGE,
    ClaimType.SEAT_COUNT,
    ClaimType.VOTE_SHARE,
    ClaimType.VOTE_SHARE_CHANGE,
    ClaimType.VOTE_RATIO,
    ClaimType.RANKING,
    ClaimType.TURNOUT,
    ClaimType.COUNCIL_CONTROL,
}
EARLIEST_YEAR = 1900
RECENT_YEARS = 25  # enough for "lost control after 20 years"
NEEDS_CONTROL_HISTORY = {ClaimType.COUNCIL_CONTROL, ClaimType.HISTORICAL_FIRST}
NEEDS_COMPOSITION = {ClaimType.SEAT_CHANGE, ClaimType.MAJORITY_CHANGE}


def gather(con: Any, resolved: ResolvedClaim) -> tuple[Evidence, ...]:
    """Run every query this claim needs. Missing inputs simply mean fewer queries."""
    return tuple(_requests(con, resolved))


def _requests(con: Any, rc: ResolvedClaim) -> Iterator[Evidence]:
    ask: Callable[..., Evidence] = lambda name, **params: run(con, name, **params)  # noqa: E731
    claim, place, election = rc.claim, rc.place, rc.election_date
    year = int(election[:4]) if election else None
    if place is not None and place.kind == "mayoralty" and election:
        yield ask("mayoral_contest", election=election, mayoralty=place.code)
        return
    if place is not None and place.kind == "council":
        if election and claim.type in COUNCIL_TYPES_NEEDING_RESULTS:
            yield ask("council_seat_change", election=election, council=place.code)
            yield ask("council_share_change", election=election, council=place.code)
            yield ask("council_results_published", year=year, council=place.code)
            if claim.type == ClaimType.VOTE_SHARE_CHANGE and year and not rc.baseline_date:
                # Published shares from four years before: the seats' last contest in most cycles.
                yield ask("council_results_published", year=year - 4, council=place.code)
            baseline = rc.baseline_date
            if baseline:
                yield ask("council_party_result", election=baseline, council=place.code)
                yield ask("council_results_published", year=int(baseline[:4]), council=place.code)
            if "gross" in claim.qualifiers:
                seat_rows = run(con, "council_seat_change", election=election, council=place.code).rows
                base = next((r["baseline_date"] for r in seat_rows if r.get("baseline_date")), None)
                if base:
                    yield ask("ward_seat_movements", election=election, baseline=str(base), council=place.code)
        if claim.type in NEEDS_CONTROL_HISTORY and year:
            # "first time since", "always": the whole history; otherwise the years around the election.
            since = EARLIEST_YEAR if claim.type == ClaimType.HISTORICAL_FIRST else year - RECENT_YEARS
            yield ask("council_control_history", council=place.code, from_year=since, to_year=year)
        if claim.type in NEEDS_COMPOSITION and year and rc.party_id:
            yield ask("council_composition_history", council=place.code, party=rc.party_id, from_year=year - 6,
                      to_year=year)
        return
    # National (or no place): tallies, projected share, councillor totals.
    if rc.party_id and election:
        if claim.type == ClaimType.NATIONAL_PROJECTED_SHARE or claim.type == ClaimType.VOTE_SHARE:
            yield ask("projected_share", year=year, party=rc.party_id)
        yield ask("national_tally", election=election, party=rc.party_id)
        if rc.baseline_date:
            yield ask("national_tally_year", year=int(rc.baseline_date[:4]), party=rc.party_id)
    if election and claim.type == ClaimType.RANKING:
        yield ask("national_tallies_all", election=election)
    if claim.type == ClaimType.HISTORICAL_FIRST:
        yield ask("councillors_by_year")
