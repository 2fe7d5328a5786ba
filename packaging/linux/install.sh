#!/bin/sh
# Install Klarna Order Console from the unpacked tarball, for the current user and without root:
#   ./install.sh                    the app in ~/.local/lib/klarna-console, the command in ~/.local/bin,
#                                   the menu entry, icons and AppStream file under ~/.local/share
#   ./install.sh --prefix /opt/kc   somewhere else (run with sudo for a system-wide prefix)
#   ./install.sh --uninstall        remove what an earlier run installed under the same prefix
# Your settings, orders cache and logs (in ~/.config, ~/.local/share, ~/.local/state) are never touched.
set -eu

prefix="$HOME/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done

here=$(cd "$(dirname "$0")" && pwd)
app_dir="$prefix/lib/klarna-console"
desktop="$prefix/share/applications/klarna-console.desktop"
metainfo="$prefix/share/metainfo/io.github.klarnaconsole.KlarnaConsole.metainfo.xml"
icons="$prefix/share/icons/hicolor"

refresh_caches() {
  # Menus and icon themes pick the change up sooner with these; both are optional.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$app_dir"
  rm -f "$prefix/bin/klarna-console" "$desktop" "$metainfo"
  find "$icons" -name 'klarna-console.*' -path '*/apps/*' -exec rm -f {} + 2>/dev/null || true
  refresh_caches
  echo "Klarna Order Console removed from $prefix"
  exit 0
fi

[ -x "$here/klarna-console" ] || { echo "install.sh: run it from the unpacked tarball" >&2; exit 1; }
# Copy into a fresh folder first, then swap, so an interrupted upgrade never leaves half an app.
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
rm -rf "$app_dir.new"
mkdir "$app_dir.new"
cp -R "$here/klarna-console" "$here/_internal" "$app_dir.new/"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sf "$app_dir/klarna-console" "$prefix/bin/klarna-console"

# The menu must start the app even where $prefix/bin is not on the session's PATH: use full paths.
sed -e "s|^Exec=klarna-console|Exec=\"$app_dir/klarna-console\"|" \
    -e "s|^TryExec=klarna-console|TryExec=$app_dir/klarna-console|" \
    "$here/share/applications/klarna-console.desktop" > "$desktop"
cp "$here/share/metainfo/io.github.klarnaconsole.KlarnaConsole.metainfo.xml" "$metainfo"
(cd "$here/share/icons/hicolor" && find . -type f) | while read -r icon; do
  mkdir -p "$icons/$(dirname "$icon")"
  cp "$here/share/icons/hicolor/$icon" "$icons/$icon"
done
refresh_caches
echo "Klarna Order Console installed in $app_dir"
echo "Start it from the applications menu, or run: $prefix/bin/klarna-console"
