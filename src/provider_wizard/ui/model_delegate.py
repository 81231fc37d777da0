"""How a row of the model list is painted: a family's header in bold on a band, a model with
its capability tags as small chips at the right end of the row.

Painting reads two roles (``HeaderRole``, ``TagsRole``) of the visible rows only, so a list of
10,000 models costs what the few dozen rows on screen cost.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .model_list import HeaderRole, TagsRole

Index = QModelIndex | QPersistentModelIndex
_PAD = 4


class ModelRowDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(HeaderRole):
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.font.setBold(True)
            # A band under the header, in the palette's own mid tone (light and dark alike),
            # so the groups read as sections; a selected header keeps the selection colour.
            band = opt.palette.color(QPalette.ColorRole.Mid)
            band.setAlpha(70)
            painter.fillRect(opt.rect, band)
            style = opt.widget.style() if opt.widget is not None else None
            if style is not None:
                style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
            return
        tags = index.data(TagsRole)
        if not tags:
            super().paint(painter, option, index)
            return
        names = str(tags).split("\t")
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        metrics = QFontMetrics(font)
        widths = [metrics.horizontalAdvance(n) + 2 * _PAD for n in names]
        chips_width = sum(widths) + _PAD * len(widths)
        # The id gets the row less the chips; the chips stay at the right end, in a column.
        opt = QStyleOptionViewItem(option)
        opt.rect = option.rect.adjusted(0, 0, -chips_width, 0)
        super().paint(painter, opt, index)
        painter.save()
        painter.setFont(font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        chip_colour = option.palette.color(QPalette.ColorRole.Mid)
        chip_colour.setAlpha(90)
        height = metrics.height() + 2
        top = option.rect.top() + (option.rect.height() - height) // 2
        x = option.rect.right() - chips_width + _PAD
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for name, width in zip(names, widths, strict=True):
            chip = QRect(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chip_colour)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(text_colour)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, name)
            x += width + _PAD
        painter.restore()
