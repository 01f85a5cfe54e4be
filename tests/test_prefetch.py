"""The query stage's batching: many claims' questions answered by a few batched queries (query/prefetch.py)."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from factcheck.query.prefetch import prefetch
from factcheck.query.registry import cache_key

QUESTIONS = [
    ("council_seat_change", {"election": "2022-05-05", "council": "E08000009"}),
    ("council_seat_change", {"election": "2022-05-05", "council": "E09000003"}),
    ("council_share_change", {"election": "2022-05-05", "council": "E08000009"}),
    ("council_share_change", {"election": "2022-05-05", "council": "E09000003"}),
]


class RecordingChecker:
    """Stands in for pipeline.Checker: answers every query with one row per council, noting the thread."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.batch_store: dict[Any, Any] = {}
        self.remembered: dict[Any, Any] = {}
        self.threads: set[str] = set()

    def has(self, key: Any) -> bool:
        return key in self.remembered

    def remember(self, key: Any, evidence: Any) -> None:
        self.remembered[key] = evidence

    def execute(self, sql: str, params: dict[str, Any]) -> Any:
        self.threads.add(threading.current_thread().name)
        time.sleep(0.05)  # as DuckDB would, working without the GIL: the other thread takes the next query
        if self.fail:
            raise RuntimeError("the database went away")
        return _Cursor([(code,) for code in params["councils"]])


class _Cursor:
    description = [("council_code", "VARCHAR")]

    def __init__(self, rows: list[tuple[str]]) -> None:
        self.rows = rows

    def fetchall(self) -> list[tuple[str]]:
        return self.rows


def test_each_question_is_answered_from_one_batched_query_per_kind() -> None:
    checker = RecordingChecker()
    prefetch(checker, QUESTIONS)
    for name, params in QUESTIONS:
        evidence = checker.remembered[cache_key(name, params)]
        assert evidence.query == name and evidence.rows == ({"council_code": params["council"]},)


def test_two_batched_queries_run_on_two_threads() -> None:
    checker = RecordingChecker()
    prefetch(checker, QUESTIONS)
    assert len(checker.threads) == 2


def test_a_failing_batched_query_is_raised_to_the_caller() -> None:
    with pytest.raises(RuntimeError, match="went away"):
        prefetch(RecordingChecker(fail=True), QUESTIONS)
