"""Wizard page 5: name the provider, switch it on, see a summary, save through the core."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ...cancel import CancelToken
from ...probe import ProbeResult
from ...providers import add_provider
from ...tokens import token_labels
from ...urls import normalize_base_url
from ..messages import describe, gateway_kind_text, tr
from ..status import Status, StatusLabel
from .page import IntroPage

if TYPE_CHECKING:
    from ...schemas import ModelEntry, Provider
    from . import AddProviderWizard


class FinishPage(IntroPage):
    def __init__(self, wizard: AddProviderWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Name and finish"))
        self.setSubTitle(self.tr("Name this provider as your clients will show it."))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Provider name"))
        self.name.setMaxLength(100)
        self.name.textChanged.connect(self._name_changed)
        self.name_status = QLabel(self)
        self.enabled = QCheckBox(self.tr("Switch the provider on"), self)
        self.enabled.setChecked(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.same = StatusLabel(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.name_status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # Left-aligned with the summary below it: the two say what will be saved.
        layout.addWidget(self.enabled)
        layout.addWidget(self.summary)
        layout.addWidget(self.same)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._saving = False
        self._saved = False

    def _wizard(self) -> AddProviderWizard:
        return cast("AddProviderWizard", self.wizard())

    def _result(self) -> ProbeResult | None:
        result = self.field("probeResult")
        return result if isinstance(result, ProbeResult) else None

    def _models(self) -> list[ModelEntry]:
        return list(self.field("models"))

    def _base_url(self) -> str:
        result = self._result()
        if result is not None:
            return result.base_url
        return normalize_base_url(str(self.field("address"))).base_url

    def _suggest_name(self) -> str:
        wizard = self._wizard()
        result = self._result()
        base = (
            wizard.suggested_name
            or (result.gateway.system_name if result else None)
            or normalize_base_url(self._base_url()).host
        )
        name, n = base, 2
        while name.casefold() in wizard.existing_names:
            name, n = f"{base} {n}", n + 1
        return name

    def initializePage(self) -> None:
        if not self.name.text().strip():
            self.name.setText(self._suggest_name())
        # Selected, with the focus: typing replaces the proposal, never appends to it.
        self.name.setFocus()
        self.name.selectAll()
        models, result, ca_file = self._models(), self._result(), str(self.field("caFile"))
        lines = [
            self.tr("Address: {0}").format(f"<b>{html.escape(self._base_url())}</b>"),
            self.tr("Type: OpenAI-compatible")
            + (f" ({html.escape(gateway_kind_text(result.gateway.kind))})" if result else ""),
            self.tr("Models on: {0} of {1}").format(
                sum(1 for m in models if m.enabled), len(models)
            ),
            self.tr("The token will be saved in your system's keychain.")
            if len(self._tokens()) <= 1
            else self.tr("Tokens kept: {0} ({1}), each in your system's keychain.").format(
                len(self._tokens()), html.escape(", ".join(label for label, _ in self._tokens()))
            ),
        ]
        if ca_file:
            lines.append(self.tr("Also trusted: {0}").format(html.escape(ca_file)))
        if self.field("checkSkipped"):
            lines.append(self.tr("The connection was not checked."))
        self.summary.setText("<br>".join(lines))
        self.error.setText("")
        self._look_for_the_same_gateway()

    def _tokens(self) -> list[tuple[str, str]]:
        """(label, token) of the pasted tokens the check kept, when several were pasted (all
        of them when the user went on without a check, as for one token)."""
        if self.field("checkSkipped"):
            pasted = [str(t) for t in self.field("tokens") or []]
            labels = [tr(label) for label in token_labels(len(pasted))]
            accepted = list(zip(labels, pasted, strict=True))
        else:
            accepted = list(self.field("acceptedTokens") or [])
        return accepted if len(accepted) > 1 else []

    def _look_for_the_same_gateway(self) -> None:
        """Say so when this gateway is already a provider with this very token."""
        from ...providers import find_same_gateway

        self.same.clear_status()
        wizard = self._wizard()
        store, secrets, base = wizard.store, wizard.secrets, self._base_url()
        token = str(self.field("token"))

        def work(cancel: CancelToken, progress: Any) -> Provider | None:
            found: Provider | None = find_same_gateway(store, secrets, base, token)
            return found

        def done(found: Provider | None) -> None:
            if found is not None:
                self.same.set_status(
                    Status.WARNING,
                    self.tr(
                        "“{0}” already connects to this gateway with this token; saving adds it "
                        "a second time."
                    ).format(found.name),
                )

        wizard.runner.start(work, on_done=done, on_error=lambda exc: None)

    def _name_changed(self, text: str) -> None:
        name = text.strip()
        if not name:
            self.name_status.setText(self.tr("The provider needs a name."))
        elif name.casefold() in self._wizard().existing_names:
            self.name_status.setText(self.tr("A provider with this name already exists."))
        else:
            self.name_status.setText("")
        self.name_status.setVisible(bool(self.name_status.text()))  # no empty row
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        name = self.name.text().strip()
        return (
            bool(name)
            and name.casefold() not in self._wizard().existing_names
            and not (self._saving)
        )

    def validatePage(self) -> bool:
        """Finish saves in a worker; the wizard closes when the save has succeeded."""
        if self._saved:
            return True
        if self._saving:
            return False
        wizard = self._wizard()
        models = [m.model_copy() for m in self._models()]
        result = self._result()
        name = self.name.text().strip()
        base_url = self._base_url()
        enabled = self.enabled.isChecked()
        store, secrets, token = wizard.store, wizard.secrets, str(self.field("token"))
        tokens = self._tokens()
        ca_file = str(self.field("caFile")) or None
        allow_plain_http = bool(self.field("allowPlainHttp"))

        def work(cancel: CancelToken, progress: Any) -> Provider:
            return add_provider(
                store,
                secrets,
                name=name,
                base_url=base_url,
                token=None if tokens else token,
                tokens=tokens,
                models=models,
                gateway=result.gateway if result else None,
                enabled=enabled,
                ca_file=ca_file,
                allow_plain_http=allow_plain_http,
            )

        self._saving = True
        self.error.setText(self.tr("Saving…"))
        self.completeChanged.emit()
        wizard.runner.start(work, on_done=self._save_done, on_error=self._save_failed)
        return False

    def _save_done(self, provider: Provider) -> None:
        self._saving = False
        self._saved = True
        wizard = self._wizard()
        wizard.provider = provider
        wizard.saved.emit(provider)
        wizard.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        words = describe(exc)
        text = f"<b>{html.escape(words.title)}</b><br>{words.rich()}"
        self.error.setText(text)
        self.completeChanged.emit()
