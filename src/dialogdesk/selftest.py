"""``dialogdesk --self-test``: a short scripted session offscreen that proves the install works.

IT runs it after installing; CI runs it on the frozen bundle, so a missing Qt plugin or data file
fails there and not in front of a room. Exits 0 only if every check passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path


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


def run_self_test() -> int:
    # Offscreen with two simulated screens, so it runs on a server and in CI like on a laptop.
    work = Path(tempfile.mkdtemp(prefix="dialogdesk-self-test-"))
    screens = work / "screens.json"
    screens.write_text(
        '{"screens": ['
        '{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768},'
        '{"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}]}',
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    os.environ["DIALOGDESK_DATA_DIR"] = str(work / "data")
    # Missing sound or video acceleration on a server is not a failure; keep the output readable.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")

    from dialogdesk.materials.library import MaterialLibrary
    from dialogdesk.paths import bundled_materials, resources
    from dialogdesk.session import intents as i
    from dialogdesk.session.engine import Session
    from dialogdesk.session.state import SessionPhase, SessionSetup
    from dialogdesk.ui.app import DialogDesk, create_application
    from dialogdesk.ui.i18n import install_translator
    from dialogdesk.ui.keys import Command

    test = SelfTest()
    app = create_application(["dialogdesk"])
    context: dict[str, object] = {}

    def materials() -> str:
        library = MaterialLibrary.load([bundled_materials()])
        if library.errors or len(library.materials) < 3:
            raise RuntimeError(f"{len(library.materials)} materials, errors: {library.errors}")
        return f"{len(library.materials)} materials"

    def translation() -> str:
        if install_translator(app, "da") is None:
            raise RuntimeError("the Danish translation did not load")
        return "Danish"

    def qt_plugins() -> str:
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

    def session_run() -> str:
        desk = DialogDesk(app, [bundled_materials()])
        context["desk"] = desk
        loaded = desk.library.by_id("forventningsafstemning")
        if loaded is None:
            raise RuntimeError("forventningsafstemning is missing")
        running = desk.start_session(loaded, SessionSetup(loaded.material.id, participants=8), None)
        context["running"] = running
        running.handle(Command.START_OR_PAUSE)
        for _ in loaded.material.steps:
            app.processEvents()
            running.handle(Command.NEXT)
        state = running.controller.state
        if state.phase is not SessionPhase.WRAP_UP:
            raise RuntimeError(f"ended in {state.phase}")
        if running.audience.screen().name() != "Projector":
            raise RuntimeError("the audience view is not on the projector")
        return f"{len(loaded.material.steps)} steps on two screens"

    def board_vote_decide() -> str:
        running = context["running"]
        send = running.controller.send  # type: ignore[attr-defined]
        for text in ("Fælles svar i skranken", "Guide til pårørende", "Tjekliste"):
            send(i.AddCard(text=text, kind="idea"))
        for card in ("c1", "c1", "c2"):
            send(i.AddDot(card))
        send(i.ChooseProposal("c1"))
        send(i.RecordAgreement((("proposal", "Fælles svar i skranken"), ("follow_up", "om 2 uger"))))
        send(i.EndSession())
        ranking = running.controller.state.board.ranking()  # type: ignore[attr-defined]
        return f"winner '{ranking[0].card.text}' with {ranking[0].card.dots} dots"

    def saved_and_replayed() -> str:
        running = context["running"]
        session = running.controller.session  # type: ignore[attr-defined]
        if session.save_error:
            raise RuntimeError(session.save_error)
        again = Session.open(session.path, recover=False)
        if again.state != session.state:
            raise RuntimeError("the saved session does not replay to the same state")
        return f"{len(session.events)} events"

    def report() -> str:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument

        from dialogdesk.ui.exports import save_session_export

        running = context["running"]
        session = running.controller.session  # type: ignore[attr-defined]
        result = save_session_export(session, "pdf", work / "exports", [])
        if result.path_written is None:
            raise RuntimeError(result.message)
        data = QByteArray(result.path_written.read_bytes())
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        text = document.getAllText(0).text()
        if document.pageCount() < 1 or "Fælles svar i skranken" not in text:
            raise RuntimeError("the report PDF does not show the decision")
        return f"{document.pageCount()} page(s)"

    def danish_sorting() -> str:
        # The bundle carries only the Danish and English part of ICU's data; check it sorts æ ø å.
        from PySide6.QtCore import QCollator, QLocale

        collator = QCollator(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        words = sorted(["ål", "zebra", "æble", "øl"], key=collator.sortKey)
        if words != ["zebra", "æble", "øl", "ål"]:
            raise RuntimeError(f"Danish sorting is wrong: {words}")
        return "z < æ < ø < å"

    def chime() -> str:
        path = resources() / "sounds" / "chime.wav"
        if not path.is_file():
            raise RuntimeError(f"{path} is missing")
        return path.name

    test.check("materials load", materials)
    test.check("translation", translation)
    test.check("Qt plugins", qt_plugins)
    test.check("session runs every step", session_run)
    test.check("board, vote and decision", board_vote_decide)
    test.check("session saved and replayed", saved_and_replayed)
    test.check("report exported", report)
    test.check("Danish sorting", danish_sorting)
    test.check("chime sound", chime)

    running = context.get("running")
    if running is not None:
        running.presenter._leaving_confirmed = True  # type: ignore[attr-defined]
        running.close()  # type: ignore[attr-defined]
    print("self-test passed" if not test.failures else f"self-test FAILED: {test.failures} check(s)")
    return 0 if not test.failures else 1
