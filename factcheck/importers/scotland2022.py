"""Scottish council elections of 5 May 2022 (STV), one row per candidate per ward.

Votes are first preferences. `elected` comes from the file's `elected` column (it also marks candidates
elected at the last stage without reaching quota, whose `status` reads "Not elected"). Seats are the ward's
seats as stated (three wards had fewer candidates than seats). Votes are NULL for uncontested wards and
where the file gives no first preferences (all of Comhairle nan Eilean Siar, North Ayrshire, Orkney and
Shetland, and a few other wards: a gap in the source).
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

FILE = "fsargent__electionresults.uk/source-data/council/scotland-2022-stv-indylive.csv"
SOURCE_ID = "scotland-2022-indylive"
ELECTION_DATE = "2022-05-05"
_NEEDED = [
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

SOURCES = (
    SourceRow(
        source_id=SOURCE_ID,
        publisher="IndyLive (Scottish local election 2022 STV results); "
        "copy in the electionresults.uk repository",
        title="Scottish council elections 2022: STV results by candidate and count",
        url="https://github.com/fsargent/electionresults.uk/blob/19651ed97e047b254e01875eac7b247a7e4a5401/"
        "source-data/council/scotland-2022-stv-indylive.csv",
        licence="CC BY-SA 4.0",
        notes="Votes are first preferences.",
    ),
)


def _first_preferences(text: str) -> int | None | bool:
    """'1654' or '1654.00000' -> 1654; empty -> None (uncontested, or not given); anything else -> False."""
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        return False
    return int(value) if value.is_integer() and value >= 0 else False


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    path = Path(sources_dir) / FILE
    if not path.is_file():
        return {}
    records = []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in _NEEDED if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportFailure(path, 1, f"missing columns {missing}")
        for line_number, row in enumerate(reader, start=2):
            first = _first_preferences(row["first_prefs"])
            if row["elected"] not in {"0", "1"} or not row["seats"].isdigit() or first is False:
                raise ImportFailure(
                    path, line_number, f"bad elected, seats or first_prefs: {row['first_prefs']!r}"
                )
            council = gazetteer.require_council(
                row["council_name"], year=2022, source_id=SOURCE_ID, path=path, row=line_number
            )
            label = row["party_name"].strip() or "Independent"
            records.append(
                {
                    "election_date": ELECTION_DATE,
                    "council_code": council,
                    "ward_code": row["map_ward_id"].strip() or None,
                    "ward_name": row["ward_name"].strip(),
                    "seats": int(row["seats"]),
                    "candidate": row["name"].strip(),
                    "party_label": label,
                    "party_id": gazetteer.party_id(label, source_id=SOURCE_ID),
                    "votes": first,
                    "elected": row["elected"] == "1",
                    "source_id": SOURCE_ID,
                }
            )
    if not records:
        raise ImportFailure(path, "-", "no candidate rows")
    frame = finish_candidates(pd.DataFrame(records))
    for code in frame["council_code"].unique():
        gazetteer.record_election(ELECTION_DATE, code)
    return {"candidates": frame, "wards": ward_rows(frame, 2022)}
