"""Keep journal text out of crash dumps and away from other processes, where the OS allows.

Python cannot wipe text from memory, so the next best thing is that memory never
leaves the process: no core dumps (a crash would otherwise write every open
entry to disk in plaintext), and on Linux the process is made non-dumpable,
which also stops other programs of the same user from attaching a debugger or
reading its memory through /proc. Best effort: a platform that refuses is left
as it is, silently (nothing to tell the user they could act on).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PR_SET_PDEATHSIG = 1
_SIGKILL = 9


def harden_process() -> None:
    """No core dumps; on Linux, not dumpable or traceable by other processes."""
    _no_core_dumps()
    if sys.platform.startswith("linux"):
        _not_dumpable()


def is_dumpable() -> bool | None:
    """Whether Linux would dump or let others trace this process (None elsewhere)."""
    libc = _libc()
    return None if libc is None else bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def die_with_parent(parent_pid: int) -> None:
    """In a helper child: end when the app ends, even if it is killed (Linux; else nothing).

    A parent that died before this took effect is caught by its pid changing.
    """
    libc = _libc()
    if libc is not None:
        libc.prctl(PR_SET_PDEATHSIG, _SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:
        os._exit(0)


def _no_core_dumps() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource  # noqa: PLC0415 - POSIX only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _not_dumpable() -> None:
    libc = _libc()
    if libc is not None:
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
