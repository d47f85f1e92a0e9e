#!/usr/bin/env bash
# Runs every test: pure rules, API tests on PGlite (and on PostgreSQL when KC_TEST_PG_URL is set),
# and the browser flows in Debian's chromium. Prints a closing 'N passed, N failed' line.
set -uo pipefail
cd "$(dirname "$0")/.."

echo "Node.js $(node --version) ($(command -v node))"
bash scripts/ensure-browser.sh || exit 1
npm run --silent build:web > .test-build.log 2>&1 || { cat .test-build.log; echo "0 passed, 1 failed"; exit 1; }
rm -f .test-build.log

mkdir -p .test-tmp
rm -f .test-tmp/vitest-report*.json
if [ "$#" -gt 0 ]; then
  npx vitest run --reporter=default --reporter=json --outputFile.json=.test-tmp/vitest-report.json "$@"
  status=$?
  node scripts/test-summary.mjs .test-tmp/vitest-report.json || status=1
  exit $status
fi
# The browser flows run after the API suites, so the two do not compete for the same two cores.
projects=(--project domain --project server-pglite --project bench)
[ -n "${KC_TEST_PG_URL:-}" ] && projects+=(--project server-postgres)
npx vitest run "${projects[@]}" --reporter=default --reporter=json --outputFile.json=.test-tmp/vitest-report-api.json
status=$?
npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json=.test-tmp/vitest-report-e2e.json || status=1
node scripts/test-summary.mjs .test-tmp/vitest-report-api.json .test-tmp/vitest-report-e2e.json || status=1
exit $status
