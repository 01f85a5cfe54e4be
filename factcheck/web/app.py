"""The local web page (`factcheck serve`): paste or upload a text, get the report inline.

    GET  /            the form
    POST /            the form submitted (multipart or urlencoded): the report, inline
    POST /api/check   JSON {"text": ..., "date": ...} -> the JSON contract

Limits: request bodies over `max_bytes` (default 1 MB of text plus form overhead) get 413, a wrong content
type gets 415, and all input is escaped by the templates. One checker is opened lazily and shared; calls
to `Checker.check` are serialised with a lock, so any checker is safe here.

Checking and rendering never run on the event loop: they run on at most CHECK_WORKERS threads of their own,
so `GET /` and other light requests answer while a 1 MB paste is being checked. At most CHECK_WAITING more
checks may wait for a thread; beyond that a request gets 503 at once, which bounds memory under load.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from factcheck.inputs import InputError, document_from_bytes, document_from_text, election_date
from factcheck.render.html import ReportOptions, render_template, report_context

MAX_TEXT_BYTES = 1024 * 1024
FORM_OVERHEAD = 64 * 1024
CHECK_WORKERS = 2  # checks (with their rendering) running at once, off the event loop
CHECK_WAITING = 30  # checks that may wait for a worker (each holds only its text); more get 503 at once
UPLOAD_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class WebError(Exception):
    """A problem with the request, shown to the user as one message with an HTTP status."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def create_app(checker_factory: Callable[[], Any] | None = None, *, max_text_bytes: int = MAX_TEXT_BYTES,
               publisher: str = "factcheck") -> FastAPI:
    """The app. `checker_factory` opens the engine (default: pipeline.open_checker); tests pass a fake."""
    if checker_factory is None:
        from factcheck.pipeline import open_checker

        checker_factory = open_checker
    engine = _SharedChecker(checker_factory)
    workers = _Workers(CHECK_WORKERS, CHECK_WAITING)
    limit = _size(max_text_bytes)
    app = FastAPI(title="factcheck", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.limit = limit

    @app.exception_handler(WebError)
    def web_error(request: Request, error: WebError) -> Response:
        return _error_response(request, error.status, error.message)

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, error: StarletteHTTPException) -> Response:
        """Starlette's own refusals (404, 405, a form with too many files or fields) as our page, not raw JSON."""
        status = error.status_code
        messages = {404: "Not found.", 405: "Method not allowed."}
        message = messages.get(status) or _form_problem(str(error.detail)) if status < 500 else None
        return _error_response(request, status, message or "Something went wrong while checking this text.")

    @app.exception_handler(Exception)
    def crashed(request: Request, error: Exception) -> Response:
        from factcheck.db.connect import DatabaseUnavailable

        if isinstance(error, DatabaseUnavailable):  # missing or damaged, and it could not be rebuilt here
            return _error_response(request, 503, "The reference database is not available. On the machine "
                                                 "serving this page, run `factcheck data build`.")
        return _error_response(request, 500, "Something went wrong while checking this text.")

    @app.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse)
    def form_page() -> HTMLResponse:
        return _page(limit=limit)

    @app.post("/", response_class=HTMLResponse)
    async def form_submit(request: Request) -> HTMLResponse:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type not in ("multipart/form-data", "application/x-www-form-urlencoded"):
            raise WebError(415, "Send the form as multipart/form-data or application/x-www-form-urlencoded.")
        form = await request.form(max_files=1, max_fields=8, max_part_size=max_text_bytes + FORM_OVERHEAD)
        text = form.get("text")
        upload = form.get("file")
        date = str(form.get("date") or "").strip()
        if isinstance(upload, UploadFile) and upload.filename and str(text or "").strip():
            return _page(limit=limit, error="Paste a text or upload a file, not both: nothing was checked.",
                         text=str(text), date=date, status=400)
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read(max_text_bytes + 1)
            source = ("upload", data, upload.filename)
        else:
            source = ("text", str(text or ""), "pasted text")
        try:
            document, election = _read(source, date, max_text_bytes, limit)
        except WebError as error:
            kept = str(text or "") if error.status != 413 else ""
            return _page(limit=limit, error=error.message, text=kept, date=date, status=error.status)

        def checked_page() -> HTMLResponse:
            result = engine.check(document, election)
            report = report_context(result, engine.public_database_info(), ReportOptions(
                publisher=publisher, appearance_date=document.date))
            return _page(limit=limit, report=report, text=str(text or ""), date=date)

        return await workers.run(checked_page)

    @app.post("/api/check")
    async def api_check(request: Request) -> JSONResponse:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise WebError(415, "Send JSON (Content-Type: application/json) like {\"text\": \"...\"}.")
        try:
            payload = await request.json()
        except ValueError:
            raise WebError(400, "The request body is not valid JSON.") from None
        if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
            raise WebError(400, "Send a JSON object with a \"text\" string (and optionally \"date\").")
        date = payload.get("date")
        if date is not None and not isinstance(date, str):
            raise WebError(400, "\"date\" must be a string in the form YYYY-MM-DD.")
        document, election = _read(("text", payload["text"], "-"), date or "", max_text_bytes, limit)
        from factcheck.render.json_contract import contract

        def checked_json() -> JSONResponse:
            return JSONResponse(contract([engine.check(document, election)], engine.public_database_info()))

        return await workers.run(checked_json)

    app.add_middleware(_Guard, max_body=max_text_bytes + FORM_OVERHEAD, limit=limit)
    return app


def _read(source: tuple[str, Any, str], date: str, max_text_bytes: int, limit: str) -> tuple[Any, str | None]:
    kind, content, name = source
    try:
        election = election_date(date, "date") if date else None
        if kind == "upload":
            if not name.lower().endswith(UPLOAD_SUFFIXES):
                raise WebError(415, "Upload a .txt, .md or .html file.")
            if len(content) > max_text_bytes:
                raise WebError(413, f"The file is larger than the {limit} limit.")
            return document_from_bytes(content, name), election
        if len(content.encode("utf-8", "surrogatepass")) > max_text_bytes:
            raise WebError(413, f"The text is larger than the {limit} limit.")
        return document_from_text(content, "-"), election
    except InputError as error:
        message = str(error)
        if message.startswith("standard input: "):
            message = "The text " + message.removeprefix("standard input: ")
        raise WebError(400, message) from None


Result = TypeVar("Result")


class _Workers:
    """Runs blocking work on its own threads, `workers` at a time, admitting at most `waiting` more."""

    def __init__(self, workers: int, waiting: int):
        self._limiter = anyio.CapacityLimiter(workers)
        self._admitted = 0
        self._capacity = workers + waiting

    async def run(self, work: Callable[[], Result]) -> Result:
        if self._admitted >= self._capacity:
            raise WebError(503, "The checker is busy with other texts. Try again in a moment.")
        self._admitted += 1
        try:
            return await anyio.to_thread.run_sync(work, limiter=self._limiter)
        finally:
            self._admitted -= 1


class _SharedChecker:
    """One checker for the app, opened on first use; `check` calls are serialised with a lock."""

    def __init__(self, factory: Callable[[], Any]):
        self._factory = factory
        self._checker: Any = None
        self._lock = threading.Lock()

    def _get(self) -> Any:
        if self._checker is None:
            self._checker = self._factory()
        return self._checker

    def check(self, document: Any, election: str | None) -> Any:
        with self._lock:
            return self._get().check(document.text_for_checking, document.path, election=election,
                                     front_matter=dict(document.front_matter))

    def public_database_info(self) -> Any:
        """What the page may say about the database: when it was built and its sources, not where it lives."""
        from dataclasses import replace

        with self._lock:
            info = self._get().database_info()
        return replace(info, path="") if info is not None else None


class _Guard:
    """ASGI middleware: security headers on every response; bodies over the cap get 413, whether the
    Content-Length says so up front or the body turns out too long while streaming."""

    def __init__(self, app: ASGIApp, max_body: int, limit: str):
        self.app = app
        self.max_body = max_body
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        length = headers.get("content-length", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                         if k.lower().encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        if length.isdigit() and int(length) > self.max_body:
            await self._refuse(scope, receive, send_with_headers)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise WebError(413, self._message())
            return message

        await self.app(scope, counting_receive, send_with_headers)

    def _message(self) -> str:
        return f"The text is larger than the {self.limit} limit. Check a shorter text."

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = _error_response(request, 413, self._message())
        await response(scope, receive, send)


def _form_problem(detail: str) -> str:
    """Starlette's wording for a refused form, for a reader."""
    if "files" in detail.lower():
        return "Upload one file at a time."
    if "fields" in detail.lower():
        return "The form has too many fields; use the page's own form."
    return f"The form could not be read ({detail.rstrip('.')})."


def _error_response(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    limit = getattr(request.app.state, "limit", _size(MAX_TEXT_BYTES))
    html = render_template("error.html" if request.method == "GET" else "page.html",
                           _page_context(limit=limit, error=message, status=status))
    return HTMLResponse(html, status_code=status)


def _page(*, limit: str, status: int = 200, **values: Any) -> HTMLResponse:
    html = render_template("page.html", _page_context(limit=limit, status=status, **values))
    return HTMLResponse(html, status_code=status)


def _page_context(*, limit: str, error: str | None = None, report: Mapping[str, Any] | None = None,
                  text: str = "", date: str = "", status: int = 200) -> dict[str, Any]:
    title = report["title"] if report else ("Error" if error else "Check a text")
    return {"page_title": f"{title} · factcheck", "limit": limit, "error": error, "report": report,
            "text": text, "date": date, "status": status, "upload_types": ",".join(UPLOAD_SUFFIXES)}


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n % (1024 * 1024) == 0 else f"{n // 1024} KB"
