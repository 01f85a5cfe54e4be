"""The extract stage on example sentences (see tests/extract_cases.py): one parametrized test runs them all."""

from __future__ import annotations

from typing import Any

import pytest
from extract_cases import CASES

from factcheck.extract import extract_claims
from factcheck.model import Claim

_QUANTITY_FIELDS = {"value": "value", "unit": "unit", "hedge": "hedge", "high": "high", "decimals": "decimals"}


def _actual(claim: Claim, field: str) -> Any:
    if field in _QUANTITY_FIELDS:
        return getattr(claim.quantity, _QUANTITY_FIELDS[field]) if claim.quantity else None
    value = getattr(claim, field)
    return str(value) if field in ("type", "direction") else value


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:60] or "<empty>" for text, _ in CASES])
def test_example_sentence(text: str, expected: list[dict[str, Any]]) -> None:
    claims = extract_claims(text)
    assert len(claims) == len(expected), [(c.type, c.party, c.place, c.text) for c in claims]
    for claim, wanted in zip(claims, expected, strict=True):
        for field, value in wanted.items():
            if field == "has":
                assert set(value) <= set(claim.qualifiers), (claim.qualifiers, value)
            else:
                actual = _actual(claim, field)
                assert actual == (str(value) if field == "hedge" else value), (field, claim)
        assert claim.text == text[claim.span.start:claim.span.end]
