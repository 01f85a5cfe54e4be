"""Time the extract stage: `python bench/bench_extract.py [--db] [FILE...]` (defaults to ../shared/seeds/*.txt).

Prints the best of 20 warm runs per file, in ms and ms per 1,000 words, for both sentence engines. With
`--db`, extraction uses the vocabulary the pipeline builds from the reference database (as `check` does)."""

from __future__ import annotations

import sys
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


def main(args: list[str]) -> None:
    vocabulary = None
    if "--db" in args:
        from factcheck.pipeline import open_checker

        vocabulary = open_checker().vocabulary
    paths = [a for a in args if a != "--db"]
    files = [Path(p) for p in paths] or sorted((Path(__file__).parents[2] / "shared" / "seeds").glob("*.txt"))
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
