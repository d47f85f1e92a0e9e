#!/usr/bin/env bash
# The browser tests drive Debian's chromium (never a downloaded browser) and need CJK fonts.
set -euo pipefail
chromium_bin="${CHROMIUM_PATH:-$(command -v chromium || true)}"
have_fonts=$(fc-list 2>/dev/null | grep -ci 'noto sans cjk' || true)
if [ -n "$chromium_bin" ] && [ "$have_fonts" -gt 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing chromium and fonts-noto-cjk from Debian (once)…"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "The browser tests need Debian's chromium and fonts-noto-cjk: sudo apt-get install -y chromium fonts-noto-cjk" >&2
exit 1
