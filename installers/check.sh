#!/usr/bin/env bash
# Checks the installers just built; Maven's "package" profile calls it after installers/build.sh.
# Only Linux has automatic checks (a display of its own, strace); on Windows and macOS follow the
# README's "Installers" section by hand.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
case "$(uname -s)" in
  Linux) exec "$here/check-linux.sh" "$1" ;;
  *) echo "no automatic installer check on $(uname -s); see the README's Installers section" ;;
esac
