"""The pipeline, top to bottom: extract -> resolve -> query -> judge. Renderers take its DocumentResult."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.model import DatabaseInfo, DocumentResult, Election


@dataclass
class Checker:
    """Holds the open reference database and gazetteer, so many documents are checked with one set-up."""

    db_path: Path | None = None

    def database_info(self) -> DatabaseInfo:
        return DatabaseInfo(built="", path=str(self.db_path or ""), sources=())

    def check(self, text: str, path: str = "-", *, election: str | None = None) -> DocumentResult:
        """Check one document's text. `election` is an ISO date that overrides the text's own."""
        return DocumentResult(path=path, text=text, election=Election(date=election, how="not yet built"))


def open_checker(db_path: Path | None = None) -> Checker:
    """Open (building if needed) the reference database, read-only."""
    return Checker(db_path=db_path)
