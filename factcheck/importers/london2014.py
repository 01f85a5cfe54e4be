"""London borough elections of 22 May 2014, candidate level (the 2018 baseline for London).

A secondary copy (pipaluk5/dataVis) of the London Datastore / London Elects ward-level results release;
UTF-8 with BOM; elected_flag Yes (or empty); votes may carry thousands
separators; party code plus long name (we use the long name as the label).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.importers.candidate_rows import finish_candidates, ward_rows
from factcheck.importers.common import ImportFailure, SourceRow

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

FILE = "pipaluk5__dataVis/london_council_election_2014_ward.csv"
SOURCE_ID = "london-2014"
ELECTION_DATE = "2014-05-22"
_COLUMNS = [
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
]

SOURCES = (
    SourceRow(
        source_id=SOURCE_ID,
        publisher="London Elects / London Datastore (layout); copy in the pipaluk5/dataVis repository",
        title="London borough council elections 22 May 2014: results by ward and candidate",
        url="https://github.com/pipaluk5/dataVis/blob/008675fa312e21834468811308854f93a86ef8fd/exercises/"
        "ws06-tableData/election%20exercise/london_council_election_2014_ward.csv",
        licence="Not stated in the repository "
        "(London Datastore releases are under the UK Open Government Licence)",
        notes="Secondary copy; publisher not stated in the repository. "
        "Elected totals match published 2014 totals.",
    ),
)


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    path = Path(sources_dir) / FILE
    if not path.is_file():
        return {}
    records = []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != _COLUMNS:
            raise ImportFailure(path, 1, f"unexpected header {reader.fieldnames}")
        for line_number, row in enumerate(reader, start=2):
            flag = row["elected_flag"].strip().lower() or "no"  # empty = not elected
            seats = row["Number of councillors in ward"].strip()
            votes = row["number_votes"].strip().replace(",", "")
            if flag not in {"yes", "no"} or not votes.isdigit() or not seats.isdigit():
                raise ImportFailure(path, line_number, "bad number_votes, elected_flag or seats")
            code = gazetteer.council_code(row["Borough_code"])
            if code is None:
                raise ImportFailure(path, line_number, f"unknown borough code {row['Borough_code']!r}")
            # London Elects codes are ambiguous (REA covers several residents' groups): use the long name.
            label = row["party_long"].strip() or row["party"].strip()
            records.append(
                {
                    "election_date": ELECTION_DATE,
                    "council_code": code,
                    "ward_code": row["Ward_code"].strip(),
                    "ward_name": row["Ward_name"].strip(),
                    "seats": int(seats),
                    "candidate": row["candidate"].strip(),
                    "party_label": label,
                    "party_id": gazetteer.party_id(label, source_id=SOURCE_ID),
                    "votes": int(votes),
                    "elected": flag == "yes",
                    "source_id": SOURCE_ID,
                }
            )
    if not records:
        raise ImportFailure(path, "-", "no candidate rows")
    frame = finish_candidates(pd.DataFrame(records))
    for code in frame["council_code"].unique():
        gazetteer.record_election(ELECTION_DATE, code)
    return {"candidates": frame, "wards": ward_rows(frame, 2014)}
