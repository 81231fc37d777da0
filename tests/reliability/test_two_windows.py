"""Two app instances on one store work safely beside each other: no update of either is lost.

Each window keeps its own view; every write locks the file and re-reads it before changing
it, so the second window's changes never overwrite the first's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from provider_wizard.providers import add_provider
from provider_wizard.schemas import ModelEntry
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store
from provider_wizard.ui.main_window import MainWindow


def test_two_windows_keep_each_others_changes(qtbot: Any, store: Store) -> None:
    secrets = MemorySecretStore()
    for name in ("One", "Two"):
        add_provider(
            store,
            secrets,
            name=name,
            base_url="http://127.0.0.1:3000",
            token="sk-" + "x" * 48,
            models=[ModelEntry(id="a"), ModelEntry(id="b")],
        )
    first = MainWindow(Store(store.path), secrets, Store(store.path).load())
    second = MainWindow(Store(store.path), secrets, Store(store.path).load())
    for w in (first, second):
        qtbot.addWidget(w)
        w.show()
    first.provider_list.setCurrentRow(0)
    second.provider_list.setCurrentRow(1)

    # Interleaved changes, each from a window whose view of the file is out of date.
    with qtbot.waitSignal(first.saved, timeout=5000):
        first.panel.picker.model.setData(
            first.panel.picker.model.index(0),
            Qt.CheckState.Unchecked.value,
            Qt.ItemDataRole.CheckStateRole,
        )
    with qtbot.waitSignal(second.saved, timeout=5000):
        second.panel.enabled_switch.setChecked(False)
    with qtbot.waitSignal(first.saved, timeout=5000):
        first.panel.name_edit.setText("One renamed")
        first.panel.name_edit.editingFinished.emit()
    with qtbot.waitSignal(second.saved, timeout=5000):
        second.panel.picker.model.setData(
            second.panel.picker.model.index(1),
            Qt.CheckState.Unchecked.value,
            Qt.ItemDataRole.CheckStateRole,
        )

    doc = store.load(recover=False)
    one, two = doc.find("One renamed"), doc.find("Two")
    assert one is not None and two is not None
    assert [m.enabled for m in one.models] == [False, True]
    assert not two.enabled and [m.enabled for m in two.models] == [True, False]
