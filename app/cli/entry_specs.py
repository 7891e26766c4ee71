"""The entry commands (add, list, search, ...) and the filters that pick entries.

Spelled beside ``app.cli.commands``, which lists them first; ``export`` picks
entries with the same filters. The handlers are in ``entry_commands`` and
``attachment_commands`` and load only when a command runs.
"""

from __future__ import annotations

from app.cli.specs import (
    ID,
    JSON,
    Arg,
    Handler,
    Spec,
    arg,
    energy_value,
    iso_date,
    mood_value,
    positive_number,
)

IMPORT_SOURCES = ("dayone", "jrnl", "markdown", "archive")
"""``import --from`` and ``list --imported`` choices: ``app.records.imports.SourceKind`` values."""
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


def _entry(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("entry_commands", function), args)


def _attachments(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("attachment_commands", function), args)


ENTRIES: dict[str, Spec] = {
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
}
"""The entry commands, in the order ``threshold --help`` lists them."""
