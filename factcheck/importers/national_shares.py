"""Vote shares for a whole nation (first preferences in Scotland's STV elections, say), as published.

The rows live in the repository (`curated_rows/national_vote_shares.csv`, our transcription of stored pages,
each row citing its page). Nothing here is summed from candidate rows: the Scottish 2022 candidate file lacks
first preferences for four councils, so a national share summed from it would not be the published one.
Publishers that disagree (a rounded official summary, a provisional count) are both kept, one row each, with
`basis` saying which (rounded to whole per cent, provisional, the change's baseline).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.db.schema import TABLES
from factcheck.importers.common import ImportFailure
from factcheck.importers.curated import CuratedFile, read_shares

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

ROWS = Path(__file__).parent / "curated_rows" / "national_vote_shares.csv"
# BBC projected national shares before 2012 (the curated/ file starts in 2012), as quoted on stored pages; the
# publisher column names who quoted them, and a share whose publisher the page does not name says so.
PROJECTED_ROWS = Path(__file__).parent / "curated_rows" / "projected_share_before_2012.csv"
PROJECTED_COLUMNS = {"election_year", "publisher", "measure", "party", "share_pct", "source_title", "source_url"}
SOURCES = ()  # one source per cited page, made by CuratedFile
COLUMNS = {"election_date", "scope", "publisher", "measure", "party", "share_pct", "share_change", "basis",
           "source_title", "source_url"}
SCOPES = {"UK", "GB", "England", "Scotland", "Wales", "London"}


def read_national_shares(file: CuratedFile, gazetteer: Gazetteer) -> list[dict]:
    """One row per publisher, scope and party."""
    out = []
    for line, row in file.rows:
        source_id = file.source_id(row["publisher"], row["source_title"], row["source_url"], line)
        if row["scope"] not in SCOPES:
            raise ImportFailure(file.path, line, f"scope: expected one of {sorted(SCOPES)}, found {row['scope']!r}")
        share = file.number(row["share_pct"], line, "share_pct")
        if share is None:
            raise ImportFailure(file.path, line, "share_pct is required")
        out.append({
            "election_date": file.date(row["election_date"], line),
            "scope": row["scope"],
            "publisher": row["publisher"],
            "measure": row["measure"],
            "party_id": gazetteer.party_id(row["party"], source_id=source_id),
            "share_pct": share,
            "share_change": file.number(row["share_change"], line, "share_change"),
            "basis": row["basis"] or None,
            "source_id": source_id,
        })
    return out


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    file = CuratedFile(ROWS, COLUMNS)
    rows = read_national_shares(file, gazetteer)
    projected_file = CuratedFile(PROJECTED_ROWS, PROJECTED_COLUMNS)
    projected = read_shares(projected_file, gazetteer)
    sources = [*file.sources.values(), *projected_file.sources.values()]
    return {
        "sources": pd.DataFrame([s.__dict__ for s in sources]).drop_duplicates("source_id"),
        "national_vote_share": pd.DataFrame(rows, columns=list(TABLES["national_vote_share"])),
        "projected_share": pd.DataFrame(projected, columns=list(TABLES["projected_share"])),
    }
