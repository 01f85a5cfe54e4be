"""Seat figures said without a claim verb: "Labour up 79 councillors, Conservatives down 35" (a verbless
tally), "a gain of 20 on 2014", "a net gain of nine", "held 14, unchanged", "doubled their group to 18" and
"falling from 18 to 9"."""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.numbers import parse_number, quantity_from
from factcheck.extract.patterns import (
    RGX_BASELINE,
    RGX_HOLD_VERB,
    RGX_IMPLIED_UNIT_END,
    RGX_NUMBER,
    RGX_SEAT_NOUN,
    quantity,
)
from factcheck.extract.totals import changes_beside
from factcheck.model import ClaimType, Direction, Quantity
from factcheck.regex_cache import lazy

# What ends a seat figure: its noun, or nothing said but a break ("down 35,"); never a share or points.
_SEAT_END = rf"(?:\s+(?P<noun>{RGX_SEAT_NOUN})|{RGX_IMPLIED_UNIT_END})(?!\s*(?:%|per\s?cent|points?\b|pts?\b))"
# A party name as written: one to three capitalised words ("Labour", "the Lib Dems", "Plaid Cymru").
_PARTY_WORDS = r"(?-i:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"

# "Labour up 79 councillors", "Conservatives down 35": a party and its change, no verb.
TALLY_ITEM = lazy(
    rf"(?:^|[:;,]\s*|\band\s+)(?P<party>{_PARTY_WORDS})\s+(?P<verb>up|down)\s+(?:by\s+)?{quantity()}{_SEAT_END}",
    re.I,
)
# "a gain of 20 on 2014", "a net gain of nine", "a loss of 12 seats".
NOMINAL_CHANGE = lazy(
    rf"\b(?P<verb>an?)\s+(?P<net>net\s+)?(?P<what>gain|loss|increase|fall|rise|drop)\s+of\s+{quantity()}{_SEAT_END}"
    rf"(?:\s*{RGX_BASELINE})?",
    re.I,
)
# "held 14, unchanged", "kept 9, no change": a count whose change is said to be none.
HELD_UNCHANGED = lazy(
    rf"\b(?P<verb>{RGX_HOLD_VERB})\s+{quantity()}(?:\s+(?P<noun>{RGX_SEAT_NOUN}))?(?=\s*,\s*(?:unchanged|no\s+change))",
    re.I,
)
# "doubled their group to 18", "halved its representation there to four".
MULTIPLIED_TO = lazy(
    rf"\b(?P<verb>doubl|trebl|tripl|quadrupl|halv)(?:ed|es?|ing)\s+(?:its|their|our|his|her|the\s+party's)\s+"
    rf"(?:group|representation|seats|councillors|number\s+of\s+(?:seats|councillors)|tally|total)"
    rf"(?:\s+(?P<there>there|here))?\s+to\s+{quantity()}{_SEAT_END}",
    re.I,
)
# "falling from 18 to 9", "fell from 30 to 22": a count's move with its unit implied.
FROM_TO_BARE = lazy(
    rf"\b(?P<verb>fell|fall(?:s|ing|en)?|dropp(?:ed|ing)|r[oi]s(?:e|en|ing)|went|going|slump(?:ed|ing)|climb(?:ed|ing))"
    rf"\s+from\s+(?P<from>{RGX_NUMBER})\s+to\s+(?P<to>{RGX_NUMBER}){_SEAT_END}",
    re.I,
)
_SHARE_BEFORE = lazy(r"\b(?:share|vote|turnout|majority)\s+(?:\w+\s+){0,3}$", re.I)
_MULTIPLIERS = {"doubl": 2.0, "trebl": 3.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_IN_PLACE = lazy(r"\s+(?:in|on|at|across)\s+", re.I)

# The family runs only on a sentence holding one of these (every pattern's needles contains one of them).
CUES = (" up ", " down ", " of ", "unchanged", "no change", "doubl", "trebl", "tripl", "quadrupl", "halv", " from ")


def find(view: SentenceView) -> list[Draft]:
    """Every verbless seat tally, nominal change, unchanged count and multiplied total in a sentence."""
    drafts: list[Draft] = []
    for m in view.scan(TALLY_ITEM, " up ", " down "):
        party = view.party_at(m.start("party"), m.end("party"))
        if party is None:
            continue
        draft = Draft(ClaimType.SEAT_CHANGE, party.start, _end(m), m.start("verb"), party=party.text, priority=2)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", view.text[m.start("verb"):_end(m)])
        draft.direction = Direction.GAIN if m.group("verb").lower() == "up" else Direction.LOSS
        drafts.append(_place_after(view, draft))
    for m in view.scan(NOMINAL_CHANGE, " of "):
        if view.text[max(0, m.start() - 12):m.start()].lower().rstrip().endswith(("made", "recorded", "with")) and \
                m.group("noun"):
            continue  # "made a net gain of 9 seats": the seats family reads it
        draft = Draft(ClaimType.SEAT_CHANGE, m.start(), m.end(), m.start(), priority=1, subject="previous",
                      place_ref="previous")
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", view.text[m.start():_end(m)])
        draft.direction = Direction.GAIN if m.group("what").lower() in ("gain", "increase", "rise") else Direction.LOSS
        draft.baseline = m.group("baseline") if re.fullmatch(r"\d{4}", m.group("baseline") or "") else None
        draft.qualifiers += ["net"] if m.group("net") else []
        drafts.append(draft)
    for m in view.scan(HELD_UNCHANGED, "unchanged", "no change"):
        draft = Draft(ClaimType.SEAT_COUNT, m.start(), m.end(), m.start("verb"), priority=3)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", view.text[m.start("num"):m.end()])
        drafts.append(draft)
    for m in view.scan(MULTIPLIED_TO, "doubl", "trebl", "tripl", "quadrupl", "halv"):
        draft = Draft(ClaimType.SEAT_COUNT, m.start(), _end(m), m.start("verb"), priority=3)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", view.text[m.start("num"):_end(m)])
        ratio = _MULTIPLIERS[m.group("verb").lower()]
        draft.direction = Direction.DOWN if ratio < 1 else Direction.UP
        draft.qualifiers.append(f"ratio:{ratio:g}")
        draft.place_ref = "there" if m.group("there") else None
        drafts.append(_place_after(view, draft))
    for m in view.scan(FROM_TO_BARE, " from "):
        value, _ = parse_number(m.group("to"))
        before, _ = parse_number(m.group("from"))
        if value is None or before is None or value == before or _SHARE_BEFORE.search(view.text, 0, m.start()):
            continue  # "their share rose from 30 to 35" is not a seat count
        draft = Draft(ClaimType.SEAT_COUNT, m.start(), _end(m), m.start("verb"), priority=2)
        draft.quantity = Quantity(value=value, unit="seats", text=view.text[m.start():_end(m)])
        draft.qualifiers.append(f"from:{before:g}")
        draft.direction = Direction.UP if value > before else Direction.DOWN
        drafts.append(_place_after(view, draft))
    return drafts + changes_beside(view, [d for d in drafts if d.type == ClaimType.SEAT_COUNT])


def _end(m: re.Match[str]) -> int:
    return m.end("noun") if m.group("noun") else m.end("num") if "num" in m.re.groupindex and m.group("num") else (
        m.end("to"))


def _place_after(view: SentenceView, draft: Draft) -> Draft:
    """ "Labour up 5 in Leeds": the place said right after the figure."""
    tail = _IN_PLACE.match(view.text, draft.end)
    if tail is not None:
        items, end = view.place_list(tail.end(), lead_in=False)
        if items:
            draft.places, draft.end = [p.text for p in items], end
    return draft
