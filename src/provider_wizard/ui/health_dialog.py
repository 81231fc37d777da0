"""Check every enabled model of a provider: results as they arrive, Cancel, switch off the failed.

The checks run on the window's worker pool with bounded concurrency (core: health.py); each
result reaches this dialog by signal, so the list grows while the UI stays responsive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..cancel import CancelToken
from ..health import DEFAULT_CONCURRENCY
from .messages import describe
from .status import Status, status_colour
from .workers import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from ..health import ModelHealth
    from ..schemas import Provider
    from ..secretstore import SecretStore


class HealthDialog(QDialog):
    result_shown = Signal(object)  # a ModelHealth, once it is in the list
    finished_checking = Signal(bool)  # False when cancelled
    switch_off_requested = Signal(list)  # ids of the models that failed

    def __init__(
        self,
        runner: TaskRunner,
        provider: Provider,
        secrets: SecretStore,
        model_ids: list[str],
        parent: QWidget | None = None,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> None:
        super().__init__(parent)
        self.runner, self.provider, self.secrets = runner, provider, secrets
        self.model_ids = list(model_ids)
        self.results: list[ModelHealth] = []
        self._failures_listed = 0
        self._task: TaskHandle | None = None
        self.setWindowTitle(self.tr("Check all models of {0}").format(provider.name))
        self.summary = QLabel(self)
        # Each check is a real request: on a gateway that bills per call, it costs.
        self.cost_note = QLabel(
            self.tr(
                "Each model gets one chat request of one token. On a gateway that bills per "
                "request, each of these {0} checks is a paid request."
            ).format(len(self.model_ids)),
            self,
        )
        self.cost_note.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(1, len(self.model_ids)))
        self.progress.setValue(0)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Results"))
        self.concurrency = QSpinBox(self)
        self.concurrency.setRange(1, 64)
        self.concurrency.setValue(concurrency)
        self.concurrency.setAccessibleName(self.tr("Requests at a time"))
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.switch_off_button = QPushButton(self)
        self.switch_off_button.clicked.connect(self._switch_off)
        self.switch_off_button.hide()  # offered only once there are failures to switch off
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Requests at a time:"), self))
        top.addWidget(self.concurrency)
        top.addStretch(1)
        top.addWidget(self.start_button)
        top.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.switch_off_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cost_note)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.resize(560, 480)
        self._update_summary()

    def start(self) -> None:
        from ..health import check_models

        self.results.clear()
        self.list.clear()
        self._failures_listed = 0
        self.progress.setValue(0)
        self.start_button.setEnabled(False)
        self.concurrency.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.switch_off_button.hide()
        provider, secrets, ids = self.provider, self.secrets, self.model_ids
        concurrency = self.concurrency.value()

        def work(cancel: CancelToken, progress: Any) -> None:
            check_models(
                provider, secrets, ids, concurrency=concurrency, cancel=cancel, on_result=progress
            )

        self._task = self.runner.start(
            work, on_done=self._done, on_error=self._failed, on_progress=self._add
        )

    def cancel(self) -> None:
        if self._task is not None and not self._task.finished:
            self._task.cancel()
        self._task = None
        self._stopped()
        self.summary.setText(self.summary.text() + " · " + self.tr("cancelled"))
        self.finished_checking.emit(False)

    def _add(self, result: ModelHealth) -> None:
        self.results.append(result)
        if result.skipped is not None:
            item = QListWidgetItem(
                self.tr("– {0} — not checked (not a chat model)").format(result.model)
            )
            item.setToolTip(describe(result.skipped).detail)
        elif result.ok:
            text = self.tr("✓ {0} — {1} ms").format(result.model, f"{result.latency_ms:.0f}")
            item = QListWidgetItem(text)
        else:
            assert result.error is not None
            words = describe(result.error)
            # The server's own words say why (no channel, not allowed); ours say only that.
            detail = words.server or words.detail or words.title
            item = QListWidgetItem(self.tr("✗ {0} — {1}").format(result.model, detail))
            colour = status_colour(Status.ERROR, self.palette())
            if colour is not None:
                item.setForeground(QBrush(colour))
            item.setToolTip(f"{words.title}\n{words.plain()}\n{words.fix}".strip())
        if result.error is None:
            self.list.addItem(item)
        else:
            # Failures first, in the order they came: they are what needs a look.
            self.list.insertItem(self._failures_listed, item)
            self._failures_listed += 1
        self.progress.setValue(len(self.results))
        self._update_summary()
        self.result_shown.emit(result)

    def _done(self, _: object) -> None:
        self._task = None
        self._stopped()
        self.finished_checking.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._stopped()
        words = describe(exc)
        self.summary.setText(f"{words.title}: {words.detail}")
        self.finished_checking.emit(False)

    def _stopped(self) -> None:
        self.start_button.setEnabled(True)
        self.concurrency.setEnabled(True)
        self.cancel_button.setEnabled(False)
        failed = self.failed_ids()
        self.switch_off_button.setVisible(bool(failed))
        self.switch_off_button.setEnabled(bool(failed))
        self.switch_off_button.setText(self.tr("Switch off %n failed model(s)", "", len(failed)))

    def failed_ids(self) -> list[str]:
        return [r.model for r in self.results if r.error is not None]

    def _update_summary(self) -> None:
        failed = len(self.failed_ids())
        self.summary.setText(
            self.tr("Checked {0} of {1} · {2} failed").format(
                len(self.results), len(self.model_ids), failed
            )
        )

    def _switch_off(self) -> None:
        failed = self.failed_ids()
        if failed:
            self.switch_off_requested.emit(failed)
            self.switch_off_button.setEnabled(False)

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
        super().done(result)
