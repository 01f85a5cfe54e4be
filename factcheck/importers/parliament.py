"""Westminster results from the House of Commons Library: general elections 2010-2024 and by-elections.

- ukparliament/psephology-datasette (`psephology.db.gz`, SQLite): every general-election candidacy 2010-2024 and
  the 2019 notional result on the 2024 boundaries. `general_election_results` sums candidacies by party for the
  UK, GB, each nation and each English region (a candidacy's party is its certifying party; Labour and
  Co-operative counts as Labour, as the Library does; no party = independent; the Speaker is `speaker`). Shares
  are of all valid votes in that scope, so UK and GB shares differ.
- ukparliament/psephology (`results-by-parliament/N/by-elections/*.csv`): by-elections 2010 on, one row per
  candidate, with each constituency's valid votes, majority and result. Candidate rows whose votes disagree
  with the constituency file are kept as published; `factcheck data check` lists them.

`parliament_candidates` holds both (kind `general`, `general (notional)` or `by-election`), `parliament_contests`
one row per constituency contest.
"""

from __future__ import annotations

import csv
import gzip
import re
import sqlite3
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.db.schema import TABLES
from factcheck.importers.common import ImportFailure, SourceRow

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.importers.gazetteer import Gazetteer

DATASETTE = "ukparliament__psephology-datasette/psephology.db.gz"
BYELECTIONS = "ukparliament__psephology/db/data/results-by-parliament"
DB_SOURCE = "commons-psephology-db"
BY_SOURCE = "commons-byelections"
SOURCES: tuple[SourceRow, ...] = (
    SourceRow(
        DB_SOURCE,
        "House of Commons Library",
        "Election results for the UK Parliament 2010-2024 (psephology database, incl. 2019 notional results)",
        "https://github.com/ukparliament/psephology-datasette/blob/da7b7bde0c5036678d061fdcbea8814bbc15aa17/"
        "psephology.db",
        "Open Parliament Licence v3.0",
        notes="Candidacies, certifying parties and constituency areas; party totals here are sums of candidacies.",
    ),
    SourceRow(
        BY_SOURCE,
        "House of Commons Library",
        "UK Parliament by-election results 2010 on (psephology data files)",
        "https://github.com/ukparliament/psephology/tree/774c93e64c4d69a5094d0518aef68060c4d74df0/db/data/"
        "results-by-parliament",
        "Open Parliament Licence v3.0",
        notes="One file of constituencies and one of candidacies per Parliament.",
    ),
)

_SCOPES_SQL = """
SELECT ge.polling_on, ge.is_notional, e.id, e.valid_vote_count, e.majority, ca.geographic_code, ca.name,
       co.name AS country, er.name AS region, c.candidate_given_name || ' ' || c.candidate_family_name,
       c.vote_count, c.vote_share, c.vote_change, c.is_winning_candidacy, c.is_standing_as_commons_speaker,
       p.name, p.abbreviation
FROM candidacies c
JOIN elections e ON e.id = c.election_id
JOIN general_elections ge ON ge.id = e.general_election_id
JOIN constituency_groups g ON g.id = e.constituency_group_id
JOIN constituency_areas ca ON ca.id = g.constituency_area_id
JOIN countries co ON co.id = ca.country_id
LEFT JOIN english_regions er ON er.id = ca.english_region_id
LEFT JOIN certifications ce ON ce.candidacy_id = c.id AND ce.adjunct_to_certification_id IS NULL
LEFT JOIN political_parties p ON p.id = ce.political_party_id
"""
GB = ("England", "Scotland", "Wales")


def _date(text: str) -> str:
    day, month, year = text.strip().split("/")
    return f"{year}-{month}-{day}"


def _party(label: str, speaker: bool, gazetteer: Gazetteer, source_id: str) -> str:
    """The canonical id of a certifying party's name; no party: independent; the Speaker: `speaker`."""
    if speaker:
        return "speaker"
    if not label:
        return "ind"
    return gazetteer.party_id(re.sub(r"^the\s+", "", label, flags=re.I), source_id=source_id)


def read_general(path: Path, gazetteer: Gazetteer) -> tuple[list[dict], list[dict], list[dict]]:
    """(candidates, contests, party totals by scope) from the gzipped psephology SQLite file."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "psephology.db"
        db.write_bytes(gzip.decompress(path.read_bytes()))
        con = sqlite3.connect(db)
        try:
            rows = con.execute(_SCOPES_SQL).fetchall()
        except sqlite3.Error as error:
            raise ImportFailure(path, "-", f"unexpected database layout ({error})") from error
        finally:
            con.close()
    candidates, contests = [], {}
    totals: dict[tuple, dict] = defaultdict(lambda: {"votes": 0, "seats": 0, "candidates": 0, "label": ""})
    valid: dict[tuple, int] = defaultdict(int)
    for (date, notional, _election, valid_votes, majority, code, name, country, region, candidate, votes, share,
         change, won, speaker, label, _abbreviation) in rows:
        kind = "general (notional)" if notional else "general"
        party = _party(label or "", bool(speaker), gazetteer, DB_SOURCE)
        candidates.append({"election_date": date, "kind": kind, "constituency_code": code, "constituency": name,
                           "candidate": candidate, "party_id": party, "party_label": label or "Independent",
                           "votes": votes, "share_pct": None if share is None else round(100 * share, 2),
                           "share_change": None if change is None else round(100 * change, 2),
                           "elected": bool(won), "source_id": DB_SOURCE})
        contests[(date, kind, code)] = {"election_date": date, "kind": kind, "constituency_code": code,
                                        "constituency": name, "country": country, "valid_votes": valid_votes,
                                        "majority": majority, "result": None, "source_id": DB_SOURCE}
        scopes = ["UK", country] + (["GB"] if country in GB else []) + ([region] if region else [])
        for scope in scopes:
            total = totals[(date, kind, scope, party)]
            total["votes"] += votes or 0
            total["seats"] += int(bool(won))
            total["candidates"] += 1
            total["label"] = total["label"] or (label or "Independent")
            valid[(date, kind, scope)] += votes or 0
    results = [
        {"election_date": date, "kind": kind, "scope": scope, "party_id": party, "party_label": t["label"],
         "votes": t["votes"], "share_pct": round(100 * t["votes"] / valid[(date, kind, scope)], 2),
         "seats": t["seats"], "candidates": t["candidates"], "valid_votes": valid[(date, kind, scope)],
         "source_id": DB_SOURCE}
        for (date, kind, scope, party), t in sorted(totals.items())
    ]
    return candidates, list(contests.values()), results


def read_byelections(folder: Path, gazetteer: Gazetteer) -> tuple[list[dict], list[dict]]:
    candidates, contests = [], []
    for parliament in sorted(p for p in folder.iterdir() if (p / "by-elections").is_dir()):
        with (parliament / "by-elections" / "constituencies.csv").open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                contests.append({
                    "election_date": _date(row["By-election date"]), "kind": "by-election",
                    "constituency_code": row["ONS ID"], "constituency": row["Constituency name"],
                    "country": row["Country name"], "valid_votes": int(row["Valid votes"]),
                    "majority": int(row["Majority"]), "result": row["Result"], "source_id": BY_SOURCE})
        with (parliament / "by-elections" / "candidacies.csv").open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        best: dict[tuple[str, str], int] = defaultdict(int)
        for row in rows:
            key = (row["Election date"], row.get("ONS ID") or row.get("ONS ID2") or "")
            best[key] = max(best[key], int(row["Votes"]))
        for row in rows:
            code = row.get("ONS ID") or row.get("ONS ID2") or ""
            label = row["Party name"].strip()
            independent = not label or re.fullmatch(r"independent", label, re.I)
            votes = int(row["Votes"])
            candidates.append({
                "election_date": _date(row["Election date"]), "kind": "by-election", "constituency_code": code,
                "constituency": row["Constituency name"],
                "candidate": f"{row['Candidate first name']} {row['Candidate surname']}".strip(),
                "party_id": "ind" if independent else _party(label, False, gazetteer, BY_SOURCE),
                "party_label": label or "Independent", "votes": votes,
                "share_pct": round(100 * float(row["Share"]), 2) if row["Share"] else None,
                "share_change": round(100 * float(row["Change"]), 2) if row["Change"] else None,
                "elected": votes == best[(row["Election date"], code)], "source_id": BY_SOURCE})
    return candidates, contests


def load(sources_dir: Path, gazetteer: Gazetteer) -> dict[str, pd.DataFrame]:
    import pandas as pd

    candidates, contests, results = [], [], []
    path = Path(sources_dir) / DATASETTE
    if path.is_file():
        candidates, contests, results = read_general(path, gazetteer)
    folder = Path(sources_dir) / BYELECTIONS
    if folder.is_dir():
        more, held = read_byelections(folder, gazetteer)
        candidates += more
        contests += held
    if not candidates:
        return {}
    return {
        "parliament_candidates": pd.DataFrame(candidates, columns=list(TABLES["parliament_candidates"])),
        "parliament_contests": pd.DataFrame(contests, columns=list(TABLES["parliament_contests"])),
        "general_election_results": pd.DataFrame(results, columns=list(TABLES["general_election_results"])),
    }
