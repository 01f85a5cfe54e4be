"""The named queries a Westminster claim needs (factcheck/extract/westminster.py tags them): general-election
results for the claim's party, the projected share now for a change against a general election, and a
by-election's candidates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from factcheck.model import BY_ELECTION, GE_BASELINE, WESTMINSTER_TAGS, ClaimType, ResolvedClaim


def routed(rc: ResolvedClaim) -> bool:
    """Whether the claim is about (or compared with) a Westminster election (the judge routes the same way)."""
    return not WESTMINSTER_TAGS.isdisjoint(rc.claim.qualifiers)


def requests(rc: ResolvedClaim) -> Iterator[tuple[str, dict[str, Any]]]:
    """The named queries (with parameters) for a Westminster claim."""
    claim = rc.claim
    if BY_ELECTION in claim.qualifiers:
        if claim.place:
            yield "parliament_by_election", {"constituency": claim.place}
        return
    yield "general_election_dates", {}
    if rc.party_id:
        yield "general_election_party_all", {"party": rc.party_id}
        if GE_BASELINE in claim.qualifiers and claim.type == ClaimType.VOTE_SHARE_CHANGE and rc.election_date:
            yield "projected_share", {"year": int(rc.election_date[:4]), "party": rc.party_id}
