#!/usr/bin/env bash
# CI's packaging step: build the Linux bundle from this checkout, smoke-test it and its installed copy,
# validate the desktop files and the Windows installer script, and print the bundle's size and start-up
# time next to `python -m klarna_console`. Uses $PYTHON (default .venv/bin/python) with the packaging extra.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
VERSION=$("$PYTHON" -c "import klarna_console; print(klarna_console.__version__)")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== packaging: build (PyInstaller onedir + tarball)"
build_start=$(date +%s)
# --clean: a CI build must not reuse PyInstaller's cache from an earlier run on the same machine.
timeout 900 "$PYTHON" packaging/build.py --clean
build_seconds=$(( $(date +%s) - build_start ))

echo "== packaging: smoke test of dist/klarna-console"
timeout 300 "$PYTHON" packaging/smoke_test.py

echo "== packaging: tarball -> install.sh -> installed command -> uninstall"
tarball="dist/klarna-console-$VERSION-linux-$(uname -m | tr '[:upper:]' '[:lower:]').tar.gz"
tar -xzf "$tarball" -C "$work"
"$work/klarna-console-$VERSION/install.sh" --prefix "$work/prefix"
timeout 300 "$PYTHON" packaging/smoke_test.py --binary "$work/prefix/bin/klarna-console" --skip-server
"$work/klarna-console-$VERSION/install.sh" --prefix "$work/prefix" --uninstall
leftover=$(find "$work/prefix" -type f ! -name '*.cache')
[ -z "$leftover" ] || { echo "install.sh --uninstall left: $leftover" >&2; exit 1; }

echo "== packaging: validators"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate resources/linux/klarna-console.desktop && echo "ok   desktop-file-validate"
else
  echo "skip desktop-file-validate (not installed)"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net resources/linux/io.github.klarnaconsole.KlarnaConsole.metainfo.xml
else
  echo "skip appstreamcli (not installed)"
fi
if command -v makensis >/dev/null; then
  # The Windows script against a stand-in folder: proves it compiles; the real one needs a Windows build.
  mkdir -p "$work/win/_internal"
  touch "$work/win/klarna-console.exe" "$work/win/klarna-console-cli.exe" "$work/win/_internal/base_library.zip"
  makensis -V2 -WX "-DVERSION=$VERSION" "-DVERSION4=$("$PYTHON" -c "import sys; sys.path.insert(0, 'packaging'); import bundle_rules; print(bundle_rules.numeric_version('$VERSION'))")" \
    "-DSOURCE_DIR=$work/win" "-DOUTFILE=$work/klarna-console-$VERSION-windows-amd64-setup.exe" "-DROOT=$PWD" \
    packaging/windows/klarna-console.nsi && echo "ok   makensis compiled packaging/windows/klarna-console.nsi"
else
  echo "skip makensis (not installed)"
fi

echo "== packaging: figures"
# Same command both ways: open the sandbox, render the main window to PNG, exit. Wall time from launch
# to exit, median of 5 runs each, measured one after the other on the same machine.
frozen=$(timeout 300 "$PYTHON" packaging/smoke_test.py --runs 5 --skip-server | grep '^start-up')
source=$(timeout 300 "$PYTHON" packaging/smoke_test.py --from-source --runs 5 --skip-server | grep '^start-up')
bundle_mb=$(du -sb dist/klarna-console | awk '{printf "%.0f", $1 / 1e6}')
bundle_mib=$(du -sh dist/klarna-console | awk '{print $1}')
tarball_mb=$(stat -c %s "$tarball" | awk '{printf "%.0f", $1 / 1e6}')
echo "bundle:   dist/klarna-console = $bundle_mb MB ($bundle_mib on disk); $(basename "$tarball") = $tarball_mb MB; built in $build_seconds s"
echo "$frozen"
echo "$source"
