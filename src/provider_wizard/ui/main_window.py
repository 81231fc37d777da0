"""The main window: providers on the left (add button at the foot), the selected one on the right.

Every change is saved at once, with no save button to forget. The window changes its
in-memory provider at once, then a one-thread writer saves through the core in the order the
user acted. Network and keychain calls run on a separate pool. Nothing on the UI thread waits
for the disk, the keychain or the network.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..limits import MAX_NAME_LENGTH
from ..paths import config_dir
from .workers import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    # Types only. The core's use cases, the URL rules and the error words are imported on
    # first use, after the first paint; pydantic comes with the store, in a worker.
    from .. import providers as core
    from ..cancel import CancelToken
    from ..gateway import ChatCheck
    from ..modellist import ModelList
    from ..schemas import Provider, StoreDocument
    from ..secretstore import SecretStore
    from ..store import Store
    from .health_dialog import HealthDialog
    from .messages import Words
    from .wizard import AddProviderWizard


def _core() -> Any:
    """The core's use cases (providers.py), imported by the first action that needs them."""
    from .. import providers

    return providers


def _describe(exc: BaseException) -> Words:
    from .messages import describe

    return describe(exc)


ProviderId = str


def window_settings() -> QSettings:
    """Window geometry and choices, beside the store (and so isolated by PROVIDER_WIZARD_HOME)."""
    return QSettings(str(Path(config_dir()) / "window.ini"), QSettings.Format.IniFormat)


class _ModelCombo(QComboBox):
    """The model to check: the provider's enabled models, filled when the list opens."""

    def __init__(self, source: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(18)
        self.setAccessibleName(self.tr("Model to check"))

    def refill(self) -> None:
        current = self.currentText()
        ids = self._source()
        self.clear()
        self.addItems(ids)
        self.setEditText(current if current else (ids[0] if ids else ""))

    def showPopup(self) -> None:
        self.refill()
        super().showPopup()


class MainWindow(QMainWindow):
    saved = Signal()  # a store write finished (tests wait on it)
    failed = Signal(object)  # an error was shown to the user
    refreshed = Signal(object)  # a RefreshReport
    checked = Signal(object)  # a ChatCheck or an exception
    token_read = Signal()
    loaded = Signal()  # the store's providers are listed (after a background load at start)
    language_requested = Signal(str)  # "system", "en" or "zh_CN"

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
        self._token_shown = False
        self.setWindowTitle("Provider Wizard")
        self._build(language)
        self._fill_list()
        self._restore_state()

    # --- building --------------------------------------------------------------------------------

    def _build(self, language: str) -> None:
        self.provider_list = QListWidget(self)
        self.provider_list.setAccessibleName(self.tr("Providers"))
        self.provider_list.setIconSize(QSize(0, 0))
        self.provider_list.setSpacing(2)
        self.provider_list.currentItemChanged.connect(self._selected)
        self.provider_list.itemChanged.connect(self._list_item_changed)
        self.add_button = QPushButton(self.tr("+ Add provider"), self)
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
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        layout.addWidget(start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
        return page

    def _show_page(self, index: int) -> None:
        """Show a page of the stack, building it the first time it is shown."""
        if index not in self._pages_built:
            self._pages_built.add(index)
            page = self._build_empty() if index == 0 else self._build_details()
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(index)

    def _build_details(self) -> QWidget:
        from .address_preview import AddressPreview
        from .model_picker import ModelPicker

        page = QWidget(self)
        self.name_edit = QLineEdit(page)
        self.name_edit.setAccessibleName(self.tr("Provider name"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        font = self.name_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name_edit.setFont(font)
        self.name_edit.editingFinished.connect(self._rename)
        self.enabled_switch = QCheckBox(self.tr("On"), page)
        self.enabled_switch.setAccessibleName(self.tr("Provider on"))
        self.enabled_switch.toggled.connect(self._switch_toggled)
        header = QHBoxLayout()
        header.addWidget(self.name_edit, 1)
        header.addWidget(self.enabled_switch)

        self.type_label = QLabel(self.tr("OpenAI-compatible"), page)
        self.gateway_label = QLabel(page)
        self.base_edit = QLineEdit(page)
        self.base_edit.setAccessibleName(self.tr("Base address"))
        self.base_preview = AddressPreview(page)
        self.base_edit.textEdited.connect(self.base_preview.update_for)
        self.base_edit.editingFinished.connect(self._base_changed)

        self.token_edit = QLineEdit(page)
        self.token_edit.setReadOnly(True)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setAccessibleName(self.tr("Token"))
        self.reveal_button = QPushButton(self.tr("Show"), page)
        self.reveal_button.clicked.connect(self._toggle_token)
        self.copy_button = QPushButton(self.tr("Copy"), page)
        self.copy_button.clicked.connect(self._copy_token)
        self.replace_button = QPushButton(self.tr("Replace…"), page)
        self.replace_button.clicked.connect(self._replace_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.reveal_button)
        token_row.addWidget(self.copy_button)
        token_row.addWidget(self.replace_button)

        self.check_combo = _ModelCombo(self._enabled_ids, page)
        self.check_button = QPushButton(self.tr("Check"), page)
        self.check_button.setToolTip(self.tr("Send a one-token chat request to this model"))
        self.check_button.clicked.connect(self._check)
        self.check_all_button = QPushButton(self.tr("Check all on…"), page)
        self.check_all_button.setToolTip(
            self.tr("Send a one-token chat request to every model that is switched on")
        )
        self.check_all_button.clicked.connect(self.open_health_check)
        self.check_result = QLabel(page)
        self.check_result.setWordWrap(True)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_combo, 1)
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.check_all_button)

        form = QFormLayout()
        form.addRow(self.tr("Type:"), self.type_label)
        form.addRow(self.tr("Gateway:"), self.gateway_label)
        form.addRow(self.tr("Base address:"), self.base_edit)
        form.addRow("", self.base_preview)
        self.security_label = QLabel(page)
        self.security_label.setWordWrap(True)
        form.addRow("", self.security_label)
        form.addRow(self.tr("Token:"), token_row)
        form.addRow(self.tr("Check:"), check_row)
        form.addRow("", self.check_result)

        models_box = QGroupBox(self.tr("Models"), page)
        self.picker = ModelPicker(models_box)
        self.picker.checks_changed.connect(self._checks_changed)
        self.picker.model_added.connect(self._model_added)
        self.picker.models_removed.connect(self._models_removed)
        self.refresh_button = QPushButton(self.tr("Refresh from server"), models_box)
        self.refresh_button.clicked.connect(self._refresh)
        self.refresh_report = QLabel(models_box)
        self.refresh_report.setWordWrap(True)
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(self.refresh_report, 1)
        refresh_row.addWidget(self.refresh_button)
        box_layout = QVBoxLayout(models_box)
        box_layout.addLayout(refresh_row)
        box_layout.addWidget(self.picker, 1)

        self.remove_button = QPushButton(self.tr("Remove provider…"), page)
        self.remove_button.clicked.connect(self._remove_provider)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.remove_button)

        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(models_box, 1)
        layout.addLayout(footer)
        return page

    def _build_menus(self, language: str) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add = QAction(self.tr("&Add provider…"), self)
        add.setShortcut(QKeySequence.StandardKey.New)
        add.triggered.connect(self.open_wizard)
        file_menu.addAction(add)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        lang_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (
            ("system", self.tr("System language")),
            ("en", "English"),
            ("zh_CN", "简体中文"),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            lang_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Provider Wizard"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- the provider list -----------------------------------------------------------------------

    def set_document(self, doc: StoreDocument) -> None:
        """Show the providers once the store is loaded (off the UI thread, at start)."""
        self.doc = doc
        self._fill_list()
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

    def _render_item(self, item: QListWidgetItem, provider: Provider) -> None:
        item.setData(Qt.ItemDataRole.UserRole, provider.id)
        item.setText(f"{provider.name}\n{provider.base_url}")
        item.setToolTip(provider.base_url)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
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
        self._hide_token()
        if item is None:
            return
        provider = self._provider(item.data(Qt.ItemDataRole.UserRole))
        if provider is None:
            return
        self._current = provider
        self.name_edit.setText(provider.name)
        self.enabled_switch.blockSignals(True)
        self.enabled_switch.setChecked(provider.enabled)
        self.enabled_switch.blockSignals(False)
        from .messages import gateway_kind_text

        kind = gateway_kind_text(provider.gateway)
        if provider.gateway_version:
            kind += f" {provider.gateway_version}"
        if provider.system_name:
            kind += f" ({provider.system_name})"
        self.gateway_label.setText(kind)
        self.base_edit.setText(provider.base_url)
        self.base_preview.update_for("")
        self._update_security(provider)
        self.check_result.setText("")
        self.refresh_report.setText("")
        self.picker.search.clear()
        self.picker.set_entries(provider.models)
        self.check_combo.refill()

    def _update_security(self, provider: Provider) -> None:
        from ..urls import exposes_token

        notes = []
        if exposes_token(provider.base_url):
            notes.append(
                self.tr("Plain http to a remote host: the token travels unencrypted.")
                if provider.allow_plain_http
                else self.tr(
                    "Plain http to a remote host: the token is not sent until you allow it."
                )
            )
        if provider.ca_file:
            notes.append(self.tr("Also trusts the CA file {0}").format(provider.ca_file))
        self.security_label.setText("\n".join(notes))
        self.security_label.setVisible(bool(notes))

    def tell_unreadable(self, entries: list[Any]) -> None:
        """Name the stored entries this version cannot read; they stay in the file as they are."""
        names = ", ".join(f"“{e.label}” ({e.reason})" for e in entries)
        self.statusBar().showMessage(
            self.tr("Kept but not shown, as this version cannot read them: {0}").format(names)
        )

    def _token_missing(self, exc: BaseException) -> None:
        """The keychain has no token for the shown provider: say so where the token is."""
        from ..errors import TokenMissing

        if isinstance(exc, TokenMissing) and self._current is not None:
            self._hide_token()
            self.token_edit.setText("")
            self.token_edit.setPlaceholderText(self.tr("Token missing: use Replace…"))
            self.replace_button.setDefault(True)
            self.replace_button.setFocus()

    def _list_item_changed(self, item: QListWidgetItem) -> None:
        provider = self._provider(item.data(Qt.ItemDataRole.UserRole))
        if provider is None:
            return
        enabled = item.checkState() == Qt.CheckState.Checked
        if enabled != provider.enabled:
            self._set_enabled(provider, enabled)

    # --- saving ----------------------------------------------------------------------------------

    def _save(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None) -> None:
        """Run a store write on the writer (in order); report failure in words."""

        def work(cancel: CancelToken, progress: Any) -> Any:
            return fn()

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.saved.emit()

        self.writer.start(work, on_done=done, on_error=self.show_error)

    def show_error(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load on first use, not at start

        self._token_missing(exc)
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

    def _set_enabled(self, provider: Provider, enabled: bool) -> None:
        provider.enabled = enabled
        pid = provider.id
        self._save(lambda: _core().set_provider_enabled(self.store, pid, enabled))
        item = self._item_for(pid)
        if item is not None:
            self.provider_list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
            self.provider_list.blockSignals(False)
        if self._current is provider:
            self.enabled_switch.blockSignals(True)
            self.enabled_switch.setChecked(enabled)
            self.enabled_switch.blockSignals(False)

    def _switch_toggled(self, enabled: bool) -> None:
        if self._current is not None:
            self._set_enabled(self._current, enabled)

    def _rename(self) -> None:
        provider = self._current
        if provider is None:
            return
        new_name = self.name_edit.text().strip()
        if not new_name or new_name == provider.name:
            self.name_edit.setText(provider.name)
            return
        clash = self.doc.find(new_name) if self.doc else None
        if clash is not None and clash is not provider:
            self.name_edit.setText(provider.name)
            self.statusBar().showMessage(
                self.tr("A provider named “{0}” already exists.").format(new_name), 8000
            )
            return
        provider.name = new_name
        pid = provider.id
        self._save(lambda: _core().rename_provider(self.store, pid, new_name))
        item = self._item_for(pid)
        if item is not None:
            self.provider_list.blockSignals(True)
            self._render_item(item, provider)
            self.provider_list.blockSignals(False)

    def _base_changed(self) -> None:
        provider = self._current
        result = self.base_preview.update_for(self.base_edit.text())
        if provider is None:
            return
        if result is None:
            if self.base_edit.text().strip():
                return  # the preview says what is wrong; keep the stored address
            self.base_edit.setText(provider.base_url)
            return
        self.base_edit.setText(result.base_url)
        if result.base_url == provider.base_url:
            return
        provider.base_url = result.base_url
        self._update_security(provider)
        pid, base = provider.id, result.base_url
        self._save(lambda: _core().set_base_url(self.store, pid, base))
        item = self._item_for(pid)
        if item is not None:
            self.provider_list.blockSignals(True)
            self._render_item(item, provider)
            self.provider_list.blockSignals(False)

    def _checks_changed(self, ids: list[str], enabled: bool) -> None:
        if self._current is None:
            return
        pid = self._current.id
        ids = list(ids)
        if enabled:
            self._save(lambda: _core().set_models_enabled(self.store, pid, enable=ids))
        else:
            self._save(lambda: _core().set_models_enabled(self.store, pid, disable=ids))

    def _model_added(self, model_id: str) -> None:
        if self._current is None:
            return
        pid = self._current.id
        self._save(
            lambda: _core().set_models_enabled(self.store, pid, enable=[model_id], add_missing=True)
        )

    def _models_removed(self, ids: list[str]) -> None:
        if self._current is None:
            return
        pid = self._current.id
        ids = list(ids)
        self._save(lambda: _core().remove_models(self.store, pid, ids))

    def _enabled_ids(self) -> list[str]:
        return self._current.enabled_model_ids if self._current else []

    # --- network and keychain --------------------------------------------------------------------

    def _refresh(self) -> None:
        provider = self._current
        if provider is None:
            return
        self.refresh_button.setEnabled(False)
        self.refresh_report.setText(self.tr("Fetching the model list…"))
        pid = provider.id
        snapshot = provider.model_copy()
        secrets = self.secrets

        def fetch(cancel: CancelToken, progress: Any) -> ModelList:
            return _core().fetch_models(snapshot, secrets, cancel=cancel)

        def fetched(models: ModelList) -> None:
            # Merged by the writer, after every choice the user made before it.
            def merge() -> tuple[core.RefreshReport, list[Any]]:
                from .model_list import sort_for_view

                report = _core().apply_refresh(self.store, pid, models)
                return report, sort_for_view(report.provider.models)

            self._save(merge, self._refresh_done)

        def failed(exc: BaseException) -> None:
            import html

            self.refresh_button.setEnabled(True)
            self._token_missing(exc)
            words = _describe(exc)
            self.refresh_report.setText(f"<b>{html.escape(words.title)}</b>: {words.rich()}")
            self.failed.emit(exc)

        self.runner.start(fetch, on_done=fetched, on_error=failed)

    def _refresh_done(self, outcome: tuple[core.RefreshReport, list[Any]]) -> None:
        report, shown = outcome
        self.refresh_button.setEnabled(True)
        for i, provider in enumerate(self.doc.providers if self.doc else []):
            if provider.id == report.provider.id:
                self.doc.providers[i] = report.provider
                if self._current is provider:
                    self._current = report.provider
                    self.picker.set_entries(shown, presorted=True)
        added = ", ".join(report.added) or self.tr("none")
        removed = ", ".join(report.removed) or self.tr("none")
        self.refresh_report.setText(
            self.tr("New (off): {0}. No longer listed: {1}.").format(added, removed)
        )
        self.refreshed.emit(report)

    def _check(self) -> None:
        provider = self._current
        model = self.check_combo.currentText().strip()
        if provider is None:
            return
        if not model:
            self.check_result.setText(self.tr("Choose a model to check."))
            return
        self.check_button.setEnabled(False)
        self.check_result.setText(self.tr("Checking {0}…").format(model))
        snapshot, secrets = provider.model_copy(), self.secrets

        def work(cancel: CancelToken, progress: Any) -> ChatCheck:
            return _core().check_provider_model(snapshot, secrets, model, cancel=cancel)

        def done(result: ChatCheck) -> None:
            self.check_button.setEnabled(True)
            self.check_result.setText(
                self.tr("{0} works: answered in {1} ms.").format(
                    result.model, f"{result.latency_ms:.0f}"
                )
            )
            self.checked.emit(result)

        def failed(exc: BaseException) -> None:
            import html

            self.check_button.setEnabled(True)
            self._token_missing(exc)
            words = _describe(exc)
            self.check_result.setText(f"<b>{html.escape(words.title)}</b>: {words.rich()}")
            self.checked.emit(exc)

        self.runner.start(work, on_done=done, on_error=failed)

    def open_health_check(self) -> HealthDialog | None:
        from .health_dialog import HealthDialog

        provider = self._current
        if provider is None:
            return None
        dialog = HealthDialog(
            self.runner, provider.model_copy(), self.secrets, provider.enabled_model_ids, self
        )
        dialog.switch_off_requested.connect(self._switch_off_models)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _switch_off_models(self, ids: list[str]) -> None:
        model = self.picker.model
        wanted = set(ids)
        rows = [r for r, entry in enumerate(model.entries) if entry.id in wanted]
        model.set_rows_enabled(rows, False)  # one checks_changed: one store write

    def _with_token(self, then: Callable[[str], None]) -> None:
        provider = self._current
        if provider is None:
            return
        snapshot, secrets = provider.model_copy(), self.secrets

        def work(cancel: CancelToken, progress: Any) -> str:
            return _core().get_token(secrets, snapshot)

        def done(token: str) -> None:
            then(token)
            self.token_read.emit()

        self.runner.start(work, on_done=done, on_error=self.show_error)

    def _toggle_token(self) -> None:
        if self._token_shown:
            self._hide_token()
            return

        def show(token: str) -> None:
            self.token_edit.setText(token)
            self.token_edit.setEchoMode(QLineEdit.EchoMode.Normal)
            self.reveal_button.setText(self.tr("Hide"))
            self._token_shown = True

        self._with_token(show)

    def _hide_token(self) -> None:
        # The token leaves the widget, not just the screen: nothing to read back from it.
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setText("••••••••••••")
        self.reveal_button.setText(self.tr("Show"))
        self._token_shown = False

    def _copy_token(self) -> None:
        def copy(token: str) -> None:
            QGuiApplication.clipboard().setText(token)
            self.statusBar().showMessage(self.tr("Token copied to the clipboard."), 5000)

        self._with_token(copy)

    def _replace_token(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        provider = self._current
        if provider is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Replace token"),
            self.tr("New token for {0}:").format(provider.name),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not text.strip():
            return
        snapshot, secrets = provider.model_copy(), self.secrets

        def work(cancel: CancelToken, progress: Any) -> None:
            _core().set_token(secrets, snapshot, text)

        def done(_: object) -> None:
            self._hide_token()
            self.statusBar().showMessage(self.tr("Token replaced in the keychain."), 5000)
            self.saved.emit()

        self.runner.start(work, on_done=done, on_error=self.show_error)

    def _remove_provider(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        provider = self._current
        if provider is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove provider"),
            self.tr("Remove “{0}” and its token from the keychain?").format(provider.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove_provider(provider.id)

    def remove_provider(self, provider_id: ProviderId) -> None:
        """Remove without asking (the confirmation is the caller's)."""
        secrets = self.secrets

        def done(_: object) -> None:
            if self.doc is not None:
                self.doc.providers = [p for p in self.doc.providers if p.id != provider_id]
            self._fill_list()

        self._save(lambda: _core().remove_provider(self.store, secrets, provider_id), done)

    # --- the wizard ------------------------------------------------------------------------------

    def open_wizard(self) -> AddProviderWizard:
        from .wizard import AddProviderWizard

        names = [p.name for p in self.doc.providers] if self.doc else []
        wizard = AddProviderWizard(self.store, self.secrets, names, self)
        wizard.saved.connect(self._provider_added)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
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
