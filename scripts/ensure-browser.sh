#!/usr/bin/env bash
# The browser tests drive Debian's chromium (never a downloaded browser) and need CJK fonts; the two-instance test
# puts Debian's HAProxy in front of two servers.
set -euo pipefail
chromium_bin="${CHROMIUM_PATH:-$(command -v chromium || true)}"
have_fonts=$(fc-list 2>/dev/null | grep -ci 'noto sans cjk' || true)
if [ -n "$chromium_bin" ] && [ "$have_fonts" -gt 0 ] && command -v haproxy >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing chromium, fonts-noto-cjk and haproxy from Debian (once)…"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk haproxy >/dev/null
  exit 0
fi
echo "The browser tests need Debian's chromium, fonts-noto-cjk and haproxy: sudo apt-get install -y chromium fonts-noto-cjk haproxy" >&2
exit 1
