"""The Qt-free parts of the export layer import and work with PySide6 blocked."""

from __future__ import annotations

import textwrap

from tests.no_qt import run_without_qt

SCRIPT = textwrap.dedent(
    """
    from datetime import date

    from dialogdesk.export import calendar, dates, history, labels, report, writer
    from dialogdesk.export.samples import run_sample_session, sample_material

    material = sample_material()
    session = run_sample_session(material)
    data = report.build_report(material, session.state, session.now(), session_id=session.id)
    assert "Referat fra dialogen" in report.render_markdown(data)
    assert calendar.build_calendar(data).ics.startswith(b"BEGIN:VCALENDAR")
    assert dates.parse_agreement_date("uge 3", date(2026, 11, 20)) == date(2027, 1, 18)
    print("ok")
    """
)


def test_qt_free_export_modules_run_without_qt() -> None:
    result = run_without_qt(SCRIPT)

    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.stdout.strip() == "ok"
