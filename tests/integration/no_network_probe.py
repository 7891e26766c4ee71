"""Run ``threshold`` with an audit hook that fails loudly on any network access.

Local IPC (AF_UNIX sockets, as D-Bus uses) is allowed; an internet address, a
name lookup or a listening socket is not. Used by test_no_network.py.
"""

from __future__ import annotations

import os
import socket
import sys

NETWORK_EVENTS = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
LOOKUP_EVENTS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"}


def _refuse(event: str, args: tuple[object, ...]) -> None:
    if event in LOOKUP_EVENTS:
        _fail(event)
    if event in NETWORK_EVENTS and args:
        sock = args[0]
        if isinstance(sock, socket.socket) and sock.family != socket.AF_UNIX:
            _fail(event)


def _fail(event: str) -> None:
    sys.stderr.write(f"NETWORK ACCESS: {event}\n")
    sys.stderr.flush()
    os._exit(99)


sys.addaudithook(_refuse)
from app.main import main  # noqa: E402 - the hook must be in place first

raise SystemExit(main(sys.argv[1:]))
