"""Words, icons and number formats shared by the terminal output and the HTML report."""

from __future__ import annotations

import math
from dataclasses import dataclass
from urllib.parse import urlsplit

from factcheck.model import Claim, Direction, Hedge, Official, Quantity, Verdict
from factcheck.regex_cache import lazy


@dataclass(frozen=True)
class VerdictLabel:
    """How a verdict is shown: always a word and an icon together, never colour alone."""

    verdict: Verdict
    word: str
    icon: str
    style: str  # the terminal colour ("bold green"), see render/terminal.py
    summary: str  # one phrase for the report's summary line
    rating: int | None  # schema.org ratingValue, 1 (worst) to 5 (best); None when not rated


VERDICT_LABELS: dict[Verdict, VerdictLabel] = {
    Verdict.ACCURATE: VerdictLabel(Verdict.ACCURATE, "Accurate", "✓", "bold green", "checks out", 5),
    Verdict.APPROXIMATELY_ACCURATE: VerdictLabel(
        Verdict.APPROXIMATELY_ACCURATE, "Approximately accurate", "≈", "green", "close enough", 4),
    Verdict.MISLEADING: VerdictLabel(Verdict.MISLEADING, "Misleading", "!", "bold yellow", "misleads", 2),
    Verdict.INACCURATE: VerdictLabel(Verdict.INACCURATE, "Inaccurate", "✗", "bold red", "wrong", 1),
    Verdict.UNVERIFIABLE: VerdictLabel(
        Verdict.UNVERIFIABLE, "Unverifiable", "?", "dim", "could not be checked", None),
}
VERDICT_ORDER = (Verdict.ACCURATE, Verdict.APPROXIMATELY_ACCURATE, Verdict.MISLEADING, Verdict.INACCURATE,
                 Verdict.UNVERIFIABLE)

_HEDGE_WORDS = {
    Hedge.NONE: "", Hedge.AROUND: "about", Hedge.OVER: "over", Hedge.AT_LEAST: "at least",
    Hedge.UNDER: "under", Hedge.AT_MOST: "at most", Hedge.NEARLY: "nearly", Hedge.JUST_OVER: "just over",
    Hedge.SCORES: "scores of", Hedge.DOZENS: "dozens of", Hedge.HUNDREDS: "hundreds of", Hedge.RANGE: "",
}
_UNIT_WORDS = {"seats": ("seat", "seats"), "councils": ("council", "councils"), "votes": ("vote", "votes"),
               "points": ("point", "points"), "years": ("year", "years")}
# Party and control codes as a reader says them; a code not listed is shown as words ("renew-hounslow" ->
# "Renew Hounslow"), never as a bare code.
PARTY_WORDS = {
    "con": "Conservative", "lab": "Labour", "ld": "Liberal Democrat", "green": "Green", "reform": "Reform UK",
    "snp": "SNP", "pc": "Plaid Cymru", "ukip": "UKIP", "ind": "Independent", "brexit": "Brexit Party",
    "res": "Residents", "other": "Other", "noc": "No overall control", "nc": "No overall control",
    "alba": "Alba", "sdp": "SDP", "tusc": "TUSC", "wep": "Women's Equality Party", "yorks": "Yorkshire Party",
}
CODE_VALUE = lazy(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")
YEARS = (1900, 2100)  # bare figures in this range are shown as years
NUMERIC_UNITS = frozenset({"seats", "councils", "percent", "points", "ratio", "votes", "count"})
_WORD_VALUES = frozenset({"gain", "loss", "hold", "up", "down", "none", "yes", "no", "true", "false"})
_GAINS = {Direction.GAIN, Direction.UP}
_LOSSES = {Direction.LOSS, Direction.DOWN}
_CHANGE_UNITS = frozenset({"seats", "councils", "points", "votes", "count"})


def as_number(value: object) -> float | None:
    """A finite float for int/float values (not bools or text), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def format_number(value: float, decimals: int | None = None) -> str:
    """1234 -> "1,234"; 47.3 -> "47.3"; a minus sign is a real minus (−)."""
    if decimals is not None and decimals > 0:
        text = f"{abs(value):,.{min(decimals, 6)}f}"
    elif abs(value - round(value)) < 1e-9:
        text = f"{abs(round(value)):,}"
    else:
        text = f"{abs(value):,.2f}".rstrip("0").rstrip(".")
    return ("−" if value < 0 and text.strip("0.,") else "") + text


def party_words(code: str) -> str:
    """A party or control code as a reader says it: "ld" -> "Liberal Democrat", "noc" -> "No overall control"."""
    if code in PARTY_WORDS:
        return PARTY_WORDS[code]
    return " ".join(part.capitalize() for part in code.replace("_", "-").split("-"))


def format_value(value: object, unit: str | None, decimals: int | None = None, sign: str = "") -> str:
    """A value with its unit: "47.3%", "9.1 points", "12 seats", "3×", "2nd"; a party or control code as its
    name ("lab" -> "Labour"); other text values as they are."""
    number = as_number(value)
    if number is None:
        if isinstance(value, str) and (value in PARTY_WORDS or (
                unit is None and value not in _WORD_VALUES and CODE_VALUE.fullmatch(value))):
            return party_words(value)
        return "—" if value is None else str(value)
    if unit == "rank":
        return _ordinal(round(number))
    if unit is None and not sign and number.is_integer() and YEARS[0] <= number <= YEARS[1]:
        return str(int(number))  # a bare figure in this range is a year ("first time since 1978"), not "1,978"
    figure = sign + format_number(number, decimals)
    if unit == "percent":
        return f"{figure}%"
    if unit == "seat_share":
        return f"{figure}% of the seats"
    if unit == "ratio":
        return f"{figure}×"
    if unit in _UNIT_WORDS:
        singular, plural = _UNIT_WORDS[unit]
        return f"{figure} {singular if abs(number) == 1 else plural}"
    return figure


def signed_change(claim: Claim, value: float | None) -> float | None:
    """A claimed change with its direction as a sign: "lost 10 seats" -> -10 (values already signed stay)."""
    if value is None or claim.quantity is None or claim.quantity.unit not in _CHANGE_UNITS:
        return value
    return -value if value > 0 and claim.direction in _LOSSES else value


def format_claimed(claim: Claim) -> str:
    """What was claimed, in a few words: "about +4 seats", "between 300 and 800 seats", "Labour gain"."""
    quantity: Quantity | None = claim.quantity
    if quantity is None or quantity.value is None:
        return claim.direction.value if claim.direction is not Direction.NONE else claim.text
    sign = "+" if quantity.value > 0 and quantity.unit in _CHANGE_UNITS and claim.direction in _GAINS else ""
    value = signed_change(claim, quantity.value)
    if quantity.hedge is Hedge.RANGE and quantity.high is not None:
        low = format_number(quantity.value, quantity.decimals)
        return f"between {low} and {format_value(quantity.high, quantity.unit, quantity.decimals)}"
    words = _HEDGE_WORDS.get(quantity.hedge, "")
    figure = format_value(value, quantity.unit, quantity.decimals, sign)
    return f"{words} {figure}".strip()


def format_official(official: Official, unit: str | None) -> str:
    return format_value(official.value, unit)


def safe_link(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link, else None (so `javascript:` and friends are never links)."""
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in {"http", "https"} and parts.netloc else None


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
