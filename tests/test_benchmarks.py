"""The benchmark command runs (tiny sizes) and prints its table; no timing is asserted here."""

from __future__ import annotations

import os
import re
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
        "cli list --json, 20 providers",
        "probe, no scheme typed",
        "balance of 20 providers",
        "wizard shown, first time",
    ):
        assert row in out
    assert "All on over the list: store writes         1" in out
    # The last line, in the shape issue 13 fixed, so that runs compare line to line.
    last = out.splitlines()[-1]
    pattern = (
        r"bench: startup [\d.]+x floor \([\d.]+x bare, listed [\d.]+x bare\)"
        r" \| rss listed [\d.]+x \| cli list [\d.]+x python, normalize [\d.]+x python"
        r" \| probe [\d.]+x ideal, no scheme [\d.]+x \| wizard \d+/\d+ ms"
        r" \| balance 20 [\d.]+x ideal \| list \d+k [\d.]+x json.loads"
        r" \| filter p50 [\d.]+ ms \| store [\d.]+x"
        r" \| health [\d.]+x ideal, [\d.]+x serial \| worst UI stall \d+ ms"
    )
    assert re.fullmatch(pattern, last), last
