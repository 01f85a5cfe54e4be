"""Where the bundled reference tables live and where the built database goes."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DB_ENV = "FACTCHECK_DB"
DATA_ENV = "FACTCHECK_REFERENCE_DATA"


def reference_data_dir() -> Path:
    """The reference_data/ folder: inside the installed package, or at the top of a source checkout."""
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    installed = PACKAGE_DIR / "reference_data"
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / "reference_data"


def reference_data_fingerprint(folder: Path | None = None) -> str:
    """A short hash of manifest.json (written by the importers): a new import means a new database."""
    folder = folder or reference_data_dir()
    digest = hashlib.sha256()
    manifest = folder / "manifest.json"
    if manifest.is_file():
        digest.update(manifest.read_bytes())
        return digest.hexdigest()[:12]
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in {".parquet", ".csv", ".gz", ".sql", ".json"}:
            stat = path.stat()
            digest.update(f"{path.relative_to(folder)}:{stat.st_size}".encode())
    return digest.hexdigest()[:12]


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("factcheck"))


def database_path() -> Path:
    """The DuckDB file the checker reads. FACTCHECK_DB overrides the per-user cache location."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV])
    return cache_dir() / f"reference-{reference_data_fingerprint()}.duckdb"
