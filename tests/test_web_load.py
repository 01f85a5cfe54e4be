"""The web page under load, on a real loopback server: light requests answer while a long check runs,
and a burst of checks beyond the bound gets a quick 503 page instead of piling up in memory.

Bounded: only 127.0.0.1, at most a few dozen requests, every call with a timeout.
"""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fixtures_findings import FakeChecker, live_server

from factcheck.web import app as web_app

CHECK_SECONDS = 3.0


class BusyChecker(FakeChecker):
    """Checks like the real engine does on a big paste: Python work that holds the GIL for seconds."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds
        self.started = threading.Event()

    def check(self, text, path="-", **options):
        self.started.set()
        end = time.perf_counter() + self.seconds
        while time.perf_counter() < end:
            sum(range(2000))
        return super().check(text, path, **options)


def test_the_form_answers_in_well_under_a_second_while_a_big_check_runs():
    checker = BusyChecker(CHECK_SECONDS)
    big = "Labour gained 4 seats. " + "Nothing here. " * 70_000  # about 1 MB
    server = live_server(web_app.create_app(lambda: checker))
    with server as base, httpx.Client(base_url=base, timeout=30) as http, ThreadPoolExecutor(1) as pool:
        posted = pool.submit(http.post, "/", files={"text": (None, big)})
        assert checker.started.wait(timeout=20)
        latencies = []
        while not posted.done() and len(latencies) < 40:
            started = time.perf_counter()
            assert http.get("/").status_code == 200
            latencies.append(time.perf_counter() - started)
            time.sleep(0.05)
        assert posted.result(timeout=30).status_code == 200
    assert len(latencies) >= 5, latencies  # the form was asked many times during the check
    assert max(latencies) < 1.0 and statistics.median(latencies) < 0.25, latencies


def test_a_burst_beyond_the_bound_gets_a_quick_503_page_and_nothing_fails(monkeypatch):
    monkeypatch.setattr(web_app, "CHECK_WORKERS", 1)
    monkeypatch.setattr(web_app, "CHECK_WAITING", 2)
    checker = FakeChecker(delay=0.6)
    with live_server(web_app.create_app(lambda: checker)) as base, httpx.Client(base_url=base, timeout=30) as http:

        def ask(n: int) -> tuple[int, float, str]:
            started = time.perf_counter()
            response = http.post("/", files={"text": (None, f"Labour gained {n} seats.")})
            return response.status_code, time.perf_counter() - started, response.text

        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(ask, range(8)))
        assert http.get("/").status_code == 200
    statuses = sorted(status for status, _, _ in answers)
    assert set(statuses) == {200, 503} and statuses.count(200) >= 3, statuses
    for status, seconds, html in answers:
        if status == 503:
            assert seconds < 0.5 and "busy with other texts" in html and "<form" in html


@pytest.mark.parametrize("path", ["/", "/api/check"])
def test_the_engine_never_runs_on_the_event_loop(path):
    seen: list[bool] = []

    class Recording(FakeChecker):
        def check(self, text, path="-", **options):
            try:
                asyncio.get_running_loop()
                seen.append(True)  # called from the event loop's own thread
            except RuntimeError:
                seen.append(False)
            return super().check(text, path, **options)

    checker = Recording()
    with live_server(web_app.create_app(lambda: checker)) as base, httpx.Client(base_url=base, timeout=30) as http:
        if path == "/":
            assert http.post(path, files={"text": (None, "Labour gained 4 seats.")}).status_code == 200
        else:
            assert http.post(path, json={"text": "Labour gained 4 seats."}).status_code == 200
    assert seen == [False]
