"""The add-provider wizard driven with qtbot against the gateway emulator, end to end."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from provider_wizard.schemas import keychain_account
from provider_wizard.secretstore import KeyringSecretStore, MemorySecretStore, SecretStore
from provider_wizard.store import Store
from provider_wizard.ui.wizard import AddProviderWizard

from conftest import keychain_token
from gateway_emulator import GatewayEmulator, make_key


def _open(qtbot: Any, store: Store, secrets: SecretStore, names: list[str] | None = None) -> Any:
    wizard = AddProviderWizard(store, secrets, names or [])
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _drive(qtbot: Any, wizard: Any, emulator: GatewayEmulator, token: str) -> None:
    # 1. Token: pasted with "Bearer " and spaces, as copied from a curl example.
    page = wizard.currentPage()
    qtbot.keyClicks(page.edit, f"  Bearer {token} ")
    assert page.isComplete()
    assert "OneAPI" in page.status.text()
    wizard.next()

    # 2. Address: https by mistake, full-width colons, a full endpoint path.
    page = wizard.currentPage()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled() is False
    messy = f"ｈｔｔｐｓ：／／127.0.0.1：{emulator.port}/v1/chat/completions"
    page.edit.setText(messy)
    preview = page.preview.text()
    assert f"https://127.0.0.1:{emulator.port}" in preview
    assert "full-width" in preview and "/v1/chat/completions" in preview
    assert page.isComplete()

    # 3. Check: https on a plain-HTTP gateway fails with a one-click fix.
    check = wizard.page(wizard.CHECK)
    with qtbot.waitSignal(check.check_finished, timeout=20000) as first:
        wizard.next()
    assert first.args == [False]
    assert check.fix_button.isVisibleTo(wizard)
    assert f"http://127.0.0.1:{emulator.port}" in check.fix_button.text()
    assert not check.isComplete()
    with qtbot.waitSignal(check.check_finished, timeout=20000) as second:
        qtbot.mouseClick(check.fix_button, Qt.MouseButton.LeftButton)
    assert second.args == [True]
    assert "OneAPI" in check.detail.text() and "5" in check.detail.text()
    assert check.isComplete()
    wizard.next()

    # 4. Models: all on; switch off the filtered "claude" rows.
    page = wizard.currentPage()
    picker = page.picker
    assert picker.model.rowCount() == len(emulator.models)
    assert picker.enabled_count() == len(emulator.models)
    picker.search.setText("claude")
    assert picker.proxy.entry_count() == 1
    qtbot.mouseClick(picker.all_off, Qt.MouseButton.LeftButton)
    picker.search.clear()
    assert picker.enabled_count() == len(emulator.models) - 1
    wizard.next()


def test_whole_wizard(qtbot: Any, emulator: GatewayEmulator, token: str, store: Store) -> None:
    secrets = MemorySecretStore()
    wizard = _open(qtbot, store, secrets)
    _drive(qtbot, wizard, emulator, token)

    # 5. Name and finish.
    page = wizard.currentPage()
    assert page.name.text() == "One API"
    with qtbot.waitSignal(wizard.saved, timeout=10000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    provider = store.load().find("One API")
    assert provider is not None
    assert provider.base_url == emulator.base_url
    assert provider.gateway == "oneapi"
    assert provider.enabled
    assert not provider.model("claude-3-5-sonnet-20241022").enabled  # type: ignore[union-attr]
    assert keychain_token(secrets, provider) == token
    assert wizard.result() == QWizard.DialogCode.Accepted


@pytest.mark.keychain
def test_whole_wizard_real_keychain(
    qtbot: Any, emulator: GatewayEmulator, token: str, store: Store, secret_service: None
) -> None:
    import keyring.core

    keyring.core._keyring_backend = None  # the test session's Secret Service
    secrets = KeyringSecretStore()
    wizard = _open(qtbot, store, secrets)
    _drive(qtbot, wizard, emulator, token)
    with qtbot.waitSignal(wizard.saved, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    provider = store.load().find("One API")
    assert provider is not None
    account = keychain_account(provider.id, provider.tokens[0])
    assert keyring.core.get_password("provider-wizard", account) == token
    assert token[3:] not in store.path.read_text()
    secrets.delete(account)


def test_name_clash_and_keychain_failure(
    qtbot: Any, emulator: GatewayEmulator, token: str, store: Store
) -> None:
    class Refusing(MemorySecretStore):
        def set(self, provider_id: str, token: str) -> None:
            from provider_wizard.errors import KeychainLocked

            raise KeychainLocked("locked")

    wizard = _open(qtbot, store, Refusing(), names=["One API"])
    wizard.currentPage().edit.setText(token)
    wizard.next()
    wizard.currentPage().edit.setText(emulator.base_url)
    with qtbot.waitSignal(wizard.page(wizard.CHECK).check_finished, timeout=20000):
        wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    assert page.name.text() == "One API 2"  # the suggestion avoids the clash
    page.name.setText("one api")
    assert not page.isComplete() and "already exists" in page.name_status.text()
    page.name.setText("Mine")
    assert page.isComplete()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: "locked" in page.error.text().lower(), timeout=10000)
    assert wizard.isVisible()  # still open: nothing saved, the user can act
    assert store.load().providers == []


def test_continue_without_checking(qtbot: Any, store: Store) -> None:
    secrets = MemorySecretStore()
    wizard = _open(qtbot, store, secrets)
    wizard.currentPage().edit.setText("sk-" + make_key("manual"))
    wizard.next()
    wizard.currentPage().edit.setText("http://127.0.0.1:9/")  # nothing listens on port 9
    check = wizard.page(wizard.CHECK)
    with qtbot.waitSignal(check.check_finished, timeout=20000) as done:
        wizard.next()
    assert done.args == [False]
    assert "answer" in (check.headline.text() + check.detail.text()).lower()
    check.skip.setChecked(True)
    assert check.isComplete()
    wizard.next()
    models = wizard.currentPage()
    assert not models.isComplete()
    qtbot.keyClicks(models.picker.new_id, "my-model")
    qtbot.keyClick(models.picker.new_id, Qt.Key.Key_Return)
    assert models.isComplete()
    wizard.next()
    finish = wizard.currentPage()
    assert finish.name.text() == "127.0.0.1"
    with qtbot.waitSignal(wizard.saved, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    provider = store.load().providers[0]
    assert provider.base_url == "http://127.0.0.1:9"
    assert [(m.id, m.enabled, m.source) for m in provider.models] == [("my-model", True, "manual")]


def test_token_page_hints(qtbot: Any, store: Store) -> None:
    wizard = _open(qtbot, store, MemorySecretStore())
    page = wizard.currentPage()
    page.edit.setText("https://api.example.com/v1")
    assert not page.isComplete()
    assert "address" in page.status.text()
    assert page.edit.echoMode() == page.edit.EchoMode.Password
    page.reveal.setChecked(True)
    assert page.edit.echoMode() == page.edit.EchoMode.Normal
    assert page.edit.accessibleName()


def test_keyboard_enter_goes_on_and_escape_cancels(qtbot: Any, store: Store) -> None:
    from PySide6.QtWidgets import QLineEdit

    wizard = _open(qtbot, store, MemorySecretStore())
    page = wizard.currentPage()
    page.edit.setFocus()
    qtbot.keyClicks(page.edit, "sk-" + make_key("keys"))
    qtbot.keyClick(page.edit, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.ADDRESS
    address = wizard.currentPage()
    qtbot.keyClick(address.edit, Qt.Key.Key_Return)  # nothing typed: Next is off, Enter waits
    assert wizard.currentId() == wizard.ADDRESS
    for p in (wizard.page(i) for i in wizard.pageIds()):
        for edit in p.findChildren(QLineEdit):
            assert edit.accessibleName(), f"{type(p).__name__} has an unnamed field"
    qtbot.keyClick(address.edit, Qt.Key.Key_Escape)
    assert wizard.result() == QWizard.DialogCode.Rejected and not wizard.isVisible()


def test_enter_in_the_model_id_field_adds_only_and_the_name_is_selected(
    qtbot: Any, store: Store
) -> None:
    """Bug: Enter added the id and also pressed Next; the next id was typed into the name."""
    wizard = _open(qtbot, store, MemorySecretStore())
    qtbot.keyClicks(wizard.currentPage().edit, "sk-" + make_key("enter"))
    qtbot.keyClick(wizard.currentPage().edit, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.currentPage().edit, "http://127.0.0.1:9")
    check = wizard.page(wizard.CHECK)
    with qtbot.waitSignal(check.check_finished, timeout=20000):
        qtbot.keyClick(wizard.currentPage().edit, Qt.Key.Key_Return)
    check.skip.setChecked(True)
    wizard.next()
    models = wizard.currentPage()
    models.picker.new_id.setFocus()
    for model_id in ("first-model", "second-model"):
        qtbot.keyClicks(models.picker.new_id, model_id)
        qtbot.keyClick(models.picker.new_id, Qt.Key.Key_Return)
        assert wizard.currentId() == wizard.MODELS, "Enter left the models page"
    assert [e.id for e in models.picker.model.entries] == ["first-model", "second-model"]
    qtbot.keyClick(models.picker.new_id, Qt.Key.Key_Return)  # empty field: Enter goes on
    assert wizard.currentId() == wizard.FINISH
    finish = wizard.currentPage()
    qtbot.keyClicks(wizard.focusWidget(), "Home gateway")
    assert finish.name.text() == "Home gateway"


def test_the_same_gateway_and_token_twice_is_said_before_saving(
    qtbot: Any, emulator: GatewayEmulator, token: str, store: Store
) -> None:
    from provider_wizard.providers import add_provider

    secrets = MemorySecretStore()
    add_provider(store, secrets, name="Home", base_url=emulator.base_url, token=token, models=[])
    wizard = _open(qtbot, store, secrets, ["Home"])
    wizard.currentPage().edit.setText(token)
    wizard.next()
    wizard.currentPage().edit.setText(emulator.base_url)
    with qtbot.waitSignal(wizard.page(wizard.CHECK).check_finished, timeout=20000):
        wizard.next()
    wizard.next()
    wizard.next()
    finish = wizard.currentPage()
    qtbot.waitUntil(lambda: "Home" in finish.same.text(), timeout=5000)
    assert "second time" in finish.same.text()


def test_a_long_list_starts_with_none_on_and_offers_the_recommended(
    qtbot: Any, make_emulator: Any, store: Store
) -> None:
    emulator = make_emulator(models=[f"gpt-4.{n}" for n in range(150)] + ["text-embedding-3-large"])
    token = emulator.add_token(make_key("many"))
    wizard = _open(qtbot, store, MemorySecretStore())
    wizard.currentPage().edit.setText(token)
    wizard.next()
    wizard.currentPage().edit.setText(emulator.base_url)
    with qtbot.waitSignal(wizard.page(wizard.CHECK).check_finished, timeout=20000):
        wizard.next()
    wizard.next()
    models = wizard.currentPage()
    assert models.picker.enabled_count() == 0 and not models.isComplete()
    assert "151" in models.hint.text() and models.recommend_button.isVisibleTo(wizard)
    qtbot.mouseClick(models.recommend_button, Qt.MouseButton.LeftButton)
    on = [e.id for e in models.picker.model.entries if e.enabled]
    assert on == ["gpt-4.149"] and models.isComplete()


def test_several_tokens_pasted_are_checked_and_the_passing_ones_kept(
    qtbot: Any, emulator: GatewayEmulator, store: Store, qapp: Any
) -> None:
    from gateway_emulator import TokenSpec

    good = [emulator.add_token(make_key(f"good-{n}")) for n in (1, 2)]
    expired_key = make_key("expired-one")
    emulator.tokens[expired_key] = TokenSpec(state="expired")
    pasted = f"{good[0]}\n  sk-{expired_key}  \r\n\nBearer {good[1]}\n{good[0]}\n"
    secrets = MemorySecretStore()
    wizard = _open(qtbot, store, secrets)
    page = wizard.currentPage()
    qapp.clipboard().setText(pasted)
    page.edit.setFocus()
    qtbot.keyClick(page.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.isComplete()
    assert "3 tokens" in page.status.text()  # the repeated one is one token
    wizard.next()
    wizard.currentPage().edit.setText(emulator.base_url)
    check = wizard.page(wizard.CHECK)
    with qtbot.waitSignal(check.check_finished, timeout=20000) as done:
        wizard.next()
    assert done.args == [True]
    detail = check.detail.text()
    assert "Tokens accepted: 2 of 3" in detail and "token 2" in detail and "not kept" in detail
    assert expired_key not in detail and good[0] not in detail
    wizard.next()  # models
    wizard.next()  # name and finish
    finish = wizard.currentPage()
    assert "Tokens kept: 2 (token 1, token 3)" in finish.summary.text()
    with qtbot.waitSignal(wizard.saved, timeout=10000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    qapp.clipboard().clear()
    (provider,) = store.load().providers
    assert [t.label for t in provider.tokens] == ["token 1", "token 3"]
    assert [keychain_token(secrets, provider, i) for i in (0, 1)] == good


@pytest.mark.parametrize("field", ["token", "address"])
def test_a_pasted_link_fills_the_token_and_the_address(
    qtbot: Any, emulator: GatewayEmulator, token: str, store: Store, qapp: Any, field: str
) -> None:
    from provider_wizard.links import build

    link = build("cherry-studio", name="From NewAPI", root=emulator.base_url, token=token)
    wizard = _open(qtbot, store, MemorySecretStore())
    token_page = wizard.currentPage()
    if field == "address":
        wizard.next()  # an empty token field cannot go on: type something first
    qapp.clipboard().setText(link)
    target = token_page.edit if field == "token" else None
    if field == "address":
        token_page.edit.setText("sk-placeholder-to-pass")
        wizard.next()
        target = wizard.currentPage().edit
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qapp.clipboard().clear()
    assert token_page.edit.text() == token and wizard.field("token") == token
    assert wizard.field("address") == emulator.base_url
    assert link not in wizard.field("address")
