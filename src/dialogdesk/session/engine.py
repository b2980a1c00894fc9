"""The session engine: apply an intent, log it, save it, then tell the views.

A view never changes the state; it calls ``dispatch`` and redraws when notified. The save
happens before ``dispatch`` returns and before any observer hears of the change, so what a
facilitator saw acknowledged is on disk.

Observers render; they must not dispatch. An intent sent while observers are being told of a
change is queued and applied once every observer has seen the state (so no observer renders
a state that is already old); with ``STRICT_OBSERVERS`` set (the tests set it) it raises
``DispatchWhileNotifying`` instead, so a view that dispatches from its render fails loudly.
"""

from __future__ import annotations

import errno
import secrets
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, Clock, Instant, SleepDetector, SystemClock
from dialogdesk.session.intents import intent_from_dict, intent_to_dict
from dialogdesk.session.state import (
    IntentRefused,
    SessionPhase,
    SessionSetup,
    SessionState,
    apply,
    initial_state,
)
from dialogdesk.session.store import (
    LOG_SUFFIX,
    DroppedRecord,
    SessionFileError,
    SessionLog,
    SessionRecord,
    describe_os_error,
    read_session_file,
)

# After a crash, time since the last event up to this long counts as time the room went on
# talking; a longer gap (the laptop was taken home) holds the timers where they were.
RECOVERY_COUNTED_GAP_NS = 10 * 60 * NS_PER_SECOND

Observer = Callable[[SessionState], None]
RefusalObserver = Callable[[i.Intent, IntentRefused], None]

# What a replay of a checked but senseless log can raise (an index past the steps, a huge number).
_REPLAY_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, ArithmeticError)

# Tests set this: an intent dispatched from inside an observer is a bug in that observer.
STRICT_OBSERVERS = False


class DispatchWhileNotifying(RuntimeError):
    """An observer dispatched an intent while being told of a change (only with STRICT_OBSERVERS)."""


class SaveProblem(StrEnum):
    """Why the session could not be saved; the window words it."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NO_PERMISSION = "no_permission"
    QUOTA = "quota"
    FILE_TOO_LARGE = "file_too_large"
    IN_THE_WAY = "in_the_way"
    OTHER = "other"


_SAVE_PROBLEMS_BY_ERRNO = {
    errno.ENOSPC: SaveProblem.DISK_FULL,
    errno.EROFS: SaveProblem.READ_ONLY,
    errno.EACCES: SaveProblem.NO_PERMISSION,
    errno.EPERM: SaveProblem.NO_PERMISSION,
    errno.EDQUOT: SaveProblem.QUOTA,
    errno.EFBIG: SaveProblem.FILE_TOO_LARGE,
    errno.EEXIST: SaveProblem.IN_THE_WAY,
    errno.ENOTDIR: SaveProblem.IN_THE_WAY,
}


def save_problem_of(error: OSError) -> SaveProblem:
    """What kind of refusal a write met, as a code a window can word."""
    return _SAVE_PROBLEMS_BY_ERRNO.get(error.errno or 0, SaveProblem.OTHER)


@dataclass(frozen=True)
class SaveFailure:
    problem: SaveProblem
    path: str  # where it failed
    detail: str  # the system's own words, for the log


@dataclass(frozen=True)
class Event:
    """An applied intent with the moment it was applied."""

    number: int
    intent: i.Intent
    at: Instant

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.number,
            "mono_ns": self.at.mono_ns,
            "wall_ns": self.at.wall_ns,
            "intent": intent_to_dict(self.intent),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            number=int(data["n"]),
            intent=intent_from_dict(data["intent"]),
            at=Instant(int(data["mono_ns"]), int(data["wall_ns"])),
        )


def new_session_id(material_id: str, wall_ns: int) -> str:
    stamp = datetime.fromtimestamp(wall_ns / NS_PER_SECOND, UTC).strftime("%Y%m%dT%H%M%S")
    return f"{stamp}-{material_id}-{secrets.token_hex(3)}"


class Session:
    """One running dialogue: its state, its log and its file."""

    def __init__(
        self,
        material: Material,
        setup: SessionSetup,
        *,
        clock: Clock | None = None,
        folder: Path | None = None,
        session_id: str | None = None,
    ) -> None:
        self.material = material
        self.clock = clock or SystemClock()
        created = self.clock.now()
        self.id = session_id or new_session_id(material.id, created.wall_ns)
        self.state = initial_state(material, setup)
        self.events: list[Event] = []
        self.save_failure: SaveFailure | None = None
        self.sleep_detector = SleepDetector()
        self._observers: list[Observer] = []
        self._refusal_observers: list[RefusalObserver] = []
        self._notifying = False
        self._queued: deque[i.Intent] = deque()
        self._created_wall_ns = created.wall_ns
        self._saved_events = 0
        self._file: SessionLog | None = None
        # A torn last record that reading the file left out (after a power cut), for the window.
        self.dropped_record: DroppedRecord | None = None
        if folder is not None:
            header = {
                "id": self.id,
                "created_wall_ns": created.wall_ns,
                "setup": asdict(setup),
                "material": material.model_dump(mode="json"),
            }
            self._file = SessionLog.create(folder / f"{self.id}{LOG_SUFFIX}", header, self.summary())
            self._save()

    # --- persistence ---------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._file.path if self._file else None

    @property
    def save_error(self) -> str | None:
        """Why the last save failed, for logs and tests (a window words ``save_failure``)."""
        failure = self.save_failure
        return None if failure is None else f"{failure.problem.value}: {failure.detail}"

    @property
    def unsaved_events(self) -> int:
        """How many applied events are not on disk yet (while the disk refuses; 0 once it takes them)."""
        return len(self.events) - self._saved_events

    @property
    def saved(self) -> bool:
        """Whether everything applied is on disk; False while the disk refuses or without a file."""
        return self._file is not None and self.save_failure is None and not self.unsaved_events

    def summary(self) -> dict[str, Any]:
        """What the library and the history read of this session (``store.SessionSummary``)."""
        state = self.state
        chosen = state.board.cards.get(state.board.chosen) if state.board.chosen else None
        agreed = state.agreement.get(self.material.wrap_up.proposal_field_id or "proposal", "")
        if not self.material.wrap_up.agreement:  # no decision: the history lists what the method produced
            agreed = "; ".join(card.text for card in state.board.result_top(self.material.wrap_up.scoring))
        return {
            "session_id": self.id,
            "material_id": self.material.id,
            "material_title": self.material.title,
            "phase": state.phase.value,
            "step_index": state.current,
            "events": len(self.events),
            "created_wall_ns": self._created_wall_ns,
            "updated_wall_ns": self.events[-1].at.wall_ns if self.events else self._created_wall_ns,
            "started_wall_ns": state.started_at.wall_ns if state.started_at else None,
            "chosen_proposal": chosen.text if chosen else None,
            "agreed_proposal": agreed.strip() or None,
        }

    def close(self) -> None:
        """Let go of the session file (and its lock); the session stays readable in memory."""
        if self._file is not None:
            self._file.close()

    def _save(self, event: Event | None = None) -> None:
        if self._file is None:
            return
        try:
            if event is None:
                self._file.save()
            else:
                self._file.append(event.to_dict(), self.summary())
        except OSError as error:
            # The session goes on in memory; the log keeps the refused records for the next save.
            self.save_failure = SaveFailure(
                save_problem_of(error),
                str(error.filename or self._file.path),
                describe_os_error(error),
            )
        else:
            self.save_failure = None
            self._saved_events = len(self.events)

    # --- changing ------------------------------------------------------------------------------
    @property
    def notifying(self) -> bool:
        """True while observers are being told of a change: a dispatch now is queued."""
        return self._notifying

    def dispatch(self, intent: i.Intent) -> SessionState:
        """Apply ``intent`` now; raises IntentRefused (nothing changes) if it does not apply.

        From inside an observer the intent is queued instead (see the module's docstring); a
        refusal of a queued intent goes to the refusal observers.

        Returns the new state. Whether it is on disk is ``saved``, set before this returns and
        before any observer hears of the change: False while the disk refuses (``save_failure``
        says why, ``unsaved_events`` how many wait), True again once a save got everything there.
        """
        if self._notifying:
            if STRICT_OBSERVERS:
                raise DispatchWhileNotifying(f"{type(intent).__name__} dispatched while rendering")
            self._queued.append(intent)
            return self.state
        at = self.clock.now()
        self.state = apply(self.state, intent, at, self.material)
        event = Event(len(self.events) + 1, intent, at)
        self.events.append(event)
        self._save(event)
        self._notify()
        self._apply_queued()
        return self.state

    def _notify(self) -> None:
        self._notifying = True
        try:
            for observer in list(self._observers):
                observer(self.state)
        finally:
            self._notifying = False

    def _apply_queued(self) -> None:
        while self._queued:
            intent = self._queued.popleft()
            try:
                self.dispatch(intent)
            except IntentRefused as refusal:
                for observer in list(self._refusal_observers):
                    observer(intent, refusal)

    def heartbeat(self) -> Instant:
        """Called regularly by a view while the session shows; detects a sleeping machine."""
        now = self.clock.now()
        sleep = self.sleep_detector.observe(now)
        if sleep is not None and self.state.phase in (SessionPhase.RUNNING, SessionPhase.WRAP_UP):
            self.dispatch(i.ClockJump(slept_ns=sleep.slept_ns, excluded_ns=sleep.counted_by_monotonic_ns))
        return now

    def subscribe(self, observer: Observer, on_refused: RefusalObserver | None = None) -> Callable[[], None]:
        """Tell ``observer`` of every change (and ``on_refused`` of queued intents refused)."""
        self._observers.append(observer)
        if on_refused is not None:
            self._refusal_observers.append(on_refused)

        def unsubscribe() -> None:
            if observer in self._observers:
                self._observers.remove(observer)
            if on_refused is not None and on_refused in self._refusal_observers:
                self._refusal_observers.remove(on_refused)

        return unsubscribe

    def now(self) -> Instant:
        return self.clock.now()

    # --- reopening -----------------------------------------------------------------------------
    @classmethod
    def from_record(
        cls, record: SessionRecord, *, clock: Clock | None = None, recover: bool = True
    ) -> Session:
        """Rebuild a session from its file by replaying the log.

        With ``recover`` the session continues in the same file (see RECOVERY_COUNTED_GAP_NS for
        how the time the app was gone is counted); without, it is a read-only copy for history.
        """
        # The record's types were checked (session.schema); what is left is whether it fits.
        try:
            material = Material.model_validate(record.header["material"])
            setup_data = dict(record.header["setup"])
            setup_data["participant_names"] = tuple(setup_data.get("participant_names", ()))
            setup_data["prepared"] = tuple(setup_data.get("prepared", ()))
            setup = SessionSetup(**setup_data)
            events = [Event.from_dict(data) for data in record.events]
        except (KeyError, TypeError, ValueError) as error:
            raise SessionFileError(record.path, f"the session file is damaged ({error})") from None
        session = cls(material, setup, clock=clock, session_id=record.summary.session_id)
        session._created_wall_ns = record.summary.created_wall_ns
        for event in events:
            try:
                session.state = apply(session.state, event.intent, event.at, material)
            except _REPLAY_ERRORS as error:
                raise SessionFileError(
                    record.path, f"event {event.number} does not replay ({error})", event.number + 1
                ) from None
        session.events = events
        session._saved_events = len(events)
        session.dropped_record = record.dropped
        if recover:
            # Raises SessionInUse if another DialogDesk writes the file; converts a format 1 file.
            try:
                session._file = SessionLog.continue_in(record)
            except OSError as error:
                raise SessionFileError(record.path, f"cannot continue: {describe_os_error(error)}") from None
            session._resume_after_restart()
        return session

    @classmethod
    def open(cls, path: Path, *, clock: Clock | None = None, recover: bool = True) -> Session:
        return cls.from_record(read_session_file(path), clock=clock, recover=recover)

    def _resume_after_restart(self) -> None:
        if self.state.phase not in (SessionPhase.RUNNING, SessionPhase.WRAP_UP) or not self.events:
            return
        last = self.events[-1].at
        now = self.clock.now()
        gap = max(0, now.wall_ns - last.wall_ns)
        long_gap = gap > RECOVERY_COUNTED_GAP_NS  # a gap of 0 (restarted at once) is a short one
        self.dispatch(i.Recovered(previous_mono_ns=last.mono_ns, counted_gap_ns=0 if long_gap else gap))
        if long_gap and self.state.phase is SessionPhase.RUNNING and not self.state.paused:
            self.dispatch(i.Pause())
