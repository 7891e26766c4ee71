"""``threshold incidents``: the record from a terminal, every word kept, never changed in place."""

from __future__ import annotations

import json

import pytest

from app.cli.incident_specs import INCIDENT_KINDS
from app.cli.main import EXIT_ERROR, EXIT_USAGE
from app.journal import keyring_secret, open_journal
from app.records.incidents import IncidentKind
from tests.helpers.cli import Cli

ACCOUNT = 'He was at the school gate.\n\n> "I only want to talk."\n\nI took the children inside.\n'


@pytest.fixture
def ready(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init", "--json").status == 0
    return cli


def succeeds(cli: Cli, *argv: str, stdin: bytes = b"") -> str:
    result = cli(*argv, stdin=stdin)
    assert result.status == 0, result.stderr + result.stdout
    return result.stdout.strip()


def _add(cli: Cli, *more: str, happened: str = "2026-05-03 21:10") -> str:
    argv = ("incidents", "add", "--happened", happened, "--zone", "Europe/Berlin", "--kind")
    return succeeds(cli, *argv, "order-breach", *more, stdin=ACCOUNT.encode())


def test_the_kinds_offered_are_the_records_kinds() -> None:
    assert tuple(kind.value for kind in IncidentKind) == INCIDENT_KINDS


def test_a_record_added_reads_back_with_both_times_and_every_word(ready: Cli) -> None:
    record_id = _add(ready, "--kind", "children", "--who", "M.", "--place", "the school gate")
    shown = json.loads(succeeds(ready, "incidents", "show", record_id[:8], "--json"))
    assert shown["id"] == record_id
    assert shown["fields"]["account"] == ACCOUNT
    assert shown["fields"]["happened"] == {
        "moment": "2026-05-03T21:10:00+02:00",
        "zone": "Europe/Berlin",
        "about": False,
    }
    assert shown["fields"]["kinds"] == ["order-breach", "children"]
    assert shown["fields"]["who"] == ["M."] and shown["recorded"] != shown["fields"]["happened"]
    listed = succeeds(ready, "incidents", "list")
    assert (
        listed.startswith("2026-05-03 21:10 Europe/Berlin  ")
        and "order-breach, children  M." in listed
    )


def test_an_amendment_keeps_the_original_and_says_why(ready: Cli) -> None:
    record_id = _add(ready)
    said = succeeds(
        ready, "incidents", "amend", record_id, "--reason", "it was later", "--happened",
        "2026-05-03 22:40", "--about", "--harm", "a cut on my hand",
    )  # fmt: skip
    assert said.startswith(f"Amended {record_id[:8]}")
    shown = json.loads(succeeds(ready, "incidents", "show", record_id, "--json"))
    assert shown["fields"]["happened"]["moment"] == "2026-05-03T21:10:00+02:00"  # as first written
    (amendment,) = shown["amendments"]
    assert amendment["reason"] == "it was later"
    assert set(amendment["changes"]) == {"happened", "harm"}
    assert shown["now"]["happened"] == {
        "moment": "2026-05-03T22:40:00+02:00",
        "zone": "Europe/Berlin",
        "about": True,
    }
    assert shown["now"]["account"] == ACCOUNT and shown["now"]["harm"] == "a cut on my hand"
    text = succeeds(ready, "incidents", "show", record_id)
    assert "Amendment 1, recorded " in text and ": it was later" in text


def test_verify_holds_then_names_a_record_rewritten_behind_its_back(ready: Cli) -> None:
    first, second = _add(ready), _add(ready, happened="2026-05-04 08:00")
    succeeds(ready, "incidents", "amend", first, "--reason", "a detail", "--felt", "shaking")
    assert succeeds(ready, "incidents", "verify").startswith("The record holds: 3 links")
    with open_journal(ready.files, keyring_secret(ready.files, ready.keystore)) as journal:
        journal._db.execute("DROP TRIGGER incidents_append_only")
        journal._db.execute("UPDATE incidents SET account = 'nothing' WHERE uuid = ?", (second,))
    result = ready("incidents", "verify")
    assert result.status == EXIT_ERROR
    assert f"record {second[:8]}" in result.stdout
    assert "was changed after it was sealed" in result.stdout
    whole = ready("verify")  # the journal's own check says so too
    assert whole.status == EXIT_ERROR
    assert f"The incident record's chain: link 2 (record {second[:8]}" in whole.stdout


def test_the_receipt_is_the_newest_digest_with_what_it_proves(ready: Cli) -> None:
    assert "Nothing is recorded yet" in succeeds(ready, "incidents", "receipt")
    _add(ready)
    lines = succeeds(ready, "incidents", "receipt").splitlines()
    assert lines[0].startswith("Threshold incident record, 1 links, as of ")
    assert len(lines[1]) == 64 and "cannot show that the words are true" in lines[3]


def test_delete_goes_to_the_trash_then_for_good_with_a_line_in_the_chain(ready: Cli) -> None:
    record_id = _add(ready)
    refused = ready("incidents", "delete", record_id, "--for-good")
    assert refused.status == EXIT_ERROR and "isn't in the trash" in refused.stderr
    assert "trash" in succeeds(ready, "incidents", "delete", record_id)
    assert succeeds(ready, "incidents", "list") == ""
    assert record_id[:8] in succeeds(ready, "incidents", "list", "--trash")
    succeeds(ready, "incidents", "restore", record_id)
    succeeds(ready, "incidents", "delete", record_id)
    assert "Deleted for good" in succeeds(ready, "incidents", "delete", record_id, "--for-good")
    assert succeeds(ready, "incidents", "verify").startswith("The record holds: 2 links")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("--happened", "yesterday", "--kind", "other"), "is not a time"),
        (("--happened", "2026-05-03 21:10"), "--kind"),
        (("--happened", "2026-05-03 21:10", "--kind", "shouting"), "invalid choice"),
    ],
)
def test_bad_options_are_refused_plainly(
    ready: Cli, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], said: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        ready("incidents", "add", *argv, stdin=b"words")
    assert stopped.value.code == EXIT_USAGE and said in capsys.readouterr().err
    assert succeeds(ready, "incidents", "list") == ""


def test_an_unknown_zone_or_an_empty_account_changes_nothing(ready: Cli) -> None:
    argv = ("incidents", "add", "--happened", "2026-05-03 21:10", "--kind", "other")
    result = ready(*argv, "--zone", "Mars/Olympus", stdin=b"words")
    assert result.status == EXIT_ERROR and "isn't a time zone" in result.stderr
    result = ready(*argv, stdin=b"  \n")
    assert result.status == EXIT_ERROR and "no text" in result.stderr
    assert succeeds(ready, "incidents", "list") == ""
