"""Blanking markup out of HTML and Markdown without moving any character.

Every function here returns a string of exactly the input's length: markup becomes spaces, line breaks
stay where they are, and an entity such as `&amp;` becomes its character followed by spaces (`&    `).
So an offset found in the blanked text is the same offset in the original. The scanners are linear in
the input's length (no backtracking regexes over untrusted text), so hostile input cannot stall them.
"""

from __future__ import annotations

import html
import re

from factcheck.regex_cache import lazy

_NOT_NEWLINE = lazy(r"[^\r\n]")
_TAG_NAME = lazy(r"/?([A-Za-z][^\s/>]*)")
_TAG_STOP = lazy(r"""=[ \t\r\n\f]*(["'])|>""")
_RAW_TEXT_END = {
    "script": lazy(r"</script[\s/>]", re.I),
    "style": lazy(r"</style[\s/>]", re.I),
}
_ENTITY = lazy(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")

_FRONT_MATTER_OPEN = lazy(r"\A---[ \t]*\r?\n")
_FRONT_MATTER_CLOSE = lazy(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)
_FRONT_MATTER_KEY = lazy(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_MAX_FRONT_MATTER = 65536

_FENCE = lazy(r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*$", re.M)
_LINE_SYNTAX = lazy(
    r"^[ ]{0,3}(?:#{1,6}(?=[ \t]|$)|>[ ]?|(?:[-*+]|\d{1,3}[.)])(?=[ \t])"
    r"|(?:[-*_][ \t]*+){3,}$|\[[^\]\n]{1,200}+\]:[^\n]*$|\|?[ \t]*+:?-{3,}[ \t|:-]*$)", re.M)
_INLINE_CODE = lazy(r"(?<!`)(`+)[^`\n][^\n]{0,1000}?\1")
_LINK_URL = r"""\([ \t]*[^()\s\[\]]{0,2000}+(?:[ \t]+"[^"\n]{0,300}+")?[ \t]*\)"""
_IMAGE = lazy(r"!\[[^\[\]\n]{0,300}+\]" + _LINK_URL)
_LINK_TARGET = lazy(r"\]" + _LINK_URL + r"|\]\[[^\[\]\n]{0,200}+\]")
_LINK_OPEN = lazy(r"\[(?=[^\[\]\n]{0,300}+\](?:\(|\[))")
_AUTOLINK = lazy(r"<(?:https?|mailto|ftp):[^\s<>]{1,2000}+>", re.I)
_EMPHASIS = lazy(r"(?<![\w*_\\])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_\\])[*_]{1,3}(?![\w*_])")
_TABLE_PIPE = lazy(r"(?<!\\)\|")
_ESCAPE = lazy(r"\\(?=[!-/:-@\[-`{-~])")


def blank_span(text: str) -> str:
    """The same text with every character except line breaks turned into a space."""
    return _NOT_NEWLINE.sub(" ", text)


def decode_entities(text: str) -> str:
    """Each HTML entity becomes its character padded with spaces to the entity's length."""
    return _ENTITY.sub(_entity_replacement, text)


def _entity_replacement(match: re.Match[str]) -> str:
    source = match.group(0)
    char = html.unescape(source)
    if char == source or len(char) > len(source):
        return source
    if char.isspace() or not char.isprintable():
        char = " "
    return char + " " * (len(source) - len(char))


def blank_html(text: str) -> str:
    """Prose only: tags, comments, declarations, script and style contents become spaces."""
    pieces: list[str] = []
    pos = 0
    length = len(text)
    while pos < length:
        start = text.find("<", pos)
        if start < 0:
            break
        end = _markup_end(text, start)
        if end is None:
            pieces.append(decode_entities(text[pos:start + 1]))
            pos = start + 1
            continue
        pieces.append(decode_entities(text[pos:start]))
        name = _start_tag_name(text, start)
        if name in _RAW_TEXT_END and not text[start:end].rstrip(">").endswith("/"):
            close = _RAW_TEXT_END[name].search(text, end)
            end = length if close is None else (_tag_end(text, close.start() + 2))
        pieces.append(blank_span(text[start:end]))
        pos = end
    pieces.append(decode_entities(text[pos:]))
    return "".join(pieces)


def _markup_end(text: str, start: int) -> int | None:
    """Where the markup starting with the `<` at `start` ends, or None when that `<` is just text."""
    if text.startswith("<!--", start):
        close = text.find("-->", start + 4)
        return len(text) if close < 0 else close + 3
    following = text[start + 1:start + 2]
    if following in ("!", "?"):
        close = text.find(">", start)
        return len(text) if close < 0 else close + 1
    if _TAG_NAME.match(text, start + 1):
        return _tag_end(text, start + 1)
    return None


def _tag_end(text: str, pos: int) -> int:
    """The end of a tag whose body starts at `pos`: the first `>` outside a quoted attribute value."""
    while True:
        stop = _TAG_STOP.search(text, pos)
        if stop is None:
            return len(text)
        quote = stop.group(1)
        if quote is None:
            return stop.end()
        close = text.find(quote, stop.end())
        if close < 0:
            return len(text)
        pos = close + 1


def _start_tag_name(text: str, start: int) -> str | None:
    match = _TAG_NAME.match(text, start + 1)
    if match is None or match.group(0).startswith("/"):
        return None
    return match.group(1).lower()


def front_matter_end(text: str) -> int:
    """The offset just after a `---` ... `---` front matter block at the very start, or 0 if none."""
    opening = _FRONT_MATTER_OPEN.match(text)
    if not opening:
        return 0
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end(), min(len(text), _MAX_FRONT_MATTER))
    if not closing:
        return 0
    lines = [line for line in text[opening.end():closing.start()].splitlines() if line.strip()]
    looks_yaml = all(_FRONT_MATTER_KEY.match(line) or line[:1] in " \t#-" for line in lines)
    has_key = any(_FRONT_MATTER_KEY.match(line) for line in lines)
    return closing.end() if looks_yaml and has_key else 0


def parse_front_matter(text: str) -> dict[str, str]:
    """Simple `key: value` lines of a front matter block (quotes stripped; lists and nesting skipped)."""
    end = front_matter_end(text)
    if not end:
        return {}
    values: dict[str, str] = {}
    for line in text[:end].splitlines()[1:-1]:
        match = _FRONT_MATTER_KEY.match(line)
        if not match or not match.group(2) or match.group(2).startswith(("|", ">", "[", "{", "#")):
            continue
        value = match.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        else:
            value = value.split(" #", 1)[0].rstrip()
        values[match.group(1).lower()] = value
    return values


def blank_markdown(text: str) -> str:
    """Prose only: front matter, code, link targets, images, inline HTML and syntax marks become spaces."""
    blocks = [(0, front_matter_end(text)), *_fenced_blocks(text)]
    pieces: list[str] = []
    pos = 0
    for start, end in blocks:
        if end > start:
            pieces += [text[pos:start], blank_span(text[start:end])]
            pos = end
    pieces.append(text[pos:])
    text = "".join(pieces)
    for pattern in (_INLINE_CODE, _IMAGE, _AUTOLINK, _LINK_OPEN, _LINK_TARGET, _LINE_SYNTAX, _ESCAPE,
                    _EMPHASIS, _TABLE_PIPE):
        text = pattern.sub(_blank_match, text)
    return blank_html(text)


def _blank_match(match: re.Match[str]) -> str:
    return blank_span(match.group(0))


def _fenced_blocks(text: str) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    opening: re.Match[str] | None = None
    for match in _FENCE.finditer(text):
        if opening is None:
            opening = match
        elif match.group(1)[0] == opening.group(1)[0] and len(match.group(1)) >= len(opening.group(1)) \
                and not match.group(0).strip().lstrip(match.group(1)[0]):
            blocks.append((opening.start(), match.end()))
            opening = None
    if opening is not None:
        blocks.append((opening.start(), len(text)))
    return blocks
