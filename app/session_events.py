"""Notice when the screen locks or the computer goes to sleep, so the journal can lock too.

On Linux both are D-Bus signals: the desktop's screen saver says
``ActiveChanged(true)`` on the session bus, and logind says
``PrepareForSleep(true)`` on the system bus. Each bus is watched by a small
daemon thread through jeepney (already here for the keyring); a bus that is not
there is simply not watched. Elsewhere, and when nothing can be watched, only
the idle timer locks. Qt-free: the caller turns the callback into whatever it
needs (the window uses a queued Qt signal).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

log = logging.getLogger(__name__)
POLL_S = 0.5  # how often a watching thread looks at its stop flag


@dataclass(frozen=True)
class Watch:
    """One bus and the signals on it that mean "lock now"."""

    bus: str  # "SESSION" or "SYSTEM"
    interface: str
    member: str


WATCHES: tuple[Watch, ...] = (
    Watch("SESSION", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    Watch("SESSION", "org.gnome.ScreenSaver", "ActiveChanged"),
    Watch("SESSION", "org.mate.ScreenSaver", "ActiveChanged"),
    Watch("SESSION", "org.cinnamon.ScreenSaver", "ActiveChanged"),
    Watch("SYSTEM", "org.freedesktop.login1.Manager", "PrepareForSleep"),
)


class SessionEvents:
    """Calls ``on_lock`` when the screen locks or the computer is about to sleep.

    Args:
        on_lock: called from a watching thread; it must hand over to the UI thread.
        watches: what to listen for (tests pass their own).
    """

    def __init__(self, on_lock: Callable[[], None], watches: Sequence[Watch] = WATCHES) -> None:
        self._on_lock = on_lock
        self._watches = tuple(watches)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._ready: list[threading.Event] = []

    def start(self) -> None:
        """Start one watching thread per bus (quietly nothing where D-Bus is missing)."""
        for bus in sorted({watch.bus for watch in self._watches}):
            ready = threading.Event()
            thread = threading.Thread(
                target=self._watch, args=(bus, ready), name=f"session-events-{bus}", daemon=True
            )
            thread.start()
            self._threads.append(thread)
            self._ready.append(ready)

    def wait_ready(self, timeout: float = 5.0) -> None:
        """Wait until every thread listens or gave up (for tests and benchmarks)."""
        for ready in self._ready:
            ready.wait(timeout)

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._stop.set()

    def _watch(self, bus: str, ready: threading.Event) -> None:
        try:
            connection = _listen(bus, [w for w in self._watches if w.bus == bus])
        except Exception as error:  # no bus here: nothing to watch
            log.debug("Not watching the %s bus (%s).", bus, type(error).__name__)
            ready.set()
            return
        ready.set()
        with contextlib.closing(connection):
            while not self._stop.is_set():
                try:
                    message = connection.receive(timeout=POLL_S)
                except TimeoutError:
                    continue
                except Exception:  # the bus went away: stop quietly
                    return
                if self._means_lock(message):
                    self._on_lock()

    def _means_lock(self, message: object) -> bool:
        from jeepney import HeaderFields  # noqa: PLC0415

        header = getattr(message, "header", None)
        body = getattr(message, "body", ())
        if header is None or not body or body[0] is not True:
            return False
        fields = header.fields
        return any(
            fields.get(HeaderFields.interface) == w.interface
            and fields.get(HeaderFields.member) == w.member
            for w in self._watches
        )


def _listen(bus: str, watches: Sequence[Watch]) -> DBusConnection:
    """A connection to ``bus`` that receives the watched signals."""
    from jeepney import MatchRule, message_bus  # noqa: PLC0415 - only when watching
    from jeepney.io.blocking import Proxy, open_dbus_connection  # noqa: PLC0415

    connection = open_dbus_connection(bus=bus)
    bus_proxy = Proxy(message_bus, connection)
    for watch in watches:
        rule = MatchRule(type="signal", interface=watch.interface, member=watch.member)
        bus_proxy.AddMatch(rule)
    return connection
