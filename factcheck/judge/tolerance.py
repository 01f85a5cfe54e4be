"""Comparing a claimed number with an official one, at the claim's precision and within its hedge.

The policy is written out in docs/verdicts.md; this module is its code. A comparison gives a Match:
EXACT (inside the claim's own interval), CLOSE (a near miss a careful reader would forgive) or MISS.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from factcheck.model import Hedge, Quantity

# Lower bounds that word quantities commit to. "Scores of" is at least two score; "dozens" two dozen.
WORD_MINIMUMS = {Hedge.SCORES: 40.0, Hedge.DOZENS: 24.0, Hedge.HUNDREDS: 200.0}
AROUND_EXACT = 0.10  # "around 350" is exact within 10%
AROUND_CLOSE = 0.20
NEARLY_BAND = 0.10  # "nearly 100" means 90 to 100
COUNT_CLOSE = 0.03  # a count off by at most 3% (and at least 1) is close
VOTES_CLOSE = 0.005  # a vote count off by at most half a per cent is close
POINTS_CLOSE = 1.0  # a share or change off by at most a point is close
SMALL_SHARE_CLOSE = 0.2  # ... and a share by at most a fifth of itself
RATIO_EXACT = 0.02
RATIO_CLOSE = 0.10


class Match(Enum):
    EXACT = "exact"
    CLOSE = "close"
    MISS = "miss"


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def distance(self, value: float) -> float:
        return 0.0 if self.contains(value) else min(abs(value - self.low), abs(value - self.high))


def rounding_interval(value: float, decimals: int) -> Interval:
    """A reported 47.3 could be anything from 47.25 to 47.35 (statcheck's rule)."""
    half = 0.5 * 10 ** (-decimals)
    return Interval(value - half, value + half)


def claim_interval(quantity: Quantity, value: float | None = None) -> Interval:
    """The set of official values that make the claim true, before any tolerance."""
    v = quantity.value if value is None else value
    hedge = quantity.hedge
    if hedge in WORD_MINIMUMS:
        return Interval(WORD_MINIMUMS[hedge], math.inf)
    if v is None:
        return Interval(-math.inf, math.inf)
    base = (
        rounding_interval(v, quantity.decimals) if quantity.unit in {"percent", "points", "ratio"} else Interval(v, v)
    )
    if hedge == Hedge.AROUND:
        spread = max(abs(v) * AROUND_EXACT, 0.5 if quantity.unit in {"percent", "points"} else 1)
        return Interval(v - spread, v + spread)
    if hedge in (Hedge.OVER, Hedge.AT_LEAST):
        return Interval(base.low if hedge == Hedge.AT_LEAST else math.nextafter(v, math.inf), math.inf)
    if hedge in (Hedge.UNDER, Hedge.AT_MOST):
        return Interval(-math.inf, base.high if hedge == Hedge.AT_MOST else math.nextafter(v, -math.inf))
    if hedge == Hedge.NEARLY:
        return Interval(v - abs(v) * NEARLY_BAND, base.high)
    if hedge == Hedge.JUST_OVER:
        return Interval(v, v + abs(v) * NEARLY_BAND)
    if hedge == Hedge.RANGE and quantity.high is not None:
        return Interval(v, quantity.high)
    return base


def close_tolerance(quantity: Quantity, value: float) -> float:
    """How far outside the interval still counts as a near miss."""
    unit = quantity.unit
    if unit == "percent":  # a small share off by a fifth of itself is a different figure ("1.9%" for 2.4%)
        return min(POINTS_CLOSE, abs(value) * SMALL_SHARE_CLOSE)
    if unit == "points":
        return POINTS_CLOSE
    if unit == "ratio":
        return abs(value) * RATIO_CLOSE
    if quantity.hedge == Hedge.AROUND:
        return abs(value) * (AROUND_CLOSE - AROUND_EXACT)
    if unit == "votes":  # a vote count given to the vote ("3,739") is a transcription, not a rounding
        return max(abs(value) * VOTES_CLOSE, round_figure_unit(value) / 2)  # "17,000": to the nearest thousand
    return max(1.0, abs(value) * COUNT_CLOSE) if abs(value) >= 10 else 0.0


def round_figure_unit(value: float) -> float:
    """The unit a round count is given to: 17,000 -> 1,000; 250,000 -> 10,000; 3,739 -> 0 (not rounded)."""
    unit = 0.0
    step = 100.0
    while abs(value) >= 10 * step and abs(value) % step == 0:
        unit, step = step, step * 10
    return unit


def compare(quantity: Quantity, official: float, *, signed_claim: float | None = None) -> Match:
    """Judge one official value against a claimed quantity (optionally with a sign applied)."""
    claimed = quantity.value if signed_claim is None else signed_claim
    if claimed is None and quantity.hedge not in WORD_MINIMUMS:
        return Match.MISS
    if claimed and quantity.unit == "ratio" and quantity.hedge == Hedge.NONE:
        error = abs(official - claimed) / abs(claimed)
        return Match.EXACT if error <= RATIO_EXACT else Match.CLOSE if error <= RATIO_CLOSE else Match.MISS
    interval = claim_interval(quantity, claimed)
    if claimed is None:
        return Match.EXACT if interval.contains(official) else Match.MISS
    if interval.contains(official):
        return Match.EXACT
    if quantity.unit == "percent" and crosses_bound(quantity.hedge, interval, official):
        return Match.MISS  # "just under half" when it was over half: a share's bound is the claim
    if interval.distance(official) <= close_tolerance(quantity, claimed):
        return Match.CLOSE
    return Match.MISS


UPPER_BOUND_HEDGES = (Hedge.NEARLY, Hedge.UNDER, Hedge.AT_MOST)
LOWER_BOUND_HEDGES = (Hedge.OVER, Hedge.AT_LEAST, Hedge.JUST_OVER)


def crosses_bound(hedge: Hedge, interval: Interval, official: float) -> bool:
    """Whether the official value lies on the wrong side of the bound a hedge names."""
    return (hedge in UPPER_BOUND_HEDGES and official > interval.high) or (
        hedge in LOWER_BOUND_HEDGES and official < interval.low)


def signed(quantity: Quantity, loss: bool) -> float | None:
    """A claimed change with its direction applied: "lost 3" is -3."""
    if quantity.value is None:
        return None
    return -abs(quantity.value) if loss else quantity.value


def describe(quantity: Quantity) -> str:
    """The claimed figure in words, for explanations: "around 350", "47.3%"."""
    words = {
        Hedge.AROUND: "around ",
        Hedge.OVER: "over ",
        Hedge.AT_LEAST: "at least ",
        Hedge.UNDER: "under ",
        Hedge.AT_MOST: "at most ",
        Hedge.NEARLY: "nearly ",
        Hedge.JUST_OVER: "just over ",
    }
    if quantity.hedge in WORD_MINIMUMS:
        return quantity.text or quantity.hedge.value
    if quantity.value is None:
        return quantity.text or "a change"
    number = format_number(quantity.value, quantity.decimals)
    if quantity.hedge == Hedge.RANGE and quantity.high is not None:
        return f"between {number} and {format_number(quantity.high, quantity.decimals)}"
    suffix = {"percent": "%", "points": " points", "ratio": " times"}.get(quantity.unit, "")
    return f"{words.get(quantity.hedge, '')}{number}{suffix}"


def format_number(value: float, decimals: int = 0) -> str:
    if float(value).is_integer() and decimals == 0:
        return f"{int(value):,}"
    return f"{value:,.{max(decimals, 1)}f}"
