#!/usr/bin/env bash
# make embed-check (on demand, not in CI): a Docusaurus 3 site from npm
# (classic template), in a temporary folder (never in scripts/package.json),
# with the README's config line and page, built and checked in Chromium by
# scripts/test/embed-docusaurus.test.mjs: findings, the site's light/dark
# toggle, no console error, no request to another origin. Prints the
# scaffold, install and build times. KEEP=1 keeps the folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/presign-doctor-docusaurus.XXXXXX")
if [ "${KEEP:-}" = 1 ]; then echo "keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
# A cache of its own: the install time is a new user's cold install.
export npm_config_cache="$tmp/.npm-cache" npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f s", b - a }'; }
cd "$tmp"
t0=$(now)
npx --yes create-docusaurus@3 site classic --javascript --skip-install --package-manager npm >scaffold.log 2>&1 || { cat scaffold.log; exit 1; }
t1=$(now)
cd site
npm install --loglevel=error >../install.log 2>&1 || { cat ../install.log; exit 1; }
t2=$(now)
cp -r "$root/dist/site" static/presign-doctor
node "$root/scripts/embed-check/docusaurus-patch.mjs" "$root/README.md" "$tmp/site"
npm run build >../build.log 2>&1 || { cat ../build.log; exit 1; }
t3=$(now)
echo "# Docusaurus $(node -p 'require("@docusaurus/core/package.json").version'): scaffold $(secs "$t0" "$t1"), npm install $(secs "$t1" "$t2") ($(du -sh node_modules | cut -f1) in node_modules), build $(secs "$t2" "$t3")"
DOCUSAURUS_BUILD="$tmp/site/build" node --test --test-reporter=spec "$root/scripts/test/embed-docusaurus.test.mjs"
