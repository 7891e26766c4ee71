"""Rotation and scheduling of automatic backups (names only: no database needed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.backup import backup_due, rotate
from app.backup.names import backup_name

START = dt.datetime(2024, 1, 1, 21, 0, tzinfo=dt.UTC)  # a Monday


def _fake_backup(folder: Path, when: dt.datetime) -> Path:
    path = folder / backup_name(when)
    path.write_bytes(b"not a real database: rotation only reads names")
    Path(f"{path}.keys").write_bytes(b"{}")
    return path


def test_rotation_over_sixty_days_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    upgrade = tmp_path / "before-upgrade-from-v3-20231201T100000Z.db"
    foreign = [tmp_path / "notes.txt", tmp_path / "threshold-20240101.db.bak", upgrade]
    for path in foreign:
        path.write_bytes(b"left alone")
    now = START
    for day in range(60):
        now = START + dt.timedelta(days=day)
        _fake_backup(tmp_path, now)
        rotate(tmp_path, now)
    assert now.date() == dt.date(2024, 2, 29)  # a Thursday in ISO week 9
    daily = [dt.date(2024, 2, day) for day in range(23, 30)]
    # Week 8's newest (Sun 25 Feb) is a daily keep, so the weekly keeps go beyond it.
    weekly = [dt.date(2024, 2, 18), dt.date(2024, 2, 11), dt.date(2024, 2, 4), dt.date(2024, 1, 28)]
    expected = {backup_name(dt.datetime.combine(d, START.time(), dt.UTC)) for d in daily + weekly}
    databases = {p.name for p in tmp_path.glob("threshold-*.db")}
    assert databases == expected
    assert {p.name for p in tmp_path.glob("threshold-*.db.keys")} == {f"{n}.keys" for n in expected}
    assert all(path.read_bytes() == b"left alone" for path in foreign)


def test_rotation_never_removes_the_newest(tmp_path: Path) -> None:
    newest = _fake_backup(tmp_path, START + dt.timedelta(days=1))
    _fake_backup(tmp_path, START)
    rotate(tmp_path, START + dt.timedelta(days=400), daily=0, weekly=0)
    assert [p.name for p in tmp_path.glob("*.db")] == [newest.name]


def test_several_backups_in_one_day_keep_the_newest_of_that_day(tmp_path: Path) -> None:
    older = _fake_backup(tmp_path, START)
    newer = _fake_backup(tmp_path, START + dt.timedelta(hours=1))
    removed = rotate(tmp_path, START + dt.timedelta(hours=2))
    assert removed == [older]
    assert newer.exists()
    assert not Path(f"{older}.keys").exists()


def test_a_long_absence_does_not_age_out_the_history(tmp_path: Path) -> None:
    for day in range(7):
        _fake_backup(tmp_path, START + dt.timedelta(days=day))
    rotate(tmp_path, START + dt.timedelta(days=300))
    assert len(list(tmp_path.glob("threshold-*.db"))) == 7


def test_backup_due_at_most_daily(tmp_path: Path) -> None:
    assert backup_due(tmp_path / "missing", START)
    assert backup_due(tmp_path, START)
    _fake_backup(tmp_path, START)
    assert not backup_due(tmp_path, START + dt.timedelta(hours=23, minutes=59))
    assert backup_due(tmp_path, START + dt.timedelta(hours=24))


def test_a_backup_dated_in_the_future_does_not_stop_backups(tmp_path: Path) -> None:
    _fake_backup(tmp_path, START + dt.timedelta(days=3650))
    assert backup_due(tmp_path, START)
