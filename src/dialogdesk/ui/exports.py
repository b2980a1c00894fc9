"""Saving what leaves the room: the session report, the calendar file, the drejebog and handout.

All of them are in the material's language (``Material.language``), not the interface's: they
belong to the room, like the projector. Files go to the user's Documents/DialogDesk folder; when
that fails (no permission, disk full) the export writer tries the data folder and then the
temporary folder, and says where it went. No file dialog: the facilitator is standing in front
of a room.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from dialogdesk.export.calendar import build_calendar
from dialogdesk.export.drejebog import render_drejebog_pdf, render_handout_pdf
from dialogdesk.export.labels import calendar_labels, drejebog_labels, report_in_language, report_labels
from dialogdesk.export.report import ReportData, build_report, render_markdown
from dialogdesk.export.report_pdf import render_report_pdf
from dialogdesk.export.writer import ExportResult, export_file
from dialogdesk.materials.model import Material
from dialogdesk.session.clock import NS_PER_SECOND
from dialogdesk.session.engine import Session

REPORT_KINDS = ("pdf", "md", "ics")


def session_report(session: Session) -> ReportData:
    return build_report(session.material, session.state, session.now(), session_id=session.id)


def _stem(session: Session) -> str:
    started = session.state.started_at or session.now()
    day = datetime.fromtimestamp(started.wall_ns / NS_PER_SECOND).strftime("%Y-%m-%d")
    return f"{day} {session.material.id}"


def save_session_export(
    session: Session, kind: str, folder: Path, fallbacks: list[Path], *, report: ReportData | None = None
) -> ExportResult:
    """Write the report (``pdf`` or ``md``) or the follow-up calendar (``ics``) of ``session``.

    ``report``: the report as it stands (a past session's, at its last moment); else as of now.
    """
    language = session.material.language
    labels = report_labels(language)
    report = report_in_language(report or session_report(session), session.material, labels)
    if kind == "pdf":
        data = render_report_pdf(report, labels).data
        name = f"{_stem(session)} {labels['file_name']}.pdf"
    elif kind == "md":
        data = render_markdown(report, labels).encode("utf-8")
        name = f"{_stem(session)} {labels['file_name']}.md"
    elif kind == "ics":
        words = calendar_labels(language)
        calendar = build_calendar(report, labels=words)
        if not calendar.events:
            unclear = tuple(getattr(entry, "label", "") for entry in calendar.unclear)
            return ExportResult(None, _no_dates_message(unclear), unclear_dates=unclear)
        data = calendar.ics
        name = f"{_stem(session)} {words['file_name']}.ics"
    else:
        raise ValueError(f"unknown export kind {kind!r}")
    return export_file(data, folder / name, fallbacks)


def _no_dates_message(unclear: tuple[str, ...]) -> str:
    """For logs; the window words ``ExportResult.unclear_dates`` itself."""
    if unclear:
        return f"No date could be read in: {', '.join(unclear)}. Write it like 14.01.2027 or 'uge 3'."
    return "The agreement has no dates yet (when the test is done, when to follow up)."


def save_material_print(material: Material, kind: str, folder: Path, fallbacks: list[Path]) -> ExportResult:
    """The printable drejebog (``drejebog``) or the participants' handout (``handout``)."""
    labels = drejebog_labels(material.language)
    if kind == "drejebog":
        document = render_drejebog_pdf(material, labels)
        name = f"{labels['file_name']} – {material.title}.pdf"
    elif kind == "handout":
        document = render_handout_pdf(material, labels)
        name = f"{labels['handout_file_name']} – {material.title}.pdf"
    else:
        raise ValueError(f"unknown print kind {kind!r}")
    return export_file(document.data, folder / name, fallbacks)
