"""Reading an undated text's election from what it says: years, polling days, places, candidates, leaders, events.

The places and candidates here are invented; the calendar below says when each voted.
"""

import pytest

from factcheck.resolve import ElectionCalendar, Gazetteer, PlaceName
from factcheck.resolve.reading import read_election

DAYS = ["2016-05-05", "2017-05-04", "2018-05-03", "2019-05-02", "2021-05-06", "2022-05-05", "2023-05-04",
        "2024-05-02"]
VOTED = {  # place code -> years of its main elections
    "county-northshire": (2017, 2021),
    "borough-eastbridge": (2018, 2022),
    "district-riverton": (2019, 2023),
    "mayor-westmoor": (2017, 2021, 2024),
    "Scotland": (2017, 2022),
}
FILLER = {d: {f"elsewhere-{d}-{n}" for n in range(20)} for d in DAYS}  # the rest of each polling day
MAIN = {d: FILLER[d] | {code for code, years in VOTED.items() if int(d[:4]) in years} for d in DAYS}
BY_ELECTIONS = {"2020-10-01": {"district-riverton"}}
CANDIDATES = [  # (name, mayoralty, day, elected)
    ("Jane Holloway", "mayor-westmoor", "2017-05-04", True),
    ("Jane Holloway", "mayor-westmoor", "2021-05-06", True),
    ("Jane Holloway", "mayor-westmoor", "2024-05-02", True),
    ("Tom Archer", "mayor-westmoor", "2024-05-02", False),
]
CALENDAR = ElectionCalendar([*DAYS, *BY_ELECTIONS], {**MAIN, **BY_ELECTIONS}, MAIN, CANDIDATES)
GAZETTEER = Gazetteer(
    [PlaceName("Northshire", "county-northshire", "Northshire", "council"),
     PlaceName("Eastbridge", "borough-eastbridge", "Eastbridge", "council"),
     PlaceName("Riverton", "district-riverton", "Riverton", "council"),
     PlaceName("Westmoor", "mayor-westmoor", "Westmoor", "mayoralty")],
    {"Labour": "lab"},
)


def read(text):
    return read_election(text, CALENDAR, GAZETTEER)


# Each cue on its own, in a sentence of ours, and the polling day it points to.
CUES = [
    # a year used as the election is the election
    ("Looking back at the 2018 local elections, Labour did well in the suburbs.", "2018-05-03"),
    ("Council elections 2022: what happened in the shires", "2022-05-05"),
    ("In 2019, the Greens won seats almost everywhere they stood.", "2019-05-02"),
    # a year the text measures from is before it; a year still to come is after it
    ("Labour gained eight seats in Eastbridge, its best night there since 2018.", "2022-05-05"),
    ("Eastbridge's Tories now have until the next elections, due in 2022, to win the seats back.", "2018-05-03"),
    # a polling day without its year: the years it fell in
    ("The Greens gained four seats in Riverton in the 2 May elections.", "2019-05-02"),
    # the places named, and the days they voted (a by-election day is no candidate)
    ("Labour took Northshire and gained seats across Westmoor.", "2021-05-06"),
    ("The SNP lost ground in Scotland's councils.", "2022-05-05"),
    ("Labour held Riverton.", "2023-05-04"),
    # party leaders, by their time in office
    ("Corbyn's Labour gained five seats in Eastbridge.", "2018-05-03"),
    ("Keir Starmer's party lost ground in Northshire.", "2021-05-06"),
    ("Theresa May's Conservatives held on in Riverton.", "2019-05-02"),
    # events
    ("Westmoor voted in its first local elections since the pandemic.", "2021-05-06"),
    ("Turnout in the Westmoor mayoral race was down, though the pandemic was long over.", "2024-05-02"),
    ("Reform UK stood in every ward of Northshire.", "2021-05-06"),
    # mayoral candidates, their terms, a first mayoral election, a titled mayor who stands again
    ("Tom Archer came second in Westmoor.", "2024-05-02"),
    ("Jane Holloway was re-elected in Westmoor with Labour's biggest share yet.", "2024-05-02"),
    ("Jane Holloway won the first Westmoor mayoral election by a wide margin.", "2017-05-04"),
    ("Jane Holloway, newly elected, won a second term in Westmoor.", "2021-05-06"),
    ("Westmoor mayor Jane Holloway won a third term.", "2024-05-02"),
    # a mayor named by title and not standing is only in office
    ("Mayor of Westmoor Jane Holloway congratulated the new councillors in Eastbridge.", "2022-05-05"),
]


@pytest.mark.parametrize(("text", "day"), CUES, ids=[text[:40] for text, _ in CUES])
def test_each_cue_points_to_its_election(text, day):
    assert read(text).date == day


def test_a_mayoralty_named_in_a_text_with_no_mayor_is_only_an_area():
    assert not any(cue.words == "Westmoor" for cue in read("Labour gained seats across Westmoor.").cues)


def test_with_nothing_but_a_place_the_latest_election_is_a_weak_reading_and_says_so():
    reading = read("Labour held Riverton.")
    assert reading.weak
    assert "weak" in reading.election().how and "2019-05-02 fits almost as well" in reading.election().how


def test_a_former_leader_does_not_date_the_text():
    reading = read("Former leader Jeremy Corbyn campaigned for an independent in Riverton.")
    assert not any("Corbyn" in cue.words for cue in reading.cues)


def test_a_first_time_that_is_not_a_first_mayoral_election_is_not_one():
    reading = read("For the first time in years the Westmoor mayoral count was over by midnight.")
    assert not any("first" in cue.words for cue in reading.cues)


def test_a_year_the_reference_data_does_not_cover_gives_no_election():
    reading = read("The 2025 county council elections: Labour lost Northshire.")
    assert reading.date is None
    assert "2025" in reading.election().how and "does not cover" in reading.election().how


def test_a_text_with_nothing_that_points_to_an_election_gets_none():
    reading = read("Everyone agreed it had been a long night.")
    assert reading.date is None
    assert reading.election().how == "no date in the text and nothing in it that points to one election"


def test_the_explanation_names_what_in_the_text_pointed_to_the_election():
    how = read("Corbyn's Labour gained five seats in Eastbridge.").election().how
    assert how.startswith("read from the text") and "Corbyn" in how and "Eastbridge" in how
