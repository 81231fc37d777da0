"""The big model list: bytes to a populated list view, filtering as you type, "All on".

The load follows the app's own path: parsing and building the entries on a worker thread,
filling the view on the UI thread. A heartbeat on the UI thread measures its worst stall.
"""

from __future__ import annotations

import contextlib
import json
import random
from pathlib import Path
from typing import Any

from .measure import Heartbeat, Series, scratch, timed, wait_for

FAMILIES = [
    "gpt-4o",
    "gpt-4",
    "gpt-3.5",
    "claude-3-5",
    "claude-3",
    "qwen",
    "llama-3.1",
    "deepseek",
    "gemini-1.5",
    "mistral",
    "glm-4",
    "yi",
    "doubao",
    "moonshot",
    "o1",
]
QUERIES = ["gpt", "gpt-4", "claude-3-5"]


def oneapi_body(count: int) -> bytes:
    """A /v1/models body in OneAPI's shape (the test emulator's), permission arrays included."""
    from provider_wizard.emulator import oneapi_model

    rng = random.Random(count)
    data = [
        oneapi_model(f"{rng.choice(FAMILIES)}-{rng.choice(['mini', 'pro', 'turbo', 'chat'])}-{i}")
        for i in range(count)
    ]
    return json.dumps({"data": data, "object": "list"}).encode()


def _in_worker(runner: Any, fn: Any) -> Any:
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    box: list[Any] = []

    def keep(outcome: Any) -> None:
        box.append(outcome)
        loop.quit()

    runner.start(lambda cancel, progress: fn(), on_done=keep, on_error=keep)
    loop.exec()
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def run(runs: int, count: int, heartbeat: Heartbeat, stall_runs: int = 1) -> dict[str, Series]:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from provider_wizard.gcpause import gc_paused
    from provider_wizard.modellist import parse_model_list
    from provider_wizard.providers import entries_from_remote
    from provider_wizard.ui.model_list import sort_for_view
    from provider_wizard.ui.model_picker import ModelPicker
    from provider_wizard.ui.workers import TaskRunner

    body = oneapi_body(count)
    out = {
        name: Series()
        for name in ("list", "filter ms", "filter ratio", "stall load", "stall filter")
    }
    runner = TaskRunner(threads=1)
    for run_index in range(runs + stall_runs):
        # The last passes only measure the UI thread's stalls: a heartbeat makes the worker
        # hand the GIL over every few milliseconds, which would distort the timings. Each
        # gives its worst gap; the figure is their median, as for every other figure (one
        # pass alone swung from 8 to 86 ms, as a full collection of the heap landed in it
        # or not).
        stall_pass = run_index >= runs
        picker = ModelPicker()
        picker.resize(480, 640)
        picker.show()
        QApplication.processEvents()

        def load(picker: Any = picker) -> None:
            entries = _in_worker(
                runner,
                lambda: sort_for_view(entries_from_remote(parse_model_list(body).models)),
            )
            picker.set_entries(entries, presorted=True)
            picker.view.viewport().repaint()  # populated and painted

        if stall_pass:
            heartbeat.worst = 0.0
            with heartbeat.running():
                load()
            out["stall load"].add(heartbeat.worst * 1000)
        else:
            # Side by side: this machine's speed drifts by half within a minute, so each load
            # is set against a json.loads of the same bytes timed just before it, with the
            # collector paused as the app's parse pauses it (a full collection landing in
            # the baseline made it up to 3x slower at random).
            with gc_paused():
                baseline = timed(lambda: json.loads(body))
            out["list"].add(timed(load) / baseline)
        assert picker.model.rowCount() == count

        ids = [e.id.lower() for e in picker.model.entries]
        keystrokes: list[float] = []
        python: list[float] = []
        heartbeat.worst = 0.0
        with heartbeat.running() if stall_pass else contextlib.nullcontext():
            for query in QUERIES:
                picker.search.clear()
                QApplication.processEvents()
                for end in range(1, len(query) + 1):
                    prefix = query[:end]

                    def type_one(text: str = prefix, picker: Any = picker) -> None:
                        picker.search.setText(text)
                        picker.view.viewport().repaint()

                    keystrokes.append(timed(type_one))

                    def plain(p: str = prefix, ids: list[str] = ids) -> list[str]:
                        return [i for i in ids if p in i]

                    python.append(timed(plain))
                    QApplication.processEvents()
        if stall_pass:
            out["stall filter"].add(heartbeat.worst * 1000)
        else:
            keystrokes.sort()
            python.sort()
            p50 = keystrokes[len(keystrokes) // 2]
            out["filter ms"].add(p50 * 1000)
            out["filter ratio"].add(p50 / python[len(python) // 2])
        picker.close()
        picker.deleteLater()
        # Destroy it now, not inside the next round's measured window.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    runner.shutdown()
    return out


def all_on_writes(count: int) -> int:
    """How many store writes "All on" over ``count`` models makes (the answer should be 1)."""

    from provider_wizard.providers import add_provider
    from provider_wizard.schemas import ModelEntry
    from provider_wizard.secretstore import MemorySecretStore
    from provider_wizard.store import Store
    from provider_wizard.ui.main_window import MainWindow

    class CountingStore(Store):
        saves = 0

        def save(self, doc: Any) -> None:
            CountingStore.saves += 1
            super().save(doc)

    store = CountingStore(Path(scratch("pw-bench-allon-")) / "providers.json")
    secrets = MemorySecretStore()
    add_provider(
        store,
        secrets,
        name="Big",
        base_url="http://127.0.0.1:3000",
        token="sk-x" * 8,
        models=[ModelEntry(id=f"m-{i:05d}", enabled=False) for i in range(count)],
    )
    window = MainWindow(store, secrets, store.load())
    window.show()
    CountingStore.saves = 0
    window.panel.picker.all_on.click()
    wait_for(window.saved)
    writes = CountingStore.saves
    window.close()
    window.deleteLater()
    return writes
