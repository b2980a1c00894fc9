"""The real app in a child process, for test_kill_and_resume.py (not a test itself).

``python -m tests.ui.kill_driver run SNAPSHOT``: starts DialogDesk on the bundled materials,
prepares and starts a session of "forventningsafstemning" on the real windows, does what a
facilitator does (keys on the presenter window, cards, a theme, a dot, black screen and back,
the board for the room, an activity, a note typed in its field, an agreement value typed in its
field), writes what both windows show to SNAPSHOT, prints READY and waits in the event loop to
be killed.

``python -m tests.ui.kill_driver resume SNAPSHOT``: starts DialogDesk on the same data folder,
continues the unfinished session from the library's offer (its "Continue the session" button),
writes what both windows show to SNAPSHOT and exits.

Run with QT_QPA_PLATFORM=offscreen:configfile=tests/dual-screen.json and DIALOGDESK_DATA_DIR set.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from dialogdesk.datadir import sessions_dir
from dialogdesk.session import intents as i
from dialogdesk.session.state import AudienceMode, SessionSetup
from dialogdesk.session.store import list_sessions
from dialogdesk.ui.app import DialogDesk, create_application
from dialogdesk.ui.keys import Command
from dialogdesk.ui.session_screens import SessionScreens

REPO = Path(__file__).resolve().parents[2]
MATERIAL = "forventningsafstemning"
NOTE = "Søren nævnte fuldmagt"
RESPONSIBLE = "Mette og Ali"


def snapshot(app: QApplication, screens: SessionScreens, session_path: Path | None) -> dict[str, Any]:
    """What both windows show now, with the wall time it was read at (for the countdowns)."""
    from tests.ui.screen_snapshot import audience_snapshot, presenter_snapshot

    app.processEvents()
    return {
        "read_at": time.time(),
        "session": str(session_path),
        "presenter": presenter_snapshot(screens.presenter),
        "audience": audience_snapshot(screens.audience),
    }


def facilitate(screens: SessionScreens) -> None:
    """Trin 1 to Trin 4 as in a room: keys, cards, a theme, a dot, black and back, an activity."""
    controller, presenter = screens.controller, screens.presenter
    QTest.keyClick(presenter, Qt.Key.Key_F5)  # start
    QTest.keyClick(presenter, Qt.Key.Key_PageDown)  # Trin 2: collect points
    for text in ("Ens tilgang til borgeren", "Tid til at forklare", "Pårørende med fuldmagt"):
        assert controller.send(i.AddCard(text=text))
    cards = sorted(controller.state.board.cards)
    assert controller.send(i.CreateTheme(name="Tid og tilgang", card_ids=tuple(cards[:2])))
    # Two steps at once: as intents (two presses of next within a second ask first).
    assert controller.send(i.NextStep())  # Trin 3
    assert controller.send(i.NextStep())  # Trin 4: find room to act
    assert controller.send(i.StartActivity("silent-brainstorm"))
    assert controller.send(i.AddCard(text="Fast tid hver tirsdag", kind="idea"))
    assert controller.send(i.AddDot(cards[2]))
    # Black and back, as the remote's key does it (on the board a typed B is part of an idea).
    screens.handle(Command.BLANK)
    screens.handle(Command.BLANK)
    assert controller.send(i.ShowOnAudience(AudienceMode.BOARD.value))
    # What lived only in widgets once: the theme shown alone, a deleted card, a ticked line
    presenter.board_editor.set_focus_theme(next(iter(controller.state.board.themes)))
    assert presenter.board_editor.send(i.DeleteCard(cards[1]))
    open_tab_holding(presenter, presenter.checklist)  # the script: the notes are beside it
    presenter.checklist.item(1).setCheckState(Qt.CheckState.Checked)
    presenter.notes_edit.setFocus()
    QTest.keyClicks(presenter.notes_edit, NOTE)
    presenter.save_note()  # what the pause in typing does
    open_tab_holding(presenter, presenter.agreement_fields["responsible"])
    field = presenter.agreement_fields["responsible"]
    field.setFocus()
    QTest.keyClicks(field, RESPONSIBLE)
    QTest.keyClick(field, Qt.Key.Key_Return)
    open_tab_holding(presenter, presenter.board_editor)  # back to the step's board
    presenter.next_button.setFocus()  # out of the fields, as a facilitator reaching for the remote
    state = controller.state
    assert state.steps[3].note == NOTE and state.agreement.get("responsible") == RESPONSIBLE, state


def open_tab_holding(presenter: QWidget, widget: QWidget) -> None:
    """Click the presenter's tab that shows ``widget``."""
    tabs = presenter.work_tabs
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is widget or page.isAncestorOf(widget):
            tabs.setCurrentIndex(index)
            return
    raise AssertionError(f"no tab shows {widget!r}")


def run(out: Path) -> int:
    app = create_application()
    desk = DialogDesk(app, [REPO / "materials"])
    desk.show()
    loaded = desk.load_material(MATERIAL)
    assert loaded is not None
    screens = desk.start_session(loaded, SessionSetup(MATERIAL, participants=14), None)
    facilitate(screens)
    write(out, snapshot(app, screens, screens.controller.session.path))
    print("READY", flush=True)
    return app.exec()  # until killed


def resume(out: Path) -> int:
    app = create_application()
    desk = DialogDesk(app, [REPO / "materials"])
    desk.show()
    records, _ = list_sessions(sessions_dir(desk.data))
    unfinished = [record.path for record in records if not record.finished]
    assert len(unfinished) == 1, unfinished
    assert desk.window.resume_banner.isVisible(), "the library offers no unfinished session"
    desk.window.resume_button.click()  # "Continue the session"
    screens = desk.running
    assert screens is not None, "the offer did not continue the session"
    write(out, snapshot(app, screens, screens.controller.session.path))
    assert screens.controller.session.path == unfinished[0]
    sys.stdout.flush()
    os._exit(0)  # as the kill left it: the windows are not closed, nothing more is saved


def write(out: Path, data: dict[str, Any]) -> None:
    temporary = out.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(out)


if __name__ == "__main__":
    phase, target = sys.argv[1], Path(sys.argv[2])
    sys.exit(run(target) if phase == "run" else resume(target))
