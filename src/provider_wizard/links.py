"""Provider links: the one-click import links of the clients, written and read.

Each client reads its own link; the formats below follow each client's handler as its public
source has it:

- Cherry Studio: ``cherrystudio://providers/api-keys?v=1&data=<base64 JSON {id, baseUrl,
  apiKey, name, type}>`` (``src/main/services/urlschema/handle-providers.ts``: it swaps ``+``
  and ``/`` before parsing the query and back after, decodes base64, and then drops every
  ``(`` and ``)`` and turns ``'`` into ``"``, so those never go into a name). The base
  address is the root: Cherry Studio adds ``/v1`` itself, as NewAPI's token page does.
- CC Switch: ``ccswitch://v1/import?resource=provider&app=claude|codex&name=…&endpoint=…&
  apiKey=…&model=…`` (``deeplink/parser.rs``: plain query parameters); the endpoint is the root
  for Claude Code and root + ``/v1`` for Codex.
- DeepChat: ``deepchat://provider/install?v=1&data=<base64 JSON {name, type:
  "openai-completions", baseUrl (root + /v1), apiKey}>`` (its deeplink service: padded
  standard base64; a custom provider has a name and a type, no id).
- AionUI: ``aionui://provider/add?v=1&data=<base64 JSON {platform, baseUrl, apiKey, name}>``
  (``process/utils/deepLink.ts``: ``searchParams``, base64, the JSON merged into the
  parameters), the payload NewAPI's chat links build for it.
- Chatbox: ``chatbox://provider/import?config=<base64 JSON {id, name, type: "openai",
  settings: {apiHost, apiPath, apiKey, models}}>`` (its provider-import documentation).
- LobeChat: ``<LobeChat address>/?settings={"keyVaults":{"openai":{"apiKey":…,"baseURL":…/v1}}}``.
- Ours: ``provider-wizard://add?v=1&data=<base64 JSON {baseUrl, apiKey, name?, models?}>``; the
  Cherry-shaped ``provider-wizard://providers/api-keys?v=1&data=…`` too, so that a NewAPI admin
  can add it as a chat link with ``{cherryConfig}``.

Base64 payloads are percent-encoded in the query (``+``, ``/`` and ``=`` would otherwise be
read as a space and separators), as NewAPI does. ``parse`` reads every one of these and a
pasted ``OPENAI_BASE_URL=… OPENAI_API_KEY=…`` block; what it returns is only what the link
said, to be checked like anything typed (see cli import and the wizard).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import re
import urllib.parse
from collections.abc import Sequence
from typing import Any

from .errors import InvalidInput
from .text import Text

__all__ = [
    "LINK_TARGETS",
    "Imported",
    "build",
    "looks_like_link",
    "parse",
]

# The link targets, by export target name; "lobechat" needs the address of a LobeChat.
LINK_TARGETS = (
    "cherry-studio",
    "cc-switch-claude",
    "cc-switch-codex",
    "deepchat",
    "aionui",
    "chatbox",
    "lobechat",
    "provider-wizard",
)
SCHEME = "provider-wizard"
MAX_LINK = 64 * 1024  # a link is a few hundred bytes; a megabyte of "link" is not one


@dataclasses.dataclass(frozen=True)
class Imported:
    """What a link or a pasted block says: an address as typed, a token, maybe a name."""

    address: str
    token: str
    name: str | None = None
    models: tuple[str, ...] = ()
    source: str = ""  # which client's form it was in ("cherry-studio", "env", ...)


def _b64(payload: dict[str, Any]) -> str:
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return urllib.parse.quote(base64.b64encode(raw).decode("ascii"), safe="")


def _q(value: str) -> str:
    return urllib.parse.quote(value, safe="")


def _slug(name: str) -> str:
    slug = re.sub(r"[^0-9a-z]+", "-", name.lower()).strip("-")
    return f"provider-wizard-{slug}" if slug else "provider-wizard"


def build(
    target: str,
    *,
    name: str,
    root: str,
    token: str,
    models: Sequence[str] = (),
    model: str | None = None,
    lobechat_url: str | None = None,
) -> str:
    """The import link of ``target`` for a provider at ``root`` (no ``/v1``) with ``token``."""
    v1 = root.rstrip("/") + "/v1"
    if target == "cherry-studio":
        # Cherry Studio's handler drops parentheses and turns ' into ": keep the name JSON-safe.
        clean = re.sub(r"[()'\"]", "", name).strip() or "Provider Wizard"
        payload = {"id": _slug(name), "baseUrl": root, "apiKey": token, "name": clean}
        return f"cherrystudio://providers/api-keys?v=1&data={_b64({**payload, 'type': 'openai'})}"
    if target in ("cc-switch-claude", "cc-switch-codex"):
        app = target.rsplit("-", 1)[1]
        params = [
            ("resource", "provider"),
            ("app", app),
            ("name", name),
            ("homepage", root),
            ("endpoint", root if app == "claude" else v1),
            ("apiKey", token),
        ]
        if model:
            params.append(("model", model))
        return "ccswitch://v1/import?" + "&".join(f"{k}={_q(v)}" for k, v in params)
    if target == "deepchat":
        payload = {"name": name, "type": "openai-completions", "baseUrl": v1, "apiKey": token}
        return f"deepchat://provider/install?v=1&data={_b64(payload)}"
    if target == "aionui":
        payload = {"platform": "new-api", "name": name, "baseUrl": root, "apiKey": token}
        return f"aionui://provider/add?v=1&data={_b64(payload)}"
    if target == "chatbox":
        config = {
            "id": _slug(name),
            "name": name,
            "type": "openai",
            "settings": {
                "apiHost": root,
                "apiPath": "/v1/chat/completions",
                "apiKey": token,
                "models": [{"modelId": m, "type": "chat"} for m in models],
            },
        }
        return f"chatbox://provider/import?config={_b64(config)}"
    if target == "lobechat":
        if not lobechat_url:
            raise InvalidInput(
                Text("Name your LobeChat's address once: --lobechat-url https://your-lobechat")
            )
        settings = {"keyVaults": {"openai": {"apiKey": token, "baseURL": v1}}}
        text = json.dumps(settings, separators=(",", ":"))
        return f"{lobechat_url.rstrip('/')}/?settings={_q(text)}"
    if target == "provider-wizard":
        payload = {"baseUrl": root, "apiKey": token, "name": name}
        if models:
            payload["models"] = list(models)  # type: ignore[assignment]
        return f"{SCHEME}://add?v=1&data={_b64(payload)}"
    raise InvalidInput(Text("There is no link for “{target}”.", target=target))


# --- reading --------------------------------------------------------------------------------

_SCHEMES = ("cherrystudio", "ccswitch", "deepchat", "aionui", "chatbox", SCHEME)
_ENV_LINE = re.compile(
    r"""^\s*(?:export\s+|set\s+-gx\s+|\$env:)?(OPENAI_(?:BASE_URL|API_BASE|API_KEY))"""
    r"""\s*[= ]\s*["']?([^"'\s]+)["']?\s*;?\s*$""",
    re.IGNORECASE,
)


def looks_like_link(text: str) -> bool:
    """True when ``text`` is one of the links or blocks ``parse`` reads (cheap: per keystroke)."""
    head = text.strip()[:40].lower()
    if any(head.startswith(s + ":") for s in _SCHEMES):
        return True
    if "settings=" in text and "keyvaults" in text.lower():
        return True
    return "OPENAI_API_KEY" in text and ("OPENAI_BASE_URL" in text or "OPENAI_API_BASE" in text)


def _bad(what: Text) -> InvalidInput:
    return InvalidInput(Text("This link cannot be read: {what}", what=what))


def _decode(data: str | None, *, cherry: bool = False) -> dict[str, Any]:
    if not data:
        raise _bad(Text("it carries no data."))
    data = data.strip()
    if cherry:
        data = data.replace("_", "+").replace("-", "/")  # as Cherry Studio's handler undoes it
    padded = data + "=" * (-len(data) % 4)
    try:
        raw = base64.b64decode(padded, altchars=None, validate=False)
        text = raw.decode("utf-8")
        if cherry:
            text = text.replace("'", '"').replace("(", "").replace(")", "")
        doc = json.loads(text)
    except (binascii.Error, UnicodeDecodeError, ValueError, RecursionError):
        raise _bad(Text("its data is not base64-encoded JSON.")) from None
    if not isinstance(doc, dict):
        raise _bad(Text("its data is not a provider."))
    return doc


def _text(doc: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = doc.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _result(
    doc: dict[str, Any], source: str, *, address_keys: Sequence[str], name_keys: Sequence[str]
) -> Imported:
    address = _text(doc, *address_keys)
    token = _text(doc, "apiKey", "api_key", "key", "token")
    if not address or not token:
        raise _bad(Text("it has no address or no token."))
    models = doc.get("models")
    ids = tuple(m for m in models if isinstance(m, str)) if isinstance(models, list) else ()
    return Imported(address, token, _text(doc, *name_keys), ids, source)


def _query(url: urllib.parse.SplitResult) -> dict[str, str]:
    # Plain percent-decoding: a "+" in these links is a base64 character, never a space.
    out: dict[str, str] = {}
    for part in url.query.split("&"):
        key, _, value = part.partition("=")
        out.setdefault(urllib.parse.unquote(key), urllib.parse.unquote(value))
    return out


def parse(text: str) -> Imported:
    """Read a client's provider link, our own, or an ``OPENAI_*`` block; ``InvalidInput`` if
    it is none of them. Nothing is checked here: the caller checks the address and token."""
    text = text.strip()
    if len(text) > MAX_LINK:
        raise _bad(Text("it is far too long to be a link."))
    if "\n" in text or text.upper().startswith(("OPENAI_", "EXPORT ", "SET -GX", "$ENV:")):
        return _parse_env(text)
    try:
        url = urllib.parse.urlsplit(text)
    except ValueError:
        raise _bad(Text("it is not a link.")) from None
    scheme = url.scheme.lower()
    where = (url.netloc + url.path).lower().strip("/")
    q = _query(url)
    if scheme == "cherrystudio" or (scheme == SCHEME and where == "providers/api-keys"):
        doc = _decode(q.get("data"), cherry=True)
        return _result(doc, "cherry-studio", address_keys=("baseUrl",), name_keys=("name", "id"))
    if scheme == SCHEME and where == "add":
        doc = _decode(q.get("data"))
        return _result(doc, SCHEME, address_keys=("baseUrl", "base_url"), name_keys=("name",))
    if scheme == "ccswitch":
        if q.get("resource") != "provider":
            raise _bad(Text("it is not a provider link."))
        endpoint = (q.get("endpoint") or "").split(",")[0].strip()
        doc = {"endpoint": endpoint, "apiKey": q.get("apiKey"), "name": q.get("name")}
        if q.get("model"):
            doc["models"] = [q["model"]]
        return _result(doc, "cc-switch", address_keys=("endpoint",), name_keys=("name",))
    if scheme == "deepchat":
        doc = _decode(q.get("data"))
        return _result(doc, "deepchat", address_keys=("baseUrl",), name_keys=("name", "id"))
    if scheme == "aionui":
        doc = _decode(q.get("data"))
        return _result(doc, "aionui", address_keys=("baseUrl",), name_keys=("name", "platform"))
    if scheme == "chatbox":
        doc = _decode(q.get("config"))
        found = doc.get("settings")
        settings: dict[str, Any] = found if isinstance(found, dict) else {}
        flat = {
            "apiHost": settings.get("apiHost"),
            "apiKey": settings.get("apiKey"),
            "name": doc.get("name"),
            "models": [
                m.get("modelId") for m in settings.get("models") or [] if isinstance(m, dict)
            ],
        }
        return _result(flat, "chatbox", address_keys=("apiHost",), name_keys=("name",))
    if scheme in ("http", "https") and "settings" in q:
        try:
            settings = json.loads(q["settings"])
            vault = settings["keyVaults"]["openai"]
        except (ValueError, KeyError, TypeError, RecursionError):
            raise _bad(Text("its settings hold no OpenAI key.")) from None
        if not isinstance(vault, dict):
            raise _bad(Text("its settings hold no OpenAI key."))
        return _result(vault, "lobechat", address_keys=("baseURL",), name_keys=())
    raise _bad(Text("it is not a provider link Provider Wizard knows."))


def _parse_env(text: str) -> Imported:
    found: dict[str, str] = {}
    for line in re.split(r"[\r\n;]+|\s+(?=(?:export\s+)?OPENAI_)", text):
        m = _ENV_LINE.match(line)
        if m:
            found.setdefault(m.group(1).upper(), m.group(2))
    address = found.get("OPENAI_BASE_URL") or found.get("OPENAI_API_BASE")
    token = found.get("OPENAI_API_KEY")
    if not address or not token or token.startswith("$"):
        raise _bad(Text("it needs OPENAI_BASE_URL and OPENAI_API_KEY with their values."))
    return Imported(address, token, None, (), "env")
