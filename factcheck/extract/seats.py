"""Seat claims: seat_change ("lost 3 in Sunderland"), seat_count ("went from 19 seats to 26") and
council_count_change ("won 22 new councils")."""

from __future__ import annotations

import re

from factcheck.extract.draft import Draft, SentenceView, with_tail
from factcheck.extract.numbers import hedge_of, parse_number, quantity_from
from factcheck.extract.patterns import (
    CHANGE_VERB_NEEDLES as _VERBS,
)
from factcheck.extract.patterns import (
    NUMBERISH_NEEDLES as _NUMBERISH,
)
from factcheck.extract.patterns import (
    RGX_GAIN_VERB,
    RGX_HOLD_VERB,
    RGX_IMPLIED_UNIT_END,
    RGX_LOSS_VERB,
    RGX_NUMBER,
    RGX_NUMBER_WORD,
    RGX_OF_TOTAL,
    RGX_SEAT_ADJ,
    RGX_SEAT_NOUN,
    RGX_YEAR,
    quantity,
)
from factcheck.extract.totals import changes_beside
from factcheck.model import ClaimType, Direction, Hedge, Quantity
from factcheck.regex_cache import lazy

# "gained 4 seats", "lost 3 councillors", "lost 4" (councillors implied), "won 22 new Labour councils".
SEAT_DELTA = lazy(
    rf"\b(?P<verb>{RGX_GAIN_VERB}|{RGX_LOSS_VERB})\s+(?:(?P<net>a\s+net|net)\s+(?:total\s+of\s+)?)?"
    rf"{quantity()}(?:\s+(?P<adj>{RGX_SEAT_ADJ})?"
    rf"(?:(?P<noun>{RGX_SEAT_NOUN})|(?P<councils>(?:(?P<cparty>(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))\s+)?"
    rf"(?:councils?|authorities|local\s+authorities)\b))|{RGX_IMPLIED_UNIT_END})",
    re.I,
)
# "won seats", "lost seats", "lost a handful of seats": a direction without a number.
SEAT_BARE = lazy(
    rf"\b(?P<verb>{RGX_GAIN_VERB}|{RGX_LOSS_VERB})\s+(?P<how>(?:a\s+)?(?:handful|clutch|raft|string|swathe|number)"
    rf"\s+of\s+|(?:many|several|some|lots\s+of|plenty\s+of)\s+)?(?:council\s+)?(?:seats|councillors)\b(?!\s+(?:than|to))",
    re.I,
)
_WON = lazy(r"w[oi]n|took|tak(?:e|en|es|ing)", re.I)
# "fell by 9 seats", "rose by three councillors", "were down 4 seats", "is up 2 seats": a change by a number of seats.
SEAT_MOVED_BY = lazy(
    rf"\b(?P<verb>(?P<down>fell|fall(?:s|ing|en)?|dropp(?:ed|ing)|drops?|slipp(?:ed|ing)|slips?|slump(?:ed|s|ing)?"
    rf"|declin(?:ed|es|ing)|decreas(?:ed|es|ing)|shr[aiu]nk|shrinks?)|rose|ris(?:e|es|ing|en)|climb(?:ed|s|ing)?"
    rf"|increas(?:ed|es|ing)|grew|grow(?:s|ing|n)?|jump(?:ed|s|ing)?|went\s+(?P<way>up|down)"
    rf"|(?:are|is|was|were|ended|finished)\s+(?P<state>up|down))\s+(?:by\s+)?{quantity()}"
    rf"(?:\s+(?P<noun>{RGX_SEAT_NOUN})|(?=\s+to\s+(?:\d|{RGX_NUMBER_WORD})))",
    re.I,
)
# Needles for SEAT_MOVED_BY's verbs and SEAT_ALL_LOST's (RGX_LOSS_VERB's stems).
_MOVED_VERBS = ("fell", "fall", "drop", "slip", "slump", "declin", "decreas", "shr", "rose", "rise", "risen",
                "rising", "climb", "increas", "grew", "grow", "jump", " up", " down")
_SEAT_NOUNS = ("seat", "councillor", "cllr", "ward", "members")  # needles for RGX_SEAT_NOUN
_LOSS_STEMS = ("los", "shed", "drop", "gave up", "give up", "giving up", "surrender", "conced", "ced")
# "made significant gains", "suffered heavy losses".
SEAT_MADE = lazy(
    r"\b(?P<verb>made|making|make|makes|recorded|posted|saw|enjoyed|suffered|racked\s+up|notched\s+up|chalked\s+up)"
    r"\s+(?P<adj>(?:(?:some|big|significant|important|huge|major|substantial|sweeping|modest|small|heavy|serious"
    r"|strong|further|net|real|considerable|massive|notable|dramatic|widespread|large|steady|solid|impressive"
    r"|good|decent|limited|minor|marginal)\s+(?:and\s+)?)*)(?P<what>gains|losses|seat\s+gains|seat\s+losses)\b"
    rf"(?!\s+of\s+(?:just\s+|only\s+|around\s+|about\s+|over\s+|more\s+than\s+)?(?:\d|{RGX_NUMBER_WORD}\b))",
    re.I,
)
# "made a net gain of 536 seats", "a loss of 40 councillors".
_NOMINAL_HEAD = (
    r"\b(?P<verb>made|recorded|posted|saw|with|suffered|enjoyed|secured|achieved)\s+(?:a\s+)?(?P<net>net\s+)?"
    r"(?P<what>gain|loss|increase|decrease|fall|rise)\s+of\s+"
)
SEAT_NOMINAL = lazy(rf"{_NOMINAL_HEAD}{quantity()}\s+(?:{RGX_SEAT_ADJ})?{RGX_SEAT_NOUN}", re.I)
# "increasing our number of councillors by 536", "taking its tally of seats to 40".
_BY_HEAD = (
    r"\b(?P<verb>increas\w*|boost\w*|rais\w*|grow\w*|grew|cut|cutting|reduc\w*|swell\w*|tak(?:e|es|ing)|took"
    r"|bring\w*|brought|push\w*)\s+(?P<owner>its|their|our|his|her|the\s+party's)\s+(?:number|tally|total|count|haul)"
    r"\s+of\s+(?:council\s+)?(?:seats|councillors)\s+(?P<prep>by|to)\s+"
)
SEAT_BY = lazy(rf"{_BY_HEAD}{quantity()}", re.I)
# "rose from 12 seats in 2016 to 21 seats".
_FROM_TO_HEAD = (
    r"\b(?P<verb>went|go(?:es|ing)?|gone|rose|ris(?:e|es|ing)|fell|fall(?:s|ing)?|increased|jumped|climbed|dropped"
    r"|grew|moved|slumped|shr[aiu]nk|shrinks|shrinking|swelled|dwindled|sank|slid)\s+from\s+"
)
SEAT_FROM_TO = lazy(
    rf"{_FROM_TO_HEAD}(?P<from>{RGX_NUMBER})\s+(?P<noun1>{RGX_SEAT_NOUN}\s+)?"
    rf"(?:(?:in|at|after)\s+(?P<year>{RGX_YEAR})\s+)?to\s+(?P<to>{RGX_NUMBER})(?P<noun2>\s+{RGX_SEAT_NOUN})?",
    re.I,
)
# "elected 3 councillors to X Council", "now has 40 seats".
SEAT_HELD = lazy(
    rf"\b(?P<verb>elected|returned|ha(?:s|ve)|had|holds?|held|now\s+ha(?:s|ve)|ended\s+(?:up\s+)?with|finished\s+with"
    rf"|on|with)\s+{quantity()}\s+(?:{RGX_SEAT_ADJ})?{RGX_SEAT_NOUN}"
    rf"(?!\s+(?:changing|going|falling|up\s+for|being|still|left|to\s+be|contested|in\s+play|declared|counted))",
    re.I,
)
# "the SNP are on 36", "Labour now sit on 21": a running tally with the seats understood (not "on 36%").
SEAT_ON = lazy(
    r"\b(?P<verb>(?:are|is|were|was|now|sit|sits|sat|stand|stands|stood)\s+on)\s+(?P<num>\d{1,3})"
    r"(?=\s*(?:[,.;)]|$|\s+(?:and|with|after|so|while|in|at)\b))",
    re.I,
)
# "lose both their councillors", "lost all four seats", "lost every one of the five seats they defended".
SEAT_ALL_LOST = lazy(
    rf"\b(?P<verb>{RGX_LOSS_VERB})\s+(?:(?P<both>both)|all|every\s+(?:one|single\s+one)\s+of)\s+(?:of\s+)?"
    rf"(?:the|their|its|his|her|our)?\s*(?P<num>{RGX_NUMBER})?\s*(?:{RGX_SEAT_ADJ})?(?:seats|councillors)\b",
    re.I,
)
# "hold the most seats, though short of a majority, in A, B and C".
SEAT_MOST = lazy(
    r"\b(?P<verb>ha(?:ve|s|d)|hold(?:s|ing)?|held|won|win(?:s|ning)?|with|took|tak(?:e|es|ing)|returned)\s+(?:the\s+)?"
    r"most\s+(?:seats|councillors)(?P<nomaj>\s*\(?\s*,?\s*but\s+(?:not|short\s+of)\s+(?:a|an\s+overall)\s+majority\s*\)?)?",
    re.I,
)
# "the decline of Labour ... continued".
SEAT_TREND = lazy(
    r"\b(?P<what>decline|collapse|slump|retreat|fall|rise|advance|surge|revival|recovery)\s+of\s+"
    r"(?P<party>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})[^.;]{0,120}?"
    r"\b(?P<verb>continued|continues|went\s+on|carried\s+on|deepened|accelerated|gathered\s+pace)\b"
)
# "the Green results fell short of their 2019 peak".
SEAT_RESULTS_VS = lazy(
    rf"\bresults?\s+(?P<verb>were|was|are|is)\s+(?:\w+\s+)?(?P<dir>down|up|worse|better|lower|higher)\s+"
    rf"(?:on|than|from|compared\s+(?:with|to))\s+(?:the\s+|those\s+of\s+)?"
    rf"(?:(?:high|low)\s+(?:point|water\s+mark)\s+of\s+|(?:results?|elections?)\s+(?:of|in)\s+)?"
    rf"(?P<year>{RGX_YEAR}|last\s+time|last\s+year)",
    re.I,
)
# "they all went to the Tories": losses named just before went to one party.
SEAT_WENT_TO = lazy(
    r"\b(?:they|these|those|which|the\s+(?:losses|seats|gains))\s+(?:have\s+)?(?P<all>all|mostly|largely|mainly|both)"
    r"\s+(?P<verb>went|gone|go|fell)\s+to\s+(?P<party>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
)
# "won 27 of the 48 seats", "winning 36 out of 55", "now holds 40 of the council's 60 seats".
SEAT_OF_TOTAL = lazy(
    rf"\b(?P<verb>{RGX_GAIN_VERB}|{RGX_HOLD_VERB}|ha(?:s|ve|d)|now\s+ha(?:s|ve)|with|secur(?:ed|es?|ing))\s+"
    rf"{quantity()}(?P<noun1>\s+{RGX_SEAT_NOUN})?\s+{RGX_OF_TOTAL}",
    re.I,
)
# ", 2 in Bolton", " and 1 in Wakefield": one more count for the same verb, the verb elided.
SEAT_ELIDED = lazy(
    rf"\s*(?:,\s*(?:and\s+|while\s+|with\s+)?|\s+and\s+)(?:(?P<party>(?-i:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}}))"
    rf"\s+)?(?:(?:another|a\s+further)\s+)?{quantity()}"
    rf"(?P<noun>\s+{RGX_SEAT_ADJ}?{RGX_SEAT_NOUN})?\s+(?:in|on|at|across)\s+(?=(?:the\s+)?[A-Z])",
    re.I,
)
# "won two-thirds of the seats", "took almost half the seats on the council": a share of the seats.
SEAT_FRACTION = lazy(
    r"\b(?P<verb>won|win(?:ning|s)?|took|tak(?:e|es|ing)|secured|hold(?:s|ing)?|held|ha(?:s|ve|d))\s+"
    r"(?P<num_hedge>(?:just|well|comfortably)\s+(?:over|under)|almost|nearly|around|about|roughly|more\s+than|over"
    r"|under)?\s*(?P<num>half|(?:a|one|two)[\s-](?:third|quarter|fifth)s?|three[\s-]quarters|two[\s-]fifths"
    r"|three[\s-]fifths)\s+(?:of\s+)?(?:the|all\s+the|its|their)\s+(?:council\s+)?(?:seats|councillors)\b",
    re.I,
)
# "doubled their councillors", "halved its number of seats".
SEAT_MULTIPLIED = lazy(
    r"\b(?P<verb>doubl(?:ed|es?|ing)|trebl(?:ed|es?|ing)|tripl(?:ed|es?|ing)|quadrupl(?:ed|es?|ing)|halv(?:ed|es?|ing))"
    r"\s+(?P<owner>its|their|our|his|her|the\s+party's)\s+(?:(?:previous|existing|former)\s+)?(?:(?:(?:number|tally|total"
    r"|count|haul)\s+of\s+)?(?:council\s+)?(?:seats|councillors)|tally|representation|group)\b",
    re.I,
)
_MORE_THAN_BEFORE = lazy(r"\b(?:more\s+than|over|at\s+least)\s+$", re.I)
_MULTIPLIERS = {"doubl": 2.0, "trebl": 3.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_OF_TOTAL_GATE = lazy(
    rf"\bof\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?(?:\S+'s\s+)?(?:\d|{RGX_NUMBER_WORD}\b)", re.I)
_PARTICIPLE_CLAUSE = lazy(r",\s*(?:\w+ly\s+)?$")
_GAIN = lazy(RGX_GAIN_VERB, re.I)
_IMPLIED_END = lazy(RGX_IMPLIED_UNIT_END, re.I)
# "the Greens' group on the council shrank from 20 to seven": the verb's subject is a group of councillors.
_GROUP_BEFORE = lazy(r"\b(?:group|contingent|tally|number\s+of\s+(?:seats|councillors))(?:\s+(?:on|in)\s+(?:the\s+)?\w+"
                     r"(?:\s+\w+)?)?\s+(?:has\s+|had\s+)?$", re.I)
_TO_RIVAL = lazy(r"\s+to\s+(?P<party>(?-i:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))'s?\s+(?P<num>\d{1,3})\b")
_PLACE_AFTER = lazy(r"\s+(?:in|on|at|across)\s+")
_NAMED_AFTER = lazy(r"\s*(?:[:,]|\s-|\s+namely)\s*")  # "lost two councils, " before the councils' names
# "taking three councils that had been hung in Ashby, Carnforth and Dunmore": named later in the clause.
_NAMED_LATER = lazy(r"\s+(?:that|which)\s+[^,.;:()]{0,60}?\s+in\s+(?=[A-Z])")
# Gates: the heads of the patterns above, cheap to compile, so a sentence without one never compiles the rest.
_NOMINAL_GATE = lazy(_NOMINAL_HEAD, re.I)
_BY_GATE = lazy(_BY_HEAD, re.I)
_FROM_TO_GATE = lazy(_FROM_TO_HEAD, re.I)


def find(view: SentenceView) -> list[Draft]:
    """Every seat claim in a sentence."""
    drafts: list[Draft] = []
    has_verb = view.has_any(_VERBS)
    for m in view.scan(SEAT_DELTA, *_NUMBERISH) if has_verb else ():
        delta = _delta(view, m)
        drafts.append(_councils_named(view, delta) or delta)
        rival = _TO_RIVAL.match(view.text, m.end())
        if rival and delta.type in (ClaimType.SEAT_CHANGE, ClaimType.SEAT_COUNT):
            drafts.extend(_against_rival(view, m, delta, rival))
        last = drafts[-1]
        if last.type in (ClaimType.SEAT_CHANGE, ClaimType.SEAT_COUNT) and (last.places or last.place_ref):
            drafts.extend(_elided(view, drafts[-1]))
    counted = has_verb or view.has_any((" with ", " ha"))
    for m in view.scan(SEAT_OF_TOTAL, " of ", gate=_OF_TOTAL_GATE) if counted else ():
        draft = _of_total(view, m)
        if draft is not None:
            drafts.append(draft)
    for m in view.scan(SEAT_FRACTION, "half", "third", "quarter", "fifth"):
        fraction, _ = parse_number(m.group("num").replace("-", " "))
        if fraction is None:
            continue
        draft = _new(ClaimType.SEAT_COUNT, m, view, priority=3)
        hedge = hedge_of(m.group("num_hedge")) if m.group("num_hedge") else Hedge.AROUND  # as precise as a fraction
        draft.quantity = Quantity(value=round(100 * fraction, 1), unit="seat_share", hedge=hedge,
                                  text=view.text[m.end("verb"):m.end()].strip())
        drafts.append(with_tail(view, draft))
    for m in view.scan(SEAT_MULTIPLIED, "doubl", "trebl", "tripl", "quadrupl", "halv"):
        draft = _new(ClaimType.SEAT_CHANGE, m, view, priority=2)
        stem = next(k for k in _MULTIPLIERS if m.group("verb").lower().startswith(k))
        draft.direction = Direction.LOSS if _MULTIPLIERS[stem] < 1 else Direction.GAIN
        draft.qualifiers.append(f"ratio:{_MULTIPLIERS[stem]:g}")
        if _MORE_THAN_BEFORE.search(view.text, max(0, m.start() - 20), m.start()):
            draft.qualifiers.append("ratio_at_least")  # "more than doubling": at least twice
        draft.subject = "we" if m.group("owner").lower() == "our" else "auto"
        drafts.append(with_tail(view, draft))
    for m in view.scan(SEAT_NOMINAL, " of ", gate=_NOMINAL_GATE):
        if re.search(r"(?:predict|forecast|expect|anticipat|project)\w*\s+(?:\w+\s+)?$", view.text[: m.start("what")]):
            continue
        draft = _new(ClaimType.SEAT_CHANGE, m, view, priority=2)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", m.group())
        draft.direction = Direction.GAIN if m.group("what").lower() in ("gain", "increase", "rise") else Direction.LOSS
        draft.qualifiers += ["net"] if m.group("net") else []
        drafts.append(draft)
    for m in view.scan(SEAT_BARE, "seats", "councillors") if has_verb else ():
        if _WON.match(m.group("verb")):  # "won (a handful of) seats": some, not more than before
            draft = _new(ClaimType.SEAT_COUNT, m, view, priority=0)
            draft.qualifiers.append("won_some")
        else:
            draft = _new(ClaimType.SEAT_CHANGE, m, view, priority=0)
            draft.direction = _direction(m.group("verb"))
        draft.subject = "explicit"
        drafts.append(draft)
    for m in view.scan(SEAT_MOVED_BY, *_MOVED_VERBS) if view.has_any(_NUMBERISH) else ():
        draft = _new(ClaimType.SEAT_CHANGE, m, view, priority=2)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", view.text[m.end("verb"):m.end()].strip())
        down = m.group("down") or "down" in ((m.group("way") or "") + (m.group("state") or "")).lower()
        draft.direction = Direction.LOSS if down else Direction.GAIN
        drafts.append(with_tail(view, draft))
    for m in view.scan(SEAT_MADE, "gains", "losses"):
        draft = _new(ClaimType.SEAT_CHANGE, m, view, priority=0)
        draft.direction = Direction.GAIN if "gain" in m.group("what").lower() else Direction.LOSS
        adjectives = m.group("adj").split()
        draft.qualifiers += [w.lower() for w in adjectives if w.lower() not in ("and", "some")][:1]
        drafts.append(draft)
    for m in view.scan(SEAT_BY, "number of", "tally of", "total of", "count of", "haul of", gate=_BY_GATE):
        by = m.group("prep").lower() == "by"
        draft = _new(ClaimType.SEAT_CHANGE if by else ClaimType.SEAT_COUNT, m, view, priority=2)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", m.group())
        down = re.match(r"cut|reduc", m.group("verb"), re.I)
        draft.direction = (Direction.LOSS if down else Direction.GAIN) if by else Direction.NONE
        draft.subject = "we" if m.group("owner").lower() == "our" else "auto"
        drafts.append(draft)
    for m in view.scan(SEAT_FROM_TO, " from ", gate=_FROM_TO_GATE):
        group = _GROUP_BEFORE.search(view.text, 0, m.start())
        if not (m.group("noun1") or m.group("noun2") or group):
            continue  # "rose from 12 to 21" counts seats only when said of seats or of a group
        draft = _new(ClaimType.SEAT_COUNT, m, view, priority=3)
        owner = view.party_at(group.start() - 3) if group else None  # "the Greens' group", "Labour's group"
        if owner is not None and view.text[owner.end:group.start()].strip() in ("'s", "'"):
            draft.party = owner.text
        value, _ = parse_number(m.group("to"))
        before, _ = parse_number(m.group("from"))
        if value is None:
            continue
        draft.quantity = Quantity(value=value, unit="seats", text=m.group())
        draft.baseline = m.group("year")
        draft.qualifiers.append(f"from:{before:g}" if before is not None else "from:?")
        draft.direction = Direction.UP if before is not None and value > before else Direction.DOWN
        drafts.append(with_tail(view, draft))
    for m in view.scan(SEAT_HELD, *_SEAT_NOUNS):
        more = re.search(r"\b(?:more|extra|additional|fewer)\b", m.group(), re.I)
        draft = _new(ClaimType.SEAT_CHANGE if more else ClaimType.SEAT_COUNT, m, view, priority=1)
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", m.group())
        if more:
            draft.direction = Direction.LOSS if more.group().lower() == "fewer" else Direction.GAIN
        drafts.append(with_tail(view, draft))
    for m in view.scan(SEAT_ON, "are on", "is on", "were on", "was on", "now on", "sit on", "sits on", "sat on",
                       "stand on", "stands on", "stood on"):
        draft = _new(ClaimType.SEAT_COUNT, m, view, priority=1)
        draft.quantity = Quantity(value=float(m.group("num")), unit="seats", text=m.group("num"))
        draft.qualifiers.append("implied_unit")
        drafts.append(with_tail(view, draft))
    for m in view.scan(SEAT_ALL_LOST, *_LOSS_STEMS) if view.has_any(("both", "all ", "every")) else ():
        value = 2.0 if m.group("both") else (parse_number(m.group("num"))[0] if m.group("num") else None)
        if value is None:
            continue  # "lost all their seats": how many is not said
        draft = _new(ClaimType.SEAT_CHANGE, m, view, priority=2)
        draft.quantity = Quantity(value=value, unit="seats", text=m.group("both") or m.group("num"))
        draft.direction = Direction.LOSS
        drafts.append(with_tail(view, draft))
    for m in view.scan(SEAT_MOST, "most "):
        draft = _new(ClaimType.SEAT_COUNT, m, view, priority=2)
        draft.qualifiers.append("most_seats")
        if m.group("nomaj"):
            draft.qualifiers.append("no_majority")
        drafts.append(with_tail(view, draft))
    for m in view.scan(SEAT_TREND, "continu", "went on", "carried on", "deepen", "accelerat", "gathered"):
        party = view.party_at(m.start("party"), m.end("party"))
        if party is None:
            continue
        draft = _new(ClaimType.SEAT_CHANGE, m, view, priority=1)
        draft.party, draft.verb = party.text, m.start()
        down = m.group("what").lower() in ("decline", "collapse", "slump", "retreat", "fall")
        draft.direction = Direction.LOSS if down else Direction.GAIN
        draft.qualifiers.append("trend")
        drafts.append(draft)
    for m in view.scan(SEAT_RESULTS_VS, "result"):
        draft = _new(ClaimType.SEAT_CHANGE, m, view, priority=1)
        party = view.party_at(max(0, m.start() - 30), m.start())
        if party is not None:
            draft.party, draft.start = party.text, min(party.start, m.start())
        draft.direction = Direction.DOWN if m.group("dir").lower() in ("down", "worse", "lower") else Direction.UP
        draft.baseline = m.group("year")
        drafts.append(draft)
    for m in view.scan(SEAT_WENT_TO, "went to", "gone to", "go to", "fell to"):
        party = view.party_at(m.start("party"), m.end("party"))
        if party is None:
            continue
        draft = _new(ClaimType.SEAT_CHANGE, m, view, priority=1)
        draft.verb = m.start()
        draft.other_party = party.text
        draft.direction = Direction.LOSS
        draft.place_ref = "refers"
        draft.qualifiers += [m.group("all").lower(), f"to:{party.text}"]
        drafts.append(draft)
    return drafts + changes_beside(view, drafts)


def _new(kind: ClaimType, m: re.Match[str], view: SentenceView, priority: int) -> Draft:
    return Draft(type=kind, start=m.start(), end=m.end(), verb=m.start("verb"), priority=priority)


def _direction(verb: str) -> Direction:
    return Direction.GAIN if _GAIN.fullmatch(verb) else Direction.LOSS


def _delta(view: SentenceView, m: re.Match[str]) -> Draft:
    councils = bool(m.group("councils"))
    kind = ClaimType.COUNCIL_COUNT_CHANGE if councils else ClaimType.SEAT_CHANGE
    draft = _new(kind, m, view, priority=2)
    unit = "councils" if councils else "seats"
    draft.quantity = quantity_from(m.groupdict(), "num", unit, view.text[m.start("num_vague") if m.group(
        "num_vague") else (m.start("num_hedge") if m.group("num_hedge") else m.start("num")):m.end()].strip())
    draft.direction = _direction(m.group("verb"))
    adjective = (m.group("adj") or "").strip().lower()
    if adjective == "new" or adjective.startswith("new"):
        draft.qualifiers.append("gross")
    if m.group("net") or adjective == "net":
        draft.qualifiers.append("net")
    if councils and m.group("cparty"):
        party = view.party_at(m.start("cparty"), m.end("cparty"))
        if party is not None:
            draft.party = party.text
    if not m.group("noun") and not councils:
        draft.end = m.end("num")
        draft.qualifiers.append("implied_unit")
    with_tail(view, draft)
    if _is_count(m, draft):  # "won 37 seats": how many seats the party holds after this election
        draft.type, draft.direction = ClaimType.SEAT_COUNT, Direction.NONE
        draft.priority = 3
    return draft


def _against_rival(view: SentenceView, m: re.Match[str], draft: Draft, rival: re.Match[str]) -> list[Draft]:
    """ "winning 30 seats to Labour's 18": two seat counts side by side, not seats taken from Labour."""
    party = view.party_at(rival.start("party"), rival.end("party"))
    if party is None:
        return []
    draft.other_party, draft.end = None, m.end()
    if m.group("verb").lower().startswith(("won", "win")) and m.group("noun") and not m.group("adj"):
        draft.type, draft.direction, draft.priority = ClaimType.SEAT_COUNT, Direction.NONE, 3
    if draft.type != ClaimType.SEAT_COUNT:
        return []
    count = Draft(ClaimType.SEAT_COUNT, party.start, rival.end(), party.start, party=party.text, subject="none",
                  places=list(draft.places), place_ref=draft.place_ref, priority=2)
    count.quantity = Quantity(value=float(rival.group("num")), unit="seats", text=rival.group("num"))
    after = _PLACE_AFTER.match(view.text, rival.end())
    place = view.place_at(after.end()) if after and not draft.places else None
    if place is not None:  # "won 9 seats to Labour's 6 in Amber Valley": the place of both
        draft.places = count.places = [place.text]
    return [count]


def _councils_named(view: SentenceView, draft: Draft) -> Draft | None:
    """ "lost two councils, Dudley and Walsall": control of each council named, when they are all of them."""
    if draft.type != ClaimType.COUNCIL_COUNT_CHANGE or draft.quantity is None or not draft.quantity.value:
        return None
    lead = _NAMED_AFTER.match(view.text, draft.end) or _NAMED_LATER.match(view.text, draft.end)
    items, end = view.place_list(lead.end(), lead_in=False) if lead else ([], draft.end)
    if len(items) != draft.quantity.value:
        return None
    return Draft(ClaimType.COUNCIL_CONTROL, draft.start, end, draft.verb, places=[p.text for p in items],
                 direction=draft.direction, priority=draft.priority, qualifiers=["councils_named"])


_ON_COUNCIL = lazy(r"\s+on\s+(?:the\s+)?(?!way\b)", re.I)  # "taking 17 seats on the 40-member council"


def _is_count(m: re.Match[str], draft: Draft) -> bool:
    """ "won 37 seats", "won 4 in Bridgend" and "taking 17 seats on the council" count seats won; "won 4 new seats",
    "won 5 seats from Labour" and "won dozens" are gains."""
    verb = m.group("verb").lower()
    implied = "implied_unit" in draft.qualifiers and draft.place_ref != "there"  # "won 4 in Bridgend"
    on_council = verb.startswith(("took", "tak")) and _ON_COUNCIL.match(m.string, m.end())  # "taking 17 seats on X"
    return (draft.type == ClaimType.SEAT_CHANGE and (verb.startswith(("won", "win")) or bool(on_council))
            and (bool(m.group("noun")) or implied)
            and not m.group("adj") and not m.group("net") and not m.group("num_vague")
            and not re.match(r"an?\b", m.group("num"), re.I)
            and draft.other_party is None and "back" not in verb)


def _of_total(view: SentenceView, m: re.Match[str]) -> Draft | None:
    """ "won 27 of the 48 seats": a seat count out of a total (qualifier "of:48")."""
    if not (m.group("noun1") or m.group("noun2") or _IMPLIED_END.match(view.text, m.end())):
        return None  # "won 5 of the 6 councils", "2 of the 3 mayors": not seats
    total, _ = parse_number(m.group("total"))
    count = quantity_from(m.groupdict(), "num", "seats", view.text[m.start("num"):m.end()].strip())
    if total is None or count is None or count.value is None or count.value > total:
        return None
    draft = _new(ClaimType.SEAT_COUNT, m, view, priority=3)
    draft.quantity = count
    draft.qualifiers.append(f"of:{total:g}")
    with_tail(view, draft)
    owner = view.place_at(m.start("place_owner")) if m.group("place_owner") else None
    if owner is not None and not draft.places:  # "won 21 of Redditch's 27 seats"
        draft.places = [owner.text]
    if not draft.places and not draft.place_ref and _PARTICIPLE_CLAUSE.search(view.text, 0, m.start()):
        before = view.places_before(m.start())  # "took control of Somerset, winning 36 of the 55 seats"
        if before:
            draft.places = [before[-1].text]
    if not draft.places and not draft.place_ref and not view.places_before(m.start()):
        draft.place_ref = "there"  # a count out of a council's seats is about the council named last
    return draft


def _elided(view: SentenceView, first: Draft) -> list[Draft]:
    """ "lost 3 seats in Bury and 2 in Bolton": one more seat change per count whose verb is elided."""
    drafts: list[Draft] = []
    pos = first.end
    while (m := SEAT_ELIDED.match(view.text, pos)) is not None:
        items, end = view.place_list(m.end(), lead_in=False)
        party = view.party_at(m.start("party"), m.end("party")) if m.group("party") else None
        if not items or (m.group("party") and party is None):
            break
        number = m.start("num_vague") if m.group("num_vague") else m.start("num_hedge") if m.group(
            "num_hedge") else m.start("num")
        start = party.start if party else number
        draft = Draft(first.type, start, end, start, direction=first.direction, priority=2,
                      places=[p.text for p in items], party=party.text if party else None)
        unit_end = m.end("noun") if m.group("noun") else m.end("num")
        draft.quantity = quantity_from(m.groupdict(), "num", "seats", view.text[number:unit_end].strip())
        draft.qualifiers += ["elided_verb"] + ([] if m.group("noun") else ["implied_unit"])
        drafts.append(draft)
        pos = end
    return drafts
