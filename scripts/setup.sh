#!/usr/bin/env bash
# Prepare a fresh Debian machine for the atlas: a virtualenv in .venv with the pinned packages.
#   bash scripts/setup.sh          runtime: the packages and Debian's Noto CJK fonts (to start the app)
#   bash scripts/setup.sh --dev    also the test tools and Debian's Chromium
set -euo pipefail
cd "$(dirname "$0")/.."

dev=false
[ "${1:-}" = "--dev" ] && dev=true

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  apt_install python3-venv
fi
# Noto Sans CJK (SIL OFL 1.1) draws Chinese in the exported map image; Chromium runs the browser tests.
apt_install fonts-noto-cjk
if $dev; then
  apt_install chromium
fi

requirements=requirements.txt
$dev && requirements=requirements-dev.txt
[ -x .venv/bin/python ] || python3 -m venv .venv
stamp=".venv/.installed-$(cat requirements*.txt | sha256sum | cut -c1-16)-$requirements"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
  touch "$stamp"
fi
