#!/usr/bin/env bash
# Builds the one-folder bundle (dist/helix/) and a versioned archive beside it.
# PyInstaller's work dir lives outside build/ (in .pyinstaller/ at the top).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
version=$($PY -c 'from importlib.metadata import version; print(version("helix-desktop"))')
arch=$(uname -m)
os=$(uname -s | tr '[:upper:]' '[:lower:]')
rm -rf dist/helix
$PY -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath .pyinstaller/work --distpath dist helix.spec
cp build/assets/helix.desktop build/assets/helix.png dist/helix/
archive="dist/helix-${version}-${os}-${arch}.tar.gz"
tar -C dist -czf "$archive" helix
echo "bundle: dist/helix ($(du -sh dist/helix | cut -f1) unpacked)"
echo "archive: $archive ($(du -sh "$archive" | cut -f1))"
