"""A PDF without its document information or XMP metadata, for an export.

A PDF's Info dictionary and XMP stream name its author, the program that made it and
when; a scan of a signed document may carry more. pypdf rewrites the file with the
same pages and without them. It is imported when a PDF is cleaned, not at start-up.
"""

from __future__ import annotations

import io

from app.media.problems import damaged, locked_pdf
from app.records.attachments import MediaKind

_UNREADABLE = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)
"""What pypdf raises on a PDF it cannot make sense of, besides its own ``PyPdfError``."""


def strip_pdf_metadata(data: bytes) -> bytes:
    """``data`` rewritten without the document information dictionary or XMP metadata.

    Raises:
        BadAttachment: pypdf cannot read the PDF, or it is locked with a password.
    """
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415 - start-up time
    from pypdf.errors import PyPdfError  # noqa: PLC0415 - start-up time
    from pypdf.generic import NameObject  # noqa: PLC0415 - start-up time

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise locked_pdf()
        writer = PdfWriter()
        writer.append(reader)  # pages, outline and forms: what they refer to, nothing else
        writer.metadata = None
        for page in writer.pages:
            page.pop(NameObject("/Metadata"), None)
        out = io.BytesIO()
        writer.write(out)
    except (PyPdfError, *_UNREADABLE) as exc:
        raise damaged(MediaKind.PDF) from exc
    return out.getvalue()
