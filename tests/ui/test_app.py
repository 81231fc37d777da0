"""The app around the window: languages, the crash dialog, start-up, the damaged-store notice."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store
from provider_wizard.ui import app as app_module
from provider_wizard.ui.app import Controller, Translations, crash_report, show_crash_dialog

from gateway_emulator import make_key

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "src" / "provider_wizard" / "i18n"


@pytest.fixture
def translations(qapp: QApplication) -> Any:
    t = Translations(qapp)
    yield t
    t.apply("en")


def test_every_text_is_translated_to_chinese() -> None:
    tree = ET.parse(I18N / "provider_wizard_zh_CN.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == []
    assert (I18N / "provider_wizard_zh_CN.qm").stat().st_size > 1000


def test_ts_sources_hold_every_ui_text(tmp_path: Path) -> None:
    """Running lupdate finds no text the committed .ts files lack (scripts/i18n was run)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    copy = tmp_path / "check.ts"
    shutil.copy(I18N / "provider_wizard_zh_CN.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "provider_wizard").rglob("*.py"))
    proc = subprocess.run(
        [
            lupdate,
            "-tr-function-alias",
            "translate+=_tr,QT_TR_NOOP+=Text",
            "-no-obsolete",
            *sources,
            "-ts",
            str(copy),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "0 new" in proc.stdout, proc.stdout


def test_chinese_is_loaded(translations: Any) -> None:
    translations.apply("zh_CN")
    assert QCoreApplication.translate("ModelPicker", "All on") == "全部启用"
    # The core's own sentences (text.Text) are translated in the empty context.
    assert QCoreApplication.translate("", "Wrong scheme") == "协议不对"
    from provider_wizard.errors import TokenMissing
    from provider_wizard.ui.messages import describe

    assert describe(TokenMissing("P")).detail == "密钥环中没有“P”的令牌。"
    translations.apply("en")
    assert QCoreApplication.translate("ModelPicker", "All on") == "All on"


def test_language_switch_rebuilds_the_window(
    qtbot: Any, qapp: QApplication, store: Store, translations: Any
) -> None:
    controller = Controller(qapp, store, MemorySecretStore())
    controller.translations = translations
    window = controller.show()
    qtbot.addWidget(window)
    assert window.stack.currentIndex() == 2  # listed after the background load
    qtbot.waitUntil(lambda: window.doc is not None, timeout=5000)
    assert window.add_button.text() == "+ Add provider"
    controller.switch_language("zh_CN")
    new = controller.window
    assert new is not None and new is not window
    qtbot.addWidget(new)
    assert new.add_button.text() == "+ 添加服务商"
    # Chinese text gets the roomy buttons; the proxy style is not paid for in English.
    assert qapp.property("providerWizardStyle") == "roomy"
    assert qapp.style().metaObject().className() != "QFusionStyle"
    settings = app_module.window_settings()
    assert settings.value("language") == "zh_CN"
    controller.switch_language("en")
    qtbot.addWidget(controller.window)
    assert qapp.property("providerWizardStyle") == "plain"
    assert qapp.style().metaObject().className() == "QFusionStyle"


def test_crash_report_masks_tokens_and_the_dialog_copies(qtbot: Any, qapp: QApplication) -> None:
    token = "sk-" + make_key("crash")
    try:
        raise RuntimeError(f"something broke while using {token}")
    except RuntimeError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    assert token not in report and "RuntimeError" in report and "Provider Wizard" in report
    box = show_crash_dialog(report)
    qtbot.addWidget(box)
    copy = next(b for b in box.buttons() if b.text() == "Copy report")
    copy.click()
    assert qapp.clipboard().text() == report
    assert box.isVisible()  # copying does not close it
    box.close()


@pytest.mark.allow_warning_logs
def test_excepthook_shows_the_dialog_and_keeps_running(
    qtbot: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        app_module, "show_crash_dialog", lambda report, parent: shown.append(report)
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    hook = app_module.install_excepthook(qapp)
    assert sys.excepthook is hook
    token = "sk-" + make_key("hook")
    try:
        raise ValueError(token)
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert shown and token not in shown[0] and "ValueError" in shown[0]
    assert all(token not in r.getMessage() for r in caplog.records)


@pytest.mark.allow_warning_logs
def test_damaged_store_is_said_and_the_app_starts(
    qtbot: Any, qapp: QApplication, store: Store, translations: Any
) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b'{"schema_version": 1, "providers": [')
    controller = Controller(qapp, store, MemorySecretStore())
    window = controller.show()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: controller.recovered_notice is not None, timeout=5000)
    notice = controller.recovered_notice
    assert notice is not None and notice.isVisible()
    assert ".broken-" in notice.text()
    assert window.stack.currentIndex() == 0
    notice.close()


def _app_process(script: str) -> str:
    """Run ``script`` in a Python of its own (the app quits Qt); what it printed."""
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_no_arguments_opens_the_app(config_home: Path) -> None:
    """``provider-wizard`` with no arguments shows the main window (own process: it quits Qt)."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from provider_wizard.entry import main\n"
        "app = QApplication(sys.argv[:1])\n"
        "def close():\n"
        "    shown = [w for w in app.topLevelWidgets() if w.isVisible()]\n"
        "    if not shown:\n"
        "        QTimer.singleShot(10, close)  # not on screen yet: look again\n"
        "        return\n"
        "    print('shown:', ','.join(type(w).__name__ for w in shown))\n"
        "    for w in shown: w.close()\n"
        "    app.quit()\n"
        "QTimer.singleShot(0, close)\n"
        "sys.exit(main([]))\n"
    )
    assert "shown: MainWindow" in _app_process(script)
    assert (config_home / "window.ini").exists()  # closing saved the window state


def test_the_start_collects_no_garbage_until_the_first_frame(config_home: Path) -> None:
    """The collector is off from launch_app to the window's first frame, then on again for
    good (own process: the hold is for a real start, and it quits Qt)."""
    script = (
        "import gc, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from provider_wizard.entry import launch_app\n"
        "def shown(window):\n"
        "    print('at shown:', gc.isenabled(), flush=True)\n"
        "    def drawn():\n"
        "        print('after the first frame:', gc.isenabled(), flush=True)\n"
        "        window.close()\n"
        "        QApplication.instance().quit()\n"
        "    window.after_first_frame(drawn)\n"
        "sys.exit(launch_app(sys.stdout, argv=sys.argv[:1], on_shown=shown))\n"
    )
    said = _app_process(script)
    assert "at shown: False" in said
    assert "after the first frame: True" in said


def test_follows_the_system_colour_scheme(qapp: QApplication) -> None:
    from PySide6.QtCore import Qt

    hints = qapp.styleHints()
    before = qapp.palette()
    app_module.follow_color_scheme(qapp)
    try:
        # What the platform theme emits when the user switches the desktop to dark and back
        # (the offscreen platform has no theme of its own to switch).
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().window().color().lightness() < 80
        assert qapp.palette().text().color().lightness() > 180
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.palette().window().color().lightness() > 180
    finally:
        hints.colorSchemeChanged.disconnect()
        qapp.setPalette(before)


def test_no_display_is_said_in_words(config_home: Path) -> None:
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    proc = subprocess.run(
        [sys.executable, "-m", "provider_wizard"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert proc.returncode == 1
    assert "no display" in proc.stderr and "xvfb-run" in proc.stderr
    assert "normalize-url" in proc.stdout


def test_the_window_icon_is_read_from_png_files(qapp: QApplication) -> None:
    """Every size is there and decodes, without Qt's SVG plugin (see scripts/icons.py)."""
    icon = app_module.app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(app_module.ICON_SIZES)
    for size in app_module.ICON_SIZES:
        pixmap = icon.pixmap(size, size)
        assert not pixmap.isNull() and pixmap.width() == size


def test_the_package_data_ships_the_icons_and_translations() -> None:
    import tomllib

    root = Path(__file__).resolve().parents[2]
    package = root / "src" / "provider_wizard"
    globs = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["provider_wizard"]
    shipped = {p for g in globs for p in package.glob(g)}
    for size in app_module.ICON_SIZES:
        assert package / "ui" / "resources" / f"provider-wizard-{size}.png" in shipped
    assert package / "i18n" / "provider_wizard_zh_CN.qm" in shipped


def test_the_window_opens_with_the_providers_read_while_qt_loaded(
    qtbot: Any, qapp: QApplication, store: Store, translations: Any
) -> None:
    from provider_wizard.listing import read_early
    from provider_wizard.providers import add_provider

    secrets = MemorySecretStore()
    for name in ("Home", "Lab"):
        token = "sk-" + make_key(name)
        add_provider(
            store, secrets, name=name, base_url="http://10.0.0.1:3000", token=token, models=[]
        )
    early = read_early()
    assert early.result(10) is not None  # the test waits; the app takes it only if ready
    controller = Controller(qapp, store, secrets)
    controller.translations = translations
    window = controller.show(early)
    qtbot.addWidget(window)
    # Listed before the first event is handled; validated after the list's first frame.
    assert window.listed_already and window.provider_list.count() == 2
    assert window.doc is None and window.stack.currentIndex() == 2
    with qtbot.waitSignal(window.loaded, timeout=5000):
        pass
    assert window.stack.currentIndex() == 1 and window._current is not None
    assert window._current.name == "Home"


def test_a_slow_early_read_is_not_waited_for_and_a_closed_window_stops_waiting(
    qtbot: Any, qapp: QApplication, store: Store, translations: Any
) -> None:
    import threading

    from provider_wizard.listing import EarlyRead

    release = threading.Event()
    early = EarlyRead(lambda: [] if release.wait(30) else None)  # a store on a stalled disk
    controller = Controller(qapp, store, MemorySecretStore())
    controller.translations = translations
    window = controller.show(early)  # returns at once: the UI thread never waits for it
    qtbot.addWidget(window)
    assert not window.listed_already and window.stack.currentIndex() == 2
    assert window.writer.busy  # a worker waits for the read, in slices
    window.writer.cancel_all()
    assert window.writer.pool.waitForDone(5000)  # it saw the cancel, not the 10 s deadline
    release.set()
