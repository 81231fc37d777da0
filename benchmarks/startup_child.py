"""One start-up measured in a fresh process: ``bare`` (an empty QMainWindow), ``floor`` (the
same widgets as the app's first paint, without the app) or ``app``.

Prints ``shown <rss_kb>`` when the window is on screen and, for the app, ``ready <rss_kb>
<providers> <with figures>`` when the providers are listed, then ``settled <rss_kb>`` when the
validated document is in. The parent times the lines from the moment it started us.
"""

import os
import sys
from typing import Any

# Set by startup.instructions: end the process at "shown", so that callgrind counts the
# instructions of a start up to the window on screen and nothing after.
STOP_AT_SHOWN = os.environ.get("PW_BENCH_STOP_AT_SHOWN") == "1"


def rss_kb() -> int:
    """Peak RSS of this process's own memory (VmHWM). ru_maxrss would not do: Linux carries
    it over from the parent through fork and exec, so every child would report the parent's."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def _report_shown(app: Any) -> int:
    """Print the "shown" line on the first turn of the event loop, then quit."""
    from PySide6.QtCore import QTimer

    def shown() -> None:
        print("shown", rss_kb(), flush=True)
        if STOP_AT_SHOWN:
            os._exit(0)
        app.quit()

    QTimer.singleShot(0, shown)
    return int(app.exec())


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    return _report_shown(app)


def floor() -> int:
    """What the app's first paint is made of, with none of our code: the Qt namespace, the
    Fusion style, text in the default font, a menu bar, a list, a button, a splitter and a
    status bar. The gap between this and ``bare`` is what any such window costs in PySide6."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QApplication,
        QLabel,
        QListWidget,
        QMainWindow,
        QPushButton,
        QSplitter,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    window = QMainWindow()
    left = QWidget()
    layout = QVBoxLayout(left)
    layout.addWidget(QListWidget())
    layout.addWidget(QPushButton("+ Add provider"))
    loading = QLabel("Loading…")
    loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(loading)
    window.setCentralWidget(splitter)
    for title in ("&File", "&Language", "&Help"):
        window.menuBar().addMenu(title)
    window.statusBar()
    window.resize(900, 600)
    window.show()
    return _report_shown(app)


def app() -> int:
    # The path `provider-wizard` takes (entry point, then the app), with the real keychain
    # store: it opens the keychain only when a token is needed, never at start.
    from provider_wizard.entry import launch_app

    def shown(window: Any) -> None:
        from PySide6.QtWidgets import QApplication

        print("shown", rss_kb(), flush=True)
        if STOP_AT_SHOWN:
            os._exit(0)

        def ready() -> None:
            # Listed means every provider on screen with its balance line (name, address,
            # figures: three lines), whether painted from the file or the validated document.
            items = [window.provider_list.item(i) for i in range(window.provider_list.count())]
            with_figures = sum(item.text().count("\n") == 2 for item in items)
            print("ready", rss_kb(), len(items), with_figures, flush=True)
            if window.doc is not None:
                settled()
            else:
                window.loaded.connect(settled)

        def settled() -> None:
            # The validated document in and the first provider's page built: what the user
            # can act on. Reported beside "listed" so the gap between the two is seen.
            print("settled", rss_kb(), flush=True)
            window.close()
            QApplication.instance().quit()  # type: ignore[union-attr]

        if window.listed_already:
            ready()
        else:
            window.listed.connect(ready)

    return launch_app(sys.stdout, argv=sys.argv[:1], on_shown=shown)


if __name__ == "__main__":
    sys.exit({"bare": bare, "floor": floor, "app": app}[sys.argv[1]]())
