"""Printing an export: the PDF's own layout, pictures and summary page, on paper.

The system's print dialog chooses the printer; the pages are laid out exactly as
the PDF's (``app.pdf_export.print_html``), so what is printed is what a PDF of
the same choices holds. Loaded only when someone prints.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.errors import KnownError
from app.export.model import ExportDocument
from app.export.render import to_html
from app.ui.widgets.translate import tr


def print_export(parent: QWidget, document: ExportDocument) -> bool:
    """Ask for a printer and print ``document``; whether it was printed (said if not)."""
    from app.pdf_export import print_html  # noqa: PLC0415 - only when printing

    html = to_html(document, for_pdf=True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # margins are the layout's own, as in the PDF
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        print_html(html, printer, document.pictures, document.summary)  # pictures in memory
    except KnownError as error:
        QMessageBox.information(parent, tr("Export"), error.message)
        return False
    return True
