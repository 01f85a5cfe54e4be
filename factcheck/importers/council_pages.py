"""A council's composition and control as left by an election, as a results page states it.

The rows live in the repository (`curated_rows/council_after_election.csv`, our transcription of stored pages,
each row citing its page): one row per party, with the council size and the control the page states. They add
the "as left by the election" basis where the yearly snapshots we hold were taken later in the year and show a
mid-term change instead (Derby 2016: the BBC's 26 of 51 Labour seats and Labour control; the Open Council Data
snapshot for 2016 has Labour on 25). Both are kept; the control rules accept a claim that holds on either.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.db.schema import TABLES
from factcheck.importers.common import ImportFailure
from factcheck.importers.curated import CuratedFile, party_or_noc

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

ROWS = Path(__file__).parent / "curated_rows" / "council_after_election.csv"
SOURCES = ()  # one source per cited page, made by CuratedFile
COLUMNS = {"council", "as_of_year", "party", "seats", "total_seats", "control", "basis", "source_title",
           "source_url", "publisher"}


def read_pages(file: CuratedFile, gazetteer: Gazetteer) -> tuple[list[dict], list[dict]]:
    """Composition rows (one per party) and control rows (one per council, year and page)."""
    composition, control, seen = [], [], set()
    for line, row in file.rows:
        source_id = file.source_id(row["publisher"], row["source_title"], row["source_url"], line)
        year = file.integer(row["as_of_year"], line, "as_of_year")
        seats = file.integer(row["seats"], line, "seats")
        if year is None or seats is None:
            raise ImportFailure(file.path, line, "as_of_year and seats are required")
        council = gazetteer.require_council(row["council"], year=year, source_id=source_id, path=file.path, row=line)
        composition.append({"council_code": council, "as_of_year": year, "as_of": None,
                            "party_id": gazetteer.party_id(row["party"], source_id=source_id, council_code=council),
                            "seats": seats, "total_seats": file.integer(row["total_seats"], line, "total_seats"),
                            "basis": f"{row['basis']} ({row['publisher']})", "source_id": source_id})
        if row["control"] and (council, year, source_id) not in seen:
            seen.add((council, year, source_id))
            control.append({"council_code": council, "as_of_year": year, "as_of": None,
                            "control": party_or_noc(row["control"], gazetteer, source_id, council),
                            "basis": f"{row['basis']} ({row['publisher']}, as the page states it)",
                            "source_id": source_id})
    return composition, control


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    file = CuratedFile(ROWS, COLUMNS)
    composition, control = read_pages(file, gazetteer)
    return {
        "sources": pd.DataFrame([s.__dict__ for s in file.sources.values()]).drop_duplicates("source_id"),
        "council_composition": pd.DataFrame(composition, columns=list(TABLES["council_composition"])),
        "council_control": pd.DataFrame(control, columns=list(TABLES["council_control"])),
    }
