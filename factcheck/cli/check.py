"""`factcheck check FILE... | -`: the verdicts in the terminal, or the JSON contract.

A file that cannot be read gets a one-line error on stderr and the others are still checked. The exit
code is 2 if any file failed, else 0: `check` reports, it does not gate (that is `factcheck lint`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from factcheck.cli.errors import EXIT_ERROR, EXIT_OK, fail, say

if TYPE_CHECKING:
    from factcheck.inputs import Document
    from factcheck.model import DocumentResult


class CheckFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def register(app: typer.Typer) -> None:
    """Add this module's command to the app."""
    app.command("check")(check_command)


def open_engine() -> Any:
    """The claim engine, opened once per run (tests replace this with a fake checker)."""
    from factcheck.pipeline import open_checker

    try:
        return open_checker()
    except Exception as error:  # a missing or broken database: one line, not a traceback
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        raise fail(f"cannot open the reference database: {error}") from None


def check_command(
    files: Annotated[list[str], typer.Argument(
        metavar="FILE...", help="Text, Markdown or HTML files; - reads standard input (pipe or paste, then "
                                "Ctrl-D).")],
    output_format: Annotated[CheckFormat, typer.Option(
        "--format", "-f", help="text: a table for people; json: the JSON contract.")] = CheckFormat.TEXT,
    date: Annotated[str | None, typer.Option(
        "--date", help="Election date (YYYY-MM-DD), over any date found in the texts.")] = None,
) -> None:
    """Check every claim about election results in the files and show the verdicts."""
    from factcheck.inputs import InputError, election_date

    try:
        election = election_date(date) if date else None
    except InputError as error:
        raise fail(str(error)) from None
    documents, results = read_all(files)
    if documents:
        checker = open_engine()
        election = checked_date(election, checker)
        for index, document in documents.items():
            results[index] = check_document(checker, document, election)
        database = checker.database_info()
    else:
        database = None
    ordered = [results[i] for i in sorted(results)]
    if output_format is CheckFormat.JSON:
        from factcheck.render.json_contract import iter_contract_json

        sys.stdout.writelines(iter_contract_json(ordered, database))  # claim by claim: memory stays flat
        sys.stdout.write("\n")
    else:
        from factcheck.render.terminal import print_results

        print_results(ordered)
    raise typer.Exit(EXIT_ERROR if any(r.error for r in ordered) else EXIT_OK)


def checked_date(election: str | None, checker: Any) -> str | None:
    """--date as the election it names; a day with no election is a one-line error (exit 2)."""
    from factcheck.cli.dates import DateNotAnElection, election_for_option

    try:
        return election_for_option(election, checker)
    except DateNotAnElection as error:
        raise fail(str(error)) from None


def read_all(paths: Sequence[str]) -> tuple[dict[int, Document], dict[int, DocumentResult]]:
    """Read each path in order: documents that were read, and error results (already reported on stderr)."""
    from factcheck.inputs import STDIN_PATH, InputError, read_document

    documents: dict[int, Document] = {}
    errors: dict[int, DocumentResult] = {}
    stdin_used = False
    for index, path in enumerate(paths):
        try:
            if path == STDIN_PATH:
                if stdin_used:
                    raise InputError("standard input (-) can be read only once")
                stdin_used = True
                if sys.stdin.isatty():
                    print("factcheck: paste the text, then press Ctrl-D on a new line", file=sys.stderr)
            documents[index] = read_document(path)
        except InputError as error:
            say(str(error))
            errors[index] = error_result(path, str(error))
    return documents, errors


def check_document(checker: Any, document: Document, election: str | None) -> DocumentResult:
    """Run the engine on a document's prose (markup blanked, offsets unchanged); errors become results."""
    try:
        return checker.check(document.text_for_checking, document.path, election=election,
                             front_matter=dict(document.front_matter))
    except Exception as error:  # one bad document never sinks the run
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        message = f"{document.path}: could not be checked ({type(error).__name__}: {error})"
        say(message)
        return error_result(document.path, message)


def error_result(path: str, message: str) -> DocumentResult:
    from factcheck.model import DocumentResult, Election

    return DocumentResult(path=path, text="", election=Election(None, "not checked"), error=message)
