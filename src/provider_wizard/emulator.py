"""A OneAPI / NewAPI gateway emulator, built from shared/gateway-behavior.md: the tests' gateway
and the demo gateway (``provider-wizard --demo``, ``provider-wizard demo-gateway``).

A real HTTP server (standard library, 127.0.0.1, a free port, one thread per request), so the
client is tested over real sockets. It speaks the three flavours the document describes
(``oneapi``, ``newapi``, ``newapi-later``), knows every token state, can sit under a
reverse-proxy sub-path, serve TLS with a certificate from a test CA, redirect, delay, and
record every request it saw (so tests can prove where a token was and was not sent).
``overrides`` lets a test make any path answer any way it likes (hostile servers).
"""

from __future__ import annotations

import dataclasses
import http.server
import json
import socket
import ssl
import struct
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

ONEAPI_HTML = (
    b'<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>One API</title></head>'
    b"<body><noscript>You need to enable JavaScript to run this app.</noscript>"
    b'<div id="root"></div></body></html>'
)
NEWAPI_HTML = ONEAPI_HTML.replace(b"One API", b"New API")

TOKEN_STATES = ("active", "disabled", "expired", "exhausted", "subnet", "banned")

_STATE_ANSWER = {
    "disabled": (401, "该令牌状态不可用"),
    "expired": (401, "该令牌已过期"),
    "exhausted": (401, "该令牌额度已用尽"),
    "subnet": (403, "该令牌只能在指定网段使用：10.0.0.0/8，当前 ip：127.0.0.1"),
    "banned": (403, "用户已被封禁"),
}


@dataclasses.dataclass
class TokenSpec:
    state: str = "active"
    models: list[str] | None = None  # a whitelist; None = every model of the user's group
    admin: bool = False
    remain_quota: int = 5_000_000
    used_quota: int = 1_000_000
    unlimited: bool = False
    expires_at: int = 0


@dataclasses.dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Handler = Callable[["_Request"], None]


class _Request(http.server.BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate small writes; without TCP_NODELAY, Nagle's
    # algorithm holds the body until the client's delayed ACK, 40 ms per request on Linux.
    # Go's net/http (OneAPI, NewAPI) sets TCP_NODELAY too.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: pytest shows failures, not access logs

    # -- plumbing --------------------------------------------------------------------------

    def _body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def send_bytes(
        self,
        status: int,
        body: bytes,
        content_type: str = "application/json; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Oneapi-Request-Id", self.request_id)
        if self.headers.get("Origin") and self.path.startswith(self.emu.prefix + "/v1"):
            self.send_header("Access-Control-Allow-Origin", "*")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, status: int, doc: Any, headers: dict[str, str] | None = None) -> None:
        self.send_bytes(status, json.dumps(doc, ensure_ascii=False).encode(), headers=headers)

    def send_error_json(self, status: int, text: str, *, code: str | None = None) -> None:
        emu = self.emu
        err: dict[str, Any] = {
            "message": f"{text} (request id: {self.request_id})",
            "type": "one_api_error" if emu.flavour == "oneapi" else "new_api_error",
        }
        if emu.flavour == "newapi-later" or code:
            err["code"] = code or ""
        self.send_json(status, {"error": err})

    @property
    def emu(self) -> GatewayEmulator:
        return self.server.emulator

    def _handle(self) -> None:
        self.request_id = time.strftime("%Y%m%d%H%M%S") + uuid.uuid4().hex[:8]
        body = self._body()
        path = self.path.split("?", 1)[0]
        emu = self.emu
        with emu.lock:
            emu.requests.append(
                Recorded(
                    self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
                )
            )
        self.request_body = body
        if emu.delay:
            time.sleep(emu.delay)
        override = emu.overrides.get(path)
        if override is not None:
            override(self)
            return
        if emu.redirect_all_to:
            self.send_bytes(301, b"", headers={"Location": emu.redirect_all_to + self.path})
            return
        if not path.startswith(emu.prefix + "/") and path != emu.prefix:
            # Outside the reverse proxy's sub-path: the proxy's own 404 page.
            self.send_bytes(404, b"<html><body>404 Not Found</body></html>", "text/html")
            return
        route = path[len(emu.prefix) :] or "/"
        self._route(route, body)

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = _handle

    # -- the gateway -------------------------------------------------------------------------

    def _route(self, route: str, body: bytes) -> None:
        emu = self.emu
        if route == "/v1/models" and self.command == "GET":
            token = self._auth()
            if token is not None:
                self._models(token)
            return
        if route == "/v1/chat/completions" and self.command == "POST":
            token = self._auth()
            if token is not None:
                self._chat(token, body)
            return
        if route == "/v1/embeddings" and self.command == "POST":
            token = self._auth()
            if token is not None:
                self._embeddings(token, body)
            return
        if route == "/api/usage/token/" and self.command == "GET" and emu.flavour == "newapi-later":
            self._token_usage()
            return
        if route == "/api/status" and self.command == "GET":
            self.send_json(200, {"success": True, "message": "", "data": emu.status_data()})
            return
        if route in ("/dashboard/billing/subscription", "/v1/dashboard/billing/subscription"):
            self._billing(subscription=True)
            return
        if route in ("/dashboard/billing/usage", "/v1/dashboard/billing/usage"):
            self._billing(subscription=False)
            return
        if route == "/v1" or route.startswith(("/v1/", "/api/")) or route == "/api":
            self.send_json(
                404,
                {
                    "error": {
                        "message": f"Invalid URL ({self.command} {self.path.split('?', 1)[0]})",
                        "type": "invalid_request_error",
                        "param": "",
                        "code": "",
                    }
                },
            )
            return
        html = ONEAPI_HTML if emu.flavour == "oneapi" else NEWAPI_HTML
        self.send_bytes(200, html, "text/html; charset=utf-8")

    def _auth(self, *, errors_as_200: bool = False) -> TokenSpec | None:
        emu = self.emu
        raw = self.headers.get("Authorization", "").strip()
        if raw.lower().startswith("bearer "):
            raw = raw[7:].strip()
        if raw.startswith("sk-"):
            raw = raw[3:]
        status, text = 0, ""
        spec: TokenSpec | None = None
        if not raw:
            status, text = 401, "未提供令牌"
        else:
            key, _, channel = raw.partition("-")
            spec = emu.tokens.get(key)
            if spec is None:
                status, text = 401, "无效的令牌"
            elif spec.state != "active":
                status, text = _STATE_ANSWER[spec.state]
                if spec.state == "exhausted" and emu.flavour != "oneapi":
                    text += f"，token: sk-{key[:4]}**********{key[-4:]}"
                if emu.flavour == "newapi-later" and status == 401:
                    text = "无效的令牌"
            elif channel and not spec.admin:
                status, text = 403, "普通用户不支持指定渠道"
        if status:
            if errors_as_200:
                self.send_error_json(200, text)
            else:
                self.send_error_json(status, text)
            return None
        return spec

    def _visible_models(self, token: TokenSpec) -> list[str]:
        if token.models is not None:
            return list(token.models)
        return list(self.emu.models)

    def _models(self, token: TokenSpec) -> None:
        emu = self.emu
        ids = self._visible_models(token)
        if emu.flavour == "oneapi":
            data = [oneapi_model(m, custom=m in emu.custom_models) for m in ids]
            self.send_json(200, {"data": data, "object": "list"})
        elif emu.flavour == "newapi":
            data = [
                {"id": m, "object": "model", "created": 1626777600, "owned_by": "custom"}
                for m in ids
            ]
            self.send_json(200, {"data": data, "success": True})
        else:
            data = [
                {
                    "id": m,
                    "object": "model",
                    "created": 1626777600,
                    "owned_by": "custom",
                    "supported_endpoint_types": ["openai"],
                }
                for m in ids
            ]
            self.send_json(200, {"data": data, "object": "list", "success": True})

    def _relay_request(self, token: TokenSpec, body: bytes) -> dict[str, Any] | None:
        """What every relay route checks first, as the gateways do: the body, the token's
        model whitelist, a channel for the model; then the configured delay."""
        emu = self.emu
        try:
            req = json.loads(body)
        except ValueError:
            req = None
        if not isinstance(req, dict):
            self.send_error_json(400, "invalid request body", code="invalid_request")
            return None
        model = req.setdefault("model", "")
        if token.models is not None and model not in token.models:
            self.send_error_json(403, f"该令牌无权使用模型：{model}")
            return None
        if model not in emu.models or model in emu.unavailable_models:
            self.send_error_json(503, f"当前分组 default 下对于模型 {model} 无可用渠道")
            return None
        if emu.chat_delay:
            time.sleep(emu.chat_delay)
        return req

    def _embeddings(self, token: TokenSpec, body: bytes) -> None:
        """OpenAI's embeddings answer, as a gateway relays it (one short vector)."""
        req = self._relay_request(token, body)
        if req is None:
            return
        model = req["model"]
        self.send_json(
            200,
            {
                "object": "list",
                "data": [{"object": "embedding", "index": 0, "embedding": [0.01, -0.02, 0.03]}],
                "model": model,
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
            },
        )

    def _chat(self, token: TokenSpec, body: bytes) -> None:
        req = self._relay_request(token, body)
        if req is None:
            return
        model = req["model"]
        created = int(time.time())
        if req.get("stream"):
            chunks = [
                {
                    "id": "chatcmpl-x",
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "delta": {"role": "assistant", "content": "Hi"},
                            "finish_reason": None,
                        }
                    ],
                },
                {
                    "id": "chatcmpl-x",
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": model,
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "length"}],
                },
            ]
            payload = b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks)
            payload += b"data: [DONE]\n\n"
            self.send_bytes(200, payload, "text/event-stream")
            return
        self.send_json(
            200,
            {
                "id": "chatcmpl-" + self.request_id,
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": "Hi"},
                        "finish_reason": "length",
                    }
                ],
                "usage": {"prompt_tokens": 8, "completion_tokens": 1, "total_tokens": 9},
            },
        )

    def _token_usage(self) -> None:
        """NewAPI's /api/usage/token/ (since 2025-09): exactly "Bearer sk-KEY", code not success."""
        emu = self.emu
        raw = self.headers.get("Authorization", "")
        if not raw.startswith("Bearer sk-"):
            self.send_json(401, {"success": False, "message": "Invalid Bearer token"})
            return
        spec = emu.tokens.get(raw[len("Bearer sk-") :].partition("-")[0])
        if spec is None or spec.state == "disabled":
            self.send_json(401, {"success": False, "message": "无效的令牌"})
            return
        limits = {m: True for m in spec.models} if spec.models is not None else {}
        self.send_json(
            200,
            {
                "code": True,
                "message": "ok",
                "data": {
                    "object": "token_usage",
                    "name": "default",
                    "total_granted": spec.remain_quota + spec.used_quota,
                    "total_used": spec.used_quota,
                    "total_available": spec.remain_quota,
                    "unlimited_quota": spec.unlimited,
                    "model_limits": limits,
                    "model_limits_enabled": spec.models is not None,
                    "expires_at": spec.expires_at,
                },
            },
        )

    def _billing_amount(self, quota: float) -> float:
        """Billing figures are in the display unit: dollars, yuan (later NewAPI), or quota."""
        emu = self.emu
        if emu.display == "TOKENS":
            return quota
        usd = quota / emu.quota_per_unit
        return usd * emu.usd_exchange_rate if emu.display == "CNY" else usd

    def _billing(self, *, subscription: bool) -> None:
        # Token failures answer 401/403 as on /v1 (gateway-behavior.md).
        token = self._auth()
        if token is None:
            return
        if subscription:
            amount = (
                100000000.0
                if token.unlimited
                else self._billing_amount(token.remain_quota + token.used_quota)
            )
            self.send_json(
                200,
                {
                    "object": "billing_subscription",
                    "has_payment_method": True,
                    "soft_limit_usd": amount,
                    "hard_limit_usd": amount,
                    "system_hard_limit_usd": amount,
                    "access_until": token.expires_at,
                },
            )
        else:
            used = self._billing_amount(token.used_quota) * 100
            self.send_json(200, {"object": "list", "total_usage": used})


def oneapi_model(model_id: str, *, custom: bool = False) -> dict[str, Any]:
    """One entry of OneAPI's /v1/models: permission arrays for built-in models, null for custom."""
    permission = (
        None
        if custom
        else [
            {
                "id": "modelperm-LwHkVFn8AcMItP432fKKDIKJ",
                "object": "model_permission",
                "created": 1626777600,
                "allow_create_engine": True,
                "allow_sampling": True,
                "allow_logprobs": True,
                "allow_search_indices": False,
                "allow_view": True,
                "allow_fine_tuning": False,
                "organization": "*",
                "group": None,
                "is_blocking": False,
            }
        ]
    )
    return {
        "id": model_id,
        "object": "model",
        "created": 1626777600,
        "owned_by": "custom" if custom else "openai",
        "permission": permission,
        "root": model_id,
        "parent": None,
    }


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's 5 is no gateway's: a refresh of twenty providers opens forty connections
    # at once, and the connects past the backlog waited a second for the SYN to be sent again.
    request_queue_size = 128
    emulator: GatewayEmulator

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up, or speak plain HTTP to the TLS port, are part of the tests.
        pass

    def finish_request(self, request: Any, client_address: Any) -> None:
        # A man in the middle on a plain-HTTP port (``on_tls_hello``): a connection that
        # opens with a TLS hello gets his certificate, or a reset; plain HTTP is served.
        hello = self.emulator.on_tls_hello
        if hello is not None and not isinstance(request, ssl.SSLSocket):
            request.settimeout(5)
            try:
                first = request.recv(1, socket.MSG_PEEK)
            except OSError:
                return
            request.settimeout(None)
            if first == b"\x16":
                self.emulator.tls_hellos += 1
                if hello == "reset":
                    request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    request.close()  # with linger 0: an RST, as a middlebox sends
                    return
                assert isinstance(hello, ssl.SSLContext)
                request = hello.wrap_socket(request, server_side=True)
        super().finish_request(request, client_address)


class GatewayEmulator:
    """Start with ``start()`` (or as a context manager); ``base_url`` is where it listens."""

    def __init__(
        self,
        *,
        flavour: str = "oneapi",
        prefix: str = "",
        models: list[str] | None = None,
        tokens: dict[str, TokenSpec] | None = None,
        tls: ssl.SSLContext | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        assert flavour in ("oneapi", "newapi", "newapi-later")
        self.flavour = flavour
        self.prefix = prefix.rstrip("/")
        self.models = (
            models
            if models is not None
            else [
                "gpt-4o-mini",
                "gpt-4o",
                "claude-3-5-sonnet-20241022",
                "deepseek-chat",
                "qwen-max",
            ]
        )
        self.custom_models: set[str] = {"deepseek-chat", "qwen-max"}
        self.unavailable_models: set[str] = set()
        self.tokens = tokens if tokens is not None else {}
        self.system_name = "One API" if flavour == "oneapi" else "New API"
        self.version = "v0.6.10" if flavour == "oneapi" else "v0.6.6"
        self.tls = tls
        self.delay = 0.0
        self.chat_delay = 0.0
        self.redirect_all_to: str | None = None
        # How the gateway shows money (/api/status): "USD", "CNY" or "TOKENS".
        self.display = "USD"
        self.quota_per_unit = 500000
        self.usd_exchange_rate = 7.3
        self.top_up_link = ""
        self.docs_link = ""
        # See _Server.finish_request: a TLS context, "reset", or None (plain HTTP only).
        self.on_tls_hello: ssl.SSLContext | str | None = None
        self.tls_hellos = 0
        self.overrides: dict[str, Handler] = {}
        self.requests: list[Recorded] = []
        self.lock = threading.Lock()
        self._server = _Server((host, port), _Request)
        self._server.emulator = self
        if tls is not None:
            # The handshake happens on the handler's first read, in its own thread, so a
            # client that speaks plain HTTP to this port cannot stall the accept loop.
            self._server.socket = tls.wrap_socket(
                self._server.socket, server_side=True, do_handshake_on_connect=False
            )
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def origin(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.origin + self.prefix

    def add_token(self, key: str, **spec: Any) -> str:
        """Register a token by its 48 key characters; returns the ``sk-`` form a console copies."""
        self.tokens[key] = TokenSpec(**spec)
        return "sk-" + key

    def status_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "system_name": self.system_name,
            "version": self.version,
            "quota_per_unit": self.quota_per_unit,
            "display_in_currency": self.display != "TOKENS",
            "top_up_link": self.top_up_link,
            "server_address": self.origin,
            "start_time": 1735689600,
            "email_verification": False,
            "footer_html": "",
            "logo": "",
        }
        if self.flavour != "oneapi":
            data.update(
                {
                    "setup": True,
                    "price": 7.3,
                    "docs_link": self.docs_link,
                    "self_use_mode_enabled": False,
                    "demo_site_enabled": False,
                }
            )
        if self.flavour == "newapi-later":
            data.update(
                {
                    "usd_exchange_rate": self.usd_exchange_rate,
                    "quota_display_type": self.display,
                }
            )
        return data

    def requests_to(self, path: str) -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.path.split("?", 1)[0] == path]

    def start(self) -> GatewayEmulator:
        # A short poll interval: shutdown() waits for the loop to notice, once per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=f"emulator-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> GatewayEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def make_key(seed: str) -> str:
    """48 key characters of ``[0-9A-Za-z]`` derived from ``seed``, as the console generates."""
    import hashlib

    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    digest = hashlib.sha512(seed.encode()).digest()
    return "".join(alphabet[b % 62] for b in digest[:48])
