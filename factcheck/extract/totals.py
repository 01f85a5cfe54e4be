"""A party's total after the election, and the change said beside it: "finished on 276", "taking its total to
526", "were left with a single councillor", "were cut to 21", "one ahead of Labour's 36", "..., up 22",
"..., down a dozen", ": 33 seats, down 12", "won more than half the seats, 9 of 16", "seven fewer than at the
last elections", "went backwards by about 80 seats", "lost 900 councillors and 30 councils" (council_count_change)
and "slipped to third place with 262" (ranking)."""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView, with_tail
from factcheck.extract.numbers import parse_number, parse_ordinal, quantity_from
from factcheck.extract.patterns import (
    RGX_COUNCIL_REF,
    RGX_IMPLIED_UNIT_END,
    RGX_NUMBER,
    RGX_SEAT_NOUN,
    RGX_YEAR,
    quantity,
)
from factcheck.model import ClaimType, Direction, Quantity
from factcheck.regex_cache import lazy

# What follows a total: its noun ("276 councillors") or nothing said ("finished on 276,").
_TOTAL_END = rf"(?:\s+(?:(?:single|solitary|lone)\s+)?(?P<noun>{RGX_SEAT_NOUN})|{RGX_IMPLIED_UNIT_END})"
# "finished on 276", "ended up on 40 seats", "were left with a single councillor", "taking its total to 526".
TOTAL_AFTER = lazy(
    rf"\b(?P<verb>finish(?:ed|es|ing)?\s+(?:up\s+)?on|end(?:ed|s|ing)?\s+(?:up\s+)?on|(?:were|was|been|are|is)\s+left\s+with"
    rf"|(?:tak|bring|push|lift|rais)(?:e|es|ing|ed)?\s+(?:its|their|our|his|her|the\s+party's)\s+(?:total|tally|haul|number)"
    rf"(?:\s+of\s+(?:seats|councillors))?\s+to|took\s+(?:its|their|our)\s+(?:total|tally)\s+to)\s+{quantity()}{_TOTAL_END}",
    re.I,
)
# "were cut to 21", "fell to 11", "were reduced to just two seats in the city".
TOTAL_CUT_TO = lazy(
    rf"\b(?P<verb>(?:(?:were|was|been|are|is)\s+)?(?:cut|reduced|slashed|whittled\s+down)|(?:were|was|are|is)\s+(?:now\s+)?down"
    rf"|fell|dropped|slumped|slipped"
    rf"|sank|shrank|rose|climbed|grew|jumped)\s+to\s+{quantity()}{_TOTAL_END}",
    re.I,
)
# "just one ahead of Labour's 36": the other party's total.
TOTAL_AHEAD_OF = lazy(
    rf"\b(?P<verb>ahead\s+of|behind)\s+(?P<party>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)'s?\s+(?P<num>{RGX_NUMBER})"
    rf"(?:\s+(?P<noun>{RGX_SEAT_NOUN}))?(?!\s*%)"
)
# ", up 22", ", down a dozen", ", up 15 on 2017" after a total: the change beside it.
CHANGE_BESIDE = lazy(
    rf"\s*[,(]\s*(?:(?P<verb>up|down)\s+(?:by\s+)?{quantity()}|(?P<same>unchanged|no\s+change))(?:\s+(?:{RGX_SEAT_NOUN}))?"
    rf"(?:\s+(?:on|from|since|compared\s+(?:with|to))\s+(?:the\s+)?(?P<year>{RGX_YEAR}|last\s+time|last\s+year"
    rf"|the\s+last\s+elections?))?(?=\s*(?:$|[,.;:)]|\s(?:and|but|while|though|on)\b))",
    re.I,
)
# "a thinner group: 33 seats, down 12": a bare total after a colon or dash, with its change beside it.
TALLY_AFTER_COLON = lazy(
    rf"(?P<verb>:|\s[-\u2013\u2014])\s*{quantity()}\s+(?:{RGX_SEAT_NOUN})(?=\s*,\s*(?:up|down|unchanged|no\s+change)\b)",
    re.I,
)
# "won more than half the seats up in Hastings, 9 of 16": a count out of the seats contested.
HALF_THE_SEATS = lazy(
    rf"\b(?P<verb>won|win(?:s|ning)?|took|tak(?:es?|ing)|held|hold(?:s|ing)?|ha(?:s|ve))\s+(?:(?P<over>more\s+than|over"
    rf"|well\s+over|just\s+over)\s+|(?:almost|nearly|under|less\s+than|exactly)\s+)?half\s+(?:of\s+)?the\s+(?:seats|councillors)"
    rf"(?P<where>[^,;.]{{0,60}}?)\s*,\s*(?P<num>{RGX_NUMBER})\s+(?:of|out\s+of)\s+(?P<of>{RGX_NUMBER})\b",
    re.I,
)
# "seven fewer than at the last elections", "12 more than in 2017".
FEWER_THAN = lazy(
    rf"\b{quantity()}\s+(?P<verb>fewer|more|less)\s+(?:seats\s+|councillors\s+)?than\s+(?:at\s+|in\s+)?(?:the\s+)?"
    rf"(?P<year>{RGX_YEAR}|last\s+time|last\s+(?:elections?|year|contests?)|previous\s+(?:elections?|contests?))\b",
    re.I,
)
# "went backwards by about 80 seats", "went forward by 12 seats".
WENT_BACKWARDS = lazy(
    rf"\b(?P<verb>went|go(?:es|ing)?|gone|moved|fell|fall(?:s|ing|en)?|slipp?(?:ed|ing|s)?)\s+(?P<way>backwards?|forwards?|back)"
    rf"\s+by\s+{quantity()}"
    rf"(?:\s+(?P<noun>{RGX_SEAT_NOUN})|{RGX_IMPLIED_UNIT_END})",
    re.I,
)
# " and 48 councils", " and control of 10 councils", " and a dozen councils" after a seat change.
COUNCILS_JOINED = lazy(
    rf"\s*,?\s+and\s+(?:(?:overall\s+)?control\s+of\s+)?{quantity()}\s+(?:more\s+|new\s+)?(?:councils|authorities)\b",
    re.I,
)
# "slipped to third place", "edged back into second place", "climbed to second".
RANK_MOVED = lazy(
    r"\b(?P<verb>slipp(?:ed|ing)|dropp(?:ed|ing)|f[ae]ll(?:ing)?|edg(?:ed|ing)|mov(?:ed|ing)|climb(?:ed|ing)|r[oi]s(?:e|ing)"
    r"|return(?:ed|ing)|bounc(?:ed|ing)|sank|sunk|slid(?:ing)?|crept)\s+(?:back\s+|up\s+|down\s+)?(?:in)?to\s+"
    r"(?P<ord>first|second|third|fourth|fifth|\d(?:st|nd|rd|th))\s+place\b",
    re.I,
)
_WITH_COUNT = lazy(rf"\s+with\s+{quantity()}{_TOTAL_END}", re.I)
_THERE = lazy(r"\s+there\s+$", re.I)
_IN_PLACE = lazy(r"\s+(?:in|on|at|across)\s+", re.I)
_COUNCIL_REF = lazy(RGX_COUNCIL_REF, re.I)
_TOTAL_NEEDLES = ("finish", "end", "left with", "total", "tally", "haul", "number")
_SEAT_WORDS = ("seat", "councillor", "member")
_CUT_NEEDLES = (" to ",)

# The family runs only on a sentence holding one of these (every pattern's needles contains one of them).
CUES = (*_TOTAL_NEEDLES, *_CUT_NEEDLES, "ahead of", "behind", "than", *_SEAT_WORDS, "half", "backward", "forward",
        " back by", "place")


def find(view: SentenceView) -> list[Draft]:
    """Every total, and every change said beside a total, in a sentence."""
    drafts: list[Draft] = []
    for m in view.scan(TOTAL_AFTER, *_TOTAL_NEEDLES):
        drafts.append(_total(view, m))
    for m in view.scan(TOTAL_CUT_TO, *_CUT_NEEDLES):
        draft = _total(view, m)
        down = re.search(r"cut|reduc|slash|whittl|fell|drop|slump|slip|sank|shrank|down", m.group("verb"), re.I)
        draft.direction = Direction.DOWN if down else Direction.UP
        _there(view, draft)
        drafts.append(draft)
    for m in view.scan(TOTAL_AHEAD_OF, "ahead of", "behind"):
        party = view.party_at(m.start("party"), m.end("party"))
        value, _ = parse_number(m.group("num"))
        if party is None or value is None:
            continue
        draft = Draft(ClaimType.SEAT_COUNT, m.start(), m.end(), m.start("party"), party=party.text, priority=2,
                      place_ref="previous")
        draft.quantity = Quantity(value=value, unit="seats", text=m.group("num"))
        drafts.append(draft)
    for m in view.scan(FEWER_THAN, "than"):
        draft = Draft(ClaimType.SEAT_CHANGE, m.start(), m.end(), m.start(), subject="previous", place_ref="previous",
                      priority=2)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", m.group())
        draft.direction = Direction.GAIN if m.group("verb").lower() == "more" else Direction.LOSS
        year = m.group("year")
        draft.baseline = year if re.fullmatch(RGX_YEAR, year) else None
        drafts.append(draft)
    for m in view.scan(TALLY_AFTER_COLON, *_SEAT_WORDS):
        start = m.start("num_hedge") if m.group("num_hedge") else m.start("num")
        draft = Draft(ClaimType.SEAT_COUNT, start, m.end(), m.start("verb"), subject="nearest",
                      place_ref="previous", priority=2)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", view.text[start:m.end()])
        drafts.append(draft)
    for m in view.scan(HALF_THE_SEATS, "half"):
        drafts.append(_half_the_seats(view, m))
    for m in view.scan(WENT_BACKWARDS, "backward", "forward", " back by"):
        draft = Draft(ClaimType.SEAT_CHANGE, m.start(), m.end(), m.start("verb"), priority=2)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", m.group())
        draft.direction = Direction.GAIN if m.group("way").lower().startswith("forward") else Direction.LOSS
        drafts.append(with_tail(view, draft))
    for m in view.scan(RANK_MOVED, "place"):
        draft = Draft(ClaimType.RANKING, m.start(), m.end(), m.start("verb"), priority=2)
        draft.quantity = Quantity(value=parse_ordinal(m.group("ord")), unit="rank", text=m.group("ord"))
        drafts.append(draft)
        count = _WITH_COUNT.match(view.text, m.end())
        if count:  # "slipped to third place with 262"
            with_word = count.start() + len(count.group()) - len(count.group().lstrip())
            total = Draft(ClaimType.SEAT_COUNT, with_word, count.end(), count.start("num"), priority=2,
                          subject="previous")
            total.quantity = quantity_from(count.groupdict(), "num", "seats", count.group().strip())
            drafts.append(total)
    return drafts + changes_beside(view, drafts)


def changes_beside(view: SentenceView, drafts: list[Draft]) -> list[Draft]:
    """ "won 453 seats, up 22": a seat change beside a total; "lost 900 seats and 30 councils": a council count."""
    found: list[Draft] = []
    for draft in drafts:
        if draft.type == ClaimType.SEAT_COUNT:
            m = CHANGE_BESIDE.match(view.text, draft.end)
            if m is None:
                continue
            head = m.start("same") if m.group("same") else m.start("verb")
            change = Draft(ClaimType.SEAT_CHANGE, head, m.end(), head, subject="previous",
                           place_ref="previous", priority=2, qualifiers=["beside_total"])
            if m.group("same"):  # "held 14, unchanged": no net change
                change.quantity = Quantity(value=0, unit="seats", text=m.group("same"))
                change.direction = Direction.NONE
            else:
                change.quantity = quantity_from(m.groupdict(), "num", "seats", view.text[head:m.end()])
                change.direction = Direction.GAIN if m.group("verb").lower() == "up" else Direction.LOSS
            year = m.group("year")
            change.baseline = year if year and re.fullmatch(RGX_YEAR, year) else None
            found.append(change)
        elif draft.type == ClaimType.SEAT_CHANGE and draft.direction in (Direction.GAIN, Direction.LOSS):
            m = COUNCILS_JOINED.match(view.text, draft.end)
            if m is None:
                continue
            start = m.start() + len(m.group()) - len(m.group().lstrip(" ,"))
            councils = Draft(ClaimType.COUNCIL_COUNT_CHANGE, start, m.end(), start, subject="previous",
                             place_ref="previous", direction=draft.direction, priority=3)
            councils.quantity = quantity_from(m.groupdict(), "num", "councils", m.group().strip(" ,"))
            found.append(councils)
    return found


def _half_the_seats(view: SentenceView, m: re.Match[str]) -> Draft:
    draft = Draft(ClaimType.SEAT_COUNT, m.start(), m.end(), m.start("verb"), priority=3,
                  qualifiers=["majority"] if m.group("over") else [])
    value, _ = parse_number(m.group("num"))
    out_of, _ = parse_number(m.group("of"))
    draft.quantity = Quantity(value=value, unit="seats", text=view.text[m.start("num"):m.end()])
    if out_of is not None:
        draft.qualifiers.append(f"of:{out_of:g}")
    draft.places = [p.text for p in view.places if m.start("where") <= p.start < m.end("where")][:1]
    return draft


def _total(view: SentenceView, m: re.Match[str]) -> Draft:
    draft = Draft(ClaimType.SEAT_COUNT, m.start(), m.end(), m.start("verb"), priority=2)
    if m.group("noun") is None:
        draft.end = m.end("num")
        draft.qualifiers.append("implied_unit")
    draft.quantity = quantity_from(m.groupdict(), "num", "seats", view.text[m.start("verb"):draft.end])
    return draft


def _there(view: SentenceView, draft: Draft) -> None:
    """ "The Tories there were cut to 21", "... to two seats in the city", "... to 9 in Fife": where."""
    if _THERE.search(view.text, max(0, draft.verb - 8), draft.verb):
        draft.place_ref = "there"
    tail = _IN_PLACE.match(view.text, draft.end)
    if tail is None:
        return
    council = _COUNCIL_REF.match(view.text, tail.end())
    items, end = view.place_list(tail.end(), lead_in=False)
    if items:
        draft.places, draft.end = [p.text for p in items], end
    elif council:
        draft.place_ref, draft.end = "council", council.end()
