"""Big inputs: peak memory, time and output size of `check --format json` and `report` on a 1 MB and a 10 MB text.

Run from the repository root:  python bench/big_inputs.py [--sizes-mb 1 10] [--no-update] [--write FILE]
The text is generated articles (bench/corpus.py, seed 7) one after another, cut to just under the size (10 MB
is the most a file may hold). Peak RSS is the process's own VmHWM, read as it exits. Not a test:
tests/test_big_inputs.py holds the memory ceiling. Updates the "Big inputs" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles  # noqa: E402
from results_md import machine, update_section  # noqa: E402

MB = 1024 * 1024
# Runs `factcheck ARGS` in this process and prints its peak RSS (kB) on stderr as it exits.
PEAK_RSS = """
import runpy, sys
sys.argv = ["factcheck", *sys.argv[1:]]
try:
    runpy.run_module("factcheck", run_name="__main__")
finally:
    sys.stdout.flush()
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    print(int(status.split()[0]), file=sys.stderr)
"""


def big_text(size: int) -> str:
    """Generated articles, one after another, cut at a paragraph to just under `size` bytes."""
    parts: list[str] = []
    total = 0
    for item in articles(size // 5000 + 10, seed=7):
        parts.append(item.text + "\n")
        total += len(parts[-1].encode())
        if total > size:
            break
    text = "".join(parts).encode()[: size - 1].decode("utf-8", "ignore")
    return text.rsplit("\n\n", 1)[0] + "\n"


def measured(args: list[str], cwd: Path, stdout: Path | None) -> tuple[float, float, int]:
    """Seconds, peak RSS in MB and exit code of `factcheck ARGS`."""
    started = time.perf_counter()
    with open(stdout or "/dev/null", "wb") as out:
        done = subprocess.run([sys.executable, "-c", PEAK_RSS, *args], cwd=cwd, stdout=out,
                              stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    peak_kb = int(done.stderr.decode().strip().splitlines()[-1])
    return seconds, peak_kb / 1024, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes-mb", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--no-update", action="store_true", help="print only; leave RESULTS.md alone")
    parser.add_argument("--write", type=Path, help="only write the text of the first size here (for web_load.py)")
    args = parser.parse_args()
    if args.write:
        args.write.write_text(big_text(args.sizes_mb[0] * MB), encoding="utf-8")
        return
    rows = ["| input | command | claims | output | peak RSS | time | exit |", "|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "small.txt").write_text("Labour gained 4 seats in Bury.\n")
        subprocess.run([sys.executable, "-m", "factcheck", "check", "small.txt"], cwd=folder, capture_output=True)
        for size_mb in args.sizes_mb:
            text = big_text(size_mb * MB)
            source = folder / f"big{size_mb}.txt"
            source.write_text(text, encoding="utf-8")
            label = f"{len(text.encode()) / MB:.2f} MB"
            json_out = folder / "out.json"
            seconds, peak, code = measured(["check", source.name, "--format", "json"], folder, json_out)
            with json_out.open(encoding="utf-8") as handle:
                claims = sum(len(document["claims"]) for document in json.load(handle)["documents"])
            rows.append(f"| {label} | `check --format json` | {claims:,} | {json_out.stat().st_size / MB:.1f} MB "
                        f"| {peak:.0f} MB | {seconds:.1f} s | {code} |")
            json_out.unlink()
            html_out = folder / "out.html"
            seconds, peak, code = measured(["report", source.name, "-o", html_out.name], folder, None)
            rows.append(f"| {label} | `report` | | {html_out.stat().st_size / MB:.1f} MB | {peak:.0f} MB "
                        f"| {seconds:.1f} s | {code} |")
            html_out.unlink()
            print(rows[-2], rows[-1], sep="\n", file=sys.stderr)
    body = "\n".join([
        f"Reproduce from the repository root: `python bench/big_inputs.py --sizes-mb "
        f"{' '.join(map(str, args.sizes_mb))}`",
        "(generated articles, bench/corpus.py seed 7, one after another up to the size; peak RSS = the process's "
        "own VmHWM at exit; 'claims' are those in the JSON; the database is already built).",
        f"Machine: {machine()}.",
        "",
        *rows,
    ])
    print(body)
    if not args.no_update:
        update_section("Big inputs", body)


if __name__ == "__main__":
    main()
