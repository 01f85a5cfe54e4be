"""A reference database damaged in the middle is rebuilt, or the one command that mends it is named."""

from __future__ import annotations

import os
import random
import shutil

import pytest
from cli_process import built_database, process_env, run_cli

CLAIM = "Labour gained 4 seats in Trafford.\n"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return built_database(tmp_path_factory.mktemp("pristine"))


@pytest.fixture
def damaged(pristine, tmp_path):
    """A copy of the built database with 2 MB in its middle overwritten (its header still opens)."""
    path = tmp_path / "reference.duckdb"
    shutil.copyfile(pristine, path)
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(random.Random(12).randbytes(2_000_000))
    (tmp_path / "a.txt").write_text(CLAIM)
    return path


@pytest.mark.parametrize("args", [["check", "a.txt"], ["lint", "a.txt"], ["data", "status"], ["data", "check"]])
def test_a_damaged_database_is_rebuilt_and_the_command_goes_on(damaged, args):
    done = run_cli(args, process_env(damaged), cwd=damaged.parent)
    assert "Traceback" not in done.stderr and "Corrupt database file" not in done.stdout
    assert "rebuilding the reference database (damaged" in done.stderr, done.stderr
    assert done.returncode in (0, 1), done.stderr
    again = run_cli(args, process_env(damaged), cwd=damaged.parent)
    assert "rebuilding" not in again.stderr and again.returncode == done.returncode


def test_batch_rebuilds_a_damaged_database(damaged):
    folder = damaged.parent / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(CLAIM)
    done = run_cli(["batch", "docs", "-o", "out.jsonl"], process_env(damaged), cwd=damaged.parent)
    assert done.returncode == 0, done.stderr
    assert "rebuilding the reference database (damaged" in done.stderr
    assert '"error"' not in (damaged.parent / "out.jsonl").read_text()


def test_when_it_cannot_be_rebuilt_the_error_is_one_line_naming_the_fix(damaged, tmp_path):
    env = process_env(damaged, FACTCHECK_REFERENCE_DATA=str(tmp_path / "no-reference-data"))
    for args in (["check", "a.txt"], ["lint", "a.txt"], ["data", "status"]):
        done = run_cli(args, env, cwd=damaged.parent)
        assert done.returncode == 2, done.stderr
        errors = [line for line in done.stderr.splitlines() if not line.startswith("factcheck: rebuilding")]
        assert len(errors) == 1 and "damaged" in errors[0] and "factcheck data" in errors[0], done.stderr


def test_the_web_page_rebuilds_a_damaged_database(damaged, monkeypatch):
    from fastapi.testclient import TestClient

    from factcheck.web.app import create_app

    monkeypatch.setenv("FACTCHECK_DB", str(damaged))
    client = TestClient(create_app())
    response = client.post("/api/check", json={"text": CLAIM, "date": "2022-05-05"})
    assert response.status_code == 200 and response.json()["documents"][0]["claims"]


def test_a_killed_build_leaves_nothing_behind_once_its_process_is_gone(pristine, tmp_path):
    path = tmp_path / "reference.duckdb"
    shutil.copyfile(pristine, path)
    dead = _dead_pid()
    leftovers = [tmp_path / f".reference.duckdb.{dead}.building", tmp_path / f".reference.duckdb.{dead}.building.wal"]
    for leftover in leftovers:
        leftover.write_bytes(b"\0" * 1024)
    mine = tmp_path / f".reference.duckdb.{os.getpid()}.building"  # a build still running: kept
    mine.write_bytes(b"")
    (tmp_path / "a.txt").write_text(CLAIM)
    done = run_cli(["check", "a.txt"], process_env(path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not any(p.exists() for p in leftovers) and mine.exists()


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)
