"""Schema 1 -> 2 with the real Secret Service: each token moves from the bare provider id to
``<provider id>/<token id>``, and a migration cut at any step resumes without losing a token.

The cut is a KeyboardInterrupt raised in place of the k-th keychain or store write (k = 0, 1,
2, ... until a run goes through uncut): what a Ctrl-C does at that moment. After each cut the
token must still be readable (the app keeps working), and the next start must finish the move.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from provider_wizard import providers as core
from provider_wizard.schemas import keychain_account
from provider_wizard.secretstore import KeyringSecretStore
from provider_wizard.store import Store

from gateway_emulator import make_key

pytestmark = pytest.mark.keychain


class Cut(KeyboardInterrupt):
    pass


class Counter:
    """Counts the writes (keychain set/delete, store saves) and cuts the one numbered ``at``."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.n = 0

    def tick(self) -> None:
        if self.n == self.at:
            self.n += 1
            raise Cut
        self.n += 1


class CuttingSecrets:
    def __init__(self, inner: KeyringSecretStore, counter: Counter) -> None:
        self.inner, self.counter = inner, counter

    def get(self, account: str) -> str | None:
        return self.inner.get(account)

    def set(self, account: str, token: str) -> None:
        self.counter.tick()
        self.inner.set(account, token)

    def delete(self, account: str) -> None:
        self.counter.tick()
        self.inner.delete(account)


def _schema_1(path: Path, secrets: KeyringSecretStore, tokens: dict[str, str]) -> None:
    """A schema-1 store as the first wave wrote it, and its tokens under the bare ids."""
    providers = [
        {"id": pid, "name": f"P{n}", "type": "openai", "base_url": f"https://h{n}.example"}
        for n, pid in enumerate(tokens)
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema_version": 1, "providers": providers}))
    for pid, token in tokens.items():
        secrets.set(pid, token)


def test_migration_cut_at_every_step_resumes(
    secret_service: None, config_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring.core

    keyring.core._keyring_backend = None  # choose the test session's Secret Service
    real = KeyringSecretStore()
    assert "SecretService" in type(real._keyring()).__module__
    tokens = {f"{n:032x}": "sk-" + make_key(f"migrate-{n}") for n in (1, 2)}
    real_save = Store.save
    steps_seen = 0
    for at in range(50):
        for pid in tokens:  # a clean keychain for this round
            real.delete(pid)
            real.delete(f"{pid}/main")
        store = Store()
        store.path.unlink(missing_ok=True)
        _schema_1(store.path, real, tokens)
        counter = Counter(at)

        def cutting_save(self: Store, doc: Any, counter: Counter = counter) -> None:
            counter.tick()
            real_save(self, doc)

        monkeypatch.setattr(Store, "save", cutting_save)
        cut = False
        try:
            core.tidy(store, CuttingSecrets(real, counter))
        except Cut:
            cut = True
        monkeypatch.setattr(Store, "save", real_save)

        # Cut or not, every token is readable now: the app works between the two starts.
        for provider in Store().load().providers:
            assert core.get_token(real, provider) == tokens[provider.id], (at, provider.name)

        core.tidy(Store(), real)  # the next start
        doc = Store().load()
        raw = json.loads(Store().path.read_text())
        assert raw["schema_version"] == 2, at
        assert [p.name for p in doc.providers] == ["P0", "P1"]
        for provider in doc.providers:
            (entry,) = provider.tokens
            assert (entry.label, entry.legacy) == ("default", False), at
            assert real.get(keychain_account(provider.id, entry)) == tokens[provider.id], at
            assert real.get(provider.id) is None, at  # the old entry is gone
        assert tokens[next(iter(tokens))] not in Store().path.read_text()
        if not cut:
            steps_seen = at
            break
    else:
        pytest.fail("the migration never ran uncut")
    # Two tokens, each: copy, delete, mark cleared = 6 writes; every one was cut once.
    assert steps_seen == 6
    for pid in tokens:
        real.delete(f"{pid}/main")
