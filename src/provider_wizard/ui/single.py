"""One app per user: a second start hands its link to the first, over a local socket.

``provider-wizard provider-wizard://…`` (what the desktop runs for a link) first tries to
reach a running Provider Wizard of this user (``QLocalSocket``): if one answers, the link
goes to it, the window comes to the front with the wizard filled in, and the new process
ends. Otherwise this process listens (``QLocalServer``) and handles the link itself. The
socket's name carries the user id, and on Linux it lives in the user's runtime folder, which
no other user can open.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500
MAX_MESSAGE = 64 * 1024  # a link is a few hundred bytes


def server_name() -> str:
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    home = os.environ.get("PROVIDER_WIZARD_HOME", "")
    # Another store (tests, a second profile) is another app: its own socket.
    suffix = f"-{hashlib.sha256(home.encode()).hexdigest()[:12]}" if home else ""
    return f"provider-wizard-{uid}{suffix}"


def forward(link: str) -> bool:
    """Hand ``link`` to a running Provider Wizard; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(link.encode("utf-8") + b"\n")
    socket.flush()
    # Qt's waitForBytesWritten answers False when nothing is left to write (all was flushed).
    while socket.bytesToWrite() > 0:
        if not socket.waitForBytesWritten(CONNECT_MS):
            return False
    socket.disconnectFromServer()
    return True


class Listener(QObject):
    """Accepts links from later starts and passes each to ``on_link`` (on the UI thread)."""

    def __init__(self, on_link: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_link = on_link
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        name = server_name()
        if self.server.listen(name):
            return True
        # A socket left by a crashed app: nobody answered forward(), so it is stale.
        QLocalServer.removeServer(name)
        return self.server.listen(name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if len(buffer) > MAX_MESSAGE:
                    socket.abort()
                    return
                if b"\n" in buffer:
                    line = bytes(buffer).split(b"\n", 1)[0].decode("utf-8", "replace").strip()
                    socket.disconnectFromServer()
                    if line:
                        self.on_link(line)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()
