"""The Qt-free parts of the export layer import and work with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent(
    """
    import sys
    from datetime import date

    class NoQt:
        @staticmethod
        def find_spec(name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt is not available here: {name}")
            return None

    sys.meta_path.insert(0, NoQt())

    from dialogdesk.export import calendar, dates, history, labels, report, writer
    from dialogdesk.export.samples import run_sample_session, sample_material

    material = sample_material()
    session = run_sample_session(material)
    data = report.build_report(material, session.state, session.now(), session_id=session.id)
    assert "Referat fra dialogen" in report.render_markdown(data)
    assert calendar.build_calendar(data).ics.startswith(b"BEGIN:VCALENDAR")
    assert dates.parse_agreement_date("uge 3", date(2026, 11, 20)) == date(2027, 1, 18)
    leaked = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
    assert not leaked, leaked
    print("ok")
    """
)


def test_qt_free_export_modules_run_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.stdout.strip() == "ok"
