"""Valid materials, generated from the models: for tests that must hold for any material.

``materials()`` draws small but varied materials (1–10 steps, 0–8 activities a step, every
grouping, board action and activity kind, tips with and without a condition, say-aloud lines,
Danish text from one word to 120-character titles with long compound words), built as the dicts
an author writes and validated with ``Material.model_validate``, so a drawn material is valid by
the same rules as a file. ``extreme_material()`` is the largest material the layout must hold.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from dialogdesk.materials.model import ActivityKind, BoardAction, Grouping, Material, MediaKind, Tip

# Words of the drejebøger, with æøå, and the long compounds Danish makes without a hyphen.
WORDS = (
    "borger",
    "hjælp",
    "digital",
    "fuldmagt",
    "pårørende",
    "kollega",
    "spørgsmål",
    "dilemma",
    "Hvordan",
    "hvad",
    "gør",
    "vi",
    "når",
    "tiden",
    "er",
    "knap",
    "og",
    "øve",
    "åbent",
    "møde",
    "forventning",
    "afstemning",
    "MitID",
    "e-Boks",
    "selvbetjening",
    "skærm",
    "fælles",
    "idé",
    "Søren",
    "Ærø",
    "Åse",
    "træk",
    "vejrtrækning",
    "nærvær",
    "–",
    "?",
    "&",
    "(5 min)",
    "“citat”",
)
LONG_WORDS = (
    "Borgerserviceindsatsmedarbejderkompetenceudvikling",
    "digitaliseringsforventningsafstemningssamtale",
    "selvbetjeningsløsningsvejledningsmateriale",
    "frontmedarbejdererfaringsudvekslingsmøde",
)
LONGEST_TITLE = 120


def danish_text(max_length: int = 80, *, long_words: bool = True) -> st.SearchStrategy[str]:
    """Words joined by spaces, cut at ``max_length`` and never empty after stripping."""
    word = st.sampled_from(WORDS + LONG_WORDS) if long_words else st.sampled_from(WORDS)
    return st.lists(word, min_size=1, max_size=14).map(lambda words: _clip(" ".join(words), max_length))


def title_text() -> st.SearchStrategy[str]:
    """A title: a few words, or (as authors do) as long as allowed."""
    long_title = st.lists(st.sampled_from(WORDS + LONG_WORDS), min_size=20, max_size=30).map(
        lambda words: _clip(" ".join(words), LONGEST_TITLE)
    )
    return st.one_of(danish_text(40), long_title)


def _clip(text: str, max_length: int) -> str:
    clipped = text[:max_length].strip()
    return clipped or "borger"


@st.composite
def _activity(draw: st.DrawFn, index: int, media_ids: list[str]) -> dict[str, Any]:
    activity: dict[str, Any] = {
        "id": f"a{index}",
        "kind": draw(st.sampled_from(list(ActivityKind))).value,
        "title": draw(danish_text(60)),
    }
    if draw(st.booleans()):
        activity["minutes"] = draw(st.sampled_from([0.5, 1, 2, 3, 5, 7.5]))
    if media_ids and draw(st.booleans()):
        activity["media"] = draw(st.sampled_from(media_ids))
    if draw(st.booleans()):
        activity["participant_instruction"] = draw(danish_text(100))
    return activity


@st.composite
def _tip(draw: st.DrawFn) -> dict[str, Any]:
    tip: dict[str, Any] = {"text": draw(danish_text(120))}
    condition = draw(
        st.sampled_from(["none", "over", "at_most", "both"]),
    )
    if condition in ("over", "both"):
        tip.setdefault("when", {})["participants_over"] = draw(st.integers(0, 20))
    if condition in ("at_most", "both"):
        tip.setdefault("when", {})["participants_at_most"] = draw(st.integers(0, 20))
    if "pick_pairs" in Tip.model_fields and draw(st.booleans()):
        tip["pick_pairs"] = draw(st.integers(1, 3))  # "pluk 2 makkerpar" (newer materials say so)
    return tip


@st.composite
def _step(draw: st.DrawFn, number: int, media_ids: list[str]) -> dict[str, Any]:
    instructions = draw(
        st.lists(
            st.builds(
                lambda text, aloud: {"text": text, "say_aloud": aloud}, danish_text(150), st.booleans()
            ),
            min_size=1,
            max_size=6,
        )
    )
    step: dict[str, Any] = {
        "number": number,
        "title": draw(title_text()),
        "minutes": draw(st.sampled_from([1, 2, 3, 5, 10, 12.5, 20])),
        "instructions": instructions,
        "dialogue_questions": draw(st.lists(danish_text(100), max_size=12)),
        "participant_instruction": draw(st.one_of(st.just(""), danish_text(140))),
        "participant_questions": draw(st.lists(danish_text(100), max_size=12)),
        "grouping": [
            g.value for g in draw(st.lists(st.sampled_from(list(Grouping)), max_size=2, unique=True))
        ],
        "tips": draw(st.lists(_tip(), max_size=4)),
        "board": [
            b.value for b in draw(st.lists(st.sampled_from(list(BoardAction)), max_size=3, unique=True))
        ],
    }
    count = draw(st.integers(0, 8))
    step["activities"] = [draw(_activity(index, media_ids)) for index in range(count)]
    if media_ids and draw(st.booleans()):
        step["media"] = [draw(st.sampled_from(media_ids))]
    return step


@st.composite
def _media(draw: st.DrawFn) -> list[dict[str, Any]]:
    kinds = draw(st.lists(st.sampled_from(list(MediaKind)), max_size=2))
    media = []
    for index, kind in enumerate(kinds):
        item: dict[str, Any] = {"id": f"m{index}", "kind": kind.value, "title": draw(danish_text(60))}
        if draw(st.booleans()):
            item["expected_minutes"] = draw(st.sampled_from([1, 4.5, 12]))
        media.append(item)  # never a file: a drawn material plays nothing
    return media


AGREEMENT_FIELDS = (
    {"id": "proposal", "label": "Det vil vi afprøve"},
    {"id": "responsible", "label": "Ansvarlig", "kind": "people"},
    {"id": "test_done", "label": "Afprøvet senest", "kind": "date"},
    {"id": "follow_up", "label": "Vi følger op", "kind": "date", "required": False},
)


@st.composite
def material_dicts(draw: st.DrawFn, *, max_steps: int = 10) -> dict[str, Any]:
    """A material as an author writes it (a dict, as from YAML)."""
    media = draw(_media())
    media_ids = [item["id"] for item in media]
    first_number = draw(st.sampled_from([0, 1]))
    steps = [draw(_step(first_number + index, media_ids)) for index in range(draw(st.integers(1, max_steps)))]
    fields = draw(
        st.lists(st.sampled_from(AGREEMENT_FIELDS), min_size=1, max_size=4, unique_by=lambda f: f["id"])
    )
    return _material(draw(title_text()), steps, media, list(fields), draw(st.integers(1, 3)))


def _material(
    title: str,
    steps: list[dict[str, Any]],
    media: list[dict[str, Any]],
    fields: list[dict[str, Any]],
    dots: int,
) -> dict[str, Any]:
    return {
        "id": "genereret",
        "title": title,
        "topic": {"name": "Genereret emne", "keywords": ["genereret"]},
        "intention": "Intentionen er, at I drøfter emnet.",
        "goal": "Målet er bedre hjælp til borgerne.",
        "framing_intro": "Emnet kan formuleres som spørgsmål:",
        "framing_questions": ["Hvordan hjælper vi bedst?"],
        "preparation": {"participants": {"min": 4, "max": 20}, "duration_minutes": {"min": 45, "max": 60}},
        "media": media,
        "steps": steps,
        "wrap_up": {"agreement": fields, "dot_voting": {"dots_per_participant": dots}},
    }


def materials(*, max_steps: int = 10) -> st.SearchStrategy[Material]:
    """Valid materials; validation failing here is a bug in this strategy, not a finding."""
    return material_dicts(max_steps=max_steps).map(Material.model_validate)


def extreme_material() -> Material:
    """The largest material the layout must hold: 10 steps, 8 activities in a step, 12 questions
    of each kind, 10 tips, 120-character titles and long Danish compound words everywhere."""
    long_word = LONG_WORDS[0]

    def title(number: int) -> str:
        return _exactly(f"Trin {number}: {long_word} og forventningsafstemning med pårørende", LONGEST_TITLE)

    steps = []
    for number in range(1, 11):
        steps.append(
            {
                "number": number,
                "title": title(number),
                "minutes": 5,
                "instructions": [
                    {
                        "text": f"Sig højt: {long_word} – hvordan gør vi det i dag, trin {number}?",
                        "say_aloud": True,
                    },
                    {"text": _exactly(f"Bed deltagerne om at {long_word} i makkerpar ", 150)},
                ],
                "dialogue_questions": [_exactly(f"Spørgsmål {q}: {long_word}? ", 100) for q in range(1, 13)],
                "participant_instruction": _exactly(f"Tal sammen to og to om {long_word} ", 140),
                "participant_questions": [
                    _exactly(f"{q}. Hvad betyder {long_word} for jer? ", 100) for q in range(1, 13)
                ],
                "grouping": ["pairs", "groups"],
                "tips": [
                    {
                        "text": _exactly(f"Tip {t}: {long_word} ", 120),
                        **({"when": {"participants_over": 12}} if t % 2 else {}),
                    }
                    for t in range(1, 11)
                ],
                "activities": [
                    {
                        "id": f"a{a}",
                        "kind": list(ActivityKind)[a % len(ActivityKind)].value,
                        "title": _exactly(f"Runde {a}: {long_word} ", 60),
                        "minutes": 0.5,
                        "participant_instruction": _exactly(f"Runde {a}: {long_word} ", 100),
                    }
                    for a in range(1, 9)
                ],
                "board": ["collect_points", "cluster_themes", "vote", "decide"] if number >= 8 else [],
            }
        )
    return Material.model_validate(
        _material(
            _exactly(f"{long_word} – {long_word} ", LONGEST_TITLE), steps, [], list(AGREEMENT_FIELDS), 3
        )
    )


def _exactly(text: str, length: int) -> str:
    """``text`` repeated or cut to ``length`` characters (an author's longest line)."""
    return (text * (length // len(text) + 1))[:length].strip()
