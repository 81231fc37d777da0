"""The provider page: the selected provider's name, address, token, check and models.

Data flows one way: a user action starts the core's use case on a worker, and the panel
shows what the core returned (``changed`` carries that provider to the window, which keeps
its list). A write that fails is rolled back: the window reloads the store and the panel
shows what is on disk, never what was only on screen. An edited address is checked with
the wizard's probe before it is saved, a new token is checked before it replaces the old
one, and results that no longer describe the provider (a check, a refresh) are cleared
when what they describe changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import providers as core
from ..limits import MAX_NAME_LENGTH
from .address_preview import AddressPreview
from .model_picker import ModelPicker
from .status import Status, StatusLabel
from .tokens_box import TokensBox

# Up to this many added or removed models are said in one line; more are listed.
SHORT_REPORT = 6

if TYPE_CHECKING:
    from ..cancel import CancelToken
    from ..gateway import ChatCheck
    from ..modellist import ModelList
    from ..probe import ProbeResult
    from ..schemas import Provider
    from .main_window import MainWindow


class ProviderPanel(QWidget):
    changed = Signal(object)  # a Provider, as the core returned it after a write
    removed = Signal(str)  # the id of a provider the core removed
    refreshed = Signal(object)  # a RefreshReport
    checked = Signal(object)  # a ChatCheck or an exception
    token_read = Signal()
    address_checked = Signal(bool)  # the probe of an edited address ended (True: it works)
    token_replaced = Signal(bool)  # a new token was checked (True: saved)
    status_refreshed = Signal(object)  # the Provider with its new figures

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.provider: Provider | None = None
        self._token_shown = False
        self._pending_base: str | None = None  # an edited address awaiting its check
        self._suggested: str | None = None
        self._plain_http_ok = False
        self._server_address = ""  # the gateway's own address, when it differs from ours
        self._token_id: str | None = None  # the token the token row and balance act on
        self._build()

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Provider name"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        font = self.name_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name_edit.setFont(font)
        self.name_edit.editingFinished.connect(self._rename)
        self.enabled_switch = QCheckBox(self.tr("On"), self)
        self.enabled_switch.setAccessibleName(self.tr("Provider on"))
        self.enabled_switch.toggled.connect(self._switch_toggled)
        header = QHBoxLayout()
        header.addWidget(self.name_edit, 1)
        self.use_button = QPushButton(self.tr("Use in…"), self)
        self.use_button.setToolTip(
            self.tr("Send this provider to a client (Cherry Studio, CC Switch…) or a script")
        )
        self.use_button.clicked.connect(self.open_use_in)
        header.addWidget(self.use_button)
        header.addWidget(self.enabled_switch)

        self.type_label = QLabel(self.tr("OpenAI-compatible"), self)
        self.gateway_label = QLabel(self)
        self.base_edit = QLineEdit(self)
        self.base_edit.setAccessibleName(self.tr("Base address"))
        self.base_preview = AddressPreview(self, collapse=True)
        self.base_edit.textEdited.connect(self.base_preview.update_for)
        self.base_edit.editingFinished.connect(self._base_changed)
        self.base_status = StatusLabel(self)
        self.base_status.setAccessibleName(self.tr("Address check"))
        self.fix_button = QPushButton(self)
        self.fix_button.clicked.connect(self._apply_fix)
        self.plain_button = QPushButton(self.tr("Send the token unencrypted anyway"), self)
        self.plain_button.clicked.connect(self._allow_plain_http)
        self.unchecked_button = QPushButton(self.tr("Save unchecked"), self)
        self.unchecked_button.setToolTip(self.tr("Save the address without asking the server"))
        self.unchecked_button.clicked.connect(self._save_base_unchecked)
        self.revert_button = QPushButton(self.tr("Keep the old address"), self)
        self.revert_button.clicked.connect(self._revert_base)
        base_buttons = QHBoxLayout()
        for button in (self.fix_button, self.plain_button, self.unchecked_button):
            base_buttons.addWidget(button)
        base_buttons.addWidget(self.revert_button)
        base_buttons.addStretch(1)
        self.base_buttons = QWidget(self)
        self.base_buttons.setLayout(base_buttons)
        base_buttons.setContentsMargins(0, 0, 0, 0)

        self.token_edit = QLineEdit(self)
        self.token_edit.setReadOnly(True)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setAccessibleName(self.tr("Token"))
        self.reveal_button = QPushButton(self.tr("Show"), self)
        self.reveal_button.clicked.connect(self._toggle_token)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.clicked.connect(self._copy_token)
        self.replace_button = QPushButton(self.tr("Replace…"), self)
        self.replace_button.clicked.connect(self._replace_token)
        self.add_token_button = QPushButton(self.tr("Add token…"), self)
        self.add_token_button.setToolTip(
            self.tr("Give this provider another token (a team's, a backup); it is checked first")
        )
        self.add_token_button.clicked.connect(self._add_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.reveal_button)
        token_row.addWidget(self.copy_button)
        token_row.addWidget(self.replace_button)
        token_row.addWidget(self.add_token_button)
        self.tokens_box = TokensBox(self)
        self.tokens_box.toggled.connect(self._token_toggled)
        self.tokens_box.selected.connect(self._token_selected)
        self.tokens_box.rename_requested.connect(self._rename_token)
        self.tokens_box.remove_requested.connect(self._remove_token)

        # Only this provider's models that are on: a check of anything else says nothing.
        self.check_combo = QComboBox(self)
        self.check_combo.setMinimumContentsLength(18)
        self.check_combo.setAccessibleName(self.tr("Model to check"))
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setToolTip(self.tr("Send a one-token chat request to this model"))
        self.check_button.clicked.connect(self._check)
        self.check_all_button = QPushButton(self.tr("Check all on…"), self)
        self.check_all_button.setToolTip(
            self.tr("Send a one-token chat request to every model that is switched on")
        )
        self.check_all_button.clicked.connect(self.open_health_check)
        self.check_result = StatusLabel(self)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_combo, 1)
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.check_all_button)

        form = QFormLayout()
        form.addRow(self.tr("Type:"), self.type_label)
        form.addRow(self.tr("Gateway:"), self.gateway_label)
        form.addRow(self.tr("Base address:"), self.base_edit)
        form.addRow("", self.base_preview)
        form.addRow("", self.base_status)
        form.addRow("", self.base_buttons)
        self.security_label = QLabel(self)
        self.security_label.setWordWrap(True)
        form.addRow("", self.security_label)
        form.addRow(self.tr("Tokens:"), self.tokens_box)
        form.addRow(self.tr("Token:"), token_row)
        self._form = form
        self.balance = StatusLabel(self)
        self.balance.setAccessibleName(self.tr("Balance"))
        self.balance_button = QPushButton(self.tr("Refresh"), self)
        self.balance_button.setToolTip(
            self.tr("Ask the gateway for the token's balance and expiry")
        )
        self.balance_button.clicked.connect(self.refresh_status)
        self.top_up_button = QPushButton(self.tr("Top up"), self)
        self.top_up_button.clicked.connect(lambda: self._open_link("top_up_link"))
        self.docs_button = QPushButton(self.tr("Docs"), self)
        self.docs_button.clicked.connect(lambda: self._open_link("docs_link"))
        self.move_button = QPushButton(self)
        self.move_button.hide()
        self.move_button.clicked.connect(self._use_server_address)
        # The user's threshold: below this share of what a token was granted, the list warns.
        self.warn_spin = QSpinBox(self)
        self.warn_spin.setRange(0, 100)
        self.warn_spin.setSuffix(" %")
        self.warn_spin.setPrefix(self.tr("warn below "))
        self.warn_spin.setAccessibleName(self.tr("Warn when the balance is below"))
        self.warn_spin.setToolTip(
            self.tr("Warn in the list when a token has less than this share of what it was granted")
        )
        self.warn_spin.setKeyboardTracking(False)  # one write when typing is done, not per key
        self.warn_spin.valueChanged.connect(self._warn_changed)
        balance_row = QHBoxLayout()
        balance_row.addWidget(self.balance, 1)
        balance_row.addWidget(self.warn_spin, 0, Qt.AlignmentFlag.AlignTop)
        for button in (self.move_button, self.top_up_button, self.docs_button):
            balance_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        balance_row.addWidget(self.balance_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Balance:"), balance_row)
        form.addRow(self.tr("Check:"), check_row)
        form.addRow("", self.check_result)

        models_box = QGroupBox(self.tr("Models"), self)
        self.picker = ModelPicker(models_box)
        self.picker.checks_changed.connect(self._checks_changed)
        self.picker.model_added.connect(self._model_added)
        self.picker.models_removed.connect(self._models_removed)
        self.refresh_button = QPushButton(self.tr("Refresh from server"), models_box)
        self.refresh_button.clicked.connect(self._refresh)
        self.refresh_report = StatusLabel(models_box)
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(self.refresh_report, 1)
        refresh_row.addStretch(0)  # keeps the button at the right while no report is shown
        refresh_row.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        self.changes_list = QListWidget(models_box)
        self.changes_list.setAccessibleName(self.tr("Changes of the last refresh"))
        self.changes_list.setMaximumHeight(110)
        self.changes_list.hide()
        box_layout = QVBoxLayout(models_box)
        box_layout.addLayout(refresh_row)
        box_layout.addWidget(self.changes_list)
        box_layout.addWidget(self.picker, 1)

        self.remove_button = QPushButton(self.tr("Remove provider…"), self)
        self.remove_button.clicked.connect(self._remove_provider)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(models_box, 1)
        layout.addLayout(footer)
        self._reset_base_check()

    # --- showing ---------------------------------------------------------------------------------

    def show_provider(self, provider: Provider, *, keep_results: bool = False) -> None:
        """Show ``provider`` as the core returned it; results of another state are cleared."""
        from .messages import gateway_kind_text

        switched = self.provider is None or self.provider.id != provider.id
        self.provider = provider
        if switched:
            self._hide_token()
            self.token_edit.setPlaceholderText("")
            self._token_id = None
        if self._token_id is not None and provider.token(self._token_id) is None:
            self._token_id = None  # removed
        self._show_tokens(provider)
        self.warn_spin.blockSignals(True)
        self.warn_spin.setValue(round(provider.low_balance_percent))
        self.warn_spin.blockSignals(False)
        self.name_edit.setText(provider.name)
        self.enabled_switch.blockSignals(True)
        self.enabled_switch.setChecked(provider.enabled)
        self.enabled_switch.blockSignals(False)
        kind = gateway_kind_text(provider.gateway)
        if provider.gateway_version:
            kind += f" {provider.gateway_version}"
        if provider.system_name:
            kind += f" ({provider.system_name})"
        self.gateway_label.setText(kind)
        if self._pending_base is None:
            self.base_edit.setText(provider.base_url)
            self.base_preview.update_for("")
        self._update_security(provider)
        if switched or not keep_results:
            self.check_result.clear_status()
            self.refresh_report.clear_status()
            self.changes_list.hide()
        if switched:
            self._reset_base_check()
            self.picker.search.clear()
            self.picker.set_entries(provider.models)
        self._refill_check_combo()
        self._show_status(provider)

    def _show_status(self, provider: Provider) -> None:
        """The cached figures, how old they are, and what the gateway offers (links)."""
        import datetime as dt

        from ..figures import in_use, short_line, token_warnings
        from .messages import tr

        cache = provider.status
        gateway = cache.gateway if cache is not None else None
        self.top_up_button.setVisible(bool(gateway and gateway.top_up_link))
        self.docs_button.setVisible(bool(gateway and gateway.docs_link))
        server = gateway.server_address.rstrip("/") if gateway and gateway.server_address else ""
        self._server_address = server if server and server != provider.base_url else ""
        self.move_button.setVisible(bool(self._server_address))
        if self._server_address:
            self.move_button.setText(
                self.tr("The gateway says it is {0}: check and switch").format(server)
            )
        if cache is None or not cache.tokens:
            self.balance.set_status(Status.NONE, self.tr("Not checked yet."))
            return
        entry = provider.token(self._token_id) if self._token_id else None
        token = (provider.status_of(entry) if entry is not None else None) or in_use(provider)
        if token is None:
            self.balance.set_status(Status.NONE, self.tr("Not checked yet."))
            return
        age = dt.datetime.now(dt.UTC) - cache.checked_at
        minutes = max(0, int(age.total_seconds() // 60))
        warned = token_warnings(provider, token)
        said = [tr(short_line(token)), *(tr(w) for w in warned)]
        if token.expires_at is not None and not any("expire" in str(w) for w in warned):
            said.append(self.tr("expires {0}").format(f"{token.expires_at:%Y-%m-%d}"))
        said.append(self.tr("checked %n min ago", "", minutes))
        state = Status.WARNING if warned else Status.OK
        if token.unit is None:
            state = Status.NONE
        self.balance.set_status(state, " · ".join(said))

    def refresh_status(self) -> None:
        provider = self.provider
        if provider is None:
            return
        self.balance_button.setEnabled(False)
        self.balance.set_status(Status.BUSY, self.tr("Asking the gateway…"))
        pid, store, secrets = provider.id, self.window_.store, self.window_.secrets

        def work(cancel: CancelToken, progress: Any) -> Provider:
            return core.refresh_status(store, secrets, pid, cancel=cancel)

        def done(new: Provider) -> None:
            self.balance_button.setEnabled(True)
            self.changed.emit(new)
            self.status_refreshed.emit(new)

        def failed(exc: BaseException) -> None:
            self.balance_button.setEnabled(True)
            self.token_missing(exc)
            self.balance.set_error(exc)

        self.window_.runner.start(work, on_done=done, on_error=failed)

    def _open_link(self, which: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        cache = self.provider.status if self.provider is not None else None
        link = getattr(cache.gateway, which) if cache is not None else None
        if link and link.startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(link))

    def _use_server_address(self) -> None:
        if self._server_address:
            self._check_base(self._server_address)

    def _refill_check_combo(self) -> None:
        current = self.check_combo.currentText()
        ids = self.provider.enabled_model_ids if self.provider else []
        self.check_combo.blockSignals(True)
        self.check_combo.clear()
        self.check_combo.addItems(ids)
        if current in ids:
            self.check_combo.setCurrentText(current)
        self.check_combo.blockSignals(False)
        self.check_button.setEnabled(bool(ids))
        self.check_all_button.setEnabled(bool(ids))

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

    def token_missing(self, exc: BaseException) -> None:
        """The keychain has no token for the shown provider: say so where the token is."""
        from ..errors import TokenMissing

        if isinstance(exc, TokenMissing) and self.provider is not None:
            self._hide_token()
            self.token_edit.setText("")
            self.token_edit.setPlaceholderText(self.tr("Token missing: use Replace…"))
            self.replace_button.setDefault(True)
            self.replace_button.setFocus()

    # --- writes: the core's answer is what is shown ----------------------------------------------

    def _write(
        self, fn: Callable[[], Provider], on_done: Callable[[Any], None] | None = None
    ) -> None:
        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            else:
                self.changed.emit(result)

        self.window_.save(fn, done)

    def _set_enabled(self, enabled: bool) -> None:
        if self.provider is None or enabled == self.provider.enabled:
            return
        pid = self.provider.id
        self._write(lambda: core.set_provider_enabled(self.window_.store, pid, enabled))

    def _switch_toggled(self, enabled: bool) -> None:
        self._set_enabled(enabled)

    def _rename(self) -> None:
        provider = self.provider
        if provider is None:
            return
        new_name = self.name_edit.text().strip()
        if not new_name or new_name == provider.name:
            self.name_edit.setText(provider.name)
            return
        pid = provider.id
        self._write(lambda: core.rename_provider(self.window_.store, pid, new_name))

    def _checks_changed(self, ids: list[str], enabled: bool) -> None:
        if self.provider is None:
            return
        pid, ids = self.provider.id, list(ids)
        store = self.window_.store
        if enabled:
            self._write(lambda: core.set_models_enabled(store, pid, enable=ids), self._models_saved)
        else:
            self._write(
                lambda: core.set_models_enabled(store, pid, disable=ids), self._models_saved
            )

    def _model_added(self, model_id: str) -> None:
        if self.provider is None:
            return
        pid, store = self.provider.id, self.window_.store
        self._write(
            lambda: core.set_models_enabled(store, pid, enable=[model_id], add_missing=True),
            self._models_saved,
        )

    def _models_removed(self, ids: list[str]) -> None:
        if self.provider is None:
            return
        pid, ids, store = self.provider.id, list(ids), self.window_.store
        self._write(lambda: core.remove_models(store, pid, ids), self._models_saved)

    def _models_saved(self, provider: Provider) -> None:
        # The picker already shows these choices; only what depends on them follows.
        self.changed.emit(provider)

    # --- the address: checked as the wizard checks it, then saved --------------------------------

    def _reset_base_check(self) -> None:
        self._pending_base = None
        self._suggested = None
        self._plain_http_ok = False
        self.base_status.clear_status()
        self.base_buttons.hide()

    def _base_changed(self) -> None:
        provider = self.provider
        if provider is None:
            return
        result = self.base_preview.update_for(self.base_edit.text())
        if result is None:
            if not self.base_edit.text().strip():
                self._revert_base()
            return  # the preview says what is wrong; nothing is saved
        if result.base_url == provider.base_url:
            self._revert_base()  # the same address, written as it is stored
            return
        if result.base_url == self._pending_base:
            return  # already being checked
        self._check_base(result.base_url)

    def _check_base(self, address: str) -> None:
        provider = self.provider
        if provider is None:
            return
        self._pending_base = address
        self.base_edit.setText(address)
        self.check_result.clear_status()
        self.refresh_report.clear_status()
        self.base_buttons.hide()
        self.base_status.set_status(Status.BUSY, self.tr("Checking {0}…").format(address))
        snapshot, secrets, plain = provider.model_copy(), self.window_.secrets, self._plain_http_ok

        def work(cancel: CancelToken, progress: Any) -> ProbeResult:
            return core.probe_provider_address(
                snapshot, secrets, address, allow_plain_http=plain, cancel=cancel
            )

        self.window_.runner.start(work, on_done=self._base_works, on_error=self._base_failed)

    def _base_works(self, result: ProbeResult) -> None:
        provider = self.provider
        if provider is None or self._pending_base is None:
            return
        pid, base, plain = provider.id, result.base_url, self._plain_http_ok or None

        def saved(new: Provider) -> None:
            self._reset_base_check()
            self.base_status.set_status(
                Status.OK, self.tr("The gateway works at {0}; saved.").format(new.base_url)
            )
            self.changed.emit(new)
            self.address_checked.emit(True)

        store = self.window_.store
        self._write(lambda: core.set_base_url(store, pid, base, allow_plain_http=plain), saved)

    def _base_failed(self, exc: BaseException) -> None:
        from ..errors import PlainHttpRefused
        from .messages import describe

        if self._pending_base is None:
            return
        self.base_status.set_error(exc)
        self._suggested = describe(exc).suggested_base
        self.fix_button.setVisible(bool(self._suggested))
        if self._suggested:
            self.fix_button.setText(self.tr("Use {0} and check again").format(self._suggested))
        self.plain_button.setVisible(isinstance(exc, PlainHttpRefused))
        self.base_buttons.show()
        self.token_missing(exc)
        self.address_checked.emit(False)

    def _apply_fix(self) -> None:
        if self._suggested:
            self._check_base(self._suggested)

    def _allow_plain_http(self) -> None:
        if self._pending_base:
            self._plain_http_ok = True
            self._check_base(self._pending_base)

    def _save_base_unchecked(self) -> None:
        provider, base = self.provider, self._pending_base
        if provider is None or base is None:
            return
        pid, store = provider.id, self.window_.store

        def saved(new: Provider) -> None:
            self._reset_base_check()
            self.base_status.set_status(Status.WARNING, self.tr("Saved without a check."))
            self.changed.emit(new)

        self._write(lambda: core.set_base_url(store, pid, base), saved)

    def _revert_base(self) -> None:
        self._reset_base_check()
        if self.provider is not None:
            self.base_edit.setText(self.provider.base_url)
            self.base_preview.update_for("")

    # --- network and keychain --------------------------------------------------------------------

    def _refresh(self) -> None:
        provider = self.provider
        if provider is None:
            return
        self.refresh_button.setEnabled(False)
        self.refresh_report.set_status(Status.BUSY, self.tr("Fetching the model list…"))
        pid, snapshot, secrets = provider.id, provider.model_copy(), self.window_.secrets
        store = self.window_.store

        def fetch(cancel: CancelToken, progress: Any) -> ModelList:
            return core.fetch_models(snapshot, secrets, cancel=cancel)

        def fetched(models: ModelList) -> None:
            # Merged by the writer, after every choice the user made before it.
            def merge() -> tuple[core.RefreshReport, list[Any]]:
                from .model_list import sort_for_view

                report = core.apply_refresh(store, pid, models)
                return report, sort_for_view(report.provider.models)

            self.window_.save(merge, self._refresh_done)

        def failed(exc: BaseException) -> None:

            self.refresh_button.setEnabled(True)
            self.token_missing(exc)
            self.refresh_report.set_error(exc)
            self.window_.failed.emit(exc)

        self.window_.runner.start(fetch, on_done=fetched, on_error=failed)

    def _refresh_done(self, outcome: tuple[core.RefreshReport, list[Any]]) -> None:
        report, shown = outcome
        self.refresh_button.setEnabled(True)
        if self.provider is not None and self.provider.id == report.provider.id:
            self.picker.set_entries(shown, presorted=True)
        self.changed.emit(report.provider)
        changes = len(report.added) + len(report.removed)
        if changes <= SHORT_REPORT:
            added = ", ".join(report.added) or self.tr("none")
            removed = ", ".join(report.removed) or self.tr("none")
            self.refresh_report.set_status(
                Status.OK, self.tr("New (off): {0}. No longer listed: {1}.").format(added, removed)
            )
            self.changes_list.hide()
        else:
            # Many changes read as a list, each with its tags, not as one line of ids.
            self.refresh_report.set_status(
                Status.OK,
                self.tr("{0} new (off), {1} no longer listed:").format(
                    len(report.added), len(report.removed)
                ),
            )
            self._show_changes(report)
        self.refreshed.emit(report)

    def _show_changes(self, report: core.RefreshReport) -> None:
        from ..capabilities import TAG_NAMES, Tag, profile
        from .messages import tr

        self.changes_list.clear()
        for sign, ids in (("+", report.added), ("−", report.removed)):
            for model_id in ids:
                tags = profile(model_id).tags
                said = ", ".join(tr(TAG_NAMES[t]) for t in Tag if t in tags)
                self.changes_list.addItem(f"{sign} {model_id}" + (f"   [{said}]" if said else ""))
        self.changes_list.show()

    def _check(self) -> None:
        provider = self.provider
        model = self.check_combo.currentText().strip()
        if provider is None or not model:
            return
        self.check_button.setEnabled(False)
        self.check_result.set_status(Status.BUSY, self.tr("Checking {0}…").format(model))
        snapshot, secrets = provider.model_copy(), self.window_.secrets

        # With several tokens, the check is the selected token's: each can be checked.
        token_id = self._token_id if len(provider.tokens) > 1 else None

        def work(cancel: CancelToken, progress: Any) -> ChatCheck:
            return core.check_provider_model(
                snapshot, secrets, model, token=token_id, cancel=cancel
            )

        def done(result: ChatCheck) -> None:
            self.check_button.setEnabled(True)
            self.check_result.set_status(
                Status.OK,
                self.tr("{0} works: answered in {1} ms.").format(
                    result.model, f"{result.latency_ms:.0f}"
                ),
            )
            self.checked.emit(result)

        def failed(exc: BaseException) -> None:

            self.check_button.setEnabled(True)
            self.token_missing(exc)
            self.check_result.set_error(exc)
            self.checked.emit(exc)

        self.window_.runner.start(work, on_done=done, on_error=failed)

    def open_health_check(self) -> Any:
        from .health_dialog import HealthDialog

        provider = self.provider
        if provider is None:
            return None
        dialog = HealthDialog(
            self.window_.runner,
            provider.model_copy(),
            self.window_.secrets,
            provider.enabled_model_ids,
            self,
        )
        dialog.switch_off_requested.connect(self._switch_off_models)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_use_in(self) -> Any:
        from .use_in import UseInDialog

        provider = self.provider
        if provider is None:
            return None
        lobechat = self.window_.doc.lobechat_url if self.window_.doc is not None else None
        dialog = UseInDialog(
            provider.model_copy(), self.window_.secrets, self.window_.runner, lobechat, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _switch_off_models(self, ids: list[str]) -> None:
        model = self.picker.model
        wanted = set(ids)
        rows = [r for r, entry in enumerate(model.entries) if entry.id in wanted]
        model.set_rows_enabled(rows, False)  # one checks_changed: one store write

    def _with_token(self, then: Callable[[str], None]) -> None:
        provider = self.provider
        if provider is None:
            return
        snapshot, secrets = provider.model_copy(), self.window_.secrets

        token_id = self._token_id

        def work(cancel: CancelToken, progress: Any) -> str:
            token: str = core.get_token(secrets, snapshot, token_id)
            return token

        def done(token: str) -> None:
            then(token)
            self.token_read.emit()

        self.window_.runner.start(work, on_done=done, on_error=self.window_.show_error)

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
        from PySide6.QtGui import QGuiApplication

        def copy(token: str) -> None:
            QGuiApplication.clipboard().setText(token)
            self.window_.statusBar().showMessage(self.tr("Token copied to the clipboard."), 5000)

        self._with_token(copy)

    def _replace_token(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        provider = self.provider
        if provider is None:
            return
        entry = provider.token(self._token_id) if self._token_id else None
        text, ok = QInputDialog.getText(
            self,
            self.tr("Replace token"),
            self.tr("New token for {0}:").format(provider.name)
            if entry is None or len(provider.tokens) < 2
            else self.tr("New value of token “{0}” of {1}:").format(entry.label, provider.name),
            QLineEdit.EchoMode.Password,
        )
        if ok and text.strip():
            self.replace_token(text)

    def replace_token(self, text: str, *, check: bool = True) -> None:
        """Check ``text`` against the gateway as the wizard does, then save it (on a worker)."""
        provider = self.provider
        if provider is None:
            return
        # What the old token's results said is no longer true of the new one.
        self.check_result.set_status(Status.BUSY, self.tr("Checking the new token…"))
        self.refresh_report.clear_status()
        pid, store, secrets = provider.id, self.window_.store, self.window_.secrets
        token_id = self._token_id

        def work(cancel: CancelToken, progress: Any) -> Provider:
            new: Provider = core.replace_token(
                store, secrets, pid, text, label=token_id, check=check, cancel=cancel
            )
            return new

        def done(_: object) -> None:
            self._hide_token()
            self.token_edit.setPlaceholderText("")
            self.check_result.set_status(
                Status.OK if check else Status.WARNING,
                self.tr("The gateway accepts the new token; it replaced the old one.")
                if check
                else self.tr("The new token replaced the old one, without a check."),
            )
            self.token_replaced.emit(True)

        def failed(exc: BaseException) -> None:
            self.check_result.set_error(exc, after=self.tr("The old token is kept."))
            self.token_replaced.emit(False)

        self.window_.runner.start(work, on_done=done, on_error=failed)

    # --- several tokens ---------------------------------------------------------------------------

    def _show_tokens(self, provider: Provider) -> None:
        several = len(provider.tokens) > 1
        self._form.setRowVisible(self.tokens_box, several)
        if several:
            self.tokens_box.show_tokens(provider, keep=self._token_id)
            self._token_id = self.tokens_box.current_id()

    def _token_selected(self, token_id: str) -> None:
        if token_id == self._token_id:
            return
        self._token_id = token_id
        self._hide_token()
        if self.provider is not None:
            self._show_status(self.provider)

    def _token_toggled(self, token_id: str, on: bool) -> None:
        if self.provider is None:
            return
        pid, store = self.provider.id, self.window_.store
        self._write(lambda: core.set_token_enabled(store, pid, token_id, on))

    def _warn_changed(self, percent: int) -> None:
        provider = self.provider
        if provider is None or percent == round(provider.low_balance_percent):
            return
        pid, store = provider.id, self.window_.store
        self._write(lambda: core.set_low_balance_percent(store, pid, float(percent)))

    def _rename_token(self, token_id: str) -> None:
        from PySide6.QtWidgets import QInputDialog

        provider = self.provider
        entry = provider.token(token_id) if provider is not None else None
        if provider is None or entry is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Rename token"), self.tr("New label:"), text=entry.label
        )
        if ok and text.strip() and text.strip() != entry.label:
            pid, store, new_label = provider.id, self.window_.store, text.strip()
            self._write(lambda: core.rename_token(store, pid, token_id, new_label))

    def _add_token(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        provider = self.provider
        if provider is None:
            return
        label, ok = QInputDialog.getText(
            self,
            self.tr("Add token"),
            self.tr("A label for the new token (for example “team” or “backup”):"),
        )
        if not ok or not label.strip():
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Add token"),
            self.tr("Token “{0}” for {1}:").format(label.strip(), provider.name),
            QLineEdit.EchoMode.Password,
        )
        if ok and text.strip():
            self.add_token(label.strip(), text)

    def add_token(self, label: str, text: str, *, check: bool = True) -> None:
        """Check ``text`` against the gateway, then keep it as token ``label`` (on a worker)."""
        provider = self.provider
        if provider is None:
            return
        self.check_result.set_status(Status.BUSY, self.tr("Checking the new token…"))
        pid, store, secrets = provider.id, self.window_.store, self.window_.secrets

        def work(cancel: CancelToken, progress: Any) -> Provider:
            new: Provider = core.add_token(
                store, secrets, pid, text, label=label, check=check, cancel=cancel
            )
            return new

        def done(new: Provider) -> None:
            self.check_result.set_status(
                Status.OK, self.tr("The gateway accepts token “{0}”; it is kept.").format(label)
            )
            self._token_id = new.tokens[-1].id
            self.changed.emit(new)
            self.token_replaced.emit(True)

        def failed(exc: BaseException) -> None:
            self.check_result.set_error(exc, after=self.tr("The token was not added."))
            self.token_replaced.emit(False)

        self.window_.runner.start(work, on_done=done, on_error=failed)

    def _remove_token(self, token_id: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        provider = self.provider
        entry = provider.token(token_id) if provider is not None else None
        if provider is None or entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove token"),
            self.tr("Remove token “{0}” of {1} from the keychain?").format(
                entry.label, provider.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_token(token_id)

    def remove_token(self, token_id: str) -> None:
        provider = self.provider
        if provider is None:
            return
        pid, store, secrets = provider.id, self.window_.store, self.window_.secrets
        self._write(lambda: core.remove_token(store, secrets, pid, token_id))

    def _remove_provider(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        provider = self.provider
        if provider is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove provider"),
            self.tr("Remove “{0}” and its token from the keychain?").format(provider.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window_.remove_provider(provider.id)
