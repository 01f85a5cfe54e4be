"""`factcheck batch` resumes by content and options, not by name: a fixed or edited document is checked
again, so is everything after a change of --date, and the output keeps one line per document."""

from __future__ import annotations

import json
from pathlib import Path

from lint_fakes import FakeChecker
from test_batch import CountingFactory, read_lines, write_corpus
from typer.testing import CliRunner

from factcheck.batch import run_batch
from factcheck.cli import app
from factcheck.cli import batch as batch_cli


def checked_ids(factory: CountingFactory, folder: Path) -> list[str]:
    return [Path(p).relative_to(folder).as_posix() for p in factory.checked]


def test_a_file_fixed_after_failing_is_checked_again(tmp_path):
    folder = tmp_path / "in"
    ids = write_corpus(folder, 3)
    broken = folder / "part0" / "night000.txt"
    broken.write_bytes(b"RIGHT Labour \xff held 5.\n")
    out = tmp_path / "results.jsonl"
    first = run_batch(folder, out, factory=FakeChecker)
    assert first.errors == 1
    broken.write_text("RIGHT Labour held 5.\n")
    factory = CountingFactory()
    stats = run_batch(folder, out, factory=factory)
    assert checked_ids(factory, folder) == ["part0/night000.txt"]
    assert stats.redone == {"failed before": 1} and stats.skipped == 2
    lines = read_lines(out)
    assert [line["id"] for line in lines] == ids and not any("error" in line for line in lines)


def test_an_edited_file_is_checked_again_and_its_old_line_replaced_in_place(tmp_path):
    folder = tmp_path / "in"
    ids = write_corpus(folder, 4)
    out = tmp_path / "results.jsonl"
    run_batch(folder, out, factory=FakeChecker)
    (folder / ids[1]).write_text("WRONG the Greens lost 2.\n")
    factory = CountingFactory()
    stats = run_batch(folder, out, factory=factory)
    assert checked_ids(factory, folder) == [ids[1]] and stats.redone == {"changed": 1}
    lines = read_lines(out)
    assert [line["id"] for line in lines] == ids  # one line each, in input order
    assert [c["verdict"] for c in lines[1]["claims"]] == ["inaccurate"]


def test_a_rerun_with_another_date_rechecks_everything(tmp_path):
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps({"id": n, "text": "RIGHT Labour held 5."}) + "\n" for n in "abc"))
    out = tmp_path / "results.jsonl"
    run_batch(source, out, factory=FakeChecker, election="2022-05-05")
    stats = run_batch(source, out, factory=FakeChecker, election="2024-05-02")
    assert stats.redone == {"another --date": 3} and stats.skipped == 0
    lines = read_lines(out)
    assert [line["election"]["date"] for line in lines] == ["2024-05-02"] * 3
    assert [line["input"]["date_option"] for line in lines] == ["2024-05-02"] * 3
    assert run_batch(source, out, factory=FakeChecker, election="2024-05-02").skipped == 3


def test_a_changed_jsonl_text_or_date_is_checked_again(tmp_path):
    source = tmp_path / "corpus.jsonl"
    source.write_text('{"id": "a", "text": "RIGHT x."}\n{"id": "b", "text": "RIGHT y.", "date": "2022-05-05"}\n')
    out = tmp_path / "results.jsonl"
    run_batch(source, out, factory=FakeChecker)
    source.write_text('{"id": "a", "text": "RIGHT x."}\n{"id": "b", "text": "RIGHT y.", "date": "2023-05-04"}\n')
    stats = run_batch(source, out, factory=FakeChecker)
    assert stats.redone == {"changed": 1} and stats.skipped == 1
    assert [line["election"]["date"] for line in read_lines(out)] == [None, "2023-05-04"]


def test_lines_written_before_inputs_were_recorded_are_checked_again(tmp_path):
    folder = tmp_path / "in"
    write_corpus(folder, 2)
    out = tmp_path / "results.jsonl"
    run_batch(folder, out, factory=FakeChecker)
    old = [{k: v for k, v in line.items() if k != "input"} for line in read_lines(out)]
    out.write_text("".join(json.dumps(line) + "\n" for line in old))
    stats = run_batch(folder, out, factory=FakeChecker)
    assert stats.redone == {"no record of its input": 2} and len(read_lines(out)) == 2


def test_a_run_killed_after_rechecking_keeps_only_the_newest_line_next_time(tmp_path):
    folder = tmp_path / "in"
    ids = write_corpus(folder, 3)
    out = tmp_path / "results.jsonl"
    run_batch(folder, out, factory=FakeChecker)
    lines = out.read_text().splitlines(keepends=True)
    newer = json.loads(lines[0])
    newer["summary"]["claims"] = 99
    out.write_text("".join(lines) + json.dumps(newer) + "\n")  # as a killed recheck would leave it
    run_batch(folder, out, factory=FakeChecker)
    result = read_lines(out)
    assert [line["id"] for line in result] == ids and result[0]["summary"]["claims"] == 99


def test_the_command_says_what_was_checked_again_and_why(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_cli, "checker_factory", lambda: FakeChecker)
    monkeypatch.setattr(batch_cli, "ensure_database", lambda: None)
    monkeypatch.setattr(batch_cli, "checked_election", lambda date: date)
    folder = tmp_path / "in"
    ids = write_corpus(folder, 3)
    out = tmp_path / "results.jsonl"
    CliRunner().invoke(app, ["batch", str(folder), "-o", str(out)])
    (folder / ids[0]).write_text("RIGHT edited.\n")
    result = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out)])
    assert result.exit_code == 0
    assert "2 already done (skipped); 1 checked again (1 changed)" in result.stderr
    result = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), "--date", "2022-05-05"])
    assert "3 checked again (3 another --date)" in result.stderr
