"""Run core calls off the UI thread, cancellably, with results delivered back by signal.

``TaskRunner.start(fn, ...)`` runs ``fn(cancel, progress)`` on a thread pool. The callbacks run
on the UI thread, and never after the task was cancelled: a window that closes (or a page the
user left) cancels its tasks and is never called back into. A runner with one thread keeps
store writes in the order the user made them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..cancel import CancelToken

# fn(cancel, progress): progress(x) delivers x to on_progress on the UI thread, in order.
Work = Callable[[CancelToken, Callable[[Any], None]], Any]


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


class TaskHandle:
    """What the caller keeps of a running task: enough to cancel it."""

    def __init__(self) -> None:
        self.cancel_token = CancelToken()
        self.finished = False

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled

    def cancel(self) -> None:
        self.cancel_token.cancel()


class _Task(QRunnable):
    def __init__(self, fn: Work, handle: TaskHandle, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.handle, self.signals = fn, handle, signals

    def run(self) -> None:
        try:
            result = self.fn(self.handle.cancel_token, self.signals.progress.emit)
        except Exception as exc:  # delivered to the UI, which turns it into words
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, *, threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._live: dict[TaskHandle, _Signals] = {}

    def start(
        self,
        fn: Work,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle()
        signals = _Signals()
        self._live[handle] = signals

        def done(result: object) -> None:
            self._finish(handle)
            if not handle.cancelled and on_done is not None:
                on_done(result)

        def failed(exc: object) -> None:
            self._finish(handle)
            if not handle.cancelled and on_error is not None and isinstance(exc, BaseException):
                on_error(exc)

        def progress(item: object) -> None:
            if not handle.cancelled and on_progress is not None:
                on_progress(item)

        signals.succeeded.connect(done)
        signals.failed.connect(failed)
        signals.progress.connect(progress)
        self.pool.start(_Task(fn, handle, signals))
        return handle

    def _finish(self, handle: TaskHandle) -> None:
        handle.finished = True
        self._live.pop(handle, None)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def cancel_all(self) -> None:
        for handle in list(self._live):
            handle.cancel()

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Cancel everything and wait (bounded) for the threads to end; True if they did."""
        self.cancel_all()
        return bool(self.pool.waitForDone(wait_ms))
