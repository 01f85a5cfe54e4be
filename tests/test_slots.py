"""The slot filler reads a figure from the words around it, whatever fills the gaps (factcheck/extract/slots.py).

Each group is one claim said several ways; every wording must give the same claim."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import ClaimType, Direction

SEAT_GAIN = [
    "The Greens picked up an impressive 7 additional council seats in Stroud.",
    "In Stroud the Greens were up by 7 seats.",
    "The Greens enjoyed an increase of 7 councillors in Stroud.",
    "The Greens, buoyed by a strong campaign, managed a boost of 7 seats in Stroud.",
    "Stroud saw the Greens climb by 7 seats.",
]
SEAT_LOSS = [
    "Reform shed a painful 4 councillors in Colchester.",
    "Reform were down 4 seats in Colchester.",
    "In Colchester Reform suffered the loss of 4 council seats.",
    "Reform's group in Colchester was 4 councillors lower than before.",
]
SEAT_LEVEL = [
    "The Greens now hold a total of 23 seats in Stroud.",
    "In Stroud, the Greens ended the night with 23 councillors.",
    "The Greens secured 23 council seats in Stroud.",
]


def loose(text: str):
    return [c for c in extract_claims(text) if c.quantity is not None]


@pytest.mark.parametrize("text", SEAT_GAIN)
def test_a_seat_gain_survives_fillers_and_word_order(text):
    claims = loose(text)
    assert any(c.type == ClaimType.SEAT_CHANGE and c.quantity.value == 7 and c.direction == Direction.GAIN
               and c.party and "Green" in c.party for c in claims), claims


@pytest.mark.parametrize("text", SEAT_LOSS)
def test_a_seat_loss_survives_fillers_and_word_order(text):
    claims = loose(text)
    assert any(c.type == ClaimType.SEAT_CHANGE and c.quantity.value == 4 and c.direction == Direction.LOSS
               and c.party and "Reform" in c.party for c in claims), claims


@pytest.mark.parametrize("text", SEAT_LEVEL)
def test_a_seat_total_is_a_count_not_a_change(text):
    claims = loose(text)
    assert any(c.type == ClaimType.SEAT_COUNT and c.quantity.value == 23 for c in claims), claims


@pytest.mark.parametrize("text", [
    "Plaid took 31 per cent of the vote in Gwynedd.",
    "In Gwynedd, Plaid's share came in at 31%.",
])
def test_a_percentage_in_a_clause_about_votes_is_a_vote_share(text):
    claims = loose(text)
    assert any(c.type == ClaimType.VOTE_SHARE and c.quantity.value == 31 for c in claims), claims


@pytest.mark.parametrize("text", [
    "Pollsters had forecast 300 gains for the Greens.",
    "Only 12% of residents trust the council.",
    "The Greens held on in Stroud by 3 seats.",
    "The council tax rose by 4% in 2019.",
    "The meeting starts at 7pm on 12 May.",
])
def test_forecasts_margins_and_other_figures_are_not_results(text):
    assert not [c for c in loose(text) if "loose" in c.qualifiers], loose(text)


def test_a_bracketed_change_after_a_place_is_that_place_s_change():
    claims = loose("The Lib Dems' biggest gains came in Mole Valley (+9) and in Sutton (+6).")
    found = {(c.place, c.quantity.value) for c in claims if c.type == ClaimType.SEAT_CHANGE}
    assert ("Mole Valley", 9) in found and ("Sutton", 6) in found, claims


def test_loose_readings_are_marked_so_the_judge_never_flags_them():
    claims = loose("Reform's group in Colchester was 4 councillors lower than before.")
    assert all("loose" in c.qualifiers for c in claims if c.type == ClaimType.SEAT_CHANGE)


# Control read from a predicate and the councils it governs (factcheck/extract/predicates.py).
CONTROL_LISTS = [
    "The Greens kept flagship councils like Norwich and Stroud.",
    "The Greens held on to the councils of Norwich and Stroud.",
    "The Greens, as expected, retained full control in Norwich and Stroud.",
    "In the east, the Greens' councils in Norwich and Stroud stayed green.",
]


@pytest.mark.parametrize("text", CONTROL_LISTS)
def test_a_kept_council_list_gives_one_control_claim_per_council(text):
    claims = [c for c in extract_claims(text) if c.type == ClaimType.COUNCIL_CONTROL]
    assert {c.place for c in claims} >= {"Norwich", "Stroud"}, claims
    assert all(c.direction == Direction.HOLD for c in claims), claims


def test_depriving_a_party_of_its_majority_is_that_party_losing_control():
    claims = [c for c in extract_claims("Labour gained seats, depriving the Tories of a majority in Sutton and Hull.")
              if c.type == ClaimType.COUNCIL_CONTROL]
    assert {(c.party, c.place, c.direction) for c in claims} == {
        ("the Tories", "Sutton", Direction.LOSS), ("the Tories", "Hull", Direction.LOSS)}, claims


def test_a_seat_figure_before_the_place_makes_it_a_seat_claim_not_control():
    claims = extract_claims("Plaid won 4 seats in Gwynedd.")
    assert not [c for c in claims if c.type == ClaimType.COUNCIL_CONTROL], claims


def test_an_unsaid_measure_and_verb_carry_along_a_run_of_figures():
    claims = loose("Plaid gained 14 seats in Gwynedd, while the Lib Dems added 6 there and the Greens three.")
    found = {(c.party, c.quantity.value, c.type) for c in claims}
    assert ("the Greens", 3, ClaimType.SEAT_CHANGE) in found, found


def test_a_compared_figure_is_a_total_with_its_own_party():
    claims = loose("Plaid won 30 councillors, compared to the Conservatives 12 and two for the Greens.")
    found = {(c.party, c.quantity.value, c.type) for c in claims}
    assert ("the Conservatives", 12, ClaimType.SEAT_COUNT) in found, found


@pytest.mark.parametrize("text", [
    "Jo Bloggs has been elected Mayor of the West of England.",
    "The night's surprise was the victory for Labour's Jo Bloggs in the West of England mayoral race.",
    "Jo Bloggs, the Labour candidate, was confirmed as the new West of England mayor, defeating Sam Lee.",
])
def test_a_mayor_elected_is_a_winner_claim_naming_the_candidate(text):
    claims = [c for c in extract_claims(text) if c.type == ClaimType.MAYORAL_RESULT]
    assert claims and "Jo Bloggs" in claims[0].text and claims[0].direction == Direction.GAIN, claims


def test_a_party_heading_gives_the_party_of_the_lines_under_it():
    text = "Labour had a good night in Wigan.\n\nGreens:\nPicked up 40 seats net across the country.\n"
    claims = [c for c in extract_claims(text) if c.type == ClaimType.SEAT_CHANGE]
    assert claims and claims[0].party == "Greens", claims


def test_a_gerund_after_by_takes_the_sentence_subject():
    text = "The Greens worried the Tories by becoming the largest party in Stroud."
    claims = [c for c in extract_claims(text) if c.type == ClaimType.RANKING]
    assert claims and claims[0].party == "The Greens", claims


def test_from_one_figure_to_another_is_the_new_figure_only():
    claims = loose("The Greens leapt from 12 seats to an impressive 19 in Stroud.")
    assert [(c.type, c.quantity.value) for c in claims] == [(ClaimType.SEAT_COUNT, 19)], claims


def test_seats_defended_or_up_for_election_are_marked_as_fought_not_won():
    for text in ("Plaid were defending 96 seats in Gwynedd.", "There were 69 seats up for grabs in Gwynedd."):
        claims = [c for c in loose(text) if "loose" in c.qualifiers]
        assert claims and all("contested" in c.qualifiers for c in claims), claims


def test_a_place_later_in_the_same_clause_places_the_figure():
    text = "Labour did well in the county. The party gained 9 seats, enough to take control of Sutton."
    claims = [c for c in extract_claims(text) if c.type == ClaimType.SEAT_CHANGE]
    assert claims and claims[0].place == "Sutton", claims


def test_a_sentence_led_by_a_pronoun_takes_its_party_from_before():
    text = "All eyes were on Labour. The party had a good year, winning back councils like Sutton and Hull."
    claims = [c for c in extract_claims(text) if c.type == ClaimType.COUNCIL_CONTROL]
    assert claims and all(c.party == "Labour" for c in claims), claims


def test_the_party_refers_to_a_party_named_earlier_in_its_own_sentence():
    text = "Labour had a good night. The Greens will be disappointed - the party lost 6 seats in Stroud."
    claims = [c for c in extract_claims(text) if c.type == ClaimType.SEAT_CHANGE]
    assert claims and claims[0].party == "The Greens", claims


def test_n_gains_is_a_seat_gain():
    claims = loose("Reform ended the night with 41 gains.")
    assert [(c.type, c.direction, c.quantity.value) for c in claims] == [(ClaimType.SEAT_CHANGE, Direction.GAIN, 41)]


def test_a_total_after_a_change_is_a_total():
    claims = loose("The Greens made net gains of 3 councils, ending up controlling 9, and 120 councillors.")
    held = [c for c in claims if c.quantity.value == 9]
    assert held and held[0].type == ClaimType.COUNCIL_COUNT_CHANGE and "councils_held" in held[0].qualifiers, claims


def test_a_part_of_a_whole_counts_what_the_whole_counts():
    claims = loose("Overall, the Lib Dems now run three of Scotland's 32 councils.")
    assert [(c.quantity.value, c.quantity.unit) for c in claims] == [(3.0, "councils")], claims


def test_councils_in_no_overall_control_are_a_count_of_their_own_not_a_partys():
    claims = loose("Labour now runs five councils, with Plaid Cymru controlling three and seven in no overall control.")
    assert sorted(c.quantity.value for c in claims) == [3.0, 5.0, 7.0], claims
    hung = next(c for c in claims if c.quantity.value == 7.0)
    assert hung.party is None and "noc_count" in hung.qualifiers


def test_a_party_compared_with_is_not_the_one_that_gained():
    claims = loose("Reform began with about the same number as the Greens but ended up with 45 gains.")
    assert claims and claims[0].party == "Reform", claims


def test_a_target_is_not_a_result():
    claims = loose("Labour needed the six gains required for a majority, and in the end won an extra dozen seats.")
    assert [c.quantity.value for c in claims] == [12.0], claims


def test_a_place_added_after_a_comma_places_the_claim():
    claims = [c for c in extract_claims("UKIP, nearly gone from local government, gained one seat, in Rutland.")
              if c.quantity is not None]
    assert claims and claims[0].place == "Rutland", claims


def test_the_other_parties_take_their_own_figure_and_both_parties_share_one():
    claims = loose("On the projected national share, both Labour and the Greens would have polled 30%, the Lib Dems "
                   "12% and the other parties on 9%.")
    got = sorted((c.party, c.quantity.value) for c in claims)
    assert got == [("Labour", 30.0), ("the Greens", 30.0), ("the Lib Dems", 12.0), ("others", 9.0)] or sorted(
        got) == sorted([("Labour", 30.0), ("the Greens", 30.0), ("the Lib Dems", 12.0), ("others", 9.0)]), claims
    assert all(c.type == ClaimType.NATIONAL_PROJECTED_SHARE for c in claims), claims


def test_a_share_given_to_a_party_after_it_is_that_partys():
    claims = loose("The professor worked out a projected national share of the vote of 29% for the Greens and 22% for "
                   "Reform.")
    assert sorted((c.party, c.quantity.value) for c in claims) == [("Reform", 22.0), ("the Greens", 29.0)], claims
    assert all(c.type == ClaimType.NATIONAL_PROJECTED_SHARE for c in claims), claims


def test_a_scene_goes_on_past_a_one_sentence_paragraph_but_is_marked_unsure():
    text = "In Rutland, the Labour leader spoke to reporters.\n\nA total of 20 Labour councillors were elected."
    claims = loose(text)
    assert claims and claims[0].place == "Rutland" and "place:scene_across" in claims[0].carried, claims


def test_a_scene_ends_with_a_paragraph_of_several_sentences():
    text = ("In Rutland, the Labour leader spoke to reporters. She was pleased.\n\n"
            "A total of 20 Labour councillors were elected.")
    claims = loose(text)
    assert claims and claims[0].place != "Rutland", claims


def test_a_change_then_the_level_it_reached():
    claims = loose("The Green vote has fallen by six percent to 8.2%, compared with the last election.")
    got = sorted((c.type.value, c.quantity.value) for c in claims)
    assert got == [("vote_share", 8.2), ("vote_share_change", 6.0)], claims


def test_votes_cast_in_a_turnout_clause_are_no_candidates_votes():
    claims = loose("Turnout for the mayor fell to 28.1%, totalling 401,234 votes.")
    assert [c.type for c in claims] == [ClaimType.TURNOUT], claims


def test_the_one_mayoralty_a_text_names_is_carried_surely():
    text = ("Voters went to the polls in the Tees Valley mayoral election on Thursday.\n\n"
            "The Labour candidate received 41% of the vote.")
    claims = loose(text)
    assert claims and claims[0].carried == ("place:mayoral_topic",), claims


def test_a_mayoralty_among_several_is_carried_unsurely():
    text = ("Voters chose the Tees Valley mayor and the Liverpool City Region mayor on Thursday.\n\n"
            "The Labour candidate received 41% of the vote.")
    claims = loose(text)
    assert claims and "place:mayoral_topic" not in claims[0].carried, claims


def test_a_partys_candidate_named_as_the_subject_gives_the_party():
    claims = [c for c in extract_claims("The Greens were pushed into fourth place, and Reform UK's candidate Ann "
                                        "Lee finished sixth.") if c.type == ClaimType.RANKING]
    assert claims and claims[0].party == "Reform UK", claims


def test_a_participle_clause_that_opens_a_sentence_takes_the_main_subject():
    text = ("Labour lost ground to the Tories.\n\nAs well as taking 19 seats on the 40-member Rutland council, "
            "doubling their tally, the Greens became a threat to the Tories.")
    claims = [c for c in extract_claims(text) if c.quantity is not None]
    assert [(c.type, c.party, c.place, c.quantity.value) for c in claims] == [
        (ClaimType.SEAT_COUNT, "the Greens", "Rutland council", 19.0)], claims


RECORDS = [
    "The Greens made the biggest gains by a minor party for 30 years.",
    "Reform won record numbers of councillors.",
    "It was the party's best ever set of results.",
    "Labour sank to its lowest number of councils for three decades.",
    "The mayor secured a historic fourth term.",
]


@pytest.mark.parametrize("text", RECORDS)
def test_a_record_over_time_is_a_claim_the_data_cannot_rank(text):
    claims = [c for c in extract_claims(text) if c.type == ClaimType.HISTORICAL_FIRST]
    assert claims and "record" in claims[0].qualifiers, claims


def test_run_by_a_party_since_a_year_is_a_control_history():
    claims = [c for c in extract_claims("In Rutland the Tories held on. The council has been run by the "
                                        "Conservatives since 2007.") if c.type == ClaimType.HISTORICAL_FIRST]
    assert claims and claims[0].baseline == "2007" and "control_since" in claims[0].qualifiers, claims


def test_a_first_since_the_councils_creation_is_a_history_claim():
    claims = [c for c in extract_claims("The Greens took Rutland for the first time since the district’s "
                                        "formation in 1974.") if c.type == ClaimType.HISTORICAL_FIRST]
    assert claims and claims[0].place == "Rutland", claims


@pytest.mark.parametrize("text", ["The Green cohort also increased by three.", "There are 12 independent councillors.",
                                  "The Labour group on the council fell by 5."])
def test_a_partys_group_of_councillors_is_counted_in_seats(text):
    claims = loose(text)
    assert claims and claims[0].quantity.unit == "seats" and claims[0].party, claims


def test_the_party_that_followed_took_the_next_place():
    claims = [c for c in extract_claims("Labour came second in Rutland on 21.5%, followed by the Greens.")
              if c.type == ClaimType.RANKING]
    assert [(c.party, c.quantity.value) for c in claims] == [("Labour", 2.0), ("the Greens", 3.0)], claims



def test_councils_counted_then_named_later_in_the_clause_are_each_a_control_claim():
    claims = [c for c in extract_claims("Reform gained two councils which had been hung in Ashby "
                                        "and Carnforth.") if c.type == ClaimType.COUNCIL_CONTROL]
    assert [c.place for c in claims] == ["Ashby", "Carnforth"], claims


def test_a_council_that_shifted_to_no_overall_control():
    claims = [c for c in extract_claims("In Rutland, run by Reform until now, the council has moved to no "
                                        "overall control.")
              if c.type == ClaimType.COUNCIL_CONTROL]
    assert claims and "no_overall_control" in claims[0].qualifiers, claims


def test_an_earlier_turnout_with_its_year_is_a_claim_about_that_year():
    claims = [c for c in loose("Turnout for the mayor fell to 27.2%, down from 30% in 2019.")
              if c.type == ClaimType.TURNOUT]
    assert [(c.quantity.value, c.election_hint) for c in claims] == [(27.2, None), (30.0, "in 2019")], claims


def test_a_place_wide_figure_is_that_places():
    claims = loose("The Rutland-wide turnout this year was 38.5 per cent.")
    assert claims and claims[0].place == "Rutland", claims


def test_a_majority_named_before_its_verb_with_its_sizes():
    claims = extract_claims("In Rutland, the Greens declared a hold, their majority falling from 21 to 15.")
    kinds = {c.type: c for c in claims}
    assert ClaimType.COUNCIL_CONTROL in kinds and kinds[ClaimType.MAJORITY_CHANGE].quantity.value == 15, claims
    assert "majority_from:21" in kinds[ClaimType.MAJORITY_CHANGE].qualifiers, claims


def test_a_change_from_one_figure_to_another_covers_both():
    claims = loose("In Rutland the Greens held on, dropping from 19 to 12 seats.")
    assert claims and "from 19" in claims[0].text, claims


def test_a_council_won_and_a_hold_kept_are_control_claims():
    claims = [c for c in extract_claims("Labour won a newly-created council in Rutland. In Ashby, the Greens "
                                        "maintained their hold on the borough.") if c.type == ClaimType.COUNCIL_CONTROL]
    assert [(c.place, c.direction.value) for c in claims] == [("Rutland", "gain"), ("Ashby", "hold")], claims


def test_control_of_a_district_council_is_the_council_named_before_its_locator():
    claims = [c for c in extract_claims("In Ashby, in Rutland, the Greens won outright control of a borough "
                                        "council.") if c.type == ClaimType.COUNCIL_CONTROL]
    assert claims and claims[0].place == "Ashby", claims


def test_votes_that_separated_the_candidates_are_the_winning_margin():
    claims = [c for c in extract_claims("In the mayoral race, just under 2,000 votes – or 0.4% – separated them.")
              if c.type == ClaimType.MAYORAL_RESULT]
    assert claims and "margin" in claims[0].qualifiers and "loose" not in claims[0].qualifiers, claims


def test_areas_won_within_a_mayoral_count_are_not_the_mayoralty():
    claims = extract_claims("In the mayoral race, Jo Bloggs won three of the five local authority areas.")
    assert not any(c.type == ClaimType.MAYORAL_RESULT for c in claims), claims


def test_seats_kept_beside_seats_gained_are_neither_a_change_nor_a_total():
    claims = loose("Reform gained three seats and held one seat in Ashby, gaining two seats in Carnforth.")
    got = [(c.type, c.quantity.value, c.place, "seats_kept" in c.qualifiers) for c in claims]
    assert (ClaimType.SEAT_CHANGE, 3.0, "Ashby", False) in got and (ClaimType.SEAT_CHANGE, 2.0, "Carnforth", False) \
        in got, got


def test_a_where_clause_keeps_its_own_subject_through_but():
    text = ("Labour lost ground to the Tories.\n\nThe party was cheered by Ashby, where local Greens had hoped for "
            "three gains, but then secured an extra dozen seats.")
    claims = loose(text)
    assert [(c.party, c.quantity.value) for c in claims] == [("Greens", 12.0)], claims


def test_a_record_takes_the_figure_it_reached():
    claims = [c for c in extract_claims("Reform returned their highest tally of councillors ever at 214.")
              if c.type == ClaimType.HISTORICAL_FIRST]
    assert claims and claims[0].text.endswith("at 214"), claims


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("In Rutland there were two gains for an Independent.", ClaimType.SEAT_CHANGE, 2.0),
    ("Reform made two gains in Rutland.", ClaimType.SEAT_CHANGE, 2.0),
    ("Jo Lee was one of three new Greens elected in Rutland, bringing their total to seven.", ClaimType.SEAT_COUNT,
     7.0),
])
def test_counted_gains_and_totals_reached(text, kind, value):
    claims = loose(text)
    assert any(c.type == kind and c.quantity.value == value for c in claims), claims
    assert not any(c.type == ClaimType.COUNCIL_CONTROL for c in extract_claims(text)), claims


def test_the_second_largest_group_is_second_place():
    claims = [c for c in extract_claims("In Rutland the Greens were overtaken by Reform, who took their place as the "
                                        "borough council's second largest group.")
              if c.type == ClaimType.RANKING]
    assert claims and claims[0].quantity.value == 2 and claims[0].party == "Reform", claims



def test_a_count_of_councils_the_list_only_samples_is_a_claim_of_its_own():
    claims = extract_claims("Reform gained control of nine new councils, including Ashby and Carnforth.")
    kinds = [(c.type, c.place) for c in claims]
    assert (ClaimType.COUNCIL_COUNT_CHANGE, None) in kinds, kinds
    assert {(ClaimType.COUNCIL_CONTROL, "Ashby"), (ClaimType.COUNCIL_CONTROL, "Carnforth")} <= set(kinds), kinds

def test_capturing_new_seats_is_a_gain():
    claims = loose("Reform hailed its capture of over 40 new seats in Rutland.")
    assert claims and claims[0].type == ClaimType.SEAT_CHANGE, claims


def test_a_mayors_result_down_by_some_percent_is_a_share_change():
    text = "Jo Lee was re-elected as the Tees Valley mayor.\n\nAt 51.2%, Jo Lee's result is down by four percent."
    claims = [c for c in extract_claims(text) if c.type == ClaimType.VOTE_SHARE_CHANGE]
    assert claims and claims[0].quantity.value == 4.0, extract_claims(text)


@pytest.mark.parametrize(("text", "direction"), [
    ("The projection showed Reform with a 4 per cent lead over the Greens.", Direction.GAIN),
    ("On the national projection Reform were just 3% behind the Greens.", Direction.LOSS),
])
def test_a_lead_or_a_deficit_is_a_gap_between_two_parties(text, direction):
    claims = [c for c in extract_claims(text) if "share_gap" in c.qualifiers]
    assert claims and claims[0].other_party == "the Greens" and claims[0].direction == direction, extract_claims(text)


def test_others_with_the_parties_they_include_are_still_the_others():
    claims = loose('The Greens were at 9% and "Others", including Reform, at 19%.')
    assert [(c.party, c.quantity.value) for c in claims] == [("The Greens", 9.0), ("others", 19.0)], claims
