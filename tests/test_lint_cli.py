"""`factcheck lint` end to end in a temporary git repository, with a fake checker in place of the engine."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lint_fakes import FakeChecker, commit_all, init_repo
from typer.testing import CliRunner

import factcheck.cli.lint as lint_cli
from factcheck.cli import app

WRONG_DRAFT = "# Council results\n\nLabour gained seats: WRONG 9 seats in the borough.\n"
FIXED_DRAFT = "# Council results\n\nLabour gained seats: RIGHT 4 seats in the borough.\n"
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<verdict>\w+) \[(?P<rule>[\w.]+)\] .+$")


@pytest.fixture
def checker() -> FakeChecker:
    return FakeChecker()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checker: FakeChecker) -> Path:
    """A git repository as the working directory, with the fake checker behind `factcheck lint`."""
    root = init_repo(tmp_path / "newsroom")
    monkeypatch.chdir(root)
    monkeypatch.setattr(lint_cli, "open_lint_checker", lambda: checker)
    for name in ("CI", "GITHUB_ACTIONS"):
        monkeypatch.delenv(name, raising=False)
    return root


def lint(*args: str):
    return CliRunner().invoke(app, ["lint", *args])


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_draft_with_a_wrong_figure_fails_and_the_fixed_draft_passes(repo: Path) -> None:
    write(repo / "drafts" / "results.md", WRONG_DRAFT)
    failed = lint("drafts")
    assert failed.exit_code == 1
    first = failed.stdout.splitlines()[0]
    assert first.startswith("drafts/results.md:3:22: inaccurate [seats.net_change] ")
    assert LINE.match(first)

    write(repo / "drafts" / "results.md", FIXED_DRAFT)
    passed = lint("drafts")
    assert passed.exit_code == 0, passed.output
    assert "0 findings" in passed.stdout


def test_diff_ignores_an_old_wrong_figure_and_catches_a_new_one(repo: Path) -> None:
    draft = write(repo / "drafts" / "results.md", WRONG_DRAFT)
    base = commit_all(repo, "old draft with a wrong figure")

    draft.write_text(WRONG_DRAFT + "\nA new paragraph with no figures.\n", encoding="utf-8")
    commit_all(repo, "new text, still no new figure")
    assert lint("drafts", "--diff", base).exit_code == 0
    assert lint("drafts").exit_code == 1  # without --diff the old figure still counts

    draft.write_text(WRONG_DRAFT + "\nThe Greens took WRONG 40 seats.\n", encoding="utf-8")
    result = lint("drafts", "--diff", base)  # uncommitted edits count as changed too
    assert result.exit_code == 1
    reported = [m.group("line") for m in map(LINE.match, result.stdout.splitlines()) if m]
    assert reported == ["5"]


def test_diff_with_an_unknown_revision_is_a_usage_error(repo: Path) -> None:
    write(repo / "a.md", FIXED_DRAFT)
    commit_all(repo, "draft")
    result = lint("a.md", "--diff", "no-such-branch")
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: unknown git revision 'no-such-branch'")


def test_suppressed_findings_are_reported_as_suppressed_in_json_and_sarif(repo: Path) -> None:
    write(repo / "story.md", (
        "<!-- factcheck off -->\nWRONG 9 seats in the first quote.\n<!-- factcheck on -->\n\n"
        "<!-- factcheck ignore -->\nWRONG 12 seats in the second quote.\n\n"
        "UNSURE turnout in the last paragraph.\n"))
    result = lint("story.md", "--format", "json")
    assert result.exit_code == 0  # the two wrong figures are suppressed; unverifiable is below the threshold
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    assert [(c["verdict"], c["suppressed"]) for c in claims] == [
        ("inaccurate", True), ("inaccurate", True), ("unverifiable", False)]

    sarif = json.loads(lint("story.md", "--format", "sarif").stdout)
    results = sarif["runs"][0]["results"]
    assert [r["suppressions"][0]["kind"] for r in results[:2]] == ["inSource", "inSource"]
    assert "suppressions" not in results[2]

    text = lint("story.md").stdout
    assert "inaccurate" not in text.splitlines()[0] and "2 suppressed" in text


def test_every_format_parses(repo: Path) -> None:
    import jsonschema

    write(repo / "drafts" / "a.md", "Intro.\n\nWRONG 9 seats, SLANT a share, UNSURE turnout, RIGHT 3.\n")
    write(repo / "drafts" / "b.html", "<p>Councillors: <b>WRONG 2 seats</b></p>\n")
    write(repo / "drafts" / "c.txt", "Nothing to see.\n")

    document = json.loads(lint("drafts", "--format", "json").stdout)
    assert document["version"] == 1 and len(document["documents"]) == 3

    sarif = json.loads(lint("drafts", "--format", "sarif").stdout)
    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(sarif, schema)
    run = sarif["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {r["ruleId"] for r in run["results"]}
    assert {r["level"] for r in run["results"]} == {"error", "warning", "note"}
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]} == {
        "drafts/a.md", "drafts/b.html"}

    github = lint("drafts", "--format", "github").stdout.splitlines()
    command = re.compile(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,"
                         r"title=[^:]+::.+$")
    assert github and all(command.match(line) for line in github)
    assert [line.split(" ")[0] for line in github] == ["::error", "::warning", "::notice", "::error"]

    text = lint("drafts").stdout.splitlines()
    assert all(LINE.match(line) for line in text[:-1]) and text[-1].startswith("4 findings")


def test_output_file_gets_the_report(repo: Path) -> None:
    write(repo / "a.md", WRONG_DRAFT)
    result = lint("a.md", "--format", "sarif", "-o", "reports/factcheck.sarif")
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads((repo / "reports" / "factcheck.sarif").read_text())["version"] == "2.1.0"


def test_fail_on_sets_the_threshold_and_no_exit_always_exits_0(repo: Path) -> None:
    write(repo / "a.md", "SLANT a share.\n")
    assert lint("a.md").exit_code == 0
    assert lint("a.md", "--fail-on", "misleading").exit_code == 1
    assert lint("a.md", "--fail-on", "misleading", "--no-exit").exit_code == 0
    write(repo / ".factcheck.toml", 'fail_on = "unverifiable"\n')
    assert lint("a.md").exit_code == 1
    assert lint("a.md", "--fail-on", "inaccurate").exit_code == 0  # the option outranks the file


@pytest.mark.parametrize("config, complaint", [
    ('fail_on = "wrong"\n', "fail_on: 'wrong' is not a level"),
    ('colour = "red"\n', "unknown key 'colour'"),
    ('skip_types = ["gossip"]\n', "unknown claim type 'gossip'"),
    ('date = "last May"\n', "date: 'last May' is not a date"),
    ("fail_on = \n", "not valid TOML"),
])
def test_a_bad_config_exits_2_naming_the_file_and_key(repo: Path, config: str, complaint: str) -> None:
    write(repo / "a.md", FIXED_DRAFT)
    write(repo / ".factcheck.toml", config)
    result = lint("a.md")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factcheck: {repo / '.factcheck.toml'}")
    assert complaint in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_bad_pyproject_table_names_the_table(repo: Path) -> None:
    write(repo / "pyproject.toml", '[project]\nname = "drafts"\n\n[tool.factcheck]\nfail_on = 3\n')
    result = lint("--print-config")
    assert result.exit_code == 2
    assert "pyproject.toml: [tool.factcheck]: fail_on: 3 is not a level" in result.stderr


def test_print_config_shows_the_merged_config(repo: Path) -> None:
    import tomllib

    write(repo / "pyproject.toml", (
        '[tool.factcheck]\nfail_on = "misleading"\ndate_key = "election_date"\nexclude = ["archive/**"]\n'
        '[tool.factcheck.vocabulary.places]\n"the Borough" = "Trafford"\n'))
    (repo / "sub").mkdir()
    result = CliRunner().invoke(app, ["lint", "--print-config", "--date", "2024-05-02"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"# from {repo / 'pyproject.toml'}")
    merged = tomllib.loads(result.stdout)["tool"]["factcheck"]
    assert merged["fail_on"] == "misleading" and merged["date"] == "2024-05-02"
    assert merged["exclude"] == ["archive/**"]
    assert merged["vocabulary"]["places"] == {"the Borough": "Trafford"}


def test_an_unreadable_file_is_an_error_record_and_the_others_are_still_checked(repo: Path) -> None:
    (repo / "drafts").mkdir()
    (repo / "drafts" / "broken.md").write_bytes(b"caf\xe9 WRONG 3 seats\n")
    write(repo / "drafts" / "good.md", WRONG_DRAFT)
    result = lint("drafts", "--format", "json")
    assert result.exit_code == 2
    documents = json.loads(result.stdout)["documents"]
    assert "not valid UTF-8" in documents[0]["error"]
    assert documents[1]["claims"][0]["verdict"] == "inaccurate"
    assert "factcheck: drafts/broken.md: is not valid UTF-8" in result.stderr


def test_skip_types_and_the_front_matter_date_key(repo: Path, checker: FakeChecker) -> None:
    write(repo / ".factcheck.toml", 'skip_types = ["seat_change"]\ndate_key = "polling_day"\n'
                                    'date = "2023-05-04"\n')
    write(repo / "a.md", "---\npolling_day: 2024-05-02\n---\nWRONG 9 seats. UNSURE turnout.\n")
    write(repo / "b.md", "UNSURE turnout.\n")
    result = lint("a.md", "b.md", "--format", "json")
    assert result.exit_code == 0
    documents = json.loads(result.stdout)["documents"]
    assert [c["type"] for c in documents[0]["claims"]] == ["turnout"]
    assert checker.calls[0]["front_matter"]["date"] == "2024-05-02" and checker.calls[0]["election"] is None
    assert checker.calls[1]["election"] == "2023-05-04"  # no date in the draft: the config's default
    lint("a.md", "--date", "2022-05-05")
    assert checker.calls[-1]["election"] == "2022-05-05"  # --date outranks the draft


def test_a_missing_path_is_named_the_others_are_linted_and_the_exit_is_2(repo: Path) -> None:
    write(repo / "b.md", "UNSURE turnout.\n")
    missing = lint("nope.md", "b.md", "--format", "json")
    assert missing.exit_code == 2 and missing.stderr == "factcheck: nope.md: no such file\n"
    assert [bool(d.get("error")) for d in json.loads(missing.stdout)["documents"]] == [True, False]


def test_missing_arguments_are_a_usage_error(repo: Path) -> None:
    assert lint().exit_code == 2


def test_a_glob_that_matches_nothing_gives_an_empty_report_and_fails(repo: Path) -> None:
    result = lint("drafts/**/*.md", "--format", "sarif")
    assert result.exit_code == 2  # a mistyped path in CI must not pass
    assert json.loads(result.stdout)["runs"][0]["results"] == []
    assert "no files match 'drafts/**/*.md'" in result.stderr
    assert "factcheck: no files to check in drafts/**/*.md" in result.stderr


def test_an_engine_that_cannot_start_is_a_one_line_tool_error(repo: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> FakeChecker:
        raise RuntimeError("no reference tables")

    monkeypatch.setattr(lint_cli, "open_lint_checker", broken)
    write(repo / "a.md", FIXED_DRAFT)
    result = lint("a.md")
    assert result.exit_code == 2
    assert result.stderr == ("factcheck: could not open the reference database "
                             "(RuntimeError: no reference tables)\n")
