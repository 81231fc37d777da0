"""The provider page's list of tokens: label, on/off and balance of each, and what to do with one.

Shown when a provider holds more than one token (a single token needs no list: the token row
below it says everything). Which token is selected decides what the token row (Show, Copy,
Replace…) and the balance line act on. Every change goes through the core on a worker and
the list then shows what the core returned (provider_panel.py owns the writes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ..schemas import Provider

_ID = Qt.ItemDataRole.UserRole


class TokensBox(QWidget):
    """``toggled(token id, on)``, ``selected(token id)``; ``rename``/``remove`` ask the panel."""

    toggled = Signal(str, bool)
    selected = Signal(str)
    rename_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTreeWidget(self)
        self.view.setColumnCount(2)
        self.view.setHeaderLabels([self.tr("Token"), self.tr("Balance")])
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Tokens"))
        self.view.itemChanged.connect(self._item_changed)
        self.view.currentItemChanged.connect(self._current_changed)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.clicked.connect(lambda: self._ask(self.rename_requested))
        self.remove_button = QPushButton(self.tr("Remove token…"), self)
        self.remove_button.clicked.connect(lambda: self._ask(self.remove_requested))
        buttons = QVBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._filling = False

    def show_tokens(self, provider: Provider, keep: str | None = None) -> None:
        """Fill the list from ``provider``; ``keep`` (a token id) stays selected if still there."""
        from ..figures import short_line, token_warnings
        from .messages import tr

        self._filling = True
        self.view.clear()
        current = None
        for entry in provider.tokens:
            figures = provider.status_of(entry)
            said = ""
            if figures is not None:
                said = " · ".join(
                    tr(x) for x in (short_line(figures), *token_warnings(provider, figures))
                )
            item = QTreeWidgetItem([entry.label, said])
            item.setData(0, _ID, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if entry.enabled else Qt.CheckState.Unchecked
            )
            item.setToolTip(
                0, self.tr("On: used by exports and checks") if entry.enabled else self.tr("Off")
            )
            self.view.addTopLevelItem(item)
            if entry.id == keep:
                current = item
        self.view.resizeColumnToContents(0)
        rows = max(1, len(provider.tokens))
        # Tall enough for every token (a handful), so the list never scrolls for a few.
        row = self.view.sizeHintForRow(0) if self.view.topLevelItemCount() else 20
        self.view.setFixedHeight(self.view.header().sizeHint().height() + row * rows + 6)
        self._filling = False
        first = current or self.view.topLevelItem(0)
        if first is not None:
            self.view.setCurrentItem(first)

    def current_id(self) -> str | None:
        item = self.view.currentItem()
        value = item.data(0, _ID) if item is not None else None
        return value if isinstance(value, str) else None

    def _ask(self, signal: SignalInstance) -> None:
        token_id = self.current_id()
        if token_id is not None:
            signal.emit(token_id)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        token_id = item.data(0, _ID)
        if isinstance(token_id, str):
            self.toggled.emit(token_id, item.checkState(0) == Qt.CheckState.Checked)

    def _current_changed(self, current: QTreeWidgetItem | None, _: object) -> None:
        if self._filling or current is None:
            return
        token_id = current.data(0, _ID)
        if isinstance(token_id, str):
            self.selected.emit(token_id)
