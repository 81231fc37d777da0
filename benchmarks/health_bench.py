"""Checking many models: the ideal time of a bounded pool, one at a time, and the UI's stall.

The emulator answers every chat request after ``delay`` seconds; with ``concurrency`` requests
at a time the ideal is ceil(models / concurrency) * delay.
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path
from typing import Any

from .measure import Heartbeat, Series, timed, wait_for


def run(
    runs: int,
    models: int,
    concurrency: int,
    delay: float,
    heartbeat: Heartbeat,
    serial: bool = True,
) -> dict[str, Series]:
    from provider_wizard.health import check_models
    from provider_wizard.schemas import ModelEntry, Provider, TokenEntry, keychain_account
    from provider_wizard.secretstore import MemorySecretStore

    ids = [f"model-{i}" for i in range(models)]
    out = {name: Series() for name in ("vs ideal", "vs serial", "stall")}
    server = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("gateway_process.py")),
            str(models),
            str(delay),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdin is not None
    try:
        port, token = server.stdout.readline().split()
        provider = Provider(
            name="Bench",
            base_url=f"http://127.0.0.1:{port}",
            tokens=[TokenEntry(label="default")],
            models=[ModelEntry(id=i) for i in ids],
        )
        secrets = MemorySecretStore()
        secrets.set(keychain_account(provider.id, provider.tokens[0]), token)
        ideal = math.ceil(models / concurrency) * delay
        parallel = Series()
        for _ in range(runs):
            seconds = timed(lambda: check_models(provider, secrets, ids, concurrency=concurrency))
            parallel.add(seconds)
            out["vs ideal"].add(seconds / ideal)
        if serial:
            one_by_one = timed(lambda: check_models(provider, secrets, ids, concurrency=1))
            out["vs serial"].add(one_by_one / parallel.median)
        for _ in range(runs):  # one pass alone lands on a garbage collection or not
            out["stall"].add(_ui_stall(provider, secrets, ids, concurrency, heartbeat))
    finally:
        server.stdin.close()
        server.wait(timeout=10)
        server.stdout.close()
    return out


def _ui_stall(
    provider: Any, secrets: Any, ids: list[str], concurrency: int, heartbeat: Heartbeat
) -> float:
    """The worst UI stall while the window's dialog checks every model."""
    from provider_wizard.ui.health_dialog import HealthDialog
    from provider_wizard.ui.workers import TaskRunner

    runner = TaskRunner(threads=2)
    dialog = HealthDialog(runner, provider, secrets, ids, concurrency=concurrency)
    dialog.show()
    heartbeat.worst = 0.0
    with heartbeat.running():
        dialog.start()
        wait_for(dialog.finished_checking)
    assert len(dialog.results) == len(ids)
    dialog.close()
    dialog.deleteLater()
    runner.shutdown()
    return heartbeat.worst * 1000
