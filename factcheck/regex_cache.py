"""Compiled patterns kept between runs, so a cold `factcheck check` does not parse them all again.

`re.compile` parses a pattern and generates the regex engine's code in pure Python: about 0.7 ms for one of
our 2,000-character claim patterns, over 100 ms for the ones an ordinary article needs. That code is a list
of integers, so it is saved (marshal) in the user cache and handed straight to the engine next time, as
`re._compiler.compile` itself does. The file is keyed by the exact Python build and regex-engine version,
the engine validates any code it is given, and anything unexpected falls back to `re.compile`.

Generating the code ourselves also lets us start a pattern with a lookahead for the characters its matches
can start with (`_add_first_character_guard`), which the engine does not work out for case-insensitive
patterns: searches skip most positions at one test each, and find exactly what they found before.

FACTCHECK_REGEX_CACHE names another file, or `off` to compile every time. Modules declare their patterns
with `lazy(...)`: each is compiled (or read back) the first time it is used, so importing costs nothing.
"""

from __future__ import annotations

import marshal
import os
import re
import string
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any, cast

try:  # CPython's regex engine; elsewhere every pattern simply goes through re.compile
    import _sre
    from re import _compiler, _parser

    ENGINE_STAMP = f"py{sys.hexversion:x}-sre{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover
    _sre = None  # type: ignore[assignment]
    ENGINE_STAMP = ""

CACHE_ENV = "FACTCHECK_REGEX_CACHE"
CODE_FORMAT = 2  # how we generate engine code (2: with first-character guards); older files are not read
MAX_ENTRIES = 600  # past this (old versions' patterns), a save keeps only the patterns this process used
_CODE_TYPECODE = {2: "H", 4: "I"}.get(getattr(_sre, "CODESIZE", 0), "")

Key = tuple[str, int]
# (final flags, engine code as bytes, groups - 1, {group name: index}, (name or None per group index))
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def default_cache_path() -> Path | None:
    """Where the compiled patterns are kept: FACTCHECK_REGEX_CACHE, else beside the database."""
    setting = os.environ.get(CACHE_ENV, "").strip()
    if setting.lower() in ("off", "0", "no", "false") or not ENGINE_STAMP or not _CODE_TYPECODE:
        return None
    if setting:
        return Path(setting)
    from factcheck.paths import cache_dir

    return cache_dir() / f"patterns-{ENGINE_STAMP}.marshal"


class RegexCache:
    """`compile(pattern, flags)` that reuses engine code saved by an earlier run; `save()` keeps new code."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[Key, Entry] | None = None
        self._used: set[Key] = set()
        self._dirty = False

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        flags = int(flags)
        if self.path is None:
            return _compile_keeping_code(pattern, flags)[0]
        key = (pattern, flags)
        entries = self._load()
        self._used.add(key)
        entry = entries.get(key)
        if entry is not None:
            compiled = _from_entry(pattern, entry)
            if compiled is not None:
                return compiled
        compiled, entry = _compile_keeping_code(pattern, flags)
        if entry is not None:
            entries[key] = entry
            self._dirty = True
        return compiled

    def save(self) -> None:
        """Write the file if this process compiled anything new (atomically; a failure is ignored)."""
        if not self._dirty or self.path is None or self._entries is None:
            return
        entries = self._entries
        if len(entries) > MAX_ENTRIES:
            entries = {key: entries[key] for key in self._used if key in entries}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-", suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                marshal.dump((_file_stamp(), entries), out)
            os.replace(temporary, self.path)
        except OSError:  # a read-only cache folder only costs speed
            return
        self._dirty = False

    def _load(self) -> dict[Key, Entry]:
        if self._entries is None:
            self._entries = {}
            try:
                stamp, entries = marshal.loads(self.path.read_bytes()) if self.path else ("", None)
                if stamp == _file_stamp() and isinstance(entries, dict):
                    self._entries = entries
            except (OSError, ValueError, EOFError, TypeError):
                pass  # missing, unreadable or from another format: start afresh
        return self._entries


def _file_stamp() -> str:
    """What a saved file must carry to be read: the engine it was compiled for and factcheck's version."""
    from factcheck import __version__

    return f"{ENGINE_STAMP}-factcheck{__version__}-code{CODE_FORMAT}"


def _compile_keeping_code(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry | None]:
    """Compile as `re._compiler.compile` does (with a first-character guard), also returning the engine code."""
    try:
        parsed = _parser.parse(pattern, flags)
        _add_first_character_guard(parsed, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: Entry = (flags | parsed.state.flags, array(_CODE_TYPECODE, code).tobytes(),
                        parsed.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _from_entry(pattern, entry)
        if compiled is not None:
            return compiled, entry
    except Exception:  # noqa: BLE001 - any surprise in CPython's internals: the public way below
        pass
    return re.compile(pattern, flags), None


# A guard is only worth its test when it rules out most letters.
_GUARD_MAX_LETTERS = 12
_ZERO_WIDTH_OPS = ("AT", "ASSERT", "ASSERT_NOT")
_CASE_FLAGS = re.IGNORECASE | re.LOCALE | re.ASCII | re.UNICODE


def _add_first_character_guard(parsed: Any, flags: int) -> None:
    """Start the pattern with a lookahead for the characters a match can start with (`\\b(?:won|lost)` ->
    `(?=[wl])\\b(?:won|lost)`), when the engine has no such shortcut of its own and the set is narrow.

    The engine then rejects most positions of a search with one test, instead of entering the pattern; our
    case-insensitive claim patterns starting with a word boundary search about twice as fast. The guard
    only repeats what the pattern requires, so the matches are exactly the same."""
    if _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
        return
    first, can_be_empty = _first_characters(parsed.data)
    if not first or can_be_empty:
        return
    guard = _parser.SubPattern(parsed.state, [(_parser.IN, first)])
    if len(_compiler.compile(guard, flags).findall(string.ascii_lowercase)) > _GUARD_MAX_LETTERS:
        return
    parsed.data.insert(0, (_parser.ASSERT, (1, guard)))
    parsed.width = None


def _first_characters(items: Any) -> tuple[list[tuple[Any, Any]] | None, bool]:
    """The character-class items one of which starts every match of `items`, and whether `items` can match
    the empty string; None when that cannot be told."""
    first: list[tuple[Any, Any]] = []
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH_OPS:
            continue
        if name == "LITERAL":
            part, can_be_empty = [(op, av)], False
        elif name == "IN":
            if any(str(o) == "NEGATE" for o, _ in av):
                return None, True
            part, can_be_empty = list(av), False
        elif name == "SUBPATTERN":
            _, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & _CASE_FLAGS:
                return None, True
            part, can_be_empty = _first_characters(sub)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, sub = av
            part, can_be_empty = _first_characters(sub)
            can_be_empty = can_be_empty or low == 0
        elif name == "ATOMIC_GROUP":
            part, can_be_empty = _first_characters(av)
        elif name == "BRANCH":
            part, can_be_empty = [], False
            for alternative in av[1]:
                alt_first, alt_empty = _first_characters(alternative)
                if alt_first is None:
                    return None, True
                part += alt_first
                can_be_empty = can_be_empty or alt_empty
        else:
            return None, True
        if part is None:
            return None, True
        first += [item for item in part if item not in first]
        if not can_be_empty:
            return first, False
    return first, True


def _from_entry(pattern: str, entry: Any) -> re.Pattern[str] | None:
    try:
        final_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, final_flags, array(_CODE_TYPECODE, code).tolist(), groups, groupindex,
                            indexgroup)
    except Exception:  # noqa: BLE001 - malformed or foreign code: the engine refuses it, we recompile
        return None


_shared: RegexCache | None = None


def shared_cache() -> RegexCache:
    """The process-wide cache (created on first use, so importing the stage reads no file)."""
    global _shared
    if _shared is None:
        _shared = RegexCache(default_cache_path())
    return _shared


def cached_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from engine code saved by an earlier run when there is some."""
    return shared_cache().compile(pattern, flags)


def save_compiled_patterns() -> None:
    """Keep the patterns compiled by this process for the next one."""
    if _shared is not None:
        _shared.save()


class _LazyPattern:
    """A regex compiled on first use; afterwards its methods are the compiled pattern's own."""

    _METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name: str) -> object:  # reached only until the first compile
        compiled = cached_compile(self.pattern, self.flags)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that behaves as `re.compile(pattern, flags)` but compiles when first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
