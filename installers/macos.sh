#!/usr/bin/env bash
# Builds Hurdle Board for macOS as a .dmg (drag the app to Applications, or run it from the
# disk image: no admin rights needed). Runs on a Mac only; the bash macOS ships (3.2) is enough.
#
#   installers/macos.sh TARGET VERSION
#
# Needs JDK 17 (JAVA_HOME or on the PATH) for the Mac's own processor (Apple silicon or Intel:
# the app is built for the processor of the Mac that builds it) and Xcode's command line tools.
# Maven must fetch JavaFX's Mac jars, so build with: mvn -Ppackage verify (on the Mac).
# Writes TARGET/installer/Hurdle Board-VERSION.dmg. Unsigned: first start is right-click > Open.
set -euo pipefail
TARGET=$(cd "$1" && pwd)
VERSION=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

name="Hurdle Board"
work="$TARGET/installer-work"
out="$TARGET/installer"
native_file=libsqlitejdbc.dylib
case "$(uname -m)" in arm64) arch=aarch64 ;; *) arch=x86_64 ;; esac
rm -rf "$work" "$out"
mkdir -p "$work" "$out"

prepare_input "$work/input" "Mac/$arch" "$native_file"

# the Mac's icon format, made from the app's PNGs with the tool macOS ships
iconset="$work/hurdle-board.iconset"
mkdir -p "$iconset"
for size in 32 128 256; do cp "$here/../assets/icons/hurdle-board-$size.png" "$iconset/icon_${size}x${size}.png"; done
cp "$here/../assets/icons/hurdle-board-64.png" "$iconset/icon_32x32@2x.png"
cp "$here/../assets/icons/hurdle-board-256.png" "$iconset/icon_128x128@2x.png"
iconutil -c icns -o "$work/hurdle-board.icns" "$iconset"
build_runtime "$work/input" "$work/runtime"

options=()
while IFS= read -r option; do options+=(--java-options "$option"); done < <(launcher_options es2,sw "$native_file")

"$(jdk_tool jpackage)" --type app-image --dest "$work/image" --name "$name" --app-version "$VERSION" \
  --vendor "$VENDOR" --description "$DESCRIPTION" --input "$work/input" \
  --main-jar "$(basename "$TARGET"/hurdle-board-*.jar)" --main-class "$MAIN_CLASS" \
  --runtime-image "$work/runtime" --icon "$work/hurdle-board.icns" \
  --mac-package-identifier org.hurdleboard.app "${options[@]}"
"$here/train-cds.sh" "$work/image/$name.app/Contents/MacOS/$name" "$work/image/$name.app/Contents/runtime"
"$(jdk_tool jpackage)" --type dmg --dest "$out" --name "$name" --app-version "$VERSION" \
  --vendor "$VENDOR" --app-image "$work/image/$name.app"

du -sh "$out"/*
