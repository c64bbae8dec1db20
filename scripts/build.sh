#!/usr/bin/env bash
# Builds the release wasm module and its JavaScript glue into pkg/ (--target
# web: an ES module the page imports with no bundler).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh" "$@"
cd "$root"
wasm-pack build --release --target web --out-dir pkg --no-pack
ls -l pkg/*.wasm
