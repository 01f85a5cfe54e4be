"""Every documented exit code (0, 1, 2, 130) holds for a real process, run after run.

The in-process CliRunner cannot see what happens as the interpreter shuts down (a DuckDB call still
running on a thread then aborted the process with exit 134 after the output was complete), so these run
`python -m factcheck` itself, several times each.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from cli_process import built_database, process_env, run_cli

REPEATS = 6
INACCURATE = "Labour gained 400 seats in Sunderland.\n"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    database = built_database(tmp_path_factory.mktemp("db"))
    return process_env(database)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("drafts")
    (folder / "wrong.md").write_text(INACCURATE)
    (folder / "plain.txt").write_text("Nothing here is about an election.\n")
    return folder


# (name, args relative to the drafts folder, expected exit code)
QUICK_EXITS = [
    ("check a missing file", ["check", "missing.txt"], 2),
    ("check a bad --date", ["check", "plain.txt", "--date", "2022-13-45"], 2),
    ("report a bad --date", ["report", "plain.txt", "--date", "soon"], 2),
    ("report refusing to overwrite its input", ["report", "plain.txt", "-o", "plain.txt"], 2),
    ("lint --print-config", ["lint", "--print-config"], 0),
    ("lint with nothing to lint", ["lint"], 2),
    ("lint a missing file", ["lint", "missing.md"], 2),
    ("check a clean file", ["check", "plain.txt"], 0),
    ("lint a clean file", ["lint", "plain.txt"], 0),
    ("lint an inaccurate claim", ["lint", "wrong.md"], 1),
]


@pytest.mark.parametrize(("args", "code"), [(a, c) for _, a, c in QUICK_EXITS], ids=[n for n, _, _ in QUICK_EXITS])
def test_each_documented_exit_code_holds_for_a_real_process_every_time(env, drafts, args, code):
    seen = []
    for _ in range(REPEATS):
        done = run_cli(args, env, cwd=drafts)
        assert "Traceback" not in done.stderr and "terminate called" not in done.stderr, done.stderr
        seen.append(done.returncode)
    assert seen == [code] * REPEATS, seen
    assert not (drafts / "reports").exists() or code == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("command", ["check", "report", "lint"])
def test_ctrl_c_while_reading_standard_input_exits_130(env, drafts, command):
    for _ in range(2):
        child = subprocess.Popen([sys.executable, "-m", "factcheck", command, "-"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=drafts)
        time.sleep(1.5)  # past start-up, waiting for standard input
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=30)
        assert child.returncode == 130, err
        assert b"Traceback" not in err




@contextmanager
def ctrl_c_after(seconds: float) -> Iterator[None]:
    """Send this process SIGINT after `seconds`, raising KeyboardInterrupt as Python does, but only inside the
    block: a signal that came late must not stop the test session."""
    import os
    import threading

    armed = threading.Event()
    armed.set()

    def handler(signum: int, frame: object) -> None:
        if armed.is_set():
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, handler)
    timer = threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        yield
    finally:
        armed.clear()
        timer.cancel()
        timer.join()
        signal.signal(signal.SIGINT, previous)


# DuckDB runs a query partly in execute (until its first rows) and the rest as they are fetched.
SLOW_TO_START = "SELECT count(*) FROM range(2000000000) a, range(8) b WHERE a.range % 7 = b.range AND $on"
SLOW_TO_FETCH = "SELECT range FROM range(3000000000) WHERE $on AND (range < 5000 OR hash(range) % 100000000 = 1)"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("sql", [SLOW_TO_START, SLOW_TO_FETCH], ids=["in execute", "in fetchall"])
def test_ctrl_c_during_a_query_is_an_interrupt_not_a_failed_document(sql):
    """DuckDB ends a query on Ctrl-C with RuntimeError('Query interrupted'); lint and batch record an Exception as
    that document's failure and go on (exit 2, or 0), so the checker turns it back into KeyboardInterrupt."""
    import duckdb

    from factcheck.pipeline import Checker

    checker = Checker(connection=duckdb.connect(config={"threads": 1}), info=None, gazetteer=None, calendar=None,
                      vocabulary=None, sources={}, party_names={})
    with ctrl_c_after(0.3), pytest.raises(KeyboardInterrupt):
        checker.execute(sql, {"on": True}).fetchall()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_while_the_database_is_built_on_first_use_is_an_interrupt(tmp_path, monkeypatch):
    """Not 'could not open the reference database' (lint's exit 2); and no half-built file is left in its place.
    Loading the first table is made slow, so Ctrl-C lands in a DuckDB query, as it mostly does in a real build."""
    from factcheck.db import build
    from factcheck.db.connect import open_database

    load_table = build._load_table

    def slow_load_table(con, *args):
        con.execute("SET threads = 1")  # with worker threads, DuckDB may notice Ctrl-C only when the query ends
        con.execute(SLOW_TO_START, {"on": True}).fetchall()
        return load_table(con, *args)

    monkeypatch.setattr(build, "_load_table", slow_load_table)
    path = tmp_path / "reference.duckdb"
    with ctrl_c_after(0.3), pytest.raises(KeyboardInterrupt):
        open_database(path)
    assert not path.exists()
