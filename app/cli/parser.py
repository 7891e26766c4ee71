"""The shape of the ``threshold`` command line: every command, its options and its handler.

``COMMANDS`` declares each command once: its line of help, its options and the
handler that runs it, named by module and function (``Handler``) and imported
only when the command runs, so ``threshold list`` never loads the export's
Markdown rendering or the backup package. Given the command line, only the
command it names is built (argparse takes ~10 ms to build all of them); help,
mistakes and anything unusual get the whole parser. The choices offered
(``PHASE_CHOICES``, ``EXPORT_FORMATS``) are spelled here for the same reason;
tests keep them in step with the models they stand for.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeAlias

from app import APP_NAME, __version__
from app.cli.incident_specs import INCIDENTS
from app.cli.pattern_specs import PATTERNS
from app.cli.specs import (
    Arg,
    Handler,
    Spec,
    arg,
    energy_value,
    iso_date,
    mood_value,
    positive_number,
)

if TYPE_CHECKING:
    pass

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
NO_PHASE = "none"
PHASE_CHOICES = ("deciding", "just-left", "aftershock", "rebuilding", NO_PHASE)
"""``prompts phase`` choices: ``app.records.prompts.Phase`` values, and "none"."""
EXPORT_FORMATS = ("pdf", "md", "html", "txt")
"""``export --format`` choices: ``app.export.model.ExportFormat`` values, PDF first."""
ARCHIVE_FORMAT = "archive"
"""``export --all --format archive``: the whole journal as an open archive."""
IMPORT_SOURCES = ("dayone", "jrnl", "markdown", "archive")
"""``import --from`` and ``list --imported`` choices: ``app.records.imports.SourceKind`` values."""
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


JSON = arg("--json", action="store_true")
ID = arg("id")
SINCE = arg("--since", type=iso_date, help="from this day (YYYY-MM-DD)")
UNTIL = arg("--until", type=iso_date, help="up to this day (YYYY-MM-DD)")
TAGS = arg("--tag", action="append", help="with this tag (repeatable)")
MARKED = arg("--marked", action="store_true", help='only "remember this" entries')
FILTERS = (
    SINCE,
    UNTIL,
    TAGS,
    arg("--theme"),
    arg("--mood", type=mood_value),
    MARKED,
    arg("--heavy", action="store_true", help='only entries marked "heavy"'),
    arg("--pull", metavar="P", help="with this pull (a preset id or label)"),
    arg("--feeling", metavar="WORD", help="with this feeling word"),
    arg("--imported", choices=IMPORT_SOURCES, help="only entries imported from there"),
)
NEW_PASSPHRASE = arg("--new-passphrase-file", metavar="F", help="read the new passphrase from F")


def _entry(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("entry_commands", function), args)


def _attachments(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("attachment_commands", function), args)


def _prompts(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("prompt_commands", function), args)


def _keys(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("journal_commands", function), args)


def _backup(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("backup_commands", function), args)


COMMANDS: dict[str, Spec] = {
    "add": _entry(
        "add",
        "add an entry; text from stdin",
        arg("--title", default=""),
        arg("--date", type=iso_date, help="the day the entry is for (YYYY-MM-DD)"),
        arg("--tag", action="append", help="a tag (repeatable)"),
        arg("--mood", type=mood_value, help="1 (low) to 5 (bright)"),
        arg("--theme", help="the prompt theme"),
        arg("--prompt", help="the prompt id"),
        arg("--marked", action="store_true", help='mark "remember this"'),
        arg("--heavy", action="store_true", help='mark "heavy"'),
        arg("--energy", type=energy_value, help="1 (low) to 3 (high)"),
        arg(
            "--feeling",
            metavar="WORD",
            help="a feeling word (one from the mood grid sets energy and mood too)",
        ),
        arg(
            "--pull",
            metavar="P",
            action="append",
            help="what pulled at you today: a preset id or label, or your own words (repeatable)",
        ),
        arg(
            "--attach",
            metavar="FILE",
            action="append",
            help="attach a picture or PDF (repeatable); the text may then be empty",
        ),
    ),
    "attach": _attachments(
        "attach",
        "attach pictures or PDFs to an entry; prints each attachment's id",
        ID,
        arg("files", metavar="FILE", nargs="+"),
    ),
    "attachments": _attachments(
        "list_attachments", "an entry's attachments: id, name, type, size, SHA-256", ID, JSON
    ),
    "attachment": Spec(
        "one attachment",
        actions={
            "save": _attachments(
                "save_attachment",
                "save an attachment's original file, byte for byte",
                arg("attachment_id", metavar="ATTACHMENT_ID"),
                arg("-o", "--output", metavar="FILE", required=True, help="where to save it"),
                arg("--force", action="store_true", help="replace a file that is already there"),
            )
        },
    ),
    "list": _entry(
        "list_entries",
        "list entries, newest first",
        *FILTERS,
        arg("--limit", type=positive_number, default=None),
        JSON,
    ),
    "show": _entry("show", "show one entry", ID, JSON),
    "search": _entry(
        "search",
        "ranked search with snippets",
        arg("query"),
        *FILTERS,
        arg("--limit", type=positive_number, default=20),
        JSON,
    ),
    "edit": _entry(
        "edit", "new text from stdin (keeps a revision)", ID, arg("--title", default=None)
    ),
    "delete": _entry("delete", "move an entry to the trash", ID),
    "trash": _entry(
        "trash",
        "list (or empty) the trash",
        JSON,
        arg("--empty", action="store_true", help="delete trashed entries for good"),
        arg("--yes", action="store_true", help="confirm --empty"),
    ),
    "history": _entry("history", "an entry's earlier versions", ID, JSON),
    "prompts": Spec(
        "guided prompts: tonight's, the list, your own and imported packs",
        actions={
            "list": _prompts(
                "list_prompts",
                "every prompt, in theme order",
                arg("--theme", metavar="ID", help="only this theme"),
                JSON,
            ),
            "themes": _prompts("themes", "theme ids and names", JSON),
            "import": _prompts(
                "import_pack", "import a prompt pack (TOML)", arg("file", metavar="FILE")
            ),
            "add": _prompts(
                "add",
                "add a prompt of your own; prints its id",
                arg("--theme", metavar="ID", required=True),
                arg("--follow-up", metavar="Q", action="append", help="up to 3 (repeatable)"),
                arg("--deep", action="store_true", help="say it goes deeper before asking"),
                arg("text", nargs="?", help="the prompt; read from stdin when left out"),
            ),
            "remove": _prompts("remove", "remove a prompt of your own", ID),
            "remove-pack": _prompts(
                "remove_pack", "remove an imported pack", arg("pack_id", metavar="PACK_ID")
            ),
            "tonight": _prompts(
                "tonight",
                "tonight's prompt, as the app chooses",
                arg(
                    "--pull",
                    metavar="ID_OR_WORDS",
                    action="append",
                    help="what pulled at you (repeatable)",
                ),
                arg("--theme", metavar="ID", help="choose from this theme"),
                JSON,
            ),
            "phase": _prompts(
                "phase",
                "show or set where you are (or none)",
                arg("phase", nargs="?", choices=PHASE_CHOICES),
            ),
        },
    ),
    "init": _keys(
        "init",
        "create a journal",
        JSON,
        arg("--no-keyring", action="store_true", help="use a passphrase instead of the keyring"),
    ),
    "verify": _keys(
        "verify",
        "check the journal for damage",
        arg("--quick", action="store_true", help="the fast check the app runs on every start"),
    ),
    "access-history": Spec(
        "who opened the journal, or tried to, newest first",
        Handler("access_commands", "access_history"),
        (JSON,),
    ),
    "keys": Spec(
        "how the journal is unlocked",
        actions={
            "status": _keys("keys_status", "which secrets open it", JSON),
            "set-passphrase": _keys(
                "set_passphrase", "require a passphrase (removes the keyring slot)", NEW_PASSPHRASE
            ),
            "recover": _keys(
                "recover", "unlock with the recovery key and set things right", NEW_PASSPHRASE
            ),
            "remove-passphrase": _keys("remove_passphrase", "open with the computer login again"),
            "rotate": _keys(
                "rotate",
                "re-encrypt with a new key",
                arg(
                    "--new-recovery-key", action="store_true", help="also issue a new recovery key"
                ),
            ),
        },
    ),
    "export": Spec(
        "export entries to a PDF, Markdown, HTML or text file (not encrypted)",
        Handler("export_commands", "export"),
        (
            arg("ids", nargs="*", metavar="ID", help="entry ids (or unique prefixes)"),
            arg("--format", choices=(*EXPORT_FORMATS, ARCHIVE_FORMAT), default=EXPORT_FORMATS[0]),
            arg(
                "--all",
                action="store_true",
                help="with --format archive: everything (entries, pictures, reasons, records)",
            ),
            arg("-o", "--output", metavar="PATH", required=True, help="the file to write"),
            SINCE,
            UNTIL,
            TAGS,
            arg("--theme", help="with this prompt theme"),
            MARKED,
            arg(
                "--redact",
                metavar="NAME=PSEUDONYM",
                action="append",
                help="replace a name (NAME= for initials; repeatable)",
            ),
            arg(
                "--password-file",
                metavar="F",
                help="protect the PDF (or the archive) with the password in F",
            ),
            arg("--no-date", action="store_true", help="leave out the dates"),
            arg("--mood", action="store_true", help="include the mood"),
            arg("--no-prompt", action="store_true", help="leave out the prompts"),
            arg("--tags", action="store_true", help="include the tags"),
            arg("--cover-note-file", metavar="F", help="a note to put at the top"),
            arg("--force", action="store_true", help="replace an existing file"),
        ),
    ),
    "import": Spec(
        "import entries from Day One, jrnl, a Markdown folder or a Threshold archive",
        Handler("import_commands", "import_entries"),
        (
            arg("path", metavar="PATH", help="the export file (a .zip, .json or .txt) or folder"),
            arg("--from", dest="source", choices=IMPORT_SOURCES, help="its format (else detected)"),
            arg(
                "--dry-run", action="store_true", help="say what would be imported; change nothing"
            ),
            arg(
                "--keep-location",
                action="store_true",
                help="keep Day One's place and weather as a line in the text (left out otherwise)",
            ),
            arg("--password-file", metavar="F", help="the password of a protected archive"),
            JSON,
        ),
    ),
    "backup": _backup(
        "backup",
        "make a verified encrypted backup now",
        arg("--to", metavar="DIR", help="back up into DIR (a USB stick, say) instead of backups/"),
    ),
    "backups": _backup(
        "backups",
        "list backups, newest first",
        arg("--in", dest="in_dir", metavar="DIR", help="list the backups in DIR"),
        JSON,
        arg(
            "--check",
            action="store_true",
            help="check every backup completely (every page), not only count its entries",
        ),
    ),
    "restore": _backup(
        "restore",
        "restore a backup file (the current journal is kept aside), or an entry from the trash",
        arg("id", metavar="BACKUP_OR_ID", help="a backup's .db file, or an entry id"),
        arg("--yes", action="store_true", help="restore a backup without asking"),
    ),
    "incidents": INCIDENTS,
    "patterns": PATTERNS,
    "contacts": Spec(
        "list the contact log, newest first",
        Handler("contact_commands", "list_contacts"),
        (
            arg("--who", metavar="NAME", help="only records naming this person"),
            arg("--trash", action="store_true", help="the records in the trash"),
            JSON,
        ),
    ),
}
"""Every command, in the order ``threshold --help`` lists them."""
