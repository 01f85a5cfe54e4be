"""Resolving places, parties and elections: aliases first, fuzzy matching second."""

import pytest

from factcheck.model import Claim, ClaimType, Election, Span
from factcheck.resolve import ElectionCalendar, Gazetteer, PlaceName, claim_election

PLACES = [
    PlaceName("Kingston upon Hull, City of", "E06000010", "Kingston upon Hull", "council"),
    PlaceName("Wirral", "E08000015", "Wirral", "council"),
    PlaceName("Nuneaton and Bedworth", "E07000219", "Nuneaton and Bedworth", "council"),
    PlaceName("Kensington and Chelsea", "E09000020", "Kensington and Chelsea", "council"),
    PlaceName("Solihull", "E08000029", "Solihull", "council"),
    PlaceName("Liverpool", "E08000012", "Liverpool", "council"),
    PlaceName("Liverpool City Region", "liverpool-city-region", "Liverpool City Region", "mayoralty"),
    PlaceName("West of England", "west-of-england", "West of England", "mayoralty"),
    PlaceName("Stoke-on-Trent", "E06000021", "Stoke-on-Trent", "council"),
]
PARTIES = {"Labour": "lab", "Conservative": "con", "Tories": "con", "Tory": "con", "Lib Dems": "ld",
           "Liberal Democrats": "ld", "Green Party": "green", "Greens": "green"}


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(PLACES, PARTIES)


@pytest.mark.parametrize(("written", "code"), [
    ("Hull", "E06000010"),
    ("Hull City Council", "E06000010"),
    ("the Wirral", "E08000015"),
    ("Nuneaton", "E07000219"),
    ("Kensington & Chelsea", "E09000020"),
    ("Stoke On Trent", "E06000021"),
    ("Liverpool", "E08000012"),
])
def test_places_resolve_through_aliases_and_fuzzy_matching(gazetteer, written, code):
    place = gazetteer.place(written)
    assert place is not None and place.code == code
    assert 0.8 <= place.confidence <= 1.0


def test_hull_is_not_solihull(gazetteer):
    assert gazetteer.place("Hull").code != "E08000029"


def test_a_nation_is_not_a_mayoralty_with_its_name_inside(gazetteer):
    assert gazetteer.place("England", prefer=("mayoralty", "council")).kind == "nation"


def test_a_mayoral_claim_prefers_the_city_region(gazetteer):
    place = gazetteer.place("Liverpool city", prefer=("mayoralty", "council"))
    assert place.code == "liverpool-city-region"


def test_national_places(gazetteer):
    assert gazetteer.place("Britain").code == "GB"
    assert gazetteer.place("Scotland").kind == "nation"


def test_unknown_places_do_not_resolve(gazetteer):
    assert gazetteer.place("Atlantis") is None


@pytest.mark.parametrize("written", ["Solihull Town Council", "Wirral Parish Council", "Liverpool Community Council"])
def test_a_town_or_parish_council_is_not_the_council_of_the_same_name(gazetteer, written):
    assert gazetteer.place(written) is None


@pytest.mark.parametrize(("written", "party"), [("the Tories", "con"), ("Lib Dems", "ld"), ("Labour", "lab"),
                                                 ("the Greens", "green"), ("Tory", "con")])
def test_parties_resolve_through_aliases(gazetteer, written, party):
    assert gazetteer.party(written) == party


CALENDAR = ElectionCalendar(
    ["2018-05-03", "2019-05-02", "2022-05-05", "2023-05-04"],
    {"2018-05-03": {"E08000015", "E09000020"}, "2022-05-05": {"E08000015", "E09000020", "E07000219"},
     "2023-05-04": {"E06000021"}, "2019-05-02": set()},
)


def test_a_publication_date_picks_the_latest_election_before_it():
    election = CALENDAR.from_text("Posted May 11, 2023 by a reader\nLabour won.")
    assert election == Election("2023-05-04", "the text mentions 'May 11, 2023'")


def test_front_matter_date_wins():
    election = CALENDAR.from_text("Labour won.", {"date": "2022-05-07"})
    assert election.date == "2022-05-05" and "front matter" in election.how


def test_the_option_wins_and_is_validated():
    assert CALENDAR.from_option("2022-05-05").date == "2022-05-05"
    with pytest.raises(ValueError):
        CALENDAR.from_option("next Tuesday")


def claim(hint, sentence="", kind=ClaimType.SEAT_COUNT):
    return Claim("c1", kind, Span(0, 1, 1, 1), "x", sentence=sentence, election_hint=hint)


@pytest.mark.parametrize(("hint", "sentence", "expected"), [
    ("in 2018", "In 2018 Labour won 25 seats.", "2018-05-03"),  # its own year
    ("in 2005", "Back in 2005 Labour won 30 seats.", None),  # a year the data does not hold: none
    ("since 2018", "Labour's best result since 2018.", "2022-05-05"),  # a baseline: the document's
    ("in 1974", "Labour won it, a first since its creation in 1974.", "2022-05-05"),
    ("in 2019", "In Wirral, where a new leader took over in 2019, Labour won 30 seats.", "2022-05-05"),
])
def test_a_claims_own_year_is_its_election_never_the_documents(hint, sentence, expected):
    assert claim_election(claim(hint, sentence), Election("2022-05-05", ""), CALENDAR) == expected


def test_a_mayoralty_named_loosely_is_the_one_that_voted_that_day():
    from factcheck.resolve import resolve_claim

    places = [PlaceName("Ashby City", "ashby", "Mayor of Ashby", "mayoralty"),
              PlaceName("Ashby City Region", "ashby-region", "Ashby City Region", "mayoralty"),
              PlaceName("Ashby", "E0000001", "Ashby", "council")]
    calendar = ElectionCalendar(["2021-05-06"], {"2021-05-06": {"ashby-region"}})
    written = Claim("c1", ClaimType.VOTE_SHARE, Span(0, 1, 1, 1), "x", sentence="The Ashby city mayoral race.",
                    place="Ashby city", qualifiers=("mayoral",))
    resolved = resolve_claim(written, Gazetteer(places, PARTIES), Election("2021-05-06", ""), calendar)
    assert resolved.place is not None and resolved.place.code == "ashby-region", resolved.place


def test_a_loosely_named_place_goes_with_the_kinds_of_council_the_text_names():
    """Two councils answer to "Kingston": beside London boroughs it is the London one."""
    gazetteer = Gazetteer(PLACES + [PlaceName("Kingston upon Thames", "E09000021", "Kingston upon Thames", "council"),
                                    PlaceName("Hounslow", "E09000018", "Hounslow", "council")], PARTIES)
    assert gazetteer.place("Kingston", near={"E09": 3}).code == "E09000021"
    assert gazetteer.place("Kingston", near={"E08": 2}).code == "E06000010"
    assert gazetteer.place("Kingston").code == "E06000010"
