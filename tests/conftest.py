"""Fixtures several test files share."""

import pytest


@pytest.fixture(scope="session")
def checker(tmp_path_factory):
    """A checker over the reference database built from the bundled reference_data/, once per run."""
    from factcheck.db.build import build_database
    from factcheck.pipeline import open_checker

    path = tmp_path_factory.mktemp("db") / "reference.duckdb"
    build_database(path)
    return open_checker(path)
