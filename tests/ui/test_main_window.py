"""The main window against a real store and the emulator: every change is saved at once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from provider_wizard.modellist import RemoteModel
from provider_wizard.providers import add_provider, entries_from_remote
from provider_wizard.schemas import ModelEntry
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store
from provider_wizard.ui.main_window import MainWindow

from gateway_emulator import GatewayEmulator


@pytest.fixture
def window(
    qtbot: Any, store: Store, emulator: GatewayEmulator, token: str
) -> tuple[MainWindow, MemorySecretStore]:
    secrets = MemorySecretStore()
    add_provider(
        store,
        secrets,
        name="Home",
        base_url=emulator.base_url,
        token=token,
        models=entries_from_remote(RemoteModel(m) for m in emulator.models),
        gateway=None,
    )
    add_provider(
        store,
        secrets,
        name="Spare",
        base_url="https://spare.example.com",
        token=token,
        models=[ModelEntry(id="x")],
    )
    w = MainWindow(store, secrets, store.load())
    qtbot.addWidget(w)
    w.show()
    return w, secrets


def _stored(store: Store, name: str = "Home") -> Any:
    provider = store.load().find(name)
    assert provider is not None
    return provider


def test_shows_providers_and_details(window: Any) -> None:
    w, _ = window
    assert w.provider_list.count() == 2
    assert w.provider_list.item(0).text().startswith("Home\nhttp://127.0.0.1:")
    assert w.name_edit.text() == "Home"
    assert w.picker.model.rowCount() == 5
    assert "5 of 5 on" in w.picker.counter.text()


def test_toggle_a_model_saves(qtbot: Any, window: Any, store: Store) -> None:
    w, _ = window
    model = w.picker.model
    index = model.index(model.row_of("gpt-4o"))
    with qtbot.waitSignal(w.saved, timeout=5000):
        model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not _stored(store).model("gpt-4o").enabled
    assert "4 of 5 on" in w.picker.counter.text()


def test_search_and_all_off_on_the_filter(qtbot: Any, window: Any, store: Store) -> None:
    w, _ = window
    w.picker.search.setText("GPT")
    assert w.picker.proxy.rowCount() == 2
    assert "2 shown" in w.picker.counter.text()
    saves: list[None] = []
    w.saved.connect(lambda: saves.append(None))
    with qtbot.waitSignal(w.saved, timeout=5000):
        qtbot.mouseClick(w.picker.all_off, Qt.MouseButton.LeftButton)
    assert len(saves) == 1  # one write for the whole filtered set
    provider = _stored(store)
    assert sorted(m.id for m in provider.models if not m.enabled) == ["gpt-4o", "gpt-4o-mini"]
    with qtbot.waitSignal(w.saved, timeout=5000):
        qtbot.mouseClick(w.picker.all_on, Qt.MouseButton.LeftButton)
    assert all(m.enabled for m in _stored(store).models)


def test_refresh_keeps_choices_and_reports(
    qtbot: Any, window: Any, store: Store, emulator: GatewayEmulator
) -> None:
    w, _ = window
    model = w.picker.model
    with qtbot.waitSignal(w.saved, timeout=5000):
        model.setData(
            model.index(model.row_of("gpt-4o")),
            Qt.CheckState.Unchecked.value,
            Qt.ItemDataRole.CheckStateRole,
        )
    emulator.models.remove("qwen-max")
    emulator.models.append("o3-mini")
    with qtbot.waitSignal(w.refreshed, timeout=10000) as report:
        qtbot.mouseClick(w.refresh_button, Qt.MouseButton.LeftButton)
    assert report.args[0].added == ("o3-mini",)
    assert report.args[0].removed == ("qwen-max",)
    assert "o3-mini" in w.refresh_report.text() and "qwen-max" in w.refresh_report.text()
    provider = _stored(store)
    assert not provider.model("gpt-4o").enabled
    assert provider.model("qwen-max") is None and not provider.model("o3-mini").enabled
    assert sorted(w.picker.model.ids()) == sorted(m.id for m in provider.models)


def test_add_and_remove_models_by_hand(qtbot: Any, window: Any, store: Store) -> None:
    w, _ = window
    qtbot.keyClicks(w.picker.new_id, "my-private-model")
    with qtbot.waitSignal(w.saved, timeout=5000):
        qtbot.keyClick(w.picker.new_id, Qt.Key.Key_Return)
    entry = _stored(store).model("my-private-model")
    assert entry is not None and entry.source == "manual" and entry.enabled
    # The new row is selected: remove it.
    with qtbot.waitSignal(w.saved, timeout=5000):
        qtbot.mouseClick(w.picker.remove_button, Qt.MouseButton.LeftButton)
    assert _stored(store).model("my-private-model") is None


def test_provider_switch_rename_and_address(qtbot: Any, window: Any, store: Store) -> None:
    w, _ = window
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.enabled_switch.setChecked(False)
    assert not _stored(store).enabled
    assert w.provider_list.item(0).checkState() == Qt.CheckState.Unchecked
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.provider_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert _stored(store).enabled and w.enabled_switch.isChecked()

    w.name_edit.setText("Spare")  # a clash: refused, said, old name kept
    w.name_edit.editingFinished.emit()
    assert w.name_edit.text() == "Home" and "already exists" in w.statusBar().currentMessage()
    w.name_edit.setText("Home Lab")
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.name_edit.editingFinished.emit()
    assert store.load().find("Home Lab") is not None

    port = w.base_edit.text().rsplit(":", 1)[1]
    w.base_edit.setText(f"127.0.0.1：{port}/token")
    w.base_preview.update_for(w.base_edit.text())
    assert "console" in w.base_preview.text()
    w.base_edit.editingFinished.emit()  # the same base address: nothing to save
    assert w.base_edit.text() == f"http://127.0.0.1:{port}"
    w.base_edit.setText(f"http://127.0.0.1:{port}/oneapi/v1/models")
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.base_edit.editingFinished.emit()
    assert w.base_edit.text() == f"http://127.0.0.1:{port}/oneapi"
    assert store.load().find("Home Lab").base_url == f"http://127.0.0.1:{port}/oneapi"
    w.base_edit.setText("ftp://nope")
    w.base_edit.editingFinished.emit()  # invalid: the preview says why, nothing is saved
    assert "http://" in w.base_preview.text()
    assert store.load().find("Home Lab").base_url == f"http://127.0.0.1:{port}/oneapi"


def test_check_a_model(qtbot: Any, window: Any, emulator: GatewayEmulator) -> None:
    w, _ = window
    w.check_combo.setEditText("gpt-4o")
    with qtbot.waitSignal(w.checked, timeout=10000) as result:
        qtbot.mouseClick(w.check_button, Qt.MouseButton.LeftButton)
    assert result.args[0].reply == "Hi"
    assert "gpt-4o works" in w.check_result.text()
    emulator.unavailable_models.add("gpt-4o")
    with qtbot.waitSignal(w.checked, timeout=10000):
        qtbot.mouseClick(w.check_button, Qt.MouseButton.LeftButton)
    assert "无可用渠道" in w.check_result.text()


def test_token_is_read_only_when_asked(qtbot: Any, window: Any, token: str) -> None:
    w, _ = window
    assert token not in w.token_edit.text()
    with qtbot.waitSignal(w.token_read, timeout=5000):
        qtbot.mouseClick(w.reveal_button, Qt.MouseButton.LeftButton)
    assert w.token_edit.text() == token
    qtbot.mouseClick(w.reveal_button, Qt.MouseButton.LeftButton)
    assert token not in w.token_edit.text()
    assert token not in w.windowTitle() and token not in (w.token_edit.toolTip() or "")


def test_remove_provider(qtbot: Any, window: Any, store: Store) -> None:
    w, secrets = window
    home = _stored(store)
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.remove_provider(home.id)
    assert store.load().find("Home") is None
    assert secrets.get(home.id) is None
    assert w.provider_list.count() == 1
    spare = _stored(store, "Spare")
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.remove_provider(spare.id)
    assert w.stack.currentIndex() == 0  # the empty state


def test_window_state_is_kept(qtbot: Any, store: Store) -> None:
    w = MainWindow(store, MemorySecretStore(), store.load())
    qtbot.addWidget(w)
    w.show()
    # Smaller than the offscreen screen (800 x 600), which restoreGeometry clamps to.
    w.resize(700, 560)
    w.splitter.setSizes([250, 450])
    qtbot.waitUntil(lambda: w.width() == 700)
    sizes = w.splitter.sizes()
    w.close()  # closing saves the state
    w2 = MainWindow(store, MemorySecretStore(), store.load())
    qtbot.addWidget(w2)
    w2.show()
    qtbot.waitUntil(lambda: w2.width() == 700)
    assert w2.height() == 560
    assert w2.splitter.sizes() == sizes
    assert w2.stack.currentIndex() == 0
