<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name></name>
    <message>
        <location filename="../../src/dialogdesk/media/check.py" line="43"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/check.py" line="142"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/check.py" line="148"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="42"/>
        <source>Download it from %1, then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="44"/>
        <source>Get it from the material&apos;s publisher, then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="47"/>
        <source>The file for %1 is not on this computer. %2 use “Attach file…”, or choose the media folder (USB stick or network drive) where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="54"/>
        <source>%1 is a web address. DialogDesk plays only files on this computer: download the file and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="57"/>
        <source>%1 is not there any more. Attach the file again, or put it back where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="59"/>
        <source>%1 cannot be read (%2). Check that the USB stick or network drive is connected, or copy the file to this computer and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="63"/>
        <source>%1 is empty (0 bytes): the download or copy did not finish. Download it again and attach the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="67"/>
        <source>%1 stops before its end (%2 of at least %3): the download was interrupted. Download it again and attach the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="71"/>
        <source>%1 cannot be opened as a film or sound file (%2). It may be damaged or in a format this computer cannot play: download it again, preferably as MP4 (film) or MP3 (sound).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="75"/>
        <source>%1 has sound but no picture, so it is not the film (perhaps only its soundtrack). Find the film file and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="79"/>
        <source>%1 has no sound, so it is not the podcast. Find the sound file (MP3 or M4A) and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="82"/>
        <source>%1 has no sound track. If the film should have sound, download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="85"/>
        <source>%1 lasts %2, but the material expects about %3 minutes. It may be cut short or another version: check the end, or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="89"/>
        <source>%1 lasts %2, but the material expects about %3 minutes. Check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="92"/>
        <source>%1 is not a text file. Save the case as plain text (.txt) or Markdown (.md) and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="95"/>
        <source>%1 took more than %2 seconds to open. If it is on a network drive, copy it to this computer and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="102"/>
        <source>an unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="105"/>
        <source>The picture in %1 is coded as %2, which this computer cannot play. Download the film as MP4 (H.264) instead, or ask IT to convert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="110"/>
        <source>The sound in %1 is coded as %2, which this computer cannot play. Download it as MP3 or M4A instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="120"/>
        <source>%1 is not a film or sound file but a web page saved under its name – the download link probably led to a login or cookie page. Open the link in a browser, download the file itself and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="126"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="127"/>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="128"/>
        <source>a zip archive or an Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="129"/>
        <source>a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="130"/>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="132"/>
        <source>%1 is not a film or sound file: it contains %2. Check that you picked the right file, download it again if needed and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="150"/>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/media/messages.py" line="151"/>
        <source>ready</source>
        <translation type="unfinished">klar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="105"/>
        <source>BoardEditor</source>
        <comment>↶ Undo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="108"/>
        <source>BoardEditor</source>
        <comment>↷ Redo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="121"/>
        <source>BoardEditor</source>
        <comment>Restore deleted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="125"/>
        <source>BoardEditor</source>
        <comment>Vote with dots</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="129"/>
        <source>BoardEditor</source>
        <comment>Show theme alone to the room</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="132"/>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="331"/>
        <source>BoardEditor</source>
        <comment>Dissolve theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="317"/>
        <source>BoardEditor</source>
        <comment>Edit text (F2)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="318"/>
        <source>BoardEditor</source>
        <comment>Delete card (Del)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="323"/>
        <source>BoardEditor</source>
        <comment>Rename theme (F2)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="326"/>
        <source>BoardEditor</source>
        <comment>Show the whole board to the room</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="328"/>
        <source>BoardEditor</source>
        <comment>Show only this theme to the room</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceBoard</name>
    <message>
        <location filename="../../src/dialogdesk/ui/board/audience.py" line="79"/>
        <source>Not sorted yet</source>
        <translation type="unfinished">Ikke sorteret endnu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/audience.py" line="178"/>
        <source>Our board</source>
        <translation type="unfinished">Vores tavle</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/audience.py" line="195"/>
        <source>%1 of %2 dots placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/audience.py" line="206"/>
        <source>Points and ideas appear here as they are written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="104"/>
        <source>Not sorted yet</source>
        <translation>Ikke sorteret endnu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="153"/>
        <source>DialogDesk – audience screen</source>
        <translation>DialogDesk – deltagerskærm</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="166"/>
        <source>DialogDesk – audience</source>
        <translation>DialogDesk – deltagere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="219"/>
        <source>Our agreement</source>
        <translation>Vores aftale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="227"/>
        <source>Our board</source>
        <translation>Vores tavle</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="266"/>
        <source>Pair %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/audience_window.py" line="267"/>
        <source>Your turn</source>
        <translation>Jeres tur</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="39"/>
        <source>Type a point or an idea and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="43"/>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="137"/>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="44"/>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="135"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="55"/>
        <source>Who said it; moves on to the next after each card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="57"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="94"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="96"/>
        <source>Pair %1</source>
        <translation type="unfinished">Par %1</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/capture.py" line="100"/>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="55"/>
        <source>Voting: click a card to add a dot, right-click (or −) to take one off; type a number on a card for dots counted on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="66"/>
        <source>Show the whole board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="155"/>
        <source>Card deleted. Ctrl+Z or “Restore deleted” brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="168"/>
        <source>All %1 dots are placed. Take a dot off a card before adding another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="173"/>
        <source>Only %1 dots are free for this card (%2 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="177"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="207"/>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="257"/>
        <source>The room sees only the theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/editor.py" line="274"/>
        <source>Pick a theme (or a card in it) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="23"/>
        <source>shared place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="25"/>
        <source>place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="66"/>
        <source>Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="78"/>
        <source>Choose as the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="87"/>
        <source>Undo the choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="105"/>
        <source>%1 of %2 dots placed · %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="111"/>
        <source>Reveal the dots to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="113"/>
        <source>Hide the dots from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="124"/>
        <source>Decision: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="145"/>
        <source>Keep the other proposals for your next discussion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="147"/>
        <source>The other proposals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/tally.py" line="160"/>
        <source>Tie for first place: pick the proposal in the list, then choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/board/view.py" line="119"/>
        <source>Not sorted yet</source>
        <translation type="unfinished">Ikke sorteret endnu</translation>
    </message>
</context>
<context>
    <name>DialogDesk</name>
    <message>
        <location filename="../../src/dialogdesk/ui/app.py" line="183"/>
        <source>Kept for the next discussion: </source>
        <translation>Gemt til næste drøftelse: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/app.py" line="235"/>
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
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="51"/>
        <source>Prepare: </source>
        <translation>Forbered: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="58"/>
        <source>Bring</source>
        <translation>Medbring</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="59"/>
        <source>Room</source>
        <translation>Rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="60"/>
        <source>Technology</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="61"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="62"/>
        <source>Beforehand</source>
        <translation>På forhånd</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="70"/>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="85"/>
        <source>Use these step lengths</source>
        <translation>Brug disse længder på trinene</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="90"/>
        <source>in the last minute</source>
        <translation>i det sidste minut</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="91"/>
        <source>in the last 2 minutes</source>
        <translation>i de sidste 2 minutter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="92"/>
        <source>in the last 20% of the time</source>
        <translation>i de sidste 20 % af tiden</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="95"/>
        <source>A short chime when a step or the silent minute ends</source>
        <translation>Et kort klokkeslag, når et trin eller det stille minut slutter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="99"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="101"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="103"/>
        <source>Available time</source>
        <translation>Tid til rådighed</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="104"/>
        <source>Proposed steps</source>
        <translation>Forslag til trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="106"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="107"/>
        <source>Countdown turns yellow</source>
        <translation>Nedtællingen bliver gul</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="111"/>
        <source>Media</source>
        <translation>Medier</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="116"/>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="116"/>
        <source>missing – attach the file before the session</source>
        <translation>mangler – tilføj filen før sessionen</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="121"/>
        <source>Where to get it: </source>
        <translation>Hvor den kan hentes: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="125"/>
        <source>This material uses no media.</source>
        <translation>Materialet bruger ingen medier.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="131"/>
        <source>Show test pattern</source>
        <translation>Vis testbillede</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="135"/>
        <source>Press a button on the remote: the key shows here.</source>
        <translation>Tryk på en knap på fjernbetjeningen: tasten vises her.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="137"/>
        <source>Screens and remote</source>
        <translation>Skærme og fjernbetjening</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="139"/>
        <source>Audience screen</source>
        <translation>Skærm til deltagerne</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="142"/>
        <source>Remote check</source>
        <translation>Test af fjernbetjening</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="146"/>
        <source>Start the session ▶</source>
        <translation>Start sessionen ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="149"/>
        <source>◀ Library</source>
        <translation>◀ Materialer</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="152"/>
        <source>Agreed last time</source>
        <translation>Aftalt sidste gang</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="217"/>
        <source>The material is made for %1–%2 participants.</source>
        <translation>Materialet er lavet til %1–%2 deltagere.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="243"/>
        <source>The audience view opens on this screen.</source>
        <translation>Deltagervisningen åbner på denne skærm.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="259"/>
        <source>Last key: </source>
        <translation>Sidste tast: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/preparation_window.py" line="261"/>
        <source> (not used)</source>
        <translation> (bruges ikke)</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="67"/>
        <source>DialogDesk – presenter</source>
        <translation>DialogDesk – facilitator</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="103"/>
        <source>Do now</source>
        <translation>Gør nu</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="136"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="137"/>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="138"/>
        <source>Pairs</source>
        <translation>Makkerpar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="139"/>
        <source>Black (B)</source>
        <translation>Sort (B)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="140"/>
        <source>Freeze (F)</source>
        <translation>Frys (F)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="150"/>
        <source>Notes for this step (only you see them)</source>
        <translation>Noter til dette trin (kun du ser dem)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="157"/>
        <source>Message to the room, e.g. “5 minutter tilbage”</source>
        <translation>Besked til rummet, fx “5 minutter tilbage”</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="162"/>
        <source>The room sees</source>
        <translation>Rummet ser</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="165"/>
        <source>Message to the room</source>
        <translation>Besked til rummet</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="167"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="171"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="174"/>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="271"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="175"/>
        <source>+1 min</source>
        <translation>+1 min.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="176"/>
        <source>Pick pairs</source>
        <translation>Pluk makkerpar</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="177"/>
        <source>End session</source>
        <translation>Afslut session</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="178"/>
        <source>Show to the room (F6)</source>
        <translation>Vis for rummet (F6)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="180"/>
        <source>Only one screen: the room view goes fullscreen; F6 or Escape comes back here.</source>
        <translation>Kun én skærm: deltagervisningen fylder skærmen; F6 eller Escape vender tilbage hertil.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="237"/>
        <source>ready to start (F5)</source>
        <translation>klar til start (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="239"/>
        <source>Wrap-up: record the agreement</source>
        <translation>Opsamling: skriv aftalen ned</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="243"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="260"/>
        <source>▶ Start (F5)</source>
        <translation>▶ Start (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="262"/>
        <source>▶ Resume (F5)</source>
        <translation>▶ Fortsæt (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="262"/>
        <source>❚❚ Pause (F5)</source>
        <translation>❚❚ Pause (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="269"/>
        <source>To wrap-up ▶</source>
        <translation>Til opsamling ▶</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="283"/>
        <source>Say aloud: </source>
        <translation>Sig højt: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="292"/>
        <source>Dialogue questions you can ask</source>
        <translation>Dialogspørgsmål du kan stille</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="295"/>
        <source>On the projector for the participants</source>
        <translation>På projektoren til deltagerne</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="298"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="304"/>
        <source>Next: </source>
        <translation>Næste: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="306"/>
        <source>Next: wrap-up and agreement</source>
        <translation>Næste: opsamling og aftale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="320"/>
        <source>Start: </source>
        <translation>Start: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="331"/>
        <source>  overtime</source>
        <translation>  overtid</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="333"/>
        <source>Session %1 · planned end %2 · expected end %3</source>
        <translation>Session %1 · planlagt slut %2 · forventet slut %3</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="338"/>
        <source>  · paused</source>
        <translation>  · på pause</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="348"/>
        <source>Activity: </source>
        <translation>Aktivitet: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="394"/>
        <source>End the session?</source>
        <translation>Afslut sessionen?</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="395"/>
        <source>End the session now? Everything is saved and can be opened again.</source>
        <translation>Vil du afslutte sessionen nu? Alt er gemt og kan åbnes igen.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="403"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="405"/>
        <source> – the session goes on; saving is retried with every change.</source>
        <translation> – sessionen fortsætter; der gemmes igen ved hver ændring.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="416"/>
        <source>Leave the session?</source>
        <translation>Forlad sessionen?</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/presenter_window.py" line="417"/>
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
