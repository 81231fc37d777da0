"""Start-up: process start to main window shown (20 providers in the store), against bare Qt.

Three marks of the app: shown (first turn of the event loop), listed (every provider on
screen with its balance line; the app paints them from the file it read while Qt loaded)
and settled (the store validated, the first provider's page built), each against the same
moment of an empty QMainWindow ("bare") and of the same widgets without the app ("floor")."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from .measure import Series, scratch

CHILD = str(Path(__file__).with_name("startup_child.py"))


def _store_with_providers(home: Path, count: int) -> None:
    """``count`` providers of 40 models, each with a token and its cached figures, so that the
    list paints a balance line under each (as after a refresh)."""
    from provider_wizard.schemas import (
        ModelEntry,
        Provider,
        StatusCache,
        StoreDocument,
        TokenEntry,
        TokenStatus,
    )
    from provider_wizard.store import Store

    doc = StoreDocument(
        providers=[
            Provider(
                name=f"Gateway {i}",
                base_url=f"http://10.0.0.{i + 1}:3000",
                tokens=[TokenEntry(label="default")],
                models=[ModelEntry(id=f"model-{i}-{j}") for j in range(40)],
                status=StatusCache(
                    tokens=[
                        TokenStatus(
                            granted=10.0, used=10.0 - i * 0.4, available=i * 0.4, unit="USD"
                        )
                    ]
                ),
            )
            for i in range(count)
        ]
    )
    Store(home / "providers.json").save(doc)


def _one(kind: str, env: dict[str, str], expected: int) -> dict[str, tuple[float, int]]:
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, CHILD, kind],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    marks: dict[str, tuple[float, int]] = {}
    listed: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        parts = line.split()
        marks[parts[0]] = (time.perf_counter() - started, int(parts[1]))
        if parts[0] == "ready":
            listed = parts[2:]
    proc.stdout.close()
    if proc.wait() != 0 or "shown" not in marks:
        raise RuntimeError(f"the {kind} start-up child failed")
    if kind == "app" and listed != [str(expected), str(expected)]:
        # A "listed" mark that did not list them all, with their figures, would time nothing.
        raise RuntimeError(f"the app listed {listed} providers, not {expected} with figures")
    return marks


def _compile_app() -> None:
    """Compile the app's modules to bytecode, as installing a wheel does.

    PySide6 in site-packages is compiled at install time; our package, installed editable
    from src/, is not, and with PYTHONDONTWRITEBYTECODE set (as on CI machines) every start
    would compile ~5,000 lines again. Measuring that would time the compiler, not the app.
    """
    import compileall

    import provider_wizard

    compileall.compile_dir(Path(provider_wizard.__file__).parent, quiet=1)


def run(runs: int, providers: int = 20) -> dict[str, Series]:
    _compile_app()
    home = Path(scratch("pw-bench-start-"))
    _store_with_providers(home, providers)
    env = dict(os.environ, PROVIDER_WIZARD_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    names = (
        "shown",
        "ready",
        "rss shown",
        "rss ready",
        "settled",
        "rss settled",
        "floor",
        "rss floor",
        "app ms",
        "bare ms",
        "vs floor",
    )
    out = {name: Series() for name in names}
    for kind in ("bare", "floor", "app"):
        _one(kind, env, providers)  # warm the disk cache for all three
    for _ in range(runs):
        bare = _one("bare", env, providers)
        least = _one("floor", env, providers)
        app = _one("app", env, providers)
        out["shown"].add(app["shown"][0] / bare["shown"][0])
        out["vs floor"].add(app["shown"][0] / least["shown"][0])
        out["ready"].add(app["ready"][0] / bare["shown"][0])
        out["rss shown"].add(app["shown"][1] / bare["shown"][1])
        out["rss ready"].add(app["ready"][1] / bare["shown"][1])
        out["settled"].add(app["settled"][0] / bare["shown"][0])
        out["rss settled"].add(app["settled"][1] / bare["shown"][1])
        out["floor"].add(least["shown"][0] / bare["shown"][0])
        out["rss floor"].add(least["shown"][1] / bare["shown"][1])
        out["app ms"].add(app["shown"][0] * 1000)
        out["bare ms"].add(bare["shown"][0] * 1000)
    return out


def instructions(providers: int = 20) -> dict[str, float] | None:
    """Instructions from process start to the window shown, counted by callgrind, for the
    bare window, the same widgets without the app, and the app: the same on every run,
    whatever else the machine is doing. None when valgrind is not installed."""
    import re
    import shutil
    from concurrent.futures import ThreadPoolExecutor

    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    _compile_app()
    home = Path(scratch("pw-bench-count-"))
    _store_with_providers(home, providers)
    env = dict(
        os.environ,
        PROVIDER_WIZARD_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PW_BENCH_STOP_AT_SHOWN="1",
    )

    def count(kind: str) -> float:
        callgrind = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        done = subprocess.run(
            [*callgrind, sys.executable, CHILD, kind],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode != 0 or found is None or "shown" not in done.stdout:
            raise RuntimeError(f"callgrind of the {kind} start failed: {done.stderr[-500:]}")
        return float(found.group(1))

    # Two at a time: callgrind runs each program on one core, and this machine has two.
    kinds = ("bare", "floor", "app")
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(kinds, pool.map(count, kinds), strict=True))
