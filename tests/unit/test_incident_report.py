"""The incident report's choosing, words, HTML and CSV, from records built by hand."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

from app.export.model import Redaction
from app.incidents.report_csv import BOM, HEADER, report_csv, safe_cell
from app.incidents.report_html import NOTE, report_page, report_sections
from app.incidents.report_model import (
    ChainState,
    ImagesShown,
    Report,
    ReportOptions,
    build_report,
)
from app.incidents.report_words import offset_words, when_words
from app.records.incidents import (
    Amendment,
    Evidence,
    Incident,
    IncidentFields,
    IncidentKind,
    When,
)

BERLIN = ZoneInfo("Europe/Berlin")
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
CHAIN = ChainState("ab" * 32, "2026-05-10T08:00:00.000000+00:00", 7)
MADE = dt.datetime(2026, 5, 10, 9, 0, tzinfo=dt.UTC)
ACCOUNT = 'Mark Stone waited by the car.\n\n> "You will regret this."\n\nI went back inside.'
PHOTO = Evidence("0123456789abcdef" * 2, "car Mark.jpg", "image/jpeg", 182_304, "9f" * 32)
DEED = Evidence("fedcba9876543210" * 2, "order.pdf", "application/pdf", 4_096, "e3" * 32)


def _incident(
    number: int,
    moment: dt.datetime,
    zone: str,
    *,
    about: bool = False,
    kinds: tuple[IncidentKind, ...] = (IncidentKind.THREAT,),
    amendments: tuple[Amendment, ...] = (),
    trashed: dt.datetime | None = None,
    **more: object,
) -> Incident:
    given: dict[str, object] = {"account": ACCOUNT, "who": ("Mark Stone",), **more}
    fields = IncidentFields(When(moment, zone, about), kinds, **given)  # type: ignore[arg-type]
    recorded = dt.datetime(2026, 5, 9, 12, number, tzinfo=dt.UTC)
    record_id = f"{number:08d}-0000-4000-8000-000000000000"
    return Incident(record_id, recorded, fields, amendments, trashed)


def _report(incidents: list[Incident], **options: object) -> Report:
    chosen = ReportOptions(**options)  # type: ignore[arg-type]
    return build_report(incidents, chosen, CHAIN, MADE, zone=dt.UTC)


def _numbers(report: Report) -> list[str]:
    return [record.id[:8] for record in report.records]


# ---------------------------------------------------------------------- choosing


def test_records_come_oldest_first_across_time_zones() -> None:
    berlin = _incident(1, dt.datetime(2026, 5, 3, 21, 10, tzinfo=BERLIN), "Europe/Berlin")
    london = _incident(2, dt.datetime(2026, 5, 3, 20, 30, tzinfo=LONDON), "Europe/London")
    york = _incident(3, dt.datetime(2026, 5, 3, 14, 0, tzinfo=NEW_YORK), "America/New_York")
    report = _report([berlin, london, york])
    # 21:10 Berlin is 19:10 UTC, 20:30 London 19:30 UTC, 14:00 New York 18:00 UTC.
    assert _numbers(report) == ["00000003", "00000001", "00000002"]
    assert [record.number for record in report.records] == [1, 2, 3]


def test_the_period_is_the_day_it_happened_where_it_happened() -> None:
    late = _incident(1, dt.datetime(2026, 5, 3, 23, 30, tzinfo=BERLIN), "Europe/Berlin")
    next_day = _incident(2, dt.datetime(2026, 5, 4, 0, 30, tzinfo=BERLIN), "Europe/Berlin")
    report = _report([late, next_day], since=dt.date(2026, 5, 3), until=dt.date(2026, 5, 3))
    assert _numbers(report) == ["00000001"]  # 21:30 UTC on the 3rd; 22:30 UTC is the 4th there
    assert report.first_day == report.last_day == dt.date(2026, 5, 3)


def test_kinds_and_who_filter_as_the_record_reads_now() -> None:
    renamed = Amendment(
        dt.datetime(2026, 5, 9, 13, tzinfo=dt.UTC),
        "It was his brother",
        {"who": ["Paul Stone"], "kinds": ["verbal"]},
    )
    first = _incident(1, dt.datetime(2026, 5, 1, 9, tzinfo=BERLIN), "Europe/Berlin")
    second = _incident(
        2, dt.datetime(2026, 5, 2, 9, tzinfo=BERLIN), "Europe/Berlin", amendments=(renamed,)
    )
    assert _numbers(_report([first, second], kinds=frozenset({IncidentKind.VERBAL}))) == [
        "00000002"
    ]
    assert _numbers(_report([first, second], who="paul stone")) == ["00000002"]
    # who a record named first still finds it, as ``list --who`` does
    assert _numbers(_report([first, second], who="MARK STONE")) == ["00000001", "00000002"]


def test_trashed_records_never_come() -> None:
    kept = _incident(1, dt.datetime(2026, 5, 1, 9, tzinfo=BERLIN), "Europe/Berlin")
    trashed = _incident(2, dt.datetime(2026, 5, 2, 9, tzinfo=BERLIN), "Europe/Berlin", trashed=MADE)
    assert _numbers(_report([kept, trashed])) == ["00000001"]


def test_counts_by_kind_count_a_record_under_each_of_its_kinds() -> None:
    both = (IncidentKind.THREAT, IncidentKind.STALKING)
    one = _incident(1, dt.datetime(2026, 5, 1, 9, tzinfo=BERLIN), "Europe/Berlin", kinds=both)
    two = _incident(2, dt.datetime(2026, 5, 2, 9, tzinfo=BERLIN), "Europe/Berlin")
    assert _report([one, two]).counts == ((IncidentKind.THREAT, 2), (IncidentKind.STALKING, 1))


# ---------------------------------------------------------------------- words


def test_times_say_their_zone_offset_and_about() -> None:
    moment = dt.datetime(2026, 5, 3, 21, 10, tzinfo=BERLIN)
    assert when_words(When(moment, "Europe/Berlin")) == (
        "Sunday, 3 May 2026, 21:10, Europe/Berlin (UTC+02:00)"
    )
    winter = dt.datetime(2026, 1, 3, 7, 5, tzinfo=NEW_YORK)
    assert when_words(When(winter, "America/New_York", about=True)) == (
        "Saturday, 3 January 2026, about 07:05, America/New_York (UTC-05:00)"
    )
    fixed = dt.datetime(2026, 5, 3, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    assert when_words(When(fixed, "")) == "Sunday, 3 May 2026, 09:00, UTC+05:30"
    assert offset_words(dt.datetime(2026, 5, 3, tzinfo=dt.UTC)) == "UTC"
    utc = When(dt.datetime(2026, 5, 3, 9, 0, tzinfo=dt.UTC), "UTC")
    assert when_words(utc) == "Sunday, 3 May 2026, 09:00, UTC"  # said once


# ---------------------------------------------------------------------- amendments


def _amended_record() -> Incident:
    place = Amendment(
        dt.datetime(2026, 5, 9, 13, 0, tzinfo=dt.UTC),
        "I had the place wrong",
        {"place": "the station car park"},
    )
    time = Amendment(
        dt.datetime(2026, 5, 9, 14, 0, tzinfo=dt.UTC),
        "Remembered it was earlier",
        {
            "happened": {
                "moment": "2026-05-03T20:40:00+02:00",
                "zone": "Europe/Berlin",
                "about": True,
            }
        },
    )
    return _incident(
        1,
        dt.datetime(2026, 5, 3, 21, 10, tzinfo=BERLIN),
        "Europe/Berlin",
        place="the car park at work",
        amendments=(place, time),
        evidence=(PHOTO, DEED),
    )


def test_an_amended_record_reads_as_now_and_keeps_every_before_and_after() -> None:
    (record,) = _report([_amended_record()]).records
    assert record.now.place == "the station car park"
    assert record.now.happened.about
    first, second = record.amendments
    assert first.reason == "I had the place wrong"
    (change,) = first.changes
    assert (change.label, change.before, change.after) == (
        "Where",
        "the car park at work",
        "the station car park",
    )
    (moved,) = second.changes
    assert moved.before == "Sunday, 3 May 2026, 21:10, Europe/Berlin (UTC+02:00)"
    assert moved.after == "Sunday, 3 May 2026, about 20:40, Europe/Berlin (UTC+02:00)"


def test_the_html_gives_both_times_amendments_evidence_quotes_chain_and_note() -> None:
    report = _report([_amended_record()])
    cover, record = report_sections(report)
    assert "Incident report" in cover and "1 record" in cover
    assert "ab" * 32 in cover and "it holds" in cover
    assert NOTE.replace("'", "&#x27;") in cover
    assert "Sunday, 3 May 2026, about 20:40, Europe/Berlin (UTC+02:00)" in record
    assert "Saturday, 9 May 2026, 12:01 (UTC)" in record  # recorded, in the report's zone
    assert "page-break-before: always" in record
    assert "Amendment 1" in record and "I had the place wrong" in record
    assert "Where was: the car park at work" in record
    assert "<blockquote>" in record and "You will regret this." in record
    assert PHOTO.sha256 in record and DEED.sha256 in record and "182,304 bytes" in record
    assert f'src="attachment:{PHOTO.attachment}"' in record  # a picture is drawn
    assert f"attachment:{DEED.attachment}" not in record  # a PDF document is only listed


def test_images_only_listed_draw_nothing() -> None:
    report = _report([_amended_record()], images=ImagesShown.LIST)
    page = report_page(report_sections(report))
    assert PHOTO.sha256 in page and "<img" not in page


def test_a_broken_chain_is_said_on_the_cover() -> None:
    broken = ChainState("cd" * 32, "2026-05-10T08:00:00+00:00", 3, "link 2 does not match")
    report = build_report([], ReportOptions(), broken, MADE, zone=dt.UTC)
    (cover,) = report_sections(report)
    assert "it does not hold: link 2 does not match." in cover


def test_an_empty_period_gives_a_cover_that_says_so() -> None:
    report = _report([], since=dt.date(2026, 1, 1), until=dt.date(2026, 1, 31))
    (cover,) = report_sections(report)
    assert "No records match this period" in cover
    assert "from Thursday, 1 January 2026 to Saturday, 31 January 2026" in cover
    assert _rows(report_csv(report)) == [list(HEADER)]


def test_markup_in_a_record_is_text_never_html() -> None:
    hostile = _incident(
        1,
        dt.datetime(2026, 5, 1, 9, tzinfo=BERLIN),
        "Europe/Berlin",
        account='<script>alert(1)</script> <img src="/etc/hostname">',
        place="<b>bold</b>",
        evidence=(Evidence('x" onerror="y', "<i>.png", "image/png", 1, "00" * 32),),
    )
    page = report_page(report_sections(_report([hostile])))
    assert "<script>" not in page and "/etc/hostname" not in page and "<b>bold" not in page
    assert "onerror" not in page.replace("onerror=&quot;", "")  # the bad id is never a source
    assert 'src="attachment:x' not in page


# ---------------------------------------------------------------------- pseudonyms


def test_pseudonyms_hide_every_name_the_records_give() -> None:
    incident = _amended_record()
    report = _report([incident], pseudonyms=True, redactions=(Redaction("Mark", "my ex"),))
    (record,) = report.records
    assert record.now.who == ("M. S.",)
    assert record.now.account.startswith("M. S. waited by the car.")
    assert record.now.evidence[0].name == "car my ex.jpg"
    assert record.now.evidence[0].sha256 == PHOTO.sha256
    page = report_page(report_sections(report))
    assert "Mark" not in page and "Stone" not in page
    assert "the people these records name appear by their initials" in page
    assert "May 2026" in page  # a date is never a name
    assert "Mark" not in report_csv(report).decode("utf-8")


def test_who_asked_for_is_hidden_too() -> None:
    incident = _incident(1, dt.datetime(2026, 5, 1, 9, tzinfo=BERLIN), "Europe/Berlin")
    report = _report([incident], who="Mark Stone", pseudonyms=True)
    assert report.who == "M. S."
    assert "Only records naming M. S." in report_sections(report)[0]


# ---------------------------------------------------------------------- CSV


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(BOM.encode("utf-8"))
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_csv_has_a_row_per_record_with_both_times_and_amendments() -> None:
    report = _report([_amended_record()])
    header, row = _rows(report_csv(report))
    assert tuple(header) == HEADER
    cells = dict(zip(header, row, strict=True))
    assert cells["Happened"] == "2026-05-03T20:40:00+02:00"
    assert cells["Happened (time zone)"] == "Europe/Berlin"
    assert cells["Happened (time is approximate)"] == "about"
    assert cells["Recorded (UTC)"] == "2026-05-09T12:01:00+00:00"
    assert cells["What happened"] == ACCOUNT
    assert cells["Amendments"] == "2"
    assert "I had the place wrong" in cells["Amendments (when, reason, what changed)"]
    assert (
        "Where was: the car park at work; now: the station car park"
        in cells["Amendments (when, reason, what changed)"]
    )
    assert f"car Mark.jpg (SHA-256 {PHOTO.sha256})" in cells["Evidence files (name, SHA-256)"]


def test_csv_cells_are_never_formulas() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert safe_cell(f"{start}cmd|' /C calc'!A0") == f"'{start}cmd|' /C calc'!A0"
    assert safe_cell("2026-05-03") == "2026-05-03"
    hostile = _incident(
        1,
        dt.datetime(2026, 5, 1, 9, tzinfo=BERLIN),
        "Europe/Berlin",
        place='=HYPERLINK("http://x")',
        witnesses="@SUM(1)",
        did="-2+3",
        felt="+1",
    )
    _, row = _rows(report_csv(_report([hostile])))
    assert '\'=HYPERLINK("http://x")' in row and "'@SUM(1)" in row
    assert "'-2+3" in row and "'+1" in row
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
