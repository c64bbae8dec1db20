#!/usr/bin/env bash
# Builds the wasm module and serves the repository root on localhost; the page
# is at /www/. Any static server at the root works as well as this one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-8000}"
"$root/scripts/build.sh"
echo
echo "Serving the page at http://localhost:$port/www/  (Ctrl-C stops)"
cd "$root" && exec python3 -m http.server "$port" --bind 127.0.0.1
