"""Count the durable steps of an operation, and SIGKILL the process at a chosen one.

Installed in a child process before it runs an operation (see
``operation_child.py``). A *step* is anything that leaves a trace a crash could
stop halfway: a rename, an unlink, a new folder, an fsync, a keyring write or
delete, and the boundaries of the long database steps (a re-key, one schema
migration, an encrypted copy) and of showing a new recovery key. With
``kill_at = n`` the process kills itself just before step ``n``; with 0 it runs
to the end and reports how many steps there were, so a test can kill it at every
boundary in turn.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

STEPS_PREFIX = "steps "


class StepCounter:
    """Numbers the steps; kills the process before step ``kill_at`` (0: never)."""

    def __init__(self, kill_at: int) -> None:
        self.kill_at = kill_at
        self.count = 0
        self.names: list[str] = []

    def step(self, name: str) -> None:
        self.count += 1
        self.names.append(name)
        if self.count == self.kill_at:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)

    def report(self) -> None:
        sys.stderr.write(f"{STEPS_PREFIX}{self.count} {' '.join(self.names)}\n")
        sys.stderr.flush()


def install(counter: StepCounter) -> None:
    """Wrap every durable step the app takes with ``counter``."""
    for name in ("replace", "rename", "unlink", "rmdir", "mkdir", "fsync"):
        _wrap(os, name, counter, f"os.{name}")
    from app.vault.keystore import SystemKeystore

    _wrap(SystemKeystore, "set_secret", counter, "keyring.set")
    _wrap(SystemKeystore, "delete_secret", counter, "keyring.delete")
    import app.journal.journal
    import app.journal.opening
    import app.storage.schema

    _bracket(app.journal.journal, "rekey", counter, "rekey")
    for module in (app.journal.journal, app.journal.opening):  # a backup; before a migration
        _bracket(module, "copy_encrypted", counter, "copy")
    _bracket(app.storage.schema, "_apply", counter, "migration")
    import app.cli.journal_commands

    _bracket(app.cli.journal_commands, "_show_new_recovery_key", counter, "shown")


def _wrap(owner: Any, name: str, counter: StepCounter, label: str) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        counter.step(label)
        return original(*args, **kwargs)

    setattr(owner, name, wrapped)


def _bracket(owner: Any, name: str, counter: StepCounter, label: str) -> None:
    """A step before and after a long call (a crash inside it is the random kills' job)."""
    original: Callable[..., Any] = getattr(owner, name)

    def bracketed(*args: Any, **kwargs: Any) -> Any:
        counter.step(f"{label}.before")
        result = original(*args, **kwargs)
        counter.step(f"{label}.after")
        return result

    setattr(owner, name, bracketed)
