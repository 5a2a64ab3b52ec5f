# Shared steps of the installer scripts; sourced, not run. Written for bash 3.2 (the bash macOS
# ships) and Git Bash on Windows, so one set of steps serves all three systems.
#
# Expects: TARGET (Maven's target folder, with the app jar and lib/ of its runtime jars),
# VERSION (like 0.1.0), and the JDK 17 tools (jdeps, jlink, jpackage) on the PATH or in JAVA_HOME.

set -euo pipefail

APP_NAME_LINUX=HurdleBoard
MAIN_CLASS=org.hurdleboard.app.Main
VENDOR="Hurdle Board"
DESCRIPTION="A workshop board for the hurdles that stop staff using digital tools at work"
# en covers en-GB and every other English; the app's own text is UK English only
LOCALES="en,cy"

# The JDK 25 (or newer) whose runtime the installers ship with an AOT cache (JEP 483/514/515:
# classes loaded, linked and profiled in a training run, then mapped at every start): the one
# HURDLEBOARD_AOT_JDK names (mvn -Ppackage verify -Dhurdleboard.aot.jdk=/path/to/jdk-25), or
# JAVA_HOME when that is a JDK 25 or newer. Prints nothing when there is none: the installers then
# ship today's JDK 17 runtime with its CDS archive. The app itself is built for Java 17 either way.
aot_jdk() {
  local jdk
  for jdk in "${HURDLEBOARD_AOT_JDK:-}" "${JAVA_HOME:-}"; do
    [ -n "$jdk" ] && [ -f "$jdk/release" ] || continue
    local feature
    feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
    if [ -n "$feature" ] && [ "$feature" -ge 25 ]; then
      echo "$jdk"
      return
    fi
    [ "$jdk" = "${HURDLEBOARD_AOT_JDK:-}" ] && echo "HURDLEBOARD_AOT_JDK is Java $feature, not 25 or newer: building without the AOT cache" >&2
  done
  return 0
}

# With a JDK 25 the runtime and the launcher come from it (its jlink and jpackage); otherwise from
# the JDK 17 on JAVA_HOME or the PATH. Sets AOT_JDK (empty without one) for the scripts.
choose_jdk() {
  AOT_JDK=$(aot_jdk)
  if [ -n "$AOT_JDK" ]; then
    export JAVA_HOME="$AOT_JDK"
    echo "runtime: $AOT_JDK (Java 25 or newer), with an AOT cache"
  else
    echo "runtime: JDK 17, with a CDS archive (set HURDLEBOARD_AOT_JDK to a JDK 25 for the AOT cache)"
  fi
}

jdk_tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" -o -x "$JAVA_HOME/bin/$1.exe" ]; then
    echo "$JAVA_HOME/bin/$1"
  else
    command -v "$1" || { echo "cannot find $1: install JDK 17 and set JAVA_HOME" >&2; exit 1; }
  fi
}

# A path the JDK tools understand: on Git Bash "C:/Users/..." rather than "/c/Users/...".
native_path() {
  if command -v cygpath >/dev/null 2>&1; then cygpath -m "$1"; else echo "$1"; fi
}

path_separator() {
  if command -v cygpath >/dev/null 2>&1; then echo ";"; else echo ":"; fi
}

# Joins the JavaFX jars (platform ones, which hold the natives) into a module path.
javafx_module_path() {
  local sep joined="" jar
  sep=$(path_separator)
  for jar in "$TARGET"/lib/javafx-*-[0-9]*-*.jar; do  # the platform jars, not the empty ones
    joined="$joined${joined:+$sep}$(native_path "$jar")"
  done
  echo "$joined"
}

# The jars that go on the app's class path: the app and every runtime jar except JavaFX, which is
# linked into the runtime as modules (its natives beside them: javafx_natives_as_files).
# sqlite-jdbc carries natives for every system (12 MB); its copy here has none, and the one native
# the app needs is put beside it, where the launcher tells sqlite-jdbc to load it from.
# PDFBox's jars carry what only opening other people's PDFs needs: fontbox the CMaps of Chinese,
# Japanese and Korean encodings (3.3 MB, 1.2 MB zipped), pdfbox a last-resort font (LiberationSans,
# 0.2 MB) for drawing a PDF whose font is neither embedded nor installed. The app opens only PDFs it
# wrote (the bilingual report's halves, the wall kit's preview), which embed their fonts as
# Identity-H (PDType0Font), so these copies keep Identity-H and Identity-V and drop the rest.
prepare_input() {
  local input=$1 native_dir=$2 native_file=$3
  rm -rf "$input"
  mkdir -p "$input/native"
  cp "$TARGET"/hurdle-board-*.jar "$input/"
  local jar
  for jar in "$TARGET"/lib/*.jar; do
    case "$(basename "$jar")" in
      javafx-*) ;;
      sqlite-jdbc-*)
        (cd "$input/native" && "$(jdk_tool jar)" xf "$(native_path "$jar")" "org/sqlite/native/$native_dir/$native_file")
        mv "$input/native/org/sqlite/native/$native_dir/$native_file" "$input/native/$native_file"
        rm -rf "$input/native/org"
        repack_jar "$jar" "$input/$(basename "$jar")" "rm -rf org/sqlite/native" ;;
      fontbox-*)
        repack_jar "$jar" "$input/$(basename "$jar")" \
          "find org/apache/fontbox/cmap -type f ! -name '*.class' ! -name 'Identity-[HV]' -delete" ;;
      pdfbox-[0-9]*)
        repack_jar "$jar" "$input/$(basename "$jar")" "rm -rf org/apache/pdfbox/resources/ttf" ;;
      *) cp "$jar" "$input/" ;;
    esac
  done
}

# Unpacks a jar, runs a command in its folder (to delete what the app does not need), packs it again.
#   repack_jar FROM TO COMMAND
repack_jar() {
  local from=$1 to=$2 command=$3 work
  work=$(mktemp -d)
  (cd "$work" && "$(jdk_tool jar)" xf "$(native_path "$from")" && eval "$command" \
    && "$(jdk_tool jar)" cfm "$(native_path "$to")" META-INF/MANIFEST.MF -C . .)
  rm -rf "$work"
}

# The modules the app's class path needs, found by jdeps, plus those it reaches only by name:
# jdk.localedata for UK dates and other locales' formats.
needed_modules() {
  local input=$1 cp="" sep jar found
  local jars=()
  sep=$(path_separator)
  for jar in "$input"/*.jar; do
    jars+=("$(native_path "$jar")")
    cp="$cp${cp:+$sep}$(native_path "$jar")"
  done
  found=$("$(jdk_tool jdeps)" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$(javafx_module_path)" --class-path "$cp" "${jars[@]}" 2>/dev/null | tail -1)
  echo "$found,jdk.localedata"
}

# The JDK's and JavaFX's own messages in other languages (German, Japanese, ...: 364 files, 3.3 MB,
# 1.2 MB in the runtime): the app speaks English and Welsh only, and JavaFX has no Welsh, so its
# few words (a dialog's Cancel, a text field's Copy) are English in either; with these gone they
# are English on a laptop set to another language too, like the rest of the app.
# (jlink's --include-locales trims only jdk.localedata, the formats of dates and numbers.)
OTHER_LANGUAGES='regex:/(java|javafx)\.[a-z.]+/.*_(de|es|fr|it|ja|ko|pt_BR|sv|zh_CN|zh_TW|zh_HK|ca|cs|sk|tr|hu|pl|ru)\.(properties|class)'

# A small runtime: only the needed modules, no debug symbols, headers or man pages, and the JDK's
# own class data archive, which the app's AppCDS archive builds on.
# With the AOT cache (which holds the JDK's classes as well) the runtime's own CDS archive is
# left out: it would only make the download bigger for a start that never uses it.
build_runtime() {
  local input=$1 runtime=$2 modules cds=--generate-cds-archive compress=--compress=2
  modules=$(needed_modules "$input")
  echo "runtime modules: $modules"
  rm -rf "$runtime"
  if [ -n "${AOT_JDK:-}" ]; then
    cds=""
    compress=--compress=zip-6  # the same compression; JDK 21 renamed it and warns at "2"
  fi
  local excluded=$OTHER_LANGUAGES
  [ "$(uname -s)" = Linux ] && excluded="$excluded,glob:/javafx.graphics/*.so"
  "$(jdk_tool jlink)" --module-path "$(javafx_module_path)" --add-modules "$modules" \
    --include-locales "$LOCALES" --exclude-resources "$excluded" \
    --strip-debug --no-header-files --no-man-pages $compress \
    $cds --output "$(native_path "$runtime")"
  # the archive for heaps over 32 GB (no compressed pointers), which this app never has: 10.6 MB
  find "$runtime" -name classes_nocoops.jsa -delete
  [ "$(uname -s)" = Linux ] && javafx_natives_as_files "$runtime/lib"
  return 0
}

# JavaFX's native libraries (0.8 MB) as files in the runtime's lib folder, where JavaFX looks for
# them first. Linked into the modules file (as jlink does with JavaFX's jars) they are unpacked
# into the user's ~/.openjfx/cache at the first start and compared with it at every start, so an
# installed app would write programs into each user's home. Linux only until tried on the others
# (Windows looks in bin\, not lib\).
javafx_natives_as_files() {
  local dir=$1 jar natives
  jar=$(ls "$TARGET"/lib/javafx-graphics-[0-9]*-*.jar)
  natives=$("$(jdk_tool jar)" tf "$(native_path "$jar")" | grep '^lib[^/]*\.so$')
  (cd "$dir" && "$(jdk_tool jar)" xf "$(native_path "$jar")" $natives)
}

# A JDK's native libraries and programs may keep their symbol tables (Debian's libjvm.so: 4 MB of
# its 24; JDK 25's jpackage launcher library: 0.4 MB of its 1.7); the linker needs only the
# dynamic symbols, which stay. Linux only: other systems' strip differ.
#   strip_native_symbols APP_IMAGE
strip_native_symbols() {
  local image=$1
  [ "$(uname -s)" = Linux ] && command -v strip >/dev/null 2>&1 || return 0
  find "$image" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec strip --strip-unneeded {} +
}

# The start-up archive for a packaged app: the AOT cache with a JDK 25, else the CDS archive.
#   train_startup LAUNCHER RUNTIME APPDIR
train_startup() {
  local here
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  if [ -n "${AOT_JDK:-}" ]; then
    "$here/train-aot.sh" "$1" "$3"
  else
    "$here/train-cds.sh" "$1" "$2"
  fi
}

# The java options every launcher gets. $APPDIR is expanded by the launcher to the folder that
# holds the app's jars. prism.order names the hardware pipeline and then software ("sw"), so a
# remote desktop or an odd projector driver falls back to drawing in software instead of failing.
# TieredStopAtLevel=1 keeps only the quick compiler: the app's work comes in small bursts, and the
# optimising compiler's threads cost more CPU than they save on a two-core laptop (measured: demo
# board start 2.1 -> 1.4 s of CPU, a burst of 1,000 votes 4.4-5.0 -> 3.6 s). Delete that line if
# a long computation (a big export) is ever measured slower.
# The G1 options give memory back once the room stops voting: a collection after 2 s without one,
# and a heap kept at most 30% free. After a simulated two-hour workshop: 291-319 MB resident
# instead of 320-436 MB, for the same CPU time. The 192 MB ceiling takes the peak from 448 to
# 361 MB (medians of 3, software rendering); 160 and 128 MB, or Serial, saved nothing more that
# the runs' own spread (25 MB) did not hide, and 128 MB leaves little room: the live heap is 52-58
# MB with the projector window, 91 MB comparing 300 workshop files. README, "Benchmarks".
# Xmn32m fixes the young generation, where each frame's and each vote's short-lived objects go, at
# 32 MB: G1 otherwise lets it grow to most of the ceiling between collections, and resident memory
# follows it (the two-hour workshop's peak: 353-375 -> 289-295 MB, the end 257-264 MB either way).
launcher_options() {
  local prism_order=$1 native_file=$2
  echo "-Dorg.sqlite.lib.path=\$APPDIR/native"
  echo "-Dorg.sqlite.lib.name=$native_file"
  echo "-Dprism.order=$prism_order"
  echo "-XX:TieredStopAtLevel=1"
  echo "-XX:G1PeriodicGCInterval=2000"
  echo "-XX:MinHeapFreeRatio=10"
  echo "-XX:MaxHeapFreeRatio=30"
  echo "-Xmx192m"
  echo "-Xmn32m"
}
