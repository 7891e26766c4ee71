"""A Day One weather figure no weather has is left out, not a crash (review 18, finding 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.records.imports import ImportOptions
from app.transfer.sources import open_source


@pytest.mark.parametrize(
    ("figure", "shown"),
    [
        ("7.4", "Weather: Rain, 7 °C"),
        ("-0.4", "Weather: Rain, 0 °C"),
        ("1" + "0" * 400, "Weather: Rain"),
        ("1e400", "Weather: Rain"),
        ("1e300", "Weather: Rain"),
        ("true", "Weather: Rain"),
    ],
)
def test_a_temperature_is_shown_only_when_it_is_one(
    tmp_path: Path, figure: str, shown: str
) -> None:
    path = tmp_path / "Journal.json"
    weather = '{"conditionsDescription": "Rain", "temperatureCelsius": ' + figure + "}"
    entry = '{"uuid": "E1", "creationDate": "2024-01-01T10:00:00Z", "text": "words", '
    path.write_text('{"metadata": {}, "entries": [' + entry + '"weather": ' + weather + "}]}")
    with open_source(path, options=ImportOptions(keep_location=True)) as batch:
        assert batch.entries[0].fields.body == "words\n\n" + shown
