"""Talk to an OpenAI-compatible gateway: list models, check a model, read its status.

Everything that can go wrong on the wire is turned into one typed error from errors.py here,
so callers never see an httpx exception. The rules that protect the token live here too:
redirects are followed only within the same origin (the token is never sent to another host),
the token never goes over plain http to a remote host unless the user said so, bodies are read
with a size cap and one deadline (wire.py), and TLS is verified against the system trust store
(truststore on macOS and Windows, OpenSSL's CA paths elsewhere), optionally with one extra CA
file for a self-signed gateway. Which address to use in the first place is probe.py's question.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from . import __version__
from .cancel import CancelToken
from .errors import (
    AuthRejected,
    BadRequest,
    Cancelled,
    Forbidden,
    GatewayError,
    InvalidInput,
    NotAnOpenAIApi,
    NotAnOpenAIKind,
    NotFound,
    PlainHttpRefused,
    RateLimited,
    RedirectRefused,
    ResponseTooLarge,
    ServerError,
    TlsError,
    TlsKind,
    Unreachable,
    UnreachableKind,
    WrongScheme,
)
from .modellist import ModelList, parse_model_list
from .redact import clip, contains_secret, register_secret
from .text import Text
from .urls import exposes_token, moved_base, origin, switch_scheme

if TYPE_CHECKING:
    # httpx and ssl are imported when a client is made, not when the app starts.
    import ssl

    import httpx

__all__ = [
    "CancelToken",
    "ChatCheck",
    "ClientOptions",
    "GatewayClient",
    "GatewayInfo",
    "parse_status",
]

_REQUEST_ID_RE = re.compile(r"\s*[(（]request id: [^)）]*[)）]\s*$", re.I)
_NEWAPI_STATUS_KEYS = frozenset(
    {"setup", "price", "docs_link", "self_use_mode_enabled", "demo_site_enabled"}
)
_AUTH_WORDS = re.compile(r"(?i)api[ _-]?key|token|auth|令牌|unauthori[sz]ed|credential")
# What Go's net/http and nginx answer when plain http reaches a TLS port.
_PLAIN_TO_TLS = re.compile(
    rb"(?i)client sent an http request to an https server|"
    rb"plain http request was sent to https port"
)


@dataclasses.dataclass(frozen=True)
class ClientOptions:
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # the whole request, body included: a drip-fed body ends too
    max_body_bytes: int = 32 * 1024 * 1024
    max_redirects: int = 5
    ca_file: str | None = None
    # The user said the token may go over plain http to this (remote) host; see urls.py.
    allow_plain_http: bool = False


@dataclasses.dataclass(frozen=True)
class GatewayInfo:
    kind: str  # "oneapi" | "newapi" | "openai-compatible"
    system_name: str | None = None
    version: str | None = None


@dataclasses.dataclass(frozen=True)
class ChatCheck:
    model: str
    latency_ms: float
    reply: str


@dataclasses.dataclass(frozen=True)
class _Response:
    status: int
    headers: httpx.Headers
    body: bytes
    url: str

    @property
    def content_type(self) -> str:
        value: str = self.headers.get("content-type", "")
        return value.split(";")[0].strip().lower()

    def looks_like_html(self) -> bool:
        if self.content_type in ("text/html", "application/xhtml+xml"):
            return True
        head = self.body[:512].lstrip().lower()
        return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def _ssl_context(ca_file: str | None) -> ssl.SSLContext:
    """The TLS context for a client: the system's trust store, plus ``ca_file`` if given.

    Without a CA file one context serves every client (a context is safe to share): httpx
    left to itself builds one per client, ~50 ms of CPU each, which a refresh of twenty
    providers would pay twenty times over, one after another under the GIL. A CA file's
    context is kept while the file stays the same: one fixed since is read again.
    """
    if not ca_file:
        return _shared_context()
    try:
        seen = os.stat(ca_file)
    except OSError:
        return _new_context(ca_file)  # says, in plain words, that it cannot be read
    return _ca_context(ca_file, seen.st_mtime_ns, seen.st_size)


@functools.cache
def _shared_context() -> ssl.SSLContext:
    return _new_context(None)


@functools.lru_cache(maxsize=8)
def _ca_context(ca_file: str, _mtime_ns: int, _size: int) -> ssl.SSLContext:
    return _new_context(ca_file)


def _new_context(ca_file: str | None) -> ssl.SSLContext:
    # Imported here: the trust store is loaded on the first https request, not at start-up.
    import ssl
    import sys

    if sys.platform in ("darwin", "win32"):
        # The platform's own verifier, with the certificates the user or the company added.
        import truststore

        ctx: ssl.SSLContext = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    else:
        # Elsewhere truststore is OpenSSL with the system's CA paths, which it loads again for
        # every connection, under one lock per context: ~25 ms of CPU per https connection,
        # and two connections at once waited for each other (a probe's failed https attempt
        # took 55 ms instead of 1). The same paths, loaded once per context.
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        _load_system_cas(ctx)
    if ca_file:
        try:
            ctx.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise InvalidInput(
                Text("The CA file cannot be read as a certificate: {error}", error=str(exc))
            ) from None
    return ctx


# Where distributions keep their CA bundle, for an OpenSSL built to look elsewhere (as a
# wheel's may be): the same list truststore searches.
_CA_FILE_CANDIDATES = (
    "/etc/ssl/cert.pem",  # Alpine, Arch, Fedora 34-43, RHEL 9-10, the BSDs
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # Fedora 44+, RHEL 11+
    "/etc/pki/tls/cert.pem",  # older Fedora, RHEL and CentOS
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu
    "/etc/ssl/ca-bundle.pem",  # SUSE
)


def _load_system_cas(ctx: ssl.SSLContext) -> None:
    """OpenSSL's default CA file or folder (SSL_CERT_FILE and SSL_CERT_DIR count), else the
    first distribution bundle that exists."""
    import ssl

    defaults = ssl.get_default_verify_paths()
    if defaults.cafile or (defaults.capath and _holds_certs(defaults.capath)):
        ctx.set_default_verify_paths()
        return
    for candidate in _CA_FILE_CANDIDATES:
        if os.path.isfile(candidate):
            ctx.load_verify_locations(cafile=candidate)
            return


def _holds_certs(folder: str) -> bool:
    """A folder of OpenSSL's hashed certificate names (``1a2b3c4d.0``)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(re.fullmatch(r"[0-9a-fA-F]{8}\.[0-9]", name) for name in names)


class GatewayClient:
    """One gateway at one base address, with an optional token. Use as a context manager."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        options: ClientOptions | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        import httpx

        self._base = httpx.URL(self.base_url)
        self._token = token
        if token:
            register_secret(token)
        self.options = options or ClientOptions()
        self._cancel = cancel or CancelToken()
        # Every client gets a context, https or not: httpx would otherwise build its own
        # (see _ssl_context), even for plain http, where it is never used.
        https = self._base.scheme == "https"
        verify: Any = _ssl_context(self.options.ca_file if https else None)
        from .wire import make_transport

        self._client = httpx.Client(
            transport=make_transport(verify),
            timeout=httpx.Timeout(self.options.read_timeout, connect=self.options.connect_timeout),
            follow_redirects=False,
            # Only what wire.decode_bounded can undo within the size cap.
            headers={
                "User-Agent": f"provider-wizard/{__version__}",
                "Accept-Encoding": "gzip, deflate",
            },
            trust_env=False,
        )

    def __enter__(self) -> GatewayClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # --- public calls ------------------------------------------------------------------

    def list_models(self) -> ModelList:
        resp = self._request("GET", "/v1/models", auth=True)
        if resp.status == 400:
            # A bare GET has nothing else to be wrong about: proxies such as LiteLLM answer a
            # key they cannot check with 400, not 401.
            raise _error_from_status(resp, 401)
        self._raise_unless_api_answer(resp)
        # The raw bytes go to the parser, which decodes a large list item by item: one
        # json.loads of thousands of models would hold the GIL and freeze the UI thread.
        try:
            return parse_model_list(resp.body, url=resp.url)
        except NotAnOpenAIApi as exc:
            if exc.kind is NotAnOpenAIKind.NO_MODEL_LIST:
                doc = json.loads(resp.body)  # valid JSON, or the parser would have said so
                if isinstance(doc, dict) and "data" not in doc and "error" in doc:
                    raise _error_from_status(resp, 401) from None
            raise

    def gateway_status(self) -> GatewayInfo:
        """Ask ``/api/status`` (public, no token) what kind of gateway this is."""
        try:
            resp = self._request("GET", "/api/status", auth=False)
        except Cancelled:
            raise
        except GatewayError:
            return GatewayInfo("openai-compatible")
        if resp.status != 200 or resp.looks_like_html():
            return GatewayInfo("openai-compatible")
        return parse_status(resp.body)

    def chat_check(self, model: str, *, prompt: str = "Hi") -> ChatCheck:
        """Send a one-token chat completion to ``model`` and time it."""
        started = time.perf_counter()
        resp = self._request(
            "POST",
            "/v1/chat/completions",
            auth=True,
            json_body={
                "model": model,
                "messages": [{"role": "user", "content": prompt}],
                "max_tokens": 1,
                "stream": False,
            },
        )
        latency = (time.perf_counter() - started) * 1000
        doc = self._json_or_raise(resp)
        reply = ""
        try:
            message = doc["choices"][0].get("message") or {}
            reply = message.get("content") or ""
        except (KeyError, IndexError, TypeError, AttributeError):
            if isinstance(doc, dict) and "error" in doc:
                raise _error_from_status(resp, 400) from None
            raise NotAnOpenAIApi(
                Text("The server's chat answer is not an OpenAI chat completion."),
                url=resp.url,
                kind=NotAnOpenAIKind.UNEXPECTED_JSON,
            ) from None
        return ChatCheck(model, latency, reply if isinstance(reply, str) else "")

    def embedding_check(self, model: str, *, text: str = "Hi") -> ChatCheck:
        """Ask ``model`` for the embedding of one short text and time it."""
        started = time.perf_counter()
        resp = self._request(
            "POST", "/v1/embeddings", auth=True, json_body={"model": model, "input": text}
        )
        latency = (time.perf_counter() - started) * 1000
        doc = self._json_or_raise(resp)
        try:
            vector = doc["data"][0]["embedding"]
        except (KeyError, IndexError, TypeError):
            if isinstance(doc, dict) and "error" in doc:
                raise _error_from_status(resp, 400) from None
            vector = None
        if not isinstance(vector, (list, str)):  # a list of floats, or base64
            raise NotAnOpenAIApi(
                Text("The server's embedding answer is not an OpenAI embedding list."),
                url=resp.url,
                kind=NotAnOpenAIKind.UNEXPECTED_JSON,
            )
        return ChatCheck(model, latency, "")

    def get(self, path: str, *, auth: bool) -> _Response:
        """A GET of ``path`` under the base address, any status (the caller reads it)."""
        return self._request("GET", path, auth=auth)

    def tokenless_answer(self) -> GatewayError | None:
        """Ask ``/v1/models`` without the token: None if any HTTP answer came, else the error."""
        try:
            self._request("GET", "/v1/models", auth=False)
        except (Unreachable, TlsError, RedirectRefused, WrongScheme, ResponseTooLarge) as exc:
            return exc
        except GatewayError:
            return None
        return None

    def answers_plain_http(self) -> bool:
        """True if this address, asked without a token, gives any HTTP answer."""
        return self.tokenless_answer() is None

    # --- the wire -------------------------------------------------------------------------

    def _json_or_raise(self, resp: _Response) -> Any:
        self._raise_unless_api_answer(resp)
        try:
            return loads(resp.body)
        except ValueError:
            raise NotAnOpenAIApi(
                Text("The server's answer is not JSON, so this is not an OpenAI-compatible API."),
                url=resp.url,
                kind=NotAnOpenAIKind.NOT_JSON,
            ) from None

    def _raise_unless_api_answer(self, resp: _Response) -> None:
        """An error status or a web page ends here, in its typed error."""
        if resp.status >= 300:
            raise _error_from_status(resp, resp.status)
        if resp.looks_like_html():
            raise NotAnOpenAIApi(
                Text(
                    "This address shows a web page (probably the gateway's console), not the API."
                ),
                url=resp.url,
                kind=NotAnOpenAIKind.HTML_PAGE,
            )

    def _raise_if_tls_port(self, resp: _Response) -> None:
        """Go's and nginx's 400 for plain http on a TLS port: the fix is https, say which."""
        if _PLAIN_TO_TLS.search(resp.body[:4096]):
            https = switch_scheme(self.base_url, "https")
            raise WrongScheme(
                Text("This port speaks https, not plain http; use {base} instead.", base=https),
                url=resp.url,
                suggested_base=https,
            )

    def _request(self, method: str, path: str, *, auth: bool, json_body: Any = None) -> _Response:
        import httpx

        url = httpx.URL(self.base_url + path)
        home = origin(self.base_url)
        for _hop in range(self.options.max_redirects + 1):
            self._cancel.raise_if_cancelled()
            headers = {"Accept": "application/json"}
            # The token goes only to the origin the user chose; redirects never widen that.
            if auth and self._token and origin(str(url)) == home:
                if exposes_token(str(url)) and not self.options.allow_plain_http:
                    raise PlainHttpRefused(
                        Text(
                            "The token would travel unencrypted (plain http to a remote host); "
                            "it was not sent."
                        ),
                        url=str(url),
                        base_url=self.base_url,
                    )
                headers["Authorization"] = f"Bearer {self._token}"
            try:
                response = self._send(method, url, headers, json_body)
            except httpx.HTTPError as exc:
                raise _error_from_transport(exc, str(url), self.options) from None
            if isinstance(response, httpx.URL):
                url = self._follow(url, response, home)
                if method == "POST":
                    # A redirected POST would lose its body under 301/302/303; treat as a GET.
                    method, json_body = "GET", None
                continue
            if response.status == 400 and url.scheme == "http":
                self._raise_if_tls_port(response)
            return response
        raise RedirectRefused(
            Text("The server keeps redirecting (a redirect loop)."), url=str(url), target=str(url)
        )

    def _send(
        self, method: str, url: httpx.URL, headers: dict[str, str], json_body: Any
    ) -> _Response | httpx.URL:
        import httpx

        from .wire import UnsupportedEncoding, deadline, decode_bounded

        # One deadline from connect to the last byte: the status line and headers too.
        with deadline(self.options.total_timeout) as ends:
            try:
                with self._client.stream(method, url, headers=headers, json=json_body) as resp:
                    location = resp.headers.get("location", "").strip()
                    # httpx's is_redirect looks only at the status; without a Location there
                    # is nowhere to go, and the 3xx is answered as the error it is.
                    if resp.is_redirect and location:
                        return resp.url.join(location)
                    chunks: list[bytes] = []
                    size = 0
                    # The size cap counts decoded bytes as they are made, whatever the
                    # Content-Encoding chain: a small compressed bomb stops at the cap.
                    pieces = decode_bounded(
                        self._raw(resp, ends), resp.headers.get("content-encoding", "")
                    )
                    for piece in pieces:
                        size += len(piece)
                        if size > self.options.max_body_bytes:
                            raise self._too_large(url)
                        chunks.append(piece)
                    return _Response(resp.status_code, resp.headers, b"".join(chunks), str(url))
            except UnsupportedEncoding:
                raise NotAnOpenAIApi(
                    Text("The server's answer could not be decoded."),
                    url=str(url),
                    kind=NotAnOpenAIKind.NOT_JSON,
                ) from None
            except httpx.TimeoutException:
                if time.monotonic() >= ends:
                    raise self._too_slow(url) from None
                raise

    def _raw(self, resp: httpx.Response, ends: float) -> Iterator[bytes]:
        size = 0
        for chunk in resp.iter_raw():
            self._cancel.raise_if_cancelled()
            size += len(chunk)
            # Compressed bytes count too: a server must not stream for ever at any ratio.
            if size > self.options.max_body_bytes:
                raise self._too_large(resp.url)
            if time.monotonic() > ends:
                raise self._too_slow(resp.url)
            yield chunk

    def _too_slow(self, url: httpx.URL) -> Unreachable:
        return Unreachable(
            Text(
                "The server did not finish its answer within {seconds:g} s.",
                seconds=self.options.total_timeout,
            ),
            url=str(url),
            kind=UnreachableKind.TIMEOUT,
        )

    def _too_large(self, url: httpx.URL) -> ResponseTooLarge:
        return ResponseTooLarge(
            Text(
                "The server's answer is larger than {mb} MB; stopped reading.",
                mb=self.options.max_body_bytes // (1024 * 1024),
            ),
            url=str(url),
        )

    def _follow(
        self, current: httpx.URL, target: httpx.URL, home: tuple[str, str, int]
    ) -> httpx.URL:
        there = origin(str(target))
        if there == home:
            return target
        if there[1] == home[1] and home[0] == "http" and there[0] == "https":
            suggested = moved_base(self.base_url, str(target))
            raise WrongScheme(
                Text("This server redirects http to https; use {base} instead.", base=suggested),
                url=str(current),
                suggested_base=suggested,
            )
        raise RedirectRefused(
            Text(
                "The server redirects to another host ({host}); not followed, so the token is "
                "not sent there.",
                host=target.host,
            ),
            url=str(current),
            target=str(target.copy_with(query=None, fragment=None)),
        )


# --- error mapping ---------------------------------------------------------------------------


def loads(body: bytes | str) -> Any:
    """``json.loads`` for server input: any failure, nesting too deep included, is ValueError."""
    try:
        return json.loads(body)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def parse_status(body: bytes) -> GatewayInfo:
    """What a ``/api/status`` body says about the gateway; anything odd means a plain server.

    The system name and version are shown and stored, so a value that holds a known token or
    is not printable text is dropped rather than kept.
    """
    try:
        doc = loads(body)
    except ValueError:
        return GatewayInfo("openai-compatible")
    data = doc.get("data") if isinstance(doc, dict) else None
    if not isinstance(data, dict) or doc.get("success") is not True:
        return GatewayInfo("openai-compatible")
    kind = "newapi" if _NEWAPI_STATUS_KEYS & data.keys() else "oneapi"
    return GatewayInfo(
        kind, _status_text(data.get("system_name")), _status_text(data.get("version"))
    )


def _status_text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    if not value or not value.isprintable() or contains_secret(value):
        return None
    return value[:100]


def _server_message(body: bytes) -> str:
    """The gateway's own explanation from an error body, cleaned for a person to read."""
    text = ""
    try:
        doc = loads(body)
    except ValueError:
        doc = None
    if isinstance(doc, dict):
        err = doc.get("error")
        if isinstance(err, dict):
            text = str(err.get("message") or err.get("code") or "")
        elif isinstance(err, str):
            text = err
        elif isinstance(doc.get("message"), str):
            text = doc["message"]
        elif isinstance(doc.get("detail"), str):
            text = doc["detail"]
    elif body and not body.lstrip().startswith(b"<"):
        # A generous slice: a token echoed near the limit must be whole when it is masked.
        text = body[:8192].decode("utf-8", "replace")
    text = _REQUEST_ID_RE.sub("", text.strip())
    # Control characters (a terminal's escapes) become spaces; then runs of space fold.
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = " ".join(text.split())
    return clip(text, 300)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        # Another script's digits ("٣") are digits to str.isdigit, not to the header.
        return min(float(value), 86_400.0)
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
        return min(max(0.0, when.timestamp() - time.time()), 86_400.0)
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None


def _error_from_status(resp: _Response, status: int) -> GatewayError:
    said = _server_message(resp.body)
    url = resp.url
    if status == 401 or (status == 400 and _AUTH_WORDS.search(said)):
        return AuthRejected(
            Text("The server did not accept the token."),
            url=url,
            status=status,
            server_message=said,
        )
    if status == 403:
        return Forbidden(
            Text("The token is not allowed to do this."),
            url=url,
            status=status,
            server_message=said,
        )
    if status == 404:
        return NotFound(
            Text("The server has no API at this address."),
            url=url,
            status=status,
            server_message=said,
        )
    if status == 429:
        return RateLimited(
            Text("The server is limiting requests; try again later."),
            url=url,
            server_message=said,
            retry_after=_retry_after(resp.headers.get("retry-after")),
        )
    if status >= 500:
        return ServerError(
            Text("The server had an error (HTTP {status}).", status=status),
            url=url,
            status=status,
            server_message=said,
        )
    if status == 200:
        return BadRequest(
            Text("The server answered with an error."), url=url, status=status, server_message=said
        )
    return BadRequest(
        Text("The server refused the request (HTTP {status}).", status=status),
        url=url,
        status=status,
        server_message=said,
    )


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


# What OpenSSL says when the other side answers a TLS hello in plain text (an HTTP server).
_NOT_TLS_REASONS = frozenset(
    {"WRONG_VERSION_NUMBER", "PACKET_LENGTH_TOO_LONG", "RECORD_LAYER_FAILURE", "UNKNOWN_PROTOCOL"}
)
# OpenSSL's X509_V_ERR codes for the certificate faults a CA file cannot fix.
_EXPIRED_CODES = frozenset({9, 10})  # not yet valid, expired
_WRONG_HOST_CODES = frozenset({62, 64})  # host name, IP address mismatch


def _certificate_error(
    verify: ssl.SSLCertVerificationError | None, text: str, url: str
) -> TlsError:
    code = getattr(verify, "verify_code", None)
    message = str(getattr(verify, "verify_message", "") or text).lower()
    if code in _EXPIRED_CODES or "expired" in message or "not yet valid" in message:
        return TlsError(
            Text(
                "The server's certificate has expired (or is not valid yet); the server must "
                "renew it, a CA file cannot help."
            ),
            url=url,
            kind=TlsKind.EXPIRED_CERTIFICATE,
        )
    if code in _WRONG_HOST_CODES or "mismatch" in message or "doesn't match" in message:
        return TlsError(
            Text("The server's certificate is for another host name, not the one in the address."),
            url=url,
            kind=TlsKind.WRONG_HOST,
        )
    return TlsError(
        Text("The server's certificate is not trusted (self-signed or from an unknown authority)."),
        url=url,
        kind=TlsKind.UNTRUSTED_CERTIFICATE,
    )


def _error_from_transport(exc: httpx.HTTPError, url: str, options: ClientOptions) -> GatewayError:
    import socket
    import ssl

    import httpx

    chain = _causes(exc)
    text = " ".join(str(e) for e in chain).lower()
    if isinstance(exc, httpx.TimeoutException):
        if isinstance(exc, httpx.ConnectTimeout):
            said = Text(
                "The server did not connect within {seconds:g} s.", seconds=options.connect_timeout
            )
        else:
            said = Text(
                "The server did not answer within {seconds:g} s.", seconds=options.read_timeout
            )
        return Unreachable(
            said,
            url=url,
            kind=UnreachableKind.TIMEOUT,
        )
    verify = next((e for e in chain if isinstance(e, ssl.SSLCertVerificationError)), None)
    if verify is not None or "certificate verify failed" in text:
        return _certificate_error(verify, text, url)
    ssl_error = next((e for e in chain if isinstance(e, ssl.SSLError)), None)
    if ssl_error is not None and (ssl_error.reason or "").upper() in _NOT_TLS_REASONS:
        return TlsError(
            Text("The server does not speak TLS (https) on this port: it answered in plain text."),
            url=url,
            kind=TlsKind.NOT_TLS,
        )
    if ssl_error is not None or "ssl" in text or "tls" in text:
        return TlsError(
            Text("The secure (TLS) connection failed during the handshake."),
            url=url,
            kind=TlsKind.HANDSHAKE,
        )
    if any(isinstance(e, socket.gaierror) for e in chain) or (
        "name or service not known" in text
        or "nodename nor servname" in text
        or "name resolution" in text
    ):
        return Unreachable(
            Text("The server's name could not be found (DNS)."), url=url, kind=UnreachableKind.DNS
        )
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text:
        return Unreachable(
            Text("The connection was refused: nothing listens at this address and port."),
            url=url,
            kind=UnreachableKind.REFUSED,
        )
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)) or any(
        isinstance(e, (ConnectionResetError, BrokenPipeError)) for e in chain
    ):
        return Unreachable(
            Text("The server closed the connection without a proper answer."),
            url=url,
            kind=UnreachableKind.RESET,
        )
    if isinstance(exc, httpx.DecodingError):
        return NotAnOpenAIApi(
            Text("The server's answer could not be decoded."),
            url=url,
            kind=NotAnOpenAIKind.NOT_JSON,
        )
    return Unreachable(
        Text("The server could not be reached."), url=url, kind=UnreachableKind.OTHER
    )
