"""Check a whole corpus: a folder of documents or a JSONL file, one JSON line out per document.

    stats = run_batch(Path("articles/"), Path("results.jsonl"), jobs=2)

- Input: a folder walked recursively in sorted order (.txt, .md, .html and friends; dot-files skipped), or
  a `.jsonl` file with `{"id", "text", "date"?}` per line. Both are streamed, never held whole.
- Output: `json_contract.document_record` plus `id` and a per-document `summary`, one line per document,
  written and flushed as it goes, **in input order** (also with several jobs), so `--jobs 1` and `--jobs 2`
  give the same file. A document that cannot be read or checked becomes a line with an `error` field.
- Resume: a document already in the output is skipped only if it was checked without error, from the same
  content and with the same --date (each line's `input` records both). Anything else is checked again, the
  closing line says how many and why, and the output keeps one line per id (the newest, in the first one's
  place). A truncated last line (a killed run) is cut away first.
- Jobs: with one job a killed run loses at most the document in flight. With N jobs, worker processes
  ('spawn'-safe) each open the checker once and take chunks of documents; at most 3 chunks per job are in
  flight (those are what a killed run loses), so memory stays flat however large the corpus.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Protocol

DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml"})
CHUNK_SIZE = 8  # documents per task sent to a worker
CHUNKS_IN_FLIGHT_PER_JOB = 3  # bounds memory and the work a killed run loses


class BatchError(Exception):
    """A usage problem (missing input, unknown kind of input): one line, exit code 2."""


class DocumentChecker(Protocol):
    def check(self, text: str, path: str = "-", *, election: str | None = None,
              front_matter: Mapping[str, Any] | None = None) -> Any: ...


CheckerFactory = Callable[[], DocumentChecker]


@dataclass(frozen=True)
class BatchItem:
    """One document to check: a file to read (`file`) or text from a JSONL line (`text`)."""

    id: str
    path: str
    file: str | None = None
    text: str | None = None
    date: str | None = None
    error: str | None = None  # already known to be bad (an unreadable JSONL line)
    input: Mapping[str, str | None] | None = None  # what it was checked from (see input_record)


@dataclass
class BatchStats:
    """What a run did, for the closing line and for tests."""

    written: int = 0
    errors: int = 0
    skipped: int = 0  # already in the output, unchanged (resume)
    redone: Counter[str] = field(default_factory=Counter)  # checked again, by reason
    duplicates: int = 0  # an id seen earlier in this input
    repaired: bool = False  # a truncated last line was cut away
    ids: list[str] = field(default_factory=list, repr=False)


def open_default_checker() -> DocumentChecker:
    """The real engine (the default factory; importable by name, so 'spawn' workers can call it)."""
    from factcheck.pipeline import open_checker

    return open_checker()


# --- input ----------------------------------------------------------------------------------------------


def iter_items(source: Path) -> Iterator[BatchItem]:
    """The documents in a folder or a JSONL file, streamed in a stable order."""
    if source.is_dir():
        return _folder_items(source)
    if source.is_file() and source.suffix.lower() in {".jsonl", ".ndjson"}:
        return _jsonl_items(source)
    if not source.exists():
        raise BatchError(f"{source}: no such file or folder")
    raise BatchError(f"{source}: give a folder of documents or a .jsonl file")


def count_items(source: Path) -> int:
    """How many documents `iter_items` will yield (one cheap pass, for the progress bar's ETA)."""
    if source.is_dir():
        return sum(1 for _ in _folder_files(source))
    with source.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _folder_files(folder: Path, *, notify: bool = False) -> Iterator[Path]:
    """Documents under the folder; named pipes, sockets and devices are skipped (with a notice if `notify`)."""
    from factcheck.inputs import is_regular_file, special_file_note

    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in DOCUMENT_SUFFIXES:
                if is_regular_file(Path(root, name)):
                    yield Path(root, name)
                elif notify:
                    print(f"factcheck: note: {special_file_note(Path(root, name))}", file=sys.stderr)


def _folder_items(folder: Path) -> Iterator[BatchItem]:
    for path in _folder_files(folder, notify=True):
        yield BatchItem(id=path.relative_to(folder).as_posix(), path=str(path), file=str(path))


def _jsonl_items(source: Path) -> Iterator[BatchItem]:
    with source.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if raw.strip():
                yield _jsonl_item(raw, f"{source}:{number}")


def _jsonl_item(raw: bytes, where: str) -> BatchItem:
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        return BatchItem(id=where, path=where, error=f"{where}: is not valid UTF-8 (bad byte at {error.start})")
    except json.JSONDecodeError as error:
        return BatchItem(id=where, path=where, error=f"{where}: is not a JSON object ({error.msg})")
    if not isinstance(record, dict):
        return BatchItem(id=where, path=where, error=f"{where}: is not a JSON object")
    raw_id = record.get("id")
    doc_id = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id) else where
    text, date = record.get("text"), record.get("date")
    if not isinstance(text, str):
        return BatchItem(id=doc_id, path=doc_id, error=f"{where}: has no \"text\" string")
    if date is not None and not isinstance(date, str):
        return BatchItem(id=doc_id, path=doc_id, error=f"{where}: \"date\" is not a string")
    return BatchItem(id=doc_id, path=doc_id, text=text, date=date)


# --- output and resume ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Done:
    """What the output already says about one id: the input it was checked from, and whether it failed."""

    input: Mapping[str, Any] | None
    failed: bool
    repeated: bool = False  # more than one line has this id (a run killed before it kept only the newest)


def input_record(item: BatchItem, election: str | None) -> dict[str, str | None]:
    """What a document's verdicts depend on besides the database: its content (a SHA-256 of the file's
    bytes, or of a JSONL line's text and date) and the --date given to the run."""
    digest = hashlib.sha256()
    try:
        if item.file is not None:
            with open(item.file, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        else:
            digest.update(f"{item.text or ''}\0{item.date or ''}\0{item.error or ''}".encode("utf-8", "replace"))
    except OSError:
        return {"sha256": None, "date_option": election}  # unreadable: never counts as unchanged
    return {"sha256": digest.hexdigest(), "date_option": election}


def redo_reason(previous: Done, current: Mapping[str, Any]) -> str | None:
    """Why a document already in the output must be checked again, or None to skip it."""
    if previous.failed:
        return "failed before"
    if previous.input is None:
        return "no record of its input"
    if current.get("sha256") is None or previous.input.get("sha256") != current["sha256"]:
        return "changed"
    if previous.input.get("date_option") != current.get("date_option"):
        return "another --date"
    return None


def prepare_output(output: Path) -> tuple[dict[str, Done], bool]:
    """What the output already holds by id (the last line for an id wins), after cutting away a truncated
    last line. Returns (done, repaired)."""
    if not output.exists():
        return {}, False
    if output.is_dir():
        raise BatchError(f"{output}: is a folder, not an output file")
    done: dict[str, Done] = {}
    good_end = 0
    with output.open("rb") as handle:
        for line in handle:
            record = _parse_line(line)
            if record is None and not line.endswith(b"\n"):
                break  # the line a killed run was writing
            good_end += len(line)
            if record is not None and isinstance(record.get("id"), str):
                previous = record.get("input")
                done[record["id"]] = Done(previous if isinstance(previous, dict) else None, "error" in record,
                                          record["id"] in done)
    size = output.stat().st_size
    if good_end < size:
        with output.open("r+b") as handle:
            handle.truncate(good_end)
    elif size and not _ends_with_newline(output):
        with output.open("ab") as handle:  # a complete last line that lost only its newline
            handle.write(b"\n")
    return done, good_end < size


def _parse_line(line: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    return record if isinstance(record, dict) else None


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def output_line(doc_id: str, record: Mapping[str, Any]) -> str:
    return compact_json({"id": doc_id, **record}) + "\n"


def compact_json(value: Any) -> str:
    """One line of JSON: orjson (about six times faster on evidence-heavy records), else the json module,
    which also takes what orjson refuses (integers past 64 bits)."""
    try:
        import orjson

        return orjson.dumps(value, default=str).decode()
    except (ImportError, TypeError):  # orjson.JSONEncodeError is a TypeError
        return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))


def error_line(item: BatchItem, message: str) -> str:
    record = {"path": item.path, "election": {"date": None, "how": "not checked"}, "claims": [],
              "summary": {"claims": 0, "by_verdict": {}}, "error": message, "input": item.input}
    return output_line(item.id, record)


def keep_newest_lines(output: Path) -> None:
    """Rewrite the output with one line per id: the newest, where the id first appeared. Lines without an
    id stay where they are. Written beside the file and renamed, so a kill leaves the old file whole."""
    if not output.is_file():
        return
    newest: dict[Any, int] = {}  # id (or a line's own offset) -> offset of its newest line
    with output.open("rb") as handle:
        offset = 0
        for line in handle:
            record = _parse_line(line)
            key = record["id"] if record is not None and isinstance(record.get("id"), str) else ("line", offset)
            newest.setdefault(key, offset)
            newest[key] = offset
            offset += len(line)
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        with output.open("rb") as source, temporary.open("wb") as target:
            for position in newest.values():  # insertion order: where each id first appeared
                source.seek(position)
                target.write(source.readline())
            target.flush()
            os.fsync(target.fileno())
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)


# --- the work -------------------------------------------------------------------------------------------

_checker: DocumentChecker | None = None  # one per process, opened by init_worker
_election: str | None = None


def init_worker(factory: CheckerFactory, election: str | None) -> None:
    """Open the checker once in this process (the pool's initializer; also used for --jobs 1)."""
    global _checker, _election
    _checker, _election = factory(), election


def check_chunk(items: list[BatchItem]) -> list[tuple[str, str, bool]]:
    """Check documents in this process: (id, JSON line, is_error) for each."""
    return [check_item(item) for item in items]


def check_item(item: BatchItem) -> tuple[str, str, bool]:
    """Read and check one document; anything that goes wrong becomes an error line."""
    from factcheck.inputs import InputError, document_from_text, election_date, read_document
    from factcheck.render.json_contract import document_record

    if item.error:
        return item.id, error_line(item, item.error), True
    assert _checker is not None, "init_worker() was not called"
    try:
        document = read_document(item.file) if item.file else document_from_text(item.text or "", item.path)
        election = _election or (election_date(item.date, f"{item.path}: date") if item.date else None)
        result = _checker.check(document.text_for_checking, item.path, election=election,
                                front_matter=dict(document.front_matter))
    except InputError as error:
        return item.id, error_line(item, str(error)), True
    except Exception as error:  # one bad document never sinks the run
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        return item.id, error_line(item, f"{item.path}: could not be checked ({type(error).__name__}: "
                                         f"{error})"), True
    record = document_record(result)
    record["input"] = item.input
    verdicts = Counter(claim["verdict"] for claim in record["claims"] if not claim["suppressed"])
    record["summary"] = {"claims": sum(verdicts.values()), "by_verdict": dict(sorted(verdicts.items()))}
    return item.id, output_line(item.id, record), bool(result.error)


def _chunks(items: Iterable[BatchItem], size: int) -> Iterator[list[BatchItem]]:
    chunk: list[BatchItem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pending(items: Iterable[BatchItem], done: Mapping[str, Done], stats: BatchStats,
             election: str | None) -> Iterator[BatchItem]:
    """Items to check: not in the output, or there from other content, another --date or a failure (see
    redo_reason). Ids repeated within the input are dropped after the first."""
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            stats.duplicates += 1
            continue
        seen.add(item.id)
        item = replace(item, input=input_record(item, election))
        reason = redo_reason(done[item.id], item.input) if item.id in done else ""
        if reason is None:
            stats.skipped += 1
            continue
        if reason:
            stats.redone[reason] += 1
        yield item


def _results_in_order(chunks: Iterator[list[BatchItem]], jobs: int, factory: CheckerFactory,
                      election: str | None) -> Iterator[list[tuple[str, str, bool]]]:
    """Checked chunks in input order: in this process for one job, else from a bounded worker pool."""
    if jobs <= 1:  # one document at a time, each written before the next is read
        init_worker(factory, election)
        for chunk in chunks:
            for item in chunk:
                yield [check_item(item)]
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    limit = jobs * CHUNKS_IN_FLIGHT_PER_JOB
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=init_worker,
                             initargs=(factory, election)) as pool:
        in_flight: deque[Future[list[tuple[str, str, bool]]]] = deque()
        try:
            for chunk in chunks:
                in_flight.append(pool.submit(check_chunk, chunk))
                if len(in_flight) >= limit:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
        finally:
            for future in in_flight:
                future.cancel()


def run_batch(source: Path, output: Path, *, jobs: int = 1, election: str | None = None,
              factory: CheckerFactory = open_default_checker, chunk_size: int = CHUNK_SIZE,
              on_progress: Callable[[int, int], None] | None = None, keep_ids: bool = False) -> BatchStats:
    """Check every document in `source` not already in `output`, appending one line per document.

    `on_progress(written, skipped)` is called after each chunk with the documents just written and
    those passed over since the last call (already done, or a repeated id).
    """
    items = iter_items(source)
    done, repaired = prepare_output(output)
    stats = BatchStats(repaired=repaired)
    passed_over = 0
    with output.open("a", encoding="utf-8") as out:
        pending = _pending(items, done, stats, election)
        for results in _results_in_order(_chunks(pending, chunk_size), jobs, factory, election):
            _write(out, results, stats, keep_ids)
            if on_progress:
                on_progress(len(results), stats.skipped + stats.duplicates - passed_over)
                passed_over = stats.skipped + stats.duplicates
        with contextlib.suppress(OSError):  # not every output can be synced (/dev/null, a pipe)
            os.fsync(out.fileno())
    if stats.redone or any(d.repeated for d in done.values()):
        keep_newest_lines(output)
    if on_progress and stats.skipped + stats.duplicates > passed_over:
        on_progress(0, stats.skipped + stats.duplicates - passed_over)
    return stats


def _write(out: IO[str], results: list[tuple[str, str, bool]], stats: BatchStats, keep_ids: bool) -> None:
    for doc_id, line, is_error in results:
        out.write(line)
        out.flush()
        stats.written += 1
        stats.errors += is_error
        if keep_ids:
            stats.ids.append(doc_id)


def describe(stats: BatchStats, output: Path, seconds: float) -> str:
    """The closing line: counts, speed and where the results went."""
    rate = stats.written / seconds if seconds > 0 else 0.0
    parts = [f"{stats.written} documents checked ({stats.errors} with errors) in {seconds:.1f} s, "
             f"{rate:.1f} docs/s"]
    if stats.skipped:
        parts.append(f"{stats.skipped} already done (skipped)")
    if stats.redone:
        reasons = ", ".join(f"{count} {reason}" for reason, count in stats.redone.most_common())
        parts.append(f"{sum(stats.redone.values())} checked again ({reasons})")
    if stats.duplicates:
        parts.append(f"{stats.duplicates} repeated ids skipped")
    if stats.repaired:
        parts.append("a truncated last line was removed")
    return "; ".join(parts) + f" -> {output}"


def show_progress() -> bool:
    """A progress bar only for a person at a terminal, not in CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")
