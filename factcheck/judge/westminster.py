"""Rules for claims about Westminster elections (tagged in factcheck/extract/westminster.py): a party's result at
a general election, a change measured against a general election, and parliamentary by-election results.

A general election is judged on the reference data's general-election results (UK, GB, nations, English
regions), never on local results; a year the data does not hold is `unverifiable`, and a flag stands only when
the party, the scope (UK or GB, a nation), the election and the measure are all pinned down.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from factcheck.judge.base import Case, Row, Rule, best_of, finding, unverifiable, verdict_for
from factcheck.judge.tolerance import Match, compare, describe, signed
from factcheck.model import (
    BY_ELECTION,
    GE_BASELINE,
    GE_SUBJECT,
    SHARE_NOW,
    WESTMINSTER_TAGS,
    ClaimType,
    Direction,
    Finding,
    Official,
    Quantity,
    ResolvedClaim,
    Verdict,
)
from factcheck.names import fold
from factcheck.regex_cache import lazy

GENERAL = "westminster.general_election"
CHANGE = "westminster.change_on_general_election"
BY_ELECTION_RULE = "westminster.by_election"

_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_LAST = lazy(r"\b(?:last|previous|most\s+recent)\b", re.I)
_PROJECTED = lazy(r"\b(?:projected|projection|national\s+equivalent|PNS|NEV)\b", re.I)
_UK_WORDS = lazy(r"\b(?:UK|United\s+Kingdom)\b")
_GB_WORDS = lazy(r"\b(?:GB|Great\s+Britain|Britain)\b")
_VOTES_WORD = lazy(r"\bvotes?\b", re.I)
GENERAL_KIND = "general"
NOTIONAL_KIND = "general (notional)"
SCOPE_OF_PLACE = {"England": "England", "Scotland": "Scotland", "Wales": "Wales", "London": "London"}
PREFERRED_PROJECTION = ("BBC", "PNS")
MILLIONS_CLOSE = 0.03  # "14 million" for 13.6 million is a near miss; further off is another figure


def routed(rc: ResolvedClaim) -> bool:
    """Whether the claim is about (or compared with) a Westminster election."""
    return not WESTMINSTER_TAGS.isdisjoint(rc.claim.qualifiers)


def rule_for(rc: ResolvedClaim) -> str:
    """The Westminster rule for a tagged claim."""
    qualifiers = rc.claim.qualifiers
    if BY_ELECTION in qualifiers:
        return BY_ELECTION_RULE
    return CHANGE if GE_BASELINE in qualifiers else GENERAL


# --- which general election, which scope ----------------------------------------------------------------------
def _held(case: Case) -> list[str]:
    return sorted({str(r["election_date"]) for r in case.rows("general_election_dates")})


def _held_words(held: list[str]) -> str:
    years = [d[:4] for d in held]
    return ", ".join(years[:-1]) + f" and {years[-1]}" if len(years) > 1 else "".join(years)


def general_election(case: Case, phrase: str | None) -> tuple[str | None, str]:
    """(the general election's date, or None, and why not or how it was chosen) for the words naming it."""
    held = _held(case)
    if not held:
        return None, "no general-election results are held"
    year = _YEAR.search(phrase or "")
    if year:
        dates = [d for d in held if d.startswith(year.group())]
        if not dates:
            return None, (f"the reference data holds no general election in {year.group()} (it holds "
                          f"{_held_words(held)})")
        return dates[0], f"the {year.group()} general election ({dates[0]})"
    local = case.claim.election_date
    if not local:
        return None, "the text's own election is not known, so which general election it means is not either"
    before = [d for d in held if d < local]
    if not before:
        return None, f"the reference data holds no general election before {local}"
    how = "the last" if _LAST.search(phrase or "") else "the"
    return before[-1], f"{how} general election before {local[:4]}'s local elections ({before[-1]})"


def scopes(case: Case) -> tuple[list[str], str | None]:
    """The result scopes the claim may mean (UK and GB for the country), or a reason it names none we hold."""
    place = case.claim.place
    written = case.claim.claim.place or ""
    if place is None:
        if written:
            return [], f"general-election results are held for the UK, GB, nations and regions, not {written!r}"
        return ["UK", "GB"], None
    if place.kind == "nation" and place.code == "GB":
        if _UK_WORDS.search(written) and not _GB_WORDS.search(written):
            return ["UK", "GB"], None
        return ["GB", "UK"], None
    if place.kind == "nation" and place.code in SCOPE_OF_PLACE:
        return [SCOPE_OF_PLACE[place.code]], None
    if _place_carried(case):  # a council the text was about: the general election's claim is the country's
        return ["UK", "GB"], None
    return [], (f"general-election results are held for the UK, GB, nations and regions, not for "
                f"{place.name} on its own")


def _results(case: Case, date: str, kind: str = GENERAL_KIND) -> dict[str, Row]:
    """Scope -> the party's row at that general election (as fought, or notional)."""
    return {str(r["scope"]): r for r in case.rows("general_election_party_all")
            if str(r["election_date"]) == date and r.get("kind") == kind and r.get("party_id") == case.party}


def _place_carried(case: Case) -> bool:
    """Whether the claim's place came from the text around rather than its own sentence."""
    claim = case.claim.claim
    return bool(claim.place) and (any(c.startswith("place:") for c in claim.carried) or claim.context_from in (
        "previous_sentence", "document", "heading") or claim.place not in (claim.sentence or claim.text))


def _pinned(case: Case) -> str | None:
    """Why the claim is not pinned down well enough to flag (None when it is)."""
    claim = case.claim.claim
    if "loose" in claim.qualifiers:
        return "it was read from loose wording"
    place = case.claim.place
    if place is not None and place.kind != "nation" and _place_carried(case):
        return "its place was carried from earlier in the text"
    if claim.context_from is not None and any(c.startswith("party:") for c in claim.carried):
        return "its party was carried from earlier in the text"
    return None


def _decide(case: Case, rule: str, candidates: list[tuple[Match, Official]], said: str | Callable[[Official], str],
            unpinned: str | None = None) -> Finding:
    """The best reading's verdict; a miss becomes `unverifiable` when something is not pinned down."""
    match, best = best_of(candidates)  # type: ignore[misc]
    explanation = f"{said(best) if callable(said) else said}"
    why = unpinned or _pinned(case)
    if match == Match.MISS and why:
        return finding(case, rule, Verdict.UNVERIFIABLE, f"Not checked: {why}. Compared with: {explanation}",
                       [o for _, o in candidates])
    return finding(case, rule, verdict_for(match), explanation, [o for _, o in candidates])


# --- a party's result at a general election --------------------------------------------------------------------
def general_result(case: Case) -> Finding:
    """ "won 330 seats at the 2015 general election", "took 36.9% at the 2015 general election", "gained 48 seats
    at the general election of 2019": the party's UK or GB (or a nation's) figure at that general election."""
    claim = case.claim.claim
    if claim.type in (ClaimType.COUNCIL_CONTROL, ClaimType.RANKING):
        return unverifiable(case, GENERAL, "who won or came first in a constituency or overall at a general "
                            "election is not checked; only parties' seats, votes and shares are")
    if not case.party or claim.quantity is None:
        return unverifiable(case, GENERAL, "the claim names no party or figure at the general election")
    date, how = general_election(case, claim.election_hint)
    if date is None:
        return unverifiable(case, GENERAL, how)
    wanted, why = scopes(case)
    if why:
        return unverifiable(case, GENERAL, why)
    if claim.type in (ClaimType.SEAT_CHANGE, ClaimType.VOTE_SHARE_CHANGE):
        return _change_at(case, date, wanted)
    column, unit_word = _measure(claim.type, claim.quantity)
    if column is None:
        return unverifiable(case, GENERAL, f"a {claim.type.value} claim at a general election is not checked")
    rows = _results(case, date)
    candidates = []
    for scope in wanted:
        row = rows.get(scope)
        if row is None or row.get(column) is None:
            continue
        value = float(row[column])
        official = Official(value, f"{scope} {unit_word} at the {date[:4]} general election", case.cite(row))
        candidates.append((_compare_votes(claim.quantity, value) if column == "votes" else compare(
            claim.quantity, value), official))
    if not candidates:
        return unverifiable(case, GENERAL, f"no {unit_word} for {case.party_label} at the {date[:4]} general "
                            f"election in {' or '.join(wanted)}")
    said = claim.quantity.text if "million" in claim.quantity.text.lower() else describe(claim.quantity)
    return _decide(case, GENERAL, candidates, lambda best: (
        f"{case.party_label}: {_value(best.value, column)} ({best.basis}, {how}); the claim says {said}."))


def _compare_votes(quantity: Quantity, votes: float) -> Match:
    """Votes as written: "13.9 million" at its precision in millions (close within 3%), a full count as it is."""
    if "million" not in quantity.text.lower() or quantity.value is None:
        return compare(quantity, votes)
    millions = replace(quantity, value=quantity.value / 1_000_000, unit="points")
    match = compare(millions, votes / 1_000_000)
    if match == Match.CLOSE and abs(votes - quantity.value) > MILLIONS_CLOSE * votes:
        return Match.MISS
    return match


def _measure(kind: ClaimType, quantity: Quantity) -> tuple[str | None, str]:
    if quantity.unit == "votes":
        return "votes", "votes"
    if kind == ClaimType.SEAT_COUNT or quantity.unit == "seats":
        return "seats", "seats won"
    if quantity.unit == "percent":
        return "share_pct", "share of the vote"
    return None, ""


def _value(value: float | str | None, column: str) -> str:
    if column == "share_pct":
        return f"{float(value or 0):g}%"
    return f"{int(float(value or 0)):,} {'votes' if column == 'votes' else 'seats'}"


def _change_at(case: Case, date: str, wanted: list[str]) -> Finding:
    """ "gained 48 seats at the 2019 general election": against the general election before it, as fought and
    (where held) on the notional result on the new boundaries."""
    claim = case.claim.claim
    held = _held(case)
    earlier = [d for d in held if d < date]
    if not earlier:
        return unverifiable(case, GENERAL, f"the reference data holds no general election before {date[:4]} to "
                            f"measure the change against")
    base = earlier[-1]
    column = "seats" if claim.type == ClaimType.SEAT_CHANGE else "share_pct"
    now = _results(case, date)
    claimed = signed(claim.quantity, claim.direction in (Direction.LOSS, Direction.DOWN)) if claim.quantity else None
    candidates = []
    for kind, label in ((GENERAL_KIND, "as fought"), (NOTIONAL_KIND, "notional, on the new boundaries")):
        then = _results(case, base, kind)
        for scope in wanted:
            if scope in now and scope in then and now[scope].get(column) is not None and then[scope].get(
                    column) is not None:
                change = round(float(now[scope][column]) - float(then[scope][column]), 2)
                basis = f"{scope} {column.replace('share_pct', 'share')} {base[:4]} ({label}) to {date[:4]}"
                candidates.append((compare(claim.quantity, change, signed_claim=claimed),  # type: ignore[arg-type]
                                   Official(change, basis, case.cite(now[scope]))))
    if not candidates or claimed is None:
        return unverifiable(case, GENERAL, f"no results for {case.party_label} at both the {base[:4]} and "
                            f"{date[:4]} general elections")
    return _decide(case, GENERAL, candidates, lambda best: (
        f"{case.party_label}: {best.value:+g} {'seats' if column == 'seats' else 'points'} ({best.basis}); the claim "
        f"says {claimed:+g}."))


# --- a change measured against a general election ---------------------------------------------------------------
def change_on_general(case: Case) -> Finding:
    """ "Labour's 35% was four points down on its 2017 general election share": the share the claim names now (or,
    when it names none, this election's projected national share, BBC PNS first) minus the party's share at that
    general election, on the UK and on the GB basis."""
    claim = case.claim.claim
    if claim.type != ClaimType.VOTE_SHARE_CHANGE:
        return unverifiable(case, CHANGE, "it is measured against a general election, and local results are not "
                            "compared with Westminster ones")
    if not case.party or claim.quantity is None:
        return unverifiable(case, CHANGE, "the claim names no party or change")
    date, how = general_election(case, claim.baseline)
    if date is None:
        return unverifiable(case, CHANGE, how)
    wanted, why = scopes(case)
    if why:
        return unverifiable(case, CHANGE, why)
    now, now_basis = _share_now(case, wanted)
    if now is None:
        return unverifiable(case, CHANGE, now_basis)
    then = _results(case, date)
    claimed = signed(claim.quantity, claim.direction in (Direction.LOSS, Direction.DOWN))
    candidates = []
    for scope in wanted:
        row = then.get(scope)
        if row is None or row.get("share_pct") is None:
            continue
        change = round(now - float(row["share_pct"]), 2)
        basis = f"{now:g}% ({now_basis}) against the {scope} share at the {date[:4]} general election " \
                f"({float(row['share_pct']):g}%)"
        candidates.append((compare(claim.quantity, change, signed_claim=claimed), Official(change, basis,
                                                                                           case.cite(row))))
    if not candidates or claimed is None:
        return unverifiable(case, CHANGE, f"no share for {case.party_label} at the {date[:4]} general election in "
                            f"{' or '.join(wanted)}")
    named = any(q.startswith(SHARE_NOW) for q in claim.qualifiers)
    measure = None if named or _PROJECTED.search(claim.sentence or claim.text) else (
        "the claim does not say which share it compares with the general election (the projected national share "
        "was assumed)")
    if claim.direction == Direction.NONE and claim.quantity.value:
        measure = measure or "the claim does not say whether the share rose or fell"
    return _decide(case, CHANGE, candidates, lambda best: (
        f"{case.party_label}: {best.value:+g} points ({best.basis}; {how}); the claim says {claimed:+g}."),
        unpinned=measure)


def _share_now(case: Case, wanted: list[str]) -> tuple[float | None, str]:
    """The share now: the one the claim names, else this election's projected national share (BBC PNS first)."""
    for qualifier in case.claim.claim.qualifiers:
        if qualifier.startswith(SHARE_NOW):
            return float(qualifier[len(SHARE_NOW):]), "the share the claim gives"
    if wanted and wanted[0] not in ("UK", "GB"):
        return None, f"no share for {case.party_label} across {wanted[0]} now is given or held"
    rows = [r for r in case.rows("projected_share") if r.get("share_pct") is not None and r.get("party_id") in (
        None, case.party)]
    if not rows:
        return None, f"no projected national share for {case.party_label} at this election"
    preferred = [r for r in rows if (str(r.get("publisher")), str(r.get("measure"))) == PREFERRED_PROJECTION]
    row = (preferred or rows)[0]
    return float(row["share_pct"]), f"{row['publisher']} {row['measure']} {row['election_year']}"


# --- parliamentary by-elections ---------------------------------------------------------------------------------
def by_election(case: Case) -> Finding:
    """ "won the Ashby by-election by 2,000 votes / by 12 points / with 48%": the contest's winner, majority, the
    winner's lead in points, or the party's share, from the by-election's official result."""
    claim = case.claim.claim
    rows = case.rows("parliament_by_election")
    name = claim.place or "the constituency"
    contests = sorted({(str(r["election_date"]), str(r["constituency"])) for r in rows})
    if not contests:
        return unverifiable(case, BY_ELECTION_RULE, f"no Westminster by-election in {name!r} is held (it may be a "
                            "council by-election)")
    unsure = None
    if len(contests) > 1:
        contests, unsure = _by_year(case, contests)
        if not contests:
            return unverifiable(case, BY_ELECTION_RULE, f"more than one by-election in {name} is held, and the "
                                "claim does not say which")
    if claim.place and claim.place not in (claim.sentence or claim.text):
        unsure = unsure or "the constituency was carried from earlier in the text"
    date, constituency = contests[0]
    field = sorted((r for r in rows if str(r["election_date"]) == date and str(r["constituency"]) == constituency),
                   key=lambda r: -(r.get("votes") or 0))
    winner, second = field[0], field[1] if len(field) > 1 else None
    party = case.party or _candidate_party(claim.text, field)
    where = f"the {constituency} by-election ({date})"
    won = f"{winner['candidate']} ({case.name(winner['party_id'])}) won {where} with {winner['votes']:,} votes " \
          f"({float(winner['share_pct']):g}%), a majority of {int(winner['majority']):,}"
    official = [Official(str(winner["result"]), f"result of {where}", case.cite(winner))]
    if party is None:
        return unverifiable(case, BY_ELECTION_RULE, f"the claim names no party or candidate; {won}")
    quantity = claim.quantity
    if claim.type == ClaimType.VOTE_SHARE and quantity is not None:
        mine = next((r for r in field if r.get("party_id") == party), None)
        if mine is None or mine.get("share_pct") is None:
            return unverifiable(case, BY_ELECTION_RULE, f"{case.name(party)} had no candidate in {where}")
        value = float(mine["share_pct"])
        candidates = [(compare(quantity, value), Official(value, f"share of the vote in {where}", case.cite(mine)))]
        return _decide(case, BY_ELECTION_RULE, candidates, f"{case.name(party)} took {value:g}% in {where}; the "
                       f"claim says {describe(quantity)}.", unsure)
    if claim.direction == Direction.LOSS:  # "Labour lost the Ashby by-election"
        match = Match.MISS if winner.get("party_id") == party else Match.EXACT
        return _decide(case, BY_ELECTION_RULE, [(match, official[0])], f"{won}.", unsure)
    if winner.get("party_id") != party:
        return _decide(case, BY_ELECTION_RULE, [(Match.MISS, official[0])],
                       f"{case.name(party)} did not win: {won}.", unsure)
    if quantity is None or quantity.unit == "rank" or "margin" not in claim.qualifiers:
        return finding(case, BY_ELECTION_RULE, Verdict.ACCURATE, f"{won}.", official)
    if quantity.unit == "points":
        if second is None:
            return unverifiable(case, BY_ELECTION_RULE, f"only one candidate is held for {where}")
        lead = round(float(winner["share_pct"]) - float(second["share_pct"]), 2)
        official.append(Official(lead, f"winner's lead over {case.name(second['party_id'])} in points, {where}",
                                 case.cite(winner)))
        return _decide(case, BY_ELECTION_RULE, [(compare(quantity, lead), official[-1])],
                       f"{won}; the lead over {case.name(second['party_id'])} was {lead:g} points; the claim says "
                       f"{describe(quantity)}.", unsure)
    majority = float(winner["majority"])
    official.append(Official(majority, f"majority at {where}", case.cite(winner)))
    return _decide(case, BY_ELECTION_RULE, [(compare(quantity, majority), official[-1])],
                   f"{won}; the claim says {describe(quantity)}.", unsure)


def _by_year(case: Case, contests: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], str | None]:
    """The contest meant when several by-elections share a name: the one whose year the sentence names, else the
    latest before the text's own election (never flagged: which one is meant is a guess)."""
    if len({c[1] for c in contests}) > 1:
        return [], None  # "Ashby" for both "Ashby North" and "Ashby and Hale": the name is not enough
    years = set(_YEAR.findall(case.claim.claim.sentence or ""))
    named = [c for c in contests if c[0][:4] in years]
    if len(named) == 1:
        return named, None
    local = case.claim.election_date or "9999"
    before = [c for c in contests if c[0] <= local] or contests
    return [before[-1]], f"more than one by-election in {before[-1][1]} is held and the claim names no year"


def _candidate_party(text: str, field: list[Row]) -> str | None:
    """ "Jo Bloggs won the Ashby by-election": the named candidate's party."""
    words = f" {fold(text)} "
    found = {str(r["party_id"]) for r in field if r.get("candidate") and
             f" {fold(str(r['candidate'])).split()[-1]} " in words}
    return found.pop() if len(found) == 1 else None


RULES = (
    Rule(GENERAL, "A party's result at a general election (UK, GB or a nation)", general_result),
    Rule(CHANGE, "A change measured against a general election", change_on_general),
    Rule(BY_ELECTION_RULE, "A Westminster by-election's winner, majority or shares", by_election),
)

__all__ = ["BY_ELECTION", "GE_BASELINE", "GE_SUBJECT", "RULES", "routed", "rule_for"]
