#!/usr/bin/env bash
# Looks at and replays the dead letters of a service's queue on the services' RabbitMQ (the
# services' RABBITMQ_* settings):
#
#   scripts/dead-letters.sh show QUEUE [N]     the first N dead letters of QUEUE (default 10):
#                                              message id, reason, deaths, start of the body
#   scripts/dead-letters.sh replay QUEUE [N]   moves at most N (default all) back into QUEUE,
#                                              once the cause of their failure is fixed
#
# QUEUE is a consumed queue, <service>.<name> (for example risk_manager.fills); its dead letters
# are in QUEUE.dead. Consumers apply a message id once, so a replayed message is applied once.
# Exit codes: 0 done, 1 no such queue, 2 RabbitMQ unreachable, 64 bad usage.
# Runs from the services' build (services/target/classes and target/lib); build them first with
#   mvn -q -pl metrics-processor,services -am package -DskipTests
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"

CLASSES="$ROOT/services/target/classes"
LIB="$ROOT/services/target/lib"
if [[ ! -d "$CLASSES" || ! -d "$LIB" ]]; then
  echo "dead-letters: the services are not built: mvn -q -pl metrics-processor,services -am package -DskipTests" >&2
  exit 1
fi
# A short-lived JVM: the client compiler and a small heap start it fastest.
exec java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$CLASSES:$LIB/*" \
  com.mastertrade.services.common.DeadLetterCommand "$@"
