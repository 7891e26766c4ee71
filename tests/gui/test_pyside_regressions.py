"""Guards against Qt binding bugs that would crash a long writing session.

PySide6 6.12.0 released ``False`` once too often on every ``QTimer.start()`` and
``stop()``; autosave and search restart timers on each keystroke, so after a few
hundred keystrokes the interpreter aborted ("bool_dealloc"). pyproject.toml
excludes that release; this test fails on any release with the same bug.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
timer = QTimer()
timer.setSingleShot(True)
for _ in range(5000):
    timer.start(10)
    timer.stop()
print("survived")
"""


def test_restarting_a_timer_many_times_does_not_crash() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
