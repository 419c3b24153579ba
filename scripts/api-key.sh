#!/usr/bin/env bash
# Manages the API gateway's API keys in PostgreSQL (the services' POSTGRES_* settings):
#
#   scripts/api-key.sh create NAME [read|trade|read,trade]   prints the new key once (default
#                                                            scopes read,trade); store it now, only
#                                                            its SHA-256 is kept
#   scripts/api-key.sh revoke NAME
#   scripts/api-key.sh list                                  active keys: name, scopes, created
#
# Clients send the key on every /api call as "Authorization: Bearer <key>".
# Runs from the services' build (services/target/classes and target/lib); build them first with
#   mvn -q -pl metrics-processor,services -am package -DskipTests
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"
exec_services_command api-key com.mastertrade.services.gateway.ApiKeyCommand "$@"
