"""What the method produced, in words: the ranking (scores or dots, top N marked) and the themes.

Shared by the tally, the projector's board, and both wrap-up pages of a material that ends
without an agreement. The words come through ``translate`` (context, English source), so the
projector can pass the room's language and the presenter the interface's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from dialogdesk.materials.model import Material
from dialogdesk.session.board import Board

Translate = Callable[[str, str], str]
STAR = "★"


def interface_words(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


@dataclass(frozen=True)
class ResultRow:
    """One line of the ranking: its place (shared when ``tied``), the card, its total."""

    place: int
    tied: bool
    card_id: str
    text: str
    total: int
    top: bool
    chosen: bool


@dataclass(frozen=True)
class MethodResult:
    """The ranking by ``kind`` ("scores", "dots" or "" for none yet) and the themes' cards."""

    kind: str
    top: int | None
    rows: tuple[ResultRow, ...]
    themes: tuple[tuple[str | None, tuple[str, ...]], ...]  # (theme name or None, card texts)


def method_result(board: Board, material: Material) -> MethodResult:
    """The ranking by scores when the material scores and a card has scores, else by dots."""
    scoring = material.wrap_up.scoring
    scored = board.score_ranking(scoring.top) if scoring is not None else []
    if scored:
        rows = tuple(
            ResultRow(r.rank, r.tied, r.card_id, r.card.text, r.total, r.top, r.card_id == board.chosen)
            for r in scored
        )
        kind, top = "scores", scoring.top if scoring is not None else None
    elif board.dots_used:
        rows = tuple(
            ResultRow(r.place, r.tied, r.card.id, r.card.text, r.card.dots, False, r.card.id == board.chosen)
            for r in board.vote_ranking()
        )
        kind, top = "dots", None
    else:
        rows, kind, top = (), "", None
    ranked = {row.card_id for row in rows}
    themes: list[tuple[str | None, tuple[str, ...]]] = [
        (theme.name, tuple(card.text for card in board.cards_in_theme(theme.id)))
        for theme in board.themes.values()
    ]
    loose = tuple(card.text for card in board.cards_in_theme(None) if card.id not in ranked)
    if loose:
        themes.append((None, loose))
    return MethodResult(kind, top, rows, tuple(themes))


def place_words(place: int, tied: bool, translate: Translate = interface_words) -> str:
    """'1.' or, for a tie, 'shared 2.'."""
    pattern = translate("BoardResults", "shared %1.") if tied else translate("BoardResults", "%1.")
    return pattern.replace("%1", str(place))


def top_badge(top: int, translate: Translate = interface_words) -> str:
    """The mark of a card in the top N, in words as well as a star: '★ Top 10'."""
    return f"{STAR} " + translate("BoardResults", "Top %1").replace("%1", str(top))


def total_words(kind: str, total: int, translate: Translate = interface_words) -> str:
    """'19 points' for scores, '12 dots' for dots."""
    pattern = (
        translate("BoardResults", "%1 points") if kind == "scores" else translate("BoardResults", "%1 dots")
    )
    return pattern.replace("%1", str(total))


def ranking_heading(result: MethodResult, translate: Translate = interface_words) -> str:
    if result.kind == "scores":
        return translate("BoardResults", "Ranking by score")
    return translate("BoardResults", "Ranking by dots")


def row_line(row: ResultRow, result: MethodResult, translate: Translate = interface_words) -> str:
    """'1. Fælles svar i skranken – 19 points  ★ Top 3'."""
    total = total_words(result.kind, row.total, translate)
    line = f"{place_words(row.place, row.tied, translate)} {row.text} – {total}"
    if row.top and result.top is not None:
        line += "  " + top_badge(result.top, translate)
    return line


def theme_name(name: str | None, translate: Translate = interface_words) -> str:
    return name if name is not None else translate("BoardResults", "Not in a theme")


def ranking_lines(
    result: MethodResult, translate: Translate = interface_words, *, compact: bool = False
) -> list[str]:
    """The ranking as plain lines, its heading first; none when nothing was ranked.

    ``compact`` (the projector): the top N's mark is explained once in the heading ("★ = Top 3")
    and each line in it starts with the star, so the lines stay short enough to read from afar.
    """
    if not result.rows:
        return []
    if not compact or result.top is None:
        rows = [row_line(row, result, translate) for row in result.rows]
        return [ranking_heading(result, translate), *rows]
    heading = f"{ranking_heading(result, translate)} ({STAR} = {top_badge(result.top, translate)[2:]})"
    lines = [
        f"{STAR if row.top else ' '} {place_words(row.place, row.tied, translate)} {row.text} – "
        + total_words(result.kind, row.total, translate)
        for row in result.rows
    ]
    return [heading, *lines]


def theme_lines(result: MethodResult, translate: Translate = interface_words) -> list[str]:
    """Each theme's name, then its cards as bullets; a blank line between themes."""
    lines: list[str] = []
    for name, cards in result.themes:
        if lines:
            lines.append("")
        lines.append(theme_name(name, translate))
        lines += [f"• {text}" for text in cards]
    return lines


def result_lines(result: MethodResult, translate: Translate = interface_words) -> list[str]:
    """The result as plain lines: the ranking, then each theme with its cards."""
    ranking, themes = ranking_lines(result, translate), theme_lines(result, translate)
    lines = [*ranking, *([""] if ranking and themes else []), *themes]
    if not lines:
        lines.append(translate("BoardResults", "Nothing was written on the board."))
    return lines
