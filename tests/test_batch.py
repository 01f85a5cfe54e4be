"""`factcheck batch`: one JSON line per document, written as it goes, resumable, parallel.

The checker is the marker-word fake from lint_fakes (WRONG, RIGHT, ... stand in for judged claims), so
no database is needed. Its class is the factory each worker calls, which works with 'spawn'.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lint_fakes import FakeChecker
from typer.testing import CliRunner

from factcheck.batch import BatchError, output_line, prepare_output, run_batch
from factcheck.cli import app
from factcheck.cli import batch as batch_cli


def write_corpus(folder: Path, count: int) -> list[str]:
    """`count` small articles in nested folders; returns their ids (paths relative to the folder)."""
    ids = []
    for n in range(count):
        relative = Path(f"part{n % 3}") / f"night{n:03d}.txt"
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(f"Report {n}. RIGHT Labour won {n} seats. WRONG the Tories lost 3.\n")
        ids.append(relative.as_posix())
    return sorted(ids)


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


class CountingFactory:
    """A factory handing out one shared fake, so a test can see which documents were checked."""

    def __init__(self) -> None:
        self.checker = FakeChecker()

    def __call__(self) -> FakeChecker:
        return self.checker

    @property
    def checked(self) -> list[str]:
        return [call["path"] for call in self.checker.calls]


def test_each_document_gives_one_line_with_its_id_claims_and_summary(tmp_path):
    ids = write_corpus(tmp_path / "in", 5)
    out = tmp_path / "results.jsonl"
    stats = run_batch(tmp_path / "in", out, factory=FakeChecker)
    lines = read_lines(out)
    assert [line["id"] for line in lines] == ids  # input order: sorted, recursive
    assert stats.written == 5 and stats.errors == 0
    first = lines[0]
    assert first["path"].endswith("night000.txt")
    assert [claim["verdict"] for claim in first["claims"]] == ["accurate", "inaccurate"]
    assert first["summary"] == {"claims": 2, "by_verdict": {"accurate": 1, "inaccurate": 1}}
    assert "error" not in first


def test_a_jsonl_input_uses_its_ids_and_dates(tmp_path):
    source = tmp_path / "corpus.jsonl"
    records = [{"id": "a", "text": "RIGHT Labour held 5.", "date": "2022-05-05"},
               {"id": "b", "text": "SLANT the Greens took 9%."}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "results.jsonl"
    run_batch(source, out, factory=FakeChecker)
    lines = read_lines(out)
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["election"]["date"] == "2022-05-05"
    assert lines[1]["election"]["date"] is None
    assert lines[1]["claims"][0]["verdict"] == "misleading"


def test_the_date_option_wins_over_each_documents_own_date(tmp_path):
    source = tmp_path / "corpus.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "RIGHT Labour held 5.", "date": "2022-05-05"}) + "\n")
    out = tmp_path / "results.jsonl"
    run_batch(source, out, factory=FakeChecker, election="2024-05-02")
    assert read_lines(out)[0]["election"]["date"] == "2024-05-02"


def test_a_rerun_skips_documents_already_done(tmp_path):
    write_corpus(tmp_path / "in", 6)
    out = tmp_path / "results.jsonl"
    run_batch(tmp_path / "in", out, factory=FakeChecker)
    factory = CountingFactory()
    stats = run_batch(tmp_path / "in", out, factory=factory)
    assert factory.checked == [] and stats.skipped == 6 and stats.written == 0
    assert len(read_lines(out)) == 6


def test_a_killed_run_is_resumed_and_its_truncated_last_line_repaired(tmp_path):
    ids = write_corpus(tmp_path / "in", 6)
    out = tmp_path / "results.jsonl"
    run_batch(tmp_path / "in", out, factory=FakeChecker)
    complete = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # As if killed while writing the fourth line: three whole lines and half of the next.
    out.write_text("".join(complete[:3]) + complete[3][: len(complete[3]) // 2], encoding="utf-8")
    factory = CountingFactory()
    stats = run_batch(tmp_path / "in", out, factory=factory)
    assert stats.repaired and stats.skipped == 3
    assert [Path(p).relative_to(tmp_path / "in").as_posix() for p in factory.checked] == ids[3:]
    assert [line["id"] for line in read_lines(out)] == ids


def test_a_complete_last_line_missing_only_its_newline_is_kept(tmp_path):
    out = tmp_path / "results.jsonl"
    out.write_text('{"id": "a"}\n{"id": "b"}', encoding="utf-8")
    done, repaired = prepare_output(out)
    assert set(done) == {"a", "b"} and not repaired
    assert out.read_text(encoding="utf-8") == '{"id": "a"}\n{"id": "b"}\n'


def test_an_unreadable_document_becomes_an_error_line_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    write_corpus(folder, 2)
    (folder / "bad.txt").write_bytes(b"Labour gained \xff\xfe 4 seats\n")
    (folder / "empty.md").write_text("   \n")
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x00\x00")
    out = tmp_path / "results.jsonl"
    stats = run_batch(folder, out, factory=FakeChecker)
    by_id = {line["id"]: line for line in read_lines(out)}
    assert len(by_id) == 5 and stats.errors == 3
    assert "not valid UTF-8" in by_id["bad.txt"]["error"]
    assert "is empty" in by_id["empty.md"]["error"]
    assert "binary" in by_id["image.html"]["error"]
    assert by_id["bad.txt"]["claims"] == []
    assert "error" not in by_id["part0/night000.txt"]


def test_bad_jsonl_lines_become_error_lines(tmp_path):
    source = tmp_path / "corpus.jsonl"
    source.write_bytes(b'{"id": "ok", "text": "RIGHT Labour held 5."}\n'
                       b"not json at all\n"
                       b'{"id": "no-text"}\n'
                       b'{"id": "bad-date", "text": "RIGHT x.", "date": "May 2022"}\n')
    out = tmp_path / "results.jsonl"
    run_batch(source, out, factory=FakeChecker)
    lines = read_lines(out)
    assert [("error" in line) for line in lines] == [False, True, True, True]
    assert lines[1]["id"].endswith("corpus.jsonl:2")
    assert "YYYY-MM-DD" in lines[3]["error"]


def test_a_repeated_id_is_checked_once(tmp_path):
    source = tmp_path / "corpus.jsonl"
    source.write_text('{"id": "x", "text": "RIGHT a."}\n{"id": "x", "text": "WRONG b."}\n')
    out = tmp_path / "results.jsonl"
    stats = run_batch(source, out, factory=FakeChecker)
    assert stats.duplicates == 1 and len(read_lines(out)) == 1


def test_two_jobs_give_the_same_results_as_one(tmp_path):
    write_corpus(tmp_path / "in", 40)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch(tmp_path / "in", one, factory=FakeChecker, jobs=1)
    run_batch(tmp_path / "in", two, factory=FakeChecker, jobs=2, chunk_size=3)
    assert read_lines(two) == read_lines(one)  # the same lines, in the same (input) order


def test_an_unknown_kind_of_input_is_a_usage_error(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    with pytest.raises(BatchError, match="folder of documents or a .jsonl"):
        run_batch(tmp_path / "notes.csv", tmp_path / "out.jsonl", factory=FakeChecker)


# --- the command ------------------------------------------------------------------------------------


@pytest.fixture
def fake_engine(monkeypatch) -> None:
    monkeypatch.setattr(batch_cli, "checker_factory", lambda: FakeChecker)
    monkeypatch.setattr(batch_cli, "ensure_database", lambda: None)


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_the_command_writes_results_and_says_how_many(tmp_path, fake_engine):
    write_corpus(tmp_path / "in", 3)
    out = tmp_path / "results.jsonl"
    result = run("batch", str(tmp_path / "in"), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(read_lines(out)) == 3
    assert "3 documents checked (0 with errors)" in result.stderr


def test_the_command_reports_documents_skipped_on_a_rerun(tmp_path, fake_engine):
    write_corpus(tmp_path / "in", 3)
    out = tmp_path / "results.jsonl"
    run("batch", str(tmp_path / "in"), "-o", str(out))
    result = run("batch", str(tmp_path / "in"), "-o", str(out))
    assert result.exit_code == 0
    assert "3 already done (skipped)" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["missing-folder"], "missing-folder: no such file or folder"),
    (["{in}", "--date", "05/05/2022"], "--date: '05/05/2022' is not a date"),
    (["{in}", "--jobs", "0"], "--jobs: must be at least 1"),
])
def test_usage_errors_are_one_line_and_exit_2(tmp_path, fake_engine, args, message):
    (tmp_path / "in").mkdir()
    args = [a.replace("{in}", str(tmp_path / "in")) for a in args]
    result = run("batch", *args, "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("factcheck: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_database_that_cannot_be_opened_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    def broken() -> FakeChecker:
        raise RuntimeError("reference database is corrupt")

    monkeypatch.setattr(batch_cli, "checker_factory", lambda: broken)
    write_corpus(tmp_path / "in", 1)
    result = run("batch", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 2
    assert "reference database is corrupt" in result.stderr and "Traceback" not in result.stderr


class InterruptedChecker(FakeChecker):
    """Stops the whole run (like Ctrl-C or a kill) when it reaches the third document."""

    def check(self, text, path="-", **options):
        if len(self.calls) == 2:
            raise KeyboardInterrupt
        return super().check(text, path, **options)


def test_lines_are_written_as_they_go_so_an_interrupted_run_keeps_its_work(tmp_path):
    ids = write_corpus(tmp_path / "in", 5)
    out = tmp_path / "results.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_batch(tmp_path / "in", out, factory=InterruptedChecker)
    assert [line["id"] for line in read_lines(out)] == ids[:2]
    run_batch(tmp_path / "in", out, factory=FakeChecker)
    assert [line["id"] for line in read_lines(out)] == ids


def test_output_lines_are_compact_json_even_for_numbers_past_64_bits():
    for record in ({"claims": [], "note": "Ynys Môn – “quoted”"}, {"claims": [{"claimed": 10**30}]}):
        line = output_line("doc-1", record)
        assert line.endswith("\n") and "\n" not in line[:-1]
        assert json.loads(line) == {"id": "doc-1", **record}
