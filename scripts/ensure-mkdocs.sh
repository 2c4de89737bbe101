#!/usr/bin/env bash
# Makes sure Debian's MkDocs and Material theme are installed for the embed
# test tier (scripts/test/embed-mkdocs.test.mjs builds a real Material site).
# As root it installs the packages; otherwise it prints the one command to run.
set -euo pipefail
# The theme counts as present when Debian's package is installed (it puts the
# theme under /usr/share/mkdocs/themes, not where `import material` looks) or
# when the python3 that mkdocs runs under can import it (a pip install).
have_theme() {
  dpkg-query -W -f='${Status}' mkdocs-material 2>/dev/null | grep -q 'ok installed' && return 0
  local py
  py=$(head -1 "$(command -v mkdocs)" | sed -n 's/^#! *//p' | awk '{print $1}')
  [ -x "${py:-}" ] || py=python3
  "$py" -c 'import material' 2>/dev/null
}
if command -v mkdocs >/dev/null && have_theme; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing MkDocs and mkdocs-material from Debian's packages (the embed tests build a site with them)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends mkdocs mkdocs-material >/dev/null
  exit 0
fi
echo "The embed tests need Debian's MkDocs and Material theme. Run:" >&2
echo "  sudo apt-get install -y mkdocs mkdocs-material" >&2
exit 1
