"""Turnout claims: "turnout was 31%", "Turnout in the West Midlands mayoral election was 26.7%", "a 34% turnout",
"just 27% of voters turned out in Tees Valley". Tagged "mayoral" when the sentence is about a mayor."""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView
from factcheck.extract.numbers import hedge_of, parse_number, quantity_from
from factcheck.extract.patterns import PERCENT_NEEDLES, RGX_DIGITS, RGX_PERCENT_SIGN, quantity
from factcheck.model import ClaimType, Quantity
from factcheck.regex_cache import lazy

# Where a turnout was, between the noun and its verb: "turnout in the West Midlands mayoral election was".
_TURNOUT_WHERE = r"(?P<where>\s+(?:in|across|for|at|throughout)\s+(?P<wplace>(?:the\s+)?[A-Z][^,;:.%()]{0,80}?))?"
# How a turnout level is given: "was", "stood at", "fell to", "was down to", "of", ":".
_TURNOUT_VERB = (
    r"(?:was|is|of|at|stood\s+at|reached|rose\s+to|fell\s+to|dropped\s+to|slumped\s+to|sank\s+to|came\s+in\s+at|hit"
    r"|averaged|(?:was|is)\s+(?:down|up)\s+to|:)"
)
# "turnout was 31%", "turnout in Fife was just 29.6%", "a turnout of 28%".
TURNOUT_IS = lazy(
    rf"\b(?P<verb>turnout){_TURNOUT_WHERE}\s+{_TURNOUT_VERB}\s+{quantity()}{RGX_PERCENT_SIGN}", re.I
)
# "turnout was barely one in five", "turnout in Fife was about a third": a share in words.
TURNOUT_FRACTION = lazy(
    rf"\b(?P<verb>turnout){_TURNOUT_WHERE}\s+{_TURNOUT_VERB}\s+(?:(?P<hedge>just|only|barely|around|about|roughly"
    rf"|nearly|almost|under|over|less\s+than|more\s+than|fewer\s+than)\s+)?(?P<frac>one\s+in\s+(?P<den>two|three|four|five"
    rf"|six|ten)|a\s+(?P<part>half|third|quarter|fifth))\b",
    re.I,
)
_DENOMINATORS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "half": 2, "third": 3,
                 "quarter": 4, "fifth": 5}
# "a 34% turnout", "a 30 per cent turnout".
TURNOUT_BEFORE = lazy(rf"\b(?P<num>{RGX_DIGITS}){RGX_PERCENT_SIGN}\s+(?P<verb>turnout)\b", re.I)
# "just 27% of voters turned out", "only 24 per cent of the electorate voted".
TURNOUT_VOTERS = lazy(
    rf"{quantity()}{RGX_PERCENT_SIGN}\s+of\s+(?:the\s+)?(?:eligible\s+|registered\s+)?(?:voters|electorate|electors"
    rf"|those\s+eligible(?:\s+to\s+vote)?)\s+(?P<verb>turned\s+out|voted|cast\s+(?:a\s+|their\s+)?(?:votes?|ballots?)"
    rf"|bothered\s+to\s+vote|went\s+to\s+the\s+polls)\b",
    re.I,
)
# "after 600,000 voters took part": the ballots cast, a count.
TURNOUT_COUNT = lazy(
    rf"{quantity()}\s+(?:people|voters|electors)\s+(?P<verb>took\s+part|turned\s+out|voted|cast\s+(?:a\s+|their\s+)?"
    rf"(?:votes?|ballots?)|went\s+to\s+the\s+polls)\b",
    re.I,
)
_IN_PLACE = lazy(r"(?:\s+(?:was|were)\s+(?:recorded|registered|reported|seen))?\s+(?:in|across|throughout|at|for)\s+"
                 r"(?=(?:the\s+)?[A-Z])")  # "a 38% turnout (was recorded) in Rutland"
_MAYORAL = lazy(r"\bmayor(?:al|alty|s)?\b", re.I)
_NEEDLES = ("turnout", "turned out", "voted", "cast", "bothered", "to the polls", "took part")
# The part of TURNOUT_VOTERS after the number, cheap to run, so the whole pattern runs only where it can match.
_VOTERS_GATE = lazy(
    r"\bof\s+(?:the\s+)?(?:eligible\s+|registered\s+)?(?:voters|electorate|electors|those\s+eligible)"
    r"(?:\s+to\s+vote)?\s+(?:turned|voted|cast|bothered|went)\b", re.I)


def find(view: SentenceView) -> list[Draft]:
    """Every turnout claim in a sentence."""
    if not view.has_any(_NEEDLES):
        return []
    drafts: list[Draft] = [_fraction(view, m) for m in view.scan(TURNOUT_FRACTION, "one in", "a half", "a third",
                                                                      "a quarter", "a fifth")]
    for m in view.scan(TURNOUT_COUNT, "took part", "turned out", "voted", "cast", "to the polls"):
        draft = _draft(view, m)
        draft.quantity = quantity_from(m.groupdict(), "num", "votes", _number_text(view, m))
        if draft.quantity is not None and (draft.quantity.value or 0) >= BALLOTS_MIN:
            drafts.append(_tail(view, draft))
    if not view.has_any(PERCENT_NEEDLES):
        return drafts
    for m in view.scan(TURNOUT_IS, "turnout"):
        draft = _draft(view, m)
        draft.quantity = quantity_from(m.groupdict(), "num", "percent", _number_text(view, m))
        if m.group("wplace"):
            place = view.place_at(m.start("wplace"))
            if place is not None and place.end <= m.end("where"):
                draft.places = [place.text]
        drafts.append(_tail(view, draft))
    for m in view.scan(TURNOUT_BEFORE, "turnout"):
        draft = _draft(view, m)
        value, decimals = parse_number(m.group("num"))
        if value is not None:
            draft.quantity = Quantity(value=value, unit="percent", decimals=decimals, text=m.group("num") + "%")
        drafts.append(_tail(view, draft))
    for m in view.scan(TURNOUT_VOTERS, gate=_VOTERS_GATE):
        draft = _draft(view, m)
        draft.quantity = quantity_from(m.groupdict(), "num", "percent", _number_text(view, m))
        drafts.append(_tail(view, draft))
    return drafts


BALLOTS_MIN = 1000  # "600,000 voters took part"; "12 voters" is no turnout


def _fraction(view: SentenceView, m: re.Match[str]) -> Draft:
    """ "barely one in five" -> 20% (hedged as written)."""
    draft = _draft(view, m)
    share = round(100 / _DENOMINATORS[(m.group("den") or m.group("part")).lower()], 1)
    draft.quantity = Quantity(value=share, unit="percent", hedge=hedge_of(m.group("hedge")), decimals=0,
                              text=view.text[m.start("frac"):m.end()])
    draft.qualifiers.append("fraction")
    if m.group("wplace"):
        place = view.place_at(m.start("wplace"))
        if place is not None and place.end <= m.end("where"):
            draft.places = [place.text]
    return _tail(view, draft)


def _draft(view: SentenceView, m: re.Match[str]) -> Draft:
    draft = Draft(ClaimType.TURNOUT, m.start(), m.end(), m.start(), subject="none", priority=2)
    if _MAYORAL.search(view.text):
        draft.qualifiers.append("mayoral")
    return draft


def _tail(view: SentenceView, draft: Draft) -> Draft:
    """ "turnout was just 31% in Tees Valley": the places named right after."""
    tail = _IN_PLACE.match(view.text, draft.end)
    if tail and not draft.places:
        items, end = view.place_list(tail.end(), lead_in=False)
        if items:
            draft.places, draft.end = [p.text for p in items], end
    return draft


def _number_text(view: SentenceView, m: re.Match[str]) -> str:
    starts = [m.start(g) for g in ("num_vague", "num_hedge", "num_low", "num") if m.group(g)]
    return view.text[min(starts):m.end()].strip() if starts else m.group()
