"""The gateway emulator (provider_wizard.emulator) in a process of its own, for benchmarks.

A gateway is another process (usually another machine): run in-process, its threads would
share the client's GIL and make the client look slower than it is. Arguments: the number of
models, the delay of a chat answer, and optionally the delay of every answer (a gateway far
away), the number of tokens, and ``tls`` to serve https with a certificate of a throw-away CA.
Prints ``<port> <token>...`` once listening (with tls: ``<port> <ca file> <token>...``);
stops when its stdin closes.
"""

import os
import sys
import tempfile

from provider_wizard.emulator import GatewayEmulator, make_key


def _tls() -> tuple[object, str]:
    """A server context for 127.0.0.1 from a new CA (trustme, as the tests use), and the
    CA's certificate in a file for the clients' ``ca_file``."""
    import ssl

    import trustme

    ca = trustme.CA()
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    fd, path = tempfile.mkstemp(prefix="pw-bench-ca-", suffix=".pem")
    os.close(fd)
    ca.cert_pem.write_to_path(path)
    return ctx, path


def main() -> None:
    count, delay = int(sys.argv[1]), float(sys.argv[2])
    every = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    tokens = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    tls, ca_file = _tls() if sys.argv[5:] == ["tls"] else (None, None)
    emulator = GatewayEmulator(
        flavour="newapi-later",
        models=[f"model-{i}" for i in range(count)],
        tls=tls,  # type: ignore[arg-type]
    )
    emulator.chat_delay = delay
    emulator.delay = every
    keys = [emulator.add_token(make_key(f"bench-{n}")) for n in range(tokens)]
    emulator.start()
    print(emulator.port, *([ca_file] if ca_file else []), *keys, flush=True)
    sys.stdin.read()
    emulator.stop()


if __name__ == "__main__":
    main()
