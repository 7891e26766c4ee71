"""The shape of the ``threshold`` command line: every command, its options and its handler.

Building the parser imports no command's modules. Each command names its
handler by module and function (``Handler``), and the module is imported only
when that command runs: ``threshold list`` never loads the export's Markdown
rendering or the backup package. Choices the parser offers are spelled here
(``PHASE_CHOICES``, ``EXPORT_FORMATS``) for the same reason; tests keep them in
step with the models they stand for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from app import APP_NAME, __version__

if TYPE_CHECKING:
    from app.cli.context import CommandContext

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
NO_PHASE = "none"
PHASE_CHOICES = ("deciding", "just-left", "aftershock", "rebuilding", NO_PHASE)
"""``prompts phase`` choices: ``app.records.prompts.Phase`` values, and "none"."""
EXPORT_FORMATS = ("pdf", "md", "html", "txt")
"""``export --format`` choices: ``app.export.model.ExportFormat`` values, PDF first."""


@dataclass(frozen=True)
class Handler:
    """A command's handler: ``function`` in ``app.cli.<module>``, imported when it runs."""

    module: str
    function: str

    def resolve(self) -> Callable[[CommandContext, argparse.Namespace], int]:
        """The handler function itself (importing its module now)."""
        handler: Callable[[CommandContext, argparse.Namespace], int] = getattr(
            importlib.import_module(f"app.cli.{self.module}"), self.function
        )
        return handler

    def __call__(self, context: CommandContext, args: argparse.Namespace) -> int:
        """Run the command."""
        return self.resolve()(context, args)


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
    _add_contact_commands(commands, common)
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


def _add_entry_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    def entry(name: str, function: str, text: str) -> argparse.ArgumentParser:
        return _command(commands, common, name, Handler("entry_commands", function), text)

    add = entry("add", "add", "add an entry; text from stdin")
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

    listing = entry("list", "list_entries", "list entries, newest first")
    _add_filters(listing)
    listing.add_argument("--limit", type=_positive, default=None)
    listing.add_argument("--json", action="store_true")

    show = entry("show", "show", "show one entry")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")

    search = entry("search", "search", "ranked search with snippets")
    search.add_argument("query")
    _add_filters(search)
    search.add_argument("--limit", type=_positive, default=20)
    search.add_argument("--json", action="store_true")

    edit = entry("edit", "edit", "new text from stdin (keeps a revision)")
    edit.add_argument("id")
    edit.add_argument("--title", default=None)

    entry("delete", "delete", "move an entry to the trash").add_argument("id")

    trash = entry("trash", "trash", "list (or empty) the trash")
    trash.add_argument("--json", action="store_true")
    trash.add_argument("--empty", action="store_true", help="delete trashed entries for good")
    trash.add_argument("--yes", action="store_true", help="confirm --empty")

    history = entry("history", "history", "an entry's earlier versions")
    history.add_argument("id")
    history.add_argument("--json", action="store_true")


def _add_prompt_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    text = "guided prompts: tonight's, the list, your own and imported packs"
    prompts = commands.add_parser("prompts", help=text, description=text, parents=[common])
    actions = prompts.add_subparsers(dest="prompts_command", metavar="ACTION", required=True)

    def action(name: str, function: str, text: str) -> argparse.ArgumentParser:
        return _command(actions, common, name, Handler("prompt_commands", function), text)

    listing = action("list", "list_prompts", "every prompt, in theme order")
    listing.add_argument("--theme", metavar="ID", help="only this theme")
    listing.add_argument("--json", action="store_true")
    action("themes", "themes", "theme ids and names").add_argument("--json", action="store_true")
    action("import", "import_pack", "import a prompt pack (TOML)").add_argument(
        "file", metavar="FILE"
    )
    own = action("add", "add", "add a prompt of your own; prints its id")
    own.add_argument("--theme", metavar="ID", required=True)
    own.add_argument("--follow-up", metavar="Q", action="append", help="up to 3 (repeatable)")
    own.add_argument("--deep", action="store_true", help="say it goes deeper before asking")
    own.add_argument("text", nargs="?", help="the prompt; read from stdin when left out")
    action("remove", "remove", "remove a prompt of your own").add_argument("id")
    action("remove-pack", "remove_pack", "remove an imported pack").add_argument(
        "pack_id", metavar="PACK_ID"
    )
    tonight = action("tonight", "tonight", "tonight's prompt, as the app chooses")
    tonight.add_argument(
        "--pull", metavar="ID_OR_WORDS", action="append", help="what pulled at you (repeatable)"
    )
    tonight.add_argument("--theme", metavar="ID", help="choose from this theme")
    tonight.add_argument("--json", action="store_true")
    action("phase", "phase", "show or set where you are (or none)").add_argument(
        "phase", nargs="?", choices=PHASE_CHOICES
    )


def _add_journal_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    init = _command(
        commands, common, "init", Handler("journal_commands", "init"), "create a journal"
    )
    init.add_argument("--json", action="store_true")
    init.add_argument(
        "--no-keyring", action="store_true", help="use a passphrase instead of the keyring"
    )
    verify = _command(
        commands,
        common,
        "verify",
        Handler("journal_commands", "verify"),
        "check the journal for damage",
    )
    verify.add_argument(
        "--quick", action="store_true", help="the fast check the app runs on every start"
    )

    keys = commands.add_parser("keys", help="how the journal is unlocked", parents=[common])
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)

    def action(name: str, function: str, text: str) -> argparse.ArgumentParser:
        return _command(actions, common, name, Handler("journal_commands", function), text)

    action("status", "keys_status", "which secrets open it").add_argument(
        "--json", action="store_true"
    )
    for name, function, text in (
        ("set-passphrase", "set_passphrase", "require a passphrase (removes the keyring slot)"),
        ("recover", "recover", "unlock with the recovery key and set things right"),
    ):
        action(name, function, text).add_argument(
            "--new-passphrase-file", metavar="F", help="read the new passphrase from F"
        )
    action("remove-passphrase", "remove_passphrase", "open with the computer login again")
    action("rotate", "rotate", "re-encrypt with a new key").add_argument(
        "--new-recovery-key", action="store_true", help="also issue a new recovery key"
    )


def _add_export_command(commands: Commands, common: argparse.ArgumentParser) -> None:
    text = "export entries to a PDF, Markdown, HTML or text file (not encrypted)"
    export = _command(commands, common, "export", Handler("export_commands", "export"), text)
    export.add_argument("ids", nargs="*", metavar="ID", help="entry ids (or unique prefixes)")
    export.add_argument("--format", choices=EXPORT_FORMATS, default=EXPORT_FORMATS[0])
    export.add_argument("-o", "--output", metavar="PATH", required=True, help="the file to write")
    export.add_argument("--since", type=_date, help="from this day (YYYY-MM-DD)")
    export.add_argument("--until", type=_date, help="up to this day (YYYY-MM-DD)")
    export.add_argument("--tag", action="append", help="with this tag (repeatable)")
    export.add_argument("--theme", help="with this prompt theme")
    export.add_argument("--marked", action="store_true", help='only "remember this" entries')
    export.add_argument(
        "--redact",
        metavar="NAME=PSEUDONYM",
        action="append",
        help="replace a name (NAME= for initials; repeatable)",
    )
    export.add_argument(
        "--password-file", metavar="F", help="protect the PDF with the password in F"
    )
    export.add_argument("--no-date", action="store_true", help="leave out the dates")
    export.add_argument("--mood", action="store_true", help="include the mood")
    export.add_argument("--no-prompt", action="store_true", help="leave out the prompts")
    export.add_argument("--tags", action="store_true", help="include the tags")
    export.add_argument("--cover-note-file", metavar="F", help="a note to put at the top")
    export.add_argument("--force", action="store_true", help="replace an existing file")


def _add_backup_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    def backup_command(name: str, function: str, text: str) -> argparse.ArgumentParser:
        return _command(commands, common, name, Handler("backup_commands", function), text)

    backup = backup_command("backup", "backup", "make a verified encrypted backup now")
    backup.add_argument(
        "--to", metavar="DIR", help="back up into DIR (a USB stick, say) instead of backups/"
    )
    backups = backup_command("backups", "backups", "list backups, newest first")
    backups.add_argument("--in", dest="in_dir", metavar="DIR", help="list the backups in DIR")
    backups.add_argument("--json", action="store_true")
    backups.add_argument(
        "--check",
        action="store_true",
        help="check every backup completely (every page), not only count its entries",
    )
    restore = backup_command(
        "restore",
        "restore",
        "restore a backup file (the current journal is kept aside), or an entry from the trash",
    )
    restore.add_argument("id", metavar="BACKUP_OR_ID", help="a backup's .db file, or an entry id")
    restore.add_argument("--yes", action="store_true", help="restore a backup without asking")


def _add_contact_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    text = "list the contact log, newest first"
    handler = Handler("contact_commands", "list_contacts")
    contacts = _command(commands, common, "contacts", handler, text)
    contacts.add_argument("--who", metavar="NAME", help="only records naming this person")
    contacts.add_argument("--trash", action="store_true", help="the records in the trash")
    contacts.add_argument("--json", action="store_true")


def _command(
    commands: Commands,
    common: argparse.ArgumentParser,
    name: str,
    handler: Handler,
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
