#!/usr/bin/env bash
# All tests on any Debian machine, fresh or not: installs the prerequisites that are missing,
# starts PostgreSQL, Redis or RabbitMQ where one is installed but stopped, then runs every test,
# the sample consumers and the end-to-end test of the stack. Needs Maven Central and the npm
# registry (Grafana's and Kubernetes' published types).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-prerequisites.sh
bash scripts/fetch-prometheus-lts.sh
bash scripts/ensure-infrastructure.sh
mvn -B -ntp -q -Pe2e verify
