"""Past sessions: the list to pick from, a read-only look at one, and what a follow-up starts from.

The list reads only each file's summary (its first line and last record; no log, no replay), so
it stays quick with many sessions. Opening one replays its log without taking over its file
(``recover=False``): looking at history never changes it. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dialogdesk.datadir import sessions_dir
from dialogdesk.export.dates import local_datetime
from dialogdesk.export.report import AgreementEntry, ReportData, build_report
from dialogdesk.materials.model import AgreementFieldKind, Material
from dialogdesk.session.clock import Instant
from dialogdesk.session.engine import Session
from dialogdesk.session.store import ListedSession, list_sessions


@dataclass(frozen=True)
class PastSession:
    """One line of the history list."""

    path: Path
    session_id: str
    material_id: str
    material_title: str
    held: datetime | None  # when it started (local time); when it was created if it never started
    finished: bool
    decision: str | None  # the agreed proposal, or the card chosen on the board


@dataclass(frozen=True)
class FollowUp:
    """What a follow-up session takes from a past one."""

    session_id: str
    material: Material
    held_on: date | None
    agreed_proposal: str | None
    chosen_card: str | None
    agreement: tuple[AgreementEntry, ...]
    kept_for_next_time: tuple[str, ...]

    @property
    def follow_up_dates(self) -> tuple[AgreementEntry, ...]:
        return tuple(e for e in self.agreement if e.kind is AgreementFieldKind.DATE and e.value)


def _past_session(listed: ListedSession) -> PastSession:
    summary = listed.summary
    held = summary.started_wall_ns if summary.started_wall_ns is not None else summary.created_wall_ns
    return PastSession(
        path=listed.path,
        session_id=summary.session_id,
        material_id=summary.material_id,
        material_title=summary.material_title or listed.path.stem,
        held=local_datetime(held) if held else None,
        finished=listed.finished,
        decision=summary.agreed_proposal or summary.chosen_proposal,
    )


def list_past_sessions(folder: Path | None = None) -> tuple[list[PastSession], list[str]]:
    """The sessions in ``folder`` (default: the data folder's sessions), newest first,
    and a message for each file that could not be read."""
    records, problems = list_sessions(folder or sessions_dir())
    past = [_past_session(record) for record in records]
    past.sort(key=lambda item: item.held.timestamp() if item.held else 0, reverse=True)
    return past, problems


def open_read_only(path: Path) -> Session:
    """The session in ``path`` rebuilt from its log; its file is not touched.

    Raises SessionFileError (with a message naming the file) if it cannot be read or replayed.
    """
    return Session.open(path, recover=False)


def last_moment(session: Session) -> Instant:
    """The moment a past session stands at: its end, or its last event.

    A past session's monotonic times belong to the process that ran it, so "now" for its report is
    the last moment it recorded, never the clock of today.
    """
    if session.state.ended_at is not None:
        return session.state.ended_at
    if session.events:
        return session.events[-1].at
    return session.clock.now()


def past_report(session: Session) -> ReportData:
    """The report of a past session, as it stood when it was last changed."""
    return build_report(session.material, session.state, last_moment(session), session_id=session.id)


def report_of(path: Path) -> ReportData:
    """The report of the past session in ``path``, as it stood when it was last changed."""
    return past_report(open_read_only(path))


def follow_up_of(path: Path) -> FollowUp:
    """What the session in ``path`` agreed: the proposal, the agreement and the proposals kept."""
    session = open_read_only(path)
    report = past_report(session)
    return FollowUp(
        session_id=session.id,
        material=session.material,
        held_on=report.started.date() if report.started else None,
        agreed_proposal=report.agreed_proposal,
        chosen_card=report.chosen_proposal,
        agreement=report.agreement,
        kept_for_next_time=tuple(idea.text for idea in report.kept_for_next_time),
    )
