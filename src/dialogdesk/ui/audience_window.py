"""The audience view: fullscreen on the projector, large enough to read from the back of the room.

It shows only what participants may see (step title, countdown, their instruction and
questions, picked pairs, the board, a message to the room) and never the facilitator's lines,
tips or notes. Blank and freeze affect this window only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.session.state import AudienceMode, SessionPhase, SessionState
from dialogdesk.session.timing import Timing
from dialogdesk.ui import style
from dialogdesk.ui.board import AudienceBoard
from dialogdesk.ui.board.results import method_result, ranking_lines, result_lines, theme_lines
from dialogdesk.ui.clock_texts import (
    activity_clock,
    activity_round,
    phase_words,
    step_clock,
    wrap_up_clock,
    wrap_up_words,
)
from dialogdesk.ui.room_language import RoomWords, room_words
from dialogdesk.ui.room_running_order import RoomRunningOrder
from dialogdesk.ui.room_strip import RoomStrip
from dialogdesk.ui.session_controller import SessionController
from dialogdesk.ui.work_form import work_form

_label = style.plain_label
# How much the step's text may shrink to fit the screen, tried in this order.
# Largest first: a short instruction grows to fill the screen (two thirds of it stood empty),
# a long one shrinks until it fits. The step's title never grows past its full size.
FIT_SCALES = (2.0, 1.8, 1.6, 1.4, 1.25, 1.1, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)
GROWN_SHARE = 0.85
# Only an extreme material (twelve long questions on a 720-line projector) comes down to this:
# small, but nothing the room should read is cut off.
MIN_FITTED_TEXT_PX = 16
PAD_X, PAD_Y = 24, 24  # around the step's texts


class StepPage(QWidget):
    """The step: title, countdown, what to do now, the questions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Its texts are fitted to the screen (``AudienceWindow._fit_text``): its fonts, not its
        # minimum size, follow the screen, also while the board with its band has the screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.step_label = _label("audienceStep")
        self.countdown_label = _label("audienceCountdown", wrap=False)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The phase in words under the countdown: it does not rely on colour alone.
        self.phase_label = _label("audiencePhase", wrap=False)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.phase_label.setVisible(False)
        self.activity_label = _label("audienceActivity")
        # How the room works now ("Gå sammen to og to"), from the step's grouping.
        self.work_form_label = _label("audienceWorkForm")
        self.instruction_label = _label("audienceInstruction")
        self.questions_label = _label("audienceQuestions")
        self.questions_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        header = QHBoxLayout()
        header.addWidget(self.step_label, 1, Qt.AlignmentFlag.AlignTop)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(self.countdown_label)
        clock.addWidget(self.phase_label)
        clock.addStretch(1)
        header.addLayout(clock, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.activity_label)
        layout.addWidget(self.work_form_label)
        layout.addWidget(self.instruction_label)
        layout.addWidget(self.questions_label, 1)


class PairsPage(QWidget):
    """The pairs picked to present ("pluk"), and every pair for reference."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading_label = _label("audienceStep")
        self.picked_label = _label("audiencePicked")
        self.all_pairs_label = _label("audienceQuestions")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.picked_label)
        layout.addWidget(self.all_pairs_label, 1)


class TestPattern(QWidget):
    """Shown from the preparation page so the facilitator sees which screen is the projector.

    A click or any key takes it away (on a single screen it covers the preparation page).
    """

    dismissed = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        self.dismissed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.hide()
        self.dismissed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        bars = ["#ffffff", "#ffd23f", "#00b4d8", "#2ec4b6", "#ff8a80", "#b388ff", "#0b1a2b"]
        width = self.width() / len(bars)
        for index, colour in enumerate(bars):
            painter.fillRect(int(index * width), 0, int(width) + 1, self.height(), QColor(colour))
        painter.fillRect(
            0, int(self.height() * 0.35), self.width(), int(self.height() * 0.3), QColor("#000000")
        )
        font = QFont()
        font.setPixelSize(max(36, self.height() // 12))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        screen = self.screen()
        text = QCoreApplication.translate("AudienceWindow", "DialogDesk – audience screen")
        if screen is not None:
            text += f"\n{screen.name()}  {screen.geometry().width()}×{screen.geometry().height()}"
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)


class AudienceWindow(QWidget):
    """The projector's window. It closes only when the session window says so."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.controller = controller
        self.setObjectName("audienceWindow")
        self.setWindowTitle(QCoreApplication.translate("AudienceWindow", "DialogDesk – audience"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._closing_allowed = False
        self._showing_test_pattern = False
        self.media_view: QWidget | None = None

        self.step_page = StepPage()
        self.pairs_page = PairsPage()
        self.board_page = AudienceBoard(controller)
        self.blank_page = QWidget()
        self.blank_page.setObjectName("audienceBlank")
        self.freeze_page = QLabel()
        self.freeze_page.setObjectName("audienceBlank")
        self.freeze_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.test_pattern = TestPattern()
        self.pages = QStackedWidget()
        for page in (
            self.step_page,
            self.pairs_page,
            self.board_page,
            self.blank_page,
            self.freeze_page,
            self.test_pattern,
        ):
            self.pages.addWidget(page)
        self.message_label = _label("audienceMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Above the board and the pairs: the step, its task and its countdown stay in the room's sight.
        self.room_strip = RoomStrip()
        self.room_strip.setVisible(False)
        # Along the bottom, when the session wants it: where in the dialogue the room is.
        self.running_order = RoomRunningOrder()
        self.running_order.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The window is its screen's size, whatever the text asks for: the text is fitted to the
        # screen (``_fit_text``), never the window grown past the projector.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.room_strip)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.running_order)

        self._text_scale = 1.0
        self._styled_height: int | None = None
        self._fitted_for: object = None
        controller.stateChanged.connect(self.render_state)
        controller.ticked.connect(self.render_timing)
        self._apply_sizes()
        self.render_state(controller.state)
        self.render_timing(controller.timing())

    # --- rendering -------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    @property
    def words(self) -> RoomWords:
        """The room's words, in the material's language (a preview may load another material)."""
        return room_words(self.controller.material)

    def render_state(self, state: SessionState) -> None:
        """Update every page (also hidden ones), then pick the one to show: no stale flashes."""
        material = self.controller.material
        step = material.steps[state.current]
        if state.phase is SessionPhase.PREPARATION:
            self.step_page.step_label.setText(material.title)
            self.step_page.instruction_label.setText(material.framing_intro)
            self.step_page.questions_label.setText(_bullets(material.framing_questions))
        elif state.phase in (SessionPhase.WRAP_UP, SessionPhase.ENDED):
            heading = (
                self.words.translate("AudienceWindow", "Our agreement")
                if material.wrap_up.agreement
                else self.words.translate("AudienceWindow", "What we found")  # what the method produced
            )
            self.step_page.step_label.setText(heading)
            self.step_page.instruction_label.setText(self._agreement_text(state))
            self.step_page.questions_label.setText(self._themes_text(state))
            self.room_strip.show_step(heading, "", self.width())
        else:
            self.step_page.step_label.setText(self.words.step_title(step))
            self.step_page.work_form_label.setText(work_form(step, self.words))
            self.step_page.instruction_label.setText(step.participant_instruction)
            self.step_page.questions_label.setText(_bullets(step.participant_questions))
            self.room_strip.show_step(self.words.step_title(step), step.participant_instruction, self.width())
        if state.phase is not SessionPhase.RUNNING:
            self.step_page.work_form_label.setText("")
        self.step_page.work_form_label.setVisible(bool(self.step_page.work_form_label.text()))
        self.room_strip.show_work_form(self.step_page.work_form_label.text())
        self._render_pairs(state)
        self.running_order.render(state, material, self.words)
        self.message_label.setText(state.room_message)
        self.message_label.setVisible(bool(state.room_message) and state.audience is not AudienceMode.BLANK)
        self.render_timing(self.controller.timing())
        self._show_mode(state)
        self._fit_text(state)  # once its page is shown: a page behind the board has no layout
        if self.isVisible():
            self.repaint()  # now, before the presenter view's slower update: the room waits for this

    def render_timing(self, timing: Timing) -> None:
        state = self.controller.state
        page = self.step_page
        running_phase = state.phase is SessionPhase.RUNNING
        closing = wrap_up_clock(state, timing)  # the wrap-up counts down to the planned end
        counting = running_phase or closing is not None
        page.countdown_label.setVisible(counting)
        activity = self.controller.running_activity()
        activity_time = activity_clock(state, timing)
        if activity is not None and activity_time is not None:
            line = activity.participant_instruction or activity.title
            if (numbers := activity_round(timing)) is not None:  # a series: which round the clock counts
                of = self.words.translate("AudienceWindow", "Round %1 of %2")
                line = of.replace("%1", str(numbers[0])).replace("%2", str(numbers[1])) + "\n" + line
            page.activity_label.setText(line)
            page.activity_label.setVisible(True)
            page.instruction_label.setVisible(False)
            clock = activity_time
        else:
            page.activity_label.setVisible(False)
            page.instruction_label.setVisible(True)
            clock = step_clock(timing)
        if closing is not None:
            clock = closing
        text, phase = clock.text, clock.phase
        if state.paused and running_phase:
            text = "❚❚ " + text
        page.countdown_label.setText(text)
        colour = style.PHASE_COLOURS_ON_DARK[phase]
        page.countdown_label.setStyleSheet(f"color: {colour};")
        if closing is not None:
            words = wrap_up_words(closing, timing, self.words)
        else:
            words = phase_words(state, clock, self.words)
        page.phase_label.setText(words)
        page.phase_label.setStyleSheet(f"color: {colour};")
        if page.phase_label.isVisibleTo(page) != bool(words):
            page.phase_label.setVisible(bool(words))
            self._fitted_for = None  # the header grew or shrank: fit the text again
            self._fit_text(state)
        self.room_strip.show_clock(text if counting else "", words if counting else "", colour)
        if activity is not None and activity_time is not None:  # what the room does now, under the title
            step = self.controller.material.steps[state.current]
            task = page.activity_label.text().replace("\n", " · ")
            self.room_strip.show_step(self.words.step_title(step), task, self.width())
        if self.media_view is not None and hasattr(self.media_view, "show_countdown"):
            shown = f"{text}\n{words}" if words else text
            self.media_view.show_countdown(shown if running_phase else "", colour, over_film=state.film_clock)

    def _render_pairs(self, state: SessionState) -> None:
        pairs = {pair.number: pair for pair in state.pairs}
        words = self.words
        pair_word = words.translate("AudienceWindow", "Pair %1")
        self.pairs_page.heading_label.setText(words.translate("AudienceWindow", "Your turn"))
        picked = [pair_word.replace("%1", str(number)) for number in state.presenting]
        self.pairs_page.picked_label.setText("   ".join(picked))
        lines = [
            pair_word.replace("%1", str(pair.number)) + ": " + ", ".join(pair.members)
            for pair in pairs.values()
            if state.setup.participant_names
        ]
        if not state.presenting and (state.groups or state.people_groups):  # who goes with whom
            self.pairs_page.heading_label.setText(words.translate("AudienceWindow", "Your groups"))
            lines = self._group_lines(state)
            self.pairs_page.picked_label.setText("")
        self.pairs_page.all_pairs_label.setText("\n".join(lines))

    def _group_lines(self, state: SessionState) -> list[str]:
        """'Gruppe 1: 3, 7, 12, 5'; groups of pairs as their pairs ('Par 1 + Par 4')."""
        group_word = self.words.translate("AudienceWindow", "Group %1")
        pair_word = self.words.translate("AudienceWindow", "Pair %1")
        if state.people_groups:
            members = [", ".join(group) for group in state.people_groups]
        else:
            members = [" + ".join(pair_word.replace("%1", str(n)) for n in group) for group in state.groups]
        return [f"{group_word.replace('%1', str(number))}: {text}" for number, text in enumerate(members, 1)]

    def _agreement_text(self, state: SessionState) -> str:
        material = self.controller.material
        if not material.wrap_up.agreement:  # no decision: the ranking (themes below), in the room's words
            result = method_result(state.board, material)
            if result.rows or result.themes:
                return "\n".join(ranking_lines(result, self.words.translate, compact=True))
            return "\n".join(result_lines(result, self.words.translate))  # "Nothing was written ..."
        lines = []
        for field in self.controller.material.wrap_up.agreement:
            value = state.agreement.get(field.id, "")
            if value:
                lines.append(f"{field.label}: {value}")
        return "\n".join(lines)

    def _themes_text(self, state: SessionState) -> str:
        """Without an agreement, the themes with their cards, under the ranking in smaller type."""
        material = self.controller.material
        if material.wrap_up.agreement:
            return ""
        return "\n".join(theme_lines(method_result(state.board, material), self.words.translate))

    def _show_mode(self, state: SessionState) -> None:
        mode = state.audience
        if self._showing_test_pattern:
            self.room_strip.setVisible(False)
            self.running_order.setVisible(False)
            self.pages.setCurrentWidget(self.test_pattern)
            return
        if mode is AudienceMode.FREEZE:
            if self.pages.currentWidget() is not self.freeze_page:
                # Keep the last frame the room saw, the band with its clock and the running order
                # included; the presenter view stays live.
                seen = self.pages.geometry()
                for part in (self.room_strip, self.running_order):
                    if part.isVisible():
                        seen = seen.united(part.geometry())
                self.freeze_page.setPixmap(self.grab(seen))
            self.room_strip.setVisible(False)
            self.running_order.setVisible(False)
            self.pages.setCurrentWidget(self.freeze_page)
            return
        page = {
            AudienceMode.STEP: self.step_page,
            AudienceMode.PAIRS: self.pairs_page,
            AudienceMode.BOARD: self.board_page,
            AudienceMode.BLANK: self.blank_page,
            AudienceMode.MEDIA: self.media_view or self.step_page,
        }[mode]
        self.room_strip.setVisible(page in (self.board_page, self.pairs_page))
        # Not over a film or a black screen: those have the whole screen.
        self.running_order.setVisible(
            state.running_order and mode not in (AudienceMode.BLANK, AudienceMode.MEDIA)
        )
        self.pages.setCurrentWidget(page)

    def attach_media(self, view: QWidget) -> None:
        """The film, podcast or case view, shown when the facilitator sends the media to the room."""
        self.media_view = view
        if hasattr(view, "use_room_words"):
            view.use_room_words(self.words)  # the room's language, not the interface's
        self.pages.addWidget(view)
        self._show_mode(self.controller.state)

    def show_test_pattern(self, shown: bool) -> None:
        self._showing_test_pattern = shown
        self._show_mode(self.controller.state)

    def frozen_frame(self) -> QPixmap | None:
        return self.freeze_page.pixmap() if self.pages.currentWidget() is self.freeze_page else None

    # --- size and closing ---------------------------------------------------------------------
    def _fit_text(self, state: SessionState) -> None:
        """The step's text as large as the room's screen holds: smaller only when it would not fit
        (a material with twelve long questions), so nothing the room should read is cut off."""
        message = self.message_label
        page = self.step_page
        if self.pages.currentWidget() is not page:
            return  # fitted when it is shown (the stacked layout lays out only the page shown)
        texts = (page.step_label.text(), page.instruction_label.text(), page.questions_label.text())
        # The texts too: the agreement written at the wrap-up changes what must fit, not the step.
        order_shown = self.running_order.isVisibleTo(self)
        key = (
            state.current,
            state.phase,
            state.activity,
            self.size().toTuple(),
            message.text(),
            texts,
            order_shown,
        )
        if key == self._fitted_for:
            return
        self._fitted_for = key
        available = self.height() - sum(
            part.sizeHint().height() for part in (message, self.running_order) if part.isVisibleTo(self)
        )

        def fits(scale: float) -> bool:
            # Growing keeps some room in reserve: the estimate is of the text, not Qt's exact layout.
            return self._needed_height(scale) <= (available * GROWN_SHARE if scale > 1 else available)

        first = next((index for index, s in enumerate(FIT_SCALES) if fits(s)), len(FIT_SCALES) - 1)
        for scale in FIT_SCALES[first:]:
            self._apply_sizes(scale)
            if self._laid_out_whole():
                break  # a text Qt's layout would cut (its wrapping is not the estimate's) gets the next size

    def _laid_out_whole(self) -> bool:
        """Whether, laid out now, each of the step page's texts gets the height it needs."""
        page = self.step_page
        page.layout().activate()
        labels = (page.step_label, page.work_form_label, page.instruction_label, page.questions_label)
        return all(
            label.height() >= label.heightForWidth(label.width())
            for label in labels
            if label.isVisibleTo(page) and label.text()
        )

    def _needed_height(self, scale: float) -> int:
        """The step page's height at ``scale``, measured with the fonts it would get."""
        countdown_px, title_px, instruction_px, text_px = _text_sizes(self.height(), scale)
        page = self.step_page
        layout = page.layout()
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        countdown_shown = page.countdown_label.isVisibleTo(page)
        countdown = _metrics(page.countdown_label, countdown_px, bold=True)
        countdown_width = countdown.horizontalAdvance(page.countdown_label.text()) + 2 * PAD_X
        title = _metrics(page.step_label, title_px, bold=True)
        phase_shown = countdown_shown and page.phase_label.isVisibleTo(page)
        phase = _metrics(page.phase_label, title_px, bold=True)
        if phase_shown:
            countdown_width = max(
                countdown_width, phase.horizontalAdvance(page.phase_label.text()) + 2 * PAD_X
            )
        header = max(
            _wrapped_height(
                page.step_label, title, width - (countdown_width if countdown_shown else 0), PAD_Y
            ),
            (countdown.height() if countdown_shown else 0) + (phase.height() if phase_shown else 0),
        )
        blocks = [
            header,
            _wrapped_height(page.activity_label, _metrics(page.activity_label, title_px), width, 0),
            _wrapped_height(
                page.work_form_label, _metrics(page.work_form_label, text_px, bold=True), width, 0
            ),
            _wrapped_height(
                page.instruction_label, _metrics(page.instruction_label, instruction_px), width, PAD_Y // 2
            ),
            _wrapped_height(page.questions_label, _metrics(page.questions_label, text_px), width, PAD_Y // 2),
        ]
        spacing = layout.spacing() * sum(1 for block in blocks if block)
        return sum(blocks) + spacing + margins.top() + margins.bottom()

    def _apply_sizes(self, scale: float | None = None) -> None:
        if scale is None:
            scale = self._text_scale
        elif scale == self._text_scale and self._styled_height == self.height():
            return
        self._text_scale, self._styled_height = scale, self.height()
        countdown_px, title_px, instruction_px, text_px = _text_sizes(self.height(), scale)
        self.setStyleSheet(
            f"""
            QWidget#audienceWindow, QStackedWidget, StepPage, PairsPage {{
                background: {style.AUDIENCE_BACKGROUND}; color: {style.AUDIENCE_TEXT}; }}
            QWidget#audienceBlank {{ background: #000000; }}
            QLabel {{ color: {style.AUDIENCE_TEXT}; font-size: {text_px}px; }}
            QLabel#audienceStep {{ font-size: {title_px}px; font-weight: bold;
                padding: {PAD_Y}px {PAD_X}px; }}
            QLabel#audienceCountdown {{ font-size: {countdown_px}px; font-weight: bold;
                padding: 0 {PAD_X}px; }}
            QLabel#audiencePhase {{ font-size: {title_px}px; font-weight: bold; padding: 0 {PAD_X}px; }}
            QLabel#audienceActivity {{ font-size: {title_px}px; color: {style.AUDIENCE_MESSAGE_BACKGROUND};
                padding: 0 {PAD_X}px; }}
            QLabel#audienceWorkForm {{ font-size: {text_px}px; font-weight: bold;
                color: {style.AUDIENCE_MESSAGE_BACKGROUND}; padding: 0 {PAD_X}px; }}
            QLabel#audienceInstruction {{ font-size: {instruction_px}px;
                padding: {PAD_Y // 2}px {PAD_X}px; }}
            QLabel#audienceQuestions {{ font-size: {text_px}px; padding: {PAD_Y // 2}px {PAD_X}px;
                color: {style.AUDIENCE_MUTED}; }}
            QLabel#audiencePicked {{ font-size: {countdown_px // 2}px; font-weight: bold; padding: 24px; }}
            QLabel#audienceTheme {{ font-weight: bold; color: {style.AUDIENCE_MESSAGE_BACKGROUND};
                padding: 8px; }}
            QLabel#audienceCard {{ background: #ffffff; color: #111111; border-radius: 6px; padding: 8px;
                margin: 4px; }}
            QLabel#audienceMessage {{ background: {style.AUDIENCE_MESSAGE_BACKGROUND};
                color: {style.AUDIENCE_MESSAGE_TEXT}; font-size: {title_px}px; font-weight: bold;
                padding: 12px; }}
            """
            + self.room_strip.style_sheet(self.height(), *_strip_sizes(self.height()))
            + self.running_order.style_sheet(self.height())
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fitted_for = None
        self._fit_text(self.controller.state)

    def allow_close(self) -> None:
        self._closing_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        # Alt+F4 on the projector must not end the room's view; the presenter closes it.
        if self._closing_allowed:
            event.accept()
        else:
            event.ignore()


def _text_sizes(window_height: int, scale: float) -> tuple[int, int, int, int]:
    """Pixel sizes of the countdown, the titles, the instruction and the other text, at ``scale``
    of the full size (the titles at most full size: only what the room reads grows)."""
    height = max(window_height, 480)
    full_title_px = max(style.MIN_AUDIENCE_TEXT_PX + 12, height * 0.055)
    full_text_px = max(style.MIN_AUDIENCE_TEXT_PX, height * 0.04)
    return (
        int(height * style.COUNTDOWN_HEIGHT_SHARE),
        max(MIN_FITTED_TEXT_PX + 4, int(full_title_px * min(scale, 1.0))),
        max(MIN_FITTED_TEXT_PX + 4, int(full_title_px * scale)),
        max(MIN_FITTED_TEXT_PX, int(full_text_px * scale)),
    )


def _strip_sizes(window_height: int) -> tuple[int, int]:
    """The band's instruction and title: the step page's full sizes, a little smaller."""
    _countdown, title_px, _instruction, text_px = _text_sizes(window_height, 1.0)
    text = max(style.MIN_AUDIENCE_TEXT_PX - 8, int(text_px * 0.85))
    return text, max(style.MIN_AUDIENCE_TEXT_PX, int(title_px * 0.8))


def _metrics(label: QLabel, pixels: int, *, bold: bool = False) -> QFontMetrics:
    font = QFont(label.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    return QFontMetrics(font)


def _wrapped_height(label: QLabel, metrics: QFontMetrics, width: int, pad_y: int) -> int:
    """The height ``label``'s text takes wrapped to ``width`` (0 when it is not shown on its page;
    the page itself may be behind the board: it is fitted all the same, for when it comes back)."""
    if not label.isVisibleTo(label.parentWidget()) or not label.text():
        return 0
    area = QRect(0, 0, max(1, width - 2 * PAD_X), 1 << 20)
    return metrics.boundingRect(area, Qt.TextFlag.TextWordWrap, label.text()).height() + 2 * pad_y


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"•  {line}" for line in lines)
