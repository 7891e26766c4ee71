"""A child process that saves the way autosave does, until it is killed.

Run as ``python tests/fault/autosave_child.py DATA_DIR SEED`` with the passphrase in
the ``THRESHOLD_KILL_TEST_PASSPHRASE`` environment variable. It prints (flushed):

- ``start`` once the modules are imported, just before the journal is opened;
- ``ready`` once the journal is open;
- ``resume <entry-id> <counter>`` for the entry it carries on, as read, before saving;
- ``ack <entry-id> <counter>`` after each commit has returned.

Each entry's body is ``body_text(counter)``: one line per save, so the counter of
the last save can be read back from the body exactly (see ``parse_counter``). A new
child carries on from the counters it finds, so they only ever grow.
"""

from __future__ import annotations

import os
import random
import re
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: make ``app`` and ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PASSPHRASE_VARIABLE = "THRESHOLD_KILL_TEST_PASSPHRASE"
TITLE = "Autosave under kill -9"
TAGS = ("autosave", "fault")
MAX_LINES = 120  # an entry this long is "finished"; the next save starts a new one
ADD_CHANCE = 0.02  # otherwise a new entry now and then, as a person would start one
SWITCH_CHANCE = 0.2  # at start-up, sometimes carry on an older entry instead of the newest
_WORDS = ("threshold", "quiet", "morning", "letter", "river", "garden", "courage", "door")
_LINE = re.compile(r"autosave (\d{6}) [a-z]+\n")


def body_text(counter: int) -> str:
    """The body after save number ``counter`` (0 is the body the entry was added with)."""
    return "".join(
        f"autosave {number:06d} {_WORDS[number % len(_WORDS)]}\n" for number in range(counter + 1)
    )


def parse_counter(body: str) -> int:
    """The counter of the save that wrote ``body``.

    Raises:
        ValueError: the body is not exactly ``body_text(n)`` for some n.
    """
    lines = body.splitlines(keepends=True)
    match = _LINE.fullmatch(lines[-1]) if lines else None
    if match is None:
        raise ValueError(f"not an autosave body: {body[-80:]!r}")
    counter = int(match.group(1))
    if body != body_text(counter):
        raise ValueError(f"autosave body {counter} is not intact")
    return counter


def main(argv: list[str]) -> int:
    # Imported here, after the sys.path tweak above (and only in the child).
    from app.files import JournalFiles
    from app.journal import open_journal
    from app.records.entries import EntryFields
    from app.vault.slot_secret import SlotSecret

    data_dir, seed = Path(argv[1]), int(argv[2])
    rng = random.Random(seed)
    say("start")
    journal = open_journal(
        JournalFiles(data_dir), SlotSecret.passphrase(os.environ[PASSPHRASE_VARIABLE])
    )
    say("ready")
    entries = journal.entries

    def fields(counter: int) -> EntryFields:
        return EntryFields(body=body_text(counter), title=TITLE, tags=TAGS)

    summaries = entries.summaries()
    if summaries:
        chosen = rng.choice(summaries) if rng.random() < SWITCH_CHANCE else summaries[0]
        entry_id = chosen.id
        counter = parse_counter(entries.get(entry_id).body)
        say(f"resume {entry_id} {counter}")
    else:
        entry_id, counter = "", MAX_LINES
    while True:
        if counter >= MAX_LINES or rng.random() < ADD_CHANCE:
            entry_id, counter = entries.add(fields(0)).id, 0
        else:
            counter += 1
            entries.save(entry_id, fields(counter))
        say(f"ack {entry_id} {counter}")


def say(line: str) -> None:
    """One line to the parent, in a single write, flushed at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
