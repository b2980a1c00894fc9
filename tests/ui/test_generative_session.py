"""Generated materials and generated facilitators, through the real windows on two screens.

Hypothesis draws a valid material (``tests/strategies/materials.py``) and a sequence of what a
facilitator does: the remote's commands, real key presses on the presenter window, typed cards,
themes, dots, a chosen proposal, room modes, activities, notes, agreement values, time passing
on a ManualClock, and a crash with a resume at a random point. After every action it checks what
a person sees on the laptop and on the projector:

- each window lies within its screen (presenter: the 1366x768 laptop; audience: the 1920x1080
  projector);
- the presenter shows the state's step ("Trin N" while running), the countdown
  ``format_remaining(step_remaining_ns)``, and every agreement field holds the state's value;
- the projector shows the page of the state's room mode; in step mode it shows the step's title
  and its participant instruction (or the running activity's), and never a say-aloud line, a
  tip or a note, on any visible label;
- a time both screens show is the same text: the projector's countdown against the presenter's
  step countdown, or against the time in the presenter's activity line while an activity runs;
- no Qt warning (``qt_log_level_fail = WARNING``) and no exception.

The crash closes both windows without ending the session, reopens the session file with
``Session.open`` on the same clock (at the same instant), builds new windows and compares what
they show with what the old ones showed just before: on the presenter the step line, the tab,
the countdown, the activity line, the session line, the start button, the checklist texts,
questions, tips, next step, note, agreement fields and the checked room-mode button; on the
projector the page, every visible label text, the countdown and, on the board page, the words
painted on the board. (Not compared, because they are not in the session state yet: the focus
theme, "do now" ticks, the deleted-cards stack, the chime choice; see ``screen_snapshot``.)

Budget: 50 materials x 40 actions with a fixed seed (the same examples in every run) and the
example database committed in ``tests/hypothesis-db``, so that a failure found once is replayed
first; about 1 minute on the 2-core machine when it passes (a failure adds up to 5 minutes of
shrinking). ``GENERATIVE_EXAMPLES=500`` runs a deeper search locally.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, seed, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase
from hypothesis.stateful import (
    RuleBasedStateMachine,
    get_state_machine_test,
    initialize,
    invariant,
    precondition,
    rule,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Material
from dialogdesk.platform.screens import ScreenManager
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import RECOVERY_COUNTED_GAP_NS, Session
from dialogdesk.session.running_order import place_of
from dialogdesk.session.state import AudienceMode, SessionPhase, SessionSetup, SessionState
from dialogdesk.session.timers import format_remaining
from dialogdesk.ui.keys import Command
from dialogdesk.ui.session_controller import SessionController
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import REPO
from tests.strategies.materials import danish_text, extreme_material, materials
from tests.ui.screen_snapshot import (
    audience_snapshot,
    audience_texts,
    board_lines,
    presenter_snapshot,
    readable,
)
from tests.ui.two_screens import close_session, screen_manager, show_session

EXAMPLE_DATABASE = REPO / "tests" / "hypothesis-db"
BUDGET = settings(
    max_examples=int(os.environ.get("GENERATIVE_EXAMPLES", "50")),
    stateful_step_count=40,
    deadline=None,
    database=DirectoryBasedExampleDatabase(str(EXAMPLE_DATABASE)),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SEED = 20261202
# Switches for what this test found and src/ does not do yet; each has its own small test that
# fails until it is fixed. Set a switch to True when its test passes.
# Issue 12 "layout holds for any valid material": a long compound word in a title makes the
# audience window wider than the projector, and it grows at every step after that
# (test_layout_any_material.py).
AUDIENCE_FITS_ANY_MATERIAL = True
# Found by this test: a note set by SetNote shows in the presenter's note field only after a
# step change (test_a_note_set_by_the_session_shows_in_the_notes_field).
NOTE_FIELD_FOLLOWS_THE_STATE = True
# Issue 12 defect 7, seen here too: an open-ended activity reads "0:05" on the laptop and "00:05"
# on the projector; until then the two are compared as seconds (test_open_ended_activity_reads_the_same).
OPEN_ENDED_TIMES_AGREE = True
# Found by this test: a first step that works on the board opens on the script when the session
# starts, but on the board when it is resumed (test_a_first_step_on_the_board_opens_the_board).
FIRST_STEP_OPENS_ITS_TAB = True
# After a resume the room's board may break the same cards' lines differently: the audience window
# that had grown past the projector (above) is 1920 px wide again, and the board is fitted to it.
# Compare again once the audience fits (test_the_room_sees_the_same_board_after_a_resume guards
# the board itself).
BOARD_DRAWN_ALIKE_AFTER_RESUME = AUDIENCE_FITS_ANY_MATERIAL
CLOCK_TEXT = re.compile(r"-?\d{1,3}:\d{2}")
REMOTE_COMMANDS = [
    Command.NEXT,
    Command.PREVIOUS,
    Command.START_OR_PAUSE,
    Command.BLANK,
    Command.FREEZE,
    Command.ADD_MINUTE,
    Command.ESCAPE,
]
KEYS = [Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_F5, Qt.Key.Key_B, Qt.Key.Key_F, Qt.Key.Key_Plus]
ROOM_MODES = [
    AudienceMode.STEP,
    AudienceMode.BOARD,
    AudienceMode.PAIRS,
    AudienceMode.BLANK,
    AudienceMode.FREEZE,
]


def within(window: QWidget, screen_name: str) -> bool:
    screen = window.screen()
    return screen.name() == screen_name and screen.geometry().contains(window.frameGeometry())


def _seconds(text: str) -> int:
    minutes, seconds = text.lstrip("-").split(":")
    value = int(minutes) * 60 + int(seconds)
    return -value if text.startswith("-") else value


def differences(before: dict[str, Any], after: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Window and key of every reading that changed, with the value before and after."""
    return {
        f"{window}.{key}": (before[window].get(key), after[window].get(key))
        for window in before
        for key in before[window].keys() | after[window].keys()
        if before[window].get(key) != after[window].get(key)
    }


class SessionOnTwoScreens(RuleBasedStateMachine):
    """One generated material run by one generated facilitator; set up by the test below."""

    qtbot: QtBot
    app: QApplication
    screen_manager: ScreenManager
    folder: Path

    def __init__(self) -> None:
        super().__init__()
        self.clock = ManualClock()
        self.notes: set[str] = set()
        self.room_texts: set[str] = set()
        self.screens: SessionScreens | None = None
        # Which tab is open is the window's choice, not the session's: a restart opens the step's own.
        self.tab_chosen_by_hand = False

    # --- opening and closing -----------------------------------------------------------------
    @initialize(material=materials(), participants=st.integers(4, 20))
    def open_session(self, material: Material, participants: int) -> None:
        self.material = material
        folder = Path(tempfile.mkdtemp(dir=self.folder))
        session = Session(
            material, SessionSetup(material.id, participants=participants), clock=self.clock, folder=folder
        )
        self._show(session)

    def _show(self, session: Session) -> None:
        self.screens = show_session(session, self.screen_manager)

    def teardown(self) -> None:
        if self.screens is not None:
            close_session(self.screens)
            self.screens = None

    @property
    def controller(self) -> SessionController:
        assert self.screens is not None
        return self.screens.controller

    def settle(self) -> None:
        """What the app's event loop does between two actions (a widget added to a shown
        layout, for one, appears only then)."""
        self.app.processEvents()

    def send(self, intent: i.Intent) -> None:
        self.controller.send(intent)  # a refusal is said in the status bar; that is fine here

    def card_ids(self) -> list[str]:
        return sorted(self.controller.state.board.cards, key=lambda card_id: int(card_id[1:]))

    def running(self) -> bool:
        return self.controller.state.phase is SessionPhase.RUNNING

    # --- what a facilitator does ---------------------------------------------------------------
    @rule(command=st.sampled_from(REMOTE_COMMANDS))
    def remote(self, command: Command) -> None:
        assert self.screens is not None
        self.screens.handle(command)

    @rule(key=st.sampled_from(KEYS))
    def key_on_the_presenter(self, key: Qt.Key) -> None:
        assert self.screens is not None
        self.qtbot.keyClick(self.screens.presenter, key)

    @rule(seconds=st.sampled_from([0.4, 1, 29, 59.5, 61, 299, 601]))
    def time_passes(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.controller.ticked.emit(self.controller.timing())  # the repaint timer's job

    @rule(text=danish_text(80), kind=st.sampled_from(["point", "idea"]))
    def type_a_card(self, text: str, kind: str) -> None:
        self.send(i.AddCard(text=text, kind=kind))

    @precondition(lambda self: len(self.controller.state.board.cards) >= 2)
    @rule(data=st.data(), name=danish_text(30))
    def drag_cards_into_a_theme(self, data: st.DataObject, name: str) -> None:
        ids = self.card_ids()
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=2, max_size=3, unique=True))
        self.send(i.CreateTheme(name=name, card_ids=tuple(chosen)))

    @precondition(lambda self: bool(self.controller.state.board.cards))
    @rule(data=st.data(), how=st.sampled_from(["add", "remove", "paper"]), count=st.integers(0, 5))
    def vote(self, data: st.DataObject, how: str, count: int) -> None:
        card_id = data.draw(st.sampled_from(self.card_ids()))
        if how == "add":
            self.send(i.AddDot(card_id))
        elif how == "remove":
            self.send(i.RemoveDot(card_id))
        else:
            self.send(i.SetDots(card_id, count))

    @precondition(lambda self: bool(self.controller.state.board.cards))
    @rule(data=st.data())
    def choose_a_proposal(self, data: st.DataObject) -> None:
        self.send(i.ChooseProposal(data.draw(st.sampled_from(self.card_ids()))))

    @rule(mode=st.sampled_from(ROOM_MODES))
    def room_mode(self, mode: AudienceMode) -> None:
        self.send(i.ShowOnAudience(mode.value))

    @rule(shown=st.booleans())
    def running_order_on_the_projector(self, shown: bool) -> None:
        self.send(i.ShowRunningOrder(shown=shown))

    @rule(tab=st.integers(0, 3))
    def open_a_tab(self, tab: int) -> None:
        """Script, board, agreement, or now and next (the look-ahead's picture drawn at once)."""
        assert self.screens is not None
        presenter = self.screens.presenter
        presenter.work_tabs.setCurrentIndex(tab)
        presenter.refresh_thumbnail()
        self.tab_chosen_by_hand = True

    @precondition(
        lambda self: self.running() and bool(self.material.steps[self.controller.state.current].activities)
    )
    @rule(data=st.data())
    def start_an_activity(self, data: st.DataObject) -> None:
        step = self.material.steps[self.controller.state.current]
        self.send(i.StartActivity(data.draw(st.sampled_from(step.activities)).id))

    @precondition(lambda self: self.controller.state.activity is not None)
    @rule()
    def stop_the_activity(self) -> None:
        self.send(i.StopActivity())

    @rule(text=danish_text(100))
    def write_a_note(self, text: str) -> None:
        self.notes.add(text)
        self.send(i.SetNote(self.controller.state.current, text))

    @rule(data=st.data(), value=danish_text(60))
    def record_agreement(self, data: st.DataObject, value: str) -> None:
        field = data.draw(st.sampled_from(self.material.wrap_up.agreement))
        self.send(i.RecordAgreement(((field.id, value),)))

    @rule(text=st.one_of(st.just(""), danish_text(40)))
    def message_to_the_room(self, text: str) -> None:
        self.room_texts.add(text)
        self.send(i.SetRoomMessage(text))

    @precondition(lambda self: self.running())
    @rule(seed=st.integers(0, 1000))
    def pick_pairs(self, seed: int) -> None:
        if self.controller.send(i.PickPairs(count=2, seed=seed)):
            self.send(i.ShowOnAudience(AudienceMode.PAIRS.value))

    @precondition(lambda self: self.gap_since_last_event_ns() <= RECOVERY_COUNTED_GAP_NS)
    @rule()
    def crash_and_resume(self) -> None:
        self.controller.ticked.emit(self.controller.timing())
        assert self.screens is not None
        before = self.snapshot()
        path = self.controller.session.path
        assert path is not None
        self.teardown()
        # The restart takes a moment: 1 ms, which changes no text on a screen. (At the very same
        # instant the session would come back paused: test_a_resume_at_the_same_instant_is_not_paused.)
        self.clock.advance(ms=1)
        self._show(Session.open(path, clock=self.clock))
        after = self.snapshot()
        changed = differences(before, after)
        if not FIRST_STEP_OPENS_ITS_TAB or self.tab_chosen_by_hand:
            changed.pop("presenter.tab", None)
        if not BOARD_DRAWN_ALIKE_AFTER_RESUME:
            changed.pop("audience.board", None)
        assert changed == {}, "\n".join(
            f"{key}:\n  before {old!r}\n  after  {new!r}" for key, (old, new) in changed.items()
        )

    def gap_since_last_event_ns(self) -> int:
        events = self.controller.session.events
        return self.clock.now().wall_ns - events[-1].at.wall_ns if events else 0

    def snapshot(self) -> dict[str, Any]:
        assert self.screens is not None
        return {
            "presenter": presenter_snapshot(self.screens.presenter),
            "audience": audience_snapshot(self.screens.audience),
        }

    # --- what a person sees ------------------------------------------------------------------------
    @invariant()
    def windows_lie_within_their_screens(self) -> None:
        self.settle()
        assert self.screens is not None
        presenter, audience = self.screens.presenter, self.screens.audience
        assert within(presenter, "Laptop"), (presenter.frameGeometry(), presenter.screen().name())
        if AUDIENCE_FITS_ANY_MATERIAL:
            assert within(audience, "Projector"), (audience.frameGeometry(), audience.screen().name())

    @invariant()
    def the_presenter_shows_the_state(self) -> None:
        self.settle()
        presenter = self.screens.presenter if self.screens else None
        assert presenter is not None
        state, timing = self.controller.state, self.controller.timing()
        if state.phase is SessionPhase.RUNNING:
            assert self.material.steps[state.current].label in presenter.step_label.text()
        if presenter.countdown_label.isVisibleTo(presenter):
            assert presenter.countdown_label.text() == format_remaining(timing.step_remaining_ns)
        for field_id, edit in presenter.agreement_fields.items():
            assert edit.text() == state.agreement.get(field_id, ""), field_id
        if NOTE_FIELD_FOLLOWS_THE_STATE and not presenter.notes_edit.hasFocus():
            assert presenter.notes_edit.toPlainText() == state.steps[state.current].note

    @invariant()
    def the_projector_shows_the_room_what_it_may_see(self) -> None:
        self.settle()
        assert self.screens is not None
        audience, state = self.screens.audience, self.controller.state
        pages = {
            AudienceMode.STEP: audience.step_page,
            AudienceMode.BOARD: audience.board_page,
            AudienceMode.PAIRS: audience.pairs_page,
            AudienceMode.BLANK: audience.blank_page,
            AudienceMode.FREEZE: audience.freeze_page,
            AudienceMode.MEDIA: audience.step_page,  # no media attached: the step stays
        }
        assert audience.current_page() is pages[state.audience]
        texts = audience_texts(audience)
        step = self.material.steps[state.current]
        if state.audience is AudienceMode.STEP and state.phase is SessionPhase.RUNNING:
            assert f"{step.label}: {step.title}" in texts
            activity = self.controller.running_activity()
            if activity is None:
                assert audience.step_page.instruction_label.isVisibleTo(audience)
                assert readable(audience.step_page.instruction_label.text()) == step.participant_instruction
            else:
                assert (activity.participant_instruction or activity.title) in texts
        shown = "\n".join(texts)
        for secret in self.facilitator_only_texts():
            assert secret not in shown, secret
        self.the_running_order_is_where_the_room_is(state)

    def the_running_order_is_where_the_room_is(self, state: SessionState) -> None:
        """Along the bottom when wanted (not over black, a film or a frozen picture), each box
        where its step stands, its text whole in the box's width."""
        assert self.screens is not None
        audience = self.screens.audience
        order = audience.running_order
        wanted = state.running_order and state.audience not in (
            AudienceMode.BLANK,
            AudienceMode.MEDIA,
            AudienceMode.FREEZE,
        )
        assert order.isVisibleTo(audience) == wanted
        if not wanted:
            return
        assert order.geometry().bottom() == audience.height() - 1
        for index, box in enumerate(order.boxes):
            assert box.property("place") == place_of(state, index).value
            assert box.fontMetrics().horizontalAdvance(box.text()) <= box.contentsRect().width(), box.text()

    def facilitator_only_texts(self) -> set[str]:
        """Say-aloud lines, tips and notes; less any that the room may see word for word anyway
        (a generated tip can be the same words as a participant question)."""
        secret = {line.text for step in self.material.steps for line in step.instructions if line.say_aloud}
        secret |= {tip.text for step in self.material.steps for tip in step.tips}
        secret |= self.notes
        for_the_room = "\n".join(self.room_side_texts())
        return {text for text in secret if text not in for_the_room}

    def room_side_texts(self) -> list[str]:
        material, state = self.material, self.controller.state
        texts = [material.title, material.framing_intro, *material.framing_questions]
        for step in material.steps:
            texts += [step.title, step.participant_instruction, *step.participant_questions]
            texts += [
                text
                for activity in step.activities
                for text in (activity.title, activity.participant_instruction)
            ]
        texts += [field.label for field in material.wrap_up.agreement]
        texts += list(state.agreement.values()) + list(self.room_texts)
        return texts

    @invariant()
    def both_screens_show_the_same_time(self) -> None:
        self.settle()
        assert self.screens is not None
        presenter, audience = self.screens.presenter, self.screens.audience
        countdown = audience.step_page.countdown_label
        if audience.current_page() is not audience.step_page or not countdown.isVisibleTo(audience):
            return
        room_time = CLOCK_TEXT.findall(countdown.text())
        assert len(room_time) == 1, countdown.text()
        state = self.controller.state
        if self.controller.running_activity() is not None and state.activity is not None:
            line = presenter.activity_label.text() if presenter.activity_label.isVisibleTo(presenter) else ""
            laptop_time = CLOCK_TEXT.findall(line)[-1:]
        else:
            laptop_time = CLOCK_TEXT.findall(presenter.countdown_label.text())
        open_ended = state.activity is not None and state.activity.open_ended
        if open_ended and not OPEN_ENDED_TIMES_AGREE:
            room_time, laptop_time = [_seconds(t) for t in room_time], [_seconds(t) for t in laptop_time]
        assert room_time == laptop_time, (countdown.text(), presenter.activity_label.text())


@pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
def test_any_material_any_facilitator_both_screens(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    assert [screen.name() for screen in qapp.screens()] == ["Laptop", "Projector"]
    SessionOnTwoScreens.qtbot = qtbot
    SessionOnTwoScreens.app = qapp
    SessionOnTwoScreens.screen_manager = screen_manager()
    SessionOnTwoScreens.folder = tmp_path
    # A fixed seed (not ``derandomize``, which turns the database off): the same examples in every
    # run, and a failure saved in the committed database is replayed first.
    seed(SEED)(get_state_machine_test(SessionOnTwoScreens, settings=BUDGET))()
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]


def test_a_resume_at_the_same_instant_is_not_paused(tmp_path: Path) -> None:
    """A crash and a restart at the same clock reading continues the running session."""
    material = extreme_material()
    clock = ManualClock()
    session = Session(material, SessionSetup(material.id, participants=8), clock=clock, folder=tmp_path)
    session.dispatch(i.StartSession())
    clock.advance(30)
    session.dispatch(i.AddCard(text="Ens tilgang til borgeren"))
    assert session.path is not None
    resumed = Session.open(session.path, clock=clock)
    assert not resumed.state.paused
    assert resumed.state.steps[0].countdown.remaining_ns(clock.now().mono_ns) == (5 * 60 - 30) * NS_PER_SECOND


def test_a_note_set_by_the_session_shows_in_the_notes_field(qtbot: QtBot, tmp_path: Path) -> None:
    """The note field renders the state's note; a stale field must not write itself back on close."""
    material = extreme_material()
    session = Session(
        material, SessionSetup(material.id, participants=8), clock=ManualClock(), folder=tmp_path
    )
    screens = show_session(session, screen_manager())
    screens.controller.send(i.StartSession())
    screens.controller.send(i.SetNote(0, "Søren spurgte om fuldmagt"))
    shown = screens.presenter.notes_edit.toPlainText()
    close_session(screens)
    assert shown == "Søren spurgte om fuldmagt"
    assert session.state.steps[0].note == "Søren spurgte om fuldmagt"


def test_open_ended_activity_reads_the_same_on_both_screens(qtbot: QtBot, tmp_path: Path) -> None:
    """An activity without a length counts up; laptop and projector write its time alike."""
    material = extreme_material()
    step = material.steps[0].model_copy(
        update={"activities": [material.steps[0].activities[0].model_copy(update={"minutes": None})]}
    )
    material = material.model_copy(update={"steps": [step, *material.steps[1:]]})
    clock = ManualClock()
    session = Session(material, SessionSetup(material.id, participants=8), clock=clock, folder=tmp_path)
    screens = show_session(session, screen_manager())
    try:
        screens.controller.send(i.StartSession())
        screens.controller.send(i.StartActivity(step.activities[0].id))
        clock.advance(65)
        screens.controller.ticked.emit(screens.controller.timing())
        room = screens.audience.step_page.countdown_label.text()
        laptop = CLOCK_TEXT.findall(screens.presenter.activity_label.text())
        assert room == "01:05"
        assert laptop == [room]
    finally:
        close_session(screens)


def test_a_first_step_on_the_board_opens_the_board(qtbot: QtBot, tmp_path: Path) -> None:
    """Started with F5 or resumed: a step that works on the board shows the board tab."""
    material = extreme_material()
    material = material.model_copy(update={"steps": material.steps[7:]})  # steps 8-10 work on the board
    session = Session(
        material, SessionSetup(material.id, participants=8), clock=ManualClock(), folder=tmp_path
    )
    screens = show_session(session, screen_manager())
    try:
        qtbot.keyClick(screens.presenter, Qt.Key.Key_F5)
        tabs = screens.presenter.work_tabs
        assert tabs.tabText(tabs.currentIndex()) == "Board"
    finally:
        close_session(screens)


def test_the_room_sees_the_same_board_after_a_resume(qtbot: QtBot, tmp_path: Path) -> None:
    """Two cards typed while the room sees the board; after a crash and a resume it reads the same."""
    material = extreme_material()
    clock = ManualClock()
    session = Session(material, SessionSetup(material.id, participants=8), clock=clock, folder=tmp_path)
    manager = screen_manager()
    screens = show_session(session, manager)
    for intent in (
        i.StartSession(),
        i.ShowOnAudience(AudienceMode.BOARD.value),
        i.AddCard("selvbetjeningsløsningsvejledningsmateriale Ærø"),
        i.AddCard("nærvær – Søren knap borger"),
    ):
        screens.controller.send(intent)
    before = board_lines(screens.audience)
    close_session(screens)
    clock.advance(ms=1)
    assert session.path is not None
    resumed = show_session(Session.open(session.path, clock=clock), manager)
    after = board_lines(resumed.audience)
    close_session(resumed)
    assert after == before
