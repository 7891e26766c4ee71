"""Fake keystores: secrets in a dict, so unit and GUI tests never touch a real keyring."""

from __future__ import annotations

import time


class MemoryKeystore:
    """A keystore that keeps secrets in a dict (fast GUI and unit tests only)."""

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}

    def get_secret(self, journal_id: str) -> bytes | None:
        return self.secrets.get(journal_id)

    def set_secret(self, journal_id: str, secret: bytes) -> None:
        self.secrets[journal_id] = secret

    def delete_secret(self, journal_id: str) -> None:
        self.secrets.pop(journal_id, None)


class SlowKeystore(MemoryKeystore):
    """Answers after ``delay`` seconds (in the child that inherits it)."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    def get_secret(self, journal_id: str) -> bytes | None:
        time.sleep(self.delay)
        return super().get_secret(journal_id)
