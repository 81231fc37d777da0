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
from typing import Any

from .errors import NotAnOpenAIApi, NotAnOpenAIKind
from .limits import MAX_MODEL_ID_LENGTH as MAX_ID_LENGTH

__all__ = ["MAX_ID_LENGTH", "ModelList", "RemoteModel", "parse_model_list"]


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


# Bodies larger than this are decoded item by item (see _decode_in_steps).
STEPWISE_BYTES = 256 * 1024
_SPACE = re.compile(r"[ \t\n\r]*")
_ITEM_END = re.compile(r"[ \t\n\r]*([,\]])[ \t\n\r]*")
_KEY_END = re.compile(r"[ \t\n\r]*:[ \t\n\r]*")
_MEMBER_END = re.compile(r"[ \t\n\r]*([,}])[ \t\n\r]*")


def _decode_in_steps(text: str) -> Any:
    """``json.loads`` for a top-level object, decoding its ``data`` array one item at a time.

    One ``json.loads`` of a 10,000-model body holds the GIL for about 40 ms, which freezes the
    UI thread while a worker parses. Decoding item by item gives the GIL up between items.
    Anything unexpected raises ValueError, and the caller falls back to ``json.loads``.
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
        try:
            text = body.decode("utf-8") if isinstance(body, (bytes, bytearray)) else body
            return _decode_in_steps(text)
        except (ValueError, RecursionError, UnicodeDecodeError):
            pass  # the plain decoder gives the answer (or the error) for odd bodies
    return json.loads(body)


def parse_model_list(body: bytes | str | Any, *, url: str = "") -> ModelList:
    """Parse a model-list body (bytes, text, or an already decoded JSON value).

    Raises ``NotAnOpenAIApi`` when the body is not JSON or holds no model list.
    """
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
            if isinstance(ob, str) and ob:
                owned_by = ob
            eps = item.get("supported_endpoint_types")
            if isinstance(eps, list):
                endpoints = tuple(e for e in eps if isinstance(e, str))
        else:
            raw = item
        if not isinstance(raw, str):
            skipped += 1
            continue
        model_id = raw.strip()
        if not model_id or len(model_id) > MAX_ID_LENGTH or not model_id.isprintable():
            skipped += 1
            continue
        if model_id in seen:
            duplicates += 1
            continue
        seen.add(model_id)
        models.append(RemoteModel(model_id, owned_by, endpoints))
    return ModelList(tuple(models), duplicates, skipped)
