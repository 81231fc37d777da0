"""Secrets stay secret: a canary token goes through every path and is found nowhere after.

The canary is added through the CLI and through the wizard; error paths are walked (a wrong
scheme, a server that echoes the key back, a console page, a redirect to another host, a
name clash); the main window shows the provider, a crash report is made. Then the config
folder, every captured log line (DEBUG and up), every output, every window title, tooltip and
label, and the clipboard are searched for the key, with and without its ``sk-``.
"""

from __future__ import annotations

import io
import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from keyring.errors import KeyringLocked, PasswordSetError

from provider_wizard.cli import main
from provider_wizard.errors import KeychainLocked, NoKeychain, SecretStoreError
from provider_wizard.gateway import ClientOptions
from provider_wizard.probe import ProbeNoteKind
from provider_wizard.schemas import ModelEntry
from provider_wizard.secretstore import KeyringSecretStore, MemorySecretStore
from provider_wizard.store import Store
from reliability.figures import Figures

from conftest import keychain_token, nothing_saved
from gateway_emulator import GatewayEmulator, make_key
from keyring_backends import RaisingBackend

CANARY_KEY = "LEAKCANARY" + make_key("canary")[:38]
CANARY = "sk-" + CANARY_KEY


def _hits(texts: list[str], folder: Path) -> list[str]:
    found = [f"text #{i}: {t[:80]!r}" for i, t in enumerate(texts) if CANARY_KEY in t]
    for path in folder.rglob("*"):
        if path.is_file() and CANARY_KEY.encode() in path.read_bytes():
            found.append(str(path))
    return found


def _widget_texts(root: Any) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        texts += [
            widget.toolTip(),
            widget.statusTip(),
            widget.whatsThis(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.windowTitle(),
        ]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit) and widget.echoMode() == QLineEdit.EchoMode.Normal:
            texts.append(widget.text())
    return texts


def test_canary_is_found_nowhere(
    qtbot: Any,
    qapp: Any,
    make_emulator: Any,
    config_home: Path,
    caplog: pytest.LogCaptureFixture,
    figures: Figures,
) -> None:
    from PySide6.QtWidgets import QWizard

    from provider_wizard.ui.app import crash_report
    from provider_wizard.ui.main_window import MainWindow
    from provider_wizard.ui.wizard import AddProviderWizard

    caplog.set_level(logging.DEBUG)
    emulator: GatewayEmulator = make_emulator()
    emulator.add_token(CANARY_KEY)
    sink = make_emulator()
    secrets = MemorySecretStore()
    outputs: list[str] = []

    def cli(*argv: str) -> int:
        out, err = io.StringIO(), io.StringIO()
        code = main(
            ["-v", *argv], stdin=io.StringIO(CANARY + "\n"), stdout=out, stderr=err, secrets=secrets
        )
        outputs.extend([out.getvalue(), err.getvalue()])
        return code

    # The CLI: the happy path and its errors.
    assert cli("add", "Canary", emulator.base_url, "--token-stdin", "--json") == 0
    assert cli("list", "--json") == 0
    assert cli("models", "Canary", "--refresh", "--json") == 0
    assert cli("check", "Canary", "--json") == 0
    assert cli("add", "canary", emulator.base_url, "--token-stdin", "--no-fetch") == 2
    assert cli("probe", f"https://127.0.0.1:{emulator.port}", "--token-stdin", "--json") == 3
    emulator.overrides["/v1/models"] = lambda req: req.send_json(
        401, {"error": {"message": f"bad key {CANARY} ({CANARY_KEY})", "type": "x"}}
    )
    assert cli("probe", emulator.base_url, "--token-stdin", "--json") == 3
    emulator.overrides["/v1/models"] = lambda req: req.send_bytes(
        200, b"<html>console</html>", "text/html"
    )
    assert cli("probe", emulator.base_url, "--token-stdin") == 3
    emulator.overrides["/v1/models"] = lambda req: req.send_bytes(
        302, b"", headers={"Location": f"http://localhost:{sink.port}/v1/models"}
    )
    assert cli("probe", emulator.base_url, "--token-stdin", "--json") == 3
    emulator.overrides.clear()

    # The hub: every export without --with-token, links included; exec; import of a link
    # (accepted, and refused by a gateway that echoes the key back).
    from provider_wizard.export import targets
    from provider_wizard.links import build

    for target in targets():
        extra = ["--lobechat-url", "https://chat.example.org"] if target == "lobechat" else []
        assert cli("export", "Canary", "--to", target, *extra) == 0, target
    assert cli("exec", "Canary", "--", sys.executable, "-c", "pass") == 0
    link = build("cherry-studio", name="Linked", root=emulator.base_url, token=CANARY)
    assert cli("import", link, "--name", "Linked", "--json") == 0
    emulator.overrides["/v1/models"] = lambda req: req.send_json(
        401, {"error": {"message": f"bad key {CANARY} ({CANARY_KEY})", "type": "x"}}
    )
    assert cli("import", link, "--name", "Linked again") == 3
    emulator.overrides.clear()

    # The wizard: a failing check (the server echoes the key), then the fix, then finish.
    store = Store()
    wizard = AddProviderWizard(store, secrets, ["Canary"], options=ClientOptions(read_timeout=5))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().edit.setText(f"Bearer {CANARY}")
    wizard.next()
    wizard.currentPage().edit.setText(emulator.base_url)
    emulator.overrides["/v1/models"] = lambda req: req.send_json(
        401, {"error": {"message": f"invalid {CANARY}", "type": "x"}}
    )
    check = wizard.page(wizard.CHECK)
    with qtbot.waitSignal(check.check_finished, timeout=10000):
        wizard.next()
    outputs += _widget_texts(wizard)
    emulator.overrides.clear()
    with qtbot.waitSignal(check.check_finished, timeout=10000):
        check.retry_button.click()
    wizard.next()
    wizard.next()
    wizard.currentPage().name.setText("Canary 2")
    with qtbot.waitSignal(wizard.saved, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    outputs += _widget_texts(wizard)

    # The main window: titles, tooltips, labels; the clipboard only after Copy.
    qapp.clipboard().setText("")
    window = MainWindow(store, secrets, store.load())
    qtbot.addWidget(window)
    window.show()
    for row in range(window.provider_list.count()):
        window.provider_list.setCurrentRow(row)
        outputs += _widget_texts(window)
        outputs.append(window.provider_list.item(row).text())
    outputs.append(qapp.clipboard().text())
    with qtbot.waitSignal(window.panel.token_read, timeout=5000):
        window.panel.copy_button.click()
    assert qapp.clipboard().text() == CANARY  # pressed Copy: there, as asked
    qapp.clipboard().setText("")

    # A crash report made while the token was in the exception's text.
    try:
        raise RuntimeError(f"boom with {CANARY} and {CANARY_KEY}")
    except RuntimeError as exc:
        outputs.append(crash_report(type(exc), exc, exc.__traceback__))

    logs = [r.getMessage() + (r.exc_text or "") for r in caplog.records]
    assert any("HTTP Request" in line for line in logs)  # httpx's DEBUG/INFO lines were seen
    hits = _hits(outputs + logs, config_home)
    figures.add_leaks(len(hits))
    caplog.clear()
    assert hits == []
    assert (
        keychain_token(secrets, store.load().find("Canary")) == CANARY
    )  # the keychain alone has it


def test_canary_not_in_a_real_process(emulator: GatewayEmulator, config_home: Path) -> None:
    """The installed command with -v (DEBUG logs on stderr): the key is in no output."""
    import os
    import subprocess
    import sys

    emulator.add_token(CANARY_KEY)
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
        input=CANARY,
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )
    assert proc.returncode == 0, proc.stderr
    assert "DEBUG" in proc.stderr  # verbose logging really was on
    assert _hits([proc.stdout, proc.stderr], config_home) == []


# --- keychain faults -----------------------------------------------------------------------------


FAULTS = [
    ("locked collection", KeyringLocked("Failed to unlock the collection!"), "locked"),
    ("dismissed prompt", KeyringLocked("Prompt dismissed"), "locked"),
    ("backend raises on write", PasswordSetError("write failed"), "keychain"),
    ("d-bus error", RuntimeError("org.freedesktop.DBus.Error.NoReply"), "keychain"),
]


@pytest.mark.parametrize(("name", "exc", "word"), FAULTS, ids=[f[0] for f in FAULTS])
def test_keychain_faults_in_the_cli(
    name: str, exc: Exception, word: str, config_home: Path
) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["add", "X", "https://gw.example.com", "--token-stdin", "--no-fetch"],
        stdin=io.StringIO(CANARY),
        stdout=out,
        stderr=err,
        secrets=KeyringSecretStore(RaisingBackend(exc)),
    )
    assert code == 4
    assert word in err.getvalue().lower() and "hint:" in err.getvalue()
    assert CANARY_KEY not in out.getvalue() + err.getvalue()
    assert nothing_saved(config_home)
    assert {p.name for p in config_home.glob("*")} <= {"providers.json", "providers.json.lock"}


@pytest.mark.parametrize(("name", "exc", "word"), FAULTS, ids=[f[0] for f in FAULTS])
def test_keychain_faults_in_the_app(
    name: str, exc: Exception, word: str, qtbot: Any, emulator: GatewayEmulator, store: Store
) -> None:
    from PySide6.QtWidgets import QWizard

    from provider_wizard.ui.wizard import AddProviderWizard

    token = emulator.add_token(make_key("fault"))
    wizard = AddProviderWizard(store, KeyringSecretStore(RaisingBackend(exc)), [])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().edit.setText(token)
    wizard.next()
    wizard.currentPage().edit.setText(emulator.base_url)
    with qtbot.waitSignal(wizard.page(wizard.CHECK).check_finished, timeout=10000):
        wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: "keychain" in page.error.text().lower(), timeout=10000)
    assert word in page.error.text().lower()
    assert wizard.isVisible() and page.isComplete()  # the user can fix it and press Finish again
    assert store.load().providers == []


def test_no_keychain_words() -> None:
    from provider_wizard.cli import describe

    _, hint = describe(NoKeychain("No keychain is available."))
    assert "plain text" in hint
    assert describe(KeychainLocked("x"))[1].startswith("Unlock")
    assert describe(SecretStoreError("x"))[0]


def test_failed_token_removal_is_reported_in_the_app(qtbot: Any, store: Store) -> None:
    from provider_wizard.providers import add_provider
    from provider_wizard.ui.main_window import MainWindow

    class Stuck(MemorySecretStore):
        def delete(self, provider_id: str) -> None:
            raise SecretStoreError("The keychain could not delete the token.")

    secrets = Stuck()
    provider = add_provider(
        store,
        secrets,
        name="Home",
        base_url="http://127.0.0.1:3000",
        token=CANARY,
        models=[ModelEntry(id="m")],
    )
    window = MainWindow(store, secrets, store.load())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.failed, timeout=5000):
        window.remove_provider(provider.id)
    assert store.load().find("Home") is not None  # kept, so the user can try again
    assert "keychain" in window.statusBar().currentMessage().lower()


# --- transport ----------------------------------------------------------------------------------


def test_plain_http_to_a_remote_host_is_warned(
    emulator: GatewayEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from provider_wizard import urls
    from provider_wizard.probe import probe

    token = emulator.add_token(make_key("plain"))
    quiet = probe(emulator.base_url, token)
    # The emulator stands for a remote host: the locality rule is what is judged here.
    monkeypatch.setattr(urls, "is_local_host", lambda host: False)
    warned = probe(emulator.base_url, token, options=ClientOptions(allow_plain_http=True))
    assert ProbeNoteKind.PLAIN_HTTP_REMOTE in {n.kind for n in warned.notes}
    assert ProbeNoteKind.PLAIN_HTTP_REMOTE not in {n.kind for n in quiet.notes}


def test_tls_is_never_switched_off() -> None:
    source = Path(__file__).resolve().parents[2] / "src" / "provider_wizard"
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in (
            "verify=False",
            "CERT_NONE",
            "check_hostname = False",
            "_create_unverified_context",
        ):
            assert forbidden not in text, f"{path.name}: {forbidden}"
