"""The hub's formats, each used for real: sourced by bash, read by the SDK, run by LiteLLM."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from provider_wizard.cli import main
from provider_wizard.export import TARGETS, render
from provider_wizard.modellist import RemoteModel
from provider_wizard.providers import add_provider, entries_from_remote
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store

from conftest import ROOT, run_litellm
from gateway_emulator import GatewayEmulator

HI = [{"role": "user", "content": "Hi"}]
SDK_PYTHON = ROOT / ".venv-litellm" / "bin" / "python"  # the openai SDK comes with LiteLLM


@pytest.fixture
def home(store: Store, emulator: GatewayEmulator, token: str) -> tuple[Store, MemorySecretStore]:
    secrets = MemorySecretStore()
    add_provider(
        store,
        secrets,
        name="Home",
        base_url=emulator.base_url,
        token=token,
        models=entries_from_remote(RemoteModel(m) for m in emulator.models),
    )
    return store, secrets


def cli(secrets: MemorySecretStore, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdin=io.StringIO(""), stdout=out, stderr=err, secrets=secrets)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_no_token_without_with_token(target: str, home: Any, token: str) -> None:
    from provider_wizard.export import LINKS
    from provider_wizard.links import parse

    _, secrets = home
    extra = ("--lobechat-url", "https://chat.example.org") if target == "lobechat" else ()
    code, out, err = cli(secrets, "export", "Home", "--to", target, *extra)
    assert code == 0, err
    assert token[3:] not in out + err
    if target in LINKS:  # the placeholder is inside the link's payload
        assert parse(out).token == "<token>"
    else:
        assert "OPENAI_API_KEY" in out or "<token>" in out
    code, out, _ = cli(secrets, "export", "Home", "--to", target, "--with-token", *extra)
    assert code == 0
    assert (parse(out).token == token) if target in LINKS else (token in out)


def test_the_env_export_sourced_in_bash_lets_curl_list_the_models(
    home: Any, emulator: GatewayEmulator, token: str
) -> None:
    store, _ = home
    provider = store.load().find("Home")
    script = render(provider, "env", token=token).text + (
        'curl -sf "$OPENAI_BASE_URL/models" -H "Authorization: Bearer $OPENAI_API_KEY"\n'
    )
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert sorted(m["id"] for m in json.loads(done.stdout)["data"]) == sorted(emulator.models)


def test_exec_runs_the_openai_sdk_with_the_provider(
    home: Any, emulator: GatewayEmulator, token: str, capfd: pytest.CaptureFixture[str]
) -> None:
    if not SDK_PYTHON.exists():
        pytest.skip("the openai SDK comes with .venv-litellm (scripts/test installs it)")
    _, secrets = home
    listing = "from openai import OpenAI; print(sorted(m.id for m in OpenAI().models.list()))"
    code, out, err = cli(secrets, "exec", "Home", "--", str(SDK_PYTHON), "-c", listing)
    child = capfd.readouterr()  # the command writes to the terminal itself, as it would
    assert code == 0, err + child.err
    assert child.out.strip() == repr(sorted(emulator.models))
    assert token not in out + err  # nothing of ours printed the token


def test_exec_passes_the_exit_code_and_sets_the_model(home: Any, tmp_path: Path) -> None:
    _, secrets = home
    seen = tmp_path / "seen.txt"
    code, _, err = cli(
        secrets, "exec", "Home", "--model", "gpt-4o", "--",
        "sh", "-c", f'echo "$OPENAI_MODEL $OPENAI_BASE_URL" > {seen}; exit 7',
    )  # fmt: skip
    assert code == 7, err
    assert seen.read_text().split()[0] == "gpt-4o"
    assert seen.read_text().split()[1].endswith("/v1")
    assert cli(secrets, "exec", "Home")[0] == 2  # no command


def test_dotenv_file_is_private_and_never_overwritten_unasked(
    home: Any, tmp_path: Path, token: str
) -> None:
    _, secrets = home
    path = tmp_path / ".env"
    code, _, err = cli(
        secrets, "export", "Home", "--to", "dotenv", "--with-token", "--output", str(path)
    )
    assert code == 0, err
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert f'OPENAI_API_KEY="{token}"' in path.read_text()
    code, _, err = cli(secrets, "export", "Home", "--to", "dotenv", "--output", str(path))
    assert code == 2 and "--force" in err
    code, _, _ = cli(secrets, "export", "Home", "--to", "dotenv", "--output", str(path), "--force")
    assert code == 0 and token not in path.read_text()


@pytest.mark.litellm
def test_a_litellm_proxy_from_our_export_serves_a_chat_through_the_gateway(
    home: Any, emulator: GatewayEmulator, token: str, tmp_path: Path
) -> None:
    store, _ = home
    provider = store.load().find("Home")
    config = tmp_path / "config.yaml"
    config.write_text(
        render(provider, "litellm", token=token).text
        + "general_settings:\n  master_key: sk-proxy-master-0123456789\n"
    )
    with run_litellm(config) as proxy:
        done = subprocess.run(
            [
                "curl", "-sf", f"{proxy}/v1/chat/completions",
                "-H", "Authorization: Bearer sk-proxy-master-0123456789",
                "-H", "Content-Type: application/json",
                "-d", json.dumps({"model": "gpt-4o-mini", "messages": HI, "max_tokens": 1}),
            ],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["choices"][0]["message"]["content"] == "Hi"
    chats = emulator.requests_to("/v1/chat/completions")
    assert chats and chats[-1].headers["authorization"] == f"Bearer {token}"


def test_an_unknown_target_is_named(home: Any) -> None:
    _, secrets = home
    code, _, err = cli(secrets, "export", "Home", "--to", "nope")
    assert code == 2 and "dotenv" in err


def test_the_python_export_runs(home: Any, token: str, emulator: GatewayEmulator) -> None:
    if not SDK_PYTHON.exists():
        pytest.skip("the openai SDK comes with .venv-litellm (scripts/test installs it)")
    store, _ = home
    code = render(store.load().find("Home"), "python", model="gpt-4o-mini").text
    done = subprocess.run(
        [str(SDK_PYTHON), "-c", code],
        env={**os.environ, "OPENAI_API_KEY": token},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Hi"
