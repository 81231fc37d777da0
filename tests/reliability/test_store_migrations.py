"""Older store documents are carried forward, version by version, and saved as the new one.

Schema 1 -> 2 is real (several tokens; its keychain half is in test_keychain_migration.py).
This test also registers a migration 2 -> 3 (as the next schema change will) to prove the
chain: a schema-1 file loads, is migrated in order, and the next save writes the newest
version; a file from the future is moved aside, never overwritten.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from provider_wizard import schemas
from provider_wizard import store as store_module
from provider_wizard.store import Store


def test_a_migration_runs_on_load(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def two_to_three(doc: dict[str, Any]) -> dict[str, Any]:
        for provider in doc["providers"]:
            assert provider["tokens"][0]["legacy"] is True  # 1 -> 2 ran first
            provider["name"] = provider.pop("title")
        return doc

    monkeypatch.setattr(schemas, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(store_module.MIGRATIONS, 2, two_to_three)
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
    assert doc.schema_version == 3
    assert doc.providers[0].name == "Old"
    assert [t.label for t in doc.providers[0].tokens] == ["default"]
    store.save(doc)
    assert json.loads(store.path.read_text())["schema_version"] == 3


@pytest.mark.allow_warning_logs
def test_a_newer_file_is_kept_aside(store: Store) -> None:
    store.path.parent.mkdir(parents=True)
    future = json.dumps({"schema_version": 7, "providers": [], "new_field": True})
    store.path.write_text(future)
    assert store.load().providers == []
    assert store.recovered_from is not None and store.recovered_from.read_text() == future
