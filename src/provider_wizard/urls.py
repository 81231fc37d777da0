"""Turn whatever address a user pasted into the gateway's base URL, and say what was changed.

Users copy addresses from a browser bar (``https://host/token``), from a client's docs
(``https://host/v1/chat/completions``), from a chat window through a Chinese input method
(``ｈｔｔｐ：／／host``), with or without a scheme. Clients want only the root: scheme, host,
port and, for a gateway behind a reverse proxy, the path prefix in front of ``/v1``. This
module is pure (no network, no I/O) so that the wizard can run it on every keystroke and the
property tests can run it thousands of times.

The path rule: the path is cut at the first segment that is ``v1`` or a known web-console or
API route (``token``, ``panel``, ``console``, ``chat``, ``models``...); segments before the cut
are a reverse-proxy prefix and are kept. Cutting at known routes rather than dropping every
path that has no ``/v1`` keeps the function idempotent: ``https://h/oneapi`` (the result for
``https://h/oneapi/v1/models``) must normalize to itself.
"""

from __future__ import annotations

import enum
import ipaddress
import re
import unicodedata

from .errors import InvalidUrl, InvalidUrlReason
from .text import Text

TYPE_CHECKING = False  # typing, for the type checker only (see _Frozen)
if TYPE_CHECKING:
    from typing import Protocol

__all__ = [
    "DEFAULT_PORTS",
    "Change",
    "ChangeKind",
    "NormalizedUrl",
    "build_base",
    "exposes_token",
    "is_local_host",
    "moved_base",
    "normalize_base_url",
    "origin",
    "switch_scheme",
    "with_scheme",
]

MAX_LENGTH = 2048
DEFAULT_PORTS = {"http": 80, "https": 443}


class ChangeKind(enum.Enum):
    TRIMMED = "trimmed"
    INNER_SPACE_REMOVED = "inner_space_removed"
    FULLWIDTH_FOLDED = "fullwidth_folded"
    BACKSLASHES = "backslashes"
    SCHEME_REPAIRED = "scheme_repaired"
    SCHEME_LOWERED = "scheme_lowered"
    SCHEME_ADDED_HTTP = "scheme_added_http"
    SCHEME_ADDED_HTTPS = "scheme_added_https"
    HOST_LOWERED = "host_lowered"
    HOST_IDNA = "host_idna"
    HOST_TRAILING_DOT = "host_trailing_dot"
    PORT_DEFAULT_DROPPED = "port_default_dropped"
    PORT_EMPTY_DROPPED = "port_empty_dropped"
    PATH_API_REMOVED = "path_api_removed"
    PATH_CONSOLE_REMOVED = "path_console_removed"
    PATH_OTHER_REMOVED = "path_other_removed"
    PREFIX_KEPT = "prefix_kept"
    QUERY_REMOVED = "query_removed"
    FRAGMENT_REMOVED = "fragment_removed"
    TRAILING_SLASH_REMOVED = "trailing_slash_removed"


class _Frozen:
    """A small immutable value: fields from ``__slots__``, equality and repr by value.

    Not a dataclass: ``dataclasses`` imports ``inspect``, which costs ``normalize-url``, a
    command scripts call in loops, as much again as all of its work.
    """

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Change(_Frozen):
    """One change the normalizer made; ``detail`` is the piece it concerns (never a token)."""

    __slots__ = ("detail", "kind")
    kind: ChangeKind
    detail: str

    def __init__(self, kind: ChangeKind, detail: str = "") -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "detail", detail)

    @property
    def message(self) -> Text:
        """The change in plain English (the app translates it: text.py)."""
        return Text(_CHANGE_TEXT[self.kind].template, detail=self.detail)


_CHANGE_TEXT = {
    ChangeKind.TRIMMED: Text("removed spaces, quotes or punctuation around the address"),
    ChangeKind.INNER_SPACE_REMOVED: Text("removed spaces inside the address"),
    ChangeKind.FULLWIDTH_FOLDED: Text(
        "changed full-width characters (from a Chinese input method) to normal ones"
    ),
    ChangeKind.BACKSLASHES: Text("turned backslashes into slashes"),
    ChangeKind.SCHEME_REPAIRED: Text("repaired the scheme {detail}"),
    ChangeKind.SCHEME_LOWERED: Text("wrote the scheme in lower case"),
    ChangeKind.SCHEME_ADDED_HTTP: Text("no scheme given: using http:// for {detail}"),
    ChangeKind.SCHEME_ADDED_HTTPS: Text("no scheme given: using https:// for a public host name"),
    ChangeKind.HOST_LOWERED: Text("wrote the host name in lower case"),
    ChangeKind.HOST_IDNA: Text("converted the international host name to {detail}"),
    ChangeKind.HOST_TRAILING_DOT: Text("removed the dot at the end of the host name"),
    ChangeKind.PORT_DEFAULT_DROPPED: Text("removed :{detail}, the default port of this scheme"),
    ChangeKind.PORT_EMPTY_DROPPED: Text("removed a colon with no port after it"),
    ChangeKind.PATH_API_REMOVED: Text("removed the path {detail}: the app adds it itself"),
    ChangeKind.PATH_CONSOLE_REMOVED: Text(
        "removed {detail}: that is the web console page, not the API"
    ),
    ChangeKind.PATH_OTHER_REMOVED: Text(
        "removed the path {detail}: only the server's root is needed"
    ),
    ChangeKind.PREFIX_KEPT: Text("kept the path prefix {detail}: the API sits under it"),
    ChangeKind.QUERY_REMOVED: Text("removed the query {detail}"),
    ChangeKind.FRAGMENT_REMOVED: Text("removed {detail}: that is a page of the web console"),
    ChangeKind.TRAILING_SLASH_REMOVED: Text("removed the slash at the end"),
}


class NormalizedUrl(_Frozen):
    __slots__ = ("base_url", "changes", "host", "port", "prefix", "scheme", "scheme_given")
    base_url: str
    scheme: str
    host: str  # as written in the URL: lower case, punycode, IPv6 without brackets
    port: int | None  # None when it is the scheme's default
    prefix: str  # "" or "/seg/seg"
    scheme_given: bool
    changes: tuple[Change, ...]

    def __init__(
        self,
        base_url: str,
        scheme: str,
        host: str,
        port: int | None,
        prefix: str,
        scheme_given: bool,
        changes: tuple[Change, ...],
    ) -> None:
        values = {
            "base_url": base_url,
            "scheme": scheme,
            "host": host,
            "port": port,
            "prefix": prefix,
            "scheme_given": scheme_given,
            "changes": changes,
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

    @property
    def messages(self) -> list[str]:
        return [c.message for c in self.changes]


# Zero-width and other invisible characters that ride along with copied text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"))
# Square brackets are not here: they belong to IPv6 literals.
_WRAPPERS = "\"'`“”‘’「」『』<>《》〈〉()（）"
_TRAILING_PUNCT = "。，,.;；:：!！?？、"
_TOKEN_RE = re.compile(r"(?i:bearer\s+)?sk-[A-Za-z0-9_\-]{8,}")
_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*)://(.*)", re.DOTALL)
# Damaged http/https schemes: "http//x", "http:/x", "https:///x", "http:x".
_BROKEN_SCHEME_RE = re.compile(r"(https?)(?::/(?!/)|:/{3,}|//|:(?=[^/\d]))(.*)", re.I | re.S)
_LABEL_RE = re.compile(r"[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?")
_PCT_RE = re.compile(r"%[0-9A-Fa-f]{2}")
_LEADING_SCHEME_RE = re.compile(r"\s*(?:[A-Za-z][A-Za-z0-9+.\-]*\s*:\s*/*|/+)?\s*")
_SPACE_IN_HOST_RE = re.compile(r"[A-Za-z0-9\-.\]]\s+[A-Za-z0-9\-.\[]")
_SEGMENT_SAFE = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@]")

# Path segments that are routes of a web console or endpoints of the API, never a prefix.
_API_SEGMENTS = frozenset(
    {
        "v1",
        "chat",
        "completions",
        "models",
        "embeddings",
        "images",
        "audio",
        "responses",
        "moderations",
        "files",
        "dashboard",
        "billing",
    }
)
_CONSOLE_SEGMENTS = frozenset(
    {
        "token",
        "tokens",
        "panel",
        "console",
        "login",
        "register",
        "channel",
        "channels",
        "log",
        "logs",
        "user",
        "users",
        "setting",
        "settings",
        "topup",
        "about",
        "redemption",
        "detail",
        "pricing",
        "playground",
        "home",
        "midjourney",
        "task",
        "oauth",
        "reset",
        "keys",
        "key",
        "account",
        "profile",
        "admin",
        "apikeys",
        "api-keys",
    }
)
_PAGE_SUFFIXES = (".html", ".htm", ".php", ".asp", ".aspx", ".jsp")


def normalize_base_url(text: str) -> NormalizedUrl:
    """Return the base URL for ``text`` and the changes made; raise ``InvalidUrl`` if impossible."""
    changes = _Changes()
    note = changes.add

    if len(text) > MAX_LENGTH:
        raise InvalidUrl(InvalidUrlReason.TOO_LONG)

    s = _trim(text)
    # Surrounding white space alone is too trivial to mention; quotes and the like are not.
    if s != text.strip():
        note(ChangeKind.TRIMMED)
    if not s:
        raise InvalidUrl(InvalidUrlReason.EMPTY)
    if _TOKEN_RE.fullmatch(s):
        raise InvalidUrl(InvalidUrlReason.LOOKS_LIKE_TOKEN)

    folded = unicodedata.normalize("NFKC", s).replace("。", ".")
    if folded != s:
        note(ChangeKind.FULLWIDTH_FOLDED)
        s = _trim(folded)
        if not s:
            raise InvalidUrl(InvalidUrlReason.EMPTY)
        if _TOKEN_RE.fullmatch(s):
            raise InvalidUrl(InvalidUrlReason.LOOKS_LIKE_TOKEN)

    if any(ch.isspace() for ch in s):
        # A space between two characters of a host name joins two words into another host
        # ("my gateway.com", "10.0.0 .5"): that is a typo to show, not to fix.
        if _SPACE_IN_HOST_RE.search(_authority_of(s)):
            raise InvalidUrl(InvalidUrlReason.SPACE_IN_HOST)
        s = "".join(ch for ch in s if not ch.isspace())
        note(ChangeKind.INNER_SPACE_REMOVED)

    if "\\" in s:
        s = s.replace("\\", "/")
        note(ChangeKind.BACKSLASHES)

    scheme, rest, scheme_given = _split_scheme(s, note)
    authority, path, query, fragment = _split_rest(rest)

    if "@" in authority:
        raise InvalidUrl(InvalidUrlReason.HAS_CREDENTIALS)
    host, port, is_ip = _parse_authority(authority, note)

    if scheme is None:
        if is_ip or host == "localhost" or host.endswith(".local") or "." not in host:
            scheme = "http"
            what = Text("an IP address") if is_ip else Text("a local host name")
            note(ChangeKind.SCHEME_ADDED_HTTP, what)
        else:
            scheme = "https"
            note(ChangeKind.SCHEME_ADDED_HTTPS)

    if port is not None and port == DEFAULT_PORTS[scheme]:
        note(ChangeKind.PORT_DEFAULT_DROPPED, str(port))
        port = None

    prefix = _cut_path(path, note)
    if query:
        note(ChangeKind.QUERY_REMOVED, "?" + query)
    if fragment:
        note(ChangeKind.FRAGMENT_REMOVED, "#" + fragment)

    base = build_base(scheme, host, port, prefix)
    return NormalizedUrl(
        base_url=base,
        scheme=scheme,
        host=host,
        port=port,
        prefix=prefix,
        scheme_given=scheme_given,
        changes=tuple(changes),
    )


def build_base(scheme: str, host: str, port: int | None, prefix: str = "") -> str:
    """The one way a base address is written: no default port, IPv6 in brackets."""
    url_host = f"[{host}]" if ":" in host else host
    if port is not None and port == DEFAULT_PORTS[scheme]:
        port = None
    return f"{scheme}://{url_host}" + (f":{port}" if port is not None else "") + prefix


def with_scheme(url: NormalizedUrl, scheme: str) -> str:
    """The same base address with another scheme (default ports follow the scheme)."""
    return build_base(scheme, url.host, url.port, url.prefix)


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an absolute http(s) address, the port filled in from the scheme.

    Two addresses with the same origin may share a token; redirects never leave it.
    """
    import urllib.parse

    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port or DEFAULT_PORTS.get(scheme, 0)


def _prefix(url: str) -> str:
    import urllib.parse

    return urllib.parse.urlsplit(url).path.rstrip("/")


def switch_scheme(base_url: str, scheme: str) -> str:
    """``base_url`` on another scheme, on the same port (the port a server answered on)."""
    _, host, port = origin(base_url)
    return build_base(scheme, host, port, _prefix(base_url))


def moved_base(base_url: str, target: str) -> str:
    """The base address at ``target``'s origin, keeping ``base_url``'s path prefix."""
    scheme, host, port = origin(target)
    return build_base(scheme, host, port, _prefix(base_url))


def is_local_host(host: str) -> bool:
    """True for loopback, private-range and link-local addresses and local host names.

    Plain http to such a host does not cross the internet, so no warning is owed.
    """
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost") or host.endswith(".local"):
        return True
    if "." not in host and ":" not in host:
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_private or ip.is_link_local


def exposes_token(base_url: str) -> bool:
    """True when a token sent to ``base_url`` would cross the network unencrypted.

    That is plain http to a host that is not loopback, a private range or a local name: the
    one rule behind the consent the wizard asks for, ``--allow-plain-http`` and the warnings.
    """
    scheme, host, _ = origin(base_url)
    return scheme == "http" and not is_local_host(host)


# --- steps ---------------------------------------------------------------------------------


class _Changes(list[Change]):
    def add(self, kind: ChangeKind, detail: str = "") -> None:
        self.append(Change(kind, detail))


if TYPE_CHECKING:

    class _Note(Protocol):
        def __call__(self, kind: ChangeKind, detail: str = "", /) -> None: ...


def _trim(s: str) -> str:
    s = s.translate(_INVISIBLE)
    while True:
        before = s
        s = s.strip()
        while len(s) >= 2 and s[0] in _WRAPPERS and s[-1] in _WRAPPERS:
            s = s[1:-1].strip()
        s = s.lstrip(_WRAPPERS).rstrip(_WRAPPERS + _TRAILING_PUNCT)
        if s == before:
            return s


def _split_scheme(s: str, record: _Note) -> tuple[str | None, str, bool]:
    m = _SCHEME_RE.fullmatch(s)
    if m:
        scheme = m.group(1)
        if scheme.lower() not in ("http", "https"):
            raise InvalidUrl(InvalidUrlReason.BAD_SCHEME)
        if scheme != scheme.lower():
            record(ChangeKind.SCHEME_LOWERED)
        rest = m.group(2)
        if rest.startswith("/"):
            # "https:///host": an extra slash is a damaged scheme, unless what follows is a
            # path ("http:///api"): then the host is missing.
            rest = _host_after_slashes(rest)
            record(ChangeKind.SCHEME_REPAIRED, scheme.lower() + "://")
        return scheme.lower(), rest, True
    m = _BROKEN_SCHEME_RE.fullmatch(s)
    if m:
        scheme = m.group(1).lower()
        rest = m.group(2)
        rest = _host_after_slashes(rest) if rest.startswith("/") else rest
        record(ChangeKind.SCHEME_REPAIRED, scheme + "://")
        return scheme, rest, True
    if s.startswith("//"):
        return None, s.lstrip("/"), False
    if "@" in s.split("/", 1)[0]:
        raise InvalidUrl(InvalidUrlReason.HAS_CREDENTIALS)
    head = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):(?!\d|$)", s)
    if head and not head.group(1).lower().startswith(("http", "localhost")):
        # "ftp:x", "mailto:x", "file:/x": a scheme we cannot use, not a host with a port.
        raise InvalidUrl(InvalidUrlReason.BAD_SCHEME)
    return None, s, False


def _authority_of(s: str) -> str:
    """Roughly the host and port of a raw paste (after any scheme, before the path)."""
    start = _LEADING_SCHEME_RE.match(s)
    rest = s[start.end() if start else 0 :]
    return re.split(r"[/?#\\]", rest, maxsplit=1)[0].strip()


def _host_after_slashes(rest: str) -> str:
    """``rest`` without its leading slashes, if a host follows them; else ``InvalidUrl``."""
    rest = rest.lstrip("/")
    first = re.split(r"[/?#]", rest, maxsplit=1)[0]
    name = first.rsplit(":", 1)[0] if first.count(":") == 1 else first
    if not first or not (
        "." in name or ":" in first or name.lower() == "localhost" or name.startswith("[")
    ):
        raise InvalidUrl(InvalidUrlReason.EMPTY_HOST)
    return rest


def _split_rest(rest: str) -> tuple[str, str, str, str]:
    fragment = ""
    if "#" in rest:
        rest, fragment = rest.split("#", 1)
    query = ""
    if "?" in rest:
        rest, query = rest.split("?", 1)
    if "/" in rest:
        authority, path = rest.split("/", 1)
        path = "/" + path
    else:
        authority, path = rest, ""
    return authority, path, query, fragment


def _parse_authority(authority: str, record: _Note) -> tuple[str, int | None, bool]:
    port_text: str | None = None
    if authority.startswith("["):
        end = authority.find("]")
        if end < 0:
            raise InvalidUrl(InvalidUrlReason.BAD_HOST)
        host_text = authority[1:end]
        after = authority[end + 1 :]
        if after.startswith(":"):
            port_text = after[1:]
        elif after:
            raise InvalidUrl(InvalidUrlReason.BAD_HOST)
        host, is_ip = _ipv6(host_text), True
    elif authority.count(":") >= 2:
        # A bare IPv6 address, as people paste it from `ip addr`.
        host, is_ip = _ipv6(authority), True
    else:
        host_text, sep, port_part = authority.partition(":")
        if sep:
            port_text = port_part
        host, is_ip = _host(host_text, record)

    port: int | None = None
    if port_text is not None:
        if port_text == "":
            record(ChangeKind.PORT_EMPTY_DROPPED)
        elif not port_text.isascii() or not port_text.isdigit() or len(port_text) > 5:
            raise InvalidUrl(InvalidUrlReason.BAD_PORT)
        else:
            port = int(port_text)
            if not 1 <= port <= 65535:
                raise InvalidUrl(InvalidUrlReason.BAD_PORT)
    return host, port, is_ip


def _ipv6(text: str) -> str:
    try:
        addr = ipaddress.IPv6Address(text)
    except ValueError:
        raise InvalidUrl(InvalidUrlReason.BAD_HOST) from None
    return addr.compressed


def _host(text: str, record: _Note) -> tuple[str, bool]:
    if not text:
        raise InvalidUrl(InvalidUrlReason.BAD_HOST)
    if text.endswith("."):
        text = text.rstrip(".")
        record(ChangeKind.HOST_TRAILING_DOT)
        if not text:
            raise InvalidUrl(InvalidUrlReason.BAD_HOST)
    if not text.isascii():
        import idna  # only international names need it

        try:
            ascii_host = idna.encode(text, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError):
            raise InvalidUrl(InvalidUrlReason.BAD_HOST) from None
        record(ChangeKind.HOST_IDNA, ascii_host)
        text = ascii_host
    elif text != text.lower():
        record(ChangeKind.HOST_LOWERED)
    host = text.lower()
    labels = host.split(".")
    if all(label.isdigit() for label in labels):
        try:
            return str(ipaddress.IPv4Address(host)), True
        except ValueError:
            raise InvalidUrl(InvalidUrlReason.BAD_HOST) from None
    if len(host) > 253 or not all(_LABEL_RE.fullmatch(label) for label in labels):
        raise InvalidUrl(InvalidUrlReason.BAD_HOST)
    if labels[-1].isdigit():
        # "1.2.3.4x" style hosts: a top-level label is never all digits.
        raise InvalidUrl(InvalidUrlReason.BAD_HOST)
    return host, False


def _cut_path(path: str, record: _Note) -> str:
    if not path or path == "/":
        if path == "/":
            record(ChangeKind.TRAILING_SLASH_REMOVED)
        return ""
    segments = [seg for seg in path.split("/") if seg]
    kept: list[str] = []
    cut_at: int | None = None
    for i, seg in enumerate(segments):
        low = seg.lower()
        if (
            low in _API_SEGMENTS
            or low in _CONSOLE_SEGMENTS
            or low in (".", "..")
            or low.endswith(_PAGE_SUFFIXES)
            or (low == "api" and i + 1 < len(segments) and segments[i + 1].lower() != "v1")
        ):
            cut_at = i
            break
        kept.append(_quote_segment(seg))
    prefix = "".join("/" + seg for seg in kept)
    # The result must be its own normal form: a prefix ending in a character that trimming
    # removes ("/x:" or "/x.") gets that character percent-encoded instead.
    while prefix and prefix[-1] in _TRAILING_PUNCT + _WRAPPERS:
        prefix = prefix[:-1] + "".join(f"%{b:02X}" for b in prefix[-1].encode("utf-8"))
    if cut_at is not None:
        removed = "/" + "/".join(segments[cut_at:])
        first = segments[cut_at].lower()
        kind = ChangeKind.PATH_OTHER_REMOVED
        if first in _API_SEGMENTS or first == "api":
            kind = ChangeKind.PATH_API_REMOVED
        elif first in _CONSOLE_SEGMENTS or first.endswith(_PAGE_SUFFIXES):
            kind = ChangeKind.PATH_CONSOLE_REMOVED
        record(kind, removed)
        if prefix:
            record(ChangeKind.PREFIX_KEPT, prefix)
    elif path.endswith("/") or "//" in path or prefix != path:
        if prefix + "/" == path:
            record(ChangeKind.TRAILING_SLASH_REMOVED)
        elif prefix != path.rstrip("/"):
            record(ChangeKind.PREFIX_KEPT, prefix)
        else:
            record(ChangeKind.TRAILING_SLASH_REMOVED)
    return prefix


def _quote_segment(seg: str) -> str:
    """Percent-encode what may not stand in a path segment, leaving valid escapes alone."""
    out: list[str] = []
    i = 0
    while i < len(seg):
        if seg[i] == "%" and _PCT_RE.match(seg, i):
            out.append(seg[i : i + 3].upper())
            i += 3
            continue
        ch = seg[i]
        if _SEGMENT_SAFE.fullmatch(ch):
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        i += 1
    return "".join(out)
