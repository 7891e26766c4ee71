"""A child process that writes one export again and again, until it is killed.

Run as ``python tests/fault/export_child.py DATA_DIR TARGET MODE`` with the
passphrase in ``THRESHOLD_KILL_TEST_PASSPHRASE``. MODE is ``unnamed`` (Linux's
unnamed file, the default way) or ``named`` (the hidden temp file other systems
use). It renders the export once, prints ``ready``, then writes it in a loop the
way an export does (folder noted in the journal, checked, named), printing
``wrote N`` after each. MODE ``folder`` exports to Markdown with its attachments
through the whole pipeline, each time to a new name ("TARGET 1.md" and its
folder "TARGET 1 files", then 2...).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: make ``app`` and ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PASSPHRASE_VARIABLE = "THRESHOLD_KILL_TEST_PASSPHRASE"


def main(data_dir: Path, target: Path, mode: str) -> None:
    """Open the journal and write the export until killed."""
    from app.export import write
    from app.export.complete import check_export
    from app.export.interrupted import exporting_to
    from app.export.model import ExportFormat, ExportOptions
    from app.export.pipeline import render_export
    from app.export.prepare import prepare, select_ids
    from app.files import JournalFiles
    from app.journal import open_journal
    from app.vault.slot_secret import SlotSecret

    if mode == "named":
        write.open_unnamed = lambda folder: None  # type: ignore[attr-defined]
    secret = SlotSecret.passphrase(os.environ[PASSPHRASE_VARIABLE])
    with open_journal(JournalFiles(data_dir), secret) as journal:
        doc = prepare(journal, select_ids(journal), ExportOptions())
        if mode == "folder":
            _export_with_folders(journal, doc, target)
        rendered = render_export(doc, ExportFormat.MARKDOWN)
        print("ready", flush=True)
        count = 0
        while True:
            with exporting_to(journal, target.parent):
                write.write_export(target, rendered.data, lambda back: check_export(back, rendered))
            count += 1
            print(f"wrote {count}", flush=True)


def _export_with_folders(journal: object, doc: object, target: Path) -> None:
    """Markdown exports with their attachment folders, each to a new name, until killed."""
    from app.export.model import ExportFormat
    from app.export.pipeline import export_document

    print("ready", flush=True)
    count = 0
    while True:
        count += 1
        path = target.with_name(f"{target.stem} {count}.md")
        export_document(path, doc, ExportFormat.MARKDOWN, journal=journal)  # type: ignore[arg-type]
        print(f"wrote {count}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
