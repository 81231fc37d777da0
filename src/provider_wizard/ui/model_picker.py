"""The model picker: tabs by capability, search, models grouped by family with a box per group,
tags as chips, all on / all off, add by id, remove, a counter.

Used by the wizard's models page and by the main window. It edits the ``ModelEntry`` objects
through ``ModelListModel`` and reports each user action once (``checks_changed``,
``model_added``, ``models_removed``) so that the owner can save it in one write.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ..limits import MAX_MODEL_ID_LENGTH

if TYPE_CHECKING:
    from ..schemas import ModelEntry
from .model_delegate import ModelRowDelegate
from .model_list import ModelFilterProxy, ModelListModel, Tab


class _IdField(QLineEdit):
    """The model-id field: Enter adds the typed id and goes no further.

    A QLineEdit passes Enter on, so in a wizard the same key would also press Next and leave
    the page; with an id typed, Enter here means "add" only. An empty field passes it on.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        had_text = bool(self.text().strip())
        super().keyPressEvent(event)
        if had_text and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ModelPicker(QWidget):
    checks_changed = Signal(list, bool)
    model_added = Signal(str)
    models_removed = Signal(list)
    counts_changed = Signal(int, int)  # on, total

    def __init__(self, parent: QWidget | None = None, *, allow_remove: bool = True) -> None:
        super().__init__(parent)
        self.model = ModelListModel(parent=self)
        self.proxy = ModelFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._on = 0  # models switched on, counted when the rows or their checks change

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search models"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search models"))
        self.search.textChanged.connect(self.proxy.set_filter_text)
        # Typing changes only what is shown; the count of models on stays as it was.
        self.search.textChanged.connect(self._show_counter)

        self.all_on = QPushButton(self.tr("All on"), self)
        self.all_on.setToolTip(self.tr("Switch on every model shown"))
        self.all_off = QPushButton(self.tr("All off"), self)
        self.all_off.setToolTip(self.tr("Switch off every model shown"))
        self.all_on.clicked.connect(lambda: self._set_shown(True))
        self.all_off.clicked.connect(lambda: self._set_shown(False))

        self.tabs = QTabBar(self)
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName(self.tr("Show models"))
        names = {
            Tab.ALL: self.tr("All"),
            Tab.ENABLED: self.tr("Enabled"),
            Tab.CHAT: self.tr("Chat"),
            Tab.REASONING: self.tr("Reasoning"),
            Tab.VISION: self.tr("Vision"),
            Tab.EMBEDDING: self.tr("Embedding"),
            Tab.IMAGE: self.tr("Image"),
            Tab.AUDIO: self.tr("Audio"),
            Tab.RERANK: self.tr("Rerank"),
        }
        for tab in Tab:
            self.tabs.setTabData(self.tabs.addTab(names[tab]), tab.value)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)  # constant-time layout for very long lists
        # Lay out 10,000 rows a batch at a time across event-loop turns, not in one stall.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(500)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAccessibleName(self.tr("Models"))
        self.view.setAlternatingRowColors(True)
        self.view.setItemDelegate(ModelRowDelegate(self.view))
        self.view.activated.connect(self._activated)  # Enter (or a double click) on a header
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)

        self.new_id = _IdField(self)
        self.new_id.setMaxLength(MAX_MODEL_ID_LENGTH)
        self.new_id.setPlaceholderText(self.tr("Model id, e.g. gpt-4o-mini"))
        self.new_id.setAccessibleName(self.tr("Model id to add"))
        self.add_button = QPushButton(self.tr("Add by id"), self)
        self.add_button.setEnabled(False)
        self.new_id.textChanged.connect(self._update_add_button)
        self.new_id.returnPressed.connect(self._add_typed)
        self.add_button.clicked.connect(self._add_typed)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected models from this list"))
        self.remove_button.setVisible(allow_remove)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_remove_button)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        self.counter = QLabel(self)
        self.counter.setAccessibleName(self.tr("Models switched on"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.all_on)
        top.addWidget(self.all_off)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_id, 1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.counter)

        self.model.checks_changed.connect(self.checks_changed)
        self.model.checks_changed.connect(self._update_counter)
        self.model.modelReset.connect(self._update_counter)
        self.model.rowsInserted.connect(self._update_counter)
        self.model.rowsRemoved.connect(self._update_counter)
        self._update_counter()

    # --- the owner's side ---------------------------------------------------------------------

    def set_entries(self, entries: Sequence[ModelEntry], *, presorted: bool = False) -> None:
        self.model.set_entries(entries, presorted=presorted)

    def enabled_count(self) -> int:
        return self.model.enabled_count()

    # --- actions ------------------------------------------------------------------------------

    def _set_shown(self, enabled: bool) -> None:
        self.model.set_rows_enabled(self.proxy.source_rows(), enabled)

    def set_tab(self, tab: Tab) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.tabData(i) == tab.value:
                self.tabs.setCurrentIndex(i)

    def _tab_changed(self, index: int) -> None:
        self.proxy.set_tab(Tab(self.tabs.tabData(index)))
        self._show_counter()

    def toggle_group(self, view_row: int) -> bool:
        """Fold or unfold the family whose header is at ``view_row``; False: not a header."""
        family = self.proxy.group_at(view_row)
        if family is None:
            return False
        self.proxy.set_collapsed(family, not self.proxy.is_collapsed(family))
        # The header keeps the focus where it is: the user goes on from there.
        for row in range(self.proxy.rowCount()):
            if self.proxy.group_at(row) is family:
                index = self.proxy.index(row, 0)
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.view.scrollTo(index)
                break
        return True

    def _activated(self, index: QModelIndex) -> None:
        self.toggle_group(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            current = self.view.currentIndex()
            family = self.proxy.group_at(current.row()) if current.isValid() else None
            if family is not None and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                collapse = event.key() == Qt.Key.Key_Left
                if self.proxy.is_collapsed(family) != collapse:
                    self.toggle_group(current.row())
                return True
        if watched is self.view.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            index = self.view.indexAt(event.position().toPoint())
            # A click on a header's name folds it; its box (at the left) is the delegate's.
            box_end = self.view.visualRect(index).left() + 28
            if index.isValid() and event.position().x() > box_end:
                self.toggle_group(index.row())
        return super().eventFilter(watched, event)

    def _update_add_button(self) -> None:
        text = self.new_id.text().strip()
        self.add_button.setEnabled(bool(text) and self.model.row_of(text) < 0)

    def _add_typed(self) -> None:
        from ..errors import InvalidInput
        from ..schemas import ModelEntry, valid_model_id
        from .messages import describe

        try:
            model_id = valid_model_id(self.new_id.text())
        except InvalidInput as exc:
            if self.new_id.text().strip():
                self.counter.setText(describe(exc).detail)
            return
        if self.model.row_of(model_id) >= 0:
            return
        row = self.model.add_entry(ModelEntry(id=model_id, source="manual"))
        self.new_id.clear()
        self.model_added.emit(model_id)
        proxy_index = self.proxy.mapFromSource(self.model.index(row))
        if proxy_index.isValid():
            self.view.scrollTo(proxy_index)
            self.view.selectionModel().setCurrentIndex(
                proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def remove_selected(self) -> None:
        # A family's header maps to no model: only models' rows are removed.
        rows = [
            row
            for i in self.view.selectionModel().selectedIndexes()
            if (row := self.proxy.mapToSource(i).row()) >= 0
        ]
        if rows:
            self.models_removed.emit(self.model.remove_rows(rows))

    def _update_remove_button(self) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())

    def _update_counter(self) -> None:
        self._on = self.model.enabled_count()
        self._show_counter()
        self.counts_changed.emit(self._on, self.model.rowCount())

    def _show_counter(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.entry_count()
        text = self.tr("%n of %1 on", "", self._on).replace("%1", str(total))
        if shown != total:
            text += " · " + self.tr("%n shown", "", shown)
        self.counter.setText(text)
