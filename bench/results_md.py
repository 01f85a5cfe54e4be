"""Replace one `## Title` section of bench/RESULTS.md, keeping every other section as it is."""

from __future__ import annotations

import platform
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"
FACTCHECK = [sys.executable, "-m", "factcheck"]


def update_section(title: str, body: str, path: Path = RESULTS) -> None:
    """Put `## title` + body in place of the section with that title, or at the end if there is none."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.M | re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip() + "\n"
    else:
        text = (text.rstrip() + "\n\n" if text.strip() else "") + section
    path.write_text(text, encoding="utf-8")


def machine() -> str:
    """One line about where the figures were measured."""
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip() or "?"
    return (f"Python {platform.python_version()}, {cores} cores shared with other helpers' work, "
            f"{platform.system()} {platform.machine()}")


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000
