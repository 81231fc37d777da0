"""A child process for the interrupted add/remove test; run as a script, never imported by tests.

Adds a provider and removes it again, for ever, with the real keychain (the Secret Service
of the test session) and the store of ``PROVIDER_WIZARD_HOME``, printing ``step`` before
each keychain-bearing operation so that the parent can kill it at a moment of its choosing.
"""

from __future__ import annotations

import faulthandler
import signal
import sys

from provider_wizard.providers import add_provider, remove_provider
from provider_wizard.secretstore import KeyringSecretStore
from provider_wizard.store import Store


def main() -> None:
    # SIGUSR1 prints every thread's stack: the parent asks for it if this child hangs.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    tag = sys.argv[1]
    store, secrets = Store(), KeyringSecretStore()
    secrets.get("0" * 32)  # open the keychain before saying ready: kills land in operations
    store.load()  # and import pydantic and the schemas
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        name = f"{tag}-{n}"
        print("step", flush=True)
        add_provider(
            store,
            secrets,
            name=name,
            base_url="http://127.0.0.1:3000",
            token=f"sk-interrupted-{tag}-{n}-0123456789abcdef",
            models=[],
        )
        print("step", flush=True)
        remove_provider(store, secrets, name)


if __name__ == "__main__":
    main()
