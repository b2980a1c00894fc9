<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="25"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="26"/>
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="27"/>
        <source>Written case</source>
        <translation>Skriftlig case</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="28"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="39"/>
        <source>1 step</source>
        <translation>1 trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="41"/>
        <source>%1 steps</source>
        <translation>%1 trin</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="42"/>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="43"/>
        <source>%1–%2 participants</source>
        <translation>%1–%2 deltagere</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="81"/>
        <source>DialogDesk – dialogue materials</source>
        <translation>DialogDesk – dialogmaterialer</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="86"/>
        <source>Choose a dialogue material</source>
        <translation>Vælg et dialogmateriale</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="98"/>
        <source>Some material files could not be loaded:</source>
        <translation>Nogle materialefiler kunne ikke indlæses:</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="116"/>
        <source>No materials found.</source>
        <translation>Der blev ikke fundet nogen materialer.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="120"/>
        <source>&amp;About DialogDesk</source>
        <translation>&amp;Om DialogDesk</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="123"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="133"/>
        <source>Runs a structured staff dialogue in a meeting room: the script, the timers, the film or podcast and the idea board, on the facilitator&apos;s screen and the projector.</source>
        <translation>Styrer en struktureret dialog blandt kolleger i et mødelokale: drejebogen, tiden, filmen eller podcasten og idétavlen – på facilitatorens skærm og på projektoren.</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="144"/>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <location filename="../../src/dialogdesk/ui/library_window.py" line="150"/>
        <source>About DialogDesk</source>
        <translation>Om DialogDesk</translation>
    </message>
</context>
</TS>
