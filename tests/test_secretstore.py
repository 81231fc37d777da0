"""The keychain wrapper: error mapping with keyring's own backends, and a real Secret Service."""

from __future__ import annotations

import pytest
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

from provider_wizard.errors import KeychainLocked, NoKeychain, SecretStoreError
from provider_wizard.secretstore import KeyringSecretStore, MemorySecretStore

from gateway_emulator import make_key
from keyring_backends import RaisingBackend


def test_memory_store() -> None:
    s = MemorySecretStore()
    s.set("a", "x")
    assert s.get("a") == "x"
    s.delete("a")
    s.delete("a")
    assert s.get("a") is None


@pytest.mark.parametrize(
    ("exc", "error"),
    [
        (KeyringLocked("locked"), KeychainLocked),
        (PasswordSetError("no"), SecretStoreError),
        (RuntimeError("dbus exploded"), SecretStoreError),
    ],
)
def test_errors_are_mapped(exc: Exception, error: type) -> None:
    store = KeyringSecretStore(RaisingBackend(exc))
    with pytest.raises(error):
        store.set("id", "sk-" + make_key("m"))
    with pytest.raises(error):
        store.get("id")


def test_fail_and_plaintext_backends_are_refused() -> None:
    from keyring.backends import fail

    with pytest.raises(NoKeychain):
        _refuse(fail.Keyring())

    class PlaintextKeyring(RaisingBackend):
        pass

    with pytest.raises(NoKeychain):
        _refuse(PlaintextKeyring(RuntimeError()))


def _refuse(backend: object) -> None:
    from provider_wizard.secretstore import _refuse_unsafe

    _refuse_unsafe(backend)


def test_no_keychain_without_dbus(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    import keyring.core

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    # keyring caches the backend it chose; make it choose again with no D-Bus reachable.
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    try:
        with pytest.raises(NoKeychain):
            KeyringSecretStore().set("id", "sk-" + make_key("n"))
    finally:
        # keyring also keeps, once for the process, the list of backends that were viable:
        # the one made here, without D-Bus, must not be what later tests choose from.
        _forget_viable_backends()
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)


def _forget_viable_backends() -> None:
    import keyring.backend

    reset = getattr(keyring.backend.get_all_keyring, "reset", None)
    if reset is not None and "saved_result" in vars(keyring.backend.get_all_keyring):
        reset()


@pytest.mark.keychain
def test_real_secret_service_round_trip(secret_service: None) -> None:
    import keyring.core

    keyring.core._keyring_backend = None  # choose again, now with the test's D-Bus session
    store = KeyringSecretStore()
    assert "SecretService" in type(store._keyring()).__module__
    token = "sk-" + make_key("real")
    store.set("0" * 32, token)
    assert store.get("0" * 32) == token
    store.delete("0" * 32)
    assert store.get("0" * 32) is None
    store.delete("0" * 32)  # already gone: fine


def test_delete_missing_is_fine_but_other_failures_are_not() -> None:
    class Gone(RaisingBackend):
        def get_password(self, service: str, username: str) -> str | None:
            return None

    KeyringSecretStore(Gone(PasswordDeleteError("no such"))).delete("id")

    class Stuck(RaisingBackend):
        def get_password(self, service: str, username: str) -> str | None:
            return "still-here"

    with pytest.raises(SecretStoreError):
        KeyringSecretStore(Stuck(PasswordDeleteError("denied"))).delete("id")
