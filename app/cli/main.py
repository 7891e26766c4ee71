"""The ``threshold`` command line: parsing and running the headless commands.

Exit status: 0 ok, 1 error (one plain line on stderr), 2 usage, 3 cannot unlock.
Nothing here imports Qt; ``app.main`` decides between these commands and the app.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence

from app import APP_NAME, __version__
from app.cli import (
    backup_commands,
    entry_commands,
    export_commands,
    journal_commands,
    prompt_commands,
)
from app.cli.contact_commands import add_contact_commands
from app.cli.context import CommandContext
from app.cli.unlocking import SecretSources
from app.errors import KnownError, UnlockError
from app.files import JournalFiles
from app.interrupted import finish_interrupted_operations
from app.paths import resolve_data_dir
from app.vault.keystore import SystemKeystore

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNLOCK = 0, 1, 2, 3
Command = Callable[[CommandContext, argparse.Namespace], int]


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (exits with status 2 on a usage error)."""
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run the parsed command with the real streams and keyring."""
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


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
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
    _add_entry_commands(commands, common)
    _add_prompt_commands(commands, common)
    _add_journal_commands(commands, common)
    _add_export_command(commands, common)
    _add_backup_commands(commands, common)
    add_contact_commands(commands, common)
    return parser


def _common_options(default: object) -> argparse.ArgumentParser:
    """Options accepted before or after the command name."""
    common = argparse.ArgumentParser(add_help=False, argument_default=default)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help="journal folder (also THRESHOLD_DATA_DIR)",
    )
    common.add_argument(
        "--passphrase-file",
        metavar="F",
        help="read the passphrase from F (or set THRESHOLD_PASSPHRASE)",
    )
    common.add_argument(
        "--recovery-key-file",
        metavar="F",
        help="unlock with the recovery key in F",
    )
    return common


def _add_entry_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    add = _command(commands, common, "add", entry_commands.add, "add an entry; text from stdin")
    add.add_argument("--title", default="")
    add.add_argument("--date", type=_date, help="the day the entry is for (YYYY-MM-DD)")
    add.add_argument("--tag", action="append", help="a tag (repeatable)")
    add.add_argument("--mood", type=_mood, help="1 (low) to 5 (bright)")
    add.add_argument("--theme", help="the prompt theme")
    add.add_argument("--prompt", help="the prompt id")
    add.add_argument("--marked", action="store_true", help='mark "remember this"')
    add.add_argument("--heavy", action="store_true", help='mark "heavy"')
    add.add_argument("--energy", type=_energy, help="1 (low) to 3 (high)")
    add.add_argument(
        "--feeling",
        metavar="WORD",
        help="a feeling word (one from the mood grid sets energy and mood too)",
    )
    add.add_argument(
        "--pull",
        metavar="P",
        action="append",
        help="what pulled at you today: a preset id or label, or your own words (repeatable)",
    )

    listing = _command(
        commands, common, "list", entry_commands.list_entries, "list entries, newest first"
    )
    _add_filters(listing)
    listing.add_argument("--limit", type=_positive, default=None)
    listing.add_argument("--json", action="store_true")

    show = _command(commands, common, "show", entry_commands.show, "show one entry")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")

    search = _command(
        commands, common, "search", entry_commands.search, "ranked search with snippets"
    )
    search.add_argument("query")
    _add_filters(search)
    search.add_argument("--limit", type=_positive, default=20)
    search.add_argument("--json", action="store_true")

    edit = _command(
        commands, common, "edit", entry_commands.edit, "new text from stdin (keeps a revision)"
    )
    edit.add_argument("id")
    edit.add_argument("--title", default=None)

    _command(
        commands, common, "delete", entry_commands.delete, "move an entry to the trash"
    ).add_argument("id")

    trash = _command(commands, common, "trash", entry_commands.trash, "list (or empty) the trash")
    trash.add_argument("--json", action="store_true")
    trash.add_argument("--empty", action="store_true", help="delete trashed entries for good")
    trash.add_argument("--yes", action="store_true", help="confirm --empty")

    history = _command(
        commands, common, "history", entry_commands.history, "an entry's earlier versions"
    )
    history.add_argument("id")
    history.add_argument("--json", action="store_true")


def _add_prompt_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    text = "guided prompts: tonight's, the list, your own and imported packs"
    prompts = commands.add_parser("prompts", help=text, description=text, parents=[common])
    actions = prompts.add_subparsers(dest="prompts_command", metavar="ACTION", required=True)
    listing = _command(
        actions, common, "list", prompt_commands.list_prompts, "every prompt, in theme order"
    )
    listing.add_argument("--theme", metavar="ID", help="only this theme")
    listing.add_argument("--json", action="store_true")
    _command(actions, common, "themes", prompt_commands.themes, "theme ids and names").add_argument(
        "--json", action="store_true"
    )
    _command(
        actions, common, "import", prompt_commands.import_pack, "import a prompt pack (TOML)"
    ).add_argument("file", metavar="FILE")
    own = _command(
        actions, common, "add", prompt_commands.add, "add a prompt of your own; prints its id"
    )
    own.add_argument("--theme", metavar="ID", required=True)
    own.add_argument("--follow-up", metavar="Q", action="append", help="up to 3 (repeatable)")
    own.add_argument("--deep", action="store_true", help="say it goes deeper before asking")
    own.add_argument("text", nargs="?", help="the prompt; read from stdin when left out")
    _command(
        actions, common, "remove", prompt_commands.remove, "remove a prompt of your own"
    ).add_argument("id")
    _command(
        actions, common, "remove-pack", prompt_commands.remove_pack, "remove an imported pack"
    ).add_argument("pack_id", metavar="PACK_ID")
    tonight = _command(
        actions, common, "tonight", prompt_commands.tonight, "tonight's prompt, as the app chooses"
    )
    tonight.add_argument(
        "--pull", metavar="ID_OR_WORDS", action="append", help="what pulled at you (repeatable)"
    )
    tonight.add_argument("--theme", metavar="ID", help="choose from this theme")
    tonight.add_argument("--json", action="store_true")
    _command(
        actions, common, "phase", prompt_commands.phase, "show or set where you are (or none)"
    ).add_argument("phase", nargs="?", choices=prompt_commands.PHASE_CHOICES)


def _add_journal_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    init = _command(commands, common, "init", journal_commands.init, "create a journal")
    init.add_argument("--json", action="store_true")
    init.add_argument(
        "--no-keyring", action="store_true", help="use a passphrase instead of the keyring"
    )
    verify = _command(
        commands, common, "verify", backup_commands.verify, "check the journal for damage"
    )
    verify.add_argument(
        "--quick", action="store_true", help="the fast check the app runs on every start"
    )

    keys = commands.add_parser("keys", help="how the journal is unlocked", parents=[common])
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    status = _command(
        actions, common, "status", journal_commands.keys_status, "which secrets open it"
    )
    status.add_argument("--json", action="store_true")
    for name, handler, text in (
        (
            "set-passphrase",
            journal_commands.set_passphrase,
            "require a passphrase (removes the keyring slot)",
        ),
        ("recover", journal_commands.recover, "unlock with the recovery key and set things right"),
    ):
        _command(actions, common, name, handler, text).add_argument(
            "--new-passphrase-file", metavar="F", help="read the new passphrase from F"
        )
    _command(
        actions,
        common,
        "remove-passphrase",
        journal_commands.remove_passphrase,
        "open with the computer login again",
    )
    rotate = _command(
        actions, common, "rotate", journal_commands.rotate, "re-encrypt with a new key"
    )
    rotate.add_argument(
        "--new-recovery-key", action="store_true", help="also issue a new recovery key"
    )


def _add_export_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    text = "export entries to a PDF, Markdown, HTML or text file (not encrypted)"
    export = _command(commands, common, "export", export_commands.export, text)
    export_commands.add_export_arguments(export, _date)


def _add_backup_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    backup = _command(
        commands, common, "backup", backup_commands.backup, "make a verified encrypted backup now"
    )
    backup.add_argument(
        "--to", metavar="DIR", help="back up into DIR (a USB stick, say) instead of backups/"
    )
    backups = _command(
        commands, common, "backups", backup_commands.backups, "list backups, newest first"
    )
    backups.add_argument("--in", dest="in_dir", metavar="DIR", help="list the backups in DIR")
    backups.add_argument("--json", action="store_true")
    backups.add_argument(
        "--check",
        action="store_true",
        help="check every backup completely (every page), not only count its entries",
    )
    restore = _command(
        commands,
        common,
        "restore",
        backup_commands.restore,
        "restore a backup file (the current journal is kept aside), or an entry from the trash",
    )
    restore.add_argument("id", metavar="BACKUP_OR_ID", help="a backup's .db file, or an entry id")
    restore.add_argument("--yes", action="store_true", help="restore a backup without asking")


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    name: str,
    handler: Command,
    text: str,
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=text, description=text, parents=[common])
    parser.set_defaults(handler=handler)
    return parser


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=_date, help="from this day (YYYY-MM-DD)")
    parser.add_argument("--until", type=_date, help="up to this day (YYYY-MM-DD)")
    parser.add_argument("--tag", action="append", help="with this tag (repeatable)")
    parser.add_argument("--theme")
    parser.add_argument("--mood", type=_mood)
    parser.add_argument("--marked", action="store_true", help='only "remember this" entries')
    parser.add_argument("--heavy", action="store_true", help='only entries marked "heavy"')
    parser.add_argument("--pull", metavar="P", help="with this pull (a preset id or label)")
    parser.add_argument("--feeling", metavar="WORD", help="with this feeling word")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; use YYYY-MM-DD") from error


def _mood(text: str) -> int:
    if text not in {"1", "2", "3", "4", "5"}:
        raise argparse.ArgumentTypeError("mood is a number from 1 to 5")
    return int(text)


def _energy(text: str) -> int:
    if text not in {"1", "2", "3"}:
        raise argparse.ArgumentTypeError("energy is a number from 1 to 3")
    return int(text)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def _say(message: str) -> None:
    sys.stderr.write(f"threshold: {message}\n")
