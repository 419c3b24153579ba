#!/usr/bin/env bash
# Moves the baseline schema forward to the current one: run it when a release ships, and commit
# metrics-schema/baseline/schema-snapshot.json with the release. From then on the build compares
# schema changes with this release. Accepted-break entries and former names the new baseline no
# longer needs are listed by the next build's report (target/schema-compatibility/report.md) as
# matching no change: remove them then.
#
# usage: scripts/advance-baseline.sh
set -euo pipefail

cd "$(dirname "$0")/.."
# The main job: the committed snapshot must be the processor's output, and the schema must be
# compatible with the old baseline (or acknowledge its breaks) before it becomes the new one.
mvn -B -ntp -q package -DskipTests
cp generated-docs/schema-snapshot.json metrics-schema/baseline/schema-snapshot.json
echo "Baseline moved to the current schema: commit metrics-schema/baseline/schema-snapshot.json"
