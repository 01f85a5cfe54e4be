"""Rules for contests: vote ratios, rankings and mayoral results (first round against second)."""

from __future__ import annotations

import re

from factcheck.judge.base import Case, Row, Rule, best_of, finding, unverifiable, verdict_for
from factcheck.judge.changes import GAIN_OR_LOSS
from factcheck.judge.national import in_scope
from factcheck.judge.tolerance import Match, compare, describe, signed
from factcheck.model import Direction, Finding, Hedge, Official, Verdict
from factcheck.regex_cache import lazy

RATIO = "contests.vote_ratio"
RANKING = "contests.ranking"
MAYORAL = "contests.mayoral"
TURNOUT = "contests.turnout"

NARROW_MARGIN_POINTS = 5.0  # "narrowly won": a final-round margin under five points
_NARROW = lazy(r"\bnarrow(?:ly)?\b", re.IGNORECASE)  # not "a narrower margin than last time"


def rounds(case: Case) -> dict[str, list[Row]]:
    """Mayoral candidates by round, one row per party (the first publisher's figure, or the first with a share
    when another gives only votes), best first."""
    by_round: dict[str, dict[str, Row]] = {}
    for row in case.rows("mayoral_contest"):
        if row.get("votes") is None and row.get("share_pct") is None:
            continue
        parties = by_round.setdefault(str(row["round"]), {})
        kept = parties.setdefault(str(row["party_id"]), row)
        if kept.get("share_pct") is None and row.get("share_pct") is not None:
            parties[str(row["party_id"])] = row
    return {
        k: sorted(v.values(), key=lambda r: -(r.get("votes") or r.get("share_pct") or 0))
        for k, v in sorted(by_round.items())
    }


def declared_winner(case: Case) -> Row | None:
    """The elected candidate where a source names the winner but gives no count (round `declared`)."""
    return next((r for r in case.rows("mayoral_contest")
                 if str(r.get("round")) == "declared" and r.get("elected") in (True, "true", 1)), None)


def first_round(case: Case) -> list[Row]:
    r = rounds(case)
    return r.get("1") or r.get("single") or []


def final_key(by_round: dict[str, list[Row]]) -> str | None:
    """Which of a contest's rounds is the final one: the second, else the first, else the one count."""
    return next((k for k in ("2", "1", "single") if by_round.get(k)), None)


def final_round(case: Case) -> list[Row]:
    r = rounds(case)
    key = final_key(r)
    return r[key] if key else []


def council_votes(case: Case) -> list[Row]:
    return [r for r in case.rows("council_seat_change") + case.rows("council_share_change")]


def vote_ratio(case: Case) -> Finding:
    claim = case.claim.claim
    other = case.claim.other_party_id
    if claim.quantity is None or not case.party or not other:
        return unverifiable(case, RATIO, "the claim does not name two parties and a ratio")
    if case.claim.place and case.claim.place.kind == "mayoralty":
        rows, basis = first_round(case), "first-preference votes, round 1"
        votes = {r["party_id"]: r.get("votes") for r in rows}
    else:
        rows, basis = case.rows("council_share_change"), "votes for each party's top candidate per ward"
        votes = {r["party_id"]: r.get("share_effective") for r in rows}
    if not votes.get(case.party) or not votes.get(other):
        return unverifiable(case, RATIO, f"no votes for both parties in {case.place_name}")
    ratio = float(votes[case.party]) / float(votes[other])
    row = next(r for r in rows if r["party_id"] == case.party)
    official = [Official(round(ratio, 2), f"{case.party_label} to {case.name(other)}, {basis}", case.cite(row))]
    match = compare(claim.quantity, ratio)
    return finding(
        case,
        RATIO,
        verdict_for(match),
        f"In {case.place_name}, {case.party_label} won {ratio:.2f} times {case.name(other)}'s vote ({basis}); "
        f"the claim says {describe(claim.quantity)}.",
        official,
    )


def position(rows: list[Row], party: str | None) -> int | None:
    return next((i + 1 for i, r in enumerate(rows) if r.get("party_id") == party), None)


def mayoral_ranking(case: Case) -> Finding:
    claim = case.claim.claim
    first, final = first_round(case), final_round(case)
    declared = declared_winner(case)
    if not first and declared is not None and not (claim.quantity and claim.quantity.unit == "rank"):
        return declared_result(case, declared)
    if not first:
        return unverifiable(case, RANKING, f"no mayoral results for {case.place_name} at this election")
    wanted = (
        int(claim.quantity.value) if claim.quantity and claim.quantity.unit == "rank" and claim.quantity.value else 1
    )
    pos1, posf = position(first, case.party), position(final, case.party)
    official = [Official(float(pos1) if pos1 else None, "position in round 1 (first preferences)", case.cite(first[0]))]
    if final is not first:
        official.append(Official(float(posf) if posf else None, "position in the final round", case.cite(final[0])))
    if wanted == 1:
        winner = next((r for r in final if r.get("elected") in (True, "true", 1)), final[0])
        won = winner.get("party_id") == case.party
        ok = (not won and pos1 is not None) if case.loss else won  # "lost the mayoralty": stood, and did not win
        verdict = Verdict.ACCURATE if ok else Verdict.INACCURATE
        text = f"{winner.get('candidate')} ({case.name(winner.get('party_id'))}) won the {case.place_name} mayoralty"
        if ok and _NARROW.search(claim.sentence or claim.text) and len(final) > 1:
            margin = _margin(final)
            official.append(Official(margin, "final-round margin in percentage points"))
            if margin is not None and margin > NARROW_MARGIN_POINTS:
                verdict = Verdict.APPROXIMATELY_ACCURATE
            text += f", by {margin:.1f} points in the final round" if margin is not None else ""
        return finding(case, RANKING, verdict, text + ".", official)
    ok = pos1 == wanted or posf == wanted
    return finding(
        case,
        RANKING,
        Verdict.ACCURATE if ok else Verdict.INACCURATE,
        f"{case.party_label} came {_ordinal(pos1)} in round 1"
        + (f" and {_ordinal(posf)} in the final round" if final is not first else "")
        + f" in {case.place_name}.",
        official,
    )


def declared_result(case: Case, winner: Row) -> Finding:
    """ "X won the mayoralty" where the source names the winner without a count: who won, nothing more."""
    won = winner.get("party_id") == case.party
    ok = (not won) if case.loss else won
    official = [Official(winner.get("party_id"), "the winner, as declared (no count in the source)",
                         case.cite(winner))]
    return finding(case, RANKING, Verdict.ACCURATE if ok else Verdict.INACCURATE,
                   f"{winner.get('candidate')} ({case.name(winner.get('party_id'))}) won the {case.place_name} "
                   "mayoralty (the source gives no count).", official)


def _margin(final: list[Row]) -> float | None:
    a, b = final[0], final[1]
    if a.get("share_pct") is not None and b.get("share_pct") is not None:
        return round(float(a["share_pct"]) - float(b["share_pct"]), 2)
    if a.get("votes") and b.get("votes"):
        return round(100 * (a["votes"] - b["votes"]) / (a["votes"] + b["votes"]), 2)
    return None


def _ordinal(n: int | None) -> str:
    if n is None:
        return "nowhere (not a candidate)"
    return {1: "first", 2: "second", 3: "third", 4: "fourth"}.get(n, f"{n}th")


def ranking(case: Case) -> Finding:
    place = case.claim.place
    if any(q.startswith("more_than:") for q in case.claim.claim.qualifiers):
        return more_than(case)
    if place is not None and place.kind == "mayoralty":
        return mayoral_ranking(case)
    if place is not None and place.kind == "council":
        from factcheck.judge.seats import seat_count

        return seat_count(case)
    return national_ranking(case)


def more_than(case: Case) -> Finding:
    """ "won more seats than the Tories": the party's count beside the other's, on the council named (seats won)
    or on every national tally that gives both (councillors or councils); tallies that disagree decide nothing."""
    claim = case.claim.claim
    what = next(q.split(":", 1)[1] for q in claim.qualifiers if q.startswith("more_than:"))
    other = case.claim.other_party_id
    more = claim.direction != Direction.DOWN
    if not case.party or not other:
        return unverifiable(case, RANKING, "it does not name both parties in the data")
    place = case.claim.place
    pairs: list[tuple[float, float, str, Row]] = []
    if place is not None and place.kind == "council":
        won = {r["party_id"]: r for r in case.rows("council_seat_change") if r.get("seats_won") is not None}
        if case.party in won or other in won:
            mine, theirs = won.get(case.party, {}), won.get(other, {})
            pairs.append((float(mine.get("seats_won") or 0), float(theirs.get("seats_won") or 0),
                          f"seats won in {case.place_name}", mine or theirs))
    elif place is None or place.kind == "nation":
        column = "councils" if what == "councils" else "councillors"
        rows = [r for r in in_scope(case, case.rows("national_tally")) if r.get(column) is not None
                and not r.get("as_of")]
        by_key = {(r["publisher"], r["scope"], r["party_id"]): r for r in rows}
        for (publisher, scope, party), row in by_key.items():
            rival = by_key.get((publisher, scope, other))
            if party == case.party and rival is not None:
                pairs.append((float(row[column]), float(rival[column]), f"{column} ({publisher}, {scope})", row))
    if not pairs:
        return unverifiable(case, RANKING, f"no {what} for both parties to compare")
    verdicts = {(mine > theirs) if more else (mine < theirs) for mine, theirs, _, _ in pairs}
    official = [Official(mine, f"{case.party_label}'s {basis}; {case.name(other)}: {theirs:g}", case.cite(row))
                for mine, theirs, basis, row in pairs]
    mine, theirs, basis, _ = pairs[0]
    said = f"{case.party_label} {mine:g}, {case.name(other)} {theirs:g} ({basis})"
    if len(verdicts) > 1:
        return unverifiable(case, RANKING, f"the tallies disagree on it: {said}")
    return finding(case, RANKING, Verdict.ACCURATE if verdicts.pop() else Verdict.INACCURATE, f"{said}.", official)


def national_ranking(case: Case) -> Finding:
    """ "the clear winner", "the largest party": most councillors, or the biggest gains, by publisher."""
    rows = [r for r in case.rows("national_tallies_all") if r.get("party_id") not in (None, "noc", "other")]
    rows = in_scope(case, rows)  # "in Wales": Wales's tallies, never England's
    if not rows or not case.party:
        return unverifiable(case, RANKING, "no national tallies for this election")
    quantity = case.claim.claim.quantity
    wanted = int(quantity.value) if quantity and quantity.unit == "rank" and quantity.value else 1
    candidates = []
    for publisher in sorted({str(r["publisher"]) for r in rows}):
        mine = [r for r in rows if r["publisher"] == publisher]
        for column, what in (("councillors", "most councillors"), ("councillors_change", "biggest net gain")):
            valued = [r for r in mine if r.get(column) is not None]
            if not valued:
                continue
            top = max(valued, key=lambda r: r[column])
            if wanted == 1:
                match = Match.EXACT if top["party_id"] == case.party else Match.MISS
                candidates.append(
                    (match, Official(top["party_id"], f"{what} ({publisher}, {top['scope']})", case.cite(top))))
                continue
            own = next((r for r in valued if r["party_id"] == case.party), None)
            if own is not None:  # "finished second": the party's place, tied parties sharing it
                place = 1 + sum(1 for r in valued if r[column] > own[column])
                match = Match.EXACT if place == wanted else Match.MISS
                by = "councillors" if column == "councillors" else "net gain"
                candidates.append((match, Official(float(place), f"place by {by} ({publisher}, {own['scope']})",
                                                   case.cite(own))))
    best = best_of(candidates)
    if best is None:
        return unverifiable(case, RANKING, "no national tallies for this election")
    match, official = best
    text = (f"On the {official.basis}, the leading party was {case.name(official.value)}." if wanted == 1 else
            f"{case.party_label} came {_ordinal(int(official.value))}: {official.basis}.")
    shown = [o for _, o in candidates]
    if wanted != 1:  # the place the verdict rests on first
        shown = [official, *(o for o in shown if o is not official)]
    return finding(case, RANKING, verdict_for(match), text, shown)


def mayoral_result(case: Case) -> Finding:
    claim = case.claim.claim
    if claim.quantity and claim.quantity.unit == "points" and "margin" in claim.qualifiers:
        return share_margin(case)
    if claim.quantity and claim.quantity.unit == "percent":
        rows = rounds(case)
        candidates = [
            (
                compare(claim.quantity, float(r["share_pct"])),
                Official(float(r["share_pct"]), f"share in round {rnd}", case.cite(r)),
            )
            for rnd, rs in rows.items()
            for r in rs
            if r.get("party_id") == case.party and r.get("share_pct")
            and ("first_round" not in claim.qualifiers or rnd in ("1", "single"))
        ]
        best = best_of(candidates)
        if best is None:
            return unverifiable(case, MAYORAL, "no share for this candidate")
        return finding(
            case,
            MAYORAL,
            verdict_for(best[0]),
            f"{case.party_label} took {best[1].value:g}% ({best[1].basis}) in {case.place_name}.",
            [o for _, o in candidates],
        )
    if claim.quantity and claim.quantity.unit == "votes" and claim.quantity.value is not None:
        if "votes_total" in claim.qualifiers:
            return mayoral_votes(case)
        margin = mayoral_margin(case)
        if margin.verdict in (Verdict.ACCURATE, Verdict.APPROXIMATELY_ACCURATE) or claim.quantity.hedge != Hedge.NONE:
            return margin
        votes = mayoral_votes(case)  # "won 56,000 votes": the candidate's own, when the gap is not it
        return votes if votes.verdict in (Verdict.ACCURATE, Verdict.APPROXIMATELY_ACCURATE) else margin
    if claim.direction in (Direction.GAIN, Direction.NONE, Direction.HOLD):
        return mayoral_ranking(case)
    return unverifiable(case, MAYORAL, "the claim's figure is not one the mayoral results hold")


def mayoral_votes(case: Case) -> Finding:
    """ "well over a million votes": the candidate's own votes, in the round that counts them best."""
    claim = case.claim.claim
    candidates = [(compare(claim.quantity, float(r["votes"])), Official(float(r["votes"]), f"votes in round {rnd}",
                                                                        case.cite(r)))
                  for rnd, rows in rounds(case).items() for r in rows
                  if r.get("party_id") == case.party and r.get("votes") is not None]
    best = best_of(candidates)
    if best is None:
        return unverifiable(case, MAYORAL, f"no votes for this candidate in {case.place_name}")
    return finding(case, MAYORAL, verdict_for(best[0]), f"{case.party_label}'s candidate won {best[1].value:,.0f} "
                   f"votes ({best[1].basis}) in {case.place_name}; the claim says {describe(claim.quantity)}.",
                   [o for _, o in candidates])


def mayoral_margin(case: Case) -> Finding:
    """ "beat the Conservative by 2,150 votes": the gap in the final round, or in the first when that is the one
    the claim gives ("took a 9,400 lead"); the evidence shows each round's gap."""
    claim = case.claim.claim
    candidates = []
    by_round = rounds(case)
    final = final_key(by_round)
    for rnd, rows in sorted(by_round.items(), key=lambda item: item[0] != final):  # the final round first
        gap = _round_gap(case, rows)
        if gap is None:
            continue
        value, mine, rival = gap
        which = {"single": "votes in the one count", "1": "first-round votes"}.get(rnd, "final-round votes")
        official = Official(value, f"{which}, {mine.get('candidate')} minus {rival.get('candidate')}",
                            case.cite(mine))
        candidates.append((compare(claim.quantity, abs(value)) if value > 0 else Match.MISS, official))
    best = best_of(candidates)
    if best is None:
        return unverifiable(case, MAYORAL, f"no final-round votes for both candidates in {case.place_name}")
    match, official = best
    return finding(case, MAYORAL, verdict_for(match),
                   f"In {case.place_name}, the gap was {official.value:+,.0f} votes ({official.basis}); the claim "
                   f"says {describe(claim.quantity)}.", [o for _, o in candidates])


def share_margin(case: Case) -> Finding:
    """ "0.3% separated them": the winner's lead over the runner-up in share of the vote, round by round."""
    claim = case.claim.claim
    by_round = rounds(case)
    final = final_key(by_round)
    candidates = []
    for rnd, rows in sorted(by_round.items(), key=lambda item: item[0] != final):  # the final round first
        shares = {id(r): float(r["share_pct"]) for r in rows if r.get("share_pct") is not None}
        basis = "share points"
        total = sum(float(r["votes"]) for r in rows if r.get("votes") is not None)
        if len(shares) < 2 and total and all(r.get("votes") is not None for r in rows):
            shares = {id(r): 100 * float(r["votes"]) / total for r in rows}  # votes held, every candidate's
            basis = "share points computed from the votes of every candidate held"
        if len(shares) < 2:
            continue
        top, second = sorted((r for r in rows if id(r) in shares), key=lambda r: -shares[id(r)])[:2]
        gap = round(shares[id(top)] - shares[id(second)], 2)
        candidates.append((compare(claim.quantity, gap), Official(
            gap, f"{basis} in round {rnd}, {top.get('candidate')} minus {second.get('candidate')}",
            case.cite(top))))
    best = best_of(candidates)
    if best is None:
        return unverifiable(case, MAYORAL, f"no shares for two candidates in {case.place_name}")
    match, official = best
    return finding(case, MAYORAL, verdict_for(match), f"In {case.place_name}, the winner led by {official.value:g} "
                   f"points ({official.basis}); the claim says {describe(claim.quantity)}.",
                   [o for _, o in candidates])


def _round_gap(case: Case, rows: list[Row]) -> tuple[float, Row, Row] | None:
    """The claim's candidate's lead over its rival in one round (the winner over the runner-up when the claim
    names no party), or None when the round lacks their votes."""
    mine = next((r for r in rows if r.get("party_id") == case.party), None)
    if case.party is None and len(rows) > 1:  # "two thousand votes separated them": the winner over the runner-up
        mine = rows[0]
    others = [r for r in rows if r is not mine and r.get("votes") is not None]
    rival = next((r for r in others if r.get("party_id") == case.claim.other_party_id), others[0] if others else None)
    if mine is None or rival is None or mine.get("votes") is None:
        return None
    return float(mine["votes"] - rival["votes"]), mine, rival


def _turnouts(case: Case) -> dict[str, list[tuple[float, str, Row]]]:
    """Election date -> the whole mayoralty's turnout on each source: the candidate rows' own figure and the
    turnout table's (whole area only), one per source."""
    out: dict[str, list[tuple[float, str, Row]]] = {}
    seen: set[tuple[str, str]] = set()
    rows = [*case.rows("mayoral_contest"), *case.rows("mayoral_history")]
    for r in rows + [t for t in case.rows("mayoral_turnout") if t.get("council_code") is None]:
        if r.get("turnout_pct") is None or (str(r["election_date"]), str(r.get("source_id"))) in seen:
            continue
        seen.add((str(r["election_date"]), str(r.get("source_id"))))
        cited = case.cite(r)
        label = cited.publisher if cited is not None and cited.publisher else str(r.get("source_id"))
        out.setdefault(str(r["election_date"]), []).append((float(r["turnout_pct"]), label, r))
    return out


def turnout(case: Case) -> Finding:
    """Turnout in a mayoral election: the level on every source, or (with a direction) the change on the
    mayoralty's previous election; in a council, the mayoral turnout counted there."""
    claim = case.claim.claim
    place = case.claim.place
    if place is not None and place.kind == "council":
        return council_turnout(case)
    by_date = _turnouts(case)
    election = case.claim.election_date or ""
    if claim.quantity is None or not by_date.get(election):
        return unverifiable(case, TURNOUT, "turnout is held only for mayoral contests")
    if claim.direction in GAIN_OR_LOSS:
        return turnout_change(case, by_date, election)
    if claim.quantity.unit == "votes":
        return ballots_cast(case, election)
    candidates = [(compare(claim.quantity, value), Official(value, f"turnout ({source})", case.cite(row)))
                  for value, source, row in by_date[election]]
    match, best = best_of(candidates)  # type: ignore[misc]
    where = f"the {case.place_name} mayoral election" if place is not None and place.kind == "nation" else (
        case.place_name)
    return finding(case, TURNOUT, verdict_for(match), f"Turnout in {where} was {best.value:g}%.",
                   [o for _, o in candidates])


def ballots_cast(case: Case, election: str) -> Finding:
    """ "600,000 voters took part": the ballots a source counts for the whole area."""
    claim = case.claim.claim
    counted = [(float(r["ballots"]), r) for r in case.rows("mayoral_turnout")
               if r.get("council_code") is None and r.get("ballots") and str(r["election_date"]) == election]
    candidates = [(compare(claim.quantity, value), Official(value, f"ballots ({r.get('basis')})", case.cite(r)))
                  for value, r in counted]
    best = best_of(candidates)
    if best is None:
        return unverifiable(case, TURNOUT, f"no count of ballots for {case.place_name}")
    match, official = best
    return finding(case, TURNOUT, verdict_for(match), f"{official.value:,.0f} ballots were counted in "
                   f"{case.place_name}; the claim says {describe(claim.quantity)}.", [o for _, o in candidates])


def turnout_change(case: Case, by_date: dict[str, list[tuple[float, str, Row]]], election: str) -> Finding:
    """ "turnout fell 1.5 points on last time": this election's turnout minus the previous election's, on every
    pair of sources."""
    claim = case.claim.claim
    earlier = [d for d in sorted(by_date) if d < election]
    if not earlier:
        return unverifiable(case, TURNOUT, f"no turnout for the previous {case.place_name} mayoral election")
    base = earlier[-1]
    claimed = signed(claim.quantity, case.loss or claim.direction in (Direction.DOWN, Direction.LOSS))
    candidates = []
    for now, source, row in by_date[election]:
        for then, base_source, _ in by_date[base]:
            change = round(now - then, 2)
            basis = f"turnout {base[:4]} to {election[:4]} ({then:g}% to {now:g}%; {base_source}, {source})"
            candidates.append((compare(claim.quantity, change, signed_claim=claimed),
                               Official(change, basis, case.cite(row))))
    match, best = best_of(candidates)  # type: ignore[misc]
    return finding(case, TURNOUT, verdict_for(match), f"Turnout in {case.place_name} changed by {best.value:+g} "
                   f"points ({best.basis}); the claim says {claimed:+g}.", [o for _, o in candidates])


def council_turnout(case: Case) -> Finding:
    """A turnout said of a council on a day it counted a mayoral election: right when it matches the mayoral
    turnout counted there; otherwise not judged (it may be the council election's own turnout, not held)."""
    claim = case.claim.claim
    rows = [r for r in case.rows("mayoral_turnout_council") if r.get("turnout_pct") is not None]
    if claim.quantity is None or not rows:
        return unverifiable(case, TURNOUT, "turnout is held only for mayoral contests")
    candidates = [(compare(claim.quantity, float(r["turnout_pct"])),
                   Official(float(r["turnout_pct"]), f"{r.get('mayoralty_name')} mayoral election turnout counted "
                            f"in {case.place_name} ({r.get('basis')})", case.cite(r))) for r in rows]
    match, best = best_of(candidates)  # type: ignore[misc]
    if match == Match.MISS:
        return unverifiable(case, TURNOUT, f"council election turnout is not held; the {best.basis} was "
                            f"{best.value:g}%")
    return finding(case, TURNOUT, verdict_for(match), f"Turnout in {case.place_name} was {best.value:g}% "
                   f"({best.basis}).", [o for _, o in candidates])


RULES = (
    Rule(RATIO, "One party's vote as a multiple of another's", vote_ratio),
    Rule(RANKING, "Who came first, second or was largest", ranking),
    Rule(MAYORAL, "Mayoral winners and shares, first round against second", mayoral_result),
    Rule(TURNOUT, "Turnout", turnout),
)
