#!/usr/bin/env bash
# Netlify build: install the SDK pinned in global.json when the image lacks it, then build the course.
set -euo pipefail
version=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' global.json)
if ! dotnet --list-sdks 2>/dev/null | grep -q "^${version%.*}"; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --version "$version" --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
npm ci --prefix theme --no-audit --no-fund
npm ci --prefix theme/admin --omit=dev --no-audit --no-fund   # the browser editor at /admin/
dotnet run --project src/Course.Cli -c Release -- build
