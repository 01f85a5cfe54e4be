"""Meta-tests: rule ids mirror their modules, every claim type has a rule, every named query runs,
and every command is documented and loads lazily."""

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
                 "mayoralty": "west-midlands", "from_year": 2010, "to_year": 2022, "scope": "GB",
                 "constituency": "Hartlepool", "from_date": "2021-01-01", "to_date": "2021-12-31"}


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


def test_a_command_loads_only_its_own_module_and_nothing_heavy():
    import subprocess
    import sys

    script = ("import sys; sys.argv = ['factcheck', 'check', '--help']\n"
              "from factcheck.cli import main\n"
              "try:\n    main()\nexcept SystemExit:\n    pass\n"
              "print(' '.join(sorted(sys.modules)), file=sys.stderr)")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=ROOT).stderr.split()
    commands = {m for m in loaded if m.startswith("factcheck.cli.")}
    assert "factcheck.cli.check" in commands
    assert not commands & {"factcheck.cli.serve", "factcheck.cli.lint", "factcheck.cli.data", "factcheck.cli.batch"}
    assert not {"pandas", "fastapi", "uvicorn", "pathspec"} & set(loaded)


STAGES = ("extract", "resolve", "query", "judge", "render")


@pytest.mark.parametrize("stage", STAGES[1:])
def test_no_stage_reaches_back_to_an_earlier_one(stage):
    """The pipeline's stages share the data model (factcheck.model), never each other's modules."""
    import re

    root = Path(__file__).resolve().parents[1] / "factcheck" / stage
    earlier = STAGES[:STAGES.index(stage)]
    pattern = re.compile(rf"^\s*(?:from|import)\s+factcheck\.(?:{'|'.join(earlier)})\b", re.M)
    offenders = [path.name for path in root.rglob("*.py") if pattern.search(path.read_text(encoding="utf-8"))]
    assert not offenders, offenders
