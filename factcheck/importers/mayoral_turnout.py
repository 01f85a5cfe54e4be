"""Turnout in mayoral elections, for the whole mayoralty and for each count area (a constituent council).

The rows live in the repository (`curated_rows/mayoral_turnout.csv`, our transcription of stored pages, each
row citing its page). They add what the per-candidate rows of `mayoral_results` lack: turnout where those rows
give none (Greater Manchester 2021 and 2024), and the turnout counted in each council of the mayoralty. A blank
`area` is the whole mayoralty; otherwise `council_code` is the count area's council. `basis` says what the
page's figure is (provisional, what "ballots" counts).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.db.schema import TABLES
from factcheck.importers.common import ImportFailure
from factcheck.importers.curated import CuratedFile
from factcheck.importers.party_vocabulary import slug

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

ROWS = Path(__file__).parent / "curated_rows" / "mayoral_turnout.csv"
SOURCES = ()  # one source per cited page, made by CuratedFile
COLUMNS = {"election_date", "mayoralty", "area", "electorate", "ballots", "turnout_pct", "basis", "source_title",
           "source_url", "publisher"}


def read_turnout(file: CuratedFile, gazetteer: Gazetteer) -> list[dict]:
    """One row per election, area and source."""
    out = []
    for line, row in file.rows:
        source_id = file.source_id(row["publisher"], row["source_title"], row["source_url"], line)
        date = file.date(row["election_date"], line)
        turnout = file.number(row["turnout_pct"], line, "turnout_pct")
        if turnout is None:
            raise ImportFailure(file.path, line, "turnout_pct is required")
        council = (gazetteer.require_council(row["area"], year=int(date[:4]), source_id=source_id, path=file.path,
                                             row=line) if row["area"] else None)
        out.append({
            "election_date": date,
            "mayoralty_code": slug(row["mayoralty"]),
            "council_code": council,
            "electorate": file.integer(row["electorate"], line, "electorate"),
            "ballots": file.integer(row["ballots"], line, "ballots"),
            "turnout_pct": turnout,
            "basis": row["basis"] or None,
            "source_id": source_id,
        })
    return out


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    file = CuratedFile(ROWS, COLUMNS)
    rows = read_turnout(file, gazetteer)
    return {
        "sources": pd.DataFrame([s.__dict__ for s in file.sources.values()]).drop_duplicates("source_id"),
        "mayoral_turnout": pd.DataFrame(rows, columns=list(TABLES["mayoral_turnout"])),
    }
