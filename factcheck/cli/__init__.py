"""The `factcheck` command: a thin door onto the pipeline. Each command lives in its own module."""

from __future__ import annotations

import typer

from factcheck.cli import batch, check, data, evaluate, lint, report, serve

app = typer.Typer(
    name="factcheck",
    help="Check claims about British local-election results against the official figures.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(data.app, name="data")
for module in (check, report, lint, serve, evaluate, batch):
    module.register(app)


def main() -> None:
    app()
