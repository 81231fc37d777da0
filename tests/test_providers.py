"""Use cases: nothing half-saved, removal takes the token, refresh keeps the user's choices."""

from __future__ import annotations

from pathlib import Path

import pytest

from provider_wizard.errors import NameTaken, SecretStoreError, StoreError
from provider_wizard.modellist import ModelList, RemoteModel
from provider_wizard.providers import (
    add_provider,
    merge_models,
    remove_provider,
    rename_provider,
)
from provider_wizard.schemas import ModelEntry
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store

from gateway_emulator import make_key

TOKEN = "sk-" + make_key("providers")


class FailingSecrets(MemorySecretStore):
    def __init__(self, *, fail_set: bool = False, fail_delete: bool = False) -> None:
        super().__init__()
        self.fail_set, self.fail_delete = fail_set, fail_delete

    def set(self, provider_id: str, token: str) -> None:
        if self.fail_set:
            raise SecretStoreError("keychain said no")
        super().set(provider_id, token)

    def delete(self, provider_id: str) -> None:
        if self.fail_delete:
            raise SecretStoreError("keychain said no")
        super().delete(provider_id)


def _add(store: Store, secrets: MemorySecretStore, name: str = "Home") -> str:
    return add_provider(
        store,
        secrets,
        name=name,
        base_url="http://127.0.0.1:3000",
        token=TOKEN,
        models=[ModelEntry(id="gpt-4o")],
    ).id


def test_keychain_failure_writes_no_entry(store: Store, config_home: Path) -> None:
    with pytest.raises(SecretStoreError):
        _add(store, FailingSecrets(fail_set=True))
    assert store.load().providers == []


def test_store_failure_takes_the_token_back(store: Store) -> None:
    secrets = MemorySecretStore()
    store.path.mkdir(parents=True)  # the store cannot be replaced: the save fails
    with pytest.raises(StoreError):
        _add(store, secrets)
    assert secrets._data == {}


def test_names_are_unique(store: Store, secrets: MemorySecretStore) -> None:
    _add(store, secrets, "Home")
    with pytest.raises(NameTaken):
        _add(store, secrets, " home ")
    assert len(secrets._data) == 1
    _add(store, secrets, "Work")
    with pytest.raises(NameTaken):
        rename_provider(store, "Work", "HOME")
    assert rename_provider(store, "Work", "Office").name == "Office"


def test_remove_failure_keeps_the_entry(store: Store) -> None:
    secrets = FailingSecrets()
    _add(store, secrets)
    secrets.fail_delete = True
    with pytest.raises(SecretStoreError):
        remove_provider(store, secrets, "Home")
    assert store.load().find("Home") is not None
    secrets.fail_delete = False
    remove_provider(store, secrets, "Home")
    assert store.load().providers == [] and secrets._data == {}


def test_merge_keeps_choices_and_manual_models() -> None:
    current = [
        ModelEntry(id="a", enabled=False),
        ModelEntry(id="b"),
        ModelEntry(id="mine", source="manual"),
        ModelEntry(id="gone"),
    ]
    fetched = ModelList((RemoteModel("b", "openai"), RemoteModel("a"), RemoteModel("new")))
    merged, added, removed = merge_models(current, fetched, enable_new=False)
    assert [(m.id, m.enabled) for m in merged] == [
        ("b", True),
        ("a", False),
        ("new", False),
        ("mine", True),
    ]
    assert merged[0].owned_by == "openai"
    assert (added, removed) == (["new"], ["gone"])
    merged, _, _ = merge_models(current, fetched, enable_new=True)
    assert dict((m.id, m.enabled) for m in merged)["new"] is True


def test_rename_checks_the_name_rules(store: Store, secrets: MemorySecretStore) -> None:
    from provider_wizard.errors import InvalidInput

    _add(store, secrets, "Home")
    with pytest.raises(InvalidInput):
        rename_provider(store, "Home", "x" * 101)
    with pytest.raises(InvalidInput):
        rename_provider(store, "Home", "   ")
    assert store.load(recover=False).find("Home") is not None  # the file still loads


def test_choose_models_is_the_model_flag_rule() -> None:
    from provider_wizard.providers import choose_models

    listed = [ModelEntry(id="a"), ModelEntry(id="b"), ModelEntry(id="c")]
    entries, by_hand = choose_models(listed, ["b", " mine ", "b", ""])
    assert [(m.id, m.enabled, m.source) for m in entries] == [
        ("a", False, "server"),
        ("b", True, "server"),
        ("c", False, "server"),
        ("mine", True, "manual"),
    ]
    assert by_hand == ["mine"]
    untouched, none = choose_models([ModelEntry(id="a")], [])
    assert [(m.id, m.enabled) for m in untouched] == [("a", True)] and none == []


def test_first_pick_switches_on_chat_models_only() -> None:
    from provider_wizard.providers import first_pick

    pick = first_pick(
        [RemoteModel("gpt-4o"), RemoteModel("text-embedding-3-small"), RemoteModel("dall-e-3")]
    )
    assert [(e.id, e.enabled) for e in pick.entries] == [
        ("gpt-4o", True),
        ("text-embedding-3-small", False),
        ("dall-e-3", False),
    ]
    assert not pick.none_on and pick.recommended == ["gpt-4o"]


def test_first_pick_with_too_many_chat_models_switches_none_on() -> None:
    from provider_wizard.providers import MAX_ON_AT_FIRST, first_pick

    ids = [f"qwen2.5-{n}b-instruct" for n in range(MAX_ON_AT_FIRST + 1)] + ["claude-3-5-haiku"]
    pick = first_pick([RemoteModel(i) for i in ids])
    assert pick.none_on and not any(e.enabled for e in pick.entries)
    assert sorted(pick.recommended) == ["claude-3-5-haiku", f"qwen2.5-{MAX_ON_AT_FIRST}b-instruct"]
