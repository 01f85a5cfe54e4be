"""Single-authority (council) mayors: transcribed results, each row citing the page it was read on.

The rows live in the repository (`curated_rows/local_mayors.csv`, our own transcription of stored pages of
official results: BBC results pages and the like), not in ../shared, so the import reads them from the package.
Same columns as curated/mayoral_results.csv plus `council` (the council the mayor leads). Rounds: `1` and `2`
(supplementary vote, to 2021), `single` (first past the post, from 2024). A round-2 total is the page's first plus
second preferences where the page lists them separately; the row's title says so.

Mayoralties are kind `local_authority`, with the council as their one constituent council. Their aliases are
"mayor of X", "X mayoral election", "X city mayor", never the bare name, which is the council's ("the X mayor
vote" reads as the council X).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.importers.curated import MAYORAL_COLUMNS, CuratedFile, read_mayoral
from factcheck.importers.party_vocabulary import slug
from factcheck.names import normalise

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

ROWS = Path(__file__).parent / "curated_rows" / "local_mayors.csv"
SOURCES = ()  # one source per cited page, made by CuratedFile
COLUMNS = {"election_date", "mayoralty", "council", "round", "candidate", "party", "votes", "share_pct", "elected",
           "turnout_pct", "source_title", "source_url", "publisher"}


def mayoralty_rows(file: CuratedFile, gazetteer: Gazetteer, results: list[dict]) -> tuple[list[dict], list[dict]]:
    """One mayoralty per name (kind local_authority) and its aliases."""
    first_source = {}
    for row in results:
        first_source.setdefault(row["mayoralty_code"], row["source_id"])
    mayoralties, aliases, seen = [], [], set()
    for line, row in file.rows:
        code = slug(row["mayoralty"])
        if code in seen:
            continue
        seen.add(code)
        council = gazetteer.require_council(row["council"], year=int(row["election_date"][:4]),
                                            source_id=first_source[code], path=file.path, row=line)
        name = row["mayoralty"]
        mayoralties.append({"mayoralty_code": code, "name": f"Mayor of {name}", "kind": "local_authority",
                            "constituent_councils": council, "source_id": first_source[code]})
        spellings = {f"mayor of {name}", f"{name} mayoral election", f"{name} city mayor",
                     f"elected mayor of {name}", f"{name} mayoralty"}
        aliases += [{"alias": a, "alias_norm": normalise(a), "mayoralty_code": code} for a in sorted(spellings)]
    return mayoralties, aliases


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    file = CuratedFile(ROWS, COLUMNS)
    results, _ = read_mayoral(file, gazetteer)
    mayoralties, aliases = mayoralty_rows(file, gazetteer, results)
    return {
        "sources": pd.DataFrame([s.__dict__ for s in file.sources.values()]).drop_duplicates("source_id"),
        "mayoral_results": pd.DataFrame(results, columns=MAYORAL_COLUMNS),
        "mayoralties": pd.DataFrame(mayoralties),
        "mayoralty_aliases": pd.DataFrame(aliases).drop_duplicates(["alias_norm", "mayoralty_code"]),
    }
