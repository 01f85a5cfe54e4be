"""Numbers as written -> values: figures, number words (word2number), fractions, multipliers and hedges."""

from __future__ import annotations

import re
from functools import lru_cache

from word2number import w2n

from factcheck.model import Hedge, Quantity
from factcheck.regex_cache import lazy

# Words word2number does not read, with their values.
SPECIAL_NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "a single": 1, "a dozen": 12, "dozen": 12, "a couple of": 2,
    "half": 0.5, "a half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2,
    "two fifths": 0.4, "three fifths": 0.6, "four fifths": 0.8, "twice": 2, "double": 2, "treble": 3, "triple": 3,
    "thrice": 3, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": -1,
}

# Hedge words -> Hedge. "just" and "only" are emphasis, not hedges.
HEDGE_WORDS: dict[str, Hedge] = {
    "around": Hedge.AROUND, "about": Hedge.AROUND, "roughly": Hedge.AROUND, "some": Hedge.AROUND,
    "approximately": Hedge.AROUND, "approx": Hedge.AROUND, "approx.": Hedge.AROUND, "circa": Hedge.AROUND,
    "over": Hedge.OVER, "more than": Hedge.OVER, "above": Hedge.OVER, "in excess of": Hedge.OVER,
    "well over": Hedge.OVER, "fully": Hedge.OVER,
    "at least": Hedge.AT_LEAST, "no fewer than": Hedge.AT_LEAST, "no less than": Hedge.AT_LEAST,
    "under": Hedge.UNDER, "fewer than": Hedge.UNDER, "less than": Hedge.UNDER, "below": Hedge.UNDER,
    "at most": Hedge.AT_MOST, "no more than": Hedge.AT_MOST, "up to": Hedge.AT_MOST,
    "nearly": Hedge.NEARLY, "almost": Hedge.NEARLY, "close to": Hedge.NEARLY, "just under": Hedge.NEARLY,
    "just short of": Hedge.NEARLY, "just shy of": Hedge.NEARLY, "shy of": Hedge.NEARLY,
    "a little under": Hedge.NEARLY, "a little less than": Hedge.NEARLY,
    "slightly fewer than": Hedge.NEARLY, "slightly less than": Hedge.NEARLY,
    "just over": Hedge.JUST_OVER, "a little over": Hedge.JUST_OVER, "a little more than": Hedge.JUST_OVER,
    "slightly over": Hedge.JUST_OVER, "slightly more than": Hedge.JUST_OVER,
    "a shade over": Hedge.JUST_OVER, "a shade more than": Hedge.JUST_OVER,
    "a shade under": Hedge.NEARLY, "a shade less than": Hedge.NEARLY,
}

# Vague counts -> (hedge, floor). The floor is the value the judge's interval starts from.
VAGUE_COUNTS: dict[str, tuple[Hedge, float]] = {
    "scores": (Hedge.SCORES, 40), "dozens": (Hedge.DOZENS, 24), "hundreds": (Hedge.HUNDREDS, 200),
    "thousands": (Hedge.HUNDREDS, 2000), "tens": (Hedge.DOZENS, 20),
}

_SPACES = lazy(r"[\s-]+")


@lru_cache(maxsize=1024)
def parse_number(text: str) -> tuple[float | None, int]:
    """A number as written -> (value, decimals as written). Unreadable text gives (None, 0)."""
    raw = text.strip().lower().rstrip("%").strip()
    if not raw:
        return None, 0
    if raw[0].isdigit():
        digits = raw.replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            return None, 0
        decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
        return value, decimals
    words = _SPACES.sub(" ", raw)
    if words in SPECIAL_NUMBERS:
        return float(SPECIAL_NUMBERS[words]), 0
    if words.startswith("a "):
        words = "one " + words[2:]
    try:
        return float(w2n.word_to_num(words)), 0
    except (ValueError, IndexError, KeyError, TypeError):
        return None, 0


@lru_cache(maxsize=256)
def parse_ordinal(text: str) -> float | None:
    """ "second", "2nd", "3rd" -> 2.0, 3.0."""
    raw = text.strip().lower()
    digits = re.match(r"(\d{1,3})(?:st|nd|rd|th)$", raw)
    if digits:
        return float(digits.group(1))
    value = SPECIAL_NUMBERS.get(raw)
    return float(value) if value is not None else None


def hedge_of(word: str | None) -> Hedge:
    """A hedge phrase as written -> Hedge (emphasis such as "just" gives NONE)."""
    if not word:
        return Hedge.NONE
    return HEDGE_WORDS.get(_SPACES.sub(" ", word.strip().lower()), Hedge.NONE)


def quantity_from(groups: dict[str, str | None], name: str, unit: str, text: str) -> Quantity | None:
    """Build a Quantity from a match made with `patterns.quantity(name)`; None if the number is unreadable."""
    vague = groups.get(f"{name}_vague")
    if vague:
        hedge, floor = VAGUE_COUNTS[vague.split()[0].lower()]
        return Quantity(value=floor, unit=unit, hedge=hedge, text=text)
    number = groups.get(name)
    if number is None:
        return None
    value, decimals = parse_number(number)
    if value is None:
        return None
    low = groups.get(f"{name}_low")
    if low:
        low_value, low_decimals = parse_number(low)
        if low_value is not None and low_value <= value:
            return Quantity(value=low_value, unit=unit, hedge=Hedge.RANGE, high=value,
                            decimals=max(decimals, low_decimals), text=text)
    return Quantity(value=value, unit=unit, hedge=hedge_of(groups.get(f"{name}_hedge")),
                    decimals=decimals, text=text)
