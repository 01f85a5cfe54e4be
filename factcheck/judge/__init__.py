"""The judge stage: evidence -> verdict, one small named rule per kind of claim (docs/verdicts.md)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace

from factcheck.judge import contests, control, national, seats, shares, westminster
from factcheck.judge.base import Case, Rule, unverifiable
from factcheck.judge.confidence import abstain_unless_sure
from factcheck.model import ClaimType, Evidence, Finding, Hedge, ResolvedClaim, SourceRef

RULE_MODULES = (seats, national, control, shares, contests, westminster)

RULES: dict[str, Rule] = {rule.id: rule for module in RULE_MODULES for rule in module.RULES}

RULE_FOR_TYPE: Mapping[ClaimType, str] = {
    ClaimType.SEAT_CHANGE: seats.NET_CHANGE,
    ClaimType.SEAT_COUNT: seats.SEAT_COUNT,
    ClaimType.COUNCIL_CONTROL: control.CONTROL,
    ClaimType.COUNCIL_COUNT_CHANGE: control.COUNCIL_COUNT,
    ClaimType.MAJORITY_CHANGE: control.MAJORITY,
    ClaimType.HISTORICAL_FIRST: control.HISTORY,
    ClaimType.VOTE_SHARE: shares.SHARE,
    ClaimType.VOTE_SHARE_CHANGE: shares.SHARE_CHANGE,
    ClaimType.NATIONAL_PROJECTED_SHARE: shares.PROJECTED,
    ClaimType.VOTE_RATIO: contests.RATIO,
    ClaimType.RANKING: contests.RANKING,
    ClaimType.MAYORAL_RESULT: contests.MAYORAL,
    ClaimType.TURNOUT: contests.TURNOUT,
}


MAYORAL_READINGS = frozenset({ClaimType.COUNCIL_CONTROL, ClaimType.SEAT_CHANGE, ClaimType.SEAT_COUNT,
                              ClaimType.MAYORAL_RESULT, ClaimType.VOTE_SHARE})


def as_judged(claim: ResolvedClaim) -> ResolvedClaim:
    """A fraction in words ("one in five") is approximate by nature: judge it as "around"."""
    quantity = claim.claim.quantity
    if quantity is None or quantity.hedge != Hedge.NONE or "fraction" not in claim.claim.qualifiers:
        return claim
    return replace(claim, claim=replace(claim.claim, quantity=replace(quantity, hedge=Hedge.AROUND)))


def judge(
    claim: ResolvedClaim,
    evidence: tuple[Evidence, ...],
    sources: Mapping[str, SourceRef],
    party_names: Mapping[str, str] | None = None,
) -> Finding:
    """Apply the claim type's rule. A rule that cannot decide says `unverifiable`, never raises."""
    rule_id = RULE_FOR_TYPE[claim.claim.type]
    if claim.place is not None and claim.place.kind == "mayoralty" and claim.claim.type in MAYORAL_READINGS:
        rule_id = contests.MAYORAL  # "won the West Midlands" is about the mayoralty, not a council
    claim = as_judged(claim)
    case = Case(claim=claim, evidence=evidence, sources=sources, party_names=party_names or {})
    if "prediction" in claim.claim.qualifiers:
        return unverifiable(case, rule_id, "it reports a prediction, not a result")
    if "contested" in claim.claim.qualifiers:
        rule_id = seats.CONTESTED  # "defending 40 seats", "all 51 seats up for election"
    if westminster.routed(claim):  # a general election or a by-election: never judged on local results
        rule_id = westminster.rule_for(claim)
    try:
        return abstain_unless_sure(RULES[rule_id].judge(case))
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError) as error:
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        return unverifiable(case, rule_id, f"the evidence did not fit the rule ({type(error).__name__})")
