"""The key-slot file and the vault: wrapping, slots, passphrase changes, rotation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import JournalDamaged, JournalNotFound, NoSlotAvailable, WrongSecret
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from app.vault.slots import SlotKind, read_slot_file
from app.vault.vault import Vault
from app.vault.wrapping import (
    Argon2Params,
    UnwrapFailed,
    derive_from_passphrase,
    new_key,
    new_salt,
    unwrap,
    wrap,
)
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

JOURNAL_ID = "0b6f5c1e-0000-4000-8000-000000000001"


@pytest.fixture
def database_key() -> bytes:
    return new_key()


@pytest.fixture
def recovery() -> RecoveryKey:
    return RecoveryKey.generate()


@pytest.fixture
def vault(tmp_path: Path, database_key: bytes, recovery: RecoveryKey) -> Vault:
    secrets = [SlotSecret.recovery(recovery), SlotSecret.passphrase("a long walk home")]
    return Vault.create(tmp_path / "journal.keys", JOURNAL_ID, database_key, secrets, FAST_ARGON2)


def test_wrap_round_trip_and_context_binding() -> None:
    key, wrapping_key = new_key(), new_key()
    sealed = wrap(wrapping_key, key, b"journal-a")
    assert unwrap(wrapping_key, sealed, b"journal-a") == key
    with pytest.raises(UnwrapFailed):
        unwrap(wrapping_key, sealed, b"journal-b")
    with pytest.raises(UnwrapFailed):
        unwrap(new_key(), sealed, b"journal-a")


def test_passphrase_derivation_normalises_unicode() -> None:
    salt = new_salt()
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    assert derive_from_passphrase(composed, salt, FAST_ARGON2) == derive_from_passphrase(
        decomposed, salt, FAST_ARGON2
    )


def test_default_argon2_parameters_are_memory_hard() -> None:
    params = Argon2Params()
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 3


def test_each_slot_opens_the_same_key(
    vault: Vault, database_key: bytes, recovery: RecoveryKey
) -> None:
    assert vault.candidate_keys(SlotSecret.recovery(recovery)) == [database_key]
    assert vault.candidate_keys(SlotSecret.passphrase("a long walk home")) == [database_key]


def test_wrong_secrets_are_known_errors(vault: Vault) -> None:
    with pytest.raises(WrongSecret, match="passphrase doesn't open"):
        vault.candidate_keys(SlotSecret.passphrase("a short walk"))
    with pytest.raises(WrongSecret, match="recovery key doesn't open"):
        vault.candidate_keys(SlotSecret.recovery(RecoveryKey.generate()))
    with pytest.raises(NoSlotAvailable):
        vault.candidate_keys(SlotSecret.device(new_key()))


def test_file_holds_no_secret(
    tmp_path: Path, vault: Vault, database_key: bytes, recovery: RecoveryKey
) -> None:
    raw = (tmp_path / "journal.keys").read_bytes()
    for secret in (database_key, recovery.secret):
        assert secret not in raw
        assert secret.hex().encode() not in raw
    assert b"a long walk home" not in raw
    assert str(recovery).encode() not in raw
    assert (tmp_path / "journal.keys").stat().st_mode & 0o777 == 0o600


def test_file_round_trips(tmp_path: Path, vault: Vault) -> None:
    loaded = read_slot_file(tmp_path / "journal.keys")
    assert loaded.journal_id == JOURNAL_ID
    assert loaded.kinds() == [SlotKind.RECOVERY, SlotKind.PASSPHRASE]
    assert loaded.find(SlotKind.PASSPHRASE).argon2 == FAST_ARGON2  # type: ignore[union-attr]


@pytest.mark.parametrize("content", [b"", b"{}", b"not json", b'{"format": "other", "version": 1}'])
def test_damaged_file_is_a_known_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "journal.keys"
    path.write_bytes(content)
    with pytest.raises(JournalDamaged):
        read_slot_file(path)


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(JournalNotFound):
        read_slot_file(tmp_path / "journal.keys")


def test_set_passphrase_replaces_keyring_slot(
    tmp_path: Path, database_key: bytes, recovery: RecoveryKey
) -> None:
    keystore = MemoryKeystore()
    keystore.set_secret(JOURNAL_ID, device := new_key())
    vault = Vault.create(
        tmp_path / "k",
        JOURNAL_ID,
        database_key,
        [SlotSecret.recovery(recovery), SlotSecret.device(device)],
        FAST_ARGON2,
    )
    vault.set_passphrase(database_key, "new words", keystore)
    assert vault.kinds() == [SlotKind.RECOVERY, SlotKind.PASSPHRASE]
    assert keystore.secrets == {}
    assert Vault.load(tmp_path / "k").candidate_keys(SlotSecret.passphrase("new words")) == [
        database_key
    ]


def test_changing_the_passphrase_keeps_the_database_key(vault: Vault, database_key: bytes) -> None:
    vault.set_passphrase(database_key, "second", MemoryKeystore())
    assert vault.candidate_keys(SlotSecret.passphrase("second")) == [database_key]
    with pytest.raises(WrongSecret):
        vault.candidate_keys(SlotSecret.passphrase("a long walk home"))


def test_remove_passphrase_enrolls_keyring_first(vault: Vault, database_key: bytes) -> None:
    keystore = MemoryKeystore()
    vault.remove_passphrase(database_key, keystore)
    assert set(vault.kinds()) == {SlotKind.RECOVERY, SlotKind.KEYRING}
    assert vault.candidate_keys(vault.keyring_secret(keystore)) == [database_key]


def test_keyring_without_secret_is_unavailable(tmp_path: Path, database_key: bytes) -> None:
    from app.errors import KeyringUnavailable

    vault = Vault.create(tmp_path / "k", JOURNAL_ID, database_key, [SlotSecret.device(new_key())])
    with pytest.raises(KeyringUnavailable, match="no longer holds"):
        vault.keyring_secret(MemoryKeystore())


def test_rotation_stages_both_keys_then_settles(
    tmp_path: Path, vault: Vault, database_key: bytes, recovery: RecoveryKey
) -> None:
    fresh = new_key()
    secrets = [SlotSecret.recovery(recovery), SlotSecret.passphrase("a long walk home")]
    vault.stage_rotation(fresh, secrets)
    reloaded = Vault.load(tmp_path / "journal.keys")
    assert reloaded.is_mid_rotation()
    assert reloaded.candidate_keys(SlotSecret.recovery(recovery)) == [database_key, fresh]
    reloaded.settle(1)
    final = Vault.load(tmp_path / "journal.keys")
    assert not final.is_mid_rotation()
    assert final.candidate_keys(SlotSecret.passphrase("a long walk home")) == [fresh]


def test_rotation_needs_every_slot(vault: Vault, recovery: RecoveryKey) -> None:
    with pytest.raises(NoSlotAvailable, match="passphrase"):
        vault.stage_rotation(new_key(), [SlotSecret.recovery(recovery)])
    assert not vault.is_mid_rotation()


def test_secret_repr_hides_material() -> None:
    assert "hunter2" not in repr(SlotSecret.passphrase("hunter2"))


def test_slot_file_is_plain_json(tmp_path: Path, vault: Vault) -> None:
    data = json.loads((tmp_path / "journal.keys").read_text())
    assert data["format"] == "threshold-key-slots"
    assert {slot["kind"] for slot in data["slots"]} == {"recovery", "passphrase"}
