"""The extract stage's parts: numbers, sentence offsets, vocabulary matching and line/column."""

from __future__ import annotations

import pytest

from factcheck.extract import DEFAULT_VOCABULARY, Vocabulary, extract_claims
from factcheck.extract.mentions import find_mentions
from factcheck.extract.numbers import hedge_of, parse_number, parse_ordinal
from factcheck.extract.sentences import prepare, split_sentences
from factcheck.model import Hedge


@pytest.mark.parametrize(
    ("words", "value", "decimals"),
    [("1,000", 1000, 0), ("47.3", 47.3, 1), ("three", 3, 0), ("twenty-two", 22, 0), ("a dozen", 12, 0),
     ("one hundred and five", 105, 0), ("half", 0.5, 0), ("a third", 1 / 3, 0), ("twice", 2, 0), ("a", 1, 0),
     ("a fifth", 0.2, 0), ("two fifths", 0.4, 0), ("fifth", 5, 0)],
)
def test_numbers_in_words_and_figures(words: str, value: float, decimals: int) -> None:
    assert parse_number(words) == (pytest.approx(value), decimals)


def test_unreadable_numbers_give_none() -> None:
    assert parse_number("several") == (None, 0)


def test_ordinals() -> None:
    assert parse_ordinal("2nd") == 2 and parse_ordinal("third") == 3


@pytest.mark.parametrize(
    ("words", "hedge"),
    [("around", Hedge.AROUND), ("more than", Hedge.OVER), ("at least", Hedge.AT_LEAST), ("fewer than", Hedge.UNDER),
     ("almost", Hedge.NEARLY), ("just over", Hedge.JUST_OVER), ("just", Hedge.NONE), ("up to", Hedge.AT_MOST)],
)
def test_hedge_words(words: str, hedge: Hedge) -> None:
    assert hedge_of(words) == hedge


def test_between_makes_a_range() -> None:
    claim = extract_claims("The Greens gained between 30 and 45 seats in Suffolk.")[0]
    assert claim.quantity is not None
    assert (claim.quantity.hedge, claim.quantity.value, claim.quantity.high) == (Hedge.RANGE, 30, 45)


def test_sentences_keep_exact_offsets() -> None:
    text = "Labour won Hull. The Tories held Kent!\n\nIn Fife (Mr. Smith's patch. Really) the SNP won."
    spans = [(s.start, s.end) for s in split_sentences(prepare(text).text)]
    assert [text[a:b] for a, b in spans] == [
        "Labour won Hull.", "The Tories held Kent!", "In Fife (Mr. Smith's patch. Really) the SNP won."]


def test_pysbd_engine_gives_the_same_claims_on_plain_prose() -> None:
    text = "Labour lost 3 in Leeds. The Greens gained 2 in Bath."
    fast = [(c.span, c.place) for c in extract_claims(text)]
    assert fast == [(c.span, c.place) for c in extract_claims(text, sentence_engine="pysbd")]


def test_html_and_markdown_are_read_as_prose_with_offsets_into_the_source() -> None:
    text = "<p>**Labour** lost 3 seats in <b>Leeds</b>.</p>"
    claim = extract_claims(text)[0]
    assert claim.place == "Leeds" and claim.text == text[claim.span.start:claim.span.end]


def test_line_and_column_are_one_based() -> None:
    claim = extract_claims("Intro line.\n  The Greens gained 4 seats in Bath.")[0]
    assert (claim.span.line, claim.span.column) == (2, 3)


def test_a_vocabulary_names_places_the_heuristic_would_miss() -> None:
    vocabulary = Vocabulary.build(places=["King's Lynn and West Norfolk"], parties={"Yorkshire Party": "yorks"})
    claim = extract_claims("The Yorkshire Party gained 2 seats in King's Lynn and West Norfolk.", vocabulary)[0]
    assert (claim.party, claim.place) == ("The Yorkshire Party", "King's Lynn and West Norfolk")
    assert vocabulary.party_id("the Tories") == "con"


def test_claims_are_numbered_in_order() -> None:
    claims = extract_claims("Labour lost 2 in Leeds. Plaid gained 3 in Conwy and held Gwynedd.")
    assert [c.id for c in claims] == ["c1", "c2", "c3"]


def test_a_line_break_inside_a_sentence_is_a_space_and_offsets_stay_exact() -> None:
    text = "Reform gained\n4 seats in Rotherham. The Greens held\nStroud.\n- Plaid won Gwynedd"
    spans = [(s.start, s.end) for s in split_sentences(prepare(text).text)]
    assert [text[a:b] for a, b in spans] == [
        "Reform gained\n4 seats in Rotherham.", "The Greens held\nStroud.", "- Plaid won Gwynedd"]


def test_people_named_after_prepositions_are_not_places_with_a_gazetteer() -> None:
    gazetteer = Vocabulary.build(places=["Harrogate", "Leeds"])
    _, places = find_mentions("I went canvassing with Sam Patel in Harrogate and for Jo Brand in Leeds.", gazetteer)
    assert [p.text for p in places] == ["Harrogate", "Leeds"]


def test_titled_people_are_not_places_with_any_vocabulary() -> None:
    for vocabulary in (DEFAULT_VOCABULARY, Vocabulary.build(places=["Wigan"])):
        _, places = find_mentions("Thanks to Councillor Priya Shah in Wigan, Labour won.", vocabulary)
        assert [p.text for p in places] == ["Wigan"]


def test_a_gazetteer_takes_places_that_resemble_its_names_or_say_what_they_are() -> None:
    gazetteer = Vocabulary.build(places=["Merthyr Tydfil", "Stoke-on-Trent", "Sheffield"])
    _, places = find_mentions("Labour held Merthyr, lost Stoke-on-Trent and won Hythe Town Council.", gazetteer)
    assert [p.text for p in places] == ["Merthyr", "Stoke-on-Trent", "Hythe Town Council"]
    _, places = find_mentions("The Greens did well in the Sheffield city region.", gazetteer)
    assert [p.text for p in places] == ["the Sheffield city region"]


def test_vocabulary_names_match_in_any_case_and_spacing_longest_first() -> None:
    vocabulary = Vocabulary.build(places=["Stoke-on-Trent", "Stoke", "Brighton and Hove"],
                                  parties={"Yorkshire Party": "y"}, use_place_heuristic=False)
    parties, places = find_mentions(
        "The YORKSHIRE  Party won in Stoke on\u00a0Trent, Stoke and Brighton & Hove.", vocabulary)
    assert [p.text for p in parties] == ["The YORKSHIRE  Party"]
    assert [p.text for p in places] == ["Stoke on\u00a0Trent", "Stoke", "Brighton & Hove"]


def test_a_name_running_into_a_hyphenated_word_or_a_longer_word_is_not_a_mention() -> None:
    vocabulary = Vocabulary.build(places=["Hull"], use_place_heuristic=False)
    parties, places = find_mentions("Labour-run Hull-based Hullabaloo, in Hull.", vocabulary)
    assert parties == []
    assert [(p.text, p.start) for p in places] == [("Hull", 37)]


@pytest.mark.parametrize("national", ["Nationally the Conservatives lost 40 seats.",
                                      "On the BBC tally the Conservatives lost 40 seats.",
                                      "The Conservatives lost hundreds of seats."])
def test_a_council_named_before_is_not_carried_into_a_national_claim(national: str) -> None:
    claims = extract_claims("The Lib Dems kept Eastleigh. " + national, DEFAULT_VOCABULARY)
    assert [c.place for c in claims][0] == "Eastleigh"
    assert all(c.place != "Eastleigh" for c in claims[1:]) and len(claims) == 2


def test_we_in_a_release_is_the_party_that_issues_it():
    text = ("The Greens today welcomed a night of gains. The Conservatives lost ground and the Conservatives "
            "lost councils; the Conservatives blamed the weather. We gained 5 seats in Bristol, we held our "
            "ground in Norwich and our vote rose. We are delighted.")
    claims = [c for c in extract_claims(text) if c.type.value == "seat_change" and c.place == "Bristol"]
    assert [c.party for c in claims] == ["Greens"]


def test_a_place_named_in_full_can_then_go_by_its_first_word() -> None:
    vocabulary = Vocabulary.build(places=["Tunbridge Wells", "North Tyneside", "London"])
    text = ("Counting in Tunbridge Wells and North Tyneside finished late. Tunbridge was the upset of the night: "
            "the Lib Dems took control of the council. North of the border, Labour lost 3 seats in London.")
    claims = extract_claims(text, vocabulary)
    assert [(c.type.value, c.place) for c in claims] == [
        ("council_control", "Tunbridge Wells"), ("seat_change", "London")]


def test_no_overall_control_is_not_a_national_cue_and_lower_case_words_are_no_party() -> None:
    vocabulary = Vocabulary.build(places=["Bassetlaw"])
    claims = extract_claims("Bassetlaw was close. Labour emerged as the largest party, with 14, and the council "
                            "remains in no overall control.", vocabulary)
    assert [(c.type.value, c.place) for c in claims][0] == ("ranking", "Bassetlaw")
    assert "council_count_change" not in [c.type.value for c in claims]  # "14, and the council" counts no councils
