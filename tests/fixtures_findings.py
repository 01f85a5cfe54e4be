"""Fake results for renderer, CLI and web tests, so they do not depend on the claim engine or its database.

`sample_result()` is a short commentary (written for these tests) with one claim of every verdict and two
claims that overlap. `FakeChecker` stands in for pipeline.Checker: it "finds" every "gained/lost N seats"
and judges it against an official figure of 4.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from factcheck.model import (
    Claim,
    ClaimType,
    DatabaseInfo,
    Direction,
    DocumentResult,
    Election,
    Evidence,
    Finding,
    Hedge,
    Official,
    Place,
    Quantity,
    ResolvedClaim,
    SourceRef,
    Span,
    Verdict,
)

SOURCE = SourceRef(id="test-results", publisher="Test Elections Office",
                   title="Local election results (test)", url="https://example.org/results.csv",
                   licence="OGL-UK-3.0")
DATABASE = DatabaseInfo(built="2024-01-02T03:04:05", path="/tmp/test.duckdb", sources=(SOURCE,))

SAMPLE_TEXT = (
    "Polling day brought a mixed night.\n"
    "Labour gained 4 seats in Trafford, taking its total to 40.\r\n"
    "The Conservatives lost about 10 seats in Barnet.\n"
    "In Hull the Liberal Democrats took 47.3% of the vote, three times the Tory vote.\n"
    "Reform won control of Kent for the first time since 2002.\n"
)


def span_of(text: str, phrase: str, occurrence: int = 0) -> Span:
    """The Span of a phrase in the text (offsets, 1-based line and column)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Span(start, start + len(phrase), line, column)


def make_finding(text: str, phrase: str, verdict: Verdict, *, claim_type: ClaimType = ClaimType.SEAT_CHANGE,
                 value: float | None = 4, unit: str = "seats", hedge: Hedge = Hedge.NONE,
                 official: tuple[Official, ...] | None = None, explanation: str | None = None,
                 party: str | None = "Labour", place: str | None = "Trafford", place_code: str | None = None,
                 direction: Direction = Direction.GAIN, baseline: str | None = None,
                 evidence: tuple[Evidence, ...] | None = None, number: int = 1) -> Finding:
    """One judged claim located at `phrase` in `text`."""
    span = span_of(text, phrase)
    claim = Claim(id=f"c{number}", type=claim_type, span=span, text=text[span.start:span.end],
                  sentence=text[span.start:span.end], party=party, place=place,
                  quantity=Quantity(value, unit, hedge) if value is not None else None,
                  direction=direction, baseline=baseline)
    resolved_place = Place(place_code, place, "council", 0.97) if place and place_code else None
    resolved = ResolvedClaim(claim=claim, party_id=party, place=resolved_place, election_date="2024-05-02")
    if official is None:
        official = (Official(value=4, basis="net change against 2021", source=SOURCE),)
    if evidence is None:
        evidence = (Evidence(query="seat_change", sql="SELECT net FROM seats WHERE council = :council",
                             params={"council": place_code or "E08000009"},
                             rows=({"party": party, "net": 4},)),)
    return Finding(claim=resolved, verdict=verdict, rule="seats.net_change",
                   explanation=explanation or f"The claim is {verdict.value.replace('_', ' ')}.",
                   official=official, evidence=evidence)


def sample_findings(text: str = SAMPLE_TEXT) -> tuple[Finding, ...]:
    return (
        make_finding(text, "gained 4 seats in Trafford", Verdict.ACCURATE, place_code="E08000009", number=1,
                     explanation="Labour's net gain in Trafford was 4 seats, as claimed."),
        make_finding(text, "Trafford, taking its total to 40", Verdict.ACCURATE, number=2,
                     claim_type=ClaimType.SEAT_COUNT, value=40, direction=Direction.NONE,
                     official=(Official(40, "seats held after the election", SOURCE),),
                     explanation="Labour holds 40 seats in Trafford."),
        make_finding(text, "lost about 10 seats in Barnet", Verdict.APPROXIMATELY_ACCURATE, number=3,
                     party="Conservative", place="Barnet", value=10, hedge=Hedge.AROUND,
                     direction=Direction.LOSS, official=(Official(-11, "net change against 2022", SOURCE),),
                     explanation="The Conservatives' net loss was 11 seats, close to the 10 claimed."),
        make_finding(text, "took 47.3% of the vote", Verdict.INACCURATE, number=4,
                     claim_type=ClaimType.VOTE_SHARE, party="Liberal Democrats", place="Hull", value=47.3,
                     unit="percent", direction=Direction.NONE,
                     official=(Official(38.2, "share of valid votes", SOURCE),),
                     explanation="The Liberal Democrats' share in Hull was 38.2%, not 47.3%."),
        make_finding(text, "three times the Tory vote", Verdict.MISLEADING, number=5,
                     claim_type=ClaimType.VOTE_RATIO, party="Liberal Democrats", place="Hull", value=3,
                     unit="ratio", direction=Direction.NONE, baseline="wards contested",
                     official=(Official(1.9, "all wards", SOURCE),
                               Official(3.1, "wards both contested", SOURCE)),
                     explanation="Three times holds only where both parties stood; overall it was 1.9."),
        make_finding(text, "won control of Kent for the first time since 2002", Verdict.UNVERIFIABLE,
                     number=6, claim_type=ClaimType.HISTORICAL_FIRST, party="Reform", place="Kent",
                     value=None, official=(), evidence=(),
                     explanation="Kent's results before 2005 are not in the reference data."),
    )


def sample_result(text: str = SAMPLE_TEXT, path: str = "commentary.txt") -> DocumentResult:
    """A document with one claim of every verdict (and two overlapping claims)."""
    return DocumentResult(path=path, text=text, election=Election("2024-05-02", "--date option"),
                          findings=sample_findings(text))


XSS_PAYLOADS = (
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "<svg onload=alert(1)>",
    "</script><script>alert(2)</script>",
    "<a href='javascript:alert(3)'>click</a>",
    "'; alert(4); '",
    "<!--<script>alert(5)//-->",
    "<iframe src=//evil.example>",
    "<<b>broken <i onmouseover=alert(6) markup",
    "\u2028</script>\u2029",
)


def hostile_result(payload: str) -> DocumentResult:
    """The payload placed everywhere a renderer prints input: text, names, explanation, sources, evidence."""
    text = f"Labour gained 4 seats in {payload} tonight. {payload}\n"
    source = SourceRef(id=payload, publisher=payload, title=payload, url=payload, licence=payload)
    evidence = Evidence(query=payload, sql=payload, params={payload: payload}, rows=({payload: payload},))
    finding = make_finding(text, f"gained 4 seats in {payload}", Verdict.INACCURATE, party=payload,
                           place=payload, place_code=payload, baseline=payload, explanation=payload,
                           official=(Official(payload, payload, source), Official(3, payload, source)),
                           evidence=(evidence,))
    return DocumentResult(path=f"{payload}.txt", text=text, election=Election(payload, payload),
                          findings=(finding,))


_SEATS = re.compile(r"\b(gained|lost) (\d{1,6}) seats\b")


class FakeChecker:
    """A stand-in for pipeline.Checker: each "gained/lost N seats" is a claim judged against 4."""

    def __init__(self, delay: float = 0.0):
        self.delay = delay
        self.calls = 0
        self._lock = threading.Lock()

    def database_info(self) -> DatabaseInfo:
        return DATABASE

    def check(self, text: str, path: str = "-", *, election: str | None = None,
              front_matter: Mapping[str, Any] | None = None) -> DocumentResult:
        with self._lock:
            self.calls += 1
        if self.delay:
            time.sleep(self.delay)
        findings = []
        for number, match in enumerate(_SEATS.finditer(text), start=1):
            claimed = int(match.group(2))
            verdict = (Verdict.ACCURATE if claimed == 4 else
                       Verdict.APPROXIMATELY_ACCURATE if abs(claimed - 4) == 1 else Verdict.INACCURATE)
            direction = Direction.GAIN if match.group(1) == "gained" else Direction.LOSS
            findings.append(make_finding(text, match.group(0), verdict, value=claimed, number=number,
                                         direction=direction,
                                         explanation=f"The official net change was 4 seats; {claimed} was "
                                                     "claimed."))
        if not election and front_matter and front_matter.get("date"):
            return self._result(text, path, findings, front_matter["date"], "front matter date")
        how = "--date option" if election else "best supported by claims"
        return self._result(text, path, findings, election or "2024-05-02", how)

    @staticmethod
    def _result(text: str, path: str, findings: list[Finding], date: str, how: str) -> DocumentResult:
        return DocumentResult(path=path, text=text, election=Election(date, how), findings=tuple(findings))


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free loopback port in a thread; yields the base URL."""
    import socket

    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
