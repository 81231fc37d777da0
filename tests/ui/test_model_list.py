"""The model list model: Qt's model tester, check-state role, bulk changes, filtering, families."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from provider_wizard.schemas import ModelEntry
from provider_wizard.ui.model_list import FamilyRole, ModelFilterProxy, ModelListModel, family_of


def _entries() -> list[ModelEntry]:
    ids = [
        "gpt-4o",
        "claude-3-5-sonnet",
        "gpt-4o-mini",
        "deepseek/deepseek-chat",
        "qwen:7b",
        "o3-mini",
        "Claude-3-haiku",
    ]
    return [ModelEntry(id=i, enabled=i.startswith("gpt")) for i in ids]


def test_qt_model_tester(qtmodeltester: Any) -> None:
    model = ModelListModel(_entries())
    qtmodeltester.check(model)
    proxy = ModelFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("gpt")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2


def test_families_and_sorting() -> None:
    assert family_of("gpt-4o") == "gpt"
    assert family_of("deepseek/deepseek-chat") == "deepseek"
    assert family_of("qwen:7b") == "qwen"
    assert family_of("o3") == "o3"
    model = ModelListModel(_entries())
    families = [model.data(model.index(r), FamilyRole) for r in range(model.rowCount())]
    assert families == sorted(families)
    assert model.ids()[:2] == ["claude-3-5-sonnet", "Claude-3-haiku"]  # case-insensitive


def test_check_state_maps_to_enabled(qtbot: Any) -> None:
    entries = _entries()
    model = ModelListModel(entries)
    row = model.row_of("o3-mini")
    index = model.index(row)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with (
        qtbot.waitSignal(model.dataChanged) as changed,
        qtbot.waitSignal(model.checks_changed) as checks,
    ):
        assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert changed.args[2] == [Qt.ItemDataRole.CheckStateRole]
    assert checks.args == [["o3-mini"], True]
    assert next(e for e in entries if e.id == "o3-mini").enabled is True
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable


def test_bulk_change_is_one_signal(qtbot: Any) -> None:
    entries = [ModelEntry(id=f"m-{i:05d}", enabled=False) for i in range(10_000)]
    model = ModelListModel(entries)
    seen: list[tuple[list[str], bool]] = []
    model.checks_changed.connect(lambda ids, on: seen.append((ids, on)))
    spans: list[Any] = []
    model.dataChanged.connect(lambda a, b, roles: spans.append((a.row(), b.row())))
    model.set_rows_enabled(range(10_000), True)
    assert len(seen) == 1 and len(seen[0][0]) == 10_000
    assert spans == [(0, 9_999)]
    assert model.enabled_count() == 10_000
    assert model.set_rows_enabled(range(10), True) == []  # nothing changed, nothing said


def test_filter_is_case_insensitive() -> None:
    model = ModelListModel(_entries())
    proxy = ModelFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("CLAUDE")
    assert sorted(model.ids()[r] for r in proxy.source_rows()) == [
        "Claude-3-haiku",
        "claude-3-5-sonnet",
    ]


def test_add_and_remove_keep_order(qtmodeltester: Any) -> None:
    model = ModelListModel(_entries())
    row = model.add_entry(ModelEntry(id="gpt-3.5-turbo", source="manual"))
    assert model.ids()[row] == "gpt-3.5-turbo"
    assert "added by hand" in model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
    removed = model.remove_rows([0, row])
    assert "gpt-3.5-turbo" in removed and len(model.ids()) == 6
    qtmodeltester.check(model)


def test_filter_follows_changes_to_the_rows() -> None:
    model = ModelListModel(_entries())
    proxy = ModelFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("gpt")
    assert proxy.rowCount() == 2
    model.add_entry(ModelEntry(id="gpt-3.5-turbo", source="manual"))
    assert proxy.rowCount() == 3
    model.remove_rows([model.row_of("gpt-4o")])
    assert proxy.rowCount() == 2
    model.set_entries([ModelEntry(id="x"), ModelEntry(id="GPT-5")])
    assert proxy.rowCount() == 1
    assert [model.ids()[r] for r in proxy.source_rows()] == ["GPT-5"]
    proxy.set_filter_text("")
    assert proxy.rowCount() == 2 and proxy.source_rows() == [0, 1]


@given(st.lists(st.text(alphabet="ab-/:.4", min_size=1, max_size=6), max_size=40))
def test_sorting_keeps_each_family_together(ids: list[str]) -> None:
    from provider_wizard.ui.model_list import sort_for_view

    families = [family_of(e.id) for e in sort_for_view([ModelEntry(id=i) for i in ids])]
    runs = [f for i, f in enumerate(families) if i == 0 or families[i - 1] != f]
    assert len(runs) == len(set(runs)), families
