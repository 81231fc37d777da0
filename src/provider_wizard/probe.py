"""The wizard's question to the server: from whatever was pasted, which base address works?

``probe`` finds which scheme and base really work, whether the token is accepted, and whether
this is an OpenAI-compatible API at all. When the fix is a different address it says exactly
which one, but it never switches a scheme the user typed on its own. The rules that keep the
token safe on the way are here: with no scheme typed, plain http is tried only when the server
plainly does not speak TLS, and then first without the token; a host that is not local gets
the token over plain http only with the user's consent (``ClientOptions.allow_plain_http``).

The wire (requests, timeouts, error mapping) is gateway.py's; this module only decides.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from .cancel import CancelToken
from .errors import (
    GatewayError,
    NotAnOpenAIApi,
    NotAnOpenAIKind,
    NotFound,
    PlainHttpRefused,
    TlsError,
    TlsKind,
    Unreachable,
    UnreachableKind,
    WrongScheme,
)
from .gateway import ClientOptions, GatewayClient, GatewayInfo
from .modellist import ModelList
from .redact import register_secret
from .text import Text
from .tokens import clean_token
from .urls import NormalizedUrl, exposes_token, normalize_base_url, with_scheme

__all__ = ["ProbeNote", "ProbeNoteKind", "ProbeResult", "probe", "require_consent"]

# OneAPI's and NewAPI's own 404 for a path under /v1 or /api they do not know.
_INVALID_URL_RE = re.compile(r"Invalid URL \((?:GET|POST|HEAD|PUT|DELETE|OPTIONS) [^)]*\)")


class ProbeNoteKind(enum.Enum):
    SCHEME_CHOSEN = "scheme_chosen"  # detail: "https" or "http"
    HTTPS_FAILED_HTTP_USED = "https_failed_http_used"
    EMPTY_MODEL_LIST = "empty_model_list"
    DUPLICATES_DROPPED = "duplicates_dropped"  # detail: count
    IDS_SKIPPED = "ids_skipped"  # detail: count
    PLAIN_HTTP_REMOTE = "plain_http_remote"
    NOT_A_KNOWN_GATEWAY = "not_a_known_gateway"


_NOTE_TEXT = {
    ProbeNoteKind.SCHEME_CHOSEN: Text("No scheme was given; {detail}:// answered."),
    ProbeNoteKind.HTTPS_FAILED_HTTP_USED: Text(
        "No scheme was given; https:// is not served there, so http:// is used."
    ),
    ProbeNoteKind.EMPTY_MODEL_LIST: Text(
        "The server lists no models for this token; add model ids by hand."
    ),
    ProbeNoteKind.DUPLICATES_DROPPED: Text("{detail} duplicate model ids were listed once."),
    ProbeNoteKind.IDS_SKIPPED: Text("{detail} entries of the model list were not usable ids."),
    ProbeNoteKind.PLAIN_HTTP_REMOTE: Text(
        "This address uses plain http to a remote host: the token travels unencrypted."
    ),
    ProbeNoteKind.NOT_A_KNOWN_GATEWAY: Text(
        "No OneAPI or NewAPI status page; treated as a plain OpenAI-compatible server."
    ),
}


@dataclasses.dataclass(frozen=True)
class ProbeNote:
    kind: ProbeNoteKind
    detail: str = ""

    @property
    def message(self) -> Text:
        return Text(_NOTE_TEXT[self.kind].template, detail=self.detail)


@dataclasses.dataclass(frozen=True)
class ProbeResult:
    base_url: str
    normalized: NormalizedUrl
    gateway: GatewayInfo
    models: ModelList
    notes: tuple[ProbeNote, ...]


def probe(
    text: str,
    token: str,
    *,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
    progress: Callable[[str], None] | None = None,
) -> ProbeResult:
    """Find the base address that works for ``text`` with ``token``, and fetch its models.

    ``progress`` receives the address being tried, for a UI to show.
    """
    norm = normalize_base_url(text)
    token = clean_token(token)
    register_secret(token)
    options = options or ClientOptions()
    cancel = cancel or CancelToken()

    if norm.scheme_given:
        return _probe_explicit(norm, token, options, cancel, progress)

    https_base = with_scheme(norm, "https")
    try:
        result = _probe_base(https_base, norm, token, options, cancel, progress)
    except TlsError as exc:
        # A certificate that does not verify, or a handshake cut off (as a man in the middle
        # would), is a TLS failure, full stop: falling back would hand the token to him.
        if exc.kind is not TlsKind.NOT_TLS:
            raise
        https_failed: GatewayError = exc
    except Unreachable as exc:
        # Only "nothing listens for https here" says plainly that the server is plain http.
        if exc.kind is not UnreachableKind.REFUSED:
            raise
        https_failed = exc
    else:
        note = ProbeNote(ProbeNoteKind.SCHEME_CHOSEN, "https")
        return dataclasses.replace(result, notes=(note, *result.notes))

    http_base = with_scheme(norm, "http")
    # First without the token: does anything speak http here at all? Not asked beside the
    # https attempt (it would save a round trip): until https has failed in one of the two
    # ways above, not even a tokenless request goes out in plain http (tests/reliability).
    with GatewayClient(http_base, None, options=options, cancel=cancel) as plain:
        if plain.tokenless_answer() is not None:
            raise https_failed
    require_consent(http_base, options)
    result = _probe_base(http_base, norm, token, options, cancel, progress)
    note = ProbeNote(ProbeNoteKind.HTTPS_FAILED_HTTP_USED, "http")
    return dataclasses.replace(result, notes=(note, *result.notes))


def require_consent(base: str, options: ClientOptions) -> None:
    """Plain http to a remote host: go on only with the user's say-so (see urls.exposes_token)."""
    if exposes_token(base) and not options.allow_plain_http:
        raise PlainHttpRefused(
            Text(
                "{base} answers over plain http only, and it is not a local address: the token "
                "would cross the network unencrypted. It was not sent.",
                base=base,
            ),
            url=base,
            base_url=base,
        )


def _probe_explicit(
    norm: NormalizedUrl,
    token: str,
    options: ClientOptions,
    cancel: CancelToken,
    progress: Callable[[str], None] | None,
) -> ProbeResult:
    if exposes_token(norm.base_url) and not options.allow_plain_http:
        # Ask without the token first, so consent is asked only of a server that answers.
        with GatewayClient(norm.base_url, None, options=options, cancel=cancel) as plain:
            failure = plain.tokenless_answer()
        if failure is not None:
            raise failure
        require_consent(norm.base_url, options)
    try:
        return _probe_base(norm.base_url, norm, token, options, cancel, progress)
    except TlsError as exc:
        if exc.kind not in (TlsKind.NOT_TLS, TlsKind.HANDSHAKE):
            raise
        # The guides' most common mistake: https typed for a gateway that only speaks http.
        # Confirm without the token before naming the fix; never switch silently.
        http_base = with_scheme(norm, "http")
        with GatewayClient(http_base, None, options=options, cancel=cancel) as plain:
            if plain.answers_plain_http():
                raise WrongScheme(
                    Text(
                        "This server speaks plain http, not https; use {base} instead.",
                        base=http_base,
                    ),
                    url=exc.url,
                    suggested_base=http_base,
                ) from None
        raise


def _probe_base(
    base: str,
    norm: NormalizedUrl,
    token: str,
    options: ClientOptions,
    cancel: CancelToken,
    progress: Callable[[str], None] | None,
) -> ProbeResult:
    if progress:
        progress(base)
    # Where to point a user whose path prefix turns out to be wrong: the same server's root.
    root = base[: len(base) - len(norm.prefix)]
    # The model list and /api/status (public, no token) do not depend on each other: they go
    # out together, so a probe costs one round trip, not two. The pool is left (and its
    # request finished) before the client closes.
    with (
        GatewayClient(base, token, options=options, cancel=cancel) as client,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="probe-status") as pool,
    ):
        status = pool.submit(client.gateway_status)
        try:
            models = client.list_models()
        except NotFound as exc:
            gateway_said = _INVALID_URL_RE.search(exc.server_message) is not None
            if norm.prefix and gateway_said:
                raise NotFound(
                    Text(
                        "The gateway has no API under {prefix}; use {root} instead.",
                        prefix=norm.prefix,
                        root=root,
                    ),
                    url=exc.url,
                    server_message=exc.server_message,
                    suggested_base=root,
                ) from None
            if norm.prefix:
                raise NotFound(
                    exc.sentence,
                    url=exc.url,
                    server_message=exc.server_message,
                    suggested_base=root,
                ) from None
            if not gateway_said:
                raise _maybe_under_a_sub_path(exc.url, exc.server_message) from None
            raise
        except NotAnOpenAIApi as exc:
            if exc.kind is not NotAnOpenAIKind.HTML_PAGE:
                raise
            if norm.prefix:
                raise NotFound(
                    Text(
                        "This address shows a web page, not the API; try {root} instead.",
                        root=root,
                    ),
                    url=exc.url,
                    suggested_base=root,
                ) from None
            # The user gave the root already: the API may sit under a reverse proxy's path.
            raise NotAnOpenAIApi(
                _SUB_PATH, url=exc.url, kind=NotAnOpenAIKind.HTML_PAGE, under_sub_path=True
            ) from None
        info = status.result()

    notes: list[ProbeNote] = []
    if not models.models:
        notes.append(ProbeNote(ProbeNoteKind.EMPTY_MODEL_LIST))
    if models.duplicates:
        notes.append(ProbeNote(ProbeNoteKind.DUPLICATES_DROPPED, str(models.duplicates)))
    if models.skipped:
        notes.append(ProbeNote(ProbeNoteKind.IDS_SKIPPED, str(models.skipped)))
    if exposes_token(base):
        notes.append(ProbeNote(ProbeNoteKind.PLAIN_HTTP_REMOTE))
    if info.kind == "openai-compatible":
        notes.append(ProbeNote(ProbeNoteKind.NOT_A_KNOWN_GATEWAY))
    return ProbeResult(base, norm, info, models, tuple(notes))


_SUB_PATH = Text(
    "The server's root has no API: the gateway may live under a sub-path "
    "(such as https://host/oneapi)."
)


def _maybe_under_a_sub_path(url: str, server_message: str) -> NotFound:
    return NotFound(
        _SUB_PATH,
        url=url,
        server_message=server_message,
        under_sub_path=True,
    )
