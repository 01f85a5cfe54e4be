"""Council creations before 2019 (London boroughs 1965, metropolitan boroughs 1974, the 1974 shire councils a page
states, the 1990s unitaries, the 1996 Welsh and Scottish councils, the 2009 unitaries), transcribed: each row cites
the page it was read on.

`curated_rows/council_events.csv` (in the repository, our transcription of stored pages) gives, per council, an
event and its date: `created` (a new council, formed from others) or `unitary` (an existing council became a
unitary authority that day; it was not created then). Rows go to council_events beside the reorganisations and
re-codings the gazetteer reads from the raw sources.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.importers.common import ImportFailure
from factcheck.importers.curated import CuratedFile
from factcheck.importers.gazetteer import EVENT_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

ROWS = Path(__file__).parent / "curated_rows" / "council_events.csv"
SOURCES = ()  # one source per cited page, made by CuratedFile
EVENTS = {"created", "unitary"}


def read_events(file: CuratedFile, gazetteer: Gazetteer) -> list[dict]:
    out = []
    for line, row in file.rows:
        if row["event"] not in EVENTS:
            raise ImportFailure(file.path, line, f"event: expected one of {sorted(EVENTS)}, found {row['event']!r}")
        date = file.date(row["event_date"], line)
        source_id = file.source_id(row["publisher"], row["source_title"], row["source_url"], line)
        code = gazetteer.require_council(row["council"], year=int(date[:4]), source_id=source_id, path=file.path,
                                         row=line)
        out.append({"council_code": code, "event": row["event"], "event_year": int(date[:4]), "event_date": date,
                    "related_codes": None, "basis": row["basis"], "source_id": source_id})
    return out


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    file = CuratedFile(ROWS, {"council", "event", "event_date", "basis", "source_title", "source_url",
                              "publisher"})
    events = read_events(file, gazetteer)
    return {
        "sources": pd.DataFrame([s.__dict__ for s in file.sources.values()]).drop_duplicates("source_id"),
        "council_events": pd.DataFrame(events, columns=list(EVENT_COLUMNS)),
    }
