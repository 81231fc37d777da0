"""Tokens in the OS keychain, behind a small protocol, with clear errors and no plain-text fallback.

keyring picks the platform's keychain (Secret Service on Linux, Keychain on macOS, Credential
Locker on Windows). Where only a plain-text or "fail" backend is available we refuse with
``NoKeychain`` instead of writing a token to disk: a user must know where their key lives.
Each provider's token is one entry: service ``provider-wizard``, user name = the provider id.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Protocol

from .errors import KeychainLocked, NoKeychain, SecretStoreError

__all__ = ["SERVICE", "KeyringSecretStore", "MemorySecretStore", "SecretStore"]

SERVICE = "provider-wizard"


class SecretStore(Protocol):
    def get(self, provider_id: str) -> str | None: ...

    def set(self, provider_id: str, token: str) -> None: ...

    def delete(self, provider_id: str) -> None:
        """Remove the entry; an entry that is already gone is not an error."""
        ...


class MemorySecretStore:
    """Keeps tokens in this process only: for tests and for a session that must not persist."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, provider_id: str) -> str | None:
        with self._lock:
            return self._data.get(provider_id)

    def set(self, provider_id: str, token: str) -> None:
        with self._lock:
            self._data[provider_id] = token

    def delete(self, provider_id: str) -> None:
        with self._lock:
            self._data.pop(provider_id, None)


class KeyringSecretStore:
    """The OS keychain through keyring. Every keyring or D-Bus failure becomes an errors.py type."""

    def __init__(self, backend: object | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> object:
        if self._backend is not None:
            return self._backend
        # Imported on first use: resolving backends talks to D-Bus, which start-up must not wait on.
        import keyring

        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # keyring raises whatever its backends raise at start
            raise NoKeychain(f"No keychain could be opened ({type(exc).__name__}).") from None
        _refuse_unsafe(backend)
        self._backend = backend
        return backend

    def get(self, provider_id: str) -> str | None:
        backend = self._keyring()
        with _mapped("read"):
            value = backend.get_password(SERVICE, provider_id)  # type: ignore[attr-defined]
        return value if isinstance(value, str) else None

    def set(self, provider_id: str, token: str) -> None:
        backend = self._keyring()
        with _mapped("save"):
            backend.set_password(SERVICE, provider_id, token)  # type: ignore[attr-defined]

    def delete(self, provider_id: str) -> None:
        import keyring.errors

        backend = self._keyring()
        try:
            with _mapped("delete"):
                backend.delete_password(SERVICE, provider_id)  # type: ignore[attr-defined]
        except SecretStoreError as exc:
            if isinstance(exc.__cause__, keyring.errors.PasswordDeleteError) and (
                self.get(provider_id) is None
            ):
                return  # already gone: removing it is done
            raise


def _refuse_unsafe(backend: object) -> None:
    cls = type(backend)
    module, name = cls.__module__, cls.__name__
    if module.startswith("keyring.backends.fail") or (
        name == "ChainerBackend" and not getattr(backend, "backends", None)
    ):
        raise NoKeychain(
            "No keychain is available (on Linux: a Secret Service such as GNOME Keyring or "
            "KWallet must be running)."
        )
    if module.startswith("keyrings.alt") or "plaintext" in name.lower():
        raise NoKeychain(
            f"Only a plain-text keyring ({name}) is available; Provider Wizard does not store "
            "tokens in plain text."
        )


@contextlib.contextmanager
def _mapped(action: str) -> Iterator[None]:
    """Turn keyring's (and its backends') exceptions into errors.py types."""
    import keyring.errors

    try:
        yield
    except SecretStoreError:
        raise
    except keyring.errors.KeyringLocked as exc:
        raise KeychainLocked(
            f"The keychain is locked (or the unlock prompt was dismissed); could not {action} "
            "the token."
        ) from exc
    except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
        raise NoKeychain(f"No keychain is available to {action} the token.") from exc
    except Exception as exc:
        # Backends leak their own errors (D-Bus, secretstorage); a name is enough to debug.
        raise SecretStoreError(
            f"The keychain could not {action} the token ({type(exc).__name__})."
        ) from exc
