"""Ask the keyring for the journal's secret while the app is still loading Qt.

Reading the Secret Service costs about 30 ms at start-up, most of it importing its
D-Bus client, and unwrapping the database key with the answer another ~8 ms for
``cryptography``. A thread can't overlap that with Qt's own loading (both need the
interpreter lock), so a child process, forked before Qt loads, asks the keyring,
unwraps the key and hands both back through a pipe. The parent reads them when it
opens the journal; by then they are usually waiting, and the app never loads the
keyring's client or ``cryptography`` at all. The child also seals the unlock for
the access history and reads the attempts before it (``access_prepared``); the
app appends that line once the journal opened. Only the secret, the keys and that
small summary travel, from memory to memory; the child writes nothing anywhere.

Linux only (where forking a process that has not loaded Qt is plain), and only
when the journal has a keyring slot. Everything else reads the keyring as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import sys
import time
from collections.abc import Mapping

from app.errors import KeyringUnavailable, KnownError
from app.files import JournalFiles
from app.hardening import die_with_parent
from app.vault.keystore import DEFAULT_TIMEOUT_SECONDS, NO_ANSWER, Keystore, SystemKeystore
from app.vault.slots import SlotKind, read_slot_file
from app.vault.wrapping import KEY_BYTES
from app.words import Said

# One byte says what the child found; the rest is the secret (and keys) or the reason.
_SECRET, _NONE, _UNAVAILABLE, _FAILED = b"S", b"N", b"U", b"F"
_LENGTH_BYTES = 2  # the secret's length, before it; the keys it unwrapped follow it
_COUNT_BYTES = 1  # how many keys follow the secret; the prepared unlock follows them
_GRACE_SECONDS = 2.0  # beyond the keyring's own timeout, for the child to say so
_CHUNK = 4096


class PendingAnswer:
    """The child's answer: read once, waited for until ``timeout`` seconds after the fork."""

    def __init__(self, pid: int, read_end: int, timeout: float) -> None:
        self._pid = pid
        self._read_end = read_end
        self._deadline = time.monotonic() + timeout

    def fileno(self) -> int:
        """The pipe's end to watch: it becomes readable once the child has answered."""
        return self._read_end

    def is_ready(self) -> bool:
        """Whether the child has answered (or ended) already."""
        ready, _, _ = select.select([self._read_end], [], [], 0)
        return bool(ready)

    def seconds_left(self) -> float:
        """How long the child still has to answer."""
        return max(0.0, self._deadline - time.monotonic())

    def read(self) -> bytes:
        """Everything the child wrote (b"" when it never answered in time); reaps the child."""
        chunks: list[bytes] = []
        try:
            while (left := self._deadline - time.monotonic()) > 0:
                ready, _, _ = select.select([self._read_end], [], [], left)
                if not ready:
                    break
                chunk = os.read(self._read_end, _CHUNK)
                if not chunk:
                    return b"".join(chunks)
                chunks.append(chunk)
            return b""  # it did not finish in time: no half answers
        finally:
            self.close()

    def close(self) -> None:
        """Stop and reap the child (quietly if it already ended)."""
        if self._pid == 0:
            return
        with contextlib.suppress(OSError):
            os.close(self._read_end)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._pid, 0)
        self._pid = 0


class PrefetchedKeystore:
    """A keystore whose first read of one journal's secret was started early.

    That first read gets the child's answer; every later call goes to ``inner``
    (a lock and a later unlock ask the keyring afresh). A store or delete drops
    an answer not yet read, since it may be stale.
    """

    def __init__(
        self,
        inner: Keystore,
        item: str,
        answer: PendingAnswer,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
    ) -> None:
        self._inner = inner
        self._item = item
        self._answer: PendingAnswer | None = answer
        self._timeout = timeout
        self._unwrapped: tuple[bytes, list[bytes]] | None = None
        self._prepared: tuple[bytes, bytes] | None = None  # (secret, access_prepared bytes)

    def get_secret(self, item: str) -> bytes | None:
        """The prefetched secret the first time; the keyring's answer after that."""
        answer = self._take() if item == self._item else None
        if answer is not None:
            message = answer.read()
            kind, payload = message[:1], message[1:]
            if kind == _SECRET:
                secret, keys, prepared = _split_secret(payload)
                self._unwrapped = (secret, keys) if keys else None
                self._prepared = (secret, prepared) if prepared else None
                return secret
            if kind == _NONE:
                return None
            if kind == _UNAVAILABLE:
                raise _unavailable(*_told_cause(payload))
            if not message:
                raise KeyringUnavailable(NO_ANSWER, seconds=f"{self._timeout:g}")
            # _FAILED: the child met something unexpected; ask here, where it is explained.
        return self._inner.get_secret(item)

    def waiting(self) -> PendingAnswer | None:
        """The helper's answer while it is still awaited (None once it is in, or was read)."""
        answer = self._answer
        return answer if answer is not None and not answer.is_ready() else None

    def unwrapped_keys(self, secret: bytes) -> list[bytes] | None:
        """The database keys the helper unwrapped with ``secret`` (once; None if it didn't)."""
        unwrapped, self._unwrapped = self._unwrapped, None
        if unwrapped is None or unwrapped[0] != secret:
            return None
        return unwrapped[1]

    def prepared_unlock(self, secret: bytes) -> bytes | None:
        """The unlock the helper sealed for the access history (once; None if it didn't).

        As the helper wrote it (``access_prepared.to_bytes``): read after the first
        paint, with the rest of the history.
        """
        prepared, self._prepared = self._prepared, None
        if prepared is None or prepared[0] != secret:
            return None
        return prepared[1]

    def set_secret(self, item: str, secret: bytes) -> None:
        """Store ``secret`` (through the keyring itself)."""
        self.close()
        self._inner.set_secret(item, secret)

    def delete_secret(self, item: str) -> None:
        """Forget the secret (through the keyring itself)."""
        self.close()
        self._inner.delete_secret(item)

    def close(self) -> None:
        """Drop an answer nobody read, stopping the child if it still asks."""
        self._unwrapped = None
        self._prepared = None
        answer = self._take()
        if answer is not None:
            answer.close()

    def _take(self) -> PendingAnswer | None:
        answer, self._answer = self._answer, None
        return answer


def start_keyring_prefetch(
    files: JournalFiles,
    keystore: Keystore | None = None,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
) -> Keystore:
    """A keystore for the app; on Linux, with a keyring slot, its first read already under way.

    ``timeout`` is the keyring's own (``SystemKeystore`` gives up after it); the
    child is given a little more to say so. Call this before anything starts a
    thread (before Qt loads): it forks.
    """
    inner = keystore or SystemKeystore(timeout=timeout)
    item = _keyring_item(files)
    if item is None or not sys.platform.startswith("linux"):
        return inner
    answer = _fork_reader(files, inner, item, timeout + _GRACE_SECONDS)
    if answer is None:
        return inner
    return PrefetchedKeystore(inner, item, answer, timeout)


def _keyring_item(files: JournalFiles) -> str | None:
    """The keyring item holding the journal's secret; None without a keyring slot (or file)."""
    try:
        slot_file = read_slot_file(files.key_slots)
    except KnownError:
        return None  # the window's own start explains it
    slot = slot_file.find(SlotKind.KEYRING)
    return None if slot is None else slot.keyring_item(slot_file.journal_id)


def _fork_reader(
    files: JournalFiles, keystore: Keystore, item: str, timeout: float
) -> PendingAnswer | None:
    read_end, write_end = os.pipe()
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: answer, then leave without running the parent's exit hooks
        os.close(read_end)
        try:
            die_with_parent(parent)  # a killed app takes its helper along
            _answer(files, keystore, item, write_end)
        finally:
            os._exit(0)
    os.close(write_end)
    return PendingAnswer(pid, read_end, timeout)


def _answer(files: JournalFiles, keystore: Keystore, item: str, write_end: int) -> None:
    """In the child: read the keyring, unwrap the key with it, and write one message."""
    try:
        secret = keystore.get_secret(item)
        if secret is None:
            message = _NONE
        else:
            keys = _unwrap_quietly(files, secret)
            message = b"".join(
                (
                    _SECRET + len(secret).to_bytes(_LENGTH_BYTES, "big") + secret,
                    len(keys).to_bytes(_COUNT_BYTES, "big"),
                    *keys,
                    _prepare_quietly(files, keys),
                )
            )
    except KeyringUnavailable as error:
        message = _UNAVAILABLE + _cause_told(error)
    except BaseException:  # the parent asks again, and explains it
        message = _FAILED
    view = memoryview(message)
    with contextlib.suppress(OSError):
        while view:
            view = view[os.write(write_end, view) :]


def _unwrap_quietly(files: JournalFiles, secret: bytes) -> list[bytes]:
    """The database keys ``secret`` unwraps; none when it doesn't (the parent explains why)."""
    from app.vault.slot_secret import SlotSecret  # noqa: PLC0415 - in the child only
    from app.vault.vault import Vault  # noqa: PLC0415 - in the child only

    try:
        return Vault.load(files.key_slots).candidate_keys(SlotSecret.device(secret))
    except KnownError:
        return []


def _prepare_quietly(files: JournalFiles, keys: list[bytes]) -> bytes:
    """The keyring unlock sealed for the access history, and what came before it (or b"")."""
    import datetime as dt  # noqa: PLC0415 - in the child only

    from app.vault.access_history import history_path  # noqa: PLC0415 - in the child only
    from app.vault.access_prepared import prepare_keyring_unlock, to_bytes  # noqa: PLC0415

    try:
        slot_file = read_slot_file(files.key_slots)
        now = dt.datetime.now(dt.UTC)
        prepared = prepare_keyring_unlock(history_path(files.folder), slot_file, keys, now)
    except (KnownError, OSError, ValueError):
        return b""
    return b"" if prepared is None else to_bytes(prepared)


def _split_secret(payload: bytes) -> tuple[bytes, list[bytes], bytes]:
    """(secret, keys, prepared unlock) from a secret message; keys are whole ``KEY_BYTES``."""
    length = int.from_bytes(payload[:_LENGTH_BYTES], "big")
    secret = payload[_LENGTH_BYTES : _LENGTH_BYTES + length]
    rest = payload[_LENGTH_BYTES + length :]
    count, rest = int.from_bytes(rest[:_COUNT_BYTES], "big"), rest[_COUNT_BYTES:]
    keys = [rest[i * KEY_BYTES : (i + 1) * KEY_BYTES] for i in range(count)]
    if any(len(key) != KEY_BYTES for key in keys):
        return secret, [], b""
    return secret, keys, rest[count * KEY_BYTES :]


def _cause_told(error: KeyringUnavailable) -> bytes:
    """In the child: why the keyring can't be used, as its marked template and details.

    Sent whole rather than as English words, so the window says it in the reader's language.
    """
    said = error.details.get("cause")
    if isinstance(said, Said):
        told = {"cause": said.template, "details": {k: str(v) for k, v in said.details.items()}}
    else:
        told = {"cause": error.cause, "details": {}}
    return json.dumps(told).encode("utf-8")


def _told_cause(payload: bytes) -> tuple[str, dict[str, str]]:
    """In the parent: the child's cause and its details (words alone if it sent no more)."""
    try:
        told = json.loads(payload)
        details = {str(key): str(value) for key, value in told["details"].items()}
        return str(told["cause"]), details
    except (ValueError, KeyError, TypeError, AttributeError):
        return payload.decode("utf-8", errors="replace"), {}


def _unavailable(cause: str, details: Mapping[str, str]) -> KeyringUnavailable:
    """The child's refusal, raised again here; ``cause`` was marked where the child raised it."""
    return KeyringUnavailable(cause, **details)
