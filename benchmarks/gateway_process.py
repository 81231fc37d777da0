"""The gateway emulator (provider_wizard.emulator) in a process of its own, for benchmarks.

A gateway is another process (usually another machine): run in-process, its threads would
share the client's GIL and make the client look slower than it is. Prints ``<port> <token>``
once listening; stops when its stdin closes.
"""

import sys

from provider_wizard.emulator import GatewayEmulator, make_key


def main() -> None:
    count, delay = int(sys.argv[1]), float(sys.argv[2])
    emulator = GatewayEmulator(models=[f"model-{i}" for i in range(count)])
    emulator.chat_delay = delay
    token = emulator.add_token(make_key("bench"))
    emulator.start()
    print(emulator.port, token, flush=True)
    sys.stdin.read()
    emulator.stop()


if __name__ == "__main__":
    main()
