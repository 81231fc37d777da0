"""Every error in words, once (words.py): a title, a sentence, a hint, the server apart."""

from __future__ import annotations

import inspect

import pytest

from provider_wizard import errors
from provider_wizard.cli import _error_lines
from provider_wizard.errors import (
    AuthRejected,
    BadRequest,
    Cancelled,
    Error,
    Forbidden,
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
    StoreCorrupt,
    StoreError,
    TlsError,
    TlsKind,
    TokenMissing,
    Unreachable,
    UnreachableKind,
    WrongScheme,
)
from provider_wizard.text import Text
from provider_wizard.words import describe, meaning_of

URL = "http://127.0.0.1:3000/v1/models"

ONE_OF_EACH: list[Error] = [
    Cancelled(),
    *(InvalidUrl(r) for r in InvalidUrlReason),
    *(InvalidToken(Text("The token is empty."), reason=r) for r in InvalidTokenReason),
    SecretInField(Text("name")),
    NotCheckable("dall-e-3", "image"),
    InvalidInput(Text("The name is empty.")),
    AuthRejected(Text("The server did not accept the token."), url=URL, server_message="x"),
    Forbidden(Text("The token is not allowed to do this."), url=URL),
    NotFound(Text("The server has no API at this address."), url=URL),
    NotFound(Text("x"), url=URL, suggested_base="http://h"),
    NotFound(Text("x"), url=URL, under_sub_path=True),
    RateLimited(Text("x"), url=URL, retry_after=3),
    ServerError(Text("x"), url=URL),
    BadRequest(Text("x"), url=URL),
    *(Unreachable(Text("x"), url=URL, kind=k) for k in UnreachableKind),
    *(TlsError(Text("x"), url=URL, kind=k) for k in TlsKind),
    WrongScheme(Text("x"), url=URL, suggested_base="http://h"),
    PlainHttpRefused(Text("x"), url=URL, base_url="http://h"),
    RedirectRefused(Text("x"), url=URL, target="http://elsewhere"),
    *(NotAnOpenAIApi(Text("x"), url=URL, kind=k) for k in NotAnOpenAIKind),
    ResponseTooLarge(Text("x"), url=URL),
    NoKeychain(Text("x")),
    KeychainLocked(Text("x")),
    KeychainTimeout(Text("x")),
    KeychainNotKept(Text("x")),
    TokenMissing("Home"),
    SecretStoreError(Text("x")),
    NameTaken("Home"),
    ProviderNotFound("Home"),
    errors.TokenNotFound("Home", "team"),
    errors.TokenNotFound("Home", None),
    StoreCorrupt(Text("x")),
    StoreError(Text("x")),
]


def test_every_error_class_is_in_the_table() -> None:
    classes = {
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, Error) and cls.__module__ == errors.__name__
    }
    abstract = {Error, errors.GatewayError, errors.ServerSaid}
    assert classes - abstract <= {type(e) for e in ONE_OF_EACH}


@pytest.mark.parametrize("exc", ONE_OF_EACH, ids=lambda e: type(e).__name__)
def test_every_error_has_a_title_a_sentence_and_a_hint(exc: Error) -> None:
    d = describe(exc)
    assert str(d.title) and str(d.detail) and str(d.hint)
    lines = _error_lines(exc)
    assert lines[0].startswith("error: ") and lines[-1].startswith("hint: ")


def test_the_servers_words_stand_apart_from_ours() -> None:
    exc = AuthRejected(
        Text("The server did not accept the token."), url=URL, server_message="该令牌已过期"
    )
    d = describe(exc)
    assert d.detail == "The server did not accept the token."
    assert d.said == "该令牌已过期" and d.meaning == "The token has expired."
    assert str(d.server) == "The token has expired. (The server said: “该令牌已过期”)"
    assert (
        _error_lines(exc)[1] == "server: The token has expired. (The server said: “该令牌已过期”)"
    )


@pytest.mark.parametrize(
    ("said", "meaning"),
    [
        ("该令牌已过期", "expired"),
        ("该令牌状态不可用", "switched off"),
        ("该令牌额度已用尽 sk-…abcd", "quota is used up"),
        ("当前分组 default 下对于模型 gpt-5 无可用渠道", "No channel"),
        ("该令牌只能在指定网段使用：10.0.0.0/8，当前 ip：1.2.3.4", "IP ranges"),
        ("用户已被封禁", "banned"),
        ("该令牌无权使用模型：gpt-5", "not allowed to use this model"),
        ("无效的令牌", "does not know this token"),
        ("Invalid token", "does not know this token"),
        ("未提供令牌", "No token reached"),
    ],
)
def test_the_gateways_common_messages_are_known(said: str, meaning: str) -> None:
    known = meaning_of(said)
    assert known is not None and meaning in known


def test_an_unknown_message_is_quoted_without_a_meaning() -> None:
    assert meaning_of("something else entirely") is None
