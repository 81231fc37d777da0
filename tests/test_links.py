"""Client links: what our export writes, each client's own handler reads (decoded here the way
its source does), and our import reads back; import then checks like add.

The client decoders below restate each handler's steps (named in links.py) in Python:
URLSearchParams and Rust's ``query_pairs`` are form-urlencoded readers (``+`` is a space),
which is ``urllib.parse.parse_qs`` here.
"""

from __future__ import annotations

import base64
import contextlib
import json
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider_wizard.errors import InvalidInput
from provider_wizard.links import LINK_TARGETS, build, looks_like_link, parse
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store

from conftest import keychain_token
from gateway_emulator import GatewayEmulator, make_key

ROOT = "https://gw.example.com"
# A token whose base64 forms hold "+" and "/" (the characters links get wrong).
TOKEN = "sk-" + "A" * 20 + "~~~>>>???" + "b" * 19


def _query(link: str) -> dict[str, str]:
    return {k: v[0] for k, v in urllib.parse.parse_qs(urllib.parse.urlsplit(link).query).items()}


def cherry_studio_reads(link: str) -> dict[str, Any]:
    """handle-providers.ts: swap + and / in the raw query, URLSearchParams, swap back, base64,
    then ' to " and no parentheses, JSON."""
    search = urllib.parse.urlsplit(link).query.replace("+", "_").replace("/", "-")
    data = urllib.parse.parse_qs(search)["data"][0].replace("_", "+").replace("-", "/")
    text = base64.b64decode(data + "=" * (-len(data) % 4)).decode()
    doc: dict[str, Any] = json.loads(text.replace("'", '"').replace("(", "").replace(")", ""))
    assert doc["id"] and doc["apiKey"] and doc["baseUrl"]  # what its settings page requires
    return doc


def deepchat_reads(link: str) -> dict[str, Any]:
    """searchParams.get('data'), strict padded base64, JSON; a custom provider: name + type."""
    data = _query(link)["data"]
    doc: dict[str, Any] = json.loads(base64.b64decode(data, validate=True))
    assert "id" not in doc and doc["type"] == "openai-completions" and doc["name"]
    return doc


def cc_switch_reads(link: str) -> dict[str, str]:
    """parser.rs: host v1, path /import, query_pairs; endpoint and homepage must be URLs."""
    url = urllib.parse.urlsplit(link)
    assert (url.scheme, url.netloc, url.path) == ("ccswitch", "v1", "/import")
    params = _query(link)
    assert params["resource"] == "provider" and params["app"] in ("claude", "codex")
    assert params["endpoint"].startswith(("http://", "https://"))
    return params


def base64_payload(link: str, key: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(base64.b64decode(_query(link)[key], validate=True))
    return doc


def aionui_reads(link: str) -> dict[str, Any]:
    """deepLink.ts: host + path is the action, searchParams, data base64-decoded (Buffer) and
    its JSON merged into the parameters."""
    url = urllib.parse.urlsplit(link)
    assert f"{url.netloc}{url.path}" == "provider/add"
    params = _query(link)
    params.update(json.loads(base64.b64decode(params.pop("data"))))
    return params


def lobechat_reads(link: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(_query(link)["settings"])["keyVaults"]["openai"]
    return doc


def _all(name: str = "Lab (home)", models: tuple[str, ...] = ("gpt-4o",)) -> dict[str, str]:
    return {
        t: build(
            t,
            name=name,
            root=ROOT,
            token=TOKEN,
            models=models,
            model=models[0] if models else None,
            lobechat_url="https://chat.example.org/",
        )
        for t in LINK_TARGETS
    }


def test_each_client_reads_our_link_as_its_handler_does() -> None:
    links = _all()
    cherry = cherry_studio_reads(links["cherry-studio"])
    assert (cherry["baseUrl"], cherry["apiKey"], cherry["type"]) == (ROOT, TOKEN, "openai")
    assert cherry["name"] == "Lab home"  # its handler would drop the parentheses anyway
    deepchat = deepchat_reads(links["deepchat"])
    assert (deepchat["baseUrl"], deepchat["apiKey"]) == (ROOT + "/v1", TOKEN)
    claude = cc_switch_reads(links["cc-switch-claude"])
    codex = cc_switch_reads(links["cc-switch-codex"])
    assert (claude["endpoint"], codex["endpoint"]) == (ROOT, ROOT + "/v1")
    assert claude["apiKey"] == TOKEN and claude["model"] == "gpt-4o"
    assert claude["name"] == "Lab (home)"  # a query parameter keeps every character
    aion = aionui_reads(links["aionui"])
    assert (aion["baseUrl"], aion["apiKey"]) == (ROOT, TOKEN)
    chatbox = base64_payload(links["chatbox"], "config")
    settings = chatbox["settings"]
    assert chatbox["type"] == "openai" and chatbox["id"] and chatbox["name"]
    assert settings["apiHost"] + settings["apiPath"] == ROOT + "/v1/chat/completions"
    assert settings["apiKey"] == TOKEN and settings["models"][0]["modelId"] == "gpt-4o"
    lobe = lobechat_reads(links["lobechat"])
    assert links["lobechat"].startswith("https://chat.example.org/?settings=")
    assert (lobe["baseURL"], lobe["apiKey"]) == (ROOT + "/v1", TOKEN)
    ours = base64_payload(links["provider-wizard"], "data")
    assert (ours["baseUrl"], ours["apiKey"], ours["models"]) == (ROOT, TOKEN, ["gpt-4o"])


def test_our_import_reads_every_link_our_export_writes() -> None:
    for target, link in _all().items():
        assert looks_like_link(link), target
        got = parse(link)
        assert got.token == TOKEN, target
        assert got.address.rstrip("/") in (ROOT, ROOT + "/v1"), target


def test_links_as_the_gateways_build_them_are_read() -> None:
    # NewAPI's token page: {cherryConfig} = encodeURIComponent(btoa(JSON {id, baseUrl, apiKey}))
    payload = json.dumps({"id": "new-api", "baseUrl": ROOT, "apiKey": TOKEN})
    data = urllib.parse.quote(base64.b64encode(payload.encode()).decode(), safe="")
    for template in (
        "cherrystudio://providers/api-keys?v=1&data={}",
        "provider-wizard://providers/api-keys?v=1&data={}",  # an admin's chat link to us
        "deepchat://provider/install?v=1&data={}",
    ):
        got = parse(template.format(data))
        assert (got.address, got.token) == (ROOT, TOKEN)
    # Cherry Studio's own swapped alphabet, unpadded, as other tools write it.
    raw = base64.b64encode(payload.encode()).decode().rstrip("=")
    swapped = raw.replace("+", "_").replace("/", "-")
    assert parse(f"cherrystudio://providers/api-keys?v=1&data={swapped}").token == TOKEN


@pytest.mark.parametrize(
    "block",
    [
        f"export OPENAI_BASE_URL={ROOT}/v1\nexport OPENAI_API_KEY={TOKEN}\n",
        f'OPENAI_API_BASE="{ROOT}/v1"\r\nOPENAI_API_KEY="{TOKEN}"',
        f"set -gx OPENAI_BASE_URL '{ROOT}/v1'; set -gx OPENAI_API_KEY '{TOKEN}';",
        f'$env:OPENAI_BASE_URL = "{ROOT}/v1"\n$env:OPENAI_API_KEY = "{TOKEN}"',
        f"OPENAI_BASE_URL={ROOT}/v1 OPENAI_API_KEY={TOKEN}",
    ],
)
def test_pasted_openai_blocks(block: str) -> None:
    got = parse(block)
    assert (got.address, got.token, got.source) == (ROOT + "/v1", TOKEN, "env")


@pytest.mark.parametrize(
    "text",
    [
        "cherrystudio://providers/api-keys?v=1&data=%%%",
        "cherrystudio://providers/api-keys?v=1",
        "deepchat://provider/install?v=1&data=" + base64.b64encode(b"[1,2]").decode(),
        "ccswitch://v1/import?resource=prompt&name=x",
        "https://chat.example.org/?settings=not-json",
        "OPENAI_BASE_URL=https://x.example\nOPENAI_API_KEY=$OPENAI_API_KEY",
        "mailto:someone@example.com",
        "cherrystudio://providers/api-keys?data=" + "A" * 70_000,
    ],
)
def test_what_is_not_a_provider_link_says_so(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse(text)


@given(st.text(max_size=300))
def test_parse_never_crashes(text: str) -> None:
    with contextlib.suppress(InvalidInput):
        parse(text)


def _emulated(emulator: GatewayEmulator) -> tuple[str, str]:
    return emulator.base_url, emulator.add_token(make_key("imported"))


@pytest.mark.parametrize("target", [t for t in LINK_TARGETS if t != "lobechat"] + ["lobechat"])
def test_import_checks_like_add_and_saves_what_passed(
    target: str, cli: Any, emulator: GatewayEmulator, secrets: MemorySecretStore, config_home: Path
) -> None:
    root, token = _emulated(emulator)
    link = build(
        target,
        name="Imported",
        root=root,
        token=token,
        models=("gpt-4o-mini",),
        model="gpt-4o-mini",
        lobechat_url="https://chat.example.org",
    )
    r = cli("import", "-", "--name", "Imported", "--json", stdin=link)
    assert r.code == 0, r.err
    assert token not in r.out + r.err
    (provider,) = Store(config_home / "providers.json").load().providers
    assert provider.base_url == root and keychain_token(secrets, provider) == token
    assert provider.gateway == "oneapi"  # the probe ran: it asked the gateway what it is


def test_import_refuses_a_token_the_gateway_refuses(
    cli: Any, emulator: GatewayEmulator, config_home: Path
) -> None:
    link = build("cherry-studio", name="X", root=emulator.base_url, token="sk-" + "z" * 48)
    r = cli("import", link)
    assert r.code == 3 and "sk-" + "z" * 48 not in r.out + r.err
    assert not (config_home / "providers.json").exists() or (
        Store(config_home / "providers.json").load().providers == []
    )


def test_export_links_hold_no_token_unless_asked(
    cli: Any, emulator: GatewayEmulator, config_home: Path
) -> None:
    root, token = _emulated(emulator)
    assert cli("add", "Lab", root, "--token-stdin", stdin=token).code == 0
    for target in LINK_TARGETS:
        extra = ["--lobechat-url", "https://chat.example.org"] if target == "lobechat" else []
        r = cli("export", "Lab", "--to", target, *extra)
        assert r.code == 0, (target, r.err)
        assert token not in r.out + r.err and token[3:] not in r.out
        assert parse(r.out.strip()).token == "<token>"
        r = cli("export", "Lab", "--to", target, "--with-token", *extra)
        assert parse(r.out.strip()).token == token
    # The LobeChat address is remembered once given.
    r = cli("export", "Lab", "--to", "lobechat")
    assert r.code == 0 and r.out.startswith("https://chat.example.org/?settings=")


def test_export_open_hands_the_link_to_the_desktop_and_prints_no_token(
    cli: Any, emulator: GatewayEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, token = _emulated(emulator)
    assert cli("add", "Lab", root, "--token-stdin", stdin=token).code == 0
    # A stand-in xdg-open on PATH that keeps what the desktop was handed.
    seen = tmp_path / "opened"
    opener = tmp_path / "bin" / "xdg-open"
    opener.parent.mkdir()
    opener.write_text(f'#!/bin/sh\nprintf %s "$1" > {seen}\n')
    opener.chmod(0o755)
    monkeypatch.setenv("PATH", f"{opener.parent}:/usr/bin:/bin")
    r = cli("export", "Lab", "--to", "cherry-studio", "--open")
    assert r.code == 0, r.err
    assert token not in r.out + r.err and "Opened" in r.err
    assert cherry_studio_reads(seen.read_text())["apiKey"] == token
    r = cli("export", "Lab", "--to", "env", "--open")
    assert r.code == 2 and "not one" in r.err
