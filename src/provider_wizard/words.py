"""Every error in words, once: its title, its sentence, the server's own words, and what to do.

The command line and the desktop app both show errors from ``describe``; neither keeps a table
of its own. Each text is a ``Text`` (text.py): the CLI prints its English, the app translates
the same template (``Text`` marks it for pyside6-lupdate). Where the CLI has a flag for the fix
(``--ca-file``), ``cli_hint`` says so; the app offers a button for the same fix instead.

The server's own words are never mixed into ours: ``said`` carries them as they came (masked,
control characters removed), and ``meaning`` says in the user's language what the common
OneAPI and NewAPI messages mean (shared/gateway-behavior.md lists them).
"""

from __future__ import annotations

import dataclasses
import re

from .errors import (
    AuthRejected,
    BadRequest,
    Cancelled,
    Error,
    Forbidden,
    GatewayError,
    InvalidInput,
    InvalidToken,
    InvalidTokenReason,
    InvalidUrl,
    InvalidUrlReason,
    KeychainLocked,
    KeychainNotKept,
    KeychainTimeout,
    NameTaken,
    NoKeychain,
    NotAnOpenAIApi,
    NotAnOpenAIKind,
    NotCheckable,
    NotFound,
    PlainHttpRefused,
    ProviderNotFound,
    RateLimited,
    RedirectRefused,
    ResponseTooLarge,
    SecretInField,
    SecretStoreError,
    ServerError,
    ServerSaid,
    StoreCorrupt,
    StoreError,
    TlsError,
    TlsKind,
    TokenMissing,
    TokenNotFound,
    Unreachable,
    UnreachableKind,
    WrongScheme,
)
from .redact import redact
from .text import Text

__all__ = ["Description", "describe", "gateway_kind_text", "meaning_of"]

SERVER_SAID = Text("The server said: “{said}”")
ADDRESS_TRIED = Text("Address tried: {url}")


@dataclasses.dataclass(frozen=True)
class Description:
    """An error as a person reads it. Every text is English; ``Text.render`` translates."""

    title: Text
    detail: str  # our sentence (a Text wherever the core wrote it)
    hint: Text
    cli_hint: Text | None = None  # the same fix, as the command line does it
    said: str = ""  # the server's own words, as they came (masked)
    meaning: Text | None = None  # what ``said`` means, when it is a message we know
    tried: str = ""  # the address that was asked, for errors of the network
    suggested_base: str | None = None  # an address that fixes it, for a one-click fix

    @property
    def server(self) -> Text | None:
        """The server's words quoted, after what they mean when that is known."""
        if not self.said:
            return None
        quoted = Text(SERVER_SAID.template, said=self.said)
        if self.meaning is None:
            return quoted
        return Text("{meaning} ({quoted})", meaning=self.meaning, quoted=quoted)

    @property
    def address(self) -> Text | None:
        return Text(ADDRESS_TRIED.template, url=self.tried) if self.tried else None


# What the gateways' common messages mean (gateway-behavior.md), matched on their own words.
_KNOWN_SAID: tuple[tuple[re.Pattern[str], Text], ...] = (
    (re.compile(r"该令牌已过期|token (?:has )?expired", re.I), Text("The token has expired.")),
    (
        re.compile(r"该令牌状态不可用|token (?:is )?disabled", re.I),
        Text("The token is switched off in the gateway's console."),
    ),
    (
        re.compile(
            r"额度已用尽|quota (?:is )?(?:exhausted|used up)|insufficient_(?:user_)?quota", re.I
        ),
        Text("The quota is used up: top up or raise the token's limit in the console."),
    ),
    (
        re.compile(r"无可用渠道|no available channel", re.I),
        Text("No channel of the gateway serves this model for your group."),
    ),
    (
        re.compile(r"只能在指定网段使用|not allowed from this ip", re.I),
        Text("The token works only from certain IP ranges, and this computer is outside them."),
    ),
    (
        re.compile(r"用户已被封禁|user (?:is )?banned", re.I),
        Text("The account that owns the token is banned on this gateway."),
    ),
    (
        re.compile(r"无权使用模型|not allowed to use (?:the )?model|model .* is not allowed", re.I),
        Text("The token is not allowed to use this model (a model whitelist)."),
    ),
    (
        re.compile(r"无效的令牌|invalid (?:bearer )?token|incorrect api key|invalid api key", re.I),
        Text(
            "The gateway does not know this token: it is mistyped or deleted (newer NewAPI "
            "also says this for an expired, disabled or used-up token)."
        ),
    ),
    (re.compile(r"未提供令牌|no token provided", re.I), Text("No token reached the gateway.")),
)


def meaning_of(said: str) -> Text | None:
    """What a gateway's message means, when it is one of the common ones."""
    for pattern, meaning in _KNOWN_SAID:
        if pattern.search(said):
            return meaning
    return None


def gateway_kind_text(kind: str | None) -> str:
    """The gateway's kind as shown to a person."""
    return {
        "oneapi": "OneAPI",
        "newapi": "NewAPI",
        "openai-compatible": Text("OpenAI-compatible server"),
    }.get(kind or "", Text("unknown"))


_URL_HINT = {
    InvalidUrlReason.EMPTY: Text(
        "Paste the gateway's address, for example https://api.example.com."
    ),
    InvalidUrlReason.LOOKS_LIKE_TOKEN: Text("Put the token in the token field instead."),
    InvalidUrlReason.BAD_SCHEME: Text("Use an address that starts with http:// or https://."),
    InvalidUrlReason.HAS_CREDENTIALS: Text("Remove “user:password@” from the address."),
    InvalidUrlReason.BAD_HOST: Text("Check the host name or IP address for typos."),
    InvalidUrlReason.SPACE_IN_HOST: Text("Remove the space, or check which host you meant."),
    InvalidUrlReason.EMPTY_HOST: Text(
        "Put the gateway's host after the scheme, as in https://api.example.com/v1."
    ),
    InvalidUrlReason.BAD_PORT: Text(
        "Use the port the gateway listens on (OneAPI's default is 3000)."
    ),
    InvalidUrlReason.TOO_LONG: Text("Copy only the address, https://host."),
}

_TOKEN_HINT = {
    InvalidTokenReason.EMPTY: Text(
        "Copy the token from the gateway console's token page (令牌) and paste it here."
    ),
    InvalidTokenReason.LOOKS_LIKE_URL: Text(
        "Paste the address on the next page; here goes the token (it usually starts with sk-)."
    ),
    InvalidTokenReason.TOO_LONG: Text(
        "Copy only the token: on the token page (令牌), use its Copy button."
    ),
    InvalidTokenReason.BAD_CHARACTERS: Text(
        "Copy the token again with the token page's Copy button (令牌)."
    ),
}

_UNREACHABLE = {
    UnreachableKind.DNS: (
        Text("The server's name was not found"),
        Text("Check the host name for typos, and your network."),
    ),
    UnreachableKind.REFUSED: (
        Text("Nothing answers at this address"),
        Text("Check the port, and that the gateway is running."),
    ),
    UnreachableKind.TIMEOUT: (
        Text("The server did not answer in time"),
        Text("Check the address and your network; the server may be busy."),
    ),
    UnreachableKind.RESET: (
        Text("The server hung up"),
        Text("Check the port and the scheme (http or https)."),
    ),
    UnreachableKind.OTHER: (
        Text("The server cannot be reached"),
        Text("Check the address and your network."),
    ),
}

_TLS = {
    TlsKind.UNTRUSTED_CERTIFICATE: (
        Text("The certificate is not trusted"),
        Text("If the gateway uses a self-signed certificate, trust its CA file."),
        Text("If the gateway uses a self-signed certificate, give its CA file with --ca-file."),
    ),
    TlsKind.EXPIRED_CERTIFICATE: (
        Text("The certificate has expired"),
        Text("Ask the gateway's operator to renew it; check your computer's clock too."),
        None,
    ),
    TlsKind.WRONG_HOST: (
        Text("The certificate is for another host"),
        Text("Use the host name the gateway's certificate was issued for."),
        None,
    ),
    TlsKind.NOT_TLS: (
        Text("No https on this port"),
        Text("Check the port; if the gateway speaks plain http, type http://."),
        None,
    ),
    TlsKind.HANDSHAKE: (
        Text("The secure connection failed"),
        Text("The connection was cut during the handshake: check the port and your network."),
        None,
    ),
}


_SUB_PATH_HINT = Text(
    "Paste the address your browser shows on the gateway console's token page: it includes "
    "the sub-path."
)


def describe(exc: BaseException) -> Description:
    """The words for any exception the core (or a worker) raised."""
    if not isinstance(exc, Error):
        return Description(
            Text("Unexpected error"),
            Text("Unexpected error ({name}).", name=type(exc).__name__),
            Text("Please report this as a bug."),
        )
    d = _describe(exc)
    if isinstance(exc, ServerSaid) and exc.server_message:
        said = redact(exc.server_message)
        d = dataclasses.replace(d, detail=exc.sentence, said=said, meaning=meaning_of(said))
    if isinstance(exc, GatewayError) and exc.url:
        d = dataclasses.replace(d, tried=redact(exc.url.split("?", 1)[0]))
    return d


def _describe(exc: Error) -> Description:
    said = exc.message
    if isinstance(exc, InvalidUrl):
        return Description(Text("This address cannot be used"), said, _URL_HINT[exc.reason])
    if isinstance(exc, InvalidToken):
        return Description(Text("This token cannot be used"), said, _TOKEN_HINT[exc.reason])
    if isinstance(exc, SecretInField):
        return Description(
            Text("That is a token"),
            said,
            Text("Type a name, address or id here; the token has a field of its own."),
            Text("Give the token only on stdin with --token-stdin."),
        )
    if isinstance(exc, NotCheckable):
        return Description(
            Text("Not checked"),
            said,
            Text("Pick a chat or an embedding model to check; this one takes another request."),
        )
    if isinstance(exc, InvalidInput):
        return Description(Text("This cannot be used"), said, Text("Correct it and try again."))
    if isinstance(exc, Cancelled):
        return Description(Text("Cancelled"), said, Text("Start it again when you are ready."))
    if isinstance(exc, WrongScheme):
        return Description(
            Text("Wrong scheme"),
            said,
            Text("Use {base} instead.", base=exc.suggested_base),
            suggested_base=exc.suggested_base,
        )
    if isinstance(exc, PlainHttpRefused):
        return Description(
            Text("The token would travel unencrypted"),
            said,
            Text(
                "Use https if the gateway offers it; send the token over plain http only if "
                "you trust every network on the way."
            ),
            Text(
                "Use https if the gateway offers it. To send the token unencrypted anyway, "
                "repeat the command with --allow-plain-http."
            ),
        )
    if isinstance(exc, NotFound):
        if exc.suggested_base:
            hint = Text("Use {base} instead.", base=exc.suggested_base)
        elif exc.under_sub_path:
            hint = _SUB_PATH_HINT
        else:
            hint = Text("Use the gateway's root address, without /v1 or console paths.")
        return Description(
            Text("No API at this address"), said, hint, suggested_base=exc.suggested_base
        )
    if isinstance(exc, AuthRejected):
        return Description(
            Text("The token was not accepted"),
            said,
            Text(
                "Copy the token again from the console's token page (令牌); check that it is "
                "enabled, not expired and has quota left."
            ),
        )
    if isinstance(exc, Forbidden):
        return Description(
            Text("The token is not allowed to do this"),
            said,
            Text("The token may be limited to some IP ranges or models; check it in the console."),
        )
    if isinstance(exc, RateLimited):
        wait = (
            Text("Wait {seconds:.0f} s and try again.", seconds=exc.retry_after)
            if exc.retry_after is not None
            else Text("Wait a moment and try again.")
        )
        return Description(Text("Too many requests"), said, wait)
    if isinstance(exc, ServerError):
        return Description(
            Text("The server had an error"),
            said,
            Text("If it names a model, no channel of the gateway may serve that model."),
        )
    if isinstance(exc, BadRequest):
        return Description(
            Text("The server refused the request"),
            said,
            Text("Check the address and the model; the server's words may say more."),
        )
    if isinstance(exc, TlsError):
        title, hint, cli_hint = _TLS[exc.kind]
        return Description(title, said, hint, cli_hint)
    if isinstance(exc, Unreachable):
        title, hint = _UNREACHABLE[exc.kind]
        return Description(title, said, hint)
    if isinstance(exc, NotAnOpenAIApi):
        if exc.under_sub_path:
            return Description(Text("No API at the server's root"), said, _SUB_PATH_HINT)
        if exc.kind is NotAnOpenAIKind.HTML_PAGE:
            return Description(
                Text("This is a web page, not the API"),
                said,
                Text("Use the gateway's root address; the app adds /v1 itself."),
            )
        return Description(
            Text("Not an OpenAI-compatible API"),
            said,
            Text("Check that the address is the gateway's API, not another web site."),
        )
    if isinstance(exc, RedirectRefused):
        return Description(
            Text("Redirect not followed"),
            said,
            Text("If you trust it, use the address it redirects to: {target}", target=exc.target),
        )
    if isinstance(exc, ResponseTooLarge):
        return Description(
            Text("The answer is too large"),
            said,
            Text("Check that the address is the gateway's API; a gateway answers in kilobytes."),
        )
    if isinstance(exc, GatewayError):
        return Description(
            Text("The gateway check failed"), said, Text("Check the address and try again.")
        )
    if isinstance(exc, NoKeychain):
        return Description(
            Text("No keychain available"),
            said,
            Text(
                "Start and unlock a keychain (GNOME Keyring or KWallet), then try again. Tokens "
                "are never stored in plain text."
            ),
        )
    if isinstance(exc, KeychainLocked):
        return Description(
            Text("The keychain is locked"),
            said,
            Text("Unlock your keychain (the login keyring) and try again."),
        )
    if isinstance(exc, KeychainTimeout):
        return Description(
            Text("The keychain does not answer"),
            said,
            Text("The keychain service may be stalled: restart it (or log in again) and retry."),
        )
    if isinstance(exc, KeychainNotKept):
        return Description(
            Text("The keychain keeps nothing"),
            said,
            Text(
                "Set up a system keychain (GNOME Keyring or KWallet); check "
                "PYTHON_KEYRING_BACKEND if you set it."
            ),
        )
    if isinstance(exc, TokenMissing):
        return Description(
            Text("Token missing"),
            said,
            Text("Give the provider its token again with Replace…."),
            Text("Give it again: provider-wizard set-token NAME --token-stdin"),
        )
    if isinstance(exc, SecretStoreError):
        return Description(
            Text("The keychain failed"),
            said,
            Text("Check that your keychain is running and unlocked, then try again."),
        )
    if isinstance(exc, NameTaken):
        return Description(
            Text("Name already used"),
            said,
            Text("Choose another name, or remove the existing provider first."),
        )
    if isinstance(exc, TokenNotFound):
        return Description(
            Text("Token not found"),
            said,
            Text("The provider's page lists its tokens; switch one on or add one."),
            Text("'provider-wizard token list NAME' shows the labels."),
        )
    if isinstance(exc, ProviderNotFound):
        return Description(
            Text("Provider not found"),
            said,
            Text("The list of providers shows the names."),
            Text("'provider-wizard list' shows the names."),
        )
    if isinstance(exc, StoreCorrupt):
        return Description(
            Text("The settings file was damaged"),
            said,
            Text("It was kept beside the new one; nothing in it is lost."),
        )
    if isinstance(exc, StoreError):
        return Description(
            Text("The settings could not be saved"),
            said,
            Text("Check the free space and the permissions of the config folder."),
        )
    return Description(
        Text("Something went wrong"), said, Text("Try again; if it goes on, report it as a bug.")
    )
