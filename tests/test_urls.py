"""Address normalization: the issue's rules as a table, and properties checked with hypothesis."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from provider_wizard.errors import InvalidUrl, InvalidUrlReason
from provider_wizard.urls import ChangeKind, is_local_host, normalize_base_url, with_scheme

CASES = [
    # rule 1: trimming
    ("  https://api.example.com  ", "https://api.example.com"),
    ("\u3000https://api.example.com\u00a0", "https://api.example.com"),
    ("\u200bhttps://api.example.com\ufeff", "https://api.example.com"),
    ('"https://api.example.com"', "https://api.example.com"),
    ("`https://api.example.com`", "https://api.example.com"),
    ("<https://api.example.com>", "https://api.example.com"),
    ("“https://api.example.com”。", "https://api.example.com"),
    ("https://api.example.com，", "https://api.example.com"),
    ("https://api.example.com.", "https://api.example.com"),
    ("https://api.example.com;", "https://api.example.com"),
    # rule 2: full-width forms and ideographic full stops
    ("ｈｔｔｐ：／／example.com", "http://example.com"),
    ("ｈｔｔｐｓ：／／ａｐｉ．ｅｘａｍｐｌｅ．ｃｏｍ／ｖ１", "https://api.example.com"),
    ("http://1.2.3.4：3000", "http://1.2.3.4:3000"),
    ("https://api。example。com", "https://api.example.com"),
    # rule 3: scheme repair and defaults
    ("HTTPS://api.example.com", "https://api.example.com"),
    ("Http://api.example.com", "http://api.example.com"),
    ("http//api.example.com", "http://api.example.com"),
    ("https//api.example.com", "https://api.example.com"),
    ("http:/api.example.com", "http://api.example.com"),
    ("https:/api.example.com", "https://api.example.com"),
    ("https:///api.example.com", "https://api.example.com"),
    ("http:\\\\api.example.com\\v1", "http://api.example.com"),
    ("api.example.com", "https://api.example.com"),
    ("//api.example.com", "https://api.example.com"),
    ("1.2.3.4:3000", "http://1.2.3.4:3000"),
    ("localhost:3000", "http://localhost:3000"),
    ("gateway.local:3000", "http://gateway.local:3000"),
    ("myserver:3000", "http://myserver:3000"),
    ("[::1]:8080", "http://[::1]:8080"),
    ("::1", "http://[::1]"),
    # rule 4: host
    ("https://API.Example.COM", "https://api.example.com"),
    ("https://api.example.com./v1", "https://api.example.com"),
    ("https://例え.jp", "https://xn--r8jz45g.jp"),
    ("https://[2001:DB8::1]:3000", "https://[2001:db8::1]:3000"),
    # rule 5: ports
    ("https://api.example.com:443", "https://api.example.com"),
    ("http://api.example.com:80/", "http://api.example.com"),
    ("http://api.example.com:443", "http://api.example.com:443"),
    ("https://api.example.com:", "https://api.example.com"),
    # rule 6: paths
    ("https://h.example.com/v1/chat/completions", "https://h.example.com"),
    ("https://h.example.com/oneapi/v1/chat/completions", "https://h.example.com/oneapi"),
    ("https://h.example.com/v1/v1/models", "https://h.example.com"),
    ("https://h.example.com/token", "https://h.example.com"),
    ("http://1.2.3.4:3000/token", "http://1.2.3.4:3000"),
    ("https://h.example.com/console/token", "https://h.example.com"),
    ("https://h.example.com/panel/token?p=1", "https://h.example.com"),
    ("https://h.example.com/#/token", "https://h.example.com"),
    ("https://h.example.com/?a=1#x", "https://h.example.com"),
    ("https://h.example.com/", "https://h.example.com"),
    ("https://openrouter.ai/api/v1", "https://openrouter.ai/api"),
    ("https://h.example.com/api/status", "https://h.example.com"),
    ("https://h.example.com/oneapi/", "https://h.example.com/oneapi"),
    ("https://h.example.com/oneapi", "https://h.example.com/oneapi"),
    ("https://h.example.com/index.html", "https://h.example.com"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_examples(text: str, expected: str) -> None:
    assert normalize_base_url(text).base_url == expected


INVALID = [
    ("", InvalidUrlReason.EMPTY),
    ("   \u3000 ", InvalidUrlReason.EMPTY),
    ("ftp://api.example.com", InvalidUrlReason.BAD_SCHEME),
    ("ws://api.example.com", InvalidUrlReason.BAD_SCHEME),
    ("file:///etc/passwd", InvalidUrlReason.BAD_SCHEME),
    ("https://user:pass@api.example.com", InvalidUrlReason.HAS_CREDENTIALS),
    ("user:pass@api.example.com", InvalidUrlReason.HAS_CREDENTIALS),
    ("https://", InvalidUrlReason.BAD_HOST),
    ("https://ex!ample.com", InvalidUrlReason.BAD_HOST),
    ("https://a..b.com", InvalidUrlReason.BAD_HOST),
    ("https://999.1.1.1", InvalidUrlReason.BAD_HOST),
    ("https://-bad-.com", InvalidUrlReason.BAD_HOST),
    ("https://[zz::1]", InvalidUrlReason.BAD_HOST),
    ("http://h.com:0", InvalidUrlReason.BAD_PORT),
    ("http://h.com:65536", InvalidUrlReason.BAD_PORT),
    ("http://h.com:http", InvalidUrlReason.BAD_PORT),
    ("sk-" + "a1B2" * 12, InvalidUrlReason.LOOKS_LIKE_TOKEN),
    ("Bearer sk-" + "a1B2" * 12, InvalidUrlReason.LOOKS_LIKE_TOKEN),
    ("https://" + "a" * 3000 + ".com", InvalidUrlReason.TOO_LONG),
]


@pytest.mark.parametrize(("text", "reason"), INVALID)
def test_invalid(text: str, reason: InvalidUrlReason) -> None:
    with pytest.raises(InvalidUrl) as info:
        normalize_base_url(text)
    assert info.value.reason is reason
    assert str(info.value)  # a sentence a user can read


def test_spaces_around_the_address_parts_are_removed_with_a_note() -> None:
    result = normalize_base_url("https:// api.example.com /v1")
    assert result.base_url == "https://api.example.com"
    assert ChangeKind.INNER_SPACE_REMOVED in [c.kind for c in result.changes]


@pytest.mark.parametrize(
    "text", ["my gateway.com", "10.0.0 .5", "https://api. example .com/v1", "http://a b:3000"]
)
def test_a_space_inside_a_host_is_invalid_not_joined(text: str) -> None:
    with pytest.raises(InvalidUrl) as info:
        normalize_base_url(text)
    assert info.value.reason is InvalidUrlReason.SPACE_IN_HOST


@pytest.mark.parametrize("text", ["http:///api", "https:///v1/models", "http:///"])
def test_an_empty_host_is_invalid_not_taken_from_the_path(text: str) -> None:
    with pytest.raises(InvalidUrl) as info:
        normalize_base_url(text)
    assert info.value.reason is InvalidUrlReason.EMPTY_HOST


def test_pasted_token_is_never_echoed_in_the_error() -> None:
    token = "sk-" + "Zq9" * 16
    with pytest.raises(InvalidUrl) as info:
        normalize_base_url(token)
    assert token not in str(info.value) and token[3:] not in str(info.value)


def test_changes_say_why_in_words() -> None:
    result = normalize_base_url("http://1.2.3.4:3000/token")
    kinds = [c.kind for c in result.changes]
    assert kinds == [ChangeKind.PATH_CONSOLE_REMOVED]
    assert "/token" in result.messages[0] and "console" in result.messages[0]

    result = normalize_base_url("https://h.example.com/oneapi/v1/chat/completions")
    assert result.messages == [
        "removed the path /v1/chat/completions: the app adds it itself",
        "kept the path prefix /oneapi: the API sits under it",
    ]
    result = normalize_base_url("1.2.3.4:3000")
    assert [c.kind for c in result.changes] == [ChangeKind.SCHEME_ADDED_HTTP]
    assert "IP address" in result.messages[0]
    assert not result.scheme_given
    assert normalize_base_url("https://h.example.com").changes == ()


def test_with_scheme_and_local_hosts() -> None:
    n = normalize_base_url("api.example.com:8443/oneapi/v1")
    assert with_scheme(n, "http") == "http://api.example.com:8443/oneapi"
    n = normalize_base_url("https://api.example.com")
    assert with_scheme(n, "http") == "http://api.example.com"
    assert is_local_host("127.0.0.1") and is_local_host("192.168.1.5") and is_local_host("::1")
    assert is_local_host("localhost") and is_local_host("nas.local") and is_local_host("nas")
    assert not is_local_host("api.example.com") and not is_local_host("8.8.8.8")


# --- properties --------------------------------------------------------------------------------

_hostish = st.from_regex(r"[a-zA-Z0-9][a-zA-Z0-9\-]{0,10}(\.[a-zA-Z]{2,6}){0,2}", fullmatch=True)
_decor = st.sampled_from(["", " ", "\u3000", '"', "`", "<", "“", "。", "，", "\u200b", "\n"])
_scheme = st.sampled_from(
    ["", "http://", "https://", "HTTP://", "http//", "https:/", "//", "ｈｔｔｐ：／／"]
)
_path = st.sampled_from(
    [
        "",
        "/",
        "/v1",
        "/v1/chat/completions",
        "/token",
        "/oneapi/v1/models",
        "/x/y",
        "/#/token",
        "?q=1",
        "/console/token",
        "/api/v1",
        "/a%20b/v1",
    ]
)
_port = st.one_of(st.just(""), st.integers(1, 65535).map(lambda p: f":{p}"))
_urlish = st.builds(
    lambda d1, s, h, p, path, d2: d1 + s + h + p + path + d2,
    _decor,
    _scheme,
    _hostish,
    _port,
    _path,
    _decor,
)
_any_text = st.one_of(
    st.text(max_size=80),
    _urlish,
    st.text(alphabet="hHtTpPsS:/\\.:[]@%#?。：／0123456789abc", max_size=40),
)


def _check(text: str) -> None:
    try:
        result = normalize_base_url(text)
    except InvalidUrl:
        return
    # Idempotent: the output is its own normal form, with nothing left to change.
    again = normalize_base_url(result.base_url)
    assert again.base_url == result.base_url
    assert again.changes == ()
    url = httpx.URL(result.base_url)
    assert url.scheme in ("http", "https")
    assert url.host
    assert not result.base_url.endswith("/")


@given(_any_text)
@example("http://[::1]:8080/v1")
@example("https://h/oneapi/v1/chat")
@example("%")
@example("http://a/%zz/v1")
@example("A/:\\")
@example("http://h.com/x./v1")
def test_only_invalid_url_and_idempotent(text: str) -> None:
    _check(text)


@given(_urlish)
def test_urlish_inputs_normalize(text: str) -> None:
    _check(text)
