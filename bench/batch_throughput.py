"""Corpus (batch): articles per second for `factcheck batch` with 1 and 2 jobs, and how it scales.

Run from the repository root:  python bench/batch_throughput.py [--docs 1000] [--repeats 3] [--no-update]
Generates --docs articles (bench/corpus.py, seed 7; ~1,000 words, ~20 claims each) into a temporary
folder of .txt files, then times `factcheck batch DIR -o results.jsonl --jobs N` end to end (start-up,
worker spawn and writing the JSON lines included), fresh output each run; the figure is the median.
Target (issue 6): >= 100 articles/s with 2 jobs, and throughput that scales with jobs.
Updates the "Corpus (batch)" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_directory  # noqa: E402
from results_md import FACTCHECK, ROOT, machine, update_section  # noqa: E402

TARGET_RATE = 100.0


def timed_batch(folder: Path, output: Path, jobs: int) -> tuple[float, float, int]:
    """Wall seconds and CPU seconds (the command and its workers) for one fresh run, and its output size."""
    output.unlink(missing_ok=True)
    cpu_before = _children_cpu()
    started = time.perf_counter()
    result = subprocess.run([*FACTCHECK, "batch", str(folder), "-o", str(output), "--jobs", str(jobs)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(f"batch --jobs {jobs} failed ({result.returncode}): {result.stderr.strip()}")
    size = output.stat().st_size
    output.unlink()
    return seconds, _children_cpu() - cpu_before, size


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-update", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()
    rates: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
    cpu_ms: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
    sizes: list[int] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = write_directory(Path(scratch) / "corpus", args.docs, seed=7)
        output = Path(scratch) / "results.jsonl"
        subprocess.run([*FACTCHECK, "check", str(next(folder.iterdir()))], cwd=ROOT, capture_output=True)
        loads = [os.getloadavg()[0]]
        for _ in range(args.repeats):
            for jobs in args.jobs:  # interleaved, so load from other work on the machine hits both alike
                seconds, cpu, size = timed_batch(folder, output, jobs)
                rates[jobs].append(args.docs / seconds)
                cpu_ms[jobs].append(cpu / args.docs * 1000)
                sizes.append(size)
                loads.append(os.getloadavg()[0])
                print(f"jobs {jobs}: {args.docs / seconds:.1f} articles/s, {cpu:.1f} CPU s", file=sys.stderr)
    medians = {jobs: statistics.median(values) for jobs, values in rates.items()}
    base = medians[min(medians)]
    rows = ["| jobs | median articles/s | runs (articles/s) | scaling vs 1 job | CPU ms per article | target "
            "| verdict |", "|---|---|---|---|---|---|---|"]
    for jobs, rate in medians.items():
        target = f">= {TARGET_RATE:.0f}/s" if jobs == 2 else ""
        verdict = ("met" if rate >= TARGET_RATE else "NOT met") if jobs == 2 else ""
        runs = ", ".join(f"{r:.1f}" for r in rates[jobs])
        rows.append(f"| {jobs} | {rate:.1f} | {runs} | {rate / base:.2f}x | {statistics.median(cpu_ms[jobs]):.0f} "
                    f"| {target} | {verdict} |")
    best_cpu = min(statistics.median(v) for v in cpu_ms.values())
    per_doc_kb = statistics.median(sizes) / args.docs / 1000
    body = "\n".join([
        f"Reproduce from the repository root: `python bench/batch_throughput.py --docs {args.docs} "
        f"--repeats {args.repeats}`",
        f"(`factcheck batch DIR -o results.jsonl --jobs N` on {args.docs} generated .txt articles, bench/corpus.py "
        "seed 7, ~1,000 words and ~20 claims each; wall clock of the whole command, start-up and worker spawn "
        f"included; median of {args.repeats} interleaved runs).",
        f"Machine: {machine()}.",
        "",
        *rows,
        "",
        f"Output: {per_doc_kb:,.0f} KB of JSON per article (the contract's evidence rows in full), "
        f"{statistics.median(sizes) / 1e6:,.0f} MB per run.",
        f"CPU time (user + sys of the command and its workers) is the cost the machine's load does not hide: at "
        f"{best_cpu:.0f} CPU ms per article, two otherwise idle cores could give at most "
        f"{2000 / best_cpu:.0f} articles/s. Load average (1 min) during the runs: "
        f"{min(loads):.1f}-{max(loads):.1f} on 2 cores.",
    ])
    print(body)
    if not args.no_update:
        update_section("Corpus (batch)", body)


if __name__ == "__main__":
    main()
