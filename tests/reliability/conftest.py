"""Collects the reliability figures and prints them as the suite's last line.

Each test adds what it measured (``figures.add("kills", survived, total)``); the summary is
``reliability: kills 200/200, ..., token leaks 0, attacks held 40/40``.
A figure whose test did not run says so rather than printing a number nobody measured.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from reliability.figures import FIGURES, Figures


@pytest.fixture(scope="session")
def figures() -> Figures:
    return FIGURES


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: Any, call: Any) -> Any:
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.call_report = report


@pytest.fixture
def attack(request: pytest.FixtureRequest, figures: Figures) -> Iterator[None]:
    """Counts the test as one attack, held when the test passed."""
    figures.add("attacks held", 0, 1)
    yield
    report = getattr(request.node, "call_report", None)
    if report is not None and report.passed:
        figures.add("attacks held", 1, 0)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES.ratios or FIGURES.leaks is not None:
        terminalreporter.write_line(FIGURES.line())
