"""``threshold incidents``: the record from a terminal, every word kept, never changed in place."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli.incident_specs import INCIDENT_KINDS
from app.cli.main import EXIT_ERROR, EXIT_USAGE
from app.journal import keyring_secret, open_journal
from app.records.incidents import IncidentKind
from tests.helpers.cli import Cli, succeeds
from tests.helpers.images import jpeg_bytes

ACCOUNT = 'He was at the school gate.\n\n> "I only want to talk."\n\nI took the children inside.\n'


@pytest.fixture
def ready(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init", "--json").status == 0
    return cli


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
    assert f"The incident record's chain: link 2, record {second[:8]}" in whole.stdout


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
    assert succeeds(ready, "incidents", "verify").startswith("The record holds: 5 links")


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


# The second review's times and words.


@pytest.mark.parametrize(
    ("when", "zone", "said"),
    [
        ("2026-03-29 02:30", "Europe/Berlin", "didn't happen in Europe/Berlin"),
        ("2026-10-25 02:30", "Europe/Berlin", "came twice in Europe/Berlin"),
        ("0001-01-01 00:00", "Pacific/Kiritimati", "can't be kept as a time"),
        ("9999-12-31 23:59", "Europe/Berlin", "hasn't come yet"),
        ("2999-01-01 10:00", "UTC", "hasn't come yet"),
    ],
)
def test_a_time_that_never_was_came_twice_or_has_not_come_is_refused(
    ready: Cli, when: str, zone: str, said: str
) -> None:
    argv = ("incidents", "add", "--happened", when, "--zone", zone, "--kind", "other")
    result = ready(*argv, stdin=b"words")
    assert result.status == EXIT_ERROR and said in result.stderr, result.stderr
    assert "Nothing was saved" in result.stderr
    assert succeeds(ready, "incidents", "list") == ""


def test_a_posix_tz_rule_is_not_given_another_zones_name(
    ready: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "JST-9")
    argv = ("incidents", "add", "--happened", "2026-05-03 21:10", "--kind", "other")
    record_id = succeeds(ready, *argv, stdin=b"words")
    shown = json.loads(succeeds(ready, "incidents", "show", record_id, "--json"))
    assert shown["fields"]["happened"]["zone"] == ""
    succeeds(ready, "incidents", "amend", record_id, "--reason", "roughly", "--about")
    again = json.loads(succeeds(ready, "incidents", "show", record_id, "--json"))
    assert again["now"]["happened"]["moment"] == shown["fields"]["happened"]["moment"]
    assert again["now"]["happened"]["about"] is True


def test_verify_with_a_receipt_says_whether_the_record_still_reaches_it(ready: Cli) -> None:
    record_id = _add(ready)
    digest = succeeds(ready, "incidents", "receipt").splitlines()[1]
    succeeds(ready, "incidents", "amend", record_id, "--reason", "later", "--felt", "tired")
    said = succeeds(ready, "incidents", "verify", "--receipt", digest)
    assert "The receipt is link 1 of 2" in said
    result = ready("incidents", "verify", "--receipt", "0" * 64)
    assert result.status == EXIT_ERROR and "not in the record" in result.stdout


def test_show_reads_as_words_and_list_as_the_record_reads_now(ready: Cli) -> None:
    record_id = _add(ready, "--who", "M.")
    argv = ("incidents", "amend", record_id, "--reason", "it was the next day")
    succeeds(ready, *argv, "--happened", "2026-05-04 08:00", "--who", "K.")
    text = succeeds(ready, "incidents", "show", record_id)
    assert "{" not in text and "[" not in text.split("\n", 1)[1]  # no Python values
    assert "As first written:" in text and "When: 2026-05-03 21:10 Europe/Berlin" in text
    assert "Amendment 1, recorded " in text and "When: 2026-05-04 08:00 Europe/Berlin" in text
    listed = succeeds(ready, "incidents", "list")
    assert listed.startswith("2026-05-04 08:00 Europe/Berlin") and "  K.  [amended 1x]" in listed


def test_evidence_files_are_kept_unaltered_and_named_by_their_hash(
    ready: Cli, tmp_path: Path
) -> None:
    photo = tmp_path / "door.jpg"
    photo.write_bytes(_PHOTO)
    record_id = _add(ready, "--attach", str(photo))
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4\n%%EOF\n")
    amend = ("incidents", "amend", record_id[:8], "--reason", "The letter came", "--attach")
    succeeds(ready, *amend, str(letter))
    shown = json.loads(succeeds(ready, "incidents", "show", record_id[:8], "--json"))
    assert [e["name"] for e in shown["fields"]["evidence"]] == ["door.jpg"]
    assert [e["sha256"] for e in shown["now"]["evidence"]] == [
        hashlib.sha256(_PHOTO).hexdigest(),
        hashlib.sha256(letter.read_bytes()).hexdigest(),
    ]
    words = succeeds(ready, "incidents", "show", record_id[:8])
    assert f"Evidence: door.jpg (image/jpeg, {len(_PHOTO):,} bytes) SHA-256 " in words
    kept = shown["now"]["evidence"][0]["attachment"]
    saved = tmp_path / "out.jpg"
    succeeds(ready, "attachment", "save", kept, "-o", str(saved))
    assert saved.read_bytes() == _PHOTO  # never stripped: evidence stays as it came
    assert "holds" in succeeds(ready, "incidents", "verify")


def test_a_refused_evidence_file_keeps_nothing(ready: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "notes.exe"
    bad.write_bytes(b"MZ\x90\x00" * 100)
    argv = ("incidents", "add", "--happened", "2026-05-03 21:10", "--kind", "threat")
    result = ready(*argv, "--attach", str(bad), stdin=b"words")
    assert result.status == EXIT_ERROR and "notes.exe" in result.stderr
    assert succeeds(ready, "incidents", "list", "--json") == "[]"


_PHOTO = jpeg_bytes(marker="door-camera-gps")  # EXIF with GPS: it must stay as it came
