"""LEAP (Local Elections Archive Project) candidate results, 2016-2019: headerless CSV, 8 fields.

Fields: council name, council GSS code, ward name, ward GSS code, candidate, party short code, votes,
elected (1/0). "Elected Mayor"/NULL placeholder rows are skipped (mayoral votes are not in these files).
Uncontested returns (votes 0, elected 1) are kept with votes NULL. Scottish rows (2017) are first preferences.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.importers.candidate_rows import finish_candidates, ward_rows
from factcheck.importers.common import ImportFailure, SourceRow

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

FOLDER = "fsargent__electionresults.uk/source-data/council/leap"
_REPO = "https://github.com/fsargent/electionresults.uk/blob/19651ed97e047b254e01875eac7b247a7e4a5401/"


@dataclass(frozen=True)
class LeapEdition:
    year: int
    election_date: str

    @property
    def file(self) -> str:
        return f"{self.year}/leap-{self.election_date}.csv"

    @property
    def source_id(self) -> str:
        return f"leap-{self.year}"


EDITIONS = tuple(
    LeapEdition(y, d)
    for y, d in ((2016, "2016-05-05"), (2017, "2017-05-04"), (2018, "2018-05-03"), (2019, "2019-05-02"))
)

SOURCES = tuple(
    SourceRow(
        source_id=e.source_id,
        publisher="Andrew Teale, Local Elections Archive Project (LEAP)",
        title=f"LEAP local election results, {e.election_date} (candidate level)",
        url=_REPO + "source-data/council/leap/" + e.file,
        licence="CC BY-SA 3.0 / GFDL",
        notes="Copy held in the electionresults.uk repository. Uncontested returns stored with votes NULL."
        + (" Scottish rows are first preferences (STV)." if e.year == 2017 else ""),
    )
    for e in EDITIONS
)


def _is_placeholder(row: list[str]) -> bool:
    return row[2] in {"Elected Mayor", "NULL"} or row[4] == "NULL"


def read_edition(path: Path, edition: LeapEdition, gazetteer: Gazetteer) -> pd.DataFrame:
    """One LEAP file as candidate rows in our schema."""
    import pandas as pd

    records = []
    with path.open(newline="", encoding="utf-8") as handle:
        for line_number, row in enumerate(csv.reader(handle), start=1):
            if len(row) != 8:
                raise ImportFailure(path, line_number, f"expected 8 fields, found {len(row)}")
            if _is_placeholder(row):
                continue
            council_name, council_code, ward_name, ward_code, candidate, party, votes, elected = row
            if not votes.isdigit() or elected not in {"0", "1"}:
                raise ImportFailure(path, line_number, f"bad votes/elected: {votes!r}, {elected!r}")
            if gazetteer.council_code(council_code) is None:
                raise ImportFailure(
                    path, line_number, f"unknown council code {council_code!r} ({council_name})"
                )
            records.append(
                {
                    "election_date": edition.election_date,
                    "council_code": council_code,
                    "ward_code": ward_code if ward_code not in {"", "NULL"} else None,
                    "ward_name": ward_name,
                    "candidate": candidate,
                    "party_label": party,
                    "party_id": gazetteer.party_id(
                        party, source_id=edition.source_id, council_code=council_code
                    ),
                    "votes": int(votes),
                    "elected": elected == "1",
                    "source_id": edition.source_id,
                }
            )
    if not records:
        raise ImportFailure(path, "-", "no candidate rows")
    frame = finish_candidates(pd.DataFrame(records))
    for code in frame["council_code"].unique():
        gazetteer.record_election(edition.election_date, code)
    return frame


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    candidates, wards = [], []
    for edition in EDITIONS:
        path = Path(sources_dir) / FOLDER / edition.file
        if not path.is_file():
            continue
        frame = read_edition(path, edition, gazetteer)
        candidates.append(frame)
        wards.append(ward_rows(frame, edition.year))
    if not candidates:
        return {}
    return {
        "candidates": pd.concat(candidates, ignore_index=True),
        "wards": pd.concat(wards, ignore_index=True),
    }
