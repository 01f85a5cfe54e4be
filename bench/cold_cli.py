"""Cold CLI: `factcheck check article.txt` (and `lint`) against the floor set by our own dependencies.

Run from the repository root, with the Python of a venv where `pip install .` was run (what a user gets):
    python -m venv /tmp/fc && /tmp/fc/bin/pip install .
    /tmp/fc/bin/python bench/cold_cli.py [--runs 30] [--no-update]
Commands run from a scratch folder, so the installed package is measured, not the source tree.
The article is generated (bench/corpus.py, seed 7): about 1,000 words, 20 claims. Commands are timed in
interleaved rounds (wall clock), so the machine's slow spells hit the floor as much as the commands.
Target (issue 6): check <= 1.5 x the floor `python -c "import duckdb, typer, jinja2, rapidfuzz"`.
Also runs `python -X importtime` on check and lint and reports whether pandas (or any other heavy module
the check path does not need) is imported. Updates the "Cold CLI" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles  # noqa: E402
from results_md import FACTCHECK, ROOT, machine, median_ms, update_section  # noqa: E402

FLOOR = [sys.executable, "-c", "import duckdb, typer, jinja2, rapidfuzz"]
NOT_ON_CHECK_PATH = ("pandas", "numpy", "pyarrow", "openpyxl", "fastapi", "uvicorn", "starlette", "pydantic",
                     "jinja2", "selenium", "httpx")
TARGET_RATIO = 1.5
# As an installed package runs: with its bytecode compiled and written (PYTHONDONTWRITEBYTECODE would make every
# run compile the package's source again).
INSTALLED_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_commands(commands: dict[str, list[str]], runs: int, cwd: Path, warmups: int = 2) -> dict[str, list[float]]:
    """Seconds per run for each command, in interleaved rounds (each round runs every command once, in a
    rotating order), so a slow spell on a shared machine hits the floor and the commands alike."""
    names = list(commands)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(warmups + runs):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            started = time.perf_counter()
            subprocess.run(commands[name], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=INSTALLED_ENV)
            if round_number >= warmups:
                times[name].append(time.perf_counter() - started)
    return times


def round_ratios(times: dict[str, list[float]], name: str) -> list[float]:
    """A command's time over the floor's, round by round."""
    return [t / floor for t, floor in zip(times[name], times["floor"], strict=True)]


def imported_modules(command: list[str], cwd: Path) -> dict[str, int]:
    """Top-level modules a command imports, with their cumulative import time in microseconds."""
    python, rest = command[0], command[1:]
    result = subprocess.run([python, "-X", "importtime", *rest], cwd=cwd, capture_output=True, text=True)
    modules: dict[str, int] = {}
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
        if cumulative.isdigit() and not name.startswith(" "):
            top = name.strip().split(".")[0]
            modules[top] = max(modules.get(top, 0), int(cumulative))
    return modules


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-update", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "factcheck"), quiet=1)
    with tempfile.TemporaryDirectory() as scratch:
        article = next(articles(1, seed=7))
        path = Path(scratch) / "article.txt"
        path.write_text(article.text, encoding="utf-8")
        check = [*FACTCHECK, "check", str(path)]
        lint = [*FACTCHECK, "lint", "--no-exit", str(path)]
        # Run outside the repository, so `python -m factcheck` is the interpreter's own factcheck (after
        # `pip install .`, the installed package), never the source tree that the current folder would put first.
        where = Path(scratch)
        imported = subprocess.run([sys.executable, "-c", "import factcheck; print(factcheck.__file__)"], cwd=where,
                                  capture_output=True, text=True).stdout.strip()
        installed = "site-packages" in imported
        subprocess.run(check, cwd=where, capture_output=True, env=INSTALLED_ENV)  # builds the database if missing
        commands = {"floor": FLOOR, "check": check, "lint": lint, "help": [*FACTCHECK, "--help"]}
        times = time_commands(commands, args.runs, where)
        check_modules, lint_modules = imported_modules(check, where), imported_modules(lint, where)
    medians = {name: median_ms(values) for name, values in times.items()}
    ratios = {name: statistics.median(round_ratios(times, name)) for name in commands}
    ratio = ratios["check"]
    words, claims = len(article.text.split()), article.claims
    rows = [
        "| command | median | vs floor | target | verdict |",
        "|---|---|---|---|---|",
        f"| floor: `python -c \"import duckdb, typer, jinja2, rapidfuzz\"` | {medians['floor']:.0f} ms | 1.00x "
        "| | |",
        f"| `factcheck check article.txt` | {medians['check']:.0f} ms | {ratio:.2f}x | <= {TARGET_RATIO}x "
        f"| {'met' if ratio <= TARGET_RATIO else 'NOT met'} |",
        f"| `factcheck lint --no-exit article.txt` | {medians['lint']:.0f} ms "
        f"| {ratios['lint']:.2f}x | <= {TARGET_RATIO}x "
        f"| {'met' if ratios['lint'] <= TARGET_RATIO else 'NOT met'} |",
        f"| `factcheck --help` | {medians['help']:.0f} ms | {ratios['help']:.2f}x | | |",
    ]
    heavy_check = [m for m in NOT_ON_CHECK_PATH if m in check_modules]
    heavy_lint = [m for m in NOT_ON_CHECK_PATH if m in lint_modules]
    slowest = sorted(check_modules.items(), key=lambda kv: -kv[1])[:8]
    body = "\n".join([
        "Reproduce from the repository root, with the Python of a separate venv where `pip install .` was run: "
        "`python -m venv /tmp/fc && /tmp/fc/bin/pip install .`, then "
        f"`/tmp/fc/bin/python bench/cold_cli.py --runs {args.runs}`",
        f"({args.runs} interleaved rounds after 2 warm-up rounds; each round runs the floor and every command "
        "once, in a rotating order; medians, and 'vs floor' is the median of the rounds' own ratios; the article "
        "is generated by bench/corpus.py, "
        f"seed 7: {words} words, {claims} claim sentences; the database is already built).",
        f"Machine: {machine()}. Commands run as `{Path(sys.executable).name} -m factcheck ...` "
        "(the pyenv `factcheck` shim adds its own start-up) from a scratch folder, with factcheck "
        + ("installed by `pip install .` (site-packages)." if installed else f"from {imported} (not installed: "
           "run it with the Python of a venv where `pip install .` was run to measure what a user gets)."),
        "",
        *rows,
        "",
        f"pandas on the check path: **{'yes' if 'pandas' in check_modules else 'no'}**; "
        f"on the lint path: **{'yes' if 'pandas' in lint_modules else 'no'}** (`python -X importtime`).",
        f"Other heavy modules imported by check: {', '.join(heavy_check) or 'none'}; "
        f"by lint: {', '.join(heavy_lint) or 'none'}.",
        "Largest cumulative imports for check: "
        + ", ".join(f"{name} {micro / 1000:.0f} ms" for name, micro in slowest) + ".",
    ])
    print(body)
    if not args.no_update:
        update_section("Cold CLI", body)


if __name__ == "__main__":
    main()
