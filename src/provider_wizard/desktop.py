"""The desktop: hand a link to its handler, and register Provider Wizard as one.

``open_link`` is ``export --open``: the link (which may hold a token) goes to the handler as
one argument, never through a shell, and nothing of it is printed.

``install_desktop`` is ``install-desktop``: the ``.desktop`` file the wheel ships (with
``MimeType=x-scheme-handler/provider-wizard;``) and the icons go into the user's XDG data
folders, the file's ``Exec`` names this very command (a virtual environment's or pipx's
``provider-wizard`` need not be on the desktop's PATH), and ``xdg-mime`` makes it the
handler of ``provider-wizard://`` links. ``--uninstall`` takes all of it back.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from .errors import InvalidInput
from .text import Text

__all__ = ["DESKTOP_FILE", "install_desktop", "open_link"]

DESKTOP_FILE = "provider-wizard.desktop"
SCHEME_MIME = "x-scheme-handler/provider-wizard"

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


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _command() -> list[str]:
    """How the desktop should start this Provider Wizard: the installed command if it is the
    one running, else this Python with ``-m provider_wizard``."""
    found = shutil.which("provider-wizard")
    if found and Path(sys.argv[0]).name == "provider-wizard":
        return [str(Path(found).resolve())]
    return [sys.executable, "-m", "provider_wizard"]


def _run(args: list[str]) -> None:
    """A desktop tool, if present; a missing or failing one is not fatal (the files are)."""
    path = shutil.which(args[0])
    if path is None:
        return
    subprocess.run(
        [path, *args[1:]],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=OPEN_TIMEOUT,
        check=False,
    )


def install_desktop(*, uninstall: bool = False, command: list[str] | None = None) -> list[Path]:
    """Install (or remove) the desktop entry, the icons and the link handler; returns the
    files written (or removed)."""
    from importlib import resources

    data = _data_home()
    applications = data / "applications"
    entry = applications / DESKTOP_FILE
    sizes = (16, 24, 32, 48, 64, 128, 256)
    icons = [
        data / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "provider-wizard.png" for n in sizes
    ]
    icons.append(data / "icons" / "hicolor" / "scalable" / "apps" / "provider-wizard.svg")
    if uninstall:
        gone = [p for p in (entry, *icons) if p.exists()]
        for path in gone:
            path.unlink()
        _run(["update-desktop-database", str(applications)])
        return gone
    package = resources.files("provider_wizard")
    template = (package / "data" / DESKTOP_FILE).read_text(encoding="utf-8")
    exec_line = " ".join(shlex.quote(part) for part in (command or _command())) + " %u"
    text = "\n".join(
        f"Exec={exec_line}" if line.startswith("Exec=") else line for line in template.splitlines()
    )
    try:
        applications.mkdir(parents=True, exist_ok=True)
        entry.write_text(text + "\n", encoding="utf-8")
        for size, path in zip(sizes, icons, strict=False):
            path.parent.mkdir(parents=True, exist_ok=True)
            source = package / "ui" / "resources" / f"provider-wizard-{size}.png"
            path.write_bytes(source.read_bytes())
        icons[-1].parent.mkdir(parents=True, exist_ok=True)
        icons[-1].write_bytes((package / "ui" / "resources" / "provider-wizard.svg").read_bytes())
    except OSError as exc:
        raise InvalidInput(
            Text("Could not install the desktop entry: {reason}.", reason=exc.strerror or exc)
        ) from None
    _run(["update-desktop-database", str(applications)])
    _run(["xdg-mime", "default", DESKTOP_FILE, SCHEME_MIME])
    return [entry, *icons]
