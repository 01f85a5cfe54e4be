"""What the seat rules share: judging a claimed gain or loss against an official change."""

from __future__ import annotations

from factcheck.judge.base import Case, Row
from factcheck.judge.tolerance import Match, compare, describe, signed
from factcheck.model import Direction, Hedge, Quantity


def party_row(rows: list[Row], party: str | None) -> Row | None:
    return next((r for r in rows if r.get("party_id") == party), None)


def sign_match(official: float, case: Case) -> Match:
    """A claim of gains or losses with no number is right when the change has that sign."""
    if case.claim.claim.direction in (Direction.GAIN, Direction.UP):
        return Match.EXACT if official > 0 else Match.MISS
    if case.claim.claim.direction in (Direction.LOSS, Direction.DOWN):
        return Match.EXACT if official < 0 else Match.MISS
    return Match.MISS


GAIN_OR_LOSS = (Direction.GAIN, Direction.UP, Direction.LOSS, Direction.DOWN)


def judge_change(case: Case, official: float, quantity: Quantity | None) -> Match:
    if quantity is None or (
        quantity.value is None and quantity.hedge not in (Hedge.SCORES, Hedge.DOZENS, Hedge.HUNDREDS)
    ):
        return sign_match(official, case)
    if quantity.value is None:  # "scores of seats": a lower bound on the size of the change
        return compare(quantity, abs(official)) if sign_match(official, case) == Match.EXACT else Match.MISS
    if quantity.hedge != Hedge.NONE and case.claim.claim.direction in GAIN_OR_LOSS:
        # "lost over 1,000" bounds the size of the loss: compare magnitudes once the direction is right.
        if official != 0 and sign_match(official, case) != Match.EXACT:
            return Match.MISS
        return compare(quantity, abs(official))
    return compare(quantity, official, signed_claim=signed(quantity, case.loss))


def claimed_words(case: Case) -> str:
    q = case.claim.claim.quantity
    verb = "lost" if case.loss else "gained"
    return f"{verb} {describe(q)}" if q and (q.value is not None or q.text) else f"{verb} seats"


