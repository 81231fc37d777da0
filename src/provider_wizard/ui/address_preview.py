"""The live preview under an address field: the base address, and why it differs from the input.

Shared by the wizard's address page and the main window's base-address field.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..errors import InvalidUrl
from ..urls import NormalizedUrl, normalize_base_url
from .messages import change_text, url_reason


class AddressPreview(QLabel):
    """The live preview under an address field: the base address and why it differs."""

    def __init__(self, parent: QWidget | None = None, *, collapse: bool = False) -> None:
        """``collapse``: take no room while empty (a form row); else keep room for a few
        lines, so the page does not jump when the preview appears (the wizard)."""
        super().__init__(parent)
        self._collapse = collapse
        if not collapse:
            self.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
            self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
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
        self._update(text)
        return self.result

    def setText(self, text: str) -> None:
        # An empty preview takes no room (a form row of its own would show as a gap).
        super().setText(text)
        if self._collapse:
            self.setVisible(bool(text))

    def _update(self, text: str) -> None:
        try:
            self.result = normalize_base_url(text)
        except InvalidUrl as exc:
            self.setText("<b>" + html.escape(url_reason(exc.reason)) + "</b>")
            return
        lines = [self.tr("Base address:") + f" <b>{html.escape(self.result.base_url)}</b>"]
        lines += [f"• {html.escape(change_text(c))}" for c in self.result.changes]
        self.setText("<br>".join(lines))
