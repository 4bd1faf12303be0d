#!/usr/bin/env bash
# Renders the built issue's web page and email in headless Chromium at phone and desktop widths, as PNGs in
# docs/screenshots/. Run `make digest` (or `gazette build`) first; `make screenshots` does both.
set -euo pipefail
cd "$(dirname "$0")/.."
issue_dir=${1:-$(ls -d out/issues/*/ | sort | tail -n 1)}
out=${SCREENSHOT_DIR:-docs/screenshots}
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n $browser ]] || { echo "chromium is not installed; run: make test-deps" >&2; exit 1; }

shoot() { # file width height name
  "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$2,$3" --screenshot="$out/$4.png" "file://$PWD/$1" >/dev/null 2>&1
  echo "$out/$4.png"
}

for width in 375 640; do
  shoot "${issue_dir%/}/index.html" "$width" 2400 "web-$width"
  shoot "${issue_dir%/}/email.html" "$width" 2400 "email-$width"
done
