"""`factcheck data build`: reference_data/ -> a DuckDB file, built beside the target and swapped in.

Each `tables/<table>.parquet` becomes a table (typed as in factcheck/db/schema.py; a missing file gives an
empty table), then views.sql adds the views (the often-queried ones are materialised as tables of the same
name, see MATERIALISED_VIEWS) and `meta` records what was built from what.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from factcheck import __version__
from factcheck.db.interrupts import interrupts_as_ctrl_c
from factcheck.db.schema import SCHEMA_VERSION, TABLES
from factcheck.paths import DB_ENV, database_path, reference_data_dir, reference_data_fingerprint


class BuildError(Exception):
    """The database could not be built (no reference data, an unreadable table, a view that fails)."""


@dataclass(frozen=True)
class BuildResult:
    path: Path
    fingerprint: str
    tables: dict[str, int]  # table -> rows


def views_sql() -> str:
    return resources.files("factcheck.db").joinpath("views.sql").read_text(encoding="utf-8")


def schema_stamp() -> str:
    """Schema version plus a hash of views.sql and of the views materialised: a change to either means a rebuild."""
    views = views_sql() + "\n-- materialised: " + ", ".join(MATERIALISED_VIEWS)
    return f"{SCHEMA_VERSION}-{hashlib.sha256(views.encode()).hexdigest()[:10]}"


def candidate_source_order() -> tuple[str, ...]:
    """The candidate sources in order of preference, from the importers (empty if they are not installed)."""
    for module_name in ("factcheck.importers.candidate_rows", "factcheck.importers.gazetteer"):
        try:
            module = __import__(module_name, fromlist=["PREFERRED_CANDIDATE_SOURCES"])
        except ImportError:
            continue
        order = getattr(module, "PREFERRED_CANDIDATE_SOURCES", None)
        if order:
            return tuple(order)
    return ()


@interrupts_as_ctrl_c()
def build_database(target: Path | None = None, reference_dir: Path | None = None) -> BuildResult:
    """Build the database from `reference_dir` into `target` (default: paths.database_path())."""
    import duckdb

    reference_dir = Path(reference_dir or reference_data_dir())
    in_cache = target is None and not os.environ.get(DB_ENV)
    target = Path(target or database_path())
    tables_dir = reference_dir / "tables"
    if not tables_dir.is_dir():
        raise BuildError(f"no reference tables in {tables_dir} (run `factcheck data import` first)")
    temporary = target.with_name(f".{target.name}.{os.getpid()}.building")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        remove_abandoned_builds(target)
    except OSError as error:
        raise BuildError(f"cannot write the database at {target}: {error.strerror or error}") from error
    fingerprint = reference_data_fingerprint(reference_dir)
    counts: dict[str, int] = {}
    try:
        con = duckdb.connect(str(temporary))
        try:
            for table, columns in TABLES.items():
                counts[table] = _load_table(con, table, columns, tables_dir / f"{table}.parquet")
            _load_preferences(con)
            con.execute(views_sql())
            _materialise(con)
            con.execute("CREATE TABLE meta (built_at VARCHAR, fingerprint VARCHAR, "
                        "factcheck_version VARCHAR, schema_version VARCHAR, reference_dir VARCHAR)")
            con.execute("INSERT INTO meta VALUES (?, ?, ?, ?, ?)",
                        [dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), fingerprint, __version__,
                         schema_stamp(), str(reference_dir)])
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(temporary, target)
        if in_cache:
            _remove_stale_builds(target)
    except duckdb.Error as error:
        raise BuildError(f"building {target.name}: {str(error).splitlines()[0]}") from error
    except OSError as error:  # the folder is read-only, full, or the file is in use
        raise BuildError(f"cannot write the database at {target}: {error.strerror or error}") from error
    finally:
        temporary.unlink(missing_ok=True)
        Path(str(temporary) + ".wal").unlink(missing_ok=True)
    return BuildResult(target, fingerprint, counts)


def remove_abandoned_builds(target: Path) -> None:
    """Delete what a killed build of `target` left beside it (`.<name>.<pid>.building` and its `.wal`),
    once the process that was building it is gone."""
    for leftover in target.parent.glob(f".{target.name}.*.building*"):
        pid = leftover.name.removeprefix(f".{target.name}.").split(".")[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but is not ours to signal
        return True
    return True


def _remove_stale_builds(current: Path) -> None:
    """Cached databases built from earlier imports (reference-<fingerprint>.duckdb) are no longer used."""
    for stale in current.parent.glob("reference-*.duckdb*"):  # with their .lookups.pickle copies
        if not stale.name.startswith(current.name):
            stale.unlink(missing_ok=True)


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _load_table(con, table: str, columns: dict[str, str], parquet: Path) -> int:
    """CREATE TABLE from the parquet file, columns cast to the schema; an empty table if the file is absent.
    Identifiers come from schema.TABLES (code, not input); the file path is a bound parameter."""
    name = _quote(table)
    definition = ", ".join(f"{_quote(c)} {t}" for c, t in columns.items())
    con.execute(f"CREATE TABLE {name} ({definition})")
    if not parquet.is_file():
        return 0
    present = {row[0] for row in con.execute("SELECT name FROM parquet_schema(?)", [str(parquet)]).fetchall()}
    select = ", ".join(
        f"CAST({_quote(c)} AS {t})" if c in present else f"CAST(NULL AS {t})" for c, t in columns.items())
    con.execute(f"INSERT INTO {name} SELECT {select} FROM read_parquet(?)", [str(parquet)])
    return con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]


# Views the checker queries often, computed once at build time (in dependency order). Each becomes a table of
# the same name; views defined on top of it read the table. The definitions stay in views.sql.
MATERIALISED_VIEWS = ("candidate_source_choice", "ward_contest", "council_election", "council_baseline",
                      "council_party_result", "council_seat_change", "council_share_change",
                      "council_control_derived", "council_same_as", "council_seat_change_published",
                      "council_seat_change_county", "council_control_bases")


def _materialise(con) -> None:
    for view in MATERIALISED_VIEWS:
        name = _quote(view)
        staged = _quote(f"materialising_{view}")
        con.execute(f"CREATE TABLE {staged} AS SELECT * FROM {name}")
        con.execute(f"DROP VIEW {name}")
        con.execute(f"ALTER TABLE {staged} RENAME TO {name}")


def _load_preferences(con) -> None:
    con.execute("CREATE TABLE candidate_source_preference (source_id VARCHAR PRIMARY KEY, rank INTEGER)")
    order = candidate_source_order()
    if order:
        con.executemany("INSERT INTO candidate_source_preference VALUES (?, ?)",
                        [[source_id, rank] for rank, source_id in enumerate(dict.fromkeys(order))])
