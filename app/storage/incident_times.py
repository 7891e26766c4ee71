"""When something happened, as a person gives it: a wall-clock time in a time zone.

A time that never was (the clocks went forward) or that came twice (they went
back) is refused with what to do instead, rather than guessed: a record meant to
stand up must not move an hour by itself. So is a time still to come, or one so
far off the calendar can't keep it.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.errors import InvalidInput
from app.records.incidents import When
from app.words import QT_TR_NOOP

_SLACK = dt.timedelta(minutes=5)  # a clock a little behind the person's watch


def when_happened(moment: dt.datetime, zone_name: str | None, *, about: bool) -> When:
    """``moment`` (naive, a wall-clock time) in ``zone_name``, else this computer's zone.

    Raises:
        InvalidInput: an unknown zone; a time that never was, came twice, is still to
            come, or can't be kept.
    """
    name = zone_name or local_zone_name()
    try:
        if not name:  # a zone with no name: this computer's offset then
            return _checked(When(moment.astimezone(), "", about))
        aware = moment.replace(tzinfo=_zone(name))
        _exists_once(moment, aware, name)
        return _checked(When(aware, name, about))
    except (OverflowError, OSError, ValueError) as error:
        raise InvalidInput(
            QT_TR_NOOP("{time} can't be kept as a time. Nothing was saved."),
            time=f"{moment:%Y-%m-%d %H:%M}",
        ) from error


def wall_clock(moment: dt.datetime) -> When:
    """A naive wall-clock time as lived on this computer, never refused.

    For the contact log's quick times and for contacts written before records kept
    zones: an hour the clocks skipped or lived twice is read as Python reads it
    (the earlier one), since refusing would lose what was already written.
    """
    name = local_zone_name()
    if not name:
        return When(moment.astimezone(), "", about=False)
    return When(moment.replace(tzinfo=ZoneInfo(name)), name, about=False)


def local_zone_name() -> str:
    """This computer's zone name (Europe/Berlin), or "" when it can't be told for sure."""
    named = os.environ.get("TZ")
    if named is not None:  # TZ decides; a POSIX rule ("JST-9") has no name to give
        named = named.lstrip(":")
        return named if _is_zone(named) else ""
    try:
        target = Path("/etc/localtime").resolve().as_posix()
    except OSError:
        return ""
    marker = "/zoneinfo/"
    name = target.split(marker, 1)[1] if marker in target else ""
    return name if _is_zone(name) else ""


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidInput(
            QT_TR_NOOP("{zone} isn't a time zone Threshold knows. Nothing was saved."),
            zone=repr(name),
        ) from error


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return "/" in name or name == "UTC"


def _exists_once(moment: dt.datetime, aware: dt.datetime, name: str) -> None:
    """Refuse a wall-clock time the zone skipped, or lived twice."""
    shown = f"{moment:%Y-%m-%d %H:%M}"
    back = aware.astimezone(dt.UTC).astimezone(aware.tzinfo).replace(tzinfo=None)
    if back != moment:
        raise InvalidInput(
            QT_TR_NOOP(
                "{time} didn't happen in {zone}: the clocks went forward then. "
                "Nothing was saved; give the time as a clock showed it."
            ),
            time=shown,
            zone=name,
        )
    if aware.replace(fold=1).utcoffset() != aware.utcoffset():
        raise InvalidInput(
            QT_TR_NOOP(
                "{time} came twice in {zone}: the clocks went back then. Nothing was saved; "
                "give the time in UTC, so it is clear which one."
            ),
            time=shown,
            zone=name,
        )


def _checked(when: When) -> When:
    """Refuse a time still to come."""
    if when.moment - _SLACK > dt.datetime.now(dt.UTC):
        raise InvalidInput(
            QT_TR_NOOP("{time} hasn't come yet; a record is of what happened. Nothing was saved."),
            time=f"{when.moment:%Y-%m-%d %H:%M}",
        )
    return when
