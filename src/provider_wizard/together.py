"""Calls that do not depend on each other, made at once on plain threads.

A refresh of every provider asks each gateway for its status and each token's usage: forty
blocking requests for twenty providers. ``ThreadPoolExecutor.submit`` starts its threads while
holding a lock shared by every pool in the process, and each start waits until the new thread
has taken the GIL, so pools made per provider queued their starts behind one another. Plain
threads pulling from one list cost about 15 ms less CPU for a refresh of 20 (benchmarks:
``balance 20``). The caller works through the list too: two calls cost one new thread.

The threads are daemons: a Ctrl-C in the caller is not held up by a worker still waiting on a
gateway (whose every wait has its own deadline anyway).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar, cast

__all__ = ["at_once"]

T = TypeVar("T")


class _Raised:
    """A BaseException (not an Exception) a worker met: raised again in the caller."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class _Work(Generic[T]):
    def __init__(self, calls: Sequence[Callable[[], T]]) -> None:
        self.calls = calls
        self.results: list[T | Exception | _Raised | None] = [None] * len(calls)
        self._next = 0
        self._lock = threading.Lock()

    def _take(self) -> int | None:
        with self._lock:
            index = self._next
            if index >= len(self.calls):
                return None
            self._next += 1
            return index

    def run(self) -> None:
        while (index := self._take()) is not None:
            try:
                self.results[index] = self.calls[index]()
            except Exception as exc:  # each call's failure is its own
                self.results[index] = exc
            except BaseException as exc:  # handed to the caller, not dropped
                self.results[index] = _Raised(exc)
                with self._lock:
                    self._next = len(self.calls)  # nobody starts another call: the caller stops
                return


def at_once(
    calls: Sequence[Callable[[], T]], *, limit: int = 32, name: str = "at-once"
) -> list[T | Exception]:
    """Each call's result or the Exception it raised, in the calls' order, with at most
    ``limit`` calls running at a time (the caller's thread is one of them)."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    work = _Work(calls)
    helpers = [
        threading.Thread(target=work.run, name=f"{name}-{n}", daemon=True)
        for n in range(min(limit, len(calls)) - 1)
    ]
    for thread in helpers:
        thread.start()
    work.run()
    for thread in helpers:
        thread.join()
    for result in work.results:
        if isinstance(result, _Raised):
            raise result.error
    # No worker stopped, so every call ran and left its result or its exception.
    return cast("list[T | Exception]", work.results)
