#!/usr/bin/env bash
# Renders the HTML report of the two examples and takes a PNG of each with Debian's headless Chromium, then
# records both examples in a fresh history, starts 'cairn serve' on it and photographs the dashboard:
#   docs/images/report.png       examples/careless, the picture in the README (commit it)
#   docs/images/dashboard.png    the dashboard's portfolio, the picture in the README (commit it)
#   target/screenshots/*.html    both reports, to open in a browser; shop.png and dashboard-*.png beside them
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
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$profile"' EXIT

# photograph URL PNG HEIGHT: the top HEIGHT pixels of the page at 1280 wide.
photograph() {
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$profile" \
    --screenshot="$2" --window-size="1280,$3" "$1" 2>/dev/null
}

# shot NAME PNG HEIGHT: scan examples/NAME to HTML, then photograph it.
shot() {
  ./cairn scan "examples/$1" --fail-on none --format "html=$out/$1.html"
  photograph "file://$PWD/$out/$1.html" "$2" "$3"
  echo "screenshots: $out/$1.html -> $2"
}

shot shop "$out/shop.png" 1600
shot careless docs/images/report.png 1600

# The dashboard: both examples recorded in a fresh history, served on a free port of this machine.
db="$profile/history.db"
for example in shop careless shop careless; do  # twice: a change since the scan before, and a line to draw
  ./cairn scan "examples/$example" --fail-on none --format "json=$profile/$example.json" --history="$db" 2>/dev/null
done
./cairn serve --db "$db" --port 0 >"$profile/serve.log" 2>"$profile/serve.err" &
server_pid=$!
url=""
for _ in $(seq 1 60); do
  url="$(sed -n 's/^cairn: serving .* on \(http:[^ ]*\)$/\1/p' "$profile/serve.err")"
  [ -n "$url" ] && break
  sleep 1
done
[ -n "$url" ] || { echo "screenshots: cairn serve did not start: $(cat "$profile/serve.err")" >&2; exit 1; }
photograph "$url" docs/images/dashboard.png 560
photograph "${url}repository?name=shop" "$out/dashboard-repository.png" 1600
photograph "${url}scans/1" "$out/dashboard-scan.png" 1600
echo "screenshots: $url -> docs/images/dashboard.png, $out/dashboard-repository.png, $out/dashboard-scan.png"
