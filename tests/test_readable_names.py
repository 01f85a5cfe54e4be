"""Readers see party names, never codes, and chart labels are never cut."""

from __future__ import annotations

import re

from fixtures_findings import DATABASE, SOURCE, make_finding

from factcheck.model import ClaimType, Direction, DocumentResult, Election, Official, Verdict
from factcheck.render.charts import _CHAR_WIDTH, comparison_svg
from factcheck.render.html import render_report
from factcheck.render.labels import format_value
from factcheck.render.terminal import claim_block

TEXT = "Labour took control of Trafford from the Tories. The Conservatives lost 1,330 seats."


def control_finding():
    official = (Official("con", "control before the 2022 election", SOURCE),
                Official("noc", "control after the 2022 election", SOURCE))
    return make_finding(TEXT, "Labour took control of Trafford", Verdict.INACCURATE, value=None,
                        claim_type=ClaimType.COUNCIL_CONTROL, party="lab", official=official,
                        direction=Direction.GAIN)


def test_party_and_control_codes_are_shown_as_names():
    assert [format_value(v, None) for v in ("con", "lab", "ld", "noc", "renew-hounslow", "gain")] == [
        "Conservative", "Labour", "Liberal Democrat", "No overall control", "Renew Hounslow", "gain"]


def test_the_terminal_and_the_report_show_no_bare_party_codes():
    finding = control_finding()
    lines = "\n".join(claim_block(finding, 100))
    assert "Conservative (control before" in lines and "No overall control" in lines
    assert not re.search(r"\b(con|noc)\b", lines)
    result = DocumentResult(path="a.md", text=TEXT, election=Election("2022-05-05", "--date option"),
                            findings=(finding,))
    html = render_report(result, DATABASE)
    figures = re.findall(r'<span class="figure">(.*?)</span>', html)
    assert "Conservative" in figures and "No overall control" in figures
    assert not {"con", "noc", "lab"} & set(figures)
    assert "<dd>lab</dd>" not in html and "(lab)" not in html


def test_a_long_value_label_fits_inside_the_chart():
    finding = make_finding(TEXT, "The Conservatives lost 1,330 seats", Verdict.INACCURATE, value=1330,
                           direction=Direction.LOSS, party="con",
                           official=(Official(-1330.0, "BBC tally", SOURCE), Official(-1012345.0, "x", SOURCE)))
    svg = str(comparison_svg(finding, "Claim 1", "claim-1"))
    width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg).group(1))
    for x, text in re.findall(r'<text x="([\d.]+)"[^>]*class="chart-value">(.*?)</text>', svg):
        assert float(x) + _CHAR_WIDTH * len(text) <= width, (text, x, width)
    assert "−1,330 seats" in svg and "−1,012,345 seats" in svg


def test_national_tallies_in_explanations_are_grouped_like_the_figures_beside_them(tmp_path):
    from cli_process import built_database

    from factcheck.pipeline import open_checker

    checker = open_checker(built_database(tmp_path))
    text = "The Conservatives lost more than 1,300 councillors. The Conservatives now have 3,500 councillors."
    found = checker.check(text, election="2019-05-02").findings
    explanations = [f.explanation for f in found]
    assert len(explanations) == 2, explanations
    assert all(re.search(r"gives \D*[+-]?\d{1,3},\d{3} councillors", e) for e in explanations), explanations
    assert not any(re.search(r"\d{4} councillors", e) for e in explanations), explanations
