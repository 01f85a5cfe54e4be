"""The import runner, the DuckDB build, the views and opening the database, on a tiny invented dataset
(tests/reference_fixture.py): a by-thirds council, a by-thirds council with new wards, an all-out borough."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import reference_fixture as fixture  # noqa: E402

from factcheck.db.build import build_database  # noqa: E402
from factcheck.db.connect import DatabaseUnavailable, database_info, open_database  # noqa: E402
from factcheck.importers.common import ImportFailure  # noqa: E402
from factcheck.importers.run import run_import  # noqa: E402

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pandas")


def quiet(message: str) -> None:
    """Progress lines are not under test."""


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("reference_data")
    run_import(tmp_path_factory.mktemp("raw"), out, modules=fixture.install_fake_importers(), progress=quiet)
    return out


@pytest.fixture(scope="module")
def con(reference, tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "reference.duckdb"
    build_database(path, reference)
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


def rows(con, sql: str, *params) -> list[tuple]:
    return con.execute(sql, list(params)).fetchall()


# --- the import runner ------------------------------------------------------------------------------
def test_import_writes_parquet_tables_and_a_manifest(reference):
    manifest = json.loads((reference / "manifest.json").read_text())
    assert manifest["tables"]["candidates"]["rows"] == len(fixture.candidate_rows())
    assert (reference / "tables" / "candidates.parquet").is_file()
    assert len(manifest["tables"]["sources"]["sha256"]) == 64
    assert not [p for p in reference.iterdir() if p.name.startswith(".import-")]


def test_sources_table_holds_every_module_source(con):
    assert {r[0] for r in rows(con, "SELECT source_id FROM sources")} == {"test-source", "test-second-file"}


def test_a_failing_import_leaves_the_previous_tables_in_place(reference, tmp_path):
    out = tmp_path / "reference_data"
    modules = fixture.install_fake_importers()
    run_import(tmp_path, out, modules=modules, progress=quiet)
    before = (out / "manifest.json").read_text()

    def broken_load(sources_dir, gazetteer):
        raise ImportFailure("raw/results.csv", 17, "votes column is not a number")

    sys.modules[modules[1]].load = broken_load
    with pytest.raises(ImportFailure, match=r"raw/results.csv: row 17"):
        run_import(tmp_path, out, modules=modules, progress=quiet)
    assert (out / "manifest.json").read_text() == before
    assert (out / "tables" / "candidates.parquet").is_file()
    assert not [p for p in out.iterdir() if p.name.startswith(".import-")]


def test_a_row_citing_an_unknown_source_is_refused(tmp_path):
    modules = fixture.install_fake_importers()
    original = sys.modules[modules[1]].load

    def load_with_stray_source(sources_dir, gazetteer):
        tables = original(sources_dir, gazetteer)
        tables["candidates"].loc[3, "source_id"] = "nobody-published-this"
        return tables

    sys.modules[modules[1]].load = load_with_stray_source
    with pytest.raises(ImportFailure, match="nobody-published-this"):
        run_import(tmp_path, tmp_path / "out", modules=modules, progress=quiet)


def test_a_column_of_the_wrong_type_names_the_row(tmp_path):
    modules = fixture.install_fake_importers()
    original = sys.modules[modules[1]].load

    def load_with_text_votes(sources_dir, gazetteer):
        tables = original(sources_dir, gazetteer)
        tables["candidates"]["votes"] = tables["candidates"]["votes"].astype(object)
        tables["candidates"].loc[5, "votes"] = "lots"
        return tables

    sys.modules[modules[1]].load = load_with_text_votes
    with pytest.raises(ImportFailure, match=r"row 5: table candidates, column votes"):
        run_import(tmp_path, tmp_path / "out", modules=modules, progress=quiet)


def test_a_missing_sources_folder_is_an_import_failure(tmp_path):
    with pytest.raises(ImportFailure, match="sources folder not found"):
        run_import(tmp_path / "absent", tmp_path / "out", modules=fixture.install_fake_importers(),
                   progress=quiet)


# --- the build --------------------------------------------------------------------------------------
def test_build_loads_every_table_and_records_meta(con):
    assert rows(con, "SELECT count(*) FROM candidates")[0][0] == len(fixture.candidate_rows())
    assert rows(con, "SELECT count(*) FROM mayoral_results")[0][0] == 0  # absent file -> empty table
    built_at, fingerprint = rows(con, "SELECT built_at, fingerprint FROM meta")[0]
    assert built_at and fingerprint


def test_a_failed_build_keeps_the_good_database(reference, tmp_path):
    from factcheck.db.build import BuildError

    target = tmp_path / "reference.duckdb"
    build_database(target, reference)
    good = target.stat().st_size
    with pytest.raises(BuildError):
        build_database(target, tmp_path / "no_reference_here")
    assert target.stat().st_size == good
    assert [p.name for p in tmp_path.iterdir()] == ["reference.duckdb"]


# --- the views --------------------------------------------------------------------------------------
def test_one_file_speaks_for_a_council_election_covered_twice(con):
    sources = rows(con, "SELECT DISTINCT source_ids FROM council_party_result WHERE council_code = ? "
                        "AND election_date = '2018-05-03'", fixture.ALLOUT)
    assert len(sources) == 1


def test_thirds_and_all_out_councils_are_told_apart(con):
    patterns = dict(rows(con, "SELECT council_code, any_value(pattern) FROM council_election "
                              "WHERE election_date = '2022-05-05' GROUP BY 1"))
    assert patterns == {fixture.THIRDSBY: "partial", fixture.REDRAWN: "partial", fixture.ALLOUT: "all_out"}


@pytest.mark.parametrize(("election", "baseline"), [
    ("2016-05-05", None),  # the data starts here
    ("2019-05-02", None),  # 2015 is not in the data
    ("2021-05-06", "2016-05-05"),  # postponed from 2020: four years before 2020
    ("2022-05-05", "2018-05-03"),
    ("2024-05-02", "2021-05-06"),  # the 2020 seats were fought in 2021
])
def test_a_third_is_compared_with_the_same_seats_four_years_before(con, election, baseline):
    found = rows(con, "SELECT baseline_date FROM council_baseline "
                      "WHERE council_code = ? AND election_date = ?", fixture.THIRDSBY, election)
    assert found == [(baseline,)]


def test_an_all_out_election_is_compared_with_the_previous_all_out_one(con):
    found = rows(con, "SELECT election_date, baseline_date, boundary_change FROM council_baseline "
                      "WHERE council_code = ? ORDER BY election_date", fixture.ALLOUT)
    assert found == [("2014-05-22", None, None), ("2018-05-03", "2014-05-22", False),
                     ("2022-05-05", "2018-05-03", False)]


def test_seat_change_counts_a_party_missing_on_one_side_as_zero(con):
    changes = dict(rows(con, "SELECT party_id, seats_change FROM council_seat_change "
                             "WHERE council_code = ? AND election_date = '2022-05-05'", fixture.THIRDSBY))
    # 2018: con won all 3 wards; 2022: lab 2, con 1, green stood for the first time.
    assert changes == {"lab": 2, "con": -2, "green": 0}


def test_new_wards_mean_no_seat_change(con):
    found = rows(con, "SELECT DISTINCT boundary_change, seats_change FROM council_seat_change "
                      "WHERE council_code = ? AND election_date = '2022-05-05'", fixture.REDRAWN)
    assert found == [(True, None)]
    rule = rows(con, "SELECT rule FROM council_baseline "
                     "WHERE council_code = ? AND election_date = '2022-05-05'", fixture.REDRAWN)[0][0]
    assert "partial election" in rule


def test_effective_share_counts_each_partys_top_candidate_only(con):
    result = dict((party, (raw, effective)) for party, raw, effective in rows(
        con, "SELECT party_id, share_raw, share_effective FROM council_party_result "
             "WHERE council_code = ? AND election_date = '2022-05-05'", fixture.ALLOUT))
    # raw: lab 5200 of 8010 votes; effective: lab 1200 + 880 of 3480 top votes.
    assert result["lab"] == (round(100 * 5200 / 8010, 2), round(100 * 2080 / 3480, 2))
    assert round(sum(r for r, _ in result.values()), 1) == 100.0


def test_share_change_is_in_percentage_points(con):
    change = rows(con, "SELECT change_effective, baseline_share_effective FROM council_share_change "
                       "WHERE council_code = ? AND election_date = '2022-05-05' AND party_id = 'reform'",
                  fixture.THIRDSBY)
    assert change == []  # reform first stood in 2024
    reform = rows(con, "SELECT baseline_share_effective, change_effective FROM council_share_change "
                       "WHERE council_code = ? AND election_date = '2024-05-02' AND party_id = 'reform'",
                  fixture.THIRDSBY)
    assert reform == [(0.0, round(100 * 750 / 4350, 2))]


def test_control_needs_more_than_half_of_all_seats(con):
    control = {(c, y): (ctl, need) for c, y, ctl, need in rows(
        con, "SELECT council_code, as_of_year, control, majority_needed FROM council_control_derived")}
    assert control[(fixture.THIRDSBY, 2022)] == ("noc", 5)  # 4 + 4 + 1 of 9
    assert control[(fixture.THIRDSBY, 2024)] == ("lab", 5)  # 6 of 9
    assert control[(fixture.REDRAWN, 2022)] == ("noc", 4)  # 3 + 3 of 6: half is not a majority


# --- opening the database ---------------------------------------------------------------------------
@pytest.fixture
def reference_env(reference, monkeypatch):
    monkeypatch.setenv("FACTCHECK_REFERENCE_DATA", str(reference))
    return reference


def test_a_missing_database_is_built_on_first_open(reference_env, tmp_path, capsys):
    path = tmp_path / "cache" / "reference.duckdb"
    con = open_database(path)
    assert con.execute("SELECT count(*) FROM council_seat_change").fetchone()[0] > 0
    assert "building the reference database (first use)" in capsys.readouterr().err
    with pytest.raises(duckdb.Error):
        con.execute("CREATE TABLE scribble (x INTEGER)")  # read-only
    info = database_info(con)
    assert info.path == str(path) and {s.id for s in info.sources} == {"test-source", "test-second-file"}
    con.close()


def test_a_corrupt_database_is_rebuilt_without_a_traceback(reference_env, tmp_path, capsys):
    path = tmp_path / "reference.duckdb"
    path.write_bytes(b"this is not a duckdb file")
    con = open_database(path)
    assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 2
    assert "unreadable" in capsys.readouterr().err
    con.close()


def test_a_database_from_older_reference_data_is_rebuilt(reference_env, tmp_path, capsys):
    path = tmp_path / "reference.duckdb"
    build_database(path, reference_env)
    with duckdb.connect(str(path)) as writable:
        writable.execute("UPDATE meta SET fingerprint = 'old'")
    open_database(path).close()
    assert "older reference data" in capsys.readouterr().err


def test_without_permission_to_build_a_missing_database_is_an_error(reference_env, tmp_path):
    with pytest.raises(DatabaseUnavailable, match="missing"):
        open_database(tmp_path / "absent.duckdb", build_if_missing=False)


def test_opening_early_never_builds_and_the_checker_then_builds_in_the_foreground(reference_env, tmp_path, capsys):
    from factcheck.db.connect import open_database_soon, start_opening

    path = tmp_path / "late" / "reference.duckdb"
    start_opening(path)  # what `factcheck check` does first thing
    assert "building" not in capsys.readouterr().err
    con = open_database_soon(path)()
    assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 2
    assert "building the reference database (first use)" in capsys.readouterr().err
    con.close()


def test_a_failure_on_the_opening_thread_reaches_the_caller(reference_env, tmp_path):
    from factcheck.db.connect import open_database_soon

    blocked = tmp_path / "a-file"
    blocked.write_text("")
    with pytest.raises(DatabaseUnavailable):
        open_database_soon(blocked / "reference.duckdb")()  # its folder cannot be created, so nor can it


def test_materialising_another_view_means_a_rebuild(monkeypatch):
    from factcheck.db import build

    before = build.schema_stamp()
    monkeypatch.setattr(build, "MATERIALISED_VIEWS", (*build.MATERIALISED_VIEWS, "national_tallies_derived"))
    assert build.schema_stamp() != before  # a database built before still has it as a view: rebuilt, not kept


def test_the_materialised_views_are_tables_in_the_built_database(con):
    from factcheck.db.build import MATERIALISED_VIEWS

    tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert set(MATERIALISED_VIEWS) <= tables
