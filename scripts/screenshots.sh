#!/usr/bin/env bash
# Renders the HTML report of the two examples and takes a PNG of each with Debian's headless Chromium:
#   docs/images/report.png       examples/careless, the picture in the README (commit it)
#   target/screenshots/*.html    both reports, to open in a browser; shop.png beside them
# Usage: scripts/screenshots.sh        (installs chromium with apt-get when it is missing and you are root)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
    browser="$(command -v chromium)"
  else
    echo "screenshots: chromium is missing: sudo apt-get install chromium, then run this again" >&2
    exit 1
  fi
fi

out=target/screenshots
mkdir -p "$out" docs/images
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

# shot NAME PNG HEIGHT: scan examples/NAME to HTML, then photograph the top HEIGHT pixels at 1280 wide.
shot() {
  ./cairn scan "examples/$1" --fail-on none --format "html=$out/$1.html"
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$profile" \
    --screenshot="$2" --window-size="1280,$3" "file://$PWD/$out/$1.html" 2>/dev/null
  echo "screenshots: $out/$1.html -> $2"
}

shot shop "$out/shop.png" 1600
shot careless docs/images/report.png 1600
