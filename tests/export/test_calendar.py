"""The follow-up dates as an .ics file: read back with icalendar, the way a calendar program would."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from dialogdesk.export.calendar import build_calendar, event_uid
from dialogdesk.export.report import ReportData, build_report

from .scripted import AGREEMENT, ScriptedSession, run_script

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


@pytest.fixture(scope="module")
def scripted() -> ScriptedSession:
    return run_script()


def _report(scripted: ScriptedSession) -> ReportData:
    session = scripted.session
    return build_report(scripted.material, session.state, session.now(), session_id=session.id)


def _events(ics: bytes) -> dict[str, Event]:
    calendar = Calendar.from_ical(ics)
    return {str(event["uid"]).split("-")[-1].split("@")[0]: event for event in calendar.walk("VEVENT")}


def test_one_event_per_date_with_the_agreed_days(scripted: ScriptedSession) -> None:
    # Given the script's agreement: test done "14. januar", follow-up "15/6-2027 kl. 13"
    export = build_calendar(_report(scripted))

    # Then the file reads back as a calendar with two events and nothing unclear
    calendar = Calendar.from_ical(export.ics)
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["method"]) == "PUBLISH"
    events = _events(export.ics)
    assert set(events) == {"test_done", "follow_up"}
    assert export.unclear == ()

    # The test is done on a day: an all-day event (DTEND the next day, a date, not a time)
    done = events["test_done"]
    assert done.decoded("dtstart") == date(2027, 1, 14)
    assert done.decoded("dtend") == date(2027, 1, 15)
    assert done["dtstart"].params["VALUE"] == "DATE"
    assert str(done["transp"]) == "TRANSPARENT"

    # The follow-up meeting is at 13:00 for an hour, in Copenhagen, in summer time (+02:00)
    meeting = events["follow_up"]
    start, end = meeting.decoded("dtstart"), meeting.decoded("dtend")
    assert start == datetime(2027, 6, 15, 13, 0, tzinfo=COPENHAGEN)
    assert end - start == timedelta(hours=1)
    assert meeting["dtstart"].params["TZID"] == "Europe/Copenhagen"
    assert meeting["dtend"].params["TZID"] == "Europe/Copenhagen"
    assert start.utcoffset() == timedelta(hours=2)
    assert start.astimezone(UTC) == datetime(2027, 6, 15, 11, 0, tzinfo=UTC)


def test_summary_and_description_are_danish_with_proposal_and_who(scripted: ScriptedSession) -> None:
    events = _events(build_calendar(_report(scripted)).ics)

    assert str(events["test_done"]["summary"]) == f"Afprøvningen er gennemført: {AGREEMENT['proposal']}"
    assert str(events["follow_up"]["summary"]) == f"Opfølgning på afprøvningen: {AGREEMENT['proposal']}"
    description = str(events["follow_up"]["description"])
    assert "Aftalt ved dialogen »Forventningsafstemning om digital hjælp« 19. november 2026." in description
    assert f"Ansvarlig: {AGREEMENT['responsible']}" in description
    assert f"Hvem deltager: {AGREEMENT['participants']}" in description
    assert f"Hvordan I afprøver forslaget: {AGREEMENT['how']}" in description


def test_uid_is_stable_per_session_and_field(scripted: ScriptedSession) -> None:
    report = _report(scripted)
    first = _events(build_calendar(report).ics)
    later = _events(build_calendar(replace(report, made=report.made + timedelta(days=3))).ics)

    assert str(first["follow_up"]["uid"]) == event_uid(scripted.session.id, "follow_up")
    assert {k: str(e["uid"]) for k, e in first.items()} == {k: str(e["uid"]) for k, e in later.items()}
    assert str(first["test_done"]["uid"]) != str(first["follow_up"]["uid"])
    other = run_script()
    assert other.session.id != scripted.session.id
    assert str(_events(build_calendar(_report(other)).ics)["follow_up"]["uid"]) != str(
        first["follow_up"]["uid"]
    )


def test_winter_time_is_one_hour_ahead_of_utc(scripted: ScriptedSession) -> None:
    report = _report(scripted)
    export = build_calendar(report, dates={"follow_up": datetime(2027, 1, 18, 10, 0)})

    start = _events(export.ics)["follow_up"].decoded("dtstart")
    assert start.utcoffset() == timedelta(hours=1)
    assert start.astimezone(UTC) == datetime(2027, 1, 18, 9, 0, tzinfo=UTC)


def test_the_time_zone_rule_in_the_file_matches_the_time_zone_database(scripted: ScriptedSession) -> None:
    # Outlook reads the VTIMEZONE, not the name: the rule written must give the right offsets.
    export = build_calendar(_report(scripted))
    calendar = Calendar.from_ical(export.ics)
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["tzid"]) == "Europe/Copenhagen"
    assert "RDATE" not in export.ics.decode()  # Outlook shifts events by an hour with RDATE lists
    from_file = timezone.to_tz()
    for day in range(0, 12 * 365, 5):  # every fifth day of 2026-2037, at the hours DST switches
        for hour in (0, 1, 2, 3, 4, 12):
            moment = datetime(2026, 1, 1, hour) + timedelta(days=day)
            assert (
                moment.replace(tzinfo=from_file).utcoffset() == moment.replace(tzinfo=COPENHAGEN).utcoffset()
            )


def test_a_zone_without_the_eu_rule_is_described_by_its_transitions(scripted: ScriptedSession) -> None:
    zone = ZoneInfo("America/Sao_Paulo")  # no daylight saving time since 2019
    export = build_calendar(_report(scripted), zone=zone)

    calendar = Calendar.from_ical(export.ics)
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["tzid"]) == "America/Sao_Paulo"
    start = _events(export.ics)["follow_up"].decoded("dtstart")
    assert start.utcoffset() == timedelta(hours=-3)


def test_unclear_dates_are_handed_back_and_answered(scripted: ScriptedSession) -> None:
    # Given a follow-up typed as "efter sommerferien", which names no day
    report = _report(scripted)
    entries = tuple(
        replace(e, value="efter sommerferien", when=None) if e.field_id == "follow_up" else e
        for e in report.agreement
    )
    report = replace(report, agreement=entries)

    # When the calendar is built, the follow-up is no event and comes back as unclear
    export = build_calendar(report)
    assert set(_events(export.ics)) == {"test_done"}
    assert [entry.field_id for entry in export.unclear] == ["follow_up"]

    # When the facilitator answers the question, it becomes an all-day event on that day
    answered = build_calendar(report, dates={"follow_up": date(2027, 8, 16)})
    assert answered.unclear == ()
    assert _events(answered.ics)["follow_up"].decoded("dtstart") == date(2027, 8, 16)


def test_no_dates_no_events_and_no_time_zone(scripted: ScriptedSession) -> None:
    report = _report(scripted)
    report = replace(report, agreement=tuple(replace(e, value="", when=None) for e in report.agreement))

    export = build_calendar(report)

    assert export.events == () and export.unclear == ()
    calendar = Calendar.from_ical(export.ics)
    assert calendar.walk("VEVENT") == [] and calendar.walk("VTIMEZONE") == []


def test_the_file_is_crlf_utf8(scripted: ScriptedSession) -> None:
    ics = build_calendar(_report(scripted)).ics
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"\n" not in ics.replace(b"\r\n", b"")
    assert "Afprøvningen".encode() in ics.replace(b"\r\n ", b"")
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))
