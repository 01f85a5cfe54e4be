"""Claim patterns compiled once and reused by later runs from the user cache (factcheck/regex_cache.py)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import factcheck.extract
from factcheck import regex_cache
from factcheck.regex_cache import RegexCache, _LazyPattern

SENTENCES = (
    "Labour gained 4 seats in Trafford, while the Tories lost 9 seats in Barnet.",
    "The Greens took control of Bristol for the first time, winning 34 of the 70 seats.",
    "Reform UK's share was 29.3%, up 9.1 points on 2021, and turnout fell to 31%.",
    "No party has overall control of Hull after the Liberal Democrats lost 3 councillors.",
    "THE GREENS POLLED TWICE THE LIB DEM VOTE ACROSS SALFORD, THE BBC PROJECTION SUGGESTS.",
)


def extract_patterns() -> list[tuple[str, int]]:
    """Every lazily compiled pattern the extract stage declares."""
    found: dict[tuple[str, int], None] = {}
    for info in pkgutil.iter_modules(factcheck.extract.__path__):
        module = importlib.import_module(f"factcheck.extract.{info.name}")
        for value in vars(module).values():
            if isinstance(value, _LazyPattern):
                found[(value.pattern, value.flags)] = None
    return list(found)


def same_behaviour(ours: re.Pattern[str], reference: re.Pattern[str]) -> None:
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
        reference.pattern, reference.flags, reference.groups, reference.groupindex)
    for sentence in SENTENCES:
        assert [m.span() for m in ours.finditer(sentence)] == [m.span() for m in reference.finditer(sentence)]
        assert [m.groupdict() for m in ours.finditer(sentence)] == [
            m.groupdict() for m in reference.finditer(sentence)]


def test_every_claim_pattern_read_back_from_the_cache_behaves_as_re_compile(tmp_path: Path) -> None:
    patterns = extract_patterns()
    assert len(patterns) > 100
    first = RegexCache(tmp_path / "patterns.marshal")
    for pattern, flags in patterns:
        first.compile(pattern, flags)
    first.save()

    second = RegexCache(tmp_path / "patterns.marshal")
    for pattern, flags in patterns:
        same_behaviour(second.compile(pattern, flags), re.compile(pattern, flags))


def test_a_later_run_does_not_parse_the_patterns_again(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "patterns.marshal"
    writer = RegexCache(path)
    writer.compile(r"\b(?P<verb>gained|lost)\s+(?P<n>\d+)\s+seats?\b", re.I)
    writer.save()

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(regex_cache._parser, "parse", no_parsing)
    reader = RegexCache(path)
    match = reader.compile(r"\b(?P<verb>gained|lost)\s+(?P<n>\d+)\s+seats?\b", re.I).search("Labour GAINED 4 seats")
    assert match is not None and match.group("n") == "4"


@pytest.mark.parametrize("contents", [b"", b"not marshal at all", b"\x00" * 64])
def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path: Path, contents: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(contents)
    cache = RegexCache(path)
    assert cache.compile(r"lost (\d+) seats").search("lost 9 seats").group(1) == "9"
    cache.save()
    assert RegexCache(path).compile(r"lost (\d+) seats").search("lost 9 seats").group(1) == "9"
    assert path.read_bytes() != contents


def test_code_the_engine_refuses_is_recompiled(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    writer = RegexCache(path)
    writer.compile(r"won (\d+)")
    writer.save()
    stamp, entries = regex_cache.marshal.loads(path.read_bytes())
    flags, _, groups, groupindex, indexgroup = entries[(r"won (\d+)", 0)]
    entries[(r"won (\d+)", 0)] = (flags, b"\xff" * 16, groups, groupindex, indexgroup)
    path.write_bytes(regex_cache.marshal.dumps((stamp, entries)))
    assert RegexCache(path).compile(r"won (\d+)").search("Labour won 12").group(1) == "12"


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    cache = RegexCache(blocker / "patterns.marshal")  # its folder cannot be created
    assert cache.compile(r"gained (\d+)").search("gained 4").group(1) == "4"
    cache.save()  # no exception


def test_the_cache_can_be_turned_off_or_moved(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(regex_cache.CACHE_ENV, "off")
    assert regex_cache.default_cache_path() is None
    assert RegexCache(None).compile(r"held (\d+)").search("held 30").group(1) == "30"
    monkeypatch.setenv(regex_cache.CACHE_ENV, str(tmp_path / "elsewhere.marshal"))
    assert regex_cache.default_cache_path() == tmp_path / "elsewhere.marshal"


GUARD_CASES = [
    (r"\b(?P<verb>won|lost|gain(?:ed|s)?)\s+(?P<num>\d+)", re.I),
    (r"\b(?:the\s+)?(?:Greens?|Labour)\b", 0),  # an optional word: its first letter joins the guard
    (r"(?:a\s+)?(?P<n>\d+)\s+seats", re.I),
    (r"(?i:labour)\s+won", 0),  # a case flag inside: no guard
    (r"[^a-z]+won", 0),  # a negated class: no guard
    (r"(?=won)\w+", re.I),
    (r"(?:won)?", re.I),  # can match nothing: no guard
    (r"\bK\w+", re.I),  # the Kelvin sign matches "k" here, so it must pass the guard too
]
GUARD_TEXTS = SENTENCES + ("labour won 3 Seats; LABOUR WON", "\u212aent Greens won", "the greens 12 SEATS a 4 seats")


@pytest.mark.parametrize(("pattern", "flags"), GUARD_CASES)
def test_a_first_character_guard_never_changes_what_a_pattern_finds(pattern: str, flags: int) -> None:
    guarded, _ = regex_cache._compile_keeping_code(pattern, flags)
    reference = re.compile(pattern, flags)
    for text in GUARD_TEXTS:
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == [
            (m.span(), m.groups()) for m in reference.finditer(text)]


def test_a_guard_is_added_only_where_a_match_must_start_with_one_of_a_few_characters() -> None:
    def guarded(pattern: str, flags: int = 0) -> bool:
        parsed = re._parser.parse(pattern, flags)
        regex_cache._add_first_character_guard(parsed, flags)
        return str(parsed.data[0][0]) == "ASSERT"

    assert guarded(r"\b(?:won|lost)\b", re.I)
    assert guarded(r"\b(?:the\s+)?(?:Greens|Labour)")
    assert not guarded(r"(?i:labour)\s+won")
    assert not guarded(r"(?:won)?")
    assert not guarded(r"\w+")  # every letter may start a match: a guard would only cost time
    assert not guarded("Labour")  # the engine already skips ahead to a literal prefix
