"""CLI edges a careless or hostile user meets: odd file names, empty SQL, dates that name no election, paths
that match nothing, standard input for lint, --version, and output that is piped rather than shown."""

from __future__ import annotations

import json

import pytest
from cli_process import built_database, process_env, run_cli

from factcheck import __version__

CLAIM = "Labour gained 400 seats in Sunderland.\n"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    return process_env(built_database(tmp_path_factory.mktemp("db")))


@pytest.mark.parametrize("output_format", ["text", "github"])
def test_control_characters_in_file_names_are_shown_escaped_never_obeyed(env, tmp_path, output_format):
    (tmp_path / "a\n::warning::pwned\x1b[31m.md").write_text(CLAIM)
    (tmp_path / "b\x1b]0;title\x07.txt").write_bytes(b"\xff\xfe not UTF-8")
    done = run_cli(["lint", ".", "--format", output_format], env, cwd=tmp_path)
    assert done.returncode == 2  # one file could not be read
    for stream in (done.stdout, done.stderr):
        assert "\x1b" not in stream and "\x07" not in stream
        assert not any(line.startswith("::warning::pwned") for line in stream.splitlines())
    assert "\\x1b[31m" in done.stdout


def test_empty_sql_is_a_one_line_error(env):
    done = run_cli(["data", "query", " "], env)
    assert done.returncode == 2 and done.stderr.startswith("factcheck: data query needs SQL")
    assert len(done.stderr.splitlines()) == 1


def test_data_query_shows_a_bounded_number_of_rows_and_says_so(env):
    done = run_cli(["data", "query", "SELECT * FROM range(5000)"], env)
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 1 + 1000  # piped: a header line and plain tab-separated rows
    assert "showing the first 1,000 rows; --limit 0 shows them all" in done.stderr
    every = run_cli(["data", "query", "SELECT * FROM range(5000)", "--limit", "0", "--format", "json"], env)
    assert len(json.loads(every.stdout)) == 5000


def test_piped_data_status_is_plain_lines_naming_publishers(env):
    done = run_cli(["data", "status"], env)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0].split("\t") == ["election", "nation", "granularity", "councils", "candidates", "rows",
                                    "sources"]
    assert "│" not in done.stdout and "…" not in done.stdout
    assert "House of Commons Library" in done.stdout and "commons-cbp" not in done.stdout


@pytest.mark.parametrize(("date", "message"), [
    ("2020-01-01", "--date: no election in the reference data on 2020-01-01 (the nearest: 2019-05-02 and "
                   "2021-05-06"),
    ("1066-10-14", "--date: no election in the reference data on 1066-10-14 (the nearest: 2012-05-03"),
])
@pytest.mark.parametrize("command", ["check", "lint", "report", "batch"])
def test_a_date_with_no_election_is_a_one_line_error_not_a_silent_move(env, tmp_path, command, date, message):
    (tmp_path / "a.md").write_text(CLAIM)
    args = ["batch", ".", "-o", "out.jsonl"] if command == "batch" else [command, "a.md"]
    done = run_cli([*args, "--date", date], env, cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "ValueError" not in done.stderr


def test_a_results_day_date_is_taken_as_its_election_with_a_note(env, tmp_path):
    (tmp_path / "a.md").write_text(CLAIM)
    done = run_cli(["check", "a.md", "--date", "2022-05-06"], env, cwd=tmp_path)
    assert done.returncode == 0
    assert "--date 2022-05-06 is taken as the election of 2022-05-05" in done.stderr
    assert done.stdout.startswith("Election: 2022-05-05")


@pytest.mark.parametrize("args", [["lint", "empty"], ["lint", "empty/*.md"], ["batch", "empty", "-o", "out.jsonl"]])
def test_an_empty_folder_or_a_glob_matching_nothing_fails(env, tmp_path, args):
    (tmp_path / "empty").mkdir()
    done = run_cli(args, env, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "no files to check" in done.stderr or "no documents found" in done.stderr


def test_lint_reads_standard_input(env):
    done = run_cli(["lint", "-"], env, stdin=CLAIM)
    assert done.returncode == 1 and done.stdout.startswith("-:1:1: inaccurate")


def test_version(env):
    done = run_cli(["--version"], env)
    assert done.returncode == 0 and done.stdout == f"factcheck {__version__}\n"
