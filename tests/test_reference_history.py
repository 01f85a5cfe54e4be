"""Council history across code changes, and the other series issue 11 added: behaviour on small invented
inputs, then on the committed reference data (the database `factcheck data build` makes from it)."""

from __future__ import annotations

import pytest

from factcheck.importers import gazetteer as gaz

duckdb = pytest.importorskip("duckdb")


def test_a_council_seen_under_two_codes_of_one_type_is_linked_as_recoded():
    g = gaz.Gazetteer()
    g.add_council("E07000901", "Oldtown", "leap-2019", year=2019)
    g.add_council("E07000999", "Oldtown", "leh-2021", year=2021)
    g.add_council("E10000901", "Shire", "leap-2017", year=2017)
    g.add_council("E06000901", "Shire", "leh-2021", year=2021)  # a unitary replacing a county: not a re-coding
    gaz._link_recodes(g)
    assert g.councils["E07000901"].successor == "E07000999"
    assert g.councils["E07000999"].predecessors == {"E07000901"}
    assert [(e["council_code"], e["event"], e["related_codes"]) for e in g.events] == [
        ("E07000999", "recoded", "E07000901")
    ]
    assert not g.councils["E10000901"].successor


def test_codes_used_in_overlapping_years_are_not_a_recoding():
    g = gaz.Gazetteer()
    g.add_council("E07000901", "Twin", "a", year=2019)
    g.add_council("E07000999", "Twin", "b", year=2019)
    gaz._link_recodes(g)
    assert not g.events


@pytest.fixture(scope="module")
def db():
    from factcheck.db.connect import open_database

    con = open_database()
    yield con
    con.close()


def named(con, name: str, **params) -> list[dict]:
    from factcheck.query.registry import all_queries

    query = all_queries()[name]
    cursor = con.execute(query.sql, {k: params[k] for k in query.params})
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def test_control_history_runs_across_a_change_of_code(db):
    """St Albans was re-coded between 2019 and 2021: its history under the new code starts in 1973."""
    rows = named(db, "council_control_history", council="E07000240", from_year=1973, to_year=2022)
    years = {r["as_of_year"] for r in rows}
    assert {1973, 2018, 2019, 2021, 2022} <= years
    assert {r["recorded_code"] for r in rows} == {"E07000100", "E07000240"}
    assert all(r["council_code"] == "E07000240" for r in rows)
    many = named(db, "council_control_history_many", councils=["E07000240"], from_year=2018, to_year=2021)
    assert {r["as_of_year"] for r in many} == {2018, 2019, 2020, 2021}


def test_created_councils_have_a_creation_event(db):
    events = db.execute(
        "SELECT event_year, related_codes FROM council_events WHERE council_code = 'E06000063' AND event = 'created'"
    ).fetchall()
    assert events == [(2023, "E07000026;E07000028;E07000029")]


@pytest.fixture(scope="module")
def checker():
    from factcheck.pipeline import open_checker

    return open_checker()


@pytest.mark.parametrize(("text", "date", "verdict", "basis"), [
    # As left by the 2013 election the Conservatives held Suffolk; the 2016 snapshot has no overall control.
    ("The Conservatives gained control of Suffolk.", "2017-05-04", "accurate", "snapshot for 2016"),
    ("Labour lost control of Nottinghamshire.", "2017-05-04", "accurate", "previous election (2013)"),
    # Re-coded in 2020: the control before 2021 is read under the old code.
    ("The Liberal Democrats won control of St Albans.", "2021-05-06", "accurate", "previous election (2019)"),
])
def test_control_is_judged_on_both_bases_and_says_which(checker, text, date, verdict, basis):
    finding = checker.check(text, election=date).findings[0]
    assert finding.verdict == verdict
    assert any(basis in o.basis for o in finding.official)


def test_data_check_lists_control_disagreements_between_sources(db):
    from factcheck.db.checks import run_checks

    results = {r.name: r for r in run_checks(db)}
    listed = results["control_sources_disagree"]
    assert listed.status == "warn" and listed.listing
    assert all(len(line.split()) >= 5 for line in listed.listing)
    assert results["council_link_cycles"].status == "pass"


def test_roster_composition_separates_independents_and_local_groups_and_writes_zeros():
    from factcheck.importers import rosters

    members = {
        2021: [("E07000901", "lab", "2022-05-05")] * 3 + [("E07000901", "green", "2023-05-04")],
        2022: [("E07000901", "lab", "2023-05-04")] * 2 + [("E07000901", "ind", "2026-05-07"),
                                                          ("E07000901", "oldtown-first", "2026-05-07"),
                                                          ("E07000901", "", "2026-05-07")],
    }
    rows = {(r["as_of_year"], r["party_id"]): r for r in rosters.composition_rows(members)}
    assert rows[(2022, "ind")]["seats"] == 1 and rows[(2022, "oldtown-first")]["seats"] == 1
    assert rows[(2022, "green")]["seats"] == 0  # held seats the year before: an explicit zero
    assert rows[(2022, "con")]["seats"] == 0  # a main party of the nation
    assert rows[(2022, "lab")]["total_seats"] == 5 and "1 seat(s) vacant" in rows[(2022, "lab")]["basis"]
    assert (2021, "oldtown-first") in rows  # held seats the year after


def test_seats_defended_are_the_seats_next_up_at_the_next_election():
    from factcheck.importers import rosters

    members = {2021: [("E07000901", "lab", "2022-05-05")] * 3 + [("E07000901", "con", "2022-05-05"),
                                                                ("E07000901", "con", "2024-05-02")]}
    rows = {r["party_id"]: r["seats"] for r in rosters.defended_rows(members)}
    assert rows == {"lab": 3, "con": 1}


def test_roster_independents_sit_beside_the_parties_in_the_database(db):
    """Durham after May 2021: the roster lists independents and named local groups one by one."""
    rows = db.execute(
        "SELECT party_id, seats FROM council_composition WHERE council_code = 'E06000047' AND as_of_year = 2021 "
        "AND source_id = 'ocd-roster-2021'"
    ).fetchall()
    held = dict(rows)
    assert held.get("ind", 0) > 0 and held.get("lab", 0) > 0
    assert any(party not in {"con", "lab", "ld", "green", "ind", "reform", "ukip"} for party in held)


def test_byelection_files_give_candidates_winners_and_contests(tmp_path):
    from factcheck.importers import parliament

    folder = tmp_path / "55" / "by-elections"
    folder.mkdir(parents=True)
    (folder / "constituencies.csv").write_text(
        "By-election date,ONS ID,Constituency name,Country name,Valid votes,Majority,Result\n"
        "13/01/2011,E14000901,Nowhere East,England,300,100,Lab hold\n", encoding="utf-8")
    (folder / "candidacies.csv").write_text(
        "Election date,ONS ID,Constituency name,Party name,Party abbreviation,Candidate first name,"
        "Candidate surname,Votes,Share,Change\n"
        "13/01/2011,E14000901,Nowhere East,Labour,Lab,Ann,Example,200,0.666667,0.1\n"
        "13/01/2011,E14000901,Nowhere East,,,Bob,Sample,100,0.333333,\n", encoding="utf-8")

    class Parties:
        def party_id(self, label: str, **_: object) -> str:
            return {"Labour": "lab"}[label]

    candidates, contests = parliament.read_byelections(tmp_path, Parties())
    assert contests[0]["election_date"] == "2011-01-13" and contests[0]["majority"] == 100
    assert [(c["party_id"], c["elected"], c["share_pct"]) for c in candidates] == [
        ("lab", True, 66.67), ("ind", False, 33.33)]


def test_general_election_shares_keep_uk_and_gb_apart(db):
    rows = named(db, "general_election_party", year=2019, party="con")
    share = {r["scope"]: r["share_pct"] for r in rows if r["kind"] == "general"}
    assert round(share["GB"], 1) == 44.7 and round(share["UK"], 1) == 43.6  # Commons Library figures
    seats = {r["kind"]: r["seats"] for r in rows if r["scope"] == "UK"}
    assert seats == {"general": 365, "general (notional)": 372}


def test_every_local_mayor_row_cites_its_page_and_rounds_add_up():
    import csv

    from factcheck.importers import local_mayors

    with local_mayors.ROWS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(r["source_url"].startswith("http") and r["publisher"] for r in rows)
    for contest in {(r["election_date"], r["mayoralty"]) for r in rows}:
        elected = [r for r in rows if (r["election_date"], r["mayoralty"]) == contest and r["elected"] == "true"]
        assert len(elected) == 1, contest


def test_a_single_authority_mayor_is_checked_on_the_candidates_own_votes(checker):
    text = "In the Salford mayoral contest, Labour's Paul Dennett polled 28,332 votes."
    finding = checker.check(text, election="2016-05-05").findings[0]
    assert finding.verdict == "accurate"
    assert "round 2" in finding.explanation


@pytest.mark.parametrize(("text", "date", "verdict", "basis"), [
    # Supplementary vote: the winner's total after second preferences (round 2).
    ("In Tower Hamlets, Lutfur Rahman of Aspire won the mayoral election with 40,804 votes after second "
     "preferences.", "2022-05-05", "accurate", "round 2"),
    ("Labour's Ros Jones held on as Doncaster mayor with 59.8% after second preferences.", "2021-05-06",
     "accurate", "round 2"),
    # First past the post from 2023.
    ("Leicester's city mayor Peter Soulsby was re-elected with 35,002 votes.", "2023-05-04", "accurate",
     "round single"),
    ("Lutfur Rahman was elected mayor of Tower Hamlets with 45,000 votes.", "2022-05-05", "inaccurate", ""),
])
def test_the_added_single_authority_mayors_are_checked(checker, text, date, verdict, basis):
    mayoral = [f for f in checker.check(text, election=date).findings if f.rule == "contests.mayoral"]
    assert mayoral and mayoral[0].verdict == verdict, mayoral
    assert basis in mayoral[0].explanation


def test_london_boroughs_1974_councils_and_2009_unitaries_have_their_creation_event(db):
    def events(code: str) -> list[tuple[str, int]]:
        return [(r["event"], r["event_year"]) for r in named(db, "council_events", council=code)
                if r["event"] in ("created", "unitary")]

    assert events("E09000032") == [("created", 1965)]  # Wandsworth
    assert events("E08000019") == [("created", 1974)]  # Sheffield
    assert events("E08000037") == [("created", 1974)]  # Gateshead, re-coded in 2013: found under the new code
    assert events("E06000049") == [("created", 2009)]  # Cheshire East, a new council
    assert events("E06000052") == [("unitary", 2009)]  # Cornwall: the county council became unitary
    created = named(db, "council_events", council="E09000032")[0]
    assert db.execute("SELECT url FROM sources WHERE source_id = ?", [created["source_id"]]).fetchone()[0]


def test_shire_councils_of_1974_and_the_1996_councils_have_their_creation_event(db):
    def events(code: str) -> list[tuple[str, int]]:
        return [(r["event"], r["event_year"]) for r in named(db, "council_events", council=code)
                if r["event"] in ("created", "unitary")]

    assert events("E10000006") == [("created", 1974)]  # Cumbria, a new county in 1974
    assert events("E07000219") == [("created", 1974)]  # Nuneaton and Bedworth, a shire district
    assert events("W06000015") == [("created", 1996)]  # Cardiff, a Welsh principal area
    assert events("S12000015") == [("created", 1996)]  # Fife
    assert events("S12000023") == []  # Orkney: an islands area that continued in 1996, not created then
    assert events("E10000030") == []  # Surrey: a reconstituted older county, no creation recorded
    assert events("E07000223") == [("created", 1974)]  # Adur, one of the shire districts a page dates
    assert events("E07000235") == [("created", 1998)]  # Malvern Hills as re-formed in 1998
    created = named(db, "council_events", council="E10000006")[0]
    assert db.execute("SELECT url FROM sources WHERE source_id = ?", [created["source_id"]]).fetchone()[0]


def test_a_first_since_a_london_boroughs_creation_in_1965_is_checked_from_the_event(checker):
    findings = checker.check("Labour won Wandsworth for the first time since the borough's creation in 1965.",
                             election="2022-05-05").findings
    history = [f for f in findings if f.rule == "control.history"]
    # Labour ran Wandsworth in 1973, the first year of the control record.
    assert history and history[0].verdict == "inaccurate", findings
    assert (1965.0, "creation of the council") in [(o.value, o.basis) for o in history[0].official]


def test_national_series_reach_back_decades(db):
    nev = named(db, "projected_share_series", party="con")
    years = {r["election_year"] for r in nev if r["measure"] == "NEV"}
    assert {1982, 1995, 2008, 2023} <= years
    assert any(r["election_year"] == 1997 and r["measure"].startswith("general election share") for r in nev)
    gb = [r for r in named(db, "councillors_by_year") if r["source_id"] == "commons-cbp9545"]
    assert min(r["as_of_year"] for r in gb) == 1973


def test_results_published_under_a_new_code_answer_for_the_old_one(db):
    """East Hertfordshire's 2023 results are filed under its new code; asking with the old code finds them."""
    old = named(db, "council_results_published", year=2023, council="E07000097")
    assert old and all(r["council_code"] == "E07000097" for r in old)
    many = named(db, "council_results_published_many", year=2023, councils=["E07000097"])
    assert {r["party_id"] for r in many} == {r["party_id"] for r in old}


def test_scope_tallies_are_summed_where_every_council_voted_all_out(db):
    rows = named(db, "national_tally", election="2018-05-03", party="lab")
    derived = [r for r in rows if r["publisher"].startswith("factcheck") and r["scope"] == "London"]
    assert len(derived) == 1 and derived[0]["councillors_change"] is not None
    assert "not notional" in derived[0]["basis"]
    assert not [r for r in named(db, "national_tally", election="2019-05-02", party="lab")
                if r["publisher"].startswith("factcheck")]  # England 2019 was not all-out everywhere


@pytest.mark.parametrize(("text", "date", "verdict"), [
    # Medway was created in 1998 (council_events); Labour held no majority on it before 2023.
    ("Medway passed to Labour for the first time since it was formed.", "2023-05-04", "accurate"),
    # Surrey's control record runs from 1973; it was under no overall control in the 1990s.
    ("The Conservatives held Surrey, which they have run since its creation in 1974.", "2021-05-06", "inaccurate"),
    # County Durham's record reaches back to the county council's 1973 rows: Labour-run every year to 2021.
    ("Labour lost control of Durham for the first time since 1973.", "2021-05-06", "accurate"),
    ("Labour had controlled County Durham since 2009.", "2021-05-06", "inaccurate"),
])
def test_control_since_a_councils_creation_is_checked_against_its_whole_record(checker, text, date, verdict):
    assert checker.check(text, election=date).findings[0].verdict == verdict


def test_county_durham_control_reaches_back_to_the_county_councils_1973_rows(db):
    """The 1973-2015 history has two "Durham" rows a year to 2008: the county council (since 2009 the County
    Durham unitary, E06000047) and the City of Durham district. The county's rows are placed by seat totals."""
    rows = named(db, "council_control_history", council="E06000047", from_year=1973, to_year=2015)
    stated = {r["as_of_year"]: r["control"] for r in rows if r["source_id"] == "ocd-history-1973-2015"}
    assert stated == {year: "lab" for year in range(1973, 2016)}
    derived = {r["as_of_year"]: r["control"] for r in rows if r["how"] == "derived"}
    assert set(derived.values()) == {"lab"} and min(derived) == 1973
    totals = dict(db.execute(
        "SELECT as_of_year, any_value(total_seats) FROM council_composition WHERE council_code = 'E06000047' "
        "AND source_id = 'ocd-history-1973-2015' GROUP BY as_of_year HAVING count(DISTINCT total_seats) = 1"
    ).fetchall())
    expected = {y: 72 for y in range(1973, 1997)} | {y: 61 for y in range(1997, 2005)}
    expected |= {y: 63 for y in range(2005, 2008)} | {y: 126 for y in range(2008, 2016)}
    assert totals == expected  # one total a year: no second authority's rows under the code


def test_the_city_of_durham_districts_rows_did_not_leak_into_county_durham(db):
    """The district's file rows (61 seats 1973-78, 49 1979-2002, 50 2003-08; Lib Dem-run 2003-08) are in no
    council's record: the gazetteer has no code for it."""
    district_sizes = db.execute(
        "SELECT count(*) FROM council_composition WHERE council_code = 'E06000047' AND source_id = "
        "'ocd-history-1973-2015' AND (total_seats IN (49, 50) OR (total_seats = 61 AND as_of_year < 1997))"
    ).fetchone()[0]
    assert district_sizes == 0
    seats_2005 = dict(db.execute(
        "SELECT party_id, seats FROM council_composition WHERE council_code = 'E06000047' AND as_of_year = 2005 "
        "AND source_id = 'ocd-history-1973-2015'"
    ).fetchall())
    assert seats_2005 == {"con": 2, "lab": 53, "ld": 5, "other": 3}  # the county's row, not the district's LD 30
    # Avon county (1973-94) resolves to Stratford-on-Avon by a short form; Stratford keeps its own rows.
    stratford = dict(db.execute(
        "SELECT as_of_year, any_value(total_seats) FROM council_composition WHERE council_code = 'E07000221' "
        "AND source_id = 'ocd-history-1973-2015' AND as_of_year <= 1994 GROUP BY as_of_year "
        "HAVING count(DISTINCT total_seats) = 1"
    ).fetchall())
    assert stratford == {y: 54 if y < 1979 else 55 for y in range(1973, 1995)}


def test_creations_before_2019_are_events_with_their_page(db):
    rows = named(db, "council_events", council="E06000035")
    created = [r for r in rows if r["event"] == "created"]
    assert [r["event_year"] for r in created] == [1998]
    assert db.execute("SELECT url FROM sources WHERE source_id = ?", [created[0]["source_id"]]).fetchone()[0]


def test_2023_seat_change_is_against_the_last_time_the_seats_were_fought(checker, db):
    """No candidate file for 2023: seats won as published, against the 2019 candidate results."""
    rows = named(db, "council_seat_change", election="2023-05-04", council="E07000096")
    assert rows and {r["baseline_date"] for r in rows} == {"2019-05-02"}
    assert all(r["seats_change"] is not None and r["source_ids"] for r in rows)
    finding = checker.check("In Dacorum the Liberal Democrats gained nine seats.", election="2023-05-04").findings[0]
    assert finding.verdict == "accurate" and "last fought" in finding.explanation
    # New wards in 2023 (34 for 37): no last-fought change is computed, so none is offered.
    assert not named(db, "council_seat_change", election="2023-05-04", council="E06000021")


@pytest.mark.parametrize(("share", "verdict"), [(43, "accurate"), (30, "inaccurate")])
def test_a_projected_share_for_an_earlier_year_is_judged_against_that_year(checker, share, verdict):
    text = f"Back in 2008 the Conservatives' projected national share was {share}%."
    finding = checker.check(text, election="2024-05-02").findings[0]
    assert finding.verdict == verdict
    assert "2008" in finding.explanation  # the NEV for 2008, not the 2024 PNS


def test_2017_county_seat_change_is_against_the_2013_composition_where_the_size_is_unchanged(checker, db):
    rows = {r["party_id"]: r for r in named(db, "council_seat_change", election="2017-05-04", council="E10000029")}
    assert rows["con"]["baseline_date"] == "2013" and rows["con"]["seats_change"] is not None
    assert rows["green"]["seats_change"] is None  # in 'other' in 2013: no change is offered
    finding = checker.check("In Suffolk the Conservatives gained 13 seats.", election="2017-05-04").findings[0]
    assert finding.verdict == "accurate" and "2013" in finding.explanation
    kent = named(db, "council_seat_change", election="2017-05-04", council="E10000016")  # 84 -> 81 seats
    assert kent and all(r["seats_change"] is None and r["baseline_date"] is None for r in kent)
