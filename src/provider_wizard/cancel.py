"""Cancelling a long call from another thread (the UI's Cancel button, a closing window).

Its own small module so that the UI's workers can hold a token without importing the
network client at start-up.
"""

from __future__ import annotations

import threading

from .errors import Cancelled

__all__ = ["CancelToken"]


class CancelToken:
    """Set from any thread to stop a long call at its next step; the call raises ``Cancelled``."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
