#!/usr/bin/env bash
# Measures the analyzer on annotated news: runs the command-line analyzer over
# a corpus file and prints the figures of ../shared/eval/score.py.
#
#   scripts/eval.sh [CORPUS.jsonl] [score.py options, e.g. --show-errors 30 or --json]
#
# CORPUS defaults to ../shared/eval/polnear-dev.jsonl.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="$root/../shared/eval"
corpus="$eval_dir/polnear-dev.jsonl"
if [[ $# -gt 0 && "$1" != --* ]]; then
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
python3 "$eval_dir/score.py" "$corpus" "$predictions" "$@"
