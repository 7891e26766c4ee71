"""A transfer job held half-way, so a test can stop it (Cancel, Escape, the lock) mid-work."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pytest

from app.ui.transfer.work import Job


@dataclass
class Hold:
    """``reached`` is set when the worker waits before its second item; set ``release``."""

    reached: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def release_soon(self, seconds: float = 0.3) -> None:
        """Let the worker go shortly (the window's thread is about to wait for it)."""
        threading.Timer(seconds, self.release.set).start()


def hold_at_second_item(monkeypatch: pytest.MonkeyPatch) -> Hold:
    """Every job's progress report waits at item 1 until released (then reports as usual)."""
    hold = Hold()
    report = Job._report

    def held(job: Job, done: int, total: int) -> None:
        if done == 1:
            hold.reached.set()
            hold.release.wait(10)
        report(job, done, total)

    monkeypatch.setattr(Job, "_report", held)
    return hold
