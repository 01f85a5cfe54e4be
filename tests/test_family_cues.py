"""A claim family with `CUES` is skipped on a sentence that holds none of them, so its cues must cover
every pattern it runs: each pattern's needles (any of which lets it run) must each contain a cue."""

from __future__ import annotations

import ast
import inspect

import pytest

from factcheck.extract import engine

CUED = [family for family in engine.FAMILIES if getattr(family, "CUES", ())]


def _scan_needles(family) -> list[tuple[int, list[str]]]:  # noqa: ANN001 - a module
    """(line, needles) of every `view.scan(pattern, *needles)` call in the family's module."""
    calls = []
    for node in ast.walk(ast.parse(inspect.getsource(family))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "scan":
            needles: list[str] = []
            for arg in node.args[1:]:
                if isinstance(arg, ast.Constant):
                    needles.append(arg.value)
                else:
                    assert isinstance(arg, ast.Starred) and isinstance(arg.value, ast.Name), ast.dump(arg)
                    needles.extend(getattr(family, arg.value.id))
            calls.append((node.lineno, needles))
    return calls


def test_the_cheap_families_are_cued() -> None:
    assert {family.__name__.rsplit(".", 1)[1] for family in CUED} >= {"shares", "ranking", "history", "tallies"}


@pytest.mark.parametrize("family", CUED, ids=lambda family: family.__name__.rsplit(".", 1)[1])
def test_every_pattern_of_a_cued_family_needs_one_of_its_cues(family) -> None:  # noqa: ANN001 - a module
    calls = _scan_needles(family)
    assert calls
    for line, needles in calls:
        assert needles, f"line {line}: a pattern without needles would run where the cues do not"
        uncovered = [n for n in needles if not any(cue in n for cue in family.CUES)]
        assert not uncovered, f"line {line}: needles {uncovered} hold none of the family's cues"


def test_patterns_run_on_the_whole_sentence_hold_a_cue() -> None:
    """Outside `scan`, a family may read the whole sentence with a pattern ("The exception is ..."): that
    pattern's own words must include a cue."""
    for family in CUED:
        for node in ast.walk(ast.parse(inspect.getsource(family.find))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("match", "search", "finditer", "fullmatch") and len(node.args) == 1
                    and ast.unparse(node.args[0]) == "view.text"):
                pattern = getattr(family, ast.unparse(node.func.value)).pattern.lower()
                assert any(cue in pattern for cue in family.CUES), (family.__name__, ast.unparse(node))


def test_a_sentence_without_cues_is_not_read_by_a_cued_family() -> None:
    from factcheck.extract import extract_claims

    claims = extract_claims("Labour took 52% of the vote in Trafford. The Greens came second in Bristol.")
    assert [c.type.value for c in claims] == ["vote_share", "ranking"]
