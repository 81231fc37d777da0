"""The benchmark command runs (tiny sizes) and prints its table; no timing is asserted here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmarks_run_tiny(config_home: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--tiny"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert out.startswith("machine: ")
    for row in (
        "startup, window shown",
        "filter, per keystroke (p50)",
        "store load",
        "health, speed-up vs serial",
        "UI stall, health check",
    ):
        assert row in out
    assert "All on over the list: store writes         1" in out
    assert "| worst UI stall" in out.splitlines()[-2]
