"""The whole engine on sentences we wrote, against the bundled reference data."""

import pytest
from engine_cases import CASES


@pytest.mark.parametrize(("text", "date", "claim_type", "verdict"), CASES, ids=[c[0][:50] for c in CASES])
def test_claims_get_the_verdict_the_official_figures_support(checker, text, date, claim_type, verdict):
    result = checker.check(text, election=date)
    found = [(f.claim.claim.type.value, f.verdict.value, f.explanation) for f in result.findings]
    assert (claim_type, verdict) in [(t, v) for t, v, _ in found], found


def test_every_official_figure_comes_with_a_basis(checker):
    result = checker.check("Labour lost five councillors in Sunderland.", election="2022-05-05")
    finding = result.findings[0]
    assert finding.official and all(o.basis for o in finding.official)
    assert finding.official[0].source is not None
    assert finding.evidence[0].query == "council_seat_change"


def test_with_no_date_the_election_is_read_from_the_places_the_text_names(checker):
    result = checker.check("Labour gained control of Wandsworth and the Conservatives lost Barnet.")
    assert result.election.date == "2022-05-05"  # both voted in 2014, 2018 and 2022: the latest, and it says so
    assert result.election.how.startswith("read from the text") and "Wandsworth" in result.election.how
    assert "the evidence is weak" in result.election.how


def test_an_undated_text_is_not_dated_by_which_election_its_claims_fit(checker):
    result = checker.check("Corbyn's Labour won 41 seats in Barnet.")  # 41 is Barnet's 2022 figure
    assert result.election.date == "2018-05-03" and "Corbyn" in result.election.how
    assert result.findings[0].claim.election_date == "2018-05-03"  # and so judged against 2018


def test_a_claim_with_its_own_earlier_year_is_judged_against_that_year(checker):
    result = checker.check("In 2018 Labour won 25 seats in Barnet.", election="2022-05-05")
    assert result.findings[0].claim.election_date == "2018-05-03"
    assert result.findings[0].verdict.value == "accurate"


def test_a_claim_about_a_year_the_data_does_not_hold_is_unverifiable(checker):
    finding = checker.check("Back in 2005 Labour won 30 seats in Wirral.", election="2023-05-04").findings[0]
    assert finding.claim.election_date is None and finding.verdict.value == "unverifiable"
    assert "2005" in finding.explanation


def test_text_with_no_claims_gives_no_findings(checker):
    assert checker.check("The weather in Hull was mild.").findings == ()
    assert checker.check("").findings == ()


def test_a_house_vocabulary_adds_place_and_party_names(checker):
    house = checker.with_vocabulary(places={"Hull and East Riding city": "Kingston upon Hull"},
                                    parties={"the Reds": "Labour"})
    result = house.check("The Reds lost control of Hull and East Riding city to the Liberal Democrats.",
                         election="2022-05-05")
    finding = result.findings[0]
    assert finding.claim.party_id == "lab" and finding.claim.place.name == "Kingston upon Hull"
    assert finding.verdict.value == "accurate"


def test_a_date_far_down_the_text_does_not_outvote_the_claims(checker):
    text = ("Labour won 41 seats in Barnet and took Wandsworth from the Conservatives.\n\n"
            "The Liberal Democrats won 29 seats in Sutton.\n\n"
            + "Volunteers stacked chairs and swept the hall long after the last declaration. " * 8
            + "\n\nThe next round of local elections will be held on 2 May 2024.")
    result = checker.check(text)
    assert result.election.date == "2022-05-05"  # "will be held on 2 May 2024": still to come
    assert result.election.how.startswith("read from the text")


def test_a_date_in_the_opening_lines_is_the_texts_election(checker):
    result = checker.check("Results of 5 May 2022\n\nLabour won 41 seats in Barnet.")
    assert result.election.date == "2022-05-05" and "mentions" in result.election.how
