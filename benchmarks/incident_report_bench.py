"""The incident report of 500 records with 100 pictures (issue 19's budget: ≤ 5 s).

    cd /work/main && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/incident_report_bench.py

A passphrase journal (a cheap KDF) in a temporary folder gets ``--records``
records over two years (every tenth amended once, accounts of a few sentences
with a quoted line); every fifth keeps a JPEG as evidence (``--pictures``
of ``--photo`` pixels, soft shapes and grain that compress as a photo does; with
``--noise``, noise, the hardest picture to decode and draw).
Then ``write_incident_report`` runs as the CLI and the dialog run it, in process:
chosen, laid out, the pictures stripped and drawn, the PDF read back and checked
(with poppler's pdftotext, as in use), written and logged. Timed: the PDF with the
pictures drawn (the budget's figure, the median of ``--runs``), the PDF with them
listed only, and the CSV. The first run is shown apart (Qt's fonts and the
modules load then).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from attach_bench import bench_journal  # noqa: E402
from export_attach_bench import noise_jpeg  # noqa: E402

from app.incidents.report_model import ImagesShown, ReportFormat, ReportOptions  # noqa: E402
from app.incidents.report_write import write_incident_report  # noqa: E402
from app.journal import Journal  # noqa: E402
from app.media.intake import incoming_from_bytes  # noqa: E402
from app.pdf_export import render_pdf  # noqa: E402
from app.records.incidents import IncidentFields, IncidentKind, When  # noqa: E402

BUDGET_S = 5.0
PEOPLE = ("Mum", "Dad", "My brother", "Aunt Rose", "Sam")
ACCOUNT = (
    "It started by the door, as it often does. {name} said it was my fault again, "
    "and that I would come back when the money ran out.\n\n> You'll regret this.\n\n"
    "I went upstairs and wrote this down, and called my sister to tell her."
)


def photo_jpeg(width: int, height: int) -> bytes:
    """A JPEG that compresses like a photo: soft gradients and shapes, a little grain."""
    from PySide6.QtCore import QBuffer, QIODevice, QPointF  # noqa: PLC0415
    from PySide6.QtGui import QColor, QImage, QImageWriter, QLinearGradient, QPainter  # noqa: PLC0415

    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(width, height))
    seed = os.urandom(6)
    gradient.setColorAt(0, QColor(seed[0], seed[1], seed[2]))
    gradient.setColorAt(1, QColor(seed[3], seed[4], seed[5]))
    painter.fillRect(image.rect(), gradient)
    for shape in range(12):
        colour = os.urandom(3)
        painter.setBrush(QColor(colour[0], colour[1], colour[2], 160))
        painter.drawEllipse(QPointF(width * (shape + 1) / 13, height / 2), width / 9, height / 4)
    painter.end()
    grain = os.urandom(width * height // 50)
    for index in range(0, len(grain) - 2, 3):
        at = int.from_bytes(grain[index : index + 3], "big") % (width * height)
        image.setPixel(at % width, at // width, 0xFF808080)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"jpeg")
    writer.setQuality(85)
    if not writer.write(image):
        raise SystemExit(writer.errorString())
    return bytes(buffer.data().data())


def fill(
    journal: Journal, count: int, pictures: int, photo: tuple[int, int], *, noise: bool
) -> None:
    """``count`` records over two years; ``pictures`` of them with a photo; every tenth amended."""
    kinds = list(IncidentKind)
    every = max(1, count // pictures) if pictures else 0
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=730)
    for number in range(count):
        moment = start + dt.timedelta(hours=number * 730 * 24 / count)
        name = PEOPLE[number % len(PEOPLE)]
        fields = IncidentFields(
            When(moment, "UTC", about=number % 7 == 0),
            (kinds[number % len(kinds)],),
            ACCOUNT.format(name=name),
            place="At home",
            who=(name,),
            witnesses="My neighbour" if number % 4 == 0 else "",
        )
        with_photo = every and number % every == 0 and number // every < pictures
        make = noise_jpeg if noise else photo_jpeg
        files = [incoming_from_bytes(make(*photo), f"photo {number}.jpg")] if with_photo else []
        incident = journal.incidents.add(fields, files=files)
        if number % 10 == 0:
            journal.incidents.amend(incident.id, "I remembered more", _more(incident.fields))


def _more(fields: IncidentFields) -> IncidentFields:
    from dataclasses import replace  # noqa: PLC0415

    return replace(fields, account=fields.account + " Later he rang twice.")


def timed(journal: Journal, options: ReportOptions, target: Path) -> float:
    """Seconds to write one report (replacing the last)."""
    start = time.perf_counter()
    pdf = render_pdf if options.format is ReportFormat.PDF else None
    write_incident_report(journal, options, target, pdf)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=500)
    parser.add_argument("--pictures", type=int, default=100)
    parser.add_argument("--photo", default="1600x1200", help="each picture's size, in pixels")
    parser.add_argument("--noise", action="store_true", help="pictures of noise (the worst case)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    width, height = (int(side) for side in args.photo.lower().split("x"))
    with tempfile.TemporaryDirectory(prefix="report-bench-") as folder:
        journal = bench_journal(Path(folder))
        out = Path(folder) / "out"
        out.mkdir()
        with journal:
            began = time.perf_counter()
            fill(journal, args.records, args.pictures, (width, height), noise=args.noise)
            print(
                f"{args.records:,} records ({args.pictures} with a {args.photo} "
                f"{'picture of noise' if args.noise else 'photo'}) "
                f"written in {time.perf_counter() - began:.1f} s"
            )
            drawn = ReportOptions()
            first = timed(journal, drawn, out / "report.pdf")
            runs = [timed(journal, drawn, out / "report.pdf") for _ in range(args.runs)]
            size = (out / "report.pdf").stat().st_size
            listed = ReportOptions(images=ImagesShown.LIST)
            only_listed = [timed(journal, listed, out / "listed.pdf") for _ in range(args.runs)]
            as_csv = ReportOptions(format=ReportFormat.CSV)
            csv_runs = [timed(journal, as_csv, out / "report.csv") for _ in range(args.runs)]
    median = statistics.median(runs)
    print(f"first PDF (fonts and modules loaded): {first:.2f} s")
    print(
        f"PDF, pictures drawn: median {median:.2f} s, worst {max(runs):.2f} s; {size / 1e6:.1f} MB"
    )
    print(f"PDF, pictures listed: median {statistics.median(only_listed):.2f} s")
    print(f"CSV: median {statistics.median(csv_runs) * 1000:.0f} ms")
    verdict = "within" if median <= BUDGET_S else "OVER"
    print(f"budget {BUDGET_S:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
