"""Rules for control: who runs a council, majorities, council counts, and "first time since" claims."""

from __future__ import annotations

import re
from collections import defaultdict

from factcheck.judge import records
from factcheck.judge.base import Case, Row, Rule, best_of, finding, unverifiable, verdict_for
from factcheck.judge.national import in_scope
from factcheck.judge.records import SINCE_YEAR
from factcheck.judge.tolerance import Match, compare, describe, signed
from factcheck.model import Claim, Direction, Finding, Hedge, Official, Quantity, Verdict
from factcheck.regex_cache import lazy

CONTROL = "control.change"
COUNCIL_COUNT = "control.council_count"
MAJORITY = "control.majority"
HISTORY = "control.history"

MAJOR_PARTIES = frozenset({"con", "lab", "ld", "green", "snp", "pc", "ukip", "reform"})
_ALWAYS = lazy(r"\balways\b", re.IGNORECASE)
_EVER = lazy(r"\b(?:first\s+time\s+(?:ever|in\s+(?:its|their|the\s+council's|the\s+party's)\s+history)"
                   r"|ever\s+(?:won|held|controlled|ran))\b", re.IGNORECASE)
_CREATION = lazy(r"\bsince\s+(?:(?:its|the\s+(?:county\s+|city\s+|district\s+|borough\s+)?"
                 r"(?:council|authority|borough)['\u2019]s)\s+(?:creation|formation|inception)"
                 r"|(?:it|the\s+(?:council|authority|borough))\s+was\s+(?:created|formed|set\s+up|established))"
                 r"(?:\s+in\s+((?:19|20)\d\d))?", re.IGNORECASE)
CREATION_REACH = 80  # characters after a claim within which "since its creation" is about it
_COUNCIL_RUNS = frozenset({"control_since", "control_for", "never", "always", "took_control"})
_FIRST = lazy(r"\bfirst\s+time\b", re.IGNORECASE)
_LARGEST = lazy(r"\b(?:largest|biggest|most\s+(?:councillors|seats|councils)|top|first\s+place)\b", re.I)
CYCLE_YEARS = 5  # the longest gap between a council's elections (Scotland's)


def control_by_year(case: Case) -> dict[int, list[Row]]:
    """Control rows per year; stated rows first, derived (majority of all seats) after."""
    years: dict[int, list[Row]] = defaultdict(list)
    for row in case.rows("council_control_history"):
        if row.get("as_of_year") is not None and row.get("control"):
            years[int(row["as_of_year"])].append(row)
    return years


def controller(rows: list[Row]) -> str | None:
    """Who controlled the council that year: the first record, unless it lumps the group as "other" and a
    party-level count (the rosters of individual councillors) names it ("ind", a local party)."""
    if not rows:
        return None
    first = str(rows[0]["control"])
    finer = next((str(r["control"]) for r in rows if r.get("control") not in (None, "other", "noc")), None)
    return finer if first == "other" and finer else first


def control_change(case: Case) -> Finding:
    """ "Labour gained Barnet", "lost control of Hull to the Lib Dems", "held Newport"; a history the claim adds
    ("for the first time since its creation") is checked too, when the record covers it."""
    found = _control_change(case)
    creation = _creation_after(case.claim.claim)
    history = control_by_year(case)
    if not creation or found.verdict != Verdict.ACCURATE or not history or not case.claim.election_date:
        return found
    since = since_creation(case, history, int(case.claim.election_date[:4]), creation)
    covered = min(history) <= float(since.official[0].value) + 1 if since.official else False
    return since if covered and since.verdict == Verdict.INACCURATE else found


def _creation_after(claim: Claim) -> re.Match[str] | None:
    """ "... for the first time since its creation": a creation phrase just after the claim's words (not one that
    belongs to another council named in the same sentence)."""
    sentence = claim.sentence or claim.text
    at = sentence.find(claim.text)
    start = at + len(claim.text) if at >= 0 else 0
    return _CREATION.search(sentence, start, start + CREATION_REACH) or _CREATION.search(claim.text)


def _control_change(case: Case) -> Finding:
    claim = case.claim.claim
    place, election = case.claim.place, case.claim.election_date
    if place is None or place.kind != "council" or not election:
        return unverifiable(case, CONTROL, "the claim names no council in the data")
    year = int(election[:4])
    history = control_by_year(case)
    after_rows, before_rows = history.get(year, []), history.get(year - 1, [])
    after, before = controller(after_rows), controller(before_rows)
    if after is None:
        return unverifiable(case, CONTROL, f"no record of who controlled {case.place_name} after {year}")
    official = [Official(after, f"control after the {year} election", case.cite(after_rows[0]))]
    bases = before_bases(case, year)
    if bases:
        before = bases[0][0]
        official[:0] = [Official(c, f"control before the {year} election, {label}", case.cite(row))
                        for c, label, row in bases]
    elif before is not None:
        official.insert(
            0, Official(before, f"control before the {year} election ({year - 1})", case.cite(before_rows[0]))
        )
    afters = {after} | {str(r["control"]) for r in case.rows("council_control_bases")
                        if r.get("basis_kind") == "after" and r.get("control")}
    if "no_overall_control" in claim.qualifiers:  # "no party has a majority", "short of a majority"
        state = "under no overall control" if after == "noc" else f"controlled by {case.name(after)}"
        return finding(case, CONTROL, Verdict.ACCURATE if after == "noc" else Verdict.INACCURATE,
                       f"After the {year} election {case.place_name} was {state}.", official)
    if not case.party:
        return unverifiable(case, CONTROL, "the claim names no party")
    party = case.party
    if claim.direction == Direction.LOSS:
        held = next(((c, label) for c, label, _ in bases if c == party), None)
        other = held is not None and before != party and after != party  # only the second basis had it
        if other:
            before = held[0]
            official.append(Official(held[0], f"basis used: control {held[1]}"))
        ok = before == party and after != party
        if ok and case.claim.other_party_id and after != case.claim.other_party_id:
            return finding(
                case,
                CONTROL,
                Verdict.APPROXIMATELY_ACCURATE,
                f"{case.party_label} lost {case.place_name}, but to {case.name(after)}, not "
                f"{case.name(case.claim.other_party_id)}.",
                official,
            )
        if ok:
            said = f"{case.party_label} controlled {case.place_name} before the election and did not after it"
        elif before == party:
            said = f"{case.party_label} controlled {case.place_name} before the election and still did after it"
        else:
            said = f"{case.party_label} did not control {case.place_name} before the election, so could not lose it"
            unknown_last = not any(r.get("basis_kind") == "previous_election"
                                   for r in case.rows("council_control_bases"))
            ran = [y for y in range(year - CYCLE_YEARS, year - 1) if controller(history.get(y, [])) == party]
            if unknown_last and ran:  # lost mid-term in the snapshot, but as left by the last election unknown
                return unverifiable(case, CONTROL, f"{case.party_label} controlled {case.place_name} in {ran[-1]}, "
                                    f"and who it was left to by the previous election is not held ({said})")
        text = f"{said} (control: {case.name(before)} -> {case.name(after)})."
        verdict = Verdict.ACCURATE if ok else Verdict.INACCURATE
        years = claim.quantity if claim.quantity is not None and claim.quantity.unit == "years" else None
        if ok and years is not None:  # "lost control after 40 years"
            verdict, extra = held_for(history, party, year, years, official)
            text += extra
        if other and verdict == Verdict.ACCURATE:  # true against the second basis: accepted, and said so
            text += f" That holds for control {held[1]}, not {bases[0][1]} ({case.name(bases[0][0])})."
        return finding(case, CONTROL, verdict, text, official)
    other_basis = next(((c, label) for c, label, _ in bases if c != party), None)
    if claim.direction == Direction.GAIN and before == party and after == party and other_basis:
        return finding(  # a gain against the second basis (lost mid-term, say): accepted, and said so
            case,
            CONTROL,
            Verdict.ACCURATE,
            f"{case.party_label} controlled {case.place_name} after the {year} election; before it, control was "
            f"{case.name(other_basis[0])} {other_basis[1]} (though {case.name(before)} {bases[0][1]}): a gain "
            "on the first of those bases.",
            official,
        )
    if claim.direction == Direction.GAIN and before == party and after == party and "won" not in claim.qualifiers:
        return finding(
            case,
            CONTROL,
            Verdict.INACCURATE,
            f"{case.party_label} already controlled {case.place_name}: it held the council rather than gaining it.",
            official,
        )
    if (claim.direction == Direction.HOLD and after == party and before is not None and before != party
            and not any(c == party for c, _, _ in bases)):
        return finding(
            case,
            CONTROL,
            Verdict.INACCURATE,
            f"{case.party_label} did not control {case.place_name} before the {year} election "
            f"({case.name(before)} did): it gained the council rather than keeping it.",
            official,
        )
    ok = after == party
    if not ok and after == "other" and party not in MAJOR_PARTIES:
        won = {r["party_id"]: r["seats_won"] for r in case.rows("council_seat_change") if r.get("seats_won")}
        if won.get(party, 0) * 2 > sum(won.values()) > 0:
            official.append(
                Official(
                    float(won[party]),
                    f"seats won by {case.party_label} at the {year} election, of {sum(won.values())}",
                    case.cite(next(r for r in case.rows("council_seat_change") if r["party_id"] == party)),
                )
            )
            return finding(
                case,
                CONTROL,
                Verdict.ACCURATE,
                f"{case.party_label} won {won[party]} of the {sum(won.values())} seats in {case.place_name} "
                f"in {year}, a majority (before: {case.name(before)}).",
                official,
            )
        return finding(
            case,
            CONTROL,
            Verdict.APPROXIMATELY_ACCURATE,
            f"After the {year} election {case.place_name} was controlled by groups outside the main "
            f"parties, which the source does not break down (before: {case.name(before)}).",
            official,
        )
    state = "under no overall control" if after == "noc" else f"controlled by {case.name(after)}"
    text = f"After the {year} election {case.place_name} was {state}" + (
        f" (before: {case.name(before)})." if before else "."
    )
    if ok and claim.direction == Direction.GAIN and "from:no overall control" in claim.qualifiers and (
            before is not None and before != "noc" and not any(c == "noc" for c, _, _ in bases)):
        return finding(case, CONTROL, Verdict.INACCURATE, f"{text[:-1]}: a gain, but from {case.name(before)}, not "
                       "from no overall control.", official)
    if not ok and party in afters:  # another source's record of the result
        row = next(r for r in case.rows("council_control_bases") if r.get("basis_kind") == "after"
                   and r.get("control") == party)
        official.append(Official(party, f"control after the {year} election ({row['source_id']})", case.cite(row)))
        return finding(case, CONTROL, Verdict.ACCURATE,
                       f"{text[:-1]}; {row['source_id']} records {case.name(party)} control after the election "
                       "(the sources disagree).", official)
    return finding(case, CONTROL, Verdict.ACCURATE if ok else Verdict.INACCURATE, text, official)


def before_bases(case: Case, year: int) -> list[tuple[str, str, Row]]:
    """Control before the election on each basis a source gives, one entry per distinct controller: as left
    by the previous election first, then the snapshot for the year before (mid-term changes show there)."""
    rows = sorted((r for r in case.rows("council_control_bases")
                   if r.get("basis_kind") in ("previous_election", "year_before") and r.get("control")),
                  key=lambda r: (r["basis_kind"] != "previous_election", str(r.get("source_id"))))
    out: dict[str, tuple[str, str, Row]] = {}
    for row in rows:
        out.setdefault(str(row["control"]), (str(row["control"]), str(row["basis_label"]), row))
    return list(out.values())


def years_match(said: Quantity, held: float) -> Match:
    """A run of years: a year either way is exact (years or elections may be counted), and a round number of
    decades ("after 40 years") is close within three years of it."""
    if said.hedge != Hedge.NONE or said.value is None:
        return compare(said, held)
    if abs(held - said.value) <= 1:
        return Match.EXACT
    if said.value >= 20 and said.value % 10 == 0 and abs(held - said.value) <= 3:
        return Match.CLOSE
    return compare(said, held)


def held_for(
    history: dict[int, list[Row]], party: str, year: int, said: Quantity, official: list[Official]
) -> tuple[Verdict, str]:
    """ "after 10 years": count the consecutive years of control before the loss."""
    claimed = int(said.value or 0)
    held, y = 0, year - 1
    while controller(history.get(y, [])) == party:
        held, y = held + 1, y - 1
    official.append(Official(float(held), f"consecutive years {party} controlled the council before {year}"))
    if history and y + 1 <= min(history) and claimed > held + 1:  # the run goes back beyond the years held
        return Verdict.UNVERIFIABLE, (f" It had controlled the council in every year held, {min(history)} to "
                                      f"{year - 1}; the {claimed} years the claim gives go further back.")
    match = years_match(said, float(held))
    verdict = verdict_for(match)
    return verdict, f" It had controlled the council for {held} consecutive years (claim: {describe(said)})."


def council_count(case: Case) -> Finding:
    """ "won 22 new councils": the national council-control tally, by publisher."""
    claim = case.claim.claim
    held = "councils_held" in claim.qualifiers  # "now controls eight councils": a total, not a change
    column = "councils" if held else "councils_change"
    rows = in_scope(case, [r for r in case.rows("national_tally") if r.get(column) is not None and not r.get("as_of")])
    if not rows or claim.quantity is None:
        return unverifiable(case, COUNCIL_COUNT, "no council tally for this party, election and scope")
    if not held and claim.quantity.value == 0 and claim.direction == Direction.GAIN:
        return _none_gained(case, rows)
    candidates = []
    for r in rows:
        official = Official(
            float(r[column]),
            f"{r['publisher']} tally, {r['scope']}: {r.get('basis') or ''}".strip(),
            case.cite(r),
        )
        claimed = None if held else signed(claim.quantity, case.loss)
        candidates.append((compare(claim.quantity, float(r[column]), signed_claim=claimed), official))
    match, best = best_of(candidates)  # type: ignore[misc]
    said = f"{best.value:g} councils controlled" if held else f"{best.value:+g} councils"
    whose = f"for {case.party_label}"
    if case.party == "noc":  # "ten in no overall control": councils no party runs
        said, whose = said.replace("controlled", "in no overall control"), ""
    return finding(
        case,
        COUNCIL_COUNT,
        verdict_for(match),
        f"{best.basis.split(':')[0]} gives {said}{' ' + whose if whose else ''}; the claim says "
        f"{describe(claim.quantity)}.",
        [o for _, o in candidates],
    )


def _none_gained(case: Case, rows: list[Row]) -> Finding:
    """ "failed to win a single council": a net gain disproves it; no net gain cannot prove it (a party may
    take one council and lose another)."""
    official = [Official(float(r["councils_change"]), f"{r['publisher']} tally, {r['scope']}", case.cite(r))
                for r in rows]
    gained = next((o for o in official if o.value > 0), None)
    if gained is not None:
        return finding(case, COUNCIL_COUNT, Verdict.INACCURATE, f"{gained.basis} gives {case.party_label} a net gain "
                       f"of {gained.value:g} councils, so it took at least that many.", official)
    return unverifiable(case, COUNCIL_COUNT, "a net change of councils cannot show that none were taken (one may be "
                        "won and another lost)")


def majority_of(rows: list[Row], party: str) -> tuple[float, Row] | None:
    mine = next((r for r in rows if r.get("party_id") == party), None)
    if mine is None or mine.get("total_seats") is None:
        return None
    return float(2 * mine["seats"] - mine["total_seats"]), mine


def majority_change(case: Case) -> Finding:
    """ "increased its majority in Swansea": majority = seats held minus all other seats."""
    claim = case.claim.claim
    election = case.claim.election_date
    if case.claim.place is None or case.claim.place.kind != "council" or not election or not case.party:
        return unverifiable(
            case,
            MAJORITY,
            "the claim names no council and party in the data (ward majorities are not in the reference data)",
        )
    year = int(election[:4])
    comp = case.rows("council_composition_history")
    now = majority_of([r for r in comp if r.get("as_of_year") == year], case.party)
    then = majority_of([r for r in comp if r.get("as_of_year") == year - 1], case.party)
    if now is None or then is None:
        return unverifiable(case, MAJORITY, f"no composition of {case.place_name} for {year - 1} and {year}")
    if now[0] <= 0 and then[0] <= 0:
        return unverifiable(
            case,
            MAJORITY,
            f"{case.party_label} holds no majority on {case.place_name} (ward majorities "
            "are not in the reference data)",
        )
    change = now[0] - then[0]
    official = [  # the majority now first: a claimed size ("a majority of 19") is compared with it
        Official(now[0], f"majority in {year}", case.cite(now[1])),
        Official(then[0], f"majority in {year - 1}", case.cite(then[1])),
    ]
    ok = (change > 0) if claim.direction in (Direction.GAIN, Direction.UP, Direction.NONE) else (change < 0)
    said = f"{case.party_label}'s majority in {case.place_name} went from {then[0]:g} to {now[0]:g}."
    if not ok:
        return finding(case, MAJORITY, Verdict.INACCURATE, said, official)
    return _majority_sizes(case, said, now[0], then[0], official)


def _majority_sizes(case: Case, said: str, now: float, then: float, official: list[Official]) -> Finding:
    """The sizes a majority claim says ("from 21 to 15", "by six"), each against the record."""
    claim = case.claim.claim
    start = next((float(q.split(":", 1)[1]) for q in claim.qualifiers if q.startswith("majority_from:")), None)
    if "majority_by" in claim.qualifiers and claim.quantity is not None and claim.quantity.value is not None:
        # a majority over all other seats moves by two for each seat; one counted above half moves by one
        bases = ((abs(now - then), "over all other seats"), (abs(now - then) / 2, "counted as seats above half"))
        match, basis = min(((compare(claim.quantity, size), name) for size, name in bases),
                           key=lambda m: list(Match).index(m[0]))
        if match == Match.MISS:  # the majority before depends on the count taken (last election or eve of poll)
            return unverifiable(case, MAJORITY, f"the change in a majority depends on the count it starts from "
                                f"(the record: {said[:-1]})")
        return finding(case, MAJORITY, verdict_for(match), f"{said} The claim says {claim.quantity.text}, a change "
                       f"in the majority {basis}.", official)
    checks = []
    if claim.quantity is not None and claim.quantity.value is not None and "seats_majority" not in claim.qualifiers:
        checks.append(compare(claim.quantity, now))
    if start is not None:
        checks.append(compare(Quantity(value=start, unit="seats"), then))
    if not checks:
        return finding(case, MAJORITY, Verdict.ACCURATE, said, official)
    worst = Match.MISS if Match.MISS in checks else Match.CLOSE if Match.CLOSE in checks else Match.EXACT
    return finding(case, MAJORITY, verdict_for(worst), f"{said} The claim says {claim.quantity.text}.", official)


def history_claim(case: Case) -> Finding:
    """ "first time since 2004", "has always been Tory"."""
    claim = case.claim.claim
    election = case.claim.election_date
    text = claim.text + " " + (claim.sentence or "")
    if "record" in claim.qualifiers:
        return records.record_claim(case)
    if case.claim.place is None and _COUNCIL_RUNS.intersection(claim.qualifiers):
        return unverifiable(case, HISTORY, "it is about who ran a council, and names no council in the data")
    if case.claim.place is None or case.claim.place.kind != "council":
        return national_first(case)
    if not case.party or not election:
        return unverifiable(case, HISTORY, "the claim names no party or election")
    history = control_by_year(case)
    year = int(election[:4])
    years = sorted(y for y in history if y <= year)
    if not years:
        return unverifiable(case, HISTORY, f"no control history for {case.place_name}")
    creation = _CREATION.search(claim.text) or (None if SINCE_YEAR.search(claim.text) else _CREATION.search(text))
    if creation:
        return since_creation(case, history, year, creation)
    if _ALWAYS.search(text):
        held = [y for y in years if y < year]
        others = [y for y in held if controller(history[y]) != case.party]
        official = [
            Official(
                f"{years[0]}-{year - 1}",
                f"years of control history checked ({len(held)})",
                case.cite(history[years[0]][0]),
            )
        ]
        if others:
            official.append(
                Official(controller(history[others[0]]), f"control in {others[0]}", case.cite(history[others[0]][0]))
            )
        return finding(
            case,
            HISTORY,
            Verdict.INACCURATE if others else Verdict.ACCURATE,
            (
                f"{case.place_name} was not always {case.party_label}-controlled: in {others[0]} control was "
                f"{controller(history[others[0]])}."
                if others
                else f"{case.place_name} was {case.party_label}-controlled in every year from {years[0]} to {year - 1}."
            ),
            official,
        )
    quantity = claim.quantity
    if quantity is not None and quantity.unit == "years" and quantity.value is not None:
        return years_of_control(case, history, year, quantity)
    if "unclear_first" in claim.qualifiers:  # "won seats in Rutland for the first time": a first of what?
        return unverifiable(case, HISTORY, "it does not say what happened for the first time in a way the control "
                            "record can check")
    if _EVER.search(text) or {"never", "first_ever"} & set(claim.qualifiers):  # "has never had a Labour council"
        before = [y for y in years if y < year]
        earlier = [y for y in before if controller(history[y]) == case.party]
        after = controller(history.get(year, []))
        if claim.direction == Direction.GAIN and after is not None and after != case.party:  # "won it for the first
            return finding(case, HISTORY, Verdict.INACCURATE, f"{case.party_label} did not control "  # time"
                           f"{case.place_name} after the {year} election ({case.name(after)}).",
                           [Official(after, f"control after the {year} election", case.cite(history[year][0]))])
        official = [Official(f"{before[0]}-{year - 1}" if before else "", "years of control history checked",
                             case.cite(history[years[0]][0]))]
        return finding(case, HISTORY, Verdict.INACCURATE if earlier else Verdict.ACCURATE,
                       (f"{case.party_label} had controlled {case.place_name} before, in {earlier[-1]}." if earlier
                        else f"{case.party_label} had not controlled {case.place_name} in any year from "
                        f"{before[0] if before else year} to {year - 1}."), official)
    since = SINCE_YEAR.search(text)
    if not since:
        return unverifiable(case, HISTORY, "the claim's time frame is not clear")
    claimed = int(since.group(1))
    # The last change of control before this election: when did the current run begin?
    run_start = year - 1
    current = controller(history.get(year - 1, []))
    while controller(history.get(run_start - 1, [])) == current and run_start - 1 >= years[0]:
        run_start -= 1
    official = [
        Official(
            float(run_start),
            f"{case.name(current)} controlled {case.place_name} continuously from this year until {year}",
            case.cite(history.get(run_start, [{}])[0]),
        )
    ]
    if "control_since" in claim.qualifiers and current != case.party:  # "has been Tory-run since 2010"
        if current in (None, "noc"):  # "Labour-run" may mean a minority administration, which the data lacks
            return unverifiable(case, HISTORY, f"no party held a majority on {case.place_name} before {year}, and "
                                "who led a minority administration is not in the reference data")
        return finding(case, HISTORY, Verdict.INACCURATE, f"{case.place_name} was run by {case.name(current)} "
                       f"from {run_start} until {year}, not by {case.party_label}.", official)
    if run_start == years[0] and claimed < run_start - 1:  # "Labour-run since 1925": before the record starts
        return unverifiable(case, HISTORY, f"the control record for {case.place_name} starts in {run_start}, and "
                            f"{case.name(current)} held it in every year from then to {year - 1}")
    match = Match.EXACT if abs(run_start - claimed) <= 1 else Match.MISS
    text = f"Control of {case.place_name} last changed in {run_start}, before {year}; the claim says {claimed}."
    if run_start == years[0]:
        text = (f"{case.name(current)} held {case.place_name} in every year of the control record, from "
                f"{run_start} to {year - 1}; the claim says since {claimed}.")
    held = [y for y in years if y < year and controller(history[y]) == case.party]
    if claim.direction == Direction.GAIN and current != case.party and not held and claimed <= years[0] + 1:
        # "took Medway for the first time since 1998" when the party never ran it: the year reads as a last time
        official.insert(0, Official(f"{years[0]}-{year - 1}", "years of control history checked",
                                    case.cite(history[years[0]][0])))
        return finding(case, HISTORY, Verdict.MISLEADING,
                       f"{case.party_label} had not controlled {case.place_name} in any year from {years[0]} to "
                       f"{year - 1}: 'the first time since {claimed}' suggests it had, but it is a first.", official)
    if match != Match.EXACT and claim.direction == Direction.GAIN and current != case.party and held:
        # "Labour regained Medway for the first time since 1998": when the party's own last run began or ended
        last = held[-1]
        first = last
        while first - 1 in held:
            first -= 1
        official.insert(0, Official(f"{first}-{last}", f"the last years {case.party_label} controlled "
                                                       f"{case.place_name} before {year}",
                                    case.cite(history[last][0])))
        if claimed - 1 <= last + 1 and claimed + 1 >= first:
            match = Match.EXACT
        text = (f"{case.party_label} last controlled {case.place_name} in {first}-{last}, before {year}; the claim "
                f"says {claimed}.")
    return finding(case, HISTORY, verdict_for(match), text, official)


def since_creation(case: Case, history: dict[int, list[Row]], year: int, creation: re.Match) -> Finding:
    """ "Tory-run since its creation in 1974", "won it for the first time since it was formed": control in every
    year from the council's creation (council_events, else the year the claim gives, else the start of the
    record) to the election; the first form needs the party in control throughout, the second never."""
    created = sorted(int(r["event_year"]) for r in case.rows("council_events")
                     if r.get("event") == "created" and r.get("event_year"))
    claimed = int(creation.group(1)) if creation.group(1) else None
    start = created[0] if created else claimed if claimed else min(history)
    official = [Official(float(start), "creation of the council" if created else
                         "the year the claim gives for the council's creation" if claimed else
                         "start of the control record", case.cite(next(iter(case.rows("council_events")), {})))]
    if created and claimed is not None and abs(created[0] - claimed) > 1:
        return finding(case, HISTORY, Verdict.INACCURATE,
                       f"{case.place_name} was created in {created[0]}, not {claimed}.", official)
    held = [y for y in sorted(history) if max(start, min(history)) <= y < year]
    if not held:
        return unverifiable(case, HISTORY, f"no control record for {case.place_name} between {start} and {year}")
    mine = [y for y in held if controller(history[y]) == case.party]
    record = f" (the control record starts in {min(history)})" if min(history) > start + 1 else ""
    lost = case.claim.claim.direction == Direction.LOSS  # "lost it for the first time since": held it until now
    if not lost and (_FIRST.search(case.claim.claim.sentence or case.claim.claim.text)
                     or case.claim.claim.direction == Direction.GAIN):
        ok = not mine
        text = (f"{case.party_label} had not controlled {case.place_name} in any year from {held[0]} to {year - 1}"
                if ok else f"{case.party_label} controlled {case.place_name} in {mine[0]}, after its creation")
    else:
        others = [y for y in held if y not in mine]
        ok = not others
        text = (f"{case.party_label} controlled {case.place_name} in every year from {held[0]} to {year - 1}"
                if ok else f"{case.place_name} was not {case.party_label}-controlled in {others[0]} "
                f"({case.name(controller(history[others[0]]))})")
    if not ok:
        official.append(Official(float((mine or others)[0]), "first year against the claim",
                                 case.cite(history[(mine or others)[0]][0])))
    return finding(case, HISTORY, Verdict.ACCURATE if ok else Verdict.INACCURATE, text + record + ".", official)


def years_of_control(case: Case, history: dict[int, list[Row]], year: int, quantity: Quantity) -> Finding:
    """ "had run it for twenty years", "lost control for the first time in almost 40 years": the length of the
    party's unbroken control up to the election; "won it for the first time in 40 years": the gap since it last
    had control."""
    claim = case.claim.claim
    party = case.party
    held, y = 0, year - 1
    while controller(history.get(y, [])) == party:
        held, y = held + 1, y - 1
    if claim.direction == Direction.GAIN and held == 0:
        earlier = [y for y in sorted(history) if y < year and controller(history[y]) == party]
        if not earlier:
            return unverifiable(case, HISTORY, f"{case.party_label} never controlled {case.place_name} in the "
                                f"years held ({min(history)}-{year - 1})")
        gap = float(year - earlier[-1])
        official = [Official(gap, f"years since {case.party_label} last controlled the council ({earlier[-1]})",
                             case.cite(history[earlier[-1]][0]))]
        # "its first majority for twenty years" says at least twenty years have passed
        match = Match.EXACT if quantity.value is not None and gap >= quantity.value else compare(quantity, gap)
        text = (f"{case.party_label} last controlled {case.place_name} in {earlier[-1]}, {gap:g} years before "
                f"{year}; the claim says {describe(quantity)}.")
    else:
        start = y + 1
        if history and start <= min(history) and quantity.value is not None and quantity.value > held + 1:
            return unverifiable(case, HISTORY, f"the control record for {case.place_name} starts in {min(history)}, "
                                f"after the run the claim describes began")
        official = [Official(float(held), f"consecutive years {case.party_label} controlled the council before "
                             f"{year} (from {start})", case.cite(history.get(start, [{}])[0]))]
        match = years_match(quantity, float(held))
        text = (f"{case.party_label} controlled {case.place_name} for {held} consecutive years before {year}; "
                f"the claim says {describe(quantity)}.")
    return finding(case, HISTORY, verdict_for(match), text, official)


def national_first(case: Case) -> Finding:
    """ "the biggest party on councils across Britain, a first since 1996": councillor totals by year."""
    claim = case.claim.claim
    since = SINCE_YEAR.search(claim.text + " " + (claim.sentence or ""))
    election = case.claim.election_date
    rows = case.rows("councillors_by_year")
    if not since or not election or not rows or not case.party:
        return unverifiable(case, HISTORY, "no year-by-year national councillor totals for this claim")
    if not _LARGEST.search(claim.text + " " + (claim.sentence or "")):  # "ahead of the Tories for the first time"
        return unverifiable(case, HISTORY, "it ranks parties on something other than being the largest, which "
                            "the year-by-year totals held do not rank")
    largest: dict[int, tuple[str, Row]] = {}
    for row in rows:
        y = int(row["as_of_year"])
        if y not in largest or row["seats"] > largest[y][1]["seats"]:
            largest[y] = (row["party_id"], row)
    year, claimed = int(election[:4]), int(since.group(1))
    if year not in largest:
        return unverifiable(case, HISTORY, f"no national councillor totals for {year}")
    is_largest = largest[year][0] == case.party
    previous = [y for y in sorted(largest) if y < year and largest[y][0] == case.party]
    last = previous[-1] if previous else None
    official = [Official(largest[year][0], f"largest party by councillors in {year}", case.cite(largest[year][1]))]
    if last:
        official.append(Official(float(last), f"previous year {case.party_label} was the largest party"))
    ok = is_largest and last is not None and abs(last - claimed) <= 1
    if is_largest and last is None and min(largest) > claimed:
        return finding(
            case,
            HISTORY,
            Verdict.UNVERIFIABLE,
            f"{case.party_label} was the largest party in {year}, but the totals only go back to {min(largest)}.",
            official,
        )
    return finding(
        case,
        HISTORY,
        Verdict.ACCURATE if ok else Verdict.INACCURATE,
        f"Largest party by councillors in {year}: {case.name(largest[year][0])}; {case.party_label} was last "
        "largest "
        f"in {last or 'none of the years held'}.",
        official,
    )


RULES = (
    Rule(CONTROL, "Council control gained, lost or held (a majority of all seats)", control_change),
    Rule(COUNCIL_COUNT, "Councils gained or lost nationally, by publisher", council_count),
    Rule(MAJORITY, "A party's majority on a council grew or shrank", majority_change),
    Rule(HISTORY, "Historical firsts: 'first time since', 'always'", history_claim),
)
