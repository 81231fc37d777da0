"""Keep tokens out of every text that leaves the process: log lines, error messages, reports.

Tokens are registered when the app learns them; any registered token, and anything shaped like
a gateway key (``sk-`` and 20 or more key characters), is replaced by a masked form that shows
only its last four characters, enough for a user to tell two keys apart.
"""

from __future__ import annotations

import logging
import re
import threading

__all__ = ["RedactingFilter", "install_log_redaction", "mask", "redact", "register_secret"]

_KEY_RE = re.compile(r"sk-[A-Za-z0-9_\-]{20,}")
_lock = threading.Lock()
_secrets: set[str] = set()


def mask(token: str) -> str:
    """``sk-…AbCd``: recognisable by its owner, useless to anyone else."""
    tail = token[-4:] if len(token) >= 12 else ""
    return f"sk-…{tail}" if tail else "sk-…"


def register_secret(token: str) -> None:
    """Remember a token so that ``redact`` removes it even when it is not ``sk-`` shaped."""
    token = token.strip()
    if len(token) >= 8:
        with _lock:
            _secrets.add(token)
            if token.startswith("sk-"):
                _secrets.add(token[3:])


def redact(text: str) -> str:
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, mask(secret))
    return _KEY_RE.sub(lambda m: mask(m.group(0)), text)


class RedactingFilter(logging.Filter):
    """A logging filter that rewrites each record's final message through ``redact``."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and record.exc_info[1] is not None:
            # Formatting the traceback later would print exception texts unredacted.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def install_log_redaction(logger: logging.Logger | None = None) -> None:
    """Attach the filter to every handler of ``logger`` (the root logger by default)."""
    logger = logger or logging.getLogger()
    for handler in logger.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
