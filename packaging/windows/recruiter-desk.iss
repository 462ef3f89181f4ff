; Inno Setup script for Recruiter Desk on Windows (Inno Setup 6). Build on Windows, after
; the PyInstaller one-folder build (packaging/pyinstaller/recruiter-desk.spec):
;
;     iscc packaging\windows\recruiter-desk.iss
;
; Installs per user (no administrator rights), adds a Start-menu entry whose
; AppUserModelID is the app id (Windows shows notifications under it), and on uninstall
; keeps the user's data (%LOCALAPPDATA%\RecruiterDesk) unless the user ticks the box to
; remove it.
#define AppId "nl.recruiterdesk.RecruiterDesk"
#define AppName "Recruiter Desk"
#define AppVersion "0.1.0"
#define Dist "..\..\build\dist\recruiter-desk"

[Setup]
AppId={{7C5A3E52-2B8E-4C8B-9A4E-4F1E4B7A2D10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Recruiter Desk
DefaultDirName={localappdata}\Programs\Recruiter Desk
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\..\build
OutputBaseFilename=RecruiterDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\recruiter-desk.exe
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\recruiter-desk.exe"; AppUserModelID: "{#AppId}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\recruiter-desk.exe"; \
    AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\recruiter-desk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; \
    Flags: nowait postinstall skipifsilent

[Code]
var
  RemoveData: Boolean;

function InitializeUninstall(): Boolean;
begin
  RemoveData := MsgBox('Also remove your Recruiter Desk data (people, placements, timelines, ' +
    'backups) from this computer? Choose No to keep it for a later install.',
    mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveData then
    DelTree(ExpandConstant('{localappdata}\RecruiterDesk'), True, True, True);
end;
