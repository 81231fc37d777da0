"""The one exception tree of Provider Wizard.

Every failure that leaves the core is one of these, so a caller (the CLI, the Qt UI, a script)
needs to catch ``Error`` and nothing else. Raw httpx, pydantic, keyring or OS exceptions are
translated where they happen and never reach a caller.

::

    Error
     +-- Cancelled                      the caller asked to stop
     +-- InvalidInput                   something the user typed cannot be used
     |    +-- InvalidUrl                 (reason: InvalidUrlReason)
     |    +-- InvalidToken
     |    +-- SecretInField              a name or model id that is (or holds) a token
     |    +-- NotCheckable               a model no check request fits (rerank, image...)
     +-- GatewayError                   talking to the server failed (url: where)
     |    +-- AuthRejected               401: the token is not accepted (server_message)
     |    +-- Forbidden                  403: IP range, model, banned user (server_message)
     |    +-- NotFound                   404, often a wrong path prefix (suggested_base)
     |    +-- RateLimited                429 (retry_after)
     |    +-- ServerError                5xx (server_message)
     |    +-- BadRequest                 other 4xx (server_message)
     |    +-- Unreachable                DNS, refused, reset, timeout (kind)
     |    +-- TlsError                   certificate untrusted, expired, for another host;
     |    |                              no TLS on the port; handshake failed (kind)
     |    +-- WrongScheme                https on a plain-HTTP server, http redirected to https
     |    +-- PlainHttpRefused           the token would cross the network unencrypted
     |    +-- RedirectRefused            a redirect to another host (never followed)
     |    +-- NotAnOpenAIApi             HTML, non-JSON or JSON without a model list (kind)
     |    +-- ResponseTooLarge           the body passed the size cap
     +-- SecretStoreError               the OS keychain failed
     |    +-- NoKeychain                 no usable keychain backend (none, null, plain text)
     |    +-- KeychainLocked             the keychain is locked or the unlock prompt was dismissed
     |    +-- KeychainTimeout            the keychain did not answer in time
     |    +-- KeychainNotKept            the keychain took the token but does not give it back
     |    +-- TokenMissing               the keychain holds no token for a provider (name)
     +-- StoreError                     the provider store could not be read or written
          +-- NameTaken
          +-- ProviderNotFound
          +-- StoreCorrupt               the file does not parse (moved_to: where it went)

The ``str()`` of every error is a plain English sentence that never contains a token. It is a
``Text`` (text.py) wherever the core wrote it, so the app translates the core's own sentence
with its parameters; words.py adds, once, the title and the hint each error is shown with, and
the CLI and the UI only render that. Structured fields (a reason enum, a suggested address,
the server's own message) let them act on an error without parsing text.
"""

from __future__ import annotations

import enum

from .text import Text


class Error(Exception):
    """Base of every error Provider Wizard raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Cancelled(Error):
    """The operation was cancelled by the caller."""

    def __init__(self) -> None:
        super().__init__(Text("The operation was cancelled."))


# --- invalid input -------------------------------------------------------------------------


class InvalidInput(Error):
    """Something the user typed cannot be used as it is."""


class InvalidUrlReason(enum.Enum):
    EMPTY = "empty"
    SPACE_IN_HOST = "space_in_host"
    EMPTY_HOST = "empty_host"
    LOOKS_LIKE_TOKEN = "looks_like_token"
    BAD_SCHEME = "bad_scheme"
    HAS_CREDENTIALS = "has_credentials"
    BAD_HOST = "bad_host"
    BAD_PORT = "bad_port"
    TOO_LONG = "too_long"


_URL_REASON_TEXT = {
    InvalidUrlReason.EMPTY: Text("The address is empty."),
    InvalidUrlReason.LOOKS_LIKE_TOKEN: Text(
        "This looks like a token, not an address: paste the token into the token field."
    ),
    InvalidUrlReason.BAD_SCHEME: Text("Only http:// and https:// addresses can be used."),
    InvalidUrlReason.HAS_CREDENTIALS: Text(
        "The address contains a user name or password; remove it, the token goes in its own field."
    ),
    InvalidUrlReason.BAD_HOST: Text("The address has no valid host name or IP address."),
    InvalidUrlReason.SPACE_IN_HOST: Text(
        "The host name has a space in it; a host name or IP address cannot contain spaces."
    ),
    InvalidUrlReason.EMPTY_HOST: Text(
        "The address has no host: nothing stands between the scheme and the path."
    ),
    InvalidUrlReason.BAD_PORT: Text("The port must be a number from 1 to 65535."),
    InvalidUrlReason.TOO_LONG: Text("The address is too long to be a server address."),
}


class InvalidUrl(InvalidInput):
    """The address cannot be turned into a base URL; ``reason`` says why."""

    def __init__(self, reason: InvalidUrlReason, detail: str = "") -> None:
        text = _URL_REASON_TEXT[reason]
        if detail:
            text = Text("{reason} ({detail})", reason=text, detail=detail)
        super().__init__(text)
        self.reason = reason
        self.detail = detail


class InvalidTokenReason(enum.Enum):
    EMPTY = "empty"
    LOOKS_LIKE_URL = "looks_like_url"
    TOO_LONG = "too_long"
    BAD_CHARACTERS = "bad_characters"


class InvalidToken(InvalidInput):
    """The token field is empty or cannot be a token (for example it is a URL)."""

    def __init__(self, message: str, *, reason: InvalidTokenReason) -> None:
        super().__init__(message)
        self.reason = reason


class NotCheckable(InvalidInput):
    """The model is not one a check request fits (rerank, image, audio, video...)."""

    def __init__(self, model: str, kind: str) -> None:
        super().__init__(
            Text(
                "“{model}” is a {kind} model: not checked (only chat and embedding models are).",
                model=model,
                kind=kind,
            )
        )
        self.model = model
        self.kind = kind


class SecretInField(InvalidInput):
    """A name or model id holds a token (a paste into the wrong field); ``field`` says which."""

    def __init__(self, field: str) -> None:
        super().__init__(
            Text(
                "The {field} contains a token; a token goes only in the token field, never in "
                "a name, an address or a model id.",
                field=field,
            )
        )
        self.field = field


# --- gateway ------------------------------------------------------------------------------


class GatewayError(Error):
    """Talking to the gateway failed. ``url`` is the address that was asked (never a token)."""

    def __init__(self, message: str, *, url: str = "") -> None:
        super().__init__(message)
        self.url = url


class ServerSaid(GatewayError):
    """A gateway error that carries the server's own explanation."""

    def __init__(
        self, message: str, *, url: str = "", status: int = 0, server_message: str = ""
    ) -> None:
        self.sentence = message  # ours, without the server's words (words.py sets them apart)
        if server_message:
            message = Text(
                "{sentence} The server said: “{said}”", sentence=message, said=server_message
            )
        super().__init__(message, url=url)
        self.status = status
        self.server_message = server_message


class AuthRejected(ServerSaid):
    """The server did not accept the token (HTTP 401, or 400 from some proxies)."""


class Forbidden(ServerSaid):
    """The token is known but not allowed here (HTTP 403: IP range, model, banned user)."""


class NotFound(ServerSaid):
    """HTTP 404. ``suggested_base`` is a base address that is likely right, when one is known."""

    def __init__(
        self,
        message: str,
        *,
        url: str = "",
        status: int = 404,
        server_message: str = "",
        suggested_base: str | None = None,
        under_sub_path: bool = False,
    ) -> None:
        super().__init__(message, url=url, status=status, server_message=server_message)
        self.suggested_base = suggested_base
        # The root was given and has no API: a reverse proxy may serve it under a sub-path.
        self.under_sub_path = under_sub_path


class RateLimited(ServerSaid):
    """HTTP 429. ``retry_after`` is the server's advice in seconds, when given."""

    def __init__(
        self,
        message: str,
        *,
        url: str = "",
        status: int = 429,
        server_message: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, url=url, status=status, server_message=server_message)
        self.retry_after = retry_after


class ServerError(ServerSaid):
    """HTTP 5xx (for example 503: no channel serves the model)."""


class BadRequest(ServerSaid):
    """Another HTTP 4xx the gateway uses (400, 405, 413, ...)."""


class UnreachableKind(enum.Enum):
    DNS = "dns"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    RESET = "reset"
    OTHER = "other"


class Unreachable(GatewayError):
    """No answer: the name does not resolve, the connection is refused or reset, or it timed out."""

    def __init__(self, message: str, *, url: str = "", kind: UnreachableKind) -> None:
        super().__init__(message, url=url)
        self.kind = kind


class TlsKind(enum.Enum):
    UNTRUSTED_CERTIFICATE = "untrusted_certificate"  # self-signed or an unknown authority
    EXPIRED_CERTIFICATE = "expired_certificate"  # expired, or not valid yet
    WRONG_HOST = "wrong_host"  # the certificate is for another host name
    NOT_TLS = "not_tls"  # the server answered in plain text: it does not speak TLS here
    HANDSHAKE = "handshake"  # anything else in the handshake (a reset, an old protocol)


class TlsError(GatewayError):
    """The TLS connection failed: the certificate is not trusted, or the handshake failed."""

    def __init__(self, message: str, *, url: str = "", kind: TlsKind) -> None:
        super().__init__(message, url=url)
        self.kind = kind


class WrongScheme(GatewayError):
    """The typed scheme does not work but the other one does; ``suggested_base`` is the fix."""

    def __init__(self, message: str, *, url: str = "", suggested_base: str) -> None:
        super().__init__(message, url=url)
        self.suggested_base = suggested_base


class PlainHttpRefused(GatewayError):
    """The token would go over plain http to a host that is not local; not sent unasked.

    ``base_url`` is the plain-http address that answered (without the token); the caller may
    go on with ``ClientOptions(allow_plain_http=True)`` once the user has said so.
    """

    def __init__(self, message: str, *, url: str = "", base_url: str) -> None:
        super().__init__(message, url=url)
        self.base_url = base_url


class RedirectRefused(GatewayError):
    """The server redirected to another host; not followed so the token stays here."""

    def __init__(self, message: str, *, url: str = "", target: str) -> None:
        super().__init__(message, url=url)
        self.target = target


class NotAnOpenAIKind(enum.Enum):
    HTML_PAGE = "html_page"
    NOT_JSON = "not_json"
    NO_MODEL_LIST = "no_model_list"
    UNEXPECTED_JSON = "unexpected_json"


class NotAnOpenAIApi(GatewayError):
    """The server answered, but not like an OpenAI-compatible API (``kind`` says how)."""

    def __init__(
        self, message: str, *, url: str = "", kind: NotAnOpenAIKind, under_sub_path: bool = False
    ) -> None:
        super().__init__(message, url=url)
        self.kind = kind
        # A web page at the root the user gave: the API may sit under a reverse proxy's path.
        self.under_sub_path = under_sub_path


class ResponseTooLarge(GatewayError):
    """The response body passed the size cap (or did not end in time)."""


# --- keychain -----------------------------------------------------------------------------


class SecretStoreError(Error):
    """The OS keychain could not store, read or delete a token."""


class NoKeychain(SecretStoreError):
    """No usable keychain (no Secret Service, or only a plain-text backend, which we refuse)."""


class KeychainLocked(SecretStoreError):
    """The keychain is locked, or the user dismissed the unlock prompt."""


class KeychainTimeout(SecretStoreError):
    """The keychain daemon did not answer within the time allowed (it may be stalled)."""


class KeychainNotKept(SecretStoreError):
    """The keychain accepted the token but did not give it back: it keeps nothing."""


class TokenMissing(SecretStoreError):
    """The keychain holds no token for this provider (removed elsewhere, or never saved)."""

    def __init__(self, name: str, label: str | None = None) -> None:
        if label is None:
            message = Text("The keychain holds no token for “{name}”.", name=name)
        else:
            message = Text(
                "The keychain holds no token “{label}” for “{name}”.", name=name, label=label
            )
        super().__init__(message)
        self.name = name
        self.label = label


# --- store --------------------------------------------------------------------------------


class StoreError(Error):
    """The provider store could not be read or written."""


class NameTaken(StoreError):
    def __init__(self, name: str) -> None:
        super().__init__(Text("A provider named “{name}” already exists.", name=name))
        self.name = name


class ProviderNotFound(StoreError):
    def __init__(self, name: str) -> None:
        super().__init__(Text("There is no provider named “{name}”.", name=name))
        self.name = name


class TokenNotFound(StoreError):
    """A provider has no token with this label, or (``label`` None) none switched on."""

    def __init__(self, name: str, label: str | None) -> None:
        if label is None:
            message = Text("“{name}” has no token switched on.", name=name)
        else:
            message = Text("“{name}” has no token labelled “{label}”.", name=name, label=label)
        super().__init__(message)
        self.name = name
        self.label = label


class StoreCorrupt(StoreError):
    """The store file does not parse; ``moved_to`` is where the bad file was kept, if moved."""

    def __init__(self, message: str, *, moved_to: str | None = None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
