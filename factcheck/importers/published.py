"""Council results as published in derived exports: seats won and votes per party per council.

- regioniq's `lad_elections.json` (sebgrech/regioniq-dashboard), built from Democracy Club results: per LAD
  GSS code and year, seats and votes per party. 2023 matters most (no 2023 candidate file exists). The 2022
  Scottish entries carry votes 0 (STV): their votes are stored NULL, their seats kept.
- electionresults.uk's `parties.json` `partyViews` for 2023, built from the Commons Library 2023 handbook
  candidates: seats won (first past the post) and all-candidate votes per council.

Both are derived tables: seats_change is NULL, and votes are sums over every candidate (raw, not the
"top candidate per party" convention). Two labels that map to one party in a council are added up.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.db.schema import TABLES
from factcheck.importers.common import ImportFailure, SourceRow

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

REGIONIQ = "regioniq-lad-elections"
ELECTIONRESULTS_2023 = "electionresults-party-views-2023"
REGIONIQ_FILE = "sebgrech__regioniq-dashboard/public/processed/lad_elections.json"
PARTIES_FILE = "fsargent__electionresults.uk/src/lib/data/parties.json"
SOURCES: tuple[SourceRow, ...] = (
    SourceRow(
        REGIONIQ,
        "regioniq dashboard (sebgrech), from Democracy Club results exports",
        "Local election seats and votes by party per local authority, 2022-2025 (lad_elections.json)",
        "https://github.com/sebgrech/regioniq-dashboard/blob/c3ce3b315cc1d654e77a9c652db6e1cf8d803b75/"
        "public/processed/lad_elections.json",
        "not stated (the repository states no licence)",
        notes="Derived by the repository from Democracy Club candidate results. 2022 Scottish votes are "
        "zeros in the file (STV) and are stored NULL.",
    ),
    SourceRow(
        ELECTIONRESULTS_2023,
        "electionresults.uk (Freddie Sargent), from the House of Commons Library",
        "Party views per council, 2023: seats won and votes (parties.json partyViews)",
        "https://github.com/fsargent/electionresults.uk/blob/19651ed97e047b254e01875eac7b247a7e4a5401/"
        "src/lib/data/parties.json",
        "CC BY 4.0 (electionresults.uk); underlying Commons Library data Open Parliament Licence v3.0",
        notes="Derived by the site from the Commons Library 2023 candidate file (LEH-Candidates-2023.xlsx, "
        "not itself available). Vote shares are of all candidates' votes.",
    ),
)
RESULT_COLUMNS = list(TABLES["council_results"])
# The May polling days of the years these exports cover (as in the Commons Library handbooks and the
# Democracy Club export). Years outside it (2025) are out of scope and skipped.
POLLING_DAYS = {2022: "2022-05-05", 2023: "2023-05-04", 2024: "2024-05-02"}
_GSS = re.compile(r"^[ESWN]\d{8}$")

skipped_codes: set[str] = set()  # LAD codes the gazetteer does not know, filled by `load`


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ImportFailure(path, "-", f"not JSON: {error}") from error


def _count(value: object, path: Path, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or value != int(value):
        raise ImportFailure(path, where, f"expected a count, found {value!r}")
    return int(value)


def _add(rows: dict[tuple, dict], row: dict) -> None:
    """Insert a party row, adding seats and votes to an existing row for the same council and party."""
    key = (row["election_date"], row["council_code"], row["party_id"], row["source_id"])
    if key not in rows:
        rows[key] = row
        return
    existing = rows[key]
    existing["seats_won"] = (existing["seats_won"] or 0) + (row["seats_won"] or 0)
    if row["votes"] is not None:
        existing["votes"] = (existing["votes"] or 0) + row["votes"]
    existing["share_pct"] = (
        None
        if existing["share_pct"] is None or row["share_pct"] is None
        else round(existing["share_pct"] + row["share_pct"], 2)
    )


def read_regioniq(path: Path, gazetteer: Gazetteer) -> list[dict]:
    data = _read_json(path)
    if not isinstance(data, dict):
        raise ImportFailure(path, "-", "expected an object keyed by local authority code")
    rows: dict[tuple, dict] = {}
    basis = (
        "seats won in this election (derived from Democracy Club results by regioniq); votes = all candidates"
    )
    for lad, years in data.items():
        if not _GSS.match(lad) or not isinstance(years, dict):
            raise ImportFailure(path, lad, "expected a GSS code keyed object of years")
        code = gazetteer.council_code(lad)
        if code is None:  # e.g. Scottish codes renumbered in 2018-19; the file gives no name to fall back on
            skipped_codes.add(lad)
            continue
        for year_text, entry in years.items():
            if not year_text.isdigit() or not isinstance(entry, dict):
                raise ImportFailure(path, f"{lad}/{year_text}", "expected a year and an object")
            date = POLLING_DAYS.get(int(year_text))
            if date is None:
                continue
            seats, votes = entry.get("seats"), entry.get("votes")
            if not isinstance(seats, dict) or not isinstance(votes, dict):
                raise ImportFailure(path, f"{lad}/{year_text}", "missing 'seats' or 'votes'")
            vote_counts = {p: _count(v, path, f"{lad}/{year_text}/votes/{p}") for p, v in votes.items()}
            no_votes = not any(vote_counts.values())  # STV councils in 2022: only seats are filled
            for label in dict.fromkeys([*seats, *votes]):
                won = _count(seats.get(label, 0), path, f"{lad}/{year_text}/seats/{label}")
                _add(
                    rows,
                    {
                        "election_date": date,
                        "council_code": code,
                        "party_id": gazetteer.party_id(label, source_id=REGIONIQ, council_code=code),
                        "seats_up": None,
                        "total_seats": None,
                        "seats_won": won,
                        "seats_change": None,
                        "seats_change_basis": basis,
                        "votes": None if no_votes else vote_counts.get(label, 0),
                        "share_pct": None,
                        "share_change": None,
                        "control_after": None,
                        "source_id": REGIONIQ,
                    },
                )
    return list(rows.values())


def read_party_views_2023(path: Path, gazetteer: Gazetteer) -> list[dict]:
    data = _read_json(path)
    views = data.get("partyViews") if isinstance(data, dict) else None
    if not isinstance(views, list):
        raise ImportFailure(path, "-", "no partyViews list")
    rows: dict[tuple, dict] = {}
    basis = (
        "seats won in this election (derived from the Commons Library 2023 candidate file by "
        "electionresults.uk); votes and share = all candidates"
    )
    for index, view in enumerate(views):
        if not isinstance(view, dict) or view.get("year") != 2023:
            continue
        where = f"partyViews[{index}] ({view.get('council')})"
        code = gazetteer.council_code(str(view.get("council", "")), year=2023, source_id=ELECTIONRESULTS_2023)
        if code is None:
            raise ImportFailure(path, where, f"unknown council name {view.get('council')!r}")
        seats_up = _count(view.get("totalSeats"), path, where)
        for party in view.get("rows") or []:
            share = party.get("voteShare")
            _add(
                rows,
                {
                    "election_date": POLLING_DAYS[2023],
                    "council_code": code,
                    "party_id": gazetteer.party_id(
                        str(party.get("party", "")), source_id=ELECTIONRESULTS_2023, council_code=code
                    ),
                    "seats_up": seats_up,
                    "total_seats": None,
                    "seats_won": _count(party.get("fptpSeats"), path, where),
                    "seats_change": None,
                    "seats_change_basis": basis,
                    "votes": _count(party.get("votes"), path, where),
                    "share_pct": round(float(share) * 100, 2) if isinstance(share, (int, float)) else None,
                    "share_change": None,
                    "control_after": None,
                    "source_id": ELECTIONRESULTS_2023,
                },
            )
    return list(rows.values())


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    skipped_codes.clear()
    rows: list[dict] = []
    if (path := Path(sources_dir) / REGIONIQ_FILE).is_file():
        rows += read_regioniq(path, gazetteer)
    if (path := Path(sources_dir) / PARTIES_FILE).is_file():
        rows += read_party_views_2023(path, gazetteer)
    if not rows:
        return {}
    frame = pd.DataFrame(rows, columns=RESULT_COLUMNS)
    counts = ("seats_up", "total_seats", "seats_won", "seats_change", "votes")
    return {"council_results": frame.astype({c: "Int64" for c in counts})}
