"""PDF export through Qt, checked with the real poppler tools a reader would use.

Plain HTML strings only: the Markdown-to-export renderer is tested on its own.
"""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from app.pdf_export import html_to_pdf
from tests.helpers.paths import REPO

pytestmark = pytest.mark.usefixtures("qapp")

POPPLER = ("pdftotext", "pdfinfo")
if not all(shutil.which(tool) for tool in POPPLER):
    pytest.skip("poppler-utils (pdftotext, pdfinfo) are needed", allow_module_level=True)

BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
SCRIPTS = {
    "latin": "Zoë, Ñandú, Łódź",
    "greek": "Καλημέρα κόσμε",
    "cyrillic": "Привет, мир",
    "hebrew": "שלום עולם",
    "arabic": "مرحبا بالعالم",
}
PASSWORD = "a long passphrase, not stored"
STRACE = ("strace", "-f", "-e", "trace=open,openat,openat2", "-o")


def write(tmp_path: Path, pdf: bytes, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def poppler(*argv: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in argv], capture_output=True, text=True, timeout=60, check=check
    )


def page_text(path: Path, page: int | None = None, *extra: str) -> str:
    pages = ("-f", str(page), "-l", str(page)) if page else ()
    return poppler("pdftotext", *extra, *pages, path, "-").stdout


def normalised(text: str) -> str:
    """Arabic comes back as presentation forms and RTL runs in embedding marks."""
    return unicodedata.normalize("NFKC", text).translate(BIDI_CONTROLS)


def info(path: Path, *extra: str) -> dict[str, str]:
    output = poppler("pdfinfo", *extra, path).stdout
    pairs = (line.partition(":") for line in output.splitlines())
    return {key.strip(): value.strip() for key, _, value in pairs}


def entries_html(count: int, *, break_first: bool = False) -> str:
    parts = []
    for number in range(1, count + 1):
        style = ' style="page-break-before: always"' if number > 1 or break_first else ""
        parts.append(f"<h1{style}>Entry number {number}</h1><p>Words of entry {number}.</p>")
    return "".join(parts)


def png_file(path: Path, colour: str = "#ff00ff") -> Path:
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def image_xobjects(pdf: bytes) -> list[str]:
    """Names of image XObjects on any page (Qt draws an embedded image as one)."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page.get("/Resources")
        xobjects: Any = resources.get_object().get("/XObject") if resources else None
        for name, ref in (xobjects.get_object() if xobjects else {}).items():
            if ref.get_object().get("/Subtype") == "/Image":
                found.append(str(name))
    return found


# ------------------------------------------------------------------------- text


def test_every_script_comes_back_as_text(tmp_path: Path) -> None:
    body = "".join(f"<p>{text}</p>" for text in SCRIPTS.values())
    path = write(tmp_path, html_to_pdf(body + "<p>An emoji 🙂🌱 here.</p>"))
    text = normalised(page_text(path))
    for script, words in SCRIPTS.items():
        assert normalised(words) in text, script
    # No colour-emoji font is required: the rest of the line survives.
    assert "An emoji" in text
    assert "here." in text


def test_headings_lists_quotes_tables_and_code_keep_their_words(tmp_path: Path) -> None:
    html = (
        "<h1>A heading</h1><h2>Smaller</h2><ul><li>first item</li><li>second item</li></ul>"
        "<blockquote><p>quoted words</p></blockquote><pre>code_line = 1</pre>"
        "<table><tr><th>When</th><th>What</th></tr><tr><td>Monday</td><td>the call</td></tr>"
        "</table><p><a href='https://example.org/'>a link</a></p>"
    )
    text = page_text(write(tmp_path, html_to_pdf(html)))
    for words in ("A heading", "Smaller", "first item", "second item", "quoted words"):
        assert words in text
    for words in ("code_line = 1", "When", "What", "Monday", "the call", "a link"):
        assert words in text


# ------------------------------------------------------------------------ pages


def test_each_entry_starts_on_a_new_page(tmp_path: Path) -> None:
    path = write(tmp_path, html_to_pdf(entries_html(4)))
    assert info(path)["Pages"] == "4"
    for number in range(1, 5):
        text = page_text(path, number)
        assert text.lstrip().startswith(f"Entry number {number}")
        others = {f"Entry number {other}" for other in range(1, 5)} - {f"Entry number {number}"}
        assert not any(heading in text for heading in others)


def wrapped_entries(count: int) -> str:
    style = ' style="page-break-before: always"'
    return "".join(
        f"<div{style}><h1>Entry number {n}</h1><p>Words.</p></div>" for n in range(1, count + 1)
    )


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(entries_html(3, break_first=True), id="on-each-heading"),
        pytest.param(wrapped_entries(3), id="on-each-div"),
    ],
)
def test_a_break_before_the_first_entry_adds_no_blank_page(tmp_path: Path, html: str) -> None:
    path = write(tmp_path, html_to_pdf(html))
    assert info(path)["Pages"] == "3"
    assert page_text(path, 1).lstrip().startswith("Entry number 1")


def test_pages_are_numbered_in_the_footer(tmp_path: Path) -> None:
    path = write(tmp_path, html_to_pdf(entries_html(3)))
    for number in range(1, 4):
        lines = [line for line in page_text(path, number).splitlines() if line.strip()]
        assert re.fullmatch(rf"\s*{number}\s*/\s*3\s*", lines[-1]), lines


def test_long_text_flows_onto_numbered_pages(tmp_path: Path) -> None:
    paragraph = "<p>" + "A sentence that keeps going on and on. " * 60 + "</p>"
    path = write(tmp_path, html_to_pdf(paragraph * 12 + "<p>THE LAST WORDS</p>"))
    pages = int(info(path)["Pages"])
    assert pages > 1
    assert "THE LAST WORDS" in page_text(path, pages)
    assert re.search(rf"\b{pages}\s*/\s*{pages}\b", page_text(path, pages))


@pytest.mark.parametrize(("page_size", "points"), [("A4", "595 x 842"), ("letter", "612 x 792")])
def test_page_sizes(tmp_path: Path, page_size: str, points: str) -> None:
    path = write(tmp_path, html_to_pdf("<p>size</p>", page_size=page_size))
    assert info(path)["Page size"].startswith(points)


def test_an_unknown_page_size_is_refused() -> None:
    with pytest.raises(ValueError, match="page size"):
        html_to_pdf("<p>x</p>", page_size="A0-ish")


# --------------------------------------------------------------------- metadata


def test_metadata_holds_only_the_title(tmp_path: Path) -> None:
    pdf = html_to_pdf("<p>words</p>", title="For my counsellor, Zoë")
    fields = info(write(tmp_path, pdf))
    assert fields["Title"] == "For my counsellor, Zoë"
    for absent in ("Producer", "Creator", "Author", "CreationDate", "ModDate"):
        assert absent not in fields
    assert fields["Metadata Stream"] == "no"
    reader = PdfReader(io.BytesIO(pdf))
    metadata = {str(key): str(value) for key, value in (reader.metadata or {}).items()}
    assert metadata == {"/Title": "For my counsellor, Zoë"}
    assert "/Metadata" not in reader.root_object
    assert b"Qt " not in pdf
    assert b"pypdf" not in pdf


def test_without_a_title_there_is_no_metadata(tmp_path: Path) -> None:
    pdf = html_to_pdf("<p>words</p>")
    fields = info(write(tmp_path, pdf))
    for absent in ("Title", "Producer", "Creator", "CreationDate"):
        assert absent not in fields
    assert not PdfReader(io.BytesIO(pdf)).metadata


# ----------------------------------------------------------------------- images


def image_sources(tmp_path: Path) -> dict[str, str]:
    secret = png_file(tmp_path / "secret.png")
    green = png_file(tmp_path / "green.png", "#00ff00").read_bytes()
    data_url = "data:image/png;base64," + base64.b64encode(green).decode()
    return {
        "path": f'<img src="{secret}">',
        "file-url": f'<img src="{secret.as_uri()}">',
        "data-url": f'<img src="{data_url}">',
        "etc-hostname": '<img src="/etc/hostname"><img src="file:///etc/hostname">',
        "css-background": f'<p style="background-image: url({secret})">styled</p>',
        "table-background": f'<table background="{secret}"><tr><td>cell</td></tr></table>',
        "data-background": f"<div style=\"background-image: url('{data_url}')\">div</div>",
    }


@pytest.mark.parametrize(
    "kind",
    [
        "path",
        "file-url",
        "data-url",
        "etc-hostname",
        "css-background",
        "table-background",
        "data-background",
    ],
)
def test_no_image_reaches_the_pdf(tmp_path: Path, kind: str) -> None:
    html = f"<p>before</p>{image_sources(tmp_path)[kind]}<p>after</p>"
    pdf = html_to_pdf(html)
    path = write(tmp_path, pdf)
    assert image_xobjects(pdf) == []
    if shutil.which("pdfimages"):
        listing = poppler("pdfimages", "-list", path).stdout.splitlines()
        assert listing[2:] == []
    text = page_text(path)
    assert "before" in text
    assert "after" in text
    assert "\ufffc" not in text  # not even an empty image placeholder
    hostname = Path("/etc/hostname")
    if kind == "etc-hostname" and hostname.exists() and len(hostname.read_text().strip()) > 3:
        assert hostname.read_text().strip() not in text


@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed")
def test_a_named_image_file_is_never_even_opened(tmp_path: Path) -> None:
    secret = png_file(tmp_path / "secret.png")
    log = tmp_path / "strace.log"
    script = (
        "from app.pdf_export import html_to_pdf\n"
        f'html_to_pdf(\'<img src="{secret}"><img src="{secret.as_uri()}">'
        f'<p style="background-image: url({secret})">x</p>\')\n'
    )
    run = subprocess.run(
        [*STRACE, str(log), sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    if run.returncode != 0 and not log.exists():
        pytest.skip(f"strace cannot trace here: {run.stderr.strip()[:200]}")
    assert run.returncode == 0, run.stderr
    assert "secret.png" not in log.read_text()


# ------------------------------------------------------------------- encryption


def test_a_password_encrypts_with_aes_256(tmp_path: Path) -> None:
    pdf = html_to_pdf("<p>private words</p>", title="Notes", password=PASSWORD)
    path = write(tmp_path, pdf)
    assert PdfReader(io.BytesIO(pdf)).is_encrypted
    assert b"private words" not in pdf
    fields = info(path, "-upw", PASSWORD)
    assert fields["Encrypted"].startswith("yes")
    assert "AES-256" in fields["Encrypted"].replace(" ", "-")
    locked = poppler("pdftotext", path, "-", check=False)
    assert locked.returncode != 0
    assert "private words" not in locked.stdout
    assert "private words" in page_text(path, None, "-upw", PASSWORD)
    assert PASSWORD.encode() not in pdf


def owner_key(pdf: bytes) -> object:
    encrypt: Any = PdfReader(io.BytesIO(pdf)).trailer["/Encrypt"]
    return encrypt.get_object()["/O"]


def test_the_owner_password_is_random_each_time(tmp_path: Path) -> None:
    first = html_to_pdf("<p>x</p>", password=PASSWORD)
    second = html_to_pdf("<p>x</p>", password=PASSWORD)
    owners = [owner_key(pdf) for pdf in (first, second)]
    assert owners[0] != owners[1]


def test_an_empty_password_is_refused() -> None:
    with pytest.raises(ValueError, match="empty password"):
        html_to_pdf("<p>x</p>", password="")


# ------------------------------------------------------------------- robustness


def test_a_300_row_table_spans_pages(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>row {n}</td><td>{'word ' * 8}</td></tr>" for n in range(300))
    path = write(tmp_path, html_to_pdf(f"<table><tr><th>n</th><th>text</th></tr>{rows}</table>"))
    pages = int(info(path)["Pages"])
    assert pages > 3
    text = page_text(path)
    assert "row 0" in text
    assert "row 299" in text


def test_very_long_text_and_unbroken_words_do_not_crash(tmp_path: Path) -> None:
    html = (
        "<p>" + "x" * 20_000 + "</p>"
        "<p>" + "long text " * 30_000 + "</p>"
        "<pre>" + "y" * 5_000 + "</pre><p>END</p>"
    )
    path = write(tmp_path, html_to_pdf(html))
    pages = int(info(path)["Pages"])
    assert pages > 20
    assert "END" in page_text(path, pages)


def test_hostile_markup_shows_nothing_and_loads_nothing(tmp_path: Path) -> None:
    # Qt hides everything after a <link> (it has display: none and no end tag), so
    # the visible text comes first; the sanitiser never lets these tags through.
    html = (
        "<p>still here</p><script>alert(1)</script><style>p { color: red }</style>"
        '<iframe src="https://example.org/"></iframe>'
        '<link rel="stylesheet" href="/etc/passwd">'
    )
    pdf = html_to_pdf(html)
    text = page_text(write(tmp_path, pdf))
    assert "still here" in text
    assert "alert" not in text
    assert "root:" not in text
    assert image_xobjects(pdf) == []


def test_quotes_are_indented_and_text_sits_inside_the_margins(tmp_path: Path) -> None:
    # Qt takes horizontal block margins as device pixels: this notices if that changes.
    path = write(tmp_path, html_to_pdf("<p>Plain</p><blockquote><p>Quoted</p></blockquote>"))
    bbox = poppler("pdftotext", "-bbox", path, "-").stdout
    left = {word: float(x) for x, word in re.findall(r'xMin="([\d.]+)"[^>]*>(Plain|Quoted)<', bbox)}
    millimetre = 72 / 25.4
    assert 19 * millimetre < left["Plain"] < 21 * millimetre
    assert 4 * millimetre < left["Quoted"] - left["Plain"] < 10 * millimetre


def test_ligatures_do_not_hide_letters(tmp_path: Path) -> None:
    pdf = html_to_pdf("<h1>first office</h1><p>The first offer, <code>fi</code>.</p>")
    text = page_text(write(tmp_path, pdf))
    assert "first office" in text
    assert "The first offer" in text


def test_a_fresh_process_gets_its_own_gui_application() -> None:
    script = (
        "import sys\n"
        "from app.pdf_export import html_to_pdf\n"
        "pdf = html_to_pdf('<p>fresh</p>')\n"
        "assert pdf.startswith(b'%PDF-'), pdf[:8]\n"
        "assert 'PySide6.QtWidgets' not in sys.modules\n"
        "assert not any(m.startswith('app.ui') for m in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
