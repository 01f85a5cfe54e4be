"""Rules for vote shares: council shares (top-candidate and raw), share changes, projected national share."""

from __future__ import annotations

import re

from factcheck.judge.base import Case, Row, Rule, best_of, finding, named_publisher, unverifiable, verdict_for
from factcheck.judge.tolerance import Match, compare, describe, signed
from factcheck.model import ClaimType, Direction, Finding, Official, Verdict
from factcheck.regex_cache import lazy

_PROJECTED = lazy(r"\b(?:projected|projection|national equivalent|PNS|NEV)\b", re.IGNORECASE)
_LOCAL_SCOPE = lazy(r"\b(?:borough|council|ward|district|city|town|county|there)\b", re.IGNORECASE)
_TURNOUT = lazy(r"\bturnout\b", re.IGNORECASE)
_SHARE_WORD = lazy(r"\b(?:share|vote|votes|backing|support)\b", re.IGNORECASE)
_YEAR_IN = lazy(r"\b(?:19[89]\d|20\d\d)\b")
_BASELINE_YEAR = lazy(r"\b(?:on|since|from|compared\s+(?:with|to)|than\s+in|against)\s+(?:the\s+)?"
                      r"(?P<year>19[89]\d|20\d\d)\b", re.IGNORECASE)
SHARE = "shares.council_share"
SHARE_CHANGE = "shares.change"
PROJECTED = "shares.projected_national"
NATIONAL = "shares.national"
MAYORAL_CHANGE = "shares.mayoral_change"
FIRST_ROUNDS = ("1", "single")  # first preferences (supplementary vote) or the one count (first past the post)

EFFECTIVE = "share of the vote counting each party's top candidate per ward (Rallings & Thrasher method)"
RAW = "share of all votes cast for all candidates"


def _party_rows(rows: list[Row], party: str | None) -> list[Row]:
    return [r for r in rows if r.get("party_id") == party]


def council_share(case: Case) -> Finding:
    claim = case.claim.claim
    place = case.claim.place
    if place is not None and place.kind == "mayoralty":
        from factcheck.judge.contests import mayoral_result

        return mayoral_result(case)
    if place is not None and place.kind == "nation":
        return national_share(case)
    if place is None or place.kind != "council":
        if claim.place is None and case.party and not _LOCAL_SCOPE.search(claim.text):
            return projected_share(case)
        return unverifiable(case, SHARE, "vote shares are held per council; the claim names no council in the data")
    if claim.quantity is None or not case.party:
        return unverifiable(case, SHARE, "the claim gives no share or party")
    candidates: list[tuple[Match, Official]] = []
    for row in _party_rows(case.rows("council_share_change"), case.party):
        for column, basis in (("share_effective", EFFECTIVE), ("share_raw", RAW)):
            if row.get(column) is not None:
                official = Official(round(float(row[column]), 2), basis, case.cite(row))
                candidates.append((compare(claim.quantity, float(row[column])), official))
    for row in _party_rows(case.rows("council_results_published"), case.party):
        if row.get("share_pct") is not None:
            official = Official(float(row["share_pct"]), "share as published", case.cite(row))
            candidates.append((compare(claim.quantity, float(row["share_pct"])), official))
    best = best_of(candidates)
    if best is None:
        return unverifiable(case, SHARE, f"no vote figures for {case.place_name} at this election")
    match, official = best
    return finding(
        case,
        SHARE,
        verdict_for(match),
        f"{case.party_label} took {official.value:g}% in {case.place_name} ({official.basis}); the claim says "
        f"{describe(claim.quantity)}.",
        [o for _, o in candidates],
    )


def share_change(case: Case) -> Finding:
    claim = case.claim.claim
    place = case.claim.place
    sentence = claim.sentence or claim.text
    if place is not None and place.kind in ("mayoralty", "nation") and _TURNOUT.search(sentence) and (
            not _SHARE_WORD.search(sentence)) and (place.kind == "mayoralty" or case.rows("mayoral_contest")):
        from factcheck.judge.contests import turnout

        return turnout(case)  # "turnout rose 4 points": a change in turnout, not in a share
    if place is not None and place.kind == "mayoralty":
        return mayoral_share_change(case)
    if place is not None and place.kind == "nation" and _national_rows(case, "share_change"):
        return national_share(case, change=True)
    if (place is None or place.kind == "nation") and claim.quantity is not None and case.party and (
            case.rows("projected_share_series")):
        return projected_change(case)
    if place is None or place.kind != "council" or claim.quantity is None or not case.party:
        return unverifiable(case, SHARE_CHANGE, "the claim names no council, party or change in the data")
    claimed = signed(claim.quantity, case.loss)
    candidates: list[tuple[Match, Official]] = []
    now_effective = None
    for row in _party_rows(case.rows("council_share_change"), case.party):
        now_effective = row.get("share_effective")
        for column, basis in (("change_effective", EFFECTIVE), ("change_raw", RAW)):
            if row.get(column) is not None:
                official = Official(
                    round(float(row[column]), 2), f"change against {row.get('baseline_date')}, {basis}", case.cite(row)
                )
                candidates.append((compare(claim.quantity, float(row[column]), signed_claim=claimed), official))
    election_year = int(case.claim.election_date[:4]) if case.claim.election_date else None
    for row in _party_rows(case.rows("council_results_published"), case.party):
        year = int(str(row["election_date"])[:4])
        if year == election_year and row.get("share_change") is not None:
            official = Official(float(row["share_change"]), "change as published", case.cite(row))
            candidates.append((compare(claim.quantity, float(row["share_change"]), signed_claim=claimed), official))
        elif year != election_year and row.get("share_pct") is not None and now_effective is not None:
            change = round(float(now_effective) - float(row["share_pct"]), 2)
            official = Official(change, f"{EFFECTIVE} now, against the share published for {year}", case.cite(row))
            candidates.append((compare(claim.quantity, change, signed_claim=claimed), official))
    best = best_of(candidates)
    if best is None:
        return unverifiable(case, SHARE_CHANGE, f"no earlier vote figures for {case.place_name} to compare with")
    match, official = best
    return finding(
        case,
        SHARE_CHANGE,
        verdict_for(match),
        f"{case.party_label}'s share in {case.place_name} changed by {official.value:+g} points "
        f"({official.basis}); the claim says {claimed:+g}.",
        [o for _, o in candidates],
    )


def _national_rows(case: Case, column: str) -> list[Row]:
    """The claim's nation's published vote shares for its party, with a value in `column`."""
    scope = case.claim.place.code if case.claim.place else None
    return [r for r in case.rows("national_vote_share")
            if r.get("scope") == scope and r.get("party_id") == case.party and r.get(column) is not None]


def national_share(case: Case, *, change: bool = False) -> Finding:
    """ "the SNP took 34% of first preferences" said of a nation: its published nation-wide share, publisher by
    publisher (a rounded official summary, a provisional count), never a projection and never summed by us."""
    claim = case.claim.claim
    rule, column = (SHARE_CHANGE, "share_change") if change else (NATIONAL, "share_pct")
    rows = _national_rows(case, column)
    if claim.quantity is None or not case.party or not rows:
        return unverifiable(case, rule, f"no {'change in the ' if change else ''}vote share across "
                            f"{case.place_name} is held for this party and election")
    claimed = signed(claim.quantity, case.loss) if change else None
    candidates = []
    for r in rows:
        basis = f"{r['measure']}{' change' if change else ''}, {r['scope']} ({r['publisher']}" + (
            f"; {r['basis']})" if r.get("basis") else ")")
        official = Official(float(r[column]), basis, case.cite(r))
        candidates.append((compare(claim.quantity, float(r[column]), signed_claim=claimed), official))
    match, best = best_of(candidates)  # type: ignore[misc]
    said = f"{best.value:+g} points" if change else f"{best.value:g}%"
    return finding(case, rule, verdict_for(match), f"{case.party_label} across {case.place_name}: {said} "
                   f"({best.basis}); the claim says {describe(claim.quantity)}.", [o for _, o in candidates])


def _first_shares(rows: list[Row], party: str | None) -> dict[str, tuple[float, Row]]:
    """Election date -> the party's first-preference share (round 1, or the single count) and its row."""
    out: dict[str, tuple[float, Row]] = {}
    for r in rows:
        if str(r.get("round")) in FIRST_ROUNDS and r.get("party_id") == party and r.get("share_pct") is not None:
            out.setdefault(str(r["election_date"]), (float(r["share_pct"]), r))
    return out


def mayoral_share_change(case: Case) -> Finding:
    """ "the mayor added four points to his share": first-preference share against the mayoralty's previous
    election (round 1 then, round 1 or the single count now), for the claim's party."""
    claim = case.claim.claim
    election = case.claim.election_date
    shares = _first_shares(case.rows("mayoral_history"), case.party)
    if claim.quantity is None or not case.party or not election or election not in shares:
        return unverifiable(case, MAYORAL_CHANGE, f"no first-preference share for {case.party_label} in "
                            f"{case.place_name} at this election")
    dates = sorted({str(r["election_date"]) for r in case.rows("mayoral_history")})
    earlier = [d for d in dates if d < election]
    if not earlier or earlier[-1] not in shares:
        return unverifiable(case, MAYORAL_CHANGE, f"no first-preference share for {case.party_label} in "
                            f"{case.place_name} at the previous election")
    base = earlier[-1]
    (now, row), (then, _) = shares[election], shares[base]
    change = round(now - then, 2)
    official = [Official(change, f"first-preference share {base[:4]} to {election[:4]} ({then:g}% to {now:g}%)",
                         case.cite(row))]
    match = compare(claim.quantity, change, signed_claim=signed(claim.quantity, case.loss))
    return finding(case, MAYORAL_CHANGE, verdict_for(match),
                   f"{case.party_label}'s first-preference share in {case.place_name} went from {then:g}% in "
                   f"{base[:4]} to {now:g}% in {election[:4]} ({change:+g} points); the claim says "
                   f"{describe(claim.quantity)}.", official)


def projected_change(case: Case) -> Finding:
    """ "up four points on 2014" said nationally: the change in a projection (BBC PNS, R&T NEV, ...) between the
    year before (or the year the claim names) and this election's, publisher by publisher and measure by measure."""
    claim = case.claim.claim
    year = int(case.claim.election_date[:4]) if case.claim.election_date else None
    named = (_YEAR_IN.search(claim.baseline or "") or _YEAR_IN.search(claim.election_hint or "")
             or _BASELINE_YEAR.search(claim.sentence or claim.text))
    named_year = int(named.group("year") if "year" in named.groupdict() else named.group()) if named else None
    base = named_year if named_year and year and named_year < year else (year - 1 if year else None)
    series: dict[tuple[str, str], dict[int, Row]] = {}
    for r in case.rows("projected_share_series"):
        if r.get("share_pct") is not None:
            series.setdefault((str(r["publisher"]), str(r["measure"])), {})[int(r["election_year"])] = r
    claimed = signed(claim.quantity, case.loss) if claim.quantity else None
    candidates = []
    for (publisher, measure), by_year in series.items():
        if year in by_year and base in by_year:
            change = round(float(by_year[year]["share_pct"]) - float(by_year[base]["share_pct"]), 1)
            official = Official(change, f"{publisher} {measure} {base} to {year}", case.cite(by_year[year]))
            candidates.append((compare(claim.quantity, change, signed_claim=claimed), official))
    best = best_of(candidates)
    if best is None or claimed is None:
        return unverifiable(case, SHARE_CHANGE, f"no projected national share for {case.party_label} in both "
                            f"{base} and {year}")
    match, official = best
    if match == Match.MISS and not _PROJECTED.search(claim.sentence or claim.text):
        return unverifiable(case, SHARE_CHANGE, f"the claim does not say which national share it means; "
                            f"{official.basis} gives {official.value:+g} points")
    return finding(case, SHARE_CHANGE, verdict_for(match),
                   f"{case.party_label}'s {official.basis}: {official.value:+g} points; the claim says {claimed:+g}.",
                   [o for _, o in candidates])


def projected_gap(case: Case) -> Finding:
    """ "a 4-point lead over the Greens": the gap between two parties' projected shares, publisher by publisher."""
    claim = case.claim.claim
    other = case.claim.other_party_id
    mine = {(r["publisher"], r["measure"]): r for r in case.rows("projected_share", party=case.party)
            if r.get("share_pct") is not None}
    theirs = {(r["publisher"], r["measure"]): r for r in case.rows("projected_share", party=other)
              if r.get("share_pct") is not None}
    both = sorted(set(mine) & set(theirs))
    if claim.quantity is None or not case.party or not other or not both:
        return unverifiable(case, PROJECTED, "no projected shares for both parties that year")
    candidates = []
    for key in both:
        gap = round(float(mine[key]["share_pct"]) - float(theirs[key]["share_pct"]), 1)
        shares = f"{float(mine[key]['share_pct']):g}%, {case.name(other)} {float(theirs[key]['share_pct']):g}%"
        official = Official(gap, f"{key[0]} {key[1]} {mine[key]['election_year']}: {case.party_label} {shares}",
                            case.cite(mine[key]))
        claimed = -claim.quantity.value if claim.direction == Direction.LOSS else claim.quantity.value
        candidates.append((compare(claim.quantity, gap, signed_claim=claimed), official))
    match, best = best_of(candidates)  # type: ignore[misc]
    return finding(case, PROJECTED, verdict_for(match), f"{best.basis}: a gap of {best.value:+g} points; the claim "
                   f"says {describe(claim.quantity)} {'behind' if claim.direction == Direction.LOSS else 'ahead'}.",
                   [o for _, o in candidates])


def projected_share(case: Case) -> Finding:
    claim = case.claim.claim
    if "share_gap" in claim.qualifiers:
        return projected_gap(case)
    rows = [r for r in case.rows("projected_share") if r.get("share_pct") is not None
            and r.get("party_id") in (None, case.party)]
    if claim.quantity is None or not rows:
        return unverifiable(case, PROJECTED, "no projected national share for this party and year")
    named = named_publisher(case, rows)
    projected = _PROJECTED.search(claim.sentence or claim.text) is not None
    if len(named) < len(rows):  # "Sky's projection": that publisher's figure, whatever it calls it
        preferred = rows = named
    else:
        preferred = [r for r in rows if "PNS" in str(r.get("measure"))] if projected else rows
    candidates = []
    for r in preferred or rows:
        official = Official(
            float(r["share_pct"]), f"{r['publisher']} {r['measure']} {r['election_year']}", case.cite(r)
        )
        candidates.append((compare(claim.quantity, float(r["share_pct"])), official))
    match, best = best_of(candidates)  # type: ignore[misc]
    if match != Match.EXACT:  # another publisher's figure for that year that the claim matches is a basis too
        for r in (r for r in rows if r not in (preferred or rows)):  # (a "projected" 43% where PNS 44, NEV 43)
            official = Official(float(r["share_pct"]), f"{r['publisher']} {r['measure']} {r['election_year']}",
                                case.cite(r))
            candidates.append((compare(claim.quantity, float(r["share_pct"])), official))
        match, best = best_of(candidates)  # type: ignore[misc]
    if not projected and claim.type != ClaimType.NATIONAL_PROJECTED_SHARE:
        # No actual national vote total exists for local elections: only projections can be compared.
        if match == Match.MISS:
            return finding(
                case,
                PROJECTED,
                Verdict.UNVERIFIABLE,
                f"Cannot be checked: no national vote total is published for local elections; "
                f"the projections give {best.value:g}% ({best.basis}).",
                [o for _, o in candidates],
            )
        match = Match.CLOSE
    return finding(
        case,
        PROJECTED,
        verdict_for(match),
        f"{best.basis} for {case.party_label}: {best.value:g}%; the claim says {describe(claim.quantity)}.",
        [o for _, o in candidates],
    )


RULES = (
    Rule(SHARE, "A party's share of the vote in a council", council_share),
    Rule(SHARE_CHANGE, "Change in a party's vote share against an earlier election", share_change),
    Rule(PROJECTED, "Projected national share (PNS) and national equivalent vote (NEV)", projected_share),
    Rule(NATIONAL, "A party's actual vote share across a nation, as published", national_share),
    Rule(MAYORAL_CHANGE, "Change in a mayoral candidate's first-preference share since the previous election",
         mayoral_share_change),
)

__all__ = ["RULES", "Verdict"]
