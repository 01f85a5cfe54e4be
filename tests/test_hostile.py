"""Hostile input: random text through the real engine, bad files through the CLI. Nothing raises."""

from __future__ import annotations

import json
import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.judge.tolerance import compare
from factcheck.model import Hedge, Quantity

ELECTION_WORDS = st.sampled_from([
    "Labour", "the Tories", "Lib Dems", "gained", "lost", "control of", "seats", "in Wirral", "in Hull", "%",
    "(", ")", "((", "))", "up 9.1 points", "three times", "over", "around", "1,000", "councillors", "\n", " ",
    "9" * 40, "the exception is", "they all went to", "first time since 1066", "\u00a0", "\u200b", "—",
])
HOSTILE_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(ELECTION_WORDS, max_size=60).map(" ".join),
    st.from_regex(r"[(\[]{0,30}[0-9.,%]{0,80}[)\]]{0,30}", fullmatch=True),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=HOSTILE_TEXT)
def test_the_engine_never_raises_and_offsets_stay_inside_the_text(checker, text):
    result = checker.check(text, election="2022-05-05")
    for finding in result.findings:
        span = finding.claim.claim.span
        assert 0 <= span.start <= span.end <= len(text)
        assert finding.claim.claim.text == text[span.start:span.end]


@given(value=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**30, 10**30)),
       official=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**30, 10**30)),
       hedge=st.sampled_from(list(Hedge)), unit=st.sampled_from(["seats", "percent", "points", "ratio", "rank"]),
       decimals=st.integers(0, 6))
def test_the_judges_comparison_never_raises(value, official, hedge, unit, decimals):
    quantity = Quantity(None if value is None else float(value), unit, hedge, decimals=decimals)
    compare(quantity, float(official))


def test_huge_and_strange_numbers_are_judged_not_crashed(checker):
    text = "Labour gained 99999999999999999999999999999 seats in Wirral, and the Tories lost 1e309 seats."
    result = checker.check(text, election="2022-05-05")
    assert all(f.verdict.value for f in result.findings)


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def bad_files(tmp_path):
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Labour gained 4 seats in Gateshead \xa3".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB (sparse, of NUL bytes)
    folder = tmp_path / "folder"
    folder.mkdir()
    files = {"binary": binary, "invalid UTF-8": latin, "empty": empty, "50 MB": huge, "directory": folder,
             "missing": tmp_path / "missing.txt"}
    if os.geteuid() != 0 and sys.platform != "win32":
        locked = tmp_path / "locked.txt"
        locked.write_text("Labour gained 4 seats.")
        locked.chmod(0)
        files["unreadable"] = locked
    return files


@pytest.mark.parametrize("command", ["check", "lint"])
def test_each_bad_file_is_one_line_naming_it_and_the_good_file_is_still_checked(tmp_path, command, monkeypatch):
    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "db.duckdb"))
    good = tmp_path / "good.txt"
    good.write_text("Labour gained control of Wandsworth in May 2022.")
    files = bad_files(tmp_path)
    if command == "lint":  # a linter walks folders and accepts an empty draft
        files.pop("directory")
        files.pop("empty")
    args = [command, "--format", "json", *[str(p) for p in files.values()], str(good)]
    result = run(*args)
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("factcheck:")]
    for name, path in files.items():
        assert any(str(path.name) in line for line in errors), (name, errors)
    assert "Traceback" not in result.output
    documents = json.loads(result.stdout)["documents"]
    checked = [d for d in documents if d["path"].endswith("good.txt")]
    assert checked and not checked[0].get("error")
