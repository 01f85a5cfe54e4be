"""Lint many files with one checker: read, check, drop skipped types, mark suppressed, keep changed lines.

The checker is any object with `check(text, path, *, election=None, front_matter=None) -> DocumentResult`
(`factcheck.pipeline.open_checker()` in real use, a small fake in tests). A file that cannot be read or
checked becomes a DocumentResult with `error` set, and the others carry on.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from factcheck.lint.config import LintConfig
from factcheck.lint.records import position
from factcheck.lint.suppress import mark_suppressed, quiet_figures, suppressed_regions
from factcheck.model import DocumentResult, Election

if TYPE_CHECKING:
    from rich.console import Console

    from factcheck.inputs import Document
    from factcheck.lint.diffscope import ChangedLines

FRONT_MATTER_DATE_KEYS = ("date", "election", "published")  # the keys the engine reads itself
CI_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "TF_BUILD", "JENKINS_URL")


class Checker(Protocol):
    def check(self, text: str, path: str = "-", *, election: str | None = None,
              front_matter: Mapping[str, Any] | None = None) -> DocumentResult: ...


def show_progress(stream: IO[str], environ: Mapping[str, str] | None = None) -> bool:
    """A progress bar only for a person at a terminal: stderr is a TTY and no CI variable is set."""
    environ = os.environ if environ is None else environ
    if any(environ.get(name, "").strip().lower() not in ("", "0", "false", "no") for name in CI_VARIABLES):
        return False
    if environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def progress_console(stream: IO[str]) -> Console:
    """A rich console on stderr for the progress bar (only built once show_progress said yes)."""
    from rich.console import Console

    return Console(file=stream, force_terminal=True)


def apply_vocabulary(checker: Any, config: LintConfig) -> tuple[Any, list[str]]:
    """The checker with the house vocabulary added, if the engine can take one; notes for stderr."""
    if not config.places and not config.parties:
        return checker, []
    add = getattr(checker, "with_vocabulary", None)
    if add is None:
        return checker, ["the config's house vocabulary is not used: this engine cannot take extra aliases"]
    return add(places=dict(config.places), parties=dict(config.parties)), []


def lint_files(files: Sequence[Path], checker: Checker, config: LintConfig, *,
               changed: ChangedLines | None = None, console: Console | None = None,
               cwd: Path | None = None) -> list[DocumentResult]:
    """Check each file in order (with a progress bar on `console` when one is given)."""
    cwd = cwd or Path.cwd()
    if console is None:
        return [lint_file(path, checker, config, changed=changed, cwd=cwd) for path in files]
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    results: list[DocumentResult] = []
    columns = (TextColumn("factcheck lint"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[name]}"))
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("lint", total=len(files), name="")
        for path in files:
            progress.update(task, name=display_path(path, cwd))
            results.append(lint_file(path, checker, config, changed=changed, cwd=cwd))
            progress.advance(task)
    return results


def lint_file(path: Path, checker: Checker, config: LintConfig, *, changed: ChangedLines | None = None,
              cwd: Path | None = None) -> DocumentResult:
    """One file's result: findings in scope, suppressed ones marked; or an error record."""
    from factcheck.inputs import InputError, read_document

    cwd = cwd or Path.cwd()
    shown = display_path(path, cwd)
    try:
        document = read_document(path, allow_empty=True)
    except InputError as error:  # its message names the file as given: show the short path instead
        return error_result(shown, str(error).replace(str(path), shown, 1))
    election, front_matter = election_for(document, config)
    try:
        result = checker.check(document.text_for_checking, shown, election=election,
                               front_matter=front_matter)
    except Exception as error:  # one bad file never sinks the run
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        return error_result(shown, f"{shown}: could not be checked ({type(error).__name__}: {error})")
    skip = set(config.skip_types)
    findings = [f for f in result.findings if f.claim.claim.type.value not in skip]
    regions = suppressed_regions(document.text, document.kind)
    findings = list(mark_suppressed(findings, regions))
    figures = quiet_figures(result.figures, regions)
    if changed is not None:
        absolute = path if path.is_absolute() else cwd / path
        findings = [f for f in findings if changed.touches(
            absolute, f.claim.claim.span.line,
            position(document.text, max(f.claim.claim.span.start, f.claim.claim.span.end - 1))[0])]
        line_of = line_finder(document.text)  # a big file holds thousands of figures: not a count from the top each
        figures = tuple(f for f in figures
                        if changed.touches(absolute, line_of(f.start), line_of(max(f.start, f.end - 1))))
    return replace(result, path=shown, text=document.text, findings=tuple(findings), figures=figures)


def line_finder(text: str) -> Callable[[int], int]:
    """The 1-based line of an offset, by bisecting the line starts (found once)."""
    starts = [i + 1 for i, char in enumerate(text) if char == "\n"]
    return lambda offset: bisect_right(starts, offset) + 1


def election_for(document: Document, config: LintConfig) -> tuple[str | None, dict[str, str]]:
    """The `election` and `front_matter` to pass the checker.

    Order: `--date`; the front-matter key named by `date_key`; a front-matter date the engine reads itself
    (date, election, published); the config's default `date`; otherwise the engine decides from the text.
    """
    front_matter = dict(document.front_matter)
    if config.date_option:
        return config.date_option, front_matter
    if config.date_key and front_matter.get(config.date_key):
        return None, {**front_matter, "date": front_matter[config.date_key]}
    if any(front_matter.get(key) for key in FRONT_MATTER_DATE_KEYS):
        return None, front_matter
    return config.date, front_matter


def error_result(path: str, message: str) -> DocumentResult:
    return DocumentResult(path=path, text="", election=Election(None, "not checked"), error=message)


def display_path(path: Path, cwd: Path) -> str:
    """The path as the user should see it: relative to the working directory when inside it, with /."""
    absolute = Path(os.path.normpath(path if path.is_absolute() else cwd / path))
    try:
        return absolute.relative_to(cwd.resolve()).as_posix()
    except ValueError:
        try:
            return absolute.relative_to(cwd).as_posix()
        except ValueError:
            return path.as_posix()
