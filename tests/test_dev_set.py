"""Our own development set (tests/data/dev_texts: six commentaries we wrote, with an answer key built from the
reference data), scored the way `factcheck eval` scores the sample texts. The floors only catch regressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import evaluation
from factcheck.render.json_contract import contract

DEV = Path(__file__).parent / "data" / "dev_texts"
RECALL_FLOOR = 0.95
CLASS_FLOOR = 0.85


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    from factcheck.db.build import build_database
    from factcheck.pipeline import open_checker

    path = tmp_path_factory.mktemp("db") / "reference.duckdb"
    build_database(path)
    checker = open_checker(path)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))}
    results = [checker.check(text, str(DEV / f"{key}.txt")) for key, text in texts.items()]
    output = evaluation.documents_by_key(contract(results, checker.database_info()))
    return evaluation.summary_line(evaluation.score(evaluation.load_gold(DEV / "key.jsonl"), texts, output))


def test_the_development_set_keeps_its_recall(scored):
    assert scored["recall"] >= RECALL_FLOOR, scored


def test_the_development_set_keeps_its_verdicts(scored):
    assert scored["verdict_class_acc"] >= CLASS_FLOOR, scored
