"""Shared fixtures: an isolated config folder, gateway emulators, a test CA, LiteLLM, keychains.

Qt runs offscreen; a Qt warning (pytest-qt's qt_log_level_fail) or an unexpected WARNING log
record fails the test that caused it.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).parent))

from provider_wizard.secretstore import MemorySecretStore
from provider_wizard.store import Store

from gateway_emulator import GatewayEmulator, make_key

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Property tests: 10,000 examples each in CI (issue: the normalizer and the model-list parser),
# fewer while developing. HYPOTHESIS_PROFILE=ci runs the CI amount anywhere.
settings.register_profile(
    "ci", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=1_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if IN_CI else "dev"))

_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "allow_warning_logs: the test expects WARNING log records")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config folder and talks to 127.0.0.1 without a proxy."""
    home = tmp_path / "config"
    monkeypatch.setenv("PROVIDER_WIZARD_HOME", str(home))
    for var in _PROXY_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    return home


@pytest.fixture(autouse=True)
def _fail_on_warning_logs(
    caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> Iterator[None]:
    caplog.set_level(logging.WARNING)
    yield
    if request.node.get_closest_marker("allow_warning_logs"):
        return
    bad = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    if bad:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in bad)
        pytest.fail(f"unexpected WARNING log records:\n{lines}")


@pytest.fixture
def config_home(_isolated: Path) -> Path:
    return _isolated


@pytest.fixture
def store(config_home: Path) -> Store:
    return Store()


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


# --- the command line, in this process ------------------------------------------------------


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(secrets: MemorySecretStore) -> Any:
    outputs: list[str] = []

    def run(*argv: str, stdin: str = "") -> Run:
        out, err = io.StringIO(), io.StringIO()
        from provider_wizard.cli import main

        code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err, secrets=secrets)
        outputs.extend([out.getvalue(), err.getvalue()])
        return Run(code, out.getvalue(), err.getvalue())

    run.outputs = outputs  # type: ignore[attr-defined]
    return run


# --- gateway emulators -----------------------------------------------------------------------


@pytest.fixture
def make_emulator() -> Iterator[Callable[..., GatewayEmulator]]:
    started: list[GatewayEmulator] = []

    def make(**kwargs: Any) -> GatewayEmulator:
        emu = GatewayEmulator(**kwargs).start()
        started.append(emu)
        return emu

    yield make
    for emu in started:
        emu.stop()


@pytest.fixture
def emulator(make_emulator: Callable[..., GatewayEmulator]) -> GatewayEmulator:
    return make_emulator()


@pytest.fixture
def token(emulator: GatewayEmulator) -> str:
    """An active token of ``emulator``, as the console copies it."""
    return emulator.add_token(make_key("active"))


@pytest.fixture(scope="session")
def test_ca() -> Any:
    import trustme

    return trustme.CA()


@pytest.fixture(scope="session")
def ca_file(test_ca: Any, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ca") / "test-ca.pem"
    test_ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
def tls_emulator(make_emulator: Callable[..., GatewayEmulator], test_ca: Any) -> GatewayEmulator:
    import ssl

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    test_ca.issue_cert("127.0.0.1", "localhost").configure_cert(ctx)
    return make_emulator(tls=ctx)


# --- LiteLLM proxy, a real third-party gateway -----------------------------------------------

LITELLM_MASTER_KEY = "sk-litellm-test-master-key-0123456789"
LITELLM_MODELS = ("mock-gpt-4o", "mock-claude-3-5", "mock-qwen")


def _litellm_binary() -> str | None:
    explicit = os.environ.get("PROVIDER_WIZARD_LITELLM")
    candidates = [explicit] if explicit else []
    candidates.append(str(ROOT / ".venv-litellm" / "bin" / "litellm"))
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="session")
def litellm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start LiteLLM proxy on 127.0.0.1 with mock models; yields its base address."""
    folder = tmp_path_factory.mktemp("litellm")
    lines = ["model_list:"]
    for name in LITELLM_MODELS:
        lines += [
            f"  - model_name: {name}",
            "    litellm_params:",
            f"      model: openai/{name}",
            "      api_key: not-used",
            '      mock_response: "Hi"',
        ]
    lines += ["general_settings:", f"  master_key: {LITELLM_MASTER_KEY}"]
    config = folder / "config.yaml"
    config.write_text("\n".join(lines) + "\n")

    with run_litellm(config) as address:
        yield address


@contextlib.contextmanager
def run_litellm(config: Path) -> Iterator[str]:
    """Start LiteLLM proxy on 127.0.0.1 with ``config``; yields its base address."""
    binary = _litellm_binary()
    if binary is None:
        if IN_CI:
            pytest.fail("LiteLLM proxy is not installed; scripts/test installs it")
        pytest.skip("LiteLLM proxy is not installed (scripts/test installs it)")
    folder = config.parent
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, LITELLM_LOCAL_MODEL_COST_MAP="True", NO_COLOR="1")
    proc = subprocess.Popen(
        [binary, "--config", str(config), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=folder,
    )
    ready = threading.Event()
    output: list[str] = []

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            output.append(line)
            # Uvicorn says "startup complete" before it binds the port: only "running on"
            # means a client can connect.
            if "Uvicorn running on" in line:
                ready.set()
        ready.set()  # the process ended: stop waiting

    pumper = threading.Thread(target=pump, daemon=True)
    pumper.start()
    ready.wait(timeout=180)
    if proc.poll() is not None or not any("Uvicorn running" in x for x in output):
        proc.kill()
        proc.wait()
        pumper.join(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()
        pytest.fail("LiteLLM proxy did not start:\n" + "".join(output[-40:]))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        pumper.join(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()


# --- a real Secret Service --------------------------------------------------------------------


@pytest.fixture
def secret_service() -> None:
    """Require the unlocked GNOME Keyring that scripts/with-keyring starts."""
    if not os.environ.get("PROVIDER_WIZARD_SECRET_SERVICE"):
        if IN_CI:
            pytest.fail("no Secret Service: run the suite through scripts/test")
        pytest.skip("no Secret Service here (scripts/test starts one)")


def keychain_token(secrets: Any, provider: Any, index: int = 0) -> str | None:
    """What the keychain holds for a provider's token ``index`` (None: nothing)."""
    from provider_wizard.schemas import keychain_account

    value = secrets.get(keychain_account(provider.id, provider.tokens[index]))
    return value if isinstance(value, str) else None


def nothing_saved(home: Path) -> bool:
    """True when the store holds no provider and no half-done add (the file may exist)."""
    path = home / "providers.json"
    if not path.exists():
        return True
    import json

    doc = json.loads(path.read_text())
    return doc.get("providers") == [] and not doc.get("pending")


def have(cmd: str) -> bool:
    return shutil.which(cmd) is not None
