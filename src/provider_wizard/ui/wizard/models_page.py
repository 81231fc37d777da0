"""Wizard page 4: pick the models (all on by default); at least one must be on to go on."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Property, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...probe import ProbeResult
from ...providers import FirstPick
from ..model_picker import ModelPicker
from .page import IntroPage

if TYPE_CHECKING:
    from . import AddProviderWizard


class ModelsPage(IntroPage):
    modelsChanged = Signal()

    def __init__(self, wizard: AddProviderWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Models"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.recommend_button = QPushButton(self.tr("Switch on recommended"), self)
        self.recommend_button.setToolTip(self.tr("The newest chat model of each family"))
        self.recommend_button.clicked.connect(self.switch_on_recommended)
        self.recommend_button.hide()
        self._recommended: list[str] = []
        self.picker = ModelPicker(self, allow_remove=False)
        self.picker.counts_changed.connect(lambda _on, _total: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.recommend_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.picker, 1)
        self._loaded_from: object = False
        self.registerField("models", self, "models", self.modelsChanged)
        self.picker.counts_changed.connect(lambda _on, _total: self.modelsChanged.emit())

    def _get_models(self) -> object:
        return list(self.picker.model.entries)

    # The model entries as picked (on or off): the "models" field.
    models = Property(object, _get_models, notify=modelsChanged)

    def _wizard(self) -> AddProviderWizard:
        return cast("AddProviderWizard", self.wizard())

    def initializePage(self) -> None:
        result = self.field("probeResult")
        if result is self._loaded_from:
            return  # back and forth between pages keeps the user's choices
        self._loaded_from = result
        pick = self.field("probeEntries")
        if isinstance(result, ProbeResult) and isinstance(pick, FirstPick) and pick.entries:
            self.setSubTitle(self.tr("Switch on the models your clients should offer."))
            self.picker.set_entries(pick.entries, presorted=True)
            self._recommended = pick.recommended
            if pick.none_on:
                self.hint.setText(
                    self.tr(
                        "The gateway lists {0} models, too many to switch on at once: none is "
                        "on. Pick the ones you use, or switch on the recommended ones (the "
                        "newest of each family)."
                    ).format(len(pick.entries))
                )
            else:
                self.hint.setText(
                    self.tr("Chat models are on; embedding, image and audio models are off.")
                )
            self.recommend_button.setVisible(pick.none_on and bool(pick.recommended))
        else:
            self.setSubTitle(self.tr("Type the ids of the models this gateway serves."))
            self.hint.setText(
                self.tr(
                    "No model list from the server. Type a model id below and press "
                    "Enter; add as many as you need."
                )
            )
            self.picker.set_entries([])
            self.recommend_button.hide()
            self.picker.new_id.setFocus()

    def switch_on_recommended(self) -> None:
        model = self.picker.model
        wanted = set(self._recommended)
        model.set_rows_enabled([r for r, e in enumerate(model.entries) if e.id in wanted], True)

    def isComplete(self) -> bool:
        return self.picker.enabled_count() > 0
