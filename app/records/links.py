"""Plain data for "what happened next": an entry linked to a later one.

A person can link what was hoped for or promised to what happened after it.
Storage reads the links as pairs; the window, the archive and the Patterns page
all speak this one shape. Links hold no words, only which entries and when.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class LinkedPair:
    """An entry and the later one that tells what happened next.

    Attributes:
        earlier: the first entry's id (what was hoped for, or promised).
        later: the id of the entry that tells what happened.
        earlier_date, later_date: the days written on them.
        linked: when the link was made (UTC).
    """

    earlier: str
    later: str
    earlier_date: dt.date
    later_date: dt.date
    linked: dt.datetime
