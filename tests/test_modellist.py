"""The model-list parser: every shape in gateway-behavior.md, junk entries, and fuzzed JSON."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider_wizard.errors import NotAnOpenAIApi, NotAnOpenAIKind
from provider_wizard.modellist import MAX_ID_LENGTH, parse_model_list

ONEAPI = {
    "data": [
        {
            "id": "gpt-4o",
            "object": "model",
            "created": 1626777600,
            "owned_by": "openai",
            "permission": [{"id": "modelperm-1", "allow_view": True}],
            "root": "gpt-4o",
            "parent": None,
        },
        {
            "id": "my-model",
            "object": "model",
            "created": 1626777600,
            "owned_by": "custom",
            "permission": None,
            "root": "my-model",
            "parent": None,
        },
    ],
    "object": "list",
}
NEWAPI = {
    "data": [{"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "custom"}],
    "success": True,
}
NEWAPI_LATER = {
    "data": [
        {
            "id": "gpt-4o",
            "object": "model",
            "created": 1,
            "owned_by": "openai",
            "supported_endpoint_types": ["openai", "anthropic"],
        }
    ],
    "object": "list",
    "success": True,
}
LITELLM = {
    "data": [{"id": "mock-gpt", "object": "model", "created": 1677610602, "owned_by": "openai"}],
    "object": "list",
}


@pytest.mark.parametrize(
    ("doc", "ids"),
    [
        (ONEAPI, ["gpt-4o", "my-model"]),
        (NEWAPI, ["gpt-4o"]),
        (NEWAPI_LATER, ["gpt-4o"]),
        (LITELLM, ["mock-gpt"]),
    ],
)
def test_shapes(doc: dict[str, Any], ids: list[str]) -> None:
    assert parse_model_list(json.dumps(doc).encode()).ids == ids


def test_extra_fields_kept() -> None:
    models = parse_model_list(json.dumps(ONEAPI)).models
    assert models[1].owned_by == "custom"
    later = parse_model_list(json.dumps(NEWAPI_LATER)).models
    assert later[0].endpoint_types == ("openai", "anthropic")


def test_duplicates_empty_and_junk_ids() -> None:
    doc = {
        "data": [
            {"id": "a"},
            {"id": "a"},
            {"id": " b "},
            {"id": ""},
            {"id": None},
            {"id": "x" * (MAX_ID_LENGTH + 1)},
            {"id": 5},
            "c",
            {"no": "id"},
            {"id": "bad\x00id"},
        ]
    }
    result = parse_model_list(json.dumps(doc))
    assert result.ids == ["a", "b", "c"]
    assert result.duplicates == 1
    assert result.skipped == 6


def test_order_is_the_servers() -> None:
    ids = [f"m{i}" for i in range(500, 0, -1)]
    assert parse_model_list(json.dumps({"data": [{"id": i} for i in ids]})).ids == ids


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b"<html>", NotAnOpenAIKind.NOT_JSON),
        (b'{"data": [', NotAnOpenAIKind.NOT_JSON),
        (b'{"object": "list"}', NotAnOpenAIKind.NO_MODEL_LIST),
        (b'"text"', NotAnOpenAIKind.NO_MODEL_LIST),
        (b"[" * 100000, NotAnOpenAIKind.NOT_JSON),
        (b"\xff\xfe", NotAnOpenAIKind.NOT_JSON),
    ],
)
def test_not_a_model_list(body: bytes, kind: NotAnOpenAIKind) -> None:
    with pytest.raises(NotAnOpenAIApi) as info:
        parse_model_list(body)
    assert info.value.kind is kind


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(
            st.sampled_from(["id", "data", "owned_by", "supported_endpoint_types", "object", "x"]),
            inner,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@pytest.mark.timeout(900)  # 10,000 examples in CI: minutes, not the suite's 120 s
@given(st.one_of(_json, st.builds(lambda d: {"data": d}, st.lists(_json, max_size=8))))
def test_fuzzed_json_gives_a_list_or_a_typed_error(doc: Any) -> None:
    try:
        result = parse_model_list(json.dumps(doc))
    except NotAnOpenAIApi:
        return
    assert len(set(result.ids)) == len(result.ids)
    assert all(0 < len(i) <= MAX_ID_LENGTH for i in result.ids)


@pytest.mark.timeout(900)  # 10,000 examples in CI: minutes, not the suite's 120 s
@given(st.binary(max_size=200))
def test_fuzzed_bytes(body: bytes) -> None:
    with contextlib.suppress(NotAnOpenAIApi):
        parse_model_list(body)


def test_large_bodies_decode_in_steps_to_the_same_result() -> None:
    from provider_wizard.modellist import STEPWISE_BYTES, _decode_in_steps

    doc = {
        "object": "list",
        "data": [
            {"id": f"m-{i}", "owned_by": "x", "permission": [{"a": [1, 2]}]} for i in range(5000)
        ],
        "success": True,
    }
    text = json.dumps(doc, indent=1)
    assert len(text) > STEPWISE_BYTES
    assert _decode_in_steps(text) == json.loads(text)
    assert parse_model_list(text.encode()).ids == [f"m-{i}" for i in range(5000)]
    for odd in ['{"data": {}}', '{"data": []}', "{}", '{"a": 1, "data": [1, 2] }  ']:
        assert _decode_in_steps(odd) == json.loads(odd)


@pytest.mark.timeout(900)  # 10,000 examples in CI: minutes, not the suite's 120 s
@given(st.one_of(_json, st.builds(lambda d: {"data": d}, st.lists(_json, max_size=8))))
def test_stepwise_decoder_agrees_with_json_loads(doc: Any) -> None:
    from provider_wizard.modellist import _decode_in_steps

    text = json.dumps(doc)
    try:
        expected = json.loads(text)
        got = _decode_in_steps(text)
    except ValueError:
        return  # not an object: the caller falls back to json.loads
    assert got == expected


# Text that makes false cuts likely: braces, commas, quotes, escapes and the key itself.
_tricky_text = st.text(alphabet='}{,"\\ :id\n\tx\u00e9\u4e2d', max_size=24)
_tricky_value = st.recursive(
    st.none() | st.booleans() | st.integers() | _tricky_text,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["id", "x", '}, {"id"']), inner, max_size=3)
    ),
    max_leaves=8,
)
_item = st.fixed_dictionaries({"id": _tricky_text}, optional={"owned_by": _tricky_value})
_separators = st.sampled_from([(",", ":"), (", ", ": "), (",\n ", ": ")])


@pytest.mark.timeout(900)  # 10,000 examples in CI: minutes, not the suite's 120 s
@given(
    items=st.lists(_item, max_size=12),
    head=st.sampled_from([{}, {"object": "list"}, {"success": True}]),
    tail=st.sampled_from([{}, {"object": "list"}, {"success": True, "x": [{"id": "}"}]}]),
    separators=_separators,
    chunk_bytes=st.integers(min_value=1, max_value=64),
)
def test_chunked_decoder_agrees_with_json_loads(
    items: list[Any],
    head: dict[str, Any],
    tail: dict[str, Any],
    separators: tuple[str, str],
    chunk_bytes: int,
) -> None:
    """Cuts inside nested values are caught; the result is json.loads's, or a ValueError
    that sends the body to the next decoder."""
    from provider_wizard.modellist import _decode_in_chunks

    doc = {**head, "data": items, **tail}
    body = json.dumps(doc, separators=separators, ensure_ascii=False).encode()
    try:
        got = _decode_in_chunks(body, chunk_bytes)
    except ValueError:
        return
    assert got == json.loads(body)


@pytest.mark.timeout(900)  # 10,000 examples in CI: minutes, not the suite's 120 s
@given(
    ids=st.lists(st.text(alphabet="abc-./:\u4e2d", min_size=1, max_size=10), max_size=30),
    separators=_separators,
    chunk_bytes=st.integers(min_value=1, max_value=200),
)
def test_chunked_decoder_takes_every_plain_list(
    ids: list[str], separators: tuple[str, str], chunk_bytes: int
) -> None:
    """No false cut is possible here, so the decoder must not give up on any of these."""
    from provider_wizard.modellist import _decode_in_chunks

    doc = {"data": [{"id": i, "owned_by": "o", "permission": [{"id": "p"}]} for i in ids]}
    body = json.dumps(doc, separators=separators).encode()
    assert _decode_in_chunks(body, chunk_bytes) == doc


def test_a_body_full_of_false_cuts_still_parses() -> None:
    """Nested arrays of objects keyed "id" give false cuts. A few in a row are stepped over;
    more than MAX_FALSE_CUTS make the decoder give up, and the item-by-item fallback answers."""
    from provider_wizard.modellist import MAX_FALSE_CUTS, _decode_in_chunks

    small = [{"id": f"perm-{k}"} for k in range(MAX_FALSE_CUTS)]
    doc = {"data": [{"id": f"m-{i}", "permission": small} for i in range(3_000)]}
    body = json.dumps(doc).encode()
    assert _decode_in_chunks(body, chunk_bytes=1) == doc
    assert _decode_in_chunks(body) == doc

    huge = [{"id": f"perm-{k}"} for k in range(MAX_FALSE_CUTS + 2)]
    doc = {"data": [{"id": f"m-{i}", "permission": huge} for i in range(3)]}
    body = json.dumps(doc).encode()
    with pytest.raises(ValueError):
        _decode_in_chunks(body, chunk_bytes=1)
    assert parse_model_list(body).ids == ["m-0", "m-1", "m-2"]
