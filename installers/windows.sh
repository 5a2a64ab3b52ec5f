#!/usr/bin/env bash
# Builds Hurdle Board for Windows, in Git Bash on Windows 10 or 11 (jpackage cannot build for
# Windows anywhere else):
#   - a per-user MSI: installs into the user's own profile, no admin rights, Start menu entry;
#   - a portable zip for a USB stick: unzip and run "Hurdle Board.exe"; it keeps its recent list
#     and demo in a "data" folder beside itself, so it leaves nothing on the laptop.
#
#   installers/windows.sh TARGET VERSION
#
# Needs JDK 17 (JAVA_HOME or on the PATH), WiX Toolset 3.14 (candle.exe and light.exe on the PATH)
# for the MSI, and Maven run from Git Bash (mvn -Ppackage verify calls this through installers/build.sh).
# Writes TARGET/installer/Hurdle Board-VERSION.msi and TARGET/installer/HurdleBoard-VERSION-portable.zip.
set -euo pipefail
TARGET=$(cd "$1" && pwd)
VERSION=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

name="Hurdle Board"
work="$TARGET/installer-work"
out="$TARGET/installer"
native_file=sqlitejdbc.dll
rm -rf "$work" "$out"
mkdir -p "$work" "$out"

prepare_input "$work/input" Windows/x86_64 "$native_file"
build_runtime "$work/input" "$work/runtime"

# Windows has Direct3D, then software
common=()
while IFS= read -r option; do common+=(--java-options "$option"); done < <(launcher_options d3d,sw "$native_file")

image() {
  local dest=$1; shift
  "$(jdk_tool jpackage)" --type app-image --dest "$(native_path "$dest")" --name "$name" --app-version "$VERSION" \
    --vendor "$VENDOR" --description "$DESCRIPTION" --input "$(native_path "$work/input")" \
    --main-jar "$(basename "$TARGET"/hurdle-board-*.jar)" --main-class "$MAIN_CLASS" \
    --runtime-image "$(native_path "$work/runtime")" --icon "$(native_path "$here/windows/hurdle-board.ico")" \
    "${common[@]}" "$@"
}

# the installed app, in %LOCALAPPDATA%\Programs like other per-user apps; its own files (recent
# list, demo) go to %LOCALAPPDATA%\Hurdle Board (AppHome's default), apart from the program
image "$work/installed"
"$here/train-cds.sh" "$work/installed/$name/$name.exe" "$work/installed/$name/runtime"
"$(jdk_tool jpackage)" --type msi --dest "$(native_path "$out")" --name "$name" --app-version "$VERSION" \
  --vendor "$VENDOR" --description "$DESCRIPTION" --app-image "$(native_path "$work/installed/$name")" \
  --win-per-user-install --install-dir "Programs\\$name" --win-menu --win-menu-group "$name" --win-shortcut-prompt \
  --win-upgrade-uuid 6b3f3c57-6c8e-4c59-9a53-3d7b9c3f1e10

# the portable copy: the same, but its own files live beside it on the stick
image "$work/portable" --java-options '-Dhurdleboard.home=$APPDIR\..\data'
"$here/train-cds.sh" "$work/portable/$name/$name.exe" "$work/portable/$name/runtime"
(cd "$work/portable" && powershell.exe -NoProfile -Command \
  "Compress-Archive -Path '$name' -DestinationPath '$(native_path "$out")/HurdleBoard-$VERSION-portable.zip'")

du -sh "$out"/*
