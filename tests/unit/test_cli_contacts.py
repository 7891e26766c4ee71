"""``threshold contacts``: the contact log with who, as text and as JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.files import JournalFiles
from app.journal import open_journal
from app.storage.contacts import Channel, ContactFields
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from tests.helpers.cli import Cli, init_journal

CONTACT_KEYS = {
    "id",
    "happened",
    "channel",
    "who",
    "said",
    "felt",
    "did",
    "entry",
    "created",
    "updated",
    "trashed",
}


@pytest.fixture
def recovery(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> RecoveryKey:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    return init_journal(cli)


@pytest.fixture
def logged(files: JournalFiles, recovery: RecoveryKey) -> list[str]:
    with open_journal(files, SlotSecret.recovery(recovery)) as journal:
        both = journal.contacts.add(
            ContactFields(
                happened=dt.datetime(2026, 3, 4, 19, 40),
                channel=Channel.CALL,
                said="Asked about  the\nholidays",
                felt="Tight",
                did="Let it ring",
                who=("Mum", "Dad"),
            )
        )
        alone = journal.contacts.add(
            ContactFields(happened=dt.datetime(2026, 1, 2, 9, 0), channel=Channel.MESSAGE)
        )
        gone = journal.contacts.add(
            ContactFields(
                happened=dt.datetime(2025, 1, 2, 9, 0), channel=Channel.VISIT, who=("Rosa",)
            )
        )
        journal.contacts.trash(gone.id)
    return [both.id, alone.id, gone.id]


def test_contacts_json_has_every_field_and_who(cli: Cli, logged: list[str]) -> None:
    rows = json.loads(cli("contacts", "--json").stdout)
    assert [row["id"] for row in rows] == logged[:2]
    assert set(rows[0]) == CONTACT_KEYS
    assert rows[0]["who"] == ["Mum", "Dad"] and rows[1]["who"] == []
    assert rows[0]["happened"] == "2026-03-04T19:40" and rows[0]["channel"] == "call"
    assert rows[0]["said"] == "Asked about  the\nholidays" and rows[0]["trashed"] is None
    trashed = json.loads(cli("contacts", "--trash", "--json").stdout)
    assert [row["who"] for row in trashed] == [["Rosa"]] and trashed[0]["trashed"]


def test_contacts_filter_by_who(cli: Cli, logged: list[str]) -> None:
    assert [r["id"] for r in json.loads(cli("contacts", "--who", "dad", "--json").stdout)] == [
        logged[0]
    ]
    assert json.loads(cli("contacts", "--who", "Nobody", "--json").stdout) == []


def test_contacts_text_shows_who(cli: Cli, logged: list[str]) -> None:
    text = cli("contacts").stdout
    assert f"2026-03-04 19:40  {logged[0][:8]}  call  Mum, Dad" in text
    assert "Said: Asked about the holidays" in text
    assert "(no one named)" in text
