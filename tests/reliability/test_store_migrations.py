"""Older store documents are carried forward, version by version, and saved as the new one.

Schema 1 is the first: there is no older version in the wild yet. This test registers a
migration 1 -> 2 (as the next schema change will) to prove the chain: an old file loads,
is migrated in order, and the next save writes the new version; a file from the future is
moved aside, never overwritten.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from provider_wizard import schemas
from provider_wizard import store as store_module
from provider_wizard.store import Store


def test_a_migration_runs_on_load(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def one_to_two(doc: dict[str, Any]) -> dict[str, Any]:
        for provider in doc["providers"]:
            provider["name"] = provider.pop("title")
        return doc

    monkeypatch.setattr(schemas, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(store_module.MIGRATIONS, 1, one_to_two)
    store.path.parent.mkdir(parents=True)
    store.path.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "providers": [{"title": "Old", "base_url": "http://127.0.0.1:3000"}],
            }
        )
    )
    doc = store.load(recover=False)
    assert doc.schema_version == 2
    assert doc.providers[0].name == "Old"
    store.save(doc)
    assert json.loads(store.path.read_text())["schema_version"] == 2


@pytest.mark.allow_warning_logs
def test_a_newer_file_is_kept_aside(store: Store) -> None:
    store.path.parent.mkdir(parents=True)
    future = json.dumps({"schema_version": 7, "providers": [], "new_field": True})
    store.path.write_text(future)
    assert store.load().providers == []
    assert store.recovered_from is not None and store.recovered_from.read_text() == future
