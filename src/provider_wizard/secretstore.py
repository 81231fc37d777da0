"""Tokens in the OS keychain, behind a small protocol, with clear errors and no plain-text fallback.

keyring picks the platform's keychain (Secret Service on Linux, Keychain on macOS, Credential
Locker on Windows). Where only a backend that keeps nothing safe is available (keyring's
"fail" and "null" backends, keyrings.alt's plain-text files) we refuse with ``NoKeychain``
instead: a user must know where their key lives. Each token is one entry: service
``provider-wizard``, user name ``<provider id>/<token id>`` (schemas.keychain_account; schema 1
used the bare provider id, which providers.migrate_keychain moves).

A keychain can also lie or stall. Every save is read back once, so a backend that accepts a
token and throws it away ends in ``KeychainNotKept``, never in "the token is in the keychain";
every call has a deadline (``KeychainTimeout``), so a daemon that stops answering cannot hang
an add or a remove.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from typing import Protocol, TypeVar

from .errors import KeychainLocked, KeychainNotKept, KeychainTimeout, NoKeychain, SecretStoreError
from .text import Text

__all__ = ["SERVICE", "TIMEOUT", "KeyringSecretStore", "MemorySecretStore", "SecretStore"]

SERVICE = "provider-wizard"
# A Secret Service answers in milliseconds; an unlock prompt may take a person a while.
TIMEOUT = 60.0
TIMEOUT_ENV = "PROVIDER_WIZARD_KEYCHAIN_TIMEOUT"  # seconds, for scripts and tests

_T = TypeVar("_T")


class SecretStore(Protocol):
    def get(self, account: str) -> str | None: ...

    def set(self, account: str, token: str) -> None: ...

    def delete(self, account: str) -> None:
        """Remove the entry; an entry that is already gone is not an error."""
        ...


class MemorySecretStore:
    """Keeps tokens in this process only: for tests and for a session that must not persist."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, account: str) -> str | None:
        with self._lock:
            return self._data.get(account)

    def set(self, account: str, token: str) -> None:
        with self._lock:
            self._data[account] = token

    def delete(self, account: str) -> None:
        with self._lock:
            self._data.pop(account, None)


class KeyringSecretStore:
    """The OS keychain through keyring. Every keyring or D-Bus failure becomes an errors.py type.

    ``backend`` replaces keyring's choice (tests); ``timeout`` bounds every call.
    """

    def __init__(self, backend: object | None = None, *, timeout: float | None = None) -> None:
        if backend is not None:
            _refuse_unsafe(backend)
        self._backend = backend
        self.timeout = timeout if timeout is not None else _default_timeout()

    def _keyring(self) -> object:
        if self._backend is not None:
            return self._backend
        # Imported on first use: resolving backends talks to D-Bus, which start-up must not wait on.
        import keyring

        try:
            backend = self._bounded(Text("open"), keyring.get_keyring)
        except SecretStoreError:
            raise
        except Exception as exc:  # keyring raises whatever its backends raise at start
            raise NoKeychain(
                Text("No keychain could be opened ({error}).", error=type(exc).__name__)
            ) from None
        _refuse_unsafe(backend)
        self._backend = backend
        return backend

    def _bounded(self, action: Text, call: Callable[[], _T]) -> _T:
        """``call()`` on a helper thread, given up after ``timeout``: a stalled daemon never
        answers, and the caller (holding a user's click, or a terminal) must not wait for ever.
        The helper thread is left to the daemon; it holds no lock of ours."""
        box: list[_T] = []
        failure: list[BaseException] = []

        def run() -> None:
            try:
                box.append(call())
            except BaseException as exc:
                failure.append(exc)

        worker = threading.Thread(target=run, name=f"keychain-{action.template}", daemon=True)
        ends = time.monotonic() + self.timeout
        worker.start()
        try:
            worker.join(self.timeout)
        except BaseException:
            # Ctrl-C while the keychain works: let the call land (within its deadline) before
            # the interrupt goes on, so the caller's clean-up sees what really happened
            # rather than racing a write still in flight.
            worker.join(max(0.0, ends - time.monotonic()))
            raise
        if worker.is_alive():
            raise KeychainTimeout(
                Text(
                    "The keychain did not answer within {seconds:g} s; could not {action} the "
                    "token.",
                    seconds=self.timeout,
                    action=action,
                )
            )
        if failure:
            raise failure[0]
        return box[0]

    def get(self, account: str) -> str | None:
        backend = self._keyring()
        with _mapped(Text("read")):
            value = self._bounded(
                Text("read"),
                lambda: backend.get_password(SERVICE, account),  # type: ignore[attr-defined]
            )
        return value if isinstance(value, str) else None

    def set(self, account: str, token: str) -> None:
        backend = self._keyring()
        with _mapped(Text("save")):
            self._bounded(
                Text("save"),
                lambda: backend.set_password(SERVICE, account, token),  # type: ignore[attr-defined]
            )
        # Proof, not trust: a backend may accept the token and keep nothing (or something else).
        if self.get(account) != token:
            raise KeychainNotKept(
                Text("The keychain accepted the token but does not give it back; it was not kept.")
            )

    def delete(self, account: str) -> None:
        import keyring.errors

        backend = self._keyring()
        try:
            with _mapped(Text("delete")):
                self._bounded(
                    Text("delete"),
                    lambda: backend.delete_password(SERVICE, account),  # type: ignore[attr-defined]
                )
        except SecretStoreError as exc:
            if isinstance(exc.__cause__, keyring.errors.PasswordDeleteError) and (
                self.get(account) is None
            ):
                return  # already gone: removing it is done
            raise


def _default_timeout() -> float:
    import os

    try:
        value = float(os.environ.get(TIMEOUT_ENV, ""))
    except ValueError:
        return TIMEOUT
    return value if 0 < value <= 3600 else TIMEOUT


def _refuse_unsafe(backend: object) -> None:
    """Raise ``NoKeychain`` for a backend that keeps nothing, or keeps it in plain files."""
    lineage = type(backend).__mro__
    name = type(backend).__name__
    if any(c.__name__ == "ChainerBackend" for c in lineage):
        members = list(getattr(backend, "backends", None) or [])
        if not members:
            raise NoKeychain(
                Text(
                    "No keychain is available (on Linux: a Secret Service such as GNOME Keyring "
                    "or KWallet must be running)."
                )
            )
        for member in members:
            # The chainer writes to the first member that takes the token: any unsafe
            # member could be that one.
            _refuse_unsafe(member)
        return
    modules = [c.__module__ for c in lineage]
    if any(m.startswith(("keyring.backends.fail", "keyring.backends.null")) for m in modules):
        raise NoKeychain(
            Text(
                "No keychain is available (on Linux: a Secret Service such as GNOME Keyring or "
                "KWallet must be running); the only keyring found keeps nothing."
            )
        )
    if any(m.startswith("keyrings.alt") for m in modules) or "plaintext" in name.lower():
        raise NoKeychain(
            Text(
                "Only a file-based keyring ({name}) is available; Provider Wizard does not store "
                "tokens in files.",
                name=name,
            )
        )


@contextlib.contextmanager
def _mapped(action: Text) -> Iterator[None]:
    """Turn keyring's (and its backends') exceptions into errors.py types."""
    import keyring.errors

    try:
        yield
    except SecretStoreError:
        raise
    except keyring.errors.KeyringLocked as exc:
        raise KeychainLocked(
            Text(
                "The keychain is locked (or the unlock prompt was dismissed); could not {action} "
                "the token.",
                action=action,
            )
        ) from exc
    except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
        raise NoKeychain(
            Text("No keychain is available to {action} the token.", action=action)
        ) from exc
    except Exception as exc:
        # Backends leak their own errors (D-Bus, secretstorage); a name is enough to debug.
        raise SecretStoreError(
            Text(
                "The keychain could not {action} the token ({error}).",
                action=action,
                error=type(exc).__name__,
            )
        ) from exc
