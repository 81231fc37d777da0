"""Several tokens per provider: each in its own keychain entry, labelled, on or off, checked,
with its own balance; the first one switched on is the one used unless one is named."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from provider_wizard import providers as core
from provider_wizard.errors import AuthRejected, InvalidInput, TokenMissing, TokenNotFound
from provider_wizard.figures import list_line
from provider_wizard.schemas import keychain_account
from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store

from conftest import keychain_token
from gateway_emulator import GatewayEmulator, TokenSpec, make_key

Make = Callable[..., GatewayEmulator]


def _token(emu: GatewayEmulator, name: str, **spec: Any) -> str:
    key = make_key(name)
    emu.tokens[key] = TokenSpec(**spec)
    return "sk-" + key


def _two(store: Store, secrets: MemorySecretStore, emu: GatewayEmulator) -> tuple[str, str]:
    first = _token(emu, "first", remain_quota=4_000_000, used_quota=1_000_000)
    second = _token(emu, "second", remain_quota=100_000, used_quota=4_900_000)
    core.add_provider(
        store,
        secrets,
        name="Team",
        base_url=emu.base_url,
        tokens=[("personal", first), ("team", second)],
        models=[],
    )
    return first, second


def test_each_token_has_its_own_keychain_entry(store: Store) -> None:
    secrets = MemorySecretStore()
    emu_tokens = ("sk-" + make_key("a"), "sk-" + make_key("b"))
    p = core.add_provider(
        store,
        secrets,
        name="P",
        base_url="http://127.0.0.1:9",
        tokens=[("one", emu_tokens[0]), ("two", emu_tokens[1])],
        models=[],
    )
    assert [t.label for t in p.tokens] == ["one", "two"]
    assert set(secrets._data) == {f"{p.id}/{t.id}" for t in p.tokens}
    assert [keychain_token(secrets, p, i) for i in (0, 1)] == list(emu_tokens)
    # The file names labels, never a token.
    text = store.path.read_text()
    assert all(t not in text for t in emu_tokens) and '"label": "two"' in text


def test_the_first_token_switched_on_is_used_unless_one_is_named(
    store: Store, make_emulator: Make
) -> None:
    emu = make_emulator()
    secrets = MemorySecretStore()
    first, second = _two(store, secrets, emu)
    p = core.get_provider(store, "Team")
    assert core.get_token(secrets, p) == first
    assert core.get_token(secrets, p, "TEAM") == second  # labels are matched case-insensitively
    core.set_token_enabled(store, "Team", "personal", False)
    assert core.get_token(secrets, core.get_provider(store, "Team")) == second
    core.set_token_enabled(store, "Team", "team", False)
    with pytest.raises(TokenNotFound):
        core.get_token(secrets, core.get_provider(store, "Team"))
    with pytest.raises(TokenNotFound):
        core.get_token(secrets, p, "nobody")


def test_add_rename_replace_remove_one_token(store: Store, make_emulator: Make) -> None:
    emu = make_emulator()
    secrets = MemorySecretStore()
    first, _ = _two(store, secrets, emu)
    third = _token(emu, "third")
    expired = _token(emu, "expired", state="expired")
    with pytest.raises(AuthRejected):
        core.add_token(store, secrets, "Team", expired, label="old")  # checked before saved
    with pytest.raises(InvalidInput):
        core.add_token(store, secrets, "Team", third, label="Personal")  # label taken
    assert len(secrets._data) == 2 and len(core.get_provider(store, "Team").tokens) == 2
    p = core.add_token(store, secrets, "Team", third, label="backup")
    assert [t.label for t in p.tokens] == ["personal", "team", "backup"]
    assert keychain_token(secrets, p, 2) == third and not p.tokens[2].legacy

    p = core.rename_token(store, "Team", "backup", "spare")
    assert p.token("spare") is not None and p.token("backup") is None
    p = core.replace_token(store, secrets, "Team", "  Bearer " + third + " ", label="personal")
    assert keychain_token(secrets, p, 0) == third

    p = core.remove_token(store, secrets, "Team", "spare")
    assert [t.label for t in p.tokens] == ["personal", "team"]
    assert len(secrets._data) == 2
    core.remove_token(store, secrets, "Team", "team")
    with pytest.raises(InvalidInput, match="only token"):
        core.remove_token(store, secrets, "Team", "personal")
    core.remove_provider(store, secrets, "Team")
    assert secrets._data == {} and store.load().providers == []
    assert first  # the first token went with the provider


def test_an_interrupted_token_add_leaves_no_orphan(store: Store, make_emulator: Make) -> None:
    emu = make_emulator()
    secrets = MemorySecretStore()
    _two(store, secrets, emu)
    third = _token(emu, "third")
    real_edit = Store.edit
    calls = {"n": 0}

    def failing_edit(self: Store) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:  # the write that would finish the add
            raise KeyboardInterrupt
        return real_edit(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Store, "edit", failing_edit)
        with pytest.raises(KeyboardInterrupt):
            core.add_token(store, secrets, "Team", third, label="backup")
    # The add settled itself: the token it wrote is taken back, the journal is empty.
    assert len(secrets._data) == 2 and store.load().pending == []
    assert len(core.get_provider(store, "Team").tokens) == 2


def test_balance_per_token_and_the_users_threshold(store: Store, make_emulator: Make) -> None:
    emu = make_emulator(flavour="newapi-later")
    secrets = MemorySecretStore()
    _two(store, secrets, emu)
    p = core.refresh_status(store, secrets, "Team")
    assert p.status is not None
    by_label = {t.label: t for t in p.status.tokens}
    assert set(by_label) == {"personal", "team"}
    assert by_label["personal"].available == 8.0 and by_label["team"].available == 0.2
    assert {t.token_id for t in p.status.tokens} == {t.id for t in p.tokens}
    parts = [str(x) for x in list_line(p)]
    assert parts[0] == "$8.00 left" and parts[1:] == ["team: low: 2% left"]
    core.set_low_balance_percent(store, "Team", 1)
    assert [str(x) for x in list_line(core.get_provider(store, "Team"))] == ["$8.00 left"]
    core.set_low_balance_percent(store, "Team", 90)
    assert len(list_line(core.get_provider(store, "Team"))) == 3  # both are low at 90 %
    with pytest.raises(InvalidInput):
        core.set_low_balance_percent(store, "Team", 120)


def test_a_token_that_cannot_be_read_is_not_reported(store: Store, make_emulator: Make) -> None:
    emu = make_emulator(flavour="newapi-later")
    secrets = MemorySecretStore()
    _two(store, secrets, emu)
    p = core.get_provider(store, "Team")
    secrets.delete(keychain_account(p.id, p.tokens[1]))
    p = core.refresh_status(store, secrets, "Team")
    assert p.status is not None
    figures = {t.label: t for t in p.status.tokens}
    assert figures["personal"].unit == "USD" and figures["team"].unit is None
    secrets.delete(keychain_account(p.id, p.tokens[0]))
    with pytest.raises(TokenMissing):
        core.refresh_status(store, secrets, "Team")


def test_cli_token_commands(
    cli: Any, make_emulator: Make, secrets: MemorySecretStore, config_home: Path
) -> None:
    emu = make_emulator(flavour="newapi-later")
    first = _token(emu, "first")
    second = _token(emu, "second", remain_quota=10_000, used_quota=4_990_000)
    assert cli("add", "Team", emu.base_url, "--token-stdin", stdin=first).code == 0
    r = cli("token", "add", "Team", "ops", "--token-stdin", stdin=second)
    assert r.code == 0, r.err
    assert second not in r.out + r.err
    listed = cli("token", "list", "Team", "--json").json()
    assert [t["label"] for t in listed] == ["default", "ops"]
    assert cli("token", "rename", "Team", "ops", "Ops team").code == 0
    assert cli("token", "check", "Team", "Ops team").code == 0

    # Exports and exec use the first token switched on, or the one named.
    out = cli("export", "Team", "--to", "env", "--with-token").out
    assert first in out and second not in out
    out = cli("export", "Team", "--to", "env", "--with-token", "--token", "ops team").out
    assert second in out
    assert cli("token", "disable", "Team", "default").code == 0
    assert second in cli("export", "Team", "--to", "env", "--with-token").out
    r = cli("export", "Team", "--to", "env", "--token", "nobody")
    assert r.code != 0 and "nobody" in r.err

    doc = cli("status", "Team", "--json", "--warn-below", "50").json()
    assert [t["label"] for t in doc["tokens"]] == ["default", "Ops team"]
    listed_line = cli("list").out
    assert "Ops team: low" in listed_line
    assert json.loads(Path(config_home / "providers.json").read_text())["schema_version"] == 2

    assert cli("token", "remove", "Team", "Ops team").code == 0
    r = cli("token", "remove", "Team", "default")
    assert r.code == 2 and "only token" in r.err
    assert len(secrets._data) == 1


def test_refresh_statuses_asks_every_gateway_and_keeps_each_answer(
    store: Store, make_emulator: Make
) -> None:
    secrets = MemorySecretStore()
    emulators = [make_emulator(flavour="newapi-later") for _ in range(3)]
    for n, emu in enumerate(emulators):
        token = _token(emu, f"many-{n}", remain_quota=1_000_000 * (n + 1), used_quota=0)
        core.add_provider(
            store, secrets, name=f"G{n}", base_url=emu.base_url, token=token, models=[]
        )
    core.add_provider(
        store, secrets, name="Down", base_url="http://127.0.0.1:9", token="sk-down-0123456789",
        models=[],
    )  # fmt: skip
    ids = [p.id for p in store.load().providers]
    outcomes = core.refresh_statuses(store, secrets, ids)
    assert set(outcomes) == set(ids)
    stored = {p.name: p for p in store.load().providers}
    for n in range(3):
        figures = stored[f"G{n}"].status
        assert figures is not None and figures.tokens[0].available == 2.0 * (n + 1)
    # A gateway that does not answer costs the others nothing; it reports no figures.
    down = stored["Down"].status
    assert down is None or all(t.unit is None for t in down.tokens)
