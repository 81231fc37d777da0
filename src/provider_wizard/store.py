"""The provider store: one JSON file, written atomically, under a lock; never a secret.

A save writes a temporary file beside the store, fsyncs it and renames it over the old one,
so a crash leaves either the old or the new file, never a mix. When ``providers.json`` is a
symbolic link (dotfiles), the link's target is replaced, atomically there, and the link stays.
``edit()`` takes a file lock and re-reads the file before changing it, so two app instances
(or the app and the CLI) do not lose each other's updates. A file that does not parse is
moved aside, never deleted; one entry that does not (an unknown type, a duplicate id, a
hand edit gone wrong) is kept as it is and named, and the others load. Nothing that holds a
token this process knows is ever written: that save is refused.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import StoreCorrupt, StoreError
from .gcpause import gc_paused
from .paths import store_path
from .redact import contains_secret
from .text import Text

# Names for the type checker only: importing typing costs a command-line start ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    # pydantic is imported with the first document, not when the app starts.
    from .schemas import StoreDocument

__all__ = ["MIGRATIONS", "Store"]


def _log() -> Any:
    import logging  # on the first message: the CLI's quick reads never log

    return logging.getLogger(__name__)


def _migrate_1_to_2(doc: dict[str, Any]) -> dict[str, Any]:
    from .schemas import migrate_1_to_2

    return migrate_1_to_2(doc)


# schema_version N -> a function turning a version-N document (plain JSON) into version N+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_1_to_2}

LOCK_TIMEOUT = 10.0


class Store:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or store_path()
        self.recovered_from: Path | None = None  # set when a broken file was moved aside
        self._file_lock: Any = None  # one filelock.FileLock for this store's life (see _lock)

    @property
    def _lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        import filelock

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(_os_words(Text("create the config folder"), exc)) from None
        # One lock object for the store's life, not one per edit: a FileLock dropped after
        # each edit is released again by its __del__ whenever the collector gets to it, and
        # a Ctrl-C landing in a __del__ is swallowed ("Exception ignored in"), so a command
        # in a loop of edits went on running (the interrupted add/remove test caught it).
        lock = self._file_lock
        if lock is None:
            lock = self._file_lock = filelock.FileLock(str(self._lock_path))
        try:
            lock.acquire(timeout=LOCK_TIMEOUT)  # read at each edit, as the lock outlives it
        except filelock.Timeout:
            raise StoreError(
                Text("Another Provider Wizard is busy with the store; try again.")
            ) from None
        except OSError as exc:
            raise StoreError(_os_words(Text("lock the store"), exc)) from None
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
            raise StoreError(_os_words(Text("read the store"), exc)) from None
        try:
            with gc_paused():
                return _parse(raw)
        except StoreCorrupt as exc:
            if not recover:
                raise
            moved = self._move_aside()
            _log().warning("The store did not parse (%s); moved it to %s", exc, moved)
            self.recovered_from = moved
            return StoreDocument()

    def save(self, doc: StoreDocument) -> None:
        text = doc.model_dump_json(indent=2, exclude_none=True)
        if doc.unreadable:
            text = _with_unreadable(text, doc)
        if contains_secret(text):
            # The last line of defence: the fields that could hold a token are checked where
            # they are typed or fetched, so this means a rule was missed, not a user error.
            raise StoreError(
                Text(
                    "Refused to save: the providers file would contain a token. Nothing was "
                    "written."
                )
            )
        self._write_atomic(text.encode("utf-8") + b"\n")

    def peek(self) -> dict[str, Any] | None:
        """The store as plain JSON, without building a single model object, when it is a
        current, settled document (this version, nothing pending); else None, and the caller
        takes ``load()``, which migrates, names unreadable entries and says what is wrong.
        For readers that only show what is stored (the CLI's list): pydantic is not imported."""
        import json

        from .limits import SCHEMA_VERSION

        try:
            doc = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return {"schema_version": SCHEMA_VERSION, "providers": [], "pending": []}
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(doc, dict) or doc.get("schema_version") != SCHEMA_VERSION:
            return None
        providers = doc.get("providers")
        if doc.get("pending") or not isinstance(providers, list):
            return None
        ids: set[object] = set()
        for entry in providers:
            # The fields a reader uses, of the types they must have; anything else is load()'s.
            if not (
                isinstance(entry, dict)
                and entry.get("type", "openai") == "openai"
                and all(isinstance(entry.get(k), str) for k in ("id", "name", "base_url"))
                and isinstance(entry.get("tokens", []), list)
                and isinstance(entry.get("models", []), list)
                and entry["id"] not in ids
            ):
                return None
            ids.add(entry["id"])
        return doc

    @contextlib.contextmanager
    def edit(self) -> Iterator[StoreDocument]:
        """Lock, re-read, let the caller change the document, save it. Nothing saved on error."""
        with self._lock():
            doc = self.load()
            yield doc
            self.save(doc)

    def _target(self) -> Path:
        """The file to replace: the store itself, or what its symbolic link points to."""
        return Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path

    def _write_atomic(self, data: bytes) -> None:
        target = self._target()
        directory = target.parent
        try:
            directory.mkdir(parents=True, exist_ok=True)
            import tempfile

            fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=directory)
        except OSError as exc:
            raise StoreError(_os_words(Text("save the store"), exc)) from None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise StoreError(_os_words(Text("save the store"), exc)) from None
        # Make the rename itself durable; not every platform can open a directory.
        with contextlib.suppress(OSError):
            dir_fd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    def _move_aside(self) -> Path:
        import datetime as dt

        source = self._target()  # a link's target moves; the link stays for the next save
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = source.with_name(f"{source.name}.broken-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = source.with_name(f"{source.name}.broken-{stamp}-{n}")
        try:
            os.replace(source, target)
        except OSError as exc:
            raise StoreError(_os_words(Text("move the broken store aside"), exc)) from None
        return target


def _parse(raw: bytes) -> StoreDocument:
    from pydantic import ValidationError

    from .schemas import SCHEMA_VERSION, Provider, StoreDocument, Unreadable

    # The common case, a file of this version, is parsed and validated in one pass (Rust).
    # Anything else (older, newer, broken) takes the careful path below, which migrates or
    # says what is wrong.
    try:
        fast = StoreDocument.model_validate_json(raw)
    except ValidationError:
        pass
    else:
        if fast.schema_version == SCHEMA_VERSION and len(fast.ids_in_use()) == len(fast.providers):
            return fast

    import json

    try:
        doc = json.loads(raw)
    except (ValueError, RecursionError):
        raise StoreCorrupt(Text("The store file is not valid JSON.")) from None
    if not isinstance(doc, dict):
        raise StoreCorrupt(Text("The store file does not hold a store document."))
    version = doc.get("schema_version", 1)
    if not isinstance(version, int) or version < 1:
        raise StoreCorrupt(Text("The store file has no valid schema_version."))
    if version > SCHEMA_VERSION:
        raise StoreCorrupt(
            Text(
                "The store was written by a newer Provider Wizard (schema {found}); this one "
                "reads schema {known}.",
                found=version,
                known=SCHEMA_VERSION,
            )
        )
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
        doc["schema_version"] = version
    entries = doc.get("providers", [])
    if not isinstance(entries, list):
        raise StoreCorrupt(Text("The store file's providers are not a list."))
    try:
        result = StoreDocument.model_validate({**doc, "providers": []})
    except ValidationError as exc:
        raise StoreCorrupt(
            Text("The store file has the wrong shape ({count} problems).", count=exc.error_count())
        ) from None
    # Entry by entry: one that this version cannot read must not cost the others.
    seen: set[str] = set()
    for raw_entry in entries:
        try:
            provider = Provider.model_validate(raw_entry)
        except ValidationError as exc:
            result.unreadable.append(Unreadable(raw_entry, _first_problem(exc)))
            continue
        if provider.id in seen:
            # Two entries would share one keychain token; removing one would take the
            # other's. The first keeps the id; the copy is kept aside, named.
            result.unreadable.append(Unreadable(raw_entry, "the same id as another entry"))
            continue
        seen.add(provider.id)
        result.providers.append(provider)
    if result.unreadable:
        _log().info("%d stored entries could not be read", len(result.unreadable))
    return result


def _first_problem(exc: Any) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'not valid')}" if where else str(error.get("msg"))


def _with_unreadable(text: str, doc: StoreDocument) -> str:
    """The document's JSON with its unreadable entries back in the providers list."""
    import json

    data = json.loads(text)
    data["providers"].extend(u.raw for u in doc.unreadable)
    return json.dumps(data, indent=2, ensure_ascii=False)


def _os_words(action: Text, exc: OSError) -> Text:
    reason = exc.strerror or type(exc).__name__
    if exc.filename:
        return Text(
            "Could not {action}: {reason} ({file}).",
            action=action,
            reason=reason,
            file=exc.filename,
        )
    return Text("Could not {action}: {reason}.", action=action, reason=reason)
