"""The import runner: every importer module -> validated tables -> reference_data/, swapped in atomically.

`run_import(sources_dir, out_dir)` builds the gazetteer, runs each module's `load`, concatenates the
fragments per table, adds `sources`, checks columns and source ids against factcheck/db/schema.py, then
writes `tables/<table>.parquet` (zstd) and `manifest.json` into a temporary folder beside `out_dir` and
swaps it in, so a failure leaves the previous tables untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck import __version__
from factcheck.db.schema import REQUIRED, SCHEMA_VERSION, TABLES
from factcheck.importers import IMPORTER_MODULES
from factcheck.importers.common import ImportFailure, SourceRow
from factcheck.paths import PACKAGE_DIR

if TYPE_CHECKING:
    import pandas as pd

SOURCES_ENV = "FACTCHECK_SOURCES"
Progress = Callable[[str], None]


def default_sources_dir() -> Path:
    """FACTCHECK_SOURCES, else ../shared/sources beside the repository."""
    if os.environ.get(SOURCES_ENV):
        return Path(os.environ[SOURCES_ENV])
    return PACKAGE_DIR.parent.parent / "shared" / "sources"


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_import(sources_dir: Path, out_dir: Path, *, modules: tuple[str, ...] = IMPORTER_MODULES,
               skip_missing: bool = False, progress: Progress = _stderr) -> dict:
    """Import every module's tables from `sources_dir` into `out_dir`; returns the manifest written."""
    sources_dir = Path(sources_dir)
    if not sources_dir.is_dir():
        raise ImportFailure(sources_dir, "-", "sources folder not found (--from DIR, $FACTCHECK_SOURCES)")
    started = time.perf_counter()
    loaded = _load_modules(modules, skip_missing, progress)
    gazetteer_module = loaded.get(modules[0]) if modules else None
    if gazetteer_module is None or not hasattr(gazetteer_module, "build"):
        first = modules[0] if modules else "-"
        raise ImportFailure(first, "-", "the first module must be the gazetteer (with build())")
    step = time.perf_counter()
    gazetteer = gazetteer_module.build(sources_dir)
    progress(f"factcheck: import gazetteer: built in {time.perf_counter() - step:.1f} s")

    fragments: dict[str, list[tuple[str, pd.DataFrame]]] = {}
    sources: dict[str, SourceRow] = {}
    for name, module in loaded.items():
        for source in getattr(module, "SOURCES", ()):
            sources.setdefault(source.source_id, source)
        step = time.perf_counter()
        tables = module.load(sources_dir, gazetteer)
        rows = 0
        for table, frame in tables.items():
            if frame is not None and len(frame):
                fragments.setdefault(table, []).append((name, frame))
                rows += len(frame)
        seconds = time.perf_counter() - step
        progress(f"factcheck: import {name.rsplit('.', 1)[-1]}: {rows:,} rows in {seconds:.1f} s")
    for table, frame in gazetteer.tables().items():
        fragments.setdefault(table, []).append((modules[0], frame))

    tables = {table: _combine(table, parts, progress) for table, parts in fragments.items()}
    tables["sources"] = _sources_table(sources.values(), tables.get("sources"))
    if "wards" in tables:
        tables["wards"] = merge_ward_years(tables["wards"])
    _check_sources(tables)
    manifest = write_reference_data(tables, Path(out_dir), sources_dir)
    progress(f"factcheck: import done: {sum(t['rows'] for t in manifest['tables'].values()):,} rows "
             f"in {len(manifest['tables'])} tables, {time.perf_counter() - started:.1f} s")
    return manifest


def _load_modules(modules: tuple[str, ...], skip_missing: bool, progress: Progress) -> dict:
    loaded = {}
    for name in modules:
        try:
            loaded[name] = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name or not skip_missing:
                raise ImportFailure(name, "-", f"importer module not found ({error})") from error
            progress(f"factcheck: import {name}: module missing, skipped (--skip-missing)")
    return loaded


def _combine(table: str, parts: list[tuple[str, pd.DataFrame]], progress: Progress = _stderr) -> pd.DataFrame:
    """Check each fragment's columns, cast to the schema's types and concatenate."""
    import pandas as pd

    if table not in TABLES:
        raise ImportFailure(parts[0][0], "-", f"table {table!r} is not in factcheck/db/schema.py")
    columns = TABLES[table]
    cast = []
    for module, frame in parts:
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise ImportFailure(module, "-", f"table {table}: missing columns {missing}")
        extra = [c for c in frame.columns if c not in columns]
        if extra:
            progress(f"factcheck: import {module}: table {table}: dropped columns not in the schema {extra}")
        cast.append(_cast(frame[list(columns)], table, module))
    return pd.concat(cast, ignore_index=True) if len(cast) > 1 else cast[0]


_PANDAS_TYPE = {"VARCHAR": "string", "INTEGER": "Int32", "BIGINT": "Int64", "DOUBLE": "Float64",
                "BOOLEAN": "boolean"}


def _cast(frame: pd.DataFrame, table: str, module: str) -> pd.DataFrame:
    import pandas as pd

    out = {}
    for column, sql_type in TABLES[table].items():
        values = frame[column]
        try:
            if sql_type in ("INTEGER", "BIGINT", "DOUBLE"):
                values = pd.to_numeric(values, errors="raise")
            if sql_type == "VARCHAR":
                values = values.astype(object).where(values.notna(), None).map(
                    lambda v: v if v is None or isinstance(v, str) else str(v))
            out[column] = values.astype(_PANDAS_TYPE[sql_type])
        except (ValueError, TypeError) as error:
            bad = _first_bad_row(values, sql_type)
            problem = f"table {table}, column {column}: not {sql_type} ({error})"
            raise ImportFailure(module, bad, problem) from error
    result = pd.DataFrame(out)
    for column in REQUIRED.get(table, ()) + (("source_id",) if "source_id" in TABLES[table] else ()):
        empty = result[column].isna()
        if empty.any():
            raise ImportFailure(module, int(empty.to_numpy().nonzero()[0][0]),
                                f"table {table}: empty {column}")
    return result


def _first_bad_row(values: pd.Series, sql_type: str) -> object:
    import pandas as pd

    for position, value in enumerate(values):
        if value is None or (isinstance(value, float) and value != value):
            continue
        try:
            if sql_type in ("INTEGER", "BIGINT"):
                number = float(value)
                if number != int(number):
                    return position
            elif sql_type == "DOUBLE":
                float(value)
        except (ValueError, TypeError):
            return position
    return pd.NA


def _sources_table(declared, loaded: pd.DataFrame | None) -> pd.DataFrame:
    """Every module's SOURCES plus any `sources` rows a module loaded (cited pages), one row per source_id."""
    import pandas as pd

    frame = _cast(pd.DataFrame([asdict(s) for s in declared], columns=list(TABLES["sources"])), "sources",
                  "SOURCES")
    if loaded is not None:
        frame = pd.concat([frame, loaded], ignore_index=True)
    return frame.drop_duplicates("source_id", keep="first").reset_index(drop=True)


def merge_ward_years(wards: pd.DataFrame) -> pd.DataFrame:
    """One row per ward (council, code, name): first and last year seen; source_id of the latest sighting."""
    key = ["council_code", "ward_code", "ward_name"]
    ordered = wards.sort_values(["last_year", "source_id"], kind="stable")
    merged = ordered.groupby(key, dropna=False, sort=True).agg(
        first_year=("first_year", "min"), last_year=("last_year", "max"), source_id=("source_id", "last"))
    return merged.reset_index()[list(TABLES["wards"])]


def _check_sources(tables: dict[str, pd.DataFrame]) -> None:
    known = set(tables["sources"]["source_id"])
    for table, frame in tables.items():
        if "source_id" not in frame.columns or table == "sources":
            continue
        unknown = ~frame["source_id"].isin(known)
        if unknown.any():
            row = int(unknown.to_numpy().nonzero()[0][0])
            stray = frame["source_id"].iloc[row]
            raise ImportFailure(table, row, f"source_id {stray!r} is not in any module's SOURCES")


def write_reference_data(tables: dict[str, pd.DataFrame], out_dir: Path, sources_dir: Path) -> dict:
    """Write tables + manifest into a temporary folder beside `out_dir`, then swap it in."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".import-", dir=out_dir))
    try:
        (staging / "tables").mkdir()
        entries = {}
        for table in sorted(tables):
            path = staging / "tables" / f"{table}.parquet"
            arrow = pa.Table.from_pandas(tables[table], preserve_index=False)
            pq.write_table(arrow, path, compression="zstd")
            entries[table] = {"file": f"tables/{table}.parquet", "rows": len(tables[table]),
                              "bytes": path.stat().st_size, "sha256": _sha256(path)}
        manifest = {
            "import_date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "factcheck_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "sources_dir": str(sources_dir),
            "source_dirs": sorted(p.name for p in sources_dir.iterdir() if p.is_dir()),
            "tables": entries,
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        _swap_in(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return manifest


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Replace out_dir/tables and out_dir/manifest.json with the staged ones (two renames)."""
    current = out_dir / "tables"
    retired = staging / "retired-tables"
    if current.exists():
        os.replace(current, retired)
    try:
        os.replace(staging / "tables", current)
    except OSError:
        if retired.exists():
            os.replace(retired, current)
        raise
    os.replace(staging / "manifest.json", out_dir / "manifest.json")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
