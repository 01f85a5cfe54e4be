"""The gazetteer and the candidate importers, on small made-up files and (when present) the real ones."""

from __future__ import annotations

import csv
import gzip
import os
from pathlib import Path

import pytest

from factcheck.importers import (
    democracyclub2024,
    gazetteer,
    leap,
    leh,
    london2014,
    scotland2022,
    trafford,
    ward_votes2023,
)
from factcheck.importers.common import ImportFailure

REAL_SOURCES = Path(
    os.environ.get("FACTCHECK_SOURCES", Path(__file__).resolve().parents[2] / "shared" / "sources")
)


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows(rows)
    return path


LEAP_2018 = [
    ["Trafford", "E08000009", "Altrincham", "E05000819", "Ann Able", "C", "1500", "1"],
    ["Trafford", "E08000009", "Altrincham", "E05000819", "Bob Baker", "C", "1400", "1"],
    ["Trafford", "E08000009", "Altrincham", "E05000819", "Cat Cole", "Lab", "900", "0"],
    ["Trafford", "E08000009", "Altrincham", "E05000819", "Dan Dee", "Lab", "950", "0"],
    ["Trafford", "E08000009", "Bucklow", "E05000820", "Eve East", "Lab", "0", "1"],
    ["Stoke On Trent", "E06000021", "Abbey", "E05000001", "Fay Ford", "BIG", "300", "1"],
    ["Stoke On Trent", "E06000021", "Elected Mayor", "NULL", "NULL", "NULL", "NULL", "NULL"],
]


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A made-up sources folder in the same layout as ../shared/sources."""
    write_csv(tmp_path / leap.FOLDER / "2018/leap-2018-05-03.csv", LEAP_2018)
    write_csv(
        tmp_path / leap.FOLDER / "2017/leap-2017-05-04.csv",
        [["Aberdeen", "S12000033", "Dyce", "S13000001", "Gil Gray", "SNP", "700", "1"]],
    )
    write_csv(
        tmp_path / london2014.FILE,
        [
            [
                "Ward_code",
                "Borough_code",
                "Borough_name",
                "Ward_name",
                "candidate",
                "party",
                "party_long",
                "number_votes",
                "elected_flag",
                "Number of councillors in ward",
            ],
            [
                "E05000026",
                "E09000020",
                "Kensington & Chelsea",
                "Abbey",
                "Hal Hunt",
                "REA",
                "Abbey Residents",
                "1,200",
                "Yes",
                "1",
            ],
            [
                "E05000026",
                "E09000020",
                "Kensington & Chelsea",
                "Abbey",
                "Ivy Ing",
                "CON",
                "Conservative Party",
                "800",
                "",
                "1",
            ],
        ],
        encoding="utf-8-sig",
    )
    return tmp_path


@pytest.fixture
def built(sources: Path) -> gazetteer.Gazetteer:
    return gazetteer.build(sources)


def test_council_spellings_meet_at_one_code(built: gazetteer.Gazetteer) -> None:
    assert built.council_code("Stoke-on-Trent") == built.council_code("Stoke On Trent") == "E06000021"
    assert built.council_code("Kensington and Chelsea") == "E09000020"
    assert built.council_code("Trafford Council") == "E08000009"
    assert built.council_code("Aberdeen City") == "S12000033"
    assert built.council_code("Nowhere") is None


def test_national_party_labels_share_an_id(built: gazetteer.Gazetteer) -> None:
    for label in ("C", "Conservative and Unionist Party", "Tories", "Conservative Party"):
        assert built.party_id(label) == "con"
    for label in ("Lab", "Labour and Co-operative Party"):
        assert built.party_id(label) == "lab"
    assert {built.party_id(x) for x in ("LD", "Lib Dems", "Liberal Democrats")} == {"ld"}
    assert {built.party_id(x) for x in ("Grn", "Greens", "Green Party")} == {"green"}
    assert {built.party_id(x) for x in ("PC", "Plaid Cymru")} == {"pc"}
    assert {built.party_id(x) for x in ("Ind", "Independent")} == {"ind"}


def test_named_local_groups_stay_distinct(built: gazetteer.Gazetteer) -> None:
    assert built.party_id("Liverpool Community Independents") == "liverpool-community-independents"
    # A bare local code from LEAP is scoped to its council: the same letters mean different groups elsewhere.
    assert built.party_id("BIG", source_id="leap-2018", council_code="E06000021").startswith("big-")
    aliases = built.tables()["party_aliases"]
    assert "Liverpool Community Independents" in set(aliases["alias"])


def test_leap_counts_seats_and_top_candidates(sources: Path, built: gazetteer.Gazetteer) -> None:
    rows = leap.load(sources, built)["candidates"]
    altrincham = rows[rows["ward_name"] == "Altrincham"].set_index("candidate")
    assert set(altrincham["seats"]) == {2}
    assert altrincham.loc["Ann Able", "vote_effective"] and not altrincham.loc["Bob Baker", "vote_effective"]
    assert altrincham.loc["Dan Dee", "vote_effective"] and not altrincham.loc["Cat Cole", "vote_effective"]
    assert "Elected Mayor" not in set(rows["ward_name"])


def test_leap_uncontested_return_is_kept_without_votes(sources: Path, built: gazetteer.Gazetteer) -> None:
    rows = leap.load(sources, built)["candidates"]
    unopposed = rows[rows["ward_name"] == "Bucklow"]
    assert unopposed["elected"].all() and unopposed["votes"].isna().all()


def test_leap_malformed_row_names_file_and_row(sources: Path, built: gazetteer.Gazetteer) -> None:
    write_csv(
        sources / leap.FOLDER / "2019/leap-2019-05-02.csv",
        [LEAP_2018[0], ["Trafford", "E08000009", "Altrincham", "E05000819", "Zed", "C", "many", "1"]],
    )
    with pytest.raises(ImportFailure, match=r"leap-2019-05-02.csv: row 2"):
        leap.load(sources, built)


def test_london_2014_reads_bom_separators_and_blank_flags(sources: Path, built: gazetteer.Gazetteer) -> None:
    rows = london2014.load(sources, built)["candidates"].set_index("candidate")
    assert rows.loc["Hal Hunt", "votes"] == 1200 and rows.loc["Hal Hunt", "elected"]
    assert not rows.loc["Ivy Ing", "elected"]
    assert rows.loc["Hal Hunt", "party_id"] == "abbey-residents"


def test_trafford_keeps_borough_elections_only(sources: Path, built: gazetteer.Gazetteer) -> None:
    header = trafford._NEEDED

    def row(kind: str, name: str, votes: str, elected: str) -> list[str]:
        values = {
            "ElectionDate": "2018-05-03",
            "TypeofElection": kind,
            "OrganisationLabel": "Trafford Council",
            "ElectoralAreaURI": "http://statistics.data.gov.uk/id/statistical-geography/E05000819",
            "ElectoralAreaLabel": "Altrincham",
            "CandidateSurname": name,
            "CandidateForenames": "A",
            "PoliticalPartyLabel": "Labour Party",
            "VotesWon": votes,
            "Elected": elected,
        }
        return [values[c] for c in header]

    write_csv(
        sources / trafford.FILE,
        [
            header,
            row("DistrictAndBorough", "ONE", "10", "ELECTED"),
            row("DistrictAndBoroughByElection", "TWO", "9", "ELECTED"),
        ],
    )
    rows = trafford.load(sources, built)["candidates"]
    assert list(rows["candidate"]) == ["A ONE"] and rows["ward_code"].iloc[0] == "E05000819"


def test_democracy_club_skips_cancelled_polls(sources: Path, built: gazetteer.Gazetteer) -> None:
    header = democracyclub2024._NEEDED

    def row(name: str, cancelled: str, votes: str, elected: str, ballot: str) -> list[str]:
        values = {
            "person_name": name,
            "election_id": "local.trafford.2024-05-02",
            "ballot_paper_id": ballot,
            "election_date": "2024-05-02",
            "party_name": "Green Party",
            "post_label": "Altrincham",
            "cancelled_poll": cancelled,
            "seats_contested": "1",
            "gss": "E05000819",
            "organisation_name": "Trafford",
            "votes_cast": votes,
            "elected": elected,
            "nuts1": '"North West (England)"',
        }
        return [values[c] for c in header]

    path = sources / democracyclub2024.FILE
    path.parent.mkdir(parents=True)
    with gzip.open(path, "wt", newline="") as handle:
        csv.writer(handle).writerows(
            [
                header,
                row("Kept", "f", "5", "t", "local.trafford.altrincham.2024-05-02"),
                row("Gone", "t", "", "", "local.trafford.altrincham.2024-05-02"),
                row("By", "f", "4", "t", "local.trafford.altrincham.by.2024-05-02"),
            ]
        )
    rows = democracyclub2024.load(sources, built)["candidates"].set_index("candidate")
    assert list(rows.index) == ["Kept", "By"]
    assert rows.loc["By", "ward_name"] == "Altrincham (by-election)"
    assert built.councils["E08000009"].region == "North West"


def test_scotland_2022_uses_first_preferences(sources: Path, built: gazetteer.Gazetteer) -> None:
    header = [
        "name",
        "party_name",
        "council_name",
        "map_ward_id",
        "ward_name",
        "contested",
        "elected",
        "first_prefs",
        "seats",
    ]
    write_csv(
        sources / scotland2022.FILE,
        [
            header,
            [
                "Jo Joy",
                "Scottish National Party (SNP)",
                "Aberdeen City",
                "S13000001",
                "Dyce",
                "1",
                "1",
                "1654.00000",
                "2",
            ],
            ["Kay Kerr", "Scottish Green Party", "Aberdeen City", "S13000001", "Dyce", "1", "1", "300", "2"],
        ],
    )
    rows = scotland2022.load(sources, built)["candidates"]
    assert list(rows["votes"]) == [1654, 300] and list(rows["party_id"]) == ["snp", "green"]
    assert set(rows["council_code"]) == {"S12000033"}


def test_ward_votes_2023_goes_long_without_totals_or_blanks(
    sources: Path, built: gazetteer.Gazetteer
) -> None:
    header = [
        "COUNTYNAME",
        "DISTRICTNAME",
        "WARDNAME",
        "VACS",
        "TYPE",
        "ELECT",
        "TURNOUT",
        "CON",
        "LAB",
        "IND",
        "Grand Total",
    ]
    write_csv(
        sources / ward_votes2023.FILE,
        [header, ["", "Stoke On Trent", "Abbey", "1", "UA", "5000", "20", "300", "", "0", "300"]],
    )
    rows = ward_votes2023.load(sources, built)["ward_party_votes"]
    assert rows[["party_id", "votes", "council_code"]].values.tolist() == [["con", 300, "E06000021"]]


def test_handbook_county_divisions_belong_to_the_county(tmp_path: Path) -> None:
    import openpyxl

    handbook = leh.HANDBOOKS[0]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = handbook.sheet
    columns = list(handbook.columns.values())
    sheet.append(["Local election results by candidate"])
    sheet.append(columns)
    values = {
        "Local authority code": "E07000008",
        "Local authority name": "Cambridge",
        "Ward/ED code": "E58000050",
        "Ward/ED name": "Abbey",
        "Candidate name": "Lee L.",
        "Votes": 1129,
        "Elected": 1,
        "Party name": "LAB",
        "Vote effective": 1,
        "County code": "E10000003",
        "County name": "Cambridgeshire",
    }
    sheet.append([values[c] for c in columns])
    names = book.create_sheet("Party names")
    names.append(["Key"])
    names.append(["Party abbreviation", "Party name"])
    names.append(["LAB", "Labour"])
    path = tmp_path / leh.FOLDER / handbook.file
    path.parent.mkdir(parents=True)
    book.save(path)
    leh.read_candidate_sheet.cache_clear()
    built = gazetteer.build(tmp_path)
    rows = leh.load(tmp_path, built)["candidates"]
    assert rows[["council_code", "party_id", "seats"]].values.tolist() == [["E10000003", "lab", 1]]


# --- against the real files ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real() -> gazetteer.Gazetteer:
    if not REAL_SOURCES.is_dir():
        pytest.skip("../shared/sources is not here")
    return gazetteer.build(REAL_SOURCES)


def test_real_spellings_resolve_to_one_code_each(real: gazetteer.Gazetteer) -> None:
    assert real.council_code("Stoke On Trent") == real.council_code("Stoke-on-Trent") == "E06000021"
    assert (
        real.council_code("Kingston upon Hull, City of")
        == real.council_code("Kingston Upon Hull")
        == "E06000010"
    )
    assert (
        real.council_code("Basingstoke & Deane") == real.council_code("Basingstoke and Deane") == "E07000084"
    )


def test_real_reorganisations_link_successors(real: gazetteer.Gazetteer) -> None:
    councils = real.tables()["councils"].set_index("council_code")
    cumberland = real.council_code("Cumberland", year=2022)
    assert councils.loc[real.council_code("Carlisle"), "successor_code"] == cumberland
    assert real.council_code("North Yorkshire", year=2017) != real.council_code("North Yorkshire", year=2022)


def test_real_leap_2018_trafford_matches_trafford_council(real: gazetteer.Gazetteer) -> None:
    import pandas as pd

    both = pd.concat(
        [leap.load(REAL_SOURCES, real)["candidates"], trafford.load(REAL_SOURCES, real)["candidates"]]
    )
    rows = both[(both["council_code"] == "E08000009") & (both["election_date"] == "2018-05-03")]
    totals = rows.groupby(["source_id", "party_id"]).agg(votes=("votes", "sum"), seats=("elected", "sum"))
    for source_id in ("leap-2018", "trafford-council"):
        got = totals.loc[source_id]
        assert got.loc["lab", "votes"] == 35178 and got.loc["con", "votes"] == 28226
        assert got.loc["green", "votes"] == 6438 and got.loc["ld", "votes"] == 5411
        assert (got.loc["lab", "seats"], got.loc["con", "seats"], got.loc["green", "seats"]) == (13, 7, 2)
