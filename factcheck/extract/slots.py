"""Anchor-based slot filling: every figure in a sentence is an anchor, and its slots are filled from the words
around it, not from a whole-sentence template.

For each number the pattern families did not read (they run first and win any overlap, see engine `_select`):
- **measure**: the noun the number counts ("seats", "councillors", "councils", "%", "points"), found right after
  it across fillers ("13 new council seats"), or in a label before it ("Seats: 35"), or, for a bare change
  ("lost 3 in Bury"), the one seat or council noun of its clause;
- **role**: a change when a sign or a direction word governs it within its clause ("gained", "a net loss of",
  "up", "fewer"), else a level ("won 30 seats", "now has 12 councillors", "on 19%");
- **party**: the party its clause names nearest before it (or a possessive: "Labour's 29"), else after it in the
  same clause ("30 seats for the Greens"), else the discourse context;
- **place**: "in PLACE" after it, a place right before a bracketed change ("Horsham (+15)"), else the context.

The frame is then typed: seats + change -> seat_change, seats + level -> seat_count, councils + change ->
council_count_change, % + level -> vote_share (projected_share where the sentence names the projection), points
or % + change -> vote_share_change. Every claim read this way carries the qualifier `loose`: the judge never
flags it (judge/confidence.py), so loose wording can add checks but never false alarms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.extract.draft import Draft, SentenceView, with_tail
from factcheck.extract.numbers import hedge_of, parse_number
from factcheck.extract.patterns import (
    RGX_BEATEN_VERB,
    RGX_HEDGE,
    RGX_NUMBER_WORD,
    RGX_NUMBER_WORDS,
    RGX_OWNED_MEASURE,
    RGX_YEAR,
)
from factcheck.extract.vocabulary import Mention
from factcheck.model import ClaimType, Direction, Quantity
from factcheck.regex_cache import lazy

CUES = ()  # runs on every sentence with a figure (the engine's claim hint)
PRIORITY = -5  # below every pattern family: fills only what they left

# A figure: digits (with separators and decimals) or number words. What stands around it (a hedge, a sign, a
# bracket, a per cent) is read by `anchors`, which is far cheaper than one pattern trying a hedge at every letter.
_NUMBER = lazy(
    rf"(?<![\w.,£$€/])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\w|,\d)|(?<![\w.,£$€/])\d+(?:\.\d+)?(?!\w|,\d|/)"
    rf"|\b{RGX_NUMBER_WORDS}",
    re.I,
)
_NUMBER_GATE = lazy(rf"\d|\b(?:{RGX_NUMBER_WORD}|a\s+dozen|a\s+couple)\b", re.I)
_HEDGE_BEFORE = lazy(rf"(?:^|(?<=\W))(?P<hedge>{RGX_HEDGE})\s+$", re.I)
_PERCENT_AFTER = lazy(r"\s?%|\s?per\s?cent\b|\s?percent\b", re.I)
_CLOSE_AFTER = lazy(r"\s*\)")
_OPEN_BEFORE = lazy(r"\(\s*$")


@dataclass(frozen=True)
class Anchor:
    """A figure and what stands right around it: "(+3)", "just over 40%", "nearly 500"."""

    num: str
    num_start: int
    num_end: int
    hedge: str | None
    hedge_start: int
    pm: str | None
    pct: str | None
    opened: bool
    closed: bool
    outer_end: int

    def group(self, name: str) -> str | None:
        return {"num": self.num, "hedge": self.hedge, "pm": self.pm, "pct": self.pct,
                "sign": "(" if self.opened else None, "close": ")" if self.closed else None}[name]

    def start(self, name: str | None = None) -> int:
        if name == "num":
            return self.num_start
        return self.hedge_start if name == "hedge" else min(self.num_start, self.hedge_start)

    def end(self, name: str | None = None) -> int:
        return self.num_end if name == "num" else self.outer_end


def anchors(text: str) -> list[Anchor]:
    """Every figure in a sentence, with its hedge, sign, brackets and per cent."""
    found = []
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        pm = text[start - 1] if start and text[start - 1] in "+-\u2212" and m.group()[0].isdigit() else None
        lead = start - 1 if pm else start
        hedge = _HEDGE_BEFORE.search(text, max(0, lead - 40), lead)
        opened = bool(_OPEN_BEFORE.search(text, max(0, lead - 3), lead))
        pct = _PERCENT_AFTER.match(text, end)
        after = pct.end() if pct else end
        closed = _CLOSE_AFTER.match(text, after)
        outer = closed.end() if closed else after
        found.append(Anchor(m.group(), start, end, hedge.group("hedge") if hedge else None,
                            hedge.start() if hedge else lead, pm, pct.group() if pct else None, opened,
                            bool(closed), outer))
    return found


# The measure right after the number, across a few fillers: "13 new council seats", "12 more councillors".
_NOUN_AFTER = lazy(
    r"\s*(?:(?:net|new|more|fewer|extra|additional|further|council|county|district|borough|local|of\s+the|seats?"
    r"|percentage|lib\s+dem|labour|tory|conservative|green|snp|reform|independent)\s+){0,3}"
    r"(?P<noun>seats?|councillors?|cllrs?|members|councils?|local\s+authorit(?:y|ies)|authorit(?:y|ies)"
    r"|boroughs?|districts?|points?|pts|votes?|wards?|divisions?|gains?|loss(?:es)?)\b",
    re.I,
)
# A label before the number: "Seats: 35", "Councillors - 240", "Vote share: 19".
_TOTAL_TO_BEFORE = lazy(r"\b(?:bring(?:ing|s)?|brought|tak(?:ing|es)|took)\s+(?:the\s+|their\s+|its\s+|our\s+)?"
                        r"(?:party's\s+|group's\s+)?(?:total|tally|number)\s+(?:of\s+(?:seats|councillors)\s+)?to\s+$",
                        re.I)
_GROUP_BEFORE = lazy(r"\b(?:cohort|contingent|(?:council\s+)?group|representation|number\s+of\s+councillors)\b"
                     r"(?:\s+\w+){0,3}?\s+(?:increased|rose|grew|swelled|fell|dropped|shrank|went\s+(?:up|down)"
                     r"|(?:was\s+)?(?:up|down)|from)\b[^,;:]{0,20}$", re.I)
_OF_WHOLE_AFTER = lazy(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]+(?:'s|\u2019s|'|\u2019)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?P<noun>seats|councillors|councils|local\s+authorities|authorities)\b")
_LABEL_BEFORE = lazy(
    r"(?P<label>seats?|councillors?|cllrs|councils?|vote\s+share|share(?:\s+of\s+the\s+vote)?|pns|projected\s+share)"
    r"\s*(?:won|held|total)?\s*[:=\u2013\u2014-]\s*$",
    re.I,
)
_DIRECTION = lazy(
    r"\b(?P<gain>gain(?:ed|ing|s)?|up|add(?:ed|ing|s)?|pick(?:ed|ing)\s+up|increased?|increas(?:ing|e\s+of)|rose|ris(?:e|es|ing)"
    r"|captur(?:ed?|ing)(?:\s+of)?"
    r"|rising|grew|grow(?:ing|th\s+of)?|advanced?|advanc(?:ing|e\s+of)|more|boost(?:ed)?|jump(?:ed)?|climb(?:ed)?"
    r"|improv(?:ed|ing|ement\s+of)|swing\s+to|surge\s+of|bagg?(?:ed|ing)\s+an?\s+extra)\b"
    r"|\b(?P<loss>los[et]|losing|loss(?:es)?|down|shed(?:ding|s)?|fell|fall(?:en|ing)?|drop(?:ped|ping|s)?"
    r"|declin(?:ed?|ing)|fewer|less|reduc(?:ed|tion\s+of)|cut|slump(?:ed)?|slid|slipp?(?:ed|ing)|haemorrhag\w*"
    r"|deficit\s+of|shrank|shrunk|lower|decrease[ds]?|backwards?)\b",
    re.I,
)
_TURNOUT = lazy(r"\bturn-?out\b", re.I)
_DIRECTION_AFTER = lazy(r"\s+(?:(?P<loss>fewer|less|lower|down)|more|higher|up)\b(?!\s+(?:for|to)\b)", re.I)
_RELATION_AFTER = lazy(r"(?:\s+(?:seats?|councillors?|points?))?\s+(?:ahead|behind|short|clear|adrift|shy)\b", re.I)
_GAINS_NOUN = lazy(r"\s+(?:net\s+|new\s+|seat\s+)?(gains?|loss(?:es)?)\b", re.I)
_RELATIVE_CLAUSE = lazy(r"\s*,?\s*(?:who|which|where)\b[^,;.:()]{0,60}", re.I)
# "a rise of 4% of the Greens", "two gains for Reform"
_AFTER_WORDS = frozenset({"for", "for the", "for an", "for a", "by", "by the", "of", "of the"})
_RELATIVE_AFTER = lazy(r"\s*,?\s*(?:who|which)\b", re.I)
_OWN_PRONOUN = lazy(rf"\b(?:our|my|their|its){RGX_OWNED_MEASURE}", re.I)
_ADJACENT = lazy(r"(?:'s?|\u2019s?)?\s*(?:on\s+|with\s+)?")
# "to Jo Lee's 44,000": a person's own figure.
_OWNER_BEFORE = lazy(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:'s|\u2019s|s')\s+$")
# "and the Greens 2.4 per cent of the vote": a party right before a share naming its measure is read plainly.
_SHARE_OF_VOTE_AFTER = lazy(r"\s+of\s+the\s+(?:votes?|poll)\b", re.I)
BASELINE_REACH = 30  # characters from "from 19" to the figure it rose or fell to
GAP_REACH = 90  # characters from the last measured figure within which an unmeasured one shares its measure
_RUN_BREAK = lazy(r"[;:.!?]\s|\b(?:because|after|since|before|when)\b", re.I)
_COMPARED = lazy(r"\b(?:compared|to|versus|vs|against|than|while|whereas)\b", re.I)
# A state after a change: what a party ends with, not what it gained or lost.
_STATE = lazy(r"\b(?:controll?ing|in\s+control\s+of|controls|(?:leaving|left)\s+(?:it|them|the\s+party)\s+(?:with|on)"
              r"|end(?:ing|ed)?\s+up\s+(?:with|on|controlling)|now\s+(?:has|have|holds?|controls?))\b"
              r"|\b(?:on|with)\s+(?:just\s+|only\s+)?$", re.I)  # "..., the Tories third on 214": a level
_SIZE_AFTER = lazy(r"-(?:member|seat|strong)\b", re.I)
_YEAR_AFTER = lazy(rf"[^,.;:()\u2013\u2014]{{0,50}}?\bin\s+(?P<year>{RGX_YEAR})\b")
_WIDE = lazy(r"\b(?!The\b)(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)-wide\b")
_HELD_BEFORE = lazy(r"\b(?:holding|kept|keeping|retain(?:ed|ing)|defend(?:ed|ing))\s+(?:on\s+to\s+)?(?:just\s+)?$",
                    re.I)
_TO_LEVEL = lazy(r"\bto\s+(?:just\s+|only\s+)?$", re.I)  # "fell by six points to 14.2%": the level after
_MARGIN_NOUN_BEFORE = lazy(r"\b(?:margin(?:\s+of\s+(?:victory|the\s+win))?|winning\s+margin)\s+(?:was|is|of)\s+"
                           r"(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
_POINTS_AFTER = lazy(r"[\s-]*(?:percentage\s+)?(?:points?|pts?)\b", re.I)
_SHARE_GAP_AFTER = lazy(r"(?:[\s-]*(?:percentage\s+)?(?:points?|pts?))?\s+"
                        r"(?P<rel>lead\s+over|ahead\s+of|behind|clear\s+of)\s+(?:the\s+)?", re.I)
_SEPARATED = r"\bseparated\s+(?:them|the\s+(?:two|pair|candidates))\b"  # "... separated them": a winner's margin
_SHARE_SEPARATED_AFTER = lazy(rf"\s*[^.;:\d]{{0,12}}?{_SEPARATED}", re.I)
_SEPARATED_AFTER = lazy(rf"\s+votes\b(?:[^.;:]|\.\d){{0,30}}?{_SEPARATED}", re.I)
_LEAD_AFTER = lazy(r"(?:\s+votes?)?\s+lead\s+over\b", re.I)
_VOTES_AFTER = lazy(r"\s+votes\b", re.I)
_NEEDED_AFTER = lazy(r"(?:\s+[\w-]+){0,2}?\s+(?:needed|required|necessary)\b", re.I)
_NOC_AFTER = lazy(r"(?:\s+councils?)?\s+(?:(?:are|were|remain(?:ed)?|stay(?:ed)?)\s+)?(?:in|under)"
                  r"\s+no\s+overall\s+control", re.I)
_CONTROLS = lazy(r"\b(?:control(?:s|led|ling)?|runs?|running|ran|majorit(?:y|ies))\b", re.I)
_MAYOR = lazy(r"\bmayor", re.I)
_PROJECTION = lazy(r"\b(?:projected|pns|national\s+(?:vote\s+)?share|equivalent\s+vote|nev)\b", re.I)
_TIME_OR_MONEY_AFTER = lazy(r"\s?(?:[ap]\.?m\b|:\d|bn\b|m\b|k\b|million|billion|st\b|nd\b|rd\b|th\b|years?\b"
                            r"|months?\b|days?\b|hours?\b|minutes?\b|people\b|voters\b|residents\b|candidates\b)",
                            re.I)
_CLAUSE = lazy(r"[;:(\u2013\u2014]|,\s+(?:but|while|whilst|and|with|as|whereas|although|though)\b|\s-\s|\bwhile\b"
               r"|\bwhereas\b|\bbut\b", re.I)
OTHERS = "others"  # the party alias every source's "other" row goes by
_OTHERS_BEFORE = lazy(r"\b(?P<who>(?:all\s+)?(?:the\s+)?(?:other\s+parties|others)|the\s+rest)[\"'\u201d\u2019]?"
                      r"(?:\s*,?\s+(?:including|such\s+as)\s+[^,;:.%\d]{1,40}?,?)?"  # "Others including the Greens"
                      r"(?:\s+(?:on|with|at|had|got|took|polled))?\s*$", re.I)
_AWAY_FROM = lazy(r"\b(?:from|to|than|against|over|behind|ahead\s+of|off|(?:same(?:\s+\w+){0,2}|many|much)\s+as"
                  rf"|{RGX_BEATEN_VERB})"  # "beating Labour's X"
                  r"\s+(?:the\s+)?$", re.I)
_YEAR = lazy(RGX_YEAR)
_FROM_BEFORE = lazy(r"\bfrom\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:(?:high|peak|low|total|record)\s+(?:of\s+)?)?"
                    r"(?:just\s+|only\s+)?$", re.I)
_OF_ALL_BEFORE = lazy(r"\bof\s+(?:the|its|their|all)\s+(?:council'?s\s+)?$", re.I)
# "one of Scotland's 32 councils": a nation's councils, a whole.
_OF_NATIONS_BEFORE = lazy(r"\bof\s+(?:Wales|Scotland|England|London|Britain)(?:'s?|\u2019s?)?\s+$")
_NOT_RESULT = lazy(r"\b(?:defend\w*|contest(?:ed|ing)|fielded|fielding|standing|stood)\b", re.I)
_NOT_RESULT_AFTER = lazy(r"(?:\s+\w+){0,2}?\s+(?:seats?\s+)?(?:up\s+for\s+(?:election|grabs)|being\s+contested"
                         r"|contested|to\s+defend|candidates?)\b", re.I)
_FORECAST = lazy(r"\b(?:predict\w*|forecast\w*|expect\w*|opinion\s+polls?|polls?\s+(?:suggest|show|predict)\w*"
                 r"|pollsters?|could|might|hop(?:e|es|ed|ing)|target\w*|aim\w*|needs?|needed)\b")
_MARGIN_BEFORE = lazy(r"(?<!\bup\s)(?<!\bdown\s)(?<!ed\s)(?<!en\s)(?<!\bfell\s)(?<!\brose\s)(?<!\bgrew\s)"
                      r"\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
_NOT_VOTES_AFTER = lazy(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:seats|councillors|councils|voters|people"
                        r"|residents|respondents|the\s+electorate|electorate|adults|those|members|candidates)\b", re.I)
_RESULT_WORD = lazy(r"\bresult\b", re.I)
_VOTE_WORDS = lazy(r"\b(?:votes?|share|pns|projected|polled|vote\s+share|per\s+cent\s+of\s+the"
                  r"|first[-\s]preferences?)\b", re.I)
_MEASURES = {
    "seat": "seats", "councillor": "seats", "cllr": "seats", "member": "seats",
    "council": "councils", "authorit": "councils", "local authorit": "councils", "borough": "councils",
    "district": "councils", "point": "points", "pt": "points", "vote": "votes", "ward": "wards",
    "division": "wards", "gain": "seats", "loss": "seats",
}
_LABEL_MEASURES = {"seat": "seats", "councillor": "seats", "cllr": "seats", "council": "councils"}
_SEAT_OR_COUNCIL_NOUN = lazy(
    r"\b(?P<noun>seats?|councillors?|cllrs?|councils?)\b(?!\s+(?:seats?|elections?|tax))", re.I)


@dataclass(frozen=True)
class Frame:
    """What an earlier figure of the sentence counted, for a later one that leaves it unsaid (gapping:
    "Labour gained 28 seats, the Greens 19 and the Lib Dems four")."""

    measure: str
    direction: Direction
    party: str | None
    end: int


def find(view: SentenceView) -> list[Draft]:
    """A draft for each figure whose measure the sentence says, typed by its filled slots."""
    drafts: list[Draft] = []
    if not view.contains(_NUMBER_GATE):
        return drafts
    previous: Frame | None = None
    baseline_at: int | None = None
    for anchor in anchors(view.text):
        read = _frame(view, anchor, previous)
        if read is not None:
            draft, previous = read
            if "baseline" in draft.qualifiers:
                baseline_at = draft.start
                continue
            if baseline_at is not None and anchor.start() - baseline_at < BASELINE_REACH:
                draft.start = min(draft.start, baseline_at)  # "from 19 to 12": the claim covers where it came from
            baseline_at = None
            drafts.append(draft)
    return drafts


def _frame(view: SentenceView, anchor: Anchor, previous: Frame | None) -> tuple[Draft, Frame] | None:
    text = view.text
    number = anchor.group("num")
    value, decimals = parse_number(number)
    if value is None or _TIME_OR_MONEY_AFTER.match(text, anchor.end("num")):
        return None
    percent = bool(anchor.group("pct"))
    if not percent and _YEAR.fullmatch(number):
        return None  # a year
    clause_start = _clause_start(text, anchor.start())
    forecast = _FORECAST.search(text, clause_start, anchor.start()) and not view.contains(_PROJECTION)
    if not forecast and percent and (view.mayoral or view.contains(_MAYOR)) and _SHARE_SEPARATED_AFTER.match(
            text, anchor.end()):  # "0.3% separated them": the winner's lead in share points
        draft = _vote_margin(view, anchor, value, decimals)
        draft.quantity = replace(draft.quantity, unit="points", text=text[anchor.start():anchor.end()].strip())
        draft.end = anchor.end()
        return draft, Frame("percent", Direction.NONE, None, anchor.end())
    if not forecast and (view.mayoral or view.contains(_MAYOR)) and _is_vote_margin(text, anchor):
        return _vote_margin(view, anchor, value, decimals), Frame("votes", Direction.NONE, None, anchor.end())
    if forecast or _MARGIN_BEFORE.search(text, 0, anchor.start()):
        return None  # a prediction or a hope, or a margin ("held on by one seat")
    # "climbing from 11 seats to 27": the old figure gives the next its measure, but is no claim of its own.
    baseline = bool(_FROM_BEFORE.search(text, max(0, anchor.start() - 30), anchor.start()))
    # "defending 640 seats", "50 seats up for grabs", "of the 126 seats": what was fought or the whole council.
    whole_of = _OF_ALL_BEFORE.search(text, max(0, anchor.start() - 30), anchor.start()) or _OF_NATIONS_BEFORE.search(
        text, max(0, anchor.start() - 30), anchor.start())
    whole = bool(whole_of)
    contested = bool(_NOT_RESULT.search(text, clause_start, anchor.start()) or _NOT_RESULT_AFTER.match(
        text, anchor.end()) or whole)
    turnout = percent and view.contains(_TURNOUT)
    if percent and not turnout and (_NOT_VOTES_AFTER.match(text, anchor.end()) or not _about_votes(view, clause_start)):
        return None  # "40% of the seats", "5% of voters think ..."
    if _SIZE_AFTER.match(text, anchor.end("num")):
        return None  # "the 40-member council": its size, not a result
    if _NEEDED_AFTER.match(text, anchor.end()):
        return None  # "the three gains required for a majority": a target, not a result
    noc = _NOC_AFTER.match(text, anchor.end())
    if noc:  # "seven in no overall control": the councils no party runs, a count of its own
        quantity = Quantity(value=value, unit="councils", decimals=decimals, text=text[anchor.start():noc.end()])
        return Draft(ClaimType.COUNCIL_COUNT_CHANGE, anchor.start(), noc.end(), anchor.start(), quantity=quantity,
                     subject="none", priority=PRIORITY, qualifiers=["councils_held", "noc_count"]), Frame(
            "councils", Direction.NONE, None, noc.end())
    gap = _SHARE_GAP_AFTER.match(text, anchor.end()) if percent or _POINTS_AFTER.match(text, anchor.end()) else None
    if gap is not None and not view.places:
        read = _share_gap(view, anchor, gap, value, decimals)  # "a 4-point lead over the Greens", "3% behind Labour"
        return (read, Frame("percent", Direction.NONE, read.party, read.end)) if read is not None else None
    if _RELATION_AFTER.match(text, anchor.end()):
        return None  # "two ahead of Labour's 13", "two short of a majority": a gap between figures, not a figure
    measure, end = _measure(view, anchor, clause_start, percent)
    gapped = measure is None and _gapped(text, previous, anchor.start())
    if gapped and previous is not None:
        measure = previous.measure
    votes = measure == "votes" and (view.mayoral or view.contains(_MAYOR))
    if votes and _TURNOUT.search(text, clause_start, anchor.start()):
        return None  # "turnout fell to 28.1%, totalling 412,300 votes": votes cast, not a candidate's
    if measure is None or measure == "wards" or (measure == "votes" and not votes):
        return None
    sign = anchor.group("pm") or ""
    bracketed = bool(anchor.group("sign") and anchor.group("close"))
    run = previous is not None and _gapped(text, previous, anchor.start())
    lo = max(clause_start, previous.end) if run and previous is not None else clause_start
    direction, verb = _direction(text, lo, anchor.start(), sign)  # a verb before the last figure is that figure's
    gains = _GAINS_NOUN.match(text, anchor.end("num"))
    if gains and direction == Direction.NONE:  # "ended up with 90 gains", "12 losses"
        direction = Direction.LOSS if gains.group(1).lower().startswith("loss") else Direction.GAIN
    after = _DIRECTION_AFTER.match(text, end)
    if direction == Direction.NONE and after:  # "4 councillors fewer than before"
        direction = Direction.LOSS if after.group("loss") else Direction.GAIN
    change = direction != Direction.NONE and not _TO_LEVEL.search(text, max(0, anchor.start() - 12), anchor.start())
    if baseline or contested:
        direction, change = Direction.NONE, False
    elif run and previous is not None and not change and previous.measure == measure and not _COMPARED.search(
            text, previous.end, anchor.start()) and not _STATE.search(text, previous.end, anchor.start()):
        direction = previous.direction  # "the Greens gained 19 and the Lib Dems four": the unsaid verb too
        change = direction != Direction.NONE
    held = change and bool(_HELD_BEFORE.search(text, max(0, anchor.start() - 25), anchor.start()))
    if held:  # "winning three seats and keeping two": seats kept, neither a change nor a total
        change, direction = False, Direction.NONE
    kind = ClaimType.TURNOUT if turnout else _claim_type(measure, change, percent, view)
    if kind is None and measure == "councils" and _CONTROLS.search(text, clause_start, anchor.start()):
        kind = ClaimType.COUNCIL_COUNT_CHANGE  # "controls nine of the 22 councils": councils held
    if votes:
        kind = ClaimType.MAYORAL_RESULT
    if kind is None or (whole_of and measure == "councils" and not whole_of.group().lower().endswith("all ")):
        return None  # "one of Scotland's 32 councils": the whole, not a result
    unit = {"percent": "percent", "points": "points", "councils": "councils", "votes": "votes"}.get(measure, "seats")
    if kind == ClaimType.VOTE_SHARE_CHANGE:
        unit = "points"
    hedge = hedge_of(anchor.group("hedge"))
    quantity = Quantity(value=value, unit=unit, hedge=hedge, decimals=decimals, text=text[anchor.start():end].strip())
    start = min(anchor.start("num") if not anchor.group("hedge") else anchor.start("hedge"), verb)
    qualifiers = ["loose", "mayoral"] if view.mayoral and percent else ["loose"]
    draft = Draft(kind, start, end, verb, quantity=quantity, direction=direction, priority=PRIORITY,
                  qualifiers=qualifiers, keep_modal=kind == ClaimType.NATIONAL_PROJECTED_SHARE)  # "would have polled"
    if kind == ClaimType.COUNCIL_COUNT_CHANGE and not change:
        draft.qualifiers.append("councils_held")
    if held:
        draft.qualifiers.append("seats_kept")
    year = _YEAR_AFTER.match(text, end) if baseline and kind in (ClaimType.TURNOUT, ClaimType.VOTE_SHARE) else None
    if year:  # "down from 30% in 2019": that year's turnout (or share), a claim of its own
        draft.election_hint, draft.end = f"in {year.group('year')}", year.end()
    elif baseline:
        draft.qualifiers.append("baseline")
    if contested:
        draft.qualifiers.append("contested")
        fought = _NOT_RESULT_AFTER.match(text, draft.end)
        draft.end = fought.end() if fought else draft.end  # "50 seats up for grabs in Kent": Kent follows
    if votes:
        draft.qualifiers.append("mayoral")
    owner = _OWNER_BEFORE.search(text, max(0, anchor.start() - 40), anchor.start()) if votes else None
    party = _party(view, clause_start, anchor.start(), end) if owner is None else None
    if owner is not None:  # "56,000 votes to Jo Lee's 44,000": Jo Lee's own votes, named right before the figure
        draft.subject, draft.start = "none", owner.start()
        draft.qualifiers.append("votes_total")
    elif party is not None:
        group = view.coordinated(party) if party.text != OTHERS else [party]
        draft.party, draft.also_parties = group[0].text, tuple(p.text for p in group[1:])  # "both X and Y on 35%"
        draft.start = draft.start if held else min(draft.start, group[0].start)
        if kind == ClaimType.VOTE_SHARE and _SHARE_OF_VOTE_AFTER.match(text, end) and _ADJACENT.fullmatch(
                text, party.end, anchor.start()):
            draft.qualifiers.remove("loose")
    elif gapped and previous is not None and previous.party and not _OWN_PRONOUN.search(
            text, previous.end, anchor.start()):
        draft.party = previous.party  # "the Lib Dems have 60, four less than in 2012"
    elif votes:
        draft.subject, draft.start = "none", clause_start  # the candidate named in the clause gives the party
    relative = _relative_place(view, clause_start, anchor.start()) if not bracketed else None
    if relative is not None:  # "Ashby, who now hold 11 seats", "Carnforth, where we doubled our seats to 8"
        draft.places, draft.start = [relative.text], min(draft.start, relative.start)
    if bracketed:
        place = _place_before(view, anchor.start())
        if place is not None:
            draft.places, draft.start = [place.text], min(draft.start, place.start)
            draft.subject = "nearest"
    wide = _WIDE.search(text, 0, anchor.start()) if not draft.places else None
    if wide:  # "the Rutland-wide turnout was 38.5%": Rutland's
        draft.places = [wide.group("place")]
    draft = with_tail(view, draft) if not draft.places else draft
    return draft, Frame(measure, direction, draft.party, end)


def _share_gap(view: SentenceView, anchor: Anchor, gap: re.Match[str], value: float, decimals: int) -> Draft | None:
    """A national share's lead over (or deficit behind) another party's, in points: a projection's gap (no place
    named), the rival as `other_party`, qualifier `share_gap`."""
    rival = view.party_at(gap.end())  # the mention may take the article: "the Tories"
    if rival is None:
        return None
    behind = gap.group("rel").lower().startswith("behind")
    quantity = Quantity(value=value, unit="points", hedge=hedge_of(anchor.group("hedge")), decimals=decimals,
                        text=view.text[anchor.start():rival.end].strip())
    start = anchor.start("hedge") if anchor.group("hedge") else anchor.start("num")
    return Draft(ClaimType.NATIONAL_PROJECTED_SHARE, start, rival.end, start, quantity=quantity,
                 direction=Direction.LOSS if behind else Direction.GAIN, other_party=rival.text, priority=PRIORITY,
                 keep_modal=True, qualifiers=["share_gap", "loose"])


def _is_vote_margin(text: str, anchor: Anchor) -> bool:
    """ "her margin of victory was 2,150", "a 9,400 lead over", "beat X by more than 40,000 votes"."""
    before = text[max(0, anchor.start() - 40):anchor.start()]
    return bool(_MARGIN_NOUN_BEFORE.search(before) or _LEAD_AFTER.match(text, anchor.end("num"))
                or _SEPARATED_AFTER.match(text, anchor.end("num")) or (
        _MARGIN_BEFORE.search(before) and _VOTES_AFTER.match(text, anchor.end("num"))))


def _vote_margin(view: SentenceView, anchor: Anchor, value: float, decimals: int) -> Draft:
    """A mayoral winner's margin in votes, said in so many words (not a loose reading: the words are specific)."""
    end = anchor.end()
    votes = _VOTES_AFTER.match(view.text, anchor.end("num"))
    end = votes.end() if votes else end
    quantity = Quantity(value=value, unit="votes", hedge=hedge_of(anchor.group("hedge")), decimals=decimals,
                        text=view.text[anchor.start():end].strip())
    start = anchor.start("hedge") if anchor.group("hedge") else anchor.start("num")
    return Draft(ClaimType.MAYORAL_RESULT, start, end, start, quantity=quantity, priority=PRIORITY, subject="none",
                 qualifiers=["margin", "mayoral"])  # the winner's margin, whoever the sentence names


def _gapped(text: str, previous: Frame | None, at: int) -> bool:
    """A figure with no measure of its own, in a run after one that has one, with no sentence break between."""
    return previous is not None and at - previous.end <= GAP_REACH and not _RUN_BREAK.search(text, previous.end, at)


def _about_votes(view: SentenceView, clause_start: int) -> bool:
    """A percentage is a vote share only in a clause about votes or naming a party."""
    return view.contains(_VOTE_WORDS) or any(p.start >= clause_start for p in view.parties) or (
        view.mayoral and view.contains(_RESULT_WORD))  # "Jo Lee's result is down by four percent"


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE.finditer(text, 0, pos):
        start = m.start() + (1 if m.group().startswith((";", ":", "(")) else 0)
    return start


def _measure(view: SentenceView, anchor: Anchor, clause_start: int, percent: bool) -> tuple[str | None, int]:
    """The measure the number counts, and where its words end."""
    end = anchor.end()
    if percent:
        return "percent", end
    noun = _NOUN_AFTER.match(view.text, anchor.end("num"))
    if noun:
        word = noun.group("noun").lower()
        return next(m for stem, m in _MEASURES.items() if word.startswith(stem)), noun.end()
    part = _OF_WHOLE_AFTER.match(view.text, anchor.end("num"))
    if part:  # "three of Scotland's 32 councils", "20 of the 45 seats": the part counts what the whole does
        word = part.group("noun").lower()
        return next(m for stem, m in _MEASURES.items() if word.startswith(stem)), part.end()
    if _TOTAL_TO_BEFORE.search(view.text, max(0, anchor.start() - 50), anchor.start()):
        return "seats", end  # "bringing their total to seven": the party's seats after the election
    group = _GROUP_BEFORE.search(view.text, clause_start, anchor.start())
    if group:  # "The Green group grew by three": a party's group of councillors
        return "seats", end
    label = _LABEL_BEFORE.search(view.text, max(0, anchor.start() - 30), anchor.start())
    if label:
        word = label.group("label").lower()
        measure = next((m for stem, m in _LABEL_MEASURES.items() if word.startswith(stem)), None)
        return (measure, end) if measure else (None, end)
    bracketed = bool(anchor.group("pm") and anchor.group("sign") and anchor.group("close"))
    if anchor.group("pm") or _DIRECTION.search(view.text, max(clause_start, anchor.start() - 25), anchor.start()):
        scope = 0 if bracketed else clause_start  # "Horsham (+15)": the sentence says what is counted
        clause_end = _CLAUSE.search(view.text, anchor.end())
        limit = len(view.text) if bracketed or clause_end is None else clause_end.start()
        nouns = {_noun_measure(n.group("noun")) for n in _SEAT_OR_COUNCIL_NOUN.finditer(view.text, scope, limit)}
        if len(nouns) == 1:  # "lost 3 in Bury" in a clause about seats: the clause's one measure
            return nouns.pop(), end
        if not nouns and bracketed and _DIRECTION.search(view.text):
            return "seats", end  # "the biggest gains were in Horsham (+15)": a seat change unless it says otherwise
    return None, end


def _noun_measure(noun: str) -> str:
    """ "councillors" -> seats, "councils" -> councils."""
    word = noun.lower()
    return "councils" if word.startswith("councils") or word == "council" else "seats"


def _direction(text: str, clause_start: int, at: int, sign: str) -> tuple[Direction, int]:
    """The direction governing the number, and where its word starts (the number itself when only a sign)."""
    if sign:
        return (Direction.GAIN if sign == "+" else Direction.LOSS), at
    found = None
    for m in _DIRECTION.finditer(text, max(clause_start, at - 45), at):
        found = m
    if found is None or _STATE.search(text, found.end(), at):
        return Direction.NONE, at  # "net gains of 3 councils, ending up controlling 9": 9 is a total
    return (Direction.GAIN if found.group("gain") else Direction.LOSS), found.start()


def _claim_type(measure: str, change: bool, percent: bool, view: SentenceView) -> ClaimType | None:
    if measure == "seats":
        return ClaimType.SEAT_CHANGE if change else ClaimType.SEAT_COUNT
    if measure == "councils":
        return ClaimType.COUNCIL_COUNT_CHANGE if change else None
    if measure == "points":
        return ClaimType.VOTE_SHARE_CHANGE if change else None
    if percent:
        if change:
            return ClaimType.VOTE_SHARE_CHANGE
        return ClaimType.NATIONAL_PROJECTED_SHARE if view.contains(_PROJECTION) else ClaimType.VOTE_SHARE
    return None


def _party(view: SentenceView, clause_start: int, at: int, end: int) -> Mention | None:
    """The party of the number's own clause: right after it ("4% for Labour"), right before it ("compared to the
    Tories 19"), else nearest before it (not an object: "from the Tories")."""
    inside = next((p for p in view.parties if at < p.start and p.end <= end), None)
    if inside is not None:  # "18 Conservative councillors": the party the measure names
        return inside
    others = _OTHERS_BEFORE.search(view.text, max(clause_start, at - 70), at)
    if others:  # "and the other parties on 9%": the rest, not the party named before them
        return Mention(others.start(), others.end("who"), OTHERS, "party", from_vocabulary=False)
    for party in view.parties:
        if end <= party.start and view.text[end:party.start].strip().lower() in _AFTER_WORDS:
            return party
        if end <= party.start:
            break
    for party in reversed(view.parties):
        if party.end <= at and _ADJACENT.fullmatch(view.text, party.end, at):
            return party
        if party.end <= at:
            break
    for party in reversed(view.parties):
        if clause_start <= party.start and party.end <= at:
            if _OWN_PRONOUN.search(view.text, party.end, at):  # "the Greens won two, but our vote held at 42%"
                return None
            relative = _RELATIVE_AFTER.match(view.text, party.end)  # "compared to the Tories, who lost 48"
            if _AWAY_FROM.search(view.text, max(0, party.start - 14), party.start) and not relative:
                continue
            return party
    return None


def _relative_place(view: SentenceView, clause_start: int, at: int) -> Mention | None:
    """The place a relative clause holding the figure hangs from: "Ashby, who now hold 11 seats"."""
    for place in reversed(view.places):
        if clause_start <= place.start and place.end <= at:
            return place if _RELATIVE_CLAUSE.fullmatch(view.text, place.end, at) else None
    return None


def _place_before(view: SentenceView, at: int) -> Mention | None:
    """ "Horsham (+15)": the place right before a bracketed change."""
    for place in reversed(view.places):
        if place.end <= at and not view.text[place.end:at].strip(" "):
            return place
        if place.end <= at:
            break
    return None
