"""Resolving a Westminster claim: its election and basis are general elections or a by-election, which the local
calendar does not hold. The calendar's local dates are taken off (the judge reads the general election's year
from the claim's words), and a by-election's constituency is never a council."""

from __future__ import annotations

from dataclasses import replace

from factcheck.model import BY_ELECTION, GE_BASELINE, ResolvedClaim


def adjust(rc: ResolvedClaim) -> ResolvedClaim:
    """The resolved claim with no local baseline for a general-election basis and no council for a constituency."""
    qualifiers = rc.claim.qualifiers
    if GE_BASELINE in qualifiers and rc.baseline_date:
        rc = replace(rc, baseline_date=None)  # "on the 2017 general election" is not the 2017 local elections
    if BY_ELECTION in qualifiers:
        notes = tuple(n for n in rc.notes if not n.startswith("the place "))
        rc = replace(rc, place=None, notes=notes)  # "the Hartlepool by-election" is the constituency's contest
    return rc
