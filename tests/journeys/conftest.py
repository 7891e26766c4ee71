"""Fixtures for journeys: one X server per run, a desktop per journey, shots kept.

``desktop`` stops every app it started and, when the journey failed, keeps a shot
of the whole screen first (``failed-<test>.png`` beside the others). Screenshots go
to ``$THRESHOLD_JOURNEY_SHOTS`` when set (``docs/screenshots`` to refresh the
README's), else to a folder in pytest's temporary area, printed on failure.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest

from tests.helpers.keyring import KeyringJournal, create_keyring_journal, forget_keyring_item
from tests.journeys.desktop import Desktop
from tests.journeys.screen_reader import missing_screen_reader, start_accessibility_bus
from tests.journeys.xserver import XServer, missing_tools, running_x_server

SHOTS_VARIABLE = "THRESHOLD_JOURNEY_SHOTS"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Note each phase's outcome on the item, so teardown knows a journey failed."""
    report = yield
    setattr(item, f"journey_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def x_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XServer]:
    """Xvfb with openbox, shared by every journey of the run."""
    missing = missing_tools() + missing_screen_reader()
    if missing:
        reason = f"journeys need {', '.join(missing)} (scripts/setup installs them)"
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI installs them: a missing tool there is a broken setup
        pytest.skip(reason)
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("journeys need a D-Bus session: run them through scripts/test")
    with running_x_server(tmp_path_factory.mktemp("x-server")) as server:
        start_accessibility_bus()
        yield server


@pytest.fixture(scope="session")
def shots_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where named screenshots go."""
    chosen = os.environ.get(SHOTS_VARIABLE)
    return Path(chosen).resolve() if chosen else tmp_path_factory.mktemp("journey-shots")


@pytest.fixture
def desktop(
    request: pytest.FixtureRequest, x_server: XServer, shots_folder: Path, tmp_path: Path
) -> Iterator[Desktop]:
    """The journey's desktop; every app it started is stopped afterwards."""
    desktop = Desktop(x_server, tmp_path / "desktop", shots_folder)
    try:
        yield desktop
    finally:
        call = getattr(request.node, "journey_call", None)
        if call is not None and call.failed:
            keep_the_failure(desktop, request.node.name)
        desktop.close()
    assert not desktop.tracebacks(), desktop.tracebacks()


def keep_the_failure(desktop: Desktop, test: str) -> None:
    """A shot of the whole screen as the journey failed, and where the app logs are."""
    name = re.sub(r"[^\w.-]+", "-", test)
    try:
        where = str(desktop.shoot_screen(f"failed-{name}"))
    except (OSError, subprocess.SubprocessError) as error:  # the X server may be gone
        where = f"none ({error})"
    print(f"\nscreen at the failure: {where}\napp logs: {desktop.folder}")


@pytest.fixture
def keyring_journal(tmp_path: Path) -> Iterator[Callable[[str], KeyringJournal]]:
    """Makes journals that open with the test keyring; their keyring items go afterwards."""
    made: list[KeyringJournal] = []

    def make(name: str = "journal") -> KeyringJournal:
        journal = create_keyring_journal(tmp_path / name, tmp_path / f"{name}-recovery-key.txt")
        made.append(journal)
        return journal

    yield make
    for journal in made:
        forget_keyring_item(journal.journal_id)
