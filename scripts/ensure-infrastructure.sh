#!/usr/bin/env bash
# Checks that PostgreSQL, Redis and RabbitMQ answer on their 127.0.0.1 ports, starting any that
# is installed but stopped, the way the project's machines start them. Fails naming the server
# that is missing or does not come up. Hosts and ports come from the same environment variables
# as the services' settings.
set -euo pipefail

reachable() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for() {
  local name=$1 host=$2 port=$3
  for _ in $(seq 1 120); do
    reachable "$host" "$port" && return 0
    sleep 0.5
  done
  echo "ensure-infrastructure: $name did not come up on $host:$port" >&2
  exit 1
}

need() {
  local name=$1 host=$2 port=$3 binary=$4 package=$5
  shift 5
  reachable "$host" "$port" && return 0
  if [[ "$host" != 127.0.0.1 && "$host" != localhost ]]; then
    echo "ensure-infrastructure: $name is unreachable at $host:$port" >&2
    exit 1
  fi
  if ! command -v "$binary" >/dev/null 2>&1; then
    echo "ensure-infrastructure: $name is not installed: apt-get install $package (see README)" >&2
    exit 1
  fi
  echo "ensure-infrastructure: starting $name"
  "$@" >/dev/null
  wait_for "$name" "$host" "$port"
}

need PostgreSQL "${POSTGRES_HOST:-127.0.0.1}" "${POSTGRES_PORT:-5432}" pg_ctlcluster postgresql \
  bash -c 'pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start'
need Redis "${REDIS_HOST:-127.0.0.1}" "${REDIS_PORT:-6379}" redis-server redis-server \
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "${REDIS_PORT:-6379}" --save "" \
  --appendonly no --dir /tmp
need RabbitMQ "${RABBITMQ_HOST:-127.0.0.1}" "${RABBITMQ_PORT:-5672}" rabbitmq-server rabbitmq-server \
  rabbitmq-server -detached
echo "ensure-infrastructure: PostgreSQL, Redis and RabbitMQ are up"
