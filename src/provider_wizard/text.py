"""Sentences the core says to a person: English, with their parameters, marked for translation.

A ``Text`` is a ``str`` (the English sentence, so logs, exceptions and the command line use it
as it is) that also keeps its template and parameters, so that the desktop app can translate
the template and fill in the same parameters: one sentence, one owner, no copy in the UI.
``scripts/i18n`` tells pyside6-lupdate that ``Text("...")`` marks a source text (as Qt's
``QT_TR_NOOP`` does), so every template written here reaches the translators.

Only literal templates may be given (lupdate reads the source); parameters are formatted with
``str.format``. A parameter that is itself a ``Text`` is translated too when rendered.
"""

from __future__ import annotations

from collections.abc import Callable

# Names for the type checker only: importing typing costs a command-line start ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


__all__ = ["Text", "render"]


class Text(str):
    """An English sentence that remembers the template and parameters it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickling (worker results across processes) keeps the template and parameters.
        return (_rebuild, (self.template, self.params))

    def render(self, translate: Callable[[str], str]) -> str:
        """The sentence in another language: ``translate`` maps an English template."""
        params = {k: render(v, translate) for k, v in self.params.items()}
        template = translate(self.template) or self.template
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message.
            return self.template.format(**params)


def _rebuild(template: str, params: dict[str, Any]) -> Text:
    return Text(template, **params)


def render(value: object, translate: Callable[[str], str]) -> Any:
    """``value`` translated if it is a ``Text``; anything else as it is."""
    return value.render(translate) if isinstance(value, Text) else value
