"""The report's data and its Markdown, checked against the scripted session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from dialogdesk.export.labels import REPORT_DA, REPORT_EN
from dialogdesk.export.report import Point, ReportData, ThemePoints, build_report, render_markdown
from dialogdesk.materials.model import AgreementFieldKind
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionPhase, SessionSetup

from .scripted import (
    AGREEMENT,
    CHOSEN,
    FACILITATOR,
    IDEAS,
    MINUTES_SPENT,
    NOTES,
    PARTICIPANTS,
    THEMES,
    ScriptedSession,
    all_points,
    load_forventningsafstemning,
    run_script,
)


@pytest.fixture(scope="module")
def scripted() -> ScriptedSession:
    return run_script()


@pytest.fixture(scope="module")
def report(scripted: ScriptedSession) -> ReportData:
    session = scripted.session
    return build_report(scripted.material, session.state, session.now(), session_id=session.id)


def md_escaped(text: str) -> str:
    return text.replace("|", "\\|").replace("*", "\\*")


def test_facts(report: ReportData, scripted: ScriptedSession) -> None:
    assert report.material_title == "Forventningsafstemning om digital hjælp"
    assert report.session_id == scripted.session.id
    assert report.participants == PARTICIPANTS
    assert report.facilitator == FACILITATOR
    assert report.finished and report.phase is SessionPhase.ENDED
    assert report.started == datetime(2026, 11, 19, 9, 0, tzinfo=report.started.tzinfo)
    assert report.held_on == date(2026, 11, 19)
    assert (
        report.ended is not None
        and (report.ended - report.started).total_seconds() == sum(MINUTES_SPENT) * 60
    )


def test_points_grouped_by_theme_in_order(report: ReportData) -> None:
    assert report.points_step == "Trin 2: Indsaml pointer"
    got = {theme.name: [(point.text, point.group) for point in theme.points] for theme in report.themes}
    assert got == THEMES  # the deleted card is gone; unthemed points come last, under None
    assert [theme.name for theme in report.themes] == list(THEMES)


def test_ideas_ranked_with_ties(report: ReportData) -> None:
    assert report.ideas_step == "Trin 4: Find handlingsrum"
    rows = [(idea.place, idea.text, idea.group, idea.dots, idea.tied, idea.chosen) for idea in report.ideas]
    assert rows == [
        (1, IDEAS[0][0], IDEAS[0][1], 3, False, True),
        (2, IDEAS[1][0], IDEAS[1][1], 2, True, False),
        (2, IDEAS[2][0], IDEAS[2][1], 2, True, False),
        (4, IDEAS[3][0], IDEAS[3][1], 0, False, False),
    ]
    assert (report.dots_used, report.dot_budget) == (7, PARTICIPANTS)


def test_decision_agreement_and_dates(report: ReportData, scripted: ScriptedSession) -> None:
    assert report.chosen_proposal == IDEAS[CHOSEN][0]
    assert report.agreed_proposal == AGREEMENT["proposal"]
    fields = scripted.material.wrap_up.agreement
    assert [entry.field_id for entry in report.agreement] == [field.id for field in fields]
    assert {entry.field_id: entry.value for entry in report.agreement} == AGREEMENT
    assert [entry.label for entry in report.agreement] == [field.label for field in fields]
    dates = {entry.field_id: entry.when for entry in report.follow_up_dates}
    assert dates == {"test_done": date(2027, 1, 14), "follow_up": datetime(2027, 6, 15, 13, 0)}
    assert all(entry.kind is AgreementFieldKind.DATE for entry in report.follow_up_dates)


def test_kept_notes_and_times(report: ReportData, scripted: ScriptedSession) -> None:
    assert [idea.text for idea in report.kept_for_next_time] == [text for text, _g, _d in IDEAS[1:]]
    assert report.keeps_others is False  # this material does not keep the others for next time
    assert {index: step.note for index, step in enumerate(report.steps) if step.note} == NOTES
    assert [step.actual_ns for step in report.steps] == [round(m * 60 * NS_PER_SECOND) for m in MINUTES_SPENT]
    assert [step.planned_ns for step in report.steps] == [
        round(step.minutes * 60 * NS_PER_SECOND) for step in scripted.material.steps
    ]
    assert report.planned_ns == 45 * 60 * NS_PER_SECOND


def test_markdown_holds_every_card_dot_and_decision(report: ReportData) -> None:
    markdown = render_markdown(report)

    for text, group in all_points():
        assert md_escaped(text) in markdown
        if group:
            assert f"*({group})*" in markdown
    for theme in THEMES:
        if theme is not None:
            assert f"### {theme}\n" in markdown
    assert "### Uden tema\n" in markdown
    assert (
        "| 1. | Fast tjekliste til den første samtale ved skranken **(valgt)** | Gruppe 1 | 3 |" in markdown
    )
    assert "| delt 2. | Skilt ved skranken: det hjælper vi med | Gruppe 2 | 2 |" in markdown
    assert "| delt 2. | Kollega-sparring hver fredag | Gruppe 3 | 2 |" in markdown
    assert "| 4. | Fælles formulering til telefonen | Gruppe 1 | 0 |" in markdown
    assert "7 af 8 prikker er brugt." in markdown
    assert f"**Valgt idéforslag:** {IDEAS[CHOSEN][0]}" in markdown
    for entry in report.agreement:
        assert f"| {entry.label} | {entry.value} |" in markdown
    assert "| Afprøvningen er gennemført | 14. januar | torsdag den 14. januar 2027 |" in markdown
    assert (
        "| Opfølgning på afprøvningen | 15/6-2027 kl. 13 | tirsdag den 15. juni 2027 kl. 13.00 |" in markdown
    )
    assert "## Øvrige idéforslag" in markdown
    for note in NOTES.values():
        assert note in markdown
    assert "| Trin 2: Indsaml pointer | 8:00 | 9:30 | +1:30 |" in markdown
    assert "| Trin 3: Refleksioner | 12:00 | 11:00 | \u22121:00 |" in markdown
    assert "| **I alt** | **45:00** | **48:45** | **+3:45** |" in markdown
    assert "- **Dato:** torsdag den 19. november 2026" in markdown
    assert "- **Status:** Afsluttet" in markdown


def test_markdown_user_text_cannot_break_the_layout(report: ReportData) -> None:
    # A card that starts like a list or holds table and emphasis characters stays one plain line.
    tricky = ThemePoints("Tema | med # og *", (Point("1. punkt\n- med linjeskift | og `kode`", "Par 1"),))
    markdown = render_markdown(replace(report, themes=(tricky,)))

    assert "### Tema \\| med \\# og \\*" in markdown
    assert "- 1\\. punkt<br>- med linjeskift \\| og \\`kode\\` *(Par 1)*" in markdown


def test_labels_translate_every_heading(report: ReportData) -> None:
    markdown = render_markdown(report, REPORT_EN)

    assert markdown.startswith("# Minutes of the dialogue: Forventningsafstemning om digital hjælp")
    assert "- **Date:** Thursday 19 November 2026" in markdown
    assert "| tied 2. |" in markdown
    assert "## Other idea proposals" in markdown
    assert set(REPORT_EN) == set(REPORT_DA)
    danish_headings = ("Pointer og temaer", "Beslutning", "Opfølgningsdatoer", "Tid pr. trin", "Noter")
    assert not any(heading in markdown for heading in danish_headings)


def test_a_session_still_in_preparation_reports_without_failing() -> None:
    material = load_forventningsafstemning()
    session = Session(material, SessionSetup(material.id, participants=5), clock=ManualClock())

    report = build_report(material, session.state, session.now())

    assert report.started is None and not report.finished
    assert report.themes == () and report.ideas == () and report.chosen_proposal is None
    markdown = render_markdown(report)
    assert "- **Status:** Ikke startet" in markdown
    assert "Der blev ikke skrevet pointer op." in markdown
    assert "Der blev ikke valgt et forslag på tavlen." in markdown
    assert "| Ansvarlig | *Ikke udfyldt* |" in markdown
    assert "Der er ikke aftalt datoer." in markdown


def test_a_running_session_counts_the_current_step_up_to_now() -> None:
    scripted = run_script(end=False)
    session, clock = scripted.session, scripted.clock
    session.dispatch(i.JumpToStep(index=4))
    clock.advance(90)

    report = build_report(scripted.material, session.state, session.now())

    assert not report.finished
    assert report.steps[4].actual_ns == round((MINUTES_SPENT[4] * 60 + 90) * NS_PER_SECOND)
    assert "- **Status:** Ikke afsluttet" in render_markdown(report)
