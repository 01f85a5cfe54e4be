"""Answer many claims' questions with few queries: the query stage's batching.

A document names many councils. Instead of one round trip per council and question, `prefetch` runs a
batched form of each single-council query (queries.sql): the answer for the councils this document names
(`*_many`), or, from the second document on, for every council at that election (`*_all`, kept for the
documents after it). Rows are split by council (and party) and stored as the evidence
the single query would have returned, under that query's own name, SQL and parameters.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from factcheck.query.registry import cache_key, evidence_for, run


@dataclass(frozen=True)
class Batch:
    """How to answer a single-council query for many councils at once."""

    query: str  # the batched named query, with a list parameter per varying one
    varying: tuple[str, ...]  # the single query's parameters that differ between claims
    columns: tuple[str, ...]  # the columns holding them in the batched rows
    whole: str | None = None  # a query answering every council at once, worth it from the second document


BATCHED: dict[str, Batch] = {
    "council_seat_change": Batch("council_seat_change_many", ("council",), ("council_code",),
                                 "council_seat_change_all"),
    "council_share_change": Batch("council_share_change_many", ("council",), ("council_code",),
                                  "council_share_change_all"),
    "council_results_published": Batch("council_results_published_many", ("council",), ("council_code",),
                                       "council_results_published_all"),
    "council_control_history": Batch("council_control_history_many", ("council",), ("council_code",),
                                     "council_control_history_all"),
    "council_composition_history": Batch("council_composition_history_many", ("council", "party"),
                                         ("council_code", "party_id"), "council_composition_history_all"),
}
WHOLE_SPAN_YEARS = 60  # a whole-history question ("first time since 1900") is asked council by council

Fixed = tuple[tuple[str, Any], ...]


def prefetch(checker: Any, requests: Iterable[tuple[str, dict[str, Any]]], *, whole: bool = False) -> None:
    """Fill the checker's cache for every batchable request not answered yet.

    `whole` asks for every council's answer at once (kept for later documents): right for a run over many
    documents, wasted on a single one.
    """
    groups: dict[tuple[str, Fixed], set[tuple[Any, ...]]] = defaultdict(set)
    for name, params in requests:
        if name not in BATCHED or checker.has(cache_key(name, params)):
            continue
        batch = BATCHED[name]
        fixed = tuple(sorted((k, v) for k, v in params.items() if k not in batch.varying))
        groups[(name, fixed)].add(tuple(params[p] for p in batch.varying))
    questions = []
    for (name, fixed), keys in groups.items():
        batch = BATCHED[name]
        params = dict(fixed)
        span = params.get("to_year", 0) - params.get("from_year", 0)
        use_whole = whole and batch.whole is not None and span <= WHOLE_SPAN_YEARS
        if use_whole or len(keys) >= 2:  # one council: the single query costs the same
            questions.append((name, batch, fixed, keys, use_whole))
    for (name, batch, fixed, keys, _), rows_by_key in zip(questions, _answer_all(checker, questions), strict=True):
        for key in keys:
            params = {**dict(fixed), **dict(zip(batch.varying, key, strict=True))}
            checker.remember(cache_key(name, params), evidence_for(name, params, rows_by_key.get(key, [])))


def _answer_all(checker: Any, questions: list[tuple[Any, ...]]) -> list[dict[tuple[Any, ...], list[dict[str, Any]]]]:
    """`_answers` for each question, two at a time when there are several: DuckDB releases the GIL while it
    works, so a second thread (with its own cursor, see Checker.execute) uses the second core. Each thread
    takes the next question when it is free, so one slow query does not hold back the rest."""
    answers: list[Any] = [None] * len(questions)
    failures: list[BaseException] = []
    waiting = iter(range(len(questions)))  # shared: next() on it is atomic under the GIL

    def answer() -> None:
        try:
            for index in waiting:
                answers[index] = _answers(checker, *questions[index])
        except BaseException as error:  # noqa: BLE001 - raised again below, in the caller's thread
            failures.append(error)

    store = checker.batch_store
    asked = sum(1 for name, _, fixed, _, whole in questions if not (whole and (name, fixed) in store))
    helper = None
    if asked > 1:  # answers already in the whole-election store need no thread
        helper = threading.Thread(target=answer, name="factcheck-prefetch")
        helper.start()
    answer()
    if helper is not None:
        helper.join()
    if failures:
        raise failures[0]
    return answers


def _answers(checker: Any, name: str, batch: Batch, fixed: Fixed, keys: set[tuple[Any, ...]],
             whole: bool) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    """Rows by key: from the checker's whole-election store, or from one query for these keys."""
    store = checker.batch_store
    if whole and (name, fixed) in store:
        return store[(name, fixed)]
    query = batch.whole if whole else batch.query
    lists = {} if whole else {f"{p}s": sorted({key[i] for key in keys}) for i, p in enumerate(batch.varying)}
    rows_by_key: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in run(checker, query, remember=False, **dict(fixed), **lists).rows:
        rows_by_key[tuple(row[c] for c in batch.columns)].append(row)
    if whole:
        store[(name, fixed)] = dict(rows_by_key)
    return rows_by_key
