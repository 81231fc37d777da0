"""Wizard page 4: pick the models (all on by default); at least one must be on to go on."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Property, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ...probe import ProbeResult
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
        self.picker = ModelPicker(self, allow_remove=False)
        self.picker.counts_changed.connect(lambda _on, _total: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
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
        if isinstance(result, ProbeResult) and result.models.models:
            self.setSubTitle(self.tr("Switch on the models your clients should offer."))
            self.hint.setText("")
            self.picker.set_entries(list(self.field("probeEntries")), presorted=True)
        else:
            self.setSubTitle(self.tr("Type the ids of the models this gateway serves."))
            self.hint.setText(
                self.tr(
                    "No model list from the server. Type a model id below and press "
                    "Enter; add as many as you need."
                )
            )
            self.picker.set_entries([])
            self.picker.new_id.setFocus()

    def isComplete(self) -> bool:
        return self.picker.enabled_count() > 0
