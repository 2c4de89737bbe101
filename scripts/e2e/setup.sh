#!/usr/bin/env bash
# Installs what the end-to-end tier (make e2e) needs and is missing:
#   - MinIO, built from the Go module proxy at a pinned version into
#     dist/e2e/bin/minio (once: the build takes minutes on two cores);
#   - boto3 from Debian's python3-boto3 for /usr/bin/python3 (as root;
#     otherwise it prints the command to run);
#   - curl from Debian.
# The JavaScript SDK v3 comes from scripts/package.json (make deps-node).
set -euo pipefail
cd "$(dirname "$0")/../.."

# MinIO's tree at the pinned commit (the module proxy has no semver tags of
# it; this pseudo-version is what @latest resolved to when the tier was
# written).
MINIO_VERSION=${MINIO_VERSION:-v0.0.0-20260212201848-7aac2a2c5b7c}
BIN=dist/e2e/bin
stamp="$BIN/minio.version"

if [[ ! -x $BIN/minio || "$(cat "$stamp" 2>/dev/null)" != "$MINIO_VERSION" ]]; then
	mkdir -p "$BIN"
	echo "e2e: building MinIO $MINIO_VERSION from the Go module proxy (minutes, once)"
	start=$(date +%s)
	GOBIN="$PWD/$BIN" GOFLAGS=-mod=mod nice go install "github.com/minio/minio@$MINIO_VERSION"
	echo "$MINIO_VERSION" > "$stamp"
	echo "e2e: MinIO built in $(( $(date +%s) - start )) s"
fi

apt_missing=()
/usr/bin/python3 -c 'import boto3' 2>/dev/null || apt_missing+=(python3-boto3)
command -v curl >/dev/null || apt_missing+=(curl)
if (( ${#apt_missing[@]} )); then
	if [[ $(id -u) == 0 ]]; then
		echo "e2e: installing ${apt_missing[*]} from Debian"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_missing[@]}" ||
			{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_missing[@]}"; }
	else
		echo "e2e: missing ${apt_missing[*]}: run  sudo apt-get install -y ${apt_missing[*]}" >&2
		exit 1
	fi
fi
