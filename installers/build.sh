#!/usr/bin/env bash
# Builds the installers for the system it runs on; Maven's "package" profile calls it:
#   mvn -Ppackage verify
#   installers/build.sh TARGET PROJECT_VERSION     (0.1.0-SNAPSHOT is packaged as 0.1.0)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# installers want a plain number
version=${2%-SNAPSHOT}
case "$(uname -s)" in
  Linux) exec "$here/linux.sh" "$1" "$version" ;;
  Darwin) exec "$here/macos.sh" "$1" "$version" ;;
  MINGW* | MSYS* | CYGWIN*) exec "$here/windows.sh" "$1" "$version" ;;
  *) echo "no installer for $(uname -s): build on Linux, Windows (Git Bash) or macOS" >&2; exit 1 ;;
esac
