"""Majorities as a state, not a size: "won a majority of seats in Glasgow" (seat_count, "majority"), "kept its
majority on Sunderland council" (council_control hold, "majority"), "lost its majority" (council_control loss)
and "no party has a majority in Bristol" (council_control, "no_overall_control").

Changes in a majority's size ("increased its majority") are majority_change claims, in `ranking.py`."""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.patterns import RGX_MAJORITY_ADJ, RGX_MAJORITY_OF_SEATS, RGX_NOT_MAJORITY_SIZE
from factcheck.model import ClaimType, Direction
from factcheck.regex_cache import lazy

# "won a majority of seats", "secured an overall majority", "kept its majority", "lost their majority".
MAJORITY_STATE = lazy(
    rf"\b(?P<verb>won|win(?:s|ning)?|secur(?:ed|es?|ing)|gain(?:ed|s|ing)?|took|tak(?:e|es|ing)|achiev(?:ed|es?|ing)"
    rf"|claim(?:ed|s|ing)?|ha(?:s|ve|d)|hold(?:s|ing)?|held(?:\s+on\s+to)?|kept|keep(?:s|ing)?|retain(?:ed|s|ing)?"
    rf"|defend(?:ed|s|ing)?|lost|los(?:e|es|ing))\s+(?P<owner>an?|its|their|his|her|our|the)\s+"
    rf"(?P<adj>{RGX_MAJORITY_ADJ}*)majority\b{RGX_NOT_MAJORITY_SIZE}{RGX_MAJORITY_OF_SEATS}",
    re.I,
)
# "no party has a majority in Bristol", "no single party won overall control".
NO_MAJORITY = lazy(
    rf"\b(?P<verb>no\s+(?:single\s+|one\s+)?(?:party|group)|nobody|no\s+one|no-one|neither\s+(?:party|of\s+them))\s+"
    rf"(?:has|had|have|won|wins|holds?|held|secured|got|gained|commands?|emerged\s+with|was\s+able\s+to\s+win)\s+"
    rf"(?:an?\s+|the\s+)?(?:{RGX_MAJORITY_ADJ}*majority|overall\s+control|(?:outright\s+)?control)\b"
    rf"{RGX_NOT_MAJORITY_SIZE}{RGX_MAJORITY_OF_SEATS}",
    re.I,
)
_IN_PLACE = lazy(r"\s+(?:in|on|at|across|of)\s+(?=(?:the\s+)?[A-Z])")
# "insufficient for it to claim a majority", "failed to win a majority": a majority denied, not won.
_DENIED_BEFORE = lazy(r"\b(?:insufficient|not\s+enough|fail(?:ed|s|ing)?|unable|did\s+not|didn't|could\s+not"
                      r"|couldn't|without)\b[^.;:!?]{0,40}$", re.I)
_KEEP = lazy(r"ha[sdv]|hold|held|kept|keep|retain|defend", re.I)
_LOSE = lazy(r"los", re.I)

# The family runs only on a sentence holding one of these (every pattern's needles contains one of them).
CUES = ("majority", "control")


def find(view: SentenceView) -> list[Draft]:
    """Every majority-as-state claim in a sentence."""
    drafts: list[Draft] = []
    for m in view.scan(MAJORITY_STATE, "majority"):
        draft = _state(view, m)
        if draft is not None:
            drafts.append(_tail(view, draft))
    for m in view.scan(NO_MAJORITY, "majority", "control"):
        draft = Draft(ClaimType.COUNCIL_CONTROL, m.start(), m.end(), m.start(), subject="none", priority=3,
                      qualifiers=["no_overall_control"])
        drafts.append(_tail(view, draft))
    return drafts


def _state(view: SentenceView, m: re.Match[str]) -> Draft | None:
    verb, owner = m.group("verb").lower(), m.group("owner").lower()
    if re.search(r"\b(?:a|an|the|with)\s+$", view.text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "with a held majority": an adjective, not a verb
    draft = Draft(ClaimType.COUNCIL_CONTROL, m.start(), m.end(), m.start("verb"), priority=3,
                  qualifiers=["majority"])
    if _LOSE.match(verb):
        draft.direction = Direction.LOSS
    elif _KEEP.match(verb):
        draft.direction = Direction.HOLD if owner not in ("a", "an") or not verb.startswith("ha") else Direction.NONE
    elif owner in ("a", "an"):
        draft.type = ClaimType.SEAT_COUNT  # "won a majority (of seats)": more than half the seats at this election
        if _DENIED_BEFORE.search(view.text, max(0, m.start() - 50), m.start()):
            draft.qualifiers = ["denied_majority"]
    else:
        draft.direction = Direction.GAIN
    return draft


def _tail(view: SentenceView, draft: Draft) -> Draft:
    """ "... in Glasgow", "... on Sunderland council": the places named right after."""
    tail = _IN_PLACE.match(view.text, draft.end)
    if tail:
        items, end = view.place_list(tail.end(), lead_in=False)
        if items:
            draft.places, draft.end = [p.text for p in items], end
    elif view.text.lower().endswith("the council", 0, draft.end):
        draft.place_ref = "council"
    return draft
