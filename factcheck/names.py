"""Normalising place and party names so spellings from different sources meet."""

from __future__ import annotations

import re
import unicodedata

_DROP_WORDS = (
    "london borough of", "royal borough of", "city and county of", "county borough", "city of",
    "metropolitan borough", "metropolitan district", "borough council", "district council",
    "county council", "city council", "council", "metropolitan", "borough", "district", "the",
)
_DROP = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _DROP_WORDS) + r")\b")


def fold(text: str) -> str:
    """Lower case, accents and curly quotes folded, `&` as `and`, punctuation as spaces."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ").replace("'", "")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def normalise(name: str) -> str:
    """The key aliases are matched on: "Kingston upon Hull, City of" -> "kingston upon hull"."""
    text = _DROP.sub(" ", fold(name))
    text = re.sub(r"\s+", " ", text).strip()
    return text or fold(name)
