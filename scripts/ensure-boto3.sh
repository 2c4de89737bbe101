#!/usr/bin/env bash
# Makes sure some python3 imports boto3: the Go tests run the boto3 code the
# engine emits (internal/engine/code_run_test.go tries the python3 on PATH,
# then Debian's). As root it installs Debian's python3-boto3; otherwise it
# prints the one command to run.
set -euo pipefail
for py in python3 /usr/bin/python3; do
  if command -v "$py" >/dev/null && "$py" -c 'import boto3' 2>/dev/null; then
    exit 0
  fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's python3-boto3 (the tests run the boto3 code the engine emits)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3-boto3 >/dev/null
  exit 0
fi
echo "The tests run emitted boto3 code and need boto3. Run:" >&2
echo "  sudo apt-get install -y python3-boto3" >&2
exit 1
