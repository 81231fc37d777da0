"""The shape of what the store keeps: a provider entry and the versioned store document.

These pydantic models are the one place where stored data is typed and validated; the store
reads and writes nothing else. A provider never holds its token: the token lives in the OS
keychain under the provider's ``id`` (see secretstore.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .limits import MAX_MODEL_ID_LENGTH, MAX_NAME_LENGTH

__all__ = ["SCHEMA_VERSION", "GatewayKind", "ModelEntry", "Provider", "StoreDocument", "utcnow"]

SCHEMA_VERSION = 1

GatewayKind = Literal["oneapi", "newapi", "openai-compatible"]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_provider_id() -> str:
    return uuid.uuid4().hex


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


class Provider(_Strict):
    id: str = Field(default_factory=new_provider_id, pattern=r"^[0-9a-f]{32}$")
    name: str = Field(min_length=1, max_length=MAX_NAME_LENGTH)
    type: Literal["openai"] = "openai"
    base_url: str
    enabled: bool = True
    models: list[ModelEntry] = Field(default_factory=list)
    gateway: GatewayKind | None = None
    gateway_version: str | None = None
    system_name: str | None = None
    ca_file: str | None = None  # a CA bundle to trust for this provider (self-signed gateways)
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


class StoreDocument(_Strict):
    schema_version: int = SCHEMA_VERSION
    providers: list[Provider] = Field(default_factory=list)

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
