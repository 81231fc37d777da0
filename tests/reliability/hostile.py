"""The hostile and broken server behaviours, as a table shared by the core and the GUI tests.

Each case makes the emulator misbehave on some path and says how a probe must end: in a
given typed error (and nothing else), or in a result that a check function accepts. Handlers
that hold a connection open wait on ``RELEASE``, which the tests set when they end, so that
no server thread outlives its test.
"""

from __future__ import annotations

import dataclasses
import json
import socket
import struct
import threading
from collections.abc import Callable
from typing import Any

from provider_wizard.errors import (
    AuthRejected,
    BadRequest,
    Forbidden,
    NotAnOpenAIApi,
    NotFound,
    RateLimited,
    RedirectRefused,
    ResponseTooLarge,
    ServerError,
    Unreachable,
    WrongScheme,
)
from provider_wizard.gateway import ClientOptions
from provider_wizard.probe import ProbeNoteKind, ProbeResult

RELEASE = threading.Event()
OPTIONS = ClientOptions(connect_timeout=1.0, read_timeout=1.0, total_timeout=3.0)

Handler = Callable[[Any], None]


@dataclasses.dataclass(frozen=True)
class Case:
    name: str
    handlers: dict[str, Handler | str]  # path -> handler; "redirect-https" etc. set up by name
    error: type[Exception] | None = None
    check: Callable[[ProbeResult], bool] | None = None


def _raw(data: bytes) -> Handler:
    def handler(req: Any) -> None:
        req.wfile.write(data)
        req.wfile.flush()
        req.close_connection = True

    return handler


def _body(
    status: int, data: bytes, ctype: str = "application/json", headers: dict[str, str] | None = None
) -> Handler:
    return lambda req: req.send_bytes(status, data, ctype, headers)


def _json(status: int, doc: Any, headers: dict[str, str] | None = None) -> Handler:
    return lambda req: req.send_json(status, doc, headers)


def _error(status: int, headers: dict[str, str] | None = None) -> Handler:
    return _json(status, {"error": {"message": f"status {status} says no", "type": "x"}}, headers)


def _never_answer(req: Any) -> None:
    RELEASE.wait(30)
    req.close_connection = True


def _stall_after_headers(req: Any) -> None:
    req.send_response(200)
    req.send_header("Content-Type", "application/json")
    req.send_header("Content-Length", "1000")
    req.end_headers()
    req.wfile.write(b'{"data": [')
    req.wfile.flush()
    RELEASE.wait(30)
    req.close_connection = True


def _reset(req: Any) -> None:
    req.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    req.connection.close()
    req.close_connection = True


def _close_silently(req: Any) -> None:
    req.close_connection = True


def _short_body(req: Any) -> None:
    req.send_response(200)
    req.send_header("Content-Type", "application/json")
    req.send_header("Content-Length", "5000")
    req.end_headers()
    req.wfile.write(b'{"data": [{"id": "a"}')
    req.wfile.flush()
    req.close_connection = True


def _stream(chunk: bytes, pause: float, total: int | None) -> Handler:
    """Send ``chunk`` again and again (up to ``total`` bytes, or forever) until the client goes."""

    def handler(req: Any) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "application/json")
        if total is not None:
            req.send_header("Content-Length", str(total))
        req.send_header("Connection", "close")
        req.end_headers()
        sent = 0
        try:
            req.wfile.write(b'{"data": [')
            while total is None or sent < total:
                req.wfile.write(chunk)
                sent += len(chunk)
                if pause and RELEASE.wait(pause):
                    break
        except OSError:
            pass  # the client stopped reading: that is the point
        req.close_connection = True

    return handler


def _models(ids: list[Any]) -> Handler:
    return _json(200, {"data": [{"id": i, "object": "model"} for i in ids], "object": "list"})


def _notes(result: ProbeResult) -> set[ProbeNoteKind]:
    return {n.kind for n in result.notes}


ITEM = b'{"id": "gpt-4o", "object": "model"},'
M = "/v1/models"

CASES: list[Case] = [
    # -- not JSON, or not a model list -------------------------------------------------------
    Case(
        "html page",
        {M: _body(200, b"<!doctype html><title>One API</title>", "text/html")},
        NotAnOpenAIApi,
    ),
    Case(
        "html without content type",
        {M: _body(200, b"<html><body>hi</body></html>", "")},
        NotAnOpenAIApi,
    ),
    Case("plain text", {M: _body(200, b"hello, world", "text/plain")}, NotAnOpenAIApi),
    Case(
        "truncated json", {M: _body(200, b'{"data": [{"id": "gpt-4o"}, {"id": "gp')}, NotAnOpenAIApi
    ),
    Case("data is an object", {M: _json(200, {"data": {"id": "gpt-4o"}})}, NotAnOpenAIApi),
    Case("json number", {M: _body(200, b"42")}, NotAnOpenAIApi),
    Case("json null", {M: _body(200, b"null")}, NotAnOpenAIApi),
    Case("list without data", {M: _json(200, {"object": "list"})}, NotAnOpenAIApi),
    Case("data is null", {M: _json(200, {"data": None, "success": True})}, NotAnOpenAIApi),
    Case(
        "error object with 200", {M: _json(200, {"error": {"message": "无效的令牌"}})}, AuthRejected
    ),
    Case("deeply nested", {M: _body(200, b"[" * 50000 + b"]" * 50000)}, NotAnOpenAIApi),
    Case("invalid utf-8", {M: _body(200, b'{"data": [{"id": "\xff\xfe"}]}')}, NotAnOpenAIApi),
    Case("empty body", {M: _body(200, b"")}, NotAnOpenAIApi),
    Case(
        "event stream",
        {M: _body(200, b"data: {}\n\ndata: [DONE]\n\n", "text/event-stream")},
        NotAnOpenAIApi,
    ),
    Case(
        "gzip that is not",
        {M: _body(200, b"not gzip at all", "application/json", {"Content-Encoding": "gzip"})},
        NotAnOpenAIApi,
    ),
    # -- size and time ------------------------------------------------------------------------
    Case("50 MB body", {M: _stream(ITEM * 2000, 0, 50 * 1024 * 1024)}, ResponseTooLarge),
    Case("body that never ends", {M: _stream(ITEM * 2000, 0, None)}, ResponseTooLarge),
    Case("body that drips forever", {M: _stream(ITEM, 0.05, None)}, Unreachable),
    Case("accepts and never answers", {M: _never_answer}, Unreachable),
    Case("stalls after the headers", {M: _stall_after_headers}, Unreachable),
    # -- broken connections ----------------------------------------------------------------------
    Case("connection reset", {M: _reset}, Unreachable),
    Case("closes without an answer", {M: _close_silently}, Unreachable),
    Case("body shorter than promised", {M: _short_body}, Unreachable),
    Case("not HTTP at all", {M: _raw(b"HELLO THERE\r\n\r\n")}, Unreachable),
    # -- statuses the gateways use ------------------------------------------------------------
    Case("400", {M: _error(400)}, AuthRejected),
    Case("401", {M: _error(401)}, AuthRejected),
    Case("403", {M: _error(403)}, Forbidden),
    Case("404", {M: _error(404)}, NotFound),
    Case(
        "404 invalid url",
        {
            M: _json(
                404,
                {
                    "error": {
                        "message": "Invalid URL (GET /v1/models)",
                        "type": "invalid_request_error",
                    }
                },
            )
        },
        NotFound,
    ),
    Case("405", {M: _error(405)}, BadRequest),
    Case("408", {M: _error(408)}, BadRequest),
    Case("413", {M: _error(413)}, BadRequest),
    Case("422", {M: _error(422)}, BadRequest),
    Case("429 retry-after seconds", {M: _error(429, {"Retry-After": "30"})}, RateLimited),
    Case(
        "429 retry-after date",
        {M: _error(429, {"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"})},
        RateLimited,
    ),
    Case("500", {M: _error(500)}, ServerError),
    Case(
        "502 html from a proxy",
        {M: _body(502, b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>", "text/html")},
        ServerError,
    ),
    Case(
        "503 no channel",
        {
            M: _json(
                503,
                {
                    "error": {
                        "message": "当前分组 default 下对于模型 gpt-4o 无可用渠道 (request id: x)",
                        "type": "one_api_error",
                    }
                },
            )
        },
        ServerError,
    ),
    Case("504", {M: _error(504)}, ServerError),
    # -- redirects ----------------------------------------------------------------------------
    Case(
        "redirect loop", {M: _body(302, b"", headers={"Location": "/v1/models"})}, RedirectRefused
    ),
    Case("redirect to another host", {M: "redirect-other-host"}, RedirectRefused),
    Case("redirect to https", {M: "redirect-https"}, WrongScheme),
    Case("redirect without location", {M: _body(301, b"")}, BadRequest),
    # -- model lists with junk, which still give a usable answer -----------------------------
    Case(
        "duplicate ids",
        {M: _models(["a", "b", "a", "b", "c"])},
        check=lambda r: (
            r.models.ids == ["a", "b", "c"] and ProbeNoteKind.DUPLICATES_DROPPED in _notes(r)
        ),
    ),
    Case(
        "empty ids",
        {M: _models(["", "  ", "a"])},
        check=lambda r: r.models.ids == ["a"] and ProbeNoteKind.IDS_SKIPPED in _notes(r),
    ),
    Case(
        "10,000-character ids",
        {M: _models(["x" * 10_000, "ok"])},
        check=lambda r: r.models.ids == ["ok"] and ProbeNoteKind.IDS_SKIPPED in _notes(r),
    ),
    Case(
        "only junk ids",
        {M: _models([None, 5, "", {"x": 1}])},
        check=lambda r: r.models.ids == [] and ProbeNoteKind.EMPTY_MODEL_LIST in _notes(r),
    ),
    Case(
        "10,000 models",
        {M: _models([f"model-{i}" for i in range(10_000)])},
        check=lambda r: len(r.models.ids) == 10_000,
    ),
    # -- a broken status page does not spoil a working API ------------------------------------
    Case(
        "status page is html",
        {"/api/status": _body(200, b"<html></html>", "text/html")},
        check=lambda r: r.gateway.kind == "openai-compatible",
    ),
    Case(
        "status page never answers",
        {"/api/status": _never_answer},
        check=lambda r: r.gateway.kind == "openai-compatible" and len(r.models.ids) == 5,
    ),
]


def install(case: Case, emulator: Any, make_emulator: Callable[..., Any]) -> None:
    """Make ``emulator`` misbehave as ``case`` says (may start a second server)."""
    for path, handler in case.handlers.items():
        if handler == "redirect-other-host":
            sink = make_emulator()
            location = f"http://localhost:{sink.port}/v1/models"
            emulator.overrides[path] = _body(302, b"", headers={"Location": location})
        elif handler == "redirect-https":
            location = f"https://127.0.0.1:{emulator.port + 1}/v1/models"
            emulator.overrides[path] = _body(301, b"", headers={"Location": location})
        else:
            assert callable(handler)
            emulator.overrides[path] = handler


def plain_words(text: str) -> bool:
    """A sentence for a person: not empty, no traceback, no library internals."""
    lowered = text.lower()
    return bool(text.strip()) and not any(
        word in lowered for word in ("traceback", "httpx", "httpcore", "exception", "errno", "0x")
    )


assert len(CASES) >= 40
json.dumps([c.name for c in CASES])  # names are plain text for the report
