#!/usr/bin/env python3
"""Compares the scorer's figures (JSON on standard input) with the floors in
the file named by the first argument. Prints one line a figure; exits 1 when a
figure is below its floor, so CI fails on an accuracy regression.

A floor is the figure reached when it was last raised, less the slack the file
gives, so ordinary noise passes and a real regression does not."""
import json
import sys

figures = json.load(sys.stdin)
spec = json.load(open(sys.argv[1]))
failed = 0
for name, entry in spec["floors"].items():
    value = figures
    for key in name.split("."):
        value = value[key]
    floor = entry["reached"] - entry["slack"]
    ok = value >= floor
    failed += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {value:.4f} (reached {entry['reached']:.4f}, floor {floor:.4f})")
print(f"accuracy floors: {len(spec['floors']) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
