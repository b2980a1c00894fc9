"""``dialogdesk --self-test``: a short scripted session offscreen that proves the install works.

IT runs it after installing; CI runs it on the frozen bundle, so a missing Qt plugin or data file
fails there and not in front of a room. Exits 0 only if every check passed.

Each check is a function of the run's ``Context``; later checks use what earlier ones left there
(the session that ran is the one whose board, file and report are checked).
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from dialogdesk.datadir import ENV_VARIABLE
from dialogdesk.platform.offscreen import offscreen_platform

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from dialogdesk.media.player import MediaService
    from dialogdesk.ui.flow import DialogDesk
    from dialogdesk.ui.session_screens import SessionScreens


class SelfTest:
    """Runs named checks in order, printing one line each; later checks see earlier results."""

    def __init__(self) -> None:
        self.failures = 0

    def check(self, name: str, action: Callable[[], str | None]) -> None:
        try:
            detail = action()
        except Exception as error:  # a self-test reports every failure and carries on
            self.failures += 1
            print(f"FAIL  {name}: {error}")
            traceback.print_exc(limit=3, file=sys.stdout)
            return
        print(f"ok    {name}" + (f" ({detail})" if detail else ""))


@dataclass
class Context:
    """What the checks share: the scratch folder, the app, and what earlier checks made."""

    work: Path
    app: QApplication
    desk: DialogDesk | None = None
    running: SessionScreens | None = None
    film: MediaService | None = None  # kept until the end, like a session keeps its player

    def session_ran(self) -> SessionScreens:
        if self.running is None:
            raise RuntimeError("no session ran")
        return self.running


def check_materials(context: Context) -> str:
    from dialogdesk.materials.library import MaterialLibrary
    from dialogdesk.paths import bundled_materials

    library = MaterialLibrary.load([bundled_materials()])
    if library.errors or len(library.materials) < 3:
        raise RuntimeError(f"{len(library.materials)} materials, errors: {library.errors}")
    return f"{len(library.materials)} materials"


def check_library_listing(context: Context) -> str:
    from dialogdesk.materials.catalog import MaterialCatalog
    from dialogdesk.paths import bundled_materials

    catalog = MaterialCatalog.scan([bundled_materials()])  # no cache: only the bundle's verdicts
    if catalog.errors or len(catalog.entries) < 3:
        raise RuntimeError(f"{len(catalog.entries)} materials listed, errors: {catalog.errors}")
    if getattr(sys, "frozen", False) and catalog.judged:
        raise RuntimeError(
            f"{catalog.judged} bundled material(s) had to be validated: the bundle's verdicts "
            "(resources/material-catalog.json) do not apply, so every start is slower"
        )
    return f"{len(catalog.entries)} listed, {catalog.judged} validated"


def check_translation(context: Context) -> str:
    from dialogdesk.ui.i18n import install_translator, qt_translator

    translator = install_translator(context.app, "da")
    if translator is None:
        raise RuntimeError("the Danish translation did not load")
    if qt_translator(translator) is None:
        raise RuntimeError("Qt's own Danish (qtbase_da.qm) is not in the bundle: Yes/No would be English")
    return "Danish, with Qt's own Danish"


def check_qt_plugins(context: Context) -> str:
    from PySide6.QtGui import QGuiApplication, QImageReader
    from PySide6.QtMultimedia import QMediaFormat

    if len(QGuiApplication.screens()) != 2:
        raise RuntimeError("the offscreen platform plugin is missing")
    if b"png" not in [bytes(f) for f in QImageReader.supportedImageFormats()]:
        raise RuntimeError("no PNG image support")
    decoders = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if not decoders:
        raise RuntimeError("no media decoders (the FFmpeg multimedia plugin is missing)")
    return f"{len(decoders)} media formats"


def check_session_run(context: Context) -> str:
    from dialogdesk.paths import bundled_materials
    from dialogdesk.session import intents as i
    from dialogdesk.session.state import SessionPhase, SessionSetup
    from dialogdesk.ui.flow import DialogDesk
    from dialogdesk.ui.keys import Command

    context.desk = desk = DialogDesk(context.app, [bundled_materials()])
    loaded = desk.load_material("forventningsafstemning")
    if loaded is None:
        raise RuntimeError("forventningsafstemning is missing")
    running = desk.start_session(loaded, SessionSetup(loaded.material.id, participants=8), None)
    context.running = running
    running.handle(Command.START_OR_PAUSE)
    for _ in loaded.material.steps:
        context.app.processEvents()
        # As intents: a key's next within a second of the last waits for a second press.
        running.controller.send(i.NextStep())
    state = running.controller.state
    if state.phase is not SessionPhase.WRAP_UP:
        raise RuntimeError(f"ended in {state.phase}")
    if running.audience.screen().name() != "Projector":
        raise RuntimeError("the audience view is not on the projector")
    return f"{len(loaded.material.steps)} steps on two screens"


def check_board_vote_decide(context: Context) -> str:
    from dialogdesk.session import intents as i

    running = context.session_ran()
    send = running.controller.send
    for text in ("Fælles svar i skranken", "Guide til pårørende", "Tjekliste"):
        send(i.AddCard(text=text, kind="idea"))
    for card in ("c1", "c1", "c2"):
        send(i.AddDot(card))
    send(i.ChooseProposal("c1"))
    send(i.RecordAgreement((("proposal", "Fælles svar i skranken"), ("follow_up", "om 2 uger"))))
    send(i.EndSession())
    ranking = running.controller.state.board.ranking()
    return f"winner '{ranking[0].card.text}' with {ranking[0].card.dots} dots"


def check_saved_and_replayed(context: Context) -> str:
    from dialogdesk.session.engine import Session

    session = context.session_ran().controller.session
    if session.save_error:
        raise RuntimeError(session.save_error)
    again = Session.open(session.path, recover=False)
    if again.state != session.state:
        raise RuntimeError("the saved session does not replay to the same state")
    return f"{len(session.events)} events"


def check_report(context: Context) -> str:
    import re

    from dialogdesk.export.report_pdf import report_html
    from dialogdesk.ui.exports import save_session_export, session_report

    session = context.session_ran().controller.session
    if "Fælles svar i skranken" not in report_html(session_report(session)):
        raise RuntimeError("the report does not show the decision")
    result = save_session_export(session, "pdf", context.work / "exports", [])
    if result.path_written is None:
        raise RuntimeError(result.message)
    # The bundle has no PDF reader (QtPdf is left out): check the file's structure. An
    # embedded font shows the text was drawn with a real font, i.e. the fonts were found.
    data = result.path_written.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-32:] or pages < 1:
        raise RuntimeError(f"{result.path_written} is not a whole PDF")
    if b"/FontFile" not in data:
        raise RuntimeError("the report PDF embeds no font: no fonts were found")
    return f"{pages} page(s)"


def check_danish_sorting(context: Context) -> str:
    # The bundle carries only the Danish and English part of ICU's data; check it sorts æ ø å.
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    words = sorted(["ål", "zebra", "æble", "øl"], key=collator.sortKey)
    if words != ["zebra", "æble", "øl", "ål"]:
        raise RuntimeError(f"Danish sorting is wrong: {words}")
    return "z < æ < ø < å"


def check_chime(context: Context) -> str:
    import wave

    from dialogdesk.paths import resources

    path = resources() / "sounds" / "chime.wav"
    with wave.open(str(path), "rb") as sound:  # missing or damaged: an exception, a FAIL
        seconds = sound.getnframes() / sound.getframerate()
    if seconds <= 0:
        raise RuntimeError(f"{path} holds no sound")
    return f"{path.name}, {seconds:.1f} s"


def check_film_plays(context: Context) -> str:
    from PySide6.QtMultimedia import QMediaFormat

    from dialogdesk.media.player import MediaService
    from dialogdesk.media.sample import record_sample, wait_until

    # Made here with the installed encoder, then played through the app's own player.
    film = record_sample(context.work / "film.mp4", QMediaFormat.FileFormat.MPEG4, video=True, seconds=1)
    context.film = service = MediaService()
    errors: list[str] = []
    service.errorOccurred.connect(errors.append)
    if not service.load(film) or not wait_until(lambda: service.duration > 0 or bool(errors), 15_000):
        raise RuntimeError(f"{film.name} did not open: {errors or service.error or 'no answer'}")
    service.play()
    wanted = 15  # of 25 frames: enough to show that playback runs, not only the first picture
    wait_until(lambda: service.frames_shown >= wanted or bool(errors), 15_000)
    shown, position = service.frames_shown, service.position
    service.unload()
    if errors or shown < wanted:
        raise RuntimeError(f"{shown} frame(s) shown, position {position} ms, errors: {errors}")
    return f"{shown} frames of a 1 s MPEG-4 film made here, position {position} ms"


CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("materials load", check_materials),
    ("library listed", check_library_listing),
    ("translation", check_translation),
    ("Qt plugins", check_qt_plugins),
    ("session runs every step", check_session_run),
    ("board, vote and decision", check_board_vote_decide),
    ("session saved and replayed", check_saved_and_replayed),
    ("report exported", check_report),
    ("Danish sorting", check_danish_sorting),
    ("chime sound", check_chime),
    ("film plays", check_film_plays),
)


def offscreen_work_folder() -> Path:
    """A scratch folder, and the environment that runs the app offscreen on two screens in it.

    Offscreen with two simulated screens, so it runs on a server and in CI like on a laptop.
    """
    work = Path(tempfile.mkdtemp(prefix="dialogdesk-self-test-"))
    screens = work / "screens.json"
    screens.write_text(
        '{"screens": ['
        '{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768},'
        '{"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}]}',
        encoding="utf-8",
    )
    os.chdir(work)  # the screens file is then named without a drive letter (see offscreen_platform)
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(screens)
    os.environ[ENV_VARIABLE] = str(work / "data")
    # Missing sound or video acceleration on a server is not a failure; keep the output readable.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")
    return work


def run_self_test() -> int:
    work = offscreen_work_folder()
    from dialogdesk.ui.app import create_application

    context = Context(work, create_application(["dialogdesk"]))
    test = SelfTest()
    for name, check in CHECKS:
        test.check(name, partial(check, context))
    if context.running is not None:
        context.running.presenter._leaving_confirmed = True
        context.running.close()
    print("self-test passed" if not test.failures else f"self-test FAILED: {test.failures} check(s)")
    return 0 if not test.failures else 1
