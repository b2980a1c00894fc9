"""A scripted session for the kill test: ``python scripted_session.py FOLDER SEED``.

Creates a session of the forventningsafstemning material in FOLDER on the real clocks and
dispatches a long, deterministic list of intents (``build_intents(material, SEED)``). It
prints ``PATH <session file>`` first, then ``ACK <n>`` right after each dispatch returns, where
``n`` is the number of events in the log: an ACK means the intent was acknowledged to the user.
When the list is done it prints ``DONE`` and waits for stdin to close, so a kill always hits a
live process.

With ``DIALOGDESK_TEAR_AT=<n>`` in the environment, the record of event ``n`` is written in two
halves: after the first it prints ``HALF <n>`` and waits, so the parent can kill it in the
middle of the append (what a power cut does to the last record).

The same module rebuilds the expected state in-process (``replay``) on a ManualClock: the
board and the flow do not depend on the clock, so they must match whatever the killed process
left on disk.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock, SystemClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup, SessionState

MATERIAL_PATH = Path(__file__).resolve().parents[2] / "materials" / "forventningsafstemning" / "material.yaml"
PARTICIPANTS = 8
NAMES = ("Anne", "Bo", "Carla", "Dennis", "Eva", "Frederik", "Gitte", "Hassan")


def load_script_material() -> Material:
    return load_material(MATERIAL_PATH).material


def script_setup(material: Material, seed: int) -> SessionSetup:
    return SessionSetup(
        material_id=material.id, participants=PARTICIPANTS, seed=seed, facilitator="Kill test"
    )


def build_intents(material: Material, seed: int) -> list[i.Intent]:
    """The session's intents for ``seed``; every one applies, checked on an in-memory session."""
    rng = random.Random(seed)
    clock = ManualClock()
    session = Session(material, script_setup(material, seed), clock=clock)
    intents: list[i.Intent] = []

    def do(intent: i.Intent) -> None:
        clock.advance(ms=rng.randint(1, 4000))
        session.dispatch(intent)  # IntentRefused here is a bug in this script
        intents.append(intent)

    def cards(kind: str | None = None) -> list[str]:
        return [c.id for c in session.state.board.visible_cards() if kind is None or c.kind == kind]

    def aside() -> None:
        """Now and then something else the facilitator does between board edits."""
        roll = rng.random()
        state = session.state
        if roll < 0.06 and state.phase.value == "running":
            do(i.Pause())
            do(i.Resume())
        elif roll < 0.10 and state.phase.value == "running":
            do(i.AddTime(seconds=60))
        elif roll < 0.13:
            do(i.SetRoomMessage(text=f"Besked {len(intents)}"))
        elif roll < 0.18 and state.can_undo:
            do(i.Undo())
            if rng.random() < 0.5:
                do(i.Redo())

    do(i.SetParticipants(count=PARTICIPANTS, names=NAMES))
    do(i.StartSession())
    do(i.SetNote(step_index=0, text="Filmen er klar, lyden er skruet op."))
    do(i.StartActivity(activity_id="watch-film"))
    do(i.Pause())
    do(i.Resume())
    do(i.StopActivity())
    do(i.NextStep())  # Trin 2: pairs write points
    do(i.MakePairs(seed=seed))
    for number in range(rng.randint(28, 36)):
        do(i.AddCard(text=f"Punkt {number + 1} fra par {number % 4 + 1}", group=f"Par {number % 4 + 1}"))
        aside()
    do(i.PickPairs(count=2, seed=seed))
    do(i.SetNote(step_index=1, text="Par 2 og 3 fremlagde."))
    do(i.NextStep())  # Trin 3: themes
    for number in range(3):
        members = rng.sample(cards(), k=min(len(cards()), rng.randint(3, 5)))
        do(i.CreateTheme(name=f"Tema {number + 1}", card_ids=tuple(members)))
        aside()
    themes = list(session.state.board.themes)
    for _ in range(14):
        do(i.MoveCard(card_id=rng.choice(cards()), theme=rng.choice([None, *themes])))
        aside()
    do(i.RenameTheme(theme_id=themes[0], name="Når tiden er knap"))
    for _ in range(3):
        card_id = rng.choice(cards())
        do(i.EditCard(card_id=card_id, text=f"{session.state.board.cards[card_id].text} (rettet)"))
    deleted = rng.choice(cards())
    do(i.DeleteCard(card_id=deleted))
    do(i.Undo())
    do(i.Redo())
    do(i.RestoreCard(card_id=deleted))
    do(i.DissolveTheme(theme_id=themes[-1]))
    do(i.NextStep())  # Trin 4: silent brainstorm of ideas
    do(i.StartActivity(activity_id="silent-brainstorm"))
    for number in range(rng.randint(10, 14)):
        do(i.AddCard(text=f"Idé {number + 1}", kind="idea", group=f"Gruppe {number % 3 + 1}"))
        aside()
    do(i.StopActivity())
    do(i.NextStep())  # Trin 5: dot voting
    do(i.HideVotes(hidden=True))
    for _ in range(24):
        ideas = cards("idea")
        dotted = [c for c in ideas if session.state.board.cards[c].dots]
        if dotted and (session.state.board.dots_left == 0 or rng.random() < 0.3):
            do(i.RemoveDot(card_id=rng.choice(dotted)))
        else:
            do(i.AddDot(card_id=rng.choice(ideas)))
    do(i.HideVotes(hidden=False))
    top = max(cards("idea"), key=lambda c: session.state.board.cards[c].dots)
    do(i.SetDots(card_id=top, count=session.state.board.cards[top].dots))
    do(i.SetNote(step_index=4, text="Afstemningen er talt op."))
    do(i.NextStep())  # wrap-up
    do(i.ChooseProposal(card_id=top))
    do(i.RecordAgreement(values=(("proposal", "Afprøv idéen"), ("responsible", "Eva"))))
    for _ in range(12):
        do(i.MoveCard(card_id=rng.choice(cards())))
        aside()
    do(i.EndSession())
    return intents


def replay(material: Material, intents: list[i.Intent], seed: int) -> SessionState:
    """The state after ``intents`` on a ManualClock, as the script would reach it."""
    clock = ManualClock()
    session = Session(material, script_setup(material, seed), clock=clock)
    for intent in intents:
        clock.advance(ms=1)
        session.dispatch(intent)
    return session.state


def tear_record(number: int) -> None:
    """Write event ``number``'s record in two halves, and wait for the kill between them."""
    from dialogdesk.session import store

    whole = store._write_all
    marker = b'{"event":{"n":%d,' % number

    def torn(descriptor: int, data: bytes) -> None:
        if marker not in data:
            whole(descriptor, data)
            return
        whole(descriptor, data[: len(data) // 2])
        print(f"HALF {number}", flush=True)
        sys.stdin.read()  # the parent kills the process here
        whole(descriptor, data[len(data) // 2 :])

    store._write_all = torn


def main(argv: list[str]) -> int:
    folder, seed = Path(argv[1]), int(argv[2])
    if os.environ.get("DIALOGDESK_TEAR_AT"):
        tear_record(int(os.environ["DIALOGDESK_TEAR_AT"]))
    material = load_script_material()
    intents = build_intents(material, seed)
    session = Session(material, script_setup(material, seed), clock=SystemClock(), folder=folder)
    if session.save_error:
        print(f"ERROR {session.save_error}", flush=True)
        return 3
    print(f"PATH {session.path}", flush=True)
    for intent in intents:
        session.dispatch(intent)
        if session.save_error:
            print(f"ERROR {session.save_error}", flush=True)
            return 3
        print(f"ACK {len(session.events)}", flush=True)
    print("DONE", flush=True)
    sys.stdin.read()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
