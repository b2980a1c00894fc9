"""The material format: everything a facilitation script (drejebog) holds, as frozen data.

A material is written by a content author in YAML (see ``materials/``) and never changes
while a session runs. The models are strict (unknown keys are errors) so that a typo in a
field name is reported instead of silently ignored.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

FORMAT_VERSION = 1

NonEmptyText = Annotated[str, Field(min_length=1)]
Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def _seconds_as_minutes(data: object) -> object:
    """``seconds: 30`` is written for short parts; the model keeps one length, in minutes."""
    if not isinstance(data, dict) or data.get("seconds") is None:
        return data
    if data.get("minutes") is not None:
        raise ValueError("give either minutes or seconds, not both")
    seconds = data["seconds"]
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds <= 0:
        return data  # the field's own check reports it, at the field
    return {**data, "minutes": seconds / 60}


MAX_SECONDS = 240 * 60


class MinMax(_Frozen):
    """An inclusive range, e.g. 4-20 participants or 45-60 minutes."""

    min: int = Field(ge=1)
    max: int = Field(ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> MinMax:
        if self.max < self.min:
            raise ValueError(f"max ({self.max}) must not be less than min ({self.min})")
        return self

    def contains(self, value: float) -> bool:
        return self.min <= value <= self.max


class Topic(_Frozen):
    """A dialogue topic of the programme, with the words that give it away in a text."""

    name: NonEmptyText
    keywords: list[NonEmptyText] = Field(min_length=1)


class ProjectContext(_Frozen):
    """The programme the materials belong to (shown in the About view)."""

    name: NonEmptyText
    description: NonEmptyText
    organisations: list[NonEmptyText] = []
    background: list[NonEmptyText] = []
    topics: list[Topic] = []


class LegalBackground(_Frozen):
    """The legal points behind a topic: a text, a reference to the published document, or both."""

    title: NonEmptyText = "Juridisk baggrund"
    text: str = ""
    reference_url: str | None = None
    note: str = ""
    print_for_participants: bool = False


class Source(_Frozen):
    """Where the material was published."""

    publisher: str = ""
    author: str = ""
    published: str = ""
    url: str | None = None


class MediaKind(StrEnum):
    FILM = "film"
    PODCAST = "podcast"
    WRITTEN_CASE = "written_case"
    DOCUMENT = "document"


class Person(_Frozen):
    name: NonEmptyText
    role: str = ""


class Media(_Frozen):
    """A film, podcast, written case or document the dialogue uses.

    ``file`` is relative to the material's folder and may be absent until a facilitator
    provides the file. ``source_url`` says where to obtain it and is never opened.
    """

    id: Identifier
    kind: MediaKind
    title: NonEmptyText
    description: str = ""
    file: str | None = None
    expected_minutes: float | None = Field(default=None, gt=0, le=600)
    source_url: str | None = None
    source_note: str = ""
    people: list[Person] = []
    people_heading: str = ""


class TechnologyItem(_Frozen):
    """A technical preparation line, optionally naming the media to test beforehand."""

    text: NonEmptyText
    media: Identifier | None = None


class Role(_Frozen):
    name: NonEmptyText
    description: str = ""
    optional: bool = False


class Preparation(_Frozen):
    """'Forberedelse - før dialogen på arbejdspladsen'."""

    bring: list[NonEmptyText] = []
    room_setup: list[NonEmptyText] = []
    technology: list[TechnologyItem] = []
    participants: MinMax
    duration_minutes: MinMax
    duration_note: str = ""
    roles: list[Role] = []
    beforehand: list[NonEmptyText] = Field(
        default=[], description="What participants may read, hear or watch before they meet."
    )
    notes: list[NonEmptyText] = []


class Grouping(StrEnum):
    ALONE = "alone"
    PAIRS = "pairs"
    GROUPS = "groups"  # pairs of pairs ("gå sammen med et andet makkerpar")
    PLENARY = "plenary"


class BoardAction(StrEnum):
    COLLECT_POINTS = "collect_points"
    CLUSTER_THEMES = "cluster_themes"
    COLLECT_IDEAS = "collect_ideas"
    VOTE = "vote"
    SCORE = "score"
    DECIDE = "decide"


class Instruction(_Frozen):
    """One line of what the facilitator does, in order.

    ``say_aloud`` marks the lines to say to the room ("Sig højt ..."); ``activity`` and
    ``media`` link the line to the timer or the media it starts.
    """

    text: NonEmptyText
    say_aloud: bool = False
    activity: Identifier | None = None
    media: Identifier | None = None


class Condition(_Frozen):
    """When a tip applies. All given bounds must hold."""

    participants_over: int | None = Field(default=None, ge=0)
    participants_at_most: int | None = Field(default=None, ge=0)

    def holds(self, participants: int) -> bool:
        if self.participants_over is not None and participants <= self.participants_over:
            return False
        return not (self.participants_at_most is not None and participants > self.participants_at_most)


class Tip(_Frozen):
    text: NonEmptyText
    when: Condition | None = None
    pick_pairs: int | None = Field(
        default=None,
        ge=1,
        le=10,
        description="How many pairs the facilitator picks to present when the tip applies "
        "('pluk 2 makkerpar').",
    )

    def applies(self, participants: int) -> bool:
        return self.when is None or self.when.holds(participants)


class ActivityKind(StrEnum):
    SILENT_BRAINSTORM = "silent_brainstorm"
    READING = "reading"
    LISTENING = "listening"
    WATCHING = "watching"
    DISCUSSION = "discussion"


class NextRound(StrEnum):
    """How a round of a repeated activity follows the one before."""

    AUTO = "auto"  # by itself, after the chime
    CLICKER = "clicker"  # when the facilitator presses next


class Activity(_Frozen):
    """A timed part inside a step: the silent minute, the case reading, the podcast.

    Without ``minutes`` (or ``seconds``) the activity lasts as long as its media. With
    ``rounds`` it is repeated, each round with the whole length (25/10's five scoring rounds).
    """

    id: Identifier
    kind: ActivityKind
    title: NonEmptyText
    minutes: float | None = Field(default=None, gt=0, le=240)
    seconds: int | None = Field(default=None, gt=0, le=MAX_SECONDS, exclude=True)  # kept as minutes
    rounds: int = Field(default=1, ge=1, le=50)
    next_round: NextRound = NextRound.AUTO
    media: Identifier | None = None
    participant_instruction: str = ""

    _seconds = model_validator(mode="before")(_seconds_as_minutes)


class Step(_Frozen):
    """One 'Trin' of the drejebog."""

    number: int = Field(ge=0, le=99, description="The number as printed ('Trin 5').")
    title: NonEmptyText
    minutes: float = Field(gt=0, le=240)
    seconds: int | None = Field(default=None, gt=0, le=MAX_SECONDS, exclude=True)  # kept as minutes
    instructions: list[Instruction] = Field(min_length=1)
    dialogue_questions: list[NonEmptyText] = Field(
        default=[], description="Questions the facilitator may pose to the room."
    )
    participant_instruction: str = Field(
        default="", description="What the audience screen tells the participants to do."
    )
    participant_questions: list[NonEmptyText] = Field(
        default=[], description="Questions written on the board for participants."
    )
    grouping: list[Grouping] = []
    group_size: Annotated[int, Field(ge=2, le=50)] | MinMax | None = None
    tips: list[Tip] = []
    activities: list[Activity] = []
    media: list[Identifier] = []
    board: list[BoardAction] = []

    _seconds = model_validator(mode="before")(_seconds_as_minutes)

    @property
    def group_range(self) -> tuple[int, int] | None:
        """The size of a group in this step, as (smallest, largest), if the material gives one."""
        size = self.group_size
        if size is None:
            return None
        return (size, size) if isinstance(size, int) else (size.min, size.max)

    @property
    def label(self) -> str:
        """'Trin 5', as the validator names a step to the author; what the screens and the exports
        show is in their language (``export.labels.step_label``)."""
        return f"Trin {self.number}"

    def pairs_to_pick(self, participants: int) -> int | None:
        """How many pairs to pick to present ("pluk") today, if a tip that applies says so."""
        counts = [tip.pick_pairs for tip in self.tips if tip.pick_pairs and tip.applies(participants)]
        return max(counts) if counts else None

    def uses_media(self, media_id: str) -> bool:
        """Whether the step plays or shows ``media_id``: itself, in an activity or a line."""
        uses = set(self.media)
        uses |= {activity.media for activity in self.activities if activity.media}
        uses |= {line.media for line in self.instructions if line.media}
        return media_id in uses


class AgreementFieldKind(StrEnum):
    TEXT = "text"
    PEOPLE = "people"
    DATE = "date"


class AgreementField(_Frozen):
    """A field of the Trin 5 agreement ("hvem er ansvarlig", "hvornår følger I op")."""

    id: Identifier
    label: NonEmptyText
    kind: AgreementFieldKind = AgreementFieldKind.TEXT
    required: bool = True


class DotVoting(_Frozen):
    """The 'prik-afstemning' rule for when the room cannot agree.

    ``dots_per_participant: null`` sets no budget: dots counted on paper in a big room.
    """

    dots_per_participant: int | None = Field(default=1, ge=1, le=100)
    keep_others_for_next_time: bool = True
    rule: str = ""

    def budget(self, participants: int) -> int:
        """The room's dots; 0 when the material sets no budget."""
        return participants * (self.dots_per_participant or 0)


class Scoring(_Frozen):
    """Scoring each card on a scale (25/10 Crowd Sourcing), summed over the scores given."""

    scale: MinMax = MinMax(min=1, max=5)
    top: int | None = Field(default=None, ge=1, le=100)
    rule: str = ""


PROPOSAL_FIELD_ID = "proposal"


class WrapUp(_Frozen):
    """How the dialogue ends: an agreement, or (without one) what the method produced."""

    agreement: list[AgreementField] = []
    dot_voting: DotVoting = DotVoting()
    scoring: Scoring | None = None

    @property
    def proposal_field_id(self) -> str | None:
        """The agreement field that takes the proposal chosen on the board, if the material has one."""
        return PROPOSAL_FIELD_ID if any(f.id == PROPOSAL_FIELD_ID for f in self.agreement) else None


class Material(_Frozen):
    """A whole dialogue material (dialogmateriale) on one topic."""

    format_version: int = Field(default=FORMAT_VERSION, ge=1, le=FORMAT_VERSION)
    id: Identifier
    title: NonEmptyText
    topic: Topic
    language: str = Field(default="da", pattern=r"^[a-z]{2}$")
    source: Source = Source()
    usage: str = Field(default="", description="'Materialet bruges til dialog om ...'")
    intention: NonEmptyText
    goal: NonEmptyText
    framing_intro: str = ""
    framing_questions: list[NonEmptyText] = Field(min_length=1)
    consists_of: list[NonEmptyText] = []
    legal_background: LegalBackground = LegalBackground()
    project: ProjectContext | None = None
    guide_intro: list[NonEmptyText] = []
    preparation: Preparation
    media: list[Media] = []
    steps: list[Step] = Field(min_length=1)
    wrap_up: WrapUp = WrapUp()

    @property
    def planned_minutes(self) -> float:
        return sum(step.minutes for step in self.steps)

    def media_by_id(self, media_id: str) -> Media | None:
        return next((m for m in self.media if m.id == media_id), None)

    def main_media(self) -> Media | None:
        """The film, podcast or case the dialogue opens with."""
        return self.media[0] if self.media else None
