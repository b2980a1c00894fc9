"""The JSON Schema of the material format, with every field and value explained for authors.

An editor with yaml-language-server shows these texts while a material is written (the
``# yaml-language-server: $schema=...`` line in README "For content authors"). Each text is Danish
first, then English: "Dansk tekst. / English text.". The texts live here rather than on the model
fields so that the model stays readable as code; ``tests/materials/test_schema_docs.py`` fails on
any field, value or object of the model left without one, and on a text for a field that is gone.

JSON Schema has no description per enum value; ``oneOf`` with ``const`` and ``description`` per
value is what editors show.
"""

from __future__ import annotations

import copy
from typing import Any

from dialogdesk.materials.model import Material

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_ID_DA = "små bogstaver, tal, - og _"
_ID_EN = "lowercase letters, digits, - and _"

OBJECTS: dict[str, str] = {
    "Material": "Et helt dialogmateriale om ét emne: drejebogen med trin, medier og afslutning. "
    "/ A whole dialogue material on one topic: the facilitation script with its steps, media and wrap-up.",
    "Topic": "Et emne i programmet og de ord, der afslører det i en tekst. "
    "/ A topic of the programme and the words that give it away in a text.",
    "ProjectContext": "Projektet, materialerne hører til (vises under Om). "
    "/ The project the materials belong to (shown in the About view).",
    "LegalBackground": "Den juridiske baggrund for emnet: en tekst, en henvisning eller begge. "
    "/ The legal background of the topic: a text, a reference, or both.",
    "Source": "Hvor materialet er udgivet. / Where the material was published.",
    "Person": "En person, der medvirker i et medie (fx i en podcast). "
    "/ A person who appears in a media item (e.g. in a podcast).",
    "Media": "En film, podcast, skriftlig case eller et dokument, som dialogen bruger. "
    "/ A film, podcast, written case or document the dialogue uses.",
    "MediaKind": "Hvilken slags medie det er. / What kind of media it is.",
    "TechnologyItem": "En teknisk forberedelse, evt. med det medie, der skal afprøves før dialogen. "
    "/ A technical preparation, optionally naming the media to test before the dialogue.",
    "Role": "En rolle i rummet (facilitator, tidtager). / A role in the room (facilitator, timekeeper).",
    "Preparation": "Forberedelse – før dialogen på arbejdspladsen. "
    "/ Preparation – before the dialogue at the workplace.",
    "MinMax": "Et interval med begge ender medregnet, fx 4-20 deltagere eller 45-60 minutter; "
    "enheden står ved feltet. / An inclusive range, e.g. 4-20 participants or 45-60 minutes; "
    "the unit is given by the field.",
    "Instruction": "Én linje af det, facilitator gør, i rækkefølge. "
    "/ One line of what the facilitator does, in order.",
    "Condition": "Hvornår et tip gælder; alle angivne grænser skal holde. "
    "/ When a tip applies; every bound given must hold.",
    "Tip": "Et råd til facilitator, evt. kun ved et vist antal deltagere. "
    "/ Advice for the facilitator, optionally only for some numbers of participants.",
    "ActivityKind": "Hvad deltagerne gør i en aktivitet. / What the participants do in an activity.",
    "Activity": "En tidsat del inde i et trin: det stille minut, læsning af casen, podcasten. "
    "/ A timed part inside a step: the silent minute, reading the case, the podcast.",
    "Grouping": "Hvordan deltagerne arbejder i et trin. / How the participants work in a step.",
    "BoardAction": "Hvad tavlen bruges til i et trin. / What the board is used for in a step.",
    "Step": "Ét trin i drejebogen ('Trin 3'). / One step of the facilitation script ('Trin 3').",
    "AgreementFieldKind": "Hvad et aftalefelt indeholder. / What an agreement field holds.",
    "AgreementField": "Et felt i aftalen til sidst ('Hvem er ansvarlig', 'Hvornår følger I op'). "
    "/ A field of the agreement at the end ('Who is responsible', 'When do you follow up').",
    "DotVoting": "Prik-afstemningen, når rummet ikke kan blive enige. "
    "/ The dot voting for when the room cannot agree.",
    "WrapUp": "Afslutningen: aftalen og prik-afstemningen, eller (uden aftale) det metoden gav. "
    "/ The wrap-up: the agreement and the dot voting, or (without an agreement) what the method produced.",
    "NextRound": "Hvordan næste runde af en gentaget aktivitet starter. "
    "/ How the next round of a repeated activity starts.",
    "Scoring": "Point til hvert kort på en skala (25/10 Crowd Sourcing); pointene lægges sammen. "
    "/ Scoring each card on a scale (25/10 Crowd Sourcing); the scores are added up.",
}

FIELDS: dict[str, dict[str, str]] = {
    "Material": {
        "format_version": "Formatets version; udelad den eller skriv 1. "
        "/ The format's version; leave it out or write 1.",
        "id": f"Materialets entydige navn i biblioteket ({_ID_DA}), fx hardware. "
        f"/ The material's unique name in the library ({_ID_EN}), e.g. hardware.",
        "title": "Materialets titel, som den vises i biblioteket og på projektoren. "
        "/ The material's title as shown in the library and on the projector.",
        "topic": "Emnet, materialet handler om. / The topic the material is about.",
        "language": "Materialets sprog som kode på to bogstaver: da eller en (standard da). "
        "/ The material's language as a two-letter code: da or en (default da).",
        "source": "Hvor materialet er udgivet. / Where the material was published.",
        "usage": "'Materialet bruges til dialog om ...' (vises i biblioteket). "
        "/ 'The material is used for dialogue about ...' (shown in the library).",
        "intention": "Intentionen med dialogen. / The intention of the dialogue.",
        "goal": "Målet med dialogen. / The goal of the dialogue.",
        "framing_intro": "Tekst før rammesætningens spørgsmål; vises på projektoren før Trin 1. "
        "/ Text before the framing questions; shown on the projector before step 1.",
        "framing_questions": "De faglige spørgsmål, emnet rammesættes med (mindst ét). "
        "/ The professional questions that frame the topic (at least one).",
        "consists_of": "Hvad materialet består af (drejebog, case, juridisk baggrund ...), én linje hver. "
        "/ What the material consists of (script, case, legal background ...), one line each.",
        "legal_background": "Den juridiske baggrund for emnet. / The legal background of the topic.",
        "project": "Projektet bag materialerne (udelades, hvis der ikke er et). "
        "/ The project behind the materials (leave out if there is none).",
        "guide_intro": "Indledende linjer til drejebogen, ét afsnit hver. "
        "/ Opening lines of the facilitation script, one paragraph each.",
        "preparation": "Forberedelse før dialogen: ting, rum, teknik, deltagere og varighed. "
        "/ Preparation before the dialogue: things, room, technology, participants and duration.",
        "media": "Film, podcasts, cases og dokumenter, som trinene henviser til med deres id. "
        "/ Films, podcasts, cases and documents the steps refer to by their id.",
        "steps": "Trinene i rækkefølge (mindst ét). / The steps in order (at least one).",
        "wrap_up": "Afslutningen: aftalefelterne og prik-afstemningen. "
        "/ The wrap-up: the agreement fields and the dot voting.",
    },
    "Topic": {
        "name": "Emnets navn. / The topic's name.",
        "keywords": "Ord, der afslører emnet i en tekst (mindst ét); bruges til at advare, når et "
        "materiale nævner et andet emne. / Words that give the topic away in a text (at least one); "
        "used to warn when a material names another topic.",
    },
    "ProjectContext": {
        "name": "Projektets navn. / The project's name.",
        "description": "Hvad projektet gør, i et afsnit. / What the project does, in one paragraph.",
        "organisations": "Organisationerne bag, én pr. linje. / The organisations behind it, one a line.",
        "background": "Baggrund for projektet, ét afsnit pr. linje. "
        "/ Background of the project, one paragraph a line.",
        "topics": "Alle programmets emner (også dem uden materiale her). "
        "/ All topics of the programme (also those without a material here).",
    },
    "LegalBackground": {
        "title": "Overskrift (standard 'Juridisk baggrund'). / Heading (default 'Juridisk baggrund').",
        "text": "Den juridiske tekst selv. / The legal text itself.",
        "reference_url": "Adressen på det offentliggjorte dokument; vises som tekst og åbnes aldrig. "
        "/ Address of the published document; shown as text, never opened.",
        "note": "En kort note til facilitator om baggrunden. / A short note to the facilitator about it.",
        "print_for_participants": "Sand, hvis baggrunden skal printes til deltagerne (standard falsk). "
        "/ True if the background is to be printed for the participants (default false).",
    },
    "Source": {
        "publisher": "Udgiveren. / The publisher.",
        "author": "Forfatteren. / The author.",
        "published": 'Hvornår materialet er udgivet, som tekst (sæt årstal i anførselstegn: "2023"). '
        '/ When the material was published, as text (put a year in quotes: "2023").',
        "url": "Hvor materialet er udgivet; vises som tekst og åbnes aldrig. "
        "/ Where the material was published; shown as text, never opened.",
    },
    "Person": {
        "name": "Personens navn. / The person's name.",
        "role": "Personens rolle eller stilling. / The person's role or position.",
    },
    "Media": {
        "id": f"Mediets navn, som trin og aktiviteter henviser til ({_ID_DA}). "
        f"/ The media's name that steps and activities refer to ({_ID_EN}).",
        "kind": "Hvilken slags medie: film, podcast, written_case eller document. "
        "/ Which kind of media: film, podcast, written_case or document.",
        "title": "Mediets titel. / The media's title.",
        "description": "Hvad mediet viser eller handler om. / What the media shows or is about.",
        "file": "Filen i forhold til materialets mappe, fx media/film.mp4; kan mangle, til facilitator "
        "vedhæfter den. / The file relative to the material's folder, e.g. media/film.mp4; may be "
        "absent until the facilitator attaches it.",
        "expected_minutes": "Mediets forventede længde i minutter (over 0, højst 600; decimaler tilladt). "
        "/ The media's expected length in minutes (over 0, at most 600; decimals allowed).",
        "source_url": "Hvor mediet kan hentes; vises som tekst og åbnes aldrig. "
        "/ Where to obtain the media; shown as text, never opened.",
        "source_note": "Hvordan mediet skaffes eller vises (fx 'læses højt fra hjemmesiden'). "
        "/ How to obtain or show the media (e.g. 'read aloud from the website').",
        "people": "Personer, der medvirker (vises på projektoren under en podcast). "
        "/ People who appear (shown on the projector during a podcast).",
        "people_heading": "Overskrift over personerne (standard 'Medvirkende'). "
        "/ Heading above the people (default 'Medvirkende').",
    },
    "TechnologyItem": {
        "text": "Hvad der skal gøres klar. / What to get ready.",
        "media": "Id på det medie, der skal afprøves før dialogen (fra materialets media). "
        "/ Id of the media to test before the dialogue (from the material's media).",
    },
    "Role": {
        "name": "Rollens navn (Facilitator, Tidtager). / The role's name (Facilitator, Timekeeper).",
        "description": "Hvad rollen gør. / What the role does.",
        "optional": "Sand, hvis rollen er valgfri ('få gerne hjælp ...'; standard falsk). "
        "/ True if the role is optional ('get help if you can ...'; default false).",
    },
    "Preparation": {
        "bring": "Hvad der skal medbringes, én ting pr. linje. / What to bring, one thing a line.",
        "room_setup": "Hvordan rummet gøres klar, én linje hver. / How to set up the room, one line each.",
        "technology": "Teknik der skal gøres klar, evt. med mediet der skal afprøves. "
        "/ Technology to get ready, optionally with the media to test.",
        "participants": "Antal deltagere, materialet er skrevet til, fx {min: 4, max: 20}. "
        "/ Number of participants the material is written for, e.g. {min: 4, max: 20}.",
        "duration_minutes": "Planlagt varighed i minutter, fx {min: 45, max: 60}; trinenes minutter "
        "bør give en sum i intervallet. / Planned duration in minutes, e.g. {min: 45, max: 60}; the "
        "steps' minutes should add up to a total inside it.",
        "duration_note": "En note om varigheden ('Tider til hvert trin er cirkatider'). "
        "/ A note about the duration ('Times per step are approximate').",
        "roles": "Roller i rummet. / Roles in the room.",
        "beforehand": "Hvad deltagerne kan læse, høre eller se, før de mødes. "
        "/ What participants may read, hear or watch before they meet.",
        "notes": "Andre noter til forberedelsen, én pr. linje. / Other preparation notes, one a line.",
    },
    "MinMax": {
        "min": "Mindste værdi, mindst 1 (deltagere eller minutter, efter feltet). "
        "/ Smallest value, at least 1 (participants or minutes, by the field).",
        "max": "Største værdi, ikke mindre end min (samme enhed). "
        "/ Largest value, not less than min (same unit).",
    },
    "Instruction": {
        "text": "Hvad facilitator gør eller siger. / What the facilitator does or says.",
        "say_aloud": "Sand for en linje, facilitator siger højt til rummet ('Sig højt ...'; standard falsk). "
        "/ True for a line the facilitator says to the room ('Say aloud ...'; default false).",
        "activity": "Id på den aktivitet i samme trin, som linjen starter (dens nedtælling). "
        "/ Id of the activity in the same step that this line starts (its countdown).",
        "media": "Id på det medie, linjen afspiller eller viser. / Id of the media this line plays or shows.",
    },
    "Condition": {
        "participants_over": "Gælder kun, når der er flere deltagere end dette tal. "
        "/ Applies only when there are more participants than this number.",
        "participants_at_most": "Gælder kun, når der højst er dette antal deltagere. "
        "/ Applies only when there are at most this many participants.",
    },
    "Tip": {
        "text": "Rådet, som facilitator ser det. / The advice as the facilitator sees it.",
        "when": "Hvornår rådet gælder, fx {participants_over: 12}; uden when gælder det altid. "
        "/ When the advice applies, e.g. {participants_over: 12}; without when it always applies.",
        "pick_pairs": "Hvor mange makkerpar facilitator 'plukker' til at fremlægge, når tippet gælder "
        "(1-10). / How many pairs the facilitator picks to present when the tip applies (1-10).",
    },
    "Activity": {
        "id": f"Aktivitetens navn, som en instruktion starter den med ({_ID_DA}). "
        f"/ The activity's name an instruction starts it by ({_ID_EN}).",
        "kind": "Hvad deltagerne gør: silent_brainstorm, reading, listening, watching eller discussion. "
        "/ What participants do: silent_brainstorm, reading, listening, watching or discussion.",
        "title": "Aktivitetens titel over nedtællingen på projektoren. "
        "/ The activity's title above its countdown on the projector.",
        "minutes": "Aktivitetens længde i minutter (over 0, højst 240; decimaler tilladt, 0.5 = 30 "
        "sekunder); uden minutes varer den som sit medie. / The activity's length in minutes (over 0, "
        "at most 240; decimals allowed, 0.5 = 30 seconds); without minutes it lasts as long as its media.",
        "seconds": "Aktivitetens længde i sekunder i stedet for minutes (fx 30; vises 0:30). "
        "/ The activity's length in seconds instead of minutes (e.g. 30; shown as 0:30).",
        "rounds": "Hvor mange gange aktiviteten gentages, hver runde med hele længden (1-50, standard 1), "
        "fx 5 runder à 30 sekunder. / How many times the activity is repeated, each round with the "
        "whole length (1-50, default 1), e.g. 5 rounds of 30 seconds.",
        "next_round": "Hvordan næste runde starter: auto (af sig selv efter klokken, standard) eller "
        "clicker (når facilitator trykker næste). / How the next round starts: auto (by itself after the "
        "chime, default) or clicker (when the facilitator presses next).",
        "media": "Id på det medie, aktiviteten afspiller. / Id of the media the activity plays.",
        "participant_instruction": "Hvad projektoren beder deltagerne gøre under aktiviteten. "
        "/ What the projector tells the participants to do during the activity.",
    },
    "Step": {
        "number": "Trinets nummer, som det står i drejebogen ('Trin 5'), 0-99. "
        "/ The step's number as printed in the script ('Trin 5'), 0-99.",
        "title": "Trinets titel. / The step's title.",
        "minutes": "Trinets planlagte længde i minutter (over 0, højst 240; decimaler tilladt). "
        "/ The step's planned length in minutes (over 0, at most 240; decimals allowed).",
        "seconds": "Trinets længde i sekunder i stedet for minutes (fx 90; vises 1:30). "
        "/ The step's length in seconds instead of minutes (e.g. 90; shown as 1:30).",
        "group_size": "Hvor mange der er i en gruppe: et tal (4 = 'Gå sammen 4 og 4') eller et interval "
        "{min: 3, max: 5}. / How many are in a group: a number (4 = 'Get together 4 by 4') or a range "
        "{min: 3, max: 5}.",
        "instructions": "Hvad facilitator gør, linje for linje i rækkefølge (mindst én). "
        "/ What the facilitator does, line by line in order (at least one).",
        "dialogue_questions": "Spørgsmål, facilitator kan stille til rummet (kun på facilitators skærm). "
        "/ Questions the facilitator may put to the room (on the facilitator's screen only).",
        "participant_instruction": "Hvad projektoren beder deltagerne gøre i trinet. "
        "/ What the projector tells the participants to do in the step.",
        "participant_questions": "Spørgsmål, der skrives op til deltagerne (vises på projektoren). "
        "/ Questions written up for the participants (shown on the projector).",
        "grouping": "Hvordan deltagerne arbejder, i rækkefølge: alone, pairs, groups (makkerpar går "
        "sammen to og to) eller plenary. / How participants work, in order: alone, pairs, groups "
        "(pairs of pairs) or plenary.",
        "tips": "Råd til facilitator i trinet. / Advice for the facilitator in the step.",
        "activities": "Tidsatte dele af trinet med egen nedtælling. "
        "/ Timed parts of the step with their own countdown.",
        "media": "Id'er på medier, trinet bruger. / Ids of the media the step uses.",
        "board": "Hvad tavlen bruges til i trinet: collect_points, cluster_themes, collect_ideas, vote, "
        "score, decide. / What the board is used for in the step: collect_points, cluster_themes, "
        "collect_ideas, vote, score, decide.",
    },
    "AgreementField": {
        "id": f"Feltets navn ({_ID_DA}); feltet med id proposal udfyldes med forslaget valgt på tavlen. "
        f"/ The field's name ({_ID_EN}); the field with id proposal is filled with the "
        "proposal chosen on the board.",
        "label": "Feltets overskrift ('Ansvarlig'). / The field's label ('Responsible').",
        "kind": "Hvad feltet indeholder: text, people eller date (standard text). "
        "/ What the field holds: text, people or date (default text).",
        "required": "Sand, hvis feltet skal udfyldes, før aftalen er færdig (standard sand). "
        "/ True if the field must be filled in before the agreement is done (default true).",
    },
    "DotVoting": {
        "dots_per_participant": "Hvor mange prikker hver deltager sætter, 1-100 (standard 1); null = "
        "intet loft (prikker talt på papir i et stort rum). / How many dots each participant places, "
        "1-100 (default 1); null = no budget (dots counted on paper in a big room).",
        "keep_others_for_next_time": "Sand, hvis de øvrige forslag gemmes til næste drøftelse "
        "(standard sand). / True if the other proposals are kept for the next discussion (default true).",
        "rule": "Reglen for afstemningen, som drejebogen siger den. / The voting rule as the script says it.",
    },
    "WrapUp": {
        "agreement": "Aftalens felter i rækkefølge; udelad dem, når metoden ender uden en beslutning "
        "(så viser afslutningen rangordningen og temaerne). / The agreement's fields in order; leave "
        "them out when the method ends without a decision (the wrap-up then shows the ranking and themes).",
        "dot_voting": "Prik-afstemningen (standard 1 prik pr. deltager). "
        "/ The dot voting (default 1 dot per participant).",
        "scoring": "Point til hvert kort i stedet for (eller ud over) prikker. "
        "/ Scores per card instead of (or besides) dots.",
    },
    "Scoring": {
        "scale": "Skalaen, hver deltager giver point på, fx {min: 1, max: 5}. "
        "/ The scale each participant scores on, e.g. {min: 1, max: 5}.",
        "top": "Hvor mange af de bedste kort der markeres (25/10: 10); udelad for ingen. "
        "/ How many of the best cards are marked (25/10: 10); leave out for none.",
        "rule": "Reglen for pointgivningen, som metoden siger den. / The scoring rule as the method says it.",
    },
}

ENUM_VALUES: dict[str, dict[str, str]] = {
    "MediaKind": {
        "film": "En film, der afspilles på projektoren. / A film played on the projector.",
        "podcast": "En podcast, der afspilles for rummet, med de medvirkende på projektoren. "
        "/ A podcast played to the room, with the people in it on the projector.",
        "written_case": "En skriftlig case, der læses (højt eller hver for sig). "
        "/ A written case that is read (aloud or each on their own).",
        "document": "Et dokument, fx en vejledning eller en juridisk tekst. "
        "/ A document, e.g. a guide or a legal text.",
    },
    "Grouping": {
        "alone": "Hver for sig. / Each on their own.",
        "pairs": "I makkerpar (to og to). / In pairs (two by two).",
        "groups": "Makkerpar går sammen med et andet makkerpar: grupper af fire (par af par). "
        "/ Each pair joins another pair: groups of four (pairs of pairs).",
        "plenary": "Alle sammen i plenum. / Everyone together in plenary.",
    },
    "BoardAction": {
        "collect_points": "Facilitator skriver deltagernes pointer (fx fra casen) op på tavlen som "
        "pointkort. / The facilitator writes the participants' points (e.g. from the case) on the board "
        "as point cards.",
        "cluster_themes": "Pointerne samles i temaer på tavlen. "
        "/ The points are grouped into themes on the board.",
        "collect_ideas": "Facilitator skriver idéer og forslag op på tavlen som idékort; de kan stemmes "
        "om og vælges. / The facilitator writes ideas and proposals on the board as idea cards; they can "
        "be voted on and chosen.",
        "vote": "Prik-afstemning om idéerne; tavlen tæller prikkerne og rangerer forslagene. "
        "/ Dot voting on the ideas; the board counts the dots and ranks the proposals.",
        "score": "Rummet giver hvert kort point (fx 1-5); pointene skrives ind pr. kort og lægges sammen, "
        "og tavlen rangerer kortene. / The room scores each card (e.g. 1-5); the scores are typed in per "
        "card and added up, and the board ranks the cards.",
        "decide": "Rummet vælger ét forslag, som udfylder aftalens felt 'proposal'. "
        "/ The room chooses one proposal, which fills the agreement's 'proposal' field.",
    },
    "ActivityKind": {
        "silent_brainstorm": "Stille brainstorm: hver for sig i stilhed, fx det stille minut. "
        "/ Silent brainstorm: each on their own in silence, e.g. the silent minute.",
        "reading": "Deltagerne læser (fx casen). / The participants read (e.g. the case).",
        "listening": "Deltagerne lytter (fx til podcasten). / The participants listen (e.g. to the podcast).",
        "watching": "Deltagerne ser (fx filmen). / The participants watch (e.g. the film).",
        "discussion": "Deltagerne drøfter. / The participants discuss.",
    },
    "NextRound": {
        "auto": "Næste runde starter af sig selv efter klokken. "
        "/ The next round starts by itself after the chime.",
        "clicker": "Næste runde starter, når facilitator trykker næste (PageDown). "
        "/ The next round starts when the facilitator presses next (PageDown).",
    },
    "AgreementFieldKind": {
        "text": "Fri tekst. / Free text.",
        "people": "Navne på personer. / Names of people.",
        "date": "En dato. / A date.",
    },
}

_INSTRUCTION = {"text": "Læs casen – det tager cirka 2 minutter.", "activity": "read-case", "media": "case"}
_ACTIVITY = {"id": "read-case", "kind": "reading", "title": "Læs casen", "minutes": 2, "media": "case"}
_MEDIA = {
    "id": "case",
    "kind": "written_case",
    "title": "En kort case fra en kommune",
    "file": "media/case.md",
    "expected_minutes": 2,
}
_TIP = {
    "text": "Er I over 12 deltagere, så ”pluk” 2-3 makkerpar ud og bed dem komme med pointer.",
    "when": {"participants_over": 12},
    "pick_pairs": 2,
}
_STEP = {
    "number": 1,
    "title": "Rammesæt emnet og dilemmaer",
    "minutes": 5,
    "instructions": [{"text": "Sig højt, at I starter med at læse casen.", "say_aloud": True}, _INSTRUCTION],
    "participant_instruction": "Læs casen og notér, hvad I særligt hæfter jer ved.",
    "grouping": ["plenary", "alone"],
    "activities": [_ACTIVITY],
    "media": ["case"],
    "board": ["collect_points"],
}
_AGREEMENT = {"id": "responsible", "label": "Ansvarlig", "kind": "people"}
_DOT_VOTING = {
    "dots_per_participant": 1,
    "keep_others_for_next_time": True,
    "rule": "Hver deltager sætter 1 prik.",
}
_TOPIC = {"name": "Hjælp med borgernes hardware", "keywords": ["hardware"]}
_PREPARATION = {
    "bring": ["Skriveredskaber til alle"],
    "participants": {"min": 4, "max": 20},
    "duration_minutes": {"min": 45, "max": 60},
    "roles": [{"name": "Tidtager", "description": "Holder øje med tiden.", "optional": True}],
}
_WRAP_UP = {
    "agreement": [{"id": "proposal", "label": "Forslag I vil afprøve"}, _AGREEMENT],
    "dot_voting": _DOT_VOTING,
}

EXAMPLES: dict[str, Any] = {
    "Material": {
        "id": "hardware",
        "title": "Hjælp med borgernes hardware",
        "topic": _TOPIC,
        "language": "da",
        "intention": "At drøfte dilemmaer og muligheder for en bedre service.",
        "goal": "En bedre serviceoplevelse og mere tilfredse borgere.",
        "framing_questions": ["Hvad er vores tilgang til digital hjælp?"],
        "preparation": _PREPARATION,
        "media": [_MEDIA],
        "steps": [_STEP],
        "wrap_up": _WRAP_UP,
    },
    "Topic": _TOPIC,
    "ProjectContext": {
        "name": "Hjælp til digitalt udfordrede borgere",
        "description": "Projektet understøtter digital inklusion.",
        "organisations": ["HK Kommunal", "KL"],
        "topics": [_TOPIC],
    },
    "LegalBackground": {"note": "Læs den juridiske baggrund til emnet.", "print_for_participants": True},
    "Source": {"publisher": "Fremfærd", "published": "2023"},
    "Person": {"name": "Annie Bekke Kjær", "role": "projektleder, KL"},
    "Media": _MEDIA,
    "TechnologyItem": {"text": "Sørg for at casen er klar.", "media": "case"},
    "Role": {"name": "Facilitator", "description": "Faciliterer mødet med dialog."},
    "Preparation": _PREPARATION,
    "MinMax": {"min": 4, "max": 20},
    "Instruction": _INSTRUCTION,
    "Condition": {"participants_over": 12},
    "Tip": _TIP,
    "Activity": _ACTIVITY,
    "Step": _STEP,
    "AgreementField": _AGREEMENT,
    "DotVoting": _DOT_VOTING,
    "WrapUp": _WRAP_UP,
    "Scoring": {"scale": {"min": 1, "max": 5}, "top": 10, "rule": "Giv hvert kort 1-5 point."},
}


def material_schema() -> dict[str, Any]:
    """``Material.model_json_schema()`` with the author's texts, examples and a value per enum choice."""
    schema = copy.deepcopy(Material.model_json_schema())
    definitions: dict[str, Any] = schema.get("$defs", {})
    for name, definition in [(Material.__name__, schema), *definitions.items()]:
        if "enum" in definition:
            _document_enum(name, definition)
        else:
            _document_object(name, definition)
    return {"$schema": SCHEMA_DIALECT, **schema, "title": "DialogDesk material"}


def _document_object(name: str, definition: dict[str, Any]) -> None:
    if name in OBJECTS:
        definition["description"] = OBJECTS[name]
    if name in EXAMPLES:
        definition["examples"] = [EXAMPLES[name]]
    texts = FIELDS.get(name, {})
    for field, body in definition.get("properties", {}).items():
        if field in texts:
            body["description"] = texts[field]


def _document_enum(name: str, definition: dict[str, Any]) -> None:
    if name in OBJECTS:
        definition["description"] = OBJECTS[name]
    texts = ENUM_VALUES.get(name, {})
    choices = []
    for value in definition.pop("enum"):
        choice: dict[str, Any] = {"const": value}
        if value in texts:
            choice["description"] = texts[value]
        choices.append(choice)
    definition["oneOf"] = choices
