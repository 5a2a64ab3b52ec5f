#!/usr/bin/env bash
# Checks the Linux packages the way a facilitator's laptop would meet them:
#   1. the app-image prints its version with no Java on the PATH and no JAVA_HOME;
#   2. it opens a real window (under Xvfb), shows the demo board and closes, and meanwhile opens
#      no network connection (strace: only AF_INET/AF_INET6 count; X11 talks over a unix socket)
#      and unpacks no native library into the temp folder or the home folder (JavaFX's ~/.openjfx);
#      built with a JDK 25, it maps its AOT cache;
#   3. it writes a PDF report in both languages and a wall kit (PDFBox in the packaged runtime);
#   4. the .deb unpacked (dpkg-deb -x, no root needed) does the same from where it lands, and says
#      it needs GTK 3 and OpenGL, which JavaFX loads without the package tools noticing.
#
#   installers/check-linux.sh TARGET        (after installers/linux.sh TARGET VERSION)
set -euo pipefail
TARGET=$(cd "$1" && pwd)
image="$TARGET/installer/HurdleBoard"
deb=$(ls "$TARGET"/installer/hurdleboard_*.deb)
work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

# a display of our own, on a free number, listening on no TCP port
d=90
while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done

# Runs a launcher with a bare environment: no PATH to a java, no JAVA_HOME.
bare() {
  local launcher=$1 home=$2; shift 2
  mkdir -p "$home/tmp"
  timeout 120 env -i HOME="$home" PATH=/nonexistent DISPLAY=":$d" \
    JAVA_TOOL_OPTIONS="-Duser.home=$home -Dhurdleboard.home=$home/app -Djava.io.tmpdir=$home/tmp ${PROBE:-}" \
    "$launcher" "$@"
}

check_launcher() {
  local launcher=$1 name=$2 home="$work/$2"
  local version
  version=$(bare "$launcher" "$home" --version 2>/dev/null)
  case "$version" in "Hurdle Board "*) echo "ok   $name: $version (no java on PATH, no JAVA_HOME)" ;;
    *) fail "$name --version printed '$version'" ;; esac

  # the tour: the start screen, then the demo's board opened from it
  PROBE=-Dhurdleboard.probe=tour strace -f -e trace=connect,sendto,sendmsg -o "$home/strace.log" \
    bash -c "$(declare -f bare); d=$d; bare \"\$@\"" _ "$launcher" "$home" >"$home/out.log" 2>&1 \
    || { cat "$home/out.log" >&2; fail "$name did not start, show the start screen and the demo board and close"; }
  grep -q "painted board" "$home/out.log" || { cat "$home/out.log" >&2; fail "$name never painted the board"; }
  echo "ok   $name: a real window showed the start screen, then the demo board, and closed"

  # PDFs from the packaged runtime, whose PDFBox jars lost the CMaps and the font that only other
  # people's PDFs need: a report in both languages (two PDFs written, read back and merged) and a wall kit
  local demo="$home/app/demo/Demo workshop.hurdles"
  { bare "$launcher" "$home" report "$demo" --format pdf --language both -o "$home/report.pdf" \
    && bare "$launcher" "$home" deck print "$demo" -o "$home/kit.pdf"; } >"$home/pdf.log" 2>&1 \
    || { cat "$home/pdf.log" >&2; fail "$name could not write a PDF report in both languages and a wall kit"; }
  echo "ok   $name: wrote a PDF report in both languages and a wall kit"

  if grep -E 'sa_family=AF_INET6?[,}]' "$home/strace.log" >&2; then
    fail "$name opened a network connection (above)"
  fi
  echo "ok   $name: no network connection ($(grep -c 'sa_family=AF_UNIX' "$home/strace.log") local unix-socket ones, for the display)"

  # with a JDK 25 runtime: the AOT cache is really used (AOTMode=on fails the start if not)
  if [ -f "$(dirname "$launcher")/../lib/app/hurdleboard.aot" ]; then
    PROBE=-XX:AOTMode=on bare "$launcher" "$home/aot" --version >"$home/aot.log" 2>&1 \
      || { cat "$home/aot.log" >&2; fail "$name does not use its AOT cache (moved, or its jars' times changed?)"; }
    echo "ok   $name: maps its AOT cache"
  fi

  if [ -n "$(ls -A "$home/tmp")" ]; then
    ls -la "$home/tmp" >&2
    fail "$name left files in the temp folder (a native library unpacked?)"
  fi
  echo "ok   $name: nothing unpacked into the temp folder"
  # JavaFX unpacks its natives into ~/.openjfx when they are not files in the runtime
  [ ! -e "$home/.openjfx" ] || { find "$home/.openjfx" >&2; fail "$name unpacked JavaFX's native libraries into the home folder"; }
  echo "ok   $name: nothing unpacked into the home folder"
}

check_launcher "$image/bin/HurdleBoard" app-image

dpkg-deb -x "$deb" "$work/deb-root"
check_launcher "$work/deb-root/opt/hurdleboard/bin/HurdleBoard" deb
depends=$(dpkg-deb -f "$deb" Depends)
case "$depends" in *libgtk-3-0*libgl1*) echo "ok   deb: Depends: $depends" ;;
  *) fail "the .deb does not depend on libgtk-3-0 and libgl1: $depends" ;; esac
echo "all checks passed"
