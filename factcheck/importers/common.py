"""What every importer shares: the source record, the error type and the module contract.

An importer module turns raw public files into rows of our own tables. It defines
    SOURCES: tuple[SourceRow, ...]                 # the datasets it reads, with publisher and licence
    def load(sources_dir: Path, gazetteer) -> dict[str, pandas.DataFrame]
returning table name -> rows (columns as in reference_data/README.md, each row with a source_id).
`factcheck data import` runs them all, concatenates per table, validates and writes reference_data/.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceRow:
    """One dataset or cited page, as stored in the `sources` table."""

    source_id: str
    publisher: str
    title: str
    url: str
    licence: str
    retrieved: str = ""
    notes: str = ""


class ImportFailure(Exception):
    """A raw file was malformed or unexpected. The message names the file and the row."""

    def __init__(self, path: object, row: object, problem: str):
        super().__init__(f"{path}: row {row}: {problem}")
