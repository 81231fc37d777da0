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
