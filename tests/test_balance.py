"""Balance, expiry and limits of a token, as each gateway version answers them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from provider_wizard.balance import read_status
from provider_wizard.errors import AuthRejected
from provider_wizard.gateway import GatewayClient

from gateway_emulator import GatewayEmulator, TokenSpec, make_key

Make = Callable[..., GatewayEmulator]
DAY = 86_400


def _token(emu: GatewayEmulator, name: str, **spec: object) -> str:
    key = make_key(name)
    emu.tokens[key] = TokenSpec(**spec)  # type: ignore[arg-type]
    return "sk-" + key


def _read(emu: GatewayEmulator, token: str) -> object:
    with GatewayClient(emu.base_url, token) as client:
        return read_status(client)


def test_newapi_token_usage_in_dollars(make_emulator: Make) -> None:
    emu = make_emulator(flavour="newapi-later")
    emu.top_up_link, emu.docs_link = "https://pay.example.com", "https://docs.example.com"
    expires = int(dt.datetime(2030, 1, 2, tzinfo=dt.UTC).timestamp())
    token = _token(
        emu, "usage", remain_quota=4_000_000, used_quota=1_000_000, expires_at=expires,
        models=["gpt-4o"],
    )  # fmt: skip
    reading = _read(emu, token)
    assert reading.source == "token-usage"  # type: ignore[attr-defined]
    figures = reading.tokens[0]  # type: ignore[attr-defined]
    assert (figures.granted, figures.used, figures.available) == (10.0, 2.0, 8.0)
    assert figures.unit == "USD" and not figures.unlimited
    assert figures.expires_at == dt.datetime(2030, 1, 2, tzinfo=dt.UTC)
    assert figures.models == ("gpt-4o",)
    details = reading.details  # type: ignore[attr-defined]
    assert details.kind == "newapi" and details.top_up_link == "https://pay.example.com"
    assert details.docs_link == "https://docs.example.com"
    assert details.server_address == emu.origin


def test_newapi_token_usage_in_yuan_and_in_tokens(make_emulator: Make) -> None:
    emu = make_emulator(flavour="newapi-later")
    token = _token(emu, "cny", remain_quota=500_000, used_quota=500_000)
    emu.display = "CNY"
    figures = _read(emu, token).tokens[0]  # type: ignore[attr-defined]
    assert figures.unit == "CNY" and figures.granted == pytest.approx(14.6)
    emu.display = "TOKENS"
    figures = _read(emu, token).tokens[0]  # type: ignore[attr-defined]
    assert figures.unit == "tokens" and figures.available == 500_000


def test_unlimited_token_has_no_available_figure(make_emulator: Make) -> None:
    emu = make_emulator(flavour="newapi-later")
    token = _token(emu, "unl", unlimited=True, remain_quota=-20_000, used_quota=20_000)
    figures = _read(emu, token).tokens[0]  # type: ignore[attr-defined]
    assert figures.unlimited and figures.available is None and figures.used == 0.04


@pytest.mark.parametrize("flavour", ["oneapi", "newapi"])
def test_billing_endpoints_where_there_is_no_token_usage(make_emulator: Make, flavour: str) -> None:
    emu = make_emulator(flavour=flavour)
    token = _token(emu, "bill", remain_quota=2_500_000, used_quota=2_500_000)
    reading = _read(emu, token)
    assert reading.source == "billing"  # type: ignore[attr-defined]
    figures = reading.tokens[0]  # type: ignore[attr-defined]
    assert (figures.granted, figures.used, figures.available) == (10.0, 5.0, 5.0)
    assert figures.expires_at is None


def test_billing_of_an_unlimited_and_an_exhausted_token(make_emulator: Make) -> None:
    emu = make_emulator(flavour="oneapi")
    unlimited = _token(emu, "unl2", unlimited=True)
    assert _read(emu, unlimited).tokens[0].unlimited  # type: ignore[attr-defined]
    used_up = _token(emu, "gone", state="exhausted", remain_quota=0)
    with pytest.raises(AuthRejected):
        _read(emu, used_up)


def test_an_expired_token_still_gets_its_figures_on_newer_newapi(make_emulator: Make) -> None:
    emu = make_emulator(flavour="newapi-later")
    past = int(dt.datetime(2024, 5, 1, tzinfo=dt.UTC).timestamp())
    token = _token(emu, "old", state="expired", expires_at=past)
    figures = _read(emu, token).tokens[0]  # type: ignore[attr-defined]
    assert figures.expires_at == dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


@pytest.mark.litellm
def test_litellm_does_not_report(litellm: str) -> None:
    from conftest import LITELLM_MASTER_KEY

    with GatewayClient(litellm, LITELLM_MASTER_KEY) as client:
        reading = read_status(client)
    assert reading.source == "none"
    assert not reading.tokens[0].reported and reading.tokens[0].available is None
