"""The three example materials an author wrote from the README: they validate and run to the end.

``borgere-uden-mitid`` is a Danish 45-minute dilemma topic with a film in the bundled style,
``one-two-four-all`` is Liberating Structures 1-2-4-All and ``twenty-five-ten`` is 25/10 Crowd
Sourcing (both in English). Each is validated as ``dialogdesk validate`` does it and driven
through the session engine on a fake clock, every step and every activity.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dialogdesk.cli import run_validate
from dialogdesk.export.labels import report_in_language, report_labels
from dialogdesk.export.report import build_report, render_markdown
from dialogdesk.materials.library import MaterialLibrary
from dialogdesk.materials.model import Activity, BoardAction, Material
from dialogdesk.session import intents as i
from dialogdesk.session.board import CardKind
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionPhase, SessionSetup
from dialogdesk.session.timers import format_remaining
from dialogdesk.session.timing import Timing, timing
from tests.examples.examples import (
    ALL,
    DANISH,
    EXAMPLES,
    ONE_TWO_FOUR_ALL,
    TWENTY_FIVE_TEN,
    copy_examples,
    five_scores,
    load_example,
    score_totals,
)

S = NS_PER_SECOND
StepHook = Callable[[Session, ManualClock, int], None]


# --- validation ----------------------------------------------------------------------------------
@pytest.mark.parametrize("material_id", ALL)
def test_each_example_validates_with_no_error_and_no_warning(
    material_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = copy_examples(tmp_path, material_id) / material_id

    library = MaterialLibrary.load([folder])  # what `dialogdesk validate FOLDER` loads

    assert [str(problem) for problem in library.errors] == []
    assert [str(problem) for problem in library.warnings] == []
    assert [loaded.material.id for loaded in library.materials] == [material_id]
    assert run_validate([folder]) == 0
    assert capsys.readouterr().out.strip() == "1 material(s) valid, 0 error(s), 0 warning(s)"


def test_the_three_together_validate_without_naming_each_others_topics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_validate([copy_examples(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == "3 material(s) valid, 0 error(s), 0 warning(s)"


def test_the_repository_holds_no_film_only_the_yaml() -> None:
    files = sorted(path.relative_to(EXAMPLES).as_posix() for path in EXAMPLES.rglob("*.yaml"))
    assert files == [f"{material_id}/material.yaml" for material_id in sorted(ALL)]
    assert not list(EXAMPLES.rglob("*.mp4"))
    assert all(path.stat().st_size < 200_000 for path in EXAMPLES.rglob("*") if path.is_file())


def test_what_the_authors_wrote_is_what_the_model_holds(tmp_path: Path) -> None:
    folder = copy_examples(tmp_path)
    danish = load_example(folder, DANISH)
    assert (danish.language, danish.planned_minutes, [s.label for s in danish.steps]) == (
        "da",
        45,
        ["Trin 1", "Trin 2", "Trin 3", "Trin 4", "Trin 5"],
    )
    assert [f.id for f in danish.wrap_up.agreement] == ["proposal", "responsible", "follow_up"]

    one_two_four = load_example(folder, ONE_TWO_FOUR_ALL)
    assert one_two_four.language == "en" and 12 <= one_two_four.planned_minutes <= 15
    assert [s.minutes for s in one_two_four.steps[1:]] == [1, 2, 4, 5]
    assert one_two_four.steps[3].group_range == (4, 4)
    assert one_two_four.wrap_up.agreement == []

    crowd = load_example(folder, TWENTY_FIVE_TEN)
    series = crowd.steps[1].activities[0]
    assert (series.minutes, series.rounds, series.next_round.value) == (0.5, 5, "auto")
    assert crowd.steps[2].board == [BoardAction.SCORE]
    assert crowd.wrap_up.scoring is not None
    assert (crowd.wrap_up.scoring.scale.min, crowd.wrap_up.scoring.scale.max) == (1, 5)
    assert crowd.wrap_up.scoring.top == 10
    assert crowd.wrap_up.agreement == []


# --- the engine, start to finish -----------------------------------------------------------------
def start(material: Material, tmp_path: Path, participants: int) -> tuple[Session, ManualClock]:
    clock = ManualClock()
    setup = SessionSetup(material.id, participants=participants, language=material.language)
    session = Session(material, setup, clock=clock, folder=tmp_path / "sessions")
    session.dispatch(i.StartSession())
    return session, clock


def shown(session: Session) -> Timing:
    return timing(session.state, session.now())


def activity_seconds(material: Material, activity: Activity) -> float:
    """One round's length; an activity without one lasts as long as its media is expected to."""
    if activity.minutes is not None:
        return activity.minutes * 60
    media = material.media_by_id(activity.media or "")
    assert media is not None and media.expected_minutes is not None, activity.id
    return media.expected_minutes * 60


def run_every_step(session: Session, clock: ManualClock, on_step: StepHook) -> None:
    """Each step: its countdown, each activity started and run out, the step's own work, next."""
    material = session.material
    for index, step in enumerate(material.steps):
        assert session.state.phase is SessionPhase.RUNNING
        assert session.state.current == index
        assert shown(session).step_remaining_ns == round(step.minutes * 60 * S)
        for activity in step.activities:
            session.dispatch(i.StartActivity(activity.id))
            view = shown(session)
            seconds = activity_seconds(material, activity)
            assert view.activity_remaining_ns == round(seconds * S), activity.id
            if activity.rounds == 1:
                clock.advance(seconds)
                assert format_remaining(shown(session).activity_remaining_ns or 0) == "00:00"
                session.dispatch(i.StopActivity())
        on_step(session, clock, index)
        clock.advance(max(0, shown(session).step_remaining_ns) / S)  # the rest of the step's time
        assert format_remaining(shown(session).step_remaining_ns) == "00:00", step.label
        session.dispatch(i.NextStep())
    assert session.state.phase is SessionPhase.WRAP_UP


def report_text(session: Session) -> str:
    """The Markdown report in the material's language, as *Save report* writes it."""
    material = session.material
    labels = report_labels(material.language)
    report = build_report(material, session.state, session.now())
    return render_markdown(report_in_language(report, material, labels), labels)


def group_sizes(session: Session) -> list[int]:
    pairs = {pair.number: len(pair.members) for pair in session.state.pairs}
    return sorted(sum(pairs[number] for number in group) for group in session.state.groups)


def ideas(session: Session) -> list[str]:
    return [c.id for c in session.state.board.visible_cards() if c.kind is CardKind.IDEA]


def test_the_danish_topic_runs_start_to_finish_to_an_agreement(tmp_path: Path) -> None:
    material = load_example(copy_examples(tmp_path, DANISH), DANISH)
    session, clock = start(material, tmp_path, participants=14)

    def board_work(session: Session, clock: ManualClock, index: int) -> None:
        send = session.dispatch
        if index == 1:  # Trin 2: pairs, their points, two pairs picked (over 12 participants)
            send(i.MakePairs(seed=4))
            assert len(session.state.pairs) == 7
            for number in range(1, 8):
                send(i.AddCard(text=f"Pointe fra par {number}", group=f"Par {number}"))
            send(i.PickPairs(count=material.steps[1].pairs_to_pick(14) or 0, seed=4))
            assert len(session.state.picked_pairs) == 2
            points = [c.id for c in session.state.board.visible_cards()]
            send(i.CreateTheme(name="Pårørende", card_ids=tuple(points[:3])))
        elif index == 2:  # Trin 3: pairs of pairs
            send(i.MakeGroups(seed=4))
            assert sum(group_sizes(session)) == 14 and min(group_sizes(session)) >= 4
        elif index == 3:  # Trin 4: each group's ideas
            for number, text in enumerate(["Fast tid til MitID-hjælp", "Folder om fritagelse", "Tjekliste"]):
                send(i.AddCard(text=text, kind="idea", group=f"Gruppe {number + 1}"))
        elif index == 4:  # Trin 5: one dot each, the most dotted is chosen
            first, second, third = ideas(session)
            for card_id in [first] * 8 + [second] * 4 + [third] * 2:
                send(i.AddDot(card_id))
            assert session.state.board.dots_left == 0
            send(i.ChooseProposal(first))

    run_every_step(session, clock, board_work)

    session.dispatch(i.RecordAgreement(values=(("responsible", "Mette"), ("follow_up", "2027-01-15"))))
    session.dispatch(i.EndSession())
    state = session.state
    assert state.phase is SessionPhase.ENDED
    assert dict(state.agreement) == {
        "proposal": "Fast tid til MitID-hjælp",
        "responsible": "Mette",
        "follow_up": "2027-01-15",
    }
    report = report_text(session)
    assert "Fast tid til MitID-hjælp" in report and "Trin 5" in report


def test_one_two_four_all_runs_alone_pairs_foursomes_all_and_ends_without_a_decision(
    tmp_path: Path,
) -> None:
    material = load_example(copy_examples(tmp_path, ONE_TWO_FOUR_ALL), ONE_TWO_FOUR_ALL)
    session, clock = start(material, tmp_path, participants=16)

    def board_work(session: Session, clock: ManualClock, index: int) -> None:
        send = session.dispatch
        if index == 2:  # 2 minutes in pairs
            send(i.MakePairs(seed=9))
            assert sorted(len(pair.members) for pair in session.state.pairs) == [2] * 8
        elif index == 3:  # 4 minutes in foursomes: group_size 4
            send(i.MakeGroups(seed=9))
            assert group_sizes(session) == [4, 4, 4, 4]
        elif index == 4:  # all: one idea from each foursome on the board, in two themes
            for number in range(1, 5):
                send(i.AddCard(text=f"Idea from foursome {number}", kind="idea", group=f"Group {number}"))
            cards = ideas(session)
            send(i.CreateTheme(name="Opening hours", card_ids=tuple(cards[:2])))
            send(i.CreateTheme(name="Help on the phone", card_ids=tuple(cards[2:])))

    run_every_step(session, clock, board_work)

    session.dispatch(i.EndSession())  # nothing to agree: the wrap-up asks for no agreement
    state = session.state
    assert state.phase is SessionPhase.ENDED
    assert dict(state.agreement) == {} and state.board.chosen is None
    assert [t.name for t in state.board.themes.values()] == ["Opening hours", "Help on the phone"]
    report = report_text(session)
    assert "Idea from foursome 3" in report
    assert "Step 4: In foursomes" in report  # the report speaks the material's language
    assert "No proposal was chosen" not in report  # the method ends without a decision
    assert "Trin" not in report and "Referat" not in report


def test_one_two_four_all_makes_foursomes_also_when_the_count_is_odd(tmp_path: Path) -> None:
    material = load_example(copy_examples(tmp_path, ONE_TWO_FOUR_ALL), ONE_TWO_FOUR_ALL)
    session, _ = start(material, tmp_path, participants=13)
    session.dispatch(i.JumpToStep(3))
    session.dispatch(i.MakeGroups(seed=1))
    assert group_sizes(session) == [4, 4, 5]  # nobody alone: the one left over joins a foursome


def test_twenty_five_ten_scores_five_rounds_by_itself_and_marks_the_top_ten(tmp_path: Path) -> None:
    material = load_example(copy_examples(tmp_path, TWENTY_FIVE_TEN), TWENTY_FIVE_TEN)
    session, clock = start(material, tmp_path, participants=20)
    totals = score_totals()

    def board_work(session: Session, clock: ManualClock, index: int) -> None:
        send = session.dispatch
        if index == 0:  # everyone's bold idea, one card each
            for number in range(1, 21):
                send(i.AddCard(text=f"Bold idea {number}", kind="idea", group=f"Card {number}"))
        elif index == 1:  # five rounds of 30 seconds, each begun by the clock alone
            events = len(session.events)
            view = shown(session)
            assert (view.activity_round, view.activity_rounds) == (1, 5)
            for number in range(1, 6):
                view = shown(session)
                assert view.activity_round == number
                assert format_remaining(view.activity_remaining_ns or 0) == "00:30"
                clock.advance(29.5)
                assert shown(session).activity_round == number
                clock.advance(0.5)
            assert shown(session).activity_round == 5  # the last round does not wrap around
            assert format_remaining(shown(session).activity_remaining_ns or 0) == "00:00"
            assert len(session.events) == events  # no intent moved the rounds
            send(i.StopActivity())
        elif index == 2:  # the tally: each card's five scores typed in from the paper
            for card_id, total in zip(ideas(session), totals, strict=True):
                send(i.SetScores(card_id=card_id, scores=five_scores(total)))

    run_every_step(session, clock, board_work)

    session.dispatch(i.EndSession())
    state = session.state
    assert state.phase is SessionPhase.ENDED and dict(state.agreement) == {}
    scoring = material.wrap_up.scoring
    assert scoring is not None
    ranking = state.board.score_ranking(scoring.top)
    text = {card.id: card.text for card in state.board.visible_cards()}
    assert [(r.rank, text[r.card_id], r.total) for r in ranking[:3]] == [
        (1, "Bold idea 1", 25),
        (2, "Bold idea 2", 24),
        (3, "Bold idea 3", 23),
    ]
    # 16 twice: both share 10th place, and a tie at the border is in the top ten
    assert [(r.rank, r.tied) for r in ranking[9:12]] == [(10, True), (10, True), (12, False)]
    assert [text[r.card_id] for r in ranking if r.top] == [f"Bold idea {n}" for n in range(1, 12)]
    report = report_text(session)
    assert "Bold idea 1" in report
    assert "Step 3: Tally the scores" in report
    assert any("Bold idea 2" in line and "24" in line for line in report.splitlines())  # the ranking
    assert "No proposal was chosen" not in report  # the method ends without a decision
    assert "Trin" not in report and "Referat" not in report
