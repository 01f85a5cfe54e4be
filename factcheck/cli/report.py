"""`factcheck report FILE|-`: one self-contained HTML fact-check report (docs/report.md)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.errors import EXIT_OK, fail

DEFAULT_FOLDER = Path("reports")


def register(app: typer.Typer) -> None:
    """Add this module's command to the app."""
    app.command("report")(report_command)


def report_command(
    source: Annotated[str, typer.Argument(metavar="FILE|-", help="A text, Markdown or HTML file; - reads "
                                                                 "standard input.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Where to write the report (default: reports/<input name>.html); a folder "
                               "means <folder>/<input name>.html.")] = None,
    date: Annotated[str | None, typer.Option(
        "--date", help="Election date (YYYY-MM-DD), over any date found in the text.")] = None,
    publisher: Annotated[str, typer.Option(
        "--publisher", help="Who publishes the report (the ClaimReview author).")] = "factcheck",
    publisher_url: Annotated[str | None, typer.Option(
        "--publisher-url", help="The publisher's web site (http or https).")] = None,
    title: Annotated[str | None, typer.Option("--title", help="The report's heading.")] = None,
    appearance_url: Annotated[str | None, typer.Option(
        "--appearance-url", help="Where the checked text was published (for ClaimReview).")] = None,
    report_url: Annotated[str | None, typer.Option(
        "--report-url", help="Where this report will be published (ClaimReview url).")] = None,
    review_date: Annotated[str | None, typer.Option(
        "--review-date", help="The date of this review, YYYY-MM-DD (default: today).")] = None,
) -> None:
    """Write an HTML report: the text with every claim marked, a card per claim, and the evidence."""
    from factcheck.cli.check import check_document, checked_date, open_engine
    from factcheck.inputs import InputError, election_date, read_document
    from factcheck.render.html import ReportOptions, iter_report

    try:
        election = election_date(date) if date else None
        reviewed = election_date(review_date, "--review-date") if review_date else None
        document = read_document(source)
    except InputError as error:
        raise fail(str(error)) from None
    target = output_path(source, document.stem, output)
    checker = open_engine()
    result = check_document(checker, document, checked_date(election, checker))
    if result.error:
        raise fail(result.error.removeprefix("factcheck: "))
    options = ReportOptions(publisher=publisher, publisher_url=publisher_url, title=title,
                            review_date=reviewed, appearance_url=appearance_url, report_url=report_url,
                            appearance_date=document.date)
    try:
        write_atomically(target, iter_report(result, checker.database_info(), options))
    except OSError as error:
        raise fail(f"{target}: cannot write ({error.strerror or error})") from None
    print(target)
    raise typer.Exit(EXIT_OK)


def output_path(source: str, stem: str, output: Path | None) -> Path:
    """Where the report goes; never the input file itself."""
    target = output if output is not None else DEFAULT_FOLDER / f"{stem}.html"
    if target.is_dir():
        target = target / f"{stem}.html"
    if source != "-" and _same_file(Path(source), target):
        raise fail(f"{target}: refusing to overwrite the input file; choose another --output")
    return target


def write_atomically(target: Path, text: str | Iterable[str]) -> None:
    """Write beside the target, then rename: a failed write never leaves half a report. `text` may come in
    pieces (a big report is never held whole)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.writelines([text] if isinstance(text, str) else text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes the file private; a report is not
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _same_file(source: Path, target: Path) -> bool:
    try:
        if target.exists() and source.exists():
            return source.samefile(target)
    except OSError:
        pass
    return source.resolve() == target.resolve()
