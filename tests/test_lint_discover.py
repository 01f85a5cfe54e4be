"""Which files `factcheck lint` picks up: suffixes, .gitignore, include/exclude, named files and globs."""

from __future__ import annotations

from pathlib import Path

import pytest
from lint_fakes import init_repo

from factcheck.lint.discover import discover


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text\n", encoding="utf-8")


def found(root: Path, *paths: str, **globs: list[str]) -> list[str]:
    files = discover(list(paths), root=root, cwd=root, **globs).files
    return [f.relative_to(root.resolve()).as_posix() for f in files]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = init_repo(tmp_path / "repo").resolve()
    touch(root, "drafts/a.md", "drafts/b.markdown", "drafts/c.txt", "drafts/d.html", "drafts/e.py",
          "drafts/build/out.md", "drafts/private/notes.md", "drafts/private/keep.md", "README.md")
    (root / ".gitignore").write_text("build/\n", encoding="utf-8")
    (root / "drafts" / "private" / ".gitignore").write_text("*.md\n!keep.md\n", encoding="utf-8")
    return root


def test_folders_are_walked_for_draft_suffixes_respecting_gitignore(repo: Path) -> None:
    assert found(repo, "drafts") == ["drafts/a.md", "drafts/b.markdown", "drafts/c.txt", "drafts/d.html",
                                     "drafts/private/keep.md"]


def test_gitignore_files_above_the_folder_still_count(repo: Path) -> None:
    assert found(repo, "drafts/build") == []


def test_include_and_exclude_globs_are_relative_to_the_config_folder(repo: Path) -> None:
    assert found(repo, ".", include=["drafts/*.md"]) == ["drafts/a.md"]
    assert found(repo, ".", exclude=["drafts/", "*.markdown"]) == ["README.md"]


def test_a_named_file_is_checked_unless_excluded(repo: Path) -> None:
    assert found(repo, "drafts/e.py", include=["*.md"]) == ["drafts/e.py"]
    assert found(repo, "drafts/a.md", exclude=["drafts/**"]) == []


def test_globs_expand_from_the_working_directory(repo: Path) -> None:
    assert found(repo, "drafts/**/*.md") == ["drafts/a.md", "drafts/build/out.md", "drafts/private/keep.md",
                                             "drafts/private/notes.md"]
    assert found(repo, "drafts/*.md", "drafts/a.md") == ["drafts/a.md"]  # each file once


def test_a_missing_path_is_kept_so_the_runner_reports_it_and_goes_on(repo: Path) -> None:
    assert found(repo, "missing.md", "drafts/a.md") == ["missing.md", "drafts/a.md"]
