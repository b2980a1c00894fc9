"""A whole forventningsafstemning session driven through the engine on a manual clock.

The script is the truth the export tests check against: every point (with its theme), every idea
and its dots (two ideas tie), the chosen proposal, the agreement, the notes and the minutes spent
on each step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dialogdesk.export.dates import LOCAL_ZONE
from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from tests.conftest import MATERIALS

MATERIAL_PATH = MATERIALS / "forventningsafstemning" / "material.yaml"
START = datetime(2026, 11, 19, 9, 0, tzinfo=LOCAL_ZONE)
PARTICIPANTS = 8
FACILITATOR = "Mette Sørensen"

LONG_WORD = "Borgerserviceforventningsafstemningsretningslinjeudviklingsarbejdsgruppemødeindkaldelse" * 2
THEMES: dict[str | None, list[tuple[str, str]]] = {
    "Ens tilgang": [
        ("Ens tilgang til borgeren, uanset hvem der sidder i skranken", "Par 1"),
        ("Sørens pointe: sig tydeligt, hvad vi kan hjælpe med", "Par 2"),
    ],
    "Når tiden er knap": [
        ("Borgeren forventer, at vi logger ind for dem | og * det kan vi ikke", "Par 3"),
        (LONG_WORD, "Par 4"),
        (
            "Se https://www.example.dk/borgerservice/digital-hjaelp/forventningsafstemning/tjekliste-til-skranken",
            "",
        ),
    ],
    "Pårørende": [],
    None: [("Pårørende har også forventninger", "Par 2")],
}
IDEAS: list[tuple[str, str, int]] = [  # text, group, dots
    ("Fast tjekliste til den første samtale ved skranken", "Gruppe 1", 3),
    ("Skilt ved skranken: det hjælper vi med", "Gruppe 2", 2),
    ("Kollega-sparring hver fredag", "Gruppe 3", 2),
    ("Fælles formulering til telefonen", "Gruppe 1", 0),
]
CHOSEN = 0
AGREEMENT = {
    "proposal": "Fast tjekliste til den første samtale",
    "how": "Vi bruger tjeklisten ved alle nye henvendelser om digital hjælp i to uger.",
    "responsible": "Eva og Bo",
    "participants": "Hele teamet i Borgerservice",
    "test_done": "14. januar",
    "follow_up": "15/6-2027 kl. 13",
}
NOTES = {
    0: "Filmen kørte fint; lyden skulle skrues op.",
    1: "Par 3 og 4 fremlagde. Mange pointer om tid.",
    4: "Afstemningen var tæt: to forslag fik 2 prikker.",
}
MINUTES_SPENT = [6.0, 9.5, 11.0, 7.25, 15.0]


@dataclass
class ScriptedSession:
    material: Material
    session: Session
    clock: ManualClock


def load_forventningsafstemning() -> Material:
    return load_material(MATERIAL_PATH).material


def run_script(folder: Path | None = None, *, end: bool = True) -> ScriptedSession:
    material = load_forventningsafstemning()
    clock = ManualClock(mono_ns=5 * NS_PER_SECOND, wall_ns=int(START.timestamp()) * NS_PER_SECOND)
    setup = SessionSetup(material.id, participants=PARTICIPANTS, facilitator=FACILITATOR)
    session = Session(material, setup, clock=clock, folder=folder)

    def do(intent: i.Intent) -> None:
        session.dispatch(intent)

    def spend(step: int) -> None:
        clock.advance(MINUTES_SPENT[step] * 60)

    do(i.StartSession())
    do(i.SetNote(step_index=0, text=NOTES[0]))
    spend(0)
    do(i.NextStep())  # Trin 2: points in pairs, then themes
    for theme, points in THEMES.items():
        ids = []
        for text, group in points:
            do(i.AddCard(text=text, group=group))
            ids.append(session.state.board.visible_cards()[-1].id)
        if theme is not None:
            do(i.CreateTheme(name=theme, card_ids=tuple(ids)))
    do(i.AddCard(text="Et kort der blev slettet igen", group="Par 1"))
    do(i.DeleteCard(card_id=session.state.board.visible_cards()[-1].id))
    do(i.SetNote(step_index=1, text=NOTES[1]))
    spend(1)
    do(i.NextStep())  # Trin 3
    spend(2)
    do(i.NextStep())  # Trin 4: ideas
    idea_ids = []
    for text, group, _dots in IDEAS:
        do(i.AddCard(text=text, kind="idea", group=group))
        idea_ids.append(session.state.board.visible_cards()[-1].id)
    spend(3)
    do(i.NextStep())  # Trin 5: dots and decision
    for card_id, (_text, _group, dots) in zip(idea_ids, IDEAS, strict=True):
        for _ in range(dots):
            do(i.AddDot(card_id=card_id))
    do(i.ChooseProposal(card_id=idea_ids[CHOSEN]))
    do(i.RecordAgreement(values=tuple(AGREEMENT.items())))
    do(i.SetNote(step_index=4, text=NOTES[4]))
    spend(4)
    if end:
        do(i.NextStep())  # wrap-up
        do(i.EndSession())
    return ScriptedSession(material, session, clock)


def all_points() -> list[tuple[str, str]]:
    return [point for points in THEMES.values() for point in points]
