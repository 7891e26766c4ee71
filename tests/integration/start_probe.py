"""Run ``threshold --smoke-test`` and report, as JSON, how its own process started.

Used by test_start_up.py: whether the window opened the journal at its first
paint, and which heavy modules the app's process loaded (the start-up helper
keeps the keyring client and ``cryptography`` in its child).
"""

from __future__ import annotations

import atexit
import json
import sys
from typing import Any

import app.main
import app.vault.keyring_prefetch as helper
from app.files import JournalFiles
from app.vault.keystore import DEFAULT_TIMEOUT_SECONDS, Keystore

HEAVY = (
    "cryptography",
    "secretstorage",
    "jeepney",
    "keyring",
    "hashlib",
    "_hashlib",
    "PySide6.QtNetwork",
    "markdown",
    "nh3",
)
seen: dict[str, Any] = {}
start_helper = helper.start_keyring_prefetch


def started(
    files: JournalFiles, keystore: Keystore | None = None, timeout: float = DEFAULT_TIMEOUT_SECONDS
) -> Keystore:
    """The real helper, then a watch on the window (Qt loads only after the fork)."""
    keystore = start_helper(files, keystore, timeout)
    seen["helper"] = type(keystore).__name__
    import app.ui.launch as launch

    settle = launch.quit_once_settled

    def watch(window: Any) -> None:
        def at_first_paint() -> None:
            seen["opened"] = window.controller.is_open()
            seen["journal_shown"] = window.stack.currentWidget() is window.journal_page
            seen["rows"] = window.journal_page.timeline.model.rowCount()
            seen["ui_at_first_paint"] = sorted(m for m in sys.modules if m.startswith("app.ui."))
            seen["readers_at_first_paint"] = sorted(
                m for m in sys.modules if m in ("tomllib", "app.prompts.library", "markdown")
            )

        window.first_paint.painted.connect(at_first_paint)
        settle(window)

    launch.quit_once_settled = watch
    return keystore


def report() -> None:
    seen["loaded"] = sorted(name for name in HEAVY if name in sys.modules)
    print(json.dumps(seen), flush=True)


helper.start_keyring_prefetch = started
atexit.register(report)
raise SystemExit(app.main.main(sys.argv[1:]))
