"""Where an attempt to open the journal was made: its own tiny module, read at start-up.

The window and the command line name their place when they open a journal; the
rest of the access history (sealing, the file) loads only when it is needed.
"""

from __future__ import annotations

from enum import StrEnum


class Place(StrEnum):
    """Where the attempt was made."""

    WINDOW = "window"
    COMMAND = "command"
