#!/bin/sh
# Installs the Debian 12 packages needed to build, run and test CSM Workspace.
# Idempotent: when every package is present it returns at once without touching apt.
set -eu

PACKAGES="
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  libgl-dev libxkbcommon-dev libsqlite3-dev sqlite3 libsodium-dev catch2 xdg-utils
  xvfb xauth poppler-utils fonts-dejavu-core desktop-file-utils appstream
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "csm-workspace: missing packages:$missing (run this script as root to install them)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
