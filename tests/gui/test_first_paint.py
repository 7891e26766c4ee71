"""Work put off past the first frame really waits for it, and still runs without one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from app.ui.first_paint import FirstPaint, after_first_paint


class PaintLog(QObject):
    """Notes, in one list with the tasks, when a widget receives its paint event."""

    def __init__(self, widget: QWidget, log: list[str]) -> None:
        super().__init__(widget)
        self._log = log
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and "paint" not in self._log:
            self._log.append("paint")
        return False


def shown_window(qtbot: QtBot) -> tuple[QMainWindow, FirstPaint, list[str]]:
    window = QMainWindow()
    window.setCentralWidget(QLabel("words"))
    qtbot.addWidget(window)
    log: list[str] = []
    PaintLog(window, log)
    return window, FirstPaint(window), log


def test_tasks_run_after_the_first_paint_in_order(qtbot: QtBot) -> None:
    window, first_paint, log = shown_window(qtbot)
    first_paint.later(lambda: log.append("one"))
    first_paint.later(lambda: log.append("two"))
    window.show()
    qtbot.waitUntil(lambda: first_paint.pending() == 0)
    assert log == ["paint", "one", "two"]
    assert first_paint.has_painted()


def test_a_zero_timer_would_have_run_before_the_paint(qtbot: QtBot) -> None:
    """Why FirstPaint exists: Qt runs a zero timer before a new window paints."""
    window, first_paint, log = shown_window(qtbot)
    QTimer.singleShot(0, lambda: log.append("timer"))
    first_paint.later(lambda: log.append("task"))
    window.show()
    qtbot.waitUntil(lambda: "task" in log)
    assert log.index("timer") < log.index("paint") < log.index("task")


def test_after_the_paint_tasks_run_on_the_next_pass(qtbot: QtBot) -> None:
    window, first_paint, log = shown_window(qtbot)
    window.show()
    qtbot.waitUntil(first_paint.has_painted)
    first_paint.later(lambda: log.append("late"))
    assert "late" not in log  # not from inside the caller
    qtbot.waitUntil(lambda: "late" in log)


def test_a_window_never_shown_still_runs_its_tasks(qtbot: QtBot) -> None:
    _, first_paint, log = shown_window(qtbot)
    first_paint.later(lambda: log.append("ran"))
    qtbot.waitUntil(lambda: "ran" in log)
    assert "paint" not in log


def test_a_child_widget_finds_its_windows_watcher(qtbot: QtBot) -> None:
    window, first_paint, log = shown_window(qtbot)
    child = window.centralWidget()
    assert child is not None
    after_first_paint(child, lambda: log.append("from the child"))
    assert first_paint.pending() == 1
    window.show()
    qtbot.waitUntil(lambda: "from the child" in log)
    assert log.index("paint") < log.index("from the child")


def test_without_a_watcher_it_is_a_zero_timer(qtbot: QtBot) -> None:
    lone = QLabel("alone")
    qtbot.addWidget(lone)
    ran: list[bool] = []
    after_first_paint(lone, lambda: ran.append(True))
    assert not ran
    qtbot.waitUntil(lambda: bool(ran))
