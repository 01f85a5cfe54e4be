"""`factcheck lint`: fact checks for drafts kept in git, with linter conventions (docs/lint.md).

    config = load_config()                         # [tool.factcheck] or .factcheck.toml
    files = discover(["drafts"], root=config.root).files
    report = lint(files, checker, config)          # any object with .check(text, path, ...)
    print(render(report, "sarif")); raise SystemExit(report.exit_code())

Stages live in their own modules: config, discover, runner (with suppress and diffscope), records; the
output formats live in factcheck/render (lint_text, json via json_contract, github, sarif).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.lint.config import LintConfig
from factcheck.model import DatabaseInfo, DocumentResult, Finding

if TYPE_CHECKING:
    from rich.console import Console

    from factcheck.lint.diffscope import ChangedLines
    from factcheck.lint.runner import Checker

# The same values as factcheck.cli.errors (this package does not import the CLI).
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

# Each format is a function `render(report) -> str` in its own module, imported only when asked for.
FORMATS: Mapping[str, tuple[str, str]] = {
    "text": ("factcheck.render.lint_text", "render"),
    "json": ("factcheck.lint", "render_json"),
    "github": ("factcheck.render.github", "render"),
    "sarif": ("factcheck.render.sarif", "render"),
}


@dataclass(frozen=True)
class LintReport:
    """What one lint run found, with what the renderers need to place it."""

    documents: tuple[DocumentResult, ...]
    config: LintConfig
    root: Path | None  # repository root (SARIF paths are relative to it); None: asked of git when needed
    cwd: Path
    database: DatabaseInfo | None = None
    diff_base: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def errors(self) -> list[DocumentResult]:
        return [d for d in self.documents if d.error]

    def failing(self) -> list[Finding]:
        """Unsuppressed findings at or above the fail-on level."""
        threshold = self.config.threshold
        return [f for d in self.documents for f in d.findings if not f.suppressed and f.severity >= threshold]

    @cached_property
    def repository_root(self) -> Path:
        """The repository root: as given, else from git (only the GitHub and SARIF formats need it)."""
        return self.root or repo_root(self.cwd)

    def repo_path(self, path: str) -> str:
        """A document path relative to the repository root, with / (as GitHub and SARIF want it)."""
        import os

        absolute = Path(os.path.normpath(self.cwd / path))
        try:
            return absolute.relative_to(self.repository_root).as_posix()
        except ValueError:
            return absolute.as_posix()

    def exit_code(self) -> int:
        """2 when a file could not be read or checked, else 1 when a finding fails the run, else 0."""
        if self.errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.failing() else EXIT_OK


def lint(files: Sequence[Path], checker: Checker, config: LintConfig, *, changed: ChangedLines | None = None,
         console: Console | None = None, cwd: Path | None = None, diff_base: str | None = None,
         notes: Sequence[str] = ()) -> LintReport:
    """Check the files with one checker and gather the report."""
    from factcheck.lint.runner import apply_vocabulary, lint_files

    cwd = (cwd or Path.cwd()).resolve()
    checker, vocabulary_notes = apply_vocabulary(checker, config)
    documents = lint_files(files, checker, config, changed=changed, console=console, cwd=cwd)
    info = getattr(checker, "database_info", None)
    return LintReport(documents=tuple(documents), config=config, root=None, cwd=cwd,
                      database=info() if callable(info) else None, diff_base=diff_base,
                      notes=(*notes, *vocabulary_notes))


def render(report: LintReport, output_format: str) -> str:
    """The report in one output format."""
    module, name = FORMATS[output_format]
    renderer: Callable[[LintReport], str] = getattr(import_module(module), name)
    return renderer(report)


def render_json(report: LintReport) -> str:
    """The engine's JSON contract (docs/json-contract.md): suppressed claims stay, marked `suppressed`."""
    import json

    from factcheck.render.json_contract import contract

    record = contract(report.documents, report.database)
    return json.dumps(record, indent=2, ensure_ascii=False, default=str) + "\n"


def repo_root(cwd: Path) -> Path:
    """`git rev-parse --show-toplevel`, or the working directory outside a repository."""
    import subprocess

    try:
        done = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True,
                              text=True, check=False)
    except OSError:
        return cwd
    top = done.stdout.strip()
    return Path(top).resolve() if done.returncode == 0 and top else cwd


__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "FORMATS", "LintReport", "lint", "render", "render_json",
           "repo_root"]
