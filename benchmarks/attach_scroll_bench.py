"""An entry with twenty 12-megapixel JPEGs: scrolling its preview and its strip.

    cd /work/main && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/attach_scroll_bench.py

A passphrase journal (a cheap KDF) in a temporary folder holds one entry whose
text refers to twenty 4000 x 3000 JPEGs of noise (about 11 MB each: the worst
case for a decoder), a paragraph between each. The journal page is shown
offscreen with the entry in the preview. The preview is scrolled from top to
bottom in steps of a mouse wheel's notch (three lines), and the strip from left
to right a tile at a time, each step followed by 16 ms of the event loop; a 1 ms
precise timer records every gap in the GUI thread's event loop, and the longest
gap is the worst frame.

Three passes: the preview while its pictures are still being decoded (they
arrive during the scroll), the preview again once every picture is there, and
the strip.

Budget (issue 17): an entry with 20 images scrolls with no frame over 16 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from attach_bench import BLOCK_MS, GapProbe, bench_journal, noise_jpeg_bytes, settle  # noqa: E402
from PySide6.QtWidgets import QApplication, QListView, QScrollBar  # noqa: E402

from app.journal import Journal  # noqa: E402
from app.media.intake import incoming_from_bytes  # noqa: E402
from app.records.attachments import reference  # noqa: E402
from app.records.entries import EntryFields  # noqa: E402
from app.ui.journal.page import JournalPage  # noqa: E402

PARAGRAPH = (
    "The light came in low over the fields and I thought of the letter again, "
    "of what it said and what it left out. "
) * 3


def entry_with_pictures(journal: Journal, count: int) -> str:
    """An entry whose text refers to ``count`` new noise JPEGs; its id."""
    entry = journal.entries.add(EntryFields(body="Twenty pictures."))
    parts = ["Twenty pictures."]
    for number in range(count):
        data = noise_jpeg_bytes()
        kept = journal.attachments.add(entry.id, incoming_from_bytes(data, f"photo {number}.jpg"))
        parts += [PARAGRAPH, reference(kept)]
    journal.entries.save(entry.id, EntryFields(body="\n\n".join(parts) + "\n"))
    return entry.id


def scroll(bar: QScrollBar, probe: GapProbe, step: int) -> tuple[float, int]:
    """Scroll ``bar`` from its start to its end; (worst frame in ms, steps)."""
    bar.setValue(bar.minimum())
    settle(0.05)
    start = time.perf_counter()
    steps = 0
    value = bar.minimum()
    while value < bar.maximum():  # the maximum may grow as pictures arrive
        value = min(value + step, bar.maximum())
        bar.setValue(value)
        settle(0.016)
        steps += 1
    return probe.longest_between(start, time.perf_counter()) * 1000, steps


def pictures_ready(page: JournalPage, timeout: float = 60.0) -> float:
    """Wait until the preview's pictures are all decoded; seconds waited."""
    start = time.perf_counter()
    flow = page.attaching
    while time.perf_counter() - start < timeout:
        settle(0.05)
        if not flow.thumbnails.is_busy():
            return time.perf_counter() - start
    raise SystemExit("the pictures were not ready within the time allowed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pictures", type=int, default=20)
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="attach-scroll-bench-") as folder:
        journal = bench_journal(Path(folder))
        made = time.perf_counter()
        entry_id = entry_with_pictures(journal, args.pictures)
        print(f"{args.pictures} pictures made and attached in {time.perf_counter() - made:.1f} s")
        page = JournalPage()
        page.resize(1200, 800)
        page.open(journal)
        page.show()
        page.show_entry(entry_id)
        settle(0.2)
        probe = GapProbe()
        opened = time.perf_counter()
        page.editor.toggle_preview()
        settle(0.016)
        opening = probe.longest_between(opened, time.perf_counter()) * 1000
        preview = page.editor._preview.verticalScrollBar()
        wheel = 3 * page.editor._preview.fontMetrics().lineSpacing()
        arriving, steps = scroll(preview, probe, wheel)
        waited = pictures_ready(page)
        ready, _ = scroll(preview, probe, wheel)
        strip = page.editor.strip.view.horizontalScrollBar()
        per_item = (
            page.editor.strip.view.horizontalScrollMode() == QListView.ScrollMode.ScrollPerItem
        )
        tiles, tile_steps = scroll(strip, probe, 1 if per_item else 112)
        page.keep_before_lock()
        page.close_journal()
        journal.close()
    report(
        {
            "opening the preview": opening,
            f"preview while pictures arrive ({steps} steps)": arriving,
            "preview with every picture there": ready,
            f"strip ({tile_steps} steps)": tiles,
        },
        waited,
    )


def report(frames: dict[str, float], waited: float) -> None:
    for name, worst in frames.items():
        print(f"{name}: worst frame {worst:.1f} ms (budget {BLOCK_MS:.0f} ms)")
    print(f"every picture decoded {waited:.1f} s after the first scroll ended")
    print(f"worst of all: {max(frames.values()):.1f} ms")


if __name__ == "__main__":
    main()
