"""Inline control comments mark findings as suppressed; nothing is dropped."""

from __future__ import annotations

from lint_fakes import FakeChecker

from factcheck.lint.suppress import mark_suppressed, suppressed_regions


def suppressed(text: str, kind: str = "markdown") -> list[bool]:
    findings = FakeChecker().check(text).findings
    return [f.suppressed for f in mark_suppressed(findings, suppressed_regions(text, kind))]


def test_off_and_on_bracket_a_region() -> None:
    text = ("WRONG one.\n<!-- factcheck off -->\nWRONG two.\n\nWRONG three.\n"
            "<!-- factcheck on -->\nWRONG four.\n")
    assert suppressed(text) == [False, True, True, False]


def test_off_without_on_runs_to_the_end() -> None:
    assert suppressed("WRONG one.\n<!--factcheck off-->\nWRONG two.\n\nWRONG three.\n") == [False, True, True]


def test_ignore_covers_the_next_paragraph_only() -> None:
    text = "<!-- factcheck ignore -->\n\nWRONG one,\nWRONG two.\n\nWRONG three.\n"
    assert suppressed(text) == [True, True, False]


def test_ignore_in_html_stops_at_the_closing_block_tag() -> None:
    text = "<!-- factcheck ignore --><p>WRONG one.</p><p>WRONG two.</p>\n"
    assert suppressed(text, "html") == [True, False]


def test_directives_are_case_insensitive_and_other_comments_do_nothing() -> None:
    assert suppressed("<!-- FactCheck IGNORE -->\nWRONG one.\n") == [True]
    assert suppressed("<!-- factcheck please ignore -->\nWRONG one.\n") == [False]
