"""What ``provider-wizard`` runs: the desktop app with no arguments, else the command line.

Kept apart from cli.py so that opening the app does not first import argparse and build
every subcommand's parser (about 20 ms before the window could even start to load); the
command line is imported only when there are arguments, or to print its help.
"""

from __future__ import annotations

import os
import sys

from .exitcodes import EXIT_UNEXPECTED

# Names for the type checker only: importing typing costs a command-line start ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import IO, Any


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        return launch_app(sys.stdout)
    if args == ["--demo"]:
        # A gateway on 127.0.0.1, a throw-away store and keychain: the whole flow, no account.
        return launch_app(sys.stdout, demo=True)
    if len(args) == 1 and args[0].lower().startswith("provider-wizard:"):
        # What the desktop runs for a provider-wizard:// link: the app, wizard filled in.
        return launch_app(sys.stdout, link=args[0])
    from .cli import main as cli_main

    return cli_main(args)


def _print_cli_help(stdout: IO[str]) -> None:
    from .cli import build_parser

    build_parser().print_help(stdout)


def launch_app(stdout: IO[str], **run_options: Any) -> int:
    """Open the desktop app; ``run_options`` go to ``ui.app.run`` (benchmarks use them)."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        # Qt would abort with its own xcb messages; say what to do in plain words instead.
        sys.stderr.write(
            "error: no display to open the desktop app on.\n"
            "hint: run it in a desktop session, under xvfb-run, or use the commands below.\n"
        )
        _print_cli_help(stdout)
        return EXIT_UNEXPECTED
    from .gcpause import end_start_hold, hold_for_start

    # No garbage collection until the window's first frame (ui.app.run ends the hold then).
    hold_for_start()
    try:
        if not run_options.get("demo"):  # the demo has a store of its own, made by run()
            # Read the store's list while Qt loads, so the window opens with the providers.
            from .listing import read_early

            run_options["early"] = read_early()
        try:
            from .ui.app import run
        except ImportError as exc:
            # Qt or its system libraries are missing: say so, and what the command line offers.
            sys.stderr.write(
                f"error: the desktop app cannot start ({exc}).\n"
                "hint: install the system packages Qt needs (./scripts/run does), or use the "
                "commands below.\n"
            )
            _print_cli_help(stdout)
            return EXIT_UNEXPECTED
        return run(**run_options)
    finally:
        end_start_hold()  # a start that ended before its first frame
