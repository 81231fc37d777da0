"""Wizard page 1: paste the token. Cleaned as you type; masked, with a reveal toggle.

Several tokens pasted at once (one a line) are all taken: the "token" field is the first (the
check's probe uses it), "tokens" is every one; the check page asks the gateway about each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Property, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout

from ...errors import InvalidToken
from ...tokens import looks_like_gateway_key, split_tokens
from ..messages import describe
from .page import IntroPage, take_link

if TYPE_CHECKING:
    from . import AddProviderWizard


class TokenPage(IntroPage):
    tokenChanged = Signal()

    def _get_token(self) -> str:
        return self._token or ""

    def _get_tokens(self) -> object:
        return list(self._tokens)

    # The cleaned token, the "token" field (never the raw paste); "tokens": all of them.
    token = Property(str, _get_token, notify=tokenChanged)
    tokens = Property(object, _get_tokens, notify=tokenChanged)

    def __init__(self, wizard: AddProviderWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Token"))
        self.setSubTitle(
            self.tr(
                "Paste the token (it starts with sk-). You find it in your gateway's web "
                "console, on the token page (令牌): copy it there. Several tokens, one a "
                "line, are all checked."
            )
        )
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText("sk-…")
        self.edit.setAccessibleName(self.tr("Token"))
        self.edit.textChanged.connect(self._changed)
        self.reveal = QCheckBox(self.tr("Show the token"), self)
        self.reveal.toggled.connect(self._reveal)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Token status"))
        privacy = QLabel(
            self.tr("The token is kept only in your system's keychain, never in a file."), self
        )
        privacy.setWordWrap(True)
        privacy.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.reveal)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(privacy)
        self._token: str | None = None
        self._tokens: list[str] = []
        self.registerField("token", self, "token", self.tokenChanged)
        self.registerField("tokens", self, "tokens", self.tokenChanged)

    def _wizard(self) -> AddProviderWizard:
        return cast("AddProviderWizard", self.wizard())

    def _reveal(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _changed(self, text: str) -> None:
        from ...links import looks_like_link

        if looks_like_link(text) and take_link(self, text):
            return  # the field now holds the link's token: this ran again for it
        self._token = None
        self._tokens = []
        self.tokenChanged.emit()
        if not text.strip():
            self.status.setText("")
        else:
            try:
                tokens = split_tokens(text)
            except InvalidToken as exc:
                words = describe(exc)  # what is wrong, and what to do about it
                self.status.setText(f"{words.detail} {words.fix}")
            else:
                token = tokens[0]
                self._token, self._tokens = token, tokens
                self.tokenChanged.emit()
                if len(tokens) > 1:
                    self.status.setText(
                        self.tr(
                            "%n tokens: each is checked, and those the gateway accepts are kept.",
                            "",
                            len(tokens),
                        )
                    )
                    self.completeChanged.emit()
                    return
                note = (
                    self.tr("Cleaned what was around the token (spaces, “Bearer”).")
                    if token != text.strip()
                    else ""
                )
                kind = (
                    self.tr("Looks like a OneAPI / NewAPI token.")
                    if looks_like_gateway_key(token)
                    else self.tr(
                        "Token ready (not in the sk- + 48 characters form of "
                        "OneAPI / NewAPI; other servers use other forms)."
                    )
                )
                self.status.setText(" ".join(x for x in (kind, note) if x))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._token is not None

    def validatePage(self) -> bool:
        return self._token is not None
