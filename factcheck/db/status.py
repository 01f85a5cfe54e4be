"""`factcheck data status`, `data sources` and the output of `data query`: tables for people to read."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

WIDE_ENOUGH = 110  # terminal columns for the coverage table with its sources column
_GRANULARITY_ORDER = ("candidate", "ward", "council", "composition", "seats defended", "national",
                      "national vote share", "mayoral", "mayoral turnout", "PNS/NEV", "general election",
                      "by-election")


@cache
def status_queries() -> dict:
    from factcheck.query.registry import parse_queries

    return parse_queries(resources.files("factcheck.db").joinpath("status.sql").read_text(encoding="utf-8"))


def coverage_rows(con) -> list[dict[str, Any]]:
    """One dict per election x nation x granularity."""
    cursor = con.execute(status_queries()["coverage"].sql)
    columns = [d[0] for d in cursor.description]
    rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    rank = {g: i for i, g in enumerate(_GRANULARITY_ORDER)}
    return sorted(rows, key=lambda r: (r["year"], r["election"], r["nation"], rank.get(r["granularity"], 99)))


def _short_sources(text: str | None, publishers: dict[str, str], limit: int = 3) -> str:
    """The publishers behind a row's source ids, as a reader knows them ("LEAP", "House of Commons Library")."""
    names = list(dict.fromkeys(publishers.get(i, i) for i in (text or "").split(", ") if i))
    return ", ".join(names[:limit]) + (f" +{len(names) - limit} more" if len(names) > limit else "")


def is_terminal() -> bool:
    """Tables for people only at a terminal; piped output gets plain tab-separated lines."""
    return sys.stdout.isatty()


def print_coverage(con, since: int = 0) -> None:
    from factcheck.db.connect import database_info

    info = database_info(con)
    publishers = {s.id: s.publisher or s.id for s in info.sources}
    columns = ("election", "nation", "granularity", "councils", "candidates", "rows", "sources")
    rows = [[row["election"], row["nation"], row["granularity"],
             *(f"{row[k]:,}" if row[k] else "" for k in ("councils", "candidates", "rows")),
             _short_sources(row["source_ids"], publishers), row["year"]]
            for row in coverage_rows(con) if int(row["year"]) >= since]
    if not is_terminal():
        print_plain(columns, [row[:-1] for row in rows])
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    narrow = console.width < WIDE_ENOUGH  # at 80 columns every column would be cut to a few letters
    table = Table(title=f"Reference data coverage (database built {info.built})")
    for column in columns[:-1] if narrow else columns:
        numeric = column in ("councils", "candidates", "rows")
        table.add_column(column, justify="right" if numeric else "left", overflow="fold", no_wrap=numeric,
                         min_width=len(column) if numeric else None)
    previous = None
    for row in rows:
        if previous is not None and row[-1] != previous:
            table.add_section()
        previous = row[-1]
        table.add_row(*row[:-2] if narrow else row[:-1])
    console.print(table)
    if narrow:
        print(f"factcheck: note: sources are left out below {WIDE_ENOUGH} columns; "
              "`factcheck data status | less -S` shows every column", file=sys.stderr)


def print_plain(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A header line and one line per row, tab-separated, with tabs and line breaks in values escaped."""
    def cell(value: Any) -> str:
        return "" if value is None else str(value).replace("\\", "\\\\").replace("\t", "\\t").replace(
            "\n", "\\n").replace("\r", "\\r")

    sys.stdout.write("\t".join(cell(c) for c in columns) + "\n")
    for row in rows:
        sys.stdout.write("\t".join(cell(v) for v in row) + "\n")


def print_sources(con) -> None:
    columns = ("source_id", "publisher", "title", "licence", "url")
    rows = [[str(v or "") for v in row] for row in con.execute(status_queries()["sources_list"].sql).fetchall()]
    if not is_terminal():
        print_plain(columns, rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Sources")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    Console().print(table)


def print_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], output: str) -> None:
    """Query results as a rich table, JSON (a list of objects) or CSV on stdout."""
    if output == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        json.dump(records, sys.stdout, indent=2, default=str)
        sys.stdout.write("\n")
    elif output == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif not is_terminal():
        print_plain(columns, rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table()
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console().print(table)
