"""Attaching a 12-megapixel JPEG in the window: from the drop to the entry saved.

    cd /work/main && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/attach_bench.py

A passphrase journal (a cheap KDF: opening is not measured) in a temporary folder,
the journal page shown offscreen, and a 4000 x 3000 JPEG of noise (quality 90,
about 11 MB: noise is the worst case for a decoder) on disk. Each run starts a new
entry with a line of text (or, with ``--new-entry``, an empty new entry, which is
stored only once the file passed its checks), lets the window settle, then sends
the page a real drag-enter and drop of the file. The clock stops when autosave
reports the entry saved with the picture's reference in it. Meanwhile a 1 ms
precise timer records every gap in the GUI thread's event loop: the longest gap
that began after the drop is the longest the window was blocked.

The worker's parts (read and check, thumbnail, store) are then timed one by one
on this thread, for the breakdown.

Budget (issue 17): at most 300 ms from drop to saved; no gap over 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QBuffer,
    QByteArray,
    QEventLoop,
    QIODevice,
    QMimeData,
    QPointF,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QImageWriter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.files import JournalFiles  # noqa: E402
from app.journal import Journal, create_journal  # noqa: E402
from app.media.intake import read_attachment  # noqa: E402
from app.records.entries import Entry, EntryFields  # noqa: E402
from app.ui.journal.page import JournalPage  # noqa: E402
from app.ui.journal.thumbnails import THUMBNAIL_SIDE, decode_scaled  # noqa: E402
from app.vault.wrapping import Argon2Params  # noqa: E402

BUDGET_MS = 300.0
BLOCK_MS = 16.0


class GapProbe:
    """A 1 ms precise timer; every gap between its ticks is how long the GUI thread was busy."""

    def __init__(self) -> None:
        self.gaps: list[tuple[float, float]] = []  # (when, gap) in seconds
        self._last = time.perf_counter()
        self._timer = QTimer(interval=1)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now, now - self._last))
        self._last = now

    def longest_between(self, start: float, end: float) -> float:
        """The longest gap that began after ``start`` and ended by ``end``."""
        return max(
            (gap for when, gap in self.gaps if start <= when - gap and when <= end), default=0.0
        )


def noise_jpeg(path: Path) -> None:
    path.write_bytes(noise_jpeg_bytes())


def noise_jpeg_bytes(width: int = 4000, height: int = 3000) -> bytes:
    """A JPEG of random pixels (quality 90), made in memory."""
    image = QImage(
        os.urandom(width * height * 3), width, height, width * 3, QImage.Format.Format_RGB888
    )
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(90)
    if not writer.write(image.copy()):
        raise SystemExit(writer.errorString())
    buffer.close()
    return bytes(array.data())


def drop(page: JournalPage, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport = page.editor._body.viewport()
    centre = viewport.rect().center()
    parts = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, QDragEnterEvent(centre, *parts))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(centre), *parts))


def one_run(
    page: JournalPage, probe: GapProbe, photo: Path, number: int, *, empty: bool = False
) -> tuple[float, float]:
    """(drop to saved, longest block) in milliseconds."""
    if empty:
        page.new_entry()
    else:
        page.start_entry(EntryFields(body=f"Evening {number}. The letter came today."))
    saved_at: list[float] = []
    loop = QEventLoop()

    def on_saved(entry: Entry) -> None:
        if "attachment:" in entry.body and not saved_at:
            saved_at.append(time.perf_counter())
            loop.quit()

    page.autosaver.saved.connect(on_saved)
    settle()  # the new entry shown and painted: its time is not the attach's
    QTimer.singleShot(10_000, loop.quit)
    start = time.perf_counter()
    drop(page, photo)
    if not saved_at:
        loop.exec()
    page.autosaver.saved.disconnect(on_saved)
    if not saved_at:
        raise SystemExit("the attach did not finish within 10 s")
    end = saved_at[0]
    settle()  # let the probe tick past the end (a repaint after saving counts too)
    return (end - start) * 1000, probe.longest_between(start, time.perf_counter()) * 1000


def settle(seconds: float = 0.1) -> None:
    """Run the event loop for a while, so the probe ticks and pending work is done."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def parts(journal: Journal, photo: Path) -> dict[str, float]:
    """The worker's steps, timed one by one (milliseconds)."""
    entry = journal.entries.add(EntryFields(body="parts"))
    clock = time.perf_counter()
    incoming = read_attachment(photo)
    read = time.perf_counter()
    decode_scaled(incoming.data, THUMBNAIL_SIDE)
    thumbnail = time.perf_counter()
    with journal.attachment_writer() as store:
        opened = time.perf_counter()
        store.add(entry.id, incoming)
    stored = time.perf_counter()
    return {
        "read and check": (read - clock) * 1000,
        "thumbnail": (thumbnail - read) * 1000,
        "open a connection": (opened - thumbnail) * 1000,
        "store": (stored - opened) * 1000,
    }


def bench_journal(folder: Path) -> Journal:
    """A new passphrase journal in ``folder`` (a cheap KDF: opening is not measured)."""
    files = JournalFiles(folder / "journal")
    journal, _ = create_journal(
        files, passphrase="bench", argon2=Argon2Params(memory_kib=1024, iterations=1, lanes=1)
    )
    return journal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--new-entry", action="store_true", help="drop on an empty new entry")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="attach-bench-") as folder:
        journal = bench_journal(Path(folder))
        photo = Path(folder) / "photo.jpg"
        noise_jpeg(photo)
        page = JournalPage()
        page.resize(1200, 800)
        page.open(journal)
        page.show()
        app.processEvents()
        probe = GapProbe()
        one_run(page, probe, photo, 0)  # warm-up: first imports, first connection
        results = [
            one_run(page, probe, photo, number, empty=args.new_entry)
            for number in range(1, args.runs + 1)
        ]
        breakdown = [parts(journal, photo) for _ in range(3)]
        page.keep_before_lock()
        page.close_journal()
        journal.close()
        report(results, breakdown, photo.stat().st_size)


def report(
    results: list[tuple[float, float]], breakdown: list[dict[str, float]], size: int
) -> None:
    totals = [total for total, _ in results]
    blocks = [block for _, block in results]
    print(f"12-megapixel JPEG, {size / 1e6:.1f} MB, {len(results)} runs")
    print(
        f"drop to saved: median {statistics.median(totals):.0f} ms, max {max(totals):.0f} ms"
        f" (budget {BUDGET_MS:.0f} ms)"
    )
    print(
        f"longest GUI block: median {statistics.median(blocks):.1f} ms,"
        f" max {max(blocks):.1f} ms (budget {BLOCK_MS:.0f} ms)"
    )
    for name in breakdown[0]:
        values = [parts[name] for parts in breakdown]
        print(f"  worker {name}: median {statistics.median(values):.0f} ms")


if __name__ == "__main__":
    main()
