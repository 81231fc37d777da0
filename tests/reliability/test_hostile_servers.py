"""Every hostile server behaviour ends in time, in a typed error said in plain words.

The same table (hostile.py) goes through the core's ``probe`` and, in the GUI test, through
the wizard's check page, which must show the message and stay usable.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from provider_wizard.cli import describe as cli_words
from provider_wizard.errors import Error
from provider_wizard.probe import probe
from reliability.figures import Figures
from reliability.hostile import CASES, OPTIONS, RELEASE, Case, install, plain_words

from gateway_emulator import GatewayEmulator, make_key

Make = Callable[..., GatewayEmulator]


@pytest.fixture(autouse=True)
def _release_held_connections() -> Iterator[None]:
    RELEASE.clear()
    yield
    RELEASE.set()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_core_answers(case: Case, make_emulator: Make, figures: Figures) -> None:
    emulator = make_emulator()
    token = emulator.add_token(make_key("hostile"))
    install(case, emulator, make_emulator)
    started = time.monotonic()
    outcome: Exception | None = None
    try:
        result = probe(emulator.base_url, token, options=OPTIONS)
    except Error as exc:
        outcome = exc
    elapsed = time.monotonic() - started
    figures.add("hostile responses", 0, 1)  # counted as answered below, once all holds
    # At most two requests (models, then status), each bounded by the configured deadline.
    assert elapsed < 2 * OPTIONS.total_timeout + 2, f"took {elapsed:.1f} s"
    if case.error is not None:
        assert isinstance(outcome, case.error), f"{case.name}: got {outcome!r}"
        sentence, hint = cli_words(outcome)
        assert plain_words(sentence), sentence
        assert token[3:] not in sentence + hint
    else:
        assert outcome is None, f"{case.name}: {outcome!r}"
        assert case.check is not None and case.check(result)
    figures.add("hostile responses", 1, 0)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_gui_shows_the_message_and_stays_usable(
    case: Case, make_emulator: Make, qtbot: Any, store: Any, figures: Figures
) -> None:
    from PySide6.QtWidgets import QWizard

    from provider_wizard.secretstore import MemorySecretStore
    from provider_wizard.ui.wizard import AddProviderWizard

    emulator = make_emulator()
    token = emulator.add_token(make_key("hostile-gui"))
    install(case, emulator, make_emulator)
    figures.add("hostile responses (GUI)", 0, 1)
    wizard = AddProviderWizard(store, MemorySecretStore(), [], options=OPTIONS)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().edit.setText(token)
    wizard.next()
    wizard.currentPage().edit.setText(emulator.base_url)
    check = wizard.page(wizard.CHECK)
    with qtbot.waitSignal(check.check_finished, timeout=20000) as done:
        wizard.next()
    if case.error is not None:
        assert done.args == [False]
        assert plain_words(check.headline.text()) and check.detail.text()
        assert check.retry_button.isVisibleTo(wizard)
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        check.skip.setChecked(True)  # still usable: the user can go on by hand
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    else:
        assert done.args == [True]
    wizard.back()
    assert wizard.currentId() == wizard.ADDRESS
    figures.add("hostile responses (GUI)", 1, 0)
