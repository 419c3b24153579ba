#!/usr/bin/env bash
# The main job on any Debian machine, fresh or not: installs the prerequisites that are missing,
# then builds everything and refreshes the committed generated artifacts (generated-docs/,
# dashboards/, alerts/, deploy/) from the processor's output.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-prerequisites.sh
mvn -B -ntp -q package -DskipTests -Dartifacts.refresh=true
