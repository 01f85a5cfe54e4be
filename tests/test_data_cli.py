"""`factcheck data ...` from the command line: build, check, status, sources, query, and bad input."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
import reference_fixture as fixture  # noqa: E402

from factcheck.cli import app  # noqa: E402
from factcheck.importers.run import run_import  # noqa: E402
from factcheck.paths import reference_data_dir  # noqa: E402

pytest.importorskip("duckdb")
pytest.importorskip("pandas")

BUNDLED = reference_data_dir()  # in the installed package (pip install .) or the source checkout
# ../shared beside this checkout of the tests (PACKAGE_DIR is in site-packages after `pip install .`)
SHARED_SOURCES = Path(os.environ.get("FACTCHECK_SOURCES") or Path(__file__).resolve().parents[2] / "shared" / "sources")


@pytest.fixture(scope="module")
def invented_reference(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("reference_data")
    modules = fixture.install_fake_importers()
    run_import(tmp_path_factory.mktemp("raw"), out, modules=modules, progress=lambda message: None)
    return out


@pytest.fixture
def env(invented_reference, tmp_path, monkeypatch) -> Path:
    database = tmp_path / "reference.duckdb"
    monkeypatch.setenv("FACTCHECK_REFERENCE_DATA", str(invented_reference))
    monkeypatch.setenv("FACTCHECK_DB", str(database))
    monkeypatch.setenv("COLUMNS", "200")  # rich tables at full width
    return database


def invoke(*args: str):
    return CliRunner().invoke(app, ["data", *args])


def test_build_writes_the_database_file(env):
    result = invoke("build")
    assert result.exit_code == 0, result.output
    assert env.is_file() and "built" in result.output


def test_query_prints_json_rows(env):
    result = invoke("query", "SELECT party_id, seats_change FROM council_seat_change "
                             f"WHERE council_code = '{fixture.THIRDSBY}' AND election_date = '2022-05-05' "
                             "ORDER BY party_id", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout[result.stdout.index("["):])
    assert {r["party_id"]: r["seats_change"] for r in rows} == {"con": -2, "green": 0, "lab": 2}


def test_query_prints_csv_with_a_header(env):
    result = invoke("query", "SELECT council_code, name FROM councils ORDER BY name", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-3:] == [
        f"{fixture.ALLOUT},Allout Heath", f"{fixture.REDRAWN},Redrawn Vale", f"{fixture.THIRDSBY},Thirdsby"]


def test_bad_sql_is_a_one_line_error(env):
    result = invoke("query", "SELEC nonsense")
    assert result.exit_code == 2
    # (the first line may say the database is being built on first use)
    assert result.stderr.strip().splitlines()[-1].startswith("factcheck: query failed:")
    assert "Traceback" not in result.output


def test_query_cannot_change_the_database(env):
    result = invoke("query", "DELETE FROM candidates")
    assert result.exit_code == 2
    assert "read-only" in result.stderr


def test_status_lists_coverage_by_election_and_granularity(env):
    result = invoke("status")
    assert result.exit_code == 0, result.output
    assert "2022-05-05" in result.stdout and "candidate" in result.stdout and "composition" in result.stdout


def test_sources_lists_licences(env):
    result = invoke("sources")
    assert result.exit_code == 0
    assert "Test Publisher" in result.stdout and "CC0" in result.stdout


def test_check_passes_on_consistent_data(env):
    result = invoke("check")
    assert "failed" in result.stdout
    # The invented data has no Trafford or London 2014, so spot checks warn (no data) rather than fail.
    assert result.exit_code == 0, result.stdout


def test_import_from_a_missing_folder_is_a_one_line_error(tmp_path):
    result = invoke("import", "--from", str(tmp_path / "nowhere"), "--to", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: ") and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "tables").exists()


def test_the_bundled_reference_data_is_found_however_factcheck_was_installed():
    assert (BUNDLED / "tables").is_dir(), BUNDLED  # so the next test runs, never skips


def test_the_bundled_reference_data_passes_every_check(tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_REFERENCE_DATA", raising=False)
    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "bundled.duckdb"))
    result = invoke("check")
    assert result.exit_code == 0, result.stdout


@pytest.mark.slow
@pytest.mark.skipif(not SHARED_SOURCES.is_dir(), reason="../shared/sources is not beside the repository")
def test_the_raw_sources_import_cleanly(tmp_path):
    result = invoke("import", "--from", str(SHARED_SOURCES), "--to", str(tmp_path / "reference_data"))
    assert result.exit_code == 0, result.stderr
    manifest = json.loads((tmp_path / "reference_data" / "manifest.json").read_text())
    assert manifest["tables"]["candidates"]["rows"] > 100_000
