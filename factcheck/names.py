"""Normalising place and party names so spellings from different sources meet."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from factcheck.regex_cache import lazy

_DROP_WORDS = (
    "london borough of", "royal borough of", "city and county of", "county borough", "city of",
    "metropolitan borough", "metropolitan district", "borough council", "district council",
    "county council", "city council", "council", "metropolitan", "borough", "district", "the",
)
_DROP = lazy(r"\b(?:" + "|".join(re.escape(w) for w in _DROP_WORDS) + r")\b")
_NOT_ALNUM = lazy(r"[^a-z0-9]+")
_SPACES = lazy(r"\s+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, accents and curly quotes folded, `&` as `and`, punctuation as spaces."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ").replace("'", "")
    return _NOT_ALNUM.sub(" ", text).strip()  # spaces are not alphanumeric: each run becomes one space


@lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """The key aliases are matched on: "Kingston upon Hull, City of" -> "kingston upon hull"."""
    text = _SPACES.sub(" ", _DROP.sub(" ", fold(name))).strip()
    return text or fold(name)


def abbreviates(short: str, long: str) -> bool:
    """Whether a label like "LC Ind" abbreviates a name like "Liverpool Community Independents".

    Each part of the short label must be made of the starts of consecutive words of the long name, in order.
    """
    parts = [p for p in re.split(r"[^a-z0-9]+", fold(short)) if p]
    words = [w for w in fold(long).split() if w not in {"the", "of", "and"}]
    if not parts or len(words) < 2 or "".join(parts) == "".join(words):
        return False

    def covers(part_index: int, word_index: int) -> bool:
        if part_index == len(parts):
            return word_index == len(words)
        return any(consumes(parts[part_index], words[word_index:end]) and covers(part_index + 1, end)
                   for end in range(word_index + 1, len(words) + 1))

    def consumes(part: str, chunk: list[str]) -> bool:
        # The part is one non-empty prefix of each word in the chunk, concatenated.
        if not chunk:
            return not part
        head, rest = chunk[0], chunk[1:]
        return any(part.startswith(head[:k]) and consumes(part[k:], rest) for k in range(1, len(head) + 1)
                   if head[:k] == part[:k])

    return covers(0, 0)
