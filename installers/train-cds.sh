#!/usr/bin/env bash
# Makes the runtime's class data sharing (CDS) archive from a training run: starts the packaged
# app once, shows the start screen, opens the demo board from it, closes it, and records every class it loaded; then the runtime
# archives those classes (the JDK's and JavaFX's) into its default archive, lib/server/classes.jsa,
# which every start maps instead of loading and checking the classes one by one.
#
#   installers/train-cds.sh LAUNCHER RUNTIME
#
# Why the runtime's archive and not an -XX:ArchiveClassesAtExit one beside the jars: JDK 17 writes
# the jars' absolute paths into such an archive and drops it when the app is anywhere else, and an
# installed app always is (/opt, %LOCALAPPDATA%, /Applications). The runtime's own archive moves
# with it. The app's own classes (about a quarter) are not archived.
#
# Runs on the system the app is packaged on (the archive belongs to the runtime beside it). Without
# DISPLAY on Linux it runs under Xvfb; on Windows (Git Bash) and macOS it needs a desktop session.
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/common.sh"
launcher=$1
runtime=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

display=()
if [ -z "${DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
  display=(xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp")
fi

JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$(native_path "$work/classes.lst") -Dhurdleboard.probe=tour -Dhurdleboard.home=$(native_path "$work/home")" \
  ${display[@]+"${display[@]}"} "$launcher"
[ -s "$work/classes.lst" ] || { echo "the training run listed no classes" >&2; exit 1; }

# jlink --generate-cds-archive made the runtime's archive: lib/server on Linux, bin/server on
# Windows, Contents/Home/lib/server on macOS; the java beside it remakes it
archive=$(find "$runtime" -name classes.jsa | head -1)
[ -n "$archive" ] || { echo "no CDS archive in $runtime (was jlink run with --generate-cds-archive?)" >&2; exit 1; }
java=$(find "$runtime" -path '*/bin/java' -o -path '*/bin/java.exe' | head -1)
# classes of the app's own jars are not on this class path, so they are left out, one warning each
"$java" -Xshare:dump -XX:SharedClassListFile="$(native_path "$work/classes.lst")" -XX:SharedArchiveFile="$(native_path "$archive")" \
  >"$work/dump.log" 2>&1 || { cat "$work/dump.log" >&2; exit 1; }
echo "CDS archive: $archive ($(du -k "$archive" | cut -f1) KB, from $(wc -l < "$work/classes.lst") classes loaded)"
