"""Mayoral contests and places said the way reports say them: a rival's own votes, a margin in share points, a
list of parties' shares with the verb left out, and a council placed in its region. Sentences are our own."""

import pytest

TYNE = "Jamie Driscoll was elected North of Tyne mayor. "


def claims(checker, text, election="2019-05-02"):
    return [(f.claim.claim.text, f.claim.claim.quantity.value if f.claim.claim.quantity else None, f.verdict.value,
             f) for f in checker.check(text, election=election).findings]


def test_votes_to_a_rivals_figure_are_each_candidates_own(checker):
    found = {value: (verdict, f) for _, value, verdict, f in
             claims(checker, TYNE + "In the final round Mr Driscoll won 76,862 votes to Charlie Hoult's 60,089.")}
    assert found[76862][0] == "accurate"
    assert found[60089][0] == "accurate"
    assert "Conservatives" in found[60089][1].explanation  # Hoult's votes, not the winner's or the gap


def test_a_margin_in_share_points_is_the_winners_lead(checker):
    found = {value: verdict for _, value, verdict, _ in
             claims(checker, TYNE + "In the end 17,000 votes, or 12.2%, separated them.")}
    assert found[12.2] == "accurate"  # 56.1% to 43.9% in the final round
    assert found[17000] == "approximately_accurate"  # a round figure for a gap of 16,773


def test_a_share_in_a_list_with_its_verb_left_out_is_read_plainly(checker):
    text = TYNE + ("Labour won 33.9 per cent of the vote, the Conservatives 24.9 per cent of the vote and "
                   "UKIP 8 per cent of the vote.")
    found = {value: verdict for _, value, verdict, _ in claims(checker, text)}
    assert found[33.9] == "accurate"
    assert found[24.9] == "accurate"
    assert found[8.0] == "inaccurate"  # UKIP took 11.0% in the first round


@pytest.mark.parametrize("text", [
    "In Gateshead in the North East, the Liberal Democrats gained 2 seats.",
    "In Gateshead, in the North East, the Liberal Democrats gained 2 seats.",
])
def test_a_council_placed_in_its_region_is_the_councils_claim(checker, text):
    (_, _, verdict, finding), = claims(checker, text, "2022-05-05")
    assert finding.claim.place is not None and finding.claim.place.name == "Gateshead"
    assert verdict == "accurate"


def test_a_majority_of_the_votes_means_more_than_half_the_first_preferences(checker):
    (_, _, verdict, finding), = claims(
        checker, "In the contest for the North of Tyne mayoralty, Labour's Jamie Driscoll polled a majority of votes.")
    assert verdict == "inaccurate"  # 33.9% in the first round; 56.1% only after second preferences
    assert "round 1" in finding.explanation


def test_the_party_beaten_is_not_the_one_whose_share_follows(checker):
    text = ("Jamie Driscoll was elected North of Tyne mayor, beating the Conservatives' Charlie Hoult after second "
            "preferences with 56% of the vote.")
    (share,) = [f for _, value, _, f in claims(checker, text) if value == 56.0]
    assert share.verdict.value == "accurate"  # Driscoll's 56.1% in the final round, not Hoult's
    assert "Labour" in share.explanation


def test_a_share_of_first_preferences_and_an_earlier_years_are_each_checked(checker):
    text = "In North of Tyne, Jamie Driscoll took 34% of first preferences, up from 29% in 2017."
    found = {value: (verdict, f) for _, value, verdict, f in claims(checker, text)}
    assert found[34.0][0] == "accurate"
    assert found[29.0][1].claim.election_date.startswith("2017")  # no North of Tyne contest in 2017: not 2019's


def test_a_candidates_placing_is_in_the_contest_the_candidate_stood_in(checker):
    text = "Labour did well. The Liberal Democrats' candidate John Appleby finished fourth."
    (_, _, verdict, finding), = claims(checker, text)
    assert finding.claim.place is not None and finding.claim.place.kind == "mayoralty"
    assert verdict == "accurate"  # fourth on first preferences in North of Tyne


def test_a_placing_with_its_own_seats_is_ranked_by_seats_whatever_else_the_sentence_says(checker):
    text = "Labour became the largest party in Denbighshire with 19 seats, though on a smaller share of the vote."
    (ranked,) = [f for _, _, _, f in claims(checker, text, "2022-05-05") if f.claim.claim.type.value == "ranking"]
    assert ranked.explanation.startswith("By seats won"), ranked.explanation


def test_a_figure_with_follows_the_place_it_comes_after(checker):
    text = "Plaid held Gwynedd, took Ceredigion with 20 councillors, and gained seats in Conwy."
    (count,) = [f for _, value, _, f in claims(checker, text, "2022-05-05") if value == 20.0]
    assert count.claim.place.name == "Ceredigion"
    assert count.verdict.value == "accurate"


def test_our_share_belongs_to_the_writer_not_the_party_named_just_before(checker):
    text = "We in Flintshire Labour are proud of our campaign. The Greens won a seat, but our vote held up at 30%."
    (share,) = [f for _, value, _, f in claims(checker, text, "2022-05-05") if value == 30.0]
    assert share.claim.party_id == "lab"


@pytest.mark.parametrize(("text", "verdict"), [
    ("Labour won more seats than the Conservatives in Flintshire.", "accurate"),  # 32 to 2
    ("In Flintshire the Conservatives ended up with more councillors than Labour.", "inaccurate"),
    ("The Greens won fewer councillors than the Liberal Democrats across England.", "accurate"),
    ("Nationally, the Conservatives won more councillors than Labour.", "inaccurate"),
    ("The Conservatives won more councillors than Labour.", "unverifiable"),  # no scope named: not flagged
])
def test_one_partys_count_against_anothers(checker, text, verdict):
    found = [f for f in checker.check(text, election="2022-05-05").findings
             if any(q.startswith("more_than:") for q in f.claim.claim.qualifiers)]
    assert [f.verdict.value for f in found] == [verdict], [f.explanation for f in found]
