"""The first paint's view of the store (listing.py): what it says is what the validated
document says, and anything the schema would not take gives no view at all."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provider_wizard.figures import list_line
from provider_wizard.listing import listed, read_early
from provider_wizard.schemas import Provider, StatusCache, StoreDocument, TokenEntry, TokenStatus
from provider_wizard.store import Store
from provider_wizard.text import render

NOW = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)

_money = st.one_of(st.none(), st.floats(min_value=-10, max_value=1e6, allow_nan=False))
_figures = st.builds(
    TokenStatus,
    label=st.sampled_from(["default", "team", "ci"]),
    token_id=st.one_of(st.none(), st.sampled_from(["a1", "b2", "c3"])),
    granted=_money,
    available=_money,
    unlimited=st.booleans(),
    unit=st.sampled_from([None, "USD", "CNY", "tokens"]),
    expires_at=st.one_of(
        st.none(),
        st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 12, 31)).map(
            lambda d: d.replace(microsecond=0, tzinfo=dt.UTC)
        ),
    ),
)
_entries = st.lists(
    st.builds(
        TokenEntry,
        id=st.sampled_from(["a1", "b2", "c3"]),
        label=st.sampled_from(["default", "team", "ci"]),
        enabled=st.booleans(),
    ),
    min_size=1,
    max_size=3,
    unique_by=lambda t: t.id,
)
_providers = st.builds(
    Provider,
    name=st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != ""),
    base_url=st.sampled_from(["http://10.0.0.1:3000", "https://api.example.com"]),
    enabled=st.booleans(),
    tokens=_entries,
    status=st.one_of(st.none(), st.builds(StatusCache, tokens=st.lists(_figures, max_size=3))),
    low_balance_percent=st.floats(min_value=0, max_value=100),
)


def _words(parts: list[Any]) -> list[str]:
    return [str(render(p, lambda t: t)) for p in parts]


@settings(max_examples=150, deadline=None)
@given(st.lists(_providers, max_size=4))
def test_the_listing_says_what_the_validated_document_says(
    tmp_path_factory: pytest.TempPathFactory, providers: list[Provider]
) -> None:
    store = Store(tmp_path_factory.mktemp("listing") / "providers.json")
    store.save(StoreDocument(providers=providers))
    views = listed(store.peek())
    assert views is not None
    validated = store.load().providers
    assert [(v.id, v.name, v.base_url, v.enabled) for v in views] == [
        (p.id, p.name, p.base_url, p.enabled) for p in validated
    ]
    for view, provider in zip(views, validated, strict=True):
        assert _words(list_line(view, now=NOW)) == _words(list_line(provider, now=NOW))


def _stored(store: Store) -> dict[str, Any]:
    status = StatusCache(
        tokens=[TokenStatus(granted=10, available=0.5, unit="USD", expires_at=NOW)]
    )
    provider = Provider(
        name="Home", base_url="http://10.0.0.1:3000", tokens=[TokenEntry(label="default")],
        status=status,
    )  # fmt: skip
    store.save(StoreDocument(providers=[provider]))
    raw: dict[str, Any] = json.loads(store.path.read_text())
    return raw


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("enabled", "yes"),
        ("name", "   "),
        ("low_balance_percent", 150),
        ("low_balance_percent", True),
        ("status", []),
        ("status.unit", "EUR"),
        ("status.available", "0.5"),
        ("status.available", True),
        ("status.unlimited", 1),
        ("status.expires_at", "next week"),
        ("status.expires_at", 1767225600),
        ("token", "default"),
        ("token.enabled", "no"),
    ],
)
def test_a_value_the_schema_would_not_take_gives_no_view(
    store: Store, where: str, value: object
) -> None:
    raw = _stored(store)
    provider = raw["providers"][0]
    if where.startswith("status."):
        provider["status"]["tokens"][0][where.split(".", 1)[1]] = value
    elif where == "token":
        provider["tokens"][0] = value
    elif where.startswith("token."):
        provider["tokens"][0][where.split(".", 1)[1]] = value
    else:
        provider[where] = value
    store.path.write_text(json.dumps(raw))
    assert listed(store.peek()) is None  # the list waits for load(), which says what it is


def test_a_time_without_a_zone_is_utc_in_both(store: Store) -> None:
    raw = _stored(store)
    raw["providers"][0]["status"]["tokens"][0]["expires_at"] = "2026-11-30T12:00:00"
    store.path.write_text(json.dumps(raw))
    views = listed(store.peek())
    assert views is not None
    provider = store.load().providers[0]
    said = _words(list_line(views[0], now=NOW))
    assert said == _words(list_line(provider, now=NOW))
    assert "expires 2026-11-30" in said


def test_the_early_read_lists_the_store_the_app_will_open(config_home: Path) -> None:
    store = Store()
    _stored(store)
    early = read_early()
    views = early.result(10)
    assert views is not None and [v.name for v in views] == ["Home"]
    assert _words(list_line(views[0], now=NOW)) == ["$0.50 left", "expired", "low: 5% left"]


def test_the_early_read_of_an_unsettled_store_gives_nothing(config_home: Path) -> None:
    store = Store()
    raw = _stored(store)
    raw["pending"] = [{"op": "add", "provider_id": raw["providers"][0]["id"]}]
    store.path.write_text(json.dumps(raw))
    assert read_early().result(10) is None  # the app waits for load() and its tidy
