"""Wizard page 2: paste the address; the normalized base address and each change, live."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget, QWizardPage

from ...errors import InvalidUrl
from ...urls import NormalizedUrl, normalize_base_url
from ..messages import change_text, url_reason


class AddressPreview(QLabel):
    """The live preview under an address field: the base address and why it differs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Address preview"))
        self.result: NormalizedUrl | None = None

    def update_for(self, text: str) -> NormalizedUrl | None:
        self.result = None
        if not text.strip():
            self.setText("")
            return None
        try:
            self.result = normalize_base_url(text)
        except InvalidUrl as exc:
            self.setText("<b>" + html.escape(url_reason(exc.reason)) + "</b>")
            return None
        lines = [self.tr("Base address:") + f" <b>{html.escape(self.result.base_url)}</b>"]
        lines += [f"• {html.escape(change_text(c))}" for c in self.result.changes]
        self.setText("<br>".join(lines))
        return self.result


class AddressPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Address"))
        self.setSubTitle(
            self.tr(
                "Paste the gateway's address as you copied it: the browser's address bar, a "
                "client's settings, an IP with a port. The app works out the base address."
            )
        )
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("https://api.example.com")
        self.edit.setAccessibleName(self.tr("Gateway address"))
        self.preview = AddressPreview(self)
        self.edit.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview)
        layout.addStretch(1)

    def _changed(self, text: str) -> None:
        self.preview.update_for(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.preview.result is not None

    @property
    def address_text(self) -> str:
        return self.edit.text()

    def set_address(self, text: str) -> None:
        self.edit.setText(text)
