"""together.at_once: results in order, each failure its own, the limit held, the caller's
thread put to work, and a BaseException not lost in a worker."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provider_wizard.together import at_once


def test_results_come_back_in_the_calls_order_with_each_failure_its_own() -> None:
    def fail() -> int:
        raise ValueError("this one")

    calls: list[Callable[[], int]] = [lambda: 1, fail, lambda: 3]
    one, two, three = at_once(calls)
    assert (one, three) == (1, 3)
    assert isinstance(two, ValueError) and str(two) == "this one"


def test_no_calls_start_no_threads() -> None:
    before = threading.active_count()
    assert at_once([]) == []
    assert threading.active_count() == before


def test_one_call_runs_on_the_callers_thread() -> None:
    assert at_once([threading.get_ident]) == [threading.get_ident()]


def test_calls_run_together_up_to_the_limit() -> None:
    """Each call waits until ``limit`` calls are running at once: with fewer threads than
    that the barrier breaks (its deadline), so passing proves they overlapped, and the peak
    count proves no more than ``limit`` ever did."""
    limit, lock = 4, threading.Lock()
    barrier = threading.Barrier(limit, timeout=30)
    running, peak = 0, 0

    def call() -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        barrier.wait()
        with lock:
            running -= 1
        return threading.get_ident()

    idents = at_once([call] * (limit * 3), limit=limit)
    assert all(isinstance(i, int) for i in idents)
    assert peak == limit
    assert threading.get_ident() in idents  # the caller took its share
    assert len(set(idents)) == limit


def test_a_base_exception_in_a_worker_is_raised_in_the_caller() -> None:
    started = threading.Event()

    def stop() -> None:
        started.set()
        raise SystemExit(3)

    def wait() -> None:
        assert started.wait(30)

    with pytest.raises(SystemExit):
        at_once([stop, wait, wait], limit=3)


def test_a_limit_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        at_once([lambda: 1], limit=0)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.integers(), st.none()), max_size=20), st.integers(1, 6))
def test_every_call_runs_exactly_once(values: list[int | None], limit: int) -> None:
    """None stands for a call that fails: its slot holds its own exception."""
    runs = [0] * len(values)
    lock = threading.Lock()

    def call(i: int) -> int:
        with lock:
            runs[i] += 1
        value = values[i]
        if value is None:
            raise LookupError(i)
        return value

    results = at_once([functools.partial(call, i) for i in range(len(values))], limit=limit)
    assert runs == [1] * len(values)
    for value, result in zip(values, results, strict=True):
        if value is None:
            assert isinstance(result, LookupError)
        else:
            assert result == value


def test_after_a_base_exception_no_further_call_starts() -> None:
    """A Ctrl-C (here SystemExit) in one call: the calls not yet started are left alone, so
    the caller stops without waiting for them. Two workers, one after the other."""
    from provider_wizard.together import _Work

    started: list[int] = []

    def stop() -> int:
        raise SystemExit(3)

    def later(n: int) -> int:
        started.append(n)
        return n

    work = _Work([stop, *(functools.partial(later, n) for n in range(3))])
    work.run()  # the first call raises: this worker stops
    work.run()  # another worker comes for a call: none is left to start
    assert started == []
