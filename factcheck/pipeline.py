"""The pipeline, top to bottom: extract -> resolve -> query -> judge. Renderers take its DocumentResult.

checker = open_checker()
result = checker.check("Labour gained 4 seats in Trafford.", election="2018-05-03")
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factcheck.db.interrupts import interrupts_as_ctrl_c
from factcheck.model import (
    DatabaseInfo,
    DocumentResult,
    Election,
    Evidence,
    Finding,
    ResolvedClaim,
    SourceRef,
    Verdict,
)

CACHE_LIMIT = 20_000
CacheKey = tuple[str, tuple[tuple[str, Any], ...]]


@dataclass
class Checker:
    """The open reference database with its gazetteer, calendar and sources, loaded once."""

    connection: Any
    info: DatabaseInfo
    gazetteer: Any
    calendar: Any
    vocabulary: Any
    sources: Mapping[str, SourceRef]
    party_names: Mapping[str, str]
    _cache: dict[CacheKey, Evidence] = field(default_factory=dict)
    batch_store: dict[Any, Any] = field(default_factory=dict)  # whole-election answers (query/prefetch.py)
    _documents: int = 0
    _local: threading.local = field(default_factory=threading.local)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def database_info(self) -> DatabaseInfo:
        return self.info

    def with_vocabulary(self, places: Mapping[str, str], parties: Mapping[str, str]) -> Checker:
        """A checker that also knows a house vocabulary: {alias: official place name}, {alias: party}."""
        from factcheck.extract.vocabulary import Vocabulary
        from factcheck.lookups import prose_party_aliases

        gazetteer = self.gazetteer.extended(places, parties)
        house = {alias: gazetteer.party(alias) or party for alias, party in parties.items()}
        vocabulary = Vocabulary.build(gazetteer.place_names(), {**prose_party_aliases(gazetteer), **house})
        return replace(self, gazetteer=gazetteer, vocabulary=vocabulary)

    def check(
        self, text: str, path: str = "-", *, election: str | None = None, front_matter: Mapping[str, Any] | None = None
    ) -> DocumentResult:
        """Check one document. `election` (an ISO date) overrides the date found in the text."""
        from factcheck.extract import extract_claims
        from factcheck.extract.figures import account_figures
        from factcheck.regex_cache import save_compiled_patterns
        from factcheck.resolve import resolve_claims
        from factcheck.resolve.reading import read_election

        claims = extract_claims(text, self.vocabulary)
        chosen = self.calendar.from_option(election) if election else self.calendar.from_text(text, front_matter)
        if chosen is None:  # undated: read from the text's own cues, never from which claims check out
            provisional = resolve_claims(claims, self.gazetteer, Election(None, ""), self.calendar)
            places = [rc.place for rc in provisional if rc.place is not None]
            chosen = read_election(text, self.calendar, self.gazetteer, places).election()
        resolved = resolve_claims(claims, self.gazetteer, chosen, self.calendar)
        self._prefetch(resolved)
        by_id = {rc.claim.id: rc for rc in resolved}
        findings = tuple(self._judge_referring(rc, by_id) if referred_ids(rc) else self._judge(rc) for rc in resolved)
        figures = account_figures(text, claims)  # every number: in a claim, dismissed, or unresolved
        self._documents += 1
        save_compiled_patterns()  # the next process starts without parsing them again
        return DocumentResult(path=path, text=text, election=chosen, findings=findings, figures=figures)

    def _prefetch(self, resolved: Sequence[ResolvedClaim]) -> None:
        from factcheck.query.plan import requests
        from factcheck.query.prefetch import prefetch

        prefetch(self, [request for rc in resolved for request in requests(rc)], whole=self._documents > 0)

    def _judge_referring(self, resolved: ResolvedClaim, by_id: Mapping[str, ResolvedClaim]) -> Finding:
        """ "they all went to the Tories": judge the claim at each place it refers back to; the worst counts."""
        findings = []
        for ref in (by_id[i] for i in referred_ids(resolved) if i in by_id):
            at_place = replace(resolved, place=ref.place, party_id=resolved.party_id or ref.party_id)
            findings.append(self._judge(at_place))
        if not findings:
            return self._judge(resolved)
        worst = max(findings, key=lambda f: (f.severity, f.verdict != Verdict.ACCURATE))
        official = tuple(o for f in findings for o in f.official)
        explanation = " ".join(f.explanation for f in findings)
        return replace(
            worst,
            claim=resolved,
            official=official,
            explanation=explanation,
            evidence=tuple(e for f in findings for e in f.evidence),
        )

    def _judge(self, resolved: ResolvedClaim) -> Finding:
        from factcheck.judge import judge
        from factcheck.query.plan import gather

        return judge(resolved, gather(self, resolved), self.sources, self.party_names)

    # The query stage calls back through execute(), so results are cached and each thread has its own cursor.
    def execute(self, sql: str, params: Mapping[str, Any]) -> Any:
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            with self._lock:
                cursor = self._local.cursor = self.connection.cursor()
        with interrupts_as_ctrl_c():
            return _InterruptibleCursor(cursor.execute(sql, params))

    def cached(self, key: CacheKey, compute: Any) -> Evidence:
        if key not in self._cache:
            self.remember(key, compute())
        return self._cache[key]

    def has(self, key: CacheKey) -> bool:
        return key in self._cache

    def remember(self, key: CacheKey, evidence: Evidence) -> None:
        if len(self._cache) >= CACHE_LIMIT:  # an archive run touches every council: keep memory flat
            self._cache.clear()
        self._cache[key] = evidence


class _InterruptibleCursor:
    """A DuckDB cursor whose rows are fetched under interrupts_as_ctrl_c (DuckDB runs a query as it is fetched)."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchall(self) -> list[tuple[Any, ...]]:
        with interrupts_as_ctrl_c():
            return self._cursor.fetchall()

    def fetchone(self) -> tuple[Any, ...] | None:
        with interrupts_as_ctrl_c():
            return self._cursor.fetchone()


def open_checker(db_path: Path | None = None) -> Checker:
    """Open the reference database read-only (building it first if missing or outdated).

    DuckDB opens the file on a thread (it releases the GIL) while the gazetteer and vocabulary are read from
    the copy kept beside the database (factcheck/lookups.py); a copy from another build is replaced once the
    database is open."""
    from factcheck.db.connect import built_at, open_database_soon
    from factcheck.lookups import from_database, read_copy, stamp_for
    from factcheck.paths import database_path

    db_path = Path(db_path or database_path())
    opened = open_database_soon(db_path)
    stamp, parts = read_copy(db_path)
    connection = opened()
    built = built_at(connection)
    if parts is None or stamp != stamp_for(built):
        parts = from_database(connection, db_path, built)
    gazetteer, calendar, vocabulary, sources, party_names = parts
    return Checker(
        connection=connection,
        info=DatabaseInfo(built=built, path=str(db_path), sources=tuple(sources.values())),
        gazetteer=gazetteer,
        calendar=calendar,
        vocabulary=vocabulary,
        sources=sources,
        party_names=party_names,
    )


def referred_ids(resolved: ResolvedClaim) -> list[str]:
    """Claim ids a claim refers back to (qualifier `refers:c21,c22`)."""
    for qualifier in resolved.claim.qualifiers:
        if qualifier.startswith("refers:"):
            return qualifier.split(":", 1)[1].split(",")
    return []


def debug_enabled() -> bool:
    return bool(os.environ.get("FACTCHECK_DEBUG"))
