#!/usr/bin/env bash
# Installs what building (and, with --test, testing) needs, skipping what is
# already there. Sourced by serve.sh and test.sh; safe to run on its own.
#
# What works on this kind of machine is written up in ../shared/TOOLCHAIN.md:
# prebuilt-binary downloads fail, so every tool comes from a package registry
# (rustup, crates.io, npm, Debian).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want_test_tools=0
[[ "${1:-}" == "--test" ]] && want_test_tools=1

step() { printf '\n== %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

# The wasm-bindgen command must be the exact version the crate pins, or the
# generated glue and the compiled module disagree.
bindgen_version="$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' "$root/Cargo.toml" | head -n 1)"
if [[ -z "$bindgen_version" ]]; then
  echo "setup: could not read the pinned wasm-bindgen version from Cargo.toml" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v wasm-pack >/dev/null; then
  step "cargo install wasm-pack (about 2 minutes, once)"
  cargo install wasm-pack --locked
fi

if [[ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]]; then
  step "cargo install wasm-bindgen-cli $bindgen_version (about 2 minutes, once)"
  # Not --locked: the lock file published with 0.2.130 pins a yanked webpki-roots.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# npm packages: binaryen gives wasm-opt (wasm-pack's own download of it fails
# here); playwright-core drives Chromium in the page tests.
if [[ ! -x "$root/node_modules/.bin/wasm-opt" ]] ||
   [[ "$want_test_tools" == 1 && ! -d "$root/node_modules/playwright-core" ]] ||
   [[ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]]; then
  step "npm ci"
  (cd "$root" && npm ci --no-audit --no-fund)
fi

if [[ "$want_test_tools" == 1 ]]; then
  if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    step "apt-get install chromium chromium-driver"
    sudo_cmd=""
    [[ "$(id -u)" != 0 ]] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium chromium-driver
  fi
fi
