"""The bytes under the gateway client: one deadline per exchange, and bounded decoding.

Two limits a hostile server would otherwise get round, kept here so gateway.py can speak of
requests and answers only:

- **One deadline, connect to last byte.** httpx's timeouts are per socket operation: a server
  that sends its status line one byte a second never trips a 20 s read timeout and keeps a
  probe alive for ever. Our network backend gives every connect, TLS handshake, read and write
  at most what is left of the exchange's deadline (set by ``deadline()`` around a request),
  and a TLS handshake that drips is cut by a timer that shuts its socket.
- **The size cap on decoded bytes, as they are produced.** httpx decodes a ``Content-Encoding``
  chain a whole network chunk at a time, so ``gzip, gzip`` turns 2 KB into gigabytes before
  any cap can look. ``decode_bounded`` undoes the chain layer by layer in pieces of at most
  ``PIECE`` bytes, so the caller's cap stops it within one piece of the limit.
"""

from __future__ import annotations

import contextlib
import contextvars
import socket
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ssl

    import httpcore
    import httpx

__all__ = ["PIECE", "UnsupportedEncoding", "deadline", "decode_bounded", "make_transport"]

PIECE = 64 * 1024
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "provider_wizard_deadline", default=None
)


class UnsupportedEncoding(ValueError):
    """The answer uses a content encoding we do not decode (we ask for gzip and deflate only)."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[float]:
    """Within this block every network step of this thread ends by ``seconds`` from now."""
    when = time.monotonic() + seconds
    token = _deadline.set(when)
    try:
        yield when
    finally:
        _deadline.reset(token)


def _left(timeout: float | None) -> float | None:
    """The timeout for one step: the caller's, cut to what is left of the deadline."""
    when = _deadline.get()
    if when is None:
        return timeout
    left = when - time.monotonic()
    if left <= 0:
        return 0.0
    return left if timeout is None else min(timeout, left)


def _backend_types() -> tuple[type, type]:
    import httpcore

    class DeadlineStream(httpcore.NetworkStream):
        def __init__(self, inner: httpcore.NetworkStream) -> None:
            self._inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            left = _left(timeout)
            if left == 0.0:
                raise httpcore.ReadTimeout("the exchange's deadline passed")
            return self._inner.read(max_bytes, left)

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            left = _left(timeout)
            if left == 0.0:
                raise httpcore.WriteTimeout("the exchange's deadline passed")
            self._inner.write(buffer, left)

        def close(self) -> None:
            self._inner.close()

        def start_tls(
            self,
            ssl_context: ssl.SSLContext,
            server_hostname: str | None = None,
            timeout: float | None = None,
        ) -> httpcore.NetworkStream:
            left = _left(timeout)
            if left == 0.0:
                raise httpcore.ConnectTimeout("the exchange's deadline passed")
            sock = self._inner.get_extra_info("socket")
            # A handshake is many reads inside the ssl module; one timer bounds them all.
            timer = threading.Timer(left if left is not None else 3600.0, _shut, (sock,))
            timer.daemon = True
            timer.start()
            try:
                inner = self._inner.start_tls(ssl_context, server_hostname, left)
            except httpcore.ConnectError:
                if timer.finished.is_set():
                    raise httpcore.ConnectTimeout("the exchange's deadline passed") from None
                raise
            finally:
                timer.cancel()
            return DeadlineStream(inner)

        def get_extra_info(self, info: str) -> Any:
            return self._inner.get_extra_info(info)

    class DeadlineBackend(httpcore.NetworkBackend):
        def __init__(self) -> None:
            self._inner = httpcore.SyncBackend()

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            left = _left(timeout)
            if left == 0.0:
                raise httpcore.ConnectTimeout("the exchange's deadline passed")
            stream = self._inner.connect_tcp(host, port, left, local_address, socket_options)
            return DeadlineStream(stream)

        def connect_unix_socket(
            self,
            path: str,
            timeout: float | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            raise httpcore.ConnectError("unix sockets are not used")

        def sleep(self, seconds: float) -> None:
            self._inner.sleep(seconds)

    return DeadlineStream, DeadlineBackend


def _shut(sock: socket.socket | None) -> None:
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def make_transport(verify: ssl.SSLContext | bool) -> httpx.HTTPTransport:
    """An httpx transport whose connections keep the deadline of ``deadline()``."""
    import httpcore
    import httpx

    transport = httpx.HTTPTransport(verify=verify, trust_env=False)
    _, backend = _backend_types()
    old: httpcore.ConnectionPool = transport._pool
    # httpx builds its pool without a way to pass a network backend; this one is the same
    # pool (same TLS context and limits) over our backend. tests/reliability hold it.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=old._ssl_context,
        max_connections=old._max_connections,
        max_keepalive_connections=old._max_keepalive_connections,
        keepalive_expiry=old._keepalive_expiry,
        http1=old._http1,
        http2=old._http2,
        retries=old._retries,
        network_backend=backend(),
    )
    return transport


# --- content decoding ----------------------------------------------------------------------


def _layers(header: str) -> list[str]:
    """The codings of a Content-Encoding header, in the order they were applied."""
    codings = [c.strip().lower() for c in header.split(",") if c.strip()]
    out = []
    for coding in codings:
        if coding == "identity":
            continue
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise UnsupportedEncoding(coding)
        out.append(coding)
    if len(out) > 4:
        # No server compresses twice for a reason; a long chain is an attack on our memory.
        raise UnsupportedEncoding("too many content encodings")
    return out


def _inflate(pieces: Iterable[bytes], coding: str) -> Iterator[bytes]:
    """Undo one coding, yielding pieces of at most ``PIECE`` bytes however much it inflates."""
    wbits = 16 + zlib.MAX_WBITS if coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
    d = zlib.decompressobj(wbits)
    first = True
    try:
        for data in pieces:
            if first and coding == "deflate" and data:
                first = False
                # "deflate" is zlib-wrapped by the standard, raw by some servers.
                if data[0] & 0x0F != 8:
                    d = zlib.decompressobj(-zlib.MAX_WBITS)
            while True:
                out = d.decompress(data, PIECE)
                data = d.unconsumed_tail
                if out:
                    yield out
                if d.eof:
                    # Anything after the end of the stream is not part of the body.
                    return
                # A full piece may leave output inside zlib even with no input left.
                if not data and len(out) < PIECE:
                    break
        # All input is in and drained piece by piece: what flush returns is small.
        tail = d.flush()
        if tail:
            yield tail
    except zlib.error as exc:
        raise UnsupportedEncoding(f"damaged {coding} data") from exc


def decode_bounded(raw: Iterable[bytes], content_encoding: str) -> Iterator[bytes]:
    """The decoded body of ``raw`` (as sent) in pieces; each layer holds one piece at most."""
    pieces: Iterable[bytes] = raw
    for coding in reversed(_layers(content_encoding)):
        pieces = _inflate(pieces, coding)
    yield from pieces
