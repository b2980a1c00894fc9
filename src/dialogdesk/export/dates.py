"""Dates as a Danish facilitator types them in the agreement, and dates written out in words.

``parse_agreement_date`` reads "14. januar", "14/1", "14.01.2027", "2027-01-14", "14. jan kl. 10",
"uge 3", "om 2 uger", "i morgen" or "på torsdag" and gives a date, or a datetime when a time
of day is given (naive, in local time: Europe/Copenhagen). When the text could mean more than one
day, or holds numbers it cannot place, it gives None and the UI asks.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# Windows has no system time zone database: the ``tzdata`` package provides it.
LOCAL_ZONE = ZoneInfo("Europe/Copenhagen")

MONTHS = {
    "jan": 1,
    "januar": 1,
    "feb": 2,
    "februar": 2,
    "mar": 3,
    "marts": 3,
    "apr": 4,
    "april": 4,
    "maj": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
WEEKDAYS = {"mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6}
NUMBER_WORDS = {
    "en": 1,
    "et": 1,
    "én": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "fjorten": 14,
}

_LETTER = "a-zæøåé"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMBER = r"\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

_TIME_PATTERNS = (
    # "kl. 10", "kl 10.30", "kl. 9:15", "kl. 9-10" (the end of a range is read and left out)
    re.compile(
        r"\bkl\.?\s*(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?(?!\d)"
    ),
    re.compile(r"(?<![\d.:])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?![\d:])"),  # "10:30"
)
_ISO = re.compile(r"(?<![\d.\-/])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d\-])")
_NUMERIC = re.compile(
    r"(?<![\d.\-/])(?P<day>\d{1,2})[./-](?P<month>\d{1,2})"
    r"(?:[./-](?P<year>\d{4}|\d{2})|\s+(?P<spaced_year>\d{4}))?\.?(?![\d/])"
)
_MONTH_NAME = re.compile(
    rf"(?<![\d.])(?P<day>\d{{1,2}})\.?\s*(?P<month>{_MONTH_NAMES})\.?(?![{_LETTER}])(?:\s*(?P<year>\d{{4}}))?"
)
_WEEK = re.compile(rf"(?<![{_LETTER}])uge\s*(?P<week>\d{{1,2}})(?!\d)(?:\s*(?:i\s+|,\s*)?(?P<year>\d{{4}}))?")
_NEXT_WEEK = re.compile(rf"(?<![{_LETTER}])næste\s+uge(?![{_LETTER}])")
_RELATIVE = re.compile(
    rf"(?<![{_LETTER}])om\s+(?P<count>{_NUMBER})\s+"
    rf"(?P<unit>dage|dag|uger|uge|måneder|måned|mdr|md)\.?(?![{_LETTER}])"
)
_DAY_WORDS = re.compile(rf"(?<![{_LETTER}])i\s+(?P<word>overmorgen|morgen|dag)(?![{_LETTER}])")
_WEEKDAY = re.compile(
    rf"(?<![{_LETTER}])(?:(?P<next>næste)\s+)?(?:på\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})(?:en)?(?![{_LETTER}])"
)


class _Unclear(Exception):
    """The text names a date that does not exist or could mean more than one day."""


def parse_agreement_date(text: str, today: date) -> date | datetime | None:
    """The day (and time of day, if given) that ``text`` names, or None if it cannot tell.

    Dates without a year are the next such day from ``today`` on; "uge 3" is the Monday of ISO week 3
    (this year's, or next year's if that week is over); "om 2 uger" counts from ``today``.
    """
    normalised = " " + re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().lower() + " "
    try:
        normalised, at = _take_time(normalised)
        days, weekday = _take_days(normalised, today)
    except _Unclear:
        return None
    if len(set(days)) != 1:
        return None  # no date, or two different ones ("14/1 eller 21/1")
    day = days[0]
    if weekday is not None and day.weekday() != weekday:
        return None  # "tirsdag den 14. januar" on a year when the 14th is a Thursday
    return datetime.combine(day, at) if at is not None else day


def _blank(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


def _take_time(text: str) -> tuple[str, time | None]:
    found: list[time] = []
    for pattern in _TIME_PATTERNS:
        while (match := pattern.search(text)) is not None:
            hour, minute = int(match["hour"]), int(match["minute"] or 0)
            if hour > 23 or minute > 59:
                raise _Unclear
            found.append(time(hour, minute))
            text = _blank(text, match)
    if len(set(found)) > 1:
        raise _Unclear
    return text, (found[0] if found else None)


def _year_for(day: int, month: int, today: date) -> date:
    """The next ``day``/``month`` from ``today`` on."""
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise _Unclear


def _full_year(year: str) -> int:
    return int(year) + 2000 if len(year) == 2 else int(year)


def _calendar_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _Unclear from None


def _week_monday(week: int, year: int | None, today: date) -> date:
    years = (year,) if year is not None else (today.isocalendar().year, today.isocalendar().year + 1)
    for candidate_year in years:
        try:
            monday = date.fromisocalendar(candidate_year, week, 1)
        except ValueError:
            continue
        if year is not None or monday + timedelta(days=6) >= today:
            return monday
    raise _Unclear


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _take_days(text: str, today: date) -> tuple[list[date], int | None]:
    days: list[date] = []
    for match in list(_ISO.finditer(text)):
        days.append(_calendar_date(int(match["year"]), int(match["month"]), int(match["day"])))
        text = _blank(text, match)
    for match in list(_MONTH_NAME.finditer(text)):
        day, month = int(match["day"]), MONTHS[match["month"]]
        year = match["year"]
        days.append(_calendar_date(int(year), month, day) if year else _year_for(day, month, today))
        text = _blank(text, match)
    for match in list(_NUMERIC.finditer(text)):
        day, month = int(match["day"]), int(match["month"])
        year = match["year"] or match["spaced_year"]
        if not 1 <= month <= 12:
            raise _Unclear
        days.append(_calendar_date(_full_year(year), month, day) if year else _year_for(day, month, today))
        text = _blank(text, match)
    for match in list(_WEEK.finditer(text)):
        year = int(match["year"]) if match["year"] else None
        days.append(_week_monday(int(match["week"]), year, today))
        text = _blank(text, match)
    for match in list(_NEXT_WEEK.finditer(text)):
        days.append(today - timedelta(days=today.weekday()) + timedelta(weeks=1))
        text = _blank(text, match)
    for match in list(_RELATIVE.finditer(text)):
        count, unit = _count(match["count"]), match["unit"]
        if unit.startswith("dag"):
            days.append(today + timedelta(days=count))
        elif unit.startswith("uge"):
            days.append(today + timedelta(weeks=count))
        else:
            days.append(_add_months(today, count))
        text = _blank(text, match)
    for match in list(_DAY_WORDS.finditer(text)):
        days.append(today + timedelta(days={"dag": 0, "morgen": 1, "overmorgen": 2}[match["word"]]))
        text = _blank(text, match)
    weekday: int | None = None
    for match in list(_WEEKDAY.finditer(text)):
        if match["next"]:
            raise _Unclear  # "næste torsdag": this week's or next week's? The UI asks.
        if weekday is not None and weekday != WEEKDAYS[match["weekday"]]:
            raise _Unclear
        weekday = WEEKDAYS[match["weekday"]]
        text = _blank(text, match)
    if re.search(r"\d", text):
        raise _Unclear  # a number left over that is neither day, month, year nor time
    if not days and weekday is not None:
        days.append(today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1))
    return days, weekday


# --- writing dates out --------------------------------------------------------------------------
DANISH_DATE_WORDS: Mapping[str, str] = {
    "fmt_months": "januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december",
    "fmt_weekdays": "mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag",
    "fmt_date": "{day}. {month} {year}",
    "fmt_long_date": "{weekday} den {day}. {month} {year}",
    "fmt_clock": "{hour:02d}.{minute:02d}",
    "fmt_time": "kl. {clock}",
    "fmt_date_time": "{date} {time}",
}


def format_date(day: date, words: Mapping[str, str] = DANISH_DATE_WORDS, *, weekday: bool = False) -> str:
    """'14. januar 2027', or with ``weekday`` 'torsdag den 14. januar 2027'."""
    month = words["fmt_months"].split(",")[day.month - 1]
    name = words["fmt_weekdays"].split(",")[day.weekday()]
    pattern = words["fmt_long_date"] if weekday else words["fmt_date"]
    return pattern.format(day=day.day, month=month, year=day.year, weekday=name)


def format_clock(moment: time | datetime, words: Mapping[str, str] = DANISH_DATE_WORDS) -> str:
    """'09.30'."""
    return words["fmt_clock"].format(hour=moment.hour, minute=moment.minute)


def format_time(moment: time | datetime, words: Mapping[str, str] = DANISH_DATE_WORDS) -> str:
    """'kl. 09.30'."""
    return words["fmt_time"].format(clock=format_clock(moment, words))


def format_when(
    when: date | datetime, words: Mapping[str, str] = DANISH_DATE_WORDS, *, weekday: bool = True
) -> str:
    """A parsed agreement date in words: 'torsdag den 14. januar 2027 kl. 10.00'."""
    if isinstance(when, datetime):
        return words["fmt_date_time"].format(
            date=format_date(when.date(), words, weekday=weekday), time=format_time(when, words)
        )
    return format_date(when, words, weekday=weekday)


def local_datetime(wall_ns: int, zone: ZoneInfo = LOCAL_ZONE) -> datetime:
    """A wall-clock timestamp (ns since the epoch) as an aware datetime in ``zone``."""
    return datetime.fromtimestamp(wall_ns / 1_000_000_000, zone)
