"""The check-all dialog: results as they arrive, cancel, and switching off what failed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from provider_wizard.modellist import RemoteModel
from provider_wizard.providers import add_provider, entries_from_remote
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store
from provider_wizard.ui.main_window import MainWindow

from gateway_emulator import GatewayEmulator


@pytest.fixture
def window(qtbot: Any, store: Store, emulator: GatewayEmulator, token: str) -> MainWindow:
    secrets = MemorySecretStore()
    add_provider(
        store,
        secrets,
        name="Home",
        base_url=emulator.base_url,
        token=token,
        models=entries_from_remote(RemoteModel(m) for m in emulator.models),
    )
    w = MainWindow(store, secrets, store.load())
    qtbot.addWidget(w)
    w.show()
    return w


def test_check_all_and_switch_off_the_failed(
    qtbot: Any, store: Store, emulator: GatewayEmulator, window: MainWindow
) -> None:
    emulator.unavailable_models.update({"qwen-max", "deepseek-chat"})
    dialog = window.panel.open_health_check()
    assert dialog is not None
    shown: list[Any] = []
    dialog.result_shown.connect(shown.append)
    with qtbot.waitSignal(dialog.finished_checking, timeout=20000) as done:
        dialog.start_button.click()
    assert done.args == [True]
    assert len(shown) == 5 and dialog.list.count() == 5
    assert sorted(dialog.failed_ids()) == ["deepseek-chat", "qwen-max"]
    # Failures are listed first, whatever order the answers came in.
    top = [dialog.list.item(i).text() for i in range(2)]
    assert all(t.startswith("✗") for t in top), top
    assert "2 failed" in dialog.summary.text()
    assert "paid request" in dialog.cost_note.text()
    assert dialog.switch_off_button.isVisibleTo(dialog) and dialog.switch_off_button.isEnabled()
    assert "2" in dialog.switch_off_button.text()
    saves: list[None] = []
    window.saved.connect(lambda: saves.append(None))
    with qtbot.waitSignal(window.saved, timeout=5000):
        dialog.switch_off_button.click()
    assert window.writer.pool.waitForDone(5000)  # every queued write has landed...
    QCoreApplication.processEvents()  # ...and reported
    assert len(saves) == 1  # one write for all the failed models
    provider = store.load().find("Home")
    assert provider is not None
    assert sorted(m.id for m in provider.models if not m.enabled) == ["deepseek-chat", "qwen-max"]
    dialog.close()


def test_cancel_keeps_the_window_usable(
    qtbot: Any, emulator: GatewayEmulator, window: MainWindow
) -> None:
    emulator.chat_delay = 0.3
    dialog = window.panel.open_health_check()
    assert dialog is not None
    dialog.concurrency.setValue(1)
    dialog.start_button.click()
    with qtbot.waitSignal(dialog.finished_checking, timeout=5000) as done:
        dialog.cancel_button.click()
    assert done.args == [False]
    assert "cancelled" in dialog.summary.text()
    assert dialog.start_button.isEnabled()
    dialog.close()


def test_switch_off_is_offered_only_when_something_failed(qtbot: Any, window: MainWindow) -> None:
    dialog = window.panel.open_health_check()
    assert dialog is not None
    assert not dialog.switch_off_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.finished_checking, timeout=20000):
        dialog.start_button.click()
    assert dialog.failed_ids() == []
    assert not dialog.switch_off_button.isVisibleTo(dialog)
    dialog.close()
