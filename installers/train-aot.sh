#!/usr/bin/env bash
# Makes the packaged app's AOT cache (a JDK 25 runtime, JEP 483/514/515) from a training run:
# starts the packaged app once, shows the start screen, opens the demo board from it and closes it; the JVM then writes every
# class it loaded and linked, with their profiles, into APPDIR/hurdleboard.aot, and the launcher
# is told to map it at every start (-XX:AOTCache). Measured against the JDK 17 build with its CDS
# archive: see the README's benchmark section.
#
#   installers/train-aot.sh LAUNCHER APPDIR        (APPDIR: the folder with the launcher's .cfg)
#
# The cache records the class path with its jars' sizes and times: an app-image moved or installed
# elsewhere keeps it (the paths are matched by their common prefix) as long as the jars keep their
# times (linux.sh puts them back into the .deb, which jpackage fills with new ones). A cache that
# does not match is not used: the app starts, as it would with no archive at all.
#
# Runs where the app is packaged. Without DISPLAY on Linux it runs under Xvfb; on Windows (Git
# Bash) and macOS it needs a desktop session.
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/common.sh"
launcher=$1
appdir=$(cd "$2" && pwd)
cache="$appdir/hurdleboard.aot"
cfg=$(ls "$appdir"/*.cfg | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

display=()
if [ -z "${DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
  display=(xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp")
fi

rm -f "$cache"
# whole seconds, as a .deb keeps file times, so the installed jars can match what the cache records
stamp=$(date +%s)
find "$appdir" -name '*.jar' -exec touch -d "@$stamp" {} +
# the launcher's own options (from its .cfg) are the ones the cache is made for and used with
# The methods' profiles (JEP 515) are left out: 1.5 MB of the cache, and they feed the optimising
# compiler, which the launcher turns off (-XX:TieredStopAtLevel=1); measured the same CPU to the
# demo board with and without them (1,330 / 1,310 ms). Without the class linking (JEP 483) the
# cache is 6 MB smaller but that start costs 310 ms more, so it stays.
NO_PROFILES="-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$(native_path "$cache") $NO_PROFILES -Dhurdleboard.probe=tour -Dhurdleboard.home=$(native_path "$work/home")" \
  ${display[@]+"${display[@]}"} "$launcher" >"$work/training.log" 2>&1 || { cat "$work/training.log" >&2; exit 1; }
[ -s "$cache" ] || { cat "$work/training.log" >&2; echo "the training run wrote no AOT cache" >&2; exit 1; }
# [JavaOptions] is the .cfg's last section; the launcher expands $APPDIR to this folder
# a cache that does not match is left aside without a word on the console (-Xlog); the installer
# checks start with -XX:AOTMode=on, which fails instead
{
  echo 'java-options=-XX:AOTCache=$APPDIR/hurdleboard.aot'
  echo 'java-options=-Xlog:aot*=off'
} >>"$cfg"
echo "AOT cache: $cache ($(du -k "$cache" | cut -f1) KB)"
