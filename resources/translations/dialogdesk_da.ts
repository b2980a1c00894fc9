<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AudienceBoard</name>
    <message>
        <location filename="../../src/dialogdesk/ui/board/audience.py" line="133"/>
        <source>Not sorted yet</source>
        <translation>Ikke sorteret endnu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/audience.py" line="245"/>
        <source>Our board</source>
        <translation>Vores tavle</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/audience.py" line="262"/>
        <source>%1 dots</source>
        <translation>%1 prikker</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/audience.py" line="264"/>
        <source>%1 of %2 dots placed</source>
        <translation>%1 af %2 prikker sat</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/audience.py" line="275"/>
        <source>Points and ideas appear here as they are written</source>
        <translation>Pointer og idéer dukker op her, efterhånden som de skrives</translation>
    </message>
</context>
<context>
    <name>AudienceMediaView</name>
    <message>
        <location filename="../../src/dialogdesk/ui/media/audience_view.py" line="154"/>
        <source>Taking part</source>
        <translation>Medvirkende</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/audience_view.py" line="189"/>
        <source>%1 left</source>
        <translation>%1 tilbage</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/audience_view.py" line="199"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/audience_view.py" line="209"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="147"/>
        <source>DialogDesk – audience screen</source>
        <translation>DialogDesk – deltagerskærm</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="160"/>
        <source>DialogDesk – audience</source>
        <translation>DialogDesk – deltagere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="233"/>
        <source>Our agreement</source>
        <translation>Vores aftale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="235"/>
        <source>What we found</source>
        <translation>Det kom vi frem til</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="273"/>
        <source>Round %1 of %2</source>
        <translation>Runde %1 af %2</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="313"/>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="331"/>
        <source>Pair %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="314"/>
        <source>Your turn</source>
        <translation>Jeres tur</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="323"/>
        <source>Your groups</source>
        <translation>Jeres grupper</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="330"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="39"/>
        <source>Type a point or an idea and press Enter</source>
        <translation>Skriv en pointe eller en idé, og tryk Enter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="43"/>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="66"/>
        <source>Point</source>
        <translation>Pointe</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="44"/>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="67"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="55"/>
        <source>Who said it; moves on to the next after each card</source>
        <translation>Hvem sagde det; går videre til den næste efter hvert kort</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="57"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="94"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="96"/>
        <source>Pair %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="100"/>
        <source>Nobody in particular</source>
        <translation>Ingen bestemt</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="61"/>
        <source>Voting: click a card to add a dot, right-click (or −) to take one off; type a number on a card for dots counted on paper.</source>
        <translation>Afstemning: klik på et kort for at sætte en prik, højreklik (eller −) for at fjerne en; skriv et tal på et kort for prikker talt op på papir.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="73"/>
        <source>Show the whole board</source>
        <translation>Vis hele tavlen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="114"/>
        <source>↶ Undo</source>
        <translation>↶ Fortryd</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="117"/>
        <source>↷ Redo</source>
        <translation>↷ Gentag</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="130"/>
        <source>Restore deleted</source>
        <translation>Gendan slettet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="134"/>
        <source>Vote with dots</source>
        <translation>Prik-afstemning</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="139"/>
        <source>Show theme alone to the room</source>
        <translation>Vis kun temaet for rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="143"/>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="346"/>
        <source>Dissolve theme</source>
        <translation>Opløs tema</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="165"/>
        <source>Card deleted. Ctrl+Z or “Restore deleted” brings it back.</source>
        <translation>Kortet er slettet. Ctrl+Z eller “Gendan slettet” henter det tilbage.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="217"/>
        <source>The room sees only the theme “%1”</source>
        <translation>Rummet ser kun temaet “%1”</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="283"/>
        <source>Pick a theme (or a card in it) first.</source>
        <translation>Vælg først et tema (eller et kort i det).</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="32"/>
        <source>shared place %1</source>
        <translation>delt %1. plads</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="34"/>
        <source>place %1</source>
        <translation>%1. plads</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="69"/>
        <source>Tally</source>
        <translation>Optælling</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="81"/>
        <source>Choose as the decision</source>
        <translation>Vælg som beslutning</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="90"/>
        <source>Undo the choice</source>
        <translation>Fortryd valget</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="44"/>
        <source>%1 of %2 dots placed · %3 left</source>
        <translation>%1 af %2 prikker sat · %3 tilbage</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="42"/>
        <source>%1 dots</source>
        <translation>%1 prikker</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="119"/>
        <source>Reveal the dots to the room</source>
        <translation>Vis prikkerne for rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="121"/>
        <source>Hide the dots from the room</source>
        <translation>Skjul prikkerne for rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="135"/>
        <source>Decision: %1</source>
        <translation>Beslutning: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="162"/>
        <source>Keep the other proposals for your next discussion:</source>
        <translation>De øvrige forslag gemmer I til næste drøftelse:</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="164"/>
        <source>The other proposals:</source>
        <translation>De øvrige forslag:</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="181"/>
        <source>Tie for first place: pick the proposal in the list, then choose.</source>
        <translation>Delt førsteplads: vælg forslaget på listen, og tryk så vælg.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="124"/>
        <source>Not sorted yet</source>
        <translation>Ikke sorteret endnu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="320"/>
        <source>Edit text (F2)</source>
        <translation>Ret teksten (F2)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="325"/>
        <source>Delete card (Del)</source>
        <translation>Slet kort (Del)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="334"/>
        <source>Rename theme (F2)</source>
        <translation>Omdøb tema (F2)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="339"/>
        <source>Show the whole board to the room</source>
        <translation>Vis hele tavlen for rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="341"/>
        <source>Show only this theme to the room</source>
        <translation>Vis kun dette tema for rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/score_tally.py" line="63"/>
        <source>e.g. 4 5 3 2 5</source>
        <translation>fx 4 5 3 2 5</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/score_tally.py" line="85"/>
        <source>Scores</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/score_tally.py" line="88"/>
        <source>Type each card&apos;s scores (%1–%2 a round), then Enter. The totals rank the cards.</source>
        <translation>Skriv hvert korts point (%1–%2 pr. runde) og tryk Enter. Summen afgør rækkefølgen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/score_tally.py" line="134"/>
        <source>%1 of %2 cards scored</source>
        <translation>%1 af %2 kort har fået point</translation>
    </message>
</context>
<context>
    <name>BoardResults</name>
    <message>
        <location filename="../../src/dialogdesk/ui/board/results.py" line="80"/>
        <source>shared %1.</source>
        <translation>delt %1.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/results.py" line="80"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/results.py" line="86"/>
        <source>Top %1</source>
        <translation>Top %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/results.py" line="92"/>
        <source>%1 points</source>
        <translation>%1 point</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/results.py" line="92"/>
        <source>%1 dots</source>
        <translation>%1 prikker</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/results.py" line="99"/>
        <source>Ranking by score</source>
        <translation>Rangorden efter point</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/results.py" line="100"/>
        <source>Ranking by dots</source>
        <translation>Rangorden efter prikker</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/results.py" line="113"/>
        <source>Not in a theme</source>
        <translation>Uden tema</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/results.py" line="154"/>
        <source>Nothing was written on the board.</source>
        <translation>Der blev ikke skrevet noget på tavlen.</translation>
    </message>
</context>
<context>
    <name>DialogDesk</name>
    <message>
        <location filename="../../src/dialogdesk/ui/exports_and_history.py" line="41"/>
        <source>No date could be read in: %1. Write it like 14.01.2027 or “uge 3”.</source>
        <translation>Der kunne ikke læses en dato i: %1. Skriv den som 14.01.2027 eller “uge 3”.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/exports_and_history.py" line="44"/>
        <source>The agreement has no dates yet (when the test is done, when to follow up).</source>
        <translation>Aftalen har endnu ingen datoer (hvornår afprøvningen er gennemført, hvornår I følger op).</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/exports_and_history.py" line="51"/>
        <source>Not saved: %1 could not be written anywhere (%2).</source>
        <translation>Ikke gemt: %1 kunne ikke skrives nogen steder (%2).</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/exports_and_history.py" line="55"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/exports_and_history.py" line="58"/>
        <source>%1 could not be written (%2), so it went here instead.</source>
        <translation>%1 kunne ikke skrives (%2), så filen blev gemt her i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/exports_and_history.py" line="72"/>
        <source>Kept for the next discussion: </source>
        <translation>Gemt til næste drøftelse: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/flow.py" line="410"/>
        <source>The media cannot be played: the material file no longer loads. %1</source>
        <translation>Medierne kan ikke afspilles: materialefilen kan ikke længere indlæses. %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/flow.py" line="413"/>
        <source>The media cannot be played: the material is not in this library.</source>
        <translation>Medierne kan ikke afspilles: materialet er ikke i dette bibliotek.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/flow.py" line="393"/>
        <source>This room&apos;s settings fix the language.</source>
        <translation>Lokalets indstillinger fastlægger sproget.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/flow.py" line="166"/>
        <source>%1: not in this library</source>
        <translation>%1: findes ikke i dette bibliotek</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/flow.py" line="314"/>
        <source>This session is open in another DialogDesk on this computer: %1</source>
        <translation>Sessionen er åben i en anden DialogDesk på denne computer: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/flow.py" line="320"/>
        <source>The session cannot be continued: %1</source>
        <translation>Sessionen kan ikke fortsættes: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/flow.py" line="326"/>
        <source>The last change before DialogDesk stopped was only half saved and is left out (%1).</source>
        <translation>Den sidste ændring, før DialogDesk stoppede, blev kun halvt gemt og er udeladt (%1).</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/flow.py" line="395"/>
        <source>The language changes when DialogDesk is started again.</source>
        <translation>Sproget skifter, når DialogDesk startes igen.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../src/dialogdesk/ui/clock_texts.py" line="105"/>
        <source>Round %1 of %2</source>
        <translation>Runde %1 af %2</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/clock_texts.py" line="147"/>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/clock_texts.py" line="166"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/clock_texts.py" line="176"/>
        <source>Overtime +%1</source>
        <translation>Overtid +%1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/clock_texts.py" line="89"/>
        <source>We end at %1</source>
        <translation>Vi slutter kl. %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/clock_texts.py" line="184"/>
        <source>Last %1 %</source>
        <translation>Sidste %1 %</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/clock_texts.py" line="193"/>
        <source>Last minute</source>
        <translation>Sidste minut</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/clock_texts.py" line="195"/>
        <source>Last %1 minutes</source>
        <translation>Sidste %1 minutter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/clock_texts.py" line="196"/>
        <source>Last %1 seconds</source>
        <translation>Sidste %1 sekunder</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../src/dialogdesk/ui/help_overlay.py" line="23"/>
        <source>Keys and remote control</source>
        <translation>Taster og fjernbetjening</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/history_window.py" line="31"/>
        <source>DialogDesk – past sessions</source>
        <translation>DialogDesk – tidligere sessioner</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/history_window.py" line="37"/>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/history_window.py" line="37"/>
        <source>Material</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/history_window.py" line="37"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/history_window.py" line="37"/>
        <source>Finished</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/history_window.py" line="52"/>
        <source>Save its report (PDF)</source>
        <translation>Gem dens referat (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/history_window.py" line="53"/>
        <source>Start a follow-up session ▶</source>
        <translation>Start en opfølgende session ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/history_window.py" line="76"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/history_window.py" line="76"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="79"/>
        <source>Next step</source>
        <translation>Næste trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="80"/>
        <source>Previous step</source>
        <translation>Forrige trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="81"/>
        <source>Start, pause, resume</source>
        <translation>Start, pause, fortsæt</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="82"/>
        <source>Black audience screen (press again to show)</source>
        <translation>Sort skærm for deltagerne (tryk igen for at vise)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="83"/>
        <source>Freeze the audience screen (press again to go live)</source>
        <translation>Frys deltagerskærmen (tryk igen for at vise live)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="84"/>
        <source>One more minute for the step</source>
        <translation>Et minut mere til trinnet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="85"/>
        <source>Show or hide the audience view</source>
        <translation>Vis eller skjul deltagervisningen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="86"/>
        <source>Swap presenter and audience screens</source>
        <translation>Byt facilitator- og deltagerskærm</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="87"/>
        <source>Propose new step lengths to finish on time</source>
        <translation>Foreslå nye længder på trinene, så I slutter til tiden</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="88"/>
        <source>Show or hide the countdown over the film</source>
        <translation>Vis eller skjul nedtællingen over filmen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="89"/>
        <source>Show or hide the steps along the bottom of the projector</source>
        <translation>Vis eller skjul trinene nederst på lærredet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="92"/>
        <source>This help</source>
        <translation>Denne hjælp</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="104"/>
        <source>PageDown</source>
        <translation>PageDown</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="105"/>
        <source>PageUp</source>
        <translation>PageUp</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="106"/>
        <source>Space</source>
        <translation>mellemrum</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="107"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="108"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="93"/>
        <source>Close this help; never ends the session</source>
        <translation>Lukker denne hjælp; afslutter aldrig sessionen</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="30"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="31"/>
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="32"/>
        <source>Written case</source>
        <translation>Skriftlig case</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="33"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="44"/>
        <source>1 step</source>
        <translation>1 trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="46"/>
        <source>%1 steps</source>
        <translation>%1 trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="47"/>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="48"/>
        <source>%1–%2 participants</source>
        <translation>%1–%2 deltagere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="88"/>
        <source>Prepare session ▶</source>
        <translation>Forbered session ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="93"/>
        <source>Drejebog (PDF)</source>
        <translation>Drejebog (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="95"/>
        <source>Handout (PDF)</source>
        <translation>Deltagerark (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="97"/>
        <source>Rehearse</source>
        <translation>Øv</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="99"/>
        <source>Run the material on both screens with a fast clock; nothing is saved.</source>
        <translation>Kør materialet på begge skærme med et hurtigt ur; intet gemmes.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="158"/>
        <source>DialogDesk – dialogue materials</source>
        <translation>DialogDesk – dialogmaterialer</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="163"/>
        <source>Choose a dialogue material</source>
        <translation>Vælg et dialogmateriale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="277"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="288"/>
        <source>1 earlier session could not be read: %1</source>
        <translation>1 tidligere session kunne ikke læses: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="291"/>
        <source>%1 earlier sessions could not be read:</source>
        <translation>%1 tidligere sessioner kunne ikke læses:</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="294"/>
        <source>… and %1 more</source>
        <translation>… og %1 mere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="304"/>
        <source>Some material files could not be loaded:</source>
        <translation>Nogle materialefiler kunne ikke indlæses:</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="180"/>
        <source>Continue the session</source>
        <translation>Fortsæt sessionen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="207"/>
        <source>No materials found.</source>
        <translation>Der blev ikke fundet nogen materialer.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="211"/>
        <source>&amp;About DialogDesk</source>
        <translation>&amp;Om DialogDesk</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="214"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessioner</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="215"/>
        <source>Past sessions…</source>
        <translation>Tidligere sessioner…</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="218"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="223"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="264"/>
        <source>An unfinished session was found: %1</source>
        <translation>Der er en ufærdig session: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="313"/>
        <source>Runs a structured staff dialogue in a meeting room: the script, the timers, the film or podcast and the idea board, on the facilitator&apos;s screen and the projector.</source>
        <translation>Styrer en struktureret dialog blandt kolleger i et mødelokale: drejebogen, tiden, filmen eller podcasten og idétavlen – på facilitatorens skærm og på projektoren.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="324"/>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="330"/>
        <source>About DialogDesk</source>
        <translation>Om DialogDesk</translation>
    </message>
</context>
<context>
    <name>MaterialPreview</name>
    <message>
        <location filename="../../src/dialogdesk/ui/preview.py" line="114"/>
        <source>DialogDesk – preview</source>
        <translation>DialogDesk – forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preview.py" line="120"/>
        <source>+1 min on the clock (F8)</source>
        <translation>+1 min. på uret (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preview.py" line="123"/>
        <source>The session&apos;s clock jumps a minute ahead, as if a minute had passed in the room.</source>
        <translation>Sessionens ur springer et minut frem, som om der var gået et minut i rummet.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preview.py" line="247"/>
        <source> – preview</source>
        <translation> – forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preview.py" line="251"/>
        <source>The preview writes no report.</source>
        <translation>Forhåndsvisningen skriver intet referat.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preview.py" line="314"/>
        <source>%1: shown as saved at %2.</source>
        <translation>%1: vist som gemt kl. %2.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preview.py" line="319"/>
        <source>%n warning(s):</source>
        <translation>%n advarsel(er):</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preview.py" line="321"/>
        <source>%1 does not load: %n problem(s).</source>
        <translation>%1 kan ikke indlæses: %n fejl.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preview.py" line="328"/>
        <source>Nothing to show until it loads; save it again when it is fixed.</source>
        <translation>Intet at vise, før filen kan indlæses; gem den igen, når den er rettet.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preview.py" line="335"/>
        <source>The windows show the version saved at %1.</source>
        <translation>Vinduerne viser den version, der blev gemt kl. %1.</translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <location filename="../../src/dialogdesk/media/check.py" line="44"/>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/check.py" line="145"/>
        <source>unknown format</source>
        <translation>ukendt format</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/check.py" line="152"/>
        <source>unknown error</source>
        <translation>ukendt fejl</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="162"/>
        <source>Download it from %1, then</source>
        <translation>Hent den fra %1, og</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="163"/>
        <source>Get it from the material&apos;s publisher, then</source>
        <translation>Få den fra materialets udgiver, og</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="43"/>
        <source>The file for %1 is not on this computer. %2 use “Attach file…”, or choose the media folder (USB stick or network drive) where it is.</source>
        <translation>Filen til %1 er ikke på denne computer. %2 brug “Tilføj fil…”, eller vælg mediemappen (USB-nøgle eller netværksdrev), hvor den ligger.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="59"/>
        <source>%1 is a web address. DialogDesk plays only files on this computer: download the file and attach it.</source>
        <translation>%1 er en webadresse. DialogDesk afspiller kun filer på denne computer: hent filen og tilføj den.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="64"/>
        <source>%1 is not there any more. Attach the file again, or put it back where it was.</source>
        <translation>%1 findes ikke længere. Tilføj filen igen, eller læg den tilbage, hvor den lå.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="67"/>
        <source>%1 cannot be read (%2). Check that the USB stick or network drive is connected, or copy the file to this computer and attach it.</source>
        <translation>%1 kan ikke læses (%2). Tjek at USB-nøglen eller netværksdrevet er tilsluttet, eller kopiér filen til denne computer og tilføj den.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="72"/>
        <source>%1 is empty (0 bytes): the download or copy did not finish. Download it again and attach the new file.</source>
        <translation>%1 er tom (0 byte): download eller kopiering blev ikke færdig. Hent den igen, og tilføj den nye fil.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="77"/>
        <source>%1 stops before its end (%2 of at least %3): the download was interrupted. Download it again and attach the new file.</source>
        <translation>%1 stopper før sin slutning (%2 af mindst %3): download blev afbrudt. Hent den igen, og tilføj den nye fil.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="82"/>
        <source>%1 cannot be opened as a film or sound file (%2). It may be damaged or in a format this computer cannot play: download it again, preferably as MP4 (film) or MP3 (sound).</source>
        <translation>%1 kan ikke åbnes som film- eller lydfil (%2). Den kan være beskadiget eller i et format, denne computer ikke kan afspille: hent den igen, helst som MP4 (film) eller MP3 (lyd).</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="87"/>
        <source>%1 has sound but no picture, so it is not the film (perhaps only its soundtrack). Find the film file and attach it.</source>
        <translation>%1 har lyd men intet billede, så det er ikke filmen (måske kun lydsporet). Find filmfilen og tilføj den.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="92"/>
        <source>%1 has no sound, so it is not the podcast. Find the sound file (MP3 or M4A) and attach it.</source>
        <translation>%1 har ingen lyd, så det er ikke podcasten. Find lydfilen (MP3 eller M4A) og tilføj den.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="96"/>
        <source>%1 has no sound track. If the film should have sound, download it again.</source>
        <translation>%1 har intet lydspor. Hvis filmen skal have lyd, så hent den igen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="99"/>
        <source>%1 lasts %2, but the material expects about %3 minutes. It may be cut short or another version: check the end, or download it again.</source>
        <translation>%1 varer %2, men materialet forventer ca. %3 minutter. Den kan være afkortet eller en anden version: tjek slutningen, eller hent den igen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="104"/>
        <source>%1 lasts %2, but the material expects about %3 minutes. Check that it is the right file.</source>
        <translation>%1 varer %2, men materialet forventer ca. %3 minutter. Tjek at det er den rigtige fil.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="108"/>
        <source>%1 is not a text file. Save the case as plain text (.txt) or Markdown (.md) and attach it.</source>
        <translation>%1 er ikke en tekstfil. Gem casen som ren tekst (.txt) eller Markdown (.md) og tilføj den.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="112"/>
        <source>%1 took more than %2 seconds to open. If it is on a network drive, copy it to this computer and attach it.</source>
        <translation>%1 tog mere end %2 sekunder at åbne. Hvis den ligger på et netværksdrev, så kopiér den til denne computer og tilføj den.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="121"/>
        <source>an unknown format</source>
        <translation>et ukendt format</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="123"/>
        <source>The picture in %1 is coded as %2, which this computer cannot play. Download the film as MP4 (H.264) instead, or ask IT to convert it.</source>
        <translation>Billedet i %1 er kodet som %2, som denne computer ikke kan afspille. Hent filmen som MP4 (H.264) i stedet, eller bed IT om at konvertere den.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="129"/>
        <source>The sound in %1 is coded as %2, which this computer cannot play. Download it as MP3 or M4A instead.</source>
        <translation>Lyden i %1 er kodet som %2, som denne computer ikke kan afspille. Hent den som MP3 eller M4A i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="139"/>
        <source>%1 is not a film or sound file but a web page saved under its name – the download link probably led to a login or cookie page. Open the link in a browser, download the file itself and attach it.</source>
        <translation>%1 er ikke en film- eller lydfil, men en webside gemt under dens navn – linket førte nok til en login- eller cookieside. Åbn linket i en browser, hent selve filen og tilføj den.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="147"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="148"/>
        <source>a PDF document</source>
        <translation>et PDF-dokument</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="149"/>
        <source>a zip archive or an Office document</source>
        <translation>et zip-arkiv eller et Office-dokument</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="150"/>
        <source>a picture</source>
        <translation>et billede</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="151"/>
        <source>something else</source>
        <translation>noget andet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="152"/>
        <source>%1 is not a film or sound file: it contains %2. Check that you picked the right file, download it again if needed and attach it.</source>
        <translation>%1 er ikke en film- eller lydfil: den indeholder %2. Tjek at du valgte den rigtige fil, hent den igen om nødvendigt og tilføj den.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="171"/>
        <source>The file for %1 is not on this computer. %2 use “Attach file…”, or ask IT to put it in this room&apos;s media folder.</source>
        <translation>Filen til %1 er ikke på denne computer. %2 brug “Tilføj fil…”, eller bed IT om at lægge den i lokalets mediemappe.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="188"/>
        <source>The file for %1 is not on this computer: ask IT to put it in this room&apos;s media folder.</source>
        <translation>Filen til %1 er ikke på denne computer: bed IT om at lægge den i lokalets mediemappe.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="196"/>
        <source>It can be downloaded from %1.</source>
        <translation>Den kan hentes fra %1.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="202"/>
        <source>In this room only IT attaches files and chooses the media folder: ask IT to fix this.</source>
        <translation>I dette lokale er det kun IT, der vedhæfter filer og vælger mediemappen: bed IT om at rette det.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="220"/>
        <source>%1 words</source>
        <translation>%1 ord</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="221"/>
        <source>ready</source>
        <translation>klar</translation>
    </message>
</context>
<context>
    <name>MediaPreparationPanel</name>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="67"/>
        <source>Attach file…</source>
        <translation>Tilføj fil…</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="68"/>
        <source>Check again</source>
        <translation>Kontrollér igen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="82"/>
        <source>Media</source>
        <translation>Medie</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="101"/>
        <source>This material uses no media.</source>
        <translation>Materialet bruger ingen medier.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="108"/>
        <source>Choose media folder…</source>
        <translation>Vælg mediemappe…</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="115"/>
        <source>The media of this room are set up by IT: here no file can be attached and no media folder chosen.</source>
        <translation>Medierne i dette lokale er sat op af IT: her kan ingen fil vedhæftes og ingen mediemappe vælges.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="151"/>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="187"/>
        <source> (attached on this computer)</source>
        <translation> (tilføjet på denne computer)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="189"/>
        <source> (from the media folder)</source>
        <translation> (fra mediemappen)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="218"/>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="228"/>
        <source>Copying… %1%</source>
        <translation>Kopierer… %1%</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="249"/>
        <source>The file could not be copied: %1</source>
        <translation>Filen kunne ikke kopieres: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="259"/>
        <source>Media files</source>
        <translation>Mediefiler</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="260"/>
        <source>All files</source>
        <translation>Alle filer</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="264"/>
        <source>Attach: </source>
        <translation>Tilføj: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="278"/>
        <source>The media folder could not be saved: %1</source>
        <translation>Mediemappen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="290"/>
        <source>Media folder (USB stick or network drive)</source>
        <translation>Mediemappe (USB-nøgle eller netværksdrev)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="299"/>
        <source>Media folder: %1 (set up for this room)</source>
        <translation>Mediemappe: %1 (sat op til dette lokale)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="303"/>
        <source>Media folder: %1</source>
        <translation>Mediemappe: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="307"/>
        <source>Media folder: none</source>
        <translation>Mediemappe: ingen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/preparation_panel.py" line="309"/>
        <source>Media folder: none (a USB stick or network drive with the films can be chosen)</source>
        <translation>Mediemappe: ingen (du kan vælge en USB-nøgle eller et netværksdrev med filmene)</translation>
    </message>
</context>
<context>
    <name>MediaService</name>
    <message>
        <location filename="../../src/dialogdesk/media/captions.py" line="56"/>
        <source>No subtitles</source>
        <translation>Ingen undertekster</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/captions.py" line="64"/>
        <source>Track %1</source>
        <translation>Spor %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/captions.py" line="68"/>
        <source> (in the film)</source>
        <translation> (i filmen)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/player.py" line="121"/>
        <source>The file for “%1” is not on this computer: attach it on the preparation page.</source>
        <translation>Filen til “%1” er ikke på denne computer: tilføj den på forberedelsessiden.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/player.py" line="130"/>
        <source>The case cannot be shown: %1</source>
        <translation>Casen kan ikke vises: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/player.py" line="144"/>
        <source>Only files on this computer can be played, not web addresses: %1</source>
        <translation>Kun filer på denne computer kan afspilles, ikke webadresser: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/player.py" line="347"/>
        <source>The file cannot be read (%1). Check it on the preparation page.</source>
        <translation>Filen kan ikke læses (%1). Kontrollér den på forberedelsessiden.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/player.py" line="350"/>
        <source>The file cannot be played: it is damaged or in a format this computer cannot play (%1). Check it on the preparation page.</source>
        <translation>Filen kan ikke afspilles: den er beskadiget eller i et format, som denne computer ikke kan afspille (%1). Kontrollér den på forberedelsessiden.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/player.py" line="355"/>
        <source>There is no permission to read the file (%1).</source>
        <translation>Der er ikke adgang til at læse filen (%1).</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/player.py" line="360"/>
        <source>Playback stopped: %1</source>
        <translation>Afspilningen stoppede: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/player.py" line="369"/>
        <source>The picture cannot be shown: it is coded as %1, which this computer cannot play.</source>
        <translation>Billedet kan ikke vises: det er kodet som %1, som denne computer ikke kan afspille.</translation>
    </message>
</context>
<context>
    <name>NowAndNext</name>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/now_and_next.py" line="58"/>
        <source>The room sees now</source>
        <translation>Rummet ser nu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/now_and_next.py" line="80"/>
        <source>Next brings nothing new: the wrap-up is the last screen.</source>
        <translation>Næste bringer ikke noget nyt: afrundingen er den sidste skærm.</translation>
    </message>
</context>
<context>
    <name>PreparationWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="70"/>
        <source>Prepare: </source>
        <translation>Forbered: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="23"/>
        <source>Bring</source>
        <translation>Medbring</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="24"/>
        <source>Room</source>
        <translation>Rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="27"/>
        <source>Technology</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="32"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="35"/>
        <source>Beforehand</source>
        <translation>På forhånd</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="45"/>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="84"/>
        <source>The ticks from earlier could not be read; new ticks are saved.</source>
        <translation>Afkrydsningerne fra tidligere kunne ikke læses; nye afkrydsninger gemmes.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="95"/>
        <source>Ticks are not saved (%1): they will be gone if DialogDesk closes.</source>
        <translation>Afkrydsningerne gemmes ikke (%1): de forsvinder, hvis DialogDesk lukkes.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="109"/>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="111"/>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="113"/>
        <source>no permission to write in the data folder</source>
        <translation>ingen tilladelse til at skrive i datamappen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/checklist_box.py" line="114"/>
        <source>the data folder cannot be written</source>
        <translation>der kan ikke skrives i datamappen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="80"/>
        <source>Use these step lengths</source>
        <translation>Brug disse længder på trinene</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="86"/>
        <source>in the last minute</source>
        <translation>i det sidste minut</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="87"/>
        <source>in the last 2 minutes</source>
        <translation>i de sidste 2 minutter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="88"/>
        <source>in the last 20% of the time</source>
        <translation>i de sidste 20 % af tiden</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="92"/>
        <source>A short chime when a step or the silent minute ends</source>
        <translation>Et kort klokkeslag, når et trin eller det stille minut slutter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="43"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="61"/>
        <source>We finish at</source>
        <translation>Vi slutter kl.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/screens_box.py" line="33"/>
        <source>The steps along the bottom of the projector</source>
        <translation>Trinene nederst på lærredet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="102"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="104"/>
        <source>Available time</source>
        <translation>Tid til rådighed</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="106"/>
        <source>Proposed steps</source>
        <translation>Forslag til trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="108"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="110"/>
        <source>Countdown turns yellow</source>
        <translation>Nedtællingen bliver gul</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="161"/>
        <source>The material is planned for %1–%2 minutes.</source>
        <translation>Materialet er planlagt til %1–%2 minutter.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/screens_box.py" line="26"/>
        <source>Show test pattern</source>
        <translation>Vis testbillede</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/screens_box.py" line="36"/>
        <source>Press a button on the remote: the key shows here.</source>
        <translation>Tryk på en knap på fjernbetjeningen: tasten vises her.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/screens_box.py" line="20"/>
        <source>Screens and remote</source>
        <translation>Skærme og fjernbetjening</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/screens_box.py" line="44"/>
        <source>Audience screen</source>
        <translation>Skærm til deltagerne</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/screens_box.py" line="48"/>
        <source>Remote check</source>
        <translation>Test af fjernbetjening</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="94"/>
        <source>Start the session ▶</source>
        <translation>Start sessionen ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="122"/>
        <source>◀ Library</source>
        <translation>◀ Materialer</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="185"/>
        <source>Agreed last time</source>
        <translation>Aftalt sidste gang</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/day_box.py" line="150"/>
        <source>The material is made for %1–%2 participants.</source>
        <translation>Materialet er lavet til %1–%2 deltagere.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/screens_box.py" line="65"/>
        <source>The audience view opens on this screen.</source>
        <translation>Deltagervisningen åbner på denne skærm.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/screens_box.py" line="82"/>
        <source>Last key: </source>
        <translation>Sidste tast: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation/screens_box.py" line="79"/>
        <source> (not used)</source>
        <translation> (bruges ikke)</translation>
    </message>
</context>
<context>
    <name>PresenterMediaControls</name>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="71"/>
        <source>What the room sees</source>
        <translation>Det, rummet ser</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="78"/>
        <source>10 s (J)</source>
        <translation>10 s (J)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="84"/>
        <source>10 s (L)</source>
        <translation>10 s (L)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="98"/>
        <source>Volume</source>
        <translation>Lydstyrke</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="100"/>
        <source>Sound output</source>
        <translation>Lydudgang</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="102"/>
        <source>Subtitles</source>
        <translation>Undertekster</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="110"/>
        <source>◀ Previous page (J)</source>
        <translation>◀ Forrige side (J)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="114"/>
        <source>Next page ▶ (L)</source>
        <translation>Næste side ▶ (L)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="195"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="196"/>
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="197"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="272"/>
        <source>Pause (K)</source>
        <translation>Pause (K)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="274"/>
        <source>Play (K)</source>
        <translation>Afspil (K)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="290"/>
        <source>Sound off (M)</source>
        <translation>Lyd fra (M)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="292"/>
        <source>Sound on (M)</source>
        <translation>Lyd til (M)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="302"/>
        <source>Sound: system default</source>
        <translation>Lyd: systemets standard</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="306"/>
        <source>Sound: </source>
        <translation>Lyd: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="315"/>
        <source>No sound output: the film plays without sound. Connect speakers or check the sound settings.</source>
        <translation>Ingen lydudgang: filmen afspilles uden lyd. Tilslut højttalere, eller tjek lydindstillingerne.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="321"/>
        <source>No sound output: connect speakers or check the sound settings to hear the podcast.</source>
        <translation>Ingen lydudgang: tilslut højttalere, eller tjek lydindstillingerne for at høre podcasten.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="335"/>
        <source>Subtitles: </source>
        <translation>Undertekster: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/media/controls.py" line="343"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="74"/>
        <source>DialogDesk – presenter</source>
        <translation>DialogDesk – facilitator</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/script_panel.py" line="70"/>
        <source>Do now</source>
        <translation>Gør nu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/agreement_panel.py" line="54"/>
        <source>What the session produced</source>
        <translation>Det kom dialogen frem til</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/agreement_panel.py" line="71"/>
        <source>Save report (PDF)</source>
        <translation>Gem referat (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/agreement_panel.py" line="72"/>
        <source>Save report (Markdown)</source>
        <translation>Gem referat (Markdown)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/agreement_panel.py" line="75"/>
        <source>Follow-up dates to the calendar (.ics)</source>
        <translation>Opfølgningsdatoer til kalenderen (.ics)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="41"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="42"/>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="97"/>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="43"/>
        <source>Pairs</source>
        <translation>Makkerpar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="44"/>
        <source>Black (B)</source>
        <translation>Sort (B)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="45"/>
        <source>Freeze (F)</source>
        <translation>Frys (F)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="46"/>
        <source>Media</source>
        <translation>Medie</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="67"/>
        <source>Notes for this step (only you see them)</source>
        <translation>Noter til dette trin (kun du ser dem)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="58"/>
        <source>Message to the room, e.g. “5 minutter tilbage”</source>
        <translation>Besked til rummet, fx “5 minutter tilbage”</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="81"/>
        <source>The room sees</source>
        <translation>Rummet ser</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="84"/>
        <source>Message to the room</source>
        <translation>Besked til rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_panel.py" line="86"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="44"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="47"/>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="108"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="48"/>
        <source>+1 min</source>
        <translation>+1 min.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="55"/>
        <source>Pick pairs</source>
        <translation>Pluk makkerpar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="61"/>
        <source>End session</source>
        <translation>Afslut session</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="63"/>
        <source>Show to the room (F6)</source>
        <translation>Vis for rummet (F6)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="66"/>
        <source>Only one screen: the room view goes fullscreen; F6 or Escape comes back here.</source>
        <translation>Kun én skærm: deltagervisningen fylder skærmen; F6 eller Escape vender tilbage hertil.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="157"/>
        <source>Groups of pairs</source>
        <translation>Grupper af par</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="159"/>
        <source>Groups of %1</source>
        <translation>Grupper på %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="96"/>
        <source>Script</source>
        <translation>Drejebog</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="98"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="63"/>
        <source>ready to start (F5)</source>
        <translation>klar til start (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="68"/>
        <source>The session is ended and saved: save the report, then close to return to the library</source>
        <translation>Sessionen er afsluttet og gemt: gem referatet, og luk så for at komme tilbage til biblioteket</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="75"/>
        <source>Wrap-up: record the agreement</source>
        <translation>Opsamling: skriv aftalen ned</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="79"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="93"/>
        <source>▶ Start (F5)</source>
        <translation>▶ Start (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="96"/>
        <source>▶ Resume (F5)</source>
        <translation>▶ Fortsæt (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="98"/>
        <source>❚❚ Pause (F5)</source>
        <translation>❚❚ Pause (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="106"/>
        <source>To wrap-up ▶</source>
        <translation>Til opsamling ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/script_panel.py" line="32"/>
        <source>Say aloud: </source>
        <translation>Sig højt: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/script_panel.py" line="115"/>
        <source>Dialogue questions you can ask</source>
        <translation>Dialogspørgsmål du kan stille</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/script_panel.py" line="121"/>
        <source>On the projector for the participants</source>
        <translation>På projektoren til deltagerne</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/script_panel.py" line="126"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/script_panel.py" line="138"/>
        <source>Next: </source>
        <translation>Næste: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/script_panel.py" line="142"/>
        <source>Next: wrap-up and agreement</source>
        <translation>Næste: opsamling og aftale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/controls.py" line="27"/>
        <source>Start: </source>
        <translation>Start: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="100"/>
        <source>  overtime</source>
        <translation>  overtid</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="105"/>
        <source>Time %1</source>
        <translation>Kl. %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="109"/>
        <source>Session %1 · planned end %2 · expected end %3</source>
        <translation>Session %1 · planlagt slut %2 · forventet slut %3</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="115"/>
        <source>  · paused</source>
        <translation>  · på pause</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="121"/>
        <source>Activity: </source>
        <translation>Aktivitet: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="130"/>
        <source> · %1 min behind</source>
        <translation> · %1 min bagud</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/header.py" line="132"/>
        <source> · %1 min ahead</source>
        <translation> · %1 min foran</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="99"/>
        <source>Now and next</source>
        <translation>Nu og næste</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="199"/>
        <source> · PageUp: back to %1</source>
        <translation> · PageUp: tilbage til %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="207"/>
        <source>%1 is the last step: press next again for the wrap-up</source>
        <translation>%1 er sidste trin: tryk næste igen for at afslutte</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="209"/>
        <source>%1 started a moment ago: press next again to skip it</source>
        <translation>%1 er lige startet: tryk næste igen for at springe det over</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="282"/>
        <source>After next: nothing new</source>
        <translation>Efter næste tryk: intet nyt</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="284"/>
        <source>After next: the wrap-up</source>
        <translation>Efter næste tryk: afrundingen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="286"/>
        <source>After next: the next round</source>
        <translation>Efter næste tryk: næste runde</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="290"/>
        <source>After next: %1 · %2 (%3)</source>
        <translation>Efter næste tryk: %1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="310"/>
        <source>End the session?</source>
        <translation>Afslut sessionen?</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="311"/>
        <source>End the session now? Everything is saved and can be opened again.</source>
        <translation>Vil du afslutte sessionen nu? Alt er gemt og kan åbnes igen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="320"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="322"/>
        <source> – the session goes on; saving is retried with every change.</source>
        <translation> – sessionen fortsætter; der gemmes igen ved hver ændring.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="337"/>
        <source>Leave the session?</source>
        <translation>Forlad sessionen?</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="338"/>
        <source>The session is saved and is offered again when DialogDesk starts. Leave it now?</source>
        <translation>Sessionen er gemt og tilbydes igen, når DialogDesk starter. Vil du forlade den nu?</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="22"/>
        <source>The session has already started.</source>
        <translation>Sessionen er allerede startet.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="23"/>
        <source>Only while the session runs.</source>
        <translation>Kun mens sessionen kører.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="24"/>
        <source>The session has ended.</source>
        <translation>Sessionen er afsluttet.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="25"/>
        <source>This is the first step.</source>
        <translation>Det er det første trin.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="26"/>
        <source>There is no step number %1.</source>
        <translation>Der er intet trin nummer %1.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="28"/>
        <source>Trin %1 has no such activity.</source>
        <translation>Trin %1 har ikke den aktivitet.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="31"/>
        <source>No activity is running.</source>
        <translation>Ingen aktivitet er i gang.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="32"/>
        <source>There is no next round.</source>
        <translation>Der er ingen næste runde.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="34"/>
        <source>The available time must be more than 0 minutes.</source>
        <translation>Den tid, I har, skal være mere end 0 minutter.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="38"/>
        <source>The proposed lengths do not match the steps.</source>
        <translation>De foreslåede længder passer ikke til trinnene.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="42"/>
        <source>Every step needs more than 0 minutes.</source>
        <translation>Hvert trin skal have mere end 0 minutter.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="45"/>
        <source>At least one participant.</source>
        <translation>Mindst én deltager.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="47"/>
        <source>%1 dots are placed already: that is more than so few participants have.</source>
        <translation>Der er allerede sat %1 prikker: det er flere, end så få deltagere har.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="53"/>
        <source>The warning share must be between 0 and 1.</source>
        <translation>Andelen til advarslen skal være mellem 0 og 1.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="56"/>
        <source>The room&apos;s screen cannot show that.</source>
        <translation>Rummets skærm kan ikke vise det.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="57"/>
        <source>Every pair has presented already.</source>
        <translation>Alle makkerpar har allerede fremlagt.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="58"/>
        <source>The agreement has no such field.</source>
        <translation>Aftalen har ikke det felt.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="59"/>
        <source>The step has no line %1.</source>
        <translation>Trinnet har ingen linje %1.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="60"/>
        <source>That card is no longer on the board.</source>
        <translation>Det kort er ikke længere på tavlen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="61"/>
        <source>That card is on the board already.</source>
        <translation>Det kort er allerede på tavlen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="62"/>
        <source>A card needs text.</source>
        <translation>Et kort skal have tekst.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="63"/>
        <source>That theme is no longer on the board.</source>
        <translation>Det tema er ikke længere på tavlen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="64"/>
        <source>That theme is on the board already.</source>
        <translation>Det tema er allerede på tavlen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="65"/>
        <source>That card is not deleted.</source>
        <translation>Det kort er ikke slettet.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="67"/>
        <source>All %1 dots are placed. Take a dot off a card before adding another.</source>
        <translation>Alle %1 prikker er sat. Fjern en prik fra et kort, før du sætter en ny.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="70"/>
        <source>The card has no dots.</source>
        <translation>Kortet har ingen prikker.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="71"/>
        <source>A dot count cannot be negative.</source>
        <translation>Et antal prikker kan ikke være negativt.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="73"/>
        <source>Only %1 dots are free for this card (%2 in all).</source>
        <translation>Kun %1 prikker er ledige til dette kort (%2 i alt).</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="77"/>
        <source>A score of %1 is off the scale: give each card %2 to %3 a round.</source>
        <translation>%1 point ligger uden for skalaen: giv hvert kort %2 til %3 point pr. runde.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="81"/>
        <source>Undoing that would place %1 dots, but the room has only %2.</source>
        <translation>Fortryder du det, bliver der sat %1 prikker, men rummet har kun %2.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="84"/>
        <source>Nothing to undo.</source>
        <translation>Intet at fortryde.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="85"/>
        <source>Nothing to redo.</source>
        <translation>Intet at gentage.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="87"/>
        <source>DialogDesk cannot do that (an internal error).</source>
        <translation>Det kan DialogDesk ikke (en intern fejl).</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="93"/>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="94"/>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="95"/>
        <source>there is no permission to write there</source>
        <translation>der er ikke tilladelse til at skrive der</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="96"/>
        <source>the disk quota is used up</source>
        <translation>diskkvoten er brugt op</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="97"/>
        <source>the file is too large for the disk</source>
        <translation>filen er for stor til disken</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="98"/>
        <source>a file is in the way of the folder</source>
        <translation>en fil står i vejen for mappen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/refusals.py" line="99"/>
        <source>the system refused to write the file</source>
        <translation>systemet nægtede at skrive filen</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <location filename="../../src/dialogdesk/ui/rehearsal.py" line="39"/>
        <source>Rehearsal – nothing is saved</source>
        <translation>Øvelse – intet gemmes</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/rehearsal.py" line="40"/>
        <source>Rehearsal: the clock runs at</source>
        <translation>Øvelse: uret går med</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/rehearsal.py" line="52"/>
        <source>A minute on</source>
        <translation>Et minut frem</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/rehearsal.py" line="56"/>
        <source>Chime</source>
        <translation>Klokke</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/rehearsal.py" line="95"/>
        <source> – rehearsal</source>
        <translation> – øvelse</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/rehearsal.py" line="152"/>
        <source>A rehearsal writes no report.</source>
        <translation>En øvelse skriver intet referat.</translation>
    </message>
</context>
<context>
    <name>ReplanPanel</name>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/replan.py" line="59"/>
        <source>We finish at</source>
        <translation>Vi slutter kl.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/replan.py" line="60"/>
        <source>Set the end</source>
        <translation>Sæt sluttid</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/replan.py" line="64"/>
        <source>Use the new plan (Enter)</source>
        <translation>Brug den nye plan (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/replan.py" line="67"/>
        <source>Keep the plan (Esc)</source>
        <translation>Behold planen (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/replan.py" line="160"/>
        <source>Expected end %1, %2 min after the planned end %3. %4 left for the steps to come:</source>
        <translation>Forventet slut %1, %2 min efter planlagt slut %3. %4 tilbage til de næste trin:</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/replan.py" line="165"/>
        <source>Expected end %1, planned end %3. %4 left for the steps to come:</source>
        <translation>Forventet slut %1, planlagt slut %3. %4 tilbage til de næste trin:</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/replan.py" line="180"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/replan.py" line="181"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/replan.py" line="182"/>
        <source>New</source>
        <translation>Nyt</translation>
    </message>
</context>
<context>
    <name>RoomState</name>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="26"/>
        <source>step</source>
        <translation>trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="27"/>
        <source>board</source>
        <translation>tavle</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="28"/>
        <source>pairs</source>
        <translation>makkerpar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="29"/>
        <source>media</source>
        <translation>medie</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="47"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="48"/>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="49"/>
        <source>Black</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="50"/>
        <source>Freeze</source>
        <translation>Frys</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="84"/>
        <source>HIDDEN</source>
        <translation>SKJULT</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="86"/>
        <source>BLACK</source>
        <translation>SORT</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="88"/>
        <source>FROZEN</source>
        <translation>FROSSET</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/room_state.py" line="89"/>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
</context>
<context>
    <name>RunningOrder</name>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/running_order.py" line="80"/>
        <source>On the projector</source>
        <translation>På lærredet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/running_order.py" line="85"/>
        <source>The steps along the bottom of the projector (O)</source>
        <translation>Trinene nederst på lærredet (O)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter/running_order.py" line="98"/>
        <location filename="../../src/dialogdesk/ui/room_running_order.py" line="96"/>
        <source>Next: </source>
        <translation>Næste: </translation>
    </message>
</context>
<context>
    <name>ScreenManager</name>
    <message>
        <location filename="../../src/dialogdesk/platform/screens.py" line="27"/>
        <source>Only one screen is available. If the projector is connected and shows the same picture as this screen, press Windows+P and choose “Extend”.</source>
        <translation>Der er kun én skærm. Hvis projektoren er tilsluttet og viser det samme som denne skærm, så tryk Windows+P og vælg “Udvid”.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/platform/screens.py" line="32"/>
        <source>Only one screen is available. If the projector is connected and shows the same picture as this screen, open System Settings &gt; Displays and stop mirroring, so the projector extends the desktop.</source>
        <translation>Der er kun én skærm. Hvis projektoren er tilsluttet og viser det samme som denne skærm, så åbn Systemindstillinger &gt; Skærme og slå spejling fra, så projektoren udvider skrivebordet.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/platform/screens.py" line="38"/>
        <source>Only one screen is available. If the projector is connected and shows the same picture as this screen, open the display settings and choose to join (extend) the displays instead of mirroring them.</source>
        <translation>Der er kun én skærm. Hvis projektoren er tilsluttet og viser det samme som denne skærm, så åbn skærmindstillingerne og vælg at udvide skrivebordet i stedet for at spejle det.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../src/dialogdesk/ui/app.py" line="166"/>
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/app.py" line="177"/>
        <source>DialogDesk: another start on this data folder; this window was brought to the front.</source>
        <translation>DialogDesk: endnu en start på denne datamappe; dette vindue er hentet frem.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/single_instance.py" line="162"/>
        <source>%1 cannot be locked; running without a lock.</source>
        <translation>%1 kan ikke låses; DialogDesk kører uden lås.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/single_instance.py" line="169"/>
        <source>DialogDesk is already running on this data folder (%1): its window was brought to the front.</source>
        <translation>DialogDesk kører allerede på denne datamappe (%1): vinduet er hentet frem.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/single_instance.py" line="176"/>
        <source>Another DialogDesk is running on this data folder (%1) and does not answer. This window is read-only: it shows the library and past sessions, but cannot start or continue a session. Close the other DialogDesk (or restart the computer) to hold a session.</source>
        <translation>En anden DialogDesk kører på denne datamappe (%1) og svarer ikke. Dette vindue er skrivebeskyttet: det viser biblioteket og tidligere sessioner, men kan ikke starte eller fortsætte en session. Luk den anden DialogDesk (eller genstart computeren) for at holde en session.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/single_instance.py" line="185"/>
        <source>This DialogDesk is read-only: another DialogDesk on the same data folder holds its sessions and does not answer. Close it (or restart the computer) to hold a session.</source>
        <translation>Denne DialogDesk er skrivebeskyttet: en anden DialogDesk på samme datamappe holder sessionerne og svarer ikke. Luk den (eller genstart computeren) for at holde en session.</translation>
    </message>
</context>
<context>
    <name>WorkForm</name>
    <message>
        <location filename="../../src/dialogdesk/ui/work_form.py" line="23"/>
        <source>On your own, in silence</source>
        <translation>Alene, i stilhed</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/work_form.py" line="24"/>
        <source>On your own</source>
        <translation>Hver for sig</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/work_form.py" line="26"/>
        <source>Get together two by two</source>
        <translation>Gå sammen to og to</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/work_form.py" line="28"/>
        <source>All together</source>
        <translation>Alle sammen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/work_form.py" line="31"/>
        <source>Find another pair</source>
        <translation>Find et andet makkerpar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/work_form.py" line="34"/>
        <source>Get together %1 by %1</source>
        <translation>Gå sammen %1 og %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/work_form.py" line="36"/>
        <source>Get together in groups of %1–%2</source>
        <translation>Gå sammen i grupper på %1–%2</translation>
    </message>
</context>
</TS>
