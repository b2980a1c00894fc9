"""The agreed follow-up dates as an iCalendar (.ics) file that Outlook, Google and Apple import.

One event per date field of the agreement that was filled in ("Afprøvningen er gennemført",
"Opfølgning på afprøvningen"): an all-day event for a date, a one-hour event for a date with a
time, in Europe/Copenhagen. The UID is stable per session and field, so importing the file again
updates the events instead of doubling them. A text the date parser cannot read becomes no
event; the caller gets it back in ``CalendarExport.unclear`` to ask the facilitator, and passes
the answer in ``dates``.

Outlook for Windows does not read a time zone described by a list of dates (RDATE) and shifts
summer events by an hour, so the VTIMEZONE here is the yearly rule (last Sunday of March and
October) that Outlook itself writes, checked against the time zone database for the years used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from dialogdesk import __version__
from dialogdesk.export.dates import LOCAL_ZONE, format_date
from dialogdesk.export.labels import CALENDAR_DA
from dialogdesk.export.report import AgreementEntry, ReportData
from dialogdesk.materials.model import AgreementFieldKind

EVENT_MINUTES = 60
UID_DOMAIN = "dialogdesk.invalid"  # not a real host: the UID only has to be unique and stable


@dataclass(frozen=True)
class CalendarExport:
    """The .ics file, the events in it, and the date fields it could not place."""

    ics: bytes
    events: tuple[AgreementEntry, ...]
    unclear: tuple[AgreementEntry, ...]


def event_uid(session_id: str, field_id: str) -> str:
    return f"{session_id}-{field_id}@{UID_DOMAIN}"


def _session_key(report: ReportData) -> str:
    if report.session_id:
        return report.session_id
    moment = report.started or report.made
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%S}-{report.material_id}"


def _description(report: ReportData, labels: Mapping[str, str]) -> str:
    lines = [
        labels["agreed_at"].format(
            material=report.material_title, date=format_date(report.held_on, labels, weekday=False)
        ),
        "",
    ]
    lines += [labels["line"].format(label=e.label, value=e.value) for e in report.agreement if e.value]
    return "\n".join(lines)


def _event(
    report: ReportData,
    entry: AgreementEntry,
    when: date | datetime,
    zone: ZoneInfo,
    labels: Mapping[str, str],
) -> Event:
    proposal = report.agreed_proposal
    summary = (
        labels["summary"].format(label=entry.label, proposal=proposal)
        if proposal
        else labels["summary_without_proposal"].format(label=entry.label, material=report.material_title)
    )
    event = Event()
    event.add("uid", event_uid(_session_key(report), entry.field_id))
    event.add("dtstamp", report.made.astimezone(UTC))
    event.add("sequence", 0)
    event.add("summary", summary)
    event.add("description", _description(report, labels))
    if isinstance(when, datetime):
        start = when.replace(tzinfo=zone) if when.tzinfo is None else when.astimezone(zone)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=EVENT_MINUTES))
        event.add("transp", "OPAQUE")
    else:
        event.add("dtstart", when)
        event.add("dtend", when + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a deadline, not a day taken up by a meeting
        event.add("x-microsoft-cdo-alldayevent", "TRUE")
    return event


# --- the time zone ------------------------------------------------------------------------------
def _last_sunday(year: int, month: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _follows_eu_rule(zone: ZoneInfo, years: range) -> bool:
    """Whether ``zone`` is CET/CEST with the EU's switch at 01:00 UTC on those years."""
    hour, minute = timedelta(hours=1), timedelta(minutes=1)
    for year in years:
        for month, before, after in ((3, hour, 2 * hour), (10, 2 * hour, hour)):
            switch = datetime.combine(_last_sunday(year, month), time(1), UTC)
            if (switch - minute).astimezone(zone).utcoffset() != before:
                return False
            if (switch + minute).astimezone(zone).utcoffset() != after:
                return False
    return True


def _eu_timezone(tzid: str) -> Timezone:
    timezone = Timezone()
    timezone.add("tzid", tzid)
    daylight = TimezoneDaylight()
    daylight.add("dtstart", datetime(1981, 3, 29, 2, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    daylight.add("tzoffsetfrom", timedelta(hours=1))
    daylight.add("tzoffsetto", timedelta(hours=2))
    daylight.add("tzname", "CEST")
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1996, 10, 27, 3, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    standard.add("tzoffsetfrom", timedelta(hours=2))
    standard.add("tzoffsetto", timedelta(hours=1))
    standard.add("tzname", "CET")
    timezone.add_component(standard)
    timezone.add_component(daylight)
    return timezone


def _vtimezone(zone: ZoneInfo, days: list[date]) -> Timezone:
    years = range(min(days).year - 1, max(days).year + 2)
    if _follows_eu_rule(zone, years):
        return _eu_timezone(zone.key)
    # The rules changed (or another zone): describe the transitions one by one.
    return Timezone.from_tzinfo(zone, zone.key, date(years.start, 1, 1), date(years.stop, 1, 1))


# --- the file -------------------------------------------------------------------------------------
def build_calendar(
    report: ReportData,
    *,
    dates: Mapping[str, date | datetime] | None = None,
    zone: ZoneInfo = LOCAL_ZONE,
    labels: Mapping[str, str] = CALENDAR_DA,
) -> CalendarExport:
    """The follow-up events of ``report``; ``dates`` gives the day for a field the parser could not read.

    Naive datetimes (from the parser or in ``dates``) are local times in ``zone``.
    """
    given = dates or {}
    events: list[AgreementEntry] = []
    unclear: list[AgreementEntry] = []
    for entry in report.agreement:
        if entry.kind is not AgreementFieldKind.DATE:
            continue
        when = given.get(entry.field_id, entry.when)
        if when is None:
            if entry.value:
                unclear.append(entry)
            continue
        events.append(replace(entry, when=when))

    calendar = Calendar()
    calendar.add("prodid", f"-//DialogDesk//DialogDesk {__version__}//DA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", labels["calendar_name"].format(material=report.material_title))
    calendar.add("x-wr-timezone", zone.key)
    timed = [e.when for e in events if isinstance(e.when, datetime)]
    if timed:
        calendar.add_component(_vtimezone(zone, [moment.date() for moment in timed]))
    for entry in events:
        assert entry.when is not None
        calendar.add_component(_event(report, entry, entry.when, zone, labels))
    return CalendarExport(calendar.to_ical(), tuple(events), tuple(unclear))
