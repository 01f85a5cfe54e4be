"""The data model shared by every pipeline stage.

text --extract--> Claim --resolve--> ResolvedClaim --query--> Evidence --judge--> Finding --render--> output

Every record is a frozen dataclass. Later stages import earlier types, never the reverse.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any


class ClaimType(StrEnum):
    """What a claim is about. The values are the JSON contract's `type`."""

    SEAT_CHANGE = "seat_change"
    SEAT_COUNT = "seat_count"
    COUNCIL_CONTROL = "council_control"
    COUNCIL_COUNT_CHANGE = "council_count_change"
    VOTE_SHARE = "vote_share"
    VOTE_SHARE_CHANGE = "vote_share_change"
    VOTE_RATIO = "vote_ratio"
    RANKING = "ranking"
    MAJORITY_CHANGE = "majority_change"
    HISTORICAL_FIRST = "historical_first"
    NATIONAL_PROJECTED_SHARE = "national_projected_share"
    MAYORAL_RESULT = "mayoral_result"
    TURNOUT = "turnout"


class Verdict(StrEnum):
    """The five verdict labels, exactly as the JSON contract spells them."""

    ACCURATE = "accurate"
    APPROXIMATELY_ACCURATE = "approximately_accurate"
    MISLEADING = "misleading"
    INACCURATE = "inaccurate"
    UNVERIFIABLE = "unverifiable"


class Severity(IntEnum):
    """How serious a verdict is, for thresholds such as `lint --fail-on`."""

    OK = 0
    UNVERIFIABLE = 1
    MISLEADING = 2
    INACCURATE = 3


VERDICT_SEVERITY: Mapping[Verdict, Severity] = {
    Verdict.ACCURATE: Severity.OK,
    Verdict.APPROXIMATELY_ACCURATE: Severity.OK,
    Verdict.UNVERIFIABLE: Severity.UNVERIFIABLE,
    Verdict.MISLEADING: Severity.MISLEADING,
    Verdict.INACCURATE: Severity.INACCURATE,
}


class Hedge(StrEnum):
    """How exactly a number is claimed. Each hedge maps to an interval in judge (docs/verdicts.md)."""

    NONE = "none"  # "gained 4 seats": exact, at the claim's precision
    AROUND = "around"  # around, about, roughly, some, approximately
    OVER = "over"  # over, more than, above
    AT_LEAST = "at_least"  # at least, no fewer than
    UNDER = "under"  # under, fewer than, less than, below
    AT_MOST = "at_most"  # at most, no more than, up to
    NEARLY = "nearly"  # nearly, almost, close to, just under
    JUST_OVER = "just_over"  # just over, a little over
    SCORES = "scores"  # scores of (at least 40)
    DOZENS = "dozens"  # dozens of (at least 24)
    HUNDREDS = "hundreds"  # hundreds of (at least 200)
    RANGE = "range"  # between 300 and 800 (value = low, high in Quantity.high)


class Direction(StrEnum):
    """The direction a change or control claim asserts."""

    GAIN = "gain"
    LOSS = "loss"
    HOLD = "hold"
    UP = "up"
    DOWN = "down"
    NONE = "none"


# Qualifiers that tie a claim to a Westminster election rather than the local one (extract tags, later stages read).
GE_SUBJECT = "general_election"  # the claim reports a general election's result
GE_BASELINE = "ge_baseline"  # a change measured against a general election
BY_ELECTION = "by_election"  # a Westminster by-election
SHARE_NOW = "share_now:"  # the share a change says the party has now ("share_now:35")
WESTMINSTER_TAGS = frozenset({GE_SUBJECT, GE_BASELINE, BY_ELECTION})


@dataclass(frozen=True)
class Span:
    """Where a claim sits: Python string offsets into the text as read, plus 1-based line and column."""

    start: int
    end: int
    line: int
    column: int


@dataclass(frozen=True)
class Quantity:
    """A number as claimed. `unit` is one of: seats, councils, percent, points, ratio, votes, rank, years, count."""

    value: float | None
    unit: str
    hedge: Hedge = Hedge.NONE
    high: float | None = None  # upper end for Hedge.RANGE
    decimals: int = 0  # digits after the point as written: judges at the claim's precision
    text: str = ""  # the words that gave the number ("three times", "47.3%")


@dataclass(frozen=True)
class Claim:
    """One checkable claim found in the text (extract stage output). Names are as written."""

    id: str
    type: ClaimType
    span: Span
    text: str  # text[span.start:span.end]
    sentence: str = ""  # the whole sentence, for context in reports
    party: str | None = None  # "Labour", "the Tories" (as written, or carried from context)
    other_party: str | None = None  # the comparison party: "the Tory vote", "to the Tories", "from Labour"
    place: str | None = None  # "Trafford", "the Wirral", "Britain" (as written, or carried)
    quantity: Quantity | None = None
    direction: Direction = Direction.NONE
    baseline: str | None = None  # "2014", "2019", "last time" (None means the default baseline)
    election_hint: str | None = None  # a date or year the text ties to this claim ("in 2008", "last year")
    as_of: str | None = None  # mid-count wording: "at 4.30pm", "with half of councils declared"
    qualifiers: tuple[str, ...] = ()  # tags such as "gross", "mayoral", "round2", "national", "partial_count"
    context_from: str | None = None  # "sentence", "previous_sentence", "parenthesis" when party/place were carried
    carried: tuple[str, ...] = ()  # how party and place were carried: "party:pronoun", "place:paragraph", ...


@dataclass(frozen=True)
class Place:
    """A place resolved to a code in the reference database."""

    code: str  # GSS council code, ward code, mayoralty id, or E92000001/S92000003/W92000004/K04000001/GB
    name: str  # the official name
    kind: str  # council, ward, mayoralty, nation, country
    confidence: float  # 0..1 from the gazetteer match


@dataclass(frozen=True)
class Election:
    """The election a document (or claim) is about, and how it was chosen."""

    date: str | None  # ISO date, e.g. "2022-05-05"
    how: str  # "--date option", "front matter date: 2022-05-06", "text mentions May 2022", "read from the text ..."


@dataclass(frozen=True)
class ResolvedClaim:
    """A claim with its party, place and election resolved (resolve stage output)."""

    claim: Claim
    party_id: str | None = None
    other_party_id: str | None = None
    place: Place | None = None
    election_date: str | None = None
    baseline_date: str | None = None  # an explicit baseline named in the claim, resolved to an election date
    notes: tuple[str, ...] = ()  # why something did not resolve, for the explanation


@dataclass(frozen=True)
class SourceRef:
    """A citation for an official figure."""

    id: str
    publisher: str
    title: str
    url: str
    licence: str


@dataclass(frozen=True)
class Official:
    """One official figure, with the counting basis it rests on."""

    value: float | str | None
    basis: str  # "net change against 2018, when these seats were last fought", "BBC tally", "round 2"
    source: SourceRef | None = None


@dataclass(frozen=True)
class Evidence:
    """What the reference database said: the named query, its parameters and the rows it returned."""

    query: str  # the named query's name
    sql: str
    params: Mapping[str, Any] = field(default_factory=dict)
    rows: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class Finding:
    """A judged claim (judge stage output): the one record every renderer consumes."""

    claim: ResolvedClaim
    verdict: Verdict
    rule: str  # stable dotted id, e.g. "seats.net_change"
    explanation: str  # one sentence a reader can reuse
    official: tuple[Official, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    suppressed: bool = False

    @property
    def severity(self) -> Severity:
        return VERDICT_SEVERITY[self.verdict]


@dataclass(frozen=True)
class Figure:
    """One number in the text and what became of it: part of a claim, dismissed with a reason, or unresolved."""

    start: int  # string offsets into the text as given
    end: int
    text: str  # text[start:end]: "45", "(+3)" without the brackets, "two-thirds", "12.5%", "six points"
    status: str  # "claim" | "dismissed" | "unresolved"
    claim: str | None = None  # the id of the claim whose span holds it (status "claim")
    reason: str | None = None  # why it was dismissed, for a reader (status "dismissed")
    rule: str | None = None  # the dismissal rule's stable id, e.g. "figures.date"


@dataclass(frozen=True)
class DocumentResult:
    """Everything found in one input document."""

    path: str
    text: str
    election: Election
    findings: tuple[Finding, ...] = ()
    error: str | None = None  # a one-line message when the document could not be read
    figures: tuple[Figure, ...] = ()  # every number in the text, each in exactly one state


@dataclass(frozen=True)
class DatabaseInfo:
    """Which reference database answered: when it was built and which sources it holds."""

    built: str
    path: str
    sources: tuple[SourceRef, ...] = ()
