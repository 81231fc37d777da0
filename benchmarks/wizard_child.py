"""The wizard, from a click on "Add provider" to its first page painted: the first time (its
modules imported then) and a later time. Run in a fresh process; prints ``<first> <later>`` in
milliseconds."""

import sys
import time
from typing import Any


def main() -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from provider_wizard.secretstore import MemorySecretStore
    from provider_wizard.store import Store
    from provider_wizard.ui.app import apply_style
    from provider_wizard.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    apply_style(app, QLocale.system())  # as the app does
    store = Store()
    window = MainWindow(store, MemorySecretStore(), store.load())
    window.show()
    app.processEvents()
    times = []
    for _ in range(2):
        started = time.perf_counter()
        window.add_button.click()
        # Found by name: importing the wizard's class here would import its modules before
        # the first click, which is what the first figure times.
        wizard: Any = next(
            w for w in app.topLevelWidgets() if type(w).__name__ == "AddProviderWizard"
        )
        wizard.repaint()  # painted, not only shown
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        wizard.reject()  # closed, and deleted (the wizard deletes itself on close)
        app.processEvents()
    print(f"{times[0]:.1f} {times[1]:.1f}", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
