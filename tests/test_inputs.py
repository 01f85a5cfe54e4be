"""Reading documents: decoding, bad files, and markup blanked without moving a single offset."""

from __future__ import annotations

import io
import os

import pytest

from factcheck.inputs import (
    InputError,
    document_from_text,
    election_date,
    read_document,
    read_stdin,
)
from factcheck.markup import blank_html, blank_markdown, parse_front_matter


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_plain_text_is_read_as_is_with_crlf_kept(tmp_path):
    path = write(tmp_path, "a.txt", b"Labour gained 4 seats.\r\nThe Greens held Bristol.\r\n")
    document = read_document(path)
    assert document.kind == "text"
    assert document.text == "Labour gained 4 seats.\r\nThe Greens held Bristol.\r\n"
    assert document.text_for_checking == document.text
    assert document.path == str(path)


def test_a_utf8_bom_is_dropped_so_offsets_start_at_the_first_letter(tmp_path):
    document = read_document(write(tmp_path, "bom.txt", "\ufeffLabour won.".encode()))
    assert document.text == "Labour won."


@pytest.mark.parametrize(("data", "problem"), [
    (b"Labour \xff\xfe won", "is not valid UTF-8 (bad byte at offset 7)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "looks like a binary file"),
    ("Labour".encode("utf-16"), "is UTF-16; save it as UTF-8"),
    (b"", "is empty"),
    (b"  \n\t\n", "is empty"),
])
def test_bad_bytes_give_one_line_naming_the_file(tmp_path, data, problem):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as error:
        read_document(path)
    message = str(error.value)
    assert message.startswith(f"{path}: ") and problem in message
    assert "\n" not in message


def test_missing_directory_and_too_large_files_name_the_file(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)
    big = write(tmp_path, "big.txt", b"a" * 2048)
    with pytest.raises(InputError, match=r"big\.txt: is larger than the 1 KB limit"):
        read_document(big, max_bytes=1024)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_an_unreadable_file_names_the_file(tmp_path):
    path = write(tmp_path, "secret.txt", b"Labour won.")
    path.chmod(0)
    with pytest.raises(InputError, match="secret.txt: permission denied"):
        read_document(path)


def test_empty_files_are_allowed_when_asked(tmp_path):
    assert read_document(write(tmp_path, "e.md", b""), allow_empty=True).text == ""


def test_stdin_is_read_until_eof_and_named_standard_input():
    document = read_stdin(stream=io.BytesIO(b"Labour gained 4 seats in Hull.\n"))
    assert document.path == "-" and document.stem == "stdin"
    assert document.text == "Labour gained 4 seats in Hull.\n"
    with pytest.raises(InputError, match="^standard input: is empty$"):
        read_stdin(stream=io.BytesIO(b""))


def test_html_markup_becomes_spaces_and_offsets_still_match(tmp_path):
    html = ('<!doctype html><html><head><title>Results</title><style>p { color: red }</style>'
            '<script>var s = "<p>Labour lost 9 seats</p>";</script></head>\r\n'
            '<body><!-- draft: Labour lost 7 seats --><p class="x">Labour <b>gained</b> 4 seats in '
            'Kensington &amp; Chelsea&nbsp;on Thursday.</p></body></html>')
    document = read_document(write(tmp_path, "page.html", html.encode()))
    checking = document.text_for_checking
    assert document.kind == "html"
    assert len(checking) == len(html)
    assert "Labour lost" not in checking and "color" not in checking and "<" not in checking
    start = html.index("Labour <b>")
    assert checking[start:start + 6] == "Labour"
    assert " ".join(checking[start:].split()) == "Labour gained 4 seats in Kensington & Chelsea on Thursday."
    assert checking.count("\n") == html.count("\n")
    assert checking[html.index("&amp;"):html.index("&amp;") + 5] == "&    "


def test_html_attribute_values_may_contain_angle_brackets():
    html = '<p title="a > b" data-x=\'<i>\'>Labour won 3 seats</p>'
    assert blank_html(html).strip() == "Labour won 3 seats"


def test_unclosed_markup_is_blanked_to_the_end_and_lone_angle_brackets_stay():
    assert blank_html("Turnout was <30% in 2 wards") == "Turnout was <30% in 2 wards"
    assert blank_html("Labour won <a href='x").strip() == "Labour won"
    assert blank_html("Labour won <!-- note").strip() == "Labour won"
    assert blank_html("Hi <script>alert(1)").strip() == "Hi"


def test_markdown_syntax_and_front_matter_are_blanked_but_prose_stays(tmp_path):
    text = ("---\ntitle: \"Night of the count\"\ndate: 2024-05-03\ntags: [a, b]\n---\n"
            "# Results\n\nLabour **gained** 4 seats in [Trafford](https://example.org/t \"T\").\n"
            "* The Greens won `12` seats in Bristol\n\n```\nLabour lost 99 seats\n```\n"
            "![chart of 5 seats](c.png) snake_case stays and 5 * 3 stays.\n")
    document = read_document(write(tmp_path, "night.md", text.encode()))
    checking = document.text_for_checking
    assert document.kind == "markdown"
    assert len(checking) == len(text) and checking.count("\n") == text.count("\n")
    assert document.front_matter == {"title": "Night of the count", "date": "2024-05-03"}
    assert document.date == "2024-05-03"
    words = " ".join(checking.split())
    assert "Labour gained 4 seats in Trafford ." in words
    assert "The Greens won seats in Bristol" in words
    assert "99" not in words and "example.org" not in words and "chart" not in words and "title" not in words
    assert "snake_case stays and 5 * 3 stays." in words


def test_a_text_that_merely_starts_with_a_rule_has_no_front_matter():
    assert parse_front_matter("---\nLabour won.\n---\nMore.") == {}
    assert document_from_text("---\nLabour won.\n---\n", "a.txt").text_for_checking.strip() == (
        "---\nLabour won.\n---")


def test_front_matter_in_a_text_file_is_read_and_blanked():
    document = document_from_text("---\ndate: 2023-05-04\n---\nLabour won 3 seats.", "note.txt")
    assert document.date == "2023-05-04"
    assert document.text_for_checking.strip() == "Labour won 3 seats."


def test_html_date_meta_tag_counts_as_the_documents_date():
    html = '<html><head><meta name="date" content="2022-05-06"></head><body><p>Labour won.</p></body></html>'
    assert document_from_text(html, "a.html").date == "2022-05-06"


def test_pasted_text_kind_is_sniffed():
    assert document_from_text("Labour won 3 seats.").kind == "text"
    assert document_from_text("<p>Labour won 3 seats.</p>").kind == "html"
    assert document_from_text("# Results\nLabour won 3 seats.").kind == "markdown"


@pytest.mark.parametrize("hostile", [
    "<a" * 50_000, "![" * 50_000, "`" * 50_000 + "x", '<a x="' * 20_000, "&#" * 50_000, "[a](" * 25_000,
    "*_" * 50_000, "---\n" * 25_000, "<!--" * 25_000, "\r" * 10_000 + "<p>",
])
def test_hostile_markup_keeps_the_length_and_finishes(hostile):
    assert len(blank_html(hostile)) == len(hostile)
    assert len(blank_markdown(hostile)) == len(hostile)


def test_election_date_must_be_iso():
    assert election_date("2024-05-02") == "2024-05-02"
    for bad in ("2024-13-01", "May 2024", "20240502", ""):
        with pytest.raises(InputError, match="--date: .* is not a date in the form YYYY-MM-DD"):
            election_date(bad)
