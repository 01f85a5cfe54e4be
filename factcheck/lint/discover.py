"""Which files `factcheck lint PATH...` checks: files, folders (walked respecting .gitignore) and globs.

- A file named on the command line is checked whatever its suffix, unless an `exclude` glob matches it.
- A folder is walked for `.md`, `.markdown`, `.txt`, `.html` and `.htm` files, skipping `.git` and anything
  a `.gitignore` (in the folder, below it, or above it up to the repository root) ignores.
- A glob (`drafts/**/*.md`) is expanded from the working directory, keeping the same suffixes.
- `-` is standard input.
- HTML reports that factcheck itself wrote (`factcheck report`, a saved web page) are skipped in folders and
  globs, the way linters skip build output: their claims are our own quotations. Name one to lint it.
Files found in folders and by globs must match an `include` glob when there are any; `exclude` globs drop
files from every route. Both are gitignore-style patterns relative to the config file's folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.inputs import is_regular_file, special_file_note

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
GLOB_CHARS = frozenset("*?[")
GITIGNORE = ".gitignore"


class DiscoveryError(Exception):
    """A path on the command line that does not exist. One line."""


@dataclass(frozen=True)
class Discovered:
    """The files to check (absolute paths, stable order) and notes for stderr (globs that matched nothing)."""

    files: tuple[Path, ...]
    notes: tuple[str, ...] = ()


def discover(paths: Sequence[str], *, root: Path, include: Sequence[str] = (),
             exclude: Sequence[str] = (), cwd: Path | None = None) -> Discovered:
    """Expand PATH arguments into files. A named path that does not exist is kept, so the runner reports it."""
    cwd = (cwd or Path.cwd()).resolve()
    root = root.resolve()
    included = _spec(include)
    excluded = _spec(exclude)

    def selected(path: Path, *, explicit: bool) -> bool:
        relative = _relative_to_root(path, root)
        if excluded is not None and excluded.match_file(relative):
            return False
        return explicit or included is None or included.match_file(relative)

    found: list[Path] = []
    explicit: set[Path] = set()
    notes: list[str] = []
    for arg in paths:
        if arg == "-":  # standard input, read by the runner like any named file
            found.append(Path(arg))
            continue
        path = _absolute(Path(arg), cwd)
        if GLOB_CHARS & set(arg) and not path.exists():
            import glob

            pattern = arg if Path(arg).is_absolute() else glob.escape(str(cwd)) + os.sep + arg
            matches = [Path(m) for m in sorted(glob.glob(pattern, recursive=True))]
            files = [p for p in matches if p.is_file() and p.suffix.lower() in SUFFIXES]
            notes += [special_file_note(p) for p in matches if p.exists() and not p.is_dir() and not p.is_file()]
            files += [f for p in matches if p.is_dir() for f in walk(p, notes)]
            if not files:
                notes.append(f"no files match {arg!r}")
            found += [p for p in files if selected(p, explicit=False)]
        elif path.is_dir():
            found += [p for p in walk(path, notes) if selected(p, explicit=False)]
        elif path.is_file():
            if selected(path, explicit=True):
                found.append(path)
                explicit.add(path)
        else:
            found.append(path)  # reported as that file's error by the runner; the other files still run
    reports = [p for p in dict.fromkeys(found) if p not in explicit and is_generated_report(p)]
    if reports:
        notes.append(f"skipped {len(reports)} HTML report{'s' if len(reports) > 1 else ''} written by factcheck "
                     f"(e.g. {_relative_to_root(reports[0], cwd)}); name a report to lint it")
    kept = [p for p in dict.fromkeys(found) if p not in set(reports)]
    return Discovered(files=tuple(kept), notes=tuple(notes))


GENERATOR_MARK = b'<meta name="generator" content="factcheck'


def is_generated_report(path: Path) -> bool:
    """An HTML file whose head says factcheck generated it (templates/base.html)."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        with path.open("rb") as handle:
            return GENERATOR_MARK in handle.read(4096)
    except OSError:
        return False


def _spec(patterns: Sequence[str]) -> GitIgnoreSpec | None:
    """The gitignore-style patterns as one spec (None when there are none: pathspec is not even imported)."""
    if not patterns:
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


def walk(folder: Path, notes: list[str] | None = None) -> list[Path]:
    """Draft files under a folder (absolute, sorted), leaving out `.git` and what .gitignore ignores.
    Named pipes, sockets and devices are left out too (reading one could wait forever), with a note."""
    top = Path(os.path.normpath(folder.absolute()))
    ignores = _ancestor_ignores(top)
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(top):
        absolute = Path(dirpath)
        if all(base != absolute for base, _ in ignores):
            spec = _read_ignore(absolute / GITIGNORE)
            if spec is not None:
                ignores.append((absolute, spec))
        active = [(base, spec) for base, spec in ignores if absolute == base or base in absolute.parents]
        dirnames[:] = sorted(d for d in dirnames if d != ".git"
                             and not _ignored(absolute / d, active, is_dir=True))
        for name in sorted(filenames):
            if Path(name).suffix.lower() in SUFFIXES and not _ignored(absolute / name, active, is_dir=False):
                if is_regular_file(absolute / name):
                    out.append(absolute / name)
                elif notes is not None:
                    notes.append(special_file_note(absolute / name))
    return out


def _ancestor_ignores(top: Path) -> list[tuple[Path, GitIgnoreSpec]]:
    """.gitignore files above the folder, up to the repository root (the folder holding `.git`)."""
    chain: list[Path] = []
    for folder in top.parents:
        chain.append(folder)
        if (folder / ".git").exists():
            break
    else:
        return []  # not inside a git repository: only the folder's own .gitignore files count
    out: list[tuple[Path, GitIgnoreSpec]] = []
    for folder in reversed(chain):
        spec = _read_ignore(folder / GITIGNORE)
        if spec is not None:
            out.append((folder, spec))
    return out


def _read_ignore(path: Path) -> GitIgnoreSpec | None:
    import pathspec

    if not path.is_file():
        return None
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _ignored(path: Path, specs: Iterable[tuple[Path, GitIgnoreSpec]], *, is_dir: bool) -> bool:
    for base, spec in specs:
        relative = path.relative_to(base).as_posix() + ("/" if is_dir else "")
        if spec.match_file(relative):
            return True
    return False


def _relative_to_root(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _absolute(path: Path, cwd: Path) -> Path:
    return Path(os.path.normpath(cwd / path)) if not path.is_absolute() else Path(os.path.normpath(path))
