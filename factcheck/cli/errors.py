"""Exit codes and the one-line error every command uses for bad input."""

from __future__ import annotations

import sys

import typer

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


class UserError(Exception):
    """A problem the user can fix: printed as one line, exit code 2."""


def say(message: str) -> None:
    """`factcheck: message` on stderr, on one line whatever file names or text it quotes."""
    from factcheck.inputs import one_line

    print(f"factcheck: {one_line(message)}", file=sys.stderr)


def fail(message: str, code: int = EXIT_ERROR) -> typer.Exit:
    """Print `factcheck: message` on stderr and return the Exit to raise."""
    say(message)
    return typer.Exit(code)
