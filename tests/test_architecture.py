"""Design rules a test can hold: the core never imports Qt; every module says what it is for."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "provider_wizard"
CORE = sorted(p for p in PACKAGE.glob("*.py"))


def test_core_modules_do_not_import_qt_statically() -> None:
    for path in CORE:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert not name.startswith(("PySide6", "PyQt", "shiboken")), (path.name, name)
                # Only the entry point starts the desktop app; the rest of the core never sees Qt.
                assert not name.startswith(("ui", ".ui")) or path.name == "entry.py", path.name


def test_importing_the_core_loads_no_qt() -> None:
    modules = [f"provider_wizard.{p.stem}" for p in CORE if p.stem != "__main__"]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        + "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_module_has_a_docstring() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc and len(doc) > 20, f"{path.name} has no module docstring"


def test_starting_the_app_loads_no_heavy_library() -> None:
    """The launch path (entry point, then the app) imports neither pydantic, httpx, keyring
    nor truststore, nor the command line or the core's use cases: they load on first use."""
    code = (
        "import sys\n"
        "import provider_wizard.entry, provider_wizard.ui.app\n"
        "heavy = ('pydantic', 'httpx', 'keyring', 'truststore', 'filelock', 'idna',\n"
        "         'provider_wizard.cli', 'provider_wizard.providers', 'provider_wizard.urls',\n"
        "         'provider_wizard.modellist', 'provider_wizard.gateway',\n"
        "         'provider_wizard.schemas', 'provider_wizard.ui.messages')\n"
        "loaded = [m for m in heavy if m in sys.modules]\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
