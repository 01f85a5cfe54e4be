"""Shared by the candidate-level importers: the candidates columns, ward seats and 'vote effective'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.db.schema import TABLES

if TYPE_CHECKING:
    import pandas as pd

CANDIDATE_COLUMNS = list(TABLES["candidates"])
WARD_COLUMNS = list(TABLES["wards"])

# When two files cover the same council and polling day, views and checks prefer the earlier source here.
# Trafford Council's own file duplicates LEAP/Commons Library/Democracy Club coverage of Trafford.
PREFERRED_CANDIDATE_SOURCES: tuple[str, ...] = (
    "leap-2016",
    "leap-2017",
    "leap-2018",
    "leap-2019",
    "leh-2021",
    "leh-2022",
    "leh-2024",
    "london-2014",
    "scotland-2022-indylive",
    "democracyclub-2024",
    "trafford-council",
)

_WARD_KEY = ["election_date", "council_code", "ward_key"]


def finish_candidates(frame: pd.DataFrame) -> pd.DataFrame:
    """Fill seats (number elected in the ward) and vote_effective (party's top candidate; ties: first in file
    order) where the source gave none; uncontested wards (every vote 0 or empty) get votes NULL."""
    import pandas as pd

    frame = frame.reset_index(drop=True).copy()
    for column in CANDIDATE_COLUMNS:
        if column not in frame:
            frame[column] = pd.NA
    frame["ward_key"] = frame["ward_code"].fillna("").astype(str) + "|" + frame["ward_name"].astype(str)
    frame["elected"] = frame["elected"].astype(bool)
    votes = pd.to_numeric(frame["votes"], errors="raise").astype("Int64")
    uncontested = votes.fillna(0).groupby([frame[k] for k in _WARD_KEY]).transform("max") == 0
    frame["votes"] = votes.mask(uncontested)
    elected_in_ward = frame.groupby(_WARD_KEY)["elected"].transform("sum").astype("Int64")
    frame["seats"] = pd.to_numeric(frame["seats"], errors="coerce").astype("Int64").fillna(elected_in_ward)
    order = frame.assign(_v=frame["votes"].fillna(-1)).sort_values("_v", ascending=False, kind="stable")
    top = ~order.duplicated(_WARD_KEY + ["party_id"])
    computed = top.reindex(frame.index)
    given = frame["vote_effective"]
    frame["vote_effective"] = given.where(given.notna(), computed).astype(bool)
    return frame[CANDIDATE_COLUMNS]


def ward_rows(candidates: pd.DataFrame, year: int) -> pd.DataFrame:
    """The wards a candidates frame used, for one year (the runner merges years into first/last_year)."""
    wards = candidates[["ward_code", "ward_name", "council_code", "source_id"]].drop_duplicates()
    wards = wards.assign(first_year=year, last_year=year)
    return wards[WARD_COLUMNS].reset_index(drop=True)
