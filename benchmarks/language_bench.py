"""What speaking a language costs at start-up, and when the prompts are first read.

Each measure runs in a fresh process (the catalogues and the data are read once per
process, as at a real start): installing the language (Qt's and Threshold's
catalogues, the locale) before the first window, and reading the shipped prompts
and check-in data in that language (the timeline names themes at its first paint;
the check-in reads the rest). Medians of ``--repeat`` processes, in milliseconds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/language_bench.py --repeat 9
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "es", "de")

_CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
started = time.perf_counter()
from app.ui.translation import install_language
install_language(app, sys.argv[1])
installed = time.perf_counter()
from app.prompts.library import shipped_themes, shipped_library
from app.prompts.checkin_data import checkin_data
shipped_themes()
themes = time.perf_counter()
shipped_library(); checkin_data()
data = time.perf_counter()
print(installed - started, themes - installed, data - themes)
"""


def measure(code: str) -> tuple[float, float, float]:
    """Seconds: installing ``code``, the themes, the rest of the data (one fresh process)."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, code],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    first, second, third = (float(part) for part in done.stdout.split())
    return first, second, third


def main() -> int:
    """Print (and optionally keep as JSON) the medians for each language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    figures = {}
    for code in LANGUAGES:
        runs = [measure(code) for _ in range(options.repeat)]
        medians = [statistics.median(run[index] for run in runs) * 1000 for index in range(3)]
        figures[code] = dict(zip(("install_ms", "themes_ms", "data_ms"), medians, strict=True))
        print(
            f"{code}: install {medians[0]:.1f} ms, themes {medians[1]:.1f} ms, "
            f"prompts and check-in {medians[2]:.1f} ms"
        )
    if options.json:
        options.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
