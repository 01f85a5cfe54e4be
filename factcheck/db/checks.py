"""`factcheck data check`: validations of the reference database, printed as a pass/warn/fail table.

Structural checks run the queries in checks.sql (no rows = pass). Spot checks compare figures in the
database with figures stated in the sources' SOURCE.md notes (each cited below).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from factcheck.names import normalise

PASS, WARN, FAIL = "pass", "warn", "fail"


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str  # pass, warn or fail
    detail: str
    listing: tuple[str, ...] = ()  # every row found, for checks that list disagreements in full

    @property
    def passed(self) -> bool:
        return self.status != FAIL


@dataclass(frozen=True)
class SpotCheck:
    """A figure read in a source's notes, and the named query that should reproduce it."""

    what: str
    query: str
    params: dict[str, Any]
    expected: int
    cited: str


# (query name, status when rows are found, what the check means)
STRUCTURAL = (
    ("ward_seats_filled", FAIL, "every ward elects as many candidates as it has seats"),
    ("council_seats_won", FAIL, "seats won per council equal seats up"),
    ("composition_over_size", FAIL, "composition never exceeds the council size"),
    ("composition_vacancies", WARN, "composition sums to the council size (short = vacancies)"),
    ("rows_without_source", FAIL, "every row names a source in `sources`"),
    ("shares_off_100", FAIL, "effective and raw shares sum to 100 +/- 0.5 per council election"),
    ("duplicate_candidates", FAIL, "no candidate listed twice in a ward contest"),
    ("unknown_council_codes", FAIL, "every council code used is in `councils`"),
    ("council_link_cycles", FAIL, "successor and re-coding links between councils never loop"),
    ("ambiguous_aliases", WARN, "a spelling names one council (or a predecessor and its successor)"),
    ("sources_disagree", WARN, "files covering the same council election agree on party votes and seats"),
    ("general_election_shares_off_100", FAIL, "general-election shares sum to 100 +/- 0.5 in every scope"),
    ("byelection_votes_off", WARN, "by-election candidate votes sum to the constituency's valid votes"),
    ("control_sources_disagree", WARN, "sources agree on control before and after each council election"),
    ("control_against_composition", WARN, "stated control follows from the same source's composition"),
    ("control_bases_differ", WARN, "control as left by the previous election matches the year-before snapshot"),
)
# Checks whose rows are source disagreements to be read one by one: `data check` lists them in full.
LISTED = frozenset({"control_sources_disagree", "control_bases_differ", "byelection_votes_off",
                    "control_against_composition"})

# Spellings from different files that must land on one council code (named in issue 2).
SAME_COUNCIL_SPELLINGS = (
    ("Stoke-on-Trent", "Stoke On Trent"),
    ("Kingston upon Hull", "Kingston upon Hull, City of", "Kingston Upon Hull"),
    ("Basingstoke and Deane", "Basingstoke & Deane"),
)

_TRAFFORD_NOTE = "traffordDataLab__open_data/SOURCE.md and fsargent__electionresults.uk/SOURCE.md"
_LONDON_NOTE = "pipaluk5__dataVis/SOURCE.md"


def _trafford_2018(source: str) -> list[SpotCheck]:
    base = {"source": source, "election": "2018-05-03", "council_norm": normalise("Trafford")}
    checks = [SpotCheck(f"Trafford 2018 total votes ({source})", "spot_total_votes", base, 76820,
                        _TRAFFORD_NOTE)]
    for party, votes in (("lab", 35178), ("con", 28226), ("green", 6438), ("ld", 5411)):
        checks.append(SpotCheck(f"Trafford 2018 {party} votes ({source})", "spot_party_votes",
                                base | {"party": party}, votes, _TRAFFORD_NOTE))
    for party, seats in (("lab", 13), ("con", 7), ("green", 2)):
        checks.append(SpotCheck(f"Trafford 2018 {party} seats ({source})", "spot_party_seats",
                                base | {"party": party}, seats, _TRAFFORD_NOTE))
    return checks


SPOT_CHECKS: tuple[SpotCheck, ...] = (
    *_trafford_2018("leap-2018"),
    *_trafford_2018("trafford-council"),
    *(SpotCheck(f"London boroughs 2014 {party} seats", "spot_party_seats",
                {"source": "london-2014", "election": "2014-05-22", "party": party, "council_norm": "*"},
                seats, _LONDON_NOTE)
      for party, seats in (("lab", 1060), ("con", 612), ("ld", 116))),
)


@cache
def check_queries() -> dict:
    from factcheck.query.registry import parse_queries

    return parse_queries(resources.files("factcheck.db").joinpath("checks.sql").read_text(encoding="utf-8"))


def _rows(con, name: str, **params: Any) -> list[tuple]:
    query = check_queries()[name]
    return con.execute(query.sql, {k: params[k] for k in query.params}).fetchall()


def run_checks(con, spot_checks: tuple[SpotCheck, ...] = SPOT_CHECKS) -> list[CheckResult]:
    """Every check against an open connection, in a stable order."""
    results = []
    for name, status, meaning in STRUCTURAL:
        rows = _rows(con, name)
        if not rows:
            results.append(CheckResult(name, PASS, meaning))
        else:
            sample = "; ".join(" ".join(str(v) for v in row) for row in rows[:3])
            listing = tuple(" ".join(str(v) for v in row) for row in rows) if name in LISTED else ()
            results.append(CheckResult(name, status, f"{len(rows)} found, e.g. {sample}", listing))
    results.extend(_same_council_checks(con))
    results.extend(_spot_check(con, spot) for spot in spot_checks)
    return results


def _same_council_checks(con) -> list[CheckResult]:
    results = []
    for spellings in SAME_COUNCIL_SPELLINGS:
        codes = {}
        for spelling in spellings:
            found_rows = _rows(con, "alias_codes", alias_norm=normalise(spelling))
            codes[spelling] = {row[0]: row[1:] for row in found_rows}
        found = set().union(*(set(c) for c in codes.values()))
        name = f"one council: {' / '.join(spellings)}"
        if not found:
            results.append(CheckResult(name, WARN, "not in the data"))
            continue
        if len(found) != 1 or not all(codes.values()):
            unresolved = [s for s, c in codes.items() if not c]
            results.append(CheckResult(name, FAIL, f"resolve to {sorted(found)}; unresolved: {unresolved}"))
            continue
        code = found.pop()
        files, composition = next(iter(codes.values()))[code]
        status = PASS if files >= 2 and composition > 0 else WARN
        detail = f"{code}: {files} candidate files, {composition} composition rows"
        results.append(CheckResult(name, status, detail))
    return results


def _spot_check(con, spot: SpotCheck) -> CheckResult:
    row = _rows(con, spot.query, **spot.params)
    actual = row[0][0] if row else None
    if actual is None:
        return CheckResult(f"spot: {spot.what}", WARN, f"no data (expected {spot.expected:,}; {spot.cited})")
    status = PASS if int(actual) == spot.expected else FAIL
    return CheckResult(f"spot: {spot.what}", status, f"{int(actual):,} (source notes: {spot.expected:,})")


def print_checks(results: list[CheckResult]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="factcheck data check", show_lines=False)
    table.add_column("check")
    table.add_column("result")
    table.add_column("detail", overflow="fold")
    colours = {PASS: "green", WARN: "yellow", FAIL: "bold red"}
    for result in results:
        table.add_row(result.name, f"[{colours[result.status]}]{result.status}[/]", result.detail)
    console = Console()
    console.print(table)
    for result in results:
        if result.listing:
            found = result.detail.split(",")[0]
            console.print(f"\n{result.name}: {found} (each source's figure is kept in the database)")
            for line in result.listing:
                console.print(f"  - {line}", highlight=False, markup=False, soft_wrap=True)
    failed = sum(r.status == FAIL for r in results)
    warned = sum(r.status == WARN for r in results)
    console.print(f"{len(results) - failed - warned} passed, {warned} warnings, {failed} failed")
