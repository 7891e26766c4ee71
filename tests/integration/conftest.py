"""Fixtures for the integration tests that drive the real, throwaway Secret Service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import secretstorage

from tests.helpers.keyring import unlock_without_prompt


@pytest.fixture
def locked_collection() -> Iterator[None]:
    """The default collection, locked for the test and unlocked again afterwards.

    The test daemon has no prompter, so only the test keyring's password unlocks it.
    """
    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    collection.lock()
    try:
        assert collection.is_locked()
        yield
    finally:
        if collection.is_locked():
            unlock_without_prompt(connection, collection)
        connection.close()
