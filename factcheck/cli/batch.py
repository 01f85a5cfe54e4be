"""`factcheck batch DIR|FILE.jsonl -o results.jsonl [--jobs N] [--date D]`: check a whole corpus.

One JSON line per document, in input order, appended and flushed as it goes; a rerun skips the documents
already in the output. Unreadable documents become lines with an `error` field and the run goes on.
Exit code 0, or 2 for a usage problem (missing input, bad --date, no reference database).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from factcheck.cli.errors import EXIT_OK, fail

if TYPE_CHECKING:
    from factcheck.batch import BatchStats, CheckerFactory


def register(app: typer.Typer) -> None:
    """Add this module's command to the app."""
    app.command("batch")(batch_command)


def checker_factory() -> CheckerFactory:
    """What each worker calls to open its checker (tests replace this with a fake)."""
    from factcheck.batch import open_default_checker

    return open_default_checker


def ensure_database() -> None:
    """Open (and if needed build) the reference database once, before any worker starts."""
    from factcheck.db.connect import open_database

    open_database().close()


def batch_command(
    source: Annotated[Path, typer.Argument(
        metavar="DIR|FILE.jsonl", help="A folder of .txt/.md/.html files (searched recursively), or a JSONL "
                                       "file with {\"id\", \"text\", \"date\"?} on each line.")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="Results, one JSON line per document; an existing file is resumed.")],
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", help="Worker processes (each opens the database once); output stays in input order.")] = 1,
    date: Annotated[str | None, typer.Option(
        "--date", help="Election date (YYYY-MM-DD) for every document, over any date they give.")] = None,
) -> None:
    """Check every document in a folder or JSONL file, writing one JSON line per document as it goes."""
    from factcheck.batch import BatchError, count_items, run_batch, show_progress
    from factcheck.inputs import InputError, election_date

    try:
        election = election_date(date) if date else None
    except InputError as error:
        raise fail(str(error)) from None
    if jobs < 1:
        raise fail(f"--jobs: must be at least 1, not {jobs}")
    if election is not None:
        election = checked_election(election)
    if output.resolve() == source.resolve():
        raise fail(f"{output}: the output would overwrite the input")
    started = time.perf_counter()
    try:
        total = count_items(source) if show_progress() and source.exists() else None
        if jobs > 1:
            ensure_database()
        with _progress(total) as advance:
            stats = run_batch(source, output, jobs=jobs, election=election, factory=checker_factory(),
                              on_progress=advance)
    except BatchError as error:
        raise fail(str(error)) from None
    except KeyboardInterrupt:
        raise fail("interrupted; rerun the same command to resume", 130) from None
    except Exception as error:  # the database could not be opened (here or in a worker)
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        raise fail(f"cannot check the corpus: {type(error).__name__}: {error}") from None
    _report(stats, output, time.perf_counter() - started)
    if not (stats.written or stats.skipped or stats.duplicates):  # most likely a mistyped path
        raise fail(f"{source}: no documents found (.txt, .md or .html files, or JSONL lines)")
    raise typer.Exit(EXIT_OK)


def checked_election(election: str) -> str:
    """--date as the election it names; a day with no election is a one-line error (tests replace this)."""
    from factcheck.cli.dates import DateNotAnElection, election_on, polling_days
    from factcheck.db.connect import DatabaseUnavailable

    try:
        return election_on(election, polling_days()) or election
    except DateNotAnElection as error:
        raise fail(str(error)) from None
    except DatabaseUnavailable as error:
        raise fail(f"cannot open the reference database: {error}") from None


def _report(stats: BatchStats, output: Path, seconds: float) -> None:
    from factcheck.batch import describe

    print(f"factcheck: {describe(stats, output, seconds)}", file=sys.stderr)


class _progress:
    """A rich progress bar with docs/s and an ETA when `total` is known (a terminal), else nothing."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.bar: Any = None

    def __enter__(self) -> Callable[[int, int], None] | None:
        if self.total is None:
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn(),
                            transient=True)
        self.bar.start()
        task = self.bar.add_task("batch", total=self.total, rate="")
        started = time.perf_counter()
        checked = 0

        def advance(written: int, skipped: int) -> None:
            nonlocal checked
            checked += written
            rate = checked / max(time.perf_counter() - started, 1e-9)
            self.bar.update(task, advance=written + skipped, rate=f"{rate:6.1f} docs/s")

        return advance

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
