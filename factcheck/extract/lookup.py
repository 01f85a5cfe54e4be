"""Find a vocabulary's names in text with a token trie: no big regex to compile, one dict lookup per word.

A name matches where the text spells it case-insensitively, with any run of whitespace where the name has a
space, starting and ending at word boundaries, and not running on into a hyphenated word ("Labour-run" is
not a party; "Hull-based" is not a place). At each start the longest name wins; matches never overlap.
This is exactly what one case-insensitive alternation of all the names would find, without compiling it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from factcheck.regex_cache import lazy

_WORD = lazy(r"\w+")
_WORD_OR_MARK = lazy(r"\w+|[^\w\s]")
_NAME_TOKEN = lazy(r"\w+|\s+|.", re.S)
# What may follow a name: a word boundary, and for a party not a hyphenated word ("Labour-run").
_PARTY_END = lazy(r"\b(?!-[a-z])", re.I)
_PLACE_END = lazy(r"\b(?!-\w)")
_BOUNDARY = lazy(r"\b")
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyz"
PARTY, PLACE = 1, 2
_END = ""  # the key under which a trie node stores which kinds of name end there


def _is_word(char: str) -> bool:
    """What the regex engine calls a word character (`\\w`)."""
    return char.isalnum() or char == "_"


class _CaseFold(dict):
    """A `str.translate` table folding case one character to one, as the regex engine's IGNORECASE does:
    a non-ASCII character becomes the name character it matches ("K" kelvin sign -> "k"), else stays."""

    def __init__(self, name_chars: set[str]) -> None:
        super().__init__()
        self._name_chars = sorted(name_chars)
        self._any: re.Pattern[str] | None = None

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if self._any is None:
            self._any = re.compile("[" + "".join(re.escape(c) for c in self._name_chars) + "]|(?!)", re.I)
        folded = char
        if self._any.fullmatch(char):
            folded = next((c for c in self._name_chars if re.fullmatch(re.escape(c), char, re.I)), char)
        self[code] = folded
        return folded


def _ascii_twin(char: str) -> str:
    """A name character as the ASCII letter it matches case-insensitively, if any ("\u017f" -> "s")."""
    if char.isascii():
        return char.lower()
    return next((a for a in _ASCII_LETTERS if re.fullmatch(a, char, re.I)), char)


class NameIndex:
    """Party and place names (already in all their spellings), indexed by their tokens."""

    def __init__(self, parties: Iterable[str], places: Iterable[str]) -> None:
        self._root: dict = {}
        self._party_root: dict = {}  # the party names alone: a party-only search never walks the places
        chars: set[str] = set()
        for kind, names in ((PARTY, parties), (PLACE, places)):
            for name in names:
                tokens = self._tokens(name)
                if tokens:
                    chars.update("".join(tokens))
                    self._add(tokens, kind)
        self._fold = _CaseFold(chars - {" "})
        # Names that start with a mark rather than a word need every mark tried as a start.
        self._mark_starts = any(not _WORD.match(k) for k in self._root)

    @staticmethod
    def _tokens(name: str) -> list[str]:
        folded = name.lower()
        if not folded.isascii():
            folded = "".join(_ascii_twin(c) for c in folded)
        return [" " if t[0].isspace() else t for t in _NAME_TOKEN.findall(folded)]

    def _add(self, tokens: list[str], kind: int) -> None:
        for node in (self._root, self._party_root) if kind == PARTY else (self._root,):
            for token in tokens:
                node = node.setdefault(token, {})
            node[_END] = node.get(_END, 0) | kind

    def _folded(self, text: str) -> str:
        return text.lower() if text.isascii() else text.translate(self._fold)

    def find(self, text: str, kinds: int = PARTY | PLACE) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """(party spans, place spans) in `text`, each list in order and without overlaps."""
        parties: list[tuple[int, int]] = []
        places: list[tuple[int, int]] = []
        if not text:
            return parties, places
        low = self._folded(text)
        size = len(text)
        party_from = place_from = 0  # where the next match of each kind may start
        root = self._party_root if kinds == PARTY else self._root
        for start, pos, node in self._starts(text, low, root):
            if start < party_from and start < place_from:
                continue
            ends: list[tuple[int, int]] = []
            while True:
                if _END in node:
                    ends.append((pos, node[_END]))
                if pos >= size:
                    break
                char = text[pos]
                if char.isspace():
                    step = pos + 1
                    while step < size and text[step].isspace():
                        step += 1
                    key = " "
                elif char.isalnum() or char == "_":
                    step = _WORD.match(text, pos).end()  # type: ignore[union-attr]
                    key = low[pos:step]
                else:
                    step, key = pos + 1, low[pos]
                node = node.get(key)
                if node is None:
                    break
                pos = step
            if not ends:
                continue
            if kinds & PARTY and start >= party_from:
                end = self._longest(ends, PARTY, _PARTY_END, text)
                if end:
                    parties.append((start, end))
                    party_from = end
            if kinds & PLACE and start >= place_from:
                end = self._longest(ends, PLACE, _PLACE_END, text)
                if end:
                    places.append((start, end))
                    place_from = end
        return parties, places

    def _starts(self, text: str, low: str, root: dict) -> Iterator[tuple[int, int, dict]]:
        """(start, end, trie node) of each word (or mark) in the text that begins some name in `root`, in order."""
        if self._mark_starts:
            for token in _WORD_OR_MARK.finditer(low):
                node = root.get(token.group())
                start, end = token.span()
                if node is not None and (end - start > 1 or _WORD.match(text, start) or _BOUNDARY.match(text, start)):
                    yield start, end, node  # a name that starts with a mark needs a word just before it
            return
        # Only the words that begin a name are looked for again, by str.find, to learn where they are: a
        # whole-word occurrence after the previous one is the next such word.
        size, pos = len(low), 0
        for word in [w for w in _WORD.findall(low) if w in root]:
            start = low.find(word, pos)
            while start >= 0 and (start > 0 and _is_word(low[start - 1]) or start + len(word) < size and _is_word(
                    low[start + len(word)])):
                start = low.find(word, start + 1)
            if start < 0:  # cannot happen: findall saw the word after the previous one
                return
            pos = start + len(word)
            yield start, pos, root[word]

    @staticmethod
    def _longest(ends: list[tuple[int, int]], kind: int, end_rule: re.Pattern[str], text: str) -> int:
        for end, kinds in reversed(ends):
            if kinds & kind and end_rule.match(text, end):
                return end
        return 0
