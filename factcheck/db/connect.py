"""Open the reference database read-only, rebuilding it first when it is missing, unreadable or outdated."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.db.build import BuildError, build_database, remove_abandoned_builds, schema_stamp
from factcheck.db.interrupts import interrupts_as_ctrl_c
from factcheck.model import DatabaseInfo, SourceRef
from factcheck.paths import database_path, reference_data_dir, reference_data_fingerprint

if TYPE_CHECKING:
    import duckdb


# The checker's queries are small lookups: one DuckDB thread answers them as fast, and a process does not
# start (and stop) a pool of worker threads it has no use for (tens of ms of a cold `factcheck check`).
READ_CONFIG = {"threads": 1}


class DatabaseUnavailable(Exception):
    """No usable database and it could not (or may not) be built. The message is one line."""


@interrupts_as_ctrl_c()
def open_database(path: Path | None = None, *, build_if_missing: bool = True) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the reference database at `path` (default: paths.database_path())."""
    path = Path(path or database_path())
    con, problem = _open_checked(path)
    if con is not None:
        return con
    if not build_if_missing:
        raise DatabaseUnavailable(f"the reference database at {path} is {problem} "
                                  "(run `factcheck data build`)")
    doing = "building the reference database (first use)" if problem == "missing" else (
        f"rebuilding the reference database ({problem})")
    print(f"factcheck: {doing}", file=sys.stderr, flush=True)
    try:
        build_database(path)
    except BuildError as error:
        if problem == "missing":
            raise DatabaseUnavailable(str(error)) from error
        raise DatabaseUnavailable(f"the reference database at {path} is {problem} and could not be rebuilt: "
                                  f"{error}") from error
    return _connect(path)


def start_opening(path: Path | None = None) -> None:
    """Begin opening the database now, for a command that will need it: DuckDB reads the file while Python
    imports the rest. It never builds here; a missing or outdated database is left to open_database_soon."""
    path = Path(path or database_path())
    if path not in _started:
        _started[path] = _on_thread(lambda: open_database(path, build_if_missing=False))


def open_database_soon(path: Path | None = None) -> Callable[[], duckdb.DuckDBPyConnection]:
    """Start `open_database(path)` on a thread, unless start_opening already did, and return a function
    that waits for the connection, raising whatever opening it raised."""
    path = Path(path or database_path())
    started = _started.pop(path, None)
    if started is None:
        return _on_thread(lambda: open_database(path))

    def wait() -> duckdb.DuckDBPyConnection:
        try:
            return started()
        except DatabaseUnavailable:  # missing or outdated: build it now, in the foreground
            return open_database(path)

    return wait


_started: dict[Path, Callable[[], Any]] = {}


def finish_opening() -> None:
    """Wait for any opening that start_opening began and nobody collected, and close what it opened.

    Called before the interpreter exits: a DuckDB call still running on a thread during shutdown aborts the
    process (SIGABRT, exit 134) after the command's output and exit code were already decided."""
    while _started:
        _, wait = _started.popitem()
        with contextlib.suppress(BaseException):  # nobody asked for this connection; its error is nobody's
            wait().close()


def _on_thread(work: Callable[[], Any]) -> Callable[[], Any]:
    """Run `work` on a thread (DuckDB releases the GIL while it opens a file); the returned function waits for
    its result and raises what it raised."""
    import duckdb  # noqa: F401 - imported on this thread, so the other only opens the file

    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # noqa: BLE001 - handed to the caller, who waits for it
            outcome["error"] = error

    thread = threading.Thread(target=run, name="factcheck-open-database", daemon=True)
    thread.start()

    def wait() -> Any:
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    return wait


def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    import duckdb

    try:
        return duckdb.connect(str(path), read_only=True, config=READ_CONFIG)
    except duckdb.Error as error:
        raise DatabaseUnavailable(f"cannot open {path}: {str(error).splitlines()[0]}") from error


def _open_checked(path: Path) -> tuple[duckdb.DuckDBPyConnection | None, str | None]:
    """An open connection if the database is usable, else None and why not: missing, unreadable or outdated."""
    import duckdb

    if not path.is_file():
        return None, "missing"
    try:
        con = duckdb.connect(str(path), read_only=True, config=READ_CONFIG)
        row = con.execute("SELECT fingerprint, schema_version FROM meta").fetchone()
    except duckdb.Error:
        return None, "unreadable or incomplete"
    remove_abandoned_builds(path)
    problem = None
    if row is None:
        problem = "unreadable or incomplete"
    elif row[1] != schema_stamp():
        problem = "built with an older schema"
    elif (reference_data_dir() / "tables").is_dir() and row[0] != reference_data_fingerprint(reference_data_dir()):
        problem = "built from older reference data"
    if problem is None and not _verified(path):
        problem = damage(con)
        if problem is None:
            _mark_verified(path)
    if problem is not None:
        con.close()
        return None, problem
    return con, None


def damage(con: duckdb.DuckDBPyConnection) -> str | None:
    """Why the open database is damaged, or None. Every block of every table is read once (DuckDB checks
    each block's checksum as it reads it): a file damaged in the middle opens fine and fails only on the
    query that reaches the bad block. About 50 ms, so it runs once per file written (see _verified)."""
    import duckdb

    try:
        tables = [row[0] for row in con.execute(VERIFY_TABLES).fetchall()]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            con.execute(f"SELECT count(*), sum(hash(COLUMNS(*))) FROM {quoted}").fetchall()  # noqa: S608
    except duckdb.Error as error:
        return f"damaged ({str(error).split(':')[0]})"
    return None


def _verified_marker(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def _file_stamp(path: Path) -> str:
    """What changes whenever the file is written: size, modification time and inode."""
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}"


def _verified(path: Path) -> bool:
    """True when this very file (same stamp) was read through without damage before."""
    try:
        return _verified_marker(path).read_text(encoding="utf-8") == _file_stamp(path)
    except OSError:
        return False


def _mark_verified(path: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only folder: the next run verifies again
        _verified_marker(path).write_text(_file_stamp(path), encoding="utf-8")


VERIFY_TABLES = "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"


def built_at(con: duckdb.DuckDBPyConnection) -> str:
    """When the open database was built."""
    return con.execute("SELECT built_at FROM meta").fetchone()[0]


def database_info(con: duckdb.DuckDBPyConnection) -> DatabaseInfo:
    """When the open database was built, its file and every source it holds."""
    built = con.execute("SELECT built_at FROM meta").fetchone()[0]
    path_row = con.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    rows = con.execute(
        "SELECT source_id, publisher, title, url, licence FROM sources ORDER BY source_id").fetchall()
    sources = tuple(SourceRef(*(value or "" for value in row)) for row in rows)
    return DatabaseInfo(built=built, path=(path_row[0] if path_row else "") or "", sources=sources)
