#!/usr/bin/env bash
# Builds the release wasm module and its JavaScript glue into pkg/ (--target
# web: an ES module the page imports with no bundler), an npm package that
# scripts/package.sh completes (exports, the renderer, <quote-highlighter>).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh" "$@"
cd "$root"
wasm-pack build --release --target web --out-dir pkg
"$root/scripts/package.sh"
ls -l pkg/*.wasm
