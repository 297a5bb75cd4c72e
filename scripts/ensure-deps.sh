#!/usr/bin/env bash
# Installs what WebTasks needs and is missing: Chromium from Debian (the headless shell that runs use, and the full
# browser for `webtasks auth record` and the dashboard's browser tests), Azurite 3.35.0 and (for the tests' S3 sink) s3rver
# 3.7.1 from npm (into .tools/).
# Safe to run again: it only installs what is not there. Never runs `playwright install` (browser downloads fail here).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromium-headless-shell ]; then
  echo "==> Installing Chromium and its headless shell (Debian packages)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-headless-shell > /dev/null
fi

if [ ! -x .tools/node_modules/.bin/azurite ] || [ ! -x .tools/node_modules/.bin/s3rver ]; then
  command -v npm > /dev/null || { echo "npm is needed to install Azurite and s3rver (apt-get install -y nodejs npm)" >&2; exit 1; }
  echo "==> Installing Azurite 3.35.0 and s3rver 3.7.1 (npm, into .tools/)"
  mkdir -p .tools
  (cd .tools && [ -f package.json ] || echo '{ "private": true }' > package.json)
  (cd .tools && npm install --no-audit --no-fund --loglevel=error azurite@3.35.0 s3rver@3.7.1 > /dev/null)
fi
