"""The model list: a thin Qt item model over the provider's ``ModelEntry`` objects, and the
grouped, filtered layout the view shows.

The check box of a row is the entry's ``enabled`` flag (``Qt.CheckStateRole`` in ``data()``
and ``setData()``, with ``dataChanged`` for that role), as in napari's Qt layer. Rows are kept
sorted by family (capabilities.py: OpenAI, Claude, Gemini… from the id) and id.

``ModelFilterProxy`` lays the rows out for the view: a header row per family (its name, how
many of its models are on, a check box for the whole group, collapsible) followed by the
family's models that pass the tab (All, Enabled, Chat, Reasoning…) and the search text. The
layout is rebuilt in one Python pass per keystroke from verdicts and profiles computed once
per model generation, so that typing stays within a frame at 10,000 rows: Qt's own filter
would call Python ``data()`` for every row on every keystroke, and a tree view would lay out
every expanded child through Python.
Bulk changes ("All on", a group's box) touch many rows but emit one ``checks_changed`` (one
store write).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..capabilities import FAMILY_NAMES, TAG_NAMES, Family, Profile, Tag, profile
from ..gcpause import gc_paused

if TYPE_CHECKING:
    from ..schemas import ModelEntry

IdRole = Qt.ItemDataRole.UserRole + 1
FamilyRole = Qt.ItemDataRole.UserRole + 2
TagsRole = Qt.ItemDataRole.UserRole + 3  # the entry's tags, as names in the user's language
HeaderRole = Qt.ItemDataRole.UserRole + 4  # True on a family's header row

Index = QModelIndex | QPersistentModelIndex

_FAMILY_RANK = {family: rank for rank, family in enumerate(Family)}
_FAMILY_RANK_BY_NAME = {family._name_: rank for family, rank in _FAMILY_RANK.items()}


def _profile_of(entry: ModelEntry) -> Profile:
    endpoints = tuple(entry.endpoint_types) if entry.endpoint_types else None
    return profile(entry.id, endpoints)


def family_of(model_id: str) -> Family:
    return profile(model_id).family


def _sort_key(entry: ModelEntry) -> tuple[int, str]:
    return _FAMILY_RANK[_profile_of(entry).family], entry.id.lower()


class SortedEntries(list["ModelEntry"]):
    """Entries in the list's order, with each one's profile: computed on the worker that
    sorted them, so that showing them does not profile 10,000 ids again on the UI thread."""

    profiles: list[Profile]


def sort_for_view(entries: Iterable[ModelEntry]) -> SortedEntries:
    """The order the list shows (family, then id); pure Python, so a worker can do it for
    thousands of entries, profiling each id (cached) on the way."""
    # A bulk step (tens of thousands of small objects): the cyclic collector paused, as for
    # the parse and the entries before it (gcpause.py).
    with gc_paused():
        items = list(entries)
        profiles = [_profile_of(e) for e in items]
        # (family rank, lower-case id) as one string, the rank a one-character prefix: the
        # same order as the tuple, but strings compare in C and tuples through their items,
        # and the rank is found by the family's name (an Enum's hash is a Python call).
        # 10,000 ids: 9.5 ms to 4.9 ms.
        rank = _FAMILY_RANK_BY_NAME
        pairs = zip(profiles, items, strict=True)
        keys = [chr(rank[p.family._name_]) + e.id.lower() for p, e in pairs]
        order = sorted(range(len(items)), key=keys.__getitem__)
        out = SortedEntries(items[i] for i in order)
        out.profiles = [profiles[i] for i in order]
    return out


class Tab(enum.Enum):
    """The tabs over the list: which models a tab shows."""

    ALL = "all"
    ENABLED = "enabled"
    CHAT = "chat"
    REASONING = "reasoning"
    VISION = "vision"
    EMBEDDING = "embedding"
    IMAGE = "image"
    AUDIO = "audio"
    RERANK = "rerank"


_TAB_TAG = {
    Tab.CHAT: Tag.CHAT,
    Tab.REASONING: Tag.REASONING,
    Tab.VISION: Tag.VISION,
    Tab.EMBEDDING: Tag.EMBEDDING,
    Tab.IMAGE: Tag.IMAGE,
    Tab.AUDIO: Tag.AUDIO,
    Tab.RERANK: Tag.RERANK,
}


class ModelListModel(QAbstractListModel):
    # ids whose check box the user changed, and the new state: one emission per user action.
    checks_changed = Signal(list, bool)

    def __init__(self, entries: Sequence[ModelEntry] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        ordered = sort_for_view(entries)
        self._entries: list[ModelEntry] = ordered
        # Bumped on every change of the rows (not of check states): the filter's cache key.
        self.generation = 0
        self._profiles: list[Profile] = ordered.profiles
        self._profiles_generation = 0
        self._tag_names: dict[frozenset[Tag], str] = {}

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
            return self.profiles()[index.row()].family
        if role == TagsRole:
            return self._tags_text(self.profiles()[index.row()].tags)
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
        ordered = entries if presorted else sort_for_view(entries)
        self._entries = list(ordered)
        self.generation += 1
        # Profiles the sorting worker computed come along (SortedEntries); else on first use.
        known = getattr(ordered, "profiles", None)
        if known is not None and len(known) == len(self._entries):
            self._profiles, self._profiles_generation = list(known), self.generation
        self.endResetModel()

    def enabled_count(self) -> int:
        return sum(1 for e in self._entries if e.enabled)

    def profiles(self) -> list[Profile]:
        """Each row's profile (kind, family, tags), computed once per generation of the rows."""
        if self._profiles_generation != self.generation:
            self._profiles = [_profile_of(e) for e in self._entries]
            self._profiles_generation = self.generation
        return self._profiles

    def _tags_text(self, tags: frozenset[Tag]) -> str:
        """The tags as chips read them: names in the user's language, in the table's order."""
        text = self._tag_names.get(tags)
        if text is None:
            from .messages import tr

            text = "\t".join(tr(TAG_NAMES[t]) for t in Tag if t in tags)
            self._tag_names[tags] = text
        return text

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


class ModelFilterProxy(QAbstractProxyModel):
    """The view's rows: a header per family, then its models that pass the tab and the text.

    ``_layout`` holds, per view row, an entry's source row (>= 0) or a header (``~group``).
    It is rebuilt in one pass when the text, the tab, a collapse or the rows change; headers
    count their models on from the entries, so a check box change repaints only its header.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model: ModelListModel | None = None
        self._needle = ""
        self._tab = Tab.ALL
        self._collapsed: set[Family] = set()
        self._layout: list[int] = []
        self._view_row: dict[int, int] = {}  # source row -> view row, built with the layout
        self._groups: list[tuple[Family, list[int]]] = []  # shown groups and their rows
        self._folded: list[str] = []  # the ids, case-folded once per model generation
        self._folded_generation = -1

    # --- the source --------------------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, ModelListModel)
        self.beginResetModel()
        self._model = model
        super().setSourceModel(model)
        model.modelReset.connect(self._relayout)
        model.rowsInserted.connect(self._relayout)
        model.rowsRemoved.connect(self._relayout)
        model.dataChanged.connect(self._source_data_changed)
        self._build()
        self.endResetModel()

    def _relayout(self, *args: object) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _build(self) -> None:
        model = self._model
        if model is None:
            self._layout, self._view_row, self._groups = [], {}, []
            return
        entries, profiles = model.entries, model.profiles()
        needle, tab = self._needle, self._tab
        rows: list[int] | range = range(len(entries))
        if needle:
            if self._folded_generation != model.generation:
                self._folded = [e.id.casefold() for e in entries]
                self._folded_generation = model.generation
            folded = self._folded
            rows = [r for r in rows if needle in folded[r]]
        if tab is Tab.ENABLED:
            rows = [r for r in rows if entries[r].enabled]
        elif tab is not Tab.ALL:
            tag = _TAB_TAG[tab]
            rows = [r for r in rows if tag in profiles[r].tags]
        groups: list[tuple[Family, list[int]]] = []
        current: Family | None = None
        for r in rows:
            family = profiles[r].family
            if family is not current:
                groups.append((family, []))
                current = family
            groups[-1][1].append(r)
        layout: list[int] = []
        for g, (family, members) in enumerate(groups):
            layout.append(~g)
            if family not in self._collapsed:
                layout.extend(members)
        self._layout, self._groups = layout, groups
        self._view_row = {r: v for v, r in enumerate(layout) if r >= 0}

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: object) -> None:
        if not self._layout:
            return
        # The changed rows that are shown, and the headers whose count follows them.
        shown = self._view_row
        rows = [shown[r] for r in range(top.row(), bottom.row() + 1) if r in shown]
        heads = [v for v, r in enumerate(self._layout) if r < 0]
        changed = rows + heads
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), 0))

    # --- what the owner asks -------------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self._relayout()

    def filter_text(self) -> str:
        return self._needle

    def set_tab(self, tab: Tab) -> None:
        if tab is not self._tab:
            self._tab = tab
            self._relayout()

    def tab(self) -> Tab:
        return self._tab

    def set_collapsed(self, family: Family, collapsed: bool) -> None:
        if (family in self._collapsed) != collapsed:
            self._collapsed.symmetric_difference_update({family})
            self._relayout()

    def is_collapsed(self, family: Family) -> bool:
        return family in self._collapsed

    def group_at(self, view_row: int) -> Family | None:
        """The family whose header is at ``view_row`` (None: a model's row)."""
        if 0 <= view_row < len(self._layout) and self._layout[view_row] < 0:
            return self._groups[~self._layout[view_row]][0]
        return None

    def group_rows(self, family: Family) -> list[int]:
        """The source rows of ``family`` that pass the tab and the text (collapsed or not)."""
        for f, members in self._groups:
            if f is family:
                return members
        return []

    def entry_count(self) -> int:
        """How many models are shown or hidden only by a collapsed group (headers aside)."""
        return sum(len(members) for _, members in self._groups)

    def source_rows(self) -> list[int]:
        """The source rows that pass the tab and the text, for "All on" of the rows shown."""
        return [r for _, members in self._groups for r in members]

    def view_row_of(self, source_row: int) -> int:
        return self._view_row.get(source_row, -1)

    # --- Qt's proxy interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._layout)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else 1

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or column != 0 or not 0 <= row < len(self._layout):
            return QModelIndex()
        return self.createIndex(row, 0)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def buddy(self, index: Index) -> QModelIndex:
        # QAbstractProxyModel asks the source, which knows no header: the view would then
        # send a header's Space (its group box) to an invalid index.
        return self.index(index.row(), 0) if index.isValid() else QModelIndex()

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        model = self._model
        if model is None or not proxy_index.isValid():
            return QModelIndex()
        row = self._layout[proxy_index.row()]
        return model.index(row) if row >= 0 else QModelIndex()

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        view = self._view_row.get(source_index.row(), -1)
        return self.createIndex(view, 0) if view >= 0 else QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._layout):
            return None
        row = self._layout[index.row()]
        model = self._model
        assert model is not None
        if row >= 0:
            return model.data(model.index(row), role)
        family, members = self._groups[~row]
        if role == HeaderRole:
            return True
        if role == FamilyRole:
            return family
        entries = model.entries
        on = sum(1 for r in members if entries[r].enabled)
        if role == Qt.ItemDataRole.DisplayRole:
            from .messages import tr

            arrow = "▸" if family in self._collapsed else "▾"
            count = self.tr("%n on", "", on)
            return f"{arrow} {tr(FAMILY_NAMES[family])}  ·  {len(members)}  ·  {count}"
        if role == Qt.ItemDataRole.CheckStateRole:
            if on == 0:
                return Qt.CheckState.Unchecked
            return Qt.CheckState.Checked if on == len(members) else Qt.CheckState.PartiallyChecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Enter or a click on the name folds the group; its box switches all")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            from .messages import tr

            return self.tr("{0}: {1} models, {2} on").format(
                tr(FAMILY_NAMES[family]), len(members), on
            )
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self._layout[index.row()]
        model = self._model
        assert model is not None
        if row >= 0:
            return model.setData(model.index(row), value, role)
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        model.set_rows_enabled(self._groups[~row][1], checked)  # one write for the group
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._layout[index.row()]
        if row >= 0:
            model = self._model
            assert model is not None
            return model.flags(model.index(row))
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
