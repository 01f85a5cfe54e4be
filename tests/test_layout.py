"""The layout and table reader (factcheck/extract/layout): results set out as scoreboards, lists, headings with
bullets, key:value blocks, column tables and runs in prose. Every layout here is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.layout import Mentions, read_layout
from factcheck.extract.mentions import read_mentions
from factcheck.extract.sentences import prepare
from factcheck.extract.vocabulary import Vocabulary
from factcheck.model import Claim

PLACES = ["Ashby", "Brantwood", "Carnforth", "Dunmore", "Eskdale", "Fellside", "Greyholme", "Scotland", "Wales",
          "England"]
VOCABULARY = Vocabulary.build(PLACES)


def layout_claims(text: str) -> list[Claim]:
    return [c for c in extract_claims(text, VOCABULARY) if "layout" in c.qualifiers]


def brief(claim: Claim) -> dict[str, Any]:
    q = claim.quantity
    return {"type": claim.type.value, "party": claim.party, "place": claim.place,
            "value": q.value if q else None, "unit": q.unit if q else None, "direction": claim.direction.value,
            "text": claim.text}


def assert_claims(text: str, expected: list[dict[str, Any]]) -> None:
    got = [brief(c) for c in layout_claims(text)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert {k: g[k] for k in e} == e, (g, e)


# --- "Party N (+d)" lines and runs -------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Labour 1,204 (+31)", "Labour 1204 (+31)", "Labour: 1,204 (+31)", "Labour \u2013 1,204 (+31)",
    "Labour 1,204 ( +31 )", "Labour 1,204 +31", "Labour 1,204 (+31 seats)",
])
def test_a_scoreboard_line_gives_a_count_and_a_gain(line: str) -> None:
    assert_claims(f"Overall\n\n{line}\n", [
        {"type": "seat_count", "party": "Labour", "place": None, "value": 1204, "unit": "seats", "text": line},
        {"type": "seat_change", "party": "Labour", "place": None, "value": 31, "direction": "gain", "text": line},
    ])


@pytest.mark.parametrize(("change", "value", "direction"), [
    ("(-12)", 12, "loss"), ("(\u221212)", 12, "loss"), ("(\u201312)", 12, "loss"), ("-12", 12, "loss"),
    ("(N/C)", 0, "none"), ("(n/c)", 0, "none"), ("(-)", 0, "none"), ("(+0)", 0, "gain"),
])
def test_signs_dashes_and_no_change(change: str, value: int, direction: str) -> None:
    claims = layout_claims(f"Total\nConservatives 980 {change}\nGreens 95 (+8)\n")
    assert [brief(c)["value"] for c in claims] == [980, value, 95, 8]
    assert claims[1].type.value == "seat_change" and claims[1].direction.value == direction


def test_a_place_head_gives_the_place_of_its_entries() -> None:
    assert_claims("Brantwood: Lab 30 (+4), Con 20 (-3), LD 6.", [
        {"type": "seat_count", "party": "Lab", "place": "Brantwood", "value": 30, "text": "Lab 30 (+4)"},
        {"type": "seat_change", "party": "Lab", "place": "Brantwood", "value": 4, "direction": "gain"},
        {"type": "seat_count", "party": "Con", "place": "Brantwood", "value": 20},
        {"type": "seat_change", "party": "Con", "value": 3, "direction": "loss"},
        {"type": "seat_count", "party": "LD", "place": "Brantwood", "value": 6, "text": "LD 6"},
    ])


@pytest.mark.parametrize("separator", [":", " -", " \u2013", ""])
def test_one_party_a_line_under_a_place_heading(separator: str) -> None:
    text = f"Eskdale\n\nLib Dems{separator} 22 (+5)\nConservatives{separator} 9 (-6)\nGreen{separator} 2 (N/C)\n"
    claims = layout_claims(text)
    assert [(c.party, c.place, c.type.value, c.quantity.value) for c in claims if c.quantity] == [
        ("Lib Dems", "Eskdale", "seat_count", 22), ("Lib Dems", "Eskdale", "seat_change", 5),
        ("Conservatives", "Eskdale", "seat_count", 9), ("Conservatives", "Eskdale", "seat_change", 6),
        ("Green", "Eskdale", "seat_count", 2), ("Green", "Eskdale", "seat_change", 0)]


def test_table_abbreviations_are_read_as_parties() -> None:
    claims = layout_claims("Dunmore seat results:\nLDem: 31 (+9)\nCons: 14 (-10)\nGrn: 3 (+1)\n")
    assert [(c.party, c.place, c.quantity.value) for c in claims if c.type.value == "seat_count"] == [
        ("LDem", "Dunmore", 31), ("Cons", "Dunmore", 14), ("Grn", "Dunmore", 3)]


def test_words_after_the_count() -> None:
    assert_claims("Fellside results:\n\nGreens - 17 seats, up six on last elections.\n\n"
                  "Labour - 5 seats, down 4 on last elections.\n", [
                      {"type": "seat_count", "party": "Greens", "place": "Fellside", "value": 17},
                      {"type": "seat_change", "party": "Greens", "value": 6, "direction": "gain"},
                      {"type": "seat_count", "party": "Labour", "value": 5},
                      {"type": "seat_change", "party": "Labour", "value": 4, "direction": "loss"},
                  ])


def test_a_national_sized_count_makes_the_whole_list_national() -> None:
    text = "Counting went on in Greyholme.\n\nLabour 1,410 (+52)\nGreens 88 (+20)\n"
    assert {c.place for c in layout_claims(text)} == {None}


# --- headings with bullet lists, key:value blocks -------------------------------------------------------
@pytest.mark.parametrize("party_line", ["Scottish Greens", "Scottish Greens:", "SCOTTISH GREENS"])
def test_a_nation_heading_and_a_party_heading_with_key_value_lines(party_line: str) -> None:
    text = f"SCOTLAND\n\n{party_line}\nCouncils: 1\nSeats: 41 (+13)\n"
    claims = layout_claims(text)
    party = party_line.rstrip(":")
    assert [brief(c) for c in claims] == [
        {"type": "council_count_change", "party": party, "place": "Scotland", "value": 1,
         "unit": "councils", "direction": "none", "text": "Councils: 1"},
        {"type": "seat_count", "party": party, "place": "Scotland", "value": 41, "unit": "seats",
         "direction": "none", "text": "Seats: 41 (+13)"},
        {"type": "seat_change", "party": party, "place": "Scotland", "value": 13, "unit": "seats",
         "direction": "gain", "text": "Seats: 41 (+13)"},
    ]
    assert "councils_held" in claims[0].qualifiers


@pytest.mark.parametrize("bullet", ["- ", "* ", "\u2022 ", ""])
def test_a_party_heading_with_bullets(bullet: str) -> None:
    text = f"Results in Wales\n\nPlaid Cymru:\n{bullet}Councils: 4 (+2)\n{bullet}Councillors: 202 (+31)\n"
    assert_claims(text, [
        {"type": "council_count_change", "party": "Plaid Cymru", "place": "Wales", "value": 4},
        {"type": "council_count_change", "party": "Plaid Cymru", "place": "Wales", "value": 2, "direction": "gain"},
        {"type": "seat_count", "party": "Plaid Cymru", "place": "Wales", "value": 202},
        {"type": "seat_change", "party": "Plaid Cymru", "place": "Wales", "value": 31},
    ])


@pytest.mark.parametrize("line", [
    "Greens \u2013 Councils: 3 (+1) Councillors: 262 (+58)",
    "Greens - Councils: 3 (+1) Councillors: 262 (+58)",
    "Greens: Councils: 3 (+1), Councillors: 262 (+58)",
    "Greens - Councils: 3 (+1); Councillors: 262 (+58)",
])
def test_party_then_key_value_fields_on_one_line(line: str) -> None:
    claims = layout_claims(f"Overall\n\n{line}\n")
    assert [(c.type.value, c.party, c.place, c.quantity.value, c.direction.value) for c in claims] == [
        ("council_count_change", "Greens", None, 3, "none"), ("council_count_change", "Greens", None, 1, "gain"),
        ("seat_count", "Greens", None, 262, "none"), ("seat_change", "Greens", None, 58, "gain")]
    assert "Councillors: 262 (+58)" in claims[-1].text


def test_key_value_with_a_share_and_words() -> None:
    claims = layout_claims("WALES\n\nWelsh Labour: 410 seats won, gaining 12. Vote share: 33 per cent\n")
    assert [(c.type.value, c.place, c.quantity.value) for c in claims] == [
        ("seat_count", "Wales", 410), ("seat_change", "Wales", 12), ("vote_share", "Wales", 33)]


# --- column tables ---------------------------------------------------------------------------------------
TABLE = """National picture

Party      Lab     Con    LD    Green
Seats      1,512   844    398   121
Seats +/-  +64     -233   +45   N/C
Councils   31      9      6     -
{share}   34%     27%    18%   10%
"""


@pytest.mark.parametrize("share", ["Projected share", "PNS", "Projected national share"])
def test_a_column_table(share: str) -> None:
    claims = layout_claims(TABLE.format(share=share))
    rows = [(c.type.value, c.party, c.quantity.value, c.direction.value, c.text) for c in claims]
    assert rows[:4] == [("seat_count", "Lab", 1512, "none", "1,512"), ("seat_count", "Con", 844, "none", "844"),
                        ("seat_count", "LD", 398, "none", "398"), ("seat_count", "Green", 121, "none", "121")]
    assert rows[4:8] == [("seat_change", "Lab", 64, "gain", "+64"), ("seat_change", "Con", 233, "loss", "-233"),
                         ("seat_change", "LD", 45, "gain", "+45"), ("seat_change", "Green", 0, "none", "N/C")]
    assert [r[:3] for r in rows[8:12]] == [("council_count_change", "Lab", 31), ("council_count_change", "Con", 9),
                                           ("council_count_change", "LD", 6), ("council_count_change", "Green", 0)]
    assert [r[:3] for r in rows[12:]] == [("national_projected_share", p, v)
                                          for p, v in (("Lab", 34), ("Con", 27), ("LD", 18), ("Green", 10))]
    assert {c.place for c in claims} == {None}


def test_a_column_table_with_pipes_and_a_share_row() -> None:
    text = "Carnforth\n\n| | Labour | Conservatives | Greens |\n| Seats | 21 | 12 | 4 |\n| Share | 41% | 30% | 12% |\n"
    claims = layout_claims(text)
    assert [(c.type.value, c.party, c.place, c.quantity.value) for c in claims] == [
        ("seat_count", "Labour", "Carnforth", 21), ("seat_count", "Conservatives", "Carnforth", 12),
        ("seat_count", "Greens", "Carnforth", 4), ("vote_share", "Labour", "Carnforth", 41),
        ("vote_share", "Conservatives", "Carnforth", 30), ("vote_share", "Greens", "Carnforth", 12)]


def test_a_header_row_of_measures_with_a_row_per_party() -> None:
    text = "Overall\n\nParty  Councils  +/-  Councillors  +/-\nLab  12  +3  702  +88\nCon  7  -4  511  -140\n"
    claims = layout_claims(text)
    assert [(c.type.value, c.party, c.quantity.value, c.direction.value) for c in claims] == [
        ("council_count_change", "Lab", 12, "none"), ("council_count_change", "Lab", 3, "gain"),
        ("seat_count", "Lab", 702, "none"), ("seat_change", "Lab", 88, "gain"),
        ("council_count_change", "Con", 7, "none"), ("council_count_change", "Con", 4, "loss"),
        ("seat_count", "Con", 511, "none"), ("seat_change", "Con", 140, "loss")]
    assert claims[0].text.startswith("Lab")


def test_a_candidate_table_gives_mayoral_votes() -> None:
    text = ("Ashby mayoral election\n\nCandidate Party Votes\nJo Marsh Labour 61,204 Elected\n"
            "Sam Ford Conservative 48,377\n")
    claims = layout_claims(text)
    assert [(c.type.value, c.party, c.place, c.quantity.value, c.quantity.unit) for c in claims] == [
        ("mayoral_result", "Labour", "Ashby", 61204, "votes"),
        ("mayoral_result", "Conservative", "Ashby", 48377, "votes")]


# --- runs in prose ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The new council: Labour 17, Conservatives 13, Lib Dems 11.",
    "The new council: Labour 17, Conservatives 13 and Lib Dems 11.",
    "The count finished leaving Labour on 17, Conservatives 13 and Lib Dems eleven.",
    "The council now has 17 Labour, 13 Conservatives and 11 Lib Dems.",
])
def test_a_run_of_counts_in_prose_takes_the_heading_place(sentence: str) -> None:
    claims = layout_claims(f"Greyholme\n\n{sentence}\n")
    assert [(c.type.value, c.party, c.place, c.quantity.value) for c in claims] == [
        ("seat_count", "Labour", "Greyholme", 17), ("seat_count", "Conservatives", "Greyholme", 13),
        ("seat_count", "Lib Dems", "Greyholme", 11)]


def test_a_prose_place_after_the_heading_wins() -> None:
    text = "Greyholme\n\nNext door in Fellside the count ended.\nThe new council: Labour 9, Greens 7.\n"
    assert {c.place for c in layout_claims(text)} == {"Fellside"}


@pytest.mark.parametrize("sentence", [
    "The Lib Dems (+60 seats) and the Greens (+41 seats) both made progress.",
    "Both the Lib Dems (+60 seats) and the Greens (+41 seats) made progress.",
    "The Lib Dems (+60) and the Greens (+41) both made progress.",
])
def test_party_with_a_bracketed_gain(sentence: str) -> None:
    folded, layout = _layout(sentence)
    assert [(c.type.value, c.party.removeprefix("the ").removeprefix("The "), c.quantity.value, c.direction.value)
            for c in layout.cells] == [("seat_change", "Lib Dems", 60, "gain"), ("seat_change", "Greens", 41, "gain")]
    assert all(c.in_prose and c.scope == "national" for c in layout.cells)
    claims = extract_claims(sentence, VOCABULARY)  # a claim family's reading of the same figure may win
    assert [(c.type.value, c.place, c.quantity.value) for c in claims] == [
        ("seat_change", None, 60), ("seat_change", None, 41)]


def test_places_with_bracketed_gains_take_the_party_from_the_text() -> None:
    text = "The Greens had a fine night. Their best gains were in Ashby (+12), Dunmore (+9) and Eskdale (+4)."
    folded, layout = _layout(text)
    assert [(c.party, c.place, c.quantity.value, folded[c.start:c.end]) for c in layout.cells] == [
        (None, "Ashby", 12, "Ashby (+12)"), (None, "Dunmore", 9, "Dunmore (+9)"), (None, "Eskdale", 4, "Eskdale (+4)")]
    claims = extract_claims(text, VOCABULARY)
    assert [(c.party.removeprefix("The "), c.place, c.quantity.value) for c in claims] == [
        ("Greens", "Ashby", 12), ("Greens", "Dunmore", 9), ("Greens", "Eskdale", 4)]


def test_prose_that_is_not_a_list_is_left_to_the_families() -> None:
    assert layout_claims("Labour 2019 was a different story, and the Greens were nowhere.") == []
    assert layout_claims("In Ashby Labour won 22 seats.") == []


# --- verdict lines (what results_lines read) --------------------------------------------------------------
@pytest.mark.parametrize(("text", "party", "place", "direction", "other"), [
    ("Carnforth: Labour hold.", "Labour", "Carnforth", "hold", None),
    ("Carnforth: Lab 30 (+4), Con 20.\nLab gain from Con.", "Lab", "Carnforth", "gain", "Con"),
    ("- Dunmore (Lib Dem gain from Con)", "Lib Dem", "Dunmore", "gain", "Con"),
    ("\u2013 Eskdale (Lab gain from no overall control)", "Lab", "Eskdale", "gain", None),
    ("Green gains:\n\nAshby (from Con)\n\nFellside (from Lab)", "Green", "Ashby", "gain", "Con"),
    ("Brantwood results\nLDem GAIN from Con.", "LDem", "Brantwood", "gain", "Con"),
])
def test_control_verdict_lines(text: str, party: str, place: str, direction: str, other: str | None) -> None:
    control = [c for c in layout_claims(text) if c.type.value == "council_control"]
    assert (control[0].party, control[0].place, control[0].direction.value, control[0].other_party) == (
        party, place, direction, other)


def test_a_party_gains_heading_gives_every_place_under_it() -> None:
    control = layout_claims("Green gains:\n\nAshby (from Con)\nFellside (from Lab)\nDunmore\n")
    assert [(c.party, c.place, c.other_party) for c in control] == [
        ("Green", "Ashby", "Con"), ("Green", "Fellside", "Lab"), ("Green", "Dunmore", None)]


# --- headings for the discourse model ---------------------------------------------------------------------
def _layout(text: str):  # noqa: ANN202 - a Layout
    folded = prepare(text).text
    parties, places, _ = read_mentions(folded.replace("\n", " "), VOCABULARY)
    return folded, read_layout(folded, Mentions.of(parties, places))


def test_the_heading_path_above_each_offset() -> None:
    text = "SCOTLAND\n\nGreens:\nSeats: 41 (+13)\n\nAshby\n\nLabour held on in the town.\n"
    folded, layout = _layout(text)
    assert layout.heading_path(0)[0].scope == "Scotland"
    path = layout.heading_path(folded.index("Seats"))
    assert [(h.scope, h.party) for h in path] == [("Scotland", None), (None, "Greens")]
    path = layout.heading_path(folded.index("Labour held"))
    assert [h.place for h in path] == ["Ashby"]  # a place heading ends the nation's and the party's sections


def test_a_measure_heading_keeps_the_place() -> None:
    folded, layout = _layout("Dunmore, vote share:\nLab: 41.2% (+3.1)\nSeat results:\nLab: 20 (+2)\n")
    path = layout.heading_path(folded.index("Lab: 20"))
    assert [(h.place, h.measure) for h in path] == [("Dunmore", "share"), (None, "seats")]
    assert [(c.type.value, c.place, c.quantity.value) for c in layout.cells] == [
        ("vote_share", "Dunmore", 41.2), ("seat_count", "Dunmore", 20), ("seat_change", "Dunmore", 2)]


@pytest.mark.parametrize(("text", "span"), [
    ("\u2013 Dunmore (Lib Dem gain from Con)", "Dunmore (Lib Dem gain from Con)"),
    ("Carnforth: Labour hold.", "Carnforth: Labour hold"),
    ("Lab gain from Con", "Lab gain from Con"),
])
def test_a_verdict_line_claim_covers_its_line(text: str, span: str) -> None:
    assert [c.text for c in layout_claims(text)] == [span]


def test_a_markdown_table_with_a_rule_row() -> None:
    text = "Brantwood\n\n| Party | Seats | Change |\n|---|---|---|\n| Labour | 25 | +3 |\n| Greens | 6 | -1 |\n"
    claims = layout_claims(text)
    assert [(c.type.value, c.party, c.place, c.quantity.value, c.direction.value) for c in claims] == [
        ("seat_count", "Labour", "Brantwood", 25, "none"), ("seat_change", "Labour", "Brantwood", 3, "gain"),
        ("seat_count", "Greens", "Brantwood", 6, "none"), ("seat_change", "Greens", "Brantwood", 1, "loss")]


def test_percentages_under_a_projected_share_heading() -> None:
    claims = layout_claims("Projected national share:\nLabour 35% (+2)\nConservatives 28% (-6)\n")
    assert [(c.type.value, c.party, c.place, c.quantity.value) for c in claims] == [
        ("national_projected_share", "Labour", None, 35), ("national_projected_share", "Conservatives", None, 28)]


def test_a_scoreboard_in_capitals_with_a_measure_header() -> None:
    text = ("ENGLAND\n\nPARTY  COUNCILLORS  +/-  COUNCILS  +/-\nLAB  1,204  +31  20  +2\nGRN  95  +8  0  N/C\n"
            "IND  310  -4  1  -1\n")
    claims = layout_claims(text)
    assert [(c.type.value, c.party, c.place, c.quantity.value, c.direction.value) for c in claims[:4]] == [
        ("seat_count", "LAB", "England", 1204, "none"), ("seat_change", "LAB", "England", 31, "gain"),
        ("council_count_change", "LAB", "England", 20, "none"), ("council_count_change", "LAB", "England", 2, "gain")]
    assert [c.party for c in claims] == ["LAB"] * 4 + ["GRN"] * 4 + ["IND"] * 4


@pytest.mark.parametrize(("change", "value", "direction"), [("(up 3)", 3, "gain"), ("(down 2)", 2, "loss"),
                                                             ("(no change)", 0, "none")])
def test_a_change_in_words_inside_brackets(change: str, value: int, direction: str) -> None:
    claims = layout_claims(f"Eskdale\n\nConservatives: 18 {change}\n")
    assert [(c.type.value, c.quantity.value, c.direction.value) for c in claims] == [
        ("seat_count", 18, "none"), ("seat_change", value, direction)]


def test_a_party_table_with_an_others_column() -> None:
    text = "Overall\n\n          Con    Lab    LD    Others\nSeats     5,010  2,460  1,221  803\n"
    claims = layout_claims(text)
    assert [(c.party, c.quantity.value) for c in claims] == [("Con", 5010), ("Lab", 2460), ("LD", 1221),
                                                             ("Others", 803)]


@pytest.mark.parametrize(("line", "party", "place", "direction", "other"), [
    ("Labour gain Brantwood from Conservatives", "Labour", "Brantwood", "gain", "Conservatives"),
    ("Lib Dems hold Carnforth", "Lib Dems", "Carnforth", "hold", None),
    ("Greens GAIN Dunmore from Lab", "Greens", "Dunmore", "gain", "Lab"),
])
def test_a_verdict_line_naming_the_council_after_the_verb(line: str, party: str, place: str, direction: str,
                                                          other: str | None) -> None:
    control = layout_claims(f"KEY RESULTS\n{line}\n")
    assert [(c.party, c.place, c.direction.value, c.other_party) for c in control] == [
        (party, place, direction, other)]


def test_a_name_before_a_colon_is_the_place_even_unknown() -> None:
    claims = layout_claims("Ashby\n\nMossbank: Labour 32 seats (+4), Conservative 12 seats (-4)\n")
    assert {c.place for c in claims} == {"Mossbank"}


def test_a_run_in_prose_outranks_a_loose_reading() -> None:
    claims = extract_claims("The Conservatives won 24 seats in Fellside, Labour 18 (+6) and the Lib Dems 7 (+3).",
                            VOCABULARY)
    changes = [(c.party.removeprefix("the "), c.quantity.value, c.direction.value) for c in claims
               if c.type.value == "seat_change"]
    assert ("Labour", 6, "gain") in changes and ("Lib Dems", 3, "gain") in changes
    assert ("Labour", 18, "loss") not in changes


def test_a_place_heading_holds_for_the_prose_under_it_until_another_place_is_named() -> None:
    text = "ASHBY\n\nLabour had a good night here.\nIt was different in Dunmore.\n\nOverall\n\nThe Greens did well.\n"
    folded, layout = _layout(text)
    held = layout.place_heading_at(folded.index("Labour had"))
    assert held is not None and held.place == "ASHBY"  # as written
    assert layout.place_heading_at(folded.index("It was")) is held
    assert layout.place_heading_at(folded.index("Overall") - 1) is None  # Dunmore was named since
    national = layout.place_heading_at(folded.index("The Greens"))
    assert national is not None and national.scope == "national"


@pytest.mark.parametrize("text", [
    "Latest poll:\nLabour 44%, Conservatives 25%, Reform 14%\n",
    "A survey of Ashby voters\nLabour 22 (+3), Greens 9 (+2)\n",
    "The forecast for Dunmore: Labour 31 (+4), Conservatives 12 (-5)\n",
    "A bad night could leave Labour on 20, the Tories 14 and the Greens five.",
    "Will the new council be Labour 17, Conservatives 13, Lib Dems 11?",
])
def test_polls_forecasts_and_hedged_runs_are_not_results(text: str) -> None:
    assert layout_claims(text) == []


def test_a_month_is_not_a_hedge() -> None:
    claims = layout_claims("Greyholme\n\nIn May the new council: Labour 17, Conservatives 13, Lib Dems 11.\n")
    assert [c.quantity.value for c in claims] == [17, 13, 11]


def test_as_expected_is_not_a_forecast() -> None:
    claims = layout_claims("As expected, the count in Ashby went well.\nLabour 22 (+3)\nGreens 9 (+2)\n")
    assert [(c.place, c.quantity.value) for c in claims] == [("Ashby", 22), ("Ashby", 3), ("Ashby", 9), ("Ashby", 2)]


@pytest.mark.parametrize(("key", "value", "direction"), [("+/-: +16", 16, "gain"), ("Change: -4", 4, "loss"),
                                                         ("Net change: N/C", 0, "none")])
def test_a_change_on_its_own_key_line(key: str, value: int, direction: str) -> None:
    claims = layout_claims(f"Overall\n\nGreens:\nSeats: 35\n{key}\n")
    assert [(c.type.value, c.party, c.quantity.value, c.direction.value) for c in claims] == [
        ("seat_count", "Greens", 35, "none"), ("seat_change", "Greens", value, direction)]


def test_polls_closing_is_not_a_poll() -> None:
    text = "Polls closed at 10pm and the counts ran late.\n\nAshby: Lab 30 (+4), Con 20 (-3). Labour hold.\n"
    claims = layout_claims(text)
    assert [(c.type.value, c.place) for c in claims] == [
        ("seat_count", "Ashby"), ("seat_change", "Ashby"), ("seat_count", "Ashby"), ("seat_change", "Ashby"),
        ("council_control", "Ashby")]


def test_every_line_is_classified() -> None:
    text = ("SCOTLAND\n\nThe count ran late.\n- It was close in places.\nGreens:\nSeats: 41 (+13)\n"
            "Labour 210 (+20), Conservatives 190 (-50)\nLab gain from Con\n\n"
            "Party  Lab  Con  LD\nSeats  210  190  87\n\nParty  Seats  +/-\nLab  210  +20\n")
    folded, layout = _layout(text)
    kinds = {phrase: layout.block_at(folded.index(phrase)).kind for phrase in (
        "SCOTLAND", "The count", "It was close", "Greens:", "Seats: 41", "Labour 210", "Lab gain", "Party  Lab",
        "Seats  210", "Party  Seats", "Lab  210")}
    assert kinds == {"SCOTLAND": "heading", "The count": "prose", "It was close": "list_item", "Greens:": "heading",
                     "Seats: 41": "key_value", "Labour 210": "results", "Lab gain": "verdict",
                     "Party  Lab": "column_table", "Seats  210": "column_table", "Party  Seats": "table",
                     "Lab  210": "table"}


def test_a_run_on_the_council_just_named_is_placed_by_that_reference():
    text = "Voters in Greyholme turned out on Thursday.\n\nThe council now has 21 Labour, 9 Greens and 4 Conservatives."
    claims = layout_claims(text)
    assert [c.place for c in claims] == ["Greyholme"] * 3, claims
    assert not any("place_carried" in c.qualifiers for c in claims), claims


def test_a_run_under_a_place_named_above_it_is_marked_as_carried():
    text = "Voters in Greyholme turned out on Thursday.\n\nNow there are 21 Labour, 9 Greens and 4 Conservatives."
    claims = layout_claims(text)
    assert claims and all("place_carried" in c.qualifiers for c in claims), claims


def test_a_gain_from_no_overall_control_says_so() -> None:
    control = layout_claims("Green gains:\n\nAshby (from no overall control)\n")
    assert control and control[0].other_party is None and "from:no overall control" in control[0].qualifiers, control
