"""Where Provider Wizard keeps its files: the platformdirs config folder, or PROVIDER_WIZARD_HOME.

One override for development and tests, so that a test run never touches a user's real setup.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["HOME_ENV", "config_dir", "store_path"]

HOME_ENV = "PROVIDER_WIZARD_HOME"
APP_NAME = "provider-wizard"


def config_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    platform = sys.platform  # a name, not sys.platform: the type checker checks every OS
    if platform.startswith("linux"):
        # What platformdirs answers on Linux (the XDG rule), without importing it: every
        # command and the app's start read this path first.
        xdg = os.environ.get("XDG_CONFIG_HOME", "").strip()
        return Path(xdg if xdg else os.path.expanduser("~/.config")) / APP_NAME
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def store_path() -> Path:
    return config_dir() / "providers.json"
