"""Open Council Data UK rosters of sitting councillors (2016-2024): composition at party level, and the seats
each party was defending at the next election.

Each roster `opencouncildata_councillors_Y` lists councillors one by one with their party and the date their
seat is next up. None has a seat next up in May Y (2020 aside: that May's elections were postponed), so a roster
describes the council after the May Y election, at a date in the year it does not give.

- council_composition: seats per party, independents and each local group separately (the roster's
  "Independent / Other", councillors of no registered party, count as `ind`); `total_seats` counts vacant seats.
  Explicit zero rows for the main parties of the nation, and for any party holding seats on the council in the
  previous or next roster, so "picked up seats" from none is answered by a 0, not by a missing row.
- seats_defended: from roster Y-1, the councillors whose seat is next up at the council's first election of
  year Y, per party (zeros as above are not added: only parties with seats up).

Northern Irish councils are not in the gazetteer and are skipped.
"""

from __future__ import annotations

import csv
import gzip
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.db.schema import TABLES
from factcheck.importers.common import ImportFailure, SourceRow

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

FOLDER = "fsargent__electionresults.uk/source-data/council"
YEARS = range(2016, 2025)
_REPO = "https://github.com/fsargent/electionresults.uk/blob/19651ed97e047b254e01875eac7b247a7e4a5401/"
_LICENCE = "CC BY-SA 4.0 (Open Council Data UK, as listed by the electionresults.uk repository)"


def source_id(year: int) -> str:
    return f"ocd-roster-{year}"


SOURCES: tuple[SourceRow, ...] = tuple(
    SourceRow(
        source_id(year),
        "Open Council Data UK (opencouncildata.co.uk)",
        f"Councillors by council, ward and party, {year} roster (opencouncildata_councillors_{year}.csv)",
        _REPO + f"source-data/council/opencouncildata_councillors_{year}.csv",
        _LICENCE,
        notes="Copy in the electionresults.uk repository. One row per sitting councillor with the date the seat "
        "is next up; taken after that year's May election (no seat is next up in May of the roster's year).",
    )
    for year in YEARS
)

MAIN_PARTIES = {"E": ("con", "lab", "ld", "green"), "S": ("con", "lab", "ld", "green", "snp"),
                "W": ("con", "lab", "ld", "green", "pc")}
_NO_PARTY = ("independent / other", "independent")
REQUIRED_COLUMNS = {"Council", "Councillor Name", "Next Election", "Party Name"}


def read_roster(path: Path, year: int, gazetteer: Gazetteer) -> list[tuple[str, str, str]]:
    """(council code, party id, next election date) per councillor; party '' for a vacant seat."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
        if missing:
            raise ImportFailure(path, 1, f"missing columns {sorted(missing)}")
        codes: dict[str, str | None] = {}
        for row in reader:
            council = (row["Council"] or "").strip()
            if council not in codes:
                codes[council] = gazetteer.council_code(council, year=year, source_id=source_id(year))
            code = codes[council]
            if code is None:
                continue
            label = (row["Party Name"] or "").strip()
            if label.lower() == "vacant":
                party = ""
            elif label.lower() in _NO_PARTY:
                party = "ind"
            else:
                party = gazetteer.party_id(label, source_id=source_id(year), council_code=code)
            out.append((code, party, (row["Next Election"] or "").strip()))
    return out


def composition_rows(rosters: dict[int, list[tuple[str, str, str]]]) -> list[dict]:
    held: dict[tuple[str, int], Counter] = defaultdict(Counter)
    for year, members in rosters.items():
        for code, party, _ in members:
            held[(code, year)][party] += 1
    rows = []
    for (code, year), counts in sorted(held.items()):
        total = sum(counts.values())
        vacant = counts.pop("", 0)
        zeros = set(MAIN_PARTIES.get(code[:1], ()))
        for near in (year - 1, year + 1):
            zeros |= {p for p, n in held.get((code, near), Counter()).items() if n and p}
        basis = (f"roster of sitting councillors, {year} (after the May {year} election; date in the year "
                 "not given)" + (f"; {vacant} seat(s) vacant, counted in total_seats" if vacant else ""))
        for party in sorted(set(counts) | zeros):
            rows.append({"council_code": code, "as_of_year": year, "as_of": None, "party_id": party,
                         "seats": counts.get(party, 0), "total_seats": total, "basis": basis,
                         "source_id": source_id(year)})
    return rows


def defended_rows(rosters: dict[int, list[tuple[str, str, str]]]) -> list[dict]:
    """Seats up at each council's first election of the year after a roster, by party, from that roster."""
    rows = []
    for year, members in rosters.items():
        first: dict[str, str] = {}
        for code, _, due in members:
            if due[:4] == str(year + 1) and due[5:7] in ("04", "05", "06"):
                first[code] = min(first.get(code, due), due)
        counts: Counter = Counter((code, party) for code, party, due in members if first.get(code) == due)
        for (code, party), seats in sorted(counts.items()):
            rows.append({"election_date": first[code], "council_code": code, "party_id": party or "vacant",
                         "seats": seats, "basis": f"seats next up on {first[code]} in the {year} roster of "
                         "sitting councillors (vacant: no councillor listed)", "source_id": source_id(year)})
    return rows


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    rosters = {}
    for year in YEARS:
        path = Path(sources_dir) / FOLDER / f"opencouncildata_councillors_{year}.csv.gz"
        if path.is_file():
            rosters[year] = read_roster(path, year, gazetteer)
    if not rosters:
        return {}
    return {
        "council_composition": pd.DataFrame(composition_rows(rosters), columns=list(TABLES["council_composition"])),
        "seats_defended": pd.DataFrame(defended_rows(rosters), columns=list(TABLES["seats_defended"])),
    }
