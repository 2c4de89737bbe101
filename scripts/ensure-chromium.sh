#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests. As root it
# installs the package; otherwise it prints the one command to run. It never
# downloads a browser of its own.
set -euo pipefail
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium from Debian's packages (browser tests need it)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "The browser tests need Debian's Chromium. Run:" >&2
echo "  sudo apt-get install -y chromium" >&2
exit 1
