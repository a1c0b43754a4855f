#!/usr/bin/env bash
# Runs every test of the project and ends with one line: "N passed, N failed".
# Usage: ./test.sh            (all tests)
#        ./test.sh <filter>   (dotnet test --filter expression, for a focused run)
set -uo pipefail
cd "$(dirname "$0")"

passed=0
failed=0
skipped=0
status=0

log=$(mktemp)
filter=()
[ $# -gt 0 ] && filter=(--filter "$1")

dotnet test KnowledgeGraph.sln -c Release "${filter[@]}" 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

# VSTest prints one summary per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(sed -nE 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+), Total.*/\1 \2 \3/p' "$log")
rm -f "$log"

# A build error or a crashed test host runs no test: count that as a failure, never as a pass.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
