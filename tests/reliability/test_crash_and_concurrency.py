"""The store survives being killed mid-save, and two processes writing at once.

A child saves in a loop and is killed with SIGKILL at a random moment, 200 times; after each
kill the store must load and hold exactly the last save it reported or the one in flight.
Two children then make 100 add/rename/remove operations each on one store; every operation's
effect must be in the final file.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

from provider_wizard.store import Store
from reliability.figures import Figures

CHILD = str(Path(__file__).with_name("store_child.py"))
KILLS = int(os.environ.get("PW_RELIABILITY_KILLS", "200"))


def _document_number(store: Store) -> int:
    """The k of the document in the file, checking it is whole and not a mix of two saves."""
    doc = store.load(recover=False)
    ks = {p.name.split("-")[0][1:] for p in doc.providers}
    assert len(ks) == 1, f"a mix of saves: {sorted(ks)}"
    k = int(ks.pop())
    assert len(doc.providers) == k % 7 + 1, "a document cut short"
    assert all(len(p.models) == 20 for p in doc.providers)
    return k


def test_sigkill_during_saves(tmp_path: Path, figures: Figures) -> None:
    path = tmp_path / "providers.json"
    rng = random.Random(20261128)
    survived = 0
    for _ in range(KILLS):
        before = _document_number(Store(path)) if path.exists() else 0
        child = subprocess.Popen(
            [sys.executable, CHILD, "save-loop", str(path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        # Wait until the child is really saving (a condition, not a sleep), then let it run a
        # random number of further saves, and kill it at a random moment inside the next one.
        first = int(child.stdout.readline())
        reported = first
        for _ in range(rng.randrange(0, 4)):
            reported = int(child.stdout.readline())
        # The randomness of the kill moment: up to about one save's duration.
        threading.Event().wait(rng.uniform(0, 0.004))
        child.send_signal(signal.SIGKILL)
        child.wait()
        rest = child.stdout.read()
        child.stdout.close()
        for line in rest.split():
            reported = int(line)
        k = _document_number(Store(path))
        assert k in (reported, reported + 1), (k, reported, before)
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        for name in leftovers:  # a killed save may leave its temp file; never the store
            (tmp_path / name).unlink()
        survived += 1
    figures.add("kills", survived, KILLS)
    assert survived == KILLS


def test_two_processes_at_once(tmp_path: Path, figures: Figures) -> None:
    path = tmp_path / "providers.json"
    per_process = 100
    children = [
        subprocess.Popen(
            [sys.executable, CHILD, "ops", str(path), tag, str(per_process)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("A", "B")
    ]
    expected: set[str] = set()
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        expected |= set(json.loads(out))
    final = {p.name for p in Store(path).load(recover=False).providers}
    # Every operation's effect is there: each surviving name (adds and renames) is present,
    # and nothing else is (removes and the old names of renames are gone).
    kept = per_process * 2 - len(expected ^ final)
    figures.add("concurrent ops", kept, per_process * 2)
    assert final == expected
