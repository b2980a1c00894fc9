"""Sample exports from a scripted session, for the README and for a look by eye.

    python -m dialogdesk.export.samples docs/samples           # first pages as PNG
    python -m dialogdesk.export.samples /tmp/out --everything  # also the PDFs, Markdown and .ics

The session is a forventningsafstemning dialogue in a Danish citizens' service, driven through the
engine on a manual clock: points in themes, ideas, a dot vote with a tie, a decision and dates.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dialogdesk.export.dates import LOCAL_ZONE
from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.paths import bundled_materials
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

PREVIEW_DPI = 80
SAMPLE_START = datetime(2026, 11, 19, 9, 0, tzinfo=LOCAL_ZONE)
SAMPLE_THEMES: dict[str, list[tuple[str, str]]] = {
    "Ens tilgang i skranken": [
        ("Vi skal sige det samme til borgeren, uanset hvem der sidder i skranken", "Par 1"),
        ("Sørens pointe: sig tydeligt fra start, hvad vi kan hjælpe med", "Par 2"),
    ],
    "Når tiden er knap": [
        ("Borgeren forventer, at vi logger ind for dem", "Par 3"),
        ("Køen bag borgeren presser os til at gøre det hurtigt selv", "Par 4"),
    ],
    "Pårørende": [
        ("Pårørende har ofte andre forventninger end borgeren selv", "Par 2"),
        ("Hvornår skal vi tale med den pårørende, og hvornår med borgeren?", "Par 5"),
    ],
}
SAMPLE_IDEAS: list[tuple[str, str, int]] = [
    ("Fast tjekliste til den første samtale om digital hjælp", "Gruppe 1", 4),
    ("Skilt ved skranken: det kan vi hjælpe med – og det kan vi ikke", "Gruppe 2", 3),
    ("Fælles formulering til telefonen, når borgeren ringer om MitID", "Gruppe 3", 3),
    ("Kollega-sparring om svære henvendelser hver fredag", "Gruppe 1", 1),
]
SAMPLE_AGREEMENT = {
    "proposal": "Fast tjekliste til den første samtale om digital hjælp",
    "how": "Alle i skranken bruger tjeklisten ved nye henvendelser om digital hjælp i fire uger.",
    "responsible": "Eva Holm og Bo Nielsen",
    "participants": "Hele teamet i Borgerservice",
    "test_done": "14. januar",
    "follow_up": "uge 3 kl. 10",
}
SAMPLE_NOTES = {
    0: "Filmen kørte fint; lyden skulle skrues op.",
    1: "Par 3 og 4 fremlagde. Mange pointer om tid og kø.",
    4: "To forslag fik 3 prikker; vi valgte forslaget med flest.",
}
SAMPLE_MINUTES = [6, 9, 12, 7, 14]


def sample_material() -> Material:
    return load_material(bundled_materials() / "forventningsafstemning" / "material.yaml").material


def run_sample_session(material: Material, folder: Path | None = None) -> Session:
    """A finished session of ``material`` with the sample content, on a manual clock."""
    clock = ManualClock(mono_ns=NS_PER_SECOND, wall_ns=int(SAMPLE_START.timestamp()) * NS_PER_SECOND)
    setup = SessionSetup(material.id, participants=11, facilitator="Mette Sørensen")
    session = Session(material, setup, clock=clock, folder=folder)
    session.dispatch(i.StartSession())
    session.dispatch(i.SetNote(step_index=0, text=SAMPLE_NOTES[0]))
    clock.advance(SAMPLE_MINUTES[0] * 60)
    session.dispatch(i.NextStep())
    for theme, points in SAMPLE_THEMES.items():
        ids = []
        for text, group in points:
            session.dispatch(i.AddCard(text=text, group=group))
            ids.append(session.state.board.visible_cards()[-1].id)
        session.dispatch(i.CreateTheme(name=theme, card_ids=tuple(ids)))
    session.dispatch(i.SetNote(step_index=1, text=SAMPLE_NOTES[1]))
    clock.advance(SAMPLE_MINUTES[1] * 60)
    session.dispatch(i.NextStep())
    clock.advance(SAMPLE_MINUTES[2] * 60)
    session.dispatch(i.NextStep())
    ideas = []
    for text, group, _dots in SAMPLE_IDEAS:
        session.dispatch(i.AddCard(text=text, kind="idea", group=group))
        ideas.append(session.state.board.visible_cards()[-1].id)
    clock.advance(SAMPLE_MINUTES[3] * 60)
    session.dispatch(i.NextStep())
    for card_id, (_text, _group, dots) in zip(ideas, SAMPLE_IDEAS, strict=True):
        session.dispatch(i.SetDots(card_id=card_id, count=dots))
    session.dispatch(i.ChooseProposal(card_id=ideas[0]))
    session.dispatch(i.RecordAgreement(values=tuple(SAMPLE_AGREEMENT.items())))
    session.dispatch(i.SetNote(step_index=4, text=SAMPLE_NOTES[4]))
    clock.advance(SAMPLE_MINUTES[4] * 60)
    session.dispatch(i.NextStep())
    session.dispatch(i.EndSession())
    return session


def page_images(data: bytes, dpi: float = PREVIEW_DPI) -> list[QImage]:
    """Every page of a PDF as an image on white, at ``dpi``; needs a QGuiApplication."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    contents = QByteArray(data)  # kept alive while the buffer reads it
    buffer = QBuffer(contents)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready:
        raise ValueError(f"not a readable PDF ({document.error()})")
    images = []
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        page = document.render(index, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, page)
        painter.end()
        images.append(image)
    document.close()
    return images


def write_samples(folder: Path, *, everything: bool = False) -> list[Path]:
    """Render the sample report and drejebog; write their first pages as PNG into ``folder``."""
    from dialogdesk.export.calendar import build_calendar
    from dialogdesk.export.drejebog import render_drejebog_pdf, render_handout_pdf
    from dialogdesk.export.labels import calendar_labels, drejebog_labels, report_in_language, report_labels
    from dialogdesk.export.report import build_report, render_markdown
    from dialogdesk.export.report_pdf import render_report_pdf

    material = sample_material()
    session = run_sample_session(material)
    # In the material's language, as the app saves them (the projector's side of the room).
    words = report_labels(material.language)
    report = build_report(material, session.state, session.now(), session_id=session.id)
    report = report_in_language(report, material, words)
    report_pdf = render_report_pdf(report, words)
    drejebog_pdf = render_drejebog_pdf(material, drejebog_labels(material.language))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, document in (("report", report_pdf), ("drejebog", drejebog_pdf)):
        path = folder / f"{name}-page-1.png"
        if not page_images(document.data)[0].save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    if everything:
        handout_pdf = render_handout_pdf(material, drejebog_labels(material.language))
        files = {
            "report.pdf": report_pdf.data,
            "report.md": render_markdown(report, words).encode("utf-8"),
            "drejebog.pdf": drejebog_pdf.data,
            "handout.pdf": handout_pdf.data,
            "follow-up.ics": build_calendar(report, labels=calendar_labels(material.language)).ics,
        }
        for name, data in files.items():
            (folder / name).write_bytes(data)
            written.append(folder / name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--everything", action="store_true", help="also write the PDFs, Markdown and .ics")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    for path in write_samples(args.folder, everything=args.everything):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
