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
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="241"/>
        <source>Pair %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="242"/>
        <source>Your turn</source>
        <translation>Jeres tur</translation>
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
        <location filename="../../src/dialogdesk/ui/library_window.py" line="100"/>
        <source>DialogDesk – dialogue materials</source>
        <translation>DialogDesk – dialogmaterialer</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="105"/>
        <source>Choose a dialogue material</source>
        <translation>Vælg et dialogmateriale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="117"/>
        <source>Some material files could not be loaded:</source>
        <translation>Nogle materialefiler kunne ikke indlæses:</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="128"/>
        <source>Continue the session</source>
        <translation>Fortsæt sessionen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="152"/>
        <source>No materials found.</source>
        <translation>Der blev ikke fundet nogen materialer.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="156"/>
        <source>&amp;About DialogDesk</source>
        <translation>&amp;Om DialogDesk</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="168"/>
        <source>An unfinished session was found: %1</source>
        <translation>Der er en ufærdig session: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="179"/>
        <source>Runs a structured staff dialogue in a meeting room: the script, the timers, the film or podcast and the idea board, on the facilitator&apos;s screen and the projector.</source>
        <translation>Styrer en struktureret dialog blandt kolleger i et mødelokale: drejebogen, tiden, filmen eller podcasten og idétavlen – på facilitatorens skærm og på projektoren.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="190"/>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="196"/>
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
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="90"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="92"/>
        <source>Available time</source>
        <translation>Tid til rådighed</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="93"/>
        <source>Proposed steps</source>
        <translation>Forslag til trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="95"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="98"/>
        <source>Media</source>
        <translation>Medier</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="103"/>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="103"/>
        <source>missing – attach the file before the session</source>
        <translation>mangler – tilføj filen før sessionen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="108"/>
        <source>Where to get it: </source>
        <translation>Hvor den kan hentes: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="112"/>
        <source>This material uses no media.</source>
        <translation>Materialet bruger ingen medier.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="118"/>
        <source>Show test pattern</source>
        <translation>Vis testbillede</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="122"/>
        <source>Press a button on the remote: the key shows here.</source>
        <translation>Tryk på en knap på fjernbetjeningen: tasten vises her.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="124"/>
        <source>Screens and remote</source>
        <translation>Skærme og fjernbetjening</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="126"/>
        <source>Audience screen</source>
        <translation>Skærm til deltagerne</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="129"/>
        <source>Remote check</source>
        <translation>Test af fjernbetjening</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="133"/>
        <source>Start the session ▶</source>
        <translation>Start sessionen ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="136"/>
        <source>◀ Library</source>
        <translation>◀ Materialer</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="181"/>
        <source>The material is made for %1–%2 participants.</source>
        <translation>Materialet er lavet til %1–%2 deltagere.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="207"/>
        <source>The audience view opens on this screen.</source>
        <translation>Deltagervisningen åbner på denne skærm.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="223"/>
        <source>Last key: </source>
        <translation>Sidste tast: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="225"/>
        <source> (not used)</source>
        <translation> (bruges ikke)</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="64"/>
        <source>DialogDesk – presenter</source>
        <translation>DialogDesk – facilitator</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="100"/>
        <source>Do now</source>
        <translation>Gør nu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="133"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="134"/>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="135"/>
        <source>Pairs</source>
        <translation>Makkerpar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="136"/>
        <source>Black (B)</source>
        <translation>Sort (B)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="137"/>
        <source>Freeze (F)</source>
        <translation>Frys (F)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="147"/>
        <source>Notes for this step (only you see them)</source>
        <translation>Noter til dette trin (kun du ser dem)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="154"/>
        <source>Message to the room, e.g. “5 minutter tilbage”</source>
        <translation>Besked til rummet, fx “5 minutter tilbage”</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="159"/>
        <source>The room sees</source>
        <translation>Rummet ser</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="162"/>
        <source>Message to the room</source>
        <translation>Besked til rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="164"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="168"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="171"/>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="258"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="172"/>
        <source>+1 min</source>
        <translation>+1 min.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="173"/>
        <source>Pick pairs</source>
        <translation>Pluk makkerpar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="174"/>
        <source>End session</source>
        <translation>Afslut session</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="225"/>
        <source>ready to start (F5)</source>
        <translation>klar til start (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="227"/>
        <source>Wrap-up: record the agreement</source>
        <translation>Opsamling: skriv aftalen ned</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="230"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="247"/>
        <source>▶ Start (F5)</source>
        <translation>▶ Start (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="249"/>
        <source>▶ Resume (F5)</source>
        <translation>▶ Fortsæt (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="249"/>
        <source>❚❚ Pause (F5)</source>
        <translation>❚❚ Pause (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="256"/>
        <source>To wrap-up ▶</source>
        <translation>Til opsamling ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="270"/>
        <source>Say aloud: </source>
        <translation>Sig højt: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="279"/>
        <source>Dialogue questions you can ask</source>
        <translation>Dialogspørgsmål du kan stille</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="282"/>
        <source>On the projector for the participants</source>
        <translation>På projektoren til deltagerne</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="285"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="288"/>
        <source>Next: </source>
        <translation>Næste: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="290"/>
        <source>Next: wrap-up and agreement</source>
        <translation>Næste: opsamling og aftale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="304"/>
        <source>Start: </source>
        <translation>Start: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="315"/>
        <source>  overtime</source>
        <translation>  overtid</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="317"/>
        <source>Session %1 · planned end %2 · expected end %3</source>
        <translation>Session %1 · planlagt slut %2 · forventet slut %3</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="322"/>
        <source>  · paused</source>
        <translation>  · på pause</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="330"/>
        <source>Activity: </source>
        <translation>Aktivitet: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="365"/>
        <source>End the session?</source>
        <translation>Afslut sessionen?</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="366"/>
        <source>End the session now? Everything is saved and can be opened again.</source>
        <translation>Vil du afslutte sessionen nu? Alt er gemt og kan åbnes igen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="374"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="376"/>
        <source> – the session goes on; saving is retried with every change.</source>
        <translation> – sessionen fortsætter; der gemmes igen ved hver ændring.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="387"/>
        <source>Leave the session?</source>
        <translation>Forlad sessionen?</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="388"/>
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
