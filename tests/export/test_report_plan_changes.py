"""The report's time per step shows the plan as it was changed during the session, and when
(issue 15: "the report's planned-versus-actual shows the plan as it was changed and when").

Forventningsafstemning (5, 8, 12, 7, 13 min) started at 9.00 Copenhagen time: Trin 2 runs 5
minutes over, and at 9.18 the facilitator accepts the proposal to finish on time, new lengths
for Trin 3 to Trin 5.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from dialogdesk.export.dates import LOCAL_ZONE
from dialogdesk.export.labels import REPORT_EN, report_in_language
from dialogdesk.export.report import build_report, render_markdown, time_rows
from dialogdesk.materials.loader import load_material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from tests.conftest import MATERIALS

NINE = datetime(2026, 11, 19, 9, 0, tzinfo=LOCAL_ZONE)


def replanned_session(tmp_path: Path) -> Session:
    material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    clock = ManualClock(wall_ns=round(NINE.timestamp()) * NS_PER_SECOND)
    session = Session(material, SessionSetup(material.id, participants=12), clock=clock, folder=tmp_path)
    session.dispatch(i.StartSession())
    clock.advance(5 * 60)
    session.dispatch(i.NextStep())
    clock.advance(13 * 60)  # Trin 2: 8 min planned, 13 used
    session.dispatch(i.NextStep())
    session.dispatch(i.AcceptPlan(first_index=2, minutes=(9.0, 5.0, 10.0)))  # at 9.18
    for minutes in (9, 5, 10):
        clock.advance(minutes * 60)
        session.dispatch(i.NextStep())
    return session


def test_the_changed_plan_is_shown_beside_the_material_plan_and_when_it_changed(tmp_path: Path) -> None:
    session = replanned_session(tmp_path)
    report = build_report(session.material, session.state, session.now())

    rows = {row[0].split(":")[0]: row[1:] for row in time_rows(report)}
    assert rows["Trin 2"] == ["8:00", "13:00", "+5:00"]  # not changed: the material's plan
    assert rows["Trin 3"] == ["12:00 → 9:00", "9:00", "0:00"]  # to the plan as changed
    assert rows["Trin 5"] == ["13:00 → 10:00", "10:00", "0:00"]
    assert rows["I alt"] == ["45:00 → 37:00", "42:00", "+5:00"]
    markdown = render_markdown(report)
    assert "Planen blev ændret kl. 09.18, fra Trin 3." in markdown


def test_an_english_report_names_the_step_and_the_time_in_english(tmp_path: Path) -> None:
    session = replanned_session(tmp_path)
    report = report_in_language(
        build_report(session.material, session.state, session.now()), session.material, REPORT_EN
    )
    assert "The plan was changed at" in render_markdown(report, REPORT_EN)
    assert "from Step 3 on." in render_markdown(report, REPORT_EN)


def test_without_a_change_the_plan_is_the_materials(tmp_path: Path) -> None:
    material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    session = Session(
        material, SessionSetup(material.id, participants=12), clock=ManualClock(), folder=tmp_path
    )
    session.dispatch(i.StartSession())
    report = build_report(material, session.state, session.now())
    assert all("→" not in row[1] for row in time_rows(report))
    assert "Planen blev ændret" not in render_markdown(report)
