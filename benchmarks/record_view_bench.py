"""Opening the incident record's page at 2,000 records (issue 19's budget: ≤ 100 ms).

    cd /work/main && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/record_view_bench.py

A passphrase journal (a cheap KDF) in a temporary folder gets ``--records``
records (a tenth of them amended once, some naming two people, accounts of a few
sentences with a quoted line). Then, in this process, Journal → Incident Record
is timed the way the window runs it: the page is made (the first time, with the
room's modules imported), reads every record, fills its list and filter, and is
painted once. The window's own modules are loaded first, as at start-up; the
first open (the room's modules imported) is shown apart, and the budget's figure
is the median of the opens after it (``--runs``), each ending with a forced paint.
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
from PySide6.QtWidgets import QApplication, QStackedWidget  # noqa: E402

import app.ui.main_window  # noqa: E402, F401 - loaded at start-up in the app: not the room's cost
from app.journal import Journal  # noqa: E402
from app.records.incidents import IncidentFields, IncidentKind, When  # noqa: E402

BUDGET_MS = 100.0
PEOPLE = ("Mum", "Dad", "My brother", "Aunt Rose", "Sam")
ACCOUNT = (
    "It started by the door, as it often does. {name} said it was my fault again, "
    "and that I would come back when the money ran out.\n> You'll regret this.\n"
    "I went upstairs and wrote this down."
)


def fill(journal: Journal, count: int) -> None:
    """``count`` records over the last two years; every tenth amended once."""
    kinds = list(IncidentKind)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=730)
    for number in range(count):
        moment = start + dt.timedelta(hours=number * 730 * 24 / count)
        who = (
            (PEOPLE[number % 5],) if number % 3 else (PEOPLE[number % 5], PEOPLE[(number + 1) % 5])
        )
        fields = IncidentFields(
            When(moment, "UTC", about=number % 7 == 0),
            (kinds[number % len(kinds)],),
            ACCOUNT.format(name=who[0]),
            place="At home",
            who=who,
        )
        incident = journal.incidents.add(fields)
        if number % 10 == 0:
            amended = IncidentFields(
                fields.happened, fields.kinds, fields.account + " Later.", who=who
            )
            journal.incidents.amend(incident.id, "I remembered more", amended)


def open_once(stack: QStackedWidget, journal: Journal) -> float:
    """Make (first time) and open the page, paint it; milliseconds."""
    start = time.perf_counter()
    from app.ui.record.page import RecordPage  # noqa: PLC0415 - the first open's import is timed

    page = stack.findChild(RecordPage)
    if page is None:
        page = RecordPage(stack)
        stack.addWidget(page)
    page.open(journal)
    stack.setCurrentWidget(page)
    page.focus()
    stack.repaint()
    return (time.perf_counter() - start) * 1000


def read_store(journal: Journal) -> float:
    """The store's part alone: every record read, newest first; milliseconds."""
    start = time.perf_counter()
    journal.incidents.all()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="record-bench-") as folder:
        journal = bench_journal(Path(folder))
        with journal:
            began = time.perf_counter()
            fill(journal, args.records)
            print(f"{args.records:,} records written in {time.perf_counter() - began:.1f} s")
            stack = QStackedWidget()
            stack.resize(1100, 720)
            stack.show()
            app.processEvents()
            first = open_once(stack, journal)
            again = [open_once(stack, journal) for _ in range(args.runs)]
            store = [read_store(journal) for _ in range(args.runs)]
    median = statistics.median(again)
    print(f"first open (the room imported): {first:.1f} ms")
    print(f"open again: median {median:.1f} ms, worst {max(again):.1f} ms over {args.runs}")
    print(f"  of which journal.incidents.all() alone: median {statistics.median(store):.1f} ms")
    verdict = "within" if median <= BUDGET_MS else "OVER"
    print(f"budget {BUDGET_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
