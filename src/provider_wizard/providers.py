"""What a user does with providers, once, for the CLI and the desktop app alike.

Each function ties the store, the keychain and the gateway client together under the rules
that no caller should have to remember: a provider is never half-saved, removing a provider
removes its token, refreshing models keeps the user's on/off choices and the models they
typed in by hand, and no name, id or address that holds a token is ever stored.

Adding and removing touch two stores that cannot share a transaction, the file and the
keychain, so each is three steps: record the intent in the file (``StoreDocument.pending``),
write the keychain with no lock held (a stalled keychain must not lock out every other
window), then finish the entry and clear the intent in one write. An interruption between
any two steps leaves a record that ``tidy`` settles at the next start: an add that did not
finish is taken back, a remove that deleted the token finishes, one that did not is undone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import os
import socket
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .errors import (
    InvalidInput,
    NameTaken,
    NotCheckable,
    ProviderNotFound,
    SecretInField,
    SecretStoreError,
    TokenMissing,
    TokenNotFound,
)
from .gcpause import gc_paused
from .limits import MAX_MODELS, MAX_TOKENS
from .modellist import ModelList, RemoteModel
from .redact import contains_secret, register_secret, secrets_among
from .secretstore import SecretStore
from .store import Store
from .text import Text

if TYPE_CHECKING:
    # pydantic and httpx are imported by the first call that needs them, not at start-up.
    from .cancel import CancelToken
    from .gateway import ChatCheck, ClientOptions, GatewayClient, GatewayInfo
    from .probe import ProbeResult
    from .schemas import ModelEntry, Pending, Provider, StatusCache, StoreDocument, TokenEntry

__all__ = [
    "RefreshReport",
    "add_provider",
    "add_token",
    "apply_refresh",
    "check_model",
    "check_provider_model",
    "check_token",
    "check_tokens_at",
    "choose_models",
    "client_for",
    "entries_from_remote",
    "fetch_models",
    "find_same_gateway",
    "first_pick",
    "get_provider",
    "get_token",
    "migrate_keychain",
    "pick_token",
    "probe_provider_address",
    "read_statuses",
    "refresh_models",
    "refresh_status",
    "refresh_statuses",
    "remove_models",
    "remove_provider",
    "remove_token",
    "rename_provider",
    "rename_token",
    "replace_token",
    "set_base_url",
    "set_low_balance_percent",
    "set_models_enabled",
    "set_provider_enabled",
    "set_token_enabled",
    "tidy",
]

log = logging.getLogger(__name__)
# A journal record older than this is settled even if its pid is alive: pids are reused.
STALE_AFTER_SECONDS = 3600
# Gateways asked at once by a refresh of every provider: each waits on the network, not the CPU.
MAX_PARALLEL_GATEWAYS = 32


@dataclasses.dataclass(frozen=True)
class RefreshReport:
    provider: Provider
    added: tuple[str, ...]
    removed: tuple[str, ...]


def entries_from_remote(models: Iterable[RemoteModel], *, enabled: bool = True) -> list[ModelEntry]:
    """Store entries for models from the server's list, validated in one pass.

    Thousands of models arrive at once: one bulk validation (pydantic's Rust loop) is about
    twice as fast as building the entries one by one.
    """
    with gc_paused():
        return _entries_from_remote(models, enabled)


def _entries_from_remote(models: Iterable[RemoteModel], enabled: bool) -> list[ModelEntry]:
    return list(
        _entry_list_adapter().validate_python(
            [
                {
                    "id": m.id,
                    "enabled": enabled,
                    "owned_by": m.owned_by,
                    "endpoint_types": list(m.endpoint_types)
                    if m.endpoint_types is not None
                    else None,
                }
                for m in models
            ]
        )
    )


@functools.cache
def _entry_list_adapter() -> Any:
    from pydantic import TypeAdapter

    from .schemas import ModelEntry

    return TypeAdapter(list[ModelEntry])


# More chat models than this on at the first fetch would flood every client's model menu.
MAX_ON_AT_FIRST = 100


@dataclasses.dataclass(frozen=True)
class FirstPick:
    """The models of a first fetch, switched on by what they are (capabilities.py)."""

    entries: list[ModelEntry]
    none_on: bool  # more than MAX_ON_AT_FIRST chat models: the user picks, none are on
    recommended: list[str]  # the newest chat model of each family, for one click


def first_pick(models: Sequence[RemoteModel]) -> FirstPick:
    """Chat models on and the others off; past MAX_ON_AT_FIRST chat models, none on."""
    from .capabilities import profile, recommended

    entries = entries_from_remote(models, enabled=False)
    chat = [
        e for e, m in zip(entries, models, strict=True) if profile(m.id, m.endpoint_types).is_chat
    ]
    none_on = len(chat) > MAX_ON_AT_FIRST
    if not none_on:
        for entry in chat:
            entry.enabled = True
    return FirstPick(entries, none_on, recommended((m.id, m.endpoint_types) for m in models))


def choose_models(
    listed: Sequence[ModelEntry], wanted: Iterable[str]
) -> tuple[list[ModelEntry], list[str]]:
    """The rule of ``--model``: with ids named, exactly those are on.

    Listed models not named are kept, switched off; a named id the server does not list is
    added as typed by hand (its rules checked). With no id named, the list stays as it is.
    Returns the entries and the ids that were added by hand.
    """
    from .schemas import ModelEntry, valid_model_id

    names = list(dict.fromkeys(valid_model_id(m) for m in wanted if m.strip()))
    entries = list(listed)
    if not names:
        return entries, []
    known = {m.id for m in entries}
    for entry in entries:
        entry.enabled = entry.id in names
    by_hand = [m for m in names if m not in known]
    entries += [ModelEntry(id=m, source="manual") for m in by_hand]
    return entries, by_hand


def keychain_account(provider_id: str, token: TokenEntry) -> str:
    from .schemas import keychain_account

    return keychain_account(provider_id, token)


def get_provider(store: Store, name: str) -> Provider:
    return _find(store.load(), name)


def _find(doc: StoreDocument, name: str) -> Provider:
    found = doc.find(name)
    if found is None:
        raise ProviderNotFound(name)
    return found


def add_provider(
    store: Store,
    secrets: SecretStore,
    *,
    name: str,
    base_url: str,
    token: str | None = None,
    tokens: Sequence[tuple[str, str]] = (),
    models: Sequence[ModelEntry],
    gateway: GatewayInfo | None = None,
    enabled: bool = True,
    ca_file: str | None = None,
    allow_plain_http: bool = False,
) -> Provider:
    """Save a new provider and its tokens (``token`` labelled "default", and/or ``tokens`` as
    (label, token) pairs). Either all are saved or nothing is (see tidy)."""
    from .schemas import DEFAULT_LABEL, Pending, Provider, TokenEntry, utcnow, valid_name

    pairs = ([(DEFAULT_LABEL, token)] if token is not None else []) + list(tokens)
    if not pairs:
        raise InvalidInput(Text("A provider needs at least one token."))
    entries = _token_entries(pairs)
    name = valid_name(name)
    _check_address(base_url)
    if len(models) > MAX_MODELS:
        raise InvalidInput(Text("A provider holds at most {limit:,} models.", limit=MAX_MODELS))
    if secrets_among([entry.id for entry in models]):
        raise SecretInField(Text("model id"))
    provider = Provider(
        name=name,
        base_url=base_url,
        enabled=enabled,
        tokens=[TokenEntry(label=label) for label, _ in entries],
        models=list(models),
        gateway=gateway.kind if gateway else None,  # type: ignore[arg-type]
        gateway_version=gateway.version if gateway else None,
        system_name=gateway.system_name if gateway else None,
        ca_file=ca_file,
        allow_plain_http=allow_plain_http,
        models_fetched_at=utcnow() if any(m.source == "server" for m in models) else None,
    )
    accounts = [keychain_account(provider.id, t) for t in provider.tokens]
    # Open the keychain (and let it ask to be unlocked) before anything is written: a
    # keychain that is missing, refused or locked then leaves no trace in the file.
    secrets.get(accounts[0])
    intent = Pending(id=provider.id, action="add", accounts=accounts)
    with store.edit() as doc:
        if doc.find(name) is not None:
            raise NameTaken(name)
        doc.pending.append(intent)
    try:
        for account, (_, secret) in zip(accounts, entries, strict=True):
            secrets.set(account, secret)
        with store.edit() as doc:
            if doc.find(name) is not None:
                raise NameTaken(name)  # taken by another window meanwhile
            doc.providers.append(provider)
            _clear(doc, intent)
    except BaseException:
        # Settle by what the file holds now: an entry that reached it keeps its tokens (a
        # Ctrl-C can land after the last write); otherwise the tokens are taken back. If this
        # is cut short too, the record stays and the next start settles it (tidy).
        with contextlib.suppress(Exception):
            _settle_add(store, secrets, intent)
        raise
    return provider


def _token_entries(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """(label, token) pairs checked: labels valid and distinct, tokens clean and distinct."""
    from .schemas import valid_label
    from .tokens import clean_token

    if len(pairs) > MAX_TOKENS:
        raise InvalidInput(Text("A provider holds at most {limit} tokens.", limit=MAX_TOKENS))
    out: list[tuple[str, str]] = []
    labels: set[str] = set()
    seen: set[str] = set()
    for label, raw in pairs:
        secret = clean_token(raw)
        register_secret(secret)
        label = valid_label(label)
        if label.casefold() in labels:
            raise InvalidInput(Text("Two tokens are labelled “{label}”.", label=label))
        if secret in seen:
            continue  # the same token pasted twice is one token
        labels.add(label.casefold())
        seen.add(secret)
        out.append((label, secret))
    return out


def _settle_add(store: Store, secrets: SecretStore, intent: Pending) -> None:
    doc = store.load()
    if intent.action == "add-token":
        provider = doc.find(intent.id)
        kept = provider is not None and any(t.id == intent.token for t in provider.tokens)
    else:
        kept = intent.id in doc.ids_in_use()
    if not kept:
        for account in intent.accounts:
            secrets.delete(account)
    with store.edit() as doc:
        _clear(doc, intent)


def _accounts(provider: Provider, token: TokenEntry) -> list[str]:
    """Every keychain account that may hold ``token``: its own, and schema 1's while legacy."""
    account = keychain_account(provider.id, token)
    return [account, provider.id] if token.legacy else [account]


def remove_provider(store: Store, secrets: SecretStore, name: str) -> Provider:
    """Remove the entry and its tokens. A token that cannot be removed keeps the entry."""
    from .schemas import Pending

    with store.edit() as doc:
        provider = _find(doc, name)
        shared = sum(1 for p in doc.providers if p.id == provider.id) + sum(
            1 for u in doc.unreadable if u.id == provider.id
        )
        # Another entry with this id (a hand-edited copy) still needs the tokens.
        accounts = (
            [a for t in provider.tokens for a in _accounts(provider, t)] if shared == 1 else []
        )
        intent = Pending(id=provider.id, action="remove", accounts=accounts)
        doc.pending.append(intent)
    try:
        for account in accounts:
            secrets.delete(account)
    except BaseException:
        # Settle by what the keychain holds now: a token still there keeps the entry (the
        # user may retry); tokens all gone take the entry with them. If even that cannot be
        # told, the record stays and the next start settles it (tidy).
        with contextlib.suppress(Exception):
            _settle_remove(store, secrets, intent)
        raise
    _finish_remove(store, intent)
    return provider


def _settle_remove(store: Store, secrets: SecretStore, intent: Pending) -> None:
    if all(secrets.get(account) is None for account in intent.accounts):
        _finish_remove(store, intent)
    else:
        with store.edit() as doc:
            _clear(doc, intent)


def _finish_remove(store: Store, intent: Pending) -> None:
    with store.edit() as doc:
        if intent.action == "remove-token":
            provider = doc.find(intent.id)
            if provider is not None:
                provider.tokens = [t for t in provider.tokens if t.id != intent.token]
        else:
            doc.providers = [p for p in doc.providers if p.id != intent.id]
        _clear(doc, intent)


def _clear(doc: StoreDocument, intent: Pending) -> None:
    doc.pending = [
        p
        for p in doc.pending
        if (p.id, p.action, p.pid, p.since) != (intent.id, intent.action, intent.pid, intent.since)
    ]


def _owner_alive(record: Pending) -> bool:
    from .schemas import utcnow

    if record.host != socket.gethostname():
        return True  # a shared config folder: another machine's process is not ours to judge
    if (utcnow() - record.since).total_seconds() > STALE_AFTER_SECONDS:
        return False
    if record.pid == os.getpid():
        return True
    try:
        os.kill(record.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def tidy(store: Store, secrets: SecretStore) -> int:
    """Settle what an interruption left half-done; return how many records were settled.

    An add that did not reach the file loses its tokens (no entry refers to them); a remove
    whose tokens are gone loses its entry too; a remove whose token is still there is undone.
    Records of processes still running are left alone: they are not half-done, only busy.
    Then schema 1's tokens are moved to their schema-2 accounts (``migrate_keychain``).
    """
    doc = store.load()
    stale = [r for r in doc.pending if not _owner_alive(r)]
    settled = 0
    for record in stale:
        try:
            if record.action in ("remove", "remove-token"):
                _settle_remove(store, secrets, record)
            else:
                _settle_add(store, secrets, record)
        except SecretStoreError as exc:
            log.info("tidy: the keychain did not answer (%s); trying at the next start", exc)
            continue
        settled += 1
    try:
        migrate_keychain(store, secrets)
    except SecretStoreError as exc:
        log.info("tidy: the keychain did not answer (%s); moving tokens at the next start", exc)
    return settled


def migrate_keychain(store: Store, secrets: SecretStore) -> int:
    """Move every schema-1 token (under the bare provider id) to its schema-2 account.

    Per token, in an order that any interruption leaves resumable and never loses the secret:
    copy it to the new account (``set`` reads it back), delete the old entry, then clear the
    entry's ``legacy`` mark. Cut after the copy, the next run copies again; cut after the
    delete, it finds the token at the new account and only clears the mark. Until the mark is
    cleared, ``get_token`` looks at both accounts. Returns how many tokens were moved.
    """
    moved = 0
    for provider in store.load().providers:
        for token in provider.tokens:
            if not token.legacy:
                continue
            new = keychain_account(provider.id, token)
            secret = secrets.get(provider.id)
            if secret is not None:
                register_secret(secret)
                secrets.set(new, secret)
                secrets.delete(provider.id)
                moved += 1
            _clear_legacy(store, provider.id, token.id)
    return moved


def _clear_legacy(store: Store, provider_id: str, token_id: str) -> Provider | None:
    """The last step of a token's move (migrate_keychain, replace_token): its secret is at
    its own account only, so reads stop looking at schema 1's. The provider as stored."""
    with store.edit() as doc:
        stored = doc.find(provider_id)
        entry = stored.token(token_id) if stored is not None else None
        if entry is not None:
            entry.legacy = False
    return stored


def _check_address(base_url: str) -> None:
    if contains_secret(base_url):
        raise SecretInField(Text("address"))


def rename_provider(store: Store, name: str, new_name: str) -> Provider:
    from .schemas import utcnow, valid_name

    new_name = valid_name(new_name)
    with store.edit() as doc:
        provider = _find(doc, name)
        other = doc.find(new_name)
        if other is not None and other.id != provider.id:
            raise NameTaken(new_name)
        provider.name = new_name
        provider.updated_at = utcnow()
    return provider


def set_provider_enabled(store: Store, name: str, enabled: bool) -> Provider:
    from .schemas import utcnow

    with store.edit() as doc:
        provider = _find(doc, name)
        provider.enabled = enabled
        provider.updated_at = utcnow()
    return provider


def set_low_balance_percent(store: Store, name: str, percent: float) -> Provider:
    """Warn when a token of ``name`` has less than ``percent`` of what it was granted."""
    from .schemas import utcnow

    if not 0 <= percent <= 100:
        raise InvalidInput(Text("The warning threshold is a share from 0 to 100 %."))
    with store.edit() as doc:
        provider = _find(doc, name)
        provider.low_balance_percent = percent
        provider.updated_at = utcnow()
    return provider


def set_models_enabled(
    store: Store,
    name: str,
    *,
    enable: Iterable[str] = (),
    disable: Iterable[str] = (),
    add_missing: bool = False,
) -> Provider:
    """Switch models on or off in one write.

    An unknown id raises, except in ``enable`` with ``add_missing``: it is then added as a
    model typed in by hand (for gateways whose list is incomplete).
    """
    from .schemas import ModelEntry, utcnow, valid_model_id

    enable, disable = list(enable), list(disable)
    if add_missing:
        enable = [valid_model_id(m) for m in enable]
    with store.edit() as doc:
        provider = _find(doc, name)
        by_id = {m.id: m for m in provider.models}
        for model_id in disable:
            if model_id not in by_id:
                raise InvalidInput(Text("The provider has no model “{model}”.", model=model_id))
        for model_id in enable:
            if model_id not in by_id:
                if not add_missing:
                    raise InvalidInput(Text("The provider has no model “{model}”.", model=model_id))
                if len(provider.models) >= MAX_MODELS:
                    raise InvalidInput(
                        Text("A provider holds at most {limit:,} models.", limit=MAX_MODELS)
                    )
                entry = ModelEntry(id=model_id, source="manual")
                provider.models.append(entry)
                by_id[model_id] = entry
        for model_id in enable:
            by_id[model_id].enabled = True
        for model_id in disable:
            by_id[model_id].enabled = False
        provider.updated_at = utcnow()
    return provider


def pick_token(provider: Provider, label: str | None = None) -> TokenEntry:
    """The token named by ``label`` (id or label), else the first one switched on."""
    if label is not None:
        entry = provider.token(label)
        if entry is None:
            raise TokenNotFound(provider.name, label)
        return entry
    if not provider.tokens:
        raise TokenMissing(provider.name)
    for entry in provider.tokens:
        if entry.enabled:
            return entry
    raise TokenNotFound(provider.name, None)


def get_token(secrets: SecretStore, provider: Provider, label: str | None = None) -> str:
    """The secret of ``pick_token(provider, label)`` from the keychain (registered for masking)."""
    entry = pick_token(provider, label)
    return _secret_of(secrets, provider, entry)


def _secret_of(secrets: SecretStore, provider: Provider, entry: TokenEntry) -> str:
    token = None
    for account in _accounts(provider, entry):
        token = secrets.get(account)
        if token:
            break
    if not token:
        raise TokenMissing(provider.name, entry.label if len(provider.tokens) > 1 else None)
    register_secret(token)
    return token


def add_token(
    store: Store,
    secrets: SecretStore,
    name: str,
    text: str,
    *,
    label: str,
    check: bool = True,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> Provider:
    """Give a provider one more token, checked against its server first (unless ``check`` is
    false). Journalled like an add: the keychain and the file agree after any interruption."""
    from .schemas import Pending, TokenEntry

    ((label, token),) = _token_entries([(label, text)])  # cleaned, and the label checked
    provider = get_provider(store, name)
    _check_new_label(provider, label)
    if len(provider.tokens) >= MAX_TOKENS:
        raise InvalidInput(Text("A provider holds at most {limit} tokens.", limit=MAX_TOKENS))
    if check:
        check_token(provider, token, options=options, cancel=cancel)
    entry = TokenEntry(label=label)
    account = keychain_account(provider.id, entry)
    intent = Pending(id=provider.id, action="add-token", accounts=[account], token=entry.id)
    with store.edit() as doc:
        _find(doc, provider.id)
        doc.pending.append(intent)
    try:
        secrets.set(account, token)
        with store.edit() as doc:
            stored = _find(doc, provider.id)
            _check_new_label(stored, label)
            stored.tokens.append(entry)
            _clear(doc, intent)
    except BaseException:
        with contextlib.suppress(Exception):
            _settle_add(store, secrets, intent)
        raise
    return stored


def _check_new_label(provider: Provider, label: str, keep: TokenEntry | None = None) -> None:
    other = provider.token(label)
    if other is not None and other is not keep and other.label.casefold() == label.casefold():
        raise InvalidInput(
            Text(
                "“{name}” already has a token labelled “{label}”.", name=provider.name, label=label
            )
        )


def rename_token(store: Store, name: str, label: str, new_label: str) -> Provider:
    from .schemas import utcnow, valid_label

    new_label = valid_label(new_label)
    with store.edit() as doc:
        provider = _find(doc, name)
        entry = pick_token(provider, label)
        _check_new_label(provider, new_label, keep=entry)
        entry.label = new_label
        if provider.status is not None:
            for figures in provider.status.tokens:
                if figures.token_id == entry.id:
                    figures.label = new_label
        provider.updated_at = utcnow()
    return provider


def set_token_enabled(store: Store, name: str, label: str, enabled: bool) -> Provider:
    from .schemas import utcnow

    with store.edit() as doc:
        provider = _find(doc, name)
        pick_token(provider, label).enabled = enabled
        provider.updated_at = utcnow()
    return provider


def remove_token(store: Store, secrets: SecretStore, name: str, label: str) -> Provider:
    """Remove one token (its keychain entry first). The last token stays: remove the provider."""
    from .schemas import Pending

    with store.edit() as doc:
        provider = _find(doc, name)
        entry = pick_token(provider, label)
        if len(provider.tokens) == 1:
            raise InvalidInput(
                Text(
                    "“{label}” is the only token of “{name}”; remove the provider instead.",
                    label=entry.label,
                    name=provider.name,
                )
            )
        intent = Pending(
            id=provider.id,
            action="remove-token",
            accounts=_accounts(provider, entry),
            token=entry.id,
        )
        doc.pending.append(intent)
    try:
        for account in intent.accounts:
            secrets.delete(account)
    except BaseException:
        with contextlib.suppress(Exception):
            _settle_remove(store, secrets, intent)
        raise
    _finish_remove(store, intent)
    return get_provider(store, provider.id)


def _client_options(provider: Provider, options: ClientOptions | None) -> ClientOptions:
    """The client options for talking to ``provider``: its CA file unless ``options`` names one."""
    from .gateway import ClientOptions

    options = options or ClientOptions()
    if provider.ca_file and not options.ca_file:
        options = dataclasses.replace(options, ca_file=provider.ca_file)
    if provider.allow_plain_http and not options.allow_plain_http:
        options = dataclasses.replace(options, allow_plain_http=True)
    return options


def client_for(
    provider: Provider,
    secrets: SecretStore,
    *,
    token: str | None = None,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> GatewayClient:
    """A gateway client for ``provider``: the token labelled ``token`` (else the first switched
    on) from the keychain, its CA file if any."""
    return _client(provider, get_token(secrets, provider, token), options, cancel)


def _client(
    provider: Provider, token: str, options: ClientOptions | None, cancel: CancelToken | None
) -> GatewayClient:
    """A client for ``provider`` with ``token``: its CA file and its plain-http consent."""
    from .gateway import GatewayClient

    return GatewayClient(
        provider.base_url, token, options=_client_options(provider, options), cancel=cancel
    )


def merge_models(
    current: Sequence[ModelEntry], fetched: ModelList, *, enable_new: bool
) -> tuple[list[ModelEntry], list[str], list[str]]:
    """The new model list after a refresh, with the ids added and removed.

    On/off choices of models still listed are kept; models typed in by hand stay even when the
    server no longer lists them; new models are switched on only if ``enable_new``.
    """
    with gc_paused():
        return _merge_models(current, fetched, enable_new)


def _merge_models(
    current: Sequence[ModelEntry], fetched: ModelList, enable_new: bool
) -> tuple[list[ModelEntry], list[str], list[str]]:
    old = {m.id: m for m in current}
    fetched_ids = {m.id for m in fetched.models}
    merged: list[ModelEntry] = []
    added: list[str] = []
    # All new models in one bulk validation, then placed in the server's order.
    new_entries = iter(
        entries_from_remote([m for m in fetched.models if m.id not in old], enabled=enable_new)
    )
    for remote in fetched.models:
        entry = old.get(remote.id)
        if entry is None:
            added.append(remote.id)
            entry = next(new_entries)
        else:
            entry = entry.model_copy(
                update={
                    "owned_by": remote.owned_by,
                    "endpoint_types": list(remote.endpoint_types)
                    if remote.endpoint_types is not None
                    else None,
                    "source": "server",
                }
            )
        merged.append(entry)
    removed: list[str] = []
    for entry in current:
        if entry.id in fetched_ids:
            continue
        if entry.source == "manual":
            merged.append(entry)
        else:
            removed.append(entry.id)
    return merged, added, removed


def fetch_models(
    provider: Provider,
    secrets: SecretStore,
    *,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> ModelList:
    """The provider's model list as the server gives it now (network; the store untouched)."""
    with client_for(provider, secrets, options=options, cancel=cancel) as client:
        return client.list_models()


def apply_refresh(
    store: Store, name: str, fetched: ModelList, *, enable_new: bool = False
) -> RefreshReport:
    """Merge a fetched list into the stored one (one write); see ``merge_models``."""
    from .schemas import utcnow

    with store.edit() as doc:
        current = _find(doc, name)
        merged, added, removed = merge_models(current.models, fetched, enable_new=enable_new)
        current.models = merged
        current.models_fetched_at = current.updated_at = utcnow()
    return RefreshReport(current, tuple(added), tuple(removed))


def refresh_models(
    store: Store,
    secrets: SecretStore,
    name: str,
    *,
    enable_new: bool = False,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> RefreshReport:
    provider = get_provider(store, name)
    fetched = fetch_models(provider, secrets, options=options, cancel=cancel)
    return apply_refresh(store, provider.id, fetched, enable_new=enable_new)


def refresh_status(
    store: Store,
    secrets: SecretStore,
    name: str,
    *,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> Provider:
    """Ask the gateway for every token's figures and its details; cache them in the store.

    The tokens are read together. A token that cannot be read (missing from the keychain,
    refused) is cached as "not reported"; when none can be read, the first error is raised.
    """
    provider = get_provider(store, name)
    cache = read_statuses(provider, secrets, options=options, cancel=cancel)
    with store.edit() as doc:
        stored = _find(doc, provider.id)
        _keep_status(stored, cache)
    return stored


def refresh_statuses(
    store: Store,
    secrets: SecretStore,
    names: Sequence[str],
    *,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> dict[str, Provider | Exception]:
    """``refresh_status`` for many providers at once: every gateway asked together (a slow
    one delays none of the others), the figures kept in one write. By provider id: the
    provider as stored, or what went wrong with it."""
    from .together import at_once

    doc = store.load()
    providers = [_find(doc, name) for name in names]
    # Each gateway's failure is its own: at_once hands it back as that provider's outcome.
    read = [
        functools.partial(read_statuses, p, secrets, options=options, cancel=cancel)
        for p in providers
    ]
    outcomes: dict[str, StatusCache | Exception] = dict(
        zip(
            (p.id for p in providers),
            at_once(read, limit=MAX_PARALLEL_GATEWAYS, name="status"),
            strict=True,
        )
    )
    result: dict[str, Provider | Exception] = {}
    with store.edit() as doc:
        for pid, outcome in outcomes.items():
            if isinstance(outcome, Exception):
                result[pid] = outcome
                continue
            stored = doc.find(pid)
            if stored is None:  # removed meanwhile
                continue
            _keep_status(stored, outcome)
            result[pid] = stored
    return result


def _keep_status(stored: Provider, cache: StatusCache) -> None:
    stored.status = cache
    # What the gateway says it is now (an upgrade, a new name) replaces what it said once.
    if cache.gateway.kind in ("oneapi", "newapi", "openai-compatible"):
        stored.gateway = cache.gateway.kind  # type: ignore[assignment]
        stored.gateway_version = cache.gateway.version
        stored.system_name = cache.gateway.name


def read_statuses(
    provider: Provider,
    secrets: SecretStore,
    *,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> StatusCache:
    """Every token's figures and the gateway's details, read together (network; no write)."""
    from .balance import cache_of, read_status
    from .schemas import TokenStatus
    from .together import at_once

    if not provider.tokens:
        raise TokenMissing(provider.name)

    def read(entry: TokenEntry) -> StatusCache:
        token = _secret_of(secrets, provider, entry)
        with _client(provider, token, options, cancel) as client:
            return cache_of(read_status(client, entry.label))

    # Each token's failure is its own; one token is read on this very thread.
    outcomes = at_once(
        [functools.partial(read, entry) for entry in provider.tokens], limit=8, name="token"
    )
    readings = [o for o in outcomes if not isinstance(o, Exception)]
    if not readings:
        first = outcomes[0]
        assert isinstance(first, Exception)
        raise first
    cache = readings[0].model_copy()
    cache.tokens = []
    for entry, outcome in zip(provider.tokens, outcomes, strict=True):
        if isinstance(outcome, Exception):
            cache.tokens.append(TokenStatus(label=entry.label, token_id=entry.id))
        else:
            cache.tokens.extend(
                t.model_copy(update={"label": entry.label, "token_id": entry.id})
                for t in outcome.tokens
            )
    cache.checked_at = max(r.checked_at for r in readings)
    return cache


def set_base_url(
    store: Store, name: str, text: str, *, allow_plain_http: bool | None = None
) -> Provider:
    """Change the base address; ``text`` is normalized as everywhere else.

    ``allow_plain_http`` records the user's answer for the new address, when one was asked.
    """
    from .schemas import utcnow
    from .urls import normalize_base_url

    base_url = normalize_base_url(text).base_url
    _check_address(base_url)
    with store.edit() as doc:
        provider = _find(doc, name)
        provider.base_url = base_url
        if allow_plain_http is not None:
            provider.allow_plain_http = allow_plain_http
        provider.updated_at = utcnow()
    return provider


def probe_provider_address(
    provider: Provider,
    secrets: SecretStore,
    text: str,
    *,
    allow_plain_http: bool = False,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> ProbeResult:
    """The wizard's probe of a new address for a stored provider, with its token and CA file."""
    from .probe import probe

    options = _client_options(provider, options)
    if allow_plain_http:
        options = dataclasses.replace(options, allow_plain_http=True)
    return probe(text, get_token(secrets, provider), options=options, cancel=cancel)


def check_token(
    provider: Provider,
    token: str,
    *,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> ModelList:
    """Whether the provider's server accepts ``token``: its model list, or the typed error."""
    with _client(provider, token, options, cancel) as client:
        return client.list_models()


def replace_token(
    store: Store,
    secrets: SecretStore,
    name: str,
    text: str,
    *,
    label: str | None = None,
    check: bool = True,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> Provider:
    """Give a provider's token (``label``, else the first switched on) a new value: cleaned,
    checked against its server (unless ``check`` is false), then saved in the keychain. A
    token that fails the check is not saved."""
    from .tokens import clean_token

    token = clean_token(text)
    register_secret(token)
    provider = get_provider(store, name)
    entry = pick_token(provider, label) if label is not None or provider.tokens else None
    if check:
        check_token(provider, token, options=options, cancel=cancel)
    if entry is None:
        # A provider left with no token entry (a hand edit): it gets one again.
        return _readd_token(store, secrets, provider, token)
    secrets.set(keychain_account(provider.id, entry), token)
    if entry.legacy:
        # The new value is at the new account; the old one must not come back from schema 1's.
        secrets.delete(provider.id)
        stored = _clear_legacy(store, provider.id, entry.id)
        if stored is None:
            raise ProviderNotFound(provider.id)  # removed meanwhile
        return stored
    return provider


def _readd_token(store: Store, secrets: SecretStore, provider: Provider, token: str) -> Provider:
    from .schemas import DEFAULT_LABEL, TokenEntry

    entry = TokenEntry(label=DEFAULT_LABEL)
    secrets.set(keychain_account(provider.id, entry), token)
    with store.edit() as doc:
        stored = _find(doc, provider.id)
        stored.tokens.append(entry)
    return stored


def check_tokens_at(
    base_url: str,
    tokens: Sequence[str],
    *,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> list[Exception | None]:
    """Whether the gateway at ``base_url`` accepts each token (None: it does; else the typed
    error), asked together: the wizard's check of tokens pasted several at once."""
    from .gateway import ClientOptions, GatewayClient
    from .together import at_once

    opts = options or ClientOptions()

    def one(token: str) -> None:
        register_secret(token)
        with GatewayClient(base_url, token, options=opts, cancel=cancel) as client:
            client.list_models()

    # Each token's verdict is its own: its exception, or None where it was accepted.
    return at_once([functools.partial(one, token) for token in tokens], limit=8, name="token")


def find_same_gateway(
    store: Store, secrets: SecretStore, base_url: str, token: str
) -> Provider | None:
    """A stored provider with this base address and this very token, if there is one."""
    for provider in store.load().providers:
        if provider.base_url != base_url:
            continue
        for entry in provider.tokens:
            if any(secrets.get(a) == token for a in _accounts(provider, entry)):
                return provider
    return None


def remove_models(store: Store, name: str, model_ids: Iterable[str]) -> Provider:
    from .schemas import utcnow

    gone = set(model_ids)
    with store.edit() as doc:
        provider = _find(doc, name)
        provider.models = [m for m in provider.models if m.id not in gone]
        provider.updated_at = utcnow()
    return provider


def check_model(
    store: Store,
    secrets: SecretStore,
    name: str,
    model: str | None = None,
    *,
    token: str | None = None,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> ChatCheck:
    """A one-token chat completion; ``model`` defaults to the provider's first enabled model,
    ``token`` (a label) to its first token switched on."""
    provider = get_provider(store, name)
    if model is None:
        enabled = provider.enabled_model_ids
        if not enabled:
            raise InvalidInput(
                Text("“{name}” has no model switched on to check.", name=provider.name)
            )
        model = enabled[0]
    return check_provider_model(
        provider, secrets, model, token=token, options=options, cancel=cancel
    )


def check_provider_model(
    provider: Provider,
    secrets: SecretStore,
    model: str,
    *,
    token: str | None = None,
    options: ClientOptions | None = None,
    cancel: CancelToken | None = None,
) -> ChatCheck:
    """Check ``model`` of ``provider`` with the request its kind takes (capabilities.py): a
    one-token chat completion, or an embedding of one word; others raise ``NotCheckable``."""
    with client_for(provider, secrets, token=token, options=options, cancel=cancel) as client:
        return check_with(client, provider, model)


def check_with(client: GatewayClient, provider: Provider, model: str) -> ChatCheck:
    """The check request for ``model``'s kind, on an open client (the health check's pool)."""
    from .capabilities import Kind, profile

    entry = provider.model(model)
    endpoints = tuple(entry.endpoint_types) if entry and entry.endpoint_types else None
    kind = profile(model, endpoints).kind
    if kind is Kind.CHAT:
        return client.chat_check(model)
    if kind is Kind.EMBEDDING:
        return client.embedding_check(model)
    raise NotCheckable(model, kind.value)
