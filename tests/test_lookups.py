"""The checker's lookup tables, kept as a copy beside the database so a cold start skips building them."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import lookups
from factcheck.pipeline import open_checker


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from factcheck.db.build import build_database

    path = tmp_path_factory.mktemp("db") / "reference.duckdb"
    build_database(path)
    return path


def test_a_second_start_reads_the_copy_instead_of_the_tables(database: Path, monkeypatch) -> None:
    first = open_checker(database)
    assert (database.parent / "reference.duckdb.lookups.pickle").is_file()

    def no_tables(*args: object) -> None:
        raise AssertionError("built from the tables again")

    monkeypatch.setattr(lookups, "from_database", no_tables)
    second = open_checker(database)
    text = "Labour gained control of Wandsworth."
    assert [f.verdict for f in second.check(text, election="2022-05-05").findings] == [
        f.verdict for f in first.check(text, election="2022-05-05").findings]


@pytest.mark.parametrize("contents", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_damaged_copy_is_built_again(database: Path, contents: bytes) -> None:
    copy = database.parent / "reference.duckdb.lookups.pickle"
    copy.write_bytes(contents)
    checker = open_checker(database)
    assert checker.check("Labour gained control of Wandsworth.", election="2022-05-05").findings
    assert copy.read_bytes() != contents
