# Shared settings of stack-start.sh and stack-stop.sh; sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STACK_DIR="${STACK_DIR:-$ROOT/.stack}"
PID_DIR="$STACK_DIR/pids"
LOG_DIR="$STACK_DIR/logs"

# name:port:main class, in start order (producers before consumers, the gateway last).
SERVICES=(
  "market_data_service:9001:com.mastertrade.services.marketdata.MarketDataService"
  "strategy_service:8003:com.mastertrade.services.strategy.StrategyService"
  "order_executor:9002:com.mastertrade.services.executor.OrderExecutor"
  "risk_manager:8002:com.mastertrade.services.risk.RiskManager"
  "alert_system:8007:com.mastertrade.services.alerts.AlertSystem"
  "api_gateway:8080:com.mastertrade.services.gateway.ApiGateway"
)

# The name of the API key a stack directory's stack creates for its clients.
stack_key_name() {
  echo "stack-$(printf '%s' "$STACK_DIR" | sha256sum | cut -c1-12)"
}
