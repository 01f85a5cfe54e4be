"""Which named queries answer which claim: the query stage's plan, from claim type and place kind."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from factcheck.model import ClaimType, Evidence, ResolvedClaim
from factcheck.query import westminster
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
RECENT_YEARS = 60  # enough for "lost control after 40 years": back to the record's start in 1973
NEEDS_CONTROL_HISTORY = {ClaimType.COUNCIL_CONTROL, ClaimType.HISTORICAL_FIRST}
WHOLE_COUNCIL = {"largest_party", "main_opposition"}  # placings on the whole council, not among the seats fought
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_SINCE_CREATION = re.compile(r"\bsince\b.{0,40}\b(?:creat|form|inception|establish|set\s+up)", re.IGNORECASE)
MAYORAL_HISTORY_TYPES = {ClaimType.TURNOUT, ClaimType.VOTE_SHARE_CHANGE, ClaimType.VOTE_SHARE,
                         ClaimType.MAYORAL_RESULT}
NATION_MAYORAL_TYPES = {ClaimType.TURNOUT, ClaimType.VOTE_SHARE_CHANGE}
NEEDS_COMPOSITION = {ClaimType.SEAT_CHANGE, ClaimType.MAJORITY_CHANGE, ClaimType.SEAT_COUNT}


Request = tuple[str, dict[str, Any]]


def gather(con: Any, resolved: ResolvedClaim) -> tuple[Evidence, ...]:
    """Run every query this claim needs. Missing inputs simply mean fewer queries."""
    evidence = [run(con, name, **params) for name, params in requests(resolved)]
    claim, place, election = resolved.claim, resolved.place, resolved.election_date
    if "gross" in claim.qualifiers and place is not None and place.kind == "council" and election:
        seat_rows = next((e.rows for e in evidence if e.query == "council_seat_change"), ())
        base = next((r["baseline_date"] for r in seat_rows if r.get("baseline_date")), None)
        if base:
            evidence.append(run(con, "ward_seat_movements", election=election, baseline=str(base), council=place.code))
    return tuple(evidence)


def requests(rc: ResolvedClaim) -> list[Request]:
    """The named queries (with parameters) a claim needs, from its type and its place's kind."""
    return list(_requests(rc))


def _requests(rc: ResolvedClaim) -> Iterator[Request]:
    claim, place, election = rc.claim, rc.place, rc.election_date
    if westminster.routed(rc):  # a general election or a by-election: Westminster results, never local ones
        yield from westminster.requests(rc)
        return
    year = int(election[:4]) if election else None
    if place is not None and place.kind == "mayoralty" and election:
        yield "mayoral_contest", {"election": election, "mayoralty": place.code}
        if claim.type in MAYORAL_HISTORY_TYPES:  # changes on the previous election, turnout where results lack it
            yield "mayoral_history", {"mayoralty": place.code}
            yield "mayoral_turnout", {"mayoralty": place.code}
        return
    if place is not None and place.kind == "council":
        council = place.code
        if election and claim.type in COUNCIL_TYPES_NEEDING_RESULTS:
            yield "council_seat_change", {"election": election, "council": council}
            yield "council_share_change", {"election": election, "council": council}
            yield "council_results_published", {"year": year, "council": council}
            if claim.type == ClaimType.VOTE_SHARE_CHANGE and year and not rc.baseline_date:
                # Published shares from four years before: the seats' last contest in most cycles.
                yield "council_results_published", {"year": year - 4, "council": council}
            if rc.baseline_date:
                yield "council_party_result", {"election": rc.baseline_date, "council": council}
                yield "council_results_published", {"year": int(rc.baseline_date[:4]), "council": council}
        if claim.type == ClaimType.TURNOUT and election:  # a mayoral election's turnout counted in this council
            yield "mayoral_turnout_council", {"election": election, "council": council}
        if "contested" in claim.qualifiers and election:
            yield "seats_defended", {"election": election, "council": council}
        if claim.type in NEEDS_CONTROL_HISTORY and year:
            # "first time since", "always": the whole history; otherwise the years around the election.
            whole = claim.type == ClaimType.HISTORICAL_FIRST or _SINCE_CREATION.search(claim.sentence or "")
            since = EARLIEST_YEAR if whole else year - RECENT_YEARS
            yield "council_control_history", {"council": council, "from_year": since, "to_year": year}
        if claim.type == ClaimType.COUNCIL_CONTROL and year:
            yield "council_control_bases", {"council": council, "year": year}
        if claim.type in NEEDS_CONTROL_HISTORY:
            yield "council_events", {"council": council}  # "since its creation"
        if claim.type == ClaimType.RANKING and WHOLE_COUNCIL & set(claim.qualifiers) and year:
            yield "council_composition_year", {"council": council, "year": year}  # "largest party on the council"
        if claim.type == ClaimType.HISTORICAL_FIRST and "record" in claim.qualifiers and year and rc.party_id:
            yield "council_composition_history", {"council": council, "party": rc.party_id,  # "best ever result"
                                                  "from_year": EARLIEST_YEAR, "to_year": year}
        if claim.type in NEEDS_COMPOSITION and year and rc.party_id:
            yield "council_composition_history", {"council": council, "party": rc.party_id,
                                                  "from_year": year - 6, "to_year": year}
        return
    if place is not None and place.kind == "nation" and election and claim.type in NATION_MAYORAL_TYPES:
        # "turnout across London": a nation-scoped name that is also a mayoralty's (London) has its turnout there
        mayoralty = "-".join(place.name.lower().split())
        yield "mayoral_contest", {"election": election, "mayoralty": mayoralty}
        yield "mayoral_history", {"mayoralty": mayoralty}
        yield "mayoral_turnout", {"mayoralty": mayoralty}
    # National (or no place): tallies, projected share, councillor totals.
    hinted = _YEAR.search(claim.election_hint or "")
    if claim.type == ClaimType.NATIONAL_PROJECTED_SHARE and rc.party_id and not election and hinted:
        # "back in 2008 the Tories' projected share was 43%": a year with no local election day in the data
        # still has its NEV (1979 on); the projection for that year is the evidence.
        yield "projected_share", {"year": int(hinted.group(1)), "party": rc.party_id}
    if rc.party_id and election and claim.type in (ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE):
        yield "national_vote_share", {"election": election, "party": rc.party_id}  # a nation's actual vote
    if rc.party_id and election:
        if claim.type in (ClaimType.NATIONAL_PROJECTED_SHARE, ClaimType.VOTE_SHARE):
            yield "projected_share", {"year": year, "party": rc.party_id}
            if rc.other_party_id and "share_gap" in claim.qualifiers:  # "a 9-point lead over the Tories"
                yield "projected_share", {"year": year, "party": rc.other_party_id}
        if claim.type == ClaimType.VOTE_SHARE_CHANGE:
            yield "projected_share_series", {"party": rc.party_id}
        yield "national_tally", {"election": election, "party": rc.party_id}
        if rc.other_party_id and any(q.startswith("more_than:") for q in claim.qualifiers):  # "more seats than X"
            yield "national_tally", {"election": election, "party": rc.other_party_id}
        if rc.baseline_date:
            yield "national_tally_year", {"year": int(rc.baseline_date[:4]), "party": rc.party_id}
    if election and claim.type == ClaimType.RANKING:
        yield "national_tallies_all", {"election": election}
    if claim.type == ClaimType.HISTORICAL_FIRST:
        yield "councillors_by_year", {}
        if "record" in claim.qualifiers and rc.party_id:  # "their first ever council", "best share since 2010"
            yield "party_councils_controlled", {"party": rc.party_id}
            yield "projected_share_series", {"party": rc.party_id}
