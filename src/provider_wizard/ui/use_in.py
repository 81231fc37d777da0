"""The provider page's "Use in…": the provider as a client or a script takes it.

The text is shown with a placeholder where the token goes (export.py renders it; this only
shows it). The token leaves the keychain only on an explicit action: "Open in the client"
hands a client's link to the desktop (QDesktopServices), "Copy with token" asks first and
clears the clipboard after 30 seconds unless something else was copied meanwhile (as
password managers do), "Save file…" writes a file only its owner can read. Keychain reads
and file writes run on the window's workers.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import providers as core
from ..errors import Error
from ..export import LINKS, TARGET_NAMES, render, write_private
from .messages import tr
from .status import Status, StatusLabel

if TYPE_CHECKING:
    from ..cancel import CancelToken
    from ..schemas import Provider
    from ..secretstore import SecretStore
    from .workers import TaskRunner

# The targets a person picks from, clients first.
ORDER = (
    "cherry-studio", "cc-switch-claude", "cc-switch-codex", "deepchat", "aionui", "chatbox",
    "lobechat", "env", "env-fish", "env-powershell", "dotenv", "curl", "python", "litellm",
    "librechat", "provider-wizard",
)  # fmt: skip
FILES = {"dotenv": ".env", "litellm": "config.yaml", "librechat": "librechat.yaml"}


class UseInDialog(QDialog):
    copied = Signal(bool)  # with the token or not: for tests and the status line
    clipboard_cleared = Signal()
    opened = Signal(str)  # the target whose link went to the desktop
    saved = Signal(str)  # the path written

    CLEAR_AFTER_MS = 30_000

    def __init__(
        self,
        provider: Provider,
        secrets: SecretStore,
        runner: TaskRunner,
        lobechat_url: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.provider, self.secrets, self.runner = provider, secrets, runner
        self.setWindowTitle(self.tr("Use “{0}” in…").format(provider.name))
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Client or format"))
        for name in ORDER:
            self.target.addItem(tr(TARGET_NAMES[name]), name)
        self.target.currentIndexChanged.connect(self._show)
        self.lobechat = QLineEdit(lobechat_url or "", self)
        self.lobechat.setPlaceholderText("https://your-lobechat.example.com")
        self.lobechat.setAccessibleName(self.tr("LobeChat address"))
        self.lobechat.textChanged.connect(self._show)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("What the client takes"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.note = StatusLabel(self)
        self.open_button = QPushButton(self.tr("Open in the client"), self)
        self.open_button.clicked.connect(self.open_in_client)
        self.copy_button = QPushButton(self.tr("Copy without token"), self)
        self.copy_button.clicked.connect(lambda: self.copy(with_token=False))
        self.copy_token_button = QPushButton(self.tr("Copy with token…"), self)
        self.copy_token_button.clicked.connect(self._ask_and_copy)
        self.save_button = QPushButton(self.tr("Save file…"), self)
        self.save_button.clicked.connect(self._ask_and_save)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.copy_button, self.copy_token_button):
            buttons.addWidget(button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Use in:"), self.target)
        form.addRow(self.tr("LobeChat address:"), self.lobechat)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(720, 380)
        self._show()

    # --- what is shown ---------------------------------------------------------------------

    def current(self) -> str:
        return str(self.target.currentData())

    def set_target(self, name: str) -> None:
        self.target.setCurrentIndex(self.target.findData(name))

    def _render(self, token: str | None) -> str:
        target = self.current()
        return render(
            self.provider, target, token=token, lobechat_url=self.lobechat.text().strip() or None
        ).text

    def _show(self) -> None:
        target = self.current()
        self._form.setRowVisible(self.lobechat, target == "lobechat")
        self.open_button.setVisible(target in LINKS)
        self.save_button.setVisible(target in FILES)
        try:
            self.text.setPlainText(self._render(None))
        except Error as exc:
            self.text.setPlainText("")
            self.note.set_error(exc)
            for button in (self.open_button, self.copy_button, self.copy_token_button):
                button.setEnabled(False)
            return
        for button in (self.open_button, self.copy_button, self.copy_token_button):
            button.setEnabled(True)
        self.note.set_status(
            Status.NONE,
            self.tr(
                "The token is shown as a placeholder; it leaves the keychain only when "
                "you open, copy with it, or save."
            ),
        )

    # --- the actions -----------------------------------------------------------------------

    def _with_text(self, then: Any) -> None:
        """Render with the token (read on a worker), then ``then(text)`` on the UI thread."""
        provider, secrets = self.provider.model_copy(), self.secrets
        target, lobechat = self.current(), self.lobechat.text().strip() or None

        def work(cancel: CancelToken, progress: Any) -> str:
            token = core.get_token(secrets, provider)
            return render(provider, target, token=token, lobechat_url=lobechat).text

        self.runner.start(work, on_done=then, on_error=self.note.set_error)

    def open_in_client(self) -> None:
        target = self.current()

        def done(link: str) -> None:
            if QDesktopServices.openUrl(QUrl(link, QUrl.ParsingMode.StrictMode)):
                self.note.set_status(Status.OK, self.tr("Handed to the client."))
            else:
                self.note.set_status(
                    Status.ERROR,
                    self.tr("No application opens this link: is the client installed?"),
                )
            self.opened.emit(target)

        self._with_text(done)

    def copy(self, *, with_token: bool) -> None:
        if not with_token:
            QGuiApplication.clipboard().setText(self.text.toPlainText())
            self.note.set_status(Status.OK, self.tr("Copied, with a placeholder for the token."))
            self.copied.emit(False)
            return

        def done(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            clear_clipboard_later(text, self.CLEAR_AFTER_MS, self._cleared)
            self.note.set_status(
                Status.WARNING,
                self.tr("Copied with the token; the clipboard is cleared in {0} s.").format(
                    self.CLEAR_AFTER_MS // 1000
                ),
            )
            self.copied.emit(True)

        self._with_text(done)

    def _ask_and_copy(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Copy with the token"),
            self.tr(
                "The text will hold the token in clear. Copy it? The clipboard is cleared "
                "after 30 seconds."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.copy(with_token=True)

    def _cleared(self) -> None:
        # The dialog may be closed meanwhile; the clipboard was cleared all the same.
        with contextlib.suppress(RuntimeError):
            self.clipboard_cleared.emit()

    def _ask_and_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save with the token"), FILES.get(self.current(), "")
        )
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        """Write the text with the token to ``path`` (mode 0600, a worker; never over a file
        that exists: the file dialog asked about that already, so it is replaced)."""

        def done(text: str) -> None:
            def write(cancel: CancelToken, progress: Any) -> str:
                write_private(path, text, force=True)
                return path

            def written(where: str) -> None:
                self.note.set_status(
                    Status.OK, self.tr("Saved {0} (readable by you only).").format(where)
                )
                self.saved.emit(where)

            self.runner.start(write, on_done=written, on_error=self.note.set_error)

        self._with_text(done)


def clear_clipboard_later(text: str, ms: int, on_cleared: Any = None) -> None:
    """Clear the clipboard in ``ms`` if it still holds ``text`` (something copied since is the
    user's). The timer belongs to the clipboard, so closing the dialog does not cancel it."""
    clipboard = QGuiApplication.clipboard()

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()
            if on_cleared is not None:
                on_cleared()

    QTimer.singleShot(ms, clipboard, clear)
