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
    from .schemas import Provider, TokenStatus

__all__ = [
    "LOW_SHARE",
    "SOON",
    "in_use",
    "list_line",
    "now_utc",
    "short_line",
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


def in_use(provider: Provider) -> TokenStatus | None:
    """The figures of the token exports and checks use (the first switched on), if read."""
    if provider.status is None or not provider.status.tokens:
        return None
    for entry in provider.tokens:
        if entry.enabled:
            found = provider.status_of(entry)
            if found is not None:
                return found
    return provider.status.tokens[0]


def list_line(provider: Provider) -> list[Text]:
    """The one short line under a provider in the list, as parts: the figures of the token in
    use, then every warning of every token (labelled when there are several)."""
    main = in_use(provider)
    if main is None or provider.status is None:
        return []
    said = [short_line(main)]
    several = len(provider.status.tokens) > 1
    for figures in provider.status.tokens:
        for warning in token_warnings(provider, figures):
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
