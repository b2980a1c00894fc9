"""The printed drejebog for the facilitator, and the handout for the participants (Qt PDFs).

Both come from a material alone. The drejebog holds everything the facilitator needs with no
screen at hand: the preparation checklist, the media and where to get them, and every step with
its minutes, its instructions in order (the lines to say aloud marked), the questions and the tips
with the condition they hold under. The handout holds what participants may keep: the framing
questions, the reflection questions and the legal background.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from dialogdesk.export import pdf
from dialogdesk.export.labels import STEP_LABELS, drejebog_labels
from dialogdesk.export.pdf import ACCENT, MUTED, RULE, SHADE, PageSetup, PdfDocument, pt, text
from dialogdesk.materials.model import Condition, Material, Media, Step, Tip

SAY_ALOUD_SHADE = "#fdf3d8"  # a soft yellow, like a highlighter on the paper script
MAX_NOTE_LINES = 14


def _minutes(value: float) -> str:
    """'5', or '0:30' / '1:30' for a length that is not whole minutes (never '0,5')."""
    seconds = round(value * 60)
    if seconds % 60 == 0:
        return str(seconds // 60)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _activity_minutes(minutes: float, rounds: int) -> str:
    """A series of rounds as one length: '5 × 0:30'."""
    return f"{rounds} × {_minutes(minutes)}" if rounds > 1 else _minutes(minutes)


def _list(items: list[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{text(item)}</li>" for item in items) + f"</{tag}>" if items else ""


def _checklist(items: list[str]) -> str:
    """Lines with a box to tick, as on a paper checklist."""
    rows = "".join(
        f'<tr><td width="5%" style="color: {ACCENT};">&#9744;</td><td>{item}</td></tr>' for item in items
    )
    return f'<table width="100%" cellspacing="0" cellpadding="{pt(2)}">{rows}</table>' if items else ""


def _condition(condition: Condition | None, labels: Mapping[str, str]) -> str:
    if condition is None:
        return labels["tip_always"]
    over, at_most = condition.participants_over, condition.participants_at_most
    if over is not None and at_most is not None:
        return labels["tip_between"].format(low=over + 1, high=at_most)
    if over is not None:
        return labels["tip_over"].format(count=over)
    if at_most is not None:
        return labels["tip_at_most"].format(count=at_most)
    return labels["tip_always"]


def _tips(tips: list[Tip], labels: Mapping[str, str]) -> str:
    if not tips:
        return ""
    rows = "".join(
        f'<tr><td style="background-color: {SHADE};">'
        f'<b style="color: {ACCENT};">{escape(_condition(tip.when, labels))}:</b> {text(tip.text)}</td></tr>'
        for tip in tips
    )
    return (
        f"<h4>{escape(labels['tips'])}</h4>"
        f'<table width="100%" cellspacing="{pt(3)}" cellpadding="{pt(5)}" style="margin-left: -{pt(3)}px;">'
        f"{rows}</table>"
    )


def _activity_line(material: Material, step: Step, activity_id: str, labels: Mapping[str, str]) -> str:
    activity = next((a for a in step.activities if a.id == activity_id), None)
    if activity is None:
        return ""
    if activity.minutes is not None:
        minutes = _activity_minutes(activity.minutes, activity.rounds)
        line = labels["activity_minutes"].format(title=activity.title, minutes=minutes)
    else:
        media = material.media_by_id(activity.media) if activity.media else None
        name = media.title if media is not None else activity.title
        if media is not None and media.expected_minutes is not None:
            line = labels["activity_minutes"].format(
                title=activity.title, minutes=_minutes(media.expected_minutes)
            )
        else:
            line = labels["activity_media"].format(title=activity.title, media=name)
    return f'<br><span style="color: {MUTED};">{escape(labels["activity"])}: {escape(line)}</span>'


def _instructions(material: Material, step: Step, labels: Mapping[str, str]) -> str:
    rows = []
    for number, instruction in enumerate(step.instructions, start=1):
        content = text(instruction.text)
        if instruction.activity:
            content += _activity_line(material, step, instruction.activity, labels)
        if instruction.say_aloud:
            marker = f'<b style="color: {ACCENT};">{escape(labels["say_aloud"].upper())} &#9656;</b> '
            shade = f'style="background-color: {SAY_ALOUD_SHADE};"'
            rows.append(
                f'<tr><td width="6%" align="right" {shade}><b>{number}.</b></td>'
                f"<td {shade}>{marker}<i>{content}</i></td></tr>"
            )
        else:
            rows.append(f'<tr><td width="6%" align="right"><b>{number}.</b></td><td>{content}</td></tr>')
    return (
        f"<h4>{escape(labels['instructions'])}</h4>"
        f'<table width="100%" cellspacing="0" cellpadding="{pt(3)}">{"".join(rows)}</table>'
    )


def _step(material: Material, step: Step, labels: Mapping[str, str]) -> str:
    heading = _step_heading(step, labels)
    minutes = labels["step_minutes"].format(minutes=_minutes(step.minutes))
    aside = f'<span style="color: {MUTED}; font-weight: normal;">· {escape(minutes)}</span>'
    parts = [f"<h2>{escape(heading)} {aside}</h2>"]
    if step.grouping:
        # A heading of its own, so it goes with the step's heading to the next page.
        forms = ", ".join(labels[f"grouping_{g.value}"] for g in step.grouping)
        parts.append(f"<h5>{escape(labels['grouping'])}: {escape(forms)}</h5>")
    parts.append(_instructions(material, step, labels))
    if step.dialogue_questions:
        parts.append(f"<h4>{escape(labels['dialogue_questions'])}</h4>{_list(step.dialogue_questions)}")
    if step.participant_instruction:
        parts.append(
            f"<h4>{escape(labels['participant_instruction'])}</h4><p>{text(step.participant_instruction)}</p>"
        )
    if step.participant_questions:
        parts.append(
            f"<h4>{escape(labels['participant_questions'])}</h4>{_list(step.participant_questions, 'ol')}"
        )
    parts.append(_tips(step.tips, labels))
    return "".join(parts)


def _media(material: Material, media: Media, labels: Mapping[str, str]) -> str:
    kind = labels[f"media_kind_{media.kind.value}"]
    if media.expected_minutes is not None:
        kind += " · " + labels["expected_minutes"].format(minutes=_minutes(media.expected_minutes))
    parts = [f"<h3>{escape(media.title)}</h3>", f'<p style="color: {MUTED};">{escape(kind)}</p>']
    if media.description:
        parts.append(f"<p>{text(media.description)}</p>")
    where = [text(media.source_note)] if media.source_note else []
    if media.source_url:
        where.append(f'<a href="{escape(media.source_url)}">{escape(media.source_url)}</a>')
    if media.file:
        where.append(f"{escape(labels['file'])}: {escape(media.file)}")
    if where:
        parts.append(f"<p><b>{escape(labels['where'])}:</b> " + "<br>".join(where) + "</p>")
    if media.people:
        heading = media.people_heading or labels["people"]
        people = [f"{p.name}, {p.role}" if p.role else p.name for p in media.people]
        parts.append(f"<p><b>{escape(heading)}:</b></p>{_list(people)}")
    return "".join(parts)


def _preparation(material: Material, labels: Mapping[str, str]) -> str:
    prep = material.preparation
    parts = [f"<h2>{escape(labels['preparation'])}</h2>"]
    if prep.duration_note:
        parts.append(f"<p>{text(prep.duration_note)}</p>")
    groups: list[tuple[str, list[str]]] = [
        (labels["bring"], [text(item) for item in prep.bring]),
        (labels["room_setup"], [text(item) for item in prep.room_setup]),
        (labels["technology"], [text(item.text) for item in prep.technology]),
        (
            labels["roles"],
            [
                f"<b>{escape(role.name)}</b>"
                + (f": {text(role.description)}" if role.description else "")
                + (
                    f' <span style="color: {MUTED};">{escape(labels["optional"])}</span>'
                    if role.optional
                    else ""
                )
                for role in prep.roles
            ],
        ),
        (labels["beforehand"], [text(item) for item in prep.beforehand]),
        (labels["notes"], [text(item) for item in prep.notes]),
    ]
    for title, items in groups:
        if items:
            parts.append(f"<h3>{escape(title)}</h3>{_checklist(items)}")
    return "".join(parts)


def _legal(material: Material, labels: Mapping[str, str]) -> str:
    legal = material.legal_background
    if not (legal.text or legal.note or legal.reference_url):
        return ""
    # The model's default title is Danish; an English material that gives none gets the label's.
    title = legal.title if "title" in legal.model_fields_set else labels["legal"]
    parts = [f"<h2>{escape(title)}</h2>"]
    if legal.text:
        parts.append(f"<p>{text(legal.text)}</p>")
    if legal.note:
        parts.append(f"<p>{text(legal.note)}</p>")
    if legal.reference_url:
        url = escape(legal.reference_url)
        parts.append(f'<p><b>{escape(labels["reference"])}:</b> <a href="{url}">{url}</a></p>')
    return "".join(parts)


def _facts(material: Material, labels: Mapping[str, str]) -> list[tuple[str, str]]:
    prep = material.preparation
    rows = [
        (labels["topic"], material.topic.name),
        (
            labels["duration"],
            labels["duration_value"].format(min=prep.duration_minutes.min, max=prep.duration_minutes.max),
        ),
        (
            labels["participants"],
            labels["participants_value"].format(min=prep.participants.min, max=prep.participants.max),
        ),
        (
            labels["steps_total"],
            labels["steps_total_value"].format(minutes=_minutes(material.planned_minutes)),
        ),
    ]
    source = material.source
    publisher = ", ".join(part for part in (source.publisher, source.author, source.published) if part)
    if publisher:
        rows.append((labels["publisher"], publisher))
    return rows


def _step_heading(step: Step, labels: Mapping[str, str]) -> str:
    """'Trin 4: Find handlingsrum', with the step word of the labels' language."""
    label = labels.get("step_label", STEP_LABELS["da"]).format(number=step.number)
    return labels["step_heading"].format(label=label, title=step.title)


def drejebog_html(material: Material, labels: Mapping[str, str] | None = None) -> str:
    """The drejebog as HTML; ``labels`` default to the material's language."""
    labels = labels if labels is not None else drejebog_labels(material.language)
    parts = [
        f"<html><head><style>{pdf.stylesheet()}{_extra_style()}</style></head><body>",
        pdf.title_block(labels["kicker"], material.title, labels["document"]),
        f'<p style="margin-bottom: {pt(4)}px;"></p>',
        pdf.facts_table(_facts(material, labels)),
    ]
    about = [value for value in (material.usage, material.intention, material.goal) if value]
    if about or material.guide_intro:
        parts.append(f"<h2>{escape(labels['usage'])}</h2>")
        parts += [f"<p>{text(value)}</p>" for value in about]
        parts += [f"<p>{text(line)}</p>" for line in material.guide_intro]
    parts.append(f"<h2>{escape(labels['framing'])}</h2>")
    if material.framing_intro:
        parts.append(f"<p>{text(material.framing_intro)}</p>")
    parts.append(_list(material.framing_questions))
    if material.consists_of:
        parts.append(f"<h3>{escape(labels['consists_of'])}</h3>{_list(material.consists_of)}")
    parts.append(_preparation(material, labels))
    if material.media:
        parts.append(f"<h2>{escape(labels['media'])}</h2>")
        parts += [_media(material, media, labels) for media in material.media]
    parts += [_step(material, step, labels) for step in material.steps]
    parts.append(_wrap_up(material, labels))
    parts.append(_legal(material, labels))
    parts.append("</body></html>")
    return "".join(parts)


def _wrap_up(material: Material, labels: Mapping[str, str]) -> str:
    rows = "".join(
        f'<tr><td width="38%" style="border-bottom: {pt(0.75)}px solid {RULE};">{escape(field.label)}</td>'
        f'<td style="border-bottom: {pt(0.75)}px solid {RULE};">&nbsp;<br>&nbsp;</td></tr>'
        for field in material.wrap_up.agreement
    )
    voting = material.wrap_up.dot_voting
    if voting.dots_per_participant is None:
        dots = labels["dots_unlimited"]
    else:
        dots_key = "dots_per_participant" if voting.dots_per_participant == 1 else "dots_per_participant_many"
        dots = labels[dots_key].format(count=voting.dots_per_participant)
    heading = labels["wrap_up"] if rows else labels["wrap_up_no_decision"]
    parts = [f"<h2>{escape(heading)}</h2>"]
    if rows:  # a method may end without a decision: no empty agreement table
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="{pt(4)}" style="border-collapse: collapse;">'
            f"{rows}</table>"
        )
    parts += [f"<h3>{escape(labels['dot_voting'])}</h3>", f'<p style="color: {MUTED};">{escape(dots)}</p>']
    if voting.rule:
        parts.append(f"<p>{text(voting.rule)}</p>")
    scoring = material.wrap_up.scoring
    if scoring is not None:
        lines = [labels["scoring_scale"].format(low=scoring.scale.min, high=scoring.scale.max)]
        if scoring.top:
            lines.append(labels["scoring_top"].format(top=scoring.top))
        parts += [f"<h3>{escape(labels['scoring'])}</h3>", f"<p>{escape(' '.join(lines))}</p>"]
        if scoring.rule:
            parts.append(f"<p>{text(scoring.rule)}</p>")
    return "".join(parts)


def _extra_style() -> str:
    return (
        f"h4 {{ font-size: 10.5pt; font-weight: bold; color: {ACCENT}; "
        f"margin-top: {pt(8)}px; margin-bottom: {pt(3)}px; }}"
        f"h5 {{ font-size: 10pt; font-weight: normal; color: {MUTED}; "
        f"margin-top: 0; margin-bottom: {pt(2)}px; }}"
    )


def handout_html(material: Material, labels: Mapping[str, str] | None = None, note_lines: int = 0) -> str:
    """The handout; ``note_lines`` ruled lines for the participant's own notes at the end.

    ``labels`` default to the material's language."""
    labels = labels if labels is not None else drejebog_labels(material.language)
    parts = [
        f"<html><head><style>{pdf.stylesheet()}{_extra_style()}</style></head><body>",
        pdf.title_block(labels["handout_kicker"], material.title, labels["handout"]),
        f'<p style="margin-bottom: {pt(6)}px;"></p>',
        f"<h2>{escape(labels['framing'])}</h2>",
    ]
    if material.framing_intro:
        parts.append(f"<p>{text(material.framing_intro)}</p>")
    parts.append(_list(material.framing_questions))
    steps = [step for step in material.steps if step.participant_questions]
    if steps:
        parts.append(f"<h2>{escape(labels['reflection'])}</h2>")
        for step in steps:
            if len(steps) > 1 or step.participant_instruction:
                heading = _step_heading(step, labels)
                parts.append(f"<h3>{escape(heading)}</h3>")
            if step.participant_instruction:
                parts.append(f"<p>{text(step.participant_instruction)}</p>")
            parts.append(_list(step.participant_questions, "ol"))
    if material.legal_background.print_for_participants:
        parts.append(_legal(material, labels))
    if note_lines:
        lines = "".join(
            f'<tr><td style="border-bottom: {pt(0.75)}px solid {RULE};">&nbsp;</td></tr>'
            for _ in range(note_lines)
        )
        parts.append(
            f"<h2>{escape(labels['notes_space'])}</h2>"
            f'<table width="100%" cellspacing="0" cellpadding="{pt(6)}" '
            f'style="border-collapse: collapse;">{lines}</table>'
        )
    parts.append("</body></html>")
    return "".join(parts)


def render_drejebog_pdf(material: Material, labels: Mapping[str, str] | None = None) -> PdfDocument:
    """The facilitator's printed drejebog; ``labels`` default to the material's language."""
    words = labels if labels is not None else drejebog_labels(material.language)
    setup = PageSetup(
        title=f"{words['document']}: {material.title}",
        page_label=words["page"],
        running_header=f"{material.title} · {words['document']}",
    )
    return pdf.render_pdf(drejebog_html(material, words), setup)


def render_handout_pdf(material: Material, labels: Mapping[str, str] | None = None) -> PdfDocument:
    """The participants' handout; ``labels`` default to the material's language."""
    words = labels if labels is not None else drejebog_labels(material.language)
    setup = PageSetup(
        title=f"{material.title} – {words['handout']}",
        page_label=words["page"],
        running_header=f"{material.title} · {words['handout']}",
    )
    # As many lines for notes as fit on the last page (none if not even a few fit).
    pages = pdf.count_pages(handout_html(material, words), setup)
    lines = next(
        (
            n
            for n in range(MAX_NOTE_LINES, 2, -1)
            if pdf.count_pages(handout_html(material, words, n), setup) == pages
        ),
        0,
    )
    return pdf.render_pdf(handout_html(material, words, lines), setup)
