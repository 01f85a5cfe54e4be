"""Meta-tests: rule ids mirror their modules, every claim type has a rule, every named query runs,
and every command is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.judge import RULE_FOR_TYPE, RULE_MODULES, RULES
from factcheck.model import ClaimType
from factcheck.query.registry import all_queries, run

ROOT = Path(__file__).resolve().parents[1]


def test_rule_ids_are_unique_and_name_their_module():
    ids = [rule.id for module in RULE_MODULES for rule in module.RULES]
    assert len(ids) == len(set(ids))
    for module in RULE_MODULES:
        short = module.__name__.rsplit(".", 1)[-1]
        assert all(rule.id.startswith(short + ".") for rule in module.RULES), short


def test_every_claim_type_has_a_rule():
    assert set(RULE_FOR_TYPE) == set(ClaimType)
    assert set(RULE_FOR_TYPE.values()) <= set(RULES)


SAMPLE_PARAMS = {"election": "2022-05-05", "council": "E08000015", "councils": ["E08000015", "E08000009"],
                 "year": 2022, "party": "lab", "partys": ["lab", "con"], "baseline": "2018-05-03",
                 "mayoralty": "west-midlands", "from_year": 2010, "to_year": 2022}


@pytest.fixture(scope="module")
def connection(tmp_path_factory):
    import duckdb

    from factcheck.db.build import build_database

    path = tmp_path_factory.mktemp("db") / "reference.duckdb"
    build_database(path)
    return duckdb.connect(str(path), read_only=True)


@pytest.mark.parametrize("name", sorted(all_queries()))
def test_every_named_query_runs_against_the_bundled_data(connection, name):
    query = all_queries()[name]
    assert query.description, f"{name} has no description"
    evidence = run(connection, name, **{p: SAMPLE_PARAMS[p] for p in query.params})
    assert evidence.query == name and isinstance(evidence.rows, tuple)


def test_every_command_is_in_the_readme():
    from typer.main import get_command

    from factcheck.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    group = get_command(app)
    for name, command in group.commands.items():
        assert f"factcheck {name}" in readme, name
        assert command.help, name
