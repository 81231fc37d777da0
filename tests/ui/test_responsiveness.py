"""The UI thread never waits on the network: a heartbeat keeps ticking during a slow check."""

from __future__ import annotations

import itertools
import time
from typing import Any

from PySide6.QtCore import QTimer

from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store
from provider_wizard.ui.wizard import AddProviderWizard

from gateway_emulator import GatewayEmulator


def test_heartbeat_keeps_ticking_during_a_slow_probe(
    qtbot: Any, emulator: GatewayEmulator, token: str, store: Store
) -> None:
    emulator.delay = 2.0  # every answer takes two seconds
    wizard = AddProviderWizard(store, MemorySecretStore(), [])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().edit.setText(token)
    wizard.next()
    wizard.currentPage().edit.setText(emulator.base_url)

    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start()
    check = wizard.page(wizard.CHECK)
    with qtbot.waitSignal(check.check_finished, timeout=20000) as done:
        wizard.next()
    heartbeat.stop()
    assert done.args == [True]
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    # The probe took at least 4 s (models, then status); a blocked UI thread would show one
    # gap that long. A generous bound keeps this about blocking, not about machine speed.
    assert len(ticks) > 50
    assert max(gaps) < 1.0
