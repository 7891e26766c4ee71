"""One export pipeline: a PDF from the app's dialog and one from the CLI carry the same title.

They once drifted apart (issue 16, item 5): each front end called the PDF
renderer its own way, and the dialog's PDFs had no title while the CLI's did.
Read back with poppler's ``pdfinfo`` and with pypdf.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.export.render import DOCUMENT_TITLE
from app.journal import open_journal
from app.vault.slot_secret import SlotSecret
from tests.helpers.cli import Cli


def _pdfinfo_title(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    titles = [line for line in info.stdout.splitlines() if line.startswith("Title:")]
    return titles[0].removeprefix("Title:").strip() if titles else ""


def test_the_dialog_and_the_cli_give_a_pdf_the_same_title(
    cli: Cli, qtbot: QtBot, tmp_path: Path
) -> None:
    from app.ui.export.dialog import ExportDialog

    assert cli("init").status == 0
    entry = cli("add", stdin=b"Words to share with my therapist.").stdout.strip()
    from_cli = tmp_path / "cli.pdf"
    result = cli("export", entry, "-o", str(from_cli))
    assert result.status == 0, result.stderr
    from_app = tmp_path / "app.pdf"
    secret = SlotSecret.device(next(iter(cli.keystore.secrets.values())))
    with open_journal(cli.files, secret) as journal:
        dialog = ExportDialog(journal, [entry], "current entry")
        qtbot.addWidget(dialog)
        assert dialog.export_to(from_app)
    titles = {_pdfinfo_title(path) for path in (from_cli, from_app)}
    assert titles == {DOCUMENT_TITLE}
    for path in (from_cli, from_app):
        metadata = PdfReader(path).metadata
        assert metadata is not None
        assert (metadata.title, list(metadata)) == (DOCUMENT_TITLE, ["/Title"])
