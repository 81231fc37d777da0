"""The provider list as the store file holds it, read without pydantic: the first paint.

At start the app shows the providers (name, address, on/off, the balance line) before the
store document is validated: pydantic and the schemas cost about 130 ms and 20 MB, and the
list needs none of it. ``listed()`` turns the plain JSON of ``Store.peek()`` into small
read-only views that ``figures.list_line`` words as it words a validated provider.

Nothing here decides what the store holds: a view is made only when every field it reads
has the type the schema gives it; anything else (an odd value, a hand edit) gives None, and
the caller waits for ``Store.load()``, which says what is wrong. The validated document
replaces this view as soon as it is ready, and only it can be changed.
"""

from __future__ import annotations

import datetime as dt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

__all__ = [
    "EarlyRead",
    "Listed",
    "ListedFigures",
    "ListedStatus",
    "ListedToken",
    "listed",
    "read_early",
]

_UNITS = ("USD", "CNY", "tokens")


class _Odd(Exception):
    """A value the schema would not take: the view is not made."""


def _get(entry: dict[str, Any], key: str, kind: type | tuple[type, ...], default: Any) -> Any:
    value = entry.get(key, default)
    if value is default:
        return value
    # bool is an int to Python; the schema keeps the two apart.
    if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise _Odd(key)
    if not isinstance(value, kind):
        raise _Odd(key)
    return value


def _number(entry: dict[str, Any], key: str) -> float | None:
    value = _get(entry, key, (int, float), None)
    return None if value is None else float(value)


def _moment(entry: dict[str, Any], key: str) -> dt.datetime | None:
    value = _get(entry, key, str, None)
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _Odd(key) from None
    # A time without a zone is UTC, as schemas.TokenStatus reads it.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


class ListedFigures:
    """One token's cached figures (schemas.TokenStatus, the fields the list words)."""

    __slots__ = ("available", "expires_at", "granted", "label", "token_id", "unit", "unlimited")

    def __init__(self, raw: object) -> None:
        if not isinstance(raw, dict):
            raise _Odd("figures")
        self.label: str = _get(raw, "label", str, "default")
        self.token_id: str | None = _get(raw, "token_id", str, None)
        self.granted = _number(raw, "granted")
        self.available = _number(raw, "available")
        self.unlimited: bool = _get(raw, "unlimited", bool, False)
        self.unit: str | None = _get(raw, "unit", str, None)
        if self.unit is not None and self.unit not in _UNITS:
            raise _Odd("unit")
        self.expires_at = _moment(raw, "expires_at")


class ListedToken:
    """One token entry (schemas.TokenEntry without its secret's whereabouts)."""

    __slots__ = ("enabled", "id", "label")

    def __init__(self, raw: object) -> None:
        if not isinstance(raw, dict):
            raise _Odd("token")
        self.id: str = _get(raw, "id", str, "")
        self.label: str = _get(raw, "label", str, "")
        self.enabled: bool = _get(raw, "enabled", bool, True)
        if not self.id or not self.label:
            raise _Odd("token")


class ListedStatus:
    __slots__ = ("tokens",)

    def __init__(self, raw: object) -> None:
        if not isinstance(raw, dict):
            raise _Odd("status")
        self.tokens = [ListedFigures(t) for t in _get(raw, "tokens", list, [])]


class Listed:
    """What the list shows of one provider, as the file says it."""

    __slots__ = ("base_url", "enabled", "id", "low_balance_percent", "name", "status", "tokens")

    def __init__(self, raw: dict[str, Any]) -> None:
        # Store.peek has checked id, name, base_url (strings) and the lists' types.
        self.id: str = raw["id"]
        self.name: str = raw["name"].strip()  # as the schema trims it
        self.base_url: str = raw["base_url"]
        if not self.name:
            raise _Odd("name")
        self.enabled: bool = _get(raw, "enabled", bool, True)
        self.tokens = [ListedToken(t) for t in raw.get("tokens", [])]
        status = raw.get("status")
        self.status = None if status is None else ListedStatus(status)
        share = _get(raw, "low_balance_percent", (int, float), 10.0)
        if not 0 <= share <= 100:
            raise _Odd("low_balance_percent")
        self.low_balance_percent = float(share)


def listed(doc: dict[str, Any] | None) -> list[Listed] | None:
    """The providers of a peeked store document (``Store.peek()``), or None when any field
    the list reads is not what the schema takes (then only ``Store.load()`` may say)."""
    if doc is None:
        return None
    try:
        return [Listed(entry) for entry in doc["providers"]]
    except _Odd:
        return None


class EarlyRead:
    """The list read on a thread of its own from the moment the app starts, while Qt loads.

    Qt's libraries take about 100 ms to load; reading and parsing the store file takes a
    few. Started before them (entry.launch_app), the list is ready when the window is built,
    and the UI thread takes it without waiting (``result(0)``); a worker may wait for it
    with a deadline. Any failure gives None: ``Store.load()`` follows and says what it was.
    """

    def __init__(self, read: Callable[[], list[Listed] | None]) -> None:
        import threading

        self._done = threading.Event()
        self._providers: list[Listed] | None = None
        self._read = read
        threading.Thread(target=self._run, name="provider-wizard-list", daemon=True).start()

    def _run(self) -> None:
        try:
            self._providers = self._read()
        except Exception:  # a fast path only: load() follows and reports what went wrong
            self._providers = None
        finally:
            self._done.set()

    def wait(self, timeout: float) -> bool:
        """Wait at most ``timeout`` seconds for the read to end; True once it has."""
        return self._done.wait(timeout)

    def result(self, timeout: float) -> list[Listed] | None:
        """The providers, waiting at most ``timeout`` seconds for them; None if not ready."""
        return self._providers if self._done.wait(timeout) else None


def read_early() -> EarlyRead:
    """Start reading the store's list (``EarlyRead``), from the file the app will use."""
    import json  # noqa: F401 - imported here, not on the thread, so imports never race

    from .store import Store

    store = Store()
    return EarlyRead(lambda: listed(store.peek()))
