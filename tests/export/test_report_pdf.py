"""The report PDF, opened with Qt's PDF reader: A4 pages, not blank, numbered, every card readable."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from dialogdesk.export.labels import REPORT_EN
from dialogdesk.export.report import Point, ReportData, StepReport, ThemePoints, build_report
from dialogdesk.export.report_pdf import render_report_pdf

from .pdfcheck import all_text, check_pages, read_pdf, squash
from .scripted import AGREEMENT, IDEAS, LONG_WORD, NOTES, ScriptedSession, all_points, run_script


@pytest.fixture(scope="module")
def scripted() -> ScriptedSession:
    return run_script()


@pytest.fixture
def report(scripted: ScriptedSession) -> ReportData:
    session = scripted.session
    return build_report(scripted.material, session.state, session.now(), session_id=session.id)


def test_report_pdf_pages_are_a4_numbered_and_hold_everything(qapp: QApplication, report: ReportData) -> None:
    document = render_report_pdf(report)

    pages = read_pdf(document.data, setup=document.setup)
    assert len(pages) == document.pages >= 2
    check_pages(pages, document.setup)
    text = squash(all_text(pages))
    for card, group in all_points():
        assert text.count(squash(card)) == 1, card
        if group:
            assert squash(f"{card} ({group})") in text
    assert squash(LONG_WORD) in text  # wrapped inside the page, not cut
    for theme in ("Ens tilgang", "Når tiden er knap", "Pårørende", "Uden tema"):
        assert squash(theme) in text
    for place, (idea, group, dots) in zip(["1.", "delt 2.", "delt 2.", "4."], IDEAS, strict=True):
        assert squash(f"{place} {idea}") in text, idea
        assert squash(f"{group} {dots}") in text
    assert squash("7 af 8 prikker er brugt. Forslag med lige mange prikker deler pladsen.") in text
    assert squash(f"Valgt idéforslag {IDEAS[0][0]}") in text
    for entry in report.agreement:
        assert squash(f"{entry.label} {entry.value}") in text, entry.label
    assert squash("tirsdag den 15. juni 2027 kl. 13.00") in text
    assert squash("torsdag den 14. januar 2027") in text
    for note in NOTES.values():
        assert squash(note) in text
    assert squash("Trin 2: Indsaml pointer 8:00 9:30 +1:30") in text
    assert squash("I alt 45:00 48:45 +3:45") in text
    for heading in ("Pointer og temaer", "Idéforslag og prikker", "Beslutning", "Opfølgningsdatoer"):
        assert squash(heading) in text
    assert squash("Øvrige idéforslag") in text and squash("Noter") in text and squash("Tid pr. trin") in text


def test_a_long_session_runs_over_many_pages_without_losing_a_line(
    qapp: QApplication, report: ReportData
) -> None:
    # Given a room that wrote 120 points, some long, long notes on every step and one note longer than a page
    points = tuple(
        Point(
            f"Punkt {n}: " + ("borgeren forventer hjælp til alt det digitale " * (n % 7 + 1)), f"Par {n % 9}"
        )
        for n in range(120)
    )
    themes = tuple(ThemePoints(f"Tema {t}", points[t * 20 : (t + 1) * 20]) for t in range(6))
    steps = [replace(step, note="Lang note. " * 80) for step in report.steps]
    steps[2] = replace(steps[2], note=" ".join(f"Sætning {n} om borgeren." for n in range(500)))
    big = replace(report, themes=themes, steps=tuple(steps))

    document = render_report_pdf(big)

    pages = read_pdf(document.data, setup=document.setup)
    assert len(pages) >= 8
    check_pages(pages, document.setup)
    text = squash(all_text(pages))
    for point in points:  # each once: a short paragraph is never split over two pages
        assert text.count(squash(point.text)) == 1, point.text
    for n in range(500):
        assert f"Sætning{n}omborgeren." in text
    # The table's header row is repeated on the page a table runs onto.
    assert sum("Plads Idéforslag Fra Prikker" in page.text for page in pages) >= 1


def test_english_labels(qapp: QApplication, report: ReportData) -> None:
    document = render_report_pdf(report, REPORT_EN)

    pages = read_pdf(document.data, setup=document.setup)
    check_pages(pages, document.setup)
    text = all_text(pages)
    assert "Minutes of the dialogue" in text and "Decision" in text and "Page 1 of" in pages[0].text
    assert AGREEMENT["responsible"] in text


def test_a_report_with_nothing_in_it_still_prints(qapp: QApplication, report: ReportData) -> None:
    empty = replace(
        report,
        themes=(),
        ideas=(),
        chosen_proposal=None,
        kept_for_next_time=(),
        agreement=tuple(replace(entry, value="", when=None) for entry in report.agreement),
        steps=tuple(StepReport(s.label, s.title, s.planned_ns, 0, "") for s in report.steps),
    )

    document = render_report_pdf(empty)
    pages = read_pdf(document.data, setup=document.setup)

    check_pages(pages, document.setup)
    text = squash(all_text(pages))
    for line in ("Der blev ikke skrevet pointer op.", "Der er ikke aftalt datoer.", "Ikke udfyldt"):
        assert squash(line) in text
