<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="94"/>
        <source>Not sorted yet</source>
        <translation>Ikke sorteret endnu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="130"/>
        <source>DialogDesk – audience screen</source>
        <translation>DialogDesk – deltagerskærm</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="143"/>
        <source>DialogDesk – audience</source>
        <translation>DialogDesk – deltagere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="195"/>
        <source>Our agreement</source>
        <translation>Vores aftale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="203"/>
        <source>Our board</source>
        <translation>Vores tavle</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="240"/>
        <source>Pair %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="241"/>
        <source>Your turn</source>
        <translation>Jeres tur</translation>
    </message>
</context>
<context>
    <name>DialogDesk</name>
    <message>
        <location filename="../../src/dialogdesk/ui/app.py" line="152"/>
        <source>Kept for the next discussion: </source>
        <translation>Gemt til næste drøftelse: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/app.py" line="204"/>
        <source>The language changes when DialogDesk is started again.</source>
        <translation>Sproget skifter, når DialogDesk startes igen.</translation>
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
    <name>Keys</name>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="76"/>
        <source>PageDown, →, ↓, Space</source>
        <translation>PageDown, →, ↓, mellemrum</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="77"/>
        <source>Next step</source>
        <translation>Næste trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="80"/>
        <source>PageUp, ←, ↑, Backspace</source>
        <translation>PageUp, ←, ↑, Backspace</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="81"/>
        <source>Previous step</source>
        <translation>Forrige trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="84"/>
        <source>F5 or Shift+F5</source>
        <translation>F5 eller Shift+F5</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="85"/>
        <source>Start, pause, resume</source>
        <translation>Start, pause, fortsæt</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="88"/>
        <source>B or .</source>
        <translation>B eller .</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="89"/>
        <source>Black audience screen (press again to show)</source>
        <translation>Sort skærm for deltagerne (tryk igen for at vise)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="92"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="93"/>
        <source>Freeze the audience screen (press again to go live)</source>
        <translation>Frys deltagerskærmen (tryk igen for at vise live)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="96"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="97"/>
        <source>One more minute for the step</source>
        <translation>Et minut mere til trinnet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="100"/>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="101"/>
        <source>Show or hide the audience view</source>
        <translation>Vis eller skjul deltagervisningen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="104"/>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="105"/>
        <source>Swap presenter and audience screens</source>
        <translation>Byt facilitator- og deltagerskærm</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="107"/>
        <source>F1 or ?</source>
        <translation>F1 eller ?</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="107"/>
        <source>This help</source>
        <translation>Denne hjælp</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="109"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/keys.py" line="110"/>
        <source>Close this help; never ends the session</source>
        <translation>Lukker denne hjælp; afslutter aldrig sessionen</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="27"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="28"/>
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="29"/>
        <source>Written case</source>
        <translation>Skriftlig case</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="30"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="41"/>
        <source>1 step</source>
        <translation>1 trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="43"/>
        <source>%1 steps</source>
        <translation>%1 trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="44"/>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="45"/>
        <source>%1–%2 participants</source>
        <translation>%1–%2 deltagere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="83"/>
        <source>Prepare session ▶</source>
        <translation>Forbered session ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="101"/>
        <source>DialogDesk – dialogue materials</source>
        <translation>DialogDesk – dialogmaterialer</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="106"/>
        <source>Choose a dialogue material</source>
        <translation>Vælg et dialogmateriale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="118"/>
        <source>Some material files could not be loaded:</source>
        <translation>Nogle materialefiler kunne ikke indlæses:</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="129"/>
        <source>Continue the session</source>
        <translation>Fortsæt sessionen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="153"/>
        <source>No materials found.</source>
        <translation>Der blev ikke fundet nogen materialer.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="157"/>
        <source>&amp;About DialogDesk</source>
        <translation>&amp;Om DialogDesk</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="160"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="165"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="173"/>
        <source>An unfinished session was found: %1</source>
        <translation>Der er en ufærdig session: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="184"/>
        <source>Runs a structured staff dialogue in a meeting room: the script, the timers, the film or podcast and the idea board, on the facilitator&apos;s screen and the projector.</source>
        <translation>Styrer en struktureret dialog blandt kolleger i et mødelokale: drejebogen, tiden, filmen eller podcasten og idétavlen – på facilitatorens skærm og på projektoren.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="195"/>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="201"/>
        <source>About DialogDesk</source>
        <translation>Om DialogDesk</translation>
    </message>
</context>
<context>
    <name>PreparationWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="49"/>
        <source>Prepare: </source>
        <translation>Forbered: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="56"/>
        <source>Bring</source>
        <translation>Medbring</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="57"/>
        <source>Room</source>
        <translation>Rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="58"/>
        <source>Technology</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="59"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="60"/>
        <source>Beforehand</source>
        <translation>På forhånd</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="68"/>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="83"/>
        <source>Use these step lengths</source>
        <translation>Brug disse længder på trinene</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="88"/>
        <source>in the last minute</source>
        <translation>i det sidste minut</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="89"/>
        <source>in the last 2 minutes</source>
        <translation>i de sidste 2 minutter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="90"/>
        <source>in the last 20% of the time</source>
        <translation>i de sidste 20 % af tiden</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="93"/>
        <source>A short chime when a step or the silent minute ends</source>
        <translation>Et kort klokkeslag, når et trin eller det stille minut slutter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="97"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="99"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="101"/>
        <source>Available time</source>
        <translation>Tid til rådighed</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="102"/>
        <source>Proposed steps</source>
        <translation>Forslag til trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="104"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="105"/>
        <source>Countdown turns yellow</source>
        <translation>Nedtællingen bliver gul</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="109"/>
        <source>Media</source>
        <translation>Medier</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="114"/>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="114"/>
        <source>missing – attach the file before the session</source>
        <translation>mangler – tilføj filen før sessionen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="119"/>
        <source>Where to get it: </source>
        <translation>Hvor den kan hentes: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="123"/>
        <source>This material uses no media.</source>
        <translation>Materialet bruger ingen medier.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="129"/>
        <source>Show test pattern</source>
        <translation>Vis testbillede</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="133"/>
        <source>Press a button on the remote: the key shows here.</source>
        <translation>Tryk på en knap på fjernbetjeningen: tasten vises her.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="135"/>
        <source>Screens and remote</source>
        <translation>Skærme og fjernbetjening</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="137"/>
        <source>Audience screen</source>
        <translation>Skærm til deltagerne</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="140"/>
        <source>Remote check</source>
        <translation>Test af fjernbetjening</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="144"/>
        <source>Start the session ▶</source>
        <translation>Start sessionen ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="147"/>
        <source>◀ Library</source>
        <translation>◀ Materialer</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="150"/>
        <source>Agreed last time</source>
        <translation>Aftalt sidste gang</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="206"/>
        <source>The material is made for %1–%2 participants.</source>
        <translation>Materialet er lavet til %1–%2 deltagere.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="232"/>
        <source>The audience view opens on this screen.</source>
        <translation>Deltagervisningen åbner på denne skærm.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="248"/>
        <source>Last key: </source>
        <translation>Sidste tast: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="250"/>
        <source> (not used)</source>
        <translation> (bruges ikke)</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="65"/>
        <source>DialogDesk – presenter</source>
        <translation>DialogDesk – facilitator</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="101"/>
        <source>Do now</source>
        <translation>Gør nu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="134"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="135"/>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="136"/>
        <source>Pairs</source>
        <translation>Makkerpar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="137"/>
        <source>Black (B)</source>
        <translation>Sort (B)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="138"/>
        <source>Freeze (F)</source>
        <translation>Frys (F)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="148"/>
        <source>Notes for this step (only you see them)</source>
        <translation>Noter til dette trin (kun du ser dem)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="155"/>
        <source>Message to the room, e.g. “5 minutter tilbage”</source>
        <translation>Besked til rummet, fx “5 minutter tilbage”</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="160"/>
        <source>The room sees</source>
        <translation>Rummet ser</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="163"/>
        <source>Message to the room</source>
        <translation>Besked til rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="165"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="169"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="172"/>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="266"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="173"/>
        <source>+1 min</source>
        <translation>+1 min.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="174"/>
        <source>Pick pairs</source>
        <translation>Pluk makkerpar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="175"/>
        <source>End session</source>
        <translation>Afslut session</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="176"/>
        <source>Show to the room (F6)</source>
        <translation>Vis for rummet (F6)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="178"/>
        <source>Only one screen: the room view goes fullscreen; F6 or Escape comes back here.</source>
        <translation>Kun én skærm: deltagervisningen fylder skærmen; F6 eller Escape vender tilbage hertil.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="233"/>
        <source>ready to start (F5)</source>
        <translation>klar til start (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="235"/>
        <source>Wrap-up: record the agreement</source>
        <translation>Opsamling: skriv aftalen ned</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="238"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="255"/>
        <source>▶ Start (F5)</source>
        <translation>▶ Start (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="257"/>
        <source>▶ Resume (F5)</source>
        <translation>▶ Fortsæt (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="257"/>
        <source>❚❚ Pause (F5)</source>
        <translation>❚❚ Pause (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="264"/>
        <source>To wrap-up ▶</source>
        <translation>Til opsamling ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="278"/>
        <source>Say aloud: </source>
        <translation>Sig højt: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="287"/>
        <source>Dialogue questions you can ask</source>
        <translation>Dialogspørgsmål du kan stille</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="290"/>
        <source>On the projector for the participants</source>
        <translation>På projektoren til deltagerne</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="293"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="296"/>
        <source>Next: </source>
        <translation>Næste: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="298"/>
        <source>Next: wrap-up and agreement</source>
        <translation>Næste: opsamling og aftale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="312"/>
        <source>Start: </source>
        <translation>Start: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="323"/>
        <source>  overtime</source>
        <translation>  overtid</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="325"/>
        <source>Session %1 · planned end %2 · expected end %3</source>
        <translation>Session %1 · planlagt slut %2 · forventet slut %3</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="330"/>
        <source>  · paused</source>
        <translation>  · på pause</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="340"/>
        <source>Activity: </source>
        <translation>Aktivitet: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="378"/>
        <source>End the session?</source>
        <translation>Afslut sessionen?</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="379"/>
        <source>End the session now? Everything is saved and can be opened again.</source>
        <translation>Vil du afslutte sessionen nu? Alt er gemt og kan åbnes igen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="387"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="389"/>
        <source> – the session goes on; saving is retried with every change.</source>
        <translation> – sessionen fortsætter; der gemmes igen ved hver ændring.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="400"/>
        <source>Leave the session?</source>
        <translation>Forlad sessionen?</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="401"/>
        <source>The session is saved and is offered again when DialogDesk starts. Leave it now?</source>
        <translation>Sessionen er gemt og tilbydes igen, når DialogDesk starter. Vil du forlade den nu?</translation>
    </message>
</context>
<context>
    <name>ScreenManager</name>
    <message>
        <location filename="../../src/dialogdesk/platform/screens.py" line="26"/>
        <source>Only one screen is available. If the projector is connected and shows the same picture as this screen, press Windows+P and choose “Extend”.</source>
        <translation>Der er kun én skærm. Hvis projektoren er tilsluttet og viser det samme som denne skærm, så tryk Windows+P og vælg “Udvid”.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/platform/screens.py" line="31"/>
        <source>Only one screen is available. If the projector is connected and shows the same picture as this screen, open System Settings &gt; Displays and stop mirroring, so the projector extends the desktop.</source>
        <translation>Der er kun én skærm. Hvis projektoren er tilsluttet og viser det samme som denne skærm, så åbn Systemindstillinger &gt; Skærme og slå spejling fra, så projektoren udvider skrivebordet.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/platform/screens.py" line="37"/>
        <source>Only one screen is available. If the projector is connected and shows the same picture as this screen, open the display settings and choose to join (extend) the displays instead of mirroring them.</source>
        <translation>Der er kun én skærm. Hvis projektoren er tilsluttet og viser det samme som denne skærm, så åbn skærmindstillingerne og vælg at udvide skrivebordet i stedet for at spejle det.</translation>
    </message>
</context>
</TS>
