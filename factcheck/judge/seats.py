"""Rules for seats: net change against the last time the seats were fought, and seat counts."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.judge import national
from factcheck.judge.base import Case, Row, Rule, best_of, finding, unverifiable, verdict_for
from factcheck.judge.changes import claimed_words, judge_change, party_row, sign_match
from factcheck.judge.tolerance import Match, compare, describe, signed
from factcheck.model import Finding, Hedge, Official, Quantity, Verdict
from factcheck.regex_cache import lazy

NET_CHANGE = "seats.net_change"
SEAT_COUNT = "seats.count"
CONTESTED = "seats.contested"


def council_net_change(case: Case) -> Finding:
    """Net seats gained or lost in a council, against the last time the same seats were fought."""
    claim = case.claim.claim
    if not case.party:
        return unverifiable(case, NET_CHANGE, "the claim names no party")
    rows = case.rows("council_seat_change")
    held = held_before_candidates(case)
    if not rows:
        return held_before_verdict(case, held)
    row = party_row(rows, case.party) or {
        "seats_won": 0,
        "seats_change": 0,
        "baseline_seats": 0,
        "baseline_date": rows[0].get("baseline_date"),
        "boundary_change": rows[0].get("boundary_change"),
    }
    base = row.get("baseline_date")
    if "all" in claim.qualifiers and case.claim.other_party_id:
        return all_went_to(case, rows, [])
    if row.get("boundary_change"):
        return across_boundary_change(case, row)
    if row.get("seats_change") is None:
        return held_before_verdict(case, held)
    net = float(row["seats_change"])
    official = [Official(net, f"net change against {base}, when these seats were last fought", case.cite(row))]
    official.extend(o for _, o in held)
    if "exception" in claim.qualifiers:
        return exception_to(case, net, base, official)
    ratio = next((float(q.split(":", 1)[1]) for q in claim.qualifiers if q.startswith("ratio:")), None)
    if ratio is not None and claim.quantity is None and row.get("baseline_seats"):
        return _multiplied(case, ratio, float(row["seats_won"] or 0), float(row["baseline_seats"]), base, official)
    match = judge_change(case, net, claim.quantity)
    default = (
        f"Official net change for {case.party_label} in {case.place_name}: {net:+g} seats against {base}, "
        f"when these seats were last fought"
    )
    if match != Match.EXACT and claim.quantity and claim.quantity.value is not None:
        gross = gross_movement(case)
        if gross is not None:
            official.append(
                Official(
                    gross,
                    f"gross seats {'lost' if case.loss else 'won'} ward by ward against {base}",
                    official[0].source,
                )
            )
            if compare(claim.quantity, gross) == Match.EXACT:
                return finding(
                    case,
                    NET_CHANGE,
                    Verdict.APPROXIMATELY_ACCURATE,
                    f"{claimed_words(case).capitalize()} counts seats changing hands one way only: "
                    f"{gross:g} gross, but the net change in {case.place_name} was {net:+g} "
                    f"against {base}.",
                    official,
                )
        exact_held = next((o for m, o in held if m == Match.EXACT), None)
        if exact_held is not None:  # PA's convention: as real a basis as the BBC's
            return finding(
                case,
                NET_CHANGE,
                Verdict.ACCURATE,
                f"Right against the seats held before the election (PA's basis: {exact_held.value:+g}, "
                f"{exact_held.basis}); against the last time these seats were fought (the BBC's basis) "
                f"the change was {net:+g}.",
                official,
            )
    said = signed(claim.quantity, case.loss) if claim.quantity and claim.quantity.hedge == Hedge.NONE else None
    if match == Match.MISS and said is not None and abs(said - net) == 1:
        # a by-election or defection since the seats' last contest moves what a party defended by a seat, and the
        # count on the eve of poll is not held: one seat off is no proof of error
        return unverifiable(case, NET_CHANGE, f"it is one seat off the change against the seats' last contest "
                            f"({net:+g} against {base}), and the seats defended on the eve of poll, which by-elections "
                            "and defections change, are not held")
    return finding(case, NET_CHANGE, verdict_for(match), f"{default}; the claim says {claimed_words(case)}.", official)


def _multiplied(case: Case, ratio: float, now: float, then: float, base: object, official: list[Official]) -> Finding:
    """ "doubled their tally": seats won against the seats won when these seats were last fought."""
    official = [Official(round(now / then, 2), f"seats won {now:g} against {then:g} on {base}", official[0].source),
                *official]
    at_least = "ratio_at_least" in case.claim.claim.qualifiers and now / then >= ratio  # "more than doubling"
    match = Match.EXACT if at_least else compare(Quantity(value=ratio, unit="ratio"), now / then)
    return finding(case, NET_CHANGE, verdict_for(match), f"{case.party_label} won {now:g} seats in {case.place_name} "
                   f"against {then:g} when these seats were last fought ({base}): {now / then:.2f} times; the claim "
                   f"says {ratio:g} times.", official)


def exception_to(case: Case, net: float, base: object, official: list[Official]) -> Finding:
    """ "The exception is Barnet": the pattern just described (say, Labour gains) did not happen there."""
    pattern_held = sign_match(net, case) == Match.EXACT
    return finding(
        case,
        NET_CHANGE,
        Verdict.INACCURATE if pattern_held else Verdict.ACCURATE,
        f"{case.party_label}'s net change in {case.place_name} was {net:+g} against {base}, so it "
        f"{'followed' if pattern_held else 'was indeed an exception to'} the pattern described.",
        official,
    )


def across_boundary_change(case: Case, row: Row) -> Finding:
    """New wards: a raw comparison of seat totals is shown, but only an exact match counts for anything."""
    base = row.get("baseline_date") or "the last election"
    quantity = case.claim.claim.quantity
    if row.get("seats_won") is not None and row.get("baseline_seats") is not None and quantity is not None:
        raw = float(row["seats_won"] - row["baseline_seats"])
        official = [
            Official(raw, f"raw change in seats won, {base} to now, across new ward boundaries", case.cite(row))
        ]
        if judge_change(case, raw, quantity) == Match.EXACT:
            return finding(
                case,
                NET_CHANGE,
                Verdict.APPROXIMATELY_ACCURATE,
                f"The ward boundaries in {case.place_name} changed after {base}; the raw change in "
                f"seats won, {raw:+g}, matches the claim, but no notional baseline is sourced.",
                official,
            )
        return finding(
            case,
            NET_CHANGE,
            Verdict.UNVERIFIABLE,
            f"Cannot be checked: {case.place_name}'s ward boundaries changed after {base} and no "
            f"notional baseline is sourced (the raw change in seats won was {raw:+g}).",
            official,
        )
    return unverifiable(
        case,
        NET_CHANGE,
        f"{case.place_name}'s ward boundaries changed after {base} and no notional baseline is sourced",
    )


def gross_movement(case: Case) -> float | None:
    rows = [r for r in case.rows("ward_seat_movements") if r.get("party_id") == case.party]
    if not rows:
        return None
    if case.loss:
        return float(sum(max(0, r["won_before"] - r["won_now"]) for r in rows))
    return float(sum(max(0, r["won_now"] - r["won_before"]) for r in rows))


def all_went_to(case: Case, rows: list[Row], official: list[Official]) -> Finding:
    """ "they all went to the Tories": every other party's net gain went to the named party."""
    other = case.claim.other_party_id
    raw = any(r.get("boundary_change") for r in rows)
    gainers = [r for r in rows if r.get("party_id") not in (case.party, other) and seat_gain(r) > 0]
    basis = "raw change in seats won across new ward boundaries" if raw else "net change"
    official.extend(Official(seat_gain(r), f"{basis} for {case.name(r['party_id'])}", case.cite(r)) for r in gainers)
    if gainers:
        names = ", ".join(f"{case.name(r['party_id'])} {seat_gain(r):+g}" for r in gainers)
        return finding(
            case,
            NET_CHANGE,
            Verdict.INACCURATE,
            f"Not all the seats went to {case.name(other)} in {case.place_name}: {names}.",
            official,
        )
    return finding(
        case,
        NET_CHANGE,
        Verdict.ACCURATE,
        f"In {case.place_name} no party other than {case.name(other)} made net gains.",
        official,
    )


def seat_gain(row: Row) -> float:
    """Net change where comparable, else the raw difference in seats won."""
    if row.get("seats_change") is not None and not row.get("boundary_change"):
        return float(row["seats_change"])
    return float((row.get("seats_won") or 0) - (row.get("baseline_seats") or 0))


def held_before_candidates(case: Case) -> list[tuple[Match, Official]]:
    """Seats held after the election against seats held before it (the PA convention), per source."""
    election = case.claim.election_date
    year = int(election[:4]) if election else 0
    comp = [r for r in case.rows("council_composition_history") if r.get("party_id") == case.party]
    earlier_years = [r["as_of_year"] for r in comp if r["as_of_year"] < year]
    if not earlier_years:
        return []
    last = max(earlier_years)
    candidates = []
    for after in (r for r in comp if r.get("as_of_year") == year):
        before_rows = [r for r in comp if r["as_of_year"] == last]
        before = next((r for r in before_rows if r.get("source_id") == after.get("source_id")), before_rows[0])
        change = float(after["seats"] - before["seats"])
        official = Official(
            change,
            f"change in seats held, {last} to {year} (council composition, including by-elections and defections)",
            case.cite(after),
        )
        if all(o.value != change or o.basis != official.basis for _, o in candidates):
            candidates.append((judge_change(case, change, case.claim.claim.quantity), official))
    return candidates


def held_before_verdict(case: Case, candidates: list[tuple[Match, Official]]) -> Finding:
    """With no ward-by-ward baseline, judge on seats held; a difference of one seat may be a by-election."""
    best = best_of(candidates)
    if best is None:
        return unverifiable(case, NET_CHANGE, f"no seat results for {case.place_name} at this election")
    match, official = best
    quantity = case.claim.claim.quantity
    claimed = signed(quantity, case.loss) if quantity else None
    if match == Match.MISS and claimed is not None and abs(float(official.value) - claimed) <= 1:
        match = Match.CLOSE
    return finding(
        case,
        NET_CHANGE,
        verdict_for(match),
        f"Seats held by {case.party_label} in {case.place_name} changed "
        f"by {official.value:+g} ({official.basis}); no ward-by-ward baseline is in the data. The claim "
        f"says {claimed_words(case)}.",
        [o for _, o in candidates],
    )


def seat_change(case: Case) -> Finding:
    place = case.claim.place
    if place is not None and place.kind == "council":
        return council_net_change(case)
    if place is None and case.claim.claim.place:
        return unverifiable(case, NET_CHANGE, f"{case.claim.claim.place!r} is not a council in the data")
    if _UNNAMED_PLACES.search(case.claim.claim.sentence or case.claim.claim.text):
        return unverifiable(case, NET_CHANGE, "the places it covers are not named")
    return national.national_change(case)


_UNNAMED_PLACES = lazy(r"\b(?:everywhere|wherever|in many places|in some places)\b", re.IGNORECASE)


_FROM = lazy(r"\bfrom\s+(\d{1,4})\b")
_BY_SEATS = lazy(r"\b(?:seats?|councillors?)\b", re.IGNORECASE)
PLACE_MEASURE_REACH = 30  # characters after a placing in which its own measure is given ("first with 22 seats")
LARGEST_QUALIFIERS = {"largest", "most", "most_seats", "largest_party"}


def seat_count(case: Case) -> Finding:
    """Seats a party holds or won: a number, or "the most councillors (but not a majority)"."""
    claim = case.claim.claim
    place = case.claim.place
    if "won_some" in claim.qualifiers:  # "the Greens won seats in Rutland": at least one
        return _won_some(case)
    if "seats_kept" in claim.qualifiers:  # "winning three and keeping two seats": which seats were kept is ward-level
        return unverifiable(case, SEAT_COUNT, "seats a party kept (won again) are a ward-by-ward fact the reference "
                            "data does not hold")
    if (place is None and not claim.place) or (place is not None and place.kind == "nation"):
        return national.national_count(case)
    if place is None or place.kind != "council":
        return unverifiable(case, SEAT_COUNT, "the claim names no council in the data")
    if not case.party:
        return unverifiable(case, SEAT_COUNT, "the party is not one the reference data names")
    won = {
        r["party_id"]: r.get("seats_won") for r in case.rows("council_seat_change") if r.get("seats_won") is not None
    }
    basis = "seats won at this election"
    if not won:
        published = [r for r in case.rows("council_results_published") if r.get("seats_won") is not None]
        first_source = published[0]["source_id"] if published else None  # one publisher's rows, not a mix
        won = {r["party_id"]: r["seats_won"] for r in published if r["source_id"] == first_source}
        basis = "seats won, as published"
    if not won:
        return unverifiable(case, SEAT_COUNT, f"no seat results for {case.place_name} at this election")
    total = sum(v for v in won.values() if v)
    mine = float(won.get(case.party) or 0)
    cite_row = next(
        (
            r
            for r in case.rows("council_seat_change") + case.rows("council_results_published")
            if r.get("party_id") == case.party
        ),
        {},
    )
    official = [Official(mine, f"{basis} in {case.place_name} (of {total})", case.cite(cite_row))]
    if claim.quantity is not None and claim.quantity.unit == "seat_share" and total:
        return _share_of_seats(case, mine, total, official)
    if claim.quantity is not None and claim.quantity.unit == "rank" and claim.quantity.value:
        return place_by_seats(case, won, official)
    if "short_of_majority" in claim.qualifiers or "denied_majority" in claim.qualifiers:
        return _short_of_majority(case, mine, total, official)
    if LARGEST_QUALIFIERS & set(claim.qualifiers) or claim.quantity is None:
        largest = max(won, key=lambda p: won[p] or 0)
        is_largest = won.get(case.party) == won[largest]
        majority = mine > total / 2
        wants_majority = "majority" in claim.qualifiers
        ok = is_largest and (majority if wants_majority else True)
        if "no_majority" in claim.qualifiers:
            ok = ok and not majority
        text = (
            f"{case.party_label} won {mine:g} of {total} seats in {case.place_name}; the largest party was "
            f"{case.name(largest)} with {won[largest]:g}" + (", a majority." if majority else ", short of a majority.")
        )
        return finding(case, SEAT_COUNT, Verdict.ACCURATE if ok else Verdict.INACCURATE, text, official)
    match = compare(claim.quantity, mine)
    held = [r for r in case.rows("council_composition_history")
            if r.get("party_id") == case.party and r.get("as_of_year") == int((case.claim.election_date or "0")[:4])]
    of_total = next((q.split(":", 1)[1] for q in claim.qualifiers if q.startswith("of:")), None)
    whole = bool(of_total and of_total.isdigit() and total and int(of_total) != total)  # "54 of the 75": all seats
    held_match = compare(claim.quantity, float(held[0]["seats"])) if held else Match.MISS
    if match != Match.EXACT and (held_match == Match.EXACT or (whole and held_match == Match.CLOSE)):
        official.append(Official(float(held[0]["seats"]), "seats held after the election (the whole council)",
                                 case.cite(held[0])))
        return finding(case, SEAT_COUNT, verdict_for(held_match),
                       f"{case.party_label} held {held[0]['seats']} seats on {case.place_name} after the election "
                       f"(it won {mine:g} of those up); the claim says {describe(claim.quantity)}.", official)
    if whole:
        official.append(Official(float(total), f"seats filled at this election in {case.place_name}"))
        match = max(match, Match.CLOSE, key=[Match.EXACT, Match.CLOSE, Match.MISS].index)
        if held:
            official.append(Official(float(held[0]["seats"]), "seats held after the election (the whole council)",
                                     case.cite(held[0])))
    from_qualifier = next((q.split(":", 1)[1] for q in claim.qualifiers if q.startswith("from:")), None)
    baseline = _FROM.search(f"from {from_qualifier}" if from_qualifier else claim.text)
    base_rows = case.rows("council_party_result", election=case.claim.baseline_date) if case.claim.baseline_date else []
    base_published = [
        r
        for r in case.rows("council_results_published")
        if case.claim.baseline_date and str(r.get("election_date", ""))[:4] == case.claim.baseline_date[:4]
    ]
    before = party_row(base_rows, case.party) or party_row(base_published, case.party)
    text = f"{case.party_label} won {mine:g} seats in {case.place_name}; the claim says {describe(claim.quantity)}."
    if baseline and before is not None and before.get("seats_won") is not None:
        then = float(before["seats_won"])
        official.append(Official(then, f"seats won at {case.claim.baseline_date}", case.cite(before)))
        base_match = compare(Quantity(float(baseline.group(1)), "seats"), then)
        match = max(match, base_match, key=lambda m: [Match.EXACT, Match.CLOSE, Match.MISS].index(m))
        text = (f"{case.party_label} went from {then:g} seats ({case.claim.baseline_date[:4]}) to {mine:g} "
                f"in {case.place_name}.")
    return finding(case, SEAT_COUNT, verdict_for(match), text, official)


def place_by_seats(case: Case, won: dict[str, float], official: list[Official]) -> Finding:
    """ "finished first in Edinburgh", "came second in Cardiff": the party's place by seats won, or by its share
    of the vote when the sentence gives one ("came second with 21%"). Tied parties share a place."""
    claimed = int(case.claim.claim.quantity.value or 0)  # type: ignore[union-attr]
    if "from_last" in case.claim.claim.qualifiers:  # "came second to last": the bottom depends on who stood
        return unverifiable(case, SEAT_COUNT, "a place counted from the bottom depends on every party that stood, "
                            "and the seat results list only those that won seats")
    scores, what = won, "seats won"
    source = official[0].source if official else None
    shares = {str(r["party_id"]): float(r["share_effective"]) for r in case.rows("council_share_change")
              if r.get("party_id") and r.get("share_effective") is not None}
    written = case.claim.claim
    sentence = written.sentence or written.text
    at = sentence.find(written.text)
    own = written.text + (sentence[at + len(written.text):at + len(written.text) + PLACE_MEASURE_REACH] if at >= 0
                          else "")  # "the largest party with 22 seats, despite a smaller share of the vote": seats
    by_votes = _BY_VOTES.search(own) if _BY_SEATS.search(own) else _BY_VOTES.search(sentence)
    if shares and by_votes:
        scores, what = shares, "share of the vote"
    whole = _whole_council(case) if {"largest_party", "main_opposition"} & set(case.claim.claim.qualifiers) else None
    if whole is not None:  # "the largest party on the council", after an election for a third of it
        (scores, cited), what = whole, "seats held on the whole council after the election"
        source = case.cite(cited)
    order = sorted(scores, key=lambda p: -(scores[p] or 0))
    mine = scores.get(case.party) if case.party else None
    if mine is None:
        return finding(case, SEAT_COUNT, Verdict.INACCURATE,
                       f"{case.party_label} has no {what} in {case.place_name}; the claim puts it "
                       f"{_ORDINALS.get(claimed, str(claimed))}.", official)
    place = 1 + sum(1 for p in order if (scores[p] or 0) > mine)  # tied parties share the higher place
    tied = sum(1 for p in order if scores[p] == mine)
    ok = place <= claimed < place + tied
    shown = ", ".join(f"{case.name(p)} {scores[p]:g}{'%' if scores is shares else ''}" for p in order[:4])
    placed = Official(float(place), f"place by {what} in {case.place_name}"
                      + (f", tied with {tied - 1} other{'s' if tied > 2 else ''}" if tied > 1 else ""),
                      source)
    return finding(case, SEAT_COUNT, Verdict.ACCURATE if ok else Verdict.INACCURATE,
                   f"By {what} in {case.place_name}: {shown}; the claim puts {case.party_label} "
                   f"{_ORDINALS.get(claimed, str(claimed))}.", [placed, *official])


def _won_some(case: Case) -> Finding:
    """ "won seats", no number: at least one seat won at this election on the council named."""
    place = case.claim.place
    if place is None or place.kind != "council" or not case.party:
        return unverifiable(case, SEAT_COUNT, "seats won with no number are checked only on a council the claim names")
    won = next((r for r in case.rows("council_seat_change") if r.get("party_id") == case.party), None)
    if won is None or won.get("seats_won") is None:
        return unverifiable(case, SEAT_COUNT, f"no seat results for {case.party_label} in {case.place_name}")
    seats = float(won["seats_won"])
    official = [Official(seats, f"seats won at this election in {case.place_name}", case.cite(won))]
    return finding(case, SEAT_COUNT, Verdict.ACCURATE if seats > 0 else Verdict.INACCURATE,
                   f"{case.party_label} won {seats:g} seat{'' if seats == 1 else 's'} in {case.place_name}.", official)


def _short_of_majority(case: Case, won: float, filled: int, official: list[Official]) -> Finding:
    """ "two short of a majority": a majority of all the council's seats less the party's seats after the vote."""
    claim = case.claim.claim
    year = int((case.claim.election_date or "0")[:4])
    held = next((r for r in case.rows("council_composition_history")
                 if r.get("party_id") == case.party and r.get("as_of_year") == year and r.get("total_seats")), None)
    seats, total = (float(held["seats"]), int(held["total_seats"])) if held else (won, filled)
    if held:
        official.append(Official(seats, f"seats held after the election (of {total})", case.cite(held)))
    needed = total // 2 + 1
    shortfall = needed - seats
    official.append(Official(shortfall, f"seats short of a majority ({needed} of {total})"))
    if shortfall <= 0:
        return finding(case, SEAT_COUNT, Verdict.INACCURATE, f"{case.party_label} has {seats:g} of {total} seats on "
                       f"{case.place_name}, a majority; the claim says it fell short of one.", official)
    if claim.quantity is None:
        return finding(case, SEAT_COUNT, Verdict.ACCURATE, f"{case.party_label} has {seats:g} of {total} seats on "
                       f"{case.place_name}; a majority needs {needed}.", official)
    return finding(case, SEAT_COUNT, verdict_for(compare(claim.quantity, shortfall)),
                   f"{case.party_label} has {seats:g} of {total} seats on {case.place_name}; a majority needs "
                   f"{needed}, so it is {shortfall:g} short; the claim says {describe(claim.quantity)}.", official)


def _share_of_seats(case: Case, mine: float, total: float, official: list[Official]) -> Finding:
    """ "won two-thirds of the seats": the share of the seats filled that the party won, as precise as a fraction."""
    quantity = replace(case.claim.claim.quantity, unit="percent")  # type: ignore[arg-type]
    share = round(100 * mine / total, 1)
    official = [Official(share, f"share of the seats filled in {case.place_name} ({mine:g} of {total:g})",
                         official[0].source)]
    return finding(case, SEAT_COUNT, verdict_for(compare(quantity, share)),
                   f"{case.party_label} won {mine:g} of the {total:g} seats in {case.place_name} ({share:g}%); "
                   f"the claim says {case.claim.claim.quantity.text or describe(quantity)}.", official)


def _whole_council(case: Case) -> tuple[dict[str, float], Row] | None:
    """Seats by party on the whole council after an election for only part of it (one source's record), and a
    row to cite."""
    partial = any(str(r.get("rule") or "").startswith("partial") for r in case.rows("council_seat_change"))
    rows = [r for r in case.rows("council_composition_year") if r.get("party_id") not in (None, "other")]
    if not partial or not rows:
        return None
    source = rows[0]["source_id"]
    return {str(r["party_id"]): float(r["seats"]) for r in rows if r["source_id"] == source}, rows[0]


_BY_VOTES = lazy(r"%|\bper\s*cent\b|\bvotes?\b|\bshare\b", re.IGNORECASE)
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}


_DEFENDING = lazy(r"\bdefend", re.I)


def contested(case: Case) -> Finding:
    """ "Labour were defending 40 seats in Bury", "all 51 seats were up for election": the seats a party held that
    were up (from the roster of the year before), or the seats filled at the election."""
    claim = case.claim.claim
    place, quantity = case.claim.place, claim.quantity
    if place is None or place.kind != "council" or quantity is None or quantity.value is None:
        return unverifiable(case, CONTESTED, "it counts the seats fought or defended, and names no council in the data")
    if case.party and _DEFENDING.search(claim.sentence or claim.text):
        held = [r for r in case.rows("seats_defended") if r.get("party_id") == case.party]
        if not held:
            return unverifiable(case, CONTESTED, f"no record of the seats {case.party_label} defended in "
                                f"{case.place_name}")
        row = held[0]
        official = Official(float(row["seats"]), f"seats {case.party_label} defended ({row.get('basis')})",
                            case.cite(row))
        return finding(case, CONTESTED, verdict_for(compare(quantity, float(row["seats"]))),
                       f"{case.party_label} defended {row['seats']} seats in {case.place_name}; the claim says "
                       f"{describe(quantity)}.", [official])
    won = [r for r in case.rows("council_seat_change") if r.get("seats_won") is not None]
    if not won:
        return unverifiable(case, CONTESTED, f"no seat results for {case.place_name} at this election")
    total = float(sum(r["seats_won"] for r in won))
    official = Official(total, f"seats filled at this election in {case.place_name}", case.cite(won[0]))
    return finding(case, CONTESTED, verdict_for(compare(quantity, total)),
                   f"{total:g} seats were filled in {case.place_name} at this election; the claim says "
                   f"{describe(quantity)}.", [official])


RULES = (
    Rule(NET_CHANGE, "Net seat change in a council against the last time the seats were fought", seat_change),
    Rule(SEAT_COUNT, "Seats won or held by a party in a council", seat_count),
    Rule(CONTESTED, "Seats up for election in a council, or a party's seats defended there", contested),
)
