#!/bin/sh
# Thư Công Vụ from the tarball, for one user and without root: adds the app to the
# desktop's application menu (a .desktop entry and icons under ~/.local/share).
#   ./install-user.sh            add the menu entry for the app in this folder
#   ./install-user.sh --remove   take it away again (your mail data is not touched)
set -eu

APP_ID=vn.gov.thucongvu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/$APP_ID.desktop"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  find "$data/icons/hicolor" -name "$APP_ID.png" -o -name "$APP_ID.svg" 2>/dev/null | xargs rm -f
  echo "Đã gỡ mục Thư Công Vụ khỏi menu (removed the menu entry)."
  exit 0
fi

[ -x "$here/thucongvu" ] || { echo "Không thấy $here/thucongvu (run this script from the unpacked folder)" >&2; exit 2; }

for png in "$here"/share/icons/thucongvu-*.png; do
  size=$(basename "$png" .png | sed 's/^thucongvu-//')
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/applications"
cp "$here/share/icons/thucongvu.svg" "$data/icons/hicolor/scalable/apps/$APP_ID.svg"

# The packaged entry, pointed at this folder's executable (paths quoted per the Desktop Entry spec).
sed -e "s|^Exec=thucongvu|Exec=\"$here/thucongvu\"|" -e "s|^TryExec=thucongvu|TryExec=$here/thucongvu|" \
  "$here/share/$APP_ID.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Đã thêm Thư Công Vụ vào menu ứng dụng (added to the application menu): $entry"
