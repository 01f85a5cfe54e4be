"""Named, parameterised SQL: each query has a name, a description and `$param` placeholders.

Queries live in `*.sql` files beside this module, each introduced by
    -- name: council_seat_change
    -- description: Net seat change for a party in a council against the last time the seats were fought.
and run with duckdb's named parameters. The query name and parameters travel into each verdict's evidence.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property
from importlib import resources
from typing import Any

from factcheck.model import Evidence
from factcheck.regex_cache import lazy

_HEADER = lazy(r"^--\s*name:\s*(?P<name>[a-z_0-9]+)\s*$", re.MULTILINE)
_DESCRIPTION = lazy(r"^--\s*description:\s*(?P<text>.+)$", re.MULTILINE)
_PARAM = lazy(r"\$([a-z_][a-z_0-9]*)")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    sql: str

    @cached_property
    def params(self) -> tuple[str, ...]:
        """The query's $parameters, in order of first use."""
        return tuple(dict.fromkeys(_PARAM.findall(self.sql)))


def parse_queries(text: str) -> dict[str, NamedQuery]:
    """Split a .sql file into its named queries."""
    queries: dict[str, NamedQuery] = {}
    headers = list(_HEADER.finditer(text))
    for i, header in enumerate(headers):
        end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        body = text[header.end() : end]
        description = _DESCRIPTION.search(body)
        sql = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("--")).strip()
        name = header.group("name")
        if name in queries:
            raise ValueError(f"query {name!r} is defined twice")
        queries[name] = NamedQuery(name, description.group("text").strip() if description else "", sql.rstrip(";"))
    return queries


@cache
def all_queries() -> dict[str, NamedQuery]:
    """Every named query shipped with factcheck."""
    queries: dict[str, NamedQuery] = {}
    for entry in sorted(resources.files("factcheck.query").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            for name, query in parse_queries(entry.read_text(encoding="utf-8")).items():
                if name in queries:
                    raise ValueError(f"query {name!r} is defined twice")
                queries[name] = query
    return queries


def run(con: Any, name: str, *, remember: bool = True, **params: Any) -> Evidence:
    """Run a named query and return its evidence: name, SQL, parameters and rows as dicts."""
    query = all_queries()[name]
    try:
        used = {k: params[k] for k in query.params}
    except KeyError:
        raise KeyError(f"query {name!r} needs {sorted(set(query.params) - set(params))}") from None
    if remember and hasattr(con, "cached"):  # a Checker: memoise, since many claims ask the same question
        return con.cached(cache_key(name, used), lambda: _execute(con, query, used, ordered=True))
    return _execute(con, query, used, ordered=remember)  # a batched answer is put in order per question


def tuples(con: Any, name: str, **params: Any) -> list[tuple[Any, ...]]:
    """A named query's rows as plain tuples, for loading lookup tables (not evidence)."""
    query = all_queries()[name]
    return con.execute(query.sql, {k: params[k] for k in query.params}).fetchall()


def cache_key(name: str, params: dict[str, Any]) -> tuple[str, tuple[tuple[str, Any], ...]]:
    """The key a query's answer is remembered under: its name and the parameters it uses."""
    return name, tuple([(k, params[k]) for k in all_queries()[name].params])  # in the query's own order


def evidence_for(name: str, params: dict[str, Any], rows: list[dict[str, Any]]) -> Evidence:
    """Evidence for rows obtained another way (a batched query) that this named query would return."""
    query = all_queries()[name]
    return Evidence(query=name, sql=query.sql, params={k: params[k] for k in query.params},
                    rows=in_total_order(tuple(rows), query.sql))


_ORDER_BY = lazy(r"\bORDER\s+BY\s+(?P<terms>[^;()]+?)\s*;?\s*$", re.I | re.S)
_ORDER_TERM = lazy(r"^(?:\w+\.)?(?P<column>\w+)(?:\s+(?P<direction>ASC|DESC))?"
                   r"(?:\s+NULLS\s+(?P<nulls>FIRST|LAST))?$", re.I)


@cache
def order_terms(sql: str) -> tuple[tuple[str, bool, bool], ...] | None:
    """The final ORDER BY of a query as (column, descending, nulls first) terms; None when it has none or
    orders by anything but plain columns."""
    match = _ORDER_BY.search(sql)
    if match is None:
        return None
    terms = []
    for part in match["terms"].split(","):
        term = _ORDER_TERM.match(part.strip())
        if term is None:
            return None
        terms.append((term["column"], (term["direction"] or "").upper() == "DESC",
                      (term["nulls"] or "").upper() == "FIRST"))
    return tuple(terms)


def in_total_order(rows: tuple[dict[str, Any], ...], sql: str) -> tuple[dict[str, Any], ...]:
    """The rows in the query's own ORDER BY, with ties broken by the whole row: the same rows come out in
    the same order whichever plan (one council, a list, the whole election) fetched them."""
    terms = order_terms(sql)
    if len(rows) < 2 or terms is None or any(column not in rows[0] for column, _, _ in terms):
        return rows

    def key(row: dict[str, Any]) -> tuple[Any, ...]:
        ordered = []
        for column, descending, nulls_first in terms:
            value = row.get(column)
            ordered.append((value is None) != nulls_first)
            ordered.append(0 if value is None else (_Descending(value) if descending else value))
        return (*ordered, tuple((v is None, type(v).__name__, str(v)) for _, v in sorted(row.items())))

    try:
        return tuple(sorted(rows, key=key))
    except TypeError:  # values of different types in one ordering column: keep the database's order
        return rows


class _Descending:
    """A value that sorts in reverse."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Descending) -> bool:
        return other.value < self.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and other.value == self.value

    __hash__ = None  # type: ignore[assignment]


def _execute(con: Any, query: NamedQuery, used: dict[str, Any], *, ordered: bool) -> Evidence:
    cursor = con.execute(query.sql, used)
    columns = [d[0] for d in cursor.description]
    converted = [i for i, d in enumerate(cursor.description) if str(d[1]).startswith(_NOT_PLAIN_TYPES)]
    rows = cursor.fetchall()
    if converted:  # only the date and decimal columns: a whole-election answer has a million values
        rows = [_plain_row(row, converted) for row in rows]
    records = tuple(dict(zip(columns, row, strict=True)) for row in rows)
    if ordered:
        records = in_total_order(records, query.sql)
    return Evidence(query=query.name, sql=query.sql, params=used, rows=records)


_NOT_PLAIN_TYPES = ("DATE", "TIME", "DECIMAL")  # DuckDB types that fetch as date, datetime or Decimal


def _plain_row(row: tuple[Any, ...], converted: list[int]) -> list[Any]:
    values = list(row)
    for index in converted:
        values[index] = plain(values[index])
    return values


def plain(value: Any) -> Any:
    """Dates as ISO strings and decimals as floats, so evidence serialises to JSON as it is."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value
