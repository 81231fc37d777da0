"""The demo gateway: alone from the command line, and inside the app (--demo)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from provider_wizard.demo import DEMO_MODELS, start_demo
from provider_wizard.gateway import GatewayClient


def test_the_demo_gateway_answers_like_a_newapi() -> None:
    demo = start_demo()
    try:
        with GatewayClient(demo.address, demo.token) as client:
            listed = client.list_models()
            assert [m.id for m in listed.models] == DEMO_MODELS
            assert client.chat_check("gpt-4o-mini").model == "gpt-4o-mini"
        assert demo.address.startswith("http://127.0.0.1:")
    finally:
        demo.stop()


def test_demo_gateway_command_prints_its_address_and_token_and_stops_on_ctrl_c(
    config_home: Path,
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "provider_wizard", "demo-gateway"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().split()[-1]
        token = proc.stdout.readline().split()[-1]
        assert address.startswith("http://127.0.0.1:") and token.startswith("sk-")
        probe = subprocess.run(
            [sys.executable, "-m", "provider_wizard", "probe", address, "--token-stdin", "--json"],
            input=token + "\n",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert probe.returncode == 0, probe.stderr
        assert '"gateway": "newapi"' in probe.stdout
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err


def test_demo_app_uses_its_own_store_and_opens_the_wizard_filled_in(config_home: Path) -> None:
    """``provider-wizard --demo`` in its own process (it quits Qt): the wizard comes up with the
    demo's address and token, and the user's store is never touched."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QWizard\n"
        "from provider_wizard.entry import main\n"
        "app = QApplication(sys.argv[:1])\n"
        "def close():\n"
        "    for w in app.topLevelWidgets():\n"
        "        if isinstance(w, QWizard) and w.isVisible():\n"
        "            print('address:', w.field('address'), 'set:', bool(w.field('token')))\n"
        "    for w in app.topLevelWidgets(): w.close()\n"
        "    app.quit()\n"
        "QTimer.singleShot(1500, close)\n"
        "sys.exit(main(['--demo']))\n"
    )  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    assert proc.returncode == 0, proc.stderr
    assert "address: http://127.0.0.1:" in proc.stdout and "set: True" in proc.stdout
    assert not (config_home / "providers.json").exists()
