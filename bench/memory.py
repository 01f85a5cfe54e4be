"""Memory: peak RSS of `factcheck check` and of `factcheck batch` at 1k and 10k documents.

Run from the repository root:  python bench/memory.py [--sizes 1000 10000] [--jobs 2] [--no-update]
Peak RSS is each process's VmHWM from /proc, sampled every 0.1 s over the whole process tree (the batch
command and its workers); for several processes the table gives the largest one and the sum. The batch
corpus is a generated JSONL file (bench/corpus.py, seed 7) and the results go to /dev/null, so the
figure is the program's memory, not the page cache. Targets (issue 6): check < 300 MB; batch flat as the
corpus grows. Updates the "Memory" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles, write_jsonl  # noqa: E402
from results_md import FACTCHECK, ROOT, machine, update_section  # noqa: E402

CHECK_TARGET_MB = 300


def _children(pid: int) -> list[int]:
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        found = []
        for task in tasks:
            text = (task / "children").read_text().split()
            found.extend(int(child) for child in text)
        return found
    except OSError:
        return []


def _peak_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def peak_rss(command: list[str]) -> tuple[float, dict[int, float]]:
    """Run a command; seconds taken and each process's peak RSS in MB (the command and its descendants)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peaks: dict[int, float] = {}
    while process.poll() is None:
        pending = [process.pid]
        while pending:
            pid = pending.pop()
            kb = _peak_kb(pid)
            if kb is not None:
                peaks[pid] = max(peaks.get(pid, 0.0), kb / 1024)
            pending.extend(_children(pid))
        time.sleep(0.1)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{command} exited with {process.returncode}")
    return time.perf_counter() - started, peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-update", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()
    rows = ["| command | documents | peak RSS (largest process) | peak RSS (all processes) | time | target |",
            "|---|---|---|---|---|---|"]
    batch_peaks: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        article = Path(scratch) / "article.txt"
        article.write_text(next(articles(1, seed=7)).text, encoding="utf-8")
        subprocess.run([*FACTCHECK, "check", str(article)], cwd=ROOT, capture_output=True)  # build the DB
        seconds, peaks = peak_rss([*FACTCHECK, "check", str(article)])
        largest = max(peaks.values())
        verdict = "met" if largest < CHECK_TARGET_MB else "NOT met"
        rows.append(f"| `factcheck check article.txt` | 1 | {largest:.0f} MB | {sum(peaks.values()):.0f} MB "
                    f"| {seconds:.1f} s | < {CHECK_TARGET_MB} MB ({verdict}) |")
        for size in args.sizes:
            corpus = write_jsonl(Path(scratch) / f"corpus{size}.jsonl", size, seed=7)
            command = [*FACTCHECK, "batch", str(corpus), "-o", "/dev/null", "--jobs", str(args.jobs)]
            seconds, peaks = peak_rss(command)
            print(f"batch {size}: {seconds:.0f} s, peaks {sorted(peaks.values())}", file=sys.stderr)
            rows.append(f"| `factcheck batch corpus.jsonl -o /dev/null --jobs {args.jobs}` | {size:,} "
                        f"| {max(peaks.values()):.0f} MB | {sum(peaks.values()):.0f} MB "
                        f"| {seconds:.0f} s | flat |")
            batch_peaks[size] = (max(peaks.values()), sum(peaks.values()))
            corpus.unlink()
    small, large = min(batch_peaks), max(batch_peaks)
    growth = (f"From {small:,} to {large:,} documents the largest process grew "
              f"{batch_peaks[large][0] / batch_peaks[small][0]:.2f}x and all processes together "
              f"{batch_peaks[large][1] / batch_peaks[small][1]:.2f}x ({large // small}x the documents).")
    body = "\n".join([
        f"Reproduce from the repository root: `python bench/memory.py --sizes "
        f"{' '.join(map(str, args.sizes))} --jobs {args.jobs}`",
        "(peak RSS = VmHWM per process from /proc, sampled over the command's whole process tree; `check` on the "
        "generated 1,000-word article; `batch` on generated JSONL corpora, results to /dev/null).",
        f"Machine: {machine()}.",
        "",
        *rows,
        "",
        growth,
    ])
    print(body)
    if not args.no_update:
        update_section("Memory", body)


if __name__ == "__main__":
    main()
