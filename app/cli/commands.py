"""Every ``threshold`` command, declared once: its line of help, its options, its handler.

Each handler is named by module and function (``Handler``) and imported only when
its command runs, so ``threshold list`` never loads the export's Markdown
rendering or the backup package. The choices offered (``PHASE_CHOICES``,
``EXPORT_FORMATS``) are spelled here for the same reason; tests keep them in step
with the models they stand for. Groups with many options are spelled in modules
beside this one (``entry_specs``, ``incident_specs``, ``pattern_specs``);
``app.cli.parser`` builds argparse from the table.
"""

from __future__ import annotations

from app.cli.entry_specs import ENTRIES, IMPORT_SOURCES, MARKED, SINCE, TAGS, UNTIL
from app.cli.incident_specs import INCIDENTS
from app.cli.pattern_specs import PATTERNS
from app.cli.specs import ID, JSON, Arg, Handler, Spec, arg

NO_PHASE = "none"
PHASE_CHOICES = ("deciding", "just-left", "aftershock", "rebuilding", NO_PHASE)
"""``prompts phase`` choices: ``app.records.prompts.Phase`` values, and "none"."""
EXPORT_FORMATS = ("pdf", "md", "html", "txt")
"""``export --format`` choices: ``app.export.model.ExportFormat`` values, PDF first."""
ARCHIVE_FORMAT = "archive"
"""``export --all --format archive``: the whole journal as an open archive."""
NEW_PASSPHRASE = arg("--new-passphrase-file", metavar="F", help="read the new passphrase from F")


def _prompts(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("prompt_commands", function), args)


def _keys(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("journal_commands", function), args)


def _backup(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("backup_commands", function), args)


COMMANDS: dict[str, Spec] = {
    **ENTRIES,
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
    "sync": Spec(
        "one journal on two computers, through a folder a sync engine carries",
        actions={
            "join": Spec(
                "share this journal through FOLDER from this computer",
                Handler("sync_commands", "sync_join"),
                (arg("folder", metavar="FOLDER", help="the folder the sync engine carries"),),
            ),
            "now": Spec(
                "write this computer's changes and merge the others'",
                Handler("sync_commands", "sync_now_command"),
            ),
            "status": Spec(
                "where the journal syncs and how far",
                Handler("sync_commands", "sync_status"),
                (JSON,),
            ),
            "leave": Spec("stop syncing here", Handler("sync_commands", "sync_leave")),
        },
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
            arg(
                "--summary",
                action="store_true",
                help="a PDF's first page: moods, themes, contacts from --since to --until "
                "(default: the last 13 weeks)",
            ),
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
