#!/usr/bin/env bash
# Renders the built issue's web page and email, and the archive's index and issue page, in headless Chromium at
# phone and desktop widths, as PNGs in docs/screenshots/. Run `make digest` (or `gazette build`) first;
# `make screenshots` does both.
set -euo pipefail
cd "$(dirname "$0")/.."
issue_dir=${1:-$(ls -d out/issues/*/ | sort | tail -n 1)}
out=${SCREENSHOT_DIR:-docs/screenshots}
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n $browser ]] || { echo "chromium is not installed; run: make test-deps" >&2; exit 1; }

shoot() { # file width height name
  # Only 127.0.0.1 resolves: nothing is fetched from other hosts (remote images stay blank).
  "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1" \
    --window-size="$2,$3" --screenshot="$out/$4.png" "file://$PWD/$1" >/dev/null 2>&1
  echo "$out/$4.png"
}

for width in 375 640; do
  shoot "${issue_dir%/}/index.html" "$width" 2400 "web-$width"
  shoot "${issue_dir%/}/email.html" "$width" 2400 "email-$width"
done

if [[ -f out/archive/index.html ]]; then
  shoot out/archive/index.html 640 1000 archive-index-640
  archived=$(ls -d out/archive/issues/*/ | sort | tail -n 1)
  shoot "${archived%/}/index.html" 375 2400 archive-issue-375
fi
