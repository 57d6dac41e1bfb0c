#!/usr/bin/env bash
# Installs the pinned fauxqs (SNS/SQS emulator) into the directory given as $1, once per lock file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=$1
mkdir -p "$dest"
if [ -f "$dest/node_modules/.installed" ] && cmp -s "$here/package-lock.json" "$dest/package-lock.json"; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm not found: install Node.js 20+ (fauxqs, the local SNS emulator, runs on it)" >&2; exit 1; }
cp "$here/package.json" "$here/package-lock.json" "$here/launch.mjs" "$dest/"
(cd "$dest" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
touch "$dest/node_modules/.installed"
