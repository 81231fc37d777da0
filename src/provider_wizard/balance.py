"""What a gateway says about a token's money and time: granted, used, available, expiry.

shared/gateway-behavior.md says where each gateway answers: NewAPI's token-usage endpoint
(``/api/usage/token/``, NewAPI since 2025-09), else the billing subscription and usage
endpoints (OneAPI and older NewAPI), else nothing (LiteLLM, vLLM, Ollama: "not reported").
Raw quota becomes money or tokens by the gateway's own ``/api/status`` settings
(``quota_per_unit``, the display type, the exchange rate), never by an assumed rate.

The status and the token usage are asked at once; the billing pair too. Nothing here keeps a
token: the figures are cached in the store with their time (schemas.StatusCache).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from .errors import GatewayError
from .figures import now_utc
from .gateway import _error_from_status, loads, parse_status
from .together import at_once

if TYPE_CHECKING:
    from .gateway import GatewayClient, GatewayInfo
    from .schemas import StatusCache

__all__ = [
    "Details",
    "Reading",
    "TokenFigures",
    "cache_of",
    "read_status",
]


Unit = Literal["USD", "CNY", "tokens"]
UNLIMITED_BILLING = 100_000_000.0  # what the billing endpoint says for an unlimited token
A = TypeVar("A")
B = TypeVar("B")


@dataclasses.dataclass(frozen=True)
class Details:
    """What ``/api/status`` says about the gateway and how it shows money."""

    kind: str
    name: str | None = None
    version: str | None = None
    server_address: str | None = None
    top_up_link: str | None = None
    docs_link: str | None = None
    quota_per_unit: float = 500_000.0
    unit: Unit = "USD"
    rate: float = 1.0  # display units per USD

    def money(self, quota: float) -> float:
        """Raw quota in the gateway's display unit."""
        if self.unit == "tokens":
            return quota
        return quota / self.quota_per_unit * self.rate


@dataclasses.dataclass(frozen=True)
class TokenFigures:
    label: str
    granted: float | None
    used: float | None
    available: float | None
    unlimited: bool
    unit: Unit | None
    expires_at: dt.datetime | None
    models: tuple[str, ...] | None
    checked_at: dt.datetime

    @property
    def reported(self) -> bool:
        return self.unit is not None


@dataclasses.dataclass(frozen=True)
class Reading:
    details: Details
    tokens: tuple[TokenFigures, ...]
    source: Literal["token-usage", "billing", "none"]


def _when(seconds: object) -> dt.datetime | None:
    """A unix time in seconds, 0 or less meaning never."""
    if not isinstance(seconds, (int, float)) or seconds <= 0 or seconds > 32_503_680_000:
        return None
    return dt.datetime.fromtimestamp(int(seconds), dt.UTC)


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip().isprintable() else None


def details_from(info: GatewayInfo, body: bytes | None) -> Details:
    """The money settings of a ``/api/status`` body (defaults where a field is missing)."""
    data: dict[str, Any] = {}
    if body is not None:
        try:
            doc = loads(body)
        except ValueError:
            doc = None
        if isinstance(doc, dict) and isinstance(doc.get("data"), dict):
            data = doc["data"]
    per_unit = _number(data.get("quota_per_unit")) or 500_000.0
    display = data.get("quota_display_type")
    unit: Unit = "USD"
    rate = 1.0
    if display == "TOKENS" or data.get("display_in_currency") is False:
        unit = "tokens"
    elif display == "CNY":
        unit, rate = "CNY", _number(data.get("usd_exchange_rate")) or 1.0
        if _number(data.get("usd_exchange_rate")) is None:
            unit = "USD"  # no rate given: say dollars rather than guess one
    elif display == "CUSTOM":
        # Another currency at the admin's rate: shown in dollars, the rate's base.
        unit = "USD"
    return Details(
        kind=info.kind,
        name=info.system_name,
        version=info.version,
        server_address=_text(data.get("server_address")),
        top_up_link=_text(data.get("top_up_link")),
        docs_link=_text(data.get("docs_link")),
        quota_per_unit=per_unit,
        unit=unit,
        rate=rate,
    )


def read_status(client: GatewayClient, label: str = "default") -> Reading:
    """The gateway's details and the figures of the client's token (network; two steps)."""
    body, usage_doc = _both(lambda: _status_body(client), lambda: _token_usage(client))
    info = parse_status(body) if body is not None else _plain()
    details = details_from(info, body)
    if usage_doc is not None:
        return Reading(details, (_from_token_usage(usage_doc, details, label),), "token-usage")
    billing = _billing(client, details, label)
    if billing is not None:
        return Reading(details, (billing,), "billing")
    none = TokenFigures(label, None, None, None, False, None, None, None, now_utc())
    return Reading(details, (none,), "none")


def _both(first: Callable[[], A], second: Callable[[], B]) -> tuple[A, B]:
    """Two requests at once; the first exception either raised is raised."""
    one, two = at_once([first, second], name="status")
    if isinstance(one, Exception):
        raise one
    if isinstance(two, Exception):
        raise two
    return cast(A, one), cast(B, two)


def _plain() -> GatewayInfo:
    from .gateway import GatewayInfo

    return GatewayInfo("openai-compatible")


def _status_body(client: GatewayClient) -> bytes | None:
    try:
        resp = client.get("/api/status", auth=False)
    except GatewayError:
        return None
    return resp.body if resp.status == 200 and not resp.looks_like_html() else None


def _token_usage(client: GatewayClient) -> dict[str, Any] | None:
    """NewAPI's token usage, or None where the gateway has no such endpoint or refuses."""
    try:
        resp = client.get("/api/usage/token/", auth=True)
    except GatewayError:
        return None
    if resp.status != 200:
        return None  # 404 on OneAPI and older NewAPI; 401/429 mean "ask billing instead"
    try:
        doc = loads(resp.body)
    except ValueError:
        return None
    data = doc.get("data") if isinstance(doc, dict) else None
    if not isinstance(data, dict) or doc.get("code") is not True:
        return None
    return data


def _from_token_usage(data: dict[str, Any], details: Details, label: str) -> TokenFigures:
    unlimited = data.get("unlimited_quota") is True
    granted, used, available = (
        _number(data.get(k)) for k in ("total_granted", "total_used", "total_available")
    )
    models: tuple[str, ...] | None = None
    limits = data.get("model_limits")
    if data.get("model_limits_enabled") is True and isinstance(limits, dict):
        models = tuple(sorted(str(m) for m, on in limits.items() if on))

    def money(value: float | None) -> float | None:
        return None if value is None else details.money(value)

    return TokenFigures(
        label=label,
        # An unlimited token is debited too, so its available figure is often negative.
        granted=None if unlimited else money(granted),
        used=money(used),
        available=None if unlimited else money(available),
        unlimited=unlimited,
        unit=details.unit,
        expires_at=_when(data.get("expires_at")),
        models=models,
        checked_at=now_utc(),
    )


def _billing(client: GatewayClient, details: Details, label: str) -> TokenFigures | None:
    """The OpenAI-style billing pair, as OneAPI and NewAPI answer it for a token."""
    subscription, usage = _both(
        lambda: _json(client, "/v1/dashboard/billing/subscription"),
        lambda: _json(client, "/v1/dashboard/billing/usage"),
    )
    if not isinstance(subscription, dict) or "error" in subscription:
        return None
    limit = _number(subscription.get("hard_limit_usd"))
    if limit is None:
        return None
    total = _number(usage.get("total_usage")) if isinstance(usage, dict) else None
    used = total / 100 if total is not None else None  # "cents" of the display unit
    unlimited = limit >= UNLIMITED_BILLING
    return TokenFigures(
        label=label,
        granted=None if unlimited else limit,
        used=used,
        available=None if unlimited or used is None else limit - used,
        unlimited=unlimited,
        unit=details.unit,
        expires_at=_when(subscription.get("access_until")),
        models=None,
        checked_at=now_utc(),
    )


def _json(client: GatewayClient, path: str) -> Any:
    try:
        resp = client.get(path, auth=True)
    except GatewayError:
        return None
    if resp.status in (401, 403):
        # The token itself is refused: that is the answer, not "not reported".
        raise _error_from_status(resp, resp.status)
    if resp.status != 200:
        return None
    try:
        return loads(resp.body)
    except ValueError:
        return None


# --- the cache in the store, the JSON the CLI prints, and what to warn about ---------------------


def cache_of(reading: Reading) -> StatusCache:
    from .schemas import GatewayStatus, StatusCache, TokenStatus

    d = reading.details
    return StatusCache(
        gateway=GatewayStatus(
            kind=d.kind,
            name=d.name,
            version=d.version,
            server_address=d.server_address,
            top_up_link=d.top_up_link,
            docs_link=d.docs_link,
        ),
        tokens=[
            TokenStatus(
                label=t.label,
                granted=t.granted,
                used=t.used,
                available=t.available,
                unlimited=t.unlimited,
                unit=t.unit,
                expires_at=t.expires_at,
                models=list(t.models) if t.models is not None else None,
                checked_at=t.checked_at,
            )
            for t in reading.tokens
        ],
        checked_at=max((t.checked_at for t in reading.tokens), default=now_utc()),
    )
