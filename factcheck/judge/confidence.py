"""Abstain rather than accuse: a flag (inaccurate or misleading) stands only when the claim's party, place and
scope are pinned down with confidence. Otherwise the finding becomes `unverifiable`, says why, and keeps the
figures it compared, so a reader can still look.

Rules (stable ids, as in docs/verdicts.md):
- `confidence.unknown_place`: a place we do not hold never borrows a national tally;
- `confidence.no_scope`: a national tally judges only a claim that names its scope (a nation, "nationally",
  "across the country", a nation's party such as "Scottish Labour") or is tally-sized;
- `confidence.count_in_progress`: a national figure in a text that reports the count part-way through;
- `confidence.gross`: "new seats", "new councillors" count seats won afresh, not the net change;
- `confidence.carried`: a party or place carried from no word of the claim's own (the paragraph's last place, an
  earlier sentence's party, the document's topic); a pronoun, "there" or a scene ("In Kent, ...") is a word;
- `confidence.loose_reading`: a claim read by the slot filler from loose wording (qualifier `loose`);
- `confidence.other_basis`: the only official figure rests on a basis the writer may not have used (a
  composition snapshot for a seat change; one of several ways to count a council's vote share).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.judge.base import PARTY_WORDS
from factcheck.model import Claim, ClaimType, Finding, ResolvedClaim, Verdict
from factcheck.regex_cache import lazy

FLAGS = (Verdict.INACCURATE, Verdict.MISLEADING)
NATIONAL_RULES = ("national.", "control.council_count")
UNSURE_SOURCES = frozenset({"previous_sentence", "document"})
# Carried by no word of the claim's own: the paragraph's last place, the party of an earlier sentence, the topic.
UNSURE_CARRIES = frozenset({"party:frame", "party:topic", "party:speaker", "party:pronoun_unsure", "place:paragraph",
                            "place:topic", "place:mayoral", "place:scene_across"})
# Rules whose exact match to a national figure is itself the scope ("won 194 seats" when the net gain was 194).
SCOPED_BY_MATCH = frozenset({"national.count_is_change"})
TALLY_SIZED = 150  # more seats than any council has: the claim can only be about a tally

# Words that give a claim a national (or nation-wide) scope of its own.
_NATIONAL_WORDS = lazy(
    r"\b(?:national(?:ly)?|nationwide|country-?wide|across\s+the\s+(?:country|nation|board|uk)|in\s+all\b(?!-)"
    r"|across\s+(?:england|scotland|wales|britain|great\s+britain)|(?:in|of)\s+(?:england|scotland|wales|britain)"
    r"|overall(?!\s+(?:control|majority))|all\s+told|in\s+total|net\s+total|local\s+government"
    r"|councils?\s+(?:up\s+for\s+election|across|around)|(?:this|these)\s+(?:year'?s\s+)?(?:local\s+)?elections)\b",
    re.I,
)
_IN_NAME = lazy(r"\s+in\s+(?:the\s+)?(?P<name>[A-Z][\w'-]+(?:\s+(?:upon\s+|on\s+)?[A-Z][\w'-]+)*)")
_SCOPE_NAMES = frozenset({"england", "scotland", "wales", "britain", "great britain", "london", "the uk", "uk",
                          "total", "all", "may", "june", "april"})
_GROSS = lazy(r"\bnew\s+(?:council\s+)?(?:seats?|councillors?)\b", re.I)
# "two West Sussex councils": councils of a named area (capitalised words that are not a party's).
_REGION_COUNCILS = lazy(r"\b(?!(?:Labour|Tory|Tories|Conservative|Lib|Liberal|Dem|Democrat|Green|SNP|Plaid|Reform|UKIP"
                        r"|Independent|New|More|Other|All|The|Key|Big|Major|Flagship)\b)(?:[A-Z][a-z]+\s+){1,3}"
                        r"(?:councils|authorities|boroughs|districts)\b")
# "... winning three seats and keeping two in Ashby": a place later in the same clause.
_LATER_PLACE = lazy(r"[^.;:]{0,60}?\bin\s+(?!(?:England|Scotland|Wales|Britain|London|total|all)\b)[A-Z][a-z]")
_SNAPSHOT = "council composition"  # the basis words of a change read from composition snapshots (judge/seats.py)
# "Scottish Labour", "Welsh Conservatives", "Plaid Cymru": a nation's own party gives the claim that nation.
_NATION_PARTY = lazy(r"^(?:the\s+)?(?P<nation>scottish|welsh)\b", re.I)
_NATION_OF_PARTY = {"scottish": "Scotland", "welsh": "Wales"}
_NATIONAL_PARTIES = {"snp": "Scotland", "pc": "Wales"}  # parties that stand in one nation only


def party_nation(claim: ResolvedClaim) -> str | None:
    """The nation a party's own name gives ("Scottish Labour", the SNP: Scotland; Plaid Cymru: Wales), or None."""
    match = _NATION_PARTY.match(claim.claim.party or "")
    return _NATION_OF_PARTY[match.group("nation").lower()] if match else _NATIONAL_PARTIES.get(claim.party_id or "")


def names_scope(claim: ResolvedClaim) -> bool:
    """True when the claim itself says it is national or nation-wide, or counts more seats than a council has."""
    written = claim.claim
    if "national" in written.qualifiers or party_nation(claim):
        return True
    if claim.place is not None and claim.place.kind == "nation" and written.context_from not in UNSURE_SOURCES:
        return True
    if written.type == ClaimType.COUNCIL_COUNT_CHANGE and claim.place is None and written.context_from is None:
        return True  # a count of councils won or lost is about many councils: the nation's, unless it names a region
    quantity = written.quantity
    if quantity is not None and quantity.unit == "seats" and abs(quantity.value or 0) > TALLY_SIZED:
        return True
    return bool(_NATIONAL_WORDS.search(written.sentence or written.text))


def unknown_place(claim: ResolvedClaim) -> str | None:
    """A place the claim names that we do not hold: as written ("Narnia"), or "in Narnia" right after its words."""
    written = claim.claim
    if claim.place is not None:
        return None
    if written.place:
        return written.place
    sentence = written.sentence or ""
    at = sentence.find(written.text)
    named = _IN_NAME.match(sentence, at + len(written.text)) if at >= 0 else None
    if named and named.group("name").lower() not in _SCOPE_NAMES:
        return named.group("name")
    return None


def _after_claim(written: Claim) -> str:
    """The rest of the claim's sentence after its words."""
    sentence = written.sentence or ""
    at = sentence.find(written.text)
    return sentence[at + len(written.text):] if at >= 0 else ""


def doubt(finding: Finding) -> str | None:
    """Why this finding's claim is not pinned down well enough to accuse (None when it is)."""
    claim = finding.claim
    written = claim.claim
    national = finding.rule.startswith(NATIONAL_RULES)
    place = unknown_place(claim) if national else None
    if place:
        return f"it names a place we do not hold ({place!r}), so no national tally stands in for it"
    if national and not names_scope(claim) and finding.rule not in SCOPED_BY_MATCH:
        return "it names no place or scope, so it may be about one council rather than the national tally"
    if national and claim.place is not None and _LATER_PLACE.match(_after_claim(written)):
        return "the sentence names a place after it, which may be the one meant"
    if national and "count_in_progress" in written.qualifiers:
        return "the text reports the count part-way through, and no figure for that moment may be held"
    if national and _GROSS.search(written.text):
        return "it counts seats won afresh (gross), while the tallies count the net change"
    if national and _REGION_COUNCILS.search(written.text):
        return "it counts councils in one area, not the national tally"
    if finding.rule == "contests.ranking" and claim.place is None and not _NATIONAL_WORDS.search(written.text):
        return "it names no place or scope, so which contest it ranks is not certain"
    if finding.official and all(_SNAPSHOT in official.basis for official in finding.official):
        return ("the only baseline held is a composition snapshot, which counts by-elections and defections as well "
                "as this election")
    bases = {official.basis for official in finding.official}
    if finding.rule.startswith("shares.") and claim.place is not None and claim.place.kind == "council" and len(
            bases) < 2:
        return "a council's vote share depends on how multi-member wards are counted, and only one way was compared"
    local = claim.party_id is not None and claim.party_id not in PARTY_WORDS
    if finding.rule == "seats.count" and local and all(official.value == 0 for official in finding.official):
        return "the results may list this local group under another name"
    if UNSURE_CARRIES.intersection(written.carried) or "place_carried" in written.qualifiers:
        return "its party or place was carried from earlier in the text, and may not be the one meant"
    if "loose" in written.qualifiers:
        return "it was read from loose wording, and who or what it counts is not certain"
    return None


def abstain_unless_sure(finding: Finding) -> Finding:
    """A flag whose claim is not pinned down becomes `unverifiable`, naming the doubt and what was compared."""
    if finding.verdict not in FLAGS:
        if finding.verdict != Verdict.UNVERIFIABLE and finding.rule.startswith(NATIONAL_RULES) and unknown_place(
                finding.claim):
            return _unsure(finding, doubt(finding) or "")  # "gained 19 seats in Narnia" is not a national claim
        return finding
    why = doubt(finding)
    return finding if why is None else _unsure(finding, why)


def _unsure(finding: Finding, why: str) -> Finding:
    compared = f" Compared with: {finding.explanation}" if finding.explanation else ""
    return replace(finding, verdict=Verdict.UNVERIFIABLE, rule=finding.rule,
                   explanation=f"Not checked: {why}.{compared}")
