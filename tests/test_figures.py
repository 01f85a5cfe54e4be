"""The figures ledger: every number in a text ends in exactly one state, claim, dismissed (with a reason) or
unresolved, and the dismissal rules leave results alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.figures import RULES, account_figures, find_spots
from factcheck.model import Claim, ClaimType, Figure, Span


def claim_over(text: str, phrase: str, claim_id: str = "c1") -> Claim:
    start = text.index(phrase)
    return Claim(id=claim_id, type=ClaimType.SEAT_CHANGE, span=Span(start, start + len(phrase), 1, start + 1),
                 text=phrase)


def ledger(text: str, *claims: Claim) -> dict[str, Figure]:
    return {f.text: f for f in account_figures(text, claims)}


def rule_of(text: str, figure: str) -> str | None:
    """The rule that dismissed a figure (None when it stayed unresolved)."""
    found = ledger(text)[figure]
    return found.rule if found.status == "dismissed" else None


def test_every_kind_of_number_is_found_once_with_its_offsets() -> None:
    text = ("The Greens gained 14 seats (+14), a dozen more than in two thousand and five; hundreds of "
            "councillors fell, two-thirds of them Tories, and Plaid rose 3.5 points to 21.4% - one in five votes.")
    figures = account_figures(text, ())
    assert [f.text for f in figures] == ["14", "+14", "a dozen", "two thousand and five", "hundreds", "two-thirds",
                                         "3.5 points", "21.4%", "one in five"]
    assert all(text[f.start:f.end] == f.text for f in figures)


def test_every_figure_ends_in_exactly_one_state() -> None:
    text = ("On 6 May 2027 the Greens gained 14 seats in Dorset, taking 30 of the 82 seats. At 3.15am the polls "
            "suggested Reform could win 200 seats, and 1,400 candidates stood in 60 wards.")
    claim = claim_over(text, "the Greens gained 14 seats in Dorset")
    figures = account_figures(text, (claim,))
    for figure in figures:
        assert figure.status in ("claim", "dismissed", "unresolved")
        assert (figure.claim is not None) == (figure.status == "claim")
        assert (figure.reason is not None) == (figure.status == "dismissed")
    states = {f.text: f.status for f in figures}
    assert states == {"6": "dismissed", "2027": "dismissed", "14": "claim", "30": "unresolved", "82": "unresolved",
                      "3.15am": "dismissed", "200": "dismissed", "1,400": "dismissed", "60": "dismissed"}


def test_a_figure_inside_a_claim_names_the_claim() -> None:
    text = "Labour lost 9 seats in Hartlepool since 2021, out of 36."
    figures = ledger(text, claim_over(text, "Labour lost 9 seats in Hartlepool since 2021", "c7"))
    assert figures["9"].claim == "c7" and figures["2021"].claim == "c7"
    assert figures["36"].status == "unresolved"


def test_results_outside_any_claim_stay_unresolved() -> None:
    text = ("Reform took 41 seats and the Tories lost 77. The Liberal Democrats now run 12 councils, up three, "
            "on 23% of the vote (+4). Her majority rose from 8 to 15, and the mayor polled 104,233 votes.\n"
            "Greens 19 (+6)\nLabour 40 (-2)")
    assert {f.status for f in account_figures(text, ())} == {"unresolved"}


@pytest.mark.parametrize(
    ("text", "figure", "rule"),
    [
        ("The count in Exeter finished at 4.45am.", "4.45am", "figures.time"),
        ("14:05 - Labour hold Ipswich", "14:05", "figures.time"),
        ("Polling day was Thursday 7 May.", "7", "figures.date"),
        ("Ashford has been Conservative since 1976.", "1976", "figures.date"),
        ("The count cost £45,000 to run.", "£45,000", "figures.money"),
        ("The new leader, aged 34, was elected in Wokingham.", "34", "figures.age"),
        ("Traffic on the A38 slowed the count.", "A38", "figures.identifier"),
        ("Call the council on 01632 960 123 for results.", "01632", "figures.phone"),
        ("The Lib Dems have run Eastleigh for 30 years.", "30", "figures.duration"),
        ("Pollsters say the Greens could take 90 seats.", "90", "figures.forecast"),
        ("YouGov put Reform on 29% in Lincolnshire.", "29%", "figures.forecast"),
        ("If Labour had won 3 more seats in Swindon it would run the council.", "3", "figures.forecast"),
        ("All 54 seats on Thurrock council were up for election.", "54", "figures.contest"),
        ("The party fielded 700 candidates across the county.", "700", "figures.contest"),
        ("With 110 of 160 councils declared, the picture was clear.", "110", "figures.count_progress"),
        ("Council tax in Slough rose by 9.9% this year.", "9.9%", "figures.other_percentage"),
        ("Turnout in Basildon was 28.4%, down on last time.", "28.4%", "figures.turnout"),
        ("Only a third of the electorate turned out in Hull.", "a third", "figures.turnout"),
        ("Norwich has a population of 144,000.", "144,000", "figures.other_count"),
        ("Tens of thousands of campaigners knocked on doors in Leeds.", "Tens of thousands", "figures.other_count"),
        ("The council built 800 new council homes in Camden.", "800", "figures.other_count"),
        ("Updated 5 May 2026 14.05 BST", "14.05", "figures.time"),
        ("For the first time, the Greens lead in Bristol.", "first", "figures.ordinal"),
        ("It was one of the closest counts in Carlisle.", "one", "figures.idiom"),
        ("No one expected the Greens to win in Stroud.", "one", "figures.idiom"),
        ("Pundits were forecasting between 150 and 400 gains for Reform.", "400", "figures.forecast"),
        ("The SNP won 64 seats at Holyrood.", "64", "figures.other_election"),
        ("1. Labour holds Exeter", "1", "figures.list_number"),
    ],
)
def test_dismissal_rules(text: str, figure: str, rule: str) -> None:
    assert rule_of(text, figure) == rule


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Labour came second in Pendle.", "second"),  # a ranking: a result
        ("Labour won only one seat in Rutland.", "one"),
        ("Despite the polls, the Greens gained 11 seats in Suffolk.", "11"),  # the poll is another clause
        ("The Tories gained 20 seats, more than expected.", "20"),
        ("According to the projected national share, Reform would be on 31%.", "31%"),
        ("The party won 1998 votes in the ward.", "1998"),  # a count, not a year
        ("Sky's projection put the Greens on 18% nationally.", "18%"),  # a projected national share: a result
        ("On these results the Greens would take 18% of the vote.", "18%"),  # a share needs a poll word
        ("In Oldham the Lib Dems topped the poll with 2,310 votes.", "2,310"),
        ("Reform ended the night polling nearly three times the Tory total.", "three"),
        ("In Gateshead the Tories were a distant third.", "third"),
        ("Labour won 30 of the 50 seats up for election.", "30"),
        ("Reform won 40 more seats than people expected.", "40"),
        ("The mayoral race drew a turnout of 31.2% across Tees Valley.", "31.2%"),  # mayoral turnout is held
        ("The Tories won 365 seats at the general election.", "365"),  # Westminster: the data holds it
    ],
)
def test_rules_leave_results_alone(text: str, figure: str) -> None:
    assert ledger(text)[figure].status == "unresolved"


def test_every_rule_has_a_stable_id_and_a_reason() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(rule.id.startswith("figures.") and rule.reason for rule in RULES)


def test_dismissed_figures_say_why() -> None:
    figure = ledger("The count in Exeter finished at 4.45am.")["4.45am"]
    assert figure.reason == "a time of day"


def test_figures_do_not_overlap() -> None:
    text = "Between 2019-23 the SNP won 1 in 3 seats, about 33.3%, and 2,100 votes (+12.5)."
    spots = find_spots(text)
    assert all(a.end <= b.start for a, b in zip(spots, spots[1:], strict=False))


def test_an_empty_text_has_no_figures() -> None:
    assert account_figures("", ()) == ()


def test_every_rule_is_documented() -> None:
    documented = (Path(__file__).resolve().parent.parent / "docs" / "figures.md").read_text(encoding="utf-8")
    assert [rule.id for rule in RULES if f"`{rule.id}`" not in documented] == []


def test_a_count_of_wards_is_dismissed_with_its_reason():
    from factcheck.extract.figures import account_figures

    figures = account_figures("Labour won 20 seats across 11 wards.", [])
    wards = [f for f in figures if f.text == "11"]
    assert wards and wards[0].status == "dismissed" and "wards" in wards[0].reason, figures


def test_how_many_voted_is_dismissed_as_votes_cast():
    from factcheck.extract.figures import account_figures

    figures = account_figures("Turnout fell to 28.1%, totalling 412,300 votes, after 400,000 voters took part.", [])
    cast = [f for f in figures if f.text in ("412,300", "400,000")]
    assert len(cast) == 2 and all(f.status == "dismissed" and "voted" in f.reason for f in cast), figures
