"""How much of a big result the outputs carry, so output grows with the claims, not with the evidence.

A 1 MB paste holds thousands of claims, each with evidence tables of tens of rows: written out whole that
was 40-70 MB of HTML or JSON. These limits keep what a reader uses and say what was cut:

- Evidence rows: each query's rows are summarised to MAX_EVIDENCE_ROWS (MAX_MORE_ROWS for the JSON's further
  queries), the rows about the claim's own party first (then the rest in the query's order); the JSON
  records `rows_total`, the report says "and N more rows".
- Claim cards: the HTML report shows the first MAX_CARDS claims as full cards (chart, evidence, ClaimReview);
  later claims get one line each in a brief table (verdict, claim, official figure, explanation), so every
  claim is still in the report and every badge in the text still links to its claim.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.model import Evidence, Finding

MAX_EVIDENCE_ROWS = 5  # rows per query, in the JSON and in the report
MAX_MORE_ROWS = 2  # rows of each further query in the JSON (`evidence.more`)
MAX_CARDS = 300  # full claim cards in one HTML report; the rest are listed briefly
MAX_QUERIES_PER_CARD = 4  # evidence queries shown in one card


def summarised_rows(evidence: Evidence, finding: Finding | None = None,
                    limit: int = MAX_EVIDENCE_ROWS) -> list[dict[str, Any]]:
    """At most `limit` of the evidence rows, in the query's order: those naming the claim's parties first."""
    rows: Sequence[Mapping[str, Any]] = evidence.rows
    if len(rows) <= limit:
        return [dict(row) for row in rows]
    wanted = _parties(finding)
    first = [i for i, row in enumerate(rows) if wanted and _names_party(row, wanted)][:limit]
    taken = set(first)
    rest = [i for i in range(len(rows)) if i not in taken][: limit - len(first)]
    return [dict(rows[i]) for i in sorted([*first, *rest])]


def _parties(finding: Finding | None) -> set[str]:
    if finding is None:
        return set()
    resolved = finding.claim
    return {p for p in (resolved.party_id, resolved.other_party_id) if p}


def _names_party(row: Mapping[str, Any], parties: set[str]) -> bool:
    return any(row.get(key) in parties for key in ("party_id", "party", "winner", "winner_party_id"))
