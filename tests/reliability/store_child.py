"""A child process for the crash and concurrency tests; run as a script, never imported by tests.

``save-loop``: saves documents 1, 2, 3... forever, printing each number after its save returns.
Document k holds k % 7 + 1 providers, every one named ``p<k>-<i>``: a mix of two saves would
show names of two numbers, or a count that does not fit the number.

``ops TAG N``: N operations on providers of its own (add, rename, remove) through the core's
use cases, printing the final set of its providers as JSON when done.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from provider_wizard.providers import add_provider, remove_provider, rename_provider
from provider_wizard.schemas import ModelEntry, Provider, StoreDocument
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store


def document(k: int) -> StoreDocument:
    return StoreDocument(
        providers=[
            Provider(
                name=f"p{k}-{i}",
                base_url=f"http://127.0.0.1:{3000 + i}",
                models=[ModelEntry(id=f"model-{k}-{j}") for j in range(20)],
            )
            for i in range(k % 7 + 1)
        ]
    )


def save_loop(path: Path) -> None:
    store = Store(path)
    k = 0
    while True:
        k += 1
        store.save(document(k))
        sys.stdout.write(f"{k}\n")
        sys.stdout.flush()


def ops(path: Path, tag: str, count: int) -> None:
    store, secrets = Store(path), MemorySecretStore()
    mine: set[str] = set()
    for i in range(count):
        kind = i % 4
        if kind in (0, 1) or not mine:
            name = f"{tag}-{i}"
            add_provider(
                store,
                secrets,
                name=name,
                base_url="http://127.0.0.1:3000",
                token=f"sk-{tag}-{i}-xxxxxxxxxxxxxxxx",
                models=[],
            )
            mine.add(name)
        elif kind == 2:
            old = sorted(mine)[0]
            new = f"{tag}-{i}-renamed"
            rename_provider(store, old, new)
            mine.remove(old)
            mine.add(new)
        else:
            victim = sorted(mine)[-1]
            remove_provider(store, secrets, victim)
            mine.remove(victim)
    print(json.dumps(sorted(mine)))


if __name__ == "__main__":
    command, target = sys.argv[1], Path(sys.argv[2])
    if command == "save-loop":
        save_loop(target)
    elif command == "ops":
        ops(target, sys.argv[3], int(sys.argv[4]))
    else:
        raise SystemExit(f"unknown command {command}")
