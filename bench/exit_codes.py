"""Exit codes of the quick-exit paths over repeated real runs (issue 12: they must never be 134).

    python bench/exit_codes.py [--runs 20]

Runs each path as `python -m factcheck ...` in a scratch folder against the user's database and prints the
exit codes seen, path by path; then Ctrl-C (SIGINT) sent to `check -` waiting for its input, and to `batch` and
`lint` at a different moment of each run (1 to 3 s in, over 200 generated articles), where 130 is documented.
Not a test: tests/test_exit_codes.py asserts them.
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import tempfile
import time
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
    ("report a bad --date", ["report", "plain.txt", "--date", "soon"]),
    ("lint a missing file", ["lint", "missing.md"]),
    ("lint a glob matching nothing", ["lint", "nomatch*.md"]),
    ("batch an empty folder", ["batch", "empty", "-o", "out.jsonl"]),
    ("data query with empty SQL", ["data", "query", ""]),
    ("--version", ["--version"]),
    ("check a clean file", ["check", "plain.txt"]),
    ("report a clean file", ["report", "plain.txt", "-o", "out/plain.html"]),
    ("lint a clean file", ["lint", "plain.txt"]),
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
            runs = [subprocess.run([sys.executable, "-m", "factcheck", *command], cwd=folder, capture_output=True)
                    for _ in range(args.runs)]
            codes = Counter(run.returncode for run in runs)
            crashed = sum(b"Traceback" in run.stderr or b"terminate called" in run.stderr for run in runs)
            print(f"{name:42} {dict(sorted(codes.items()))}" + (f"  ({crashed} with a traceback)" if crashed else ""))
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from corpus import write_directory

        write_directory(folder / "corpus", 200, seed=7)
        interrupted = [("Ctrl-C: check - waiting for input", ["check", "-"]),
                       ("Ctrl-C: batch during its run", ["batch", "corpus", "-o", "out.jsonl"]),
                       ("Ctrl-C: lint during its run", ["lint", "corpus"])]
        for name, command in interrupted:
            codes = Counter(interrupt(command, folder, 1.0 + 2.0 * n / args.runs) for n in range(args.runs))
            print(f"{name:42} {dict(sorted(codes.items()))}")


def interrupt(command: list[str], folder: Path, after: float) -> int:
    """The exit code of `factcheck COMMAND` sent SIGINT `after` seconds in (a fresh output each time)."""
    (folder / "out.jsonl").unlink(missing_ok=True)
    child = subprocess.Popen([sys.executable, "-m", "factcheck", *command], cwd=folder, stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after)
    child.send_signal(signal.SIGINT)
    return child.wait(timeout=120)


if __name__ == "__main__":
    main()
