"""One running session on the room's screens: the presenter window, the audience window,
the keys, the screens and the kiosk behaviour (no sleep, an optional chime).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtMultimedia import QSoundEffect

from dialogdesk.materials.loader import LoadedMaterial
from dialogdesk.media.library import MediaLibrary, resolve_media
from dialogdesk.media.player import MediaService
from dialogdesk.paths import resources
from dialogdesk.platform.screens import ScreenManager, place_fullscreen, place_maximized, place_windowed
from dialogdesk.platform.sleep_inhibit import SleepInhibitor
from dialogdesk.session import intents as i
from dialogdesk.session.state import AudienceMode, SessionPhase
from dialogdesk.ui.audience_window import AudienceWindow
from dialogdesk.ui.help_overlay import HelpOverlay
from dialogdesk.ui.keys import ClickerKeys, Command
from dialogdesk.ui.media.audience_view import AudienceMediaView
from dialogdesk.ui.media.controls import PresenterMediaControls
from dialogdesk.ui.media.wiring import silence_when_hidden
from dialogdesk.ui.presenter_window import PresenterWindow
from dialogdesk.ui.session_controller import SessionController
from dialogdesk.ui.step_guard import StepGuard


class SessionScreens(QObject):
    """Shows a session on two screens (or one), and routes keys from either window."""

    closed = Signal()

    def __init__(
        self,
        controller: SessionController,
        screens: ScreenManager,
        *,
        media: tuple[LoadedMaterial, MediaLibrary] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.screens = screens
        # The room's view first: it is told of every change before the presenter view, whose
        # relayout (a step that opens the board, the media controls) would otherwise delay it.
        self.audience = AudienceWindow(controller)
        self.presenter = PresenterWindow(controller)
        self.presenter.audience_preview = self.audience
        self.help = HelpOverlay(self.presenter)
        self.keys = ClickerKeys(self.handle)
        self.step_guard = StepGuard()
        self.keys.windows = [self.presenter, self.audience]
        self.keys.typing_target = self.presenter.typing_target
        app = QGuiApplication.instance()
        if app is not None:
            # On the application, so a key reaches us whichever child widget has focus.
            app.installEventFilter(self.keys)
        self.sleep = SleepInhibitor()
        self.chime = QSoundEffect(self)
        self.chime.setSource(QUrl.fromLocalFile(str(resources() / "sounds" / "chime.wav")))
        self.audience_visible = True
        self.audience_over_presenter = False  # one screen: the room view shown fullscreen on it
        self._closed = False
        controller.stepEnded.connect(self._ring)
        controller.activityEnded.connect(self._ring)
        controller.stateChanged.connect(self._on_state)
        screens.audienceScreenChanged.connect(self._place_audience)
        self.media: MediaService | None = None
        if media is not None:
            self._open_media(*media)
        self.presenter.leaveRequested.connect(self.close)
        self.presenter.showAudienceRequested.connect(self.toggle_audience)

    def _open_media(self, loaded: LoadedMaterial, library: MediaLibrary) -> None:
        """The material's film, podcast or case: loaded now, so play shows a picture at once."""
        main = loaded.material.main_media()
        if main is None:
            return
        self.media = MediaService(self)
        self.media.open(main, resolve_media(loaded, main, library))
        silence_when_hidden(self.media, self.controller)
        self._media_id = main.id
        self.controller.stateChanged.connect(self._play_with_activity)
        self.audience.attach_media(AudienceMediaView(self.media, main))
        self.presenter.attach_media(PresenterMediaControls(self.media, main), main.id)

    def _play_with_activity(self, state: object) -> None:
        """Starting "Se filmen" or "Hør podcast" plays it (the reducer shows it to the room).

        The start only: a film paused by the facilitator stays paused when its activity changes
        otherwise (its clock stopping with the film, a round, more time, a restart).
        """
        events = self.controller.session.events
        if self.media is None or not events or not isinstance(events[-1].intent, i.StartActivity):
            return
        activity = self.controller.running_activity()
        if activity is not None and activity.media == self._media_id:
            self.media.play()

    # --- showing ----------------------------------------------------------------------------
    def show(self) -> None:
        place_maximized(self.presenter, self.screens.presenter_screen())
        self._place_audience(self.screens.audience_screen())
        self.controller.start_repaints()
        self.sleep.inhibit("DialogDesk: a dialogue session is running")

    def _place_audience(self, screen: QScreen | None) -> None:
        """Fullscreen on the projector; with one screen, a preview window the facilitator can
        put fullscreen over the presenter view (F6) and take back (F6 or Escape)."""
        self.presenter.show_single_screen_controls(screen is None)
        if not self.audience_visible:
            return
        if screen is not None:
            self.audience_over_presenter = False
            place_fullscreen(self.audience, screen)
        elif self.audience_over_presenter:
            place_fullscreen(self.audience, self.screens.presenter_screen())
            self.audience.raise_()
            self.audience.activateWindow()
        else:
            place_windowed(self.audience, self.screens.presenter_screen())
            self.audience.resize(640, 360)
            self.presenter.raise_()
            self.presenter.activateWindow()
        self.presenter.refresh_thumbnail()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.controller.stop_repaints()
        self.sleep.release()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)
        if self.media is not None:
            self.media.unload()
        self.audience.allow_close()
        self.audience.close()
        self.presenter.close()
        self.controller.close()
        self.screens.audienceScreenChanged.disconnect(self._place_audience)
        # Deleted, not only closed: the windows' signal connections hold them (and the session)
        # in loops through Qt that Python alone cannot free, one session's worth every time.
        for gone in (self.audience, self.presenter, self.controller):
            gone.deleteLater()
        self.closed.emit()

    # --- commands from keys and remotes ----------------------------------------------------------
    def handle(self, command: Command) -> None:
        send = self.controller.send
        state = self.controller.state
        if command is Command.NEXT:
            now_ns = self.controller.now().mono_ns
            held = self.step_guard.hold(state, len(self.controller.material.steps), now_ns)
            if held is not None:
                self.presenter.say_held(held)
            elif send(i.NextStep()) and self.controller.state.current != state.current:
                self.step_guard.moved(now_ns)
        elif command is Command.PREVIOUS:
            if send(i.PreviousStep()):
                self.step_guard.moved(self.controller.now().mono_ns)
        elif command is Command.START_OR_PAUSE:
            self.controller.start_or_pause()
        elif command is Command.BLANK:
            send(i.ShowOnAudience(AudienceMode.BLANK.value))
        elif command is Command.FREEZE:
            send(i.ShowOnAudience(AudienceMode.FREEZE.value))
        elif command is Command.ADD_MINUTE and state.phase is SessionPhase.RUNNING:
            send(i.AddTime(seconds=60))
        elif command is Command.SWAP_SCREENS:
            self._swap_screens()
        elif command is Command.TOGGLE_AUDIENCE:
            self.toggle_audience()
        elif command is Command.REPLAN:
            self.presenter.replan.offer()
        elif command is Command.FILM_CLOCK:
            send(i.ShowFilmClock(shown=not state.film_clock))
        elif command is Command.RUNNING_ORDER:
            send(i.ShowRunningOrder(shown=not state.running_order))
        elif command is Command.HELP:
            self.help.toggle()
        elif command is Command.ESCAPE:
            # Escape never ends a session: it closes the help, returns to the presenter view on a
            # single screen, or brings a hidden room view back.
            if self.help.isVisible():
                self.help.hide()
            elif self.presenter.replan.isVisible():
                self.presenter.replan.dismiss()
            elif self.audience_over_presenter:
                self.toggle_audience()
            elif state.audience in (AudienceMode.BLANK, AudienceMode.FREEZE):
                send(i.ShowOnAudience(state.audience.value))

    def _swap_screens(self) -> None:
        """F7: the presenter view leaves for the projector first, so that the room's fullscreen
        view never lands on top of it; ``swap`` then moves the room's view, once, through
        ``audienceScreenChanged`` (moving a fullscreen window twice races the window manager)."""
        audience = self.screens.audience_screen()
        if audience is None:
            return
        place_maximized(self.presenter, audience)
        self.screens.swap()
        self.presenter.activateWindow()

    def toggle_audience(self) -> None:
        """F6: with one screen, the room view fullscreen and back; with two, shown or hidden."""
        screen = self.screens.audience_screen()
        if screen is None:
            self.audience_visible = True
            self.audience_over_presenter = not self.audience_over_presenter
            self._place_audience(None)
            return
        self.audience_visible = not self.audience_visible
        if self.audience_visible:
            self._place_audience(screen)
        else:
            self.audience.hide()

    def _ring(self) -> None:
        if self.controller.state.chime and self.controller.state.audience is not AudienceMode.BLANK:
            self.chime.play()

    def _on_state(self, state: object) -> None:
        if self.controller.state.phase is SessionPhase.ENDED:
            self.sleep.release()
