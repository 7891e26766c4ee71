"""Exporting attachments: wall time and peak memory against the size of what is attached.

    cd /work/main && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_attach_bench.py

A passphrase journal (a cheap KDF) in a temporary folder holds three entries: one
with a ~100 MB PDF (100 pages, each an uncompressed image of random bytes, like a
scan: cleaning it copies every byte), one with twenty 12-megapixel JPEGs of noise
(4000 x 3000, quality 80: the worst case for size and decoding), and one with
only words (the baseline: the app's usual footprint for the same export). Each
export runs in a fresh child process through the one pipeline
(``export_document``: gather, strip, write, read back, check), to Markdown (the
file and its folder) and to PDF; the child reports its wall time and its peak
resident memory (``VmHWM``; ``ru_maxrss`` beside it, which the journal's builder,
run in a child of its own, cannot inflate).

Budget (issue 17): peak memory <= 2 x the attached bytes + the app's usual
footprint (the baseline row of the same format).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.files import JournalFiles  # noqa: E402
from app.records.entries import EntryFields  # noqa: E402
from app.vault.wrapping import Argon2Params  # noqa: E402

PASSPHRASE = "bench"
PDF_BYTES = 100_000_000
JPEGS = 20
JPEG_SIZE = (4000, 3000)
CASES = ("words", "pdf-100mb", "jpeg-20x12mp")
FORMATS = ("md", "pdf")


def big_pdf(size: int, pages: int = 100) -> bytes:
    """A valid PDF of about ``size`` bytes: ``pages`` pages, each an uncompressed RGB image
    of noise, as a scanner writes them (pypdf refuses a single stream over ~75 MB)."""
    from pypdf import PdfWriter  # noqa: PLC0415
    from pypdf.generic import (  # noqa: PLC0415
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
    )

    side = int((size / pages / 3) ** 0.5)
    writer = PdfWriter()
    for _ in range(pages):
        page = writer.add_blank_page(595, 842)
        image = DecodedStreamObject()
        image.set_data(os.urandom(side * side * 3))
        image.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(side),
                NameObject("/Height"): NumberObject(side),
                NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
                NameObject("/BitsPerComponent"): NumberObject(8),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {
                NameObject("/XObject"): DictionaryObject(
                    {NameObject("/Im0"): writer._add_object(image)}
                )
            }
        )
        content = DecodedStreamObject()
        content.set_data(b"q 500 0 0 500 40 300 cm /Im0 Do Q")
        page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def noise_jpeg(width: int, height: int) -> bytes:
    """A JPEG of noise, the hardest picture to compress and decode."""
    from PySide6.QtCore import QBuffer, QIODevice  # noqa: PLC0415
    from PySide6.QtGui import QImage, QImageWriter  # noqa: PLC0415

    image = QImage(
        os.urandom(width * height * 3), width, height, width * 3, QImage.Format.Format_RGB888
    ).copy()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"jpeg")
    writer.setQuality(80)
    if not writer.write(image):
        raise SystemExit(writer.errorString())
    return bytes(buffer.data().data())


def build(folder: Path) -> dict[str, tuple[str, int]]:
    """The journal and its three entries; each case's entry id and attached bytes."""
    from app.journal import create_journal  # noqa: PLC0415
    from app.media.intake import incoming_from_bytes  # noqa: PLC0415
    from app.records.attachments import reference  # noqa: PLC0415

    argon2 = Argon2Params(memory_kib=1024, iterations=1, lanes=1)
    journal, _ = create_journal(JournalFiles(folder), passphrase=PASSPHRASE, argon2=argon2)
    cases: dict[str, tuple[str, int]] = {}
    try:
        words = journal.entries.add(EntryFields(body="Only words tonight.\n\nAnd a second line."))
        cases["words"] = (words.id, 0)
        files = {"pdf-100mb": [("deed.pdf", big_pdf(PDF_BYTES))]}
        files["jpeg-20x12mp"] = [(f"photo {n}.jpg", noise_jpeg(*JPEG_SIZE)) for n in range(JPEGS)]
        for case, named in files.items():
            entry = journal.entries.add(EntryFields(body="What I kept."))
            kept = [journal.attachments.add(entry.id, incoming_from_bytes(d, n)) for n, d in named]
            body = "\n\n".join(["What I kept.", *(reference(item) for item in kept)])
            journal.entries.save(entry.id, EntryFields(body=body))
            cases[case] = (entry.id, sum(len(data) for _, data in named))
            del named, kept
    finally:
        journal.close()
    return cases


def child(folder: Path, entry_id: str, fmt: str, out: Path) -> None:
    """One export in this process; print its wall time and peak memory as JSON."""
    from app.export.model import ExportFormat, ExportOptions  # noqa: PLC0415
    from app.export.pipeline import export_document  # noqa: PLC0415
    from app.export.prepare import prepare  # noqa: PLC0415
    from app.journal import open_journal  # noqa: PLC0415
    from app.pdf_export import render_pdf  # noqa: PLC0415
    from app.vault.slot_secret import SlotSecret  # noqa: PLC0415

    journal = open_journal(JournalFiles(folder), SlotSecret.passphrase(PASSPHRASE))
    try:
        started = time.perf_counter()
        doc = prepare(journal, [entry_id], ExportOptions())
        export_document(out, doc, ExportFormat(fmt), journal=journal, pdf=render_pdf)
        seconds = time.perf_counter() - started
    finally:
        journal.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mib": _high_water_kib() / 1024,
                "maxrss_mib": peak_kib / 1024,
            }
        )
    )


def _high_water_kib() -> int:
    """This process's peak resident memory since it started (``VmHWM``).

    ``ru_maxrss`` on Linux counts the parent's memory at the fork before ``exec``;
    the high-water mark belongs to this program alone.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure(folder: Path, entry_id: str, fmt: str, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(folder), entry_id, fmt, str(out)],
        capture_output=True,
        check=False,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--child", nargs=4, metavar=("FOLDER", "ENTRY", "FORMAT", "OUT"))
    parser.add_argument("--build", metavar="FOLDER")
    args = parser.parse_args()
    if args.child:
        folder, entry_id, fmt, out = args.child
        child(Path(folder), entry_id, fmt, Path(out))
        return
    if args.build:
        print(json.dumps(build(Path(args.build))))
        return
    with tempfile.TemporaryDirectory(prefix="export-attach-bench-") as temp:
        root = Path(temp)
        made = subprocess.run(  # in a child too: this process stays small, as do its forks
            [sys.executable, __file__, "--build", str(root / "journal")],
            capture_output=True,
            check=True,
            text=True,
        )
        cases = json.loads(made.stdout.strip().splitlines()[-1])
        exports = root / "exports"
        exports.mkdir()
        print(
            f"{'case':<14}{'format':<8}{'attached MB':>12}{'wall s':>9}{'peak MiB':>10}"
            f"{'maxrss MiB':>11}{'budget MiB':>12}  within"
        )
        baseline: dict[str, float] = {}
        for case in CASES:
            entry_id, attached = cases[case]
            for fmt in FORMATS:
                found = measure(root / "journal", entry_id, fmt, exports / f"{case}.{fmt}")
                if case == "words":
                    baseline[fmt] = found["peak_mib"]
                budget = baseline[fmt] + 2 * attached / 2**20
                print(
                    f"{case:<14}{fmt:<8}{attached / 1e6:>12.1f}{found['seconds']:>9.2f}"
                    f"{found['peak_mib']:>10.1f}{found['maxrss_mib']:>11.1f}{budget:>12.1f}  "
                    f"{'yes' if found['peak_mib'] <= budget else 'NO'}"
                )


if __name__ == "__main__":
    main()
