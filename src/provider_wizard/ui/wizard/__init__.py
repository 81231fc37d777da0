"""The add-provider wizard: token, address, connection check, models, name and finish.

One ``QWizardPage`` subclass per module, as in Qt's class-wizard example. The pages share
their answers as QWizard fields (page.py lists them); the wizard holds only the services
they use (the store, the keychain, a task runner whose work is cancelled when it closes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from ...gateway import ClientOptions

if TYPE_CHECKING:
    from ...links import Imported
    from ...schemas import Provider
    from ...secretstore import SecretStore
    from ...store import Store
from ..workers import TaskRunner
from .address_page import AddressPage
from .check_page import CheckPage
from .finish_page import FinishPage
from .models_page import ModelsPage
from .page import said_from_link
from .token_page import TokenPage

__all__ = ["AddProviderWizard"]


class AddProviderWizard(QWizard):
    saved = Signal(object)  # the new Provider

    TOKEN, ADDRESS, CHECK, MODELS, FINISH = range(5)

    def __init__(
        self,
        store: Store,
        secrets: SecretStore,
        existing_names: Sequence[str],
        parent: QWidget | None = None,
        *,
        options: ClientOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.secrets = secrets
        self.existing_names = [n.casefold() for n in existing_names]
        self.suggested_name: str | None = None  # a provider link's own name, if it had one
        self.runner = TaskRunner(self, threads=2)
        self.provider: Provider | None = None
        self.client_options = options or ClientOptions()

        self.setWindowTitle(self.tr("Add a provider"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setPage(self.TOKEN, TokenPage(self))
        self.setPage(self.ADDRESS, AddressPage(self))
        self.setPage(self.CHECK, CheckPage(self))
        self.setPage(self.MODELS, ModelsPage(self))
        self.setPage(self.FINISH, FinishPage(self))
        self.setMinimumSize(640, 520)

    def fill(self, found: Imported) -> None:
        """Fill the token and the address from a provider link (links.py); the token field
        stays masked, and the user goes on through the check as for anything typed."""
        from ...redact import register_secret

        register_secret(found.token)
        self.setField("address", found.address)
        token_page = self.page(self.TOKEN)
        assert isinstance(token_page, TokenPage)
        token_page.edit.setText(found.token)
        said_from_link(token_page, found.source)
        if found.name:
            self.suggested_name = found.name

    def done(self, result: int) -> None:
        # Closing, finishing or Esc: nothing started by a page may call back into it.
        self.runner.cancel_all()
        super().done(result)
