"""Reading documents to check: files, standard input and pasted text.

`read_document(path)` is the one way in for the CLI, lint and the web page. It decodes UTF-8 (a BOM is
dropped), keeps line endings exactly as in the file, and gives two texts of the same length:

- `text`: the document as read. Claim offsets are Python string indices into this text.
- `text_for_checking`: the same characters with everything that is not prose blanked to spaces
  (HTML tags, comments, script and style contents; Markdown front matter, code, link targets and syntax
  marks). Line breaks are kept, so offsets, lines and columns map 1:1 onto `text` for highlighting.

Bad input raises `InputError` with a one-line message that names the file.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from factcheck.markup import blank_html, blank_markdown, blank_span, front_matter_end, parse_front_matter
from factcheck.regex_cache import lazy

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
STDIN_PATH = "-"
KINDS = ("text", "markdown", "html")
_SUFFIX_KINDS = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
_LOOKS_HTML = lazy(
    r"\A\s*(?:<!doctype\s+html|<html\b|<(?:head|body|article|main|p|div|h[1-6])\b)", re.I)
_LOOKS_MARKDOWN = lazy(r"^(?:#{1,6} |```|~~~|> |\s*[-*+] )|\]\(|\*\*|__", re.M)
_META_DATE = lazy(
    r"""<meta\s[^>]{0,200}?(?:name|property)\s*=\s*["']?(?:date|dc\.date|article:published_time)["']?"""
    r"""[^>]{0,200}?content\s*=\s*["']([^"'<>]{1,64})["']""", re.I)


class InputError(Exception):
    """A document that cannot be checked. `str(error)` is one line naming the file."""


@dataclass(frozen=True)
class Document:
    """One document as read. `text` and `text_for_checking` always have the same length."""

    path: str
    text: str
    text_for_checking: str
    kind: str  # text, markdown or html
    front_matter: Mapping[str, str] = field(default_factory=dict)

    @property
    def date(self) -> str | None:
        """The `date:` from front matter (or an HTML date meta tag), as written."""
        return self.front_matter.get("date")

    @property
    def stem(self) -> str:
        """A short name for output files: the file name without suffix, or `stdin`."""
        return "stdin" if self.path == STDIN_PATH else (Path(self.path).stem or "document")


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, kind: str | None = None,
                  allow_empty: bool = False) -> Document:
    """Read and decode one file (`-` means standard input). Raises InputError on bad input."""
    name = str(path)
    if name == STDIN_PATH:
        return read_stdin(max_bytes=max_bytes, kind=kind, allow_empty=allow_empty)
    file_path = Path(path)
    try:
        if file_path.is_dir():
            raise InputError(f"{name}: is a directory")
        with _open_regular(file_path, name) as handle:
            data = _read_capped(handle, max_bytes, name)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror or error})") from None
    return document_from_bytes(data, name, kind=kind, allow_empty=allow_empty)


def read_stdin(*, max_bytes: int = DEFAULT_MAX_BYTES, kind: str | None = None, allow_empty: bool = False,
               stream: BinaryIO | None = None) -> Document:
    """Read standard input until EOF (a pipe, or text pasted and ended with Ctrl-D)."""
    source = stream if stream is not None else sys.stdin.buffer
    data = _read_capped(source, max_bytes, "standard input")
    return document_from_bytes(data, STDIN_PATH, kind=kind, allow_empty=allow_empty)


def document_from_bytes(data: bytes, path: str, *, kind: str | None = None,
                        allow_empty: bool = False) -> Document:
    """Decode bytes (an upload, a file's contents) into a Document. Raises InputError on bad input."""
    return document_from_text(decode(data, _display_name(path)), path, kind=kind, allow_empty=allow_empty)


def document_from_text(text: str, path: str = STDIN_PATH, *, kind: str | None = None,
                       allow_empty: bool = False) -> Document:
    """A Document for text already in memory (pasted into the web page)."""
    if "\x00" in text:
        raise InputError(f"{_display_name(path)}: looks like a binary file (it contains NUL bytes)")
    if not allow_empty and not text.strip():
        raise InputError(f"{_display_name(path)}: is empty")
    kind = kind or detect_kind(path, text)
    if kind not in KINDS:
        raise InputError(f"{_display_name(path)}: unknown kind {kind!r} (use one of {', '.join(KINDS)})")
    front_matter = parse_front_matter(text)
    if kind == "html":
        checking = blank_html(text)
        front_matter = {**_html_meta(text), **front_matter}
    elif kind == "markdown":
        checking = blank_markdown(text)
    else:
        end = front_matter_end(text)
        checking = blank_span(text[:end]) + text[end:] if end else text
    assert len(checking) == len(text)
    return Document(path=path, text=text, text_for_checking=checking, kind=kind, front_matter=front_matter)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (BOM dropped) to str; binary data and other encodings give an InputError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: is UTF-16; save it as UTF-8")
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: is not valid UTF-8 (bad byte at offset {error.start})") from None


def detect_kind(path: str, text: str) -> str:
    """text, markdown or html: from the file suffix, or for standard input from the text itself."""
    suffix = Path(path).suffix.lower() if path != STDIN_PATH else ""
    if suffix in _SUFFIX_KINDS:
        return _SUFFIX_KINDS[suffix]
    if suffix in {".txt", ".text"}:
        return "text"
    head = text[:4096]
    if _LOOKS_HTML.search(head):
        return "html"
    if front_matter_end(text) or _LOOKS_MARKDOWN.search(head):
        return "markdown"
    return "text"


def election_date(value: str, option: str = "--date") -> str:
    """A date option checked as an ISO date (YYYY-MM-DD); InputError with a one-line message if not."""
    import datetime as dt

    text = value.strip()
    try:
        if len(text) != 10:
            raise ValueError(text)
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"{option}: {value!r} is not a date in the form YYYY-MM-DD") from None


def one_line(text: str) -> str:
    """Text from the user (a file name, a claim) made safe for one line of a log or terminal: line breaks,
    escape sequences and other control characters are shown escaped, never obeyed."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def is_regular_file(path: Path) -> bool:
    """True for a regular file (following links); False for folders, named pipes, sockets and devices."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def special_file_note(path: Path | str) -> str:
    """The one-line notice for a named pipe, socket or device met in a folder: it is skipped, not read."""
    return f"{one_line(str(path))}: not a regular file (a named pipe, socket or device); skipped"


def _open_regular(path: Path, name: str) -> BinaryIO:
    """Open a file for reading without blocking: a named pipe with no writer would otherwise wait forever."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise InputError(f"{name}: not a regular file (a named pipe, socket or device); use - for a stream")
    if hasattr(os, "set_blocking"):
        os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def _read_capped(handle: BinaryIO, max_bytes: int, name: str) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{name}: is larger than the {_size(max_bytes)} limit")
    return data


def _html_meta(text: str) -> dict[str, str]:
    match = _META_DATE.search(text[:65536])
    return {"date": match.group(1).strip()} if match else {}


def _display_name(path: str) -> str:
    return "standard input" if path == STDIN_PATH else path


def _size(n: int) -> str:
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB"
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{n // 1024} KB" if n >= 1024 else f"{n} bytes"
