"""Wizard page 3: ask the server what works (the core's ``probe``), in a worker, cancellable.

Starts by itself on entering the page. Success shows the gateway kind, the address that
answered and the number of models; failure shows the error in words with its fix, and where
the fix is another address (https on a plain-HTTP server, http redirected to https, a wrong
path prefix) one click applies it and checks again. The user may also go on without a check
and type the model ids by hand.
"""

from __future__ import annotations

import dataclasses
import html
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Property, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ...cancel import CancelToken
from ...errors import PlainHttpRefused, TlsError, TlsKind
from ...probe import ProbeResult, probe
from ...providers import FirstPick, check_tokens_at, first_pick
from ...tokens import token_labels
from ..messages import describe, gateway_kind_text, note_text, tr
from ..model_list import sort_for_view
from ..status import Status, status_colour
from ..workers import TaskHandle
from .page import IntroPage, ask_for_ca_file

if TYPE_CHECKING:
    from . import AddProviderWizard

# The probe's result, the models as first picked, and (label, token, refusal or None) for
# each pasted token, the probe's own first.
Outcome = tuple[ProbeResult, FirstPick, list[tuple[str, str, Exception | None]]]


class CheckPage(IntroPage):
    check_finished = Signal(bool)  # True when the probe succeeded (for tests and the UI)
    resultChanged = Signal()

    def __init__(self, wizard: AddProviderWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Connection check"))
        self.setSubTitle(
            self.tr(
                "Asking the server which address works, whether it accepts the token, "
                "and which models it offers."
            )
        )
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Check result"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the length of a network call is unknown
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel check"), self)
        self.cancel_button.clicked.connect(self.cancel_check)
        self.fix_button = QPushButton(self)
        self.fix_button.clicked.connect(self._apply_fix)
        self.ca_button = QPushButton(self.tr("Trust the gateway's CA file…"), self)
        self.ca_button.clicked.connect(self._choose_ca)
        # Said in full on the button: the user must know what they agree to.
        self.plain_button = QPushButton(self.tr("Send the token unencrypted anyway"), self)
        self.plain_button.clicked.connect(self._allow_plain_http)
        self.retry_button = QPushButton(self.tr("Check again"), self)
        self.retry_button.clicked.connect(self.start_check)
        self.skip = QCheckBox(
            self.tr("Continue without checking (type the model ids by hand)"), self
        )
        self.skip.toggled.connect(self._skip_toggled)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.ca_button)
        buttons.addWidget(self.plain_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.progress)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.skip)

        self._task: TaskHandle | None = None
        self._suggested: str | None = None
        self._plain_base: str | None = None
        self._allow_plain = False  # the user's explicit yes to plain http (a remote host)
        self._ok = False
        self._result: ProbeResult | None = None
        self._entries: FirstPick | None = None  # the models, switched on as first fetched
        # (label, token) of every pasted token the gateway accepted, the probe's first.
        self._accepted: list[tuple[str, str]] = []
        for name in (
            "probeResult",
            "probeEntries",
            "checkSkipped",
            "allowPlainHttp",
            "acceptedTokens",
        ):
            self.registerField(name, self, name, self.resultChanged)

    def _wizard(self) -> AddProviderWizard:
        return cast("AddProviderWizard", self.wizard())

    # --- page life ------------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.skip.setChecked(False)
        self.start_check()

    def cleanupPage(self) -> None:
        self.cancel_check(silent=True)
        self._set_result(None, None)

    def isComplete(self) -> bool:
        return self._ok or self.skip.isChecked()

    def validatePage(self) -> bool:
        if not self._ok:
            self._set_result(None, None)
        self.resultChanged.emit()  # "checkSkipped" follows _ok
        return self.isComplete()

    # --- the fields this page answers (see page.py) ---------------------------------------------

    def _set_result(self, result: ProbeResult | None, entries: FirstPick | None) -> None:
        self._result, self._entries = result, entries
        self.resultChanged.emit()

    def _get_result(self) -> object:
        return self._result

    def _get_entries(self) -> object:
        return self._entries

    def _get_skipped(self) -> bool:
        return not self._ok

    def _get_plain(self) -> bool:
        return self._allow_plain

    def _get_accepted(self) -> object:
        return list(self._accepted)

    probeResult = Property(object, _get_result, notify=resultChanged)
    probeEntries = Property(object, _get_entries, notify=resultChanged)
    checkSkipped = Property(bool, _get_skipped, notify=resultChanged)
    allowPlainHttp = Property(bool, _get_plain, notify=resultChanged)
    acceptedTokens = Property(object, _get_accepted, notify=resultChanged)

    # --- the check --------------------------------------------------------------------------------

    def start_check(self) -> None:
        self.cancel_check(silent=True)
        wizard = self._wizard()
        text, token = str(self.field("address")), str(self.field("token"))
        tokens: list[str] = list(self.field("tokens") or [token])
        labels = [tr(label) for label in token_labels(len(tokens))]
        options = dataclasses.replace(
            wizard.client_options,
            ca_file=str(self.field("caFile")) or None,
            allow_plain_http=self._allow_plain,
        )
        self._ok = False
        self._accepted = []
        self._set_result(None, None)
        self._suggested = None
        self.headline.setText(self.tr("Checking…"))
        self.headline.setStyleSheet("")
        self.detail.setText("")
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.fix_button.hide()
        self.ca_button.hide()
        self.plain_button.hide()
        self.retry_button.hide()
        self.completeChanged.emit()

        def work(cancel: CancelToken, progress: Any) -> Outcome:
            result = probe(text, token, options=options, cancel=cancel, progress=progress)
            # The other pasted tokens, asked together at the address the probe found.
            verdicts = check_tokens_at(result.base_url, tokens[1:], options=options, cancel=cancel)
            # Thousands of entries are built here, off the UI thread, not when the page opens.
            pick = first_pick(result.models.models)
            pick = dataclasses.replace(pick, entries=sort_for_view(pick.entries))
            return result, pick, list(zip(labels, tokens, [None, *verdicts], strict=True))

        self._task = wizard.runner.start(
            work, on_done=self._succeeded, on_error=self._failed, on_progress=self._progress
        )

    def cancel_check(self, silent: bool = False) -> None:
        if self._task is not None and not self._task.finished:
            self._task.cancel()
            if not silent:
                self._show_idle(self.tr("Check cancelled."), "")
        self._task = None

    def _progress(self, address: str) -> None:
        self.headline.setText(self.tr("Checking {0}…").format(address))

    def _show_idle(self, headline: str, detail: str, status: Status = Status.NONE) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.retry_button.show()
        mark = {Status.OK: "✓ ", Status.ERROR: "✗ ", Status.WARNING: "! "}.get(status, "")
        self.headline.setText(mark + headline)
        colour = status_colour(status, self.palette())
        self.headline.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")
        self.detail.setText(detail)
        # Once the check passed there is nothing to skip; it is offered only when it failed.
        self.skip.setVisible(status is not Status.OK)
        self.completeChanged.emit()

    def _succeeded(self, outcome: Outcome) -> None:
        result, entries, verdicts = outcome
        self._task = None
        self._ok = True
        self._accepted = [(label, token) for label, token, exc in verdicts if exc is None]
        self._set_result(result, entries)
        name = result.gateway.system_name
        kind = gateway_kind_text(result.gateway.kind)
        if result.gateway.version:
            kind += f" {result.gateway.version}"
        lines = [
            self.tr("Address: {0}").format(f"<b>{html.escape(result.base_url)}</b>"),
            self.tr("Gateway: {0}").format(html.escape(kind + (f" ({name})" if name else ""))),
            self.tr("Models offered: {0}").format(len(result.models.models)),
        ]
        if len(verdicts) > 1:
            lines.append(
                self.tr("Tokens accepted: {0} of {1}").format(len(self._accepted), len(verdicts))
            )
            for label, _, exc in verdicts:
                if exc is not None:
                    said = describe(exc)
                    lines.append(
                        "• " + html.escape(self.tr("{0}: {1} (not kept)").format(label, said.title))
                    )
        lines += [f"• {html.escape(note_text(n))}" for n in result.notes]
        self._show_idle(
            self.tr("The gateway works and accepts the token."), "<br>".join(lines), Status.OK
        )
        self.check_finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        words = describe(exc)
        self._show_idle(words.title, words.rich(), Status.ERROR)
        self._suggested = words.suggested_base
        if self._suggested:
            self.fix_button.setText(self.tr("Use {0} and check again").format(self._suggested))
            self.fix_button.show()
            self.fix_button.setDefault(True)
        if isinstance(exc, TlsError) and exc.kind is TlsKind.UNTRUSTED_CERTIFICATE:
            self.ca_button.show()
        if isinstance(exc, PlainHttpRefused):
            self._plain_base = exc.base_url
            self.plain_button.show()
        self.check_finished.emit(False)

    def _allow_plain_http(self) -> None:
        """The user's explicit yes: check again, token over plain http, and remember it."""
        self._allow_plain = True
        if self._plain_base:
            self.setField("address", self._plain_base)
        self.start_check()

    def _apply_fix(self) -> None:
        if not self._suggested:
            return
        self.setField("address", self._suggested)
        self.start_check()

    def _choose_ca(self) -> None:
        path = ask_for_ca_file(self)
        if path:
            self.setField("caFile", path)
            self.start_check()

    def _skip_toggled(self, checked: bool) -> None:
        if checked:
            self.cancel_check(silent=True)
            if not self._ok:
                self._show_idle(
                    self.tr("Not checked."),
                    self.tr("You will type the model ids on the next page."),
                )
        self.completeChanged.emit()
