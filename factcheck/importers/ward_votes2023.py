"""Commons Library Local Elections Handbook 2023, sheet Ward_Level (CSV export in tom-draper/uk-data-atlas).

One row per ward with a column per party abbreviation holding that party's summed votes: reshaped to one
row per ward and party. Empty and zero cells are skipped, as is the Grand Total column. There are no
candidate names, ward codes or elected flags, so no candidate rows come from this file.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.importers.common import ImportFailure, SourceRow

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

FILE = (
    "tom-draper__uk-data-atlas/public/data/elections/local-elections/LEH-Candidates-2023/"
    "Ward_Level-Table 1.csv"
)
SOURCE_ID = "leh-2023-ward-level"
ELECTION_DATE = "2023-05-04"
_FIXED = ["COUNTYNAME", "DISTRICTNAME", "WARDNAME", "VACS", "TYPE", "ELECT", "TURNOUT"]
_TOTALS = {"grand total", "total", "total votes"}
COLUMNS = [
    "election_date",
    "council_code",
    "ward_name",
    "seats",
    "party_id",
    "party_label",
    "votes",
    "source_id",
]

SOURCES = (
    SourceRow(
        source_id=SOURCE_ID,
        publisher="House of Commons Library (Local Elections Handbook 2023); "
        "CSV export in tom-draper/uk-data-atlas",
        title="Local elections 2023: results by ward (LEH-Candidates-2023.xlsx, sheet Ward_Level)",
        url="https://github.com/tom-draper/uk-data-atlas/blob/a5252647647cb95d0b2b183ec1240310d0b3160d/public/data/"
        "elections/local-elections/LEH-Candidates-2023/Ward_Level-Table%201.csv",
        licence="Open Parliament Licence v3.0 "
        "(as cited by the repository README; no licence file in the repository)",
        notes="Party votes per ward summed over candidates; no candidate names, ward codes or elected flags.",
    ),
)


def _number(text: str, path: Path, row: int, column: str) -> float | None:
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ImportFailure(path, row, f"column {column!r} is not a number: {text!r}") from None


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    path = Path(sources_dir) / FILE
    if not path.is_file():
        return {}
    records = []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header = [h.strip() for h in next(reader, [])]
        if header[: len(_FIXED)] != _FIXED:
            raise ImportFailure(path, 1, f"unexpected header start {header[: len(_FIXED)]}")
        parties = [
            (i, h) for i, h in enumerate(header) if i >= len(_FIXED) and h and h.lower() not in _TOTALS
        ]
        for line_number, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise ImportFailure(path, line_number, f"expected {len(header)} fields, found {len(row)}")
            council = gazetteer.require_council(
                row[1], year=2023, source_id=SOURCE_ID, path=path, row=line_number
            )
            seats = _number(row[3], path, line_number, "VACS")
            for index, label in parties:
                votes = _number(row[index], path, line_number, label)
                if not votes:
                    continue
                records.append(
                    {
                        "election_date": ELECTION_DATE,
                        "council_code": council,
                        "ward_name": row[2].strip(),
                        "seats": int(seats) if seats is not None else None,
                        "party_id": gazetteer.party_id(label, source_id=SOURCE_ID),
                        "party_label": label,
                        "votes": int(votes),
                        "source_id": SOURCE_ID,
                    }
                )
    if not records:
        raise ImportFailure(path, "-", "no ward rows")
    frame = pd.DataFrame(records, columns=COLUMNS)
    frame["seats"] = frame["seats"].astype("Int64")
    for code in frame["council_code"].unique():
        gazetteer.record_election(ELECTION_DATE, code)
    return {"ward_party_votes": frame}
