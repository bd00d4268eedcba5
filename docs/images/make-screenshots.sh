#!/usr/bin/env bash
# Remakes the PNGs of docs/authoring.md: starts the preview and decap-server on a copy of nothing but
# this repository's own course, photographs the editor and a section, stops both. Needs Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm ci --prefix theme --no-audit --no-fund >/dev/null
npm ci --prefix theme/admin --no-audit --no-fund >/dev/null
dotnet build src/Course.Cli -v q -nologo >/dev/null
dotnet run --project src/Course.Cli --no-build -- preview --port 5080 --output /tmp/course-screenshots-site >/dev/null 2>&1 &
preview=$!
PORT=8081 MODE=fs GIT_REPO_DIRECTORY="$PWD" node theme/admin/node_modules/decap-server/dist/index.js >/dev/null 2>&1 &
decap=$!
trap 'kill $preview $decap 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf http://127.0.0.1:5080/ >/dev/null && break; sleep 0.5; done
node docs/images/screenshots.mjs
echo "docs/images/*.png updated"
