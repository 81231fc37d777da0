"""The gateway client and probe against the emulator, over real sockets on 127.0.0.1."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from provider_wizard.cancel import CancelToken
from provider_wizard.errors import (
    AuthRejected,
    BadRequest,
    Cancelled,
    Forbidden,
    InvalidToken,
    InvalidUrl,
    NotAnOpenAIApi,
    NotAnOpenAIKind,
    NotFound,
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
from provider_wizard.gateway import ClientOptions, GatewayClient
from provider_wizard.probe import ProbeNoteKind, probe

from gateway_emulator import GatewayEmulator, make_key

Make = Callable[..., GatewayEmulator]


@pytest.mark.parametrize("flavour", ["oneapi", "newapi", "newapi-later"])
def test_probe_each_flavour(make_emulator: Make, flavour: str) -> None:
    emu = make_emulator(flavour=flavour)
    token = emu.add_token(make_key(flavour))
    result = probe(emu.base_url, token)
    assert result.base_url == emu.base_url
    assert result.gateway.kind == ("oneapi" if flavour == "oneapi" else "newapi")
    assert result.gateway.system_name == emu.system_name
    assert result.models.ids == emu.models
    if flavour == "oneapi":
        assert result.models.models[0].owned_by == "openai"
        assert result.models.models[3].owned_by == "custom"
    if flavour == "newapi-later":
        assert result.models.models[0].endpoint_types == ("openai",)
    # /api/status is public: the token never goes there.
    status = emu.requests_to("/api/status")
    assert status and all("authorization" not in r.headers for r in status)
    models = emu.requests_to("/v1/models")
    assert models[-1].headers["authorization"] == f"Bearer {token}"


def test_status_tells_newapi_by_keys_not_by_name(make_emulator: Make) -> None:
    emu = make_emulator(flavour="newapi")
    emu.system_name = "My Company AI"
    token = emu.add_token(make_key("x"))
    info = probe(emu.base_url, token).gateway
    assert (info.kind, info.system_name) == ("newapi", "My Company AI")
    emu2 = make_emulator(flavour="oneapi")
    emu2.system_name = "New API"  # renamed to look like the other one
    token2 = emu2.add_token(make_key("y"))
    assert probe(emu2.base_url, token2).gateway.kind == "oneapi"


def test_no_scheme_tries_https_then_http(emulator: GatewayEmulator, token: str) -> None:
    result = probe(f"127.0.0.1:{emulator.port}/token", token)
    assert result.base_url == emulator.base_url
    assert result.notes[0].kind is ProbeNoteKind.HTTPS_FAILED_HTTP_USED


def test_no_scheme_takes_https_when_it_works(tls_emulator: GatewayEmulator, ca_file: str) -> None:
    token = tls_emulator.add_token(make_key("tls"))
    result = probe(f"127.0.0.1:{tls_emulator.port}", token, options=ClientOptions(ca_file=ca_file))
    assert result.base_url == f"https://127.0.0.1:{tls_emulator.port}"
    assert result.notes[0].kind is ProbeNoteKind.SCHEME_CHOSEN
    assert result.notes[0].detail == "https"


def test_https_on_plain_http_names_the_fix(emulator: GatewayEmulator, token: str) -> None:
    with pytest.raises(WrongScheme) as info:
        probe(f"https://127.0.0.1:{emulator.port}/v1", token)
    assert info.value.suggested_base == f"http://127.0.0.1:{emulator.port}"
    assert f"http://127.0.0.1:{emulator.port}" in str(info.value)
    # The check of plain http was made without the token.
    assert all("authorization" not in r.headers for r in emulator.requests)


def test_http_redirected_to_https_names_the_fix(
    make_emulator: Make, tls_emulator: GatewayEmulator
) -> None:
    front = make_emulator()
    front.redirect_all_to = tls_emulator.origin
    token = front.add_token(make_key("r"))
    with pytest.raises(WrongScheme) as info:
        probe(front.base_url, token)
    assert info.value.suggested_base == tls_emulator.origin
    assert tls_emulator.requests == []


def test_self_signed_certificate(tls_emulator: GatewayEmulator, ca_file: str) -> None:
    token = tls_emulator.add_token(make_key("s"))
    with pytest.raises(TlsError) as info:
        probe(tls_emulator.base_url, token)
    assert info.value.kind is TlsKind.UNTRUSTED_CERTIFICATE
    result = probe(tls_emulator.base_url, token, options=ClientOptions(ca_file=ca_file))
    assert result.models.ids == tls_emulator.models


def test_untrusted_certificate_reported_when_no_scheme_given(
    tls_emulator: GatewayEmulator,
) -> None:
    token = tls_emulator.add_token(make_key("s2"))
    with pytest.raises(TlsError) as info:
        probe(f"localhost:{tls_emulator.port}", token)
    assert info.value.kind is TlsKind.UNTRUSTED_CERTIFICATE


def test_redirect_to_another_host_is_refused(make_emulator: Make) -> None:
    sink = make_emulator()
    emu = make_emulator()
    token = emu.add_token(make_key("leak"))

    def redirect(req: object) -> None:
        req.send_bytes(  # type: ignore[attr-defined]
            302, b"", headers={"Location": f"http://localhost:{sink.port}/v1/models"}
        )

    emu.overrides["/v1/models"] = redirect
    with pytest.raises(RedirectRefused) as info:
        probe(emu.base_url, token)
    assert f"localhost:{sink.port}" in info.value.target
    assert sink.requests == []


def test_same_origin_redirect_is_followed_with_token(emulator: GatewayEmulator, token: str) -> None:
    def redirect(req: object) -> None:
        req.send_bytes(307, b"", headers={"Location": "/v1/models"})  # type: ignore[attr-defined]

    emulator.overrides["/v1/models/"] = redirect
    with GatewayClient(emulator.base_url, token) as client:
        resp = client._request("GET", "/v1/models/", auth=True)
    assert resp.status == 200
    assert emulator.requests_to("/v1/models")[-1].headers["authorization"] == f"Bearer {token}"


def test_redirect_loop_ends(emulator: GatewayEmulator, token: str) -> None:
    def loop(req: object) -> None:
        req.send_bytes(302, b"", headers={"Location": "/v1/models"})  # type: ignore[attr-defined]

    emulator.overrides["/v1/models"] = loop
    with pytest.raises(RedirectRefused):
        probe(emulator.base_url, token)


@pytest.mark.parametrize(
    ("state", "error", "said"),
    [
        ("disabled", AuthRejected, "该令牌状态不可用"),
        ("expired", AuthRejected, "该令牌已过期"),
        ("exhausted", AuthRejected, "该令牌额度已用尽"),
        ("subnet", Forbidden, "该令牌只能在指定网段使用"),
        ("banned", Forbidden, "用户已被封禁"),
    ],
)
def test_token_states(emulator: GatewayEmulator, state: str, error: type, said: str) -> None:
    token = emulator.add_token(make_key(state), state=state)
    with pytest.raises(error) as info:
        probe(emulator.base_url, token)
    assert said in info.value.server_message
    assert "request id" not in info.value.server_message


def test_unknown_and_missing_token(emulator: GatewayEmulator) -> None:
    with pytest.raises(AuthRejected) as info:
        probe(emulator.base_url, "sk-" + make_key("unknown"))
    assert info.value.server_message == "无效的令牌"
    with pytest.raises(InvalidToken):
        probe(emulator.base_url, "   ")


def test_token_variants_accepted(emulator: GatewayEmulator) -> None:
    key = make_key("variants")
    emulator.add_token(key)
    assert probe(emulator.base_url, f"Bearer sk-{key}").models.ids
    assert probe(emulator.base_url, key).models.ids  # without sk-, as the gateway allows


def test_later_newapi_folds_states(make_emulator: Make) -> None:
    emu = make_emulator(flavour="newapi-later")
    token = emu.add_token(make_key("e"), state="expired")
    with pytest.raises(AuthRejected) as info:
        probe(emu.base_url, token)
    assert info.value.server_message == "无效的令牌"


def test_channel_pinning_needs_admin(emulator: GatewayEmulator) -> None:
    key = make_key("pin")
    emulator.add_token(key)
    with pytest.raises(Forbidden):
        probe(emulator.base_url, f"sk-{key}-3")


def test_whitelist_lists_exactly_those(emulator: GatewayEmulator) -> None:
    token = emulator.add_token(make_key("w"), models=["gpt-4o", "qwen-max"])
    assert probe(emulator.base_url, token).models.ids == ["gpt-4o", "qwen-max"]


def test_sub_path_gateway(make_emulator: Make) -> None:
    emu = make_emulator(prefix="/oneapi")
    token = emu.add_token(make_key("p"))
    pasted = f"http://127.0.0.1:{emu.port}/oneapi/v1/chat/completions"
    result = probe(pasted, token)
    assert result.base_url == f"http://127.0.0.1:{emu.port}/oneapi"
    assert result.gateway.kind == "oneapi"


def test_wrong_prefix_suggests_root(emulator: GatewayEmulator, token: str) -> None:
    with pytest.raises(NotFound) as info:
        probe(f"http://127.0.0.1:{emulator.port}/api/v1", token)
    assert info.value.suggested_base == emulator.base_url


def test_console_page_is_not_the_api(emulator: GatewayEmulator, token: str) -> None:
    emulator.overrides["/v1/models"] = lambda req: req.send_bytes(  # type: ignore[attr-defined]
        200, b"<!doctype html><html><title>One API</title></html>", "text/html"
    )
    with pytest.raises(NotAnOpenAIApi) as info:
        probe(emulator.base_url, token)
    assert info.value.kind is NotAnOpenAIKind.HTML_PAGE


def test_prefixed_console_page_suggests_root(make_emulator: Make) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("c"))
    emu.overrides["/panel/v1/models"] = lambda req: req.send_bytes(  # type: ignore[attr-defined]
        200, b"<html><body>console</body></html>", "text/html"
    )
    with pytest.raises(NotFound) as info:
        probe(f"http://127.0.0.1:{emu.port}/x/v1", token)
    assert info.value.suggested_base == emu.base_url


def test_json_without_model_list(emulator: GatewayEmulator, token: str) -> None:
    emulator.overrides["/v1/models"] = lambda req: req.send_json(200, {"hello": "world"})  # type: ignore[attr-defined]
    with pytest.raises(NotAnOpenAIApi) as info:
        probe(emulator.base_url, token)
    assert info.value.kind is NotAnOpenAIKind.NO_MODEL_LIST


def test_empty_model_list_is_a_note(make_emulator: Make) -> None:
    emu = make_emulator(models=[])
    token = emu.add_token(make_key("empty"))
    result = probe(emu.base_url, token)
    assert result.models.ids == []
    assert ProbeNoteKind.EMPTY_MODEL_LIST in [n.kind for n in result.notes]


def test_plain_openai_server_without_status(emulator: GatewayEmulator, token: str) -> None:
    emulator.overrides["/api/status"] = lambda req: req.send_json(404, {"detail": "Not Found"})  # type: ignore[attr-defined]
    result = probe(emulator.base_url, token)
    assert result.gateway.kind == "openai-compatible"
    assert ProbeNoteKind.NOT_A_KNOWN_GATEWAY in [n.kind for n in result.notes]


def test_chat_check(emulator: GatewayEmulator, token: str) -> None:
    emulator.unavailable_models.add("qwen-max")
    with GatewayClient(emulator.base_url, token) as client:
        check = client.chat_check("gpt-4o")
        assert check.reply == "Hi" and check.latency_ms > 0
        with pytest.raises(ServerError) as info:
            client.chat_check("qwen-max")
        assert "无可用渠道" in info.value.server_message
    limited = emulator.add_token(make_key("lim"), models=["gpt-4o"])
    with GatewayClient(emulator.base_url, limited) as client, pytest.raises(Forbidden) as info2:
        client.chat_check("deepseek-chat")
    assert "无权使用模型" in info2.value.server_message
    body = emulator.requests_to("/v1/chat/completions")[0].body
    assert b'"max_tokens": 1' in body or b'"max_tokens":1' in body


def test_status_codes(emulator: GatewayEmulator, token: str) -> None:
    def answer(status: int, headers: dict[str, str] | None = None) -> None:
        emulator.overrides["/v1/models"] = lambda req: req.send_json(  # type: ignore[attr-defined]
            status, {"error": {"message": f"status {status}", "type": "x"}}, headers=headers
        )

    expected = {
        400: AuthRejected,
        429: RateLimited,
        500: ServerError,
        502: ServerError,
        503: ServerError,
        405: BadRequest,
    }
    for status, error in expected.items():
        answer(status, {"Retry-After": "7"} if status == 429 else None)
        with pytest.raises(error) as info:
            probe(emulator.base_url, token)
        assert info.value.server_message == f"status {status}"
        if status == 429:
            assert info.value.retry_after == 7.0  # type: ignore[attr-defined]


def test_refused_and_timeouts(emulator: GatewayEmulator, token: str) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free_port = s.getsockname()[1]
    with pytest.raises(Unreachable) as info:
        probe(f"http://127.0.0.1:{free_port}", token)
    assert info.value.kind is UnreachableKind.REFUSED

    emulator.delay = 1.0
    with pytest.raises(Unreachable) as info:
        probe(emulator.base_url, token, options=ClientOptions(read_timeout=0.2))
    assert info.value.kind is UnreachableKind.TIMEOUT


def test_dns_failure() -> None:
    with pytest.raises(Unreachable) as info:
        probe("http://no-such-host.invalid", "sk-" + make_key("dns"))
    assert info.value.kind is UnreachableKind.DNS


def test_body_size_cap(emulator: GatewayEmulator, token: str) -> None:
    big = b'{"data": [' + b'{"id": "m"},' * 200_000 + b'{"id": "z"}]}'
    emulator.overrides["/v1/models"] = lambda req: req.send_bytes(200, big)  # type: ignore[attr-defined]
    with pytest.raises(ResponseTooLarge):
        probe(emulator.base_url, token, options=ClientOptions(max_body_bytes=1024 * 1024))


def test_cancel_before_start(emulator: GatewayEmulator, token: str) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        probe(emulator.base_url, token, cancel=cancel)
    assert emulator.requests == []


def test_invalid_input_before_any_network() -> None:
    with pytest.raises(InvalidUrl):
        probe("ftp://x", "sk-abc")


def test_server_echoing_the_token_is_redacted(emulator: GatewayEmulator) -> None:
    key = make_key("echo")
    token = "sk-" + key
    emulator.overrides["/v1/models"] = lambda req: req.send_json(  # type: ignore[attr-defined]
        401, {"error": {"message": f"bad key {token}", "type": "x"}}
    )
    with pytest.raises(AuthRejected) as info:
        probe(emulator.base_url, token)
    assert key not in str(info.value) and key not in info.value.server_message


def test_a_large_list_from_the_wire_is_decoded_in_pieces(
    make_emulator: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's own path (probe -> list_models), not only the parser, avoids one long
    json.loads that would hold the GIL while the UI thread waits."""
    from provider_wizard import modellist

    chunked: list[int] = []
    real = modellist._decode_in_chunks
    monkeypatch.setattr(
        modellist, "_decode_in_chunks", lambda body: chunked.append(1) or real(body, 16 * 1024)
    )
    monkeypatch.setattr(modellist, "_decode_in_steps", lambda text: pytest.fail("fallback used"))
    monkeypatch.setattr(modellist, "CHUNK_BYTES", 16 * 1024)
    emu = make_emulator(models=[f"model-{i}" for i in range(3000)])
    token = emu.add_token(make_key("large"))
    assert len(probe(emu.base_url, token).models.ids) == 3000
    assert chunked == [1]


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        (b"Client sent an HTTP request to an HTTPS server.\n", "text/plain; charset=utf-8"),
        (
            b"<html><head><title>400 The plain HTTP request was sent to HTTPS port</title>"
            b"</head><body><center><h1>400 Bad Request</h1></center>"
            b"<center>The plain HTTP request was sent to HTTPS port</center></body></html>",
            "text/html",
        ),
    ],
    ids=["go", "nginx"],
)
def test_plain_http_to_a_tls_port_names_https(
    body: bytes, ctype: str, emulator: GatewayEmulator, token: str
) -> None:
    emulator.overrides["/v1/models"] = lambda req: req.send_bytes(400, body, ctype)
    with pytest.raises(WrongScheme) as info:
        probe(emulator.base_url, token)
    assert info.value.suggested_base == f"https://127.0.0.1:{emulator.port}"
    assert info.value.suggested_base in str(info.value)


def test_the_system_trust_store_is_used_without_a_ca_file(
    tls_emulator: GatewayEmulator, ca_file: str
) -> None:
    """SSL_CERT_FILE names OpenSSL's CA file: a gateway it trusts needs no CA file of ours.
    In a process of its own, as the app starts: the trust store is loaded once per process."""
    import subprocess
    import sys

    token = tls_emulator.add_token(make_key("system"))
    script = (
        "import sys\n"
        "from provider_wizard.probe import probe\n"
        "print(len(probe(sys.argv[1], sys.stdin.read()).models.ids))\n"
    )
    env = {**os.environ, "SSL_CERT_FILE": ca_file}
    done = subprocess.run(
        [sys.executable, "-c", script, tls_emulator.base_url],
        input=token,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == str(len(tls_emulator.models))


def test_a_ca_file_fixed_in_place_is_read_again(
    tls_emulator: GatewayEmulator, test_ca: Any, tmp_path: Path
) -> None:
    """The user points at the wrong certificate, then replaces the file's content: the next
    check reads it again (the context is kept only while the file stays the same)."""
    import trustme

    token = tls_emulator.add_token(make_key("fixed"))
    path = tmp_path / "gateway-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))  # another CA: the gateway is not trusted
    options = ClientOptions(ca_file=str(path))
    with pytest.raises(TlsError) as info:
        probe(tls_emulator.base_url, token, options=options)
    assert info.value.kind is TlsKind.UNTRUSTED_CERTIFICATE
    test_ca.cert_pem.write_to_path(str(path))
    os.utime(path, ns=(1, 1))  # a new stamp even on a file system with coarse times
    result = probe(tls_emulator.base_url, token, options=options)
    assert result.models.ids == tls_emulator.models
