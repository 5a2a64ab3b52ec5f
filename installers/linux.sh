#!/usr/bin/env bash
# Builds Hurdle Board for Linux: an app-image (a folder that runs from anywhere) and a .deb.
#
#   installers/linux.sh TARGET VERSION
#
# TARGET is Maven's target folder after "mvn package" with the runtime jars copied to TARGET/lib
# (the "package" profile does both: mvn -Ppackage verify). VERSION is numeric, like 0.1.0.
# Needs JDK 17 (jdeps, jlink, jpackage), or a JDK 25 for the AOT cache (see common.sh), dpkg-deb and fakeroot; the AppCDS training run needs a
# display, so without DISPLAY it runs under Xvfb (xvfb-run).
# Writes TARGET/installer/HurdleBoard (the app-image) and TARGET/installer/hurdleboard_VERSION_amd64.deb.
set -euo pipefail
TARGET=$(cd "$1" && pwd)
VERSION=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
choose_jdk

work="$TARGET/installer-work"
out="$TARGET/installer"
native_file=libsqlitejdbc.so
rm -rf "$work" "$out"
mkdir -p "$work" "$out"

prepare_input "$work/input" Linux/x86_64 "$native_file"
build_runtime "$work/input" "$work/runtime"

options=()
while IFS= read -r option; do options+=(--java-options "$option"); done \
  < <(launcher_options es2,sw "$native_file")

"$(jdk_tool jpackage)" --type app-image --dest "$out" --name "$APP_NAME_LINUX" --app-version "$VERSION" \
  --vendor "$VENDOR" --description "$DESCRIPTION" \
  --input "$work/input" --main-jar "$(basename "$TARGET"/hurdle-board-*.jar)" --main-class "$MAIN_CLASS" \
  --runtime-image "$work/runtime" --icon "$here/../assets/icons/hurdle-board-256.png" "${options[@]}"

strip_native_symbols "$out/$APP_NAME_LINUX"
train_startup "$out/$APP_NAME_LINUX/bin/$APP_NAME_LINUX" "$out/$APP_NAME_LINUX/lib/runtime" "$out/$APP_NAME_LINUX/lib/app"

"$(jdk_tool jpackage)" --type deb --dest "$out" --name "$APP_NAME_LINUX" --app-version "$VERSION" \
  --vendor "$VENDOR" --description "$DESCRIPTION" --app-image "$out/$APP_NAME_LINUX" \
  --linux-package-name hurdleboard --linux-app-category education --linux-menu-group Office \
  --linux-shortcut --linux-package-deps "libgtk-3-0, libgl1" \
  --icon "$here/../assets/icons/hurdle-board-256.png"

# jpackage copies the app into the .deb with new file times, and the AOT cache checks the jars'
# times: the app-image's are put back, so the installed app maps its cache
if [ -n "$AOT_JDK" ]; then
  deb=$(ls "$out"/hurdleboard_*.deb)
  rm -rf "$work/deb"
  dpkg-deb -R "$deb" "$work/deb"
  for jar in "$out/$APP_NAME_LINUX"/lib/app/*.jar; do
    touch -r "$jar" "$work/deb/opt/hurdleboard/lib/app/$(basename "$jar")"
  done
  fakeroot dpkg-deb --build "$work/deb" "$deb" >/dev/null
fi

du -sh "$out/$APP_NAME_LINUX" "$out"/*.deb
