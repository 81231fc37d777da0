"""Clean a pasted token: what users copy is not always just the key.

A token copied from a gateway console can arrive with spaces, quotes, a ``Bearer `` prefix
from a curl example, or be the wrong thing entirely (the address). Pure and cheap, so the
wizard can run it on every keystroke.
"""

from __future__ import annotations

import re

from .errors import InvalidToken, InvalidTokenReason
from .text import Text

__all__ = [
    "MAX_TOKEN_LENGTH",
    "clean_token",
    "looks_like_gateway_key",
    "split_tokens",
    "token_labels",
]

MAX_TOKEN_LENGTH = 4096
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"))
_QUOTES = "\"'`“”‘’「」<>"
_BEARER_RE = re.compile(r"(?:authorization\s*:\s*)?bearer(?:\s+|$)", re.I)
_URL_RE = re.compile(r"(?i)^(?:https?\s*[:：]|www\.)|[/\\]{2}")
_GATEWAY_KEY_RE = re.compile(r"sk-[0-9A-Za-z]{48}")


def clean_token(text: str) -> str:
    """Return the bare token, or raise ``InvalidToken`` with a reason (never the token itself)."""
    token = text.translate(_INVISIBLE).strip().strip(_QUOTES).strip()
    token = _BEARER_RE.sub("", token, count=1).strip().strip(_QUOTES).strip()
    if not token:
        raise InvalidToken(Text("The token is empty."), reason=InvalidTokenReason.EMPTY)
    if _URL_RE.search(token):
        raise InvalidToken(
            Text("This looks like an address, not a token: it belongs in the address field."),
            reason=InvalidTokenReason.LOOKS_LIKE_URL,
        )
    if len(token) > MAX_TOKEN_LENGTH:
        raise InvalidToken(
            Text("The token is too long to be an API key."), reason=InvalidTokenReason.TOO_LONG
        )
    if any(ch.isspace() for ch in token) or not token.isascii() or not token.isprintable():
        raise InvalidToken(
            Text("The token contains spaces or characters an API key cannot have."),
            reason=InvalidTokenReason.BAD_CHARACTERS,
        )
    return token


def looks_like_gateway_key(token: str) -> bool:
    """True for the ``sk-`` + 48 characters that OneAPI and NewAPI consoles copy."""
    return _GATEWAY_KEY_RE.fullmatch(token) is not None


def split_tokens(text: str) -> list[str]:
    """Several tokens pasted at once, one a line: each cleaned, the same one kept once.

    A line that is not a token raises ``InvalidToken`` naming the line (never its text).
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) <= 1:
        return [clean_token(text)]
    tokens: list[str] = []
    for number, line in enumerate(lines, start=1):
        try:
            token = clean_token(line)
        except InvalidToken as exc:
            raise InvalidToken(
                Text("Line {line}: {problem}", line=number, problem=exc.message),
                reason=exc.reason,
            ) from None
        if token not in tokens:
            tokens.append(token)
    return tokens


def token_labels(count: int) -> list[Text]:
    """The labels pasted tokens get: "default" for one, "token 1", "token 2"… for several (in
    the user's language where the caller renders them)."""
    if count == 1:
        return [Text("default")]
    return [Text("token {n}", n=n) for n in range(1, count + 1)]
