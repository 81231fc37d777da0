"""PySide6 keeps the reference counts of what its signals carry (a 6.12.0 bug did not).

On Python 3.11, True, False, None and small ints are ordinary objects: a binding that drops a
reference too many kills the interpreter after enough emissions (seen with PySide6 6.12.0,
hence the pin in pyproject.toml). This fails at once on such a release.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)
    value = Signal(object)
    number = Signal(int)
    pair = Signal(list, bool)


def test_signal_arguments_keep_their_references(qapp: Any) -> None:
    emitter = _Emitter()
    seen: list[object] = []
    emitter.flag.connect(seen.append)
    emitter.value.connect(seen.append)
    emitter.number.connect(seen.append)
    emitter.pair.connect(lambda ids, on: seen.append(on))
    before = {
        name: sys.getrefcount(obj)
        for name, obj in (("False", False), ("True", True), ("None", None))
    }
    for _ in range(200):
        emitter.flag.emit(False)
        emitter.value.emit(None)
        emitter.number.emit(7)
        emitter.pair.emit(["x"], True)
    seen.clear()
    after = {
        name: sys.getrefcount(obj)
        for name, obj in (("False", False), ("True", True), ("None", None))
    }
    # Others may hold a few more references meanwhile; 200 lost ones are the bug.
    for name in before:
        assert after[name] - before[name] > -50, (name, before[name], after[name])
