"""An uncaught error says where, never what; damage found by a read gets its plain screen."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.errors import JournalDamaged
from app.files import JournalFiles
from app.ui.crash_guard import CrashGuard
from tests.helpers.windows import keyring_window

MARKER = "Crash-marker-93b"


def raised(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException:
        return sys.exc_info()  # type: ignore[return-value]


def test_an_uncaught_error_is_reported_without_its_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("THRESHOLD_DEBUG", raising=False)
    stream = io.StringIO()
    damage: list[bool] = []
    guard = CrashGuard(lambda: damage.append(True), stream)
    guard.handle(*raised(ValueError(f"could not parse {MARKER}")))  # type: ignore[arg-type]
    said = stream.getvalue()
    assert MARKER not in said
    assert "ValueError at test_crash_guard.py:" in said and "in raised" in said
    assert not damage


def test_debug_mode_prints_the_whole_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THRESHOLD_DEBUG", "1")
    stream = io.StringIO()
    CrashGuard(lambda: None, stream).handle(*raised(ValueError(MARKER)))  # type: ignore[arg-type]
    assert MARKER in stream.getvalue() and "Traceback" in stream.getvalue()


def test_damage_found_by_a_read_mid_session_shows_the_damaged_screen(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    guard = CrashGuard(window.controller.report_damage, io.StringIO())
    guard.handle(*raised(JournalDamaged("a page could not be read")))  # type: ignore[arg-type]
    assert window.stack.currentWidget() is window.problem
    assert not window.controller.is_open()
