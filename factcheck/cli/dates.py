"""`--date` checked against the polling days the reference data holds, so a date is never silently moved."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from typing import Any

RESULTS_DAYS = 4  # a date up to this many days after polling day (results and write-ups) means that election


class DateNotAnElection(Exception):
    """--date names no election in the reference data. The message is one line naming the nearest ones."""


def election_for_option(value: str | None, checker: Any, option: str = "--date") -> str | None:
    """The polling day `value` (an ISO date) stands for. A results day just after it is taken with a note on
    stderr; any other day raises DateNotAnElection. Checkers without a calendar (test fakes) take it as given."""
    return election_on(value, getattr(getattr(checker, "calendar", None), "dates", ()), option)


def polling_days() -> list[str]:
    """Every polling day the reference database holds results for (opening it, building it if need be)."""
    from factcheck.db.connect import open_database
    from factcheck.query.registry import tuples

    con = open_database()
    try:
        return sorted({row[0] for row in tuples(con, "election_places")})
    finally:
        con.close()


def election_on(value: str | None, dates: Sequence[str], option: str = "--date") -> str | None:
    """election_for_option, given the polling days."""
    if value is None or not dates or value in dates:
        return value
    before = [d for d in dates if d < value]
    after = [d for d in dates if d > value]
    if before and (dt.date.fromisoformat(value) - dt.date.fromisoformat(before[-1])).days <= RESULTS_DAYS:
        print(f"factcheck: note: {option} {value} is taken as the election of {before[-1]}", file=sys.stderr)
        return before[-1]
    nearest = " and ".join(d for d in (before[-1:] + after[:1]))
    raise DateNotAnElection(f"{option}: no election in the reference data on {value} "
                            f"(the nearest: {nearest}; `factcheck data status` lists them all)")
