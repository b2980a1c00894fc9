"""A scripted session through the real windows, each screen grabbed as PNG (``dialogdesk render``).

The session runs on a manual clock, so every countdown shows the same time on every run: each
step is shown with 40 % of its time left and its first activity running for 20 seconds. Steps
that collect points or ideas or vote get a few sample cards and dots; a step that clusters makes
a theme, one that decides chooses the top idea. Only the app's public ways in are used (the
``DialogDesk`` flow, ``SessionScreens``, intents through the controller), as a facilitator's
clicks would.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from dialogdesk.export.dates import LOCAL_ZONE
from dialogdesk.materials.loader import LoadedMaterial
from dialogdesk.materials.model import AgreementFieldKind, BoardAction, Step
from dialogdesk.platform.screens import place_fullscreen, place_maximized
from dialogdesk.render import Overflow, Rendered, RenderError, ScreenSize
from dialogdesk.session import intents as i
from dialogdesk.session.board import CardKind
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.state import AudienceMode, SessionPhase, SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.i18n import install_translator, remove_translator
from dialogdesk.ui.session_screens import SessionScreens

SESSION_START = datetime(2026, 11, 19, 9, 0, tzinfo=LOCAL_ZONE)  # a Thursday morning meeting
STEP_DONE = 0.6  # the part of each step that has passed when it is shown
ACTIVITY_SECONDS = 20
# Longer than the presenter's delayed grab of the room's view for its thumbnail.
SETTLE_MS = 150
BOARD_STEP = {BoardAction.COLLECT_POINTS, BoardAction.COLLECT_IDEAS, BoardAction.VOTE}
SAMPLE_POINTS = {
    "da": [
        "Ens tilgang til borgeren",
        "Hvor går grænsen?",
        "Pårørende har også forventninger",
        "Tiden er knap",
        "Sig tydeligt hvad vi kan",
    ],
    "en": [
        "One approach to every citizen",
        "Where is the line?",
        "Relatives have expectations too",
        "Time is short",
        "Say clearly what we can do",
    ],
}
SAMPLE_IDEAS = {
    "da": ["Fælles svar-skabelon i skranken", "Guide til pårørende", "Tjekliste til første henvendelse"],
    "en": ["A shared answer template at the desk", "A guide for relatives", "A checklist for the first call"],
}
SAMPLE_THEME = {"da": "Grænser for hjælpen", "en": "Limits of the help"}
SAMPLE_DOTS = (3, 2, 1)  # to the ideas in order: a clear winner
SAMPLE_AGREEMENT = {
    AgreementFieldKind.TEXT: {"da": "Vi prøver det i fire uger", "en": "We try it for four weeks"},
    AgreementFieldKind.PEOPLE: {"da": "Mette og Ali", "en": "Mette and Ali"},
    AgreementFieldKind.DATE: {"da": "14. januar", "en": "14 January"},
}


def settle(app: QApplication) -> None:
    """Let every window repaint and the delayed thumbnail of the room's view catch up."""
    loop = QEventLoop()
    QTimer.singleShot(SETTLE_MS, loop.quit)
    loop.exec()
    app.processEvents()


def size_of(window: QWidget) -> ScreenSize:
    """The room the window needs: its size, or more if its layout cannot shrink that far."""
    needed = window.size().expandedTo(window.minimumSizeHint())
    return ScreenSize(needed.width(), needed.height())


class ScriptedRender:
    """Drives one running session step by step and saves what each window shows."""

    def __init__(self, app: QApplication, running: SessionScreens, clock: ManualClock, out: Path) -> None:
        self.app = app
        self.running = running
        self.controller = running.controller
        self.clock = clock
        # What the room writes is in the material's language, whatever the interface's.
        language = self.controller.material.language
        self.language = language if language in SAMPLE_POINTS else "en"
        self.result = Rendered(self.controller.material.id, out)

    def run(self) -> Rendered:
        steps = self.controller.material.steps
        self._send(i.StartSession(), steps[0].label)
        for index, step in enumerate(steps):
            if index:
                self._send(i.NextStep(), step.label)
            self.clock.advance(
                round(self.controller.state.current_step.countdown.duration_ns * STEP_DONE / 1e9)
            )
            if step.activities:
                self._send(i.StartActivity(step.activities[0].id), step.label)
                self.clock.advance(ACTIVITY_SECONDS)
            self._sample_board(step)
            self.grab(index, step.label)
            if BOARD_STEP & set(step.board):
                self.grab_board(index, step.label)
        self._send(i.NextStep(), "wrap-up")
        self._sample_agreement()
        self.grab(len(steps), "wrap-up")
        return self.result

    # --- what a facilitator would do -------------------------------------------------------------
    def _send(self, intent: i.Intent, where: str) -> None:
        if not self.controller.send(intent):
            raise RenderError([f"{where}: the session refused {type(intent).__name__}"])

    def _sample_board(self, step: Step) -> None:
        send, actions = self.controller.send, set(step.board)
        board = self.controller.state.board
        live = [card for card in board.cards.values() if not card.deleted]
        if BoardAction.COLLECT_POINTS in actions and not any(c.kind is CardKind.POINT for c in live):
            for number, text in enumerate(SAMPLE_POINTS[self.language], 1):
                send(i.AddCard(text=text, kind=CardKind.POINT.value, group=self._group("Pair %1", number)))
        needs_ideas = actions & {BoardAction.COLLECT_IDEAS, BoardAction.VOTE}
        if needs_ideas and not any(c.kind is CardKind.IDEA for c in live):
            for number, text in enumerate(SAMPLE_IDEAS[self.language], 1):
                send(i.AddCard(text=text, kind=CardKind.IDEA.value, group=self._group("Group %1", number)))
        board = self.controller.state.board
        if BoardAction.CLUSTER_THEMES in actions and not board.themes:
            points = [c.id for c in board.cards.values() if c.kind is CardKind.POINT and not c.deleted]
            if len(points) >= 4:
                send(i.CreateTheme(SAMPLE_THEME[self.language], (points[1], points[3])))
        if BoardAction.VOTE in actions and not board.dots_used:
            ranked = [place.card.id for place in board.ranking()]
            for card_id, dots in zip(ranked, SAMPLE_DOTS, strict=False):
                for _ in range(dots):
                    send(i.AddDot(card_id))  # a refusal (no dots left) only means fewer dots
        board = self.controller.state.board
        if BoardAction.DECIDE in actions and board.chosen is None and board.ranking():
            send(i.ChooseProposal(board.ranking()[0].card.id))

    @staticmethod
    def _group(pattern: str, number: int) -> str:
        return QCoreApplication.translate("BoardEditor", pattern).replace("%1", str(number))

    def _sample_agreement(self) -> None:
        state = self.controller.state
        values = []
        for agreement_field in self.controller.material.wrap_up.agreement:
            if agreement_field.id == "proposal" and state.board.chosen is not None:
                continue  # the chosen proposal is the app's to fill in
            values.append((agreement_field.id, SAMPLE_AGREEMENT[agreement_field.kind][self.language]))
        if values:
            self._send(i.RecordAgreement(tuple(values)), "wrap-up")

    # --- pictures --------------------------------------------------------------------------------
    def grab(self, number: int, where: str) -> None:
        self._repaint()
        self._save(self.running.presenter, f"{number:02d}-presenter.png", "presenter", where)
        self._save(self.running.audience, f"{number:02d}-audience.png", "audience", where)

    def grab_board(self, number: int, where: str) -> None:
        """A board step opens on its board (the main picture); this is its own page, as the
        facilitator's Step button shows it, then the room's view as it was."""
        before = self.controller.state.audience
        self._send(i.ShowOnAudience(AudienceMode.STEP.value), where)
        self._repaint()
        self._save(self.running.audience, f"{number:02d}-audience-step.png", "audience", where)
        if before is not AudienceMode.STEP:
            self._send(i.ShowOnAudience(before.value), where)

    def _repaint(self) -> None:
        # The clock moved without a change of state: show the time it is now.
        self.controller.ticked.emit(self.controller.timing())
        self.app.processEvents()  # the layouts take their new minimum sizes
        # A window that had to grow for an earlier step fills its screen again where it can, as
        # a window manager keeps a maximized window; one that cannot stays larger than its screen.
        screens = self.running.screens
        place_maximized(self.running.presenter, screens.presenter_screen())
        audience_screen = screens.audience_screen()
        if audience_screen is not None:
            place_fullscreen(self.running.audience, audience_screen)
        settle(self.app)

    def _save(self, window: QWidget, name: str, role: str, where: str) -> None:
        path = self.result.folder / name
        if not window.grab().save(str(path)):
            raise RenderError([f"{path}: cannot be written"])
        self.result.files.append(path)
        screen = window.screen()
        if screen is None:
            return
        needed = size_of(window)
        room = ScreenSize(screen.geometry().width(), screen.geometry().height())
        if needed.width > room.width or needed.height > room.height:
            self.result.overflows.append(Overflow(role, needed, room, where))


def _check_screens(running: SessionScreens, laptop: ScreenSize, projector: ScreenSize) -> None:
    """The windows are on screens of the sizes asked for, or the pictures would not show them."""
    found = []
    for role, window, wanted in (
        ("presenter", running.presenter, laptop),
        ("audience", running.audience, projector),
    ):
        screen = window.screen()
        size = ScreenSize(screen.geometry().width(), screen.geometry().height()) if screen else None
        if size != wanted:
            found.append(f"the {role} window is on a {size} screen, not {wanted}")
    if running.presenter.screen() is running.audience.screen():
        found.append("both windows are on one screen; a render needs a laptop and a projector")
    if found:
        raise RenderError(found)


def render_session(
    app: QApplication,
    loaded: LoadedMaterial,
    sources: Sequence[Path],
    out: Path,
    *,
    participants: int,
    screens: tuple[ScreenSize, ScreenSize],
    language: str,
    data: Path,
) -> Rendered:
    """Run ``loaded`` (found in ``sources``) through a session on ``app``'s screens into ``out``.

    The session is kept in ``data``, which the caller throws away.
    """
    with ExitStack() as undo:  # undone in reverse: the session, the windows, the language
        undo.callback(QLocale.setDefault, QLocale())
        translator = install_translator(app, language)
        if translator is not None:
            undo.callback(remove_translator, app, translator)
        clock = ManualClock(mono_ns=NS_PER_SECOND, wall_ns=int(SESSION_START.timestamp()) * NS_PER_SECOND)
        desk = DialogDesk(app, list(sources), data=data, clock=clock)
        undo.callback(_close_library, desk)
        setup = SessionSetup(loaded.material.id, participants=participants)
        running = desk.start_session(loaded, setup, None)
        undo.callback(_end_session, running)
        # The manual clock jumps minutes at a time; that is not the laptop sleeping.
        running.controller.session.sleep_detector.threshold_ns = 10**18
        _check_screens(running, *screens)
        return ScriptedRender(app, running, clock, out).run()


def _end_session(running: SessionScreens) -> None:
    if running.controller.state.phase is not SessionPhase.ENDED:
        running.controller.send(i.EndSession())  # an ended session closes without asking
    running.close()


def _close_library(desk: DialogDesk) -> None:
    desk.window.close()
    desk.window.deleteLater()
    desk.deleteLater()
