#!/usr/bin/env bash
# Completes pkg/, which `wasm-pack build` wrote, as an npm package: copies in
# the decoder of packed analyses (src/wasm/decode.js), and from www/ the
# renderer (render.js, render.css) and the <quote-highlighter> element, each
# with its TypeScript declarations; and adds to package.json what
# wasm-pack cannot take from Cargo.toml: `exports`, those files, and the
# side effects a bundler must keep. build.sh and test.sh run it after
# `wasm-pack build`; `wasm-pack pack` then makes the tarball.
#
#   scripts/package.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pkg="$root/pkg"
if [[ ! -f "$pkg/package.json" ]]; then
  echo "package: no pkg/package.json; build with scripts/build.sh (wasm-pack build without --no-pack)" >&2
  exit 1
fi

# The decoder of packed analyses, for pages whose worker posts them
# (src/wasm/decode.js says why).
cp "$root/src/wasm/decode.js" "$pkg/decode.js"
cp "$root/src/wasm/decode.d.ts" "$pkg/decode.d.ts"

# In www/ these files import the analyzer from ../pkg/; in the package it is
# beside them.
extras=(render.js render.d.ts render.css quote-highlighter.js quote-highlighter.d.ts)
for file in "${extras[@]}"; do
  sed 's#\.\./pkg/article_analyzer\.js#./article_analyzer.js#g' "$root/www/$file" > "$pkg/$file"
done
if grep -n '\.\./' "${extras[@]/#/$pkg/}" | grep -E "import|from|url\(" ; then
  echo "package: a file copied from www/ still reaches outside the package (above)" >&2
  exit 1
fi

node --input-type=module - "$pkg/package.json" decode.js decode.d.ts "${extras[@]}" <<'JS'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const [path, ...extras] = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(path, 'utf8'));
const wasm = pkg.files.find((file) => file.endsWith('.wasm'));
// wasm-pack copies in LICENSE-MIT and LICENSE-APACHE, but npm packs only a
// file named LICENSE unless `files` names them.
const licenses = readdirSync(dirname(path)).filter((file) => file.startsWith('LICENSE'));
pkg.files = [...new Set([...pkg.files, ...extras, ...licenses])];
pkg.exports = {
  '.': { types: `./${pkg.types}`, default: `./${pkg.main}` },
  './decode': { types: './decode.d.ts', default: './decode.js' },
  './render': { types: './render.d.ts', default: './render.js' },
  './quote-highlighter': { types: './quote-highlighter.d.ts', default: './quote-highlighter.js' },
  './render.css': './render.css',
  // Node and other hosts that pass the module's bytes to initSync.
  [`./${wasm}`]: `./${wasm}`,
  './package.json': './package.json',
};
// Importing the element defines it; a stylesheet import applies it.
pkg.sideEffects = [...new Set([...(pkg.sideEffects ?? []), './quote-highlighter.js', '*.css'])];
writeFileSync(path, `${JSON.stringify(pkg, null, 2)}\n`);
JS
echo "package: pkg/package.json completed ($(node -p "require('$pkg/package.json').files.length") files, exports: $(node -p "Object.keys(require('$pkg/package.json').exports).join(' ')"))"
