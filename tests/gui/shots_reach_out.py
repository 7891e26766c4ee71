"""Screenshots of "I'm tempted to reach out", light and dark.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/shots_reach_out.py
Writes /tmp/shots/reach-out-{1-reasons,2-pause,3-letter,4-after,5-done}-{light,dark}.png
from a throwaway journal with invented, gentle content. Also writes
reach-out-1-empty-{mode}.png (no reasons yet).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget

from app.files import JournalFiles
from app.journal import create_journal
from app.prompts.checkin_data import checkin_data
from app.ui.doubt.reach_out_flow import ReachOutFlow
from app.ui.widgets import colours
from app.ui.widgets.theme import apply_theme
from tests.helpers.clocks import FakeClock
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

SHOTS = Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))
SIZE = (960, 680)
REASONS = (
    "I feel like myself again when I'm not bracing for the next phone call.",
    "The apologies never changed anything that came after them.",
    "I sleep through the night now.",
    "My friends say I laugh more. I've noticed it too.",
    "I am allowed to want a quiet life.",
)
LETTER = (
    "I keep writing this in my head, so here it is on paper instead.\n\n"
    "I miss the good afternoons. I miss who I hoped you would be. "
    "But every time I came back, I had to make myself smaller to fit.\n\n"
    "I'm not writing to start again. I'm writing so I can put this down."
)


def save(widget: QWidget, name: str, mode: str) -> None:
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}-{mode}.png"))


def main() -> None:
    SHOTS.mkdir(exist_ok=True)
    app = QApplication(sys.argv)
    for mode, dark in (("light", False), ("dark", True)):
        colours.force_dark(dark)
        apply_theme(app)
        with tempfile.TemporaryDirectory() as temp:
            journal, _ = create_journal(
                JournalFiles(Path(temp) / "journal"), keystore=MemoryKeystore(), argon2=FAST_ARGON2
            )
            with journal:
                clock = FakeClock(1000.0)  # still: the countdown reads the same every run
                flow = ReachOutFlow(journal, clock=clock)
                flow.start()
                save(flow, "reach-out-1-empty", mode)
                for text in REASONS:
                    journal.reasons.add(text)
                flow.start()
                save(flow, "reach-out-1-reasons", mode)
                flow.next()
                flow.pause_page.timer_buttons[5].click()
                clock.now += 72
                flow.pause_page.tick()
                save(flow, "reach-out-2-pause", mode)
                flow.next()
                flow.letter_page.pad.setPlainText(LETTER)
                flow.save_now()
                save(flow, "reach-out-3-letter", mode)
                flow.next()
                flow.after_page.decision_buttons["stayed"].click()
                flow.after_page.picker._choose(checkin_data().mood_cell(2, 3), None)
                save(flow, "reach-out-4-after", mode)
                flow.next()
                save(flow, "reach-out-5-done", mode)
                flow.back()
                flow.after_page.decision_buttons["reached"].click()
                flow.next()
                save(flow, "reach-out-5-done-reached", mode)
                form = flow.log_contact()
                form.who.choose("Mum")
                save(form, "reach-out-6-log", mode)
                form.reject()
                flow.close()


if __name__ == "__main__":
    main()
