"""Journals for the journeys, made and checked from outside the app.

A journey never trusts the window alone: it prepares the journal with the real
``threshold`` command (or the core, for states only a crash can leave) and checks
what the app did the same way, in a separate process, as the person's next
``threshold`` command would see it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.helpers.cli import run_threshold

EXIT_CANNOT_UNLOCK = 3
WRONG_KEY = "recovery key doesn't open this journal"
KEY_LINE = re.compile(r"[0-9A-Z]{5}(-[0-9A-Z]{5}){7}")


def threshold(*argv: str, folder: Path, stdin: str = "") -> subprocess.CompletedProcess[bytes]:
    """Run the real CLI on ``folder`` in its own process; it never shows a traceback."""
    done = run_threshold(*argv, data_dir=folder, stdin=stdin.encode())
    assert b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
    return done


def succeeds(*argv: str, folder: Path, stdin: str = "") -> str:
    """The standard output of a CLI command that must succeed."""
    done = threshold(*argv, folder=folder, stdin=stdin)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout.decode()


def add_entry(folder: Path, title: str, body: str, attach: Sequence[Path] = ()) -> str:
    """``threshold add`` (with ``--attach`` for each file): a new entry; returns its id."""
    files = [argument for path in attach for argument in ("--attach", str(path))]
    return succeeds("add", "--title", title, *files, folder=folder, stdin=body).strip()


def entries(folder: Path) -> list[dict[str, Any]]:
    """Every entry, newest first, with its body (``list`` then ``show``)."""
    listed = json.loads(succeeds("list", "--json", folder=folder))
    return [json.loads(succeeds("show", item["id"], "--json", folder=folder)) for item in listed]


def opens_with_recovery_key(folder: Path, key_file: Path) -> bool:
    """Whether this recovery key (alone) opens the journal: ``list --recovery-key-file``.

    A key that can't be read at all is an error here, not a "no": it would prove nothing.
    """
    done = threshold("list", "--recovery-key-file", str(key_file), folder=folder)
    message = done.stderr.decode(errors="replace")
    if done.returncode == EXIT_CANNOT_UNLOCK and WRONG_KEY in message:
        return False
    assert done.returncode == 0, message
    return True


def key_only_file(saved: Path, target: Path) -> Path:
    """The key line of a file saved by the app, alone in ``target``.

    The app's "Save as file…" writes an explanation above the key, and
    ``--recovery-key-file`` refuses such a file (see test_recovery_key_journey).
    """
    lines = [line for line in saved.read_text().splitlines() if KEY_LINE.fullmatch(line)]
    assert len(lines) == 1, f"no single recovery key in {saved}: {lines}"
    target.write_text(lines[0] + "\n")
    target.chmod(0o600)
    return target


def folder_state(path: Path) -> dict[str, tuple[object, ...]]:
    """Every path under ``path`` (or ``path`` itself) with its kind, mode, size and digest.

    Never opens anything but regular files, so a FIFO or a socket can't block it.
    Two equal states mean nothing was created, removed, changed or re-permissioned.
    """
    state: dict[str, tuple[object, ...]] = {}
    for current in [path, *_below(path)]:
        info = current.lstat()
        digest = ""
        if stat.S_ISREG(info.st_mode):
            digest = hashlib.sha256(current.read_bytes()).hexdigest()
        name = str(current.relative_to(path.parent))
        state[name] = (stat.S_IFMT(info.st_mode), stat.S_IMODE(info.st_mode), info.st_size, digest)
    return state


def _below(path: Path) -> list[Path]:
    if not path.is_dir() or path.is_symlink():
        return []
    found: list[Path] = []
    for root, folders, names in os.walk(path):
        found.extend(Path(root) / name for name in [*folders, *names])
    return sorted(found)
