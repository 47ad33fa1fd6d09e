#!/usr/bin/env bash
# Debian packages Qt needs on a fresh machine (PySide6 wheels bring Qt itself, not
# these system libraries), plus a CJK font so Chinese text renders, and binutils
# for building the bundle. Installs them when it can (root with apt-get);
# otherwise says exactly what to run.
set -u
mode=${1:-test}
pkgs=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-wqy-microhei)
# PyInstaller reads binaries with objdump when the tests build the bundle.
pkgs+=(binutils)
if [ "$mode" = "run" ] || [ "$mode" = "all" ]; then
  pkgs+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
         libxcb-render-util0 libxcb-image0 xvfb xauth)
fi
command -v dpkg >/dev/null 2>&1 || exit 0   # not Debian: nothing to check here
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing Debian packages Qt needs: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || \
     { apt-get update -qq >/dev/null 2>&1 && \
       apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
    exit 0
  fi
  echo "setup: could not install ${missing[*]}; continuing (tests run offscreen)" >&2
  exit 0
fi
echo "setup: missing Debian packages for Qt: ${missing[*]}" >&2
echo "setup: install them with: sudo apt-get install ${missing[*]}" >&2
exit 0
