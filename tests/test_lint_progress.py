"""A 50-file drafts folder shows a progress bar at a terminal and none in CI or when stderr is not a TTY."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lint_fakes import FakeChecker
from typer.testing import CliRunner

import factcheck.cli.lint as lint_cli
from factcheck.cli import app
from factcheck.lint import lint
from factcheck.lint.config import LintConfig
from factcheck.lint.discover import discover
from factcheck.lint.runner import progress_console, show_progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for n in range(50):
        (folder / f"story-{n:02}.md").write_text(f"Story {n}: RIGHT {n} seats.\n", encoding="utf-8")
    return folder


def test_progress_is_shown_only_at_a_terminal_outside_ci() -> None:
    assert show_progress(Terminal(), environ={}) is True
    assert show_progress(io.StringIO(), environ={}) is False
    assert show_progress(Terminal(), environ={"CI": "true"}) is False
    assert show_progress(Terminal(), environ={"GITHUB_ACTIONS": "true"}) is False
    assert show_progress(Terminal(), environ={"CI": "false"}) is True
    assert show_progress(Terminal(), environ={"TERM": "dumb"}) is False


def test_fifty_drafts_show_a_progress_bar_on_a_terminal(drafts: Path) -> None:
    files = discover([str(drafts)], root=drafts.parent, cwd=drafts.parent).files
    assert len(files) == 50
    terminal = Terminal()
    report = lint(files, FakeChecker(), LintConfig(root=drafts.parent), console=progress_console(terminal),
                  cwd=drafts.parent)
    assert len(report.documents) == 50
    drawn = terminal.getvalue()
    assert "factcheck lint" in drawn and "50/50" in drawn and "━" in drawn


def test_fifty_drafts_show_no_progress_bar_without_a_tty(drafts: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(drafts.parent)
    monkeypatch.setattr(lint_cli, "open_lint_checker", FakeChecker)
    monkeypatch.delenv("CI", raising=False)
    result = CliRunner().invoke(app, ["lint", "drafts"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.splitlines()[-1].startswith("0 findings in 50 files")


def test_the_cli_draws_the_bar_when_stderr_is_a_terminal(drafts: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(drafts.parent)
    monkeypatch.setattr(lint_cli, "open_lint_checker", FakeChecker)
    monkeypatch.setattr("factcheck.lint.runner.show_progress", lambda stream, environ=None: True)
    result = CliRunner().invoke(app, ["lint", "drafts"])
    assert result.exit_code == 0
    assert "50/50" in result.stderr
