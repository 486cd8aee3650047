#!/usr/bin/env bash
# Browser check of the HTML reports: renders every report kind, screenshots each page with headless
# Chromium, and fails unless every page rendered (a PNG of the expected size that is not blank) with
# no console errors. Screenshots land in $REPORTS_OUT (default out/reports) for a person to look at.
#
# Data: real sessions played through the real binary (`hotseat play … --store TMP` with piped replies)
# when `hotseat report` and the store are available; otherwise the view-model fixtures of the
# ReportsTests (a test writes the HTML files).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT="${REPORTS_OUT:-out/reports}"
WIDTH=1280
HEIGHT=2000
HOTSEAT="${HOTSEAT:-.build/debug/hotseat}"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"

if [ -z "$CHROMIUM" ]; then
  echo "SKIPPED browser check of HTML reports: chromium is not installed (apt-get install chromium)"
  exit 0
fi

rm -rf "$OUT"
mkdir -p "$OUT"

# Real data: play scenarios into a throwaway store, then render each report kind from it.
generate_from_store() {
  [ -x "$HOTSEAT" ] || return 1
  "$HOTSEAT" report --help >/dev/null 2>&1 || return 1
  "$HOTSEAT" play --help 2>/dev/null | grep -q -- '--store' || return 1
  scripts/seed-report-store.sh "$HOTSEAT" "$OUT"
}

generate_from_fixtures() {
  echo "render-reports: no store-backed 'hotseat report' yet; rendering the view-model fixtures"
  HOTSEAT_REPORTS_OUT="$PWD/$OUT" swift test --skip-build --filter FixtureReportWriter >/dev/null 2>&1 \
    || HOTSEAT_REPORTS_OUT="$PWD/$OUT" swift test --filter FixtureReportWriter >/dev/null
}

generate_from_store || generate_from_fixtures

shopt -s nullglob
pages=("$OUT"/*.html)
if [ ${#pages[@]} -eq 0 ]; then
  echo "render-reports: no HTML reports were generated in $OUT" >&2
  exit 1
fi

failures=0
for html in "${pages[@]}"; do
  name="${html%.html}"
  url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
  # A fresh profile per page keeps runs independent; --v=0 logs page console messages as CONSOLE lines.
  profile="$(mktemp -d)"
  if ! timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$profile" --enable-logging=stderr --v=0 \
        --screenshot="$name.png" --window-size="$WIDTH,$HEIGHT" "$url" >/dev/null 2>"$name.log"; then
    echo "FAIL $html: chromium exited with an error (see $name.log)"; failures=$((failures + 1)); rm -rf "$profile"; continue
  fi
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" \
    --dump-dom "$url" >"$name.dom" 2>/dev/null || true
  rm -rf "$profile"

  if ! python3 scripts/png-check.py "$name.png" "$WIDTH" "$HEIGHT"; then failures=$((failures + 1)); continue; fi
  if grep -E 'CONSOLE|Uncaught|net::ERR_|Failed to load resource' "$name.log" >/dev/null; then
    echo "FAIL $html: console errors:"; grep -E 'CONSOLE|Uncaught|net::ERR_|Failed to load resource' "$name.log" | head -5
    failures=$((failures + 1)); continue
  fi
  # The browser built the whole page: a heading, the closing main, and at least one chart.
  if ! grep -q '<h1>' "$name.dom" || ! grep -q '</main>' "$name.dom" || ! grep -q '<svg' "$name.dom"; then
    echo "FAIL $html: the rendered DOM is missing its heading, main or charts (see $name.dom)"; failures=$((failures + 1)); continue
  fi
  echo "ok   $html"
done

if [ "$failures" -gt 0 ]; then
  echo "render-reports: $failures of ${#pages[@]} report(s) failed the browser check" >&2
  exit 1
fi
echo "render-reports: ${#pages[@]} report(s) rendered in Chromium; screenshots in $OUT/*.png"
