"""Attacks, round 2: what an attacker tried in an afternoon, each held at its root.

Every test here is one attack (the ``attack`` fixture counts it for the summary line,
``attacks held X/Y``). Hostile servers are our emulator told to misbehave, or a man in the
middle on its port (``on_tls_hello``); the keychain is the real Secret Service where the
attack is on the keychain's behaviour, or a backend that lies where that is the attack.
A host that must count as remote (a token over plain http to the internet) is the emulator
on 127.0.0.1 with the locality rule told otherwise: that rule is what is under test.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider_wizard import urls
from provider_wizard.cli import main
from provider_wizard.errors import (
    AuthRejected,
    Error,
    GatewayError,
    InvalidInput,
    KeychainNotKept,
    KeychainTimeout,
    NoKeychain,
    NotAnOpenAIApi,
    PlainHttpRefused,
    RateLimited,
    ResponseTooLarge,
    SecretInField,
    StoreError,
    TlsError,
    TlsKind,
    TokenMissing,
    Unreachable,
    UnreachableKind,
)
from provider_wizard.gateway import ClientOptions, _retry_after, _server_message, parse_status
from provider_wizard.modellist import parse_model_list
from provider_wizard.probe import ProbeNoteKind, probe
from provider_wizard.providers import (
    add_provider,
    check_model,
    get_provider,
    remove_provider,
    set_models_enabled,
    tidy,
)
from provider_wizard.redact import clip, register_secret
from provider_wizard.schemas import ModelEntry, keychain_account
from provider_wizard.secretstore import KeyringSecretStore, MemorySecretStore
from provider_wizard.store import Store
from reliability.hostile import RELEASE

from gateway_emulator import GatewayEmulator, make_key
from keyring_backends import ForgetfulBackend, StallingBackend

pytestmark = pytest.mark.usefixtures("attack")

Make = Callable[..., GatewayEmulator]
FAST = ClientOptions(connect_timeout=1.0, read_timeout=1.0, total_timeout=3.0)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _release_held_connections() -> Iterator[None]:
    RELEASE.clear()
    yield
    RELEASE.set()


@pytest.fixture
def remote(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 stands for a host on the internet: the locality rule says so."""
    monkeypatch.setattr(urls, "is_local_host", lambda host: False)


def cli(*args: str, stdin: str = "", secrets: Any = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        list(args),
        stdin=io.StringIO(stdin + "\n"),
        stdout=out,
        stderr=err,
        secrets=secrets if secrets is not None else MemorySecretStore(),
    )
    return code, out.getvalue(), err.getvalue()


def authorized(emu: GatewayEmulator) -> list[str]:
    return [r.path for r in emu.requests if "authorization" in r.headers]


def other_ca_context(*names: str) -> Any:
    import ssl

    import trustme

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    trustme.CA().issue_cert(*(names or ("127.0.0.1",))).configure_cert(ctx)
    return ctx


# --- 1. no downgrade to plain http with the token ----------------------------------------------


def test_untrusted_certificate_never_falls_back_to_http(make_emulator: Make) -> None:
    emu = make_emulator()
    emu.on_tls_hello = other_ca_context()  # a man in the middle with a certificate of his own
    token = emu.add_token(make_key("mitm"))
    with pytest.raises(TlsError) as info:
        probe(f"127.0.0.1:{emu.port}", token, options=FAST)
    assert info.value.kind is TlsKind.UNTRUSTED_CERTIFICATE
    assert emu.tls_hellos >= 1
    assert emu.requests == []  # not even a tokenless plain-http request


def test_tls_reset_never_falls_back_to_http(make_emulator: Make) -> None:
    emu = make_emulator()
    emu.on_tls_hello = "reset"
    token = emu.add_token(make_key("reset"))
    with pytest.raises(GatewayError) as info:
        probe(f"127.0.0.1:{emu.port}", token, options=FAST)
    assert isinstance(info.value, (TlsError, Unreachable))
    assert emu.tls_hellos >= 1
    assert authorized(emu) == []


def test_plain_http_server_is_asked_without_the_token_first(make_emulator: Make) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("plain"))
    result = probe(f"127.0.0.1:{emu.port}", token, options=FAST)
    assert result.base_url == emu.base_url
    assert result.notes[0].kind is ProbeNoteKind.HTTPS_FAILED_HTTP_USED
    assert "authorization" not in emu.requests[0].headers


def test_remote_plain_http_needs_consent_when_no_scheme(make_emulator: Make, remote: None) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("remote"))
    with pytest.raises(PlainHttpRefused) as info:
        probe(f"127.0.0.1:{emu.port}", token, options=FAST)
    assert info.value.base_url == emu.base_url
    assert emu.requests and authorized(emu) == []
    allowed = ClientOptions(**{**FAST.__dict__, "allow_plain_http": True})
    result = probe(f"127.0.0.1:{emu.port}", token, options=allowed)
    assert ProbeNoteKind.PLAIN_HTTP_REMOTE in [n.kind for n in result.notes]
    assert authorized(emu)


def test_remote_plain_http_typed_needs_consent(make_emulator: Make, remote: None) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("typed"))
    with pytest.raises(PlainHttpRefused):
        probe(emu.base_url, token, options=FAST)
    assert authorized(emu) == []


def test_cli_add_asks_for_allow_plain_http_and_the_entry_remembers(
    make_emulator: Make, remote: None, store: Store
) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("cli"))
    secrets = MemorySecretStore()
    code, _, err = cli("add", "Far", emu.base_url, "--token-stdin", stdin=token, secrets=secrets)
    assert code == 3 and "--allow-plain-http" in err
    assert authorized(emu) == []
    code, _, err = cli(
        "add", "Far", emu.base_url, "--token-stdin", "--allow-plain-http", stdin=token,
        secrets=secrets,
    )  # fmt: skip
    assert code == 0, err
    assert get_provider(store, "Far").allow_plain_http is True
    # The stored choice is what later checks use; without it they send nothing.
    assert check_model(store, secrets, "Far").model


def test_add_no_fetch_to_remote_plain_http_is_refused_unasked(
    remote: None, config_home: Path
) -> None:
    token = "sk-" + make_key("nofetch")
    code, _, err = cli(
        "add", "X", "http://gw.example.com", "--token-stdin", "--no-fetch", stdin=token
    )
    assert code == 3 and "--allow-plain-http" in err
    assert not (config_home / "providers.json").exists()


def test_a_stored_remote_http_provider_without_consent_sends_nothing(
    make_emulator: Make, remote: None, store: Store
) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("stored"))
    secrets = MemorySecretStore()
    add_provider(
        store, secrets, name="Old", base_url=emu.base_url, token=token, models=[ModelEntry(id="m")]
    )
    with pytest.raises(PlainHttpRefused):
        check_model(store, secrets, "Old")
    assert emu.requests == []


# --- 2. masked first, then cut; every secret, any length or form -------------------------------


def _echo(status: int, text: str) -> Callable[[Any], None]:
    return lambda req: req.send_json(status, {"error": {"message": text}})


def _pieces(secret: str, size: int = 6) -> list[str]:
    return [secret[i : i + size] for i in range(len(secret) - size + 1)]


@pytest.mark.parametrize("offset", [0, 250, 290, 296, 299])
def test_an_echoed_token_near_the_length_limit_is_masked_whole(
    offset: int, make_emulator: Make
) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key(f"cut{offset}"))
    emu.overrides["/v1/models"] = _echo(401, "x" * offset + f"invalid token {token} given")
    with pytest.raises(AuthRejected) as info:
        probe(emu.base_url, token, options=FAST)
    said = str(info.value) + info.value.server_message
    assert not [p for p in _pieces(token[3:]) if p in said], said


def test_a_short_token_is_masked_too(make_emulator: Make) -> None:
    emu = make_emulator()
    short = "k7Q2zz"
    emu.overrides["/v1/models"] = _echo(401, f"key {short} is not valid")
    with pytest.raises(AuthRejected) as info:
        probe(emu.base_url, short, options=FAST)
    assert short not in str(info.value)


def test_a_percent_encoded_token_is_masked(make_emulator: Make) -> None:
    emu = make_emulator()
    token = "sk-" + make_key("pct")[:20] + "+/="
    emu.overrides["/v1/models"] = _echo(
        401,
        "bad key=" + urllib.parse.quote(token, safe="") + " and " + urllib.parse.quote_plus(token),
    )
    with pytest.raises(AuthRejected) as info:
        probe(emu.base_url, token, options=FAST)
    assert make_key("pct")[:12] not in str(info.value), str(info.value)


# --- 3. no token in providers.json --------------------------------------------------------------


def _file_has(config_home: Path, secret: str) -> bool:
    path = config_home / "providers.json"
    return path.exists() and secret[3:] in path.read_text()


def test_a_name_that_is_the_token_is_refused(config_home: Path) -> None:
    token = "sk-" + make_key("wrongfield")
    code, _, err = cli(
        "add", token, "https://gw.example.com", "--token-stdin", "--no-fetch", stdin=token
    )
    assert code == 2 and "token" in err
    assert not _file_has(config_home, token)


def test_a_model_id_that_is_the_token_is_refused(store: Store, config_home: Path) -> None:
    token = "sk-" + make_key("modelfield")
    secrets = MemorySecretStore()
    add_provider(
        store, secrets, name="P", base_url="https://gw.example.com", token=token, models=[]
    )
    with pytest.raises(SecretInField):
        set_models_enabled(store, "P", enable=[token], add_missing=True)
    assert not _file_has(config_home, token)


def test_a_server_listing_the_token_as_a_model_loses_that_id(
    make_emulator: Make, config_home: Path
) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("echo-model"))
    emu.models = ["gpt-4o", token, token[3:]]
    code, _, err = cli("add", "E", emu.base_url, "--token-stdin", stdin=token)
    assert code == 0, err
    assert not _file_has(config_home, token)
    stored = json.loads((config_home / "providers.json").read_text())["providers"][0]
    assert [m["id"] for m in stored["models"]] == ["gpt-4o"]


def test_a_server_naming_itself_after_the_token_is_not_kept(
    make_emulator: Make, config_home: Path
) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("echo-name"))
    emu.system_name = f"Gateway {token}"
    emu.version = token
    code, _, err = cli("add", "N", emu.base_url, "--token-stdin", stdin=token)
    assert code == 0, err
    assert not _file_has(config_home, token)


def test_an_address_holding_the_token_is_refused(store: Store, config_home: Path) -> None:
    token = "sk-" + make_key("inpath")
    with pytest.raises(SecretInField):
        add_provider(
            store, MemorySecretStore(), name="P", base_url=f"https://h.example/{token}",
            token=token, models=[],
        )  # fmt: skip
    assert not _file_has(config_home, token)


def test_the_store_refuses_to_write_a_known_secret(store: Store, config_home: Path) -> None:
    token = "sk-" + make_key("lastline")
    register_secret(token)
    from provider_wizard.schemas import Provider, StoreDocument

    doc = StoreDocument(providers=[Provider(name="x", base_url="https://h", ca_file=token)])
    with pytest.raises(StoreError):
        store.save(doc)
    assert not _file_has(config_home, token)


# --- 4. a keyring that keeps nothing ------------------------------------------------------------


def test_the_null_keyring_is_refused_by_the_cli(config_home: Path) -> None:
    token = "sk-" + make_key("null")
    proc = subprocess.run(
        [sys.executable, "-m", "provider_wizard", "add", "X", "https://gw.example.com",
         "--token-stdin", "--no-fetch"],
        input=token + "\n", capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )  # fmt: skip
    assert proc.returncode == 4, proc.stderr
    assert "keychain" in proc.stderr.lower() and "hint:" in proc.stderr
    assert not (config_home / "providers.json").exists()


def test_a_keyring_that_forgets_is_caught_by_reading_back(store: Store) -> None:
    secrets = KeyringSecretStore(ForgetfulBackend())
    with pytest.raises(KeychainNotKept):
        add_provider(
            store, secrets, name="F", base_url="https://h.example", token="sk-" + make_key("f"),
            models=[],
        )  # fmt: skip
    doc = store.load()
    assert doc.providers == [] and doc.pending == []


def test_a_chain_with_a_keyring_that_keeps_nothing_is_refused() -> None:
    from keyring.backends import null

    # Shaped as keyring's chainer, without registering a backend class with keyring.
    class ChainerBackend:
        backends = (null.Keyring(),)

    with pytest.raises(NoKeychain):
        KeyringSecretStore(ChainerBackend())


# --- 5. decompression bombs ---------------------------------------------------------------------


def _gzip(chunks: Iterator[bytes]) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [c.compress(chunk) for chunk in chunks]
    out.append(c.flush())
    return b"".join(out)


@functools.cache
def _gigabyte_gzipped() -> bytes:
    return _gzip(iter([b"\0" * (1 << 20)] * 1024))  # 1 GiB of zeros in about 1 MB


def _bomb(encoding: str) -> bytes:
    if encoding == "gzip":
        return _gigabyte_gzipped()
    if encoding == "gzip, gzip":
        return _gzip(iter([_gigabyte_gzipped()]))  # a few KB
    deflate = zlib.compressobj(9, zlib.DEFLATED, 15)
    inner = b"".join(deflate.compress(b"\0" * (1 << 20)) for _ in range(256)) + deflate.flush()
    return _gzip(iter([inner]))  # "deflate, gzip": 256 MB


BOMB_CHILD = """
import sys
from provider_wizard.errors import Error
from provider_wizard.gateway import ClientOptions
from provider_wizard.probe import probe
try:
    probe(sys.argv[1], "sk-bomb-0123456789abcdef", options=ClientOptions(total_timeout=20))
    outcome = "no error"
except Error as exc:
    outcome = type(exc).__name__
rss = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(outcome, int(rss) // 1024)
"""


@pytest.mark.parametrize("encoding", ["gzip, gzip", "gzip", "deflate, gzip"])
def test_a_compressed_bomb_stops_at_the_cap(encoding: str, make_emulator: Make) -> None:
    emu = make_emulator()
    body = _bomb(encoding)
    assert len(body) < 2 * 1024 * 1024
    emu.overrides["/v1/models"] = lambda req: req.send_bytes(
        200, body, headers={"Content-Encoding": encoding}
    )
    proc = subprocess.run(
        [sys.executable, "-c", BOMB_CHILD, emu.base_url],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    outcome, peak_mb = proc.stdout.split()
    assert outcome == "ResponseTooLarge"
    assert int(peak_mb) < 200, f"peak RSS {peak_mb} MB"


def test_an_unknown_encoding_is_a_typed_error(make_emulator: Make) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("enc"))
    emu.overrides["/v1/models"] = lambda req: req.send_bytes(
        200, b"\x00" * 100, headers={"Content-Encoding": "br"}
    )
    with pytest.raises(NotAnOpenAIApi):
        probe(emu.base_url, token, options=FAST)


# --- 6. one deadline for the whole exchange -----------------------------------------------------


def _drip(prefix: bytes) -> Callable[[Any], None]:
    """A status line and headers one byte at a time, never finishing."""

    def handler(req: Any) -> None:
        data = prefix + b"X-Slow: y\r\n" * 10_000
        try:
            for i in range(len(data)):
                req.wfile.write(data[i : i + 1])
                req.wfile.flush()
                if RELEASE.wait(0.05):
                    break
        except OSError:
            pass
        req.close_connection = True

    return handler


@pytest.mark.parametrize("prefix", [b"HTTP/1.1 200 OK\r\n", b"HTTP/1.1 2"])
def test_drip_fed_headers_end_at_the_deadline(prefix: bytes, make_emulator: Make) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("drip"))
    emu.overrides["/v1/models"] = _drip(prefix)
    started = time.monotonic()
    with pytest.raises(Unreachable) as info:
        probe(emu.base_url, token, options=FAST)
    elapsed = time.monotonic() - started
    assert info.value.kind is UnreachableKind.TIMEOUT
    assert elapsed < FAST.total_timeout + 1.5, f"took {elapsed:.1f} s"


# --- 7. answers, not crashes --------------------------------------------------------------------


def test_deeply_nested_status_is_ignored(make_emulator: Make) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("deep"))
    emu.overrides["/api/status"] = lambda req: req.send_bytes(200, b"[" * 100_000 + b"]" * 100_000)
    result = probe(emu.base_url, token, options=FAST)
    assert result.gateway.kind == "openai-compatible"


@pytest.mark.parametrize("value", ["٣", "³", "9" * 400, "Wed, 99 Foo 99999 99:99:99 GMT"])
def test_odd_retry_after_is_ignored(value: str, make_emulator: Make) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("retry"))
    raw = (
        b"HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
        b"Retry-After: " + value.encode() + b"\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
    )

    def handler(req: Any) -> None:
        req.wfile.write(raw)
        req.close_connection = True

    emu.overrides["/v1/models"] = handler
    with pytest.raises(RateLimited) as info:
        probe(emu.base_url, token, options=FAST)
    assert info.value.retry_after is None or 0 <= info.value.retry_after <= 86_400
    code, _, err = cli("probe", emu.base_url, "--token-stdin", stdin=token)
    assert code == 3, err


@given(st.binary(max_size=2048) | st.text(max_size=512).map(str.encode))
def test_server_bodies_never_crash_the_parsers(body: bytes) -> None:
    parse_status(body)
    _server_message(body)
    with contextlib.suppress(Error):  # a typed error is an answer; anything else fails
        parse_model_list(body)


@given(st.text(max_size=200))
def test_retry_after_never_crashes(value: str) -> None:
    seconds = _retry_after(value)
    assert seconds is None or 0 <= seconds <= 86_400


# --- 8. no terminal escapes ---------------------------------------------------------------------

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[1;1H\x9b31mfake line\r\n\u202egnp.exe"
RAW = ("\x1b", "\x07", "\x9b", "\r", "\u202e")


def test_a_server_message_with_escapes_reaches_the_terminal_inert(make_emulator: Make) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("esc"))
    emu.overrides["/v1/models"] = _echo(401, ESCAPES)
    code, out, err = cli("probe", emu.base_url, "--token-stdin", stdin=token)
    assert code == 3
    assert not [c for c in RAW if c in out + err], repr(err)
    code, out, err = cli("probe", emu.base_url, "--token-stdin", "--json", stdin=token)
    assert not [c for c in RAW if c in out + err], repr(out)


def test_a_system_name_with_escapes_is_not_printed_raw(make_emulator: Make) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("escname"))
    emu.system_name = ESCAPES
    code, out, err = cli("probe", emu.base_url, "--token-stdin", stdin=token)
    assert code == 0, err
    assert not [c for c in RAW if c in out + err]


def test_a_typed_name_with_escapes_or_newlines_is_refused(config_home: Path) -> None:
    for name in ("evil\x1b[2J", "two\nlines", "tab\there"):
        code, _, err = cli(
            "add", name, "https://gw.example.com", "--token-stdin", "--no-fetch",
            stdin="sk-" + make_key("n"),
        )  # fmt: skip
        assert code == 2, err
    assert not (config_home / "providers.json").exists()


def test_a_hand_edited_name_prints_as_one_inert_line(store: Store, config_home: Path) -> None:
    from provider_wizard.schemas import Provider, StoreDocument

    evil = Provider(name="x", base_url="https://a.example\x1b[2J")
    evil.name = "fake\x1b[2J\n[on ] bank  https://evil.example  (1 of 1 models on)"
    store.save(StoreDocument(providers=[evil, Provider(name="good", base_url="https://b.example")]))
    code, out, _ = cli("list")
    assert code == 0
    assert len(out.splitlines()) == 2
    assert not [c for c in RAW if c in out]


# --- 9. interrupted add and remove ---------------------------------------------------------------

INTERRUPTS = int(os.environ.get("PW_RELIABILITY_INTERRUPTS", "100"))


@pytest.mark.keychain
def test_interrupted_add_and_remove_leave_nothing_half_done(
    secret_service: None, config_home: Path, figures: Any
) -> None:
    import random

    rng = random.Random(20261129)
    store, secrets = Store(), KeyringSecretStore()
    child_script = str(Path(__file__).with_name("keychain_child.py"))
    bad: list[str] = []
    for round_no in range(INTERRUPTS):
        child = subprocess.Popen(
            [sys.executable, child_script, f"r{round_no}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,  # a Ctrl-C's traceback is expected there
            text=True,
            # A keychain call that stalls ends the child within this, not the test's minute.
            env={**os.environ, "PROVIDER_WIZARD_KEYCHAIN_TIMEOUT": "10"},
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        for _ in range(rng.randrange(1, 6)):
            child.stdout.readline()
        threading.Event().wait(rng.uniform(0, 0.03))  # the moment within the operation
        child.send_signal(signal.SIGKILL if round_no % 2 else signal.SIGINT)
        try:
            _, stderr = child.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGUSR1)  # the child's faulthandler: where it hangs
            child.kill()
            _, stderr = child.communicate()
            pytest.fail(f"round {round_no}: the child did not end:\n{stderr[-4000:]}")
        doc = store.load()
        # The child makes a new id per add, and an id is on disk (as an intent) before its
        # token can be in the keychain: these are all the ids this round could have touched.
        accounts: dict[str, set[str]] = {}
        for p in doc.providers:
            accounts.setdefault(p.id, set()).update(keychain_account(p.id, t) for t in p.tokens)
        for r in doc.pending:
            accounts.setdefault(r.id, set()).update(r.accounts)
        tidy(store, secrets)  # the next start
        after = store.load()
        if after.pending:
            bad.append(f"round {round_no}: records left {after.pending}")
        kept = {p.id for p in after.providers}
        for pid, names in accounts.items():
            has_secret = any(secrets.get(a) is not None for a in names)
            if has_secret != (pid in kept):
                what = "a secret with no provider" if has_secret else "a provider with no token"
                bad.append(f"round {round_no}: {what} ({pid})")
        for pid in kept:  # leave the keyring as we found it for the next round
            remove_provider(store, secrets, pid)
    assert bad == []


def test_tidy_leaves_a_running_processes_record_alone(store: Store) -> None:
    secrets = MemorySecretStore()
    from provider_wizard.schemas import Pending

    with store.edit() as doc:
        doc.pending.append(Pending(id="a" * 32, action="add", accounts=["a" * 32]))  # alive
    secrets.set("a" * 32, "sk-busy")
    assert tidy(store, secrets) == 0
    assert secrets.get("a" * 32) == "sk-busy"


def test_a_provider_whose_token_is_gone_says_token_missing(store: Store) -> None:
    secrets = MemorySecretStore()
    add_provider(store, secrets, name="P", base_url="http://127.0.0.1:9", token="sk-x1", models=[])
    p = get_provider(store, "P")
    secrets.delete(
        keychain_account(p.id, p.tokens[0])
    )  # gone elsewhere (another tool, a wiped keyring)
    with pytest.raises(TokenMissing):
        check_model(store, secrets, "P", "m")


# --- 10. a stalled keychain ---------------------------------------------------------------------


def test_a_stalled_keychain_times_out_and_never_holds_the_store_lock(store: Store) -> None:
    backend = StallingBackend(stall_on=frozenset({"set"}))
    secrets = KeyringSecretStore(backend, timeout=1.5)
    outcome: list[BaseException] = []

    def add() -> None:
        try:
            add_provider(
                store, secrets, name="S", base_url="https://h.example",
                token="sk-" + make_key("stall"), models=[],
            )  # fmt: skip
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=add)
    started = time.monotonic()
    worker.start()
    assert backend.stalled.wait(10)  # the add is inside its keychain write now
    assert store.load().pending  # its intent is on disk, and yet:
    with store.edit() as doc:  # the lock is free while the keychain stalls
        doc.providers = list(doc.providers)
    worker.join(30)
    backend.release.set()
    assert isinstance(outcome[0], KeychainTimeout)
    assert time.monotonic() - started < 10
    doc = store.load()
    assert doc.find("S") is None and doc.pending == []


@pytest.mark.keychain
def test_a_stopped_keychain_daemon_ends_in_exit_4(secret_service: None, config_home: Path) -> None:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus="SESSION") as conn:
        bus = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
        )
        reply = conn.send_and_get_reply(
            new_method_call(bus, "GetConnectionUnixProcessID", "s", ("org.freedesktop.secrets",))
        )
    daemon = int(reply.body[0])
    os.kill(daemon, signal.SIGSTOP)
    try:
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "provider_wizard", "add", "X", "https://gw.example.com",
             "--token-stdin", "--no-fetch"],
            input="sk-" + make_key("stopped") + "\n", capture_output=True, text=True,
            timeout=120, env={**os.environ, "PROVIDER_WIZARD_KEYCHAIN_TIMEOUT": "2"},
        )  # fmt: skip
        elapsed = time.monotonic() - started
    finally:
        os.kill(daemon, signal.SIGCONT)
    assert proc.returncode == 4, proc.stderr
    assert "did not answer" in proc.stderr and "hint:" in proc.stderr
    assert elapsed < 30


# --- questionable, settled ----------------------------------------------------------------------


def _entry(pid: str, name: str, **extra: Any) -> dict[str, Any]:
    return {"id": pid, "name": name, "base_url": "https://h.example", **extra}


def test_one_unreadable_entry_keeps_the_store_and_is_named(store: Store, config_home: Path) -> None:
    raw = {
        "schema_version": 1,
        "providers": [
            _entry("a" * 32, "Good"),
            _entry("b" * 32, "Future", type="anthropic"),
            _entry("c" * 32, "Other"),
        ],
    }
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(json.dumps(raw))
    code, out, err = cli("list", "--json")
    assert code == 0
    assert [p["name"] for p in json.loads(out)] == ["Good", "Other"]
    assert "Future" in err
    assert list(config_home.glob("*.broken-*")) == []
    cli("disable", "Good")  # a write keeps the entry it cannot read
    names = [p["name"] for p in json.loads(store.path.read_text())["providers"]]
    assert sorted(names) == ["Future", "Good", "Other"]


def test_duplicate_ids_never_cost_the_other_its_token(store: Store) -> None:
    secrets = MemorySecretStore()
    secrets.set("d" * 32, "sk-shared-token-123")
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(
        json.dumps({"providers": [_entry("d" * 32, "One"), _entry("d" * 32, "Copy")]})
    )
    doc = store.load()
    assert [p.name for p in doc.providers] == ["One"]
    assert [u.label for u in doc.unreadable] == ["Copy"]
    remove_provider(store, secrets, "One")
    assert secrets.get("d" * 32) == "sk-shared-token-123"


def test_a_symlinked_store_is_written_through(tmp_path: Path, config_home: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "providers.json"
    config_home.mkdir(parents=True, exist_ok=True)
    link = config_home / "providers.json"
    link.symlink_to(target)
    store = Store(link)
    add_provider(
        store, MemorySecretStore(), name="L", base_url="https://h", token="sk-l1", models=[]
    )
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert "L" in [p["name"] for p in json.loads(target.read_text())["providers"]]


@pytest.mark.parametrize(
    ("kind", "names", "days"),
    [(TlsKind.EXPIRED_CERTIFICATE, ("127.0.0.1",), -1), (TlsKind.WRONG_HOST, ("example.org",), 30)],
)
def test_certificate_faults_are_named(
    kind: TlsKind,
    names: tuple[str, ...],
    days: int,
    make_emulator: Make,
    test_ca: Any,
    ca_file: str,
) -> None:
    import ssl

    now = dt.datetime.now(dt.UTC)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    test_ca.issue_cert(
        *names, not_before=now - dt.timedelta(days=60), not_after=now + dt.timedelta(days=days)
    ).configure_cert(ctx)
    emu = make_emulator(tls=ctx)
    token = emu.add_token(make_key("cert"))
    options = ClientOptions(**{**FAST.__dict__, "ca_file": ca_file})
    with pytest.raises(TlsError) as info:
        probe(emu.base_url, token, options=options)
    assert info.value.kind is kind
    code, _, err = cli("probe", emu.base_url, "--token-stdin", "--ca-file", ca_file, stdin=token)
    assert code == 3 and "--ca-file" not in err.split("hint:")[1]


def test_a_million_model_ids_are_capped_with_words(make_emulator: Make) -> None:
    emu = make_emulator()
    token = emu.add_token(make_key("million"))
    body = b'{"data":[' + b",".join(b'{"id":"m%d"}' % i for i in range(1_000_000)) + b"]}"
    emu.overrides["/v1/models"] = lambda req: req.send_bytes(200, body)
    with pytest.raises(ResponseTooLarge) as info:
        probe(emu.base_url, token, options=ClientOptions(total_timeout=30, read_timeout=30))
    assert "20,000" in str(info.value)


def test_clip_masks_before_it_cuts_wherever_the_token_stands() -> None:
    token = "sk-" + make_key("any")
    register_secret(token)
    for before in range(0, 320, 3):
        text = clip("y" * before + token + " and more", 300)
        assert not [p for p in _pieces(token[3:]) if p in text], before


def test_manual_ids_past_the_cap_are_refused(store: Store) -> None:
    secrets = MemorySecretStore()
    models = [ModelEntry(id=f"m{i}") for i in range(20_000)]
    add_provider(store, secrets, name="Big", base_url="https://h", token="sk-big1", models=models)
    with pytest.raises(InvalidInput):
        set_models_enabled(store, "Big", enable=["one-more"], add_missing=True)


# --- the same, in the app -----------------------------------------------------------------------


def _wizard_to_check(qtbot: Any, wizard: Any, token: str, address: str) -> Any:
    wizard.show()
    wizard.currentPage().edit.setText(token)
    wizard.next()
    wizard.currentPage().edit.setText(address)
    check = wizard.page(wizard.CHECK)
    with qtbot.waitSignal(check.check_finished, timeout=15000):
        wizard.next()
    return check


def test_the_wizard_asks_before_sending_the_token_in_clear(
    qtbot: Any, make_emulator: Make, remote: None, store: Store
) -> None:
    from PySide6.QtCore import Qt

    from provider_wizard.ui.wizard import AddProviderWizard

    emu = make_emulator()
    token = emu.add_token(make_key("consent"))
    wizard = AddProviderWizard(store, MemorySecretStore(), [], options=FAST)
    qtbot.addWidget(wizard)
    check = _wizard_to_check(qtbot, wizard, token, f"127.0.0.1:{emu.port}")
    assert authorized(emu) == []
    assert check.plain_button.isVisibleTo(wizard)
    assert "unencrypted" in check.plain_button.text()
    with qtbot.waitSignal(check.check_finished, timeout=15000) as done:
        qtbot.mouseClick(check.plain_button, Qt.MouseButton.LeftButton)
    assert done.args == [True] and authorized(emu)
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.saved, timeout=15000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert store.load().providers[0].allow_plain_http is True


@pytest.mark.parametrize(
    ("backend", "word"),
    [(ForgetfulBackend, "keeps nothing"), (lambda: StallingBackend(frozenset({"set"})), "answer")],
)
def test_a_keychain_that_lies_or_stalls_is_said_in_the_app(
    backend: Callable[[], Any], word: str, qtbot: Any, emulator: GatewayEmulator, store: Store
) -> None:
    from provider_wizard.ui.wizard import AddProviderWizard

    stub = backend()
    token = emulator.add_token(make_key("lies"))
    wizard = AddProviderWizard(store, KeyringSecretStore(stub, timeout=1.0), [], options=FAST)
    qtbot.addWidget(wizard)
    _wizard_to_check(qtbot, wizard, token, emulator.base_url)
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: word in page.error.text().lower(), timeout=15000)
    if isinstance(stub, StallingBackend):
        stub.release.set()
    assert wizard.isVisible() and store.load().providers == []
