"""Rules for national tallies: councillors gained or lost, and held, by publisher, final or mid-count."""

from __future__ import annotations

import re

from factcheck.judge.base import Case, Row, Rule, best_of, finding, named_publisher, unverifiable, verdict_for
from factcheck.judge.changes import claimed_words, judge_change
from factcheck.judge.confidence import party_nation
from factcheck.judge.tolerance import Match, compare, describe, signed
from factcheck.model import Finding, Hedge, Official, Quantity, Verdict
from factcheck.regex_cache import lazy

NATIONAL_CHANGE = "national.change"
NATIONAL_COUNT = "national.count"
COUNT_IS_CHANGE = "national.count_is_change"

TALLY_REVISION = 1.0  # national tallies are revised by a seat or so as recounts and late counts come in
COUNCIL_SIZED_RATIO = 5  # a national total five times the claimed count means the claim is about a council
LOCAL_SIZED = 10  # a change this small with no place named is about a council the text did not name


def national_match(case: Case, official: float, quantity: Quantity | None) -> Match:
    """Judge against a national tally, where a one-seat difference is within the tallies' own revisions."""
    match = judge_change(case, official, quantity)
    if match != Match.EXACT and quantity and quantity.value is not None and quantity.hedge == Hedge.NONE:
        claimed = signed(quantity, case.loss)
        if claimed is not None and abs(official) >= 20 and abs(official - claimed) <= TALLY_REVISION:
            return Match.EXACT
    return match


# Scopes below a nation: a national tally does not stand in for them ("gained 100 seats in London").
REGIONAL_SCOPES = frozenset({"london"})


def in_scope(case: Case, rows: list[Row]) -> list[Row]:
    """The tallies for the scope the claim names (a nation, a region, or a nation's party: "Scottish Labour");
    any tally when it names none. A scope it names with no tally of its own gets none: a national figure never
    stands in for Scotland or London."""
    place = case.claim.place
    own = party_nation(case.claim)  # the SNP's tally is Scotland's, whatever nation the text spoke of before
    scope = (own if own and (place is None or place.kind == "nation") else place.code if place else own) or ""
    if not scope or scope.lower() in ("gb", "uk"):
        return rows
    scoped = [r for r in rows if str(r.get("scope", "")).lower() == scope.lower()]
    if scoped or scope.lower() not in ("england",):
        return scoped
    return [r for r in rows if str(r.get("scope", "")).lower().startswith("england")]


def _scope_words(case: Case) -> str:
    place = case.claim.place
    return f"{place.name} " if place is not None and place.code.lower() in REGIONAL_SCOPES else "national "


def national_change(case: Case) -> Finding:
    """National councillor gains and losses, by publisher, final or mid-count."""
    claim = case.claim.claim
    rows = [r for r in case.rows("national_tally") if r.get("councillors_change") is not None]
    scoped = named_publisher(case, in_scope(case, rows))
    if claim.as_of:
        mid = moment_rows([r for r in scoped if r.get("as_of")], claim.as_of, case.claim.election_date)
        scoped = mid or [r for r in scoped if not r.get("as_of")]
    else:
        scoped = [r for r in scoped if not r.get("as_of")] or scoped
    if not scoped:
        return unverifiable(case, NATIONAL_CHANGE, f"no {_scope_words(case)}tally for this party and election")
    ratio = next((float(q.split(":", 1)[1]) for q in claim.qualifiers if q.startswith("ratio:")), None)
    if ratio is not None and claim.quantity is None:
        return _multiplied_nationally(case, ratio, scoped)
    quantity = claim.quantity
    smallest = min(abs(float(r["councillors_change"])) for r in scoped)
    if ((case.claim.place is None or case.claim.place.kind == "nation") and quantity is not None
            and quantity.value is not None
            and abs(quantity.value) < LOCAL_SIZED and smallest >= 2 * LOCAL_SIZED):
        return unverifiable(case, NATIONAL_CHANGE, f"it names no place, and a change of {quantity.value:,g} seats "
                            "is the size of one council's result, not a national tally")
    claimed = signed(quantity, case.loss) if quantity is not None else None
    if claimed is not None:  # among equally good matches, cite the closest figure
        scoped = sorted(scoped, key=lambda r: abs(float(r["councillors_change"]) - claimed))
    candidates = []
    for r in scoped:
        when = f" as of {r['as_of']}" if r.get("as_of") else " (final)"
        official = Official(
            float(r["councillors_change"]),
            f"{r['publisher']} tally, {r['scope']}{when}: {r.get('basis') or ''}".strip(),
            case.cite(r),
        )
        candidates.append((national_match(case, float(r["councillors_change"]), claim.quantity), official))
    match, best = best_of(candidates)  # type: ignore[misc]
    note = (
        ""
        if not claim.as_of or scoped[0].get("as_of")
        else " No figure for that moment of the count is sourced, so the final figure is used."
    )
    explanation = (
        f"{best.basis.split(':')[0]} gives {best.value:+,g} councillors for {case.party_label}; "
        f"the claim says {claimed_words(case)}.{note}"
    )
    return finding(case, NATIONAL_CHANGE, verdict_for(match), explanation, [o for _, o in candidates])


def _multiplied_nationally(case: Case, ratio: float, rows: list[Row]) -> Finding:
    """ "more than doubled their number of councillors": councillors after against before (after less the net
    change) on each tally that gives both; accepted on any, flagged only when the claim names its scope."""
    at_least = "ratio_at_least" in case.claim.claim.qualifiers
    candidates = []
    for r in rows:
        if r.get("councillors") is None or r.get("as_of"):
            continue
        now, before = float(r["councillors"]), float(r["councillors"]) - float(r["councillors_change"])
        if before <= 0:
            continue
        times = now / before
        match = Match.EXACT if at_least and times >= ratio else compare(Quantity(value=ratio, unit="ratio"), times)
        candidates.append((match, Official(round(times, 2), f"{r['publisher']} tally, {r['scope']}: {now:,g} "
                                                            f"councillors against {before:,g} before", case.cite(r))))
    if not candidates:
        return unverifiable(case, NATIONAL_CHANGE, "no tally gives both the councillors and their change")
    match, best = best_of(candidates)  # type: ignore[misc]
    return finding(case, NATIONAL_CHANGE, verdict_for(match), f"{best.basis.split(':')[0]}: {best.value:g} times "
                   f"the councillors before; the claim says {'more than ' if at_least else ''}{ratio:g} times.",
                   [o for _, o in candidates])


_CLOCK = lazy(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)\b", re.IGNORECASE)
_ISO_CLOCK = lazy(r"(?:T|\b)([01]?\d|2[0-3]):([0-5]\d)\b")
MID_COUNT_WINDOW_MINUTES = 150


# Parts of the day as clock times (minutes after midnight), for "by Friday evening".
DAY_PARTS = {"overnight": 180, "early": 420, "morning": 540, "lunchtime": 780, "afternoon": 900,
             "teatime": 1050, "evening": 1200, "night": 1320}
_DAY_PART = lazy(r"\b(" + "|".join(DAY_PARTS) + r")\b", re.IGNORECASE)


def clock_minutes(text: str) -> int | None:
    """ "4.30pm" -> 990; "2017-05-05T07:03:27Z" -> 423; "Friday evening" -> 1200; None with no time of day."""
    iso = _ISO_CLOCK.search(text)
    if iso:
        return int(iso.group(1)) * 60 + int(iso.group(2))
    clock = _CLOCK.search(text)
    if not clock:
        part = _DAY_PART.search(text)
        return DAY_PARTS[part.group(1).lower()] if part else None
    hour = int(clock.group(1)) % 12 + (12 if clock.group(3).lower() == "pm" else 0)
    return hour * 60 + int(clock.group(2) or 0)


def moment_rows(rows: list[Row], as_of: str, election: str | None = None) -> list[Row]:
    """Mid-count rows true at the claim's moment: on its day ("Friday") and within a couple of hours of its
    time ("4.30pm", "evening"); rows that give no day or time are kept."""
    day = count_day(as_of, election)
    if day:
        rows = [r for r in rows if not _ISO_DATE.match(str(r["as_of"])) or str(r["as_of"]).startswith(day)]
    claimed = clock_minutes(as_of)
    if claimed is None:
        return rows
    return [
        r for r in rows if (t := clock_minutes(str(r["as_of"]))) is None or abs(t - claimed) <= MID_COUNT_WINDOW_MINUTES
    ]


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ISO_DATE = lazy(r"\d{4}-\d{2}-\d{2}")


def count_day(as_of: str, election: str | None) -> str | None:
    """The date a weekday in the claim's moment names: the first such day from polling day on."""
    import datetime as dt

    named = next((i for i, d in enumerate(_WEEKDAYS) if d in as_of.lower()), None)
    if named is None or not election:
        return None
    polling = dt.date.fromisoformat(election[:10])
    return (polling + dt.timedelta(days=(named - polling.weekday()) % 7)).isoformat()


def national_count(case: Case) -> Finding:
    """ "Plaid Cymru ended up with 202 councillors": a party's councillors after the election, by publisher."""
    claim = case.claim.claim
    if any(q.startswith("of:") for q in claim.qualifiers):
        return unverifiable(case, NATIONAL_COUNT, "it counts seats in a council it does not name")
    if claim.quantity is not None and claim.quantity.unit == "seat_share":
        return unverifiable(case, NATIONAL_COUNT, "the national tallies count councillors, not the share of seats "
                            "filled")
    rows = in_scope(case, [r for r in case.rows("national_tally")
                           if r.get("councillors") is not None and not r.get("as_of")])
    quantity = claim.quantity
    national = case.claim.place is None or case.claim.place.kind == "nation"
    if national and quantity is not None and quantity.value and rows and not any(
            compare(quantity, float(r["councillors"])) == Match.EXACT for r in rows):
        as_change = _change_for_count(case, quantity)
        if as_change is not None:  # "the Lib Dems won 194 seats": 194 is their net gain, not the seats they won
            return as_change
        if min(float(r["councillors"]) for r in rows) >= COUNCIL_SIZED_RATIO * quantity.value:
            return unverifiable(case, NATIONAL_COUNT, f"it names no place, and {quantity.value:,g} seats is a "
                                "council's count, not a national total")
    if not rows or claim.quantity is None or claim.quantity.value is None:
        return unverifiable(case, NATIONAL_COUNT, f"no {_scope_words(case)}councillor total for this party and "
                            "election")
    candidates = [(compare(claim.quantity, float(r["councillors"])),
                   Official(float(r["councillors"]), f"{r['publisher']} tally, {r['scope']}: councillors after the "
                            "election", case.cite(r))) for r in rows]
    match, best = best_of(candidates)  # type: ignore[misc]
    return finding(case, NATIONAL_COUNT, verdict_for(match),
                   f"{best.basis.split(':')[0]} gives {case.party_label} {best.value:,g} councillors; the claim says "
                   f"{describe(claim.quantity)}.", [o for _, o in candidates])


def _change_for_count(case: Case, quantity: Quantity) -> Finding | None:
    """A count ("won 194 seats") that is exactly a tally's net change: the figure is real but said of the wrong thing,
    so misleading, with the count beside it (None when no tally's change is exactly the figure)."""
    rows = in_scope(case, [r for r in case.rows("national_tally")
                           if r.get("councillors_change") is not None and not r.get("as_of")])
    row = next((r for r in rows if compare(quantity, float(r["councillors_change"])) == Match.EXACT), None)
    if row is None or quantity.value is None or quantity.value <= 0 or quantity.hedge != Hedge.NONE:
        return None
    official = [Official(float(row["councillors_change"]), f"{row['publisher']} tally, {row['scope']}: net change in "
                         "councillors", case.cite(row))]
    if row.get("councillors") is not None:
        official.append(Official(float(row["councillors"]), f"{row['publisher']} tally, {row['scope']}: councillors "
                                 "after the election", case.cite(row)))
    total = f"; it won or held {float(row['councillors']):,.0f} in all" if row.get("councillors") is not None else ""
    return finding(case, COUNT_IS_CHANGE, Verdict.MISLEADING,
                   f"{quantity.value:,g} is {case.party_label}'s net change ({row['publisher']} tally, {row['scope']}: "
                   f"{float(row['councillors_change']):+,g}), not the number of seats it won{total}.", official)


RULES = (
    Rule(NATIONAL_CHANGE, "Councillors gained or lost nationally, by publisher, final or mid-count", national_change),
    Rule(NATIONAL_COUNT, "Councillors a party holds nationally after the election, by publisher", national_count),
    Rule(COUNT_IS_CHANGE, "A count of seats won that is in fact the national net change", national_count),
)
