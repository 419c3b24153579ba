#!/usr/bin/env bash
# Type-checks Grafana data source provisioning files against the types Grafana publishes: each
# data source a DataSourceSettings (npm @grafana/data), a Prometheus data source's jsonData the
# PromOptions of @grafana/prometheus, where exemplarTraceIdDestinations is declared; tsc rejects
# a property the types do not have or a value of the wrong type (to-typescript.mjs).
# Installs the pinned packages of package-lock.json only when node_modules is older than the lock.
#
# usage: check-datasources.sh <datasources.yaml>...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
files=()
for file in "$@"; do files+=("$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"); done
cd "$here"
if [ ! node_modules/.package-lock.json -nt package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
rm -rf generated
node to-typescript.mjs generated "${files[@]}"
npx --no-install tsc -p tsconfig.json
echo "Grafana's data source types accept $# provisioning files."
