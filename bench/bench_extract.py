"""Time the extract stage: `python bench/bench_extract.py [--db] [--cold] [FILE...]` (default ../shared/seeds/*.txt).

Prints the best of 20 warm runs per file, in ms and ms per 1,000 words, for both sentence engines. With
`--db`, extraction uses the vocabulary the pipeline builds from the reference database (as `check` does).
With `--cold`, it prints instead the median over 9 fresh interpreters of `import factcheck.extract` and of
the first `extract_claims` call on each file (what one `factcheck check` pays)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck.extract import Vocabulary, extract_claims


def best_ms(text: str, engine: str, vocabulary: Vocabulary | None, runs: int = 20) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        extract_claims(text, vocabulary, sentence_engine=engine)
        best = min(best, time.perf_counter() - start)
    return best * 1000


# Run in a fresh interpreter: time the import, then the first call with the vocabulary saved as JSON.
_COLD_RUN = """
import json, sys, time
start = time.perf_counter()
import factcheck.extract as extract
imported = time.perf_counter()
saved = json.load(open(sys.argv[1]))
vocabulary = extract.Vocabulary(tuple(saved["places"]), tuple(map(tuple, saved["parties"])), saved["heuristic"],
                                saved["strict"]) if saved else None
text = open(sys.argv[2], encoding="utf-8").read()
first = time.perf_counter()
extract.extract_claims(text, vocabulary)
print((imported - start) * 1000, (time.perf_counter() - first) * 1000)
"""


def cold(files: list[Path], vocabulary: Vocabulary | None, runs: int = 9) -> None:
    """Median import and first-call times over fresh interpreters (`python -X importtime` shows the import's
    parts)."""
    saved = {"places": vocabulary.places, "parties": vocabulary.party_aliases,
             "heuristic": vocabulary.use_place_heuristic, "strict": vocabulary.strict_places} if vocabulary else {}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(saved, handle)
    for path in files:
        times = [subprocess.run([sys.executable, "-c", _COLD_RUN, handle.name, str(path)], capture_output=True,
                                text=True, check=True).stdout.split() for _ in range(runs)]
        imported = statistics.median(float(t[0]) for t in times)
        first = statistics.median(float(t[1]) for t in times)
        total = imported + first
        print(f"cold   {path.name:30} import {imported:6.1f} ms  first call {first:6.1f} ms  total {total:6.1f} ms")
    Path(handle.name).unlink()


def main(args: list[str]) -> None:
    vocabulary = None
    if "--db" in args:
        from factcheck.pipeline import open_checker

        vocabulary = open_checker().vocabulary
    paths = [a for a in args if a not in ("--db", "--cold")]
    files = [Path(p) for p in paths] or sorted((Path(__file__).parents[2] / "shared" / "seeds").glob("*.txt"))
    if "--cold" in args:
        cold(files, vocabulary)
        return
    for engine in ("regex", "pysbd"):
        words = total = 0.0
        for path in files:
            text = path.read_text(encoding="utf-8")
            extract_claims(text, vocabulary, sentence_engine=engine)  # warm up
            ms = best_ms(text, engine, vocabulary)
            words, total = words + len(text.split()), total + ms
            print(f"{engine:6} {path.name:30} {len(text.split()):5} words {ms:7.2f} ms")
        if words:
            print(f"{engine:6} overall {total * 1000 / words:.2f} ms per 1,000 words")


if __name__ == "__main__":
    main(sys.argv[1:])
