"""Shared fixtures: journals in temp folders, fake keystores, the CLI, the Secret Service.

Every test builds exactly what it needs in its own temp folder; nothing touches the
user's real data folder or keyring (scripts/test also points XDG_* at a sandbox).
What tests import (fakes, builders, checks) lives in tests/helpers; only fixtures and
hooks live here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The tests read the app's English words: a developer's German or Spanish desktop
# must not choose the language for them (the app follows the system's by default).
# A test that wants another language installs it itself.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

from app.files import JournalFiles
from app.journal import Journal, create_journal
from tests.helpers.cli import Cli
from tests.helpers.journals import FAST_ARGON2, NewJournal
from tests.helpers.keystores import MemoryKeystore


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run the long fault suites")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="long fault run: use --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def secret_service() -> None:
    """The throwaway Secret Service of scripts/with-test-keyring; the test skips without it.

    Checked once a run. Only that run's own keyring is ever used: without its promise
    (THRESHOLD_TEST_SECRET_SERVICE=1) the person's keyring is not even asked. With the
    promise but no answer on the bus, the harness is broken, and that fails loudly.
    """
    from tests.helpers.keyring import (
        NO_SECRET_SERVICE,
        secret_service_promised,
        secret_service_unreachable,
    )

    if not secret_service_promised():
        pytest.skip(NO_SECRET_SERVICE)
    unreachable = secret_service_unreachable()
    if unreachable:
        pytest.fail(f"scripts/with-test-keyring started no usable Secret Service: {unreachable}")


@pytest.fixture(autouse=True)
def _keyring_integration_needs_secret_service(request: pytest.FixtureRequest) -> None:
    """A test marked ``keyring_integration`` runs only with the ``secret_service``."""
    if request.node.get_closest_marker("keyring_integration"):
        request.getfixturevalue("secret_service")


@pytest.fixture
def files(tmp_path: Path) -> JournalFiles:
    return JournalFiles(tmp_path / "journal")


@pytest.fixture
def keystore() -> MemoryKeystore:
    return MemoryKeystore()


@pytest.fixture
def journal(files: JournalFiles, keystore: MemoryKeystore) -> Iterator[Journal]:
    """A fresh keyring journal, open."""
    opened, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with opened:
        yield opened


@pytest.fixture
def new_journal(files: JournalFiles, keystore: MemoryKeystore) -> Iterator[NewJournal]:
    """A fresh keyring journal with its recovery key."""
    opened, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with opened:
        yield NewJournal(opened, recovery, files)


@pytest.fixture
def cli(files: JournalFiles, keystore: MemoryKeystore, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(files, keystore, capsys)


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """A window built as the app builds it installs a language; the next test starts in English."""
    yield
    translation = sys.modules.get("app.ui.translation")
    if translation is None or not translation.language_installed():
        return
    from PySide6.QtCore import QCoreApplication  # only once a window was built

    application = QCoreApplication.instance()
    if application is not None:
        translation.uninstall_language(application)
