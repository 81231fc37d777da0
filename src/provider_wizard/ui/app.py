"""Start the desktop app: QApplication, language, icon, crash dialog, the main window.

``run()`` is what ``provider-wizard`` with no arguments calls. The language follows the system
unless the user picked one in the Language menu. A new pick rebuilds the main window, so
every text is translated again without a restart. An unexpected exception opens a dialog
with a report the user can copy, its tokens masked, and the app keeps running.
"""

from __future__ import annotations

import linecache
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSize,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..gcpause import end_start_hold
from ..redact import install_log_redaction, redact
from ..secretstore import KeyringSecretStore, MemorySecretStore, SecretStore
from ..store import Store
from .main_window import MainWindow, window_settings

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon  # after the first frame: see MainWindow._build_menus
    from PySide6.QtWidgets import QMessageBox, QStyle  # dialogs load on first use, not at start

    from ..cancel import CancelToken
    from ..listing import EarlyRead
    from .single import Listener

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
RESOURCES = Path(__file__).resolve().parent / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # rendered from the SVG by scripts/icons
LIST_DEADLINE_S = 10.0  # the early read of the list; past it, the list waits for load()


def app_icon() -> QIcon:
    """The window icon from PNGs: an SVG would load Qt's SVG plugin (2 MB) at every start."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(RESOURCES / f"provider-wizard-{size}.png"), QSize(size, size))
    return icon


LANGUAGES = ("system", "en", "zh_CN")


def language_locale(code: str) -> QLocale:
    if code == "system":
        return QLocale.system()
    return QLocale(code)


class Translations:
    """Our own .qm file and Qt's, for one locale; replaced as a whole when the user switches."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []

    def apply(self, code: str) -> QLocale:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        locale = language_locale(code)
        QLocale.setDefault(locale)
        ours = QTranslator(self.app)
        if ours.load(locale, "provider_wizard", "_", str(I18N_DIR)):
            self.app.installTranslator(ours)
            self._installed.append(ours)
        qt = QTranslator(self.app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            self.app.installTranslator(qt)
            self._installed.append(qt)
        return locale


class Controller:
    """Owns the window; rebuilds it when the language changes."""

    def __init__(self, app: QApplication, store: Store, secrets: SecretStore) -> None:
        self.app, self.store, self.secrets = app, store, secrets
        self.translations = Translations(app)
        settings = window_settings()
        language = str(settings.value("language", "system"))
        self.language = language if language in LANGUAGES else "system"
        self.locale = self.translations.apply(self.language)
        self.window: MainWindow | None = None
        self.recovered_notice: QMessageBox | None = None
        self._after_load: list[Callable[[], object]] | None = []
        self.listener: Listener | None = None  # links from later starts (single.py)

    def after_first_load(self, step: Callable[[], object]) -> None:
        """Run ``step`` once the first window has loaded the store (or failed to): after the
        list's first frame, which the store's validation waits for."""
        if self._after_load is None:
            QTimer.singleShot(0, step)
        else:
            self._after_load.append(step)

    def _first_load_done(self) -> None:
        steps, self._after_load = self._after_load, None
        for step in steps or ():
            QTimer.singleShot(0, step)

    def show(self, early: EarlyRead | None = None) -> MainWindow:
        """Show the window at once, with the providers listed if ``early`` has read them
        already; the store is validated on a worker and the page shown when that is done."""
        window = MainWindow(self.store, self.secrets, None, language=self.language)
        window.language_requested.connect(self.switch_language)
        window.loaded.connect(self._first_load_done)
        providers = early.result(0) if early is not None else None  # never a wait here
        if providers is not None:
            window.show_listing(providers)
        window.show()
        self.window = window
        self._load_into(window, early)
        return window

    def open_link(self, link: str) -> None:
        """A provider link from the desktop: the window to the front, the wizard filled in."""
        window = self.window
        if window is None:
            return
        window.showNormal()
        window.raise_()
        window.activateWindow()
        window.open_wizard_with(link)

    def _load_into(self, window: MainWindow, early: EarlyRead | None = None) -> None:
        store, secrets = self.store, self.secrets

        def load(cancel: object, progress: object) -> tuple[Any, BaseException | None]:
            from ..errors import Error, StoreError
            from ..schemas import StoreDocument

            try:
                doc = store.load()
            except StoreError as exc:  # unreadable (not unparsable): say so, start empty
                return StoreDocument(), exc
            if doc.pending:
                # An add or remove that was cut short (Ctrl-C, a kill): settle it first.
                from ..providers import tidy

                try:
                    if tidy(store, secrets):
                        doc = store.load()
                except Error as exc:
                    return doc, exc
            return doc, None

        def loaded(result: tuple[Any, BaseException | None]) -> None:
            doc, error = result
            window.set_document(doc)
            if error is not None:
                window.show_error(error)
            if doc.unreadable:
                window.tell_unreadable(doc.unreadable)
            if store.recovered_from is not None:
                self._tell_recovered(window, store.recovered_from)
                store.recovered_from = None

        def peek(cancel: CancelToken, progress: object) -> Any:
            if early is not None:
                import time

                deadline = time.monotonic() + LIST_DEADLINE_S
                while not cancel.cancelled and time.monotonic() < deadline:
                    # In slices: a window closed meanwhile does not wait out the deadline.
                    if early.wait(0.1):
                        return early.result(0)
                return None
            from ..listing import listed

            return listed(store.peek())

        started = False

        def validate() -> None:
            nonlocal started
            if not started:
                started = True
                window.writer.start(load, on_done=loaded, on_error=failed)

        def validate_after_paint() -> None:
            # The list's first frame first: pydantic's import would take the GIL from it.
            window.after_first_frame(validate)

        def peeked(providers: Any) -> None:
            if providers is not None:
                window.show_listing(providers)
            validate_after_paint()

        def failed(exc: BaseException) -> None:
            window.show_error(exc)
            self._first_load_done()

        # The writer thread: a store read must not overtake (or be overtaken by) a write.
        if window.listed_already:
            validate_after_paint()  # listed before the window was shown (Controller.show)
        else:
            window.writer.start(peek, on_done=peeked, on_error=lambda _exc: peeked(None))

    def _tell_recovered(self, window: MainWindow, moved_to: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("app", "Settings file damaged"),
            QCoreApplication.translate(
                "app",
                "The providers file could not be read. It was kept as {0}; starting with "
                "an empty list.",
            ).format(moved_to),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.open()  # not exec(): the window stays usable behind it
        self.recovered_notice = box

    def switch_language(self, code: str) -> None:
        if code == self.language or self.window is None:
            return
        old = self.window
        selected = old._current.id if old._current else None
        geometry = old.saveGeometry()
        old.wind_down()
        settings = window_settings()
        settings.setValue("language", code)
        settings.sync()
        self.language = code
        self.locale = self.translations.apply(code)
        apply_style(self.app, self.locale)
        apply_color_scheme(self.app, self.app.styleHints().colorScheme())
        window = MainWindow(self.store, self.secrets, old.doc, language=code)
        window.language_requested.connect(self.switch_language)
        window.loaded.connect(self._first_load_done)  # if the first load is still to come
        window.restoreGeometry(geometry)
        window._fill_list(select=selected)
        window.show()
        self.window = window
        if old.doc is None:  # switched before the first load finished
            self._load_into(window)
        old.hide()
        old.deleteLater()


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    header = f"Provider Wizard {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
    return redact(header + text)


def show_crash_dialog(report: str, parent: QWidget | None = None) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("app", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "app", "Something went wrong. Your providers are safe; the app keeps running."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "app", "If you report this, copy the details below (tokens are masked)."
        )
    )
    box.setDetailedText(report)
    copy = box.addButton(
        QCoreApplication.translate("app", "Copy report"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    # Copy without closing: the button's default would close the box.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    box.setModal(True)
    box.open()
    return box


def install_excepthook(app: QApplication) -> Callable[..., None]:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            app.quit()
            return
        report = crash_report(exc_type, exc, tb)
        log.error("unexpected error:\n%s", report)
        show_crash_dialog(report, app.activeWindow())

    sys.excepthook = hook
    return hook


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = (
        QColor(0x2B, 0x2D, 0x31),
        QColor(0x1E, 0x1F, 0x22),
        QColor(0xE6, 0xE6, 0xE6),
    )
    disabled = QColor(0x80, 0x80, 0x80)
    role = QPalette.ColorRole
    for r, c in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor(0x26, 0x28, 0x2B)),
        (role.ToolTipBase, window),
        (role.ToolTipText, text),
        (role.Text, text),
        (role.Button, window),
        (role.ButtonText, text),
        (role.BrightText, QColor(0xFF, 0x6B, 0x6B)),
        (role.Link, QColor(0x6C, 0xA8, 0xFF)),
        (role.Highlight, QColor(0x3B, 0x82, 0xF6)),
        (role.HighlightedText, QColor(0xFF, 0xFF, 0xFF)),
        (role.PlaceholderText, disabled),
    ):
        p.setColor(r, c)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


_DARK_INDICATORS = (
    "QCheckBox::indicator:unchecked, QAbstractItemView::indicator:unchecked {"
    " border: 1px solid #8c8f94; border-radius: 2px; background: #1e1f22;"
    " width: 12px; height: 12px; }"
)


def roomy_style() -> QStyle:
    """Fusion, with room around a push button's text.

    Fusion sizes a button for the first font's metrics; Chinese text drawn in a fallback
    font is wider, and long labels then touch the button's edges. A little more width keeps
    their padding.
    """
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

    class RoomyStyle(QProxyStyle):
        def sizeFromContents(
            self, kind: QStyle.ContentsType, option: Any, size: QSize, widget: Any = None
        ) -> QSize:
            result = super().sizeFromContents(kind, option, size, widget)
            if kind == QStyle.ContentsType.CT_PushButton:
                result.setWidth(
                    result.width() + 2 * self.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
                )
            return result

    style = RoomyStyle(QStyleFactory.create("Fusion"))
    style.setObjectName("fusion")
    return style


def apply_style(app: QApplication, locale: QLocale) -> None:
    """Fusion, which draws the same everywhere; with roomy buttons when the UI is Chinese.

    Only Chinese needs the room (see roomy_style), and the proxy costs every start: Qt calls
    its Python method for each size it asks, and the first calls build ~60 of PySide's
    enum classes (about 10% of a start's instructions before the first paint)."""
    want = "roomy" if locale.language() == QLocale.Language.Chinese else "plain"
    # Marked on the app, not asked of its style: app.style() would build QStyle's enums.
    if app.property(_STYLE_MARK) == want:
        return
    app.setStyle(roomy_style() if want == "roomy" else "Fusion")
    app.setProperty(_STYLE_MARK, want)


_STYLE_MARK = "providerWizardStyle"  # which of our two styles the app wears


def apply_color_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Dress the app in the dark palette, or the style's own light one."""
    if scheme == Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())
        # Fusion outlines an empty check box in a darkened window colour: invisible on a
        # dark base. Only the unchecked state is restyled; the checked one stays Fusion's.
        app.setStyleSheet(_DARK_INDICATORS)
    else:
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet("")


def follow_color_scheme(app: QApplication) -> None:
    """Light or dark as the system says (Qt's colour-scheme hint), now and when it changes."""
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda scheme: apply_color_scheme(app, scheme))
    apply_color_scheme(app, hints.colorScheme())


def _run_demo(app: QApplication, controller: Controller, home: str) -> None:
    """Start the demo gateway for this app's life and open the wizard with it."""
    import shutil

    from ..demo import start_demo
    from ..links import Imported

    demo = start_demo()

    def stop() -> None:
        demo.stop()
        shutil.rmtree(home, ignore_errors=True)

    app.aboutToQuit.connect(stop)
    window = controller.window
    if window is not None:
        window.setWindowTitle(window.tr("Provider Wizard — demo (nothing here is kept)"))
        found = Imported(demo.address, demo.token, "Demo NewAPI", (), "demo")
        QTimer.singleShot(0, lambda: window.open_wizard_filled(found))


def run(
    argv: list[str] | None = None,
    *,
    secrets: SecretStore | None = None,
    on_shown: Callable[[MainWindow], None] | None = None,
    link: str | None = None,
    demo: bool = False,
    early: EarlyRead | None = None,
) -> int:
    """Start the app; ``on_shown`` is called once the window is on screen (benchmarks use it).

    ``link`` (a provider-wizard:// link the desktop passed) goes to the Provider Wizard that
    already runs, if one does (single.py); else this one opens with the wizard filled in.
    ``demo`` starts the demo gateway (demo.py) in this process, with a throw-away store and an
    in-memory keychain, and opens the wizard with its address and token. ``early`` is the
    store's list, read while Qt loaded (listing.read_early).
    """
    demo_home: str | None = None
    if demo:
        import tempfile

        # Before anything reads the store's folder: the demo never sees the user's providers.
        demo_home = tempfile.mkdtemp(prefix="provider-wizard-demo-")
        os.environ["PROVIDER_WIZARD_HOME"] = demo_home
        secrets = MemorySecretStore()
    # PySide6's import hook reads the source of every module imported after it (to look for
    # "PySide6") through linecache, which keeps all those lines for good: about 2 MB at this
    # point. Tracebacks read what they need again.
    linecache.clearcache()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    install_log_redaction()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("provider-wizard")
    app.setApplicationDisplayName("Provider Wizard")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("provider-wizard")
    install_excepthook(app)
    if link is not None:
        from .single import forward

        if forward(link):
            return 0  # the running app has it
    controller = Controller(app, Store(), secrets or KeyringSecretStore())
    # The style follows the language (Controller picked it); the colours, the system's scheme.
    apply_style(app, controller.locale)
    follow_color_scheme(app)
    window = controller.show(early)
    # The collector back on once the window is drawn (entry.launch_app held it for the start).
    window.after_first_frame(end_start_hold)
    # The icon once the window is drawn: QIcon's class is built with the menus' actions.
    window.after_first_frame(lambda: app.setWindowIcon(app_icon()))
    if demo_home is not None:
        _run_demo(app, controller, demo_home)

    def listen() -> None:
        from .single import Listener

        controller.listener = Listener(controller.open_link, app)
        controller.listener.listen()

    if link is not None:
        listen()  # started from a link: more links may follow at once, and come here
    else:
        # The single-instance socket once the store is loaded (or could not be): a plain start's
        # first paint does not need it, and QtNetwork costs that paint ~12 ms and ~7 MB.
        controller.after_first_load(listen)
    if link is not None:
        QTimer.singleShot(0, lambda: controller.open_link(link))
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(window))
    return int(app.exec())
