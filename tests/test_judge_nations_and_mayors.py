"""Nation-wide vote shares, mayoral margins, turnout and share changes, declared winners and control on a count
short of the whole council: the reference data and the rules in judge/shares.py and judge/contests.py."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from factcheck.db.build import build_database
    from factcheck.pipeline import open_checker

    path = tmp_path_factory.mktemp("engine") / "reference.duckdb"
    build_database(path)
    return open_checker(path)


def found(engine, text: str, date: str) -> list[tuple[str, str, str]]:
    return [(f.verdict.value, f.rule, f.explanation) for f in engine.check(text, election=date).findings]


def test_every_new_curated_row_cites_a_page():
    import csv

    from factcheck.importers import mayoral_turnout, national_shares

    for path in (national_shares.ROWS, national_shares.PROJECTED_ROWS, mayoral_turnout.ROWS):
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert rows and all(r["source_url"].startswith("http") and r["source_title"] for r in rows), path


def test_a_nation_wide_share_is_judged_on_the_published_figure(engine):
    verdicts = found(engine, "Across Scotland, the Liberal Democrats took 8.6% of first-preference votes.",
                     "2022-05-05")
    assert ("accurate", "shares.national") in [(v, r) for v, r, _ in verdicts], verdicts
    assert any("Ballot Box Scotland" in e for _, _, e in verdicts)


def test_a_wrong_nation_wide_share_is_never_called_accurate(engine):
    verdicts = found(engine, "Across Scotland, the Liberal Democrats took 12% of first-preference votes.",
                     "2022-05-05")
    assert verdicts and all(v in ("inaccurate", "unverifiable") for v, _, _ in verdicts), verdicts


def test_a_single_round_margin_is_the_gap_between_the_top_two(engine):
    right = found(engine, "In the West Midlands mayoral election, Richard Parker beat Andy Street by 1,508 votes.",
                  "2024-05-02")
    assert ("accurate", "contests.mayoral") in [(v, r) for v, r, _ in right], right
    wrong = found(engine, "In the West Midlands mayoral election, Richard Parker beat Andy Street by 15,000 votes.",
                  "2024-05-02")
    assert ("inaccurate", "contests.mayoral") in [(v, r) for v, r, _ in wrong], wrong


def test_a_margin_with_no_party_is_the_winner_over_the_runner_up(engine):
    verdicts = found(engine, "In the West Midlands mayoral election just 1,508 votes separated the top two "
                     "candidates.", "2024-05-02")
    assert ("accurate", "contests.mayoral") in [(v, r) for v, r, _ in verdicts], verdicts


def test_turnout_change_is_against_the_previous_mayoral_election(engine):
    verdicts = found(engine, "In the West Midlands mayoral election, turnout rose 4.5 points on 2017.", "2021-05-06")
    assert ("accurate", "contests.turnout") in [(v, r) for v, r, _ in verdicts], verdicts


def test_a_mayoral_share_change_is_first_preferences_on_the_previous_election(engine):
    right = found(engine, "In the West Midlands, Street added 7 points to his vote share from four years earlier.",
                  "2021-05-06")
    assert ("accurate", "shares.mayoral_change") in [(v, r) for v, r, _ in right], right
    wrong = found(engine, "In the West Midlands, Street added 12 points to his vote share from four years earlier.",
                  "2021-05-06")
    assert ("inaccurate", "shares.mayoral_change") in [(v, r) for v, r, _ in wrong], wrong


def test_a_councils_mayoral_turnout_is_accepted_and_a_mismatch_not_flagged(engine):
    right = found(engine, "Turnout in Dudley was 32.44% in the mayoral election.", "2024-05-02")
    assert ("accurate", "contests.turnout") in [(v, r) for v, r, _ in right], right
    other = found(engine, "Turnout in Dudley was 38% in the mayoral election.", "2024-05-02")
    assert other and all(v == "unverifiable" for v, _, _ in other), other


def test_turnout_missing_from_the_candidate_rows_comes_from_the_turnout_table(engine):
    verdicts = found(engine, "Turnout in the Greater Manchester mayoral election was 32%.", "2024-05-02")
    assert ("accurate", "contests.turnout") in [(v, r) for v, r, _ in verdicts], verdicts


def test_control_stated_on_a_short_count_is_not_control(engine):
    from factcheck.query.registry import run

    rows = run(engine.connection, "council_control_history", council="E07000043", from_year=2019,
               to_year=2019).rows
    assert rows and all(r["control"] == "noc" for r in rows), rows
    short = engine.connection.execute("SELECT control FROM council_control_short_count "
                                      "WHERE council_code = 'E07000043' AND as_of_year = 2019").fetchall()
    assert short == [("ld",)]


def test_a_nation_wide_share_change_is_the_published_change(engine):
    verdicts = found(engine, "Across Scotland the Conservatives took 25.3% of first preferences, up 12 points.",
                     "2017-05-04")
    assert ("accurate", "shares.change") in [(v, r) for v, r, _ in verdicts], verdicts


def test_control_as_left_by_an_election_comes_from_the_results_page_too(engine):
    verdicts = found(engine, "Labour lost control of Derby.", "2018-05-03")
    assert ("accurate", "control.change") in [(v, r) for v, r, _ in verdicts], verdicts


def test_turnout_across_a_nation_named_like_a_mayoralty_is_the_mayoral_turnout(engine):
    right = found(engine, "Turnout across London was 40.5 per cent, down 1.7 points on 2021.", "2024-05-02")
    assert [v for v, r, _ in right if r == "contests.turnout"] == ["accurate", "accurate"], right
    none_held = found(engine, "Turnout across Scotland was 44.8 per cent.", "2024-05-02")
    assert none_held and all(v == "unverifiable" for v, _, _ in none_held), none_held
