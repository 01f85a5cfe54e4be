"""Trafford Council's own candidate-level results (LGA transparency schema), 2016 onwards.

Only scheduled borough elections (TypeofElection `DistrictAndBorough`) become candidate rows; by-elections
and parliamentary contests are left out, so the rows line up with the LEAP/Commons Library/Democracy Club
files that also cover Trafford. That duplicate coverage is deliberate (a cross-check); views pick one file per
council and polling day using `candidate_rows.PREFERRED_CANDIDATE_SOURCES`, where this file comes last.
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

FILE = "traffordDataLab__open_data/elections/trafford_council_election_results.csv"
SOURCE_ID = "trafford-council"
MAIN_ELECTION = "DistrictAndBorough"
_NEEDED = [
    "ElectionDate",
    "TypeofElection",
    "OrganisationLabel",
    "ElectoralAreaURI",
    "ElectoralAreaLabel",
    "CandidateSurname",
    "CandidateForenames",
    "PoliticalPartyLabel",
    "VotesWon",
    "Elected",
]

SOURCES = (
    SourceRow(
        source_id=SOURCE_ID,
        publisher="Trafford Council (Trafford Data Lab open data)",
        title="Trafford Council election results (LGA election results schema)",
        url="https://github.com/traffordDataLab/open_data/blob/a33a7d94948399556302a5c2a2d1cbf4ce4878aa/"
        "elections/trafford_council_election_results.csv",
        licence="Open Government Licence v3.0",
        notes="Only scheduled borough elections (DistrictAndBorough) imported; by-elections left out. "
        "Duplicates LEAP/Commons Library/Democracy Club coverage of Trafford as a cross-check.",
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
        missing = [c for c in _NEEDED if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportFailure(path, 1, f"missing columns {missing}")
        for line_number, row in enumerate(reader, start=2):
            if row["TypeofElection"] != MAIN_ELECTION:
                continue
            elected = row["Elected"].strip().upper()
            if elected not in {"ELECTED", "NOT ELECTED"} or not row["VotesWon"].strip().isdigit():
                raise ImportFailure(
                    path, line_number, f"bad VotesWon/Elected: {row['VotesWon']!r}, {row['Elected']!r}"
                )
            council = gazetteer.require_council(
                row["OrganisationLabel"],
                year=int(row["ElectionDate"][:4]),
                source_id=SOURCE_ID,
                path=path,
                row=line_number,
            )
            label = row["PoliticalPartyLabel"].strip()
            records.append(
                {
                    "election_date": row["ElectionDate"],
                    "council_code": council,
                    "ward_code": row["ElectoralAreaURI"].rstrip("/").rsplit("/", 1)[-1] or None,
                    "ward_name": row["ElectoralAreaLabel"].strip(),
                    "candidate": f"{row['CandidateForenames'].strip()} {row['CandidateSurname'].strip()}",
                    "party_id": gazetteer.party_id(label, source_id=SOURCE_ID),
                    "party_label": label,
                    "votes": int(row["VotesWon"]),
                    "elected": elected == "ELECTED",
                    "source_id": SOURCE_ID,
                }
            )
    if not records:
        raise ImportFailure(path, "-", "no borough election rows")
    frame = finish_candidates(pd.DataFrame(records))
    wards = []
    for election_date, rows in frame.groupby("election_date"):
        gazetteer.record_election(str(election_date), rows["council_code"].iloc[0])
        wards.append(ward_rows(rows, int(str(election_date)[:4])))
    return {"candidates": frame, "wards": pd.concat(wards, ignore_index=True)}
