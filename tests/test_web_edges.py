"""Web edges: HEAD, refused forms shown as the page (never Starlette's raw JSON), text and a file sent
together, and an API answer that does not reveal where the database lives."""

from __future__ import annotations

import warnings

import pytest
from fixtures_findings import FakeChecker

from factcheck.web.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app(lambda: FakeChecker()), raise_server_exceptions=False)


def test_head_is_answered_like_get_without_a_body(client):
    response = client.head("/")
    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(("form", "message"), [
    ({"files": [("file", ("a.txt", b"Labour gained 4 seats.", "text/plain")),
                ("file", ("b.txt", b"Labour gained 5 seats.", "text/plain"))]}, "Upload one file at a time."),
    ({"data": {f"field{n}": "x" for n in range(20)}}, "too many fields"),
])
def test_a_refused_form_gets_the_page_with_a_message_not_raw_json(client, form, message):
    response = client.post("/", **form)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert message in response.text and '"detail"' not in response.text and "<form" in response.text


def test_text_and_a_file_together_are_refused_and_the_text_kept(client):
    response = client.post("/", files={"text": (None, "Labour gained 4 seats in Bury."),
                                       "file": ("a.txt", b"Labour gained 5 seats.", "text/plain")})
    assert response.status_code == 400
    assert "Paste a text or upload a file, not both" in response.text
    assert "Labour gained 4 seats in Bury." in response.text  # nothing the user typed is lost


def test_the_api_does_not_reveal_the_database_path(client):
    data = client.post("/api/check", json={"text": "Labour gained 4 seats."}).json()
    assert data["database"]["path"] == "" and data["database"]["built"]
    page = client.post("/", data={"text": "Labour gained 4 seats."}).text
    assert ".duckdb" not in page and "/tmp/" not in page


def test_a_database_that_cannot_be_opened_gets_503_naming_the_fix():
    from factcheck.db.connect import DatabaseUnavailable

    def broken():
        raise DatabaseUnavailable("the reference database at /x is damaged (Corrupt database file)")

    client = TestClient(create_app(broken), raise_server_exceptions=False)
    for response in (client.post("/", data={"text": "Labour gained 4 seats."}),
                     client.post("/api/check", json={"text": "Labour gained 4 seats."})):
        assert response.status_code == 503 and "factcheck data build" in response.text
        assert "/x" not in response.text
