"""Claims about Westminster elections in local-election commentary: a general election as the subject or the
comparison basis of a claim, and parliamentary by-election results (extract/westminster.py, judge/westminster.py).

Our own sentences; the figures are the reference data's (general_election_results, parliament_contests,
parliament_candidates, projected_share), looked up there, not typed from memory."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import BY_ELECTION, GE_BASELINE, GE_SUBJECT

LOCAL_2023 = "2023-05-04"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from factcheck.db.build import build_database
    from factcheck.pipeline import open_checker

    path = tmp_path_factory.mktemp("westminster") / "reference.duckdb"
    build_database(path)
    return open_checker(path)


def findings(engine, text: str, date: str = LOCAL_2023) -> list:
    return list(engine.check(text, election=date).findings)


def westminster(engine, text: str, date: str = LOCAL_2023):
    """The one finding a Westminster rule judged."""
    judged = [f for f in findings(engine, text, date) if f.rule.startswith("westminster.")]
    assert len(judged) == 1, [(f.claim.claim.text, f.rule, f.verdict.value) for f in findings(engine, text, date)]
    return judged[0]


def reference(engine, sql: str, **params) -> list[dict]:
    cursor = engine.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


# --- the figures the sentences below use, as the reference data holds them ---------------------------------------
def test_the_figures_these_sentences_use_are_the_reference_datas(engine):
    ge = {(r["election_date"][:4], r["scope"], r["party_id"]): r for r in reference(
        engine, "SELECT * FROM general_election_results WHERE kind = 'general' AND scope IN ('UK', 'GB', 'Scotland')")}
    assert ge[("2015", "UK", "con")]["seats"] == 330 and ge[("2015", "GB", "con")]["share_pct"] == 37.66
    assert ge[("2015", "UK", "con")]["share_pct"] == 36.81
    assert ge[("2017", "UK", "lab")]["share_pct"] == 39.99 and ge[("2017", "GB", "lab")]["share_pct"] == 41.02
    assert ge[("2019", "Scotland", "snp")]["seats"] == 48
    assert ge[("2019", "UK", "ld")]["seats"] == 11 and ge[("2024", "UK", "ld")]["seats"] == 72
    assert ge[("2024", "UK", "lab")]["votes"] == 9_708_716
    contests = {r["constituency"]: r for r in reference(
        engine, "SELECT * FROM parliament_contests WHERE kind = 'by-election' AND election_date < '2023-01-01'")}
    assert contests["Tiverton and Honiton"]["majority"] == 6144 and contests["Wakefield"]["majority"] == 4925
    assert contests["Wakefield"]["result"] == "Lab gain from Con"
    pns = reference(engine, "SELECT share_pct FROM projected_share WHERE election_year = 2023 AND party_id = 'lab' "
                    "AND publisher = 'BBC' AND measure = 'PNS'")
    assert {r["share_pct"] for r in pns} == {35.0}


# --- extract: the general election is carried on the claim ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Labour's projected share of 35% was six points down on the 2017 general election.",
    "At 35%, Labour's projected share was six points lower than at the 2017 general election.",
    "Labour's 35% was six points down on its 2017 general election share.",
])
def test_a_change_on_a_general_election_carries_it_as_its_baseline(text):
    changes = [c for c in extract_claims(text) if c.type.value == "vote_share_change"]
    assert changes and all(GE_BASELINE in c.qualifiers and "2017 general election" in (c.baseline or "")
                           for c in changes), changes


@pytest.mark.parametrize("text", [
    "The Conservatives won 330 seats at the 2015 general election.",
    "At the 2015 general election, the Conservatives won 330 seats.",
    "In the general election of 2015 the Conservatives won 330 seats.",
])
def test_a_result_at_a_general_election_carries_it_as_its_election(text):
    (claim,) = extract_claims(text)
    assert GE_SUBJECT in claim.qualifiers and "2015" in (claim.election_hint or "")


@pytest.mark.parametrize("text", [
    "Labour will hope to win the next general election.",
    "The party gained 300 seats, short of what it needs to be heading for a majority at the general election.",
    "If these shares were repeated at a general election, Labour would win 300 seats.",
])
def test_a_general_election_still_to_come_is_no_basis_and_no_subject(text):
    assert not any({GE_SUBJECT, GE_BASELINE} & set(c.qualifiers) for c in extract_claims(text))


def test_a_ward_by_election_is_not_read_as_a_westminster_one():
    assert not any(BY_ELECTION in c.qualifiers for c in extract_claims(
        "The Greens won the Riverside ward by-election by 85 votes."))


# --- a party's result at a general election ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Conservatives won 330 seats at the 2015 general election.",
    "At the 2015 general election the Tories won 330 seats.",
    "The Conservatives, who won 330 seats at the 2015 general election, lost ground in May.",
])
def test_seats_won_at_a_general_election(engine, text):
    finding = westminster(engine, text)
    assert finding.verdict.value == "accurate" and finding.rule == "westminster.general_election"
    assert "2015 general election" in finding.explanation and "UK" in finding.explanation


def test_seats_misstated_for_a_general_election_are_inaccurate(engine):
    finding = westminster(engine, "The Conservatives won 350 seats at the 2015 general election.")
    assert finding.verdict.value == "inaccurate" and "330" in finding.explanation


@pytest.mark.parametrize(("text", "basis"), [
    ("The Conservatives took 36.8% of the vote at the 2015 general election.", "UK"),
    ("The Conservatives took 37.7% of the vote at the 2015 general election.", "GB"),
])
def test_a_share_at_a_general_election_is_right_on_the_uk_or_the_gb_basis_and_says_which(engine, text, basis):
    finding = westminster(engine, text)
    assert finding.verdict.value == "accurate" and f"{basis} share of the vote" in finding.explanation


def test_a_nation_at_a_general_election_is_that_nations_result(engine):
    finding = westminster(engine, "The SNP won 48 seats in Scotland at the 2019 general election.")
    assert finding.verdict.value == "accurate" and "Scotland" in finding.explanation


def test_a_seat_change_at_a_general_election_is_against_the_one_before(engine):
    finding = westminster(engine, "The Liberal Democrats gained 61 seats at the 2024 general election.")
    assert finding.verdict.value == "accurate" and "2019" in finding.explanation  # 72 against 11


@pytest.mark.parametrize(("text", "verdict"), [
    ("Labour polled 9,708,716 votes at the 2024 general election.", "accurate"),
    ("Labour won 9.7 million votes in 2024's general election.", "accurate"),
    ("Labour won just under 10 million votes at the 2024 general election.", "accurate"),
    ("Labour polled 11.5 million votes at the 2024 general election.", "inaccurate"),
])
def test_votes_at_a_general_election(engine, text, verdict):
    finding = westminster(engine, text)
    assert finding.verdict.value == verdict and "9,708,716" in finding.explanation


def test_the_last_general_election_is_the_one_before_the_texts_own(engine):
    finding = westminster(engine, "Labour took 40% of the vote at the last general election.", "2018-05-03")
    assert finding.verdict.value == "accurate" and "2017-06-08" in finding.explanation


def test_a_general_election_the_data_does_not_hold_is_unverifiable(engine):
    finding = westminster(engine, "The Conservatives won 330 seats at the 1992 general election.")
    assert finding.verdict.value == "unverifiable"
    assert "no general election in 1992" in finding.explanation and "2010" in finding.explanation


# --- a change measured against a general election ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Labour's projected share of 35% was down five points on the 2017 general election.",
    "At 35%, Labour's projected share was five points lower than at the 2017 general election.",
    "Labour's 35% was five points down on its 2017 general election share.",
])
def test_a_change_on_a_general_election_compares_the_share_named_with_that_elections(engine, text):
    finding = westminster(engine, text)
    assert finding.rule == "westminster.change_on_general_election"
    assert finding.verdict.value == "accurate", finding.explanation  # 35 - 39.99 on the UK basis
    assert "UK share at the 2017 general election" in finding.explanation


def test_the_former_false_alarm_is_now_judged_on_the_general_election(engine):
    finding = westminster(engine, "Labour's projected share of 35% was down four points on the 2017 general "
                          "election.")
    assert finding.verdict.value == "approximately_accurate"  # -4.99 on the UK basis; never the local elections
    assert "local" not in finding.explanation.split("(")[0]


def test_a_change_given_alone_uses_the_projected_share_and_names_it(engine):
    finding = westminster(engine, "Labour's projected national share was three points up on the 2019 general "
                          "election.")
    assert finding.verdict.value in ("accurate", "approximately_accurate")  # PNS 35 against 32.08 (UK), 32.9 (GB)
    assert "BBC PNS 2023" in finding.explanation


def test_a_wrong_change_on_a_general_election_is_inaccurate_when_all_is_pinned_down(engine):
    finding = westminster(engine, "Labour's projected national share was down ten points on the 2019 general "
                          "election.")
    assert finding.verdict.value == "inaccurate"


def test_a_change_on_a_general_election_not_held_is_unverifiable(engine):
    finding = westminster(engine, "Labour's projected share was down nine points on the 2005 general election.")
    assert finding.verdict.value == "unverifiable" and "2005" in finding.explanation


def test_a_change_with_no_general_election_is_judged_as_before(engine):
    judged = findings(engine, "Labour's projected national share was up eight points on 2017.")
    assert judged and all(f.rule.startswith("shares.") for f in judged)


# --- parliamentary by-elections ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Liberal Democrats won the Tiverton and Honiton by-election by 6,144 votes.",
    "The Lib Dems won the by-election in Tiverton and Honiton with a majority of 6,144.",
    "The Lib Dems took Tiverton and Honiton from the Conservatives at the by-election by 6,144 votes.",
    "The Liberal Democrats won the Tiverton by-election by 6,144 votes.",
])
def test_a_by_election_majority(engine, text):
    finding = westminster(engine, text)
    assert finding.verdict.value == "accurate" and "6,144" in finding.explanation


def test_a_by_election_lead_in_points_is_the_winners_share_less_the_runner_ups(engine):
    finding = westminster(engine, "The Lib Dems won the Tiverton and Honiton by-election by 14 points.")
    assert finding.verdict.value in ("accurate", "approximately_accurate") and "14.42" in finding.explanation


def test_a_by_election_won_by_another_party_is_inaccurate(engine):
    finding = westminster(engine, "The Conservatives won the Wakefield by-election.")
    assert finding.verdict.value == "inaccurate" and "Labour" in finding.explanation


def test_a_by_election_majority_misstated_is_inaccurate(engine):
    finding = westminster(engine, "Labour won the Wakefield by-election by 9,250 votes.")
    assert finding.verdict.value == "inaccurate" and "4,925" in finding.explanation


def test_a_by_election_we_do_not_hold_is_unverifiable(engine):
    finding = westminster(engine, "The Greens won the Narnia North by-election by 300 votes.")
    assert finding.verdict.value == "unverifiable"
