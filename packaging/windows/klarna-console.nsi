; Windows installer of Klarna Order Console (NSIS 3, Modern UI 2): a per-user install with no admin
; rights, a Start-menu entry, and an uninstaller listed under Settings > Apps.
;
; Built by `python packaging/build.py`, which passes:
;   /DVERSION=0.1.0  /DVERSION4=0.1.0.0  /DSOURCE_DIR=<dist\klarna-console>  /DOUTFILE=<setup .exe>  /DROOT=<repo>
; By hand, from the repository root after `python packaging/build.py --bundle-only`:
;   makensis /DVERSION=0.1.0 /DVERSION4=0.1.0.0 /DSOURCE_DIR=dist\klarna-console ^
;            /DOUTFILE=dist\klarna-console-0.1.0-windows-amd64-setup.exe /DROOT=. packaging\windows\klarna-console.nsi

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
; Per user: everything goes under the user's profile and HKCU, so no UAC prompt is needed.
RequestExecutionLevel user

!ifndef VERSION | VERSION4 | SOURCE_DIR | OUTFILE | ROOT
  !error "pass /DVERSION, /DVERSION4, /DSOURCE_DIR, /DOUTFILE and /DROOT (packaging/build.py does)"
!endif

!define APP_NAME "Klarna Order Console"
!define APP_EXE "klarna-console.exe"
!define PUBLISHER "The Klarna Order Console developers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KlarnaOrderConsole"
!define SETTINGS_KEY "Software\KlarnaOrderConsole"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "MIT licence"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ROOT}\resources\icons\klarna-console.ico"
!define MUI_UNICON "${ROOT}\resources\icons\klarna-console.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP_NAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${ROOT}\LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ; Shortcuts and $APPDATA-style folders of the current user, never All Users.
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole runtime: files a newer build no longer ships must not linger.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "Find, capture, refund and cancel Klarna orders"

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$\"$INSTDIR\${APP_EXE}$\",0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  ; Only what the installer put there: the folder may have been chosen by hand and hold other files.
  ; The user's profiles, order cache and logs live in %APPDATA% / %LOCALAPPDATA% and are kept.
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\klarna-console.exe"
  Delete "$INSTDIR\klarna-console-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd
