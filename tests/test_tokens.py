"""Cleaning a pasted token, and masking tokens in every text that leaves the process."""

from __future__ import annotations

import logging

import pytest

from provider_wizard.errors import InvalidToken
from provider_wizard.redact import RedactingFilter, mask, redact, register_secret
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
