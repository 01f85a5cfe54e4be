"""The `factcheck` command: a thin door onto the pipeline. Each command lives in its own module.

A run registers only the command it was asked for (click's "lazily loading subcommands"): building every
command's options costs ~30 ms of start-up that `factcheck check` in a pre-commit hook should not pay.
Top-level help, no arguments and unknown commands get the whole app. Commands that read the reference
database start opening it first thing, on a thread, before even typer is imported.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

HELP = "Check claims about British local-election results against the official figures."
# command name -> the module under factcheck.cli that registers it
COMMAND_MODULES = {"check": "check", "report": "report", "lint": "lint", "serve": "serve", "eval": "evaluate",
                   "batch": "batch", "data": "data"}
OPENS_DATABASE = frozenset({"check", "report", "lint"})  # these start opening it before anything else


def build_app(commands: list[str] | None = None) -> typer.Typer:
    """The CLI with the named commands (default: all of them)."""
    import typer

    app = typer.Typer(name="factcheck", help=HELP, no_args_is_help=True, pretty_exceptions_enable=False,
                      add_completion=False)

    def show_version(value: bool) -> None:
        if value:
            from factcheck import __version__

            print(f"factcheck {__version__}")
            raise typer.Exit(0)

    @app.callback()
    def factcheck(version: bool = typer.Option(False, "--version", help="Show the version and exit.",
                                               is_eager=True, callback=show_version)) -> None:
        """Keeps a one-command app a group, so `factcheck check ...` still parses."""

    for name in commands or COMMAND_MODULES:
        module = importlib.import_module(f"factcheck.cli.{COMMAND_MODULES[name]}")
        if name == "data":
            app.add_typer(module.app, name="data")
        else:
            module.register(app)
    return app


def main() -> None:
    requested = sys.argv[1] if len(sys.argv) > 1 else None
    if requested in OPENS_DATABASE and not {"--help", "-h"} & set(sys.argv):
        from factcheck.db.connect import start_opening

        start_opening()  # DuckDB opens the file while the command's modules are imported
    try:
        build_app([requested] if requested in COMMAND_MODULES else None)(prog_name="factcheck")
    finally:
        from factcheck.db.connect import finish_opening
        from factcheck.regex_cache import save_compiled_patterns

        finish_opening()  # an opening nobody waited for would abort the exiting interpreter (exit 134)
        save_compiled_patterns()  # patterns first compiled by this run (rendering, lint) are read back next time


def __getattr__(name: str) -> Any:  # `from factcheck.cli import app`: the whole app, built once
    if name == "app":
        app = build_app()
        globals()["app"] = app
        return app
    raise AttributeError(name)
