; Thư Công Vụ — Windows installer (Inno Setup 6).
; Per-user install: no administrator rights, files under %LOCALAPPDATA%\Programs\ThuCongVu
; ({autopf} resolves there in per-user mode), a Start-menu entry, an optional desktop
; shortcut, a normal uninstaller. An administrator rolling out machine-wide runs the same
; installer with /ALLUSERS (then {autopf} is Program Files; see packaging/ADMIN.md).
;
; Build after PyInstaller has produced dist\thucongvu (see build-windows.yml):
;   iscc /DAppVersion=X.Y.Z packaging\windows\thucongvu.iss
; The version must come from pyproject.toml; the workflow reads it with tomllib.
; This file is UTF-8 with a BOM so Inno Setup reads the Vietnamese names correctly.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z thucongvu.iss
#endif
#ifndef BundleDir
  ; the PyInstaller one-folder app, relative to this script
  #define BundleDir "..\..\dist\thucongvu"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "Thư Công Vụ"
#define AppExe "thucongvu.exe"

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{6F1C2B0E-4C1D-4B8E-9E57-2A7D3F1B9C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Thư Công Vụ developers
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\ThuCongVu
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\thucongvu.ico
OutputDir={#OutputDir}
OutputBaseFilename=ThuCongVu-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running copy would keep files locked during an upgrade.
CloseApplications=yes

[Languages]
; Inno Setup ships no official Vietnamese wizard text; the wizard is in English,
; the names users see in the Start menu are Vietnamese.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Thư điện tử công vụ"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's mailbox data (%LOCALAPPDATA%\ThuCongVu) is deliberately left on uninstall:
; removing the program must never remove anyone's mail.
