; Inno Setup script for DialogDesk on a meeting-room PC: one install for every user of the machine.
;
; Build (on Windows, after the PyInstaller bundle is in build\dist\dialogdesk-VERSION\):
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=VERSION build\windows\dialogdesk.iss
; -> build\dist\dialogdesk-VERSION-windows-x64-setup.exe
; VERSION is dialogdesk.__version__; .github/workflows/windows.yml passes it.
;
; Upgrades install over the old version (same AppId) and keep the room's settings file;
; uninstalling removes the program and leaves that file and the users' own data (%APPDATA%).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 build\windows\dialogdesk.iss
#endif
#define Bundle SourcePath + "..\dist\dialogdesk-" + AppVersion
#define RoomSettings "dialogdesk-settings.json"

[Setup]
; Never change the AppId: it is how an upgrade finds the installed DialogDesk.
AppId={{80292FE5-EED2-4EAF-86A3-DEBC8E8F7C33}
AppName=DialogDesk
AppVersion={#AppVersion}
AppVerName=DialogDesk {#AppVersion}
AppPublisher=DialogDesk
VersionInfoVersion={#AppVersion}
; Per machine: Program Files and the all-users Start menu, which needs an administrator.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
DefaultDirName={autopf}\DialogDesk
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
SetupIconFile=..\dialogdesk.ico
UninstallDisplayIcon={app}\dialogdesk.exe
UninstallDisplayName=DialogDesk
OutputDir=..\dist
OutputBaseFilename=dialogdesk-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running DialogDesk holds its files open: ask it to close rather than fail half-way.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; The previous version's bundle goes before this one is copied, so no old library outlives an
; upgrade. Only the bundle's own folder: the room's settings file beside it stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The one-folder bundle: dialogdesk.exe (no console), dialogdesk-console.exe (for IT), _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Excludes: "{#RoomSettings}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The room's settings, where IT edits them: a default that sets nothing, copied only when there is
; none yet (never over IT's file on an upgrade) and never removed by uninstalling.
Source: "{#RoomSettings}"; DestDir: "{app}"; Flags: onlyifdoesntexist uninsneveruninstall

[Icons]
Name: "{autoprograms}\DialogDesk"; Filename: "{app}\dialogdesk.exe"; WorkingDir: "{app}"

[UninstallDelete]
; Python's compiled caches and the like that the program may have written next to itself.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
