"""The main window: providers on the left (add button at the foot), the selected one on the right.

This module is the window's shell: the provider list, the pages of the right-hand side, the
menus, and the writer every save goes through. The provider page itself is
provider_panel.py. Every change is saved at once, with no save button to forget: a one-thread
writer saves through the core in the order the user acted, the list shows the provider the
core returned, and a write that fails is rolled back by reading the store again, so the
window never shows what is not on disk. Nothing on the UI thread waits for the disk, the
keychain or the network.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..paths import config_dir
from .workers import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    # Types only. The core's use cases, the URL rules and the error words are imported on
    # first use, after the first paint; pydantic comes with the store, in a worker.
    from ..cancel import CancelToken
    from ..links import Imported
    from ..listing import Listed
    from ..schemas import Provider, StoreDocument
    from ..secretstore import SecretStore
    from ..store import Store
    from .messages import Words
    from .wizard import AddProviderWizard


def _describe(exc: BaseException) -> Words:
    from .messages import describe

    return describe(exc)


ProviderId = str
FIRST_PAINT_WAIT_MS = 250  # what is left for after the first frame waits no longer than this


class _ProviderList(QListWidget):
    """The provider list; while it is empty it says how to fill it."""

    first_painted = Signal()  # the list's first frame is drawn (the app then loads the rest)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.property("painted"):
            self.setProperty("painted", True)
            self.first_painted.emit()
        if self.count() == 0:
            from PySide6.QtGui import QPainter  # its enums cost the first paint ~1 ms otherwise

            painter = QPainter(self.viewport())
            painter.setPen(
                self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self.tr("No providers yet.\nAdd one with the button below."),
            )


def window_settings() -> QSettings:
    """Window geometry and choices, beside the store (and so isolated by PROVIDER_WIZARD_HOME)."""
    return QSettings(str(Path(config_dir()) / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    saved = Signal()  # a store write finished (tests wait on it)
    failed = Signal(object)  # an error was shown to the user
    # The store's providers are on screen: painted from the file as it is (listing.py), or
    # from the validated document when that came first. Emitted once per window.
    listed = Signal()
    loaded = Signal()  # the validated document is in (after a background load at start)
    language_requested = Signal(str)  # "system", "en" or "zh_CN"
    wizard_opened = Signal(object)  # the wizard a provider link opened, filled in
    balances_refreshed = Signal()  # a refresh of every provider's figures ended

    def __init__(
        self,
        store: Store,
        secrets: SecretStore,
        doc: StoreDocument | None,
        *,
        language: str = "system",
    ) -> None:
        super().__init__()
        self.store, self.secrets, self.doc = store, secrets, doc
        self.runner = TaskRunner(self, threads=4)
        self.writer = TaskRunner(self, threads=1)
        self._current: Provider | None = None
        self._listed = False
        # The title follows the UI language, as the About box does.
        self.setWindowTitle(self.tr("Provider Wizard"))
        self._build(language)
        self._fill_list()
        self._restore_state()

    # --- building --------------------------------------------------------------------------------

    def _build(self, language: str) -> None:
        self.provider_list = _ProviderList(self)
        self.provider_list.setAccessibleName(self.tr("Providers"))
        self.provider_list.setIconSize(QSize(0, 0))
        self.provider_list.setSpacing(2)
        self.provider_list.currentItemChanged.connect(self._selected)
        self.provider_list.itemChanged.connect(self._list_item_changed)
        # No parent here (the layout gives it one): PySide tells QPushButton(text, parent)
        # from QPushButton(icon, text, parent) by building QIcon's class, ~15 M instructions
        # of the first frame; the menus build it after that frame anyway.
        self.add_button = QPushButton(self.tr("+ Add provider"))
        self.add_button.setAccessibleName(self.tr("Add provider"))
        self.add_button.clicked.connect(self.open_wizard)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.provider_list, 1)
        left_layout.addWidget(self.add_button)

        # Pages: 0 the empty state, 1 the provider's details, 2 "Loading…". The first paint
        # shows only page 2, so 0 and 1 start as placeholders and are built on first use
        # (see _show_page): the empty state alone loads a second, bold font face.
        self.stack = QStackedWidget(self)
        self.stack.addWidget(QWidget(self))
        self.stack.addWidget(QWidget(self))
        loading = QLabel(self.tr("Loading…"), self)
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(loading)
        self._pages_built = {2}

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 640])
        self.setCentralWidget(self.splitter)
        self._build_menus(language)
        self.statusBar()

    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("No providers yet"), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Provider Wizard connects your clients to an LLM gateway such as OneAPI, "
                "NewAPI or any OpenAI-compatible server.\n\n"
                "Paste a token and the address you copied from the gateway's console; the app "
                "finds the right base address, checks the token, fetches the models and keeps "
                "the token in your system's keychain."
            ),
            page,
        )
        text.setWordWrap(True)
        start = QPushButton(self.tr("Add a provider…"), page)
        start.setDefault(True)
        start.clicked.connect(self.open_wizard)
        self.demo_button = QPushButton(self.tr("Try with a demo gateway"), page)
        self.demo_button.setToolTip(
            self.tr(
                "Opens a second window with a gateway on this computer and a store of its own: "
                "nothing you do there touches your providers"
            )
        )
        self.demo_button.clicked.connect(self.start_demo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(start)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
        return page

    def _show_page(self, index: int) -> None:
        """Show a page of the stack, building it the first time it is shown."""
        if index not in self._pages_built:
            self._pages_built.add(index)
            page = self._build_empty() if index == 0 else self._build_panel()
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
        self.stack.setCurrentIndex(index)

    def _build_panel(self) -> QWidget:
        from .provider_panel import ProviderPanel

        self.panel = ProviderPanel(self)
        self.panel.changed.connect(self.apply)
        return self.panel

    def _build_menus(self, language: str) -> None:
        """The menus' titles now, their actions after the list's first frame (or when a menu
        is opened first, or after FIRST_PAINT_WAIT_MS for a window that is not drawn).

        The first QAction builds PySide's QIcon and QKeySequence classes with their enums:
        about 19 M instructions, 2% of a start to the first frame (callgrind), for actions
        nobody can reach before it. Their shortcuts are live from the frame after the first."""
        self._language = language
        self._menus = [
            self.menuBar().addMenu(title)
            for title in (self.tr("&File"), self.tr("&Language"), self.tr("&Help"))
        ]
        self.menus_finished = False
        for menu in self._menus:
            menu.aboutToShow.connect(self.finish_menus)
        self.after_first_frame(self.finish_menus)

    def after_first_frame(self, step: Callable[[], object]) -> None:
        """Run ``step`` once, on the turn after the list's first frame, or after
        FIRST_PAINT_WAIT_MS for a window that is not drawn (started minimised); never once
        the window is gone (the timer is the window's child)."""
        # A timer object, not QTimer.singleShot(ms, context, step): that overload alone costs
        # the start ~50 M instructions (callgrind), more than all of this saves.
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(step)
        if self.provider_list.property("painted"):
            timer.start(0)
            return

        def painted() -> None:
            if timer.isActive():  # not when the wait ran out first: step has run
                timer.start(0)

        self.provider_list.first_painted.connect(painted, Qt.ConnectionType.SingleShotConnection)
        timer.start(FIRST_PAINT_WAIT_MS)

    def finish_menus(self) -> None:
        """Fill the menus with their actions and shortcuts; once (``menus_finished``)."""
        if self.menus_finished:
            return
        self.menus_finished = True
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        file_menu, lang_menu, help_menu = self._menus
        add = QAction(self.tr("&Add provider…"), self)
        add.setShortcut(QKeySequence.StandardKey.New)
        add.triggered.connect(self.open_wizard)
        file_menu.addAction(add)
        refresh_all = QAction(self.tr("&Refresh all balances"), self)
        refresh_all.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh_all.triggered.connect(self.refresh_all_balances)
        file_menu.addAction(refresh_all)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        group = QActionGroup(self)
        for code, label in (
            ("system", self.tr("System language")),
            ("en", "English"),
            ("zh_CN", "简体中文"),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self._language)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            lang_menu.addAction(action)

        about = QAction(self.tr("&About Provider Wizard"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- the provider list -----------------------------------------------------------------------

    def show_listing(self, providers: list[Listed]) -> None:
        """Paint the list from the store file as it is, while the document is validated.

        Nothing can be changed from it yet: the items are not checkable and the page stays
        "Loading…" until ``set_document`` replaces them (keeping the row the user picked)."""
        if self.doc is not None:
            return  # the validated document came first
        self.provider_list.blockSignals(True)
        self.provider_list.clear()
        for provider in providers:
            item = QListWidgetItem(self.provider_list)
            self._render_item(item, provider, checkable=False)
        self.provider_list.blockSignals(False)
        self._tell_listed()

    @property
    def listed_already(self) -> bool:
        """The store's providers are on screen (``listed`` was emitted)."""
        return self._listed

    def _tell_listed(self) -> None:
        if not self._listed:
            self._listed = True
            self.listed.emit()

    def set_document(self, doc: StoreDocument) -> None:
        """Show the providers once the store is loaded (off the UI thread, at start)."""
        self.doc = doc
        picked = self.provider_list.currentItem()
        self._fill_list(select=picked.data(Qt.ItemDataRole.UserRole) if picked else None)
        self._tell_listed()
        self.loaded.emit()

    def _fill_list(self, select: ProviderId | None = None) -> None:
        if self.doc is None:
            self._show_page(2)  # loading
            return
        self.provider_list.blockSignals(True)
        self.provider_list.clear()
        for provider in self.doc.providers:
            item = QListWidgetItem(self.provider_list)
            self._render_item(item, provider)
        self.provider_list.blockSignals(False)
        self._show_selection(select)

    def _render_item(
        self, item: QListWidgetItem, provider: Provider | Listed, *, checkable: bool = True
    ) -> None:
        item.setData(Qt.ItemDataRole.UserRole, provider.id)
        text = f"{provider.name}\n{provider.base_url}"
        # The figures as last read, painted from the store: no network at start.
        from ..figures import list_line
        from .messages import tr

        parts = list_line(provider)
        if parts:
            text += "\n" + " · ".join(tr(x) for x in parts)
        item.setText(text)
        item.setToolTip(
            provider.base_url
            if provider.enabled
            else self.tr("{0} (off)").format(provider.base_url)
        )
        # A provider that is off is greyed, in the palette's own disabled colour.
        role = QPalette.ColorGroup.Disabled if not provider.enabled else QPalette.ColorGroup.Normal
        item.setForeground(self.palette().brush(role, QPalette.ColorRole.Text))
        if checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if provider.enabled else Qt.CheckState.Unchecked)

    def _show_selection(self, select: ProviderId | None) -> None:
        if self.doc is None or not self.doc.providers:
            self._show_page(0)
            self._current = None
            return
        self._show_page(1)
        row = 0
        for i, provider in enumerate(self.doc.providers):
            if provider.id == select:
                row = i
        self.provider_list.setCurrentRow(row)
        self._selected(self.provider_list.currentItem(), None)

    def _provider(self, provider_id: ProviderId) -> Provider | None:
        for provider in self.doc.providers if self.doc else []:
            if provider.id == provider_id:
                return provider
        return None

    def _item_for(self, provider_id: ProviderId) -> QListWidgetItem | None:
        for row in range(self.provider_list.count()):
            item = self.provider_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == provider_id:
                return item
        return None

    def _selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        provider = self._provider(item.data(Qt.ItemDataRole.UserRole))
        if provider is None:
            return
        self._current = provider
        self.panel.show_provider(provider)

    def tell_unreadable(self, entries: list[Any]) -> None:
        """Name the stored entries this version cannot read; they stay in the file as they are."""
        names = ", ".join(f"“{e.label}” ({e.reason})" for e in entries)
        self.statusBar().showMessage(
            self.tr("Kept but not shown, as this version cannot read them: {0}").format(names)
        )

    def _list_item_changed(self, item: QListWidgetItem) -> None:
        provider = self._provider(item.data(Qt.ItemDataRole.UserRole))
        if provider is None:
            return
        enabled = item.checkState() == Qt.CheckState.Checked
        if enabled != provider.enabled:
            from ..providers import set_provider_enabled  # on first use, not at start

            pid = provider.id
            self.save(lambda: set_provider_enabled(self.store, pid, enabled), self.apply)

    # --- saving: the core's answer is shown, a failure rolls back ---------------------------

    def save(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None) -> None:
        """Run a store write on the writer (in order); on failure, say so and roll back."""

        def work(cancel: CancelToken, progress: Any) -> Any:
            return fn()

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.saved.emit()

        def failed(exc: BaseException) -> None:
            self.show_error(exc)
            self.roll_back()

        self.writer.start(work, on_done=done, on_error=failed)

    def apply(self, provider: Provider) -> None:
        """Show ``provider`` as the core returned it after a write: in the list and the page."""
        if self.doc is None:
            return
        for i, old in enumerate(self.doc.providers):
            if old.id == provider.id:
                self.doc.providers[i] = provider
                break
        else:
            return
        item = self._item_for(provider.id)
        if item is not None:
            self.provider_list.blockSignals(True)
            self._render_item(item, provider)
            self.provider_list.blockSignals(False)
        if self._current is not None and self._current.id == provider.id:
            self._current = provider
            self.panel.show_provider(provider, keep_results=True)

    def roll_back(self) -> None:
        """Show what is on disk again, after a write that failed (on the writer, in order)."""
        store = self.store
        selected = self._current.id if self._current is not None else None

        def load(cancel: CancelToken, progress: Any) -> StoreDocument:
            return store.load()

        def loaded(doc: StoreDocument) -> None:
            self.doc = doc
            self.panel.provider = None  # shown again from the file, choices and all
            self._fill_list(select=selected)

        self.writer.start(load, on_done=loaded, on_error=lambda exc: None)

    def show_error(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load on first use, not at start

        if self._pages_built.__contains__(1):
            self.panel.token_missing(exc)
        words = _describe(exc)
        self.statusBar().showMessage(f"{words.title}: {words.detail}", 15000)
        self.failed.emit(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            words.title,
            words.plain(),
            QMessageBox.StandardButton.Ok,
            self,
        )
        if words.fix:
            box.setInformativeText(words.fix)
        box.setModal(True)
        box.open()

    def refresh_all_balances(self) -> None:
        """Every provider's figures, all gateways asked at once (one task, one store write)."""
        from ..providers import refresh_statuses

        store, secrets = self.store, self.secrets
        ids = [p.id for p in (self.doc.providers if self.doc else []) if p.enabled]
        if not ids:
            return

        def work(cancel: CancelToken, progress: Any) -> dict[str, Any]:
            return refresh_statuses(store, secrets, ids, cancel=cancel)

        def done(outcomes: dict[str, Any]) -> None:
            for outcome in outcomes.values():
                if not isinstance(outcome, Exception):
                    self.apply(outcome)
            self.balances_refreshed.emit()

        self.runner.start(work, on_done=done, on_error=lambda exc: None)

    def remove_provider(self, provider_id: ProviderId) -> None:
        """Remove without asking (the confirmation is the caller's)."""
        secrets = self.secrets

        def done(_: object) -> None:
            if self.doc is not None:
                self.doc.providers = [p for p in self.doc.providers if p.id != provider_id]
            if self._current is not None and self._current.id == provider_id:
                self._current = None
            self._fill_list()

        from ..providers import remove_provider  # on first use, not at start

        self.save(lambda: remove_provider(self.store, secrets, provider_id), done)

    # --- the wizard ------------------------------------------------------------------------------

    def open_wizard(self) -> AddProviderWizard:
        from .wizard import AddProviderWizard

        names = [p.name for p in self.doc.providers] if self.doc else []
        wizard = AddProviderWizard(self.store, self.secrets, names, self)
        wizard.saved.connect(self._provider_added)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def start_demo(self) -> bool:
        """``provider-wizard --demo`` in a process of its own (its own store and keychain)."""
        import sys

        from PySide6.QtCore import QProcess

        started, _ = QProcess.startDetached(sys.executable, ["-m", "provider_wizard", "--demo"])
        if not started:
            self.statusBar().showMessage(self.tr("The demo could not be started."), 8000)
        return bool(started)

    def open_wizard_with(self, link: str) -> AddProviderWizard | None:
        """The wizard, filled in from a provider link (token masked), at its first page: the
        user goes on through the whole check; nothing is saved unchecked."""
        from ..errors import InvalidInput
        from ..links import parse

        try:
            found = parse(link)
        except InvalidInput as exc:
            self.show_error(exc)
            return None
        _report_link(found.address)
        return self.open_wizard_filled(found)

    def open_wizard_filled(self, found: Imported) -> AddProviderWizard:
        wizard = self.open_wizard()
        wizard.fill(found)
        self.wizard_opened.emit(wizard)
        return wizard

    def _provider_added(self, provider: Provider) -> None:
        if self.doc is None:  # added before the first load finished: it will be in the file
            return
        self.doc.providers.append(provider)
        self._fill_list(select=provider.id)

    # --- window state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = window_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(980, 680)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        settings = window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.sync()

    def wind_down(self) -> None:
        """Keep the window's state, cancel network and keychain work, let queued writes land."""
        self.save_state()
        self.runner.shutdown(3000)
        # Store writes are short; let queued ones land rather than lose a user's change.
        self.writer.pool.waitForDone(5000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wind_down()
        super().closeEvent(event)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About Provider Wizard"),
            self.tr(
                "Provider Wizard {0}\n\nConnects your clients to OneAPI, NewAPI and other "
                "OpenAI-compatible gateways. Tokens stay in your system's keychain."
            ).format(__version__),
        )


def _report_link(address: str) -> None:
    """With ``PROVIDER_WIZARD_REPORT`` set (scripts, the desktop test), append the address a
    link opened the wizard with: the address only, never the token."""
    import os

    path = os.environ.get("PROVIDER_WIZARD_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(address + "\n")
