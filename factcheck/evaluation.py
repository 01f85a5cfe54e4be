"""`factcheck eval`: run the engine over sample texts and score it against an answer key.

Scoring follows ../shared/tools/score.py: each key claim (not `other`, not `not_checkable`) is matched to the
unused output claim whose span overlaps its quote best (overlap share, +1 for a matching subject, +0.5 for
a matching type). Recall counts matches; verdict class accuracy counts supported/refuted/misleading agreement
on checkable claims; strict accuracy counts exact labels.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CLASS_OF = {
    "accurate": "supported",
    "approximately_accurate": "supported",
    "inaccurate": "refuted",
    "misleading": "misleading",
    "unverifiable": "unverifiable",
}


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


@dataclass
class TypeScore:
    in_scope: int = 0
    found: int = 0
    checkable: int = 0
    class_ok: int = 0
    strict_ok: int = 0


@dataclass
class Score:
    by_type: dict[str, TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    rows: list[dict[str, Any]] = field(default_factory=list)
    predicted: int = 0
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    flagged: int = 0  # output claims called inaccurate or misleading
    flagged_right: int = 0  # of those, matched to a key claim that the key calls the same

    def total(self) -> TypeScore:
        t = TypeScore()
        for s in self.by_type.values():
            t.in_scope += s.in_scope
            t.found += s.found
            t.checkable += s.checkable
            t.class_ok += s.class_ok
            t.strict_ok += s.strict_ok
        return t


def _subject(claim: Mapping[str, Any]) -> str:
    subject = claim.get("subject") or {}
    return _norm(" ".join(str(subject.get(k) or "") for k in ("place", "party", "area", "council", "mayoralty")))


def _entities(gold: Mapping[str, Any]) -> list[str]:
    values: list[str] = []
    for value in (gold.get("entities") or {}).values():
        values.extend(value if isinstance(value, list) else [value])
    return [_norm(str(v)) for v in values if v]


def score(
    gold: Sequence[Mapping[str, Any]], texts: Mapping[str, str], output: Mapping[str, Sequence[Mapping[str, Any]]]
) -> Score:
    """Score output claims (document key -> contract claims) against key rows."""
    result = Score(predicted=sum(len(v) for v in output.values()),
                   flagged=sum(1 for v in output.values() for c in v if c.get("verdict") in FLAGGED))
    used: dict[str, set[int]] = defaultdict(set)
    for g in gold:
        doc = g.get("seed") or g.get("passage_id")
        if g["claim_type"] == "other" or g["expected_verdict"] == "not_checkable":
            continue
        stats = result.by_type[g["claim_type"]]
        stats.in_scope += 1
        text = texts.get(doc, "")
        start = text.find(g["quote"])
        if start < 0:
            start = _norm(text).find(_norm(g["quote"]))
        end = start + len(g["quote"])
        best, best_score = None, -1.0
        for k, claim in enumerate(output.get(doc, [])):
            if k in used[doc]:
                continue
            overlap = min(claim.get("end", -1), end) - max(claim.get("start", -1), start)
            if overlap <= 0:
                continue
            value = overlap / max(1, claim["end"] - claim["start"])
            subject = _subject(claim)
            if any(x and (x in subject or (subject and subject in x)) for x in _entities(g)):
                value += 1.0
            if claim.get("type") == g["claim_type"]:
                value += 0.5
            if value > best_score:
                best, best_score = k, value
        verdict = None
        if best is not None:
            used[doc].add(best)
            stats.found += 1
            verdict = output[doc][best].get("verdict")
        expected = g["expected_verdict"]
        if verdict in FLAGGED and verdict == expected:
            result.flagged_right += 1
        if expected != "unverifiable":
            stats.checkable += 1
            if verdict is not None and CLASS_OF.get(verdict) == CLASS_OF.get(expected):
                stats.class_ok += 1
            if verdict == expected:
                stats.strict_ok += 1
        result.rows.append(
            {
                "claim_id": g["claim_id"],
                "type": g["claim_type"],
                "expected": expected,
                "got": verdict or "-",
                "quote": g["quote"][:90],
                "explanation": output[doc][best].get("explanation") if best is not None else "",
            }
        )
    for doc, claims in output.items():
        result.unmatched.extend({"doc": doc, **c} for k, c in enumerate(claims) if k not in used[doc])
    return result


FLAGGED = ("inaccurate", "misleading")


def load_passages(path: Path) -> dict[str, str]:
    """A JSON-lines file of passages (`passage_id`, `text`), as ../shared/dev-real holds them: id -> text."""
    return {row["passage_id"]: row["text"] for row in load_gold(path)}


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def documents_by_key(contract: Mapping[str, Any]) -> dict[str, list[Mapping[str, Any]]]:
    return {Path(d["path"]).stem: d.get("claims", []) for d in contract.get("documents", [])}


def summary_line(result: Score) -> dict[str, Any]:
    t = result.total()
    return {
        "in_scope": t.in_scope,
        "found": t.found,
        "recall": round(t.found / max(1, t.in_scope), 3),
        "checkable": t.checkable,
        "verdict_class_acc": round(t.class_ok / max(1, t.checkable), 3),
        "verdict_strict_acc": round(t.strict_ok / max(1, t.checkable), 3),
        "predicted": result.predicted,
        "unmatched_predictions": len(result.unmatched),
        "flagged": result.flagged,
        "flag_precision": round(result.flagged_right / max(1, result.flagged), 3),
    }


def per_type_table(result: Score) -> Iterable[tuple[str, int, float, int, float, float]]:
    for name in sorted(result.by_type):
        s = result.by_type[name]
        yield (
            name,
            s.in_scope,
            s.found / max(1, s.in_scope),
            s.checkable,
            s.class_ok / max(1, s.checkable),
            s.strict_ok / max(1, s.checkable),
        )
