"""Keep tokens out of every text that leaves the process: log lines, error messages, reports.

Tokens are registered when the app learns them; any registered token, and anything shaped like
a gateway key (``sk-`` and 20 or more key characters), is replaced by a masked form that shows
only its last four characters, enough for a user to tell two keys apart.

Every form a token can take on the way out is masked: as typed, without its ``sk-`` prefix,
and percent-encoded (a hostile server echoes the query string it was sent). A token of any
length is masked; one shorter than ``SHORT_SECRET`` (a LiteLLM master key such as
``sk-1234``) only where it stands as a whole word, so that a secret like ``1234`` does not
turn every port number into a mask. Masking comes before any cut: ``redact`` first, then
``clip``, never the other way round, or the cut would leave most of a token behind.
"""

from __future__ import annotations

import re
import threading
import urllib.parse

TYPE_CHECKING = False  # logging, for the type checker only (see RedactingFilter)
if TYPE_CHECKING:
    import logging

__all__ = [
    "SHORT_SECRET",
    "RedactingFilter",
    "clip",
    "contains_secret",
    "install_log_redaction",
    "mask",
    "redact",
    "register_secret",
    "secrets_among",
]

SHORT_SECRET = 8
_KEY_RE = re.compile(r"sk-[A-Za-z0-9_\-]{20,}")
# What may not stand right before or after a short secret for it to count as a whole word.
_WORD = r"A-Za-z0-9_\-"
_lock = threading.Lock()
_secrets: dict[str, str] = {}  # every form we mask -> the token it came from
_pattern: re.Pattern[str] | None = None
# For contains_secret's quick "no" (it runs on every id of a model list and on every save):
# a piece of each long form (_anchor), and the short forms themselves.
_anchors: frozenset[str] = frozenset()
_shorts: frozenset[str] = frozenset()


def mask(token: str) -> str:
    """``sk-…AbCd``: recognisable by its owner, useless to anyone else."""
    tail = token[-4:] if len(token) >= 12 else ""
    return f"sk-…{tail}" if tail else "sk-…"


def _forms(token: str) -> set[str]:
    forms = {token}
    if token.startswith("sk-") and len(token) - 3 >= SHORT_SECRET:
        forms.add(token[3:])
    for form in list(forms):
        forms.add(urllib.parse.quote(form, safe=""))
        forms.add(urllib.parse.quote_plus(form, safe=""))
        forms.add(urllib.parse.quote(form, safe="").lower())
    return {f for f in forms if f}


def register_secret(token: str) -> None:
    """Remember a token so that ``redact`` removes it, whatever its shape or length."""
    global _pattern, _shorts, _anchors
    token = token.strip()
    if not token:
        return
    with _lock:
        if token in _secrets:
            return
        for form in _forms(token):
            _secrets.setdefault(form, token)
        # One alternation, longest first, so a token's longer forms win over its shorter ones.
        parts = []
        for form in sorted(_secrets, key=len, reverse=True):
            escaped = re.escape(form)
            if len(form) < SHORT_SECRET:
                escaped = f"(?<![{_WORD}]){escaped}(?![{_WORD}])"
            parts.append(escaped)
        _pattern = re.compile("|".join(parts))
        # A text that holds a form holds any piece of it: each long form's anchor (below)
        # is looked for with one C substring search; only a hit costs the full pattern.
        _anchors = frozenset(_anchor(f) for f in _secrets if len(f) >= SHORT_SECRET)
        _shorts = frozenset(f for f in _secrets if len(f) < SHORT_SECRET)


_ALNUM_RUN = re.compile("[0-9A-Za-z]+")


def _anchor(form: str) -> str:
    """The piece of ``form`` to look for: its longest run of ASCII letters and digits (the
    rarest piece in ordinary text; percent- and plus-encoding leave such runs as they are),
    or its first characters when it has no run as long."""
    runs = _ALNUM_RUN.findall(form)
    best = max(runs, key=len) if runs else ""
    return best if len(best) >= SHORT_SECRET // 2 else form[:SHORT_SECRET]


def _known() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    with _lock:
        return _pattern, _secrets


def redact(text: str) -> str:
    """``text`` with every known token, in every form, and every gateway key masked."""
    pattern, known = _known()
    if pattern is not None:
        text = pattern.sub(lambda m: mask(known[m.group(0)]), text)
    return _KEY_RE.sub(lambda m: mask(m.group(0)), text)


def contains_secret(text: str) -> bool:
    """True if ``text`` holds a token this process knows (in any form ``redact`` masks).

    The full pattern (hundreds of alternatives once many tokens are known) is tried only
    when the text holds a piece of a known form (its anchor) or a short form: the usual
    answer, no, costs one C substring search per form, not a Python step per character.
    """
    with _lock:
        pattern, anchors, shorts = _pattern, _anchors, _shorts
    if pattern is None:
        return False
    return _may_hold(text, anchors, shorts) and pattern.search(text) is not None


def _may_hold(text: str, anchors: frozenset[str], shorts: frozenset[str]) -> bool:
    """False when ``text`` holds no known form for sure: no anchor, no short form in it."""
    return any(anchor in text for anchor in anchors) or any(short in text for short in shorts)


def secrets_among(texts: list[str]) -> set[str]:
    """Those of ``texts`` that hold a token this process knows (``contains_secret`` on each).

    For the many short texts of a model list: every form is looked for once in all of them
    joined, a C substring search each. Nothing found (the usual answer) ends it; a text that
    holds a form holds its anchor, so it cannot hide. Otherwise each text is asked alone.
    With 20 known tokens a 10,000-model list took 100 ms asking one id at a time.
    """
    with _lock:
        pattern, anchors, shorts = _pattern, _anchors, _shorts
    if pattern is None or not texts:
        return set()
    if not _may_hold("\n".join(texts), anchors, shorts):
        return set()
    return {text for text in texts if contains_secret(text)}


def clip(text: str, limit: int) -> str:
    """Mask, then cut to ``limit`` characters: a cut never leaves part of a token behind."""
    text = redact(text)
    if len(text) > limit:
        text = text[: max(0, limit - 3)] + "..."
    return text


class RedactingFilter:
    """A logging filter that rewrites each record's final message through ``redact``.

    logging takes any object with ``filter(record)``; not subclassing logging.Filter keeps
    logging out of a command-line start that never logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and record.exc_info[1] is not None:
            # Formatting the traceback later would print exception texts unredacted.
            import logging

            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def install_log_redaction(logger: logging.Logger | None = None) -> None:
    """Attach the filter to every handler of ``logger`` (the root logger by default)."""
    import logging

    logger = logger or logging.getLogger()
    for handler in logger.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
