#!/usr/bin/env bash
# Wall time of `./cairn scan` on a small repository, the way a person runs it (PRODUCT.md "Fast": a small
# repository is assessed in well under a second). examples/shop is copied into a fresh git repository of
# its own with one commit, so that the scan reads a history as a real project's would and not cairn's.
# Prints the median, fastest and slowest of N runs after one warm-up run (which builds the distribution
# when needed, writes the class-data archive and keeps the kustomize builds in the render cache). Any
# further arguments go to the scan: --no-cache measures a repository scanned for the first time.
# Usage: scripts/bench-small-repo.sh [RUNS] [SCAN OPTIONS...]
set -euo pipefail

runs=${1:-11}
shift || true
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r "$here/examples/shop" "$work/shop"
git -C "$work/shop" init -q -b main
git -C "$work/shop" -c user.name=bench -c user.email=bench@example.com add -A
git -C "$work/shop" -c user.name=bench -c user.email=bench@example.com commit -q -m "shop as it is"

"$here/cairn" scan "$work/shop" "$@" >/dev/null 2>&1 || true # warm-up: build on first use, class-data archive

times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$here/cairn" scan "$work/shop" "$@" >/dev/null 2>&1 || true # exit 1 means findings, not a failure
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cairn scan examples/shop${*:+ $*} (own git repository, one commit), $runs runs after a warm-up:"
echo "  median ${sorted[$(( runs / 2 ))]} ms, fastest ${sorted[0]} ms, slowest ${sorted[$(( runs - 1 ))]} ms"
echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
