#!/usr/bin/env bash
# Measures speed, size and memory, prints the figures and writes them to
# BENCHMARKS.md. Nothing here asserts on time: CI guards only the wasm size.
#
#   scripts/bench.sh
#
# Native: criterion over the PolNeAR dev articles (or the test fixtures when
# ../shared/eval is absent), 1-10 MB of news and odd-shaped inputs. Browser:
# the release wasm in headless Chromium. Also sizes and peak memory.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh" --test
cd "$root"

step "build the release wasm and command line"
wasm-pack build --release --target web --out-dir pkg --no-pack >/dev/null
cargo build --release --quiet --bin article-analyzer

work="$(mktemp -d)"
# (The server is stopped only once started: `kill 0` would stop this
# script's whole process group, its caller's too.)
trap 'rm -rf "$work"; if [ -n "${server:-}" ]; then kill "$server" 2>/dev/null || true; fi' EXIT

step "native benchmarks (criterion)"
# The figures are shown as they come and kept for the report; a benchmark
# that fails stops here, before the report is written from stale figures.
set +e
cargo bench --quiet --bench analyze -- --warm-up-time 1 --measurement-time 4 2>&1 | tee "$work/bench.log" \
    | grep --line-buffered -E "^[a-z]|time:|thrpt:"
status="${PIPESTATUS[0]}"
set -e
if [ "$status" -ne 0 ]; then
    tail -n 30 "$work/bench.log"
    echo "bench.sh: the native benchmarks failed (above); BENCHMARKS.md is unchanged." >&2
    exit 1
fi

step "browser benchmarks (headless Chromium)"
python3 -u -m http.server 0 --bind 127.0.0.1 > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q "port" "$work/server.log" && break; sleep 0.1; done
port="$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$work/server.log" | head -n 1)"
python3 "$root/scripts/bench_report.py" articles > "$work/articles.json"
BASE="http://127.0.0.1:$port" ARTICLES_FILE="$work/articles.json" node tests/bench/browser.mjs > "$work/browser.json"
cat "$work/browser.json"

step "peak memory of the command line on 10 MB"
python3 "$root/scripts/bench_report.py" news 10000000 > "$work/news10.txt"
/usr/bin/time -v target/release/article-analyzer "$work/news10.txt" > /dev/null 2> "$work/time.log"
grep -E "Maximum resident|Elapsed" "$work/time.log"

step "BENCHMARKS.md"
python3 "$root/scripts/bench_report.py" report "$work/browser.json" "$work/time.log" "$work/news10.txt" "$work/bench.log" \
    > BENCHMARKS.md
cat BENCHMARKS.md
