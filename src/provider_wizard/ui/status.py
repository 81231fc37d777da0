"""A result line that looks like what it says: busy, success, warning or failure.

A success must not look like every other state. Each state has a mark and a colour; the
colours are chosen from the palette's lightness, so they read on a light and a dark scheme
alike, and the mark says the same to anyone who does not see the colour.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class Status(enum.Enum):
    NONE = "none"
    BUSY = "busy"
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


_MARK = {Status.BUSY: "…", Status.OK: "✓", Status.WARNING: "!", Status.ERROR: "✗"}
# (light scheme, dark scheme): dark enough on white, light enough on a dark window.
_COLOUR = {
    Status.OK: ("#1e7b34", "#6fd38a"),
    Status.WARNING: ("#8a5a00", "#f0b85a"),
    Status.ERROR: ("#b3261e", "#ff8a80"),
}


def status_colour(status: Status, palette: QPalette) -> QColor | None:
    pair = _COLOUR.get(status)
    if pair is None:
        return None
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(pair[1] if dark else pair[0])


class StatusLabel(QWidget):
    """A mark and a wrapped text; ``set_status`` shows a state, ``clear_status`` hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = QLabel(self)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        font = self.mark.font()
        font.setBold(True)
        self.mark.setFont(font)
        self.mark.setMinimumWidth(self.mark.fontMetrics().horizontalAdvance("✓✓"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.status = Status.NONE
        self.hide()

    def set_status(self, status: Status, text: str, *, rich: bool = False) -> None:
        self.status = status
        self.label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.label.setText(text)
        self.mark.setText(_MARK.get(status, ""))
        self.setAccessibleDescription(status.value)
        self._colour()
        self.setVisible(bool(text))

    def _colour(self) -> None:
        colour = status_colour(self.status, self.palette())
        style = f"color: {colour.name()};" if colour is not None else ""
        self.mark.setStyleSheet(style)
        self.label.setStyleSheet(style if self.status is not Status.BUSY else "")

    def changeEvent(self, event: QEvent) -> None:
        # The scheme changed (light to dark): the colours follow, the text stays.
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()
        super().changeEvent(event)

    def set_error(self, exc: BaseException, *, after: str = "") -> None:
        """An error in the core's words: the title in bold, the rest, ``after`` last."""
        import html

        from .messages import describe

        words = describe(exc)
        text = f"<b>{html.escape(words.title)}</b>: {words.rich()}"
        if after:
            text += "<br>" + html.escape(after)
        self.set_status(Status.ERROR, text, rich=True)

    def clear_status(self) -> None:
        self.set_status(Status.NONE, "")

    def text(self) -> str:
        return self.label.text()
