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
exec_services_command dead-letters com.mastertrade.services.common.DeadLetterCommand "$@"
