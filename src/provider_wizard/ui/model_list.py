"""The model list: a thin Qt item model over the provider's ``ModelEntry`` objects.

The check box of a row is the entry's ``enabled`` flag (``Qt.CheckStateRole`` in ``data()``
and ``setData()``, with ``dataChanged`` for that role), as in napari's Qt layer. Rows are
kept sorted by family (the id's prefix before the first ``-``, ``/`` or ``:``) and id, so that
a gateway's unordered list of hundreds of ids reads as groups. ``ModelFilterProxy`` filters
case-insensitively from verdicts computed in one pass per keystroke, so typing in the search
field stays within a frame at 10,000 rows.
Bulk changes ("All on") touch many rows but emit one ``checks_changed`` (one store write).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

if TYPE_CHECKING:
    from ..schemas import ModelEntry

_FAMILY_SPLIT = re.compile(r"[-/:]")

IdRole = Qt.ItemDataRole.UserRole + 1
FamilyRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def family_of(model_id: str) -> str:
    return _FAMILY_SPLIT.split(model_id, maxsplit=1)[0].lower()


# Separators sort before every other character: ids then group by family (the text before
# the first separator) without splitting each one, which a 10,000-row sort would feel.
_FAMILY_ORDER = str.maketrans({"-": "\x00", "/": "\x00", ":": "\x00"})


def _sort_key(entry: ModelEntry) -> str:
    return entry.id.lower().translate(_FAMILY_ORDER)


def sort_for_view(entries: Iterable[ModelEntry]) -> list[ModelEntry]:
    """The order the list shows; pure Python, so a worker can do it for thousands of entries."""
    return sorted(entries, key=_sort_key)


class ModelListModel(QAbstractListModel):
    # ids whose check box the user changed, and the new state: one emission per user action.
    checks_changed = Signal(list, bool)

    def __init__(self, entries: Sequence[ModelEntry] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ModelEntry] = sort_for_view(entries)
        # Bumped on every change of the rows (not of check states): the filter's cache key.
        self.generation = 0

    # --- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == IdRole:
            return entry.id
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.enabled else Qt.CheckState.Unchecked
        if role == FamilyRole:
            return family_of(entry.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [entry.id]
            if entry.owned_by:
                parts.append(entry.owned_by)
            if entry.source == "manual":
                parts.append(self.tr("added by hand"))
            return " · ".join(parts)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        entry = self._entries[index.row()]
        if entry.enabled == checked:
            return True
        entry.enabled = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit([entry.id], checked)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- the domain side -------------------------------------------------------------------

    @property
    def entries(self) -> list[ModelEntry]:
        return self._entries

    def set_entries(self, entries: Sequence[ModelEntry], *, presorted: bool = False) -> None:
        """Show ``entries``; ``presorted`` when they come from ``sort_for_view`` (a worker)."""
        self.beginResetModel()
        self._entries = list(entries) if presorted else sort_for_view(entries)
        self.generation += 1
        self.endResetModel()

    def enabled_count(self) -> int:
        return sum(1 for e in self._entries if e.enabled)

    def ids(self) -> list[str]:
        return [e.id for e in self._entries]

    def set_rows_enabled(self, rows: Iterable[int], enabled: bool) -> list[str]:
        """Switch many rows at once: one ``dataChanged`` span, one ``checks_changed``."""
        changed_rows = [r for r in rows if self._entries[r].enabled != enabled]
        if not changed_rows:
            return []
        for r in changed_rows:
            self._entries[r].enabled = enabled
        top, bottom = min(changed_rows), max(changed_rows)
        self.dataChanged.emit(self.index(top), self.index(bottom), [Qt.ItemDataRole.CheckStateRole])
        ids = [self._entries[r].id for r in changed_rows]
        self.checks_changed.emit(ids, enabled)
        return ids

    def add_entry(self, entry: ModelEntry) -> int:
        """Insert at its sorted place; returns the row."""
        key = _sort_key(entry)
        row = 0
        while row < len(self._entries) and _sort_key(self._entries[row]) < key:
            row += 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.insert(row, entry)
        self.generation += 1
        self.endInsertRows()
        return row

    def remove_rows(self, rows: Iterable[int]) -> list[str]:
        removed: list[str] = []
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            removed.append(self._entries.pop(row).id)
            self.generation += 1
            self.endRemoveRows()
        return removed

    def row_of(self, model_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == model_id:
                return row
        return -1


class ModelFilterProxy(QSortFilterProxyModel):
    """Case-insensitive substring filter on the id, decided in one Python pass per keystroke.

    Qt's own filter would call the model's Python ``data()`` for every row on every
    keystroke (about 30 ms at 10,000 rows). Here the verdicts for all rows are computed at
    once when the text changes, and ``filterAcceptsRow`` only reads them. After the rows
    change (an id added or removed) and until the next keystroke, a row is checked directly.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model: ModelListModel | None = None
        self._needle = ""
        self._verdicts: list[bool] | None = None  # None: no filter, every row passes
        self._generation = -1  # the model generation the verdicts are of
        self._folded: list[str] = []  # the ids, case-folded once per model generation
        self._folded_generation = -1

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, ModelListModel)
        self._model = model
        super().setSourceModel(model)

    def set_filter_text(self, text: str) -> None:
        model = self._model
        assert model is not None
        self.beginFilterChange()
        self._needle = needle = text.strip().casefold()
        if needle:
            if self._folded_generation != model.generation:
                self._folded = [e.id.casefold() for e in model.entries]
                self._folded_generation = model.generation
            self._verdicts = [needle in folded for folded in self._folded]
            self._generation = model.generation
        else:
            self._verdicts = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_text(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Called once per row per change: kept to the fewest operations possible.
        verdicts = self._verdicts
        if verdicts is None:
            return True
        model = self._model
        assert model is not None
        if self._generation == model.generation:
            return verdicts[source_row]
        return self._needle in model.entries[source_row].id.casefold()

    def source_rows(self) -> list[int]:
        """The source rows that pass the filter, for actions on "the filtered rows"."""
        model = self._model
        assert model is not None
        if self._verdicts is None:
            return list(range(model.rowCount()))
        if self._generation != model.generation:
            self.set_filter_text(self._needle)
        assert self._verdicts is not None
        return [row for row, ok in enumerate(self._verdicts) if ok]
