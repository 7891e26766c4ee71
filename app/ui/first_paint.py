"""Start-up work that can wait runs after the window's first frame, not before it.

A zero-delay timer is not enough: Qt runs it before a newly shown window paints,
so everything "deferred" that way still delayed the first frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

Task = Callable[[], None]


class FirstPaint(QObject):
    """Holds work until ``window`` has painted once, then runs it in order.

    A window that is not visible when the work comes due (tests, a window never
    shown) runs it on the next pass of the event loop, as a zero timer would.
    """

    painted = Signal()  # the window is about to paint for the first time

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._painted = False
        self._tasks: list[Task] = []
        window.installEventFilter(self)

    def has_painted(self) -> bool:
        """Whether the window has painted at least once."""
        return self._painted

    def later(self, task: Task) -> None:
        """Run ``task`` after the first paint (on the next pass if that is behind us)."""
        self._tasks.append(task)
        QTimer.singleShot(0, self._run_unless_painting_soon)

    def pending(self) -> int:
        """How many tasks still wait."""
        return len(self._tasks)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the window's first paint; its tasks run once that paint is done."""
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
            self.painted.emit()
        return False

    def _run_unless_painting_soon(self) -> None:
        if self._painted or not self._window.isVisible():
            self._run()

    def _run(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task()


def after_first_paint(widget: QWidget, task: Task) -> None:
    """Run ``task`` once ``widget``'s window has painted (next pass when it has no watcher)."""
    watcher = widget.window().findChild(
        FirstPaint, options=Qt.FindChildOption.FindDirectChildrenOnly
    )
    if watcher is None:
        QTimer.singleShot(0, task)
    else:
        watcher.later(task)
