# Shared settings of the stack and operator scripts; sourced, not run.
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

# Runs an operator's command (a main class of the services) from the services' build, as the
# tool named $1; the rest are the class and its arguments. Replaces the calling shell.
exec_services_command() {
  local tool="$1" main_class="$2"
  shift 2
  local classes="$ROOT/services/target/classes" lib="$ROOT/services/target/lib"
  if [[ ! -d "$classes" || ! -d "$lib" ]]; then
    echo "$tool: the services are not built: mvn -q -pl metrics-processor,services -am package -DskipTests" >&2
    exit 1
  fi
  # A short-lived JVM: the client compiler and a small heap start it fastest.
  exec java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$classes:$lib/*" \
    "$main_class" "$@"
}
