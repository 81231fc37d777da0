"""After ``add`` (and its error paths) the token is nowhere: config folder, logs, outputs.

The logs are captured at DEBUG with ``-v``, so httpx's and our own debug lines are searched
too. The search looks for the key with and without its ``sk-`` prefix.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from provider_wizard.cli import main
from provider_wizard.secretstore import MemorySecretStore

from gateway_emulator import GatewayEmulator, make_key


def _hits(key: str, texts: list[str], folder: Path) -> list[str]:
    found = [f"output #{i}" for i, t in enumerate(texts) if key in t]
    for path in folder.rglob("*"):
        if path.is_file() and key.encode() in path.read_bytes():
            found.append(str(path))
    return found


def test_no_token_after_add_and_errors(
    emulator: GatewayEmulator, config_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    key = make_key("leak-check")
    token = emulator.add_token(key)
    secrets = MemorySecretStore()
    texts: list[str] = []

    def run(*argv: str) -> int:
        out, err = io.StringIO(), io.StringIO()
        code = main(
            ["-v", *argv], stdin=io.StringIO(token), stdout=out, stderr=err, secrets=secrets
        )
        texts.extend([out.getvalue(), err.getvalue()])
        return code

    assert run("add", "Leak", emulator.base_url, "--token-stdin", "--json") == 0
    assert run("list", "--json") == 0
    assert run("models", "Leak", "--refresh", "--json") == 0
    assert run("check", "Leak", "--json") == 0
    # Error paths: wrong scheme, the server echoing the key back, a name clash, a bad model.
    assert run("probe", f"https://127.0.0.1:{emulator.port}", "--token-stdin", "--json") == 3
    emulator.overrides["/v1/models"] = lambda req: req.send_json(  # type: ignore[attr-defined]
        401, {"error": {"message": f"invalid key {token} / {key}", "type": "x"}}
    )
    assert run("probe", emulator.base_url, "--token-stdin", "--json") == 3
    assert run("add", "Leak", emulator.base_url, "--token-stdin", "--json") == 3
    assert run("add", "Leak", emulator.base_url, "--token-stdin", "--no-fetch") == 2
    assert run("check", "Leak", "--model", "nope", "--json") == 3

    logs = [r.getMessage() + (r.exc_text or "") for r in caplog.records]
    assert len(logs) > 5  # the debug logs really were captured
    caplog.clear()  # the ERROR-free DEBUG lines are not warnings; nothing left to judge
    assert _hits(key, texts + logs, config_home) == []
    assert secrets.get(next(iter(secrets._data))) == token  # the keychain alone has it


def test_no_token_in_a_real_process(emulator: GatewayEmulator, config_home: Path) -> None:
    key = make_key("leak-process")
    token = emulator.add_token(key)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "provider_wizard",
            "-v",
            "probe",
            emulator.base_url,
            "--token-stdin",
            "--json",
        ],
        input=token,
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )
    assert proc.returncode == 0, proc.stderr
    assert "DEBUG" in proc.stderr  # verbose logging was on
    assert _hits(key, [proc.stdout, proc.stderr], config_home) == []
