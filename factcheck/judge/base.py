"""What every rule shares: the evidence it reads, the citations it gives and the Finding it returns."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from factcheck.judge.tolerance import Match
from factcheck.model import Direction, Evidence, Finding, Official, ResolvedClaim, SourceRef, Verdict
from factcheck.names import abbreviates, fold
from factcheck.regex_cache import lazy

Row = Mapping[str, Any]

# Short names for the ids that stand for something other than a party.
PARTY_WORDS = {
    "noc": "no overall control",
    "other": "other parties",
    "ind": "Independents",
    "lab": "Labour",
    "con": "Conservatives",
    "ld": "Liberal Democrats",
    "green": "Greens",
    "snp": "SNP",
    "pc": "Plaid Cymru",
    "reform": "Reform UK",
    "ukip": "UKIP",
    "residents": "residents' groups",
}


@dataclass(frozen=True)
class Case:
    """One claim with the evidence gathered for it and the source catalogue for citations."""

    claim: ResolvedClaim
    evidence: tuple[Evidence, ...]
    sources: Mapping[str, SourceRef]
    party_names: Mapping[str, str] = field(default_factory=dict)

    def name(self, party_id: object) -> str:
        """A party id as readers know it: "lab" -> "Labour", "noc" -> "no overall control"."""
        if party_id is None:
            return "no party"
        key = str(party_id)
        return PARTY_WORDS.get(key) or self.party_names.get(key, key)

    @property
    def party_label(self) -> str:
        name = self.name(self.party) if self.party else (self.claim.claim.party or "no party")
        return name[0].upper() + name[1:]

    def rows(self, query: str, **params: Any) -> list[Row]:
        """Rows of a named query (optionally only the run with these parameters)."""
        out: list[Row] = []
        for ev in self.evidence:
            if ev.query == query and all(ev.params.get(k) == v for k, v in params.items()):
                out.extend(ev.rows)
        return out

    def cite(self, row: Row) -> SourceRef | None:
        source_id = row.get("source_id") or first_source(row.get("source_ids"))
        return self.sources.get(str(source_id)) if source_id else None

    @cached_property
    def party(self) -> str | None:
        """The claim's party id; a local group named in full may match the abbreviation a source uses."""
        found = self._party()
        return (self._local_label() or found) if found == self.claim.party_id else found

    def _party(self) -> str | None:
        written = self.claim.claim
        stated = bool(written.party) and written.party in (written.sentence or written.text) and not any(
            c.startswith("party:") for c in written.carried)
        carried = written.context_from is not None and not stated
        if self.claim.party_id and not carried:
            return self.claim.party_id
        rows = [r for ev in self.evidence for r in ev.rows if r.get("party_id")]
        if self.claim.party_id and not any(r.get("candidate") for r in rows):
            return self.claim.party_id
        if not self.claim.claim.party or carried:  # "Andy Street won the West Midlands": the candidate names it
            if _PRONOUN_WINNER.match(self.claim.claim.text):  # "He won with 71%": the winner of that contest
                winners = {str(r["party_id"]) for r in rows if r.get("candidate") and r.get("elected") in (True, 1)}
                if len(winners) == 1:
                    return winners.pop()
            place_words = set(fold(self.place_name).split())  # "Mayor of London" names no candidate London
            for full_name in (True, False):  # "Sadiq Khan" anywhere before a surname alone
                for text in (self.claim.claim.text, self.claim.claim.sentence):
                    named = first_named(text, rows, full_name=full_name, skip=place_words)
                    if named:
                        return named
            return self.claim.party_id
        written = self.claim.claim.party
        named = {str(r["party_id"]) for r in rows if r.get("candidate") and same_person(written, str(r["candidate"]))}
        if len(named) == 1:  # "Andy Burnham took 67%": a mayoral candidate stands for their party
            return named.pop()
        ids = {str(r["party_id"]) for r in rows}
        matches = sorted(i for i in ids if abbreviates(i, written))
        return matches[0] if len(matches) == 1 else None

    def _local_label(self) -> str | None:
        """ "the Ashfield Independents" where this council's results list the group as "Ashfield": the one
        local party in the rows whose name is all in the written name, when the resolved id is not there."""
        if not self.claim.claim.party or self.claim.party_id in PARTY_WORDS:  # the main parties go by their ids
            return None
        ids = {str(r["party_id"]) for ev in self.evidence for r in ev.rows if r.get("party_id")}
        if not ids or self.claim.party_id in ids:
            return None
        written = set(fold(self.claim.claim.party).split()) - {"the", "party"}
        named = [i for i in ids if i not in PARTY_WORDS and (words := set(fold(self.name(i)).split()))
                 and (words <= written and not words <= _GENERIC_LOCAL_WORDS
                      or abbreviates(self.name(i), self.claim.claim.party))]  # "MIF": Mansfield Independent Forum
        return named[0] if len(named) == 1 else None

    @property
    def loss(self) -> bool:
        return self.claim.claim.direction in (Direction.LOSS, Direction.DOWN)

    @property
    def place_name(self) -> str:
        c = self.claim
        return c.place.name if c.place else (c.claim.place or "the area")


def same_person(written: str, candidate: str) -> bool:
    """ "Burnham" or "Andy Burnham" names the candidate Andy Burnham (accents and case aside)."""
    words = fold(written).split()
    names = fold(candidate).split()
    return bool(words) and bool(names) and words[-1] == names[-1] and all(w in names for w in words)


def mention_at(text: str, candidate: str, *, full_name: bool = False) -> int:
    """Where a text names a candidate by full name (or, if allowed, by surname alone); -1 if it does not."""
    names = fold(candidate).split()
    wanted = " ".join(names) if full_name else (names[-1] if names else "")
    if not wanted:
        return -1
    padded = f" {fold(text)} "
    found = [at for at in (padded.find(f" {wanted} "), padded.find(f" {wanted}s ")) if at >= 0]  # "Hoult's"
    return min(found) if found else -1


def first_named(text: str, rows: list[Row], *, full_name: bool, skip: set[str] | frozenset[str] = frozenset(),
                ) -> str | None:
    """The party of the candidate the text names first ("McGuinness beat Driscoll": McGuinness's). A surname
    among the `skip` words (the place's name) is not taken for a candidate."""
    found = []
    for row in rows:
        names = fold(str(row.get("candidate") or "")).split()
        if not names or (not full_name and names[-1] in skip):
            continue
        at = mention_at(text, str(row["candidate"]), full_name=full_name)
        if at >= 0 and not _BEATEN.search(f" {fold(text)} "[:at + 1]):  # "beat Zac Goldsmith": not the subject
            found.append((at, str(row["party_id"])))
    found.sort()
    if not found:
        return None
    first_at = found[0][0]
    parties_there = {party for at, party in found if at == first_at}
    return parties_there.pop() if len(parties_there) == 1 else None


_PRONOUN_WINNER = lazy(r"(?:he|she)\s+(?:\w+\s+)?(?:won|beat|defeated|was\s+(?:re-?)?elected|took\s+it)\b",
                             re.IGNORECASE)
# A candidate named as the one beaten ("beat Zac Goldsmith", "54% to Byrne's 46%") is not the claim's subject.
_BEATEN = lazy(r"\b(?:beat(?:ing)?|defeat(?:ed|ing)?|saw\s+off|ousted|unseated|to|against|over)\s+(?:\w+\s+)?$")
_GENERIC_LOCAL_WORDS = frozenset({"independent", "independents", "residents", "local", "party", "group", "the"})
_GENERIC_PUBLISHER_WORDS = frozenset({"elections", "daily", "house", "the", "local", "wikipedia"})


def named_publisher(case: Case, rows: list[Row]) -> list[Row]:
    """Rows from the publisher the claim names ("Sky's projection", "the BBC's tally"), else all rows."""
    written = (case.claim.claim.sentence or case.claim.claim.text).replace("'s", "").replace("\u2019s", "")
    text = f" {fold(written)} "
    chosen = []
    for row in rows:
        words = fold(str(row.get("publisher") or "")).split()
        first = words[0] if words else ""
        if first and first not in _GENERIC_PUBLISHER_WORDS and f" {first} " in text:
            chosen.append(row)
    return chosen or rows


def first_source(value: Any) -> str | None:
    if isinstance(value, (list, tuple)) and value:
        return str(value[0])
    if isinstance(value, str) and value:
        return value.split(",")[0].strip()
    return None


@dataclass(frozen=True)
class Rule:
    """A named check with a stable dotted id (module.name), applied to claims of given types."""

    id: str
    title: str
    judge: Callable[[Case], Finding]


def verdict_for(match: Match) -> Verdict:
    return {Match.EXACT: Verdict.ACCURATE, Match.CLOSE: Verdict.APPROXIMATELY_ACCURATE, Match.MISS: Verdict.INACCURATE}[
        match
    ]


def finding(case: Case, rule: str, verdict: Verdict, explanation: str, official: Iterable[Official] = ()) -> Finding:
    return Finding(
        claim=case.claim,
        verdict=verdict,
        rule=rule,
        explanation=explanation,
        official=tuple(official),
        evidence=case.evidence,
    )


def unverifiable(case: Case, rule: str, why: str) -> Finding:
    notes = "; ".join(case.claim.notes)
    text = f"Cannot be checked: {why}." if not notes else f"Cannot be checked: {why} ({notes})."
    return finding(case, rule, Verdict.UNVERIFIABLE, text)


def best_of(candidates: Sequence[tuple[Match, Official]]) -> tuple[Match, Official] | None:
    """The candidate that supports the claim best (exact before close before miss, first wins ties)."""
    order = {Match.EXACT: 0, Match.CLOSE: 1, Match.MISS: 2}
    return min(candidates, key=lambda c: order[c[0]]) if candidates else None


def party_name(case: Case, party_id: str | None = None) -> str:
    return case.claim.claim.party if party_id is None and case.claim.claim.party else (party_id or "the party")
