"""The session report as a printable A4 PDF (Qt: QTextDocument on a QPdfWriter)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QCoreApplication

from dialogdesk.export import pdf
from dialogdesk.export.labels import REPORT_DA
from dialogdesk.export.pdf import ACCENT, MUTED, PageSetup, PdfDocument, grid, pt, text
from dialogdesk.export.report import (
    ReportData,
    dots_text,
    facts,
    made_text,
    place_text,
    plan_change_lines,
    result_total_text,
    score_place_text,
    shows_dot_ideas,
    theme_name,
    time_header,
    time_rows,
    top_mark_text,
    when_text,
    with_result_words,
)


def translated(labels: Mapping[str, str], context: str = "Report") -> dict[str, str]:
    """``labels`` passed through the installed Qt translator (unchanged where it has no entry)."""
    return {key: QCoreApplication.translate(context, value) for key, value in labels.items()}


def _section(title: str, step: str = "") -> str:
    suffix = f' <span style="color: {MUTED}; font-weight: normal;">· {escape(step)}</span>' if step else ""
    return f"<h2>{escape(title)}{suffix}</h2>"


def _points(data: ReportData, labels: Mapping[str, str]) -> str:
    parts = [_section(labels["points"], data.points_step)]
    if not data.themes:
        return parts[0] + f"<p>{escape(labels['no_points'])}</p>"
    for theme in data.themes:
        parts.append(f"<h3>{escape(theme_name(theme, labels))}</h3>")
        if not theme.points:
            parts.append(f'<p class="muted">{escape(labels["empty_theme"])}</p>')
            continue
        items = "".join(
            f"<li>{text(point.text)}"
            + (f' <span style="color: {MUTED};">({escape(point.group)})</span>' if point.group else "")
            + "</li>"
            for point in theme.points
        )
        parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


def _ideas(data: ReportData, labels: Mapping[str, str]) -> str:
    head = _section(labels["ideas"], data.ideas_step)
    if not data.ideas:
        return head + f"<p>{escape(labels['no_ideas'])}</p>"
    rows = [
        [
            escape(place_text(idea, labels)),
            (f"<b>{text(idea.text)}</b>" if idea.chosen else text(idea.text))
            + (
                f' <span style="color: {ACCENT};">({escape(labels["chosen_mark"])})</span>'
                if idea.chosen
                else ""
            ),
            text(idea.group) or escape(labels["none_given"]),
            str(idea.dots),
        ]
        for idea in data.ideas
    ]
    table = grid(
        [labels["place"], labels["idea"], labels["group"], labels["dots"]], rows, [12, 58, 18, 12], "lllr"
    )
    notes = [dots_text(data, labels)]
    if any(idea.tied for idea in data.ideas):
        notes.append(labels["ties"])
    return head + table + f'<p class="muted">{escape(" ".join(notes))}</p>'


def _decision(data: ReportData, labels: Mapping[str, str]) -> str:
    not_filled = f'<i style="color: {MUTED};">{escape(labels["not_filled"])}</i>'
    chosen = f"<b>{text(data.chosen_proposal)}</b>" if data.chosen_proposal else escape(labels["no_proposal"])
    rows = [[f"<b>{escape(labels['chosen_proposal'])}</b>", chosen]]
    rows += [[escape(entry.label), text(entry.value) or not_filled] for entry in data.agreement]
    return _section(labels["decision"]) + grid([labels["field"], labels["value"]], rows, [34, 66])


def _follow_up(data: ReportData, labels: Mapping[str, str]) -> str:
    head = _section(labels["follow_up"])
    if not data.follow_up_dates:
        return head + f"<p>{escape(labels['no_dates'])}</p>"
    rows = [
        [escape(entry.label), text(entry.value), escape(when_text(entry, labels))]
        for entry in data.follow_up_dates
    ]
    return head + grid([labels["field"], labels["typed"], labels["read_as"]], rows, [34, 26, 40])


def _kept(data: ReportData, labels: Mapping[str, str]) -> str:
    head = _section(labels["kept" if data.keeps_others else "others"])
    if not data.kept_for_next_time:
        return head + f"<p>{escape(labels['nothing_kept'])}</p>"
    items = "".join(
        f'<li>{text(idea.text)} <span style="color: {MUTED};">'
        f"({escape(labels['dots_count'].format(count=idea.dots))})</span></li>"
        for idea in data.kept_for_next_time
    )
    return head + f"<ul>{items}</ul>"


def _scores(data: ReportData, labels: Mapping[str, str]) -> str:
    """The cards by their summed scores; the top N in bold and marked in words."""
    if not data.scores:
        return ""
    mark = top_mark_text(data, labels)
    rows = [
        [
            escape(score_place_text(score, labels)),
            f"<b>{text(score.text)}</b>" if score.top else text(score.text),
            escape(" ".join(str(value) for value in score.scores)),
            f"<b>{score.total}</b>" if score.top else str(score.total),
            f'<b style="color: {ACCENT};">{escape(mark)}</b>' if score.top and mark else "",
        ]
        for score in data.scores
    ]
    header = [labels["place"], labels["card"], labels["score_rounds"], labels["score_total"], ""]
    notes = []
    if data.score_scale is not None:
        notes.append(labels["score_scale"].format(low=data.score_scale[0], high=data.score_scale[1]))
    if any(score.tied for score in data.scores):
        notes.append(labels["score_ties"])
    table = grid(header, rows, [12, 46, 18, 10, 14], "lllrl")
    return _section(labels["scores"]) + table + f'<p class="muted">{escape(" ".join(notes))}</p>'


def _result(data: ReportData, labels: Mapping[str, str]) -> str:
    """A material without an agreement: what the method produced, in place of empty fields."""
    head = _section(labels["result"]) + f"<p>{escape(labels['result_intro'])}</p>"
    if not data.result:
        return head + f"<p>{escape(labels['no_result'])}</p>"
    mark = top_mark_text(data, labels) if data.result_kind == "scores" else ""
    items = []
    for entry in data.result:
        card = f"{escape(score_place_text(entry, labels))} {text(entry.text)}"
        line = (
            f"<b>{card}</b>" if entry.top else card
        ) + f" – {escape(result_total_text(data, entry, labels))}"
        if entry.top and mark:
            line += f' <b style="color: {ACCENT};">{escape(mark)}</b>'
        if entry.chosen:
            line += f' <span style="color: {ACCENT};">({escape(labels["chosen_mark"])})</span>'
        items.append(f"<li>{line}</li>")
    return head + f"<ul>{''.join(items)}</ul>"


def _notes(data: ReportData, labels: Mapping[str, str]) -> str:
    notes = [step for step in data.steps if step.note]
    if not notes:
        return _section(labels["notes"]) + f"<p>{escape(labels['no_notes'])}</p>"
    return _section(labels["notes"]) + "".join(
        f"<h3>{escape(step.label)}: {escape(step.title)}</h3><p>{text(step.note)}</p>" for step in notes
    )


def _times(data: ReportData, labels: Mapping[str, str]) -> str:
    *steps, total = time_rows(data, labels)
    rows = [[escape(cell) for cell in row] for row in steps] + [[f"<b>{escape(cell)}</b>" for cell in total]]
    changes = "".join(f"<p>{escape(line)}</p>" for line in plan_change_lines(data, labels))
    return _section(labels["times"]) + grid(time_header(labels), rows, [52, 16, 16, 16], "lrrr") + changes


def report_html(data: ReportData, labels: Mapping[str, str] = REPORT_DA) -> str:
    """The report as the HTML subset QTextDocument lays out."""
    labels = with_result_words(data, labels)
    if data.has_agreement:
        ending = _decision(data, labels) + _follow_up(data, labels) + _kept(data, labels)
    else:
        ending = _result(data, labels)
    return (
        f"<html><head><style>{pdf.stylesheet()}</style></head><body>"
        + pdf.title_block(labels["kicker"], data.material_title, labels["document"])
        + f'<p style="margin-bottom: {pt(4)}px;"></p>'
        + pdf.facts_table(facts(data, labels))
        + _points(data, labels)
        + (_ideas(data, labels) if shows_dot_ideas(data) else "")
        + _scores(data, labels)
        + ending
        + _notes(data, labels)
        + _times(data, labels)
        + f'<p class="muted small" style="margin-top: {pt(14)}px;">{escape(made_text(data, labels))}</p>'
        + "</body></html>"
    )


def render_report_pdf(data: ReportData, labels: Mapping[str, str] | None = None) -> PdfDocument:
    """The report as an A4 PDF; ``labels`` default to Danish through the Qt translator."""
    words = labels if labels is not None else translated(REPORT_DA)
    setup = PageSetup(
        title=f"{words['document']}: {data.material_title}",
        page_label=words["page"],
        running_header=f"{data.material_title} · {words['document']}",
    )
    return pdf.render_pdf(report_html(data, words), setup)
