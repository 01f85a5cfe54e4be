"""Exit codes of the quick-exit paths over repeated real runs (issue 12: they must never be 134).

    python bench/exit_codes.py [--runs 20]

Runs each path as `python -m factcheck ...` in a scratch folder against the user's database and prints the
exit codes seen, path by path. Not a test: tests/test_exit_codes.py asserts them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

PATHS = [
    ("check a missing file", ["check", "missing.txt"]),
    ("check a bad --date", ["check", "plain.txt", "--date", "2022-13-45"]),
    ("check a date with no election", ["check", "plain.txt", "--date", "2020-01-01"]),
    ("report refusing to overwrite its input", ["report", "plain.txt", "-o", "plain.txt"]),
    ("lint --print-config", ["lint", "--print-config"]),
    ("lint with nothing to lint", ["lint"]),
    ("lint an empty folder", ["lint", "empty"]),
    ("check a clean file", ["check", "plain.txt"]),
    ("lint an inaccurate claim", ["lint", "wrong.md"]),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "plain.txt").write_text("Nothing here is about an election.\n")
        (folder / "wrong.md").write_text("Labour gained 400 seats in Sunderland.\n")
        (folder / "empty").mkdir()
        for name, command in PATHS:
            codes = Counter(subprocess.run([sys.executable, "-m", "factcheck", *command], cwd=folder,
                                           capture_output=True).returncode for _ in range(args.runs))
            print(f"{name:42} {dict(sorted(codes.items()))}")


if __name__ == "__main__":
    main()
