#!/usr/bin/env bash
# Proves the generated Kubernetes manifests with tools we did not write: every object against the
# published Kubernetes and Prometheus Operator schemas (check-manifests.mjs), the rule groups of
# each PrometheusRule through `promtool check rules --lint=all --lint-fatal`, the dashboards and
# data sources of each ConfigMap through Grafana's published types (../grafana-schema-check,
# ../grafana-datasource-check).
# Installs the pinned packages of package-lock.json only when node_modules is older than the lock.
#
# usage: check-manifests.sh <manifest.yaml>...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
manifests=()
for file in "$@"; do manifests+=("$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"); done
cd "$here"
if [ ! node_modules/.package-lock.json -nt package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
rm -rf extracted
node check-manifests.mjs extracted "${manifests[@]}"
for rules in extracted/rules/*.rules.yml; do
  [ -e "$rules" ] || continue
  promtool check rules --lint=all --lint-fatal "$rules" >/dev/null \
    || { promtool check rules --lint=all --lint-fatal "$rules" >&2; exit 1; }
done
shopt -s nullglob
dashboards=(extracted/dashboards/*.json)
if ((${#dashboards[@]})); then
  "$here/../grafana-schema-check/check-dashboards.sh" "${dashboards[@]/#/$here/}" >/dev/null
fi
datasources=(extracted/datasources/*.yaml)
if ((${#datasources[@]})); then
  typed=$("$here/../grafana-datasource-check/check-datasources.sh" "${datasources[@]/#/$here/}" 2>&1) \
    || { echo "$typed" >&2; exit 1; }
fi
echo "promtool accepts the rules of every PrometheusRule; Grafana's types accept ${#dashboards[@]} dashboards and ${#datasources[@]} data source files of the ConfigMaps."
