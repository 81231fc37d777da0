"""Run every benchmark several times and print the table: ``python -m benchmarks [--tiny]``."""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--runs", type=int, default=5, help="repeats of each benchmark")
    parser.add_argument(
        "--tiny",
        action="store_true",
        help="small sizes, one run: proves the command works, measures little",
    )
    args = parser.parse_args()
    tiny = args.tiny
    runs = 1 if tiny else args.runs

    from .measure import scratch

    os.environ.setdefault("PROVIDER_WIZARD_HOME", scratch("pw-bench-home-"))
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from . import client_bench, health_bench, models, startup, store_bench
    from .measure import Heartbeat, machine

    # The offscreen platform's word on each window it cannot resize or raise, not a fault: it
    # would print over the table (the tests ignore the same two, in pyproject.toml).
    def quiet(_mode: object, _context: object, message: str) -> None:
        if not message.startswith(OFFSCREEN_NOISE):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    heartbeat = Heartbeat()
    started = time.perf_counter()
    sizes = dict(
        models=500 if tiny else 10_000,
        providers=5 if tiny else 500,
        per_provider=10 if tiny else 300,
        health=8 if tiny else 200,
    )
    print(f"machine: {machine()}")
    quick = f"{runs * 5} of start-up, {runs * 3} of the commands, the list and the store"
    print(f"runs: {runs} ({quick}){' (tiny sizes)' if tiny else ''}", flush=True)

    # The quick ones run more often: a start or a command takes a fraction of a second, and
    # this kind of machine's speed swings by a third from one second to the next, so their
    # medians need more samples to settle than the network's 200 ms round trips. Start-up
    # most of all: in one run, single starts of the same widgets took 0.4x to 2x the app's.
    start = startup.run(runs * 5)
    counted = None if tiny else startup.instructions()
    commands = client_bench.cli(runs * 3)
    net = client_bench.network(runs, delay=0.05 if tiny else 0.2, providers=4 if tiny else 20)
    wizard = client_bench.wizard(runs)
    lists = models.run(runs * 3, sizes["models"], heartbeat, stall_runs=runs)
    writes = models.all_on_writes(sizes["models"])
    stored = store_bench.run(runs * 3, sizes["providers"], sizes["per_provider"])
    health = health_bench.run(
        runs, sizes["health"], 16 if not tiny else 4, 0.1 if not tiny else 0.02, heartbeat
    )

    rows = [
        ("startup, window shown", start["vs floor"], "x its widgets", "<= 1.15"),
        ("startup, window shown", start["shown"], "x bare Qt", ""),
        ("startup, its widgets without app", start["floor"], "x bare Qt", "(reference)"),
        ("startup, 20 providers listed", start["ready"], "x bare Qt", "<= 1.6"),
        ("startup, store validated, page up", start["settled"], "x bare Qt", "(reference)"),
        ("startup, bare Qt", start["bare ms"], "ms", ""),
        ("startup, app", start["app ms"], "ms", ""),
        ("peak RSS, window shown", start["rss shown"], "x bare Qt", ""),
        ("peak RSS, its widgets without app", start["rss floor"], "x bare Qt", "(reference)"),
        ("peak RSS, 20 providers listed", start["rss ready"], "x bare Qt", "<= 1.4"),
        ("peak RSS, store validated", start["rss settled"], "x bare Qt", "(reference)"),
        ("cli list --json, 20 providers", commands["list"], "x python -c pass", "<= 4"),
        ("cli normalize-url", commands["normalize"], "x python -c pass", "<= 3"),
        ("python -c pass", commands["python ms"], "ms", ""),
        ("probe, scheme typed", net["probe"], "x round trip", "<= 1.3"),
        ("probe, no scheme typed", net["probe no scheme"], "x round trip", "<= 1.6"),
        ("balance of 20 providers", net["balance"], "x round trip", "<= 1.5"),
        ("balance of 20, over https", net["balance https"], "x round trip", "(reference)"),
        ("one round trip", net["ideal ms"], "ms", ""),
        ("wizard shown, first time", wizard["first ms"], "ms", "<= 120"),
        ("wizard shown, later", wizard["later ms"], "ms", "<= 30"),
        (f"list {sizes['models']:,}: bytes to view", lists["list"], "x json.loads", "<= 3"),
        ("filter, per keystroke (p50)", lists["filter ms"], "ms", "<= 16"),
        ("filter vs Python substring", lists["filter ratio"], "x", ""),
        ("store save", stored["save"], "x json.dumps", "<= 3"),
        ("store load", stored["load"], "x json.loads", "<= 3"),
        (f"health {sizes['health']} models", health["vs ideal"], "x ideal", "<= 1.3"),
        ("health, speed-up vs serial", health["vs serial"], "x", ">= 10"),
        ("UI stall, list load", lists["stall load"], "ms", "<= 50"),
        ("UI stall, filter", lists["stall filter"], "ms", "<= 50"),
        ("UI stall, health check", health["stall"], "ms", "<= 50"),
    ]
    print()
    print(f"{'benchmark':34s} {'median':>9s} {'min':>9s} {'max':>9s}  {'unit':16s} target")
    for name, series, unit, target in rows:
        print(
            f"{name:34s} {series.median:9.2f} {series.low:9.2f} {series.high:9.2f}  "
            f"{unit:16s} {target}"
        )
    print(f"{'All on over the list: store writes':34s} {writes:9d}")
    if counted is None:
        print("startup in instructions: not counted (--tiny, or valgrind is not installed)")
    else:
        # The same target as the timed row, counted instead of timed: one figure per run.
        print(
            f"{'startup, shown, in instructions':34s} "
            f"{counted['app'] / counted['floor']:9.3f} x its widgets    "
            f"{counted['app'] / counted['bare']:.3f} x bare Qt "
            f"({counted['app'] / 1e6:.0f} M, {counted['floor'] / 1e6:.0f} M, "
            f"{counted['bare'] / 1e6:.0f} M; callgrind)"
        )
    # Each stall figure is the median of its passes' worst gaps (the table gives the highest).
    worst = max(lists["stall load"].median, lists["stall filter"].median, health["stall"].median)
    print(f"(took {time.perf_counter() - started:.0f} s)")
    # The line to compare run to run: last, in one fixed shape.
    print(
        f"bench: startup {start['vs floor'].median:.2f}x floor"
        f" ({start['shown'].median:.2f}x bare, listed {start['ready'].median:.2f}x bare)"
        f" | rss listed {start['rss ready'].median:.2f}x"
        f" | cli list {commands['list'].median:.1f}x python,"
        f" normalize {commands['normalize'].median:.1f}x python"
        f" | probe {net['probe'].median:.1f}x ideal,"
        f" no scheme {net['probe no scheme'].median:.1f}x"
        f" | wizard {wizard['first ms'].median:.0f}/{wizard['later ms'].median:.0f} ms"
        f" | balance 20 {net['balance'].median:.1f}x ideal"
        f" | list {sizes['models'] // 1000}k {lists['list'].median:.1f}x json.loads"
        f" | filter p50 {lists['filter ms'].median:.1f} ms"
        f" | store {max(stored['save'].median, stored['load'].median):.1f}x"
        f" | health {health['vs ideal'].median:.2f}x ideal,"
        f" {health['vs serial'].median:.1f}x serial"
        f" | worst UI stall {worst:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
