"""The provider store: one JSON file, written atomically, under a lock; never a secret.

A save writes a temporary file beside the store, fsyncs it and renames it over the old one,
so a crash leaves either the old or the new file, never a mix. ``edit()`` takes a file lock
and re-reads the file before changing it, so two app instances (or the app and the CLI) do
not lose each other's updates. A file that does not parse is moved aside, never deleted.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import StoreCorrupt, StoreError
from .gcpause import gc_paused
from .paths import store_path

if TYPE_CHECKING:
    # pydantic is imported with the first document, not when the app starts.
    from .schemas import StoreDocument

__all__ = ["MIGRATIONS", "Store"]

log = logging.getLogger(__name__)

# schema_version N -> a function turning a version-N document (plain JSON) into version N+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

LOCK_TIMEOUT = 10.0


class Store:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or store_path()
        self.recovered_from: Path | None = None  # set when a broken file was moved aside

    @property
    def _lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        import filelock

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(_os_words("create the config folder", exc)) from None
        lock = filelock.FileLock(str(self._lock_path), timeout=LOCK_TIMEOUT)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise StoreError("Another Provider Wizard is busy with the store; try again.") from None
        except OSError as exc:
            raise StoreError(_os_words("lock the store", exc)) from None
        try:
            yield
        finally:
            lock.release()

    def load(self, *, recover: bool = True) -> StoreDocument:
        """Read the store. A missing file is an empty store.

        A broken file is moved aside as ``providers.json.broken-<time>`` and an empty store
        returned when ``recover`` is true (``recovered_from`` says where it went); otherwise
        ``StoreCorrupt`` is raised.
        """
        from .schemas import StoreDocument

        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return StoreDocument()
        except OSError as exc:
            raise StoreError(_os_words("read the store", exc)) from None
        try:
            with gc_paused():
                return _parse(raw)
        except StoreCorrupt as exc:
            if not recover:
                raise
            moved = self._move_aside()
            log.warning("The store did not parse (%s); moved it to %s", exc, moved)
            self.recovered_from = moved
            return StoreDocument()

    def save(self, doc: StoreDocument) -> None:
        data = doc.model_dump_json(indent=2, exclude_none=True).encode("utf-8") + b"\n"
        self._write_atomic(data)

    @contextlib.contextmanager
    def edit(self) -> Iterator[StoreDocument]:
        """Lock, re-read, let the caller change the document, save it. Nothing saved on error."""
        with self._lock():
            doc = self.load()
            yield doc
            self.save(doc)

    def _write_atomic(self, data: bytes) -> None:
        directory = self.path.parent
        try:
            directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=directory)
        except OSError as exc:
            raise StoreError(_os_words("save the store", exc)) from None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise StoreError(_os_words("save the store", exc)) from None
        # Make the rename itself durable; not every platform can open a directory.
        with contextlib.suppress(OSError):
            dir_fd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    def _move_aside(self) -> Path:
        import datetime as dt

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.broken-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.broken-{stamp}-{n}")
        try:
            os.replace(self.path, target)
        except OSError as exc:
            raise StoreError(_os_words("move the broken store aside", exc)) from None
        return target


def _parse(raw: bytes) -> StoreDocument:
    from pydantic import ValidationError

    from .schemas import SCHEMA_VERSION, StoreDocument

    # The common case, a file of this version, is parsed and validated in one pass (Rust).
    # Anything else (older, newer, broken) takes the careful path below, which migrates or
    # says what is wrong.
    try:
        fast = StoreDocument.model_validate_json(raw)
    except ValidationError:
        pass
    else:
        if fast.schema_version == SCHEMA_VERSION:
            return fast

    import json

    try:
        doc = json.loads(raw)
    except (ValueError, RecursionError):
        raise StoreCorrupt("The store file is not valid JSON.") from None
    if not isinstance(doc, dict):
        raise StoreCorrupt("The store file does not hold a store document.")
    version = doc.get("schema_version", 1)
    if not isinstance(version, int) or version < 1:
        raise StoreCorrupt("The store file has no valid schema_version.")
    if version > SCHEMA_VERSION:
        raise StoreCorrupt(
            f"The store was written by a newer Provider Wizard (schema {version}); this one "
            f"reads schema {SCHEMA_VERSION}."
        )
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
        doc["schema_version"] = version
    try:
        return StoreDocument.model_validate(doc)
    except ValidationError as exc:
        raise StoreCorrupt(
            f"The store file has the wrong shape ({exc.error_count()} problems)."
        ) from None


def _os_words(action: str, exc: OSError) -> str:
    reason = exc.strerror or type(exc).__name__
    where = f" ({exc.filename})" if exc.filename else ""
    return f"Could not {action}: {reason}{where}."
