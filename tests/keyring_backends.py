"""A keyring backend for tests that fails every call with a chosen exception."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class RaisingBackend(KeyringBackend):
    """Raises ``exc`` from every call, as a broken or locked keychain does."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, exc: Exception) -> None:
        super().__init__()
        self.exc = exc

    def get_password(self, service: str, username: str) -> str | None:
        raise self.exc

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.exc

    def delete_password(self, service: str, username: str) -> None:
        raise self.exc


class ForgetfulBackend(KeyringBackend):
    """Accepts every token and keeps none: what keyring's null backend, or a broken one, does."""

    # Below 1: keyring's own choice (and its chainer) must never pick a test backend up.
    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


class StallingBackend(KeyringBackend):
    """A keychain daemon that stopped answering: each call in ``stall_on`` waits until
    ``release`` is set (the others answer as an empty keychain)."""

    priority = 0  # type: ignore[assignment]  # never keyring's own choice, as above

    def __init__(self, stall_on: frozenset[str] = frozenset({"get", "set", "delete"})) -> None:
        super().__init__()
        import threading

        self.release = threading.Event()
        self.stalled = threading.Event()
        self.stall_on = stall_on

    def _stall(self, call: str) -> None:
        if call in self.stall_on:
            self.stalled.set()
            self.release.wait(60)

    def get_password(self, service: str, username: str) -> str | None:
        self._stall("get")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._stall("set")

    def delete_password(self, service: str, username: str) -> None:
        self._stall("delete")
