"""What the core reports, in the user's language: the one place the UI turns errors into words.

The core's errors, address changes and probe notes carry structured fields (a reason enum,
the server's own message, a suggested address); this module maps each to a translated
sentence and, for errors, the concrete fix. Nothing here ever shows a token: texts from the
server pass through ``redact`` first.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..errors import (
    AuthRejected,
    BadRequest,
    Cancelled,
    Error,
    Forbidden,
    GatewayError,
    InvalidToken,
    InvalidUrl,
    InvalidUrlReason,
    KeychainLocked,
    KeychainNotKept,
    KeychainTimeout,
    NameTaken,
    NoKeychain,
    NotAnOpenAIApi,
    NotAnOpenAIKind,
    NotFound,
    PlainHttpRefused,
    ProviderNotFound,
    RateLimited,
    RedirectRefused,
    ResponseTooLarge,
    SecretInField,
    SecretStoreError,
    ServerError,
    StoreCorrupt,
    StoreError,
    TlsError,
    TlsKind,
    TokenMissing,
    Unreachable,
    UnreachableKind,
    WrongScheme,
)
from ..redact import redact
from ..urls import Change, ChangeKind

if TYPE_CHECKING:
    from ..gateway import ProbeNote


def _tr(context: str, text: str) -> str:
    # An alias of translate() that pyside6-lupdate is told about (scripts/i18n), so that
    # these module-level texts are extracted with their "messages" context.
    return QCoreApplication.translate(context, text)


@dataclasses.dataclass(frozen=True)
class Words:
    """An error in words: what happened, what to do, and an address that fixes it, if any."""

    title: str
    detail: str
    fix: str = ""
    suggested_base: str | None = None


def url_reason(reason: InvalidUrlReason) -> str:
    return {
        InvalidUrlReason.EMPTY: _tr("messages", "Paste the gateway's address."),
        InvalidUrlReason.LOOKS_LIKE_TOKEN: _tr(
            "messages", "This looks like a token, not an address: it belongs on the token page."
        ),
        InvalidUrlReason.BAD_SCHEME: _tr(
            "messages", "Only http:// and https:// addresses can be used."
        ),
        InvalidUrlReason.HAS_CREDENTIALS: _tr(
            "messages",
            "Remove the user name and password from the address; the token has its own field.",
        ),
        InvalidUrlReason.BAD_HOST: _tr(
            "messages", "The address has no valid host name or IP address."
        ),
        InvalidUrlReason.BAD_PORT: _tr("messages", "The port must be a number from 1 to 65535."),
        InvalidUrlReason.TOO_LONG: _tr("messages", "This is too long to be a server address."),
    }[reason]


def change_text(change: Change) -> str:
    d = change.detail
    texts = {
        ChangeKind.TRIMMED: _tr(
            "messages", "removed spaces, quotes or punctuation around the address"
        ),
        ChangeKind.INNER_SPACE_REMOVED: _tr("messages", "removed spaces inside the address"),
        ChangeKind.FULLWIDTH_FOLDED: _tr(
            "messages", "changed full-width characters (from a Chinese input method) to normal ones"
        ),
        ChangeKind.BACKSLASHES: _tr("messages", "turned backslashes into slashes"),
        ChangeKind.SCHEME_REPAIRED: _tr("messages", "repaired the scheme: {0}").format(d),
        ChangeKind.SCHEME_LOWERED: _tr("messages", "wrote the scheme in lower case"),
        ChangeKind.SCHEME_ADDED_HTTP: _tr(
            "messages", "IP address or local name without a scheme: using http://"
        ),
        ChangeKind.SCHEME_ADDED_HTTPS: _tr(
            "messages", "no scheme given: using https:// for a public host name"
        ),
        ChangeKind.HOST_LOWERED: _tr("messages", "wrote the host name in lower case"),
        ChangeKind.HOST_IDNA: _tr(
            "messages", "converted the international host name to {0}"
        ).format(d),
        ChangeKind.HOST_TRAILING_DOT: _tr(
            "messages", "removed the dot at the end of the host name"
        ),
        ChangeKind.PORT_DEFAULT_DROPPED: _tr(
            "messages", "removed :{0}, the default port of this scheme"
        ).format(d),
        ChangeKind.PORT_EMPTY_DROPPED: _tr("messages", "removed a colon with no port after it"),
        ChangeKind.PATH_API_REMOVED: _tr("messages", "removed {0}: the app adds it itself").format(
            d
        ),
        ChangeKind.PATH_CONSOLE_REMOVED: _tr(
            "messages", "removed {0}: that is the console page, not the API"
        ).format(d),
        ChangeKind.PATH_OTHER_REMOVED: _tr(
            "messages", "removed {0}: only the server's root is needed"
        ).format(d),
        ChangeKind.PREFIX_KEPT: _tr("messages", "kept {0}: the API sits under this path").format(d),
        ChangeKind.QUERY_REMOVED: _tr("messages", "removed the query {0}").format(d),
        ChangeKind.FRAGMENT_REMOVED: _tr(
            "messages", "removed {0}: that is a page of the web console"
        ).format(d),
        ChangeKind.TRAILING_SLASH_REMOVED: _tr("messages", "removed the slash at the end"),
    }
    return texts[change.kind]


def note_text(note: ProbeNote) -> str:
    from ..gateway import ProbeNoteKind

    d = note.detail
    return {
        ProbeNoteKind.SCHEME_CHOSEN: _tr(
            "messages", "No scheme was given; {0}:// answered."
        ).format(d),
        ProbeNoteKind.HTTPS_FAILED_HTTP_USED: _tr(
            "messages", "No scheme was given; https:// did not answer, so http:// is used."
        ),
        ProbeNoteKind.EMPTY_MODEL_LIST: _tr(
            "messages", "The server lists no models for this token; add model ids by hand."
        ),
        ProbeNoteKind.DUPLICATES_DROPPED: _tr(
            "messages", "{0} duplicate model ids were listed once."
        ).format(d),
        ProbeNoteKind.IDS_SKIPPED: _tr(
            "messages", "{0} entries of the list were not usable model ids."
        ).format(d),
        ProbeNoteKind.PLAIN_HTTP_REMOTE: _tr(
            "messages",
            "Plain http to a remote host: the token travels unencrypted. Use https if the "
            "server offers it.",
        ),
        ProbeNoteKind.NOT_A_KNOWN_GATEWAY: _tr(
            "messages",
            "Not a OneAPI or NewAPI gateway; treated as a plain OpenAI-compatible server.",
        ),
    }[note.kind]


def gateway_kind_text(kind: str | None) -> str:
    return {
        "oneapi": "OneAPI",
        "newapi": "NewAPI",
        "openai-compatible": _tr("messages", "OpenAI-compatible server"),
    }.get(kind or "", _tr("messages", "unknown"))


def _server_said(exc: Error) -> str:
    said = getattr(exc, "server_message", "")
    return _tr("messages", "The server said: {0}").format(redact(said)) if said else ""


def describe(exc: BaseException) -> Words:
    """The words for any exception the core (or a worker) raised."""
    if isinstance(exc, InvalidUrl):
        return Words(_tr("messages", "This address cannot be used"), url_reason(exc.reason))
    if isinstance(exc, InvalidToken):
        return Words(
            _tr("messages", "This token cannot be used"),
            redact(str(exc)),
            _tr("messages", "Copy the token again from the gateway console's token page (令牌)."),
        )
    if isinstance(exc, Cancelled):
        return Words(_tr("messages", "Cancelled"), _tr("messages", "The check was cancelled."))
    if isinstance(exc, WrongScheme):
        detail = (
            _tr("messages", "This server speaks plain http, not https, on this port.")
            if exc.suggested_base.startswith("http://")
            else _tr("messages", "This server redirects http to https.")
        )
        return Words(
            _tr("messages", "Wrong scheme"),
            detail,
            _tr("messages", "Use {0} instead.").format(exc.suggested_base),
            exc.suggested_base,
        )
    if isinstance(exc, NotFound):
        return Words(
            _tr("messages", "No API at this address"),
            " ".join(
                x
                for x in (
                    _tr("messages", "The server has no API under this path."),
                    _server_said(exc),
                )
                if x
            ),
            _tr("messages", "Use {0} instead.").format(exc.suggested_base)
            if exc.suggested_base
            else _tr("messages", "Use the server's root address, without /v1 or console paths."),
            exc.suggested_base,
        )
    if isinstance(exc, AuthRejected):
        return Words(
            _tr("messages", "The token was not accepted"),
            _server_said(exc) or _tr("messages", "The server refused the token."),
            _tr(
                "messages",
                "Copy the token again from the console's token page (令牌); check that it is "
                "enabled, not expired and has quota left.",
            ),
        )
    if isinstance(exc, Forbidden):
        return Words(
            _tr("messages", "The token is not allowed to do this"),
            _server_said(exc) or _tr("messages", "The server refused the request."),
            _tr(
                "messages",
                "The token may be limited to some IP ranges or models; check it in the console.",
            ),
        )
    if isinstance(exc, RateLimited):
        wait = (
            _tr("messages", "Wait {0} s and try again.").format(f"{exc.retry_after:.0f}")
            if exc.retry_after is not None
            else _tr("messages", "Wait a moment and try again.")
        )
        return Words(_tr("messages", "Too many requests"), _server_said(exc), wait)
    if isinstance(exc, ServerError):
        return Words(
            _tr("messages", "The server had an error"),
            _server_said(exc) or _tr("messages", "HTTP {0}").format(exc.status),
            _tr("messages", "If it names a model, no channel of the gateway may serve that model."),
        )
    if isinstance(exc, BadRequest):
        return Words(
            _tr("messages", "The server refused the request"),
            _server_said(exc) or _tr("messages", "HTTP {0}").format(exc.status),
        )
    if isinstance(exc, PlainHttpRefused):
        return Words(
            _tr("messages", "The token would travel unencrypted"),
            _tr(
                "messages",
                "{0} answers only over plain http, and it is not on your own network: anyone "
                "on the way could read the token. It was not sent.",
            ).format(exc.base_url),
            _tr("messages", "Use https if the gateway offers it."),
        )
    if isinstance(exc, TlsError):
        if exc.kind is TlsKind.EXPIRED_CERTIFICATE:
            return Words(
                _tr("messages", "The certificate has expired"),
                _tr(
                    "messages",
                    "The server's certificate has expired or is not valid yet. A CA file "
                    "cannot help.",
                ),
                _tr("messages", "Ask the gateway's operator to renew it; check your clock too."),
            )
        if exc.kind is TlsKind.WRONG_HOST:
            return Words(
                _tr("messages", "The certificate is for another host"),
                _tr(
                    "messages",
                    "The server's certificate was issued for another host name than the one in "
                    "the address.",
                ),
                _tr("messages", "Use the host name the certificate was issued for."),
            )
        if exc.kind is TlsKind.NOT_TLS:
            return Words(
                _tr("messages", "No https on this port"),
                _tr("messages", "The server answered in plain text: it does not speak https here."),
                _tr("messages", "Check the port, or type http:// if the gateway uses plain http."),
            )
        if exc.kind is TlsKind.UNTRUSTED_CERTIFICATE:
            return Words(
                _tr("messages", "The certificate is not trusted"),
                _tr(
                    "messages",
                    "The server's certificate is self-signed or from an unknown authority.",
                ),
                _tr(
                    "messages",
                    "Install the gateway's CA in your system, or use the CA-file option.",
                ),
            )
        return Words(
            _tr("messages", "The secure connection failed"),
            _tr("messages", "The connection was cut during the TLS handshake."),
            _tr("messages", "Check the port and your network, then try again."),
        )
    if isinstance(exc, Unreachable):
        detail, fix = {
            UnreachableKind.DNS: (
                _tr("messages", "The server's name could not be found."),
                _tr("messages", "Check the host name for typos, and your network."),
            ),
            UnreachableKind.REFUSED: (
                _tr("messages", "Nothing answers at this address and port."),
                _tr("messages", "Check the port, and that the gateway is running."),
            ),
            UnreachableKind.TIMEOUT: (
                _tr("messages", "The server did not answer in time."),
                _tr("messages", "Check the address and your network; the server may be busy."),
            ),
            UnreachableKind.RESET: (
                _tr("messages", "The server closed the connection without an answer."),
                _tr("messages", "Check the port and the scheme (http or https)."),
            ),
            UnreachableKind.OTHER: (
                _tr("messages", "The server could not be reached."),
                _tr("messages", "Check the address and your network."),
            ),
        }[exc.kind]
        return Words(_tr("messages", "The server cannot be reached"), detail, fix)
    if isinstance(exc, NotAnOpenAIApi):
        if exc.kind is NotAnOpenAIKind.HTML_PAGE:
            return Words(
                _tr("messages", "This is a web page, not the API"),
                _tr("messages", "The address shows a web page (probably the gateway's console)."),
                _tr("messages", "Use the root address; the app adds /v1 itself."),
            )
        return Words(
            _tr("messages", "Not an OpenAI-compatible API"),
            _tr("messages", "The server's answer is not an OpenAI-style model list or reply."),
            _tr("messages", "Check that the address is the gateway's API, not another web site."),
        )
    if isinstance(exc, RedirectRefused):
        return Words(
            _tr("messages", "Redirect not followed"),
            _tr(
                "messages", "The server redirects elsewhere ({0}); the token was not sent there."
            ).format(exc.target),
            _tr("messages", "If you trust that address, use it instead."),
        )
    if isinstance(exc, ResponseTooLarge):
        return Words(
            _tr("messages", "The answer is too large"),
            _tr("messages", "The server's answer was cut off."),
        )
    if isinstance(exc, GatewayError):
        return Words(_tr("messages", "The gateway check failed"), redact(str(exc)))
    if isinstance(exc, NoKeychain):
        return Words(
            _tr("messages", "No keychain available"),
            _tr(
                "messages",
                "The token can only be saved in the system keychain, and none is available.",
            ),
            _tr(
                "messages",
                "Start and unlock a keychain (GNOME Keyring or KWallet), then try again. "
                "Tokens are never stored in plain text.",
            ),
        )
    if isinstance(exc, KeychainLocked):
        return Words(
            _tr("messages", "The keychain is locked"),
            _tr("messages", "The system keychain is locked or the unlock was cancelled."),
            _tr("messages", "Unlock your keychain (the login keyring) and try again."),
        )
    if isinstance(exc, KeychainTimeout):
        return Words(
            _tr("messages", "The keychain does not answer"),
            _tr("messages", "The system keychain did not answer in time; nothing was changed."),
            _tr("messages", "The keychain service may be stalled: restart it or log in again."),
        )
    if isinstance(exc, KeychainNotKept):
        return Words(
            _tr("messages", "The keychain keeps nothing"),
            _tr(
                "messages",
                "The keychain accepted the token but does not give it back, so it was not kept.",
            ),
            _tr("messages", "Set up a system keychain (GNOME Keyring or KWallet), then try again."),
        )
    if isinstance(exc, TokenMissing):
        return Words(
            _tr("messages", "Token missing"),
            _tr("messages", "The keychain holds no token for “{0}”.").format(exc.name),
            _tr("messages", "Use Replace… to give the provider its token again."),
        )
    if isinstance(exc, SecretInField):
        return Words(
            _tr("messages", "That is a token"),
            _tr(
                "messages",
                "This field holds a token. A token goes only in the token field, where it is "
                "kept in the keychain; names, addresses and model ids are saved in a file.",
            ),
            _tr("messages", "Type a name or id instead."),
        )
    if isinstance(exc, SecretStoreError):
        return Words(
            _tr("messages", "The keychain failed"),
            redact(str(exc)),
            _tr("messages", "Check your system keychain and try again."),
        )
    if isinstance(exc, NameTaken):
        return Words(
            _tr("messages", "Name already used"),
            _tr("messages", "A provider named “{0}” already exists.").format(exc.name),
            _tr("messages", "Choose another name."),
        )
    if isinstance(exc, ProviderNotFound):
        return Words(
            _tr("messages", "Provider not found"),
            _tr("messages", "There is no provider named “{0}”.").format(exc.name),
        )
    if isinstance(exc, StoreCorrupt):
        return Words(_tr("messages", "The settings file was damaged"), redact(str(exc)))
    if isinstance(exc, StoreError):
        return Words(
            _tr("messages", "The settings could not be saved"),
            redact(str(exc)),
            _tr("messages", "Check the free space and permissions of the config folder."),
        )
    if isinstance(exc, Error):
        return Words(_tr("messages", "Something went wrong"), redact(str(exc)))
    return Words(
        _tr("messages", "Unexpected error"),
        type(exc).__name__,
        _tr("messages", "Please report this as a bug."),
    )
