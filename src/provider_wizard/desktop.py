"""Hand a link to the desktop's own handler (the client registered for its scheme).

Used by ``export --open``: the link (which may hold a token) goes to the handler as one
argument, never through a shell, and nothing of it is printed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from .errors import InvalidInput
from .text import Text

__all__ = ["open_link"]

OPEN_TIMEOUT = 30.0


def open_link(link: str) -> None:
    """Open ``link`` with the desktop's handler; ``InvalidInput`` when there is none."""
    if sys.platform == "win32":  # pragma: no cover - not this machine
        os.startfile(link)  # type: ignore[attr-defined]
        return
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    path = shutil.which(opener)
    if path is None:
        raise InvalidInput(
            Text("No desktop link handler ({opener}) here; copy the link instead.", opener=opener)
        )
    try:
        done = subprocess.run(
            [path, link],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=OPEN_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise InvalidInput(Text("The desktop did not open the link in time.")) from None
    if done.returncode != 0:
        raise InvalidInput(
            Text(
                "The desktop has no application for this link (is the client installed?); "
                "copy the link instead."
            )
        )
