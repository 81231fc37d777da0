"""The store: save and load of 500 providers x 300 models, against json.dumps / json.loads."""

from __future__ import annotations

import json
from pathlib import Path

from .measure import Series, scratch, timed


def run(runs: int, providers: int, models: int) -> dict[str, Series]:
    from provider_wizard.schemas import ModelEntry, Provider, StoreDocument
    from provider_wizard.store import Store

    doc = StoreDocument(
        providers=[
            Provider(
                name=f"Gateway {i}",
                base_url=f"https://gw{i}.example.com",
                models=[
                    ModelEntry(
                        id=f"family-{j % 20}-model-{j}", enabled=j % 3 != 0, owned_by="openai"
                    )
                    for j in range(models)
                ],
            )
            for i in range(providers)
        ]
    )
    store = Store(Path(scratch("pw-bench-store-")) / "providers.json")
    plain = json.loads(doc.model_dump_json(exclude_none=True))
    raw = json.dumps(plain, indent=2)
    out = {name: Series() for name in ("save", "load")}
    for _ in range(runs):
        dumps = timed(lambda: json.dumps(plain, indent=2))
        loads = timed(lambda: json.loads(raw))
        out["save"].add(timed(lambda: store.save(doc)) / dumps)
        out["load"].add(timed(lambda: store.load(recover=False)) / loads)
    return out
