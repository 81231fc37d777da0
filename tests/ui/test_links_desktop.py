"""provider-wizard:// links on the desktop: install-desktop registers the scheme, a link
opens the app with the wizard filled in, and a second link goes to the app already running.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from provider_wizard.desktop import DESKTOP_FILE, install_desktop
from provider_wizard.links import build
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store
from provider_wizard.ui.app import Controller
from provider_wizard.ui.single import Listener, forward

from conftest import IN_CI
from gateway_emulator import GatewayEmulator


def test_a_link_opens_the_wizard_filled_in_and_a_second_one_is_forwarded(
    qtbot: Any, qapp: QApplication, store: Store, emulator: GatewayEmulator, token: str
) -> None:
    controller = Controller(qapp, store, MemorySecretStore())
    window = controller.show()
    qtbot.addWidget(window)
    listener = Listener(controller.open_link, window)
    assert listener.listen()
    link = build("provider-wizard", name="Team gateway", root=emulator.base_url, token=token)
    with qtbot.waitSignal(window.wizard_opened, timeout=5000) as opened:
        assert forward(link)  # what a second start of the app does with its link
    wizard = opened.args[0]
    qtbot.addWidget(wizard)
    assert wizard.field("address") == emulator.base_url and wizard.field("token") == token
    token_page = wizard.page(wizard.TOKEN)
    assert token_page.edit.echoMode() == token_page.edit.EchoMode.Password
    assert store.load().providers == []  # nothing saved before the check
    check = wizard.page(wizard.CHECK)
    wizard.next()
    with qtbot.waitSignal(check.check_finished, timeout=20000) as checked:
        wizard.next()
    assert checked.args == [True]
    wizard.next()
    wizard.next()
    assert wizard.currentPage().name.text() == "Team gateway"  # the link's own name
    wizard.reject()
    # A link that is not a provider link is said, and opens nothing.
    with qtbot.waitSignal(window.failed, timeout=5000):
        controller.open_link("provider-wizard://add?v=1&data=bm90IGpzb24=")
    listener.server.close()
    QCoreApplication.processEvents()


def test_install_desktop_writes_the_entry_and_registers_the_scheme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    written = install_desktop(command=["/opt/pw/bin/provider-wizard"])
    entry = tmp_path / "data" / "applications" / DESKTOP_FILE
    assert written[0] == entry
    text = entry.read_text()
    assert "MimeType=x-scheme-handler/provider-wizard;" in text
    assert "Exec=/opt/pw/bin/provider-wizard %u" in text
    assert all(p.exists() for p in written)
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr
    if shutil.which("xdg-mime"):
        query = subprocess.run(
            ["xdg-mime", "query", "default", "x-scheme-handler/provider-wizard"],
            capture_output=True,
            text=True,
            env={**os.environ, "XDG_CURRENT_DESKTOP": ""},
        )
        assert query.stdout.strip() == DESKTOP_FILE
    removed = install_desktop(uninstall=True)
    assert set(removed) == set(written) and not entry.exists()


def _xvfb(tmp_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    display = f":{90 + os.getpid() % 50}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return server, display


@pytest.mark.skipif(
    not (shutil.which("xdg-open") and shutil.which("Xvfb")) and not IN_CI,
    reason="xdg-utils and Xvfb (scripts/test installs them)",
)
def test_xdg_open_starts_the_app_with_the_link_and_forwards_the_next(
    tmp_path: Path, emulator: GatewayEmulator, token: str, config_home: Path
) -> None:
    report = tmp_path / "report"
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CURRENT_DESKTOP": "",
        "DE": "",
        "PROVIDER_WIZARD_REPORT": str(report),
    }
    env.pop("QT_QPA_PLATFORM", None)  # a real X display here, as on a desktop
    # Register the scheme the way a user does, in this throw-away XDG home.
    subprocess.run(
        [sys.executable, "-m", "provider_wizard", "install-desktop"], env=env, check=True,
        capture_output=True, timeout=60,
    )  # fmt: skip
    entry = (tmp_path / "data" / "applications" / DESKTOP_FILE).read_text()
    assert f"Exec={sys.executable} -m provider_wizard %u" in entry
    server, display = _xvfb(tmp_path)
    env["DISPLAY"] = display
    app: subprocess.Popen[bytes] | None = None
    try:
        first = build("provider-wizard", name="First", root=emulator.base_url, token=token)
        # Without a desktop environment xdg-open runs the handler in the foreground (a desktop's
        # own opener returns at once): it stays until the app it started is closed.
        app = subprocess.Popen(
            ["xdg-open", first], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        _wait_for_lines(report, 1)
        assert report.read_text().splitlines() == [emulator.base_url]
        assert _app_pids(env), "no app process"
        # The Cherry-shaped link a NewAPI admin's chat link makes, with our scheme.
        second = build("cherry-studio", name="Second", root=emulator.base_url, token=token)
        second = second.replace("cherrystudio:", "provider-wizard:", 1)
        handed = subprocess.run(
            [sys.executable, "-m", "provider_wizard", second],
            env=env, timeout=60, capture_output=True, check=False,
        )  # fmt: skip
        assert handed.returncode == 0, handed.stderr  # it handed the link over and ended
        _wait_for_lines(report, 2)
        assert token not in report.read_text()
    finally:
        for pid in _app_pids(env):
            os.kill(pid, 15)
        if app is not None:
            app.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)


def _wait_for_lines(path: Path, n: int, timeout: float = 60) -> None:
    import threading

    done = threading.Event()
    for _ in range(int(timeout * 10)):
        if path.exists() and len(path.read_text().splitlines()) >= n:
            return
        done.wait(0.1)  # polling a file another process writes: no signal to wait on
    pytest.fail(f"the app did not report {n} links: {path.read_text() if path.exists() else ''}")


def _app_pids(env: dict[str, str]) -> list[int]:
    """The Provider Wizard processes of this test (by their XDG home in the environment)."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes()
            environ = (proc / "environ").read_bytes()
        except OSError:
            continue
        if b"provider_wizard" in cmd and env["XDG_DATA_HOME"].encode() in environ:
            pids.append(int(proc.name))
    return pids
