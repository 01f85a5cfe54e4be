"""`GET /` latency while the web page checks a big paste, on a real `factcheck serve` (loopback only).

    python bench/web_load.py --text /tmp/article-1mb.txt [--probes 200] [--burst 50]

Starts `factcheck serve` on a free 127.0.0.1 port, posts the text to `/`, and asks for `GET /` every
100 ms until the check answers (at most --probes times); prints the latencies, the check's time and the
server's peak RSS. With --burst N it then sends N requests at once (every tenth the whole text, the rest
its first 5,000 characters, alternating the form and the API) and prints their statuses and times.
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def burst(http: httpx.Client, text: str, count: int) -> None:
    """`count` mixed requests at once; their statuses and the slowest answer."""
    from collections import Counter
    from concurrent.futures import ThreadPoolExecutor

    def ask(n: int) -> tuple[int, float]:
        body = text if n % 10 == 0 else text[:5000]
        started = time.perf_counter()
        if n % 2:
            response = http.post("/api/check", json={"text": body})
        else:
            response = http.post("/", files={"text": (None, body)})
        return response.status_code, time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=count) as pool:
        answers = list(pool.map(ask, range(count)))
    statuses = Counter(status for status, _ in answers)
    print(f"burst of {count}: statuses {dict(sorted(statuses.items()))}, slowest {max(s for _, s in answers):.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=Path, required=True)
    parser.add_argument("--probes", type=int, default=200)
    parser.add_argument("--burst", type=int, default=0)
    args = parser.parse_args()
    text = args.text.read_text(encoding="utf-8")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "factcheck", "serve", "--port", str(port)],
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=120) as http:
            for _ in range(100):
                try:
                    http.get("/")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            http.post("/api/check", json={"text": "Labour gained 4 seats in Bury."})  # open the engine first
            outcome: dict[str, float | int] = {}

            def check() -> None:
                started = time.perf_counter()
                response = http.post("/", files={"text": (None, text)})
                outcome["seconds"], outcome["status"] = time.perf_counter() - started, response.status_code

            worker = threading.Thread(target=check)
            worker.start()
            latencies = []
            while worker.is_alive() and len(latencies) < args.probes:
                started = time.perf_counter()
                http.get("/")
                latencies.append(time.perf_counter() - started)
                time.sleep(0.1)
            worker.join()
            if args.burst:
                burst(http, text, min(args.burst, 100))
        ms = sorted(x * 1000 for x in latencies)
        print(f"text {len(text.encode()) / 1e6:.2f} MB: POST / {outcome['status']} in {outcome['seconds']:.1f} s; "
              f"GET / x{len(ms)}: median {statistics.median(ms):.0f} ms, p95 {ms[int(len(ms) * 0.95) - 1]:.0f} ms, "
              f"max {ms[-1]:.0f} ms; server peak RSS {peak_rss_mb(server.pid):.0f} MB")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
