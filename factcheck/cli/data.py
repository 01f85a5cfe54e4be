"""`factcheck data ...`: import, build, check, status and query the reference database."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.errors import EXIT_ERROR, EXIT_FINDINGS, fail

app = typer.Typer(help="Import, build, check and query the reference database.", no_args_is_help=True,
                  pretty_exceptions_enable=False)


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


DatabaseOption = Annotated[Path | None, typer.Option("--database", help="DuckDB file (default: user cache).")]
SourcesOption = Annotated[Path | None, typer.Option(
    "--from", help="Raw sources folder (default: $FACTCHECK_SOURCES or ../shared/sources by the repo).")]
TargetOption = Annotated[Path | None, typer.Option(
    "--to", help="reference_data/ folder to write (default: the bundled one).")]
SqlArgument = Annotated[str, typer.Argument(help="Read-only SQL, e.g. 'SELECT * FROM council_seat_change'.")]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="table, json or csv.")]


def _open(database: Path | None):
    from factcheck.db.connect import DatabaseUnavailable, open_database

    try:
        return open_database(database)
    except DatabaseUnavailable as error:
        raise fail(str(error)) from None


@app.command("import")
def import_(
    from_: SourcesOption = None,
    to: TargetOption = None,
    skip_missing: Annotated[bool, typer.Option(help="Skip importer modules that are not installed.")] = False,
) -> None:
    """Raw public files -> reference_data/ (parquet tables + manifest.json), swapped in atomically."""
    from factcheck.importers.common import ImportFailure
    from factcheck.importers.run import default_sources_dir, run_import
    from factcheck.paths import reference_data_dir

    try:
        run_import(from_ or default_sources_dir(), to or reference_data_dir(), skip_missing=skip_missing)
    except ImportFailure as error:
        raise fail(str(error)) from None
    except (OSError, ValueError, KeyError) as error:
        raise fail(f"import failed: {type(error).__name__}: {error}") from None


@app.command("build")
def build(
    database: DatabaseOption = None,
    reference: Annotated[Path | None, typer.Option(help="reference_data/ folder to read.")] = None,
) -> None:
    """reference_data/ -> the DuckDB file the checker reads (built beside it, then renamed)."""
    import time

    from factcheck.db.build import BuildError, build_database

    started = time.perf_counter()
    try:
        result = build_database(database, reference)
    except BuildError as error:
        raise fail(str(error)) from None
    rows = sum(result.tables.values())
    typer.echo(f"built {result.path} ({rows:,} rows, {time.perf_counter() - started:.1f} s)")


@app.command("check")
def check(database: DatabaseOption = None) -> None:
    """Validate the reference database; exit 1 if any check fails."""
    from factcheck.db.checks import print_checks, run_checks

    results = run_checks(_open(database))
    print_checks(results)
    if not all(r.passed for r in results):
        raise typer.Exit(EXIT_FINDINGS)


@app.command("status")
def status(
    database: DatabaseOption = None,
    since: Annotated[int, typer.Option(help="Leave out years before this (the composition history starts in 1973).")]
    = 2012,
) -> None:
    """Coverage: election x nation x granularity, councils and candidates counted, sources."""
    from factcheck.db.status import print_coverage

    print_coverage(_open(database), since=since)


@app.command("sources")
def sources(database: DatabaseOption = None) -> None:
    """Every source with its publisher and licence."""
    from factcheck.db.status import print_sources

    print_sources(_open(database))


@app.command("query")
def query(
    sql: SqlArgument,
    output: FormatOption = OutputFormat.TABLE,
    database: DatabaseOption = None,
    limit: Annotated[int, typer.Option(min=0, help="Show at most this many rows (0: all of them).")] = 1000,
) -> None:
    """Run your own SQL against the reference database (opened read-only)."""
    import duckdb

    from factcheck.db.status import print_rows

    if not sql.strip():
        raise fail("data query needs SQL, e.g. 'SELECT * FROM council_seat_change LIMIT 5'")
    con = _open(database)
    try:
        relation = con.cursor().sql(sql)  # a SELECT stays lazy, so the limit is applied inside DuckDB
        if relation is None:
            columns, rows = [], []
        else:
            columns = list(relation.columns)
            rows = (relation.limit(limit + 1) if limit else relation).fetchall()
    except duckdb.Error as error:
        raise fail(f"query failed: {str(error).splitlines()[0]}", EXIT_ERROR) from None
    if limit and len(rows) > limit:
        rows = rows[:limit]
        print(f"factcheck: note: showing the first {limit:,} rows; --limit 0 shows them all", file=sys.stderr)
    print_rows(columns, rows, output.value)
