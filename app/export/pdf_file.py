"""The PDF as a file, without Qt: neutral metadata, encryption, and reading it back.

Copying Qt's pages into a fresh file leaves its Info dictionary (producer,
date) and its XMP packet behind; pypdf's own producer entry is dropped too.
Reading back uses pypdf (a dependency) for the page count, and poppler's
``pdftotext`` for the words when it is installed; the PDF goes to it through a
pipe, never through a file.
"""

from __future__ import annotations

import io
import secrets
import shutil
import subprocess

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError

PDFTOTEXT_TIMEOUT_SECONDS = 600


def neutral_pdf(raw: bytes, *, title: str, password: str | None) -> bytes:
    """``raw`` rewritten with only the chosen title as metadata, encrypted if asked."""
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(raw)).pages:
        writer.add_page(page)
    writer.metadata = None
    if title:
        writer.add_metadata({"/Title": title})
    if password is not None:
        writer.encrypt(
            user_password=password,
            owner_password=secrets.token_urlsafe(32),
            algorithm="AES-256",
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_count(data: bytes, password: str | None) -> int | None:
    """How many pages pypdf finds in ``data`` (opened with ``password``); None if unreadable."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(password or ""):
            return None
        return len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError):
        return None


def pdf_pages_text(data: bytes) -> list[str] | None:
    """Each page's text from ``pdftotext``, or None when it isn't installed or gives up.

    Raises:
        ValueError: pdftotext ran and could not read the PDF.
    """
    program = shutil.which("pdftotext")
    if program is None:
        return None
    try:
        done = subprocess.run(
            [program, "-q", "-enc", "UTF-8", "-", "-"],
            input=data,
            capture_output=True,
            timeout=PDFTOTEXT_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        raise ValueError(f"pdftotext could not read the PDF (exit {done.returncode})")
    pages = done.stdout.decode("utf-8", errors="replace").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages
