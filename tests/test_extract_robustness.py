"""The extract stage never raises: odd, huge, empty or foreign text gives [] or partial results, and every
span stays inside the text and matches its claim's `text`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_claims
from factcheck.extract.engine import _extract
from factcheck.extract.vocabulary import DEFAULT_VOCABULARY, Vocabulary

# Words that make claim-shaped noise, mixed with odd characters.
_WORDS = (
    "Labour", "Tories", "the Greens", "lost", "gained", "won", "3", "47.3%", "1,000", "seats", "in", "on",
    "Wrexham", "Perth and Kinross", "control of", "(", ")", ",", ".", "?", "\u2014", "\u2013", "\u00a0",
    "\u200b", "\u2019", "\u201c", "\u201d", "\n", "\n\n", "where", "there", "they all went to", "over",
    "between 300 and 800", "for the first time since 2010", "has always been", "mayor", "came second",
    "majority", "share", "up 4 points", "three times the", "vote", "scores of", "9" * 40, "<p>", "**",
)


# A small gazetteer, so the strict place rules (fuzzy matching) run on the noise too.
_GAZETTEER = Vocabulary.build(places=["Wrexham", "Perth and Kinross", "Merthyr Tydfil", "Leeds"])


def _assert_well_formed(text: str, vocabulary: Vocabulary = DEFAULT_VOCABULARY) -> None:
    for claim in _extract(text, vocabulary, "regex", strict=True):
        assert 0 <= claim.span.start <= claim.span.end <= len(text)
        assert claim.text == text[claim.span.start:claim.span.end]
        assert claim.span.line >= 1 and claim.span.column >= 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=80).map(" ".join))
def test_claim_shaped_noise_never_raises_and_spans_stay_inside(text: str) -> None:
    _assert_well_formed(text)
    _assert_well_formed(text, _GAZETTEER)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_never_raises(text: str) -> None:
    _assert_well_formed(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "Le Parti travailliste a gagné trois sièges à Cardiff.",
        "Llafur enillodd dair sedd yng Nghaerdydd.",
        "9" * 20000,
        "Labour gained " + "7" * 5000 + " seats in Leeds.",
        "Labour won 4 seats in Hull, " * 400,
        "(" * 3000 + "the Greens lost 2 in Bath",
        "The\u200b Lib\u200b Dems gained\u00a05\u00a0seats in\u2009Bath\u2014again.",
    ],
)
def test_odd_input_gives_empty_or_partial_results(text: str) -> None:
    claims = extract_claims(text)
    for claim in claims:
        assert claim.text == text[claim.span.start:claim.span.end]


def test_zero_width_characters_keep_offsets_into_the_text_as_given() -> None:
    text = "In Bath\u200b, the Lib\u200bDems gained 5 seats."
    claim = extract_claims("x\u200b\n" + text)[0]
    assert claim.text.endswith("gained 5 seats")
    assert claim.span.line == 2


def test_a_very_long_sentence_still_gives_its_claims() -> None:
    text = "Labour lost 2 in Leeds, " + "and so on, " * 2000 + "and the Greens gained 4 in Bristol."
    places = {c.place for c in extract_claims(text)}
    assert {"Leeds", "Bristol"} <= places
