#!/usr/bin/env bash
# Installs the Debian packages a group of tasks needs, only those missing.
#   qt       - system libraries PySide6's wheels load (EGL, xkbcommon, fontconfig, xcb)
#   servers  - Dovecot (IMAP, LMTP), Postfix (SMTP), OpenLDAP slapd for the integration tests
#   screen   - Xvfb, ImageMagick, xprop/xwininfo for screenshots; appstream and
#              desktop-file-utils validate the Linux package's metadata
# Does nothing (with a note) where apt-get is absent or we are not root.
set -euo pipefail

declare -A GROUP
GROUP[qt]="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 fonts-noto-core"
GROUP[servers]="dovecot-imapd dovecot-lmtpd postfix slapd ldap-utils openssl"
GROUP[screen]="xvfb xauth imagemagick x11-utils appstream desktop-file-utils"

wanted=()
for g in "$@"; do
  [ -n "${GROUP[$g]:-}" ] || { echo "ensure-debian-packages: unknown group $g" >&2; exit 2; }
  for p in ${GROUP[$g]}; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || wanted+=("$p")
  done
done
[ ${#wanted[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Thiếu gói hệ thống (missing system packages): ${wanted[*]}; apt-get not found" >&2; exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
echo "Cài gói Debian (installing Debian packages): ${wanted[*]}"
export DEBIAN_FRONTEND=noninteractive
echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections 2>/dev/null || true
echo "slapd slapd/no_configuration boolean true" | $sudo debconf-set-selections 2>/dev/null || true
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
