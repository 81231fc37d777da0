"""Parse the body of ``GET /v1/models`` from any OpenAI-compatible server into model ids.

The shapes differ by server (gateway-behavior.md): OneAPI sends ``{"data": [...], "object":
"list"}`` with permission arrays, NewAPI ``{"data": [...], "success": true}`` and later adds
``supported_endpoint_types``; LiteLLM, vLLM, Ollama and LM Studio send the OpenAI shape. Lists
of thousands of ids are normal and unordered, so this is plain Python over ``json.loads``
(no validation framework in the hot path), keeps the first of duplicate ids, and skips ids no
client could use rather than failing the whole list.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from typing import Any

from .errors import NotAnOpenAIApi, NotAnOpenAIKind, ResponseTooLarge
from .gcpause import gc_paused
from .limits import MAX_MODEL_ID_LENGTH as MAX_ID_LENGTH
from .limits import MAX_MODELS
from .redact import contains_secret, secrets_among

__all__ = ["MAX_ID_LENGTH", "MAX_MODELS", "ModelList", "RemoteModel", "parse_model_list"]


@dataclasses.dataclass(frozen=True, slots=True)
class RemoteModel:
    id: str
    owned_by: str | None = None
    endpoint_types: tuple[str, ...] | None = None


@dataclasses.dataclass(frozen=True)
class ModelList:
    models: tuple[RemoteModel, ...]
    duplicates: int = 0  # ids seen more than once (kept once)
    skipped: int = 0  # entries that were not usable ids (empty, too long, not text)

    @property
    def ids(self) -> list[str]:
        return [m.id for m in self.models]


# Bodies larger than this are decoded in pieces (see _decode_in_chunks and _decode_in_steps).
STEPWISE_BYTES = 256 * 1024
# The size of one piece: about a millisecond of parsing, so the UI thread never waits long.
CHUNK_BYTES = 256 * 1024
# False cuts in a row (candidates that did not lie between two items) after which the
# chunked decoder gives the body to the item-by-item one.
MAX_FALSE_CUTS = 8
_WS = rb"[ \t\n\r]*"
# The document's start up to its "data" array, allowing the few scalar members servers put
# first (OpenAI and vLLM: "object": "list"; some NewAPI builds: "success": true).
_DATA_HEAD = re.compile(
    rb"%s\{%s(?:\"(?:object|success)\"%s:%s(?:\"[A-Za-z_]*\"|true|false)%s,%s)*"
    rb"\"data\"%s:%s\[" % ((_WS,) * 8)
)
# Where one model item ends and the next begins, as every known server writes it. In valid
# JSON no match can lie inside a string (a quote there is escaped), but one may lie inside a
# nested value, such as a permission array of several objects; the piece then fails to parse.
_ITEM_START = b'{"id"'
_ITEM_CUT = re.compile(rb"\}%s,%s%s" % (_WS, _WS, re.escape(_ITEM_START)))
_SPACE = re.compile(r"[ \t\n\r]*")
_ITEM_END = re.compile(r"[ \t\n\r]*([,\]])[ \t\n\r]*")
_KEY_END = re.compile(r"[ \t\n\r]*:[ \t\n\r]*")
_MEMBER_END = re.compile(r"[ \t\n\r]*([,}])[ \t\n\r]*")


def _decode_in_chunks(body: bytes, chunk_bytes: int = CHUNK_BYTES) -> Any:
    """Decode a large list body in pieces of about ``chunk_bytes`` with pydantic-core's parser.

    One parse of a 10,000-model body holds the GIL for 20 to 40 ms, which freezes the UI
    thread while a worker parses; pieces of a millisecond each let the UI run in between.
    pydantic-core's parser (jiter) is also faster than ``json.loads``.

    The body is cut where one item ends and the next begins (``}, {"id"``), and each piece is
    parsed as a JSON array of its own. A cut that falls anywhere else cannot give a valid
    piece: the piece is parsed exactly as the whole body would be up to the cut, so a cut
    inside a nested value leaves that value unclosed (and a string cannot hold a cut at all).
    Such a piece is extended to the next candidate. No known server writes nested arrays of
    several objects keyed "id" (OneAPI's and vLLM's permission arrays hold one), so false
    cuts are rare; after MAX_FALSE_CUTS in a row the body goes to the slower decoder. The
    last piece is parsed with the document's head in front of it, so the members after the
    array are kept.
    Raises ValueError when the body has another shape or too many false cuts; the caller
    then uses the item-by-item decoder.
    """
    from pydantic_core import from_json

    head = _DATA_HEAD.match(body)
    if head is None:
        raise ValueError("the data array is not at the start")
    items: list[Any] = []
    start = head.end()
    false_cuts = 0
    search_from = start + chunk_bytes
    while True:
        cut = _ITEM_CUT.search(body, search_from)
        if cut is None:
            doc = from_json(body[: head.end()] + body[start:])
            if not isinstance(doc, dict) or not isinstance(doc.get("data"), list):
                raise ValueError("not a list document")
            items.extend(doc["data"])
            doc["data"] = items
            return doc
        end = cut.start() + 1  # just after the item's closing brace
        try:
            piece = from_json(b"[" + body[start:end] + b"]")
        except ValueError:
            false_cuts += 1
            if false_cuts > MAX_FALSE_CUTS:
                raise
            search_from = cut.end()
            continue
        items.extend(piece)
        start = cut.end() - len(_ITEM_START)  # the next item begins at its '{"id"'
        search_from = start + chunk_bytes
        false_cuts = 0


def _decode_in_steps(text: str) -> Any:
    """``json.loads`` for a top-level object, decoding its ``data`` array one item at a time.

    The fallback for large bodies the chunked decoder does not take: slower (about twice
    ``json.loads``), but it gives the GIL up between items just the same. Anything
    unexpected raises ValueError, and the caller falls back to ``json.loads``.
    """
    decode = _DECODER.raw_decode
    space, item_end, key_end, member_end = (
        _SPACE.match,
        _ITEM_END.match,
        _KEY_END.match,
        _MEMBER_END.match,
    )
    i = space(text, 0).end()  # type: ignore[union-attr]
    if text[i : i + 1] != "{":
        raise ValueError("not an object")
    i = space(text, i + 1).end()  # type: ignore[union-attr]
    doc: dict[str, Any] = {}
    if text[i : i + 1] == "}":
        i += 1
    else:
        while True:
            key, i = decode(text, i)
            if not isinstance(key, str):
                raise ValueError("bad key")
            m = key_end(text, i)
            if m is None:
                raise ValueError("no colon")
            i = m.end()
            if key == "data" and text[i : i + 1] == "[":
                items: list[Any] = []
                i = space(text, i + 1).end()  # type: ignore[union-attr]
                if text[i : i + 1] == "]":
                    i += 1
                else:
                    while True:
                        item, i = decode(text, i)
                        items.append(item)
                        m = item_end(text, i)
                        if m is None:
                            raise ValueError("bad array")
                        i = m.end()
                        if m.group(1) == "]":
                            break
                doc[key] = items
            else:
                doc[key], i = decode(text, i)
            m = member_end(text, i)
            if m is None:
                raise ValueError("bad object")
            i = m.end()
            if m.group(1) == "}":
                break
    if space(text, i).end() != len(text):  # type: ignore[union-attr]
        raise ValueError("trailing data")
    return doc


_DECODER = json.JSONDecoder()


def _loads(body: bytes | bytearray | str) -> Any:
    if len(body) > STEPWISE_BYTES:
        if isinstance(body, str):
            raw = body.encode("utf-8", "surrogatepass")
        else:
            raw = body if isinstance(body, bytes) else bytes(body)  # no copy of a whole body
        try:
            return _decode_in_chunks(raw)
        except (ValueError, RecursionError):
            pass
        try:
            text = body if isinstance(body, str) else raw.decode("utf-8")
            return _decode_in_steps(text)
        except (ValueError, RecursionError, UnicodeDecodeError):
            pass  # the plain decoder gives the answer (or the error) for odd bodies
    return json.loads(body)


def parse_model_list(body: bytes | str | Any, *, url: str = "") -> ModelList:
    """Parse a model-list body (bytes, text, or an already decoded JSON value).

    Raises ``NotAnOpenAIApi`` when the body is not JSON or holds no model list.
    """
    with gc_paused():
        return _parse(body, url)


def _parse(body: bytes | str | Any, url: str) -> ModelList:
    if isinstance(body, (bytes, bytearray, str)):
        try:
            doc = _loads(body)
        except (ValueError, RecursionError):
            raise NotAnOpenAIApi(
                "The server's answer is not JSON, so this is not an OpenAI-compatible API.",
                url=url,
                kind=NotAnOpenAIKind.NOT_JSON,
            ) from None
    else:
        doc = body

    items: Any
    if isinstance(doc, dict):
        items = doc.get("data")
        if items is None and isinstance(doc.get("models"), list):
            # Ollama's native /api/tags shape, met when a user points at its root.
            items = doc["models"]
    elif isinstance(doc, list):
        items = doc
    else:
        items = None
    if not isinstance(items, list):
        raise NotAnOpenAIApi(
            "The server answered with JSON that holds no model list.",
            url=url,
            kind=NotAnOpenAIKind.NO_MODEL_LIST,
        )

    if len(items) > MAX_MODELS:
        # A million ids would cost seconds and a gigabyte at every later load of the store.
        raise ResponseTooLarge(
            f"The server lists {len(items):,} models; Provider Wizard keeps at most "
            f"{MAX_MODELS:,} per provider.",
            url=url,
        )
    # A server that lists the token as a model (or an owner) would get it written to the
    # store. Every kept text is checked, all in one go (secrets_among); in the rare list
    # where one holds a token, the list is read again asking each text alone.
    kept: list[str] = []
    listed = _collect(items, None, kept)
    return _collect(items, contains_secret, []) if secrets_among(kept) else listed


def _collect(items: list[Any], secret: Callable[[str], bool] | None, kept: list[str]) -> ModelList:
    """The models of ``items``; without ``secret``, the texts kept are added to ``kept`` (each
    id, and each owner whole, before it is cut to length) for the caller to check."""
    seen: set[str] = set()
    models: list[RemoteModel] = []
    duplicates = skipped = 0
    for item in items:
        owned_by: str | None = None
        endpoints: tuple[str, ...] | None = None
        if isinstance(item, dict):
            raw = item.get("id")
            if raw is None:
                raw = item.get("name") if isinstance(item.get("name"), str) else None
            ob = item.get("owned_by")
            if isinstance(ob, str) and ob and ob.isprintable() and not (secret and secret(ob)):
                owned_by = ob[:MAX_ID_LENGTH]
                kept.append(ob)
            eps = item.get("supported_endpoint_types")
            if isinstance(eps, list):
                endpoints = tuple(
                    e for e in eps[:32] if isinstance(e, str) and e.isprintable() and len(e) < 64
                )
        else:
            raw = item
        if not isinstance(raw, str):
            skipped += 1
            continue
        model_id = raw.strip()
        if (
            not model_id
            or len(model_id) > MAX_ID_LENGTH
            or not model_id.isprintable()
            or (secret and secret(model_id))
        ):
            skipped += 1
            continue
        if model_id in seen:
            duplicates += 1
            continue
        seen.add(model_id)
        kept.append(model_id)
        models.append(RemoteModel(model_id, owned_by, endpoints))
    return ModelList(tuple(models), duplicates, skipped)
