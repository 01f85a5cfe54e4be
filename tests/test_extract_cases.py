"""The extract stage on example sentences (see tests/extract_cases.py): one parametrized test runs them all,
with the built-in vocabulary and with the vocabulary the pipeline builds from the reference database."""

from __future__ import annotations

from typing import Any

import pytest
from extract_cases import CASES

from factcheck.extract import DEFAULT_VOCABULARY, Vocabulary, extract_claims
from factcheck.model import Claim

_QUANTITY_FIELDS = {"value": "value", "unit": "unit", "hedge": "hedge", "high": "high", "decimals": "decimals"}


@pytest.fixture(scope="module", params=["default", "database"])
def vocabulary(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Vocabulary:
    """The built-in vocabulary, or the gazetteer vocabulary of a reference database built for the test."""
    if request.param == "default":
        return DEFAULT_VOCABULARY
    from factcheck.db.build import build_database
    from factcheck.pipeline import open_checker

    path = tmp_path_factory.mktemp("db") / "reference.duckdb"
    build_database(path)
    return open_checker(path).vocabulary


def _actual(claim: Claim, field: str) -> Any:
    if field in _QUANTITY_FIELDS:
        return getattr(claim.quantity, _QUANTITY_FIELDS[field]) if claim.quantity else None
    value = getattr(claim, field)
    return str(value) if field in ("type", "direction") else value


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:60] or "<empty>" for text, _ in CASES])
def test_example_sentence(vocabulary: Vocabulary, text: str, expected: list[dict[str, Any]]) -> None:
    claims = extract_claims(text, vocabulary)
    assert len(claims) == len(expected), [(c.type, c.party, c.place, c.text) for c in claims]
    for claim, wanted in zip(claims, expected, strict=True):
        for field, value in wanted.items():
            if field == "has":
                assert set(value) <= set(claim.qualifiers), (claim.qualifiers, value)
            else:
                actual = _actual(claim, field)
                assert actual == (str(value) if field == "hedge" else value), (field, claim)
        assert claim.text == text[claim.span.start:claim.span.end]
