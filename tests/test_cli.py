"""The command line: the exact surface of the issue, exit codes, and no token in any output.

Most tests call ``main()`` in-process with an in-memory keychain; the ones that are about the
real process (stdin, exit codes, the OS keychain or its absence) run the installed command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from provider_wizard.schemas import keychain_account
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store

from conftest import Run, keychain_token, nothing_saved
from gateway_emulator import GatewayEmulator, make_key

ROOT = Path(__file__).resolve().parent.parent


def test_normalize_url(cli: Any) -> None:
    r = cli("normalize-url", "ｈｔｔｐ：／／1.2.3.4：3000/token", "--json")
    assert r.code == 0
    assert r.json()["base_url"] == "http://1.2.3.4:3000"
    assert any("/token" in c for c in r.json()["changes"])
    r = cli("normalize-url", "https://h.example.com/v1/chat/completions")
    assert r.code == 0 and r.out.strip() == "https://h.example.com"
    assert "the app adds it itself" in r.err
    r = cli("normalize-url", "ftp://x")
    assert r.code == 2 and r.err.startswith("error: ") and "hint: " in r.err


def test_probe(cli: Any, emulator: GatewayEmulator, token: str) -> None:
    r = cli(
        "probe", f"127.0.0.1:{emulator.port}/token", "--token-stdin", "--json", stdin=token + "\n"
    )
    assert r.code == 0, r.err
    doc = r.json()
    assert doc["base_url"] == emulator.base_url
    assert doc["gateway"] == "oneapi"
    assert doc["models"] == emulator.models
    assert any("http://" in n for n in doc["notes"])
    r = cli("probe", emulator.base_url, "--token-stdin", stdin=token)
    assert r.code == 0 and "OneAPI" in r.out and "gpt-4o-mini" in r.out


def test_token_is_required_on_stdin(cli: Any, emulator: GatewayEmulator) -> None:
    with pytest.raises(SystemExit) as info:
        cli("probe", emulator.base_url)
    assert info.value.code == 2
    r = cli("probe", emulator.base_url, "--token-stdin", stdin="\n")
    assert r.code == 2 and "empty" in r.err


def test_add_list_models_enable_disable_remove(
    cli: Any, emulator: GatewayEmulator, token: str, secrets: MemorySecretStore, config_home: Path
) -> None:
    r = cli(
        "add",
        "Home",
        f"127.0.0.1:{emulator.port}/v1/chat/completions",
        "--token-stdin",
        "--json",
        stdin=token,
    )
    assert r.code == 0, r.err
    added = r.json()
    assert added["base_url"] == emulator.base_url and added["type"] == "openai"
    assert all(m["enabled"] for m in added["models"])
    home_entry = Store(config_home / "providers.json").load().providers[0]
    assert keychain_token(secrets, home_entry) == token

    listed = cli("list", "--json").json()
    assert listed == [added]
    assert set(listed[0]) == {"id", "name", "type", "base_url", "enabled", "tokens", "models"}

    r = cli("models", "Home", "--disable", "gpt-4o", "--enable", "my-extra", "--json")
    assert r.code == 0
    models = {m["id"]: m["enabled"] for m in r.json()["models"]}
    assert models["gpt-4o"] is False and models["my-extra"] is True

    assert cli("disable", "home").code == 0
    assert cli("list", "--json").json()[0]["enabled"] is False
    assert cli("enable", "Home").code == 0
    assert cli("list", "--json").json()[0]["enabled"] is True

    # Refresh: the server drops a model and adds one; choices and the hand-added id stay.
    emulator.models.remove("qwen-max")
    emulator.models.append("o3-mini")
    r = cli("models", "Home", "--refresh", "--json")
    assert r.code == 0, r.err
    doc = r.json()
    assert doc["added"] == ["o3-mini"] and doc["removed"] == ["qwen-max"]
    models = {m["id"]: m["enabled"] for m in doc["models"]}
    assert models["gpt-4o"] is False and models["my-extra"] is True and models["o3-mini"] is False

    emulator.chat_delay = 0.05  # the latency said is the time the answer took, not any number
    r = cli("check", "Home", "--model", "gpt-4o-mini", "--json")
    assert r.code == 0 and r.json()["ok"] is True and r.json()["latency_ms"] >= 50

    assert cli("add", "HOME", emulator.base_url, "--token-stdin", stdin=token).code == 2
    assert cli("remove", "Home").code == 0
    assert keychain_token(secrets, home_entry) is None
    assert cli("list", "--json").json() == []
    assert cli("remove", "Home").code == 2


def test_add_with_chosen_models(cli: Any, emulator: GatewayEmulator, token: str) -> None:
    r = cli(
        "add",
        "Pick",
        emulator.base_url,
        "--token-stdin",
        "--model",
        "gpt-4o",
        "--model",
        "not-listed",
        "--json",
        stdin=token,
    )
    assert r.code == 0, r.err
    on = [m["id"] for m in r.json()["models"] if m["enabled"]]
    assert on == ["gpt-4o", "not-listed"]
    assert "not-listed is not in the server's list" in r.err


def test_add_no_fetch(cli: Any, emulator: GatewayEmulator) -> None:
    r = cli(
        "add",
        "Offline",
        "https://gw.example.com/v1",
        "--token-stdin",
        "--no-fetch",
        "--model",
        "m1",
        "--json",
        stdin="sk-" + make_key("off"),
    )
    assert r.code == 0, r.err
    assert r.json()["base_url"] == "https://gw.example.com"
    assert r.json()["models"] == [{"id": "m1", "enabled": True}]
    assert emulator.requests == []


def test_gateway_failures_exit_3(cli: Any, emulator: GatewayEmulator, config_home: Path) -> None:
    bad = emulator.add_token(make_key("exp"), state="expired")
    r = cli("add", "X", emulator.base_url, "--token-stdin", "--json", stdin=bad)
    assert r.code == 3
    assert "该令牌已过期" in r.err and "hint:" in r.err
    assert r.json()["error"]["type"] == "AuthRejected"
    assert nothing_saved(config_home)
    r = cli("probe", f"https://127.0.0.1:{emulator.port}", "--token-stdin", stdin=bad)
    assert r.code == 3 and f"http://127.0.0.1:{emulator.port}" in r.err


def test_check_failures(cli: Any, emulator: GatewayEmulator, token: str) -> None:
    assert cli("add", "H", emulator.base_url, "--token-stdin", stdin=token).code == 0
    emulator.unavailable_models.add("gpt-4o")
    r = cli("check", "H", "--model", "gpt-4o")
    assert r.code == 3 and "无可用渠道" in r.err
    cli("models", "H", *[a for m in emulator.models for a in ("--disable", m)])
    r = cli("check", "H")
    assert r.code == 2 and "no model switched on" in r.err


def test_version_and_help(cli: Any, capsys: pytest.CaptureFixture[str]) -> None:
    for flag in ("--version", "--help"):
        with pytest.raises(SystemExit) as info:
            cli(flag)
        assert info.value.code == 0
    assert "normalize-url" in capsys.readouterr().out


# --- the real command, in its own process ----------------------------------------------------


def _command(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> Run:
    proc = subprocess.run(
        [sys.executable, "-m", "provider_wizard", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def test_no_keychain_exit_4_and_nothing_written(config_home: Path) -> None:
    token = "sk-" + make_key("nokeychain")
    r = _command(
        "add",
        "X",
        "https://gw.example.com",
        "--token-stdin",
        "--no-fetch",
        stdin=token,
        env={"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"},
    )
    assert r.code == 4, r.err
    assert "keychain" in r.err.lower() and "hint:" in r.err
    assert token not in r.out + r.err
    assert nothing_saved(config_home)


@pytest.mark.keychain
def test_real_keychain_add_and_remove(
    secret_service: None, emulator: GatewayEmulator, token: str, config_home: Path
) -> None:
    r = _command("add", "Real", emulator.base_url, "--token-stdin", "--json", stdin=token + "\n")
    assert r.code == 0, r.err
    entry = r.json()
    assert [t["label"] for t in entry["tokens"]] == ["default"]
    import keyring

    keyring.core._keyring_backend = None  # pick the test session's Secret Service
    # One entry under "<provider id>/<token id>", the token id being in the store only.
    account = keychain_account(
        entry["id"], Store(config_home / "providers.json").load().providers[0].tokens[0]
    )
    assert account.startswith(entry["id"] + "/")
    assert keyring.get_password("provider-wizard", account) == token
    r = _command("check", "Real", "--json")
    assert r.code == 0, r.err
    r = _command("remove", "Real")
    assert r.code == 0, r.err
    assert keyring.get_password("provider-wizard", account) is None
    for path in config_home.rglob("*"):
        if path.is_file():
            assert token[3:].encode() not in path.read_bytes()


@pytest.mark.keychain
def test_locked_keychain_exit_4_and_nothing_written(secret_service: None, tmp_path: Path) -> None:
    """A keyring of its own, locked before the add (its unlock prompt cannot show: dismissed)."""
    home = tmp_path / "locked-home"
    token = "sk-" + make_key("locked")
    script = (
        "import secretstorage, subprocess, sys\n"
        "c = secretstorage.get_default_collection(secretstorage.dbus_init())\n"
        "c.lock()\n"
        "assert c.is_locked()\n"
        "p = subprocess.run([sys.executable, '-m', 'provider_wizard', 'add', 'L',\n"
        "    'https://gw.example.com', '--token-stdin', '--no-fetch'],\n"
        f"    input={token!r}, capture_output=True, text=True)\n"
        "sys.stderr.write(p.stderr)\n"
        "sys.exit(p.returncode)\n"
    )
    proc = subprocess.run(
        [
            "dbus-run-session",
            "--",
            str(ROOT / "scripts" / "with-keyring"),
            sys.executable,
            "-c",
            script,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PROVIDER_WIZARD_HOME": str(home)},
        timeout=60,
    )
    assert proc.returncode == 4, proc.stderr
    assert "locked" in proc.stderr.lower()
    assert token not in proc.stderr
    assert nothing_saved(home)


def test_set_token_checks_the_new_token_first(
    cli: Any, emulator: GatewayEmulator, store: Any
) -> None:
    good = emulator.add_token(make_key("first"))
    assert cli("add", "Home", emulator.base_url, "--token-stdin", stdin=good).code == 0
    expired = emulator.add_token(make_key("expired-new"), state="expired")
    r = cli("set-token", "Home", "--token-stdin", stdin=expired)
    assert r.code == 3 and "该令牌已过期" in r.err and "hint:" in r.err
    fresh = emulator.add_token(make_key("fresh"))
    r = cli("set-token", "Home", "--token-stdin", stdin=fresh)
    assert r.code == 0, r.err
    assert cli("check", "Home").code == 0


def test_status_json_and_the_list_column(cli: Any, make_emulator: Any) -> None:
    import datetime as dt

    from gateway_emulator import TokenSpec

    emu = make_emulator(flavour="newapi-later")
    key = make_key("status")
    soon = int((dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).timestamp())
    emu.tokens[key] = TokenSpec(remain_quota=250_000, used_quota=4_750_000, expires_at=soon)
    emu.top_up_link = "https://pay.example.com"
    assert cli("add", "Lab", emu.base_url, "--token-stdin", stdin="sk-" + key).code == 0
    r = cli("status", "Lab", "--json")
    assert r.code == 0, r.err
    doc = r.json()
    assert set(doc) == {"provider", "gateway", "tokens"}
    assert doc["gateway"]["kind"] == "newapi" and doc["gateway"]["top_up_link"].startswith("https")
    token = doc["tokens"][0]
    assert set(token) == {
        "label", "granted", "used", "available", "unlimited", "unit", "expires_at", "models",
        "checked_at",
    }  # fmt: skip
    assert (token["granted"], token["used"], token["available"]) == (10.0, 9.5, 0.5)
    assert token["unit"] == "USD" and token["expires_at"].endswith("Z")
    listed = cli("list")
    assert "$0.50 left" in listed.out and "low: 5% left" in listed.out
    assert "expires" in listed.out


@pytest.mark.litellm
def test_status_exits_3_where_the_gateway_cannot_say(cli: Any, litellm: str) -> None:
    from conftest import LITELLM_MASTER_KEY

    assert cli("add", "L", litellm, "--token-stdin", stdin=LITELLM_MASTER_KEY).code == 0
    r = cli("status", "L", "--json")
    assert r.code == 3 and r.json()["tokens"][0]["available"] is None
    assert "does not report" in r.err


def test_list_json_reads_a_settled_store_without_validating_and_prints_the_same(
    cli: Any, make_emulator: Any, config_home: Path
) -> None:
    """list --json takes the quick read (store.peek) of a current store; a store the quick
    read refuses (old schema, a pending record) takes load(); both print the same."""
    from provider_wizard import cli as cli_module

    emu = make_emulator(flavour="newapi-later")
    token = emu.add_token(make_key("peek"))
    assert cli("add", "Peek", emu.base_url, "--token-stdin", stdin=token).code == 0
    assert cli("status", "Peek").code == 0  # cached figures, with their times
    store = Store(config_home / "providers.json")
    assert store.peek() is not None
    quick = cli("list", "--json").json()
    full = [cli_module._provider_json(p) for p in store.load().providers]
    assert quick == full and quick[0]["status"]["tokens"][0]["checked_at"].endswith("Z")
    raw = json.loads(store.path.read_text())
    raw["pending"] = [{"id": "f" * 32, "action": "add", "accounts": []}]
    store.path.write_text(json.dumps(raw))
    assert store.peek() is None
    raw["pending"] = []
    raw["schema_version"] = 1
    store.path.write_text(json.dumps(raw))
    assert store.peek() is None and cli("list", "--json").json() == quick


def test_the_quick_parser_knows_every_command_and_parses_as_the_full_one() -> None:
    import argparse

    from provider_wizard import cli as cli_module

    full = cli_module.build_parser()
    (action,) = (a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    assert set(action.choices) == cli_module._COMMANDS
    for argv in (
        ["list", "--json"],
        ["normalize-url", "http://x"],
        ["-v", "export", "Home", "--to", "env", "--token", "team"],
        ["token", "rename", "Home", "a", "b"],
        ["status", "Home", "--warn-below", "20", "--json"],
    ):
        quick = cli_module.build_parser(only=cli_module._command_of(argv))
        assert vars(quick.parse_args(argv)) == vars(full.parse_args(argv)), argv


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["list", "--json"],
        ["normalize-url", "gw.example.com/v1/chat/completions"],
        ["normalize-url", "--json", "http://10.0.0.5:3000/"],
        ["normalize-url", "https://x.example/v1", "--json"],
    ],
)
def test_the_quick_reading_of_list_and_normalize_is_the_parsers(argv: list[str]) -> None:
    from provider_wizard import cli as cli_module

    quick = cli_module._quick_args(argv)
    assert quick is not None
    parsed = cli_module.build_parser().parse_args(argv)
    assert vars(quick) == vars(parsed)


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "-h"],
        ["-v", "list"],
        ["list", "--json", "--json"],
        ["list", "extra"],
        ["normalize-url"],
        ["normalize-url", "-x", "url"],
        ["normalize-url", "a", "b"],
        ["probe", "url"],
        [],
    ],
)
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    from provider_wizard import cli as cli_module

    assert cli_module._quick_args(argv) is None


def test_the_quick_commands_do_not_import_argparse() -> None:
    import subprocess
    import sys

    code = (
        "import sys, io, contextlib\n"
        "from provider_wizard.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['normalize-url', 'gw.example.com/v1'])\n"
        "    main(['list', '--json'])\n"
        "print(sorted(m for m in ('argparse', 'json') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['json']"  # list --json prints JSON; nothing parsed argv
