"""Every output says how many figures a text holds and lists the ones no claim checked: the JSON contract,
the terminal, the HTML report and the lint formats (text, GitHub, SARIF). Long lists are cut, and say so."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from fixtures_findings import DATABASE, make_finding
from lint_fakes import FakeChecker

from factcheck.extract.figures import account_figures
from factcheck.lint import LintReport
from factcheck.lint.config import LintConfig
from factcheck.lint.runner import lint_file
from factcheck.lint.suppress import quiet_figures, suppressed_regions
from factcheck.model import DocumentResult, Election, Verdict
from factcheck.render import github, lint_text, sarif
from factcheck.render.html import render_report
from factcheck.render.json_contract import contract
from factcheck.render.terminal import render_document

TEXT = ("Count at 2.40am on 8 May 2026.\n"
        "Labour gained 4 seats in Trafford.\n"
        "The Greens now hold 17 seats there.\n")


def checked(text: str = TEXT, path: str = "story.md") -> DocumentResult:
    """A document whose one claim covers "gained 4 seats in Trafford": 17 is left unresolved."""
    finding = make_finding(text, "gained 4 seats in Trafford", Verdict.ACCURATE, number=1)
    figures = account_figures(text, (finding.claim.claim,))
    return DocumentResult(path=path, text=text, election=Election("2026-05-07", "--date option"),
                          findings=(finding,), figures=figures)


def lint_report(doc: DocumentResult, tmp_path: Path) -> LintReport:
    return LintReport(documents=(doc,), config=LintConfig(root=tmp_path), root=tmp_path, cwd=tmp_path)


def test_json_gives_each_document_its_figures_and_the_summary_counts_them() -> None:
    record = contract([checked()], DATABASE)
    figures = record["documents"][0]["figures"]
    assert [(f["text"], f["status"]) for f in figures] == [
        ("2.40am", "dismissed"), ("8", "dismissed"), ("2026", "dismissed"), ("4", "claim"), ("17", "unresolved")]
    assert figures[3]["claim"] == "c1" and figures[0]["reason"] == "a time of day"
    assert set(figures[0]) == {"start", "end", "text", "status", "claim", "reason", "rule"}
    assert TEXT[figures[4]["start"]:figures[4]["end"]] == "17"
    assert record["summary"]["figures"] == {"total": 5, "claim": 1, "dismissed": 3, "unresolved": 1}


def test_terminal_counts_figures_and_lists_those_not_checked() -> None:
    shown = render_document(checked(), width=100)
    assert "Figures: 5 in the text: 1 in claims, 3 dismissed, 1 unresolved" in shown
    assert 'unresolved  3:21  "17" in "The Greens now hold 17 seats there."' in shown
    assert '"2.40am" (a time of day)' in shown
    assert '"4"' not in shown.split("Figures:")[1]  # the checked figure is not listed again


def test_terminal_cuts_a_long_list_and_says_so() -> None:
    text = "".join(f"Party {n} holds {n + 10} seats.\n" for n in range(40))
    doc = DocumentResult(path="long.txt", text=text, election=Election(None, ""), figures=account_figures(text, ()))
    shown = render_document(doc, width=100)
    assert "+60 more not shown: --format json lists every figure" in shown


def test_html_report_has_a_figures_section() -> None:
    page = render_report(checked(), DATABASE)
    assert '<h2 id="figures-heading">Figures</h2>' in page
    assert "<strong>5</strong> numbers in the text: 1 in claims, 3 dismissed, 1 unresolved." in page
    assert "<td>17</td><td>unresolved</td>" in page and "<td>a time of day</td>" in page


def test_html_report_without_figures_has_no_figures_section() -> None:
    page = render_report(DocumentResult(path="quiet.txt", text="Nothing to see.", election=Election(None, "")))
    assert "figures-heading" not in page


def test_lint_text_lists_figures_with_positions(tmp_path: Path) -> None:
    out = lint_text.render(lint_report(checked(), tmp_path))
    assert "story.md: figures: 5 in the text: 1 in claims, 3 dismissed, 1 unresolved" in out
    assert 'story.md:3:21: figure unresolved "17" in "The Greens now hold 17 seats there."' in out
    assert 'story.md:1:10: figure dismissed "2.40am" [figures.time] a time of day' in out


def test_github_adds_one_figures_notice_per_file(tmp_path: Path) -> None:
    out = github.render(lint_report(checked(), tmp_path))
    notices = [line for line in out.splitlines() if "title=factcheck figures" in line]
    assert len(notices) == 1
    assert notices[0].startswith("::notice file=story.md,title=factcheck figures::5 in the text")
    assert '3:21 "17" unresolved' in notices[0]


def test_sarif_keeps_figures_out_of_results(tmp_path: Path) -> None:
    log = sarif.sarif_log(lint_report(checked(), tmp_path))
    run = log["runs"][0]
    assert all(not r["ruleId"].startswith("figures") for r in run["results"])
    note = run["invocations"][0]["toolExecutionNotifications"][-1]
    assert note["level"] == "note" and note["message"]["text"].startswith("figures: 5 in the text")
    assert [f["text"] for f in note["properties"]["notChecked"]] == ["17", "2.40am", "8", "2026"]
    json.dumps(log)  # serialisable


def test_figures_in_a_factcheck_off_region_are_dismissed_as_asked() -> None:
    text = "Labour won 12 seats.\n<!-- factcheck off -->\nThe Greens won 30.\n<!-- factcheck on -->\n"
    figures = quiet_figures(account_figures(text, ()), suppressed_regions(text))
    states = {f.text: (f.status, f.rule) for f in figures}
    assert states == {"12": ("unresolved", None), "30": ("dismissed", "figures.suppressed")}


def test_errors_and_empty_ledgers_print_no_figure_lines(tmp_path: Path) -> None:
    broken = replace(checked(), figures=(), error="could not be read")
    assert "figure" not in lint_text.render(lint_report(broken, tmp_path)).replace("could not be checked", "")


class FiguringChecker(FakeChecker):
    """The lint tests' fake engine, with a figures ledger as the real pipeline adds one."""

    def check(self, text: str, path: str = "-", *, election: str | None = None,
              front_matter: Mapping[str, Any] | None = None) -> DocumentResult:
        result = super().check(text, path, election=election, front_matter=front_matter)
        return replace(result, figures=account_figures(text, [f.claim.claim for f in result.findings]))


class ChangedLine:
    """Only line `line` of every file changed (as `--diff` would report)."""

    def __init__(self, line: int) -> None:
        self.line = line

    def touches(self, path: Path, first: int, last: int) -> bool:
        return first <= self.line <= last


def test_lint_with_diff_lists_only_figures_on_changed_lines(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Labour won 12 seats in Leeds.\nThe Greens won 30 in York.\n", encoding="utf-8")
    doc = lint_file(draft, FiguringChecker(), LintConfig(root=tmp_path), changed=ChangedLine(2), cwd=tmp_path)
    assert [f.text for f in doc.figures] == ["30"]
