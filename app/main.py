"""The one place that wires Threshold together: the command line or the desktop app.

``threshold`` with a command runs it headless (no Qt is imported); without one it
opens the desktop app.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from app.hardening import harden_process
from app.paths import resolve_data_dir


@dataclass(frozen=True)
class AppLaunch:
    """What a plain app launch asked for: ``threshold [--data-dir DIR] [--smoke-test]``."""

    data_dir: str | None = None
    smoke_test: bool = False


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``threshold`` and return its exit status."""
    os.umask(0o077)  # every file we create is private, whoever creates it
    harden_process()  # no core dumps; not traceable by other processes (Linux)
    arguments = list(sys.argv[1:] if argv is None else argv)
    launch = app_launch(arguments)
    if launch is None:
        # Building the whole parser (and importing every command) costs ~15 ms of
        # the app's cold start, so only a command line it cannot read pays it.
        from app.cli.main import parse, run  # noqa: PLC0415 - start-up time

        args = parse(arguments)
        if args.command is not None:
            return run(args)
        launch = AppLaunch(args.data_dir, args.smoke_test)
    return start_desktop_app(launch)


def start_desktop_app(launch: AppLaunch) -> int:
    """Open the window; the keyring is read in a helper child while Qt loads."""
    from app.files import JournalFiles  # noqa: PLC0415 - only the app needs these here
    from app.vault.keyring_prefetch import start_keyring_prefetch  # noqa: PLC0415

    # Loading the app builds ~50,000 objects that live as long as it does; the
    # collector would scan them again and again meanwhile (~12 ms of start-up). It
    # collects once and resumes after the first paint (launch.resume_garbage_collection).
    gc.disable()
    folder = resolve_data_dir(launch.data_dir)
    # Before Qt loads (and before any thread starts): a child asks the keyring meanwhile.
    keystore = start_keyring_prefetch(JournalFiles(folder))
    from app.ui.launch import run_desktop_app  # noqa: PLC0415 - Qt only for the app

    return run_desktop_app(folder, smoke_test=launch.smoke_test, keystore=keystore)


def app_launch(arguments: Sequence[str]) -> AppLaunch | None:
    """The app launch these arguments ask for, or None for anything else.

    Only the plain spellings are read here; every other command line (a command,
    ``--help``, an abbreviation, a mistake) goes to the full parser, which gives
    the same result for an app launch and the usual messages for the rest.
    """
    data_dir: str | None = None
    smoke_test = False
    rest = iter(arguments)
    for argument in rest:
        if argument == "--smoke-test":
            smoke_test = True
        elif argument.startswith("--data-dir="):
            data_dir = argument.removeprefix("--data-dir=")
        elif argument == "--data-dir":
            data_dir = next(rest, None)
            if data_dir is None or data_dir.startswith("-"):
                return None
        else:
            return None
    return AppLaunch(data_dir, smoke_test)
