#!/usr/bin/env bash
# Checks the /metrics of running services against the committed schema snapshot
# (generated-docs/schema-snapshot.json): undeclared families, declared metrics not exposed (coverage
# per service and over all), type, unit, help and label mismatches, values outside their domain,
# open labels at their bound, series over the declared worst case. Exits 1 on a mismatch, 2 on an
# unreachable service or a malformed exposition. Without NAME=URL arguments it checks every target
# of the generated scrape config (alerts/prometheus.yml): the six services of the stack.
#
# usage: scripts/live-check.sh [--json] [--format openmetrics|text] [--require-full-coverage]
#                              [--timeout-seconds N] [NAME=URL|NAME=FILE ...]
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -pl metrics-evolution -am package -DskipTests -Dmaven.test.skip=true
classpath="metrics-evolution/target/classes:$(cat metrics-evolution/target/runtime.classpath)"

args=("$@")
if ! printf '%s\n' "$@" | grep -q '='; then
  # job_name: x, then its targets' host:port lines, from the generated scrape config.
  while read -r job target; do
    args+=("$job=http://$target/metrics")
  done < <(awk '/job_name:/ {job=$3} /^ *- [0-9a-zA-Z.-]+:[0-9]+$/ {print job, $2}' \
    alerts/prometheus.yml)
fi
exec java -Dslf4j.internal.verbosity=ERROR -cp "$classpath" \
  com.mastertrade.metrics.evolution.cli.LiveCheckMain \
  --snapshot generated-docs/schema-snapshot.json "${args[@]}"
