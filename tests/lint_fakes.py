"""A fake checker for the lint tests: marker words stand in for judged claims, so no database is needed.

    WRONG  -> an inaccurate seat_change claim   (rule seats.net_change)
    SLANT  -> a misleading vote_share claim     (rule shares.vote_share)
    UNSURE -> an unverifiable turnout claim     (rule contests.turnout)
    RIGHT  -> an accurate seat_count claim      (rule seats.count)
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from factcheck.model import (
    Claim,
    ClaimType,
    DatabaseInfo,
    DocumentResult,
    Election,
    Finding,
    ResolvedClaim,
    Span,
    Verdict,
)

MARKERS: Mapping[str, tuple[Verdict, ClaimType, str]] = {
    "WRONG": (Verdict.INACCURATE, ClaimType.SEAT_CHANGE, "seats.net_change"),
    "SLANT": (Verdict.MISLEADING, ClaimType.VOTE_SHARE, "shares.vote_share"),
    "UNSURE": (Verdict.UNVERIFIABLE, ClaimType.TURNOUT, "contests.turnout"),
    "RIGHT": (Verdict.ACCURATE, ClaimType.SEAT_COUNT, "seats.count"),
}
# A marker and the rest of its words up to the end of the sentence: "WRONG Labour gained 9 seats".
PATTERN = re.compile(r"\b(WRONG|SLANT|UNSURE|RIGHT)\b[^.,\n<]*")


class FakeChecker:
    """Finds one claim per marker; records every call so tests can see the election it was given."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def check(self, text: str, path: str = "-", *, election: str | None = None,
              front_matter: Mapping[str, Any] | None = None) -> DocumentResult:
        self.calls.append({"path": path, "election": election, "front_matter": dict(front_matter or {})})
        findings = tuple(self._finding(text, match, n) for n, match in enumerate(PATTERN.finditer(text), 1))
        date = election or (front_matter or {}).get("date")
        return DocumentResult(path=path, text=text, election=Election(date, "fake"), findings=findings)

    def database_info(self) -> DatabaseInfo:
        return DatabaseInfo(built="2024-01-01T00:00:00", path="fake.duckdb")

    @staticmethod
    def _finding(text: str, match: re.Match[str], number: int) -> Finding:
        verdict, claim_type, rule = MARKERS[match.group(1)]
        start, end = match.span()
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        span = Span(start, end, line, column)
        claim = Claim(id=f"c{number}", type=claim_type, span=span, text=match.group(0))
        return Finding(claim=ResolvedClaim(claim=claim), verdict=verdict, rule=rule,
                       explanation=f"The fake engine calls this {verdict.value}.")


def git(repo: Path, *args: str) -> str:
    """Run git in a test repository (with a fixed identity, so commits work on any machine)."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def init_repo(repo: Path) -> Path:
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "-q", "-b", "main")
    return repo


def commit_all(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()
