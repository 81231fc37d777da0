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

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from provider_wizard.emulator import GatewayEmulator, make_key  # noqa: E402
from provider_wizard.modellist import RemoteModel  # noqa: E402
from provider_wizard.providers import add_provider, entries_from_remote  # noqa: E402
from provider_wizard.secretstore import MemorySecretStore  # noqa: E402
from provider_wizard.store import Store  # noqa: E402
from provider_wizard.text import Text  # noqa: E402
from provider_wizard.ui.app import Translations, apply_color_scheme, apply_style  # noqa: E402
from provider_wizard.ui.main_window import MainWindow  # noqa: E402
from provider_wizard.ui.messages import tr  # noqa: E402
from provider_wizard.ui.model_list import Tab  # noqa: E402
from provider_wizard.ui.wizard import AddProviderWizard  # noqa: E402

OUT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "assets" / "screenshots"
MODELS = [
    "gpt-4o",
    "gpt-4o-mini",
    "o3-mini",
    "claude-3-5-sonnet-20241022",
    "claude-3-5-haiku-20241022",
    "deepseek-chat",
    "deepseek-reasoner",
    "qwen-max",
    "qwen-plus",
    "glm-4-plus",
    "gemini-2.0-flash",
    "moonshot-v1-8k",
    "doubao-pro-32k",
    "llama-3.3-70b-instruct",
]


# A few hundred ids as a big gateway lists them: every family, every kind of model.
MANY = [
    *(
        f"gpt-{v}{s}"
        for v in ("4o", "4.1", "4.5", "5")
        for s in ("", "-mini", "-nano", "-2025-04-14")
    ),
    *(f"o{v}{s}" for v in ("1", "3", "4") for s in ("", "-mini", "-pro", "-high")),
    *(f"text-embedding-3-{s}" for s in ("small", "large")),
    "text-embedding-ada-002",
    "dall-e-3",
    "gpt-image-1",
    "whisper-1",
    "tts-1",
    "tts-1-hd",
    "gpt-4o-mini-tts",
    *(
        f"claude-{v}-{s}-2025{d}"
        for v in ("3-5", "3-7", "sonnet-4", "opus-4")
        for s in ("sonnet", "haiku")
        for d in ("0219", "0514")
    ),
    *(f"gemini-{v}-{s}" for v in ("1.5", "2.0", "2.5") for s in ("pro", "flash", "flash-lite")),
    "gemini-embedding-001",
    "imagen-3.0-generate-002",
    *(f"deepseek-{s}" for s in ("chat", "reasoner", "v3", "r1", "r1-distill-qwen-32b")),
    *(f"qwen{v}-{s}" for v in ("", "2.5", "3") for s in ("max", "plus", "turbo", "vl-max", "72b")),
    "qwen-image",
    "text-embedding-v3",
    "gte-rerank-v2",
    "paraformer-v2",
    "cosyvoice-v2",
    *(f"glm-{v}{s}" for v in ("4", "4.5", "4v") for s in ("", "-plus", "-air", "-flash")),
    "cogview-4",
    "embedding-3",
    *(f"moonshot-v1-{n}k" for n in (8, 32, 128)),
    "kimi-k2-0711-preview",
    "kimi-latest",
    *(
        f"doubao-{s}"
        for s in (
            "pro-32k",
            "pro-256k",
            "lite-32k",
            "seed-1.6",
            "seed-1.6-thinking",
            "embedding-large",
            "seedream-3-0-t2i",
            "vision-pro",
        )
    ),
    *(f"llama-{v}-{n}b-instruct" for v in ("3.1", "3.2", "3.3") for n in (8, 70, 405)),
    *(f"mistral-{s}" for s in ("large-latest", "small-latest", "medium", "embed", "ocr-latest")),
    *(f"bge-{s}" for s in ("m3", "large-zh-v1.5", "reranker-v2-m3")),
    "jina-reranker-v2",
    *(f"yi-{s}" for s in ("large", "lightning", "vision")),
    "minimax-text-01",
    "flux-1-dev",
    *(f"hunyuan-{s}" for s in ("turbo", "large", "vision", "t1-latest")),
    # Dated snapshots and hosted copies, as long lists from aggregating gateways have them.
    *(
        f"qwen-{m}-{d}"
        for m in ("max", "plus", "turbo", "long")
        for d in ("2024-09-19", "2024-11-27", "2025-01-25", "2025-04-28", "latest")
    ),
    *(
        f"doubao-1-5-{m}-{d}"
        for m in ("pro-32k", "lite-32k", "vision-pro", "thinking-pro")
        for d in ("250115", "250428", "250715")
    ),
    *(
        f"accounts/fireworks/models/{m}"
        for m in (
            "llama-v3p1-405b-instruct",
            "deepseek-v3",
            "qwen2p5-72b-instruct",
            "mixtral-8x22b-instruct",
        )
    ),
    *(f"@cf/meta/llama-3.1-{n}b-instruct{s}" for n in (8, 70) for s in ("", "-fp8", "-awq")),
    *(
        f"gpt-4o-{d}"
        for d in (
            "2024-05-13",
            "2024-08-06",
            "2024-11-20",
            "audio-preview",
            "search-preview",
            "realtime-preview",
            "transcribe",
        )
    ),
    *(f"claude-3-{m}-{d}" for m in ("opus", "sonnet", "haiku") for d in ("20240229", "20240307")),
    *(
        f"gemini-{v}-{s}-{d}"
        for v in ("2.0", "2.5")
        for s in ("pro", "flash")
        for d in ("exp-0827", "preview-05-06", "preview-06-05", "thinking-exp")
    ),
    *(f"glm-4-{s}-{d}" for s in ("plus", "air", "flash") for d in ("0520", "0111", "250414")),
    *(f"ernie-{v}-{s}" for v in ("3.5", "4.0", "4.5") for s in ("8k", "128k", "turbo-8k")),
    *(f"step-{v}" for v in ("1-8k", "1-32k", "1v-8k", "2-16k", "1o-vision-32k")),
    *(
        f"mistral-{m}-{d}"
        for m in ("large", "small", "codestral")
        for d in ("2407", "2411", "2501")
    ),
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
    team = emulator.add_token(
        make_key("screenshots-team"), remain_quota=150_000, used_quota=4_850_000
    )
    add_provider(
        store,
        secrets,
        name="Home OneAPI",
        base_url=emulator.base_url,
        tokens=[(tr(Text("default")), token), ("team", team)],
        models=models,
    )
    add_provider(
        store,
        secrets,
        name="Company NewAPI",
        base_url="https://ai.example.com",
        token=token,
        models=entries_from_remote([RemoteModel("gpt-4o")]),
        enabled=False,
    )
    add_provider(
        store,
        secrets,
        name="LiteLLM (lab)",
        base_url="http://10.0.0.5:4000",
        token=token,
        models=entries_from_remote([RemoteModel("mock-gpt")]),
    )
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
    dialog = window.panel.open_use_in()
    dialog.resize(760, 400)
    save(dialog, "use-in-cherry-studio", lang)
    dialog.set_target("env")
    save(dialog, "use-in-env", lang)
    dialog.close()
    window.panel.picker.search.setText("claude")
    save(window, "main-search", lang)
    window.close()

    # A gateway listing a few hundred models: grouped by family, tagged, one group folded.
    many = entries_from_remote(RemoteModel(m) for m in MANY)
    for m in many:
        m.enabled = m.id.startswith(("gpt-4o", "claude-sonnet-4", "deepseek", "qwen3"))
    add_provider(
        store,
        secrets,
        name="Big NewAPI",
        base_url="https://big.example.com",
        token=token,
        models=many,
    )
    window = MainWindow(store, secrets, store.load(), language=lang)
    window.resize(1040, 900)
    window.show()
    window.provider_list.setCurrentRow(window.provider_list.count() - 1)
    picker = window.panel.picker
    picker.toggle_group(0)  # OpenAI folded: its header stays, with its count
    save(window, "main-models", lang)
    picker.set_tab(Tab.REASONING)
    save(window, "main-models-reasoning", lang)
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

    # A NewAPI chat link pasted into the token field: both fields filled, then the check.
    from provider_wizard.links import build

    wizard = AddProviderWizard(store, MemorySecretStore(), [])
    wizard.resize(720, 560)
    wizard.show()
    link = build("cherry-studio", name="Team NewAPI", root=emulator.base_url, token=token)
    wizard.currentPage().edit.setText(link)
    save(wizard, "wizard-from-link", lang)
    wizard.next()
    save(wizard, "wizard-from-link-address", lang)
    check = wizard.page(wizard.CHECK)
    wizard.next()
    wait_until(lambda: check.isComplete())
    save(wizard, "wizard-from-link-check", lang)
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
                apply_style(app, translations.apply(lang))  # as the app does
                apply_color_scheme(app, scheme)
                main_window_shots(lang, emulator, token)
                wizard_shots(lang, emulator, token)
                consent_shot(lang, emulator, token)
    print("\n".join(sorted(str(p) for p in OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
