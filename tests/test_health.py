"""Checking many models at once: bounded concurrency, results as they come, cancel, failures."""

from __future__ import annotations

import threading

import pytest

from provider_wizard.cancel import CancelToken
from provider_wizard.errors import Cancelled, ServerError
from provider_wizard.health import check_models
from provider_wizard.schemas import Provider, TokenEntry, keychain_account
from provider_wizard.secretstore import MemorySecretStore

from gateway_emulator import GatewayEmulator


def _provider(emulator: GatewayEmulator, token: str) -> tuple[Provider, MemorySecretStore]:
    provider = Provider(name="H", base_url=emulator.base_url, tokens=[TokenEntry(label="default")])
    secrets = MemorySecretStore()
    secrets.set(keychain_account(provider.id, provider.tokens[0]), token)
    return provider, secrets


def test_results_arrive_and_failures_are_named(emulator: GatewayEmulator, token: str) -> None:
    emulator.unavailable_models.add("qwen-max")
    emulator.chat_delay = 0.03
    provider, secrets = _provider(emulator, token)
    seen: list[str] = []
    results = check_models(
        provider, secrets, emulator.models, concurrency=3, on_result=lambda r: seen.append(r.model)
    )
    assert sorted(seen) == sorted(emulator.models)
    failed = [r for r in results if not r.ok]
    assert [r.model for r in failed] == ["qwen-max"]
    assert isinstance(failed[0].error, ServerError)
    # Each latency is the answer's real time: the emulator waits 30 ms before it answers.
    assert all(r.latency_ms >= 30 for r in results if r.ok)


def test_concurrency_is_bounded(emulator: GatewayEmulator, token: str) -> None:
    ids = [f"m{i}" for i in range(24)]
    emulator.models = ids
    in_flight, peak, lock = [0], [0], threading.Lock()
    release = threading.Event()

    def slow_chat(req: object) -> None:
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
        release.wait(0.05)  # hold the request open so that requests overlap
        with lock:
            in_flight[0] -= 1
        req.send_json(200, {"choices": [{"message": {"content": "Hi"}}]})  # type: ignore[attr-defined]

    emulator.overrides["/v1/chat/completions"] = slow_chat
    provider, secrets = _provider(emulator, token)
    results = check_models(provider, secrets, ids, concurrency=4)
    assert len(results) == 24 and all(r.ok for r in results)
    assert 2 <= peak[0] <= 4


def test_cancel_stops_starting_new_checks(emulator: GatewayEmulator, token: str) -> None:
    ids = [f"m{i}" for i in range(40)]
    emulator.models = ids
    provider, secrets = _provider(emulator, token)
    cancel = CancelToken()
    seen: list[str] = []

    def on_result(result: object) -> None:
        seen.append("x")
        if len(seen) == 3:
            cancel.cancel()

    with pytest.raises(Cancelled):
        check_models(provider, secrets, ids, concurrency=2, cancel=cancel, on_result=on_result)
    assert len(seen) < 10
    assert len(emulator.requests_to("/v1/chat/completions")) < 10


def test_bad_concurrency(emulator: GatewayEmulator, token: str) -> None:
    provider, secrets = _provider(emulator, token)
    with pytest.raises(ValueError):
        check_models(provider, secrets, ["a"], concurrency=0)


def test_each_model_gets_the_request_its_kind_takes(emulator: GatewayEmulator, token: str) -> None:
    emulator.models = ["gpt-4o-mini", "text-embedding-3-small", "dall-e-3", "bge-reranker-v2-m3"]
    provider, secrets = _provider(emulator, token)
    results = {r.model: r for r in check_models(provider, secrets, emulator.models)}
    assert results["gpt-4o-mini"].ok and results["text-embedding-3-small"].ok
    for model in ("dall-e-3", "bge-reranker-v2-m3"):
        assert results[model].error is None and results[model].skipped is not None
        assert "not checked" in str(results[model].skipped)
    sent = {r.path for r in emulator.requests if r.method == "POST"}
    assert sent == {"/v1/chat/completions", "/v1/embeddings"}
