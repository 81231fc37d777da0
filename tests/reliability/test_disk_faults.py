"""A full disk or a read-only config folder: a clear error, and the previous store intact.

Each case runs in a child process in a mount namespace of its own (``unshare``), on a tiny
tmpfs, so that the disk really is full (ENOSPC) or read-only (EROFS) for that process only.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare")

SCRIPT = textwrap.dedent(
    """
    import os, subprocess, sys
    from pathlib import Path
    from provider_wizard.errors import StoreError
    from provider_wizard.schemas import ModelEntry, Provider, StoreDocument
    from provider_wizard.store import Store

    folder = Path(sys.argv[1]); case = sys.argv[2]
    store = Store(folder / "providers.json")
    small = StoreDocument(providers=[Provider(name="kept", base_url="http://127.0.0.1:3000")])
    store.save(small)
    before = store.path.read_bytes()
    big = StoreDocument(providers=[
        Provider(name=f"p{i}", base_url="http://127.0.0.1:3000",
                 models=[ModelEntry(id=f"m{i}-{j}") for j in range(200)]) for i in range(40)])
    if case == "full":
        fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)  # fill it to the last byte
        try:
            while True:
                os.write(fd, b"x" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
    else:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    try:
        store.save(big)
    except StoreError as exc:
        print("ERROR:", exc)
    else:
        print("SAVED")
    assert store.path.read_bytes() == before, "the previous store changed"
    assert store.load(recover=False).providers[0].name == "kept"
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    print("LEFTOVERS:", leftovers)
    """
)


@pytest.mark.parametrize(("case", "words"), [("full", "No space left"), ("readonly", "Read-only")])
def test_disk_fault_keeps_the_old_store(tmp_path: Path, case: str, words: str) -> None:
    folder = tmp_path / "cfg"
    folder.mkdir()
    script = tmp_path / "child.py"
    script.write_text(SCRIPT)
    shell = (
        f'mount -t tmpfs -o size=256k tmpfs "{folder}" && '
        f'exec "{sys.executable}" "{script}" "{folder}" {case}'
    )
    proc = subprocess.run(
        ["unshare", "-Urm", "sh", "-c", shell], capture_output=True, text=True, timeout=60
    )
    if proc.returncode != 0 and "mount" in proc.stderr and "ERROR:" not in proc.stdout:
        pytest.skip(f"no private mounts here: {proc.stderr.strip()[:200]}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ERROR: Could not save the store" in proc.stdout
    assert words in proc.stdout
    assert "LEFTOVERS: []" in proc.stdout
