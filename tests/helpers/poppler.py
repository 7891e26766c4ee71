"""PDFs read back outside the app, with poppler-utils, as a person's viewer would."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_text(path: Path, *extra: str) -> str:
    """The PDF's text as ``pdftotext -layout`` reads it (pages split by form feeds)."""
    done = subprocess.run(
        ["pdftotext", "-layout", *extra, str(path), "-"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout


def pdf_title(path: Path) -> str:
    """The PDF's own title line, as ``pdfinfo`` reads it ("" without one)."""
    done = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, timeout=30, check=True
    )
    return next((line for line in done.stdout.splitlines() if line.startswith("Title:")), "")
