"""Threshold's desktop window: cold start against a bare-Qt floor, peak memory, keystroke stalls.

Run it with a real Secret Service (see benchmarks/README.md):

    cd /work/main && dbus-run-session -- scripts/with-test-keyring \
        .venv/bin/python benchmarks/gui_bench.py --sizes 10k

``scripts/with-test-keyring`` sets ``QT_QPA_PLATFORM=offscreen``. Journals come
from ``generate.py`` (cached) and every run works on a fresh copy made by
``run.workspace``, so the cached journals never change.

* Cold start: fresh processes, round-robin, of ``qt_floor.py`` (a QListView over
  10k rows, quitting at its first paint) and ``threshold --data-dir D
  --smoke-test`` (keyring unlock, the journal, the timeline, first paint). The
  budget's figure is the time from the spawn to the moment each child reports its
  first paint (both print ``CLOCK_MONOTONIC`` then), so neither is charged for its
  teardown; wall time to exit and peak RSS (GNU time, as in ``run.py``) are shown
  too. The smoke test quits only once start-up has settled (work put off past the
  first frame has run, the check after opening is done), so its peak RSS is the
  whole start's, not just the first frame's.
* In process, once: that the window opened through the keyring and painted a
  timeline that has rows.
* Keystroke stalls: with a search active, type into the editor one key at a
  time from a timer-driven loop, first at the end of the newest entry, then into
  a new entry (whose first line becomes its timeline headline, so its autosaves
  reload the timeline). Each keystroke is timed together with the
  ``processEvents`` after it, and a 1 ms timer measures the longest the event
  loop went without running. Autosave's parts are then timed one by one.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import random
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from generate import DEFAULT_SEED, ensure_cached, size_label
from prose import Prose
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from run import (
    BENCH_DIR,
    THRESHOLD_BIN,
    ChildCommand,
    Workspace,
    measure_rounds,
    median_ms,
    percentile_ms,
    run_sizes,
    theirs,
    timed,
    workspace,
)

from app.ui.journal.page import JournalPage
from app.ui.launch import build_window, create_application
from app.ui.main_window import MainWindow

FLOOR_SCRIPT = BENCH_DIR / "qt_floor.py"
FLOOR_ROWS = 10_000
TEN_K, HUNDRED_K = 10_000, 100_000
START_RATIO = {TEN_K: 1.3, HUNDRED_K: 1.6}  # ours / floor, wall time to first paint
MEMORY_RATIO = 0.5  # ours / jrnl, peak RSS
JRNL_PEAK_MIB = 169.3  # jrnl `list` at 10k entries, from run.py
# STALL_MS (16 ms, one frame at 60 Hz) is set with the check-in budgets above.
SEARCH_QUERY = "garden"  # in about 39% of generated entries
BREAKDOWN_RUNS = 20
CHECKIN_RUNS = 20
CHECKIN_OPEN_MS = 100.0  # opening the check-in the first time (builds its pages)
CHECKIN_STEP_MS = STALL_MS = 16.0  # offering tonight's prompt, or another one
REMIND_MS = 100.0  # opening "remind me why", painted, in process
REMIND_RUNS = 10
HIDE_MS = 200.0  # quick hide: out of sight, saved and locked
WAIT_TIMEOUT_S = 10.0
_MIB = 1024.0

EXISTING = "newest entry"  # typing at the end of the entry the window opened on
NEW = "new entry"  # typing a new entry, whose first line is its timeline headline
FLOOR = "qt floor"
OURS = "threshold --smoke-test"
JRNL = "jrnl list"


@dataclass
class GuiFigures:
    """Everything measured for one journal size (becomes the JSON output)."""

    entries: int
    generation: dict[str, object]
    start: dict[str, dict[str, float]] = field(default_factory=dict)
    jrnl_peak_mib: float = JRNL_PEAK_MIB
    jrnl_peak_measured: bool = False
    first_paint: dict[str, float] = field(default_factory=dict)
    typing: dict[str, dict[str, float]] = field(default_factory=dict)  # by scenario
    breakdown: dict[str, float] = field(default_factory=dict)
    query: str = SEARCH_QUERY
    profile: str = ""
    checkin: dict[str, float] = field(default_factory=dict)
    remind: dict[str, float] = field(default_factory=dict)
    hide_ms: float = 0.0
    open_check: dict[str, float] = field(default_factory=dict)


# ---------------------------------------------------------------------- cold start


def start_commands(ws: Workspace, measure_jrnl: bool) -> dict[str, ChildCommand]:
    """The fresh processes to time, by table label."""
    commands = {
        "python -c pass": ChildCommand("python", (sys.executable, "-c", "pass")),
        "import app.ui.launch": ChildCommand(
            "import", (sys.executable, "-c", "import app.ui.launch")
        ),
        FLOOR: ChildCommand("floor", (sys.executable, str(FLOOR_SCRIPT), str(FLOOR_ROWS))),
        OURS: ChildCommand(
            "ours", (str(THRESHOLD_BIN), "--data-dir", str(ws.files.folder), "--smoke-test")
        ),
    }
    if measure_jrnl:
        commands[JRNL] = theirs(ws)[0]  # `jrnl threshold-bench -n 10`, as run.py times it
    return commands


def measure_start(ws: Workspace, repeat: int, measure_jrnl: bool) -> dict[str, dict[str, float]]:
    """Median wall time and peak RSS per command, round-robin; round 0 is a dropped warm-up."""
    return measure_rounds(start_commands(ws, measure_jrnl), repeat)


# ---------------------------------------------------------------------- in process


class _PaintWatch(QObject):
    """Counts paint events on the widgets it watches; ends ``loop`` at the window's first."""

    def __init__(self, window: QWidget, loop: QEventLoop) -> None:
        super().__init__(window)
        self.window = window
        self.loop = loop
        self.painted: dict[QObject, int] = {}
        self.first_painted_at = 0.0  # perf_counter at the window's first paint event

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            first_of_window = watched is self.window and not self.painted.get(watched)
            self.painted[watched] = self.painted.get(watched, 0) + 1
            if first_of_window:
                self.first_painted_at = time.perf_counter()
                # As the smoke test (launch.quit_once_settled), but ending a local loop only:
                # QCoreApplication.quit() would close (and lock) the window.
                QTimer.singleShot(0, self.loop.quit)
        return False


def open_window(folder: Path) -> tuple[MainWindow, dict[str, float]]:
    """build_window + show until the first paint; checks the timeline was loaded and painted."""
    app = create_application()
    started = time.perf_counter()
    window = build_window(folder)
    built = time.perf_counter()
    page = window.journal_page
    if window.stack.currentWidget() is not page or not window.controller.is_open():
        raise RuntimeError("The journal did not open through the keyring (no journal page).")
    loop = QEventLoop()
    watch = _PaintWatch(window, loop)
    viewport = page.timeline.list_view.viewport()
    for widget in (window, viewport):
        widget.installEventFilter(watch)
    QTimer.singleShot(int(WAIT_TIMEOUT_S * 1000), loop.quit)
    window.show()
    loop.exec()
    painted = watch.first_painted_at or time.perf_counter()
    for widget in (window, viewport):
        widget.removeEventFilter(watch)
    model = page.timeline.model
    if not watch.painted.get(window):
        raise RuntimeError("The window never painted.")
    if model.rowCount() == 0 or not watch.painted.get(viewport):
        raise RuntimeError(
            f"The timeline was not painted with rows at first paint ({model.rowCount()} rows)."
        )
    app.processEvents()
    return window, {
        "build_window_ms": (built - started) * 1000,
        "show_to_first_paint_ms": (painted - built) * 1000,
        "timeline_rows_loaded": float(model.rowCount()),
        "timeline_entries": float(model.total_entries),
        "timeline_viewport_paints": float(watch.painted[viewport]),
    }


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``condition`` holds (or fail after a while)."""
    deadline = time.perf_counter() + WAIT_TIMEOUT_S
    while not condition():
        if time.perf_counter() > deadline:
            raise RuntimeError(f"Timed out waiting for {what}.")
        QTest.qWait(10)


def activate_search(page: JournalPage, query: str) -> int:
    """Type ``query`` into the search field and wait for its results; returns how many."""
    panel = page.search
    panel.focus_search()
    QTest.keyClicks(panel._field, query)
    wait_until(lambda: panel.model().rowCount() > 0, f"search results for {query!r}")
    if not panel.is_active():
        raise RuntimeError("The search panel is not showing results.")
    return panel.model().rowCount()


def focus_body_end(page: JournalPage) -> None:
    """Focus the editor body with the cursor after the last character."""
    body = page.editor._body
    body.setFocus(Qt.FocusReason.OtherFocusReason)
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    wait_until(body.hasFocus, "the editor body to take focus")


def typing_text(chars: int, seed: int) -> str:
    """``chars`` characters of generated prose: letters, spaces, punctuation, newlines.

    Accents are dropped (QTest types ASCII only), so "café" is typed "cafe".
    """
    prose = Prose(random.Random(seed))
    text = ""
    while len(text) < chars:
        text += prose.paragraph(40) + "\n"
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain[:chars]


class TypingRun(QObject):
    """Types ``text`` into ``target`` one key per timer shot, probing the event loop.

    Each keystroke is timed with the ``processEvents`` that follows it, so
    autosave, repaints and other timers that become due then are counted. Work
    that runs in the pause between keys (the autosave timer usually fires there)
    shows in two other figures: a key's *latency* adds how late its timer shot
    came, which is how long a real key pressed then would have waited; and a 1 ms
    precise timer records every gap between its ticks, so the longest gap is the
    longest the event loop was blocked by anything.
    """

    def __init__(self, target: QWidget, text: str, pace_ms: int, saves: Callable[[], int]) -> None:
        super().__init__()
        self._target = target
        self._text = text
        self._pace_ms = pace_ms
        self._saves = saves
        self._saves_seen = 0
        self._position = 0
        self._due = 0.0
        self._loop = QEventLoop()
        self._probe = QTimer(self)
        self._probe.setTimerType(Qt.TimerType.PreciseTimer)
        self._probe.setInterval(1)
        self._probe.timeout.connect(self._tick)
        self._last_tick = 0.0
        self.keystrokes: list[float] = []
        self.latencies: list[float] = []
        self.with_save: list[bool] = []  # an autosave ran since the previous key was done
        self.gaps: list[float] = []
        self.seconds = 0.0

    def run(self) -> None:
        """Type everything; returns when the last key has been handled."""
        started = time.perf_counter()
        self._last_tick = self._due = started
        self._saves_seen = self._saves()
        self._probe.start()
        QTimer.singleShot(0, self._type_next)
        self._loop.exec()
        self._probe.stop()
        self.seconds = time.perf_counter() - started

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last_tick)
        self._last_tick = now

    def _type_next(self) -> None:
        if self._position >= len(self._text):
            self._loop.quit()
            return
        char = self._text[self._position]
        started = time.perf_counter()
        if char == "\n":
            QTest.keyClick(self._target, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(self._target, char)  # one character: one keyClick
        QApplication.processEvents()
        done = time.perf_counter()
        self.keystrokes.append(done - started)
        self.latencies.append(done - min(self._due, started))
        saves = self._saves()
        self.with_save.append(saves != self._saves_seen)
        self._saves_seen = saves
        self._position += 1
        self._due = done + self._pace_ms / 1000
        QTimer.singleShot(self._pace_ms, self._type_next)


def measure_typing(page: JournalPage, text: str, pace_ms: int) -> dict[str, float]:
    """Type ``text`` into the editor body; keystroke and event-loop figures."""
    saves = [0]
    resets = [0]

    def count_save(_entry: object) -> None:
        saves[0] += 1

    def count_reset() -> None:
        resets[0] += 1

    page.autosaver.saved.connect(count_save)
    page.timeline.model.modelReset.connect(count_reset)
    length_before = len(page.editor.body_text())
    run = TypingRun(page.editor._body, text, pace_ms, lambda: saves[0])
    try:
        run.run()
        QTest.qWait(50)
        page.autosaver.flush()
    finally:
        page.autosaver.saved.disconnect(count_save)
        page.timeline.model.modelReset.disconnect(count_reset)
    typed = len(page.editor.body_text()) - length_before
    if typed != len(text):
        raise RuntimeError(f"Typed {len(text)} characters but the body grew by {typed}.")
    pairs = list(zip(run.latencies, run.with_save, strict=True))
    quiet = [latency for latency, saved in pairs if not saved]
    saving = [latency for latency, saved in pairs if saved]
    gaps = run.gaps or [0.0]
    return {
        "chars": float(len(text)),
        "body_chars_before": float(length_before),
        "pace_ms": float(pace_ms),
        "seconds": run.seconds,
        "key_p50_ms": median_ms(run.keystrokes),
        "key_p99_ms": percentile_ms(run.keystrokes, 0.99),
        "key_max_ms": max(run.keystrokes) * 1000,
        "key_over_budget": float(sum(s * 1000 > STALL_MS for s in run.keystrokes)),
        "latency_p50_ms": median_ms(run.latencies),
        "latency_p99_ms": percentile_ms(run.latencies, 0.99),
        "latency_max_ms": max(run.latencies) * 1000,
        "latency_max_without_save_ms": max(quiet, default=0.0) * 1000,
        "latency_max_with_save_ms": max(saving, default=0.0) * 1000,
        "latency_p50_with_save_ms": median_ms(saving) if saving else 0.0,
        "gap_max_ms": max(gaps) * 1000,
        "gap_p99_ms": percentile_ms(gaps, 0.99),
        "gaps_over_budget": float(sum(g * 1000 > STALL_MS for g in gaps)),
        "probe_ticks": float(len(run.gaps)),
        "autosaves": float(saves[0]),
        "timeline_reloads": float(resets[0]),
        "body_chars_after": float(len(page.editor.body_text())),
    }


def measure_breakdown(page: JournalPage, runs: int) -> dict[str, float]:
    """What a keystroke-time autosave is made of, each part timed on its own."""
    editor, journal = page.editor, page._journal
    assert journal is not None
    entry_id = editor.entry_id()
    assert entry_id is not None
    body = editor._body
    parts: dict[str, list[float]] = {
        "key_alone": [],
        "fields": [],
        "save_state_labels": [],
        "entries_save": [],
        "flush": [],
        "timeline_reload": [],
    }

    def save_state_labels() -> None:
        editor.set_save_state("saving")
        editor.set_save_state("saved")

    for number in range(runs):
        parts["key_alone"].append(timed(partial(QTest.keyClicks, body, "a")))
        parts["flush"].append(timed(page.autosaver.flush))  # what the 800 ms timer runs
        parts["fields"].append(timed(editor.fields))
        parts["save_state_labels"].append(timed(save_state_labels))
        fields = replace(editor.fields(), body=f"{editor.body_text()} {number}")
        parts["entries_save"].append(timed(partial(journal.entries.save, entry_id, fields)))
        parts["timeline_reload"].append(timed(page.timeline.reload))
        QApplication.processEvents()
    figures: dict[str, float] = {}
    for name, seconds in parts.items():
        figures[f"{name}_p50_ms"] = median_ms(seconds)
        figures[f"{name}_max_ms"] = max(seconds) * 1000
    figures["runs"] = float(runs)
    # Leave the editor and the database agreeing (the last entries.save was not the editor's).
    editor.load(journal.entries.get(entry_id))
    return figures


def profile_typing(page: JournalPage, text: str, pace_ms: int, top: int = 25) -> str:
    """A cProfile of another typing run: the functions with the most cumulative time."""
    profiler = cProfile.Profile()
    run = TypingRun(page.editor._body, text, pace_ms, lambda: 0)
    profiler.enable()
    run.run()
    profiler.disable()
    page.autosaver.flush()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats(pstats.SortKey.CUMULATIVE).print_stats(top)
    stats.sort_stats(pstats.SortKey.TIME).print_stats(top)
    return out.getvalue()


@contextlib.contextmanager
def open_journal_window(folder: Path) -> Iterator[tuple[MainWindow, dict[str, float]]]:
    """The real window on ``folder``, shown and painted; closed (and the journal locked) after."""
    window, first_paint = open_window(folder)
    try:
        yield window, first_paint
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def measure_in_process(ws: Workspace, args: argparse.Namespace, figures: GuiFigures) -> None:
    """First-paint check, keystroke stalls, the autosave breakdown and an optional profile."""
    with open_journal_window(ws.files.folder) as (window, first_paint):
        QTest.qWaitForWindowExposed(window)
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        page = window.journal_page
        first_paint["search_hits"] = float(activate_search(page, args.query))
        figures.first_paint = first_paint
        figures.open_check = measure_open_check(window)
        focus_body_end(page)
        text = typing_text(args.chars, args.seed)
        figures.typing[EXISTING] = measure_typing(page, text, args.pace_ms)
        figures.breakdown = measure_breakdown(page, BREAKDOWN_RUNS)
        if args.profile:
            figures.profile = profile_typing(page, text, args.pace_ms)
        if args.new_chars > 0:
            page.new_entry()
            focus_body_end(page)
            text = typing_text(args.new_chars, args.seed)
            figures.typing[NEW] = measure_typing(page, text, args.pace_ms)
        figures.checkin = measure_checkin(window, CHECKIN_RUNS)
        figures.remind = measure_remind(window, REMIND_RUNS)
        figures.hide_ms = measure_quick_hide(window)


def measure_open_check(window: MainWindow) -> dict[str, float]:
    """The check after opening, run again on the open window's journal, as at start-up.

    It runs on its worker thread while a 1 ms timer probes the event loop: the
    longest gap is how long typing could have waited for it.
    """
    integrity = window.controller.integrity
    reports: list[object] = []
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(1)
    probe.timeout.connect(tick)
    loop = QEventLoop()  # not QTest.qWait: it sleeps up to 10 ms between event rounds
    integrity.finished.connect(reports.append)
    integrity.finished.connect(loop.quit)
    QTimer.singleShot(int(WAIT_TIMEOUT_S * 1000), loop.quit)
    started = last[0] = time.perf_counter()
    probe.start()
    integrity.start(window.controller.journal)
    try:
        loop.exec()
    finally:
        probe.stop()
        integrity.finished.disconnect(reports.append)
        integrity.finished.disconnect(loop.quit)
    took = time.perf_counter() - started
    if not reports:
        raise RuntimeError("The check after opening did not finish in time.")
    report = reports[0]
    if report is None or not getattr(report, "ok", False):
        raise RuntimeError(f"The check after opening did not pass: {report}")
    return {
        "check_ms": took * 1000,
        "gap_max_ms": max(gaps, default=0.0) * 1000,
        "gap_p99_ms": percentile_ms(gaps, 0.99) if gaps else 0.0,
        "probe_ticks": float(len(gaps)),
    }


def measure_quick_hide(window: MainWindow) -> float:
    """Quick hide with unsaved words in the editor: hidden, saved and locked (ms)."""
    page = window.journal_page
    window.doubt.back_to_journal()
    focus_body_end(page)
    QTest.keyClicks(page.editor._body, " and a last few words")
    started = time.perf_counter()
    window.locking.hide_now()
    elapsed = (time.perf_counter() - started) * 1000
    if window.isVisible() or window.controller.is_open():
        raise RuntimeError("quick hide left the window shown or the journal open")
    return elapsed


def measure_remind(window: MainWindow, runs: int) -> dict[str, float]:
    """Opening "remind me why" (reasons, marked entries, themes, this day), painted.

    The first opening builds the page; later ones only read and paint.
    """

    def open_remind() -> None:
        window.doubt.show_remind()
        window.remind.repaint()

    first = timed(open_remind)
    window.doubt.back_to_journal()
    again = []
    for _ in range(runs):
        again.append(timed(open_remind))
        window.doubt.back_to_journal()
    return {
        "first_ms": first * 1000,
        "again_p50_ms": median_ms(again),
        "again_max_ms": max(again) * 1000,
        "marked": float(window.remind.marked.rowCount()),
        "themed": float(window.remind.themed.rowCount()),
        "runs": float(runs),
    }


def measure_checkin(window: MainWindow, runs: int) -> dict[str, float]:
    """Opening the check-in, offering tonight's prompt, and "another prompt", each painted.

    The scheduler reads when each prompt was last answered (an index scan) and
    draws from the shipped packs; ``repaint`` makes each step's paint part of it.
    """

    def painted(step: Callable[[], None], widget: QWidget) -> Callable[[], None]:
        def run() -> None:
            step()
            widget.repaint()

        return run

    def open_checkin() -> None:
        window.evening.start()  # builds the pages the first time, so it is timed here
        window.checkin.repaint()

    figures: dict[str, float] = {"open_ms": 1000 * timed(open_checkin)}
    flow = window.checkin
    flow.next()  # mood -> pulls
    flow.pull_page.picker._buttons["message"].click()
    figures["offer_ms"] = 1000 * timed(painted(flow.next, flow))
    another = [timed(painted(flow.another_prompt, flow)) for _ in range(runs)]
    figures["another_p50_ms"] = median_ms(another)
    figures["another_max_ms"] = 1000 * max(another)
    figures["runs"] = float(runs)
    flow.back()
    flow.back()
    flow.back()  # "Not now" from the first step: leaves without saving anything
    return figures


# ---------------------------------------------------------------------- reporting


def budget_rows(figures: GuiFigures) -> list[tuple[str, str, str]]:
    """(what, figure against budget, PASS/OVER) for each budget."""
    rows: list[tuple[str, str, str]] = []
    ours, floor = figures.start[OURS], figures.start[FLOOR]
    start_ratio = ours["first_paint_median_ms"] / floor["first_paint_median_ms"]
    limit = START_RATIO.get(figures.entries)
    if limit is None:
        rows.append(("start time vs floor", f"{start_ratio:.2f}x", _info("set at 10k and 100k")))
    else:
        rows.append(
            (
                "start time vs floor",
                f"{start_ratio:.2f}x <= {limit}x",
                _verdict(start_ratio <= limit),
            )
        )
    rss_ratio = ours["max_rss_mib"] / figures.jrnl_peak_mib
    figure = f"{rss_ratio:.2f}x <= {MEMORY_RATIO}x"
    if figures.jrnl_peak_measured or figures.entries == TEN_K:
        rows.append(("peak RSS vs jrnl", figure, _verdict(rss_ratio <= MEMORY_RATIO)))
    else:
        rows.append(("peak RSS vs jrnl", figure, _info("jrnl figure is from 10k")))
    if figures.checkin:
        for label, took, limit in (
            ("open the check-in", figures.checkin["open_ms"], CHECKIN_OPEN_MS),
            ("offer tonight's prompt", figures.checkin["offer_ms"], CHECKIN_STEP_MS),
            ("another prompt, worst", figures.checkin["another_max_ms"], CHECKIN_STEP_MS),
        ):
            rows.append((label, f"{took:.1f} ms <= {limit:.0f} ms", _verdict(took <= limit)))
    if figures.open_check:
        gap = figures.open_check["gap_max_ms"]
        rows.append(
            (
                "worst loop gap, open check",
                f"{gap:.1f} ms <= {STALL_MS:.0f} ms",
                _verdict(gap <= STALL_MS),
            )
        )
    if figures.hide_ms:
        rows.append(
            (
                "quick hide (save + lock)",
                f"{figures.hide_ms:.1f} ms <= {HIDE_MS:.0f} ms",
                _verdict(figures.hide_ms <= HIDE_MS),
            )
        )
    if figures.remind:
        worst = max(figures.remind["first_ms"], figures.remind["again_max_ms"])
        rows.append(
            (
                "open remind me why, worst",
                f"{worst:.1f} ms <= {REMIND_MS:.0f} ms",
                _verdict(worst <= REMIND_MS),
            )
        )
    for scenario, typing in figures.typing.items():
        for label, key in (("worst keystroke", "key_max_ms"), ("worst loop gap", "gap_max_ms")):
            worst = typing[key]
            rows.append(
                (
                    f"{label}, {scenario}",
                    f"{worst:.1f} ms <= {STALL_MS:.0f} ms",
                    _verdict(worst <= STALL_MS),
                )
            )
    return rows


def _ms(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "OVER"


def _info(why: str) -> str:
    return f"(info: {why})"


def print_report(figures: GuiFigures) -> None:
    """The cold-start table, the in-process figures and the budgets."""
    meta = figures.generation
    print(
        f"\n== {size_label(figures.entries)} entries "
        f"({meta.get('words', '?'):,} words, seed {meta.get('seed')})"
    )
    floor_ms = figures.start[FLOOR]["first_paint_median_ms"]
    print(
        f"{'fresh process':<34}{'paint ms':>10}{'min ms':>9}{'vs floor':>10}"
        f"{'exit ms':>10}{'peak MiB':>10}{'vs jrnl':>9}"
    )
    for label, row in figures.start.items():
        name = {FLOOR: f"bare Qt floor ({FLOOR_ROWS // 1000}k rows)"}.get(label, label)
        painted = row.get("first_paint_median_ms")
        ratio = f"{painted / floor_ms:>9.2f}x" if painted is not None else f"{'':>10}"
        vs_jrnl = f"{row['max_rss_mib'] / figures.jrnl_peak_mib:>8.2f}x" if label == OURS else ""
        print(
            f"{name:<34}{_ms(painted):>10}{_ms(row.get('first_paint_min_ms')):>9}{ratio}"
            f"{row['median_ms']:>10.1f}{row['max_rss_mib']:>10.1f}{vs_jrnl}"
        )
    print(
        "  paint: from the spawn to the child's report of its first paint; exit: the "
        "whole process\n  (ours stays until the check after opening is done, so its "
        "peak memory is the whole start's)"
    )
    if not figures.jrnl_peak_measured:
        print(f"{'jrnl list (given, --jrnl-peak-mib)':<34}{'':>29}{figures.jrnl_peak_mib:>10.1f}")
    paint = figures.first_paint
    print("in process (ours)")
    for label, value in _first_paint_lines(paint, figures.query):
        print(f"  {label:<44}{value}")
    for scenario, typing in figures.typing.items():
        print(
            f"  typing into the {scenario}: {int(typing['chars']):,} chars, a key every "
            f"{int(typing['pace_ms'])} ms (+ its work), {typing['seconds']:.1f} s"
        )
        for label, value in _typing_lines(typing):
            print(f"    {label:<42}{value}")
    print(f"  autosave parts, p50 / max of {int(figures.breakdown['runs'])} runs")
    for label, key in (
        ("one keyClick (no processEvents)", "key_alone"),
        ("autosaver.flush (the timer's slot)", "flush"),
        ("  editor.fields()", "fields"),
        ("  save-state label: saving, saved", "save_state_labels"),
        ("  journal.entries.save", "entries_save"),
        ("timeline.reload", "timeline_reload"),
    ):
        p50, worst = figures.breakdown[f"{key}_p50_ms"], figures.breakdown[f"{key}_max_ms"]
        print(f"    {label:<38}{p50:>7.2f} / {worst:.2f} ms")
    if figures.checkin:
        c = figures.checkin
        print(
            f"  evening check-in: open {c['open_ms']:.1f} ms, tonight's prompt "
            f"{c['offer_ms']:.1f} ms, another prompt p50 / max {c['another_p50_ms']:.2f} / "
            f"{c['another_max_ms']:.2f} ms ({int(c['runs'])} runs)"
        )
    if figures.open_check:
        c = figures.open_check
        print(
            f"  check after opening (worker thread): {c['check_ms']:.0f} ms; event-loop gap "
            f"p99 / max {c['gap_p99_ms']:.2f} / {c['gap_max_ms']:.2f} ms "
            f"({int(c['probe_ticks']):,} ticks)"
        )
    if figures.remind:
        r = figures.remind
        print(
            f"  remind me why ({int(r['marked'])} marked, {int(r['themed'])} from themes): "
            f"first {r['first_ms']:.1f} ms, then p50 / max {r['again_p50_ms']:.1f} / "
            f"{r['again_max_ms']:.1f} ms ({int(r['runs'])} runs)"
        )
    print("budgets")
    for what, figure, verdict in budget_rows(figures):
        print(f"  {what:<30}{figure:<26}{verdict}")
    if figures.profile:
        print("\nprofile of a second typing run (cumulative, then own time)")
        print(figures.profile)


def _first_paint_lines(paint: dict[str, float], query: str) -> list[tuple[str, str]]:
    return [
        (
            "build_window / show to first paint",
            f"{paint['build_window_ms']:.1f} / {paint['show_to_first_paint_ms']:.1f} ms",
        ),
        (
            "timeline at first paint",
            f"{int(paint['timeline_rows_loaded']):,} rows loaded of "
            f"{int(paint['timeline_entries']):,} entries, painted",
        ),
        ("search kept active while typing", f"{query!r}: {int(paint['search_hits'])} results"),
    ]


def _typing_lines(typing: dict[str, float]) -> list[tuple[str, str]]:
    return [
        (
            "keystroke+processEvents p50 / p99 / max",
            f"{typing['key_p50_ms']:.2f} / {typing['key_p99_ms']:.2f} / "
            f"{typing['key_max_ms']:.2f} ms ({int(typing['key_over_budget'])} over "
            f"{STALL_MS:.0f} ms)",
        ),
        (
            "key latency p50 / p99 / max",
            f"{typing['latency_p50_ms']:.2f} / {typing['latency_p99_ms']:.2f} / "
            f"{typing['latency_max_ms']:.2f} ms (incl. waiting for work before it)",
        ),
        (
            "  worst latency without / after autosave",
            f"{typing['latency_max_without_save_ms']:.2f} / "
            f"{typing['latency_max_with_save_ms']:.2f} ms "
            f"(p50 after one {typing['latency_p50_with_save_ms']:.2f} ms)",
        ),
        (
            "event-loop gap p99 / max (1 ms probe)",
            f"{typing['gap_p99_ms']:.2f} / {typing['gap_max_ms']:.2f} ms "
            f"({int(typing['gaps_over_budget'])} over {STALL_MS:.0f} ms, "
            f"{int(typing['probe_ticks']):,} ticks)",
        ),
        (
            "autosaves / timeline reloads",
            f"{int(typing['autosaves'])} / {int(typing['timeline_reloads'])} "
            f"(body {int(typing['body_chars_before']):,} -> "
            f"{int(typing['body_chars_after']):,} chars)",
        ),
    ]


# ---------------------------------------------------------------------- main


def benchmark(count: int, args: argparse.Namespace) -> GuiFigures:
    """Reuse (or generate) one size, then measure on a working copy."""
    cached = ensure_cached(count, args.seed)
    figures = GuiFigures(entries=count, generation=cached.read_meta(), query=args.query)
    with workspace(cached) as ws:
        print(f"Measuring {size_label(count)}: cold start x{args.repeat} ...", flush=True)
        figures.start = measure_start(ws, args.repeat, args.measure_jrnl)
        if args.measure_jrnl:
            figures.jrnl_peak_mib = figures.start[JRNL]["max_rss_mib"]
            figures.jrnl_peak_measured = True
        else:
            figures.jrnl_peak_mib = args.jrnl_peak_mib
        print("  in process: first paint, typing ...", flush=True)
        measure_in_process(ws, args, figures)
    return figures


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="10k", help="comma-separated: 1k,10k,100k")
    parser.add_argument("--repeat", type=int, default=7, help="cold starts of each program")
    parser.add_argument(
        "--chars", type=int, default=2000, help="characters to type into the newest entry"
    )
    parser.add_argument(
        "--pace-ms", type=int, default=10, help="pause between keystrokes (event loop runs)"
    )
    parser.add_argument(
        "--new-chars",
        type=int,
        default=300,
        help="characters to type into a new entry afterwards (0: skip)",
    )
    parser.add_argument("--query", default=SEARCH_QUERY, help="search kept active while typing")
    parser.add_argument(
        "--jrnl-peak-mib",
        type=float,
        default=JRNL_PEAK_MIB,
        help="jrnl's peak RSS to compare with (run.py's `list` figure at 10k)",
    )
    parser.add_argument(
        "--measure-jrnl", action="store_true", help="measure jrnl's `list` peak RSS here instead"
    )
    parser.add_argument("--profile", action="store_true", help="also cProfile a typing run")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write figures here")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark for each size and print (and optionally save) the results."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        print("note: QT_QPA_PLATFORM is not offscreen; windows will appear on screen")
    return run_sizes(parse_args(argv), benchmark, print_report)


if __name__ == "__main__":
    sys.exit(main())
