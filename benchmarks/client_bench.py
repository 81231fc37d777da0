"""Where a user of the command line or the wizard waits on the network or on Python itself:
the CLI in a script (``list --json``, ``normalize-url``) against ``python -c pass``; a probe
and a refresh of 20 providers' balances against one round trip to a gateway answering in
200 ms.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .measure import Series, scratch, timed

GATEWAY = str(Path(__file__).with_name("gateway_process.py"))


def _cli() -> list[str]:
    """The installed ``provider-wizard`` command beside this Python, as a user runs it."""
    script = Path(sys.executable).with_name("provider-wizard")
    return [str(script)] if script.exists() else [sys.executable, "-m", "provider_wizard"]


def _run(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode != 0:
        raise RuntimeError(f"{argv[-3:]} failed: {done.stderr.decode()[-500:]}")
    return time.perf_counter() - started


def _store(home: Path, count: int, base_url: str, tokens: list[str] | None = None) -> Any:
    """``count`` providers with 40 models each and cached figures; tokens into ``secrets``."""
    from provider_wizard.modellist import RemoteModel
    from provider_wizard.providers import add_provider, entries_from_remote
    from provider_wizard.secretstore import MemorySecretStore
    from provider_wizard.store import Store

    store, secrets = Store(home / "providers.json"), MemorySecretStore()
    for i in range(count):
        add_provider(
            store,
            secrets,
            name=f"Gateway {i}",
            base_url=base_url,
            token=tokens[i] if tokens else f"sk-bench-token-{i:04d}-0123456789",
            models=entries_from_remote(RemoteModel(f"model-{i}-{j}") for j in range(40)),
        )
    return store, secrets


def cli(runs: int, providers: int = 20) -> dict[str, Series]:
    home = Path(scratch("pw-bench-cli-"))
    _store(home, providers, "http://10.0.0.1:3000")
    env = dict(os.environ, PROVIDER_WIZARD_HOME=str(home))
    out = {name: Series() for name in ("list", "normalize", "python ms", "list ms")}
    python = [sys.executable, "-c", "pass"]
    listing = [*_cli(), "list", "--json"]
    normalize = [*_cli(), "normalize-url", "https://gw.example.com/v1/chat/completions"]
    for argv in (python, listing, normalize):
        _run(argv, env)  # warm the disk cache
    for _ in range(runs):
        base = _run(python, env)
        listed = _run(listing, env)
        out["list"].add(listed / base)
        out["normalize"].add(_run(normalize, env) / base)
        out["python ms"].add(base * 1000)
        out["list ms"].add(listed * 1000)
    return out


def _gateway(
    delay: float, tokens: int, *, tls: bool = False
) -> tuple[subprocess.Popen[str], int, list[str]]:
    """The emulator in its own process; with ``tls``, the CA file comes first in ``keys``."""
    server = subprocess.Popen(
        [sys.executable, GATEWAY, "10", "0", str(delay), str(tokens), *(["tls"] if tls else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    port, *keys = server.stdout.readline().split()
    return server, int(port), keys


def _round_trip(port: int) -> float:
    """One request on a new connection, as a client's first request is: the ideal."""
    import http.client

    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/api/status")
    conn.getresponse().read()
    conn.close()
    return time.perf_counter() - started


def network(runs: int, delay: float = 0.2, providers: int = 20) -> dict[str, Series]:
    from provider_wizard.probe import probe
    from provider_wizard.providers import refresh_statuses

    names = ("ideal ms", "probe", "probe no scheme", "balance", "balance https")
    out = {name: Series() for name in names}
    server, port, keys = _gateway(delay, providers)
    # The same gateway over https, as real ones are: every request a TLS connection of its own.
    tls_server, tls_port, (ca_file, *tls_keys) = _gateway(delay, providers, tls=True)
    try:
        home = Path(scratch("pw-bench-net-"))
        store, secrets = _store(home, providers, f"http://127.0.0.1:{port}", keys)
        ids = [p.id for p in store.load().providers]
        tls_home = Path(scratch("pw-bench-tls-"))
        tls_store, tls_secrets = _store(
            tls_home, providers, f"https://127.0.0.1:{tls_port}", tls_keys
        )
        with tls_store.edit() as doc:
            for provider in doc.providers:
                provider.ca_file = ca_file
        tls_ids = [p.id for p in tls_store.load().providers]
        _round_trip(port)
        refresh_statuses(tls_store, tls_secrets, tls_ids)  # the CA file's context, once
        for _ in range(runs):
            ideal = _round_trip(port)
            out["ideal ms"].add(ideal * 1000)
            out["probe"].add(timed(lambda: probe(f"http://127.0.0.1:{port}", keys[0])) / ideal)
            out["probe no scheme"].add(timed(lambda: probe(f"127.0.0.1:{port}", keys[0])) / ideal)
            out["balance"].add(timed(lambda: refresh_statuses(store, secrets, ids)) / ideal)
            out["balance https"].add(
                timed(lambda: refresh_statuses(tls_store, tls_secrets, tls_ids)) / ideal
            )
    finally:
        for each in (server, tls_server):
            assert each.stdin is not None
            each.stdin.close()
            each.wait(timeout=30)
        os.unlink(ca_file)
    return out


def wizard(runs: int) -> dict[str, Series]:
    """The wizard shown after a click, first time and later, each in a fresh process."""
    child = str(Path(__file__).with_name("wizard_child.py"))
    home = scratch("pw-bench-wizard-")
    env = dict(os.environ, PROVIDER_WIZARD_HOME=home, QT_QPA_PLATFORM="offscreen")
    out = {"first ms": Series(), "later ms": Series()}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, child], env=env, capture_output=True, text=True, timeout=120
        )
        if done.returncode != 0:
            raise RuntimeError(f"the wizard child failed: {done.stderr[-500:]}")
        first, later = (float(x) for x in done.stdout.split()[-2:])
        out["first ms"].add(first)
        out["later ms"].add(later)
    return out
