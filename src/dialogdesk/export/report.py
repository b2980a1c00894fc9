"""The session report: what the room said, chose and agreed, as plain data and as Markdown.

``build_report`` reads a material and a session state once; the Markdown renderer here and the
PDF renderer (``report_pdf``) only lay that data out. No Qt in this module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from dialogdesk.export.dates import (
    LOCAL_ZONE,
    format_clock,
    format_date,
    format_time,
    format_when,
    local_datetime,
)
from dialogdesk.export.dates import parse_agreement_date as parse_date
from dialogdesk.export.labels import REPORT_DA
from dialogdesk.materials.model import AgreementField, AgreementFieldKind, BoardAction, Material, Step
from dialogdesk.session.board import Board, CardKind
from dialogdesk.session.clock import NS_PER_SECOND, Instant
from dialogdesk.session.state import SessionPhase, SessionState
from dialogdesk.session.timing import actual_vs_plan


@dataclass(frozen=True)
class Point:
    """A card from the points step: its text and the pair that gave it."""

    text: str
    group: str = ""


@dataclass(frozen=True)
class ThemePoints:
    """The points in one theme; ``name`` None holds the points not put in any theme."""

    name: str | None
    points: tuple[Point, ...]


@dataclass(frozen=True)
class IdeaResult:
    """An idea proposal's place in the dot vote; tied proposals share ``place``."""

    place: int
    text: str
    group: str
    dots: int
    tied: bool
    chosen: bool


@dataclass(frozen=True)
class ScoreResult:
    """A card's place by its summed scores (25/10); ``top``: within the material's top N."""

    place: int
    text: str
    group: str
    scores: tuple[int, ...]
    total: int
    tied: bool
    top: bool


@dataclass(frozen=True)
class ResultEntry:
    """A line of what the method produced, for a material without an agreement."""

    place: int
    text: str
    total: int  # points or dots, as ``ReportData.result_kind`` says
    tied: bool
    top: bool
    chosen: bool


@dataclass(frozen=True)
class AgreementEntry:
    """One agreement field as the facilitator filled it in; ``when`` is a date field's parsed day."""

    field_id: str
    label: str
    kind: AgreementFieldKind
    value: str
    when: date | datetime | None = None


@dataclass(frozen=True)
class StepReport:
    label: str  # "Trin 2"
    title: str
    planned_ns: int
    actual_ns: int
    note: str
    replanned_ns: int | None = None  # the length it ended up with, when the plan was changed


@dataclass(frozen=True)
class PlanChangeReport:
    """New step lengths were accepted at ``at``, from the step ``from_step`` ("Trin 3") on."""

    at: datetime
    from_step: str


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, computed once from a material and a session state."""

    material_id: str
    material_title: str
    session_id: str
    started: datetime | None
    ended: datetime | None
    made: datetime
    phase: SessionPhase
    participants: int
    facilitator: str
    points_step: str
    themes: tuple[ThemePoints, ...]
    ideas_step: str
    ideas: tuple[IdeaResult, ...]
    dots_used: int
    dot_budget: int
    chosen_proposal: str | None
    agreement: tuple[AgreementEntry, ...]
    keeps_others: bool
    kept_for_next_time: tuple[IdeaResult, ...]
    steps: tuple[StepReport, ...]
    # Scoring (25/10) and the end without a decision; the defaults are a report from before them.
    language: str = "da"
    scores: tuple[ScoreResult, ...] = ()
    score_scale: tuple[int, int] | None = None  # None: the material does not score
    score_top: int | None = None
    has_agreement: bool = True
    result_kind: str = ""  # "scores", "dots" or "" (nothing ranked)
    result: tuple[ResultEntry, ...] = ()
    plan_changes: tuple[PlanChangeReport, ...] = ()

    @property
    def finished(self) -> bool:
        return self.phase is SessionPhase.ENDED

    @property
    def held_on(self) -> date:
        return (self.started or self.made).date()

    @property
    def follow_up_dates(self) -> tuple[AgreementEntry, ...]:
        """The date fields that were filled in, parsed or not."""
        return tuple(e for e in self.agreement if e.kind is AgreementFieldKind.DATE and e.value)

    @property
    def agreed_proposal(self) -> str | None:
        """The proposal in the agreement's own words, else the card chosen on the board."""
        written = next((e.value for e in self.agreement if e.field_id == "proposal" and e.value), None)
        return written or self.chosen_proposal or self.result_summary

    @property
    def result_summary(self) -> str | None:
        """Without an agreement, what the method produced in one line: the top cards' texts."""
        if self.has_agreement:
            return None
        top = [entry.text for entry in self.result if entry.top]
        return "; ".join(top) or None

    @property
    def planned_ns(self) -> int:
        return sum(step.planned_ns for step in self.steps)

    @property
    def actual_ns(self) -> int:
        return sum(step.actual_ns for step in self.steps)


def _step_with(material: Material, *actions: BoardAction) -> Step | None:
    for action in actions:
        step = next((s for s in material.steps if action in s.board), None)
        if step is not None:
            return step
    return None


def _step_name(step: Step | None) -> str:
    return f"{step.label}: {step.title}" if step is not None else ""


def _agreement_entry(field: AgreementField, value: str, today: date) -> AgreementEntry:
    value = value.strip()
    when = parse_date(value, today) if field.kind is AgreementFieldKind.DATE and value else None
    return AgreementEntry(field.id, field.label, field.kind, value, when)


def build_report(
    material: Material,
    state: SessionState,
    now: Instant,
    *,
    session_id: str = "",
    zone: ZoneInfo = LOCAL_ZONE,
) -> ReportData:
    """The report of ``state`` (a session of ``material``) as it stands at ``now``."""
    board = state.board
    made = local_datetime(now.wall_ns, zone)
    started = local_datetime(state.started_at.wall_ns, zone) if state.started_at else None
    ended = local_datetime(state.ended_at.wall_ns, zone) if state.ended_at else None
    # Relative dates ("om 2 uger") count from the day they were typed: the session's last day.
    today = (ended or made).date()

    points = [card for card in board.visible_cards() if card.kind is CardKind.POINT]
    themes = [
        ThemePoints(theme.name, tuple(Point(c.text, c.group) for c in points if c.theme == theme.id))
        for theme in board.themes.values()
    ]
    loose = tuple(Point(c.text, c.group) for c in points if c.theme not in board.themes)
    if loose:
        themes.append(ThemePoints(None, loose))

    ranking = board.ranking(CardKind.IDEA)
    ideas = tuple(
        IdeaResult(r.place, r.card.text, r.card.group, r.card.dots, r.tied, r.card.id == board.chosen)
        for r in ranking
    )
    kept_ids = {card.id for card in board.kept_for_next_time()}
    kept = tuple(idea for idea, r in zip(ideas, ranking, strict=True) if r.card.id in kept_ids)
    chosen = board.cards.get(board.chosen) if board.chosen else None
    agreement = tuple(
        _agreement_entry(field, state.agreement.get(field.id, ""), today)
        for field in material.wrap_up.agreement
    )
    scoring = material.wrap_up.scoring
    scored = board.score_ranking(scoring.top) if scoring is not None else []
    scores = tuple(
        ScoreResult(r.rank, r.card.text, r.card.group, r.card.scores, r.total, r.tied, r.top) for r in scored
    )
    steps, plan_changes = _time_per_step(material, state, now, zone)
    return ReportData(
        material_id=material.id,
        material_title=material.title,
        session_id=session_id,
        started=started,
        ended=ended,
        made=made,
        phase=state.phase,
        participants=state.setup.participants,
        facilitator=state.setup.facilitator.strip(),
        points_step=_step_name(_step_with(material, BoardAction.COLLECT_POINTS, BoardAction.CLUSTER_THEMES)),
        themes=tuple(themes),
        ideas_step=_step_name(_step_with(material, BoardAction.COLLECT_IDEAS, BoardAction.VOTE)),
        ideas=ideas,
        dots_used=board.dots_used,
        dot_budget=board.dot_budget,
        chosen_proposal=chosen.text if chosen is not None and not chosen.deleted else None,
        agreement=agreement,
        keeps_others=material.wrap_up.dot_voting.keep_others_for_next_time,
        kept_for_next_time=kept,
        steps=steps,
        language=material.language,
        scores=scores,
        score_scale=(scoring.scale.min, scoring.scale.max) if scoring is not None else None,
        score_top=scoring.top if scoring is not None else None,
        has_agreement=bool(material.wrap_up.agreement),
        plan_changes=plan_changes,
        **_method_result(board, scores),
    )


def _time_per_step(
    material: Material, state: SessionState, now: Instant, zone: ZoneInfo
) -> tuple[tuple[StepReport, ...], tuple[PlanChangeReport, ...]]:
    """Each step's plan, its plan as changed, the time it took and its note; when the plan changed."""
    steps = tuple(
        StepReport(
            material.steps[time.index].label,
            material.steps[time.index].title,
            time.planned_ns,
            time.actual_ns,
            state.steps[time.index].note.strip(),
            _replanned(state.steps[time.index].countdown.duration_ns, time.planned_ns),
        )
        for time in actual_vs_plan(state, now)
    )
    changes = tuple(
        PlanChangeReport(local_datetime(change.wall_ns, zone), material.steps[change.first_index].label)
        for change in state.plan_changes
    )
    return steps, changes


def _replanned(length_ns: int, planned_ns: int) -> int | None:
    """The step's length as the session ended with it, when it is not the material's plan
    (new lengths accepted to finish on time, or a minute more)."""
    return length_ns if length_ns != planned_ns else None


def _method_result(board: Board, scores: tuple[ScoreResult, ...]) -> dict[str, Any]:
    """The ranking the method produced: by scores when cards were scored, else by dots.

    Without a top N the cards in first place stand for the result.
    """
    if scores:
        top_given = any(score.top for score in scores)
        entries = tuple(
            ResultEntry(s.place, s.text, s.total, s.tied, s.top or (not top_given and s.place == 1), False)
            for s in scores
        )
        return {"result_kind": "scores", "result": entries}
    if board.dots_used:
        entries = tuple(
            ResultEntry(r.place, r.card.text, r.card.dots, r.tied, r.place == 1, r.card.id == board.chosen)
            for r in board.vote_ranking()
        )
        return {"result_kind": "dots", "result": entries}
    return {"result_kind": "", "result": ()}


# The words of scoring and of the end without a decision, by the material's language. The
# renderers lay ``labels`` over these, so a key given in ``labels`` (export/labels.py) wins.
RESULT_WORDS: Mapping[str, Mapping[str, str]] = {
    "da": {
        "scores": "Point til kortene",
        "card": "Kort",
        "score_rounds": "Point pr. runde",
        "score_total": "I alt",
        "top_mark": "★ Top {top}",
        "score_scale": "Hvert kort fik {low}–{high} point pr. runde; pointene er lagt sammen.",
        "score_ties": "Kort med samme antal point deler pladsen.",
        "result": "Det kom dialogen frem til",
        "result_intro": "Materialet slutter uden en fælles beslutning. Her er rangordenen, metoden gav.",
        "result_points": "{total} point",
        "result_dots": "{total} prikker",
        "result_first": "Først:",
        "no_result": "Der blev hverken givet point eller prikker.",
    },
    "en": {
        "scores": "Scores for the cards",
        "card": "Card",
        "score_rounds": "Scores by round",
        "score_total": "Total",
        "top_mark": "★ Top {top}",
        "score_scale": "Each card was given {low}–{high} points a round; the scores are summed.",
        "score_ties": "Cards with the same total share a place.",
        "result": "What the dialogue produced",
        "result_intro": "The material ends without a joint decision. This is the ranking the method gave.",
        "result_points": "{total} points",
        "result_dots": "{total} dots",
        "result_first": "First:",
        "no_result": "No scores or dots were given.",
    },
}


def with_result_words(data: ReportData, labels: Mapping[str, str]) -> dict[str, str]:
    """``labels`` with the scoring and result words of the report's language beneath them."""
    return {**RESULT_WORDS.get(data.language, RESULT_WORDS["da"]), **labels}


def score_place_text(entry: ScoreResult | ResultEntry, labels: Mapping[str, str] = REPORT_DA) -> str:
    return labels["place_tied" if entry.tied else "place_number"].format(place=entry.place)


def result_total_text(data: ReportData, entry: ResultEntry, labels: Mapping[str, str]) -> str:
    key = "result_points" if data.result_kind == "scores" else "result_dots"
    return labels[key].format(total=entry.total)


def top_mark_text(data: ReportData, labels: Mapping[str, str]) -> str:
    return labels["top_mark"].format(top=data.score_top) if data.score_top else ""


def shows_dot_ideas(data: ReportData) -> bool:
    """The dot table, unless a scoring material's room gave no dots (its ranking is the scores')."""
    return data.score_scale is None or data.dots_used > 0 or not data.scores


# --- words shared by both renderers ------------------------------------------------------------
def format_duration(ns: int, labels: Mapping[str, str] = REPORT_DA) -> str:
    """Minutes and seconds, '7:05'."""
    seconds = round(abs(ns) / NS_PER_SECOND)
    return labels["minutes"].format(minutes=seconds // 60, seconds=seconds % 60)


def format_difference(ns: int, labels: Mapping[str, str] = REPORT_DA) -> str:
    """'+1:30' over the plan, '−0:45' under it, '0:00' on it."""
    text = format_duration(ns, labels)
    if round(ns / NS_PER_SECOND) == 0:
        return text
    return ("+" if ns > 0 else "\u2212") + text


def place_text(idea: IdeaResult, labels: Mapping[str, str] = REPORT_DA) -> str:
    return labels["place_tied" if idea.tied else "place_number"].format(place=idea.place)


def status_text(data: ReportData, labels: Mapping[str, str] = REPORT_DA) -> str:
    if data.finished:
        return labels["finished"]
    if data.started is None:
        return labels["not_started"]
    return labels["not_finished"]


def time_span_text(data: ReportData, labels: Mapping[str, str] = REPORT_DA) -> str:
    if data.started is None:
        return labels["none_given"]
    end = data.ended or data.made
    return labels["fmt_time"].format(
        clock=f"{format_clock(data.started, labels)}–{format_clock(end, labels)}"
    )


def dots_text(data: ReportData, labels: Mapping[str, str] = REPORT_DA) -> str:
    if data.dot_budget:
        return labels["dots_used"].format(used=data.dots_used, budget=data.dot_budget)
    return labels["dots_counted"].format(used=data.dots_used)


def when_text(entry: AgreementEntry, labels: Mapping[str, str] = REPORT_DA) -> str:
    return format_when(entry.when, labels) if entry.when is not None else labels["unreadable_date"]


def theme_name(theme: ThemePoints, labels: Mapping[str, str] = REPORT_DA) -> str:
    return theme.name if theme.name is not None else labels["no_theme"]


def facts(data: ReportData, labels: Mapping[str, str] = REPORT_DA) -> list[tuple[str, str]]:
    """The lines under the title: material, date, time, participants, facilitator, status."""
    return [
        (labels["material"], data.material_title),
        (labels["date"], format_date(data.held_on, labels, weekday=True)),
        (labels["time_of_day"], time_span_text(data, labels)),
        (labels["participants"], str(data.participants)),
        (labels["facilitator"], data.facilitator or labels["none_given"]),
        (labels["status"], status_text(data, labels)),
    ]


def time_header(labels: Mapping[str, str] = REPORT_DA) -> list[str]:
    return [labels["step"], labels["planned"], labels["actual"], labels["difference"]]


def time_rows(data: ReportData, labels: Mapping[str, str] = REPORT_DA) -> list[list[str]]:
    """Planned and actual time and the difference for each step, then in total (the last row).

    A plan changed during the session reads "8 min → 6 min"; the difference is to the plan as
    it was changed. Plain text: the Markdown and the PDF report each mark it up their own way.
    """
    rows = [
        [f"{step.label}: {step.title}", *_times(step.planned_ns, step.replanned_ns, step.actual_ns, labels)]
        for step in data.steps
    ]
    replanned = sum(step.replanned_ns or step.planned_ns for step in data.steps)
    changed = replanned if any(step.replanned_ns is not None for step in data.steps) else None
    rows.append([labels["total"], *_times(data.planned_ns, changed, data.actual_ns, labels)])
    return rows


def plan_change_lines(data: ReportData, labels: Mapping[str, str] = REPORT_DA) -> list[str]:
    """'Planen blev ændret kl. 10.32, fra Trin 3': when new step lengths were accepted."""
    return [
        labels["plan_changed"].replace("%1", format_clock(change.at, labels)).replace("%2", change.from_step)
        for change in data.plan_changes
    ]


def _times(planned_ns: int, replanned_ns: int | None, actual_ns: int, labels: Mapping[str, str]) -> list[str]:
    planned = format_duration(planned_ns, labels)
    if replanned_ns is not None:
        planned += " → " + format_duration(replanned_ns, labels)
    aimed_ns = planned_ns if replanned_ns is None else replanned_ns
    return [planned, format_duration(actual_ns, labels), format_difference(actual_ns - aimed_ns, labels)]


def made_text(data: ReportData, labels: Mapping[str, str] = REPORT_DA) -> str:
    return labels["made"].format(
        date=format_date(data.made.date(), labels), time=format_time(data.made, labels)
    )


# --- Markdown ------------------------------------------------------------------------------------
_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|~"})


def _md(text: str, *, block: bool = False) -> str:
    """User text as one Markdown line: special characters escaped, line breaks kept visible.

    With ``block`` the text starts a line or a list item, where "1." or "-" would start a list.
    """
    lines = [line.strip().translate(_MARKDOWN_SPECIAL) for line in text.strip().splitlines()]
    escaped = "<br>".join(line for line in lines if line)
    if not block:
        return escaped
    if escaped[:1] in ("-", "+"):
        return "\\" + escaped
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", escaped)


def _table(header: list[str], rows: list[list[str]], align: str = "") -> list[str]:
    aligns = align or "l" * len(header)
    rule = ["---:" if a == "r" else "---" for a in aligns]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def render_markdown(data: ReportData, labels: Mapping[str, str] = REPORT_DA) -> str:
    """The report as a Markdown document (CommonMark with GitHub tables)."""
    labels = with_result_words(data, labels)
    out: list[str] = [f"# {labels['document']}: {_md(data.material_title)}", ""]
    out += [f"- **{name}:** {_md(value)}" for name, value in facts(data, labels)]

    out += ["", f"## {labels['points']}" + (f" ({_md(data.points_step)})" if data.points_step else ""), ""]
    if not data.themes:
        out += [labels["no_points"]]
    for theme in data.themes:
        out += [f"### {_md(theme_name(theme, labels))}", ""]
        out += [
            f"- {_md(point.text, block=True)}" + (f" *({_md(point.group)})*" if point.group else "")
            for point in theme.points
        ] or [labels["empty_theme"]]
        out += [""]

    if shows_dot_ideas(data):
        out += _md_ideas(data, labels)
    out += _md_scores(data, labels)
    out += _md_decision(data, labels) if data.has_agreement else _md_result(data, labels)

    out += ["", f"## {labels['notes']}", ""]
    notes = [step for step in data.steps if step.note]
    for step in notes:
        out += [f"**{step.label}: {_md(step.title)}**", "", _md(step.note, block=True), ""]
    if not notes:
        out += [labels["no_notes"], ""]

    out += [f"## {labels['times']}", ""]
    *steps, total = time_rows(data, labels)
    rows = [[_md(cell) for cell in row] for row in steps] + [[f"**{_md(cell)}**" for cell in total]]
    out += _table(time_header(labels), rows, "lrrr")
    changes = plan_change_lines(data, labels)
    if changes:
        out += ["", *(f"- {_md(line)}" for line in changes)]
    out += ["", f"*{made_text(data, labels)}*", ""]
    return "\n".join(out)


def _md_ideas(data: ReportData, labels: Mapping[str, str]) -> list[str]:
    out = [f"## {labels['ideas']}" + (f" ({_md(data.ideas_step)})" if data.ideas_step else ""), ""]
    if data.ideas:
        rows = [
            [
                place_text(idea, labels),
                _md(idea.text) + (f" **({labels['chosen_mark']})**" if idea.chosen else ""),
                _md(idea.group) or labels["none_given"],
                str(idea.dots),
            ]
            for idea in data.ideas
        ]
        out += _table([labels["place"], labels["idea"], labels["group"], labels["dots"]], rows, "lllr")
        out += ["", dots_text(data, labels)]
        if any(idea.tied for idea in data.ideas):
            out += ["", labels["ties"]]
    else:
        out += [labels["no_ideas"]]
    out += [""]
    return out


def _md_scores(data: ReportData, labels: Mapping[str, str]) -> list[str]:
    """The cards by their summed scores, the top N marked in words."""
    if not data.scores:
        return []
    mark = top_mark_text(data, labels)
    rows = [
        [
            score_place_text(score, labels),
            _md(score.text),
            " ".join(str(value) for value in score.scores),
            str(score.total),
            mark if score.top else "",
        ]
        for score in data.scores
    ]
    header = [labels["place"], labels["card"], labels["score_rounds"], labels["score_total"], ""]
    out = [f"## {labels['scores']}", "", *_table(header, rows, "lllrl"), ""]
    if data.score_scale is not None:
        low, high = data.score_scale
        out += [labels["score_scale"].format(low=low, high=high)]
    if any(score.tied for score in data.scores):
        out += ["", labels["score_ties"]]
    return [*out, ""]


def _md_result(data: ReportData, labels: Mapping[str, str]) -> list[str]:
    """A material without an agreement: what the method produced, in place of empty fields."""
    out = [f"## {labels['result']}", "", labels["result_intro"], ""]
    if not data.result:
        return [*out, labels["no_result"], ""]
    mark = top_mark_text(data, labels)
    for entry in data.result:
        card = f"{score_place_text(entry, labels)} {_md(entry.text)}"
        line = f"- **{card}**" if entry.top else f"- {card}"
        line += f" – {result_total_text(data, entry, labels)}"
        if entry.top and mark and data.result_kind == "scores":
            line += f" {mark}"
        if entry.chosen:
            line += f" **({labels['chosen_mark']})**"
        out.append(line)
    return out


def _md_decision(data: ReportData, labels: Mapping[str, str]) -> list[str]:
    out = [f"## {labels['decision']}", ""]
    out += [f"**{labels['chosen_proposal']}:** {_md(data.chosen_proposal or labels['no_proposal'])}", ""]
    rows = [[_md(e.label), _md(e.value) or f"*{labels['not_filled']}*"] for e in data.agreement]
    out += _table([labels["field"], labels["value"]], rows)

    out += ["", f"## {labels['follow_up']}", ""]
    if data.follow_up_dates:
        rows = [[_md(e.label), _md(e.value), when_text(e, labels)] for e in data.follow_up_dates]
        out += _table([labels["field"], labels["typed"], labels["read_as"]], rows)
    else:
        out += [labels["no_dates"]]

    out += ["", f"## {labels['kept' if data.keeps_others else 'others']}", ""]
    out += [
        f"- {_md(idea.text, block=True)} ({labels['dots_count'].format(count=idea.dots)})"
        for idea in data.kept_for_next_time
    ] or [labels["nothing_kept"]]
    return out
