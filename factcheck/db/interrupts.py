"""Ctrl-C during a DuckDB query is a KeyboardInterrupt (exit 130), never a failed document or database.

DuckDB ends a query when Ctrl-C arrives while it runs (in execute, or as its rows are fetched) and raises
RuntimeError with this message in place of the KeyboardInterrupt. The per-document error handling of lint and
batch, and the commands' "could not open the reference database", would otherwise report it as a failure
(exit 2, or batch going on to exit 0).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

DUCKDB_INTERRUPTED = "Query interrupted"


@contextmanager
def interrupts_as_ctrl_c() -> Iterator[None]:
    """Turn DuckDB's RuntimeError('Query interrupted') back into KeyboardInterrupt (also as a decorator)."""
    try:
        yield
    except RuntimeError as error:
        if str(error) == DUCKDB_INTERRUPTED:
            raise KeyboardInterrupt from error
        raise
