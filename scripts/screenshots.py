"""Render the main window and every wizard page, English and Chinese, light and dark, to PNGs.

Runs offscreen against the test gateway emulator with an in-memory keychain and a throw-away
config folder. Writes assets/screenshots/<lang>-<scheme>-<name>.png (the README shows some);
with an argument, writes into that folder instead.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PROVIDER_WIZARD_HOME"] = tempfile.mkdtemp(prefix="pw-shots-")
atexit.register(shutil.rmtree, os.environ["PROVIDER_WIZARD_HOME"], True)
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from provider_wizard.modellist import RemoteModel  # noqa: E402
from provider_wizard.providers import add_provider, entries_from_remote  # noqa: E402
from provider_wizard.secretstore import MemorySecretStore  # noqa: E402
from provider_wizard.store import Store  # noqa: E402
from provider_wizard.ui.app import Translations, apply_color_scheme, roomy_style  # noqa: E402
from provider_wizard.ui.main_window import MainWindow  # noqa: E402
from provider_wizard.ui.wizard import AddProviderWizard  # noqa: E402

from gateway_emulator import GatewayEmulator, make_key  # noqa: E402

OUT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "assets" / "screenshots"
MODELS = [
    "gpt-4o", "gpt-4o-mini", "o3-mini", "claude-3-5-sonnet-20241022", "claude-3-5-haiku-20241022",
    "deepseek-chat", "deepseek-reasoner", "qwen-max", "qwen-plus", "glm-4-plus",
    "gemini-2.0-flash", "moonshot-v1-8k", "doubao-pro-32k", "llama-3.3-70b-instruct",
]


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate: object, timeout_ms: int = 20000) -> None:
    waited = 0
    while not predicate() and waited < timeout_ms:  # type: ignore[operator]
        settle(50)
        waited += 50
    if not predicate():  # type: ignore[operator]
        raise SystemExit("screenshots: the emulator check did not finish")


def save(widget: QWidget, name: str, lang: str) -> Path:
    settle()
    path = OUT / f"{lang}-{SCHEME}-{name}.png"
    widget.grab().save(str(path))
    return path


def main_window_shots(lang: str, emulator: GatewayEmulator, token: str) -> None:
    store = Store(Path(os.environ["PROVIDER_WIZARD_HOME"]) / f"providers-{SCHEME}-{lang}.json")
    secrets = MemorySecretStore()
    models = entries_from_remote(RemoteModel(m) for m in MODELS)
    for m in models[5:8]:
        m.enabled = False
    add_provider(store, secrets, name="Home OneAPI", base_url=emulator.base_url, token=token,
                 models=models)
    add_provider(store, secrets, name="Company NewAPI", base_url="https://ai.example.com",
                 token=token, models=entries_from_remote([RemoteModel("gpt-4o")]), enabled=False)
    add_provider(store, secrets, name="LiteLLM (lab)", base_url="http://10.0.0.5:4000",
                 token=token, models=entries_from_remote([RemoteModel("mock-gpt")]))
    doc = store.load()
    doc.providers[0].gateway, doc.providers[0].gateway_version = "oneapi", "v0.6.10"
    doc.providers[0].system_name = "One API"
    window = MainWindow(store, secrets, doc, language=lang)
    window.resize(1040, 720)
    window.show()
    window.panel.refresh_status()
    wait_until(lambda: window.panel.balance.status.value in ("ok", "warning"))
    window.panel.check_combo.setCurrentText("gpt-4o-mini")
    window.panel.check_button.click()
    wait_until(lambda: window.panel.check_result.status.value == "ok")
    save(window, "main", lang)
    window.panel.picker.search.setText("claude")
    save(window, "main-search", lang)
    window.close()

    empty_store = Store(store.path.with_name(f"empty-{SCHEME}-{lang}.json"))
    empty = MainWindow(empty_store, secrets, empty_store.load(), language=lang)
    empty.resize(1040, 720)
    empty.show()
    save(empty, "main-empty", lang)
    empty.close()


def wizard_shots(lang: str, emulator: GatewayEmulator, token: str) -> None:
    store = Store(Path(os.environ["PROVIDER_WIZARD_HOME"]) / f"wizard-{SCHEME}-{lang}.json")
    wizard = AddProviderWizard(store, MemorySecretStore(), [])
    wizard.resize(720, 560)
    wizard.show()
    page = wizard.currentPage()
    page.edit.setText(f"Bearer {token}")
    save(wizard, "wizard-1-token", lang)
    wizard.next()
    page = wizard.currentPage()
    page.edit.setText(f"ｈｔｔｐｓ：／／127.0.0.1：{emulator.port}/v1/chat/completions")
    save(wizard, "wizard-2-address", lang)
    check = wizard.page(wizard.CHECK)
    wizard.next()
    wait_until(lambda: check.retry_button.isVisibleTo(wizard))
    save(wizard, "wizard-3-check-fix", lang)
    check.fix_button.click()
    wait_until(lambda: check.isComplete())
    save(wizard, "wizard-3-check-ok", lang)
    wizard.next()
    save(wizard, "wizard-4-models", lang)
    wizard.next()
    save(wizard, "wizard-5-finish", lang)
    wizard.reject()


def consent_shot(lang: str, emulator: GatewayEmulator, token: str) -> None:
    """The check page asking before a token goes over plain http to a remote host."""
    from provider_wizard import urls

    local = urls.is_local_host
    urls.is_local_host = lambda host: False  # the emulator stands for a host on the internet
    try:
        store = Store(Path(os.environ["PROVIDER_WIZARD_HOME"]) / f"consent-{SCHEME}-{lang}.json")
        wizard = AddProviderWizard(store, MemorySecretStore(), [])
        wizard.resize(720, 560)
        wizard.show()
        wizard.currentPage().edit.setText(token)
        wizard.next()
        wizard.currentPage().edit.setText(f"127.0.0.1:{emulator.port}")
        check = wizard.page(wizard.CHECK)
        wizard.next()
        wait_until(lambda: check.plain_button.isVisibleTo(wizard))
        save(wizard, "wizard-3-check-plain-http", lang)
        wizard.reject()
    finally:
        urls.is_local_host = local


SCHEME = "light"


def main() -> int:
    global SCHEME
    app = QApplication(sys.argv[:1])
    app.setStyle(roomy_style())
    translations = Translations(app)
    if OUT.exists():
        for old in OUT.glob("*.png"):
            old.unlink()
    OUT.mkdir(parents=True, exist_ok=True)
    with GatewayEmulator(models=MODELS) as emulator:
        token = emulator.add_token(make_key("screenshots"))
        for scheme in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark):
            SCHEME = "dark" if scheme == Qt.ColorScheme.Dark else "light"
            apply_color_scheme(app, scheme)
            for lang in ("en", "zh_CN"):
                translations.apply(lang)
                main_window_shots(lang, emulator, token)
                wizard_shots(lang, emulator, token)
                consent_shot(lang, emulator, token)
    print("\n".join(sorted(str(p) for p in OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
