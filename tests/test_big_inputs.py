"""Output and memory stay proportionate for a big input (a paste of thousands of claims), and what was cut
is said.

Each run is a fresh process whose own peak RSS is read at exit, so one test's memory never counts
against another's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cli_process import TIMEOUT, built_database, process_env, run_cli

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc")]

INPUT_BYTES = 160 * 1024  # dense: about 4,000 claims, more than a 1 MB article holds
MEMORY_CEILING_MB = 260  # before the limits and streaming, a 1 MB article took 575 MB (JSON), 455 MB (report)
BYTES_PER_CLAIM = 12_000  # JSON out per claim found; 19,500 before the evidence rows were summarised
# VmHWM is this process image's own peak; ru_maxrss would also count the forking parent's (pytest's) peak.
PEAK_RSS = """
import runpy, sys
sys.argv = ["factcheck", *sys.argv[1:]]
try:
    runpy.run_module("factcheck", run_name="__main__")
finally:
    sys.stdout.flush()
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    print(int(status.split()[0]) // 1024, file=sys.stderr)
"""


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    database = built_database(folder)
    text = big_text(database, INPUT_BYTES)
    (folder / "big.txt").write_text(text, encoding="utf-8")
    return folder, process_env(database)


def big_text(database, size: int) -> str:
    """About `size` bytes of claims about real councils (true and false figures alike)."""
    import duckdb

    with duckdb.connect(str(database), read_only=True) as con:
        councils = [row[0] for row in con.execute(
            "SELECT DISTINCT c.name FROM council_seat_change JOIN councils c USING (council_code) "
            "WHERE CAST(election_date AS VARCHAR) = '2022-05-05' ORDER BY 1").fetchall()]
    sentences = []
    for n, council in enumerate(councils):
        sentences.append(f"Labour gained {n % 7} seats in {council}, while the Conservatives lost {n % 5} "
                         f"and the Liberal Democrats won {20 + n % 30}% of the vote there.")
    paragraph = "\n\n".join(" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3))
    text = "---\ndate: 2022-05-05\n---\n"
    while len(text) < size:
        text += paragraph + "\n\n"
    return text[:size].rsplit("\n", 1)[0] + "\n"


def run_measured(args, folder, env):
    import subprocess

    (folder / "small.txt").write_text("Labour gained 4 seats in Bury.\n")
    run_cli(["check", "small.txt"], env, cwd=folder)  # a database rebuilt meanwhile is rebuilt here, not measured
    done = subprocess.run([sys.executable, "-c", PEAK_RSS, *args], capture_output=True, cwd=folder, env=env,
                          timeout=TIMEOUT * 5)
    err = done.stderr.decode().strip().splitlines()
    return done, int(err[-1])


def test_json_for_thousands_of_claims_is_bounded_in_size_and_memory(setting):
    folder, env = setting
    done, peak = run_measured(["check", "big.txt", "--format", "json"], folder, env)
    assert done.returncode == 0, done.stderr[-500:]
    record = json.loads(done.stdout)
    claims = record["documents"][0]["claims"]
    assert len(claims) > 2000
    assert len(done.stdout) < BYTES_PER_CLAIM * len(claims)
    assert all(len(c["evidence"]["rows"]) <= 5 and len(c["evidence"]["rows"]) <= c["evidence"]["rows_total"]
               for c in claims)
    assert any(c["evidence"]["rows_total"] > len(c["evidence"]["rows"]) for c in claims)  # and it says so
    assert peak < MEMORY_CEILING_MB, f"peak RSS {peak} MB"


def test_the_report_for_thousands_of_claims_lists_every_claim_in_bounded_size_and_memory(setting):
    folder, env = setting
    done, peak = run_measured(["report", "big.txt", "-o", "big.html"], folder, env)
    assert done.returncode == 0, done.stderr[-500:]
    html = (folder / "big.html").read_text(encoding="utf-8")
    last = html.count('class="badge ')
    assert last > 2000 and len(html) < 2_500 * last  # per claim: 42 MB for 3,480 claims before the limits
    assert "in brief</h3>" in html and "Full cards (chart, evidence, sources) are shown for the first 300" in html
    assert f'id="claim-{last}"' in html  # every badge in the text has a card or a brief line to go to
    assert peak < MEMORY_CEILING_MB, f"peak RSS {peak} MB"
