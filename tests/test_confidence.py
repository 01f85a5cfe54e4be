"""Abstain rather than accuse (factcheck/judge/confidence.py): a claim is called wrong only when who, where and
which tally are pinned down; otherwise it is `unverifiable`, and the explanation says why and what was compared."""

from __future__ import annotations


def verdicts(checker, text, date="2022-05-05"):
    return [(f.verdict.value, f.explanation) for f in checker.check(text, election=date).findings]


def test_a_place_we_do_not_hold_never_borrows_a_national_tally(checker):
    found = verdicts(checker, "Labour gained 22 seats in Narnia.")
    assert found and all(v == "unverifiable" for v, _ in found), found


def test_a_national_figure_with_no_scope_is_not_called_wrong(checker):
    found = verdicts(checker, "The Conservatives lost 64 seats.")
    assert found and all(v == "unverifiable" for v, _ in found), found
    assert any("names no place or scope" in why and "Compared with" in why for _, why in found), found


def test_the_same_figure_with_its_scope_said_is_judged(checker):
    found = verdicts(checker, "Across England, the Conservatives lost 64 seats.")
    assert ("inaccurate" in [v for v, _ in found]), found


def test_a_nations_own_party_is_judged_on_that_nations_tally(checker):
    found = verdicts(checker, "Scottish Labour gained 20 seats.")
    assert found and all("Scotland" in why for _, why in found), found


def test_seats_up_for_election_are_checked_against_the_seats_filled(checker):
    findings = checker.check("There were 25 seats up for grabs in Gateshead.", election="2022-05-05").findings
    contested = [f for f in findings if f.rule == "seats.contested"]
    assert contested and "seats were filled in Gateshead" in contested[0].explanation, findings


def test_a_mayor_named_with_no_place_is_found_by_the_contest_they_stood_in(checker):
    findings = checker.check("Jamie Driscoll has been elected as Mayor.", election="2019-05-02").findings
    places = [f.claim.place for f in findings if f.claim.place is not None]
    assert places and places[0].kind == "mayoralty" and places[0].name == "North of Tyne", findings


def test_a_first_since_the_council_began_for_a_party_that_never_ran_it_is_misleading(checker):
    findings = checker.check("The Greens took control of Dorset for the first time since 2019.", election="2024-05-02")
    history = [f for f in findings.findings if f.claim.claim.type.value == "historical_first"]
    assert history and history[0].verdict.value == "misleading", history


def test_a_national_share_change_is_checked_against_the_projections_of_both_years(checker):
    findings = checker.check("Labour's projected national share was up 5 points on 2021.", election="2024-05-02")
    change = [f for f in findings.findings if f.rule == "shares.change"]
    assert change and "PNS 2021 to 2024" in change[0].explanation, findings.findings


def test_a_one_nation_party_is_judged_on_its_nations_tally_whatever_scene_came_before(checker):
    findings = checker.check("In Wales, Labour did well. The SNP lost 20 seats.", election="2022-05-05").findings
    snp = [f for f in findings if f.claim.party_id == "snp"]
    assert snp and "Scotland" in snp[0].explanation, findings


def test_seats_won_that_are_really_the_net_gain_are_misleading(checker):
    findings = checker.check("Across England, the Liberal Democrats won 194 seats.", election="2022-05-05").findings
    counted = [f for f in findings if f.rule == "national.count_is_change"]
    assert counted and counted[0].verdict.value == "misleading", findings
    assert "net change" in counted[0].explanation and "712" in counted[0].explanation, counted


def test_a_creation_phrase_belongs_to_the_council_it_follows(checker):
    findings = checker.check("The Conservatives took overall control of Cornwall for the first time since the "
                             "authority's creation in 2009, and took Cannock Chase for the first time since "
                             "2019.", election="2021-05-06").findings
    cannock = [f for f in findings if f.claim.place is not None and f.claim.place.name == "Cannock Chase"]
    assert cannock and all(f.verdict.value == "accurate" for f in cannock), cannock


def test_a_council_being_run_by_a_partys_majority_is_that_partys(checker):
    findings = checker.check("Two councils bucked the trend, with Falkirk being overseen by a Green majority.",
                             election="2022-05-05").findings
    control = [f for f in findings if f.claim.claim.type.value == "council_control"]
    assert control and control[0].claim.place.name == "Falkirk" and control[0].claim.party_id == "green", control


def test_a_majority_said_to_go_from_one_size_to_another_is_checked_at_both_ends(checker):
    findings = checker.check("In Hounslow, Labour increased its majority from 36 to 38 councillors.",
                             election="2018-05-03").findings
    majority = [f for f in findings if f.rule == "control.majority"]
    assert majority and majority[0].verdict.value == "inaccurate" and "42" in majority[0].explanation, majority


def test_a_mayoral_margin_is_checked_on_each_round(checker):
    findings = checker.check("In the North of Tyne mayoral race, Jamie Driscoll took a 16,540 lead over Charlie "
                             "Hoult.", election="2019-05-02").findings
    margin = [f for f in findings if "margin" in f.claim.claim.qualifiers]
    assert margin and margin[0].verdict.value == "accurate" and "first-round" in margin[0].explanation, findings


def test_a_mayoral_margin_that_no_round_gives_is_wrong_against_the_final_round(checker):
    findings = checker.check("In the North of Tyne mayoral race, the winning margin was 16,000.",
                             election="2019-05-02").findings
    margin = [f for f in findings if "margin" in f.claim.claim.qualifiers]
    assert margin and margin[0].verdict.value == "inaccurate" and "final-round" in margin[0].explanation, findings


def test_keeping_its_control_of_the_council_is_a_control_claim(checker):
    findings = checker.check("In Hounslow, Labour has maintained its control of the borough.", election="2018-05-03")
    control = [f for f in findings.findings if f.claim.claim.type.value == "council_control"]
    assert control and control[0].verdict.value == "accurate", findings.findings


def test_the_most_councillors_in_a_nation_is_first_place_on_its_tallies(checker):
    findings = checker.check("In Wales, Labour won the most councillors.", election="2022-05-05").findings
    ranked = [f for f in findings if f.rule == "contests.ranking"]
    assert ranked and ranked[0].verdict.value == "accurate" and "Wales" in ranked[0].explanation, findings


def test_a_place_counted_from_the_bottom_is_not_judged_on_seats_won(checker):
    findings = checker.check("In Bury, Reform came second to last.", election="2022-05-05").findings
    ranked = [f for f in findings if f.claim.claim.type.value == "ranking"]
    assert ranked and ranked[0].verdict.value == "unverifiable", findings


def test_a_paired_council_goes_by_its_first_town(checker):
    findings = checker.check("In Hammersmith, Labour won 40 seats.", election="2022-05-05").findings
    places = [f.claim.place for f in findings if f.claim.place is not None]
    assert places and places[0].name == "Hammersmith and Fulham", findings


def test_a_tally_doubled_or_trebled_is_checked_against_the_last_time_the_seats_were_fought(checker):
    def verdict(text):
        return [f.verdict.value for f in checker.check(text, election="2023-05-04").findings
                if f.claim.claim.type.value == "seat_change"]

    assert verdict("In Babergh the Greens more than doubled their previous tally.") == ["accurate"]
    assert verdict("In Babergh the Greens quadrupled their tally.") == ["inaccurate"]


def test_a_gain_from_no_overall_control_of_a_council_a_party_ran_is_wrong(checker):
    findings = checker.check("Labour gains:\n\nEast Staffordshire (from no overall control)\n",
                             election="2023-05-04").findings
    control = [f for f in findings if f.claim.claim.type.value == "council_control"]
    assert control and control[0].verdict.value == "inaccurate" and "not from no overall control" in \
        control[0].explanation, control


def test_no_councils_taken_is_disproved_by_a_net_gain_and_never_proved_by_none(checker):
    def verdict(text):
        return [f.verdict.value for f in checker.check(text, election="2019-05-02").findings]

    assert verdict("Across England, the Lib Dems did not win control of any councils.") == ["inaccurate"]
    assert verdict("Across England, the Greens did not win control of any councils.") == ["unverifiable"]


def test_a_projected_lead_or_deficit_is_the_gap_between_two_parties_shares(checker):
    def found(text):
        return [(f.verdict.value, f.explanation) for f in checker.check(text, election="2021-05-06").findings]

    right = found("On the projected national share, Labour finished 7 points behind the Conservatives.")
    assert right and right[0][0] == "accurate" and "-7 points" in right[0][1], right
    wrong = found("On the projected national share, Labour finished 12 points behind the Conservatives.")
    assert wrong and wrong[0][0] == "unverifiable" and "Compared with" in wrong[0][1], wrong
