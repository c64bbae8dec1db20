#!/usr/bin/env bash
# Fuzzes analyze() with libFuzzer for SECONDS (default 60): any input that
# makes it panic or breaks an invariant of tests/support/invariants.rs is a
# crash, saved under fuzz/artifacts/analyze/.
#
#   scripts/fuzz.sh [SECONDS]
#   FUZZ_KEEP_GOING=1 scripts/fuzz.sh [SECONDS]   # go on past crashes (fork mode)
#
# It stops at the first failing input unless FUZZ_KEEP_GOING=1, which runs
# libFuzzer in fork mode and saves every distinct failure it meets.
#
# Works on stable Rust: cargo-fuzz's default AddressSanitizer needs nightly
# (-Zsanitizer), so this runs with --sanitizer none. The analyzer has no
# unsafe code, so a sanitizer would add little; libFuzzer's coverage guidance
# (-Cpasses=sancov-module, stable) and debug assertions with overflow checks
# (cargo-fuzz's default) are on. Installs cargo-fuzz when it is missing.
set -euo pipefail
shopt -s nullglob
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS]" >&2
  exit 2
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz (about a minute)"
  cargo install cargo-fuzz --locked
fi

# The corpus grows as the fuzzer finds new paths; seed it (again) with the
# fixtures and the hand-made seeds. Not with tests/fixtures/fuzz/: those once
# broke the analyzer, and one still broken would stop every run at once
# (tests/properties.rs replays them instead).
corpus=fuzz/corpus/analyze
artifacts=fuzz/artifacts/analyze
mkdir -p "$corpus" "$artifacts"
for seed in tests/fixtures/*.txt fuzz/seeds/*; do
  cp "$seed" "$corpus/seed-$(basename "$seed")"
done
before=("$artifacts"/*)

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "fuzzing analyze for ${seconds}s (corpus $corpus, $(ls "$corpus" | wc -l) inputs)"
keep_going=()
if [[ "${FUZZ_KEEP_GOING:-}" == 1 ]]; then
  keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
status=0
cargo fuzz run analyze --sanitizer none "$root/$corpus" -- \
  -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -dict="$root/fuzz/analyze.dict" -print_final_stats=1 "${keep_going[@]}" \
  2>&1 | tee "$log" || status=$?

echo
echo "== summary"
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" || true
grep -E '^#[0-9]+.*(cov|ft):' "$log" | tail -1 || true  # the last progress line: coverage, exec/s
after=("$artifacts"/*)
if (( status != 0 || ${#after[@]} > ${#before[@]} )); then
  echo "the fuzzer found a failing input (exit status $status):" >&2
  for file in "$artifacts"/*; do
    echo "  $file" >&2
  done
  echo "replay one: cargo fuzz run analyze --sanitizer none FILE" >&2
  echo "keep it as a regression test: copy it to tests/fixtures/fuzz/ (tests/properties.rs replays them)" >&2
  exit 1
fi
echo "no crash, no broken invariant"
