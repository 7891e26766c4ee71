"""The ``threshold`` command line built with argparse from ``app.cli.commands``.

Given the command line, only the command it names is built (argparse takes
~10 ms to build all of them); help, mistakes and anything unusual get the whole
parser. Each command's handler is imported only when it runs (see
``app.cli.commands``). The choices the handlers offer are re-exported here.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TypeAlias

from app import APP_NAME, __version__
from app.cli.commands import ARCHIVE_FORMAT, COMMANDS, EXPORT_FORMATS, NO_PHASE, PHASE_CHOICES
from app.cli.specs import Spec

__all__ = [
    "ARCHIVE_FORMAT",
    "EXPORT_FORMATS",
    "NO_PHASE",
    "PHASE_CHOICES",
    "VALUE_OPTIONS",
    "build_parser",
    "command_named",
]

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
VALUE_OPTIONS = ("--data-dir", "--passphrase-file", "--recovery-key-file")
"""The options before a command that take a value (the common options)."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with ``only`` (a command's name), that command alone."""
    parser = argparse.ArgumentParser(
        prog="threshold",
        description=f"{APP_NAME}: a private, encrypted journal. Without a command, opens the app.",
        parents=[_common_options(default=None)],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the app's window, wait for its first paint, and exit (for packaging checks)",
    )
    parser.set_defaults(command=None)
    # After the command name the same options default to SUPPRESS, so they only
    # override what was given before it when they are given again.
    common = _common_options(default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, spec in COMMANDS.items():
        if only in (None, name):
            _add(commands, common, name, spec)
    return parser


def command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, or None when the whole parser is wanted.

    None for help, for no command, for an unknown one, and wherever the options
    before it can't be read for certain; then every command is built.
    """
    rest = iter(argv)
    for word in rest:
        if word == "--" or word.startswith(("-h", "--h")):
            return None
        if not word.startswith("-"):
            return word if word in COMMANDS else None
        long = word.startswith("--") and "=" not in word
        if long and any(option.startswith(word) for option in VALUE_OPTIONS):
            next(rest, None)  # its value (argparse takes "--data" for "--data-dir")
    return None


def _add(commands: Commands, common: argparse.ArgumentParser, name: str, spec: Spec) -> None:
    parser = commands.add_parser(name, help=spec.text, description=spec.text, parents=[common])
    if spec.handler is not None:
        parser.set_defaults(handler=spec.handler)
    for option in spec.args:
        parser.add_argument(*option.names, **option.settings)
    if spec.actions:
        group = f"{name}_command"
        actions = parser.add_subparsers(dest=group, metavar="ACTION", required=True)
        for action, child in spec.actions.items():
            _add(actions, common, action, child)


def _common_options(default: object) -> argparse.ArgumentParser:
    """Options accepted before or after the command name."""
    common = argparse.ArgumentParser(add_help=False, argument_default=default)
    common.add_argument(
        "--data-dir", metavar="DIR", help="journal folder (also THRESHOLD_DATA_DIR)"
    )
    common.add_argument(
        "--passphrase-file",
        metavar="F",
        help="read the passphrase from F (or set THRESHOLD_PASSPHRASE)",
    )
    common.add_argument(
        "--recovery-key-file", metavar="F", help="unlock with the recovery key in F"
    )
    return common
