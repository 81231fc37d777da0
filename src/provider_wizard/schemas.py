"""The shape of what the store keeps: a provider entry and the versioned store document.

These pydantic models are the one place where stored data is typed and validated; the store
reads and writes nothing else. A provider never holds its token: the token lives in the OS
keychain under the provider's ``id`` (see secretstore.py). The rules for what a user may type
as a name or a model id live here too (``valid_name``, ``valid_model_id``).

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
from .limits import MAX_MODEL_ID_LENGTH, MAX_MODELS, MAX_NAME_LENGTH
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
    "Unreadable",
    "utcnow",
    "valid_model_id",
    "valid_name",
]

SCHEMA_VERSION = 1

GatewayKind = Literal["oneapi", "newapi", "openai-compatible"]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_provider_id() -> str:
    return uuid.uuid4().hex


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


class TokenStatus(_Strict):
    """A token's figures as the gateway last reported them (money, never the token)."""

    label: str = "default"
    granted: float | None = None
    used: float | None = None
    available: float | None = None
    unlimited: bool = False
    unit: Literal["USD", "CNY", "tokens"] | None = None  # None: not reported by the server
    expires_at: dt.datetime | None = None
    models: list[str] | None = None
    checked_at: dt.datetime = Field(default_factory=utcnow)


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
    models: list[ModelEntry] = Field(default_factory=list, max_length=MAX_MODELS)
    gateway: GatewayKind | None = None
    gateway_version: str | None = None
    system_name: str | None = None
    ca_file: str | None = None  # a CA bundle to trust for this provider (self-signed gateways)
    # The user agreed that the token may travel over plain http to this (remote) host.
    allow_plain_http: bool = False
    # Balance, expiry and gateway details as last read (so the list paints them at start).
    status: StatusCache | None = None
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


class Pending(_Strict):
    """A keychain write under way (see the module docstring): whose, and by which process."""

    id: str = Field(pattern=r"^[0-9a-f]{32}$")
    action: Literal["add", "remove"]
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
