"""The local web page and JSON API, in-process and on a real loopback server under concurrent load."""

from __future__ import annotations

import warnings
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fixtures_findings import XSS_PAYLOADS, FakeChecker, live_server
from markupsafe import escape
from typer.testing import CliRunner

from factcheck.cli import app as cli_app
from factcheck.web.app import MAX_TEXT_BYTES, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def checker() -> FakeChecker:
    return FakeChecker()


@pytest.fixture
def client(checker) -> TestClient:
    return TestClient(create_app(lambda: checker), raise_server_exceptions=False)


def test_the_form_has_a_text_area_upload_date_and_check_button(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.text
    for part in ('<textarea id="text" name="text"', 'type="file" accept=".txt,.md,.markdown,.html,.htm"',
                 'type="date"', '<button type="submit" id="check">Check</button>', "up to 1 MB"):
        assert part in html
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_pasting_a_text_returns_the_report_inline(client, checker):
    response = client.post("/", files={"text": (None, "Labour gained 4 seats. The Tories lost 7 seats.")})
    assert response.status_code == 200
    html = response.text
    assert 'id="report"' in html and "Accurate</span>" in html and "Inaccurate</span>" in html
    assert "<strong>2</strong> claims found" in html
    assert "Labour gained 4 seats. The Tories lost 7 seats." in html  # kept in the text area
    assert checker.calls == 1


def test_an_urlencoded_form_works_too(client):
    response = client.post("/", data={"text": "Labour gained 5 seats.", "date": "2023-05-04"})
    assert response.status_code == 200
    assert "Approximately accurate" in response.text
    assert '<time datetime="2023-05-04">2023-05-04</time> (--date option)' in response.text


def test_uploading_a_markdown_file(client):
    upload = ("night.md", b"---\ndate: 2022-05-05\n---\n# Night\nLabour gained 4 seats.\n", "text/markdown")
    response = client.post("/", files={"file": upload, "text": (None, "")})
    assert response.status_code == 200
    assert "Accurate</span>" in response.text and "2022-05-05" in response.text


@pytest.mark.parametrize(("upload", "status", "message"), [
    (("photo.png", b"\x89PNG\r\n", "image/png"), 415, "Upload a .txt, .md or .html file."),
    (("a.txt", b"\x00\x01binary", "text/plain"), 400, "a.txt: looks like a binary file"),
    (("a.txt", b"Labour \xff won", "text/plain"), 400, "a.txt: is not valid UTF-8"),
])
def test_bad_uploads_get_a_clear_message(client, upload, status, message):
    response = client.post("/", files={"file": upload})
    assert response.status_code == status
    assert message in response.text and 'role="alert"' in response.text


def test_an_empty_paste_and_a_bad_date_get_a_clear_message(client):
    empty = client.post("/", files={"text": (None, "   \n")})
    assert empty.status_code == 400 and "The text is empty" in empty.text
    bad = client.post("/", files={"text": (None, "Labour gained 4 seats."), "date": (None, "tomorrow")})
    assert bad.status_code == 400
    assert "date: &#39;tomorrow&#39; is not a date in the form YYYY-MM-DD" in bad.text


def test_an_oversize_paste_gets_413_with_a_clear_message(client, checker):
    response = client.post("/", files={"text": (None, "a" * (MAX_TEXT_BYTES + 70_000))})
    assert response.status_code == 413
    assert "The text is larger than the 1 MB limit" in response.text
    assert checker.calls == 0


def test_an_oversize_body_without_content_length_is_cut_off(client):
    def chunks():
        for _ in range(40):
            yield b"x" * 32_768

    response = client.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"].startswith("The text is larger than the 1 MB limit")


def test_a_wrong_content_type_gets_415(client):
    assert client.post("/", content=b"text=hi", headers={"content-type": "text/plain"}).status_code == 415
    response = client.post("/api/check", content=b'{"text": "x"}', headers={"content-type": "text/plain"})
    assert response.status_code == 415 and "application/json" in response.json()["error"]


def test_the_api_returns_the_json_contract(client):
    response = client.post("/api/check", json={"text": "Labour gained 4 seats.", "date": "2024-05-02"})
    assert response.status_code == 200
    data = response.json()
    assert data["version"] == 1
    assert data["documents"][0]["election"] == {"date": "2024-05-02", "how": "--date option"}
    assert data["documents"][0]["claims"][0]["verdict"] == "accurate"


@pytest.mark.parametrize(("body", "message"), [
    (b"{not json", "not valid JSON"),
    (b'["text"]', 'a JSON object with a \\"text\\" string'[:20]),
    (b'{"text": 5}', "a JSON object"),
    (b'{"text": "Labour won.", "date": "May"}', "date: 'May' is not a date"),
    (b'{"text": ""}', "The text is empty"),
])
def test_bad_api_requests_get_400_with_a_message(client, body, message):
    response = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_unknown_pages_get_a_plain_404(client):
    response = client.get("/admin")
    assert response.status_code == 404 and "Not found." in response.text


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_pasted_payloads_are_never_echoed_unescaped(client, payload):
    text = f"Labour gained 4 seats. {payload}"
    html = client.post("/", files={"text": (None, text)}).text
    if "<" in payload:
        assert payload not in html
    assert str(escape(payload)) in html
    api = client.post("/api/check", json={"text": payload})
    assert api.headers["content-type"] == "application/json"


def test_serve_get_renders_a_page_in_process():
    result = CliRunner().invoke(cli_app, ["serve", "--get", "/"])
    assert result.exit_code == 0
    assert "<h1>Check a text</h1>" in result.stdout


def test_a_real_server_answers_50_concurrent_requests_of_mixed_sizes_correctly():
    checker = FakeChecker(delay=0.005)
    with live_server(create_app(lambda: checker)) as base, httpx.Client(base_url=base, timeout=30) as http:

        def ask(n: int) -> tuple[int, int, str]:
            if n % 10 == 9:
                response = http.post("/api/check", json={"text": "x" * (MAX_TEXT_BYTES + 100_000)})
                return n, response.status_code, response.json()["error"]
            padding = "Nothing here. " * (n * 500)
            if n % 2:
                response = http.post("/api/check", json={"text": f"{padding}Labour gained {n} seats."})
                claims = response.json()["documents"][0]["claims"]
                return n, response.status_code, claims[0]["text"]
            response = http.post("/", files={"text": (None, f"{padding}Labour gained {n} seats.")})
            marked = f"gained {n} seats</mark>" in response.text
            return n, response.status_code, f"gained {n} seats" if marked else ""

        with ThreadPoolExecutor(max_workers=16) as pool:
            answers = list(pool.map(ask, range(50)))
        for n, status, detail in answers:
            if n % 10 == 9:
                assert (status, detail[:27]) == (413, "The text is larger than the"), n
            else:
                assert (status, detail) == (200, f"gained {n} seats"), n
        assert http.get("/").status_code == 200  # still up
    assert checker.calls == 45


def test_a_hostile_upload_file_name_is_escaped_in_the_error(client):
    name = "<script>alert(1)</script>.txt"
    response = client.post("/", files={"file": (name, b"\x00binary", "text/plain")})
    assert response.status_code == 400
    assert name not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;.txt: looks like a binary file" in response.text
