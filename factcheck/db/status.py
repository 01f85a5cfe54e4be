"""`factcheck data status`, `data sources` and the output of `data query`: tables for people to read."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

_GRANULARITY_ORDER = ("candidate", "ward", "council", "composition", "seats defended", "national", "mayoral",
                      "PNS/NEV", "general election", "by-election")


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


def _short_sources(text: str | None, limit: int = 3) -> str:
    ids = (text or "").split(", ")
    return ", ".join(ids[:limit]) + (f" +{len(ids) - limit} more" if len(ids) > limit else "")


def print_coverage(con, since: int = 0) -> None:
    from rich.console import Console
    from rich.table import Table

    from factcheck.db.connect import database_info

    info = database_info(con)
    table = Table(title=f"Reference data coverage (database built {info.built})")
    for column in ("election", "nation", "granularity", "councils", "candidates", "rows", "sources"):
        table.add_column(column, justify="right" if column in ("councils", "candidates", "rows") else "left")
    previous = None
    for row in coverage_rows(con):
        if int(row["year"]) < since:
            continue
        if previous is not None and row["year"] != previous:
            table.add_section()
        previous = row["year"]
        counts = (f"{row[k]:,}" if row[k] else "" for k in ("councils", "candidates", "rows"))
        sources = _short_sources(row["source_ids"])
        table.add_row(row["election"], row["nation"], row["granularity"], *counts, sources)
    Console().print(table)


def print_sources(con) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Sources")
    for column in ("source_id", "publisher", "title", "licence", "url"):
        table.add_column(column, overflow="fold")
    for row in con.execute(status_queries()["sources_list"].sql).fetchall():
        table.add_row(*(str(v or "") for v in row))
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
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table()
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console().print(table)
