"""The small pieces a results layout is made of: values ("1,204", "five", "N/C"), changes ("(+31)", "-12",
"up nine"), measure words ("Seats", "+/-", "Councils", "Projected share") and party labels ("LDem", "Grn")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.numbers import parse_number
from factcheck.regex_cache import lazy

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNITS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          "|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
WORD_NUM = rf"(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS}|zero|nil"
# "N/C", "no change", "nc": a change of nothing.
NO_CHANGE = r"N/?C|n/c|nc|no\s+change|unchanged"
PERCENT = r"\s*(?:%|per\s*cent\b|percent\b)"
# A value cell: a figure, a number word, or "-"/"N/C" standing for nought.
VALUE = rf"(?P<value>{NUM}|(?:{WORD_NUM})\b|{NO_CHANGE}|-(?=\s|$|[,;)|]))(?P<pct>{PERCENT})?"
# A signed change: "(+31)", "( -1 )", "(N/C)", "(+2.5 pts)", "(+60 seats)".
BRACKET_CHANGE = (
    rf"\(\s*(?:(?P<sign>[+-]|up\b|down\b|Up\b|Down\b)\s*(?P<change>{NUM})|(?P<nochange>{NO_CHANGE}|-|=))"
    r"(?P<cunit>\s*(?:%|pts?\b|points?\b|pp\b|seats?\b|councillors?\b|councils?\b|net\b))*\s*\)"
)
# A bare signed change in a scoreboard: "+31", "-12", "N/C".
BARE_CHANGE = (rf"(?<![\w.,])(?:(?P<bsign>[+-])(?P<bchange>{NUM})(?![\w,]\d)(?P<bunit>{PERCENT}|\s*pts?\b)?"
               r"|(?P<bnochange>N/C|n/c))")
# "up nine", "gaining 19", "down 13 on last elections", "a net gain of 4".
PROSE_CHANGE = (
    rf"(?P<pdir>up|down|gaining|losing|gained|lost|(?:a\s+)?(?:net\s+)?(?:gain|loss|rise|fall)\s+of|plus|minus)"
    rf"\s+(?P<pchange>{NUM}|(?:{WORD_NUM})\b)(?:\s+(?:seats?|councillors?|councils?|points?))?"
    r"(?:\s+(?:on|from|since|compared\s+(?:with|to))\s+(?:the\s+)?(?:last|previous)\s+(?:elections?|time|contest)"
    r"|\s+on\s+(?:19|20)\d\d)?"
)
CHANGE_RE = lazy(rf"\s*(?:{BRACKET_CHANGE})")
BARE_CHANGE_RE = lazy(rf"\s+(?:{BARE_CHANGE})")
PROSE_CHANGE_RE = lazy(rf"\s*[,;]?\s*(?:{PROSE_CHANGE})", re.I)
VALUE_RE = lazy(VALUE, re.I)
NO_CHANGE_RE = lazy(NO_CHANGE, re.I)
_DOWN_WORD = lazy(r"down|los|lost|minus|(?:a\s+)?(?:net\s+)?(?:loss|fall)")
SIGNED_RE = lazy(rf"(?P<sign>[+-])[ ]*(?P<num>{NUM})(?![\w,]\d)|(?P<nil>{NO_CHANGE}|-|=)(?![\w])", re.I)
# A unit written after a count: "28 seats", "152 seats won", "2 councils", "225,590 votes".
UNIT_RE = lazy(r"\s*(?P<unit>seats?|councillors?|cllrs?|councils?|votes?|members?|wards?)\b(?:\s+won)?", re.I)

_PLUS_MINUS = lazy(r"\+\s*/\s*-|\+-|\+\s*or\s*-|\u00b1|\bchange\b|\bchg\b|\bnet\b|\bgains?\b|\bdiff", re.I)
_PROJECTED = lazy(r"\bprojected\b|\bpns\b|\bnev\b|\bnational\s+(?:equivalent|share)|\bprojection", re.I)
_SHARE = lazy(r"\bshare\b|%|\bper\s*cent\b|\bvote\s*%|\bpercentage\b", re.I)
_COUNCILS = lazy(r"\bcouncils\b|\bcouncil\s+control\b|\bauthorities\b|\bcouncil\b(?!lors?)", re.I)
_SEATS = lazy(r"\bseats?\b|\bcouncillors?\b|\bcllrs?\b|\bwon\b|\belected\b|\bmembers\b|\btotal\b|\bresults?\b", re.I)
_VOTES = lazy(r"\bvotes?\b", re.I)
_LABEL_COLUMN = lazy(r"^(?:party|parties|candidates?|names?|groups?)$", re.I)

# Short party labels found in tables and scoreboards beyond the vocabulary's everyday names. The resolver's
# gazetteer knows them ("LDem" -> ld); only a layout cell ever reads them.
TABLE_PARTY_LABEL = lazy(
    r"(?=[A-Z])(?i:LDems?|Lib\s?Dems?|L\s?Dem|LD|Cons?|Lab|Grns?|Green|Inds?|Ind\.|Ref|RUK|Res|PC|SNP|UKIP|Plaid|Reform"
    r"|Others?|Oth)(?![\w'])")


@dataclass(frozen=True)
class Number:
    """A value as written: its value, decimals, whether it is a percentage, and where it sits."""

    value: float
    decimals: int
    percent: bool
    start: int
    end: int


def read_value(text: str, pos: int) -> Number | None:
    """The value cell at `pos` ("1,204", "47.3%", "five", "N/C", "-"), or None."""
    m = VALUE_RE.match(text, pos)
    if m is None:
        return None
    raw = m.group("value")
    if raw == "-" or NO_CHANGE_RE.fullmatch(raw) or raw.lower() in ("nil", "zero"):
        return Number(0.0, 0, bool(m.group("pct")), m.start(), m.end())
    value, decimals = parse_number(raw)
    if value is None:
        return None
    return Number(value, decimals, bool(m.group("pct")), m.start(), m.end())


@dataclass(frozen=True)
class Change:
    """A signed change: value (never negative), the direction's sign (+1, -1, 0 for none), unit words."""

    value: float
    sign: int
    decimals: int
    unit: str
    start: int
    end: int
    number_start: int


def read_change(text: str, pos: int, *, bare: bool = False, prose: bool = True) -> Change | None:
    """A change right after `pos`: "(+31)", "(N/C)", then (when allowed) "+31" and "up nine"."""
    m = CHANGE_RE.match(text, pos)
    if m is not None:
        unit = (m.group("cunit") or "").strip().lower()
        if m.group("nochange"):
            return Change(0.0, 0, 0, unit, m.start() + len(m.group()) - len(m.group().lstrip()), m.end(),
                          m.start("nochange"))
        value, decimals = parse_number(m.group("change"))
        sign = -1 if m.group("sign") in ("-", "down", "Down") else 1
        return Change(value or 0.0, sign, decimals, unit, _lstrip(m), m.end(), m.start("sign"))
    if bare and (m := BARE_CHANGE_RE.match(text, pos)) is not None:
        if m.group("bnochange"):
            return Change(0.0, 0, 0, "", _lstrip(m), m.end(), m.start("bnochange"))
        value, decimals = parse_number(m.group("bchange"))
        sign = -1 if m.group("bsign") == "-" else 1
        return Change(value or 0.0, sign, decimals, (m.group("bunit") or "").strip(), _lstrip(m), m.end(),
                      m.start("bsign"))
    if prose and (m := PROSE_CHANGE_RE.match(text, pos)) is not None:
        value, decimals = parse_number(m.group("pchange"))
        if value is None:
            return None
        word = m.group("pdir").lower()
        sign = -1 if _DOWN_WORD.match(word) else 1
        return Change(value, sign, decimals, "", m.start("pdir"), m.end(), m.start("pchange"))
    return None


def read_signed(text: str, pos: int, end: int) -> Change | None:
    """A change standing alone at `pos`, as under a "+/-" key: "+16", "-3", "N/C", "-"."""
    m = SIGNED_RE.match(text, pos, end)
    if m is None:
        return None
    if m.group("nil"):
        return Change(0.0, 0, 0, "", m.start(), m.end(), m.start())
    value, decimals = parse_number(m.group("num"))
    return Change(value or 0.0, -1 if m.group("sign") == "-" else 1, decimals, "", m.start(), m.end(), m.start())


def _lstrip(m: re.Match[str]) -> int:
    return m.start() + len(m.group()) - len(m.group().lstrip())


def measure_of(label: str, default: str = "seats") -> tuple[str, bool]:
    """A row or column label -> (measure, is a change): "Seats +/-" -> ("seats", True), "PNS" ->
    ("projected_share", False). Measures: seats, councils, share, projected_share, votes, label."""
    words = label.strip(" :|")
    if _LABEL_COLUMN.match(words):
        return "label", False
    change = bool(_PLUS_MINUS.search(words))
    if _PROJECTED.search(words):
        return "projected_share", change
    if _SHARE.search(words):
        return "share", change
    if _COUNCILS.search(words):
        return "councils", change
    if _VOTES.search(words):
        return "votes", change
    if _SEATS.search(words):
        return "seats", change
    return default, change


def is_measure_label(label: str) -> bool:
    """Whether a label names a measure at all ("Seats", "+/-", "Share"), not just any word."""
    words = label.strip(" :|")
    return bool(words) and any(p.search(words) for p in (_PLUS_MINUS, _PROJECTED, _SHARE, _COUNCILS, _VOTES, _SEATS))
