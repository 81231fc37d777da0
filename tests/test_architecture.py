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


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """The package's modules ``path`` imports at run time (inside functions too), not for types."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package.pop()
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for n in ast.walk(node))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip or not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package[: len(package) - node.level + 1]
            target = ".".join([*base, node.module] if node.module else base)
        else:
            target = node.module or ""
        if not target.startswith("provider_wizard"):
            continue
        for alias in node.names:
            candidate = f"{target}.{alias.name}"
            found.add(candidate if candidate in MODULES else target)
    return found & set(MODULES)


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def test_no_import_cycles() -> None:
    """One-way layers: a cycle (even through an import inside a function) ties two rooms
    together, as cli <-> entry once did."""
    graph = {name: _imports(path) - {name} for name, path in MODULES.items()}
    # Packages import their own submodules to re-export them; that is not a cycle of rooms.
    for name in graph:
        graph[name] = {m for m in graph[name] if not name.startswith(m + ".")}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def _core_texts() -> set[str]:
    """Every literal template the package marks with text.Text."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Text"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_sentence_of_the_core_is_translated() -> None:
    """The app translates the core's own sentences: each one is in the Chinese catalogue,
    finished (scripts/i18n extracts them; a new sentence without its translation fails)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(PACKAGE / "i18n" / "provider_wizard_zh_CN.ts").getroot()
    done = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    texts = _core_texts()
    assert len(texts) > 100
    missing = sorted(t for t in texts if t not in done)
    unfinished = sorted(t for t in texts if t in done and done[t].get("type") == "unfinished")
    assert missing == [] and unfinished == []


def test_wizard_pages_share_answers_only_through_fields() -> None:
    """No page reaches into another (``wizard.page(...).attr``), nor parks answers on the
    wizard: they are QWizard fields (ui/wizard/page.py lists them)."""
    for path in sorted((PACKAGE / "ui" / "wizard").glob("*_page.py")):
        text = path.read_text(encoding="utf-8")
        assert ".page(" not in text, path.name
        for attr in ("token", "probe_result", "probe_entries", "ca_file", "check_skipped"):
            assert f"wizard.{attr}" not in text and f"_wizard().{attr}" not in text, (
                path.name,
                attr,
            )
