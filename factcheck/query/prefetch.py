"""Answer many claims' questions with one query per kind: the query stage's batching.

A document names many councils. Instead of one round trip per council and question, `prefetch` runs the
batched form of each single-council query (queries.sql, `*_many`) once, splits its rows by council (and
party), and stores each part as the evidence the single query would have returned, with that query's own
name, SQL and parameters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from factcheck.query.registry import cache_key, evidence_for, run

# single query -> (batched query, the parameters that vary, the columns that hold them)
BATCHED: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "council_seat_change": ("council_seat_change_many", ("council",), ("council_code",)),
    "council_share_change": ("council_share_change_many", ("council",), ("council_code",)),
    "council_results_published": ("council_results_published_many", ("council",), ("council_code",)),
    "council_control_history": ("council_control_history_many", ("council",), ("council_code",)),
    "council_composition_history": ("council_composition_history_many", ("council", "party"),
                                    ("council_code", "party_id")),
}


def prefetch(checker: Any, requests: Iterable[tuple[str, dict[str, Any]]]) -> None:
    """Fill the checker's cache for every batchable request not answered yet."""
    groups: dict[tuple[str, tuple[tuple[str, Any], ...]], set[tuple[Any, ...]]] = defaultdict(set)
    for name, params in requests:
        if name not in BATCHED or checker.has(cache_key(name, params)):
            continue
        varying = BATCHED[name][1]
        fixed = tuple(sorted((k, v) for k, v in params.items() if k not in varying))
        groups[(name, fixed)].add(tuple(params[p] for p in varying))
    for (name, fixed), keys in groups.items():
        if len(keys) < 2:
            continue  # one council: the single query costs the same
        many, varying, columns = BATCHED[name]
        lists = {f"{p}s": sorted({key[i] for key in keys}) for i, p in enumerate(varying)}
        rows_by_key: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in run(checker, many, remember=False, **dict(fixed), **lists).rows:
            rows_by_key[tuple(row[c] for c in columns)].append(row)
        for key in keys:
            params = {**dict(fixed), **dict(zip(varying, key, strict=True))}
            checker.remember(cache_key(name, params), evidence_for(name, params, rows_by_key.get(key, [])))
