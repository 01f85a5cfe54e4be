"""`factcheck serve`: the local web page (factcheck/web/app.py) served by uvicorn on loopback."""

from __future__ import annotations

import ipaddress
import sys
from typing import Annotated

import typer

from factcheck.cli.errors import EXIT_ERROR, EXIT_OK, fail

MAX_CONNECTIONS = 64  # open connections at once; uvicorn answers 503 beyond (memory stays bounded)


def register(app: typer.Typer) -> None:
    """Add this module's command to the app."""
    app.command("serve")(serve_command)


def serve_command(
    host: Annotated[str, typer.Option(
        "--host", help="Address to listen on. Anything but loopback makes the page reachable from other "
                       "machines.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
    get: Annotated[str | None, typer.Option(
        "--get", metavar="PATH", help="Render PATH in-process, print it and exit (no server).")] = None,
    publisher: Annotated[str, typer.Option(
        "--publisher", help="Who publishes the reports (the ClaimReview author).")] = "factcheck",
) -> None:
    """Serve a page where you paste or upload a text and get the report back."""
    from factcheck.web.app import create_app

    app = create_app(publisher=publisher)
    if get is not None:
        raise typer.Exit(render_path(app, get))
    if not _is_loopback(host):
        print(f"factcheck: warning: listening on {host}; other machines can reach this page",
              file=sys.stderr)
    import uvicorn

    print(f"factcheck: serving on http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", limit_concurrency=MAX_CONNECTIONS)
    except (OSError, SystemExit) as error:
        raise fail(f"cannot serve on {host}:{port}: {error}") from None


def render_path(app: object, path: str) -> int:
    """datasette's `--get`: fetch one path through the app in-process and print the body."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    if not path.startswith("/"):
        raise fail(f"--get: {path!r} must start with /")
    with TestClient(app, raise_server_exceptions=False) as client:  # type: ignore[arg-type]
        response = client.get(path)
    sys.stdout.write(response.text)
    return EXIT_OK if response.status_code < 400 else EXIT_ERROR


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
