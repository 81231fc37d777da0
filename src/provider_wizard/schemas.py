"""The shape of what the store keeps: a provider entry and the versioned store document.

These pydantic models are the one place where stored data is typed and validated; the store
reads and writes nothing else. A provider never holds a token: it holds one or more token
entries (a label, on/off), and each token lives in the OS keychain under the account
``<provider id>/<token id>`` (``keychain_account``; see secretstore.py). The rules for what a
user may type as a name, a token label or a model id live here too (``valid_name``,
``valid_label``, ``valid_model_id``).

Schema 1 kept one token per provider under the bare provider id. Its documents are carried
forward by ``migrate_1_to_2`` (the store runs it on load): each provider gets one token entry
marked ``legacy`` until ``providers.migrate_keychain`` has moved the secret to its new account.

``pending`` is the store's journal of keychain writes under way: an add or a remove records
its intent before it touches the keychain and clears it in the same write that finishes it,
so an interruption (Ctrl-C, a kill, a power cut) leaves a record that the next start tidies
(providers.tidy), never a secret nobody can find or a provider whose token is gone unsaid.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from .errors import InvalidInput, SecretInField
from .limits import (
    MAX_LABEL_LENGTH,
    MAX_MODEL_ID_LENGTH,
    MAX_MODELS,
    MAX_NAME_LENGTH,
    MAX_TOKENS,
    SCHEMA_VERSION,
)
from .redact import contains_secret
from .text import Text

__all__ = [
    "SCHEMA_VERSION",
    "GatewayKind",
    "ModelEntry",
    "Pending",
    "Provider",
    "StatusCache",
    "StoreDocument",
    "TokenEntry",
    "Unreadable",
    "keychain_account",
    "migrate_1_to_2",
    "utcnow",
    "valid_label",
    "valid_model_id",
    "valid_name",
]

# The id schema 1's single token gets: fixed, so that a migration interrupted before its file
# was saved finds the same keychain account when it runs again.
MIGRATED_TOKEN_ID = "main"
DEFAULT_LABEL = "default"

GatewayKind = Literal["oneapi", "newapi", "openai-compatible"]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_provider_id() -> str:
    return uuid.uuid4().hex


def new_token_id() -> str:
    return uuid.uuid4().hex[:12]


def _typed(value: str, what: str, limit: int) -> str:
    """``value`` trimmed, or ``InvalidInput`` naming what is wrong with it (``what``: its name)."""
    value = value.strip()
    if not value:
        raise InvalidInput(Text("The {what} is empty.", what=what))
    if len(value) > limit:
        raise InvalidInput(
            Text("The {what} is longer than {limit} characters.", what=what, limit=limit)
        )
    # No control characters (a terminal's escapes, line breaks) and no invisible format ones.
    if not value.isprintable():
        raise InvalidInput(
            Text(
                "The {what} contains control characters (a line break or a terminal escape); "
                "type it again.",
                what=what,
            )
        )
    if contains_secret(value):
        raise SecretInField(what)
    return value


def valid_name(name: str) -> str:
    """A provider name as typed, trimmed; ``InvalidInput`` says what is wrong with it."""
    return _typed(name, Text("name"), MAX_NAME_LENGTH)


def valid_label(label: str) -> str:
    """A token label as typed, trimmed; ``InvalidInput`` says what is wrong with it."""
    return _typed(label, Text("token label"), MAX_LABEL_LENGTH)


def valid_model_id(model_id: str) -> str:
    """A model id as typed by hand, trimmed; ``InvalidInput`` says what is wrong with it."""
    return _typed(model_id, Text("model id"), MAX_MODEL_ID_LENGTH)


class _Strict(BaseModel):
    # Unknown keys are kept, so a newer app's fields survive an older app's save.
    model_config = ConfigDict(extra="allow", validate_assignment=False)


class ModelEntry(_Strict):
    id: str = Field(min_length=1, max_length=MAX_MODEL_ID_LENGTH)
    enabled: bool = True
    owned_by: str | None = None
    endpoint_types: list[str] | None = None
    # "server": came from /v1/models; "manual": typed in by the user (kept on refresh).
    source: Literal["server", "manual"] = "server"


class TokenEntry(_Strict):
    """One of a provider's tokens: how the user names it and whether it is used, never the
    token itself (that is in the keychain under ``keychain_account``)."""

    id: str = Field(default_factory=new_token_id, pattern=r"^[0-9a-z]{1,32}$")
    label: str = Field(min_length=1, max_length=MAX_LABEL_LENGTH)
    enabled: bool = True
    # Schema 1's token, whose secret may still sit under the bare provider id: set by the
    # migration, cleared once providers.migrate_keychain has moved it.
    legacy: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow)


class TokenStatus(_Strict):
    """A token's figures as the gateway last reported them (money, never the token)."""

    label: str = DEFAULT_LABEL
    token_id: str | None = None
    granted: float | None = None
    used: float | None = None
    available: float | None = None
    unlimited: bool = False
    unit: Literal["USD", "CNY", "tokens"] | None = None  # None: not reported by the server
    expires_at: dt.datetime | None = None
    models: list[str] | None = None
    checked_at: dt.datetime = Field(default_factory=utcnow)

    @field_validator("expires_at")
    @classmethod
    def _aware(cls, v: dt.datetime | None) -> dt.datetime | None:
        # A hand-edited time without a zone is read as UTC (as listing.py reads it): the
        # figures compare it with now, and a naive time cannot be compared with an aware one.
        return v.replace(tzinfo=dt.UTC) if v is not None and v.tzinfo is None else v


class GatewayStatus(_Strict):
    """What /api/status said about the gateway, cached with the figures (balance.py)."""

    kind: str = "openai-compatible"
    name: str | None = None
    version: str | None = None
    server_address: str | None = None
    top_up_link: str | None = None
    docs_link: str | None = None


class StatusCache(_Strict):
    gateway: GatewayStatus = Field(default_factory=GatewayStatus)
    tokens: list[TokenStatus] = Field(default_factory=list)
    checked_at: dt.datetime = Field(default_factory=utcnow)


class Provider(_Strict):
    id: str = Field(default_factory=new_provider_id, pattern=r"^[0-9a-f]{32}$")
    name: str = Field(min_length=1, max_length=MAX_NAME_LENGTH)
    type: Literal["openai"] = "openai"
    base_url: str
    enabled: bool = True
    tokens: list[TokenEntry] = Field(default_factory=list, max_length=MAX_TOKENS)
    models: list[ModelEntry] = Field(default_factory=list, max_length=MAX_MODELS)
    gateway: GatewayKind | None = None
    gateway_version: str | None = None
    system_name: str | None = None
    ca_file: str | None = None  # a CA bundle to trust for this provider (self-signed gateways)
    # The user agreed that the token may travel over plain http to this (remote) host.
    allow_plain_http: bool = False
    # Balance, expiry and gateway details as last read (so the list paints them at start).
    status: StatusCache | None = None
    # Warn when a token has less than this share of what it was granted (the user sets it).
    low_balance_percent: float = Field(default=10.0, ge=0, le=100)
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    models_fetched_at: dt.datetime | None = None

    @field_validator("name")
    @classmethod
    def _name_trimmed(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("name is empty")
        return v

    def model(self, model_id: str) -> ModelEntry | None:
        for m in self.models:
            if m.id == model_id:
                return m
        return None

    @property
    def enabled_model_ids(self) -> list[str]:
        return [m.id for m in self.models if m.enabled]

    def token(self, label: str) -> TokenEntry | None:
        """The token entry with this id, or else this label (case-insensitive)."""
        for t in self.tokens:
            if t.id == label:
                return t
        key = label.strip().casefold()
        for t in self.tokens:
            if t.label.casefold() == key:
                return t
        return None

    def status_of(self, token: TokenEntry) -> TokenStatus | None:
        """The cached figures of ``token`` (by id; by label for figures saved before ids)."""
        from .figures import status_of

        found = status_of(self, token)
        assert found is None or isinstance(found, TokenStatus)
        return found


def keychain_account(provider_id: str, token: TokenEntry) -> str:
    """The keychain user name of one token: ``<provider id>/<token id>``."""
    return f"{provider_id}/{token.id}"


def migrate_1_to_2(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 -> 2, on plain JSON: each provider's one token becomes a labelled entry, still
    marked ``legacy`` (its secret moves in the keychain later), and each journal record names
    the keychain accounts it touches."""
    for entry in doc.get("providers") or []:
        if isinstance(entry, dict) and "tokens" not in entry:
            entry["tokens"] = [
                {"id": MIGRATED_TOKEN_ID, "label": DEFAULT_LABEL, "enabled": True, "legacy": True}
            ]
    for record in doc.get("pending") or []:
        if (
            isinstance(record, dict)
            and "accounts" not in record
            and isinstance(record.get("id"), str)
        ):
            record["accounts"] = [record["id"]]
    return doc


class Pending(_Strict):
    """A keychain write under way (see the module docstring): whose, and by which process."""

    id: str = Field(pattern=r"^[0-9a-f]{32}$")
    # add/remove: a whole provider; add-token/remove-token: the one token ``token`` of it.
    action: Literal["add", "remove", "add-token", "remove-token"]
    # The keychain accounts this write creates or deletes.
    accounts: list[str] = Field(default_factory=list)
    token: str | None = None
    pid: int = Field(default_factory=os.getpid)
    host: str = Field(default_factory=socket.gethostname)
    since: dt.datetime = Field(default_factory=utcnow)


class Unreadable:
    """A stored entry this version cannot read: kept as it is, named, never dropped."""

    def __init__(self, raw: Any, reason: str) -> None:
        self.raw = raw
        self.reason = reason

    @property
    def id(self) -> str | None:
        value = self.raw.get("id") if isinstance(self.raw, dict) else None
        return value if isinstance(value, str) else None

    @property
    def label(self) -> str:
        """A name to tell the user which entry it is (its name, else its id, else its place)."""
        raw = self.raw if isinstance(self.raw, dict) else {}
        for key in ("name", "id"):
            value = raw.get(key)
            if isinstance(value, str) and value.strip() and value.isprintable():
                return value.strip()[:MAX_NAME_LENGTH]
        return "(an entry without a name)"


class StoreDocument(_Strict):
    schema_version: int = SCHEMA_VERSION
    providers: list[Provider] = Field(default_factory=list)
    pending: list[Pending] = Field(default_factory=list)
    # The user's LobeChat address, for export --to lobechat (remembered once given).
    lobechat_url: str | None = None
    # Entries that did not validate, written back as they were (store.py).
    _unreadable: list[Unreadable] = PrivateAttr(default_factory=list)

    @property
    def unreadable(self) -> list[Unreadable]:
        return self._unreadable

    def ids_in_use(self) -> set[str]:
        """Every provider id the file holds, readable or not: their tokens are not orphans."""
        ids = {p.id for p in self.providers}
        ids.update(u.id for u in self._unreadable if u.id)
        return ids

    def find(self, name: str) -> Provider | None:
        """The provider with this id, or else with this name (case-insensitive)."""
        for p in self.providers:
            if p.id == name:
                return p
        key = name.strip().casefold()
        for p in self.providers:
            if p.name.casefold() == key:
                return p
        return None
