"""The gateway emulator (provider_wizard.emulator) in a process of its own, for benchmarks.

A gateway is another process (usually another machine): run in-process, its threads would
share the client's GIL and make the client look slower than it is. Arguments: the number of
models, the delay of a chat answer, and optionally the delay of every answer (a gateway far
away) and the number of tokens. Prints ``<port> <token>...`` once listening; stops when its
stdin closes.
"""

import sys

from provider_wizard.emulator import GatewayEmulator, make_key


def main() -> None:
    count, delay = int(sys.argv[1]), float(sys.argv[2])
    every = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    tokens = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    emulator = GatewayEmulator(flavour="newapi-later", models=[f"model-{i}" for i in range(count)])
    emulator.chat_delay = delay
    emulator.delay = every
    keys = [emulator.add_token(make_key(f"bench-{n}")) for n in range(tokens)]
    emulator.start()
    print(emulator.port, *keys, flush=True)
    sys.stdin.read()
    emulator.stop()


if __name__ == "__main__":
    main()
