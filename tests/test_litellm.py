"""A real third-party gateway: LiteLLM proxy from PyPI, started on 127.0.0.1 with mock models.

scripts/test installs it into .venv-litellm; locally the tests skip when it is absent, in CI
(CI=true) its absence fails them.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from provider_wizard.cli import main
from provider_wizard.errors import AuthRejected
from provider_wizard.probe import probe
from provider_wizard.secretstore import MemorySecretStore

from conftest import LITELLM_MASTER_KEY, LITELLM_MODELS

pytestmark = pytest.mark.litellm


def _cli(secrets: MemorySecretStore, *argv: str, stdin: str = "") -> tuple[int, Any, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err, secrets=secrets)
    return code, json.loads(out.getvalue()) if out.getvalue() else None, err.getvalue()


def test_probe_litellm(litellm: str) -> None:
    result = probe(litellm + "/v1/chat/completions", LITELLM_MASTER_KEY)
    assert result.base_url == litellm
    assert result.gateway.kind == "openai-compatible"
    assert sorted(result.models.ids) == sorted(LITELLM_MODELS)


def test_wrong_key_is_rejected(litellm: str) -> None:
    with pytest.raises(AuthRejected):
        probe(litellm, "sk-not-the-master-key-000000000000")


def test_add_and_check_litellm(litellm: str, secrets: MemorySecretStore) -> None:
    code, added, err = _cli(
        secrets, "add", "LiteLLM", litellm, "--token-stdin", "--json", stdin=LITELLM_MASTER_KEY
    )
    assert code == 0, err
    assert sorted(m["id"] for m in added["models"]) == sorted(LITELLM_MODELS)
    code, checked, err = _cli(secrets, "check", "LiteLLM", "--model", "mock-qwen", "--json")
    assert code == 0, err
    assert checked["ok"] is True and checked["model"] == "mock-qwen"
    assert checked["reply"] == "Hi"
