"""What the core says, in the user's language: the core's own sentences, translated.

The core describes every error, address change and probe note once (words.py, text.py); this
module only translates those English templates through Qt (they are extracted by
pyside6-lupdate with an empty context, see scripts/i18n) and shapes them for widgets. It keeps
no sentence of its own, so the app and the command line cannot drift apart. Nothing here ever
shows a token: the server's words were masked by the core before they got here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from ..text import render

# words.py (the error words) and html load with the first error shown: the provider list's
# first paint only translates figures, and comes before them.

if TYPE_CHECKING:
    from ..errors import InvalidUrlReason
    from ..probe import ProbeNote
    from ..urls import Change


def _translate(template: str) -> str:
    return QCoreApplication.translate("", template)


def tr(value: object) -> str:
    """A core text in the user's language (anything else as it is)."""
    return str(render(value, _translate))


class Words(NamedTuple):
    """An error in words: what happened, the server's own words apart, what to do."""

    title: str
    detail: str
    fix: str = ""
    suggested_base: str | None = None
    server: str = ""  # what the server said (and what that means), set apart from ours
    tried: str = ""  # the address that was asked

    def plain(self) -> str:
        """Detail, server and address, one to a line (for a status bar or a message box)."""
        return "\n".join(x for x in (self.detail, self.server, self.tried) if x)

    def rich(self) -> str:
        """The same as rich text, the fix in bold, for a label."""
        import html

        parts = [html.escape(self.detail)]
        if self.server:
            parts.append("<i>" + html.escape(self.server) + "</i>")
        if self.tried:
            parts.append(html.escape(self.tried))
        if self.fix:
            parts.append("<b>" + html.escape(self.fix) + "</b>")
        return "<br>".join(parts)


def describe(exc: BaseException) -> Words:
    """The words for any exception the core (or a worker) raised, translated."""
    from ..words import describe as describe_core

    d = describe_core(exc)
    server = tr(d.server) if d.server else ""
    tried = tr(d.address) if d.address else ""
    return Words(tr(d.title), tr(d.detail), tr(d.hint), d.suggested_base, server, tried)


def url_reason(reason: InvalidUrlReason) -> str:
    from ..errors import InvalidUrl

    return tr(InvalidUrl(reason).message)


def change_text(change: Change) -> str:
    return tr(change.message)


def note_text(note: ProbeNote) -> str:
    return tr(note.message)


def gateway_kind_text(kind: str | None) -> str:
    from ..words import gateway_kind_text as core_gateway_kind_text

    return tr(core_gateway_kind_text(kind))
