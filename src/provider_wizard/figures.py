"""What the list and the pages say about a token's figures: one short line, and the warnings
(expired, used up, low, expiring soon). Pure and cheap, with no network code, so that the
first paint of the provider list imports nothing of the client (balance.py reads the
figures; this only words them).
"""

from __future__ import annotations

import datetime as dt

from .text import Text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Protocol

    # What these functions read of a provider and its figures. The store's validated models
    # (schemas.Provider, schemas.TokenStatus) have it, and so does listing.py's plain view of
    # the file, which paints the first list before pydantic is even imported.
    class TokenStatus(Protocol):
        @property
        def label(self) -> str: ...
        @property
        def token_id(self) -> str | None: ...
        @property
        def granted(self) -> float | None: ...
        @property
        def available(self) -> float | None: ...
        @property
        def unlimited(self) -> bool: ...
        @property
        def unit(self) -> str | None: ...
        @property
        def expires_at(self) -> dt.datetime | None: ...

    class TokenEntry(Protocol):
        @property
        def id(self) -> str: ...
        @property
        def label(self) -> str: ...
        @property
        def enabled(self) -> bool: ...

    class StatusCache(Protocol):
        @property
        def tokens(self) -> Sequence[TokenStatus]: ...

    class Provider(Protocol):
        @property
        def tokens(self) -> Sequence[TokenEntry]: ...
        @property
        def status(self) -> StatusCache | None: ...
        @property
        def low_balance_percent(self) -> float: ...


__all__ = [
    "LOW_SHARE",
    "SOON",
    "in_use",
    "list_line",
    "now_utc",
    "short_line",
    "status_of",
    "token_warnings",
    "warnings",
]

LOW_SHARE = 0.10  # warn below this share of what was granted (the user may set another)
SOON = dt.timedelta(days=7)


def now_utc() -> dt.datetime:
    """Now, in UTC, to the second: the time figures are stamped and judged with."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def warnings(
    token: TokenStatus, *, low_share: float = LOW_SHARE, now: dt.datetime | None = None
) -> list[Text]:
    """What the list warns about: expired, used up, low, expiring within 7 days."""
    now = now or now_utc()
    said: list[Text] = []
    if token.expires_at is not None:
        if token.expires_at <= now:
            said.append(Text("expired"))
        elif token.expires_at - now <= SOON:
            said.append(Text("expires {date}", date=token.expires_at.strftime("%Y-%m-%d")))
    if not token.unlimited and token.available is not None:
        if token.available <= 0:
            said.append(Text("used up"))
        elif token.granted and token.available < token.granted * low_share:
            said.append(Text("low: {share:.0%} left", share=token.available / token.granted))
    return said


def token_warnings(
    provider: Provider, token: TokenStatus, *, now: dt.datetime | None = None
) -> list[Text]:
    """``warnings`` at the provider's own threshold."""
    return warnings(token, low_share=provider.low_balance_percent / 100, now=now)


def status_of(provider: Provider, token: TokenEntry) -> TokenStatus | None:
    """The cached figures of ``token`` (by id; by label for figures saved before ids)."""
    if provider.status is None:
        return None
    for s in provider.status.tokens:
        if s.token_id == token.id:
            return s
    for s in provider.status.tokens:
        if s.token_id is None and s.label == token.label:
            return s
    return None


def in_use(provider: Provider) -> TokenStatus | None:
    """The figures of the token exports and checks use (the first switched on), if read."""
    if provider.status is None or not provider.status.tokens:
        return None
    for entry in provider.tokens:
        if entry.enabled:
            found = status_of(provider, entry)
            if found is not None:
                return found
    return provider.status.tokens[0]


def list_line(provider: Provider, *, now: dt.datetime | None = None) -> list[Text]:
    """The one short line under a provider in the list, as parts: the figures of the token in
    use, then every warning of every token (labelled when there are several)."""
    main = in_use(provider)
    if main is None or provider.status is None:
        return []
    said = [short_line(main)]
    several = len(provider.status.tokens) > 1
    for figures in provider.status.tokens:
        for warning in token_warnings(provider, figures, now=now):
            said.append(
                Text("{label}: {warning}", label=figures.label, warning=warning)
                if several
                else warning
            )
    return said


def short_line(token: TokenStatus) -> Text:
    """One short line of figures, for under a provider in the list."""
    if token.unit is None:
        return Text("balance not reported by this server")
    if token.unlimited:
        return Text("unlimited")
    if token.available is None:
        return Text("balance unknown")
    amount = (
        f"{token.available:,.0f} tokens"
        if token.unit == "tokens"
        else f"{'¥' if token.unit == 'CNY' else '$'}{token.available:,.2f}"
    )
    return Text("{amount} left", amount=amount)
