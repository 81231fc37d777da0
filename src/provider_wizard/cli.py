"""The ``provider-wizard`` command line: the core's functions for scripts, tests and terminals.

Exit codes: 0 ok, 2 invalid input, 3 gateway or network failure, 4 keychain failure, 1 anything
else. Errors are turned into words here and only here (``describe``): one plain sentence and
a hint, on stderr. Tokens are read from stdin (``--token-stdin``), never from the command line
where ``ps`` would show them, and never appear in any output.

Everything printed passes ``for_terminal``: a server's message or a stored name with escape
sequences in it could otherwise retitle the terminal, clear it, or print a fake line.
"""

from __future__ import annotations

import sys
import unicodedata

from . import __version__
from .errors import (
    Cancelled,
    Error,
    GatewayError,
    InvalidInput,
    NameTaken,
    ProviderNotFound,
    SecretStoreError,
)
from .exitcodes import (
    EXIT_CANCELLED,
    EXIT_GATEWAY,
    EXIT_INVALID,
    EXIT_KEYCHAIN,
    EXIT_OK,
    EXIT_UNEXPECTED,
)
from .redact import install_log_redaction, redact

# Names for the type checker only: importing typing costs a command-line start ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    # argparse loads with the parser: the quick commands are read without it (_quick_args).
    import argparse
    from collections.abc import Sequence
    from typing import IO, Any

__all__ = ["describe", "exit_code", "main"]


# --- errors into words: the core's (words.py), rendered for a terminal -----------------------


def exit_code(exc: BaseException) -> int:
    if isinstance(exc, (InvalidInput, NameTaken, ProviderNotFound)):
        return EXIT_INVALID
    if isinstance(exc, GatewayError):
        return EXIT_GATEWAY
    if isinstance(exc, SecretStoreError):
        return EXIT_KEYCHAIN
    if isinstance(exc, Cancelled):
        return EXIT_CANCELLED
    return EXIT_UNEXPECTED


def describe(exc: BaseException) -> tuple[str, str]:
    """One plain sentence for ``exc`` (the server's words quoted after ours) and its hint."""
    from .words import describe as words_for

    d = words_for(exc)
    sentence = " ".join(str(x) for x in (d.detail, d.server) if x)
    return redact(sentence), redact(str(d.cli_hint or d.hint))


def _error_lines(exc: BaseException) -> list[str]:
    """What a failed command prints on stderr: the error, the server's words, the hint."""
    from .words import describe as words_for

    d = words_for(exc)
    lines = [f"error: {d.detail}"]
    if d.server:
        lines.append(f"server: {d.server}")
    if d.address:
        lines.append(f"  ({d.address})")
    lines.append(f"hint: {d.cli_hint or d.hint}")
    return lines


# --- output helpers ------------------------------------------------------------------------

# Control characters (C0, C1, DEL), invisible formatting (bidi overrides, zero widths),
# surrogates, private use, unassigned, and line or paragraph separators.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _unsafe(ch: str) -> bool:
    return not ch.isprintable() and unicodedata.category(ch) in _UNSAFE_CATEGORIES


def for_terminal(text: str, *, mask: bool = True) -> str:
    """One line for a terminal: tokens masked (unless asked for), every control character
    shown as an escape."""
    if mask:
        text = redact(text)
    if text.isprintable():
        return text  # nothing to escape: one C pass instead of a Python one per character
    return "".join(
        (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}") if _unsafe(ch) else ch
        for ch in text
    )


def json_for_terminal(value: Any) -> str:
    """Indented JSON with tokens masked and no raw control character, even C1 or bidi ones."""
    import json

    text = redact(json.dumps(value, ensure_ascii=False, indent=2))
    if text.replace("\n", "").isprintable():
        return text  # nothing to escape (the common case): no Python pass per character
    # json.dumps escapes C0 characters only; the rest may stand only inside strings, where
    # a \uXXXX escape (a surrogate pair past U+FFFF) is the same character to any reader.
    return "".join(_json_escape(ch) if ch != "\n" and _unsafe(ch) else ch for ch in text)


def _json_escape(ch: str) -> str:
    n = ord(ch)
    if n <= 0xFFFF:
        return f"\\u{n:04x}"
    n -= 0x10000
    return f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}"


class _Out:
    def __init__(self, stdout: IO[str], stderr: IO[str], as_json: bool) -> None:
        self.stdout, self.stderr, self.as_json = stdout, stderr, as_json

    def json(self, value: Any) -> None:
        self.stdout.write(json_for_terminal(value) + "\n")

    def line(self, text: str = "") -> None:
        self.stdout.write(for_terminal(text) + "\n")

    def note(self, text: str) -> None:
        self.stderr.write(for_terminal(text) + "\n")


def _provider_json(p: Any) -> dict[str, Any]:
    """A provider as ``list --json`` and ``add --json`` print it, from the stored JSON (a
    provider object is dumped first): one shape, whether the store was validated or peeked."""
    d: dict[str, Any] = p if isinstance(p, dict) else p.model_dump(mode="json")
    out = {
        "id": d["id"],
        "name": d["name"],
        "type": d.get("type", "openai"),
        "base_url": d["base_url"],
        "enabled": d.get("enabled", True),
        "tokens": [
            {"label": t.get("label"), "enabled": t.get("enabled", True)}
            for t in d.get("tokens") or []
        ],
        "models": [{"id": m.get("id"), "enabled": m.get("enabled", True)} for m in d["models"]]
        if "models" in d
        else [],
    }
    if d.get("status") is not None:
        out["status"] = status_json(d["name"], d["status"])
    return out


def _iso(value: object) -> str | None:
    """A stored time as ISO 8601 UTC to the second (``...Z``); None stays None."""
    import datetime as dt

    if value is None:
        return None
    when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def status_json(name: str, cache: Any) -> dict[str, Any]:
    """The shape ``provider-wizard status --json`` prints (issue 12 names it), from a status
    cache or its stored JSON."""
    c: dict[str, Any] = cache if isinstance(cache, dict) else cache.model_dump(mode="json")
    g = c.get("gateway") or {}
    return {
        "provider": name,
        "gateway": {
            key: g.get(key, "openai-compatible" if key == "kind" else None)
            for key in ("kind", "name", "version", "server_address", "top_up_link", "docs_link")
        },
        "tokens": [
            {
                "label": t.get("label", "default"),
                "granted": t.get("granted"),
                "used": t.get("used"),
                "available": t.get("available"),
                "unlimited": t.get("unlimited", False),
                "unit": t.get("unit"),
                "expires_at": _iso(t.get("expires_at")),
                "models": t.get("models"),
                "checked_at": _iso(t.get("checked_at")),
            }
            for t in c.get("tokens") or []
        ],
    }


def _read_token(stdin: IO[str]) -> str:
    from .tokens import clean_token

    # At a terminal, ask without echo; piped, take the first line as the issue specifies.
    if stdin.isatty():
        import getpass

        line = getpass.getpass("Token: ")
    else:
        line = stdin.readline()
    return clean_token(line)


# --- commands ------------------------------------------------------------------------------


def _cmd_normalize(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    from .urls import normalize_base_url

    result = normalize_base_url(args.url)
    if out.as_json:
        out.json({"base_url": result.base_url, "changes": result.messages})
    else:
        out.line(result.base_url)
        for message in result.messages:
            out.note(f"  - {message}")
    return EXIT_OK


def _options(args: argparse.Namespace) -> Any:
    from .gateway import ClientOptions

    ca = getattr(args, "ca_file", None)
    return ClientOptions(ca_file=ca, allow_plain_http=getattr(args, "allow_plain_http", False))


def _cmd_probe(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    from .probe import probe

    token = _read_token(ctx.stdin)
    result = probe(args.url, token, options=_options(args))
    notes = [n.message for n in result.notes]
    if out.as_json:
        out.json(
            {
                "base_url": result.base_url,
                "gateway": result.gateway.kind,
                "system_name": result.gateway.system_name,
                "version": result.gateway.version,
                "models": result.models.ids,
                "notes": notes,
            }
        )
    else:
        kind = {"oneapi": "OneAPI", "newapi": "NewAPI"}.get(
            result.gateway.kind, "OpenAI-compatible"
        )
        name = f" ({result.gateway.system_name})" if result.gateway.system_name else ""
        out.line(f"base address: {result.base_url}")
        out.line(f"gateway:      {kind}{name}")
        out.line(f"models:       {len(result.models.models)}")
        for model_id in result.models.ids:
            out.line(f"  {model_id}")
        for note in notes:
            out.note(f"note: {note}")
    return EXIT_OK


def _cmd_add(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    return _add_checked(args, out, ctx, args.name, args.url, _read_token(ctx.stdin))


def _add_checked(
    args: argparse.Namespace, out: _Out, ctx: _Context, name: str, url: str, token: str
) -> int:
    """add's probe, model choice and save, for ``add`` and for ``import``."""
    from .providers import add_provider, choose_models, first_pick

    gateway = None
    if args.no_fetch:
        from .probe import require_consent
        from .urls import normalize_base_url

        base_url = normalize_base_url(url).base_url
        # Nothing is sent now, but every later check would send the token this way.
        require_consent(base_url, _options(args))
        models, by_hand = choose_models([], args.model)
    else:
        from .probe import probe

        result = probe(url, token, options=_options(args))
        base_url, gateway = result.base_url, result.gateway
        for note in result.notes:
            out.note(f"note: {note.message}")
        pick = first_pick(result.models.models)
        models, by_hand = choose_models(pick.entries, args.model)
        for model_id in by_hand:
            out.note(f"note: {model_id} is not in the server's list; added by hand.")
        if pick.none_on and not args.model:
            out.note(
                f"note: {len(models)} models listed, too many to switch on at once: none is "
                f"on. Recommended: {', '.join(pick.recommended)} "
                "(provider-wizard models NAME --enable ID)."
            )
    import os

    ca_file = os.path.abspath(args.ca_file) if args.ca_file else None
    provider = add_provider(
        ctx.store(),
        ctx.secrets(),
        name=name,
        base_url=base_url,
        token=token,
        models=models,
        gateway=gateway,
        ca_file=ca_file,
        allow_plain_http=args.allow_plain_http,
    )
    if out.as_json:
        out.json(_provider_json(provider))
    else:
        on = len(provider.enabled_model_ids)
        out.line(
            f"Added {provider.name}: {provider.base_url}, {on} of {len(provider.models)} models "
            "on; the token is in the keychain."
        )
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    """Take a provider in from a client's link, our own link, or an OPENAI_* block."""
    from .links import parse
    from .redact import register_secret
    from .tokens import clean_token
    from .urls import normalize_base_url

    text = ctx.stdin.read(1_000_000) if args.link == "-" else args.link
    imported = parse(text)
    token = clean_token(imported.token)
    register_secret(token)
    name = args.name or imported.name or normalize_base_url(imported.address).host
    out.note(f"note: read a {imported.source} link for {name}; checking it as add does.")
    if not args.model and imported.models:
        args.model = list(imported.models)
    return _add_checked(args, out, ctx, name, imported.address, token)


def _cmd_demo_gateway(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    """The demo gateway alone, until Ctrl-C: its address and demo token on stdout."""
    import threading

    from .demo import start_demo

    demo = start_demo(args.port)
    try:
        # The demo token opens only this loopback demo: printed on purpose, as a console would.
        out.stdout.write(f"address: {demo.address}\ntoken:   {demo.token}\n")
        out.stdout.flush()
        out.note(
            "The demo gateway runs until Ctrl-C. Try: provider-wizard add Demo ADDRESS "
            "--token-stdin"
        )
        threading.Event().wait()  # until Ctrl-C (KeyboardInterrupt), which main turns to 130
    finally:
        demo.stop()
    return EXIT_OK


def _cmd_install_desktop(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    from .desktop import install_desktop

    paths = install_desktop(uninstall=args.uninstall)
    if args.uninstall:
        out.line(f"Removed the desktop entry and {max(0, len(paths) - 1)} icons.")
    else:
        out.line(f"Installed {paths[0]} and the icons; provider-wizard:// links open the app.")
    return EXIT_OK


def _cmd_list(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    if out.as_json:
        # Scripts call this often: a current, settled store is read as JSON, no model built.
        raw = ctx.store().peek()
        if raw is not None:
            out.json([_provider_json(d) for d in raw["providers"]])
            return EXIT_OK
    doc = ctx.store().load()
    for entry in doc.unreadable:
        out.note(f"note: the stored entry {entry.label!r} cannot be read ({entry.reason}); kept.")
    if out.as_json:
        out.json([_provider_json(p) for p in doc.providers])
        return EXIT_OK
    if not doc.providers and not doc.unreadable:
        out.line("No providers yet. Add one with: provider-wizard add NAME URL --token-stdin")
    from .figures import list_line

    for p in doc.providers:
        state = "on " if p.enabled else "off"
        on = len(p.enabled_model_ids)
        figures = ""
        parts = list_line(p)
        if parts:
            notes = ", ".join(parts[1:])
            figures = f"  {parts[0]}" + (f" ({notes})" if notes else "")
        out.line(f"[{state}] {p.name}  {p.base_url}  ({on} of {len(p.models)} models on){figures}")
    return EXIT_OK


def _cmd_models(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    from .providers import get_provider, refresh_models, set_models_enabled

    store = ctx.store()
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    if args.refresh:
        report = refresh_models(store, ctx.secrets(), args.name, options=_options(args))
        added, removed = report.added, report.removed
    if args.enable or args.disable:
        provider = set_models_enabled(
            store, args.name, enable=args.enable, disable=args.disable, add_missing=True
        )
    else:
        provider = get_provider(store, args.name)
    if out.as_json:
        out.json(
            {
                "name": provider.name,
                "models": [{"id": m.id, "enabled": m.enabled} for m in provider.models],
                "added": list(added),
                "removed": list(removed),
            }
        )
        return EXIT_OK
    for m in provider.models:
        out.line(f"[{'x' if m.enabled else ' '}] {m.id}")
    out.note(f"{len(provider.enabled_model_ids)} of {len(provider.models)} models on")
    if args.refresh:
        out.note(f"added since the last fetch (off): {', '.join(added) or 'none'}")
        out.note(f"no longer listed (removed): {', '.join(removed) or 'none'}")
    return EXIT_OK


def _cmd_enable(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    from .providers import set_provider_enabled

    provider = set_provider_enabled(ctx.store(), args.name, args.command == "enable")
    out.line(f"{provider.name} is {'on' if provider.enabled else 'off'}.")
    return EXIT_OK


def _cmd_remove(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    from .providers import remove_provider

    provider = remove_provider(ctx.store(), ctx.secrets(), args.name)
    out.line(f"Removed {provider.name} and its token.")
    return EXIT_OK


def _cmd_status(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    from .figures import short_line, token_warnings
    from .providers import refresh_status, set_low_balance_percent

    if args.warn_below is not None:
        set_low_balance_percent(ctx.store(), args.name, args.warn_below)
    provider = refresh_status(ctx.store(), ctx.secrets(), args.name, options=_options(args))
    cache = provider.status
    assert cache is not None  # refresh_status always leaves one
    reported = any(t.unit is not None for t in cache.tokens)
    if out.as_json:
        out.json(status_json(provider.name, cache))
    else:
        g = cache.gateway
        kind = {"oneapi": "OneAPI", "newapi": "NewAPI"}.get(g.kind, "OpenAI-compatible")
        out.line(f"{provider.name}: {kind}" + (f" {g.version}" if g.version else ""))
        for t in cache.tokens:
            notes = ", ".join(token_warnings(provider, t))
            extra = f" ({notes})" if notes else ""
            out.line(f"  token {t.label}: {short_line(t)}{extra}")
            if t.granted is not None and t.used is not None:
                out.line(f"    granted {t.granted:,.2f}, used {t.used:,.2f} {t.unit}")
            if t.expires_at is not None:
                out.line(f"    expires {t.expires_at:%Y-%m-%d %H:%M} UTC")
            if t.models:
                out.line(f"    models: {', '.join(t.models)}")
        for label, link in (("top up", g.top_up_link), ("docs", g.docs_link)):
            if link:
                out.line(f"  {label}: {link}")
        if g.server_address and g.server_address.rstrip("/") != provider.base_url:
            out.note(
                f"note: the gateway names its address {g.server_address}; this provider uses "
                f"{provider.base_url}."
            )
    if not reported:
        out.note("error: this gateway does not report balances (not a OneAPI or NewAPI).")
        return EXIT_GATEWAY
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    from .export import LINKS, render
    from .providers import get_provider, get_token, pick_token

    store = ctx.store()
    provider = get_provider(store, args.name)
    if args.token is not None:
        pick_token(provider, args.token)  # a label that names no token is an error either way
    lobechat_url = args.lobechat_url
    if args.to == "lobechat":
        lobechat_url = _remembered_lobechat(store, lobechat_url)
    # A link to open carries the token: opening hands it to the client, never to the screen.
    with_token = args.with_token or (args.open and args.to in LINKS)
    token = get_token(ctx.secrets(), provider, args.token) if with_token else None
    result = render(provider, args.to, token=token, model=args.model, lobechat_url=lobechat_url)
    if args.open:
        from .desktop import open_link
        from .errors import InvalidInput
        from .text import Text

        if args.to not in LINKS:
            raise InvalidInput(Text("--open opens links; “{target}” is not one.", target=args.to))
        open_link(result.text)
        out.note(f"Opened the {args.to} link for {provider.name}.")
        return EXIT_OK
    if args.output:
        from .export import write_private

        write_private(args.output, result.text, force=args.force)
        out.note(f"Wrote {args.output} (readable by you only).")
        return EXIT_OK
    # What the user asked for, token included when --with-token said so: masked nowhere, but
    # no control character from a name or an id reaches the terminal.
    for line in result.text.splitlines():
        out.stdout.write(for_terminal(line, mask=not args.with_token) + "\n")
    return EXIT_OK


def _remembered_lobechat(store: Any, given: str | None) -> str | None:
    """The LobeChat address: the one given (then remembered in the store), else the last."""
    if given:
        from .urls import normalize_base_url

        address = normalize_base_url(given).base_url
        with store.edit() as doc:
            doc.lobechat_url = address
        return str(address)
    found = store.load().lobechat_url
    return str(found) if found else None


def _cmd_exec(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    import os
    import subprocess

    from .errors import InvalidInput
    from .export import exec_env
    from .providers import get_provider, get_token
    from .text import Text

    command = list(args.command_line)
    if not command:
        raise InvalidInput(Text("Name the command to run after --, as in: exec NAME -- env"))
    provider = get_provider(ctx.store(), args.name)
    token = get_token(ctx.secrets(), provider, args.token)
    # The token lives in the child's environment only: no file, no argument, no output.
    env = {**os.environ, **exec_env(provider, token, args.model)}
    try:
        done = subprocess.run(command, env=env, check=False)
    except FileNotFoundError:
        raise InvalidInput(Text("No command named {name}.", name=command[0])) from None
    return done.returncode if done.returncode >= 0 else 128 - done.returncode


def _cmd_set_token(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    from .providers import replace_token

    token = _read_token(ctx.stdin)
    provider = replace_token(
        ctx.store(),
        ctx.secrets(),
        args.name,
        token,
        label=args.token,
        check=not args.no_check,
        options=_options(args),
    )
    if args.no_check:
        out.line(f"{provider.name}: the new token is in the keychain (not checked).")
    else:
        out.line(f"{provider.name}: the gateway accepts the new token; it is in the keychain.")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    from .providers import check_model

    result = check_model(
        ctx.store(), ctx.secrets(), args.name, args.model, token=args.token, options=_options(args)
    )
    if out.as_json:
        out.json(
            {
                "name": args.name,
                "model": result.model,
                "ok": True,
                "latency_ms": round(result.latency_ms, 1),
                "reply": result.reply,
            }
        )
    else:
        out.line(f"{result.model}: ok in {result.latency_ms:.0f} ms")
    return EXIT_OK


def _cmd_token(args: argparse.Namespace, out: _Out, ctx: _Context) -> int:
    """The tokens of one provider: list, add, rename, switch on or off, check, remove."""
    from . import providers as core

    store = ctx.store()
    action = args.action
    if action == "add":
        provider = core.add_token(
            store,
            ctx.secrets(),
            args.name,
            _read_token(ctx.stdin),
            label=args.label,
            check=not args.no_check,
            options=_options(args),
        )
        how = "not checked" if args.no_check else "the gateway accepts it"
        out.note(f"{provider.name}: token {args.label} added ({how}); it is in the keychain.")
    elif action == "rename":
        provider = core.rename_token(store, args.name, args.label, args.new_label)
    elif action in ("enable", "disable"):
        provider = core.set_token_enabled(store, args.name, args.label, action == "enable")
    elif action == "remove":
        provider = core.remove_token(store, ctx.secrets(), args.name, args.label)
        out.note(f"{provider.name}: token {args.label} removed from the keychain.")
    elif action == "check":
        provider = core.get_provider(store, args.name)
        token = core.get_token(ctx.secrets(), provider, args.label)
        listed = core.check_token(provider, token, options=_options(args))
        out.note(
            f"{provider.name}: the gateway accepts token {args.label} "
            f"({len(listed.models)} models)."
        )
    else:
        provider = core.get_provider(store, args.name)
    if out.as_json:
        out.json([_token_json(provider, t) for t in provider.tokens])
        return EXIT_OK
    if action == "list":
        from .figures import short_line

        for t in provider.tokens:
            figures = provider.status_of(t)
            extra = f"  {short_line(figures)}" if figures is not None else ""
            out.line(f"[{'on ' if t.enabled else 'off'}] {t.label}{extra}")
    return EXIT_OK


def _token_json(provider: Any, token: Any) -> dict[str, Any]:
    figures = provider.status_of(token)
    return {
        "label": token.label,
        "enabled": token.enabled,
        "available": figures.available if figures is not None else None,
        "unit": figures.unit if figures is not None else None,
    }


# --- parser and entry point ----------------------------------------------------------------


class _Context:
    """What commands need from outside; tests hand in their own store and keychain."""

    def __init__(self, stdin: IO[str], secrets: Any = None, store: Any = None) -> None:
        self.stdin = stdin
        self._secrets = secrets
        self._store = store

    def secrets(self) -> Any:
        if self._secrets is None:
            from .providers import tidy
            from .secretstore import KeyringSecretStore

            self._secrets = KeyringSecretStore()
            # The first keychain use of a run settles what an interrupted run left half-done.
            tidy(self.store(), self._secrets)
        return self._secrets

    def store(self) -> Any:
        if self._store is None:
            from .store import Store

            self._store = Store()
        return self._store


class _Skipped:
    """The parser of a command that is not the one running: every call on it does nothing.

    Building all twenty sub-parsers costs a command about 14 ms, as much as its own work for
    the quick ones scripts call in loops (list, normalize-url); only the running command's
    is built (``build_parser(only=...)``), and all of them for help and for a mistyped one.
    """

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self


_SKIPPED: Any = _Skipped()


def _command_of(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (the first word not an option), if any."""
    for word in argv:
        if not word.startswith("-"):
            return word
        if word in ("-h", "--help", "--version"):
            return None
    return None


def _quick_args(argv: Sequence[str]) -> Any:
    """``normalize-url URL [--json]`` and ``list [--json]``, read without argparse, else None.

    Scripts call these two in loops, and argparse (its import, one parser, gettext's look for
    translations of its messages) costs each call about 6 ms of its 50. Anything else (help,
    -v, an unknown option, a word that looks like one) goes to the parser, which says what
    is wrong; a test holds what this reads equal to what the parser reads.
    """
    import types

    words = list(argv)
    as_json = "--json" in words
    if as_json:
        words.remove("--json")
    if "--json" in words or any(w.startswith("-") for w in words):
        return None
    if words == ["list"]:
        return types.SimpleNamespace(command="list", verbose=False, json=as_json, func=_cmd_list)
    if len(words) == 2 and words[0] == "normalize-url":
        return types.SimpleNamespace(
            command="normalize-url", verbose=False, json=as_json, url=words[1], func=_cmd_normalize
        )
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; ``only`` builds just that command's (see ``_Skipped``)."""
    import argparse

    def quick_formatter(prog: str) -> argparse.HelpFormatter:
        # A fixed width: argparse otherwise imports shutil to ask the terminal's (~4 ms).
        return argparse.HelpFormatter(prog, width=100)

    formatter: Any = quick_formatter if only is not None else argparse.HelpFormatter
    parser = argparse.ArgumentParser(
        formatter_class=formatter,
        prog="provider-wizard",
        description=(
            "Wire an OpenAI-compatible LLM gateway (OneAPI, NewAPI, LiteLLM, vLLM, Ollama...) "
            "into your clients: check the address and token, fetch models, keep the token in "
            "the OS keychain. With no command, opens the desktop app; --demo opens it with a "
            "demo gateway and a throw-away store."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens (stderr)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    class _Sub:
        @staticmethod
        def add_parser(name: str, **kwargs: Any) -> Any:
            if only is not None and name != only:
                return _SKIPPED
            return subparsers.add_parser(name, formatter_class=formatter, **kwargs)

    sub = _Sub()

    def json_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="print JSON on stdout")

    def label_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--token",
            metavar="LABEL",
            help="use this token of the provider (default: the first one switched on)",
        )

    def token_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--token-stdin",
            action="store_true",
            required=True,
            help="read the token from the first line of stdin (never pass it as an argument)",
        )

    def ca_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--ca-file", metavar="PEM", help="also trust this CA (self-signed gateway)")
        p.add_argument(
            "--allow-plain-http",
            action="store_true",
            help="send the token over plain http to a remote host (unencrypted; avoid)",
        )

    p = sub.add_parser("normalize-url", help="show the base address for a pasted address")
    p.add_argument("url")
    json_flag(p)
    p.set_defaults(func=_cmd_normalize)

    p = sub.add_parser("probe", help="find the working address, check the token, list models")
    p.add_argument("url")
    token_flag(p)
    ca_flag(p)
    json_flag(p)
    p.set_defaults(func=_cmd_probe)

    p = sub.add_parser("add", help="probe, then save a provider (token into the keychain)")
    p.add_argument("name")
    p.add_argument("url")
    token_flag(p)
    p.add_argument(
        "--model", action="append", default=[], metavar="ID", help="switch on only these"
    )
    p.add_argument("--no-fetch", action="store_true", help="save without contacting the server")
    ca_flag(p)
    json_flag(p)
    p.set_defaults(func=_cmd_add)

    p = sub.add_parser("list", help="list the providers")
    json_flag(p)
    p.set_defaults(func=_cmd_list)

    p = sub.add_parser("models", help="show, refresh, switch on or off a provider's models")
    p.add_argument("name")
    p.add_argument("--refresh", action="store_true", help="fetch the list again from the server")
    p.add_argument("--enable", action="append", default=[], metavar="ID")
    p.add_argument("--disable", action="append", default=[], metavar="ID")
    json_flag(p)
    p.set_defaults(func=_cmd_models)

    for name in ("enable", "disable"):
        p = sub.add_parser(name, help=f"switch a provider {'on' if name == 'enable' else 'off'}")
        p.add_argument("name")
        p.set_defaults(func=_cmd_enable)

    p = sub.add_parser("remove", help="remove a provider and its keychain token")
    p.add_argument("name")
    p.set_defaults(func=_cmd_remove)

    p = sub.add_parser("export", help="write the provider for a client or a script")
    p.add_argument("name")
    if p is not _SKIPPED:
        from .export import targets

        p.add_argument(
            "--to", required=True, metavar="TARGET", help="one of: " + ", ".join(targets())
        )
    p.add_argument(
        "--with-token", action="store_true", help="put the token in (else a placeholder)"
    )
    p.add_argument("--model", metavar="ID", help="the model to name (default: the first on)")
    label_flag(p)
    p.add_argument("--output", metavar="FILE", help="write a file (mode 0600) instead of stdout")
    p.add_argument("--force", action="store_true", help="replace an existing --output file")
    p.add_argument(
        "--open",
        action="store_true",
        help="hand a client's link to the desktop (the token goes to the client, not the screen)",
    )
    p.add_argument("--lobechat-url", metavar="URL", help="your LobeChat's address (remembered)")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser(
        "demo-gateway", help="run a demo gateway on 127.0.0.1 and print its address and token"
    )
    p.add_argument("--port", type=int, default=0, help="the port (default: a free one)")
    p.set_defaults(func=_cmd_demo_gateway)

    p = sub.add_parser(
        "install-desktop",
        help="add the app to the desktop's menu and make it open provider-wizard:// links",
    )
    p.add_argument("--uninstall", action="store_true", help="take it all back")
    p.set_defaults(func=_cmd_install_desktop)

    p = sub.add_parser(
        "import", help="add a provider from a client's link, our link or an OPENAI_* block"
    )
    p.add_argument("link", metavar="LINK", help="the link, or - to read it from stdin")
    p.add_argument("--name", help="the provider's name (default: the link's, else the host)")
    p.add_argument(
        "--model", action="append", default=[], metavar="ID", help="switch on only these"
    )
    p.add_argument("--no-fetch", action="store_true", help="save without contacting the server")
    ca_flag(p)
    json_flag(p)
    p.set_defaults(func=_cmd_import)

    p = sub.add_parser("exec", help="run a command with the provider's OPENAI_* variables set")
    p.add_argument("name")
    p.add_argument("--model", metavar="ID", help="also set OPENAI_MODEL")
    label_flag(p)
    # What follows "--" is the command, whatever it looks like (main splits it off).
    p.set_defaults(func=_cmd_exec, command_line=[])

    p = sub.add_parser("status", help="balance, expiry and limits of each token, and the gateway")
    p.add_argument("name")
    p.add_argument(
        "--warn-below",
        type=float,
        metavar="PERCENT",
        help="warn when a token has less than this share left (saved; default 10)",
    )
    json_flag(p)
    p.set_defaults(func=_cmd_status)

    p = sub.add_parser("set-token", help="give a provider a new token (checked first)")
    p.add_argument("name")
    token_flag(p)
    p.add_argument("--no-check", action="store_true", help="save without asking the server")
    label_flag(p)
    p.set_defaults(func=_cmd_set_token)

    p = sub.add_parser("check", help="send a one-token chat completion to a model")
    p.add_argument("name")
    p.add_argument("--model", metavar="ID")
    label_flag(p)
    json_flag(p)
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("token", help="a provider's tokens: list, add, rename, on/off, remove")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("list", help="the provider's tokens, the one in use first switched on")
    a.add_argument("name")
    json_flag(a)
    a = actions.add_parser("add", help="add a token (checked first) read from stdin")
    a.add_argument("name")
    a.add_argument("label")
    token_flag(a)
    a.add_argument("--no-check", action="store_true", help="save without asking the server")
    json_flag(a)
    a = actions.add_parser("rename", help="give a token another label")
    a.add_argument("name")
    a.add_argument("label")
    a.add_argument("new_label")
    json_flag(a)
    for verb in ("enable", "disable", "remove", "check"):
        a = actions.add_parser(verb, help=f"{verb} one token")
        a.add_argument("name")
        a.add_argument("label")
        json_flag(a)
    p.set_defaults(func=_cmd_token)
    return parser


# Every command word (build_parser's): a word not here gets the full parser and its message.
_COMMANDS = frozenset(
    {
        "normalize-url", "probe", "add", "list", "models", "enable", "disable", "remove",
        "export", "demo-gateway", "install-desktop", "import", "exec", "status", "set-token",
        "check", "token",
    }
)  # fmt: skip

# Commands that neither talk to a server nor log: a script's quick calls skip logging's set-up
# (its import costs them a few ms); -v still sets it up.
_QUIET_COMMANDS = frozenset({"list", "normalize-url"})


def _setup_logging(verbose: bool, stderr: IO[str]) -> None:
    import logging

    root = logging.getLogger()
    if not any(getattr(h, "_provider_wizard", False) for h in root.handlers):
        handler = logging.StreamHandler(stderr)
        handler._provider_wizard = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
    install_log_redaction(root)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    secrets: Any = None,
    store: Any = None,
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    command: list[str] = []
    if "exec" in argv and "--" in argv[argv.index("exec") :]:
        # exec's command is everything after "--": its options are not ours to read.
        cut = argv.index("--")
        argv, command = argv[:cut], argv[cut + 1 :]
    args = _quick_args(argv) if not command else None
    if args is None:
        command_word = _command_of(argv)
        known = command_word in _COMMANDS
        parser = build_parser(only=command_word if known else None)
        if not argv:
            # The app opens from entry.py; here (python -c, tests) no arguments mean help.
            parser.print_help(stdout)
            return EXIT_OK
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(stdout)
            return EXIT_OK
    if command:
        args.command_line = command
    if args.verbose or args.command not in _QUIET_COMMANDS:
        _setup_logging(args.verbose, stderr)
    out = _Out(stdout, stderr, getattr(args, "json", False))
    ctx = _Context(stdin, secrets=secrets, store=store)
    try:
        code: int = args.func(args, out, ctx)
    except KeyboardInterrupt:
        stderr.write("Cancelled.\n")
        return EXIT_CANCELLED
    except Exception as exc:  # every failure leaves as words and an exit code
        sentence, hint = describe(exc)
        for line in _error_lines(exc):
            stderr.write(for_terminal(line) + "\n")
        if out.as_json:
            out.json({"error": {"type": type(exc).__name__, "message": sentence, "hint": hint}})
        if not isinstance(exc, Error):
            import logging

            logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        return exit_code(exc)
    return code
