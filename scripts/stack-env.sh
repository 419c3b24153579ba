# Shared settings of stack-start.sh and stack-stop.sh; sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STACK_DIR="${STACK_DIR:-$ROOT/.stack}"
PID_DIR="$STACK_DIR/pids"
LOG_DIR="$STACK_DIR/logs"

# The services, "name:port:main class" in start order (producers before consumers, the gateway
# last), from the one list in the code (com.mastertrade.services.ServiceCatalog, whose names and
# ports are the schema's scrape targets). Needs the built services: call it after the build.
load_services() {
  local listed
  listed="$(java -cp "$ROOT/services/target/classes:$ROOT/services/target/lib/*" \
    com.mastertrade.services.ServiceCatalog)" || return 1
  mapfile -t SERVICES <<<"$listed"
  ((${#SERVICES[@]} > 0))
}

# The name of the API key a stack directory's stack creates for its clients.
stack_key_name() {
  echo "stack-$(printf '%s' "$STACK_DIR" | sha256sum | cut -c1-12)"
}
