"""`factcheck check` and `factcheck report` from the command line, with a fake engine."""

from __future__ import annotations

import json

import pytest
from fixtures_findings import FakeChecker, make_finding
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.cli import check as check_module
from factcheck.model import DocumentResult, Election, Verdict
from factcheck.render.terminal import render_document


@pytest.fixture
def checker(monkeypatch) -> FakeChecker:
    fake = FakeChecker()
    monkeypatch.setattr(check_module, "open_engine", lambda: fake)
    return fake


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(app, list(args), input=stdin, env={"COLUMNS": "200"})


def test_check_prints_each_claim_with_its_verdict_official_figure_and_source(tmp_path, checker):
    path = tmp_path / "night.txt"
    path.write_text("Labour gained 4 seats in Trafford. The Tories lost 9 seats in Barnet.\n")
    result = run("check", str(path))
    assert result.exit_code == 0, result.output
    out = result.stdout
    for expected in ("✓ Accurate", "✗ Inaccurate", "gained 4 seats", "lost 9 seats", "4 seats",
                     "Test Elections Office", "2 claims: ✓ 1 accurate, ✗ 1 inaccurate"):
        assert expected in out
    assert checker.calls == 1


def test_check_json_follows_the_contract(tmp_path, checker):
    path = tmp_path / "night.md"
    path.write_text("---\ndate: 2023-05-04\n---\nLabour gained 5 seats in **Hull**.\n")
    result = run("check", "--format", "json", str(path))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["version"] == 1 and data["database"]["built"] == "2024-01-02T03:04:05"
    document = data["documents"][0]
    assert document["election"] == {"date": "2023-05-04", "how": "front matter date"}
    claim = document["claims"][0]
    assert claim["verdict"] == "approximately_accurate"
    assert path.read_text()[claim["start"]:claim["end"]] == claim["text"] == "gained 5 seats"
    assert data["summary"]["by_verdict"]["approximately_accurate"] == 1


def test_markdown_offsets_point_into_the_file_as_read(tmp_path, checker):
    text = "# Night\n\nLabour *gained 4 seats* in Hull.\r\n"
    path = tmp_path / "n.md"
    path.write_bytes(text.encode())
    claim = json.loads(run("check", "-f", "json", str(path)).stdout)["documents"][0]["claims"][0]
    assert text[claim["start"]:claim["end"]] == "gained 4 seats"
    assert (claim["line"], claim["column"]) == (3, 9)


def test_check_reads_standard_input_until_eof(checker):
    result = run("check", "-f", "json", "-", stdin="Labour gained 4 seats.\nThe Greens gained 3 seats.\n")
    assert result.exit_code == 0
    document = json.loads(result.stdout)["documents"][0]
    assert document["path"] == "-"
    assert [c["verdict"] for c in document["claims"]] == ["accurate", "approximately_accurate"]


def test_a_file_that_cannot_be_read_is_named_and_the_others_are_still_checked(tmp_path, checker):
    good = tmp_path / "good.txt"
    good.write_text("Labour gained 4 seats.")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = run("check", "-f", "json", str(binary), str(tmp_path / "missing.txt"), str(good), str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"factcheck: {binary}: looks like a binary file (it contains NUL bytes)",
        f"factcheck: {tmp_path / 'missing.txt'}: no such file",
        f"factcheck: {tmp_path}: is a directory",
    ]
    documents = json.loads(result.stdout)["documents"]
    expected = [binary, tmp_path / "missing.txt", good, tmp_path]
    assert [d["path"] for d in documents] == [str(p) for p in expected]
    assert [bool(d.get("error")) for d in documents] == [True, True, False, True]
    assert documents[2]["claims"][0]["verdict"] == "accurate"


def test_an_empty_paste_is_a_clear_error(checker):
    result = run("check", "-", stdin="")
    assert result.exit_code == 2
    assert result.stderr.strip() == "factcheck: standard input: is empty"


def test_a_bad_date_is_one_line_and_exit_2(tmp_path, checker):
    result = run("check", "--date", "5 May", str(tmp_path / "x.txt"))
    assert result.exit_code == 2
    assert result.stderr.strip() == "factcheck: --date: '5 May' is not a date in the form YYYY-MM-DD"
    assert checker.calls == 0


def test_escape_sequences_in_a_text_cannot_drive_the_terminal():
    text = "Labour \x1b[2Jgained 4 seats\x07 in Hull."
    finding = make_finding(text, "\x1b[2Jgained 4 seats\x07", Verdict.ACCURATE)
    shown = render_document(DocumentResult("drafts/\x1b]0;title\x07.txt", text, Election("2024-05-02", ""),
                                           (finding,)))
    assert "\x1b[2J" not in shown and "\x07" not in shown and "\x1b]0" not in shown
    assert "\\x1b[2Jgained 4 seats\\x07" in shown


def test_long_claims_wrap_to_the_terminal_width(checker):
    paragraph = "After a long night of counting in the north of England, " * 6 + "Labour gained 4 seats."
    result = CliRunner().invoke(app, ["check", "-"], input=paragraph, env={"COLUMNS": "60"})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 60


def test_report_writes_reports_stem_html_by_default_and_prints_the_path(tmp_path, checker, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "night.txt").write_text("Labour gained 4 seats in Trafford.\n")
    result = run("report", "night.txt", "--publisher", "The Test Desk", "--date", "2024-05-02")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "reports/night.html"
    html = (tmp_path / "reports" / "night.html").read_text()
    assert "The Test Desk" in html and "✓ Accurate" not in html and "Accurate</span>" in html
    assert not list((tmp_path / "reports").glob(".*.tmp"))


def test_report_from_standard_input_and_into_a_folder(tmp_path, checker):
    result = run("report", "-", "-o", str(tmp_path), stdin="Labour gained 4 seats.\n")
    assert result.exit_code == 0
    assert (tmp_path / "stdin.html").is_file()


def test_report_refuses_to_overwrite_its_input(tmp_path, checker):
    source = tmp_path / "draft.html"
    source.write_text("<p>Labour gained 4 seats.</p>")
    result = run("report", str(source), "-o", str(source))
    assert result.exit_code == 2
    assert "refusing to overwrite the input file" in result.stderr
    assert source.read_text() == "<p>Labour gained 4 seats.</p>"


def test_report_on_a_bad_file_is_one_line(tmp_path, checker):
    result = run("report", str(tmp_path / "gone.md"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"factcheck: {tmp_path / 'gone.md'}: no such file"


def test_a_year_in_the_official_figures_is_shown_as_a_year():
    from factcheck.render.labels import format_value

    assert format_value(1978.0, None) == "1978"
    assert format_value(1978.0, "votes") == "1,978 votes"
    assert format_value(12.0, None) == "12"
