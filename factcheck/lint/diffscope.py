"""`--diff BASE`: only claims on lines changed since BASE are reported.

What counts as changed: every line that differs between the merge base of BASE and HEAD (the three-dot
`git diff BASE...HEAD`) and the working tree, plus every line of untracked files that .gitignore does not
hide. In CI the working tree is HEAD, so this is exactly `git diff BASE...HEAD -U0`; on a laptop or in a
pre-commit hook it also covers staged and unstaged edits, with line numbers as they are in the files now.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.regex_cache import lazy

HUNK = lazy(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
NEW_FILE = "+++ "


class DiffError(Exception):
    """git could not say what changed: one line for the user."""


@dataclass(frozen=True)
class ChangedLines:
    """Changed line numbers (1-based) per file, by absolute path; untracked files count whole."""

    root: Path
    lines: Mapping[Path, frozenset[int]]
    untracked: frozenset[Path] = frozenset()

    def touches(self, path: Path, first: int, last: int) -> bool:
        """Whether any line from first to last (inclusive) of this file changed."""
        path = Path(os.path.realpath(path))
        if path in self.untracked:
            return True
        changed = self.lines.get(path, frozenset())
        return any(line in changed for line in range(first, max(first, last) + 1))


def changed_lines(base: str, cwd: Path | None = None) -> ChangedLines:
    """Ask git which lines changed since `base` (see the module docstring for what counts)."""
    cwd = cwd or Path.cwd()
    root = Path(os.path.realpath(_git(["rev-parse", "--show-toplevel"], cwd,
                                      "not inside a git repository (--diff needs one)").strip()))
    _git(["rev-parse", "--verify", "--quiet", f"{base}^{{commit}}"], root, f"unknown git revision {base!r}")
    merge_base = _git(["merge-base", base, "HEAD"], root,
                      f"no common ancestor of {base!r} and HEAD (in a shallow CI clone, fetch more history,"
                      " e.g. actions/checkout with fetch-depth: 0)").strip()
    diff = _git(["-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--no-renames",
                 "--src-prefix=a/", "--dst-prefix=b/", "-U0", merge_base, "--"], root, "git diff failed")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root, "git ls-files failed")
    return ChangedLines(
        root=root,
        lines={root / name: frozenset(numbers) for name, numbers in parse_diff(diff).items()},
        untracked=frozenset(root / name for name in untracked.split("\0") if name),
    )


def parse_diff(diff: str) -> dict[str, set[int]]:
    """Added or changed line numbers in the new version of each file of a `-U0` unified diff."""
    out: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith(NEW_FILE):
            name = _unquote(line[len(NEW_FILE):])
            current = None if name == "/dev/null" else out.setdefault(name.removeprefix("b/"), set())
            continue
        match = HUNK.match(line)
        if match and current is not None:
            start, count = int(match.group(1)), int(match.group(2) or "1")
            current.update(range(start, start + count))
    return out


def _unquote(name: str) -> str:
    """git quotes names with unusual characters C-style: "b/caf\\303\\251.md"."""
    name = name.split("\t")[0]
    if not (name.startswith('"') and name.endswith('"')):
        return name
    raw = name[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
    return raw.encode("latin-1").decode("utf-8", "replace")


def _git(args: Sequence[str], cwd: Path, failure: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False,
                              encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise DiffError("git is not installed (--diff needs it)") from None
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        raise DiffError(failure + (f": {detail[-1]}" if detail and "--quiet" not in args else ""))
    return done.stdout
