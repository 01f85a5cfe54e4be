"""Warm, in-process: milliseconds per ~1,000-word article through the library API.

Run from the repository root:  python bench/warm.py [--articles 200] [--rounds 5] [--profile] [--no-update]
Opens the checker once, checks a few articles to warm up, then checks --articles distinct generated
articles (bench/corpus.py, seed 11) --rounds times and reports the median of the rounds' medians (and each
round's, since a shared machine's speed drifts). Target (issue 6): <= 10 ms per article.
Also times extraction alone on the same texts and counts database round trips (query-cache misses), so
the figure can be split into extract / database / the rest. --profile prints cProfile's top functions.
Updates the "Warm, in-process" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles  # noqa: E402
from results_md import ROOT, machine, update_section  # noqa: E402

sys.path.insert(0, str(ROOT))
TARGET_MS = 10.0
WARM_UP = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print cProfile's top functions")
    parser.add_argument("--no-update", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()
    from factcheck.extract import extract_claims
    from factcheck.pipeline import open_checker

    started = time.perf_counter()
    checker = open_checker()
    open_ms = (time.perf_counter() - started) * 1000
    texts = [a.text for a in articles(WARM_UP + args.articles, seed=11)]
    for text in texts[:WARM_UP]:
        checker.check(text)
    texts = texts[WARM_UP:]

    round_trips = 0
    execute = checker.execute

    def counted(sql, params):  # noqa: ANN001, ANN202 - a thin wrapper to count cache misses
        nonlocal round_trips
        round_trips += 1
        return execute(sql, params)

    checker.execute = counted  # type: ignore[method-assign]
    round_medians, per_article, claims = [], [], 0
    profile = cProfile.Profile() if args.profile else None
    for _ in range(args.rounds):
        this_round, claims = [], 0
        for text in texts:
            if profile:
                profile.enable()
            begun = time.perf_counter()
            result = checker.check(text)
            this_round.append((time.perf_counter() - begun) * 1000)
            if profile:
                profile.disable()
            claims += len(result.findings)
        round_medians.append(statistics.median(this_round))
        per_article += this_round
    round_trips //= args.rounds
    extract_ms = []
    for text in texts:
        begun = time.perf_counter()
        extract_claims(text, checker.vocabulary)
        extract_ms.append((time.perf_counter() - begun) * 1000)

    median = statistics.median(round_medians)
    p90 = statistics.quantiles(per_article, n=10)[-1]
    body = "\n".join([
        f"Reproduce from the repository root: `python bench/warm.py --articles {args.articles} --rounds {args.rounds}`",
        f"(library API: `open_checker()` once ({open_ms:.0f} ms), {WARM_UP} warm-up articles, then "
        f"{len(texts)} distinct generated articles, seed 11, ~1,000 words and "
        f"{claims / len(texts):.1f} claims found on average, checked in {args.rounds} rounds).",
        f"Machine: {machine()}.",
        "",
        "| measure | value | target | verdict |",
        "|---|---|---|---|",
        f"| median ms per article (`Checker.check`), median of the rounds | {median:.1f} ms | <= {TARGET_MS:.0f} ms "
        f"| {'met' if median <= TARGET_MS else 'NOT met'} |",
        f"| each round's median | {', '.join(f'{m:.1f}' for m in round_medians)} ms | | |",
        f"| 90th percentile | {p90:.1f} ms | | |",
        f"| of which extraction alone (median) | {statistics.median(extract_ms):.1f} ms | | |",
        f"| database round trips (query-cache misses) per article | {round_trips / len(texts):.1f} | | |",
    ])
    print(body)
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(20)
    if not args.no_update:
        update_section("Warm, in-process", body)


if __name__ == "__main__":
    main()
