"""Democracy Club candidates export with results, local elections 2024 (copy in sebgrech/regioniq-dashboard).

Cancelled polls are skipped (Coventry Radford on 2 May 2024; its re-run on 20 June 2024 is kept with that
date). By-election ballots held on the same day as the ward's ordinary election keep their own ward key
(ward name suffixed " (by-election)") so seats and top-candidate votes are counted per ballot. An empty
`elected` cell is read as not elected.
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.importers.candidate_rows import finish_candidates, ward_rows
from factcheck.importers.common import ImportFailure, SourceRow

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

FILE = "sebgrech__regioniq-dashboard/public/elections/local_elections_2024.csv.gz"
SOURCE_ID = "democracyclub-2024"
_NEEDED = [
    "person_name",
    "election_id",
    "ballot_paper_id",
    "election_date",
    "party_name",
    "post_label",
    "cancelled_poll",
    "seats_contested",
    "gss",
    "organisation_name",
    "votes_cast",
    "elected",
    "nuts1",
]

SOURCES = (
    SourceRow(
        source_id=SOURCE_ID,
        publisher="Democracy Club (candidates database results export); copy in sebgrech/regioniq-dashboard",
        title="Democracy Club local elections 2024: candidates and results",
        url="https://github.com/sebgrech/regioniq-dashboard/blob/c3ce3b315cc1d654e77a9c652db6e1cf8d803b75/"
        "public/elections/local_elections_2024.csv",
        licence="Not stated in the repository copy (Democracy Club publishes its data under CC BY 4.0)",
        notes="Each row carries results_source, usually the council's declaration page. "
        "Cancelled polls skipped.",
    ),
)


def _region(nuts1: str) -> str:
    return nuts1.strip().strip('"').replace(" (England)", "").strip()


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    path = Path(sources_dir) / FILE
    if not path.is_file():
        return {}
    records = []
    with gzip.open(path, "rt", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in _NEEDED if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportFailure(path, 1, f"missing columns {missing}")
        for line_number, row in enumerate(reader, start=2):
            if row["cancelled_poll"] == "t" or not row["election_id"].startswith("local."):
                continue
            if not row["votes_cast"].isdigit() or row["elected"] not in {"t", "f", ""}:
                raise ImportFailure(
                    path, line_number, f"bad votes_cast/elected: {row['votes_cast']!r}, {row['elected']!r}"
                )
            year = int(row["election_date"][:4])
            council = gazetteer.require_council(
                row["organisation_name"], year=year, source_id=SOURCE_ID, path=path, row=line_number
            )
            record = gazetteer.councils.get(council)
            if record is not None and not record.region and row["nuts1"].strip():
                record.region = _region(row["nuts1"])
            by_election = ".by." in row["ballot_paper_id"]
            label = row["party_name"].strip() or "Independent"
            records.append(
                {
                    "election_date": row["election_date"],
                    "council_code": council,
                    "ward_code": row["gss"].strip() or None,
                    "ward_name": row["post_label"].strip() + (" (by-election)" if by_election else ""),
                    "seats": int(row["seats_contested"]) if row["seats_contested"].isdigit() else None,
                    "candidate": row["person_name"].strip(),
                    "party_label": label,
                    "party_id": gazetteer.party_id(label, source_id=SOURCE_ID),
                    "votes": int(row["votes_cast"]),
                    "elected": row["elected"] == "t",
                    "source_id": SOURCE_ID,
                }
            )
    if not records:
        raise ImportFailure(path, "-", "no candidate rows")
    frame = finish_candidates(pd.DataFrame(records))
    for (election_date, code), _ in frame.groupby(["election_date", "council_code"]):
        gazetteer.record_election(str(election_date), str(code))
    return {"candidates": frame, "wards": ward_rows(frame, 2024)}
