"""The material library: the first window a facilitator sees, one card per material."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.materials.catalog import MaterialCatalog, MaterialEntry, ProjectSummary
from dialogdesk.materials.problems import Problem

MAX_COLUMNS = 3
UNREADABLE_SHOWN = 3  # unreadable session files named at start; the history lists them all


def media_kind_name(kind: str) -> str:
    """The name of a ``MediaKind`` value ("film", "podcast", ...) in the interface language."""
    names = {
        "film": QCoreApplication.translate("LibraryWindow", "Film"),
        "podcast": QCoreApplication.translate("LibraryWindow", "Podcast"),
        "written_case": QCoreApplication.translate("LibraryWindow", "Written case"),
        "document": QCoreApplication.translate("LibraryWindow", "Document"),
    }
    return names.get(kind, kind)


def material_facts(entry: MaterialEntry) -> str:
    """'45-60 min · 4-20 participants · 5 steps · Film' in the interface language."""
    low, high = entry.duration_minutes
    minutes = f"{low}" if low == high else f"{low}–{high}"
    step_count = entry.step_count
    if step_count == 1:
        steps = QCoreApplication.translate("LibraryWindow", "1 step")
    else:
        steps = QCoreApplication.translate("LibraryWindow", "%1 steps").replace("%1", str(step_count))
    duration_text = QCoreApplication.translate("LibraryWindow", "%1 min")
    participants = QCoreApplication.translate("LibraryWindow", "%1–%2 participants")
    parts = [
        duration_text.replace("%1", minutes),
        participants.replace("%1", str(entry.participants[0])).replace("%2", str(entry.participants[1])),
        steps,
    ]
    parts += [media_kind_name(kind) for kind in entry.media_kinds]
    return " · ".join(parts)


def shorten(text: str, limit: int) -> str:
    """Cut long text at a word boundary, so every card stays the same size."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


class MaterialCard(QFrame):
    """One material: its title, what it is about, and the facts a facilitator plans by."""

    prepareRequested = Signal(object)  # MaterialEntry
    rehearseRequested = Signal(object)  # MaterialEntry
    printRequested = Signal(object, str)  # MaterialEntry, "drejebog" or "handout"

    def __init__(self, entry: MaterialEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("materialCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title_label = QLabel(entry.title)
        self.title_label.setObjectName("cardTitle")
        self.title_label.setWordWrap(True)
        self.intention_label = QLabel(shorten(entry.intention, 220))
        self.intention_label.setToolTip(entry.intention)
        self.intention_label.setWordWrap(True)
        self.intention_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts_label = QLabel(material_facts(entry))
        self.facts_label.setObjectName("cardFacts")
        self.facts_label.setWordWrap(True)
        self.prepare_button = QPushButton(QCoreApplication.translate("LibraryWindow", "Prepare session ▶"))
        self.prepare_button.clicked.connect(lambda: self.prepareRequested.emit(self.entry))
        layout.addWidget(self.title_label)
        layout.addWidget(self.intention_label, 1)
        layout.addWidget(self.facts_label)
        self.drejebog_button = QPushButton(QCoreApplication.translate("LibraryWindow", "Drejebog (PDF)"))
        self.drejebog_button.clicked.connect(lambda: self.printRequested.emit(self.entry, "drejebog"))
        self.handout_button = QPushButton(QCoreApplication.translate("LibraryWindow", "Handout (PDF)"))
        self.handout_button.clicked.connect(lambda: self.printRequested.emit(self.entry, "handout"))
        self.rehearse_button = QPushButton(QCoreApplication.translate("LibraryWindow", "Rehearse"))
        self.rehearse_button.setToolTip(
            QCoreApplication.translate(
                "LibraryWindow", "Run the material on both screens with a fast clock; nothing is saved."
            )
        )
        self.rehearse_button.clicked.connect(lambda: self.rehearseRequested.emit(self.entry))
        # Print on one row, try and run on the next: three cards still fit a 1366-wide laptop.
        printing = self.button_row = QHBoxLayout()
        printing.addWidget(self.drejebog_button)
        printing.addWidget(self.handout_button)
        printing.addStretch(1)
        running = self.run_row = QHBoxLayout()
        running.addStretch(1)
        running.addWidget(self.rehearse_button)
        running.addWidget(self.prepare_button)
        layout.addLayout(printing)
        layout.addLayout(running)

    def narrowest(self) -> int:
        """The narrowest this card can be: its buttons side by side (its texts wrap).

        Asked of the buttons rather than of the whole card: a word-wrapping label works out its
        minimum size by laying its text out at several widths, a cost at every start.
        """
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        inner = self.layout().contentsMargins()
        rows = max(self.button_row.minimumSize().width(), self.run_row.minimumSize().width())
        # A word-wrapped text is as narrow as its longest word ("Forventningsafstemning").
        words = max(
            label.fontMetrics().horizontalAdvance(word)
            for label in (self.title_label, self.intention_label, self.facts_label)
            for word in label.text().split()
        )
        return max(rows, words) + margins + inner.left() + inner.right()


class _CardScrollArea(QScrollArea):
    """Says when it was resized: the window's own resize comes before the scroll area's."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class LibraryWindow(QMainWindow):
    """Lists the materials that loaded and says plainly which files did not, and why."""

    prepareRequested = Signal(object)  # MaterialEntry
    rehearseRequested = Signal(object)  # MaterialEntry
    resumeRequested = Signal(object)  # Path of an unfinished session
    languageChosen = Signal(str)  # "da" or "en"
    printRequested = Signal(object, str)  # MaterialEntry, "drejebog" or "handout"
    historyRequested = Signal()

    def __init__(self, library: MaterialCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._problems: list[Problem] = []
        self.setWindowTitle(QCoreApplication.translate("LibraryWindow", "DialogDesk – dialogue materials"))
        self.resize(1100, 720)

        central = QWidget()
        layout = QVBoxLayout(central)
        heading = QLabel(QCoreApplication.translate("LibraryWindow", "Choose a dialogue material"))
        heading.setObjectName("libraryHeading")
        layout.addWidget(heading)

        self.error_label = QLabel()
        self.error_label.setObjectName("libraryErrors")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.show_problems(library.errors)

        self.resume_banner = QFrame()
        self.resume_banner.setObjectName("resumeBanner")
        banner_layout = QHBoxLayout(self.resume_banner)
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton(QCoreApplication.translate("LibraryWindow", "Continue the session"))
        self.resume_button.clicked.connect(lambda: self.resumeRequested.emit(self._resume_path))
        banner_layout.addWidget(self.resume_label, 1)
        banner_layout.addWidget(self.resume_button)
        self.resume_banner.hide()
        self._resume_path: object = None
        layout.addWidget(self.resume_banner)
        layout.addWidget(self._unreadable_sessions_banner())

        self.cards = [MaterialCard(entry) for entry in library.entries]
        for card in self.cards:
            card.prepareRequested.connect(self.prepareRequested)
            card.rehearseRequested.connect(self.rehearseRequested)
            card.printRequested.connect(self.printRequested)
        grid_host = self._grid_host = QWidget()
        host_layout = QVBoxLayout(grid_host)
        self._grid = QGridLayout()
        host_layout.addLayout(self._grid)
        host_layout.addStretch(1)  # cards keep their height at the top
        self._columns = 0
        self._scroll = _CardScrollArea()
        self._scroll.resized.connect(self._arrange_cards)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(grid_host)
        layout.addWidget(self._scroll, 1)
        self._arrange_cards()
        if not self.cards:
            empty = QLabel(QCoreApplication.translate("LibraryWindow", "No materials found."))
            layout.addWidget(empty)
        self.setCentralWidget(central)

        self.about_action = QAction(QCoreApplication.translate("LibraryWindow", "&About DialogDesk"), self)
        self.about_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.about_action.triggered.connect(self.show_about)
        sessions_title = QCoreApplication.translate("LibraryWindow", "&Sessions")
        self.history_action = QAction(QCoreApplication.translate("LibraryWindow", "Past sessions…"), self)
        self.history_action.triggered.connect(self.historyRequested.emit)
        self.menuBar().addMenu(sessions_title).addAction(self.history_action)
        language_title = QCoreApplication.translate("LibraryWindow", "&Language")
        self.language_menu = self.menuBar().addMenu(language_title)
        for code, name in (("da", "Dansk"), ("en", "English")):
            action = self.language_menu.addAction(name)
            action.triggered.connect(lambda _=False, c=code: self.languageChosen.emit(c))
        help_title = QCoreApplication.translate("LibraryWindow", "&Help")
        self.menuBar().addMenu(help_title).addAction(self.about_action)
        self.setStyleSheet(_STYLE)

    @property
    def columns(self) -> int:
        return self._columns

    def _arrange_cards(self) -> None:
        """As many columns as fit (at most three), so that no card is cut off at the side."""
        if not self.cards:
            return
        spacing = max(self._grid.horizontalSpacing(), 0)
        host, grid = self._grid_host.layout().contentsMargins(), self._grid.contentsMargins()
        # Not viewport().width(): the first viewport() call costs 9 ms of a 200 ms start-up. Room
        # is kept for a vertical scroll bar, which comes when the cards are taller than the window.
        available = (
            self._scroll.maximumViewportSize().width()
            - self._scroll.verticalScrollBar().sizeHint().width()
            - host.left()
            - host.right()
            - grid.left()
            - grid.right()
        )
        card_width = max(card.narrowest() for card in self.cards)
        fitting = (available + spacing) // (card_width + spacing)
        columns = max(1, min(MAX_COLUMNS, len(self.cards), fitting))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(MAX_COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def offer_resume(self, path: object, description: str) -> None:
        """Offer an unfinished session (found on start) for resumption at the same step."""
        self._resume_path = path
        self.resume_label.setText(
            QCoreApplication.translate("LibraryWindow", "An unfinished session was found: %1").replace(
                "%1", description
            )
        )
        self.resume_banner.setVisible(path is not None)

    def _unreadable_sessions_banner(self) -> QFrame:
        self.sessions_banner = QFrame()
        self.sessions_banner.setObjectName("unreadableSessions")
        sessions_layout = QHBoxLayout(self.sessions_banner)
        self.sessions_label = QLabel()
        self.sessions_label.setWordWrap(True)
        self.sessions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_sessions_button = QPushButton(QCoreApplication.translate("LibraryWindow", "Show"))
        self.show_sessions_button.clicked.connect(self.historyRequested.emit)
        sessions_layout.addWidget(self.sessions_label, 1)
        sessions_layout.addWidget(self.show_sessions_button)
        self.sessions_banner.hide()
        return self.sessions_banner

    def show_unreadable_sessions(self, problems: list[str]) -> None:
        """Say at start which earlier session files could not be read ("<file>: <why>" each)."""
        self.sessions_banner.setVisible(bool(problems))
        if len(problems) == 1:
            text = QCoreApplication.translate("LibraryWindow", "1 earlier session could not be read: %1")
            self.sessions_label.setText(text.replace("%1", problems[0]))
        elif problems:
            text = QCoreApplication.translate("LibraryWindow", "%1 earlier sessions could not be read:")
            shown = problems[:UNREADABLE_SHOWN]
            if len(problems) > len(shown):
                more = QCoreApplication.translate("LibraryWindow", "… and %1 more")
                shown.append(more.replace("%1", str(len(problems) - len(shown))))
            self.sessions_label.setText("\n".join([text.replace("%1", str(len(problems))), *shown]))

    def show_problems(self, problems: list[Problem]) -> None:
        """Say which material files could not be loaded, and why (at start, or when one is opened)."""
        self._problems += [problem for problem in problems if problem not in self._problems]
        if not self._problems:
            return
        lines = "\n".join(str(problem) for problem in self._problems)
        heading = QCoreApplication.translate("LibraryWindow", "Some material files could not be loaded:")
        self.error_label.setText(heading + "\n" + lines)
        self.error_label.show()

    def project_context(self) -> ProjectSummary | None:
        return next((entry.project for entry in self.library.entries if entry.project), None)

    def about_text(self) -> str:
        project = self.project_context()
        purpose = QCoreApplication.translate(
            "LibraryWindow",
            "Runs a structured staff dialogue in a meeting room: the script, the timers, "
            "the film or podcast and the idea board, on the facilitator's screen and the projector.",
        )
        text = f"<h2>DialogDesk</h2><p>{purpose}"
        text += "</p>"
        if project is not None:
            text += f"<h3>{project.name}</h3><p>{project.description}</p>"
            text += "".join(f"<p>{paragraph}</p>" for paragraph in project.background)
            if project.topics:
                text += "<p><b>" + QCoreApplication.translate("LibraryWindow", "Topics") + "</b></p><ul>"
                text += "".join(f"<li>{topic}</li>" for topic in project.topics) + "</ul>"
        return text

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(QCoreApplication.translate("LibraryWindow", "About DialogDesk"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.open()


_STYLE = """
QLabel#libraryHeading { font-size: 22pt; font-weight: bold; margin: 8px 4px; }
QFrame#resumeBanner { background: #fff4cc; border: 1px solid #d9a400; }
QFrame#resumeBanner QLabel { font-size: 12pt; }
QFrame#unreadableSessions { background: #fde8e8; border: 1px solid #d33; }
QFrame#unreadableSessions QLabel { color: #8a1010; font-size: 11pt; }
QLabel#libraryErrors { background: #fde8e8; color: #8a1010; padding: 8px; border: 1px solid #d33; }
QFrame#materialCard QLabel { font-size: 11pt; }
QFrame#materialCard { background: white; border: 1px solid #c8ccd2; border-radius: 8px; padding: 10px; }
QFrame#materialCard QLabel#cardTitle { font-size: 15pt; font-weight: bold; color: #1b2a41; }
QFrame#materialCard QLabel#cardFacts { color: #33475b; font-weight: bold; font-size: 11pt; }
"""
