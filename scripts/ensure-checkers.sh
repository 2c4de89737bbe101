#!/usr/bin/env bash
# Makes sure the language tools that check the emitted code are installed
# from Debian's packages (issue 20): php -l (php-cli), ruby -c and a real
# presign with the AWS SDK for Ruby (ruby, ruby-aws-sdk-s3), javac
# (default-jdk-headless), and Mono's C# compiler (mono-mcs). As root it
# installs what is missing; otherwise it prints the one command to run and
# the tests that need a missing tool skip with a message naming it.
set -euo pipefail
declare -A pkg=([php]=php-cli [ruby]=ruby [javac]=default-jdk-headless [mcs]=mono-mcs)
missing=()
for tool in php ruby javac mcs; do
  command -v "$tool" >/dev/null || missing+=("${pkg[$tool]}")
done
if command -v ruby >/dev/null && ! ruby -e 'require "aws-sdk-s3"' 2>/dev/null; then
  missing+=(ruby-aws-sdk-s3)
elif ! command -v ruby >/dev/null; then
  missing+=(ruby-aws-sdk-s3)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing the emitted-code checkers from Debian's packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "The emitted Java, C#, PHP and Ruby are checked only with their tools. Run:" >&2
echo "  sudo apt-get install -y ${missing[*]}" >&2
echo "(the checks that need them skip until then)" >&2
exit 0
