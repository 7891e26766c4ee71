; Inno Setup script: a per-user Windows installer for the PyInstaller bundle.
;
; On Windows, after `scripts/build-bundle` has made dist\threshold\:
;   iscc /DAppVersion=<version> packaging\windows\threshold.iss
; (packaging/README.md shows how to read the version from app/__init__.py). The
; installer lands in dist\. Uninstalling removes the program only: the journal, its
; backups and the keyring item stay until removed by hand (README: "Uninstalling").

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Threshold"
#define AppId "io.github.thresholdjournal.Threshold"
#define BundleDir "..\..\dist\threshold"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Threshold developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator can
; choose to install for everyone instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Threshold-{#AppVersion}-setup
SetupIconFile=..\icons\threshold.ico
UninstallDisplayIcon={app}\threshold.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\threshold.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\threshold.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\threshold.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
