"""`factcheck lint` through the real CLI and the real engine: only exit codes and output shapes are checked.

Skips cleanly when the reference database cannot be opened (for example before `factcheck data import`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

DRAFT = ("---\ndate: 2024-05-02\n---\n# Local elections\n\n"
         "Labour gained 7 seats on the council, and the Conservatives lost 3.\n\n"
         "<!-- factcheck ignore -->\nTurnout was about 30%.\n")


@pytest.fixture(scope="module")
def engine_available() -> None:
    from factcheck.pipeline import open_checker

    try:
        open_checker()
    except Exception as error:  # no database here: nothing to test end to end
        pytest.skip(f"engine unavailable ({type(error).__name__}: {str(error)[:120]})")


def test_lint_with_the_real_engine_gives_well_formed_output(
        engine_available: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jsonschema

    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    as_json = runner.invoke(app, ["lint", "draft.md", "--format", "json"])
    assert as_json.exit_code in (0, 1), as_json.stderr
    assert json.loads(as_json.stdout)["documents"][0]["path"] == "draft.md"

    as_sarif = runner.invoke(app, ["lint", "draft.md", "--format", "sarif", "--no-exit"])
    assert as_sarif.exit_code == 0
    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(json.loads(as_sarif.stdout), schema)

    as_text = runner.invoke(app, ["lint", "draft.md", "--fail-on", "unverifiable"])
    assert as_text.exit_code in (0, 1)
    assert " in 1 file" in as_text.stdout.splitlines()[-1]
