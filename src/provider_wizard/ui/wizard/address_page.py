"""Wizard page 2: paste the address; the normalized base address and each change, live."""

from __future__ import annotations

from PySide6.QtCore import Property, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..address_preview import AddressPreview
from .page import IntroPage, ask_for_ca_file, take_link


class AddressPage(IntroPage):
    caFileChanged = Signal()

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
        self.ca_button.clicked.connect(self._choose_ca_file)
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
        self._ca_file = ""
        self.registerField("address", self.edit)
        self.registerField("caFile", self, "caFile", self.caFileChanged)

    def _changed(self, text: str) -> None:
        from ...links import looks_like_link

        if looks_like_link(text) and take_link(self, text):
            return  # the field now holds the link's address: this ran again for it
        self.preview.update_for(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.preview.result is not None

    def _choose_ca_file(self) -> None:
        path = ask_for_ca_file(self)
        if path:
            self.setField("caFile", path)

    def _get_ca_file(self) -> str:
        return self._ca_file

    def _set_ca_file(self, path: str) -> None:
        self._ca_file = path
        self.ca_label.setText(self.tr("Also trusted: {0}").format(path) if path else "")
        self.caFileChanged.emit()

    # A CA file to trust for this provider only ("" for none): the "caFile" field.
    caFile = Property(str, _get_ca_file, _set_ca_file, notify=caFileChanged)
