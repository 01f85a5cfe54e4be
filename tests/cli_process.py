"""Run `factcheck` as a real process (exit codes, signals and shutdown are only real there)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TIMEOUT = 60  # seconds: a hung command fails its test instead of hanging the suite


def process_env(database: Path, **extra: str) -> dict[str, str]:
    """The environment for a child `factcheck`: its own database and cache, plain output."""
    env = {**os.environ, "FACTCHECK_DB": str(database), "XDG_CACHE_HOME": str(database.parent / "cache"),
           "COLUMNS": "200", "NO_COLOR": "1", **extra}
    env.pop("FACTCHECK_DEBUG", None)
    return env


def run_cli(args: list[str], env: dict[str, str], *, cwd: Path | None = None, stdin: str | bytes = b"",
            timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    """`python -m factcheck ARGS` to completion, with text output."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    done = subprocess.run([sys.executable, "-m", "factcheck", *args], input=data, capture_output=True,
                          env=env, cwd=cwd, timeout=timeout)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8", "replace"),
                                       done.stderr.decode("utf-8", "replace"))


def built_database(folder: Path) -> Path:
    """The bundled reference data built into `folder` (under a second)."""
    from factcheck.db.build import build_database

    path = folder / "reference.duckdb"
    build_database(path)
    return path
