"""Every fixed word the exports write, in one place per document, Danish first.

The renderers take one of these mappings (``labels=``); a translation is another mapping with the
same keys. Exports are in the material's language (``Material.language``), not the interface's:
``report_labels``, ``calendar_labels`` and ``drejebog_labels`` pick the mapping. Placeholders in
braces are filled with ``str.format``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from dialogdesk.export.dates import DANISH_DATE_WORDS

if TYPE_CHECKING:  # report.py imports this module
    from dialogdesk.export.report import ReportData
    from dialogdesk.materials.model import Material

# "Trin 4" / "Step 4": one word for the projector, the report and the drejebog alike.
STEP_LABELS: Mapping[str, str] = MappingProxyType({"da": "Trin {number}", "en": "Step {number}"})

ENGLISH_DATE_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "fmt_months": "January,February,March,April,May,June,July,August,September,October,November,December",
        "fmt_weekdays": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
        "fmt_date": "{day} {month} {year}",
        "fmt_long_date": "{weekday} {day} {month} {year}",
        "fmt_clock": "{hour:02d}:{minute:02d}",
        "fmt_time": "{clock}",
        "fmt_date_time": "{date} at {time}",
    }
)

REPORT_DA: Mapping[str, str] = MappingProxyType(
    {
        **DANISH_DATE_WORDS,
        "document": "Referat fra dialogen",
        "kicker": "Dialogmøde · referat",
        "material": "Materiale",
        "date": "Dato",
        "time_of_day": "Tidsrum",
        "participants": "Antal deltagere",
        "facilitator": "Facilitator",
        "status": "Status",
        "finished": "Afsluttet",
        "not_finished": "Ikke afsluttet",
        "not_started": "Ikke startet",
        "none_given": "–",
        "points": "Pointer og temaer",
        "no_theme": "Uden tema",
        "no_points": "Der blev ikke skrevet pointer op.",
        "empty_theme": "Ingen pointer i temaet.",
        "from_group": "{group}",
        "ideas": "Idéforslag og prikker",
        "no_ideas": "Der blev ikke skrevet idéforslag op.",
        "place": "Plads",
        "idea": "Idéforslag",
        "group": "Fra",
        "dots": "Prikker",
        "dots_count": "prikker: {count}",
        "place_number": "{place}.",
        "place_tied": "delt {place}.",
        "dots_used": "{used} af {budget} prikker er brugt.",
        "dots_counted": "{used} prikker i alt.",
        "ties": "Forslag med lige mange prikker deler pladsen.",
        "chosen_mark": "valgt",
        "decision": "Beslutning",
        "chosen_proposal": "Valgt idéforslag",
        "no_proposal": "Der blev ikke valgt et forslag på tavlen.",
        "field": "Aftale",
        "value": "Indhold",
        "not_filled": "Ikke udfyldt",
        "follow_up": "Opfølgningsdatoer",
        "typed": "Skrevet",
        "read_as": "Dato",
        "unreadable_date": "Datoen kunne ikke aflæses – skriv den i kalenderen selv.",
        "no_dates": "Der er ikke aftalt datoer.",
        "kept": "Forslag gemt til næste drøftelse",
        "others": "Øvrige idéforslag",
        "nothing_kept": "Ingen.",
        "notes": "Noter",
        "no_notes": "Der er ikke skrevet noter.",
        "times": "Tid pr. trin",
        "step": "Trin",
        "step_label": STEP_LABELS["da"],
        "file_name": "referat",
        "planned": "Planlagt",
        "actual": "Brugt",
        "difference": "Forskel",
        "plan_changed": "Planen blev ændret kl. %1, fra %2.",
        "total": "I alt",
        "minutes": "{minutes}:{seconds:02d}",
        "page": "Side {page} af {pages}",
        "made": "Udskrevet {date} {time} med DialogDesk",
    }
)

REPORT_EN: Mapping[str, str] = MappingProxyType(
    {
        **REPORT_DA,
        **ENGLISH_DATE_WORDS,
        "document": "Minutes of the dialogue",
        "kicker": "Staff dialogue · minutes",
        "material": "Material",
        "date": "Date",
        "time_of_day": "Time",
        "participants": "Participants",
        "facilitator": "Facilitator",
        "status": "Status",
        "finished": "Finished",
        "not_finished": "Not finished",
        "not_started": "Not started",
        "points": "Points and themes",
        "no_theme": "No theme",
        "no_points": "No points were written up.",
        "empty_theme": "No points in this theme.",
        "ideas": "Idea proposals and dots",
        "no_ideas": "No idea proposals were written up.",
        "place": "Place",
        "idea": "Idea proposal",
        "group": "From",
        "dots": "Dots",
        "dots_count": "dots: {count}",
        "place_tied": "tied {place}.",
        "dots_used": "{used} of {budget} dots used.",
        "dots_counted": "{used} dots in all.",
        "ties": "Proposals with the same number of dots share a place.",
        "chosen_mark": "chosen",
        "decision": "Decision",
        "chosen_proposal": "Chosen idea proposal",
        "no_proposal": "No proposal was chosen on the board.",
        "field": "Agreement",
        "value": "Content",
        "not_filled": "Not filled in",
        "follow_up": "Follow-up dates",
        "typed": "Typed",
        "read_as": "Date",
        "unreadable_date": "The date could not be read – enter it in the calendar yourself.",
        "no_dates": "No dates were agreed.",
        "kept": "Proposals kept for next time",
        "others": "Other idea proposals",
        "nothing_kept": "None.",
        "notes": "Notes",
        "no_notes": "No notes were written.",
        "times": "Time per step",
        "step": "Step",
        "step_label": STEP_LABELS["en"],
        "file_name": "minutes",
        "planned": "Planned",
        "actual": "Used",
        "difference": "Difference",
        "plan_changed": "The plan was changed at %1, from %2 on.",
        "total": "Total",
        "page": "Page {page} of {pages}",
        "made": "Printed {date} {time} with DialogDesk",
    }
)

CALENDAR_DA: Mapping[str, str] = MappingProxyType(
    {
        **DANISH_DATE_WORDS,
        "summary": "{label}: {proposal}",
        "summary_without_proposal": "{label} ({material})",
        "agreed_at": "Aftalt ved dialogen »{material}« {date}.",
        "line": "{label}: {value}",
        "calendar_name": "Opfølgning: {material}",
        "file_name": "opfølgning",
    }
)

CALENDAR_EN: Mapping[str, str] = MappingProxyType(
    {
        **CALENDAR_DA,
        **ENGLISH_DATE_WORDS,
        "agreed_at": "Agreed at the dialogue “{material}” on {date}.",
        "calendar_name": "Follow-up: {material}",
        "file_name": "follow-up",
    }
)

DREJEBOG_DA: Mapping[str, str] = MappingProxyType(
    {
        **DANISH_DATE_WORDS,
        "document": "Drejebog",
        "file_name": "Drejebog",
        "handout_file_name": "Deltagerark",
        "kicker": "Dialogmateriale · drejebog til facilitator",
        "handout": "Til deltagerne",
        "handout_kicker": "Dialogmateriale · deltagerark",
        "topic": "Emne",
        "duration": "Varighed",
        "duration_value": "Ca. {min}-{max} minutter",
        "participants": "Deltagere",
        "participants_value": "{min}-{max}",
        "steps_total": "Trinene i alt",
        "steps_total_value": "{minutes} minutter",
        "publisher": "Udgivet af",
        "usage": "Om materialet",
        "intention": "Intention",
        "goal": "Mål",
        "framing": "Tag afsæt i emnet",
        "consists_of": "Materialet består af",
        "preparation": "Forberedelse – før dialogen",
        "bring": "Materialer",
        "room_setup": "Lokalet",
        "technology": "Teknik",
        "roles": "Roller",
        "optional": "(kan undværes)",
        "beforehand": "Inden I mødes",
        "notes": "Husk",
        "media": "Film, lyd og cases",
        "media_kind_film": "Film",
        "media_kind_podcast": "Podcast",
        "media_kind_written_case": "Skriftlig case",
        "media_kind_document": "Dokument",
        "expected_minutes": "Ca. {minutes} minutter",
        "where": "Hvor findes den",
        "file": "Fil",
        "steps": "Trin for trin",
        "step_label": STEP_LABELS["da"],
        "step_heading": "{label}: {title}",
        "step_minutes": "{minutes} min.",
        "grouping": "Form",
        "grouping_alone": "hver for sig",
        "grouping_pairs": "makkerpar",
        "grouping_groups": "grupper af to makkerpar",
        "grouping_plenary": "i plenum",
        "instructions": "Sådan gør du",
        "say_aloud": "Sig højt",
        "activity": "Tid",
        "activity_minutes": "{title} – {minutes} min.",
        "activity_media": "{title} – så længe {media} varer",
        "media_the_film": "filmen",
        "media_the_podcast": "podcasten",
        "media_the_written_case": "casen",
        "media_the_document": "dokumentet",
        "people": "Medvirkende",
        "dialogue_questions": "Dialogspørgsmål du kan stille",
        "participant_instruction": "På skærmen for deltagerne",
        "participant_questions": "Spørgsmål til deltagerne",
        "tips": "Tips",
        "tip_always": "Tip",
        "tip_over": "Ved over {count} deltagere",
        "tip_at_most": "Ved højst {count} deltagere",
        "tip_between": "Ved {low}-{high} deltagere",
        "wrap_up": "Aftalen I skriver ned",
        "wrap_up_no_decision": "Afslutningen: det, metoden giver",
        "dot_voting": "Prik-afstemning",
        "dots_per_participant": "{count} prik pr. deltager",
        "dots_per_participant_many": "{count} prikker pr. deltager",
        "dots_unlimited": "Intet loft: prikkerne tælles på papir",
        "scoring": "Point",
        "scoring_scale": "Hvert kort får {low}–{high} point pr. runde; pointene lægges sammen.",
        "scoring_top": "De {top} bedste markeres.",
        "legal": "Juridisk baggrund",
        "reference": "Læs mere",
        "reflection": "Refleksionsspørgsmål",
        "notes_space": "Mine noter",
        "source": "Kilde",
        "page": "Side {page} af {pages}",
        "made": "DialogDesk · {date}",
    }
)


DREJEBOG_EN: Mapping[str, str] = MappingProxyType(
    {
        **DREJEBOG_DA,
        **ENGLISH_DATE_WORDS,
        "document": "Facilitation script",
        "file_name": "Facilitation script",
        "handout_file_name": "Handout",
        "kicker": "Dialogue material · script for the facilitator",
        "handout": "For the participants",
        "handout_kicker": "Dialogue material · participants' handout",
        "topic": "Topic",
        "duration": "Duration",
        "duration_value": "About {min}-{max} minutes",
        "participants": "Participants",
        "steps_total": "All steps together",
        "steps_total_value": "{minutes} minutes",
        "publisher": "Published by",
        "usage": "About the material",
        "goal": "Goal",
        "framing": "Starting from the topic",
        "consists_of": "The material consists of",
        "preparation": "Preparation – before the dialogue",
        "bring": "Materials",
        "room_setup": "The room",
        "technology": "Technology",
        "roles": "Roles",
        "optional": "(optional)",
        "beforehand": "Before you meet",
        "notes": "Remember",
        "media": "Films, audio and cases",
        "media_kind_written_case": "Written case",
        "media_kind_document": "Document",
        "expected_minutes": "About {minutes} minutes",
        "where": "Where to find it",
        "file": "File",
        "steps": "Step by step",
        "step_label": STEP_LABELS["en"],
        "grouping": "Format",
        "grouping_alone": "on your own",
        "grouping_pairs": "in pairs",
        "grouping_groups": "groups of two pairs",
        "grouping_plenary": "all together",
        "instructions": "What you do",
        "say_aloud": "Say aloud",
        "activity": "Time",
        "activity_media": "{title} – as long as {media} lasts",
        "media_the_film": "the film",
        "media_the_podcast": "the podcast",
        "media_the_written_case": "the case",
        "media_the_document": "the document",
        "people": "Taking part",
        "dialogue_questions": "Dialogue questions you can ask",
        "participant_instruction": "On the participants' screen",
        "participant_questions": "Questions for the participants",
        "tip_over": "With more than {count} participants",
        "tip_at_most": "With at most {count} participants",
        "tip_between": "With {low}-{high} participants",
        "wrap_up": "The agreement you write down",
        "wrap_up_no_decision": "The wrap-up: what the method produces",
        "dot_voting": "Dot voting",
        "dots_per_participant": "{count} dot per participant",
        "dots_per_participant_many": "{count} dots per participant",
        "dots_unlimited": "No limit: the dots are counted on paper",
        "scoring": "Scores",
        "scoring_scale": "Each card gets {low}–{high} points a round; the points are added up.",
        "scoring_top": "The {top} best are marked.",
        "legal": "Legal background",
        "reference": "Read more",
        "reflection": "Questions for reflection",
        "notes_space": "My notes",
        "source": "Source",
        "page": "Page {page} of {pages}",
    }
)


def step_label(number: int, language: str) -> str:
    """'Trin 4' or 'Step 4' ('da' or 'en'); Danish for anything else."""
    return STEP_LABELS.get(language, STEP_LABELS["da"]).format(number=number)


def report_labels(language: str) -> Mapping[str, str]:
    """The report's words in ``language`` ('da' or 'en'); Danish for anything else."""
    return REPORT_EN if language == "en" else REPORT_DA


def calendar_labels(language: str) -> Mapping[str, str]:
    """The follow-up calendar's words in ``language``; Danish for anything but 'en'."""
    return CALENDAR_EN if language == "en" else CALENDAR_DA


def drejebog_labels(language: str) -> Mapping[str, str]:
    """The drejebog's and the handout's words in ``language``; Danish for anything but 'en'."""
    return DREJEBOG_EN if language == "en" else DREJEBOG_DA


def report_in_language(report: ReportData, material: Material, labels: Mapping[str, str]) -> ReportData:
    """``report`` with its steps named in the labels' language ("Step 2: ..."); the core report
    names them as the loader does ("Trin 2")."""
    names = {step.label: labels["step_label"].format(number=step.number) for step in material.steps}
    titled = {f"{step.label}: {step.title}": f"{names[step.label]}: {step.title}" for step in material.steps}
    return replace(
        report,
        steps=tuple(replace(entry, label=names.get(entry.label, entry.label)) for entry in report.steps),
        points_step=titled.get(report.points_step, report.points_step),
        ideas_step=titled.get(report.ideas_step, report.ideas_step),
        plan_changes=tuple(
            replace(change, from_step=names.get(change.from_step, change.from_step))
            for change in report.plan_changes
        ),
    )
