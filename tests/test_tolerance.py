"""The verdict policy's numbers (docs/verdicts.md), one case a line."""

import pytest

from factcheck.judge.tolerance import Match, compare, describe, signed
from factcheck.model import Hedge, Quantity

CASES = [
    # (claimed quantity, official value, expected match)
    (Quantity(47.3, "percent", decimals=1), 47.26, Match.EXACT),  # inside 47.25..47.35
    (Quantity(47.3, "percent", decimals=1), 47.2, Match.CLOSE),  # a tenth out: forgivable
    (Quantity(42.0, "percent"), 41.6, Match.EXACT),  # "42%" covers 41.5..42.5
    (Quantity(12.0, "points"), 8.1, Match.MISS),
    (Quantity(9.1, "points", decimals=1), 9.6, Match.CLOSE),
    (Quantity(4.0, "seats"), 4.0, Match.EXACT),
    (Quantity(4.0, "seats"), 3.0, Match.MISS),  # small counts are exact
    (Quantity(38.0, "seats"), 37.0, Match.CLOSE),  # 38 against 37: one seat
    (Quantity(413.0, "seats"), 431.0, Match.MISS),  # 4% out: two digits swapped, not a near miss
    (Quantity(350.0, "seats", Hedge.AROUND), 382.0, Match.EXACT),  # around = within 10%
    (Quantity(350.0, "seats", Hedge.AROUND), 420.0, Match.CLOSE),
    (Quantity(500.0, "seats", Hedge.OVER), 563.0, Match.EXACT),
    (Quantity(500.0, "seats", Hedge.OVER), 490.0, Match.CLOSE),  # 2% short: near miss
    (Quantity(500.0, "seats", Hedge.OVER), 450.0, Match.MISS),
    (Quantity(1000.0, "seats", Hedge.NEARLY), 960.0, Match.EXACT),
    (Quantity(1000.0, "seats", Hedge.NEARLY), 1010.0, Match.CLOSE),
    (Quantity(None, "seats", Hedge.SCORES), 164.0, Match.EXACT),
    (Quantity(None, "seats", Hedge.SCORES), 12.0, Match.MISS),
    (Quantity(300.0, "seats", Hedge.RANGE, high=800.0), 563.0, Match.EXACT),
    (Quantity(3.0, "ratio"), 2.97, Match.EXACT),  # within 2%
    (Quantity(3.0, "ratio"), 2.79, Match.CLOSE),  # within 10%
    (Quantity(3.0, "ratio"), 2.2, Match.MISS),
]


@pytest.mark.parametrize(("quantity", "official", "expected"), CASES)
def test_compare_judges_at_the_claims_precision_and_hedge(quantity, official, expected):
    assert compare(quantity, official) == expected


def test_a_loss_is_a_negative_change():
    lost_three = Quantity(3.0, "seats")
    assert signed(lost_three, loss=True) == -3
    assert compare(lost_three, -3.0, signed_claim=signed(lost_three, loss=True)) == Match.EXACT
    assert compare(lost_three, -1.0, signed_claim=signed(lost_three, loss=True)) == Match.MISS


def test_describe_gives_the_claim_back_in_words():
    assert describe(Quantity(350.0, "seats", Hedge.AROUND)) == "around 350"
    assert describe(Quantity(47.3, "percent", decimals=1)) == "47.3%"
    assert describe(Quantity(300.0, "seats", Hedge.RANGE, high=800.0)) == "between 300 and 800"


def test_a_small_share_off_by_a_fifth_of_itself_is_not_close():
    from factcheck.judge.tolerance import Match, compare
    from factcheck.model import Quantity

    assert compare(Quantity(value=1.9, unit="percent", decimals=1), 2.37) == Match.MISS
    assert compare(Quantity(value=35.0, unit="percent"), 35.9) == Match.CLOSE


def test_a_vote_count_given_to_the_vote_is_close_only_within_half_a_per_cent():
    from factcheck.judge.tolerance import Match, compare
    from factcheck.model import Quantity

    assert compare(Quantity(value=3739, unit="votes"), 3766) == Match.MISS
    assert compare(Quantity(value=3750, unit="votes"), 3766) == Match.CLOSE


def test_a_round_vote_count_is_close_within_half_its_rounding_unit():
    """ "17,000 votes" is given to the nearest thousand: 16,620 rounds to it; 16,400 does not."""
    assert compare(Quantity(value=17000, unit="votes"), 16620) == Match.CLOSE
    assert compare(Quantity(value=17000, unit="votes"), 16400) == Match.MISS
    assert compare(Quantity(value=430000, unit="votes"), 426100) == Match.CLOSE  # to the nearest ten thousand
