"""Collects the reliability figures and prints them as the suite's last line.

Each test adds what it measured (``figures.add("kills", survived, total)``); the summary is
``reliability: kills 200/200, concurrent ops 200/200, hostile responses 47/47, token leaks 0``.
A figure whose test did not run says so rather than printing a number nobody measured.
"""

from __future__ import annotations

from typing import Any

import pytest

from reliability.figures import FIGURES, Figures


@pytest.fixture(scope="session")
def figures() -> Figures:
    return FIGURES


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES.ratios or FIGURES.leaks is not None:
        terminalreporter.write_line(FIGURES.line())
