#!/usr/bin/env bash
# Times the window's start as a user meets it: launch to first frame ("Opening ledger…") and launch
# to the first screen usable (the main window on the open ledger, drawn once), on the demo ledger.
# Run from the repository after ./mvnw -o -q compile, with a display (DISPLAY=:99 under Xvfb).
# Usage: docs/startup-benchmark.sh [runs]   (the first run makes the demo ledger: a first start)
set -euo pipefail
runs="${1:-3}"
cd "$(dirname "$0")/.."
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
classpath="target/classes:$(cat target/classpath.txt)"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
for run in $(seq 1 "$runs"); do
  kind=$([ "$run" = 1 ] && echo "first start" || echo "later start")
  XDG_DATA_HOME="$data" java -Ddesk.startup.exitWhenUsable=true -cp "$classpath" dk.reimbursementdesk.app.Launcher 2>&1 \
    | grep '^startup:' | sed "s/^/run $run ($kind) /"
done
