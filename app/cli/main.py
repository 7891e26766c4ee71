"""The ``threshold`` command line: parsing and running the headless commands.

Exit status: 0 ok, 1 error (one plain line on stderr), 2 usage, 3 cannot unlock.
Nothing here imports Qt; ``app.main`` decides between these commands and the app.
The parser (``app.cli.parser``) names each command's handler without importing
it, and what every command needs (the journal, the keyring) is imported once a
command runs, so a command loads only its own modules.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.cli.parser import build_parser, command_named
from app.errors import KnownError, UnlockError

if TYPE_CHECKING:
    from app.cli.context import CommandContext

__all__ = [
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_UNLOCK",
    "EXIT_USAGE",
    "Command",
    "build_parser",
    "parse",
    "run",
    "run_command",
]
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNLOCK = 0, 1, 2, 3
Command = Callable[["CommandContext", argparse.Namespace], int]


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (exits with status 2 on a usage error)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    return build_parser(command_named(arguments)).parse_args(arguments)


def run(args: argparse.Namespace) -> int:
    """Run the parsed command with the real streams and keyring."""
    from app.cli.context import CommandContext  # noqa: PLC0415 - once a command runs
    from app.cli.unlocking import SecretSources  # noqa: PLC0415
    from app.files import JournalFiles  # noqa: PLC0415
    from app.paths import resolve_data_dir  # noqa: PLC0415
    from app.vault.keystore import SystemKeystore  # noqa: PLC0415

    context = CommandContext(
        files=JournalFiles(resolve_data_dir(args.data_dir)),
        keystore=SystemKeystore(),
        sources=SecretSources(args.passphrase_file, args.recovery_key_file),
        stdin=sys.stdin.buffer,
        stdout=sys.stdout,
        color=sys.stdout.isatty() and "NO_COLOR" not in os.environ,
    )
    return run_command(args.handler, context, args)


def run_command(handler: Command, context: CommandContext, args: argparse.Namespace) -> int:
    """Run a handler, turning known errors into one plain line and an exit status.

    What a crash interrupted (a restore, say) is finished first, so no command ever
    meets a journal halfway through a change.
    """
    from app.interrupted import finish_interrupted_operations  # noqa: PLC0415

    try:
        finish_interrupted_operations(context.files)
        return handler(context, args)
    except UnlockError as error:
        _say(error.message)
        return EXIT_UNLOCK
    except KnownError as error:
        _say(error.message)
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say("Stopped. Nothing was changed by the interrupted step.")
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader stopped early (`threshold list | head`): not an error worth a
        # message. Later writes (Python's final flush) go nowhere instead of failing.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as error:
        if os.environ.get("THRESHOLD_DEBUG"):
            raise
        # The message could quote content, so only the type is shown.
        _say(f"Something unexpected went wrong ({type(error).__name__}). Please report this.")
        return EXIT_ERROR


def _say(message: str) -> None:
    sys.stderr.write(f"threshold: {message}\n")
