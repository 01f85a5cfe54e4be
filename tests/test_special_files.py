"""A named pipe (or any file that is not a regular file) never makes a command wait forever."""

from __future__ import annotations

import os
import sys

import pytest
from cli_process import built_database, process_env, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "mkfifo"), reason="named pipes")


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    return process_env(built_database(tmp_path_factory.mktemp("db")))


@pytest.fixture
def folder(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.md").write_text("Labour gained 4 seats in Trafford.\n")
    os.mkfifo(drafts / "pipe.md")
    return drafts


def test_lint_skips_a_named_pipe_in_a_folder_with_a_notice(env, folder):
    done = run_cli(["lint", "drafts", "--format", "json"], env, cwd=folder.parent, timeout=30)
    assert "pipe.md: not a regular file" in done.stderr and done.stderr.count("\n") <= 2, done.stderr
    assert done.returncode in (0, 1) and '"drafts/a.md"' in done.stdout


def test_batch_skips_a_named_pipe_in_a_folder_with_a_notice(env, folder):
    done = run_cli(["batch", "drafts", "-o", "out.jsonl"], env, cwd=folder.parent, timeout=30)
    assert done.returncode == 0, done.stderr
    assert "pipe.md: not a regular file" in done.stderr
    assert (folder.parent / "out.jsonl").read_text().count("\n") == 1


def test_check_of_a_named_pipe_is_a_one_line_error_not_a_wait(env, folder):
    done = run_cli(["check", "drafts/pipe.md", "drafts/a.md"], env, cwd=folder.parent, timeout=30)
    assert done.returncode == 2
    assert done.stderr.strip() == "factcheck: drafts/pipe.md: not a regular file (a named pipe, socket or " \
                                  "device); use - for a stream", done.stderr
    assert "Trafford" in done.stdout


def test_lint_of_a_glob_matching_a_named_pipe_notes_it(env, folder):
    done = run_cli(["lint", "drafts/*.md"], env, cwd=folder.parent, timeout=30)
    assert "pipe.md: not a regular file" in done.stderr
