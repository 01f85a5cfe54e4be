"""Evidence rows come out in one order whichever way they were fetched (one council, a list of councils,
the whole election), so a resumed batch and a fresh one write the same lines."""

from __future__ import annotations

import random

import pytest
from cli_process import built_database

from factcheck.query.registry import in_total_order

SQL = "SELECT * FROM t ORDER BY s.seats_won DESC NULLS LAST, name"


def test_rows_keep_the_querys_order_and_ties_are_broken_by_the_whole_row():
    rows = [{"seats_won": 3, "name": "b", "party": "x"}, {"seats_won": None, "name": "a", "party": "y"},
            {"seats_won": 3, "name": "b", "party": "w"}, {"seats_won": 9, "name": "z", "party": "v"},
            {"seats_won": 0, "name": "c", "party": "u"}]
    orders = set()
    for seed in range(10):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        orders.add(tuple(tuple(r.values()) for r in in_total_order(tuple(shuffled), SQL)))
    assert len(orders) == 1
    (only,) = orders
    assert [r[0] for r in only] == [9, 3, 3, 0, None] and [r[2] for r in only][1:3] == ["w", "x"]


def test_a_query_ordered_by_an_expression_keeps_the_databases_order():
    rows = ({"a": 2}, {"a": 1})
    assert in_total_order(rows, "SELECT a FROM t ORDER BY abs(a)") == rows


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    from factcheck.pipeline import open_checker

    return open_checker(built_database(tmp_path_factory.mktemp("db")))


def test_a_claims_evidence_is_the_same_checked_alone_or_after_many_others(checker):
    councils = [row[0] for row in checker.connection.execute(
        "SELECT DISTINCT c.name FROM council_seat_change s JOIN councils c USING (council_code) "
        "WHERE CAST(s.election_date AS VARCHAR) = '2024-05-02' ORDER BY 1").fetchall()]
    sentences = {name: f"Labour gained 2 seats in {name}." for name in councils}

    def rows(name: str) -> list:
        checker._cache.clear()  # what a fresh process would not have; the whole-election store stays
        result = checker.check(sentences[name], election="2024-05-02")
        return [[tuple(r.items()) for r in e.rows] for f in result.findings for e in f.evidence]

    checker.batch_store.clear()
    alone = {name: rows(name) for name in councils}
    checker.check(" ".join(sentences.values()), election="2024-05-02")  # answers the whole election at once
    after = {name: rows(name) for name in councils}
    assert [n for n in councils if alone[n] != after[n]] == []
    assert sum(1 for n in councils if alone[n]) > len(councils) // 2
