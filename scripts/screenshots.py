"""Saves screenshots of the presenter and the audience view for every step of one material.

Runs on Qt's offscreen platform with a laptop and a projector simulated, or under Xvfb:
    QT_QPA_PLATFORM=offscreen:configfile=tests/dual-screen.json \\
        .venv/bin/python scripts/screenshots.py [MATERIAL_ID] [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).resolve().parents[1] / 'tests' / 'dual-screen.json'}",
)
os.environ.setdefault("DIALOGDESK_DATA_DIR", tempfile.mkdtemp(prefix="dialogdesk-screenshots-"))

from PySide6.QtWidgets import QApplication

from dialogdesk.paths import bundled_materials
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionPhase, SessionSetup
from dialogdesk.ui.app import DialogDesk, create_application
from dialogdesk.ui.i18n import install_translator


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    material_id = sys.argv[1] if len(sys.argv) > 1 else "forventningsafstemning"
    output = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_translator(app, "da")
    clock = ManualClock()
    desk = DialogDesk(app, [bundled_materials()], clock=clock)
    loaded = desk.load_material(material_id)
    assert loaded is not None, material_id
    running = desk.start_session(
        loaded, SessionSetup(material_id, participants=14, facilitator="Mette"), None
    )
    controller = running.controller
    # The fake clock jumps minutes at a time; that is not the laptop sleeping.
    controller.session.sleep_detector.threshold_ns = 10**18
    controller.send(i.StartSession())
    for index, step in enumerate(loaded.material.steps):
        if index:
            controller.send(i.NextStep())
        clock.advance(step.minutes * 60 * 0.6)
        if step.activities:
            controller.send(i.StartActivity(step.activities[0].id))
            clock.advance(20)
        if "collect_points" in step.board:
            for number, text in enumerate(["Ens tilgang til borgeren", "Hvor går grænsen?", "Pårørende"], 1):
                controller.send(i.AddCard(text=text, group=f"Par {number}"))
        controller.send(i.SetRoomMessage("5 minutter tilbage" if index == 2 else ""))
        controller.ticked.emit(controller.timing())
        settle(app)
        running.presenter.grab().save(str(output / f"presenter-trin-{step.number}.png"))
        running.audience.grab().save(str(output / f"audience-trin-{step.number}.png"))
    controller.send(i.NextStep())
    assert controller.state.phase is SessionPhase.WRAP_UP
    controller.send(
        i.RecordAgreement((("proposal", "Fælles svar-skabelon i skranken"), ("follow_up", "14. januar")))
    )
    settle(app)
    running.presenter.grab().save(str(output / "presenter-wrap-up.png"))
    running.audience.grab().save(str(output / "audience-wrap-up.png"))
    running.presenter._leaving_confirmed = True
    running.close()
    print(f"screenshots in {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
