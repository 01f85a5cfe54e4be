"""Time `factcheck data import` (raw files -> reference_data/) and `factcheck data build` (-> DuckDB).

Run from the repository root:  python bench/data_build.py [--from ../shared/sources] [--builds 3]
Writes nothing into the repository: the import goes to a temporary folder. Prints a Markdown table row set
for bench/RESULTS.md. Targets (issue 2): import < 60 s, build < 10 s on the 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="sources", default=str(ROOT.parent / "shared" / "sources"))
    parser.add_argument("--builds", type=int, default=3)
    args = parser.parse_args()
    cli = [sys.executable, "-m", "factcheck", "data"]
    with tempfile.TemporaryDirectory() as scratch:
        reference = Path(scratch) / "reference_data"
        database = Path(scratch) / "reference.duckdb"
        import_s = timed(cli + ["import", "--from", args.sources, "--to", str(reference)])
        builds = [timed(cli + ["build", "--reference", str(reference), "--database", str(database)])
                  for _ in range(args.builds)]
        size_mb = sum(p.stat().st_size for p in (reference / "tables").iterdir()) / 1e6
        db_mb = database.stat().st_size / 1e6
        query = ("SELECT * FROM council_seat_change WHERE election_date = '2022-05-05' "
                 "AND council_code = 'E08000024'")
        query_s = timed(cli + ["query", query, "--database", str(database), "--format", "csv"])
    print("| step | time | notes |")
    print("|---|---|---|")
    print(f"| data import (raw -> reference_data/) | {import_s:.1f} s | {size_mb:.1f} MB of parquet |")
    build_s = statistics.median(builds)
    print(f"| data build (reference_data/ -> DuckDB), median of {len(builds)} | {build_s:.1f} s "
          f"| {db_mb:.1f} MB database |")
    print(f"| data query (one seat-change lookup, incl. CLI start-up) | {query_s:.1f} s | |")


if __name__ == "__main__":
    main()
