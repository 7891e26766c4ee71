"""The one place that wires Threshold together: the command line or the desktop app.

``threshold`` with a command runs it headless (no Qt is imported); without one it
opens the desktop app.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from app.cli.main import parse, run
from app.paths import resolve_data_dir


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``threshold`` and return its exit status."""
    os.umask(0o077)  # every file we create is private, whoever creates it
    args = parse(argv)
    if args.command is None:
        from app.ui.launch import run_desktop_app  # noqa: PLC0415 - Qt only for the app

        return run_desktop_app(resolve_data_dir(args.data_dir), smoke_test=args.smoke_test)
    return run(args)
