"""What the repository shows a newcomer is true: the committed example report is what `factcheck report`
writes today, and the README's set-up command does not overwrite it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_process import built_database, process_env, run_cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "reports" / "sample-commentary.html"
SOURCE = ROOT / "docs" / "examples" / "sample-commentary.md"
# The command docs/report.md gives for regenerating the example.
REGENERATE = ["report", str(SOURCE), "--publisher", "factcheck (example)", "--review-date", "2024-06-01"]
_FIGURE = re.compile(r'<span class="figure">(.*?)</span>', re.S)
_EXPLANATION = re.compile(r'<p class="explanation">(.*?)</p>', re.S)
_CLAIM = re.compile(r'<blockquote><p>“(.*?)”</p>', re.S)
_TAG = re.compile(r"<[^>]+>")


def verdicts(html: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    """(verdict, claim, claimed and official figures, explanation) for each claim card: what a reader takes
    from the report, without what changes from build to build (dates, SQL text, the sources list)."""
    cards = []
    for card in html.split('<section class="card v-')[1:]:
        card = card.split("<details", 1)[0]
        claim = _CLAIM.search(card)
        explanation = _EXPLANATION.search(card)
        cards.append((card.split('"', 1)[0], claim.group(1) if claim else "", tuple(_FIGURE.findall(card)),
                      " ".join(_TAG.sub("", explanation.group(1)).split()) if explanation else ""))
    return cards


@pytest.mark.skipif(not EXAMPLE.is_file() or not SOURCE.is_file(), reason="not a source checkout")
def test_the_committed_example_report_is_what_report_writes_today(tmp_path):
    env = process_env(built_database(tmp_path))
    done = run_cli([*REGENERATE, "-o", str(tmp_path / "fresh.html")], env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    fresh = verdicts((tmp_path / "fresh.html").read_text(encoding="utf-8"))
    committed = verdicts(EXAMPLE.read_text(encoding="utf-8"))
    assert fresh, "no claim cards found in the fresh report"
    assert committed == fresh, ("reports/sample-commentary.html is out of date: regenerate it with the command "
                                "in docs/report.md")


def test_the_readme_set_up_command_writes_outside_the_committed_reports():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [line for line in readme.splitlines() if "factcheck report docs/examples" in line]
    assert commands and all("-o reports/" not in line for line in commands), commands
