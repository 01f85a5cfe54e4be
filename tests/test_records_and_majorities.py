"""Records a series we hold can rank, majorities said as a shortfall or a change, and whose record a pronoun
means. Sentences are our own; the figures come from the bundled reference data."""

import pytest


def findings(checker, text, election):
    return [(f.claim.claim.type.value, f.verdict.value, f) for f in checker.check(text, election=election).findings]


def one(checker, text, election, claim_type):
    found = [f for t, _, f in findings(checker, text, election) if t == claim_type]
    assert len(found) == 1, findings(checker, text, election)
    return found[0]


@pytest.mark.parametrize(("text", "verdict"), [
    ("In Falkirk, the SNP were four short of a majority.", "accurate"),  # 12 of 30: a majority needs 16
    ("The SNP fell four seats short of an overall majority in Falkirk.", "accurate"),
    ("In Falkirk the SNP ended up 4 councillors shy of a majority.", "accurate"),
    ("In Falkirk, the SNP were two short of a majority.", "inaccurate"),
    ("In Falkirk the SNP were well short of a majority.", "accurate"),
])
def test_a_party_short_of_a_majority_is_counted_against_the_majority_line(checker, text, verdict):
    finding = one(checker, text, "2022-05-05", "seat_count")
    assert finding.verdict.value == verdict
    assert "a majority needs 16" in finding.explanation or finding.verdict.value == "inaccurate"


def test_short_of_a_majority_with_no_party_is_a_hung_council(checker):
    finding = one(checker, "In Falkirk the council was left short of a majority.", "2022-05-05",
                  "council_control")
    assert "no_overall_control" in finding.claim.claim.qualifiers


@pytest.mark.parametrize("size", ["three", "six"])
def test_a_majority_grown_by_n_seats_is_read_on_either_count(checker, size):
    """A majority over all other seats moves two for each seat won; one counted above half moves one."""
    finding = one(checker, f"Labour held Hammersmith and Fulham, growing its majority by {size} seats.",
                  "2022-05-05", "majority_change")
    assert finding.verdict.value == "accurate"
    assert "change in the majority" in finding.explanation


def test_a_majority_change_matching_neither_count_is_not_called_wrong(checker):
    finding = one(checker, "Labour held Hammersmith and Fulham, growing its majority by eleven seats.",
                  "2022-05-05", "majority_change")
    assert finding.verdict.value == "unverifiable"


@pytest.mark.parametrize(("text", "verdict"), [
    ("In Cornwall the Conservatives had their best result since 2009.", "accurate"),
    ("The Conservatives' best result ever in Cornwall came this year.", "accurate"),
    ("In Cornwall, the Liberal Democrats won their most seats ever.", "inaccurate"),  # more in earlier years
    ("In Cornwall, the Liberal Democrats had their best ever result.", "unverifiable"),  # seats are one reading
])
def test_a_record_on_one_council_is_ranked_on_the_seats_held_each_year(checker, text, verdict):
    finding = one(checker, text, "2021-05-06", "historical_first")
    assert finding.verdict.value == verdict, finding.explanation
    assert finding.claim.party_id in ("con", "ld")


def test_a_record_projected_share_is_ranked_on_the_series(checker):
    finding = one(checker, "At 20%, the Liberal Democrats' projected share was their best since 2010.",
                  "2023-05-04", "historical_first")
    assert finding.verdict.value == "accurate"
    assert "PNS 2023" in finding.explanation


@pytest.mark.parametrize(("text", "verdict"), [
    ("This is the Greens' first ever majority council.", "accurate"),
    ("The Greens won control of a local authority for the first time.", "accurate"),
    ("The Greens took overall control of an authority for the first time this year.", "accurate"),
    ("UKIP won majority control of a local authority for the first time.", "inaccurate"),  # it had run one before
])
def test_a_first_council_ever_is_checked_on_every_council_in_the_control_record(checker, text, verdict):
    finding = one(checker, text, "2023-05-04", "historical_first")
    assert finding.verdict.value == verdict, finding.explanation
    assert finding.claim.place is None


def test_a_record_the_data_cannot_rank_stays_unverifiable(checker):
    finding = one(checker, "The Greens made the biggest gains by any party for twenty years.", "2023-05-04",
                  "historical_first")
    assert finding.verdict.value == "unverifiable"


def test_a_pronoun_after_a_fronted_clause_means_that_clauses_party(checker):
    text = ("Labour did well. While the Greens had shared power in Babergh before, this is their first ever "
            "majority council.")
    finding = one(checker, text, "2023-05-04", "historical_first")
    assert finding.claim.party_id == "green"


@pytest.mark.parametrize(("text", "verdict"), [
    ("In Wales, Labour now runs seven councils, with ten in no overall control.", "accurate"),
    ("In Wales, Labour now runs seven councils, with twelve in no overall control.", "inaccurate"),
])
def test_councils_in_no_overall_control_are_counted_on_the_tally(checker, text, verdict):
    found = [f for f in checker.check(text, election="2017-05-04").findings if "noc_count" in f.claim.claim.qualifiers]
    assert [f.verdict.value for f in found] == [verdict]
    assert "in no overall control" in found[0].explanation


def test_a_majority_denied_is_not_read_as_a_majority_won(checker):
    finding = one(checker, "The swing to Labour in Cornwall was not enough for it to claim a majority.", "2021-05-06",
                  "seat_count")
    assert "denied_majority" in finding.claim.claim.qualifiers
    assert finding.verdict.value == "accurate"  # 5 of 87 seats


def test_a_partys_own_council_is_the_place_named_before_not_the_region_holding_it(checker):
    text = ("Cornwall had been the only council they ran in the South West. The Conservatives won control of their "
            "flagship western council.")
    finding = one(checker, text, "2021-05-06", "council_control")
    assert finding.claim.place is not None and finding.claim.place.name == "Cornwall"
    assert finding.verdict.value == "accurate"


def test_a_change_one_seat_off_the_last_contest_may_be_the_eve_of_poll_count(checker):
    """Seats fought four years before can be defended a seat up or down after by-elections and defections."""
    close = one(checker, "The Conservatives lost 3 seats in Kirklees.", "2022-05-05", "seat_change")  # -2 on 2018
    far = one(checker, "The Conservatives lost 5 seats in Kirklees.", "2022-05-05", "seat_change")
    assert close.verdict.value == "unverifiable"
    assert "eve of poll" in close.explanation
    assert far.verdict.value == "inaccurate"


@pytest.mark.parametrize(("text", "verdict", "said"), [
    ("Labour held Hounslow, which it has run since its creation in 1974.", "inaccurate", "created in 1965"),
    ("Hounslow has been Labour-run since its creation in 1974.", "inaccurate", "created in 1965"),
    ("Labour held Hounslow, which it has controlled since 2010.", "accurate", "last changed in 2010"),
    ("Hounslow has been Labour-run since 2010.", "accurate", "last changed in 2010"),
    ("Hounslow has been a Tory-held council since 2010.", "inaccurate", "not by Conservatives"),
])
def test_a_council_run_since_a_year_or_its_creation_is_checked_on_the_control_record(checker, text, verdict, said):
    finding = one(checker, text, "2022-05-05", "historical_first")
    assert finding.verdict.value == verdict
    assert said in finding.explanation


def test_a_party_run_council_with_no_majority_may_be_a_minority_administration(checker):
    finding = one(checker, "Cornwall has been Liberal Democrat-run since 2013.", "2017-05-04", "historical_first")
    assert finding.verdict.value == "unverifiable"
    assert "minority administration" in finding.explanation


def test_they_after_two_parties_is_not_enough_to_flag(checker):
    """ "Labour pushed the Conservatives into third after they lost 62": either could be "they"."""
    text = ("Across Scotland Labour came second with 282 councillors, pushing the Conservatives into third place "
            "on 214 after they lost 62 seats.")
    lost = one(checker, text, "2022-05-05", "seat_change")
    assert lost.verdict.value == "unverifiable"
    third = [f for f in checker.check(text, election="2022-05-05").findings
             if f.claim.claim.quantity and f.claim.claim.quantity.value == 214]
    assert [f.claim.claim.type.value for f in third] == ["seat_count"]  # a level, not a change


def test_a_national_word_ends_the_scene_of_the_paragraph_before(checker):
    text = ("In Cornwall the Conservatives won 47 seats.\n\nThe Greens gained 99 seats nationally.")
    finding = one(checker, text, "2021-05-06", "seat_change")
    assert finding.claim.place is None or finding.claim.place.kind != "council"


@pytest.mark.parametrize(("text", "verdict"), [
    ("The Greens won seats in Rutland.", "accurate"),  # one seat: "won seats" is some, not more than before
    ("The Greens won a handful of seats in Rutland.", "accurate"),
    ("The Greens gained seats in Rutland.", "inaccurate"),  # no net gain on 2019
])
def test_seats_won_with_no_number_are_some_seats_not_a_gain(checker, text, verdict):
    (finding,) = checker.check(text, election="2023-05-04").findings
    assert finding.verdict.value == verdict, finding.explanation


@pytest.mark.parametrize(("text", "verdict"), [
    ("In Gateshead, the Liberal Democrats won control for the first time.", "inaccurate"),  # Labour kept it
    ("Labour won control of Hounslow for the first time.", "inaccurate"),  # it ran Hounslow before 2022
    ("In Rutland, the Greens won seats for the first time.", "unverifiable"),  # a first, but not of control
])
def test_a_first_time_with_nothing_after_it_is_a_first_ever(checker, text, verdict):
    found = [f for f in checker.check(text, election="2022-05-05").findings
             if f.claim.claim.type.value == "historical_first"]
    assert [f.verdict.value for f in found] == [verdict], [f.explanation for f in found]


@pytest.mark.parametrize(("year", "verdict"), [("1973", "accurate"), ("1962", "unverifiable"), ("1990", "inaccurate")])
def test_a_run_since_before_the_control_record_starts_is_not_called_wrong(checker, year, verdict):
    finding = one(checker, f"Labour has controlled Knowsley since {year}.", "2022-05-05", "historical_first")
    assert finding.verdict.value == verdict, finding.explanation


@pytest.mark.parametrize("text", [
    "Labour lost control of Bolsover after 46 years.",  # every year of the record, 1973 to 2018
    "Labour lost control of Bolsover for the first time in more than 40 years.",
])
def test_a_long_run_is_counted_on_the_whole_control_record(checker, text):
    found = [f for f in checker.check(text, election="2019-05-02").findings]
    assert found and all(f.verdict.value == "accurate" for f in found), [f.explanation for f in found]


def test_a_round_number_of_decades_is_close_to_the_run_it_rounds(checker):
    from factcheck.judge.control import years_match
    from factcheck.judge.tolerance import Match
    from factcheck.model import Quantity

    assert years_match(Quantity(40.0, "years"), 37.0) == Match.CLOSE
    assert years_match(Quantity(30.0, "years"), 37.0) == Match.MISS
    assert years_match(Quantity(12.0, "years"), 13.0) == Match.EXACT


def test_an_independent_group_lumped_as_other_is_the_independents_a_roster_names(checker):
    finding = one(checker, "In Wrexham the independents, who had run it for five years, lost control.", "2022-05-05",
                  "historical_first")
    assert "Independents" in finding.explanation


def test_ahead_of_another_party_for_the_first_time_since_is_not_a_largest_party_record(checker):
    finding = one(checker, "The Greens finished third, ahead of Reform for the first time since 2013.", "2024-05-02",
                  "historical_first")
    assert finding.verdict.value == "unverifiable"


def test_control_lost_mid_term_is_not_proof_a_party_had_nothing_to_lose(checker):
    """With no record of how the last election left a council, a snapshot taken after mid-term defections cannot
    show that a party which ran it lost nothing at this election."""
    finding = one(checker, "Labour lost control of North Lanarkshire.", "2017-05-04", "council_control")
    assert finding.verdict.value == "unverifiable"
    assert "previous election is not held" in finding.explanation


@pytest.mark.parametrize(("text", "verdict"), [
    ("In Scotland the Conservatives more than doubled their number of councillors.", "accurate"),  # 112 to 276
    ("The Conservatives trebled their number of councillors across Scotland.", "inaccurate"),
])
def test_a_national_tally_doubled_is_after_against_before(checker, text, verdict):
    finding = one(checker, text, "2017-05-04", "seat_change")
    assert finding.verdict.value == verdict, finding.explanation
    assert "times the councillors before" in finding.explanation
