"""Wizard page 2: paste the address; the normalized base address and each change, live."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..address_preview import AddressPreview
from .page import IntroPage


class AddressPage(IntroPage):
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
        self.ca_button = QPushButton(self.tr("Trust a CA file…"), self)
        self.ca_button.setToolTip(
            self.tr(
                "For a gateway with a self-signed certificate: trust its CA, for this provider only"
            )
        )
        self.ca_button.clicked.connect(self.choose_ca_file)
        self.ca_label = QLabel(self)
        self.ca_label.setWordWrap(True)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_button)
        ca_row.addWidget(self.ca_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        layout.addLayout(ca_row)

    def _changed(self, text: str) -> None:
        self.preview.update_for(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.preview.result is not None

    def choose_ca_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The gateway's CA certificate"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if not path:
            return False
        self.set_ca_file(path)
        return True

    def set_ca_file(self, path: str | None) -> None:
        wizard = self.wizard()
        wizard.ca_file = path  # type: ignore[attr-defined]
        self.ca_label.setText(self.tr("Also trusted: {0}").format(path) if path else "")

    @property
    def address_text(self) -> str:
        return self.edit.text()

    def set_address(self, text: str) -> None:
        self.edit.setText(text)
