"""The extract stage on example sentences (see tests/extract_cases.py): one parametrized test runs them all,
with the built-in vocabulary and with the vocabulary the pipeline builds from the reference database."""

from __future__ import annotations

from typing import Any

import pytest
from extract_cases import CASES, GAZETTEER_CASES

from factcheck.extract import DEFAULT_VOCABULARY, Vocabulary, extract_claims
from factcheck.model import Claim

_QUANTITY_FIELDS = {"value": "value", "unit": "unit", "hedge": "hedge", "high": "high", "decimals": "decimals"}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Vocabulary:
    """The gazetteer vocabulary of a reference database built for the test."""
    from factcheck.db.build import build_database
    from factcheck.pipeline import open_checker

    path = tmp_path_factory.mktemp("db") / "reference.duckdb"
    build_database(path)
    return open_checker(path).vocabulary


@pytest.fixture(scope="module", params=["default", "database"])
def vocabulary(request: pytest.FixtureRequest) -> Vocabulary:
    """The built-in vocabulary, or the gazetteer vocabulary of a reference database built for the test."""
    return DEFAULT_VOCABULARY if request.param == "default" else request.getfixturevalue("gazetteer")


def _actual(claim: Claim, field: str) -> Any:
    if field in _QUANTITY_FIELDS:
        return getattr(claim.quantity, _QUANTITY_FIELDS[field]) if claim.quantity else None
    value = getattr(claim, field)
    return str(value) if field in ("type", "direction") else value


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:60] or "<empty>" for text, _ in CASES])
def test_example_sentence(vocabulary: Vocabulary, text: str, expected: list[dict[str, Any]]) -> None:
    _check(extract_claims(text, vocabulary), text, expected)


@pytest.mark.parametrize(("text", "expected"), GAZETTEER_CASES, ids=[text[:60] for text, _ in GAZETTEER_CASES])
def test_example_sentence_with_gazetteer(gazetteer: Vocabulary, text: str, expected: list[dict[str, Any]]) -> None:
    _check(extract_claims(text, gazetteer), text, expected)


def _check(claims: list[Claim], text: str, expected: list[dict[str, Any]]) -> None:
    assert len(claims) == len(expected), [(c.type, c.party, c.place, c.text) for c in claims]
    for claim, wanted in zip(claims, expected, strict=True):
        for field, value in wanted.items():
            if field == "has":
                assert set(value) <= set(claim.qualifiers), (claim.qualifiers, value)
            else:
                actual = _actual(claim, field)
                assert actual == (str(value) if field == "hedge" else value), (field, claim)
        assert claim.text == text[claim.span.start:claim.span.end]
