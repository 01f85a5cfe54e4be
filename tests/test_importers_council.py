"""Council-level importers: composition and control, the curated tables, and the derived exports."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck.importers import composition, curated, published
from factcheck.importers.common import ImportFailure

pd = pytest.importorskip("pandas")
openpyxl = pytest.importorskip("openpyxl")


class TinyGazetteer:
    """A stand-in for the real gazetteer: a handful of councils and party labels."""

    COUNCILS = {
        "Trafford": "E08000009",
        "Cardiff": "W06000015",
        "Glasgow City": "S12000049",
        "Swindon": "E06000030",
        "Havering": "E09000016",
    }
    PARTIES = {
        "con": "con",
        "conservative": "con",
        "conservative party": "con",
        "lab": "lab",
        "labour": "lab",
        "labour party": "lab",
        "ld": "ld",
        "liberal democrats": "ld",
        "green": "green",
        "grn": "green",
        "ukip": "ukip",
        "ref": "reform",
        "reform": "reform",
        "snp": "snp",
        "pc": "pc",
        "plaid": "pc",
        "other": "other",
        "oth": "other",
        "others": "other",
        "ind": "ind",
        "independent": "ind",
        "residents": "residents",
    }

    def council_code(self, name: str, *, year: int | None = None, source_id: str = "") -> str | None:
        return name if name in self.COUNCILS.values() else self.COUNCILS.get(name)

    def party_id(self, label: str, *, source_id: str = "", council_code: str | None = None) -> str:
        return self.PARTIES.get(label.strip().lower(), label.strip().lower().replace(" ", "-"))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- Open Council Data ------------------------------------------------------------------------------
OCD_HEADER = (
    '"id","council id","authority","year","total","con","lab","ld","green","ukip","ref","pc","snp",'
    '"other","majority",\n'
)


def test_open_council_data_rows_become_composition_and_control(tmp_path):
    path = write(
        tmp_path / "history.csv",
        OCD_HEADER
        + '1,289,"Trafford",2018,63,29,30,2,2,0,0,0,0,0,"Lab plurality",\n'
        + '2,289,"Trafford",2019,63,20,36,4,3,0,0,0,0,0,"Lab",\n'
        + '3,9,"Nowhere Town",2019,10,6,4,0,0,0,0,0,0,0,"Con",\n'
        + '4,"289","Trafford",2026,"63","12","35","7","7","0","2","0","0","0","LAB min","E08000009"\n',
    )
    rows, control = composition.read_ocd(path, "ocd", TinyGazetteer())
    seats_2018 = {r["party_id"]: r["seats"] for r in rows if r["as_of_year"] == 2018}
    assert seats_2018 == {"con": 29, "lab": 30, "ld": 2, "green": 2}
    assert {(c["as_of_year"], c["control"]) for c in control} == {(2018, "noc"), (2019, "lab")}
    assert all(r["as_of"] is None and "not documented" in r["basis"] for r in rows)
    assert "ocd: Nowhere Town" in composition.skipped_councils


def test_open_council_data_nationalist_column_follows_the_nation(tmp_path):
    path = write(
        tmp_path / "early.csv",
        "id,authority,year,total,con,lab,ld,other,nat,majority,plurality\n"
        "1,Cardiff,2012,75,7,46,16,4,2,Lab,Lab\n1,Glasgow City,2012,79,1,44,1,3,30,Lab,Lab\n"
        "1,Cardiff,2011,75,7,46,16,4,2,Lab,Lab\n",
    )
    rows, _ = composition.read_ocd(path, "ocd", TinyGazetteer())
    assert {(r["council_code"], r["seats"]) for r in rows if r["party_id"] in {"pc", "snp"}} == {
        ("W06000015", 2),
        ("S12000049", 30),
    }
    assert {r["as_of_year"] for r in rows} == {2011, 2012}


def test_open_council_data_leaves_out_two_authorities_that_share_a_modern_code(tmp_path):
    """Two same-name rows in 1980 and nothing beside them to continue from: neither is placed."""
    path = write(
        tmp_path / "early.csv",
        "id,authority,year,total,con,lab,ld,other,nat,majority,plurality\n"
        "1,Cardiff,1980,75,7,46,16,4,2,Lab,Lab\n2,Cardiff,1980,60,30,20,5,5,0,NOC,Con plurality\n"
        "3,Cardiff,1983,75,7,46,16,4,2,Lab,Lab\n",
    )
    composition.left_out_rows.clear()
    rows, control = composition.read_ocd(path, "ocd", TinyGazetteer())
    assert {r["as_of_year"] for r in rows} == {1983}
    assert {c["as_of_year"] for c in control} == {1983}
    assert sum("Cardiff 1980" in line for line in composition.left_out_rows) == 2


def test_open_council_data_tells_a_county_from_its_same_name_district_by_seat_totals(tmp_path):
    """Durham's shape: the county (72 then 61 seats) and the district (61 then 49) share the name; the
    county becomes the unitary, alone in the file from 1983. The row continuing the unitary's series year to
    year is kept; when the county's size changes, the district's unchanged total places it by elimination."""
    path = write(
        tmp_path / "early.csv",
        "id,authority,year,total,con,lab,ld,other,nat,majority,plurality\n"
        "1,Cardiff,1978,72,2,56,7,7,0,Lab,Lab\n2,Cardiff,1978,61,0,41,7,13,0,Lab,Lab\n"
        "3,Cardiff,1979,72,2,56,7,7,0,Lab,Lab\n4,Cardiff,1979,49,4,24,7,14,0,NOC,Lab plurality\n"
        "5,Cardiff,1980,61,2,53,2,4,0,Lab,Lab\n6,Cardiff,1980,49,4,24,7,14,0,NOC,Lab plurality\n"
        "7,Cardiff,1981,49,0,17,30,2,0,LD,LD\n8,Cardiff,1981,61,2,53,2,4,0,Lab,Lab\n"
        "9,Cardiff,1982,61,2,53,2,4,0,Lab,Lab\n",
    )
    composition.left_out_rows.clear()
    rows, control = composition.read_ocd(path, "ocd", TinyGazetteer())
    totals = {(r["as_of_year"], r["total_seats"]) for r in rows}
    assert totals == {(1978, 72), (1979, 72), (1980, 61), (1981, 61), (1982, 61)}
    assert {c["as_of_year"]: c["control"] for c in control} == {y: "lab" for y in range(1978, 1983)}
    assert [line.split(":")[0] for line in composition.left_out_rows] == [f"ocd line {n}" for n in (3, 5, 7, 8)]


def test_open_council_data_keeps_the_name_a_council_carries_over_a_short_form_match(tmp_path):
    """'Avon' (a county) resolved to Stratford-on-Avon by a short form: the name Stratford carries in its
    one-row years is kept in the shared years, whatever its seat total does."""

    class ShortForms(TinyGazetteer):
        COUNCILS = {**TinyGazetteer.COUNCILS, "Stratford-on-Avon": "E07000221", "Avon": "E07000221"}

    path = write(
        tmp_path / "early.csv",
        "id,authority,year,total,con,lab,ld,other,nat,majority,plurality\n"
        "1,Avon,1978,73,40,20,10,3,0,Con,Con\n2,Stratford-on-Avon,1978,54,10,0,4,40,0,Ind,Ind\n"
        "3,Stratford-on-Avon,1979,55,30,0,5,20,0,Con,Con\n4,Avon,1979,73,40,20,10,3,0,Con,Con\n"
        "5,Stratford-on-Avon,1980,55,30,0,5,20,0,Con,Con\n",
    )
    composition.left_out_rows.clear()
    rows, _ = composition.read_ocd(path, "ocd", ShortForms())
    assert {(r["as_of_year"], r["total_seats"]) for r in rows} == {(1978, 54), (1979, 55), (1980, 55)}
    assert all("Avon 19" in line for line in composition.left_out_rows)


def test_open_council_data_rejects_seats_that_do_not_add_up(tmp_path):
    path = write(
        tmp_path / "bad.csv", OCD_HEADER + '1,289,"Trafford",2018,63,29,30,2,2,0,0,0,0,9,"Lab plurality",\n'
    )
    with pytest.raises(ImportFailure, match="row 2"):
        composition.read_ocd(path, "ocd", TinyGazetteer())


def test_a_stated_majority_the_seats_contradict_is_not_taken():
    gazetteer = TinyGazetteer()
    assert composition.ocd_control("Other", {"other": 24, "con": 22}, 54, gazetteer, "ocd") is None
    assert composition.ocd_control("Con", {"con": 30}, 57, gazetteer, "ocd") == "con"
    assert composition.ocd_control("LD/GRN", {"ld": 20}, 50, gazetteer, "ocd") is None


def test_majority_means_more_than_half_of_all_seats():
    assert composition.majority_control({"lab": 30, "con": 29}, 63) == "noc"
    assert composition.majority_control({"lab": 32, "con": 31}, 63) == "lab"
    assert composition.majority_control({"lab": 30, "con": 30}, 60) == "noc"


# --- Commons Library workbooks ------------------------------------------------------------------------
def _cbp9545(path: Path) -> Path:
    book = openpyxl.Workbook()
    england = book.active
    england.title = "England"
    england.append([None] * 7 + ["Post May 2018 composition"] + [None] * 6 + ["Post May 2022 composition"])
    england.append(
        [
            "ons code",
            "council name",
            "Boundary change Yes/No",
            "New Council Yes/No",
            "council type",
            "seats",
            "region",
            "CON",
            "LAB",
            "LD",
            "GRN",
            "OTH",
            "Total",
            "Control",
            "CON",
            "LAB",
            "LD",
            "GRN",
            "OTH",
            "Vacant",
            "Total",
            "Control",
        ]
    )
    england.append(
        [
            "E08000009",
            "Trafford",
            "No",
            "No",
            "Metropolitan",
            "Third",
            "North West",
            29,
            30,
            2,
            2,
            0,
            63,
            "NOC",
            13,
            41,
            5,
            4,
            0,
            None,
            63,
            "LAB",
        ]
    )
    wales = book.create_sheet("Scotland and Wales")
    wales.append(
        [None] * 6 + ["Post-2017 election composition"] + [None] * 6 + ["Post-May 2022 Election composition"]
    )
    wales.append(
        [
            "ons code",
            "council name",
            "Boundary change Yes/No",
            "council type",
            "seats",
            "region",
            "CON",
            "LAB",
            "LD",
            "SNP",
            "Others",
            "Total",
            None,
            "CON",
            "LAB",
            "LD",
            "SNP/PC",
            "Others",
            "Vacant",
            "Total",
            None,
        ]
    )
    # The published Control cells for Wales read the wrong header row ("CON" for a Labour council).
    wales.append(
        [
            "W06000015",
            "Cardiff",
            "No",
            "Wales",
            "All",
            "Wales",
            20,
            40,
            11,
            3,
            1,
            75,
            "CON",
            11,
            55,
            10,
            2,
            1,
            None,
            79,
            "CON",
        ]
    )
    book.save(path)
    return path


def test_cbp9545_reads_both_compositions_and_recomputes_control(tmp_path):
    rows, control = composition.read_cbp9545(_cbp9545(tmp_path / "cbp.xlsx"), TinyGazetteer())
    cardiff = {(r["as_of_year"], r["party_id"]): r["seats"] for r in rows if r["council_code"] == "W06000015"}
    assert cardiff[(2017, "lab")] == 40 and cardiff[(2022, "pc")] == 2
    states = {(c["council_code"], c["as_of_year"]): c["control"] for c in control}
    assert states == {
        ("E08000009", 2018): "noc",
        ("E08000009", 2022): "lab",
        ("W06000015", 2017): "lab",
        ("W06000015", 2022): "lab",
    }
    assert all("recomputed" in c["basis"] for c in control)


def _tables_2023(path: Path) -> Path:
    book = openpyxl.Workbook()
    results = book.active
    results.title = "Results"
    results.append(["Local election results 2023: council composition and control, compared with 2019"])
    results.append(
        [
            "ONS code",
            "Local authority",
            "Region",
            "Boundary change (yes/no)",
            "Type",
            "Seats Up",
            "CON_seats_19",
            "LAB_seats_19",
            "OTH_seats_19",
            "Total_seats_19",
            "Control_19",
            "CON_seats_23",
            "LAB_seats_23",
            "OTH_seats_23",
            "Total_seats_23",
            "Vacant_seats_23",
            "Control_23",
        ]
    )
    results.append(
        [
            "E06000030",
            "Swindon",
            "South West",
            "N",
            "Unitary",
            "THIRD",
            33,
            23,
            None,
            56,
            "CON",
            22,
            34,
            None,
            57,
            1,
            "LAB",
        ]
    )
    nev = book.create_sheet("NEV")
    nev.append(["Estimated National Estimated Vote share at local elections: Great Britain"])
    nev.append(["Year", "CON", "LAB", "LD", "OTHERS"])
    nev.append([2011, 0.38, 0.37, 0.16, 0.09])
    nev.append([2015, 0.36, 0.32, 0.1, 0.22])
    nev.append([2020, "(no local elections in this year)"])
    nev.append([2023, 0.29, 0.36, 0.18, 0.16999999999999998])
    notes = book.create_sheet("Notes and sources")
    notes.append(["Local elections coincided with general elections in 1979, 2010 and 2015. The vote share ..."])
    book.save(path)
    return path


def test_2023_tables_keep_the_stated_control_and_count_vacancies(tmp_path):
    rows, control = composition.read_tables_2023(_tables_2023(tmp_path / "t.xlsx"), TinyGazetteer())
    after = {r["party_id"]: r["seats"] for r in rows if r["as_of_year"] == 2023}
    assert after == {"con": 22, "lab": 34}
    assert all(
        r["total_seats"] == 57 and "1 seat(s) vacant" in r["basis"] for r in rows if r["as_of_year"] == 2023
    )
    assert {(c["as_of_year"], c["control"]) for c in control} == {(2019, "con"), (2023, "lab")}


def test_nev_sheet_gives_percentages_and_flags_general_election_years(tmp_path):
    shares = composition.read_nev(_tables_2023(tmp_path / "t.xlsx"), TinyGazetteer())
    by_key = {(s["election_year"], s["party_id"]): (s["share_pct"], s["measure"]) for s in shares}
    assert by_key[(2023, "other")] == (17.0, "NEV")
    assert by_key[(2015, "con")][1].startswith("general election share")
    assert by_key[(2011, "con")] == (38.0, "NEV")
    assert {s["election_year"] for s in shares} == {2011, 2015, 2023}


# --- curated tables -----------------------------------------------------------------------------------
META = "source_title,source_url,publisher"


def _curated(
    root: Path,
    *,
    tallies_row: str = "2023-05-04,England,BBC,Lab,71,22,2675,537,final,,Results,https://x/r",
) -> Path:
    folder = root / "curated"
    write(
        folder / "national_tallies.csv",
        "election_date,scope,publisher,party,councils,councils_change,councillors,"
        "councillors_change,basis,as_of,source_title,source_url\n" + tallies_row + "\n"
        "2023-05-04,England,PA,NOC,,,,,mid-count,2023-05-05 (62/230 declared),Live,https://x/live\n",
    )
    write(
        folder / "projected_national_share.csv",
        "election_year,publisher,measure,party,share_pct,source_title,"
        "source_url\n2023,BBC,PNS,Lab,35,PNS page,https://x/pns\n",
    )
    write(
        folder / "mayoral_results.csv",
        "election_date,mayoralty,round,candidate,party,votes,share_pct,elected,"
        f"turnout_pct,{META}\n"
        "2017-05-04,West Midlands,1,Ann Example,Conservative,1000,41.9,true,26.7,Result,https://x/wm,Council\n"
        "2017-05-04,West Midlands,2,Ann Example,Conservative,1200,50.4,true,26.7,Result,https://x/wm,Council\n",
    )
    write(
        folder / "council_summaries.csv",
        "election_date,council,seats_up,total_seats,party,seats_won,seats_change,"
        f"seats_change_basis,votes,share_pct,share_change,control_after,{META}\n"
        "2012-05-03,Trafford,,,Labour,25,3,SEATS = WHOLE-COUNCIL COMPOSITION AFTER ELECTION (table),25100,"
        "41.8,,"
        "Conservative,Page,https://x/t,Wikipedia\n"
        "2014-05-22,Swindon,19,57,Labour,8,1,seats won of those up,20000,40.1,-2.5,"
        "No overall control (from Labour),Page,https://x/s,Wikipedia\n",
    )
    write(
        folder / "council_seats_derived_london2014.csv",
        "election_date,council,total_seats,party_code,party_name,"
        "seats_won,candidates,votes_all_candidates,largest_party,majority_party,basis,source_title,source_url\n"
        "2014-05-22,Havering,54,REA,Somewhere Residents,24,42,100,REA,NOC,DERIVED by curator,file,https://x/l\n"
        "2014-05-22,Havering,54,CON,Conservative Party,22,52,90,REA,NOC,DERIVED by curator,file,https://x/l\n",
    )
    return root


def test_curated_tables_load_with_one_source_per_cited_page(tmp_path):
    tables = curated.load(_curated(tmp_path), TinyGazetteer())
    tallies = tables["national_tallies"]
    final = tallies[tallies["party_id"] == "lab"].iloc[0]
    assert final["councillors_change"] == 537 and pd.isna(final["as_of"])
    assert tallies[tallies["party_id"] == "noc"]["councils"].isna().all()
    assert set(tables["sources"]["licence"]) == {curated.PAGE_LICENCE}
    assert set(tallies["source_id"]) <= set(tables["sources"]["source_id"])
    assert tables["sources"]["source_id"].str.startswith("curated-").all()


def test_whole_council_figures_go_to_composition_not_seats_won(tmp_path):
    tables = curated.load(_curated(tmp_path), TinyGazetteer())
    results = tables["council_results"].set_index(["council_code", "election_date", "party_id"])
    trafford = results.loc[("E08000009", "2012-05-03", "lab")]
    assert pd.isna(trafford["seats_won"]) and trafford["seats_change"] == 3
    assert trafford["seats_change_basis"].startswith("SEATS = WHOLE-COUNCIL")
    held = tables["council_composition"].iloc[0]
    assert (held["council_code"], held["as_of_year"], held["party_id"], held["seats"]) == (
        "E08000009",
        2012,
        "lab",
        25,
    )
    swindon = results.loc[("E06000030", "2014-05-22", "lab")]
    assert (swindon["seats_won"], swindon["control_after"]) == (8, "noc")


def test_london_derived_rows_read_residents_codes_as_residents(tmp_path):
    results = curated.load(_curated(tmp_path), TinyGazetteer())["council_results"]
    havering = results[results["council_code"] == "E09000016"].set_index("party_id")
    assert havering.loc["residents", "seats_won"] == 24 and havering.loc["con", "control_after"] == "noc"


def test_mayoral_rounds_and_mayoralty_slugs(tmp_path):
    tables = curated.load(_curated(tmp_path), TinyGazetteer())
    assert list(tables["mayoral_results"]["round"]) == ["1", "2"]
    assert tables["mayoralties"].iloc[0]["mayoralty_code"] == "west-midlands"
    assert "west midlands mayor" in set(tables["mayoralty_aliases"]["alias_norm"])


def test_a_malformed_curated_number_names_the_file_and_row(tmp_path):
    root = _curated(
        tmp_path, tallies_row="2023-05-04,England,BBC,Lab,71,22,about 2600,537,final,,R,https://x/r"
    )
    with pytest.raises(ImportFailure, match=r"national_tallies.csv: row 2: councillors"):
        curated.load(root, TinyGazetteer())


def test_control_text_is_read_only_when_unambiguous():
    gazetteer = TinyGazetteer()
    assert curated.control_from_text("Labour (gain from Conservative)", gazetteer, "s") == "lab"
    assert curated.control_from_text("Independent majority (island council)", gazetteer, "s") == "ind"
    assert curated.control_from_text("Paper A labels 'Lab hold'; paper B says 'NOC'", gazetteer, "s") is None


# --- derived exports ----------------------------------------------------------------------------------
def test_published_exports_give_seats_won_and_raw_votes(tmp_path):
    lad = {
        "E08000009": {
            "2023": {"votes": {"Labour": 100, "Green": 20}, "seats": {"Labour": 3, "Green": 1}},
            "2025": {"votes": {"Labour": 1}, "seats": {"Labour": 1}},
        },
        "S12000049": {"2022": {"votes": {"SNP": 0, "Labour": 0}, "seats": {"SNP": 37, "Labour": 36}}},
    }
    write(tmp_path / published.REGIONIQ_FILE, json.dumps(lad))
    views = {
        "partyViews": [
            {
                "year": 2023,
                "council": "Trafford",
                "totalSeats": 4,
                "rows": [
                    {"party": "Labour Party", "votes": 101, "voteShare": 0.8, "fptpSeats": 3},
                    {"party": "Green", "votes": 20, "voteShare": 0.2, "fptpSeats": 1},
                ],
            }
        ]
    }
    write(tmp_path / published.PARTIES_FILE, json.dumps(views))
    results = published.load(tmp_path, TinyGazetteer())["council_results"]
    lab = results[(results["party_id"] == "lab") & (results["election_date"] == "2023-05-04")]
    assert sorted(lab["votes"]) == [100, 101] and set(lab["seats_won"]) == {3}
    assert results["seats_change"].isna().all()
    glasgow = results[results["council_code"] == "S12000049"]
    assert glasgow["votes"].isna().all() and glasgow["seats_won"].sum() == 73
    assert "2025" not in set(results["election_date"].str[:4])


def test_published_export_with_an_unknown_council_name_fails_loudly(tmp_path):
    write(
        tmp_path / published.PARTIES_FILE,
        json.dumps({"partyViews": [{"year": 2023, "council": "Atlantis", "totalSeats": 1, "rows": []}]}),
    )
    with pytest.raises(ImportFailure, match="Atlantis"):
        published.load(tmp_path, TinyGazetteer())


# --- the real files (skipped when ../shared is absent) ---------------------------------------------------
SOURCES_DIR = Path(
    os.environ.get("FACTCHECK_SOURCES") or Path(__file__).resolve().parents[2] / "shared" / "sources"
)
needs_sources = pytest.mark.skipif(not (SOURCES_DIR / "curated").is_dir(), reason="raw sources not present")


@pytest.fixture(scope="module")
def real_tables():
    from factcheck.importers import gazetteer

    built = gazetteer.build(SOURCES_DIR)
    return {
        name: module.load(SOURCES_DIR, built)
        for name, module in (("composition", composition), ("curated", curated), ("published", published))
    }


@needs_sources
@pytest.mark.slow
def test_real_trafford_2018_composition_matches_the_bbc_figures(real_tables):
    held = real_tables["composition"]["council_composition"]
    trafford = held[
        (held["council_code"] == "E08000009")
        & (held["as_of_year"] == 2018)
        & (held["source_id"] == composition.OCD_LATE)
    ]
    assert dict(zip(trafford["party_id"], trafford["seats"], strict=True)) == {
        "lab": 30,
        "con": 29,
        "ld": 2,
        "green": 2,
    }


@needs_sources
@pytest.mark.slow
def test_real_welsh_control_is_recomputed_not_copied(real_tables):
    control = real_tables["composition"]["council_control"]
    cardiff = control[(control["council_code"] == "W06000015") & (control["source_id"] == "commons-cbp9545")]
    assert set(cardiff["control"]) == {"lab"}


@needs_sources
@pytest.mark.slow
def test_real_london_2014_labour_seats(real_tables):
    results = real_tables["curated"]["council_results"]
    derived = results[results["seats_change_basis"].str.startswith("DERIVED")]
    assert derived[derived["party_id"] == "lab"]["seats_won"].sum() == 1060
    assert derived["council_code"].nunique() == 32


@needs_sources
@pytest.mark.slow
def test_real_bbc_final_and_pa_mid_count_rows_sit_side_by_side(real_tables):
    tallies = real_tables["curated"]["national_tallies"]
    labour_2023 = tallies[(tallies["election_date"] == "2023-05-04") & (tallies["party_id"] == "lab")]
    bbc_final = labour_2023[(labour_2023["publisher"] == "BBC") & labour_2023["as_of"].isna()]
    assert list(bbc_final["councillors_change"]) == [537]
    assert labour_2023["publisher"].str.contains("PA").any()


@needs_sources
@pytest.mark.slow
def test_real_west_midlands_2017_has_both_rounds(real_tables):
    mayoral = real_tables["curated"]["mayoral_results"]
    wm = mayoral[(mayoral["mayoralty_code"] == "west-midlands") & (mayoral["election_date"] == "2017-05-04")]
    assert set(wm["round"]) == {"1", "2"}


@needs_sources
@pytest.mark.slow
def test_real_2023_seats_from_the_derived_exports(real_tables):
    results = real_tables["published"]["council_results"]
    trafford = results[
        (results["council_code"] == "E08000009")
        & (results["election_date"] == "2023-05-04")
        & (results["source_id"] == published.REGIONIQ)
    ]
    won = dict(zip(trafford["party_id"], trafford["seats_won"], strict=True))
    assert {party: won[party] for party in ("lab", "con", "green", "ld")} == {
        "lab": 41,
        "con": 10,
        "green": 6,
        "ld": 6,
    }
