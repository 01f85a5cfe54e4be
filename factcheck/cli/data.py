"""`factcheck data ...`: import, build, check, status and query the reference database."""

from __future__ import annotations

import typer

app = typer.Typer(help="Import, build, check and query the reference database.", no_args_is_help=True)
