"""The base of every wizard page, and what pages share without knowing each other.

QWizard's modern header clips a subtitle that wraps to a third line (the Token page in
English, the Address page in Chinese); the page body has no such limit. ``setSubTitle`` keeps
its meaning for the pages, and the text is shown as the first, word-wrapped line of the page.

Pages share their answers only as QWizard fields (``registerField``/``field``), as in Qt's
wizard examples: "token", "address", "caFile", "probeResult", "probeEntries", "checkSkipped",
"allowPlainHttp" and "models". No page reaches into another.

A client's provider link or an ``OPENAI_*`` block pasted into the token or the address field
fills both fields (``take_link``): the link is read by the core (links.py) and checked like
anything typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QBoxLayout, QFileDialog, QLabel, QLineEdit, QWidget, QWizardPage


def ask_for_ca_file(parent: QWidget) -> str | None:
    """The CA certificate a self-signed gateway needs, chosen by the user (None: cancelled)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("AddressPage", "The gateway's CA certificate"),
        "",
        QCoreApplication.translate(
            "AddressPage", "Certificates (*.pem *.crt *.cer);;All files (*)"
        ),
    )
    return path or None


class IntroPage(QWizardPage):
    def setSubTitle(self, text: str) -> None:
        if not hasattr(self, "intro"):
            self.intro = QLabel(self)
            self.intro.setWordWrap(True)
        self.intro.setText(text)
        self._place_intro()

    def showEvent(self, event: QShowEvent) -> None:
        self._place_intro()
        super().showEvent(event)

    def _place_intro(self) -> None:
        layout = self.layout()
        if not hasattr(self, "intro") or not isinstance(layout, QBoxLayout):
            return
        if layout.indexOf(self.intro) < 0:
            layout.insertWidget(0, self.intro)
            layout.insertSpacing(1, 6)


def take_link(page: QWizardPage, text: str) -> bool:
    """Fill the "token" page's field and the "address" field from a pasted link or block.

    Returns False (and leaves the field as it is) when ``text`` cannot be read as one.
    """
    from ...errors import InvalidInput
    from ...links import parse
    from ...redact import register_secret

    try:
        found = parse(text)
    except InvalidInput:
        return False
    register_secret(found.token)
    wizard = page.wizard()
    wizard.setField("address", found.address)
    token_page = wizard.page(0)  # the token page (AddProviderWizard.TOKEN)
    edit = getattr(token_page, "edit", None)
    if isinstance(edit, QLineEdit):
        edit.setText(found.token)
    said_from_link(token_page, found.source)
    return True


def said_from_link(token_page: QWizardPage, source: str) -> None:
    """Say on the token page where the token and the address came from."""
    status = getattr(token_page, "status", None)
    if isinstance(status, QLabel):
        status.setText(
            QCoreApplication.translate(
                "TokenPage",
                "Filled in from a link ({0}): the token here, the address on the next page. "
                "Both are checked before anything is saved.",
            ).format(source)
        )
