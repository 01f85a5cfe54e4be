"""`factcheck lint PATH...`: check drafts like code, for CI and pre-commit (docs/lint.md)."""

from __future__ import annotations

import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from factcheck.cli.errors import EXIT_OK, fail, say


class LintFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"


class FailOn(StrEnum):
    UNVERIFIABLE = "unverifiable"
    MISLEADING = "misleading"
    INACCURATE = "inaccurate"


def register(app: typer.Typer) -> None:
    """Add this module's command to the app."""
    app.command("lint")(lint_command)


def open_lint_checker() -> Any:
    """The engine, opened once for every file (tests replace this with a fake checker)."""
    from factcheck.pipeline import open_checker

    return open_checker()


def lint_command(
    paths: Annotated[list[str] | None, typer.Argument(
        metavar="PATH...", help="Files, folders (walked respecting .gitignore) and globs.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        "--fail-on", help="Exit 1 when a finding is at or above this level (default: inaccurate).")] = None,
    output_format: Annotated[LintFormat, typer.Option(
        "--format", "-f", help="text for people, json for scripts, github for Actions logs, sarif for "
                               "code scanning.")] = LintFormat.TEXT,
    diff: Annotated[str | None, typer.Option(
        "--diff", metavar="BASE", help="Report only claims on lines changed since BASE (git).")] = None,
    no_exit: Annotated[bool, typer.Option("--no-exit", help="Always exit 0 (report only).")] = False,
    date: Annotated[str | None, typer.Option(
        "--date", help="Election date (YYYY-MM-DD) for every file, over any date in the drafts.")] = None,
    print_config: Annotated[bool, typer.Option(
        "--print-config", help="Show the merged configuration and exit.")] = False,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to this file instead of standard output.")] = None,
) -> None:
    """Fact-check drafts like a linter: exit 0 clean, 1 findings at or above --fail-on, 2 errors."""
    code = run(paths or [], fail_on=fail_on.value if fail_on else None, output_format=output_format.value,
               diff=diff, date=date, print_config=print_config, output=output)
    raise typer.Exit(EXIT_OK if no_exit else code)


def run(paths: list[str], *, fail_on: str | None, output_format: str, diff: str | None, date: str | None,
        print_config: bool, output: Path | None) -> int:
    """The command's work; returns the exit code (problems the user can fix print one line, code 2)."""
    from factcheck.lint import lint, render
    from factcheck.lint.config import ConfigError, load_config
    from factcheck.lint.discover import DiscoveryError, discover
    from factcheck.lint.runner import progress_console, show_progress

    cwd = Path.cwd()
    try:
        config = load_config(cwd).with_options(fail_on=fail_on, date=date)
    except ConfigError as error:
        return _error(str(error))
    if print_config:
        _write(config.to_toml(), output)
        return EXIT_OK
    if not paths:
        return _error("lint needs at least one PATH (a file, folder or glob); see `factcheck lint --help`")
    try:
        found = discover(paths, root=config.root, include=config.include, exclude=config.exclude, cwd=cwd)
    except DiscoveryError as error:
        return _error(str(error))
    changed = None
    if diff:  # git is only asked when --diff is given
        from factcheck.lint.diffscope import DiffError, changed_lines

        try:
            changed = changed_lines(diff, cwd)
        except DiffError as error:
            return _error(str(error))
    for note in found.notes:
        say(f"note: {note}")
    try:
        checker = open_lint_checker() if found.files else _NoFiles()
    except Exception as error:  # the engine's own failure is a tool error: one line, exit 2
        return _error(f"could not open the reference database ({type(error).__name__}: {error})")
    from factcheck.cli.dates import DateNotAnElection, election_for_option

    try:
        config = replace(config, date_option=election_for_option(config.date_option, checker),
                         date=election_for_option(config.date, checker, "the config's date"))
    except DateNotAnElection as error:
        return _error(str(error))
    console = progress_console(sys.stderr) if show_progress(sys.stderr) else None
    report = lint(found.files, checker, config, changed=changed, console=console, cwd=cwd, diff_base=diff)
    for note in report.notes:
        say(f"note: {note}")
    for doc in report.errors:
        say(doc.error or "")
    try:
        _write(render(report, output_format), output)
    except OSError as error:
        return _error(f"{output}: cannot write ({error.strerror or error})")
    if not found.files:  # an empty folder or a glob matching nothing: most likely a mistyped path in CI
        return _error(f"no files to check in {', '.join(paths)} (lint reads .md, .markdown, .txt, .html and .htm)")
    return report.exit_code()


class _NoFiles:
    """Stands in for the engine when no file matched, so an empty report needs no database."""

    def check(self, *args: Any, **kwargs: Any) -> Any:  # pragma: no cover - never called without files
        raise AssertionError("no files to check")


def _error(message: str) -> int:
    return fail(message).exit_code


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
