"""JPEGs go into a PDF as their own stripped bytes, the right way up; others as before.

Checked with what a reader uses: poppler's ``pdfimages -list`` (each picture's
pixel size and encoding), ``pdftoppm`` (where a known coloured corner lands on
the rendered page) and pypdf (the bytes of each image stream).
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
from PySide6.QtGui import QColor, QImage, QImageReader, QImageWriter, QPdfWriter

from app.export.complete import ExportIncomplete
from app.media.strip import strip_metadata
from app.pdf_export import print_html, render_pdf
from app.pdf_export.jpeg_frames import pdf_bytes, pdf_frame
from app.pdf_export.jpeg_swap import swap_jpegs
from app.pdf_export.pdf_splice import replace_objects
from app.records.attachments import MediaKind
from tests.helpers.images import encode, exif_tiff, jpeg_bytes, jpeg_segment, png_bytes

pytestmark = pytest.mark.usefixtures("qapp")

if not all(shutil.which(tool) for tool in ("pdfimages", "pdftoppm")):
    pytest.skip("poppler-utils (pdfimages, pdftoppm) are needed", allow_module_level=True)

MARKER = "JPEGPASS-GPS-52.3N"
RED, GREY = QColor(230, 20, 20), QColor(128, 128, 128)
CORNER = {  # where the stored picture's top-left corner is seen, for each EXIF orientation
    1: "top-left",
    2: "top-right",
    3: "bottom-right",
    4: "bottom-left",
    5: "top-left",
    6: "top-right",
    7: "bottom-right",
    8: "bottom-left",
}
TURNED = {5, 6, 7, 8}


def key(number: int) -> str:
    return f"{number:032x}"


def html_of(keys: list[str], words: str = "") -> str:
    return "".join(f'<p>{words}</p><p><img src="attachment:{k}"></p>' for k in keys)


def render(pictures: Mapping[str, bytes], keys: list[str] | None = None, words: str = "") -> bytes:
    loaders = {name: (lambda data=data: data) for name, data in pictures.items()}
    return render_pdf(html_of(keys or list(pictures), words), pictures=loaders).data


def stripped(data: bytes) -> bytes:
    return strip_metadata(data, MediaKind.JPEG)


def with_exif(data: bytes, orientation: int, marker: str | None = MARKER) -> bytes:
    """``data`` (a JPEG from Qt) with an EXIF segment after its JFIF header."""
    after_jfif = 4 + struct.unpack_from(">H", data, 4)[0]
    exif = jpeg_segment(0xE1, b"Exif\x00\x00" + exif_tiff(marker, orientation))
    return data[:after_jfif] + exif + data[after_jfif:]


def corner_jpeg(width: int = 96, height: int = 48) -> bytes:
    """Grey, with a red block in the stored picture's top-left corner."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(GREY)
    for y in range(height // 3):
        for x in range(width // 4):
            image.setPixelColor(x, y, RED)
    return encode(image, "jpeg", 95)


def listing(pdf: bytes, tmp_path: Path) -> list[dict[str, str]]:
    path = tmp_path / "listed.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    )
    lines = done.stdout.splitlines()
    header = lines[0].split()
    return [dict(zip(header, line.split(), strict=False)) for line in lines[2:] if line.strip()]


def image_streams(pdf: bytes) -> dict[int, Any]:
    """Every image XObject on any page, by object number."""
    found = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page.get("/Resources")
        xobjects: Any = resources.get_object().get("/XObject") if resources else None
        for ref in (xobjects.get_object() if xobjects else {}).values():
            image = ref.get_object()
            if image.get("/Subtype") == "/Image":
                found[ref.idnum] = image
    return found


def raw_jpegs(pdf: bytes) -> list[bytes]:
    return [
        image._data for image in image_streams(pdf).values() if image["/Filter"] == "/DCTDecode"
    ]


def page_image(pdf: bytes, tmp_path: Path, page: int = 1) -> QImage:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    prefix = tmp_path / "page"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "50",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            path,
            prefix,
        ],
        check=True,
        capture_output=True,
    )
    image = QImage(str(prefix) + ".png")
    assert not image.isNull()
    return image


def picture_box(page: QImage) -> QRect:
    """Where the grey-and-red picture is: every pixel that is neither white nor text."""
    left, top, right, bottom = page.width(), page.height(), -1, -1
    for y in range(0, int(page.height() * 0.85)):
        for x in range(page.width()):
            colour = page.pixelColor(x, y)
            if colour.red() < 240 and abs(colour.green() - colour.blue()) < 40:
                is_red = colour.red() > 180 and colour.green() < 90
                is_grey = abs(colour.red() - 128) < 40 and abs(colour.green() - 128) < 40
                if is_red or is_grey:
                    left, top = min(left, x), min(top, y)
                    right, bottom = max(right, x), max(bottom, y)
    assert right > left and bottom > top, "no picture on the page"
    return QRect(left, top, right - left + 1, bottom - top + 1)


def red_corners(page: QImage, box: QRect) -> set[str]:
    inset_x, inset_y = max(2, box.width() // 12), max(2, box.height() // 12)
    points = {
        "top-left": (box.left() + inset_x, box.top() + inset_y),
        "top-right": (box.right() - inset_x, box.top() + inset_y),
        "bottom-left": (box.left() + inset_x, box.bottom() - inset_y),
        "bottom-right": (box.right() - inset_x, box.bottom() - inset_y),
    }
    found = set()
    for name, (x, y) in points.items():
        colour = page.pixelColor(x, y)
        if colour.red() > 180 and colour.green() < 90:
            found.add(name)
    return found


def qt_upright(data: bytes) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader.read()


# ------------------------------------------------------------------ which way up


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_comes_out_the_right_way_up(tmp_path: Path, orientation: int) -> None:
    data = stripped(with_exif(corner_jpeg(), orientation))
    pdf = render({key(1): data})
    [listed] = listing(pdf, tmp_path)
    assert (listed["width"], listed["height"], listed["enc"]) == ("96", "48", "jpeg")
    page = page_image(pdf, tmp_path)
    box = picture_box(page)
    assert (box.height() > box.width()) == (orientation in TURNED)
    assert red_corners(page, box) == {CORNER[orientation]}
    upright = qt_upright(data)  # Qt's own reading of the EXIF agrees
    assert (upright.height() > upright.width()) == (orientation in TURNED)
    assert red_corners(upright, QRect(0, 0, upright.width(), upright.height())) == {
        CORNER[orientation]
    }


# ------------------------------------------------------------------ as they are


def test_a_jpeg_goes_in_at_its_own_size_as_its_stripped_bytes(tmp_path: Path) -> None:
    """Decoded for paper, this photo would have been cut to about 1,340 pixels wide."""
    original = jpeg_bytes(1600, 1200, marker=MARKER)
    pdf = render({key(1): stripped(original)})
    [listed] = listing(pdf, tmp_path)
    assert (listed["width"], listed["height"], listed["enc"]) == ("1600", "1200", "jpeg")
    assert listed["color"] == "rgb"
    assert raw_jpegs(pdf) == [stripped(original)]


def test_a_jpeg_far_larger_than_the_page_is_decoded_for_it(tmp_path: Path) -> None:
    """Twenty of these whole would double the export's memory; the page shows a third."""
    original = jpeg_bytes(4000, 3000, marker=MARKER)
    pdf = render({key(1): stripped(original)})
    [listed] = listing(pdf, tmp_path)
    assert 1000 < int(listed["width"]) < 1600 and listed["enc"] == "jpeg"
    assert stripped(original) not in raw_jpegs(pdf)  # drawn by Qt, not put in whole


def test_a_jpeg_with_gps_xmp_and_a_comment_leaves_none_of_it_in_the_pdf(tmp_path: Path) -> None:
    originals = {
        key(1): jpeg_bytes(64, 48, marker=MARKER),
        key(2): jpeg_bytes(64, 48, marker=MARKER, orientation=6, order="<"),
    }
    assert all(MARKER.encode() in data for data in originals.values())
    pdf = render({name: stripped(data) for name, data in originals.items()})
    assert MARKER.encode() not in pdf
    streams = raw_jpegs(pdf)
    assert len(streams) == 2
    for stream in (image.get_data() for image in image_streams(pdf).values()):
        assert MARKER.encode() not in stream
        assert b"Exif" not in stream and b"http://ns.adobe.com" not in stream
    straight = stripped(originals[key(1)])
    assert straight in streams  # byte for byte what the loader gave
    turned = stripped(originals[key(2)])
    assert b"Exif" in turned  # the orientation, and nothing else, was kept ...
    assert pdf_bytes(turned) in streams  # ... and is left out: the page turns it
    assert pdf_bytes(turned) == straight  # the same pixels, without the EXIF segment
    for text in (page for page in PdfReader(io.BytesIO(pdf)).pages):
        assert MARKER not in text.extract_text()


def test_a_grey_jpeg_goes_in_grey(tmp_path: Path) -> None:
    image = QImage(120, 80, QImage.Format.Format_Grayscale8)
    image.fill(QColor(90, 90, 90))
    data = encode(image, "jpeg", 90)
    frame = pdf_frame(data)
    assert frame is not None and frame.grey
    pdf = render({key(1): data})
    [listed] = listing(pdf, tmp_path)
    assert (listed["width"], listed["color"], listed["enc"]) == ("120", "gray", "jpeg")
    assert raw_jpegs(pdf) == [data]


def test_a_progressive_jpeg_goes_in_as_it_is(tmp_path: Path) -> None:
    image = qt_upright(corner_jpeg(160, 80))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"jpeg")
    writer.setProgressiveScanWrite(True)
    assert writer.write(image)
    data = bytes(buffer.data().data())
    assert b"\xff\xc2" in data  # a progressive frame
    pdf = render({key(1): data})
    [listed] = listing(pdf, tmp_path)
    assert (listed["width"], listed["height"], listed["enc"]) == ("160", "80", "jpeg")
    assert raw_jpegs(pdf) == [data]
    page = page_image(pdf, tmp_path)
    assert red_corners(page, picture_box(page)) == {"top-left"}


# ------------------------------------------------------------------ the others


def test_a_cmyk_jpeg_is_drawn_by_qt_as_before(tmp_path: Path) -> None:
    image = QImage(64, 48, QImage.Format.Format_CMYK8888)
    image.fill(QColor(20, 120, 200))
    data = encode(image, "jpeg", 90)
    assert pdf_frame(data) is None
    pdf = render({key(1): data})
    assert len(listing(pdf, tmp_path)) == 1  # drawn
    assert data not in raw_jpegs(pdf)  # by Qt, from pixels


def test_a_png_is_drawn_by_qt_as_before(tmp_path: Path) -> None:
    data = png_bytes(40, 30)
    pdf = render({key(1): data, key(2): corner_jpeg()})
    listed = listing(pdf, tmp_path)
    assert sorted(item["width"] for item in listed) == ["40", "96"]
    assert raw_jpegs(pdf).count(corner_jpeg()) == 1  # the JPEG as it is; the PNG by Qt


def _sof_byte(data: bytes, offset: int, value: int) -> bytes:
    at = data.index(b"\xff\xc0") + 4 + offset
    return data[:at] + bytes([value]) + data[at + 1 :]


def _rgb_ids(data: bytes) -> bytes:
    at = data.index(b"\xff\xc0") + 10
    out = bytearray(data)
    out[at], out[at + 3], out[at + 6] = b"RGB"
    return bytes(out)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: d.replace(b"\xff\xc0", b"\xff\xc9", 1), id="arithmetic"),
        pytest.param(lambda d: d.replace(b"\xff\xc0", b"\xff\xc3", 1), id="lossless"),
        pytest.param(lambda d: _sof_byte(d, 0, 12), id="12-bit"),
        pytest.param(lambda d: _sof_byte(_sof_byte(d, 1, 0), 2, 0), id="height-after-scan"),
        pytest.param(_rgb_ids, id="rgb-components"),
        pytest.param(
            lambda d: d[:2] + jpeg_segment(0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x00") + d[2:],
            id="adobe-rgb",
        ),
        pytest.param(lambda d: d[: len(d) // 2], id="cut-short"),
        pytest.param(lambda d: png_bytes(), id="png"),
    ],
)
def test_unusual_jpegs_are_left_to_qt(change: Callable[[bytes], bytes]) -> None:
    assert pdf_frame(corner_jpeg()) is not None
    assert pdf_frame(change(corner_jpeg())) is None


# ------------------------------------------------------------------ many and twice


def test_many_pictures_on_one_page_and_across_pages(tmp_path: Path) -> None:
    small = {key(n): stripped(jpeg_bytes(40 + n, 30, orientation=1 + n % 8)) for n in range(12)}
    large = {key(100 + n): stripped(jpeg_bytes(900, 700 + n)) for n in range(5)}
    pdf = render({**small, **large})
    listed = listing(pdf, tmp_path)
    assert len(listed) == 17
    assert {item["enc"] for item in listed} == {"jpeg"}
    assert len({item["page"] for item in listed}) >= 3
    assert sorted(raw_jpegs(pdf)) == sorted(pdf_bytes(data) for data in {**small, **large}.values())
    sizes = {(item["width"], item["height"]) for item in listed}
    assert ("900", "704") in sizes and ("51", "30") in sizes
    assert every_image_size(pdf) == sorted((int(w), int(h)) for w, h in sizes)  # no stand-in left


def every_image_size(pdf: bytes) -> list[tuple[int, int]]:
    """The size of every image object in the file, on a page or not."""
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    size: Any = reader.trailer["/Size"]
    for number in range(1, int(size)):
        try:
            item: Any = reader.get_object(number)
        except Exception:  # a free object number
            continue
        if hasattr(item, "get") and item.get("/Subtype") == "/Image":
            found.append((int(item["/Width"]), int(item["/Height"])))
    return sorted(found)


def test_the_same_picture_twice_goes_in_once(tmp_path: Path) -> None:
    data = corner_jpeg()
    pdf = render({key(1): data}, keys=[key(1), key(1)])
    listed = listing(pdf, tmp_path)
    assert len(listed) == 2  # drawn twice ...
    assert len({item["object"] for item in listed}) == 1  # ... from one image
    assert raw_jpegs(pdf) == [data]


# ------------------------------------------------------------------ the file


def test_the_file_is_whole_with_no_update_after_it(tmp_path: Path) -> None:
    """The JPEGs are spliced into pypdf's file: one table, every offset right."""
    pictures = {key(n): stripped(jpeg_bytes(40 + n, 30, orientation=1 + n % 8)) for n in range(6)}
    pdf = render({**pictures, key(99): png_bytes()}, words="Words around the pictures.")
    assert pdf.count(b"startxref") == 1 and pdf.count(b"%%EOF") == 1
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    for number, offset in reader.xref[0].items():
        assert pdf.startswith(b"%d 0 obj" % number, offset)
    path = tmp_path / "whole.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    assert done.stderr == b""  # poppler found nothing to repair
    assert b"Words around the pictures." in done.stdout
    assert len(listing(pdf, tmp_path)) == 7


def test_a_password_protected_pdf_holds_the_jpegs_too(tmp_path: Path) -> None:
    data = stripped(with_exif(corner_jpeg(), 6))
    loaders = {key(1): lambda: data}
    rendered = render_pdf(html_of([key(1)]), password="a long passphrase", pictures=loaders)
    assert PdfReader(io.BytesIO(rendered.data)).is_encrypted
    assert raw_jpegs(rendered.plain) == [pdf_bytes(data)]
    reader = PdfReader(io.BytesIO(rendered.data))
    assert reader.decrypt("a long passphrase")
    [image] = [
        ref.get_object()
        for page in reader.pages
        for ref in page["/Resources"]["/XObject"].values()  # type: ignore[index]
    ]
    assert image.get_data() == pdf_bytes(data)  # decrypted: the JPEG as it is
    page = page_image(rendered.plain, tmp_path)
    assert red_corners(page, picture_box(page)) == {CORNER[6]}


def test_when_the_file_is_laid_out_otherwise_the_jpegs_still_go_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.pdf_export as pdf_export

    monkeypatch.setattr(pdf_export, "place_jpegs", lambda pdf, jpegs: None)
    data = stripped(with_exif(corner_jpeg(), 8))
    pdf = render({key(1): data, key(2): corner_jpeg()})
    assert sorted(raw_jpegs(pdf)) == sorted([pdf_bytes(data), corner_jpeg()])
    assert every_image_size(pdf) == [(96, 48), (96, 48)]


def test_the_splice_refuses_a_file_laid_out_otherwise() -> None:
    pdf = render({key(1): corner_jpeg()})
    assert replace_objects(pdf, {}) == pdf
    assert replace_objects(pdf + b"\n% more\n", {}) is None  # no longer ends in its table
    assert replace_objects(pdf.replace(b"xref\n0 ", b"xref\n0x"), {}) is None
    assert replace_objects(pdf, {10_000: [b"null"]}) is None  # no such object


# ------------------------------------------------------------------ paper, and failures


def test_on_paper_every_picture_is_decoded_as_before(tmp_path: Path) -> None:
    """A printer cannot be given the JPEG afterwards: nothing is swapped there."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = QPdfWriter(buffer)
    data = jpeg_bytes(64, 48)
    assert print_html(html_of([key(1)]), device, {key(1): lambda: data}) == 1
    buffer.close()
    pdf = bytes(buffer.data().data())
    [listed] = listing(pdf, tmp_path)
    assert (listed["width"], listed["height"]) == ("64", "48")
    assert data not in raw_jpegs(pdf)


def test_a_stand_in_missing_from_the_pdf_fails_the_export() -> None:
    pdf = render({key(1): png_bytes()})
    with pytest.raises(ExportIncomplete):
        swap_jpegs(pdf, {b"\x5a\xa5\x3c" + bytes(9): corner_jpeg()})
