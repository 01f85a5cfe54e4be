"""Which lines count as changed for `--diff BASE`."""

from __future__ import annotations

from pathlib import Path

import pytest
from lint_fakes import commit_all, git, init_repo

from factcheck.lint.diffscope import DiffError, changed_lines, parse_diff

DIFF = """\
diff --git a/drafts/a.md b/drafts/a.md
--- a/drafts/a.md
+++ b/drafts/a.md
@@ -3 +3 @@ title
-old
+new
@@ -10,0 +11,2 @@
+added
+added
@@ -20,2 +21,0 @@
-gone
-gone
diff --git a/old.md b/old.md
--- a/old.md
+++ /dev/null
@@ -1 +0,0 @@
-bye
diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"
--- "a/caf\\303\\251.md"
+++ "b/caf\\303\\251.md"
@@ -1 +1 @@
-x
+y
"""


def test_parse_diff_keeps_added_and_changed_lines_of_the_new_version() -> None:
    assert parse_diff(DIFF) == {"drafts/a.md": {3, 11, 12}, "café.md": {1}}


def test_changed_lines_covers_commits_since_the_merge_base_and_the_working_tree(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    (repo / "a.md").write_text("one\ntwo\nthree\n", encoding="utf-8")
    base = commit_all(repo, "base")
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "a.md").write_text("one\nTWO\nthree\n", encoding="utf-8")
    commit_all(repo, "edit line 2")
    (repo / "a.md").write_text("one\nTWO\nthree\nfour\n", encoding="utf-8")
    (repo / "new.md").write_text("untracked\n", encoding="utf-8")

    changed = changed_lines(base, repo)
    a = repo / "a.md"
    assert not changed.touches(a, 1, 1) and changed.touches(a, 2, 2) and changed.touches(a, 4, 4)
    assert changed.touches(a, 1, 3)  # a claim spanning lines 1-3 touches line 2
    assert changed.touches(repo / "new.md", 1, 1)


def test_changed_lines_outside_a_repository_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DiffError, match="not inside a git repository"):
        changed_lines("main", tmp_path)
