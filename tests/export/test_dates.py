"""What a Danish facilitator types for a date, read as a day (and a time), or None when unclear."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dialogdesk.export.dates import format_date, format_when, parse_agreement_date
from dialogdesk.export.labels import REPORT_EN

TODAY = date(2026, 11, 20)  # a Friday in ISO week 47


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Day and month: the next such day from today on.
        ("14. januar", date(2027, 1, 14)),
        ("14 januar", date(2027, 1, 14)),
        ("d. 14. jan.", date(2027, 1, 14)),
        ("den 30. november", date(2026, 11, 30)),
        ("20. november", TODAY),
        ("19. november", date(2027, 11, 19)),
        ("1. Marts", date(2027, 3, 1)),
        ("14/1", date(2027, 1, 14)),
        ("14.1.", date(2027, 1, 14)),
        ("30/11", date(2026, 11, 30)),
        # With a year.
        ("14.01.2027", date(2027, 1, 14)),
        ("14-1-2027", date(2027, 1, 14)),
        ("14/1-27", date(2027, 1, 14)),
        ("14/1 2027", date(2027, 1, 14)),
        ("14. januar 2028", date(2028, 1, 14)),
        ("2027-01-14", date(2027, 1, 14)),
        # A time of day makes a datetime.
        ("14. jan kl. 10", datetime(2027, 1, 14, 10, 0)),
        ("14/1 kl 9.30", datetime(2027, 1, 14, 9, 30)),
        ("14. jan 10:00", datetime(2027, 1, 14, 10, 0)),
        ("Senest 14. januar kl. 10-11", datetime(2027, 1, 14, 10, 0)),
        ("den 3. marts 2027 kl. 14:15", datetime(2027, 3, 3, 14, 15)),
        # Weeks: the Monday of the ISO week; this year's unless that week is over.
        ("uge 3", date(2027, 1, 18)),
        ("i uge 48", date(2026, 11, 23)),
        ("uge 47", date(2026, 11, 16)),
        ("uge 46", date(2027, 11, 15)),
        ("uge 53 2026", date(2026, 12, 28)),
        ("uge 3 kl. 10", datetime(2027, 1, 18, 10, 0)),
        ("næste uge", date(2026, 11, 23)),
        # Relative to today.
        ("om 2 uger", date(2026, 12, 4)),
        ("om to uger", date(2026, 12, 4)),
        ("om 14 dage", date(2026, 12, 4)),
        ("om fjorten dage", date(2026, 12, 4)),
        ("om en måned", date(2026, 12, 20)),
        ("om 3 måneder", date(2027, 2, 20)),
        ("i dag", TODAY),
        ("i morgen kl. 9", datetime(2026, 11, 21, 9, 0)),
        ("i overmorgen", date(2026, 11, 22)),
        ("på torsdag", date(2026, 11, 26)),
        ("fredag", date(2026, 11, 27)),  # today is Friday: the next one
        ("torsdag den 14. januar", date(2027, 1, 14)),
        ("TORSDAG D. 14/1", date(2027, 1, 14)),
    ],
)
def test_readable_dates(typed: str, expected: date) -> None:
    assert parse_agreement_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "efter sommerferien",
        "snarest",
        "kl. 10",  # a time without a day
        "14/1 eller 21/1",  # two days
        "14. januar eller uge 3",
        "næste torsdag",  # this week's or next week's?
        "mandag den 14. januar",  # 14 January 2027 is a Thursday
        "1/14",  # no 14th month
        "31/4",  # no 31 April
        "2027-02-30",
        "29. februar",  # neither this year nor the next has one
        "uge 54",
        "14/1 kl. 25",
        "10.30",  # a time without 'kl.' is not a day
        "14/1, 3 personer",  # a number it cannot place
    ],
)
def test_unclear_dates_give_none(typed: str) -> None:
    assert parse_agreement_date(typed, TODAY) is None


def test_dates_in_words() -> None:
    assert format_date(date(2027, 1, 14)) == "14. januar 2027"
    assert format_date(date(2027, 1, 14), weekday=True) == "torsdag den 14. januar 2027"
    assert format_when(datetime(2027, 6, 15, 13, 5)) == "tirsdag den 15. juni 2027 kl. 13.05"
    assert format_when(datetime(2027, 6, 15, 13, 5), REPORT_EN) == "Tuesday 15 June 2027 at 13:05"
