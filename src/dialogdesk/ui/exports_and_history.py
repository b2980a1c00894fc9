"""What leaves the room and what came before: exports, the history of sessions, follow-ups.

The flow (``ui.flow``) hands these over; everything heavy (the report renderers, the session
engine, the history window) is imported when it is first used, not while the library starts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths

from dialogdesk.datadir import sessions_dir
from dialogdesk.session.store import SessionFileError

if TYPE_CHECKING:
    from dialogdesk.export.history import FollowUp
    from dialogdesk.export.writer import ExportResult
    from dialogdesk.materials.model import Material
    from dialogdesk.ui.history_window import HistoryWindow
    from dialogdesk.ui.preparation_window import PreparationWindow
    from dialogdesk.ui.session_screens import SessionScreens

# Opens the preparation page of a material; None if it cannot, and why is told to the callable.
PrepareMaterial = Callable[["Material", Callable[[str], None]], "PreparationWindow | None"]


def default_export_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "DialogDesk"


def describe_export(result: ExportResult) -> str:
    """Where an export went, or why it did not, in the interface language."""
    from dialogdesk.ui.refusals import save_problem_text  # the session engine: not at start-up

    if result.unclear_dates is not None:
        if result.unclear_dates:
            return QCoreApplication.translate(
                "DialogDesk", "No date could be read in: %1. Write it like 14.01.2027 or “uge 3”."
            ).replace("%1", ", ".join(result.unclear_dates))
        return QCoreApplication.translate(
            "DialogDesk", "The agreement has no dates yet (when the test is done, when to follow up)."
        )
    wanted = str(result.wanted or "")
    if result.path_written is None:
        reasons = "; ".join(dict.fromkeys(save_problem_text(f.problem) for f in result.failures))
        return (
            QCoreApplication.translate("DialogDesk", "Not saved: %1 could not be written anywhere (%2).")
            .replace("%1", Path(wanted).name)
            .replace("%2", reasons)
        )
    saved = QCoreApplication.translate("DialogDesk", "Saved: %1").replace("%1", str(result.path_written))
    if not result.failures:
        return saved
    moved = QCoreApplication.translate("DialogDesk", "%1 could not be written (%2), so it went here instead.")
    return (
        saved
        + " – "
        + moved.replace("%1", wanted).replace("%2", save_problem_text(result.failures[0].problem))
    )


def follow_up_lines(follow_up: FollowUp) -> list[str]:
    """What was agreed, for the preparation page of the session that follows it up."""
    lines = [f"{entry.label}: {entry.value}" for entry in follow_up.agreement if entry.value]
    if follow_up.agreed_proposal is None and follow_up.chosen_card:
        lines.insert(0, follow_up.chosen_card)
    if follow_up.kept_for_next_time and follow_up.material.wrap_up.dot_voting.keep_others_for_next_time:
        kept_label = QCoreApplication.translate("DialogDesk", "Kept for the next discussion: ")
        lines.append(kept_label + "; ".join(follow_up.kept_for_next_time))
    return lines


class ExportsAndHistory:
    """Saves the exports, shows the sessions held on this machine and starts their follow-ups.

    ``prepare`` opens the preparation page of a material (the flow's job); a follow-up adds what
    was agreed last time to it.
    """

    def __init__(self, data: Path, prepare: PrepareMaterial) -> None:
        self.data = data
        self.export_folder = default_export_folder()
        self.window: HistoryWindow | None = None
        self._prepare = prepare

    def fallbacks(self) -> list[Path]:
        """Where an export goes when the export folder refuses it (then the temporary folder)."""
        return [self.data / "exports"]

    # --- exports ------------------------------------------------------------------------------
    def print_material(self, material: Material, kind: str) -> ExportResult:
        from dialogdesk.ui.exports import save_material_print

        return save_material_print(material, kind, self.export_folder, self.fallbacks())

    def export_session(self, running: SessionScreens, kind: str) -> ExportResult:
        from dialogdesk.ui.exports import save_session_export

        result = save_session_export(running.controller.session, kind, self.export_folder, self.fallbacks())
        running.presenter.show_export_result(describe_export(result))
        return result

    # --- history ------------------------------------------------------------------------------
    def show_history(self) -> HistoryWindow:
        from dialogdesk.ui.history_window import HistoryWindow

        if self.window is None:
            self.window = HistoryWindow(sessions_dir(self.data))
            self.window.reportRequested.connect(self.export_past_report)
            self.window.followUpRequested.connect(self.start_follow_up)
        self.window.refresh()
        self.window.show()
        self.window.raise_()
        return self.window

    def hide_history(self) -> None:
        if self.window is not None:
            self.window.hide()

    def _tell(self, text: str) -> None:
        if self.window is not None:
            self.window.show_message(text)

    def export_past_report(self, path: Path) -> ExportResult | None:
        """The PDF report of a session held before, as it stood when it was last changed."""
        from dialogdesk.export.history import open_read_only, past_report
        from dialogdesk.ui.exports import save_session_export

        try:
            session = open_read_only(path)
        except SessionFileError as error:
            self._tell(str(error))
            return None
        report = past_report(session)  # not "now": its times belong to the process that ran it
        result = save_session_export(session, "pdf", self.export_folder, self.fallbacks(), report=report)
        self._tell(describe_export(result))
        return result

    # --- follow-up ----------------------------------------------------------------------------
    def start_follow_up(self, path: Path) -> PreparationWindow | None:
        """A new session of the same material, with what was agreed on the preparation page."""
        from dialogdesk.export.history import follow_up_of

        try:
            follow_up = follow_up_of(path)
        except SessionFileError as error:
            self._tell(str(error))
            return None
        preparation = self._prepare(follow_up.material, self._tell)
        if preparation is None:
            return None
        self.hide_history()
        preparation.follows_up = follow_up.session_id
        preparation.show_earlier_agreement(follow_up_lines(follow_up))
        return preparation

    def earlier_agreement(self, material_id: str) -> list[str]:
        """The agreement of the last finished session of this material, to follow it up."""
        from dialogdesk.export.history import follow_up_of, list_past_sessions

        past, _ = list_past_sessions(sessions_dir(self.data))
        latest = next((p for p in past if p.finished and p.material_id == material_id), None)
        if latest is None:
            return []
        try:
            return follow_up_lines(follow_up_of(latest.path))
        except SessionFileError:
            return []
