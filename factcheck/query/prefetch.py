"""Answer many claims' questions with few queries: the query stage's batching.

A document names many councils. Instead of one round trip per council and question, `prefetch` runs a
batched form of each single-council query (queries.sql): for questions keyed by election, the answer for
every council at that election (`*_all`, kept for later documents too); for the others, the answer for the
councils this document names (`*_many`). Rows are split by council (and party) and stored as the evidence
the single query would have returned, under that query's own name, SQL and parameters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from factcheck.query.registry import cache_key, evidence_for, run


@dataclass(frozen=True)
class Batch:
    """How to answer a single-council query for many councils at once."""

    query: str  # the batched named query
    varying: tuple[str, ...]  # the single query's parameters that differ between claims
    columns: tuple[str, ...]  # the columns holding them in the batched rows
    whole: bool  # True: the batched query answers every council (no list parameter)


BATCHED: dict[str, Batch] = {
    "council_seat_change": Batch("council_seat_change_all", ("council",), ("council_code",), True),
    "council_share_change": Batch("council_share_change_all", ("council",), ("council_code",), True),
    "council_results_published": Batch("council_results_published_all", ("council",), ("council_code",), True),
    "council_control_history": Batch("council_control_history_many", ("council",), ("council_code",), False),
    "council_composition_history": Batch("council_composition_history_many", ("council", "party"),
                                         ("council_code", "party_id"), False),
}

Fixed = tuple[tuple[str, Any], ...]


def prefetch(checker: Any, requests: Iterable[tuple[str, dict[str, Any]]]) -> None:
    """Fill the checker's cache for every batchable request not answered yet."""
    groups: dict[tuple[str, Fixed], set[tuple[Any, ...]]] = defaultdict(set)
    for name, params in requests:
        if name not in BATCHED or checker.has(cache_key(name, params)):
            continue
        batch = BATCHED[name]
        fixed = tuple(sorted((k, v) for k, v in params.items() if k not in batch.varying))
        groups[(name, fixed)].add(tuple(params[p] for p in batch.varying))
    for (name, fixed), keys in groups.items():
        batch = BATCHED[name]
        if not batch.whole and len(keys) < 2:
            continue  # one council: the single query costs the same
        rows_by_key = _answers(checker, name, batch, fixed, keys)
        for key in keys:
            params = {**dict(fixed), **dict(zip(batch.varying, key, strict=True))}
            checker.remember(cache_key(name, params), evidence_for(name, params, rows_by_key.get(key, [])))


def _answers(checker: Any, name: str, batch: Batch, fixed: Fixed,
             keys: set[tuple[Any, ...]]) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    """Rows by key: from the checker's whole-election store, or from one query for these keys."""
    store = checker.batch_store
    if batch.whole and (name, fixed) in store:
        return store[(name, fixed)]
    lists = {} if batch.whole else {f"{p}s": sorted({key[i] for key in keys}) for i, p in enumerate(batch.varying)}
    rows_by_key: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in run(checker, batch.query, remember=False, **dict(fixed), **lists).rows:
        rows_by_key[tuple(row[c] for c in batch.columns)].append(row)
    if batch.whole:
        store[(name, fixed)] = dict(rows_by_key)
    return rows_by_key
