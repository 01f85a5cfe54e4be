"""The versioned JSON contract (docs/json-contract.md) that lint, the web page and scripts read."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from factcheck import __version__
from factcheck.model import DatabaseInfo, DocumentResult, Figure, Finding, Official, SourceRef, Verdict
from factcheck.render.limits import MAX_MORE_ROWS, summarised_rows

CONTRACT_VERSION = 1


def source_record(source: SourceRef | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {"id": source.id, "publisher": source.publisher, "title": source.title,
            "url": source.url, "licence": source.licence}


def official_record(official: Official) -> dict[str, Any]:
    return {"value": official.value, "basis": official.basis, "source": source_record(official.source)}


def finding_record(finding: Finding) -> dict[str, Any]:
    """One claim as the contract spells it."""
    resolved = finding.claim
    claim = resolved.claim
    quantity = claim.quantity
    evidence = finding.evidence[0] if finding.evidence else None
    return {
        "id": claim.id,
        "start": claim.span.start,
        "end": claim.span.end,
        "line": claim.span.line,
        "column": claim.span.column,
        "text": claim.text,
        "type": claim.type.value,
        "rule": finding.rule,
        "subject": {
            "party": resolved.party_id or claim.party,
            "party_text": claim.party,
            "other_party": resolved.other_party_id or claim.other_party,
            "place": resolved.place.name if resolved.place else claim.place,
            "place_text": claim.place,
            "place_code": resolved.place.code if resolved.place else None,
            "place_confidence": resolved.place.confidence if resolved.place else None,
            "election": resolved.election_date,
        },
        "claimed": {
            "value": quantity.value if quantity else None,
            "high": quantity.high if quantity else None,
            "unit": quantity.unit if quantity else None,
            "hedge": quantity.hedge.value if quantity else "none",
            "direction": claim.direction.value,
            "baseline": claim.baseline,
            "as_of": claim.as_of,
        },
        "official": [official_record(o) for o in finding.official],
        "verdict": finding.verdict.value,
        "severity": int(finding.severity),
        "suppressed": finding.suppressed,
        "explanation": finding.explanation,
        "evidence": {
            "query": evidence.query if evidence else None,
            "sql": evidence.sql if evidence else None,
            "params": dict(evidence.params) if evidence else {},
            "rows": summarised_rows(evidence, finding) if evidence else [],
            "rows_total": len(evidence.rows) if evidence else 0,  # rows beyond limits.MAX_EVIDENCE_ROWS are cut
            "more": [{"query": e.query, "params": dict(e.params), "rows": summarised_rows(e, finding, MAX_MORE_ROWS),
                      "rows_total": len(e.rows)} for e in finding.evidence[1:]],
        },
    }


def figure_record(figure: Figure) -> dict[str, Any]:
    """One number in the text and what became of it (docs/json-contract.md, "figures")."""
    return {"start": figure.start, "end": figure.end, "text": figure.text, "status": figure.status,
            "claim": figure.claim, "reason": figure.reason, "rule": figure.rule}


def document_record(doc: DocumentResult) -> dict[str, Any]:
    record: dict[str, Any] = {
        "path": doc.path,
        "election": {"date": doc.election.date, "how": doc.election.how},
        "claims": [finding_record(f) for f in doc.findings],
        "figures": [figure_record(f) for f in doc.figures],
    }
    if doc.error:
        record["error"] = doc.error
    return record


def contract(documents: Iterable[DocumentResult], database: DatabaseInfo | None) -> dict[str, Any]:
    """The whole JSON object printed by `factcheck check --format json`."""
    docs = list(documents)
    return {
        "version": CONTRACT_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "database": {
            "built": database.built if database else None,
            "path": database.path if database else None,
            "sources": [source_record(s) for s in database.sources] if database else [],
        },
        "documents": [document_record(d) for d in docs],
        "summary": summary_record(docs),
    }


def iter_contract_json(documents: Iterable[DocumentResult], database: DatabaseInfo | None) -> Iterator[str]:
    """`json.dumps(contract(...), indent=2)` in pieces, one claim's record at a time: a document with
    thousands of claims never has all their records in memory at once."""
    docs = list(documents)
    outline = contract([replace(d, findings=()) for d in docs], database)
    outline["summary"] = summary_record(docs)
    for record, doc in zip(outline["documents"], docs, strict=True):
        record["claims"] = _ClaimRecords(doc.findings)
    return json.JSONEncoder(indent=2, ensure_ascii=False, default=str).iterencode(outline)


class _ClaimRecords(list):  # the json module's encoder walks lists, and only lists
    """A list to the json encoder, whose items are made as it reaches them."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        super().__init__()
        self._findings = findings

    def __len__(self) -> int:
        return len(self._findings)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (finding_record(f) for f in self._findings)


def summary_record(docs: Sequence[DocumentResult]) -> dict[str, Any]:
    """The contract's `summary`: documents, claims by verdict (suppressed ones left out), errors, figures."""
    counts: Counter[str] = Counter()
    figures: Counter[str] = Counter()
    for doc in docs:
        counts.update(f.verdict.value for f in doc.findings if not f.suppressed)
        figures.update(f.status for f in doc.figures)
    return {
        "documents": len(docs),
        "claims": sum(counts.values()),
        "by_verdict": {v.value: counts.get(v.value, 0) for v in Verdict},
        "errors": sum(1 for d in docs if d.error),
        "figures": {"total": sum(figures.values()), "claim": figures["claim"], "dismissed": figures["dismissed"],
                    "unresolved": figures["unresolved"]},
    }
