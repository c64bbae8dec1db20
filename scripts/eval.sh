#!/usr/bin/env bash
# Measures the analyzer on annotated news: runs the command-line analyzer over
# a corpus file and prints the figures of ../shared/eval/score.py.
#
#   scripts/eval.sh [CORPUS.jsonl] [score.py options, e.g. --show-errors 30 or --json]
#   scripts/eval.sh --check      # CI: fail if a figure fell below its floor
#
# CORPUS defaults to ../shared/eval/polnear-dev.jsonl. --check scores the
# default corpus and compares with the floors in tests/eval-floors.json: the
# figures reached, less the allowed slack (two points of direct-attribution F1).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="$root/../shared/eval"
corpus="$eval_dir/polnear-dev.jsonl"
check=0
if [[ "${1:-}" == "--check" ]]; then
  check=1
  shift
elif [[ $# -gt 0 && "$1" != --* ]]; then
  corpus="$1"
  shift
fi
if [[ ! -f "$eval_dir/score.py" || ! -f "$corpus" ]]; then
  echo "eval: needs ../shared/eval/score.py and $corpus beside the repository; not found" >&2
  exit 3
fi
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin article-analyzer
predictions="$(mktemp --suffix=.jsonl)"
trap 'rm -f "$predictions"' EXIT
"$root/target/release/article-analyzer" --jsonl "$corpus" > "$predictions"
if [[ "$check" == 1 ]]; then
  python3 "$eval_dir/score.py" "$corpus" "$predictions"
  python3 "$eval_dir/score.py" "$corpus" "$predictions" --json | python3 "$root/scripts/eval_floors.py" "$root/tests/eval-floors.json"
else
  python3 "$eval_dir/score.py" "$corpus" "$predictions" "$@"
fi
