"""The JSON store: atomic saves, lock and re-read, broken files moved aside, no secrets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provider_wizard.errors import StoreCorrupt, StoreError
from provider_wizard.paths import config_dir, store_path
from provider_wizard.schemas import SCHEMA_VERSION, ModelEntry, Provider, StoreDocument
from provider_wizard.store import Store


def _provider(name: str = "Home") -> Provider:
    return Provider(
        name=name,
        base_url="http://127.0.0.1:3000",
        models=[ModelEntry(id="gpt-4o"), ModelEntry(id="qwen", enabled=False)],
    )


def test_paths_follow_the_override(config_home: Path) -> None:
    assert config_dir() == config_home
    assert store_path() == config_home / "providers.json"


def test_missing_file_is_an_empty_store(store: Store) -> None:
    assert store.load().providers == []
    assert not store.path.exists()


def test_round_trip(store: Store) -> None:
    with store.edit() as doc:
        doc.providers.append(_provider())
    raw = json.loads(store.path.read_text())
    assert raw["schema_version"] == SCHEMA_VERSION
    assert raw["providers"][0]["type"] == "openai"
    loaded = store.load()
    assert loaded.providers[0].name == "Home"
    assert [m.enabled for m in loaded.providers[0].models] == [True, False]
    assert oct(store.path.stat().st_mode & 0o777) == "0o600"
    # No temporary files left behind.
    assert sorted(p.name for p in store.path.parent.iterdir()) == [
        "providers.json",
        "providers.json.lock",
    ]


def test_unknown_fields_survive(store: Store) -> None:
    store.path.parent.mkdir(parents=True)
    doc = {
        "schema_version": 1,
        "future": {"x": 1},
        "providers": [{**json.loads(_provider().model_dump_json()), "colour": "blue"}],
    }
    store.path.write_text(json.dumps(doc))
    with store.edit() as loaded:
        loaded.providers[0].enabled = False
    again = json.loads(store.path.read_text())
    assert again["future"] == {"x": 1} and again["providers"][0]["colour"] == "blue"


def test_failed_edit_writes_nothing(store: Store) -> None:
    with store.edit() as doc:
        doc.providers.append(_provider())
    before = store.path.read_bytes()
    with pytest.raises(RuntimeError), store.edit() as doc:
        doc.providers.clear()
        raise RuntimeError("boom")
    assert store.path.read_bytes() == before


@pytest.mark.allow_warning_logs
@pytest.mark.parametrize(
    "content",
    [
        b'{"schema_version": 1, "providers": [',
        b"\x00\xff\x13junk",
        b"[1, 2, 3]",
        b'{"schema_version": 99, "providers": []}',
        b"",
    ],
)
def test_broken_file_is_moved_aside(store: Store, content: bytes) -> None:
    # One entry that does not validate keeps the file (tests/reliability/test_attacks.py).
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)
    doc = store.load()
    assert doc.providers == []
    assert store.recovered_from is not None
    assert store.recovered_from.name.startswith("providers.json.broken-")
    assert store.recovered_from.read_bytes() == content
    assert not store.path.exists()
    with pytest.raises(StoreCorrupt):
        store.path.write_bytes(content)
        store.load(recover=False)


def test_unwritable_target_keeps_old_store(store: Store) -> None:
    # A folder where the temp file cannot be replaced over: the store path is a directory.
    store.path.mkdir(parents=True)
    with pytest.raises(StoreError) as info:
        store.save(StoreDocument(providers=[_provider()]))
    assert "Could not save the store" in str(info.value)
    assert [p.name for p in store.path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_names_are_found_case_insensitively() -> None:
    doc = StoreDocument(providers=[_provider("My Gateway")])
    assert doc.find("my gateway ") is doc.providers[0]
    assert doc.find("other") is None
