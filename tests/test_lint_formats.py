"""The lint output formats: GitHub escaping, SARIF levels and fingerprints that survive edits."""

from __future__ import annotations

from pathlib import Path

from lint_fakes import FakeChecker

from factcheck.cli import errors
from factcheck.lint import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, LintReport
from factcheck.lint.config import LintConfig
from factcheck.lint.records import lint_records, position
from factcheck.render import github, sarif


def report_for(text: str, tmp_path: Path, path: str = "drafts/a.md") -> LintReport:
    document = FakeChecker().check(text, path)
    return LintReport(documents=(document,), config=LintConfig(root=tmp_path), root=tmp_path, cwd=tmp_path)


def test_exit_codes_match_the_cli() -> None:
    assert (EXIT_OK, EXIT_FINDINGS, EXIT_ERROR) == (errors.EXIT_OK, errors.EXIT_FINDINGS, errors.EXIT_ERROR)


def test_github_escapes_data_and_properties() -> None:
    assert github.escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"
    assert github.escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    line = github.command("warning", "100%: yes", file="a,b.md", title="x: y")
    assert line == "::warning file=a%2Cb.md,title=x%3A y::100%25: yes"


def test_github_levels_follow_the_fail_on_threshold(tmp_path: Path) -> None:
    records = lint_records(report_for("WRONG a. SLANT b. UNSURE c.", tmp_path).documents)
    levels = [github.level_for(r, LintConfig(fail_on="misleading").threshold) for r in records]
    assert levels == ["error", "error", "notice"]


def test_sarif_levels_come_from_verdicts(tmp_path: Path) -> None:
    log = sarif.sarif_log(report_for("WRONG a. SLANT b. UNSURE c. RIGHT d.", tmp_path))
    assert [r["level"] for r in log["runs"][0]["results"]] == ["error", "warning", "note"]


def test_sarif_fingerprints_ignore_line_moves_and_count_repeats(tmp_path: Path) -> None:
    before = sarif.sarif_log(report_for("WRONG 9 seats.\nWRONG 9 seats.\n", tmp_path))["runs"][0]["results"]
    after = sarif.sarif_log(report_for("New intro.\n\nWRONG  9 SEATS.\nWRONG 9 seats.\n", tmp_path))
    prints = [r["partialFingerprints"][sarif.FINGERPRINT] for r in before]
    assert prints == [r["partialFingerprints"][sarif.FINGERPRINT] for r in after["runs"][0]["results"]]
    assert prints[0].endswith(":1") and prints[1].endswith(":2") and prints[0][:-2] == prints[1][:-2]


def test_sarif_paths_are_relative_to_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    report = LintReport(documents=(FakeChecker().check("WRONG 1.", "a.md"),), config=LintConfig(),
                        root=tmp_path, cwd=tmp_path / "sub")
    location = sarif.sarif_log(report)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "sub/a.md", "uriBaseId": "SRCROOT"}


def test_positions_count_lines_and_columns_from_one() -> None:
    assert position("ab\ncd", 0) == (1, 1)
    assert position("ab\r\ncd", 5) == (2, 2)
