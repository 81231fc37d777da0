"""The model list model: Qt's model tester, check-state role, bulk changes, filtering, families."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from provider_wizard.capabilities import Family
from provider_wizard.schemas import ModelEntry
from provider_wizard.ui.model_list import (
    FamilyRole,
    HeaderRole,
    ModelFilterProxy,
    ModelListModel,
    Tab,
    TagsRole,
    family_of,
)


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
    qtmodeltester.check(proxy)
    proxy.set_filter_text("gpt")
    qtmodeltester.check(proxy)
    assert proxy.entry_count() == 2 and proxy.rowCount() == 3  # the OpenAI header and two
    proxy.set_tab(Tab.ENABLED)
    qtmodeltester.check(proxy)


def test_families_and_sorting() -> None:
    assert family_of("gpt-4o") is Family.OPENAI
    assert family_of("deepseek/deepseek-chat") is Family.DEEPSEEK
    assert family_of("qwen:7b") is Family.QWEN
    assert family_of("o3") is Family.OPENAI
    model = ModelListModel(_entries())
    families = [model.data(model.index(r), FamilyRole) for r in range(model.rowCount())]
    order = list(Family)
    assert [order.index(f) for f in families] == sorted(order.index(f) for f in families)
    assert model.ids()[:3] == ["gpt-4o", "gpt-4o-mini", "o3-mini"]
    assert model.ids()[3:5] == ["claude-3-5-sonnet", "Claude-3-haiku"]  # case-insensitive


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
    removed = model.remove_rows([row, model.rowCount() - 1])
    assert "gpt-3.5-turbo" in removed and len(model.ids()) == 6
    qtmodeltester.check(model)


def test_filter_follows_changes_to_the_rows() -> None:
    model = ModelListModel(_entries())
    proxy = ModelFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("gpt")
    assert proxy.entry_count() == 2
    model.add_entry(ModelEntry(id="gpt-3.5-turbo", source="manual"))
    assert proxy.entry_count() == 3
    model.remove_rows([model.row_of("gpt-4o")])
    assert proxy.entry_count() == 2
    model.set_entries([ModelEntry(id="x"), ModelEntry(id="GPT-5")])
    assert proxy.entry_count() == 1
    assert [model.ids()[r] for r in proxy.source_rows()] == ["GPT-5"]
    proxy.set_filter_text("")
    assert proxy.entry_count() == 2 and proxy.source_rows() == [0, 1]
    assert proxy.rowCount() == 4  # two groups: OpenAI (GPT-5) and Others (x)


@given(
    st.lists(
        st.text(alphabet="ab-/:.4", min_size=1, max_size=6)
        | st.sampled_from(["gpt-4o", "claude-3", "qwen-max", "glm-4", "o1", "llama-3", "x"]),
        max_size=40,
    )
)
def test_sorting_keeps_each_family_together(ids: list[str]) -> None:
    from provider_wizard.ui.model_list import sort_for_view

    families = [family_of(e.id) for e in sort_for_view([ModelEntry(id=i) for i in ids])]
    runs = [f for i, f in enumerate(families) if i == 0 or families[i - 1] != f]
    assert len(runs) == len(set(runs)), families


@given(
    st.lists(
        st.text(min_size=1, max_size=8)
        | st.sampled_from(["gpt-4o", "GPT-4o", "claude-3", "qwen-max", "o1", "x", "X", "é"]),
        max_size=40,
    )
)
def test_the_sort_is_family_rank_then_lower_case_id(ids: list[str]) -> None:
    """The one-string keys sort_for_view builds give the order of (rank, id.lower())."""
    from pydantic import ValidationError

    from provider_wizard.ui.model_list import _sort_key, sort_for_view

    entries = []
    for i in ids:
        try:
            entries.append(ModelEntry(id=i))
        except ValidationError:
            continue  # not an id the store keeps (empty, control characters…)
    expected = [e.id for e in sorted(entries, key=_sort_key)]
    assert [e.id for e in sort_for_view(entries)] == expected


def _grouped(ids: list[str], enabled: set[str] | None = None) -> tuple[ModelListModel, Any]:
    entries = [ModelEntry(id=i, enabled=i in (enabled or set())) for i in ids]
    model = ModelListModel(entries)
    proxy = ModelFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_groups_with_counts_a_box_each_and_folding(qtmodeltester: Any, qtbot: Any) -> None:
    model, proxy = _grouped(
        ["gpt-4o", "o3-mini", "text-embedding-3-small", "claude-3-5-sonnet", "qwen-max"],
        enabled={"gpt-4o"},
    )
    heads = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(HeaderRole)]
    assert [proxy.group_at(r) for r in heads] == [Family.OPENAI, Family.CLAUDE, Family.QWEN]
    openai = proxy.index(heads[0], 0)
    assert "OpenAI" in openai.data() and "3" in openai.data() and "1 on" in openai.data()
    assert openai.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    # The group's box: every model of the group on, in one signal (one store write).
    with qtbot.waitSignal(model.checks_changed) as switched:
        proxy.setData(openai, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert sorted(switched.args[0]) == ["o3-mini", "text-embedding-3-small"]
    assert openai.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    proxy.set_collapsed(Family.OPENAI, True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 5 and "▸" in proxy.index(0, 0).data()
    assert proxy.entry_count() == 5  # folded, not filtered: "All on" still means them


def test_tabs_show_models_by_capability() -> None:
    ids = ["gpt-4o", "o3-mini", "text-embedding-3-small", "dall-e-3", "whisper-1",
           "bge-reranker-v2-m3", "claude-3-5-sonnet", "qwen-vl-max"]  # fmt: skip
    model, proxy = _grouped(ids, enabled={"gpt-4o"})

    def shown(tab: Tab) -> list[str]:
        proxy.set_tab(tab)
        return sorted(model.ids()[r] for r in proxy.source_rows())

    assert shown(Tab.ENABLED) == ["gpt-4o"]
    assert shown(Tab.EMBEDDING) == ["text-embedding-3-small"]
    assert shown(Tab.IMAGE) == ["dall-e-3"]
    assert shown(Tab.AUDIO) == ["whisper-1"]
    assert shown(Tab.RERANK) == ["bge-reranker-v2-m3"]
    assert "o3-mini" in shown(Tab.REASONING)
    assert "qwen-vl-max" in shown(Tab.VISION)
    assert len(shown(Tab.CHAT)) == 4
    proxy.set_filter_text("qwen")
    assert shown(Tab.CHAT) == ["qwen-vl-max"]
    row = model.row_of("o3-mini")
    assert "reasoning" in model.index(row).data(TagsRole).split("\t")


def test_the_picker_by_keyboard_folds_and_switches_a_group(qtbot: Any) -> None:
    from provider_wizard.ui.model_picker import ModelPicker

    picker = ModelPicker()
    qtbot.addWidget(picker)
    ids = ["gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "claude-3-haiku", "qwen-max"]
    picker.set_entries([ModelEntry(id=i, enabled=False) for i in ids])
    picker.show()
    view, proxy = picker.view, picker.proxy
    view.setFocus()
    view.setCurrentIndex(proxy.index(0, 0))  # the OpenAI header
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert proxy.is_collapsed(Family.OPENAI) and proxy.rowCount() == 6
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert not proxy.is_collapsed(Family.OPENAI) and proxy.rowCount() == 8
    with qtbot.waitSignal(picker.checks_changed) as switched:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert switched.args == [["gpt-4o", "gpt-4o-mini"], True]
    assert picker.enabled_count() == 2
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter folds too
    assert proxy.is_collapsed(Family.OPENAI)
    # The tabs: Enabled shows the two that are on, under their header.
    picker.set_tab(Tab.ENABLED)
    assert proxy.entry_count() == 2 and "2 shown" in picker.counter.text()
