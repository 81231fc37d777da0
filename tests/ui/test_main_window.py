"""The main window against a real store and the emulator: every change is saved at once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from provider_wizard.modellist import RemoteModel
from provider_wizard.providers import add_provider, entries_from_remote
from provider_wizard.schemas import ModelEntry, keychain_account
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store
from provider_wizard.ui.main_window import MainWindow

from conftest import keychain_token
from gateway_emulator import GatewayEmulator, make_key


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


def _drain(w: MainWindow) -> None:
    """Let the writer finish every queued save and deliver its signal to the UI thread."""
    from PySide6.QtCore import QCoreApplication

    assert w.writer.pool.waitForDone(5000)
    QCoreApplication.processEvents()


def _stored(store: Store, name: str = "Home") -> Any:
    provider = store.load().find(name)
    assert provider is not None
    return provider


def test_shows_providers_and_details(window: Any) -> None:
    w, _ = window
    assert w.provider_list.count() == 2
    assert w.provider_list.item(0).text().startswith("Home\nhttp://127.0.0.1:")
    assert w.panel.name_edit.text() == "Home"
    assert w.panel.picker.model.rowCount() == 5
    assert "5 of 5 on" in w.panel.picker.counter.text()


def test_toggle_a_model_saves(qtbot: Any, window: Any, store: Store) -> None:
    w, _ = window
    model = w.panel.picker.model
    index = model.index(model.row_of("gpt-4o"))
    with qtbot.waitSignal(w.saved, timeout=5000):
        model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not _stored(store).model("gpt-4o").enabled
    assert "4 of 5 on" in w.panel.picker.counter.text()


def test_search_and_all_off_on_the_filter(qtbot: Any, window: Any, store: Store) -> None:
    w, _ = window
    w.panel.picker.search.setText("GPT")
    assert w.panel.picker.proxy.entry_count() == 2
    assert "2 shown" in w.panel.picker.counter.text()
    saves: list[None] = []
    w.saved.connect(lambda: saves.append(None))
    with qtbot.waitSignal(w.saved, timeout=5000):
        qtbot.mouseClick(w.panel.picker.all_off, Qt.MouseButton.LeftButton)
    _drain(w)  # every queued write has landed and reported: none hides behind the first
    assert len(saves) == 1  # one write for the whole filtered set
    provider = _stored(store)
    assert sorted(m.id for m in provider.models if not m.enabled) == ["gpt-4o", "gpt-4o-mini"]
    with qtbot.waitSignal(w.saved, timeout=5000):
        qtbot.mouseClick(w.panel.picker.all_on, Qt.MouseButton.LeftButton)
    assert all(m.enabled for m in _stored(store).models)


def test_refresh_keeps_choices_and_reports(
    qtbot: Any, window: Any, store: Store, emulator: GatewayEmulator
) -> None:
    w, _ = window
    model = w.panel.picker.model
    with qtbot.waitSignal(w.saved, timeout=5000):
        model.setData(
            model.index(model.row_of("gpt-4o")),
            Qt.CheckState.Unchecked.value,
            Qt.ItemDataRole.CheckStateRole,
        )
    emulator.models.remove("qwen-max")
    emulator.models.append("o3-mini")
    with qtbot.waitSignal(w.panel.refreshed, timeout=10000) as report:
        qtbot.mouseClick(w.panel.refresh_button, Qt.MouseButton.LeftButton)
    assert report.args[0].added == ("o3-mini",)
    assert report.args[0].removed == ("qwen-max",)
    assert (
        "o3-mini" in w.panel.refresh_report.text() and "qwen-max" in w.panel.refresh_report.text()
    )
    provider = _stored(store)
    assert not provider.model("gpt-4o").enabled
    assert provider.model("qwen-max") is None and not provider.model("o3-mini").enabled
    assert sorted(w.panel.picker.model.ids()) == sorted(m.id for m in provider.models)
    assert not w.panel.changes_list.isVisibleTo(w)  # two changes: one line says them

    # Many changes: a list, each model with its tags.
    emulator.models.extend(["o1", "text-embedding-3-large", "dall-e-3", "whisper-1", "gpt-4.1"])
    emulator.models.extend(["tts-1", "claude-3-7-sonnet"])
    with qtbot.waitSignal(w.panel.refreshed, timeout=10000):
        qtbot.mouseClick(w.panel.refresh_button, Qt.MouseButton.LeftButton)
    listed = w.panel.changes_list
    assert listed.isVisibleTo(w) and listed.count() == 7
    lines = [listed.item(i).text() for i in range(listed.count())]
    assert "+ text-embedding-3-large   [embedding]" in lines
    assert any(line.startswith("+ o1") and "reasoning" in line for line in lines)
    assert "7 new (off), 0 no longer listed:" in w.panel.refresh_report.text()


def test_add_and_remove_models_by_hand(qtbot: Any, window: Any, store: Store) -> None:
    w, _ = window
    qtbot.keyClicks(w.panel.picker.new_id, "my-private-model")
    with qtbot.waitSignal(w.saved, timeout=5000):
        qtbot.keyClick(w.panel.picker.new_id, Qt.Key.Key_Return)
    entry = _stored(store).model("my-private-model")
    assert entry is not None and entry.source == "manual" and entry.enabled
    # The new row is selected: remove it.
    with qtbot.waitSignal(w.saved, timeout=5000):
        qtbot.mouseClick(w.panel.picker.remove_button, Qt.MouseButton.LeftButton)
    assert _stored(store).model("my-private-model") is None


def test_provider_switch_and_rename(qtbot: Any, window: Any, store: Store) -> None:
    w, _ = window
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.panel.enabled_switch.setChecked(False)
    assert not _stored(store).enabled
    assert w.provider_list.item(0).checkState() == Qt.CheckState.Unchecked
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.provider_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert _stored(store).enabled and w.panel.enabled_switch.isChecked()

    w.panel.name_edit.setText("Spare")  # a clash: the core refuses, it is said, rolled back
    with qtbot.waitSignal(w.failed, timeout=5000):
        w.panel.name_edit.editingFinished.emit()
    assert "already exists" in w.statusBar().currentMessage()
    qtbot.waitUntil(lambda: w.panel.name_edit.text() == "Home", timeout=5000)
    w.panel.name_edit.setText("Home Lab")
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.panel.name_edit.editingFinished.emit()
    assert store.load().find("Home Lab") is not None
    assert w.provider_list.item(0).text().startswith("Home Lab\n")


def test_an_edited_address_is_checked_before_it_is_saved(
    qtbot: Any, window: Any, store: Store, emulator: GatewayEmulator
) -> None:
    """Bug: an edited address was saved with no check; now it meets the wizard's probe."""
    w, _ = window
    panel = w.panel
    port = emulator.port
    panel.base_edit.setText(f"127.0.0.1：{port}/token")
    panel.base_preview.update_for(panel.base_edit.text())
    assert "console" in panel.base_preview.text()
    panel.base_edit.editingFinished.emit()  # the same base address: nothing to check or save
    assert panel.base_edit.text() == f"http://127.0.0.1:{port}"

    # https on this plain-http gateway: the wizard's words and its one-click fix; not saved.
    panel.base_edit.setText(f"https://localhost:{port}/v1")
    with qtbot.waitSignal(panel.address_checked, timeout=15000) as first:
        panel.base_edit.editingFinished.emit()
    assert first.args == [False]
    assert _stored(store).base_url == f"http://127.0.0.1:{port}"
    assert "plain http" in panel.base_status.text()
    assert panel.fix_button.isVisibleTo(w) and f"http://localhost:{port}" in panel.fix_button.text()
    with qtbot.waitSignal(panel.address_checked, timeout=15000) as second:
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert second.args == [True]
    assert _stored(store).base_url == f"http://localhost:{port}"
    assert w.provider_list.item(0).text().endswith(f"http://localhost:{port}")

    # Nothing listens there: said; "Save unchecked" is the user's explicit choice.
    panel.base_edit.setText("http://127.0.0.1:9")
    with qtbot.waitSignal(panel.address_checked, timeout=15000) as third:
        panel.base_edit.editingFinished.emit()
    assert third.args == [False] and _stored(store).base_url == f"http://localhost:{port}"
    with qtbot.waitSignal(w.saved, timeout=5000):
        qtbot.mouseClick(panel.unchecked_button, Qt.MouseButton.LeftButton)
    assert _stored(store).base_url == "http://127.0.0.1:9"

    panel.base_edit.setText("ftp://nope")
    panel.base_edit.editingFinished.emit()  # invalid: the preview says why, nothing is saved
    assert "http://" in panel.base_preview.text()
    assert _stored(store).base_url == "http://127.0.0.1:9"


def test_check_a_model(qtbot: Any, window: Any, emulator: GatewayEmulator) -> None:
    w, _ = window
    w.panel.check_combo.setCurrentText("gpt-4o")
    with qtbot.waitSignal(w.panel.checked, timeout=10000) as result:
        qtbot.mouseClick(w.panel.check_button, Qt.MouseButton.LeftButton)
    assert result.args[0].reply == "Hi"
    assert "gpt-4o works" in w.panel.check_result.text()
    assert w.panel.check_result.status.value == "ok"
    emulator.unavailable_models.add("gpt-4o")
    with qtbot.waitSignal(w.panel.checked, timeout=10000):
        qtbot.mouseClick(w.panel.check_button, Qt.MouseButton.LeftButton)
    assert "无可用渠道" in w.panel.check_result.text()
    assert w.panel.check_result.status.value == "error"


def test_the_check_lists_only_this_providers_enabled_models(
    qtbot: Any, window: Any, store: Store
) -> None:
    """Bug: the combo kept the previous provider's model and Check then tested it."""
    w, _ = window
    combo = w.panel.check_combo
    combo.setCurrentText("gpt-4o")
    assert combo.currentText() == "gpt-4o"
    w.provider_list.setCurrentRow(1)  # Spare: one model, "x"
    assert [combo.itemText(i) for i in range(combo.count())] == ["x"]
    assert combo.currentText() == "x"
    w.provider_list.setCurrentRow(0)
    model = w.panel.picker.model
    with qtbot.waitSignal(w.saved, timeout=5000):
        model.setData(
            model.index(model.row_of("qwen-max")),
            Qt.CheckState.Unchecked.value,
            Qt.ItemDataRole.CheckStateRole,
        )
    listed = [combo.itemText(i) for i in range(combo.count())]
    assert "qwen-max" not in listed and sorted(listed) == sorted(_stored(store).enabled_model_ids)


def test_a_new_token_is_checked_before_it_replaces_the_old(
    qtbot: Any, window: Any, emulator: GatewayEmulator, token: str
) -> None:
    """Bug: Replace saved an expired token unchecked and kept the old 'works' line."""
    w, secrets = window
    panel = w.panel
    with qtbot.waitSignal(panel.checked, timeout=10000):
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "works" in panel.check_result.text()
    expired = emulator.add_token(make_key("expired-replacement"), state="expired")
    with qtbot.waitSignal(panel.token_replaced, timeout=10000) as refused:
        panel.replace_token(expired)
    assert refused.args == [False]
    assert "works" not in panel.check_result.text()
    assert "该令牌已过期" in panel.check_result.text() and "expired" in panel.check_result.text()
    home = w.doc.find("Home")
    assert keychain_token(secrets, home) == token  # the old token is kept
    fresh = emulator.add_token(make_key("fresh-replacement"))
    with qtbot.waitSignal(panel.token_replaced, timeout=10000) as accepted:
        panel.replace_token(fresh)
    assert accepted.args == [True] and keychain_token(secrets, home) == fresh


def test_a_failed_write_rolls_back_to_what_is_on_disk(
    qtbot: Any, window: Any, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bug: after a failed write the window kept showing state that was not on disk."""
    import filelock

    from provider_wizard import store as store_module

    w, _ = window
    monkeypatch.setattr(store_module, "LOCK_TIMEOUT", 0.2)
    lock = filelock.FileLock(str(store.path.with_name(store.path.name + ".lock")))
    model = w.panel.picker.model
    with lock:  # another Provider Wizard holds the store: every write times out
        w.panel.name_edit.setText("Renamed")
        with qtbot.waitSignal(w.failed, timeout=5000):
            w.panel.name_edit.editingFinished.emit()
        with qtbot.waitSignal(w.failed, timeout=5000):
            model.setData(
                model.index(model.row_of("gpt-4o")),
                Qt.CheckState.Unchecked.value,
                Qt.ItemDataRole.CheckStateRole,
            )
    qtbot.waitUntil(lambda: w.panel.name_edit.text() == "Home", timeout=5000)
    assert w.provider_list.item(0).text().startswith("Home\n")
    model = w.panel.picker.model
    qtbot.waitUntil(lambda: model.entries[model.row_of("gpt-4o")].enabled, timeout=5000)
    assert "5 of 5 on" in w.panel.picker.counter.text()
    assert _stored(store).name == "Home" and _stored(store).model("gpt-4o").enabled


def test_token_is_read_only_when_asked(qtbot: Any, window: Any, token: str) -> None:
    w, _ = window
    assert token not in w.panel.token_edit.text()
    with qtbot.waitSignal(w.panel.token_read, timeout=5000):
        qtbot.mouseClick(w.panel.reveal_button, Qt.MouseButton.LeftButton)
    assert w.panel.token_edit.text() == token
    qtbot.mouseClick(w.panel.reveal_button, Qt.MouseButton.LeftButton)
    assert token not in w.panel.token_edit.text()
    assert token not in w.windowTitle() and token not in (w.panel.token_edit.toolTip() or "")


def test_remove_provider(qtbot: Any, window: Any, store: Store) -> None:
    w, secrets = window
    home = _stored(store)
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.remove_provider(home.id)
    assert store.load().find("Home") is None
    assert keychain_token(secrets, home) is None
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


def test_balance_on_the_page_and_under_the_provider(
    qtbot: Any, store: Store, make_emulator: Any
) -> None:
    from gateway_emulator import TokenSpec

    emu = make_emulator(flavour="newapi-later")
    emu.top_up_link = "https://pay.example.com"
    key = make_key("balance-ui")
    emu.tokens[key] = TokenSpec(remain_quota=100_000, used_quota=4_900_000)
    secrets = MemorySecretStore()
    add_provider(store, secrets, name="Lab", base_url=emu.base_url, token="sk-" + key, models=[])
    w = MainWindow(store, secrets, store.load())
    qtbot.addWidget(w)
    w.show()
    panel = w.panel
    assert "Not checked yet" in panel.balance.text() and not panel.top_up_button.isVisibleTo(w)
    with qtbot.waitSignal(panel.status_refreshed, timeout=10000):
        qtbot.mouseClick(panel.balance_button, Qt.MouseButton.LeftButton)
    assert "$0.20 left" in panel.balance.text() and "low" in panel.balance.text()
    assert panel.balance.status.value == "warning"
    assert panel.top_up_button.isVisibleTo(w)
    assert "$0.20 left" in w.provider_list.item(0).text()
    assert store.load().find("Lab").status.tokens[0].available == 0.2


def test_a_provider_without_its_token_says_so_and_offers_replace(qtbot: Any, window: Any) -> None:
    w, secrets = window
    home = w.doc.find("Home")
    # Gone elsewhere: another tool, a wiped keyring, a half-done add.
    secrets.delete(keychain_account(home.id, home.tokens[0]))
    with qtbot.waitSignal(w.failed, timeout=5000):
        qtbot.mouseClick(w.panel.reveal_button, Qt.MouseButton.LeftButton)
    assert "Token missing" in w.panel.token_edit.placeholderText()
    assert w.panel.token_edit.text() == "" and w.panel.replace_button.isDefault()
    assert "no token" in w.statusBar().currentMessage()


def test_two_tokens_on_the_page_each_with_its_balance(
    qtbot: Any, store: Store, make_emulator: Any
) -> None:
    from gateway_emulator import TokenSpec

    emu = make_emulator(flavour="newapi-later")
    keys = {label: make_key(f"page-{label}") for label in ("personal", "team", "spare")}
    emu.tokens[keys["personal"]] = TokenSpec(remain_quota=4_000_000, used_quota=1_000_000)
    emu.tokens[keys["team"]] = TokenSpec(remain_quota=100_000, used_quota=4_900_000)
    emu.tokens[keys["spare"]] = TokenSpec()
    secrets = MemorySecretStore()
    add_provider(
        store,
        secrets,
        name="Lab",
        base_url=emu.base_url,
        tokens=[("personal", "sk-" + keys["personal"]), ("team", "sk-" + keys["team"])],
        models=[],
    )
    w = MainWindow(store, secrets, store.load())
    qtbot.addWidget(w)
    w.show()
    panel = w.panel
    box = panel.tokens_box
    assert box.isVisibleTo(w) and box.view.topLevelItemCount() == 2
    with qtbot.waitSignal(panel.status_refreshed, timeout=10000):
        qtbot.mouseClick(panel.balance_button, Qt.MouseButton.LeftButton)
    rows = {box.view.topLevelItem(i).text(0): box.view.topLevelItem(i).text(1) for i in (0, 1)}
    assert rows == {"personal": "$8.00 left", "team": "$0.20 left · low: 2% left"}
    assert "$8.00 left" in panel.balance.text()  # the first token is selected
    assert "team: low" in w.provider_list.item(0).text()

    # The keyboard: Down selects the second token; the balance line and Show follow it.
    box.view.setFocus()
    qtbot.keyClick(box.view, Qt.Key.Key_Down)
    assert "$0.20 left" in panel.balance.text()
    with qtbot.waitSignal(panel.token_read, timeout=5000):
        qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert panel.token_edit.text() == "sk-" + keys["team"]

    # Space switches the selected token off: one write, and exports use the other.
    qtbot.keyClick(box.view, Qt.Key.Key_Space)
    _drain(w)
    assert [t.enabled for t in _stored(store, "Lab").tokens] == [True, False]

    # A third token, checked first; then removed again.
    with qtbot.waitSignal(panel.token_replaced, timeout=10000) as added:
        panel.add_token("spare", "sk-" + keys["spare"])
    assert added.args == [True]
    _drain(w)
    assert [t.label for t in _stored(store, "Lab").tokens] == ["personal", "team", "spare"]
    assert box.view.topLevelItemCount() == 3 and box.current_id() is not None
    panel.remove_token(_stored(store, "Lab").tokens[2].id)
    _drain(w)
    assert [t.label for t in _stored(store, "Lab").tokens] == ["personal", "team"]
    assert len(secrets._data) == 2

    # The user's threshold: at 1 % the team token is no longer low.
    panel.warn_spin.setValue(1)
    _drain(w)
    assert _stored(store, "Lab").low_balance_percent == 1
    assert "low" not in w.provider_list.item(0).text()


def test_use_in_shows_a_placeholder_and_gives_the_token_only_when_asked(
    qtbot: Any, window: Any, token: str, qapp: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from PySide6.QtGui import QDesktopServices

    from provider_wizard.links import parse
    from provider_wizard.ui.use_in import UseInDialog

    w, _ = window
    dialog = w.panel.open_use_in()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, UseInDialog) and dialog.current() == "cherry-studio"
    assert parse(dialog.text.toPlainText()).token == "<token>"
    assert token not in dialog.text.toPlainText()

    # Open in the client: the link with the token goes to the desktop, nowhere else.
    handed: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: handed.append(url.toString()) or True
    )
    with qtbot.waitSignal(dialog.opened, timeout=5000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert parse(handed[0]).token == token and token not in dialog.text.toPlainText()

    # Copy without the token; then with it, cleared after the delay unless replaced.
    dialog.set_target("env")
    assert not dialog.open_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "$OPENAI_API_KEY" in qapp.clipboard().text() and token not in qapp.clipboard().text()
    dialog.CLEAR_AFTER_MS = 300
    with qtbot.waitSignal(dialog.copied, timeout=5000):
        dialog.copy(with_token=True)
    assert token in qapp.clipboard().text()
    with qtbot.waitSignal(dialog.clipboard_cleared, timeout=5000):
        pass
    assert qapp.clipboard().text() == ""
    with qtbot.waitSignal(dialog.copied, timeout=5000):
        dialog.copy(with_token=True)
    qapp.clipboard().setText("something the user copied")
    qtbot.waitUntil(lambda: True, timeout=100)
    with qtbot.assertNotEmitted(dialog.clipboard_cleared, wait=600):
        pass
    assert qapp.clipboard().text() == "something the user copied"
    qapp.clipboard().clear()

    # Save a .env file: the token in it, mode 0600.
    dialog.set_target("dotenv")
    assert dialog.save_button.isVisibleTo(dialog)
    path = tmp_path / "gateway.env"
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save(str(path))
    assert token in path.read_text() and (path.stat().st_mode & 0o777) == 0o600


def test_check_uses_the_selected_token(qtbot: Any, store: Store, make_emulator: Any) -> None:
    from gateway_emulator import TokenSpec

    emu = make_emulator()
    good, old = make_key("check-good"), make_key("check-old")
    emu.tokens[good] = TokenSpec()
    emu.tokens[old] = TokenSpec(state="expired")
    secrets = MemorySecretStore()
    add_provider(
        store,
        secrets,
        name="Lab",
        base_url=emu.base_url,
        tokens=[("good", "sk-" + good), ("old", "sk-" + old)],
        models=[ModelEntry(id="gpt-4o-mini")],
    )
    w = MainWindow(store, secrets, store.load())
    qtbot.addWidget(w)
    w.show()
    panel = w.panel
    with qtbot.waitSignal(panel.checked, timeout=10000):
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.check_result.status.value == "ok"
    panel.tokens_box.view.setFocus()
    qtbot.keyClick(panel.tokens_box.view, Qt.Key.Key_Down)  # the old token
    with qtbot.waitSignal(panel.checked, timeout=10000):
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.check_result.status.value == "error"


def test_the_empty_page_offers_the_demo_in_a_process_of_its_own(
    qtbot: Any, store: Store, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QProcess

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        lambda program, args: started.append((program, args)) or (True, 1),
    )
    w = MainWindow(store, MemorySecretStore(), store.load())
    qtbot.addWidget(w)
    w.show()
    assert w.stack.currentIndex() == 0 and w.demo_button.isVisibleTo(w)
    qtbot.mouseClick(w.demo_button, Qt.MouseButton.LeftButton)
    assert started and started[0][1] == ["-m", "provider_wizard", "--demo"]


def test_refresh_all_balances_fills_every_line_in_one_go(
    qtbot: Any, store: Store, make_emulator: Any
) -> None:
    from gateway_emulator import TokenSpec

    secrets = MemorySecretStore()
    for n in range(3):
        emu = make_emulator(flavour="newapi-later")
        key = make_key(f"all-{n}")
        emu.tokens[key] = TokenSpec(remain_quota=500_000 * (n + 1), used_quota=0)
        add_provider(
            store, secrets, name=f"G{n}", base_url=emu.base_url, token="sk-" + key, models=[]
        )
    w = MainWindow(store, secrets, store.load())
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.balances_refreshed, timeout=10000):
        w.refresh_all_balances()
    lines = [w.provider_list.item(i).text() for i in range(3)]
    assert [line.splitlines()[-1] for line in lines] == ["$1.00 left", "$2.00 left", "$3.00 left"]


def test_the_list_from_the_file_is_shown_first_and_changes_nothing_until_validated(
    qtbot: Any, store: Store
) -> None:
    from provider_wizard.listing import listed
    from provider_wizard.schemas import StatusCache, TokenStatus

    secrets = MemorySecretStore()
    for name in ("Home", "Lab", "Work"):
        token = "sk-" + make_key(name)
        add_provider(
            store, secrets, name=name, base_url="http://10.0.0.1:3000", token=token, models=[]
        )
    with store.edit() as doc:
        doc.providers[1].status = StatusCache(
            tokens=[TokenStatus(granted=10, available=4, unit="USD")]
        )
    w = MainWindow(store, secrets, None)
    qtbot.addWidget(w)
    said: list[str] = []
    w.listed.connect(lambda: said.append("listed"))
    w.loaded.connect(lambda: said.append("loaded"))
    views = listed(store.peek())
    assert views is not None
    w.show_listing(views)
    w.show()
    assert said == ["listed"] and w.listed_already and w.doc is None
    assert [w.provider_list.item(i).text().split("\n")[0] for i in range(3)] == [
        "Home",
        "Lab",
        "Work",
    ]
    assert w.provider_list.item(1).text().endswith("$4.00 left")
    assert w.stack.currentIndex() == 2  # "Loading…" until the document is validated
    # Space on a row does not switch the provider off: nothing may be written from the view.
    w.provider_list.setFocus()
    for _ in range(3):  # the first Down makes the first row current
        qtbot.keyClick(w.provider_list, Qt.Key.Key_Down)
    qtbot.keyClick(w.provider_list, Qt.Key.Key_Space)
    assert w.provider_list.currentRow() == 2
    assert w.provider_list.item(2).checkState() == Qt.CheckState.Checked
    assert not w.writer.busy and all(p.enabled for p in store.load().providers)
    # The validated document keeps the row the user moved to, and the list can now be used.
    w.set_document(store.load())
    assert said == ["listed", "loaded"]
    assert w.provider_list.currentRow() == 2 and w.stack.currentIndex() == 1
    assert w._current is not None and w._current.name == "Work"
    qtbot.keyClick(w.provider_list, Qt.Key.Key_Space)
    assert w.provider_list.item(2).checkState() == Qt.CheckState.Unchecked
    _drain(w)
    assert not _stored(store, "Work").enabled


def test_the_menus_fill_after_the_first_frame_and_their_shortcuts_work(
    qtbot: Any, window: Any
) -> None:
    """The actions come after the list's first frame (their classes cost the first paint
    ~2%); from then on the standard keys reach them, pressed on the real window."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from provider_wizard.ui.wizard import AddProviderWizard

    w, _ = window
    qtbot.waitUntil(lambda: w.menus_finished, timeout=5000)
    file_menu = w.menuBar().actions()[0].menu()
    actions = file_menu.actions()
    shortcuts = [a.shortcut() for a in actions if not a.isSeparator()]
    assert shortcuts == [
        QKeySequence(QKeySequence.StandardKey.New),
        QKeySequence(QKeySequence.StandardKey.Refresh),
        QKeySequence(QKeySequence.StandardKey.Quit),
    ]
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    with qtbot.waitSignal(w.balances_refreshed, timeout=10000):
        qtbot.keyClick(w.provider_list, Qt.Key.Key_F5)
    qtbot.keyClick(w.provider_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AddProviderWizard))
    wizard = QApplication.activeModalWidget()
    assert isinstance(wizard, AddProviderWizard)
    wizard.reject()


def test_a_menu_opened_before_the_first_frame_is_filled_first(qtbot: Any, store: Store) -> None:
    w = MainWindow(store, MemorySecretStore(), store.load())
    qtbot.addWidget(w)
    assert not w.menus_finished  # not drawn, the wait not over: no actions yet
    from PySide6.QtWidgets import QMenu

    menu = w.menuBar().actions()[1].menu()  # Language
    assert isinstance(menu, QMenu)
    # What Qt emits as the menu opens (a popup here would grab the keyboard offscreen).
    menu.aboutToShow.emit()
    assert w.menus_finished
    assert [a.text() for a in menu.actions()][1:] == ["English", "简体中文"]


def test_a_window_that_is_not_drawn_gets_its_menus_after_the_wait(qtbot: Any, store: Store) -> None:
    w = MainWindow(store, MemorySecretStore(), store.load())
    qtbot.addWidget(w)
    assert not w.menus_finished
    qtbot.waitUntil(lambda: w.menus_finished, timeout=5000)
    file_menu = w.menuBar().actions()[0].menu()
    assert len(file_menu.actions()) == 4  # type: ignore[attr-defined]  # add, refresh, -, quit


def test_a_step_after_the_first_frame_runs_once_when_the_frame_comes_after_the_wait(
    qtbot: Any, store: Store
) -> None:
    w = MainWindow(store, MemorySecretStore(), store.load())
    qtbot.addWidget(w)
    runs: list[int] = []
    w.after_first_frame(lambda: runs.append(1))
    qtbot.waitUntil(lambda: runs == [1], timeout=5000)  # not drawn: the wait ran out
    with qtbot.waitSignal(w.provider_list.first_painted, timeout=5000):
        w.show()
    w.after_first_frame(lambda: runs.append(2))  # asked after the frame: on the next turn
    qtbot.waitUntil(lambda: runs == [1, 2], timeout=5000)
    assert runs == [1, 2]
