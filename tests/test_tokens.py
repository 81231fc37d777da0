"""Cleaning a pasted token, and masking tokens in every text that leaves the process."""

from __future__ import annotations

import logging
import urllib.parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provider_wizard.errors import InvalidToken
from provider_wizard.redact import (
    RedactingFilter,
    contains_secret,
    mask,
    redact,
    register_secret,
    secrets_among,
)
from provider_wizard.tokens import clean_token, looks_like_gateway_key

from gateway_emulator import make_key

KEY = "sk-" + make_key("tokens")


@pytest.mark.parametrize(
    "pasted",
    [
        KEY,
        f"  {KEY}\n",
        f"Bearer {KEY}",
        f"bearer  {KEY}",
        f'"{KEY}"',
        f"Authorization: Bearer {KEY}",
        f"\u200b{KEY}\ufeff",
        f"`{KEY}`",
    ],
)
def test_clean_token(pasted: str) -> None:
    assert clean_token(pasted) == KEY
    assert looks_like_gateway_key(clean_token(pasted))


@pytest.mark.parametrize(
    "pasted",
    [
        "",
        "   ",
        "Bearer ",
        "https://api.example.com",
        "http：//1.2.3.4:3000",
        "sk-abc def",
        "sk-令牌",
    ],
)
def test_bad_tokens(pasted: str) -> None:
    with pytest.raises(InvalidToken) as info:
        clean_token(pasted)
    assert "sk-abc" not in str(info.value)


def test_mask_and_redact() -> None:
    assert mask(KEY) == "sk-…" + KEY[-4:]
    text = f"token={KEY} again {KEY[3:]}"
    # The sk- form is caught by its shape alone, before the app has learnt the token.
    assert KEY not in redact(f"token={KEY}")
    register_secret(KEY)
    cleaned = redact(text)
    assert KEY not in cleaned and KEY[3:] not in cleaned
    register_secret("short-but-known-secret")
    assert "short-but-known-secret" not in redact("x short-but-known-secret y")


def test_log_filter_masks_messages_and_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("pw-test-redact")
    handler = logging.Handler()
    records: list[logging.LogRecord] = []
    handler.emit = records.append  # type: ignore[method-assign]
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    try:
        logger.error("using %s", KEY)
        try:
            raise ValueError(f"bad {KEY}")
        except ValueError:
            logger.error("failed", exc_info=True)
    finally:
        logger.removeHandler(handler)
    caplog.clear()  # these ERROR records are the point of the test
    assert KEY not in records[0].getMessage()
    assert records[1].exc_text is not None and KEY not in records[1].exc_text


_known = ["sk-" + make_key("among-a"), "sk-" + make_key("among-b"), "short-known-1"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.builds(
                lambda pre, key, post, form: pre + form(key) + post,
                st.text(max_size=8),
                st.sampled_from(_known),
                st.text(max_size=8),
                st.sampled_from([str, lambda k: k[3:], urllib.parse.quote, lambda k: k[:-1]]),
            ),
        ),
        max_size=30,
    )
)
def test_secrets_among_finds_what_asking_each_finds(texts: list[str]) -> None:
    """The one-pass check of a model list names exactly the texts a per-text check names."""
    for token in _known:
        register_secret(token)
    assert secrets_among(texts) == {t for t in texts if contains_secret(t)}


def test_a_model_list_that_lists_the_token_keeps_every_other_model() -> None:
    from provider_wizard.modellist import parse_model_list

    token = "sk-" + make_key("listed-as-model")
    register_secret(token)
    ids = [f"model-{i}" for i in range(500)]
    body = {"data": [{"id": i, "owned_by": "x"} for i in ids[:250]]
            + [{"id": token}, {"id": "ok", "owned_by": token[3:]}]
            + [{"id": i} for i in ids[250:]]}  # fmt: skip
    listed = parse_model_list(body)
    assert [m.id for m in listed.models] == [*ids[:250], "ok", *ids[250:]]
    assert listed.skipped == 1 and listed.models[250].owned_by is None
    # An owner is judged whole, not as cut to length: a token starting just before the cut
    # would otherwise leave its first characters in the store.
    from provider_wizard.limits import MAX_MODEL_ID_LENGTH

    long_owner = "o" * (MAX_MODEL_ID_LENGTH - 6) + token
    cut = parse_model_list({"data": [{"id": "m", "owned_by": long_owner}]})
    assert cut.models[0].owned_by is None
